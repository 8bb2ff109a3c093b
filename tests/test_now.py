"""Then and now: every 2017 body linked to today's by succeeded_by edges, the chain shown by
`pchgraph org`, and --now answering by today's organisations on every engine and export."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from pchgraph import analysis
from pchgraph.cli import cli
from pchgraph.engines import engine_for
from pchgraph.export import export
from pchgraph.now import chain_rows, now_graph, partnerships
from pchgraph.resources import data_dir
from pchgraph.schema import NOW, ORG_EDGES, ORG_KINDS, SUCCEEDED_BY


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Kernow Clinical Commissioning Group", ["NHS Cornwall and the Isles of Scilly Integrated Care Board (QT6"]),
        ("Plymouth Hospitals NHS Trust", ["University Hospitals Plymouth NHS Trust"]),
        ("Staffordshire and Stoke-on-Trent Partnership NHS Trust", ["(RRE)", "Midlands Partnership"]),
        ("Cumbria County Council", ["Cumberland Council", "Westmorland and Furness Council"]),
        ("Horsham and Mid-Sussex CCG", ["(70F)", "(QNX", "sub-ICB location 70F"]),
    ],
)
def test_org_shows_the_chain_to_today(name, expected):
    out = run("org", name)
    chain = out.split("to today", 1)[1]
    for text in expected:
        assert text in chain


def test_a_chain_is_followed_to_the_end_with_dates_in_order():
    out = run("org", "--json", "Horsham and Mid-Sussex CCG")
    steps = json.loads(out)[0]["succession"]
    assert [s["change"] for s in steps] == ["merged into", "became sub-ICB location of", "merged into"]
    assert [s["date"] for s in steps] == sorted(s["date"] for s in steps)
    assert steps[-1]["code"] == "S9B9J"


def test_a_practice_shows_its_pcn_and_icb_of_2026():
    out = json.loads(run("org", "--json", "Abbey Road Surgery"))[0]
    assert out["codes"]["pcn_2026_name"] and out["codes"]["icb_2026_code"] == "S1Y5D"


def test_spanning_now_names_todays_trusts(tmp_path):
    rows = json.loads(run("spanning", "--kind", "trust", "--now", "--json"))
    names = [r["name"] for r in rows]
    assert "Kent and Medway Mental Health NHS Trust" in names
    assert "Kent and Medway NHS and Social Care Partnership Trust" not in names
    then = {r["name"]: r["sites"] for r in json.loads(run("spanning", "--kind", "trust", "--json"))}
    now = {r["name"]: r["sites"] for r in rows}
    assert now["Kent and Medway Mental Health NHS Trust"] == then["Kent and Medway NHS and Social Care Partnership Trust"]


def test_a_body_named_as_it_was_after_2017_is_the_node_its_predecessor_became(tmp_path):
    # ('North Northamptonshire Council' in one document and 'Northamptonshire County Council' in
    # another were two rows of 1 site under --now: the later name had no code)
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "hill.txt").write_text("Hill PCN is a partnership of Hill Surgery, Dale Practice and Northamptonshire County Council.\n")
    (sources / "town.txt").write_text(
        "Town PCN is a partnership of Town Surgery, North Northamptonshire Council and NHS Northamptonshire CCG.\n"
    )
    rows = json.loads(run("spanning", "--sources", str(sources), "--now", "--kind", "council", "--kind", "icb", "--json"))
    sites = {r["name"]: r["sites"] for r in rows}
    assert sites["North Northamptonshire Council"] == 2 and len(rows) == len(sites)
    assert sites["NHS Northamptonshire Integrated Care Board"] == 1


def test_org_of_todays_body_lists_the_bodies_it_succeeded_with_their_sites():
    # (an ICB named by a researcher showed 'sites (0)' and nothing of the CCGs before it)
    out = json.loads(run("org", "--json", "NHS Herefordshire and Worcestershire Integrated Care Board"))[0]
    before = {body["name"]: body["sites"] for body in out["before"]}
    assert before["NHS Wyre Forest CCG"] == 1 and before["NHS South Worcestershire CCG"] == 1
    text = run("org", "NHS Herefordshire and Worcestershire Integrated Care Board")
    assert "before (the bodies it succeeded" in text and "NHS Wyre Forest CCG  [ccg]  org:wyre-forest-ccg  1 site" in text


def test_spanning_now_as_a_real_command_says_what_was_not_followed():
    done = subprocess.run(
        [sys.executable, "-m", "pchgraph", "spanning", "--kind", "icb", "--now", "--top", "1", "--csv"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.splitlines()[1].split(",")[1] == "NHS Cornwall and the Isles of Scilly Integrated Care Board"
    assert "kept as named" in done.stderr and "Traceback" not in done.stderr


def test_every_succession_edge_points_at_the_reference_line_that_records_it(graph):
    checked = 0
    for u, v, data in graph.edges(data=True):
        if data["kind"] != SUCCEEDED_BY:
            continue
        assert data["change"] and data["date"]
        with (data_dir() / "reference" / data["source_file"]).open(newline="", encoding="utf-8") as handle:
            row = list(csv.reader(handle))[data["line"] - 1]
        said = " ".join(row).upper()
        ends = [graph.nodes[n] for n in (u, v)]
        codes = [end.get("ods_code") or end.get("gss_code") for end in ends]
        # The line is the row of the body that changed: it names its own code, and the new
        # code or name unless the new body's row is that of a renamed code.
        assert any(code and code in said for code in codes) or any(end["official_name"].upper() in said for end in ends), (data, row)
        checked += 1
    assert checked >= 50


def test_every_followed_organisation_ends_in_bodies_with_nothing_after_them(graph):
    for _, data in graph.nodes(data=True):
        for end in data.get(NOW) or []:
            assert graph.nodes[end]["kind"] in ORG_KINDS
            leaving = [v for _, v, k in graph.out_edges(end, data="kind") if k == SUCCEEDED_BY]
            # Only a body split in 2026 goes on (its CCG's part is chosen by where its practices went).
            assert not leaving or len(leaving) > 1


def test_now_graph_moves_every_partnership_and_drops_none(graph):
    today = now_graph(graph)
    before = [(u, v, d["mention"], d["source_file"], d["line"]) for u, v, d in graph.edges(data=True) if d["kind"] in ORG_EDGES]
    after = {(d.get("was") or today.nodes[u]["name"], v, d["source_file"], d["line"]) for u, v, d in today.edges(data=True)}
    for u, v, _, source, line in before:
        assert (graph.nodes[u]["name"], v, source, line) in after or any(
            (today.nodes[w]["name"], v, source, line) in after for w in graph.nodes[u].get(NOW) or []
        )
    assert not [k for *_, k in today.edges(data="kind") if k == SUCCEEDED_BY]
    assert not [n for n, d in graph.nodes(data=True) if d.get(NOW) and n in today]


def test_organisations_not_followed_are_listed_in_the_report():
    data = json.loads(run("report", "--json"))
    listed = {row["name"]: row["reason"] for row in data["not_followed"]}
    assert listed and all(reason for reason in listed.values())
    assert "Camden and Islington NHS Foundation Trust" in listed


def test_engines_agree_by_todays_organisations(graph):
    networkx = engine_for("networkx", graph=lambda: graph).now()
    ladybug = engine_for("ladybug", graph=lambda: graph).now()
    assert networkx.spanning("icb") == ladybug.spanning("icb")
    assert networkx.pairs("org", 2, 10) == ladybug.pairs("org", 2, 10)


def test_the_bundled_query_answers_as_spanning_now(graph):
    from pchgraph.engines.ladybug_engine import run_embedded
    from pchgraph.resources import cypher_dir

    text = (cypher_dir() / "queries" / "spanning_now.ladybug.cypher").read_text()
    rows = run_embedded(graph, text, {"kind": "trust", "top": 1000}).rows
    expected = analysis.spanning(now_graph(graph), "trust")
    assert [(r["organisation"], r["sites"]) for r in rows] == [
        (r["name"], r["sites"]) for r in sorted(expected, key=lambda r: (-r["sites"], r["name"]))
    ]


def test_exports_carry_succession_and_now(graph, tmp_path):
    graphml = export(graph, "graphml", tmp_path / "g.graphml")[0]
    read = nx.read_graphml(graphml)
    assert any(d.get("kind") == SUCCEEDED_BY for *_, d in read.edges(data=True))
    today = export(now_graph(graph), "json", tmp_path / "now.json")[0]
    names = {n["name"] for n in json.loads(Path(today).read_text())["nodes"]}
    assert "University Hospitals Plymouth NHS Trust" in names and "Plymouth Hospitals NHS Trust" not in names


def test_export_now_from_the_command_line(tmp_path):
    out = tmp_path / "now.gexf"
    run("export", "gexf", str(out), "--now")
    text = out.read_text()
    assert 'label="Kent and Medway Mental Health NHS Trust"' in text
    assert 'label="Kent and Medway NHS and Social Care Partnership Trust"' not in text


def test_the_html_tooltip_says_now_and_draws_no_succession(graph, tmp_path):
    page = export(graph, "html", tmp_path / "g.html")[0]
    text = Path(page).read_text()
    assert "now: University Hospitals Plymouth NHS Trust" in text
    drawn = partnerships(graph)
    assert not [n for n, d in drawn.nodes(data=True) if d.get("successor_only")]


def test_chain_rows_of_a_split_council_name_both_parts(graph):
    node = next(n for n, d in graph.nodes(data=True) if d["name"] == "Cumbria County Council")
    assert sorted(r["to"] for r in chain_rows(graph, node)) == ["Cumberland Council", "Westmorland and Furness Council"]
    assert {r["change"] for r in chain_rows(graph, node)} == {"split into"}


@pytest.mark.neo4j
def test_neo4j_holds_succession_and_answers_by_todays_organisations(graph, loaded):
    from pchgraph.engines.neo4j_engine import run_cypher
    from pchgraph.resources import cypher_dir

    counted = run_cypher(loaded, "MATCH ()-[r:SUCCEEDED_BY]->() RETURN count(r) AS n, count(r.date) AS dated")
    expected = sum(1 for *_, k in graph.edges(data="kind") if k == SUCCEEDED_BY)
    assert counted.rows == [{"n": expected, "dated": expected}]
    icbs = run_cypher(loaded, "MATCH (n:ICB) RETURN count(n) AS n").rows[0]["n"]
    assert icbs == sum(1 for _, k in graph.nodes(data="kind") if k == "icb")
    text = (cypher_dir() / "queries" / "spanning_now.cypher").read_text()
    rows = run_cypher(loaded, text, {"kind": "icb", "top": 1000}).rows
    expected_rows = analysis.spanning(now_graph(graph), "icb")
    assert sorted((r["organisation"], r["sites"]) for r in rows) == sorted((r["name"], r["sites"]) for r in expected_rows)
    neo4j = engine_for("neo4j", settings=lambda: loaded).now()
    assert neo4j.spanning("trust") == engine_for("networkx", graph=lambda: graph).now().spanning("trust")
