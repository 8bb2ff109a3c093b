"""Against a real Neo4j started by the test suite: loading, Cypher, errors, and parity of the
Neo4j backend with the embedded one over the whole corpus."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pchgraph.cli import cli
from pchgraph.engines.neo4j_engine import counts, graph_from_neo4j, load, run_cypher, wipe
from pchgraph.errors import PchgraphError

pytestmark = pytest.mark.neo4j
QUERIES = sorted(p for p in (Path(__file__).resolve().parents[1] / "cypher" / "queries").glob("*.cypher") if p.name.count(".") == 1)


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_load_gives_every_node_and_relationship_and_is_idempotent(graph, neo4j_settings):
    first = load(graph, neo4j_settings, wipe=True, progress=False)
    assert first == {"nodes": graph.number_of_nodes(), "relationships": graph.number_of_edges()}
    again = load(graph, neo4j_settings, progress=False)
    assert again == first


def database_contents(settings) -> list:
    """Every pchgraph node with its labels and properties, and every relationship, sorted."""
    nodes = run_cypher(
        settings, "MATCH (n:Pchgraph) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id", limit=10**6
    ).rows
    relationships = run_cypher(
        settings,
        "MATCH (a:Pchgraph)-[r]->(b:Pchgraph) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props ORDER BY r.key",
        limit=10**6,
    ).rows
    return [{**n, "labels": sorted(n["labels"])} for n in nodes] + relationships


def test_a_first_load_creates_what_a_merging_load_gives(graph, neo4j_settings):
    # Into an empty database the loader creates; over a loaded one it merges. Both must leave
    # the same nodes, labels, properties and relationships.
    load(graph, neo4j_settings, wipe=True, progress=False)
    created = database_contents(neo4j_settings)
    changed = graph.copy()
    site = next(n for n, kind in graph.nodes(data="kind") if kind == "site")
    changed.nodes[site]["kind"] = "trust"
    load(changed, neo4j_settings, progress=False)
    assert run_cypher(neo4j_settings, "MATCH (n:Trust {id: $id}) RETURN n.id AS id", {"id": site}).rows == [{"id": site}]
    load(graph, neo4j_settings, progress=False)
    assert database_contents(neo4j_settings) == created
    trusts = sum(1 for _, kind in graph.nodes(data="kind") if kind == "trust")
    assert run_cypher(neo4j_settings, "MATCH (n:Organisation:Trust) RETURN count(n) AS n").rows == [{"n": trusts}]


def test_labels_and_provenance(loaded):
    rows = run_cypher(
        loaded,
        "MATCH (t:Organisation:Trust {ods_code: 'RYY'})-[r:PARTNER_OF]->(s:Site) "
        "RETURN s.name AS site, r.mention AS mention, r.source_file AS file, r.line AS line ORDER BY line",
    ).rows
    assert rows[0] == {
        "site": "Thanet Health Community Interest Company (CIC)",
        "mention": "Kent Community Hospital Foundation Trust",
        "file": "004_310525714bc6d37c.txt",
        "line": 549,
    }
    labels = run_cypher(loaded, "MATCH (n:Pchgraph) RETURN DISTINCT labels(n) AS labels").rows
    assert {tuple(sorted(r["labels"])) for r in labels} >= {
        ("Pchgraph", "Site"),
        ("Area", "Pchgraph"),
        ("Organisation", "Pchgraph", "Trust"),
        ("CCG", "Organisation", "Pchgraph"),
    }


def test_wipe_removes_only_what_pchgraph_loaded(loaded, graph):
    run_cypher(loaded, "CREATE (:Mine {name: 'keep me'})", write=True)
    try:
        assert wipe(loaded) == {"nodes": 0, "relationships": 0}
        assert run_cypher(loaded, "MATCH (m:Mine) RETURN m.name AS name").rows == [{"name": "keep me"}]
    finally:
        run_cypher(loaded, "MATCH (m:Mine) DELETE m", write=True)
        load(graph, loaded, progress=False)


@pytest.mark.parametrize("wipe_first", [True, False], ids=["created", "merged"])
def test_a_failure_part_way_leaves_the_database_as_it_was(loaded, graph, tmp_path, monkeypatch, wipe_first):
    before = counts(loaded)
    broken = tmp_path / "cypher"
    (broken / "load").mkdir(parents=True)
    real = Path(__file__).resolve().parents[1] / "cypher"
    for path in real.rglob("*.cypher"):
        target = broken / path.relative_to(real)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text())
    boom = "UNWIND $rows AS row RETURN 1 / (size($rows) - size($rows)) AS boom"
    (broken / "load" / "linked_to.cypher").write_text(boom)
    (broken / "load" / "new" / "linked_to.cypher").write_text(boom)
    monkeypatch.setenv("PCHGRAPH_CYPHER", str(broken))
    from pchgraph.engines import base as neo4j_store

    neo4j_store.statement.cache_clear()
    try:
        with pytest.raises(PchgraphError):
            load(graph, loaded, wipe=wipe_first, progress=False)
    finally:
        neo4j_store.statement.cache_clear()
    assert counts(loaded) == before


def test_cli_load_status_and_wipe(neo4j_env, graph, tmp_path):
    out = run("neo4j", "load", "--wipe")
    assert out.exit_code == 0, out.output
    assert f"{graph.number_of_nodes()} pchgraph nodes, {graph.number_of_edges()} relationships" in out.output
    assert run("neo4j", "status").output == out.output
    assert neo4j_env.password not in out.output
    # a load over what is there merges, and says so on standard error
    again = run("neo4j", "load")
    assert again.exit_code == 0 and again.stdout == out.output
    assert (
        again.stderr.strip() == f"pchgraph: merged into the {graph.number_of_nodes()} pchgraph nodes already there (--wipe replaces them)"
    )


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.stem)
def test_every_query_file_has_a_header_and_its_example_returns_rows(query, loaded, neo4j_env):
    text = query.read_text()
    assert re.search(r"^// Purpose: ", text, re.M) and re.search(r"^// Parameters: ", text, re.M)
    example = re.search(r"^// Example: (pchgraph cypher .*)$", text, re.M).group(1)
    args = shlex.split(example)[1:]
    args[1] = str(Path(__file__).resolve().parents[1] / args[1])
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output), example


def test_read_only_unless_write(loaded):
    with pytest.raises(PchgraphError) as error:
        run_cypher(loaded, "CREATE (n:Intruder) RETURN n")
    assert "add --write" in str(error.value) and error.value.exit_code == 2
    with pytest.raises(PchgraphError):
        run_cypher(loaded, "MATCH (n:Site) SET n.hacked = true")
    assert run_cypher(loaded, "MATCH (n:Intruder) RETURN count(n) AS n").rows == [{"n": 0}]


def test_row_cap_and_typed_parameters(loaded, neo4j_env):
    result = run_cypher(loaded, "MATCH (s:Site) RETURN s.name AS name ORDER BY name", limit=5)
    assert len(result.rows) == 5 and result.truncated
    typed = run_cypher(loaded, "RETURN $n + 1 AS n, $flag AS flag, $names AS names", {"n": 41, "flag": True, "names": ["a"]})
    assert typed.rows == [{"n": 42, "flag": True, "names": ["a"]}]
    out = CliRunner().invoke(cli, ["cypher", "-e", "RETURN $n * 2 AS twice, $s AS s", "--param", "n=21", "--param", "s=Age UK", "--csv"])
    assert out.output.splitlines()[:2] == ["twice,s", "42,Age UK"]


def test_timeout(loaded):
    with pytest.raises(PchgraphError) as error:
        run_cypher(loaded, "UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x) AS n", timeout=0.5)
    assert "timeout" in str(error.value) or "longer" in str(error.value)


@pytest.mark.parametrize(
    "args, env, expect",
    [
        (["cypher", "-e", "RETURN 1 AS x"], {"NEO4J_URI": "bolt://localhost:1"}, "cannot reach Neo4j"),
        (["cypher", "-e", "RETURN 1 AS x"], {"NEO4J_PASSWORD": "wrong"}, "refused the user name or password"),
        (["cypher", "-e", "RETURN 1 AS x", "--database", "nope"], {}, "no database 'nope'"),
        (["cypher", "-e", "RETURN 1 AS"], {}, "Cypher syntax error"),
        (["cypher", "-e", "CREATE (n:X)"], {}, "add --write"),
        (["cypher", "-e", "RETURN $missing AS x"], {}, "missing parameter"),
        (["cypher"], {}, "give a FILE (or a bundled query's name) or -e QUERY"),
        (["cypher", "-e", "RETURN 1", "--param", "oops"], {}, "parameters are NAME=VALUE"),
    ],
)
def test_failures_are_one_line_with_a_status(args, env, expect, neo4j_env, monkeypatch):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    result = run(*args)
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pchgraph: error: ") and expect in lines[0], result.output


def test_password_is_never_printed(neo4j_env):
    result = run("cypher", "-e", "RETURN 1 AS x", "--uri", "bolt://localhost:1")
    assert neo4j_env.password not in result.output
    assert neo4j_env.password not in repr(neo4j_env)


def test_graph_read_back_from_neo4j_is_the_graph(loaded, graph):
    back = graph_from_neo4j(loaded)
    assert sorted(back.nodes) == sorted(graph.nodes)
    assert sorted((u, v, d["kind"]) for u, v, d in back.edges(data=True)) == sorted((u, v, d["kind"]) for u, v, d in graph.edges(data=True))


@pytest.mark.parametrize(
    "command",
    [
        ["spanning", "--kind", "trust"],
        ["pairs", "--side", "org", "--top", "20"],
        ["centrality", "--metric", "betweenness", "--top", "20"],
        ["shared", "Haywards Heath", "Burgess Hill and Villages"],
    ],
)
def test_parity_through_the_cli(loaded, neo4j_env, command):
    embedded = run(*command, "--json")
    stored = run(*command, "--json", "--engine", "neo4j")
    assert stored.exit_code == 0, stored.output
    assert json.loads(stored.output) == json.loads(embedded.output)


def test_cypher_and_load_as_real_processes(neo4j_env, tmp_path):
    env = {**os.environ}
    done = subprocess.run([sys.executable, "-m", "pchgraph", "neo4j", "load"], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    query = Path(__file__).resolve().parents[1] / "cypher" / "queries" / "trusts_spanning_most_sites.cypher"
    done = subprocess.run(
        [sys.executable, "-m", "pchgraph", "cypher", str(query), "--param", "top=3", "--csv"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1].startswith("Cornwall Partnership NHS Foundation Trust,RJ8,9")
    done = subprocess.run(
        [sys.executable, "-m", "pchgraph", "spanning", "--engine", "neo4j", "--kind", "trust", "--top", "1", "--csv"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0 and "Cornwall Partnership" in done.stdout
