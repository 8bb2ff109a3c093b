"""Cypher without a server: the query files on the embedded engine (LadybugDB), read-only by
default, and giving the same rows as the real Neo4j."""

from __future__ import annotations

import collections
import json
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from pchgraph.cli import cli
from pchgraph.engines import query_file, typed_parameter
from pchgraph.engines.ladybug_engine import run_embedded
from pchgraph.engines.neo4j_engine import run_cypher
from pchgraph.errors import PchgraphError

QUERIES = sorted(p for p in (Path(__file__).resolve().parents[1] / "cypher" / "queries").glob("*.cypher") if p.name.count(".") == 1)


def example_parameters(text: str) -> dict:
    args = shlex.split(re.search(r"^// Example: (.*)$", text, re.M).group(1))
    return dict(typed_parameter(args[i + 1]) for i, a in enumerate(args) if a == "--param")


def comparable(rows: list[dict], ordered: bool):
    canonical = [json.dumps(row, sort_keys=True) for row in rows]
    return canonical if ordered else collections.Counter(canonical)


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.stem)
def test_every_query_file_answers_on_ladybug_in_its_own_form(query, graph):
    text = query_file(query, "ladybug").read_text()
    assert run_embedded(graph, text, example_parameters(query.read_text())).rows


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.stem)
def test_every_query_file_runs_on_a_graph_of_case_studies_alone(query, folder):
    # such a graph holds no site numbers, practice codes or today's bodies: the columns the
    # queries read are there all the same, empty (a missing column failed to bind)
    from pchgraph.build import build_graph, read_sources

    sources = folder({"a.txt": "Vale PCN\n\nVale PCN is a partnership of Vale Medical Centre and Riverton District Council.\n"})
    graph = build_graph(read_sources(sources))
    text = query_file(query, "ladybug").read_text()
    assert isinstance(run_embedded(graph, text, example_parameters(query.read_text())).rows, list)


def test_the_ladybug_form_of_shortest_path_is_the_one_run():
    query = Path(__file__).resolve().parents[1] / "cypher" / "queries" / "shortest_path.cypher"
    assert query_file(query, "ladybug").name == "shortest_path.ladybug.cypher"
    assert query_file(query, "neo4j") == query


@pytest.mark.neo4j
@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.stem)
def test_parity_with_neo4j(query, graph, loaded):
    text = query.read_text()
    parameters = example_parameters(text)
    embedded = run_embedded(graph, query_file(query, "ladybug").read_text(), parameters).rows
    server = run_cypher(loaded, query_file(query, "neo4j").read_text(), parameters).rows
    if "chain" in server[0]:
        # Several chains can be shortest; each engine may return a different one of them.
        assert [(r["steps"], r["chain"][0], r["chain"][-1]) for r in embedded] == [
            (r["steps"], r["chain"][0], r["chain"][-1]) for r in server
        ]
        return
    ordered = "ORDER BY" in text
    assert comparable(embedded, ordered) == comparable(server, ordered)


def test_writes_are_refused_unless_asked_for_and_then_touch_only_a_copy(graph):
    with pytest.raises(PchgraphError) as error:
        run_embedded(graph, "MATCH (s:Site) SET s.name = 'gone'")
    assert "add --write" in str(error.value) and error.value.exit_code == 2
    assert run_embedded(graph, "MATCH (s:Site {name: 'gone'}) RETURN count(s) AS n").rows == [{"n": 0}]
    changed = run_embedded(graph, "MATCH (s:Site) SET s.name = 'gone' RETURN count(s) AS n", write=True)
    assert changed.rows == [{"n": sum(1 for _, k in graph.nodes(data="kind") if k == "site")}]
    assert run_embedded(graph, "MATCH (s:Site {name: 'gone'}) RETURN count(s) AS n").rows == [{"n": 0}]


def test_row_cap_timeout_and_syntax_error(graph):
    capped = run_embedded(graph, "MATCH (s:Site) RETURN s.name AS name", limit=3)
    assert len(capped.rows) == 3 and capped.truncated
    with pytest.raises(PchgraphError) as error:
        run_embedded(graph, "MATCH (a), (b), (c) WHERE a.name + b.name + c.name = 'x' RETURN count(*) AS n", timeout=0.5)
    assert "timeout" in str(error.value)
    with pytest.raises(PchgraphError) as error:
        run_embedded(graph, "RETURN 1 AS")
    assert "Parser exception" in str(error.value)


def test_nodes_come_back_as_plain_data(graph):
    row = run_embedded(graph, "MATCH (o:Organisation {ods_code: 'RYY'}) RETURN o").rows[0]
    assert row["o"]["labels"] == ["Organisation"] and row["o"]["name"] == "Kent Community Health NHS Foundation Trust"


# One partner edge of a trust, as a path.
PATH_QUERY = "MATCH p = (o:Organisation {ods_code: 'RYY'})-[r:PARTNER_OF]->(s:Site) RETURN p ORDER BY s.id LIMIT 1"


def test_a_path_comes_back_as_its_nodes_and_relationships(graph):
    path = run_embedded(graph, PATH_QUERY).rows[0]["p"]
    assert [node["labels"] for node in path["nodes"]] == [["Organisation"], ["Site"]]
    assert path["nodes"][0]["name"] == "Kent Community Health NHS Foundation Trust"
    assert [relationship["type"] for relationship in path["relationships"]] == ["PARTNER_OF"]


@pytest.mark.neo4j
def test_a_path_comes_back_alike_from_neo4j(graph, loaded):
    def shape(path):
        return [node["name"] for node in path["nodes"]], [relationship["type"] for relationship in path["relationships"]]

    assert shape(run_cypher(loaded, PATH_QUERY).rows[0]["p"]) == shape(run_embedded(graph, PATH_QUERY).rows[0]["p"])


def test_cli_uses_the_embedded_engine_when_no_neo4j_is_configured(monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    query = Path(__file__).resolve().parents[1] / "cypher" / "queries" / "trusts_spanning_most_sites.cypher"
    result = CliRunner().invoke(cli, ["cypher", str(query), "--param", "top=2", "--csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1] == "Cornwall Partnership NHS Foundation Trust,RJ8,9"
    refused = CliRunner().invoke(cli, ["cypher", "-e", "MATCH (n) DETACH DELETE n"])
    assert refused.exit_code == 2 and refused.output.startswith("pchgraph: error: ladybug: this query would change the graph")


def test_a_missing_parameter_is_an_error_not_an_empty_answer(graph):
    with pytest.raises(PchgraphError) as error:
        run_embedded(graph, "MATCH (s:Site) WHERE s.name = $name RETURN s.name AS name")
    assert "missing parameter: $name" in str(error.value) and error.value.exit_code == 2
    result = CliRunner().invoke(cli, ["cypher", "trusts_spanning_most_sites", "--engine", "ladybug"])
    assert result.exit_code == 2 and result.output.startswith("pchgraph: error: --param: missing parameter: $top")


def test_an_empty_query_file_is_named_in_its_error(tmp_path):
    empty = tmp_path / "empty.cypher"
    empty.write_text("\n  \n")
    result = CliRunner().invoke(cli, ["cypher", str(empty)])
    assert result.exit_code == 2 and result.output == f"pchgraph: error: {empty}: the query file is empty\n"


def test_two_columns_of_one_name_are_an_error_not_a_value_lost(graph):
    with pytest.raises(PchgraphError) as error:
        run_embedded(graph, "RETURN 1 AS a, 2 AS a")
    assert "two columns are named 'a'" in str(error.value) and error.value.exit_code == 2


@pytest.mark.parametrize(
    "value, message",
    [
        ('[1,"b"]', "x: a list mixes values of different types (int, str); LadybugDB lists hold one type"),
        ('[{"a":1},{"b":2}]', "x: maps in a list have different keys (a; b); LadybugDB needs the same keys in each"),
        ('{"a":[1,"x"]}', "x: a list mixes values of different types (int, str); LadybugDB lists hold one type"),
    ],
)
def test_a_parameter_the_engine_would_fail_on_or_change_is_one_line(value, message):
    # (a traceback before, or the map's keys silently renamed)
    result = CliRunner().invoke(cli, ["cypher", "-e", "RETURN $x AS x", "--param", f"x={value}"])
    assert result.exit_code == 2 and result.output.strip() == f"pchgraph: error: --param: {message}"


def test_json_output_is_strict_json_when_a_value_is_not_a_number():
    result = CliRunner().invoke(cli, ["cypher", "-e", "RETURN 0.0/0.0 AS x, 1.0/0.0 AS y, 2.5 AS z", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output, parse_constant=lambda name: pytest.fail(name)) == [{"x": None, "y": None, "z": 2.5}]


def test_a_query_files_problems_name_the_file_and_a_byte_order_mark_is_no_part_of_it(tmp_path):
    several = tmp_path / "several.cypher"
    several.write_text("MATCH (s:Site)\nRETURN count(s) AS n;\nMATCH (s) DETACH DELETE s\n")
    result = CliRunner().invoke(cli, ["cypher", str(several)])
    assert result.exit_code == 2
    assert result.output.strip() == f"pchgraph: error: {several}: give one statement at a time (this text holds several, separated by ';')"
    comments = tmp_path / "comments.cypher"
    comments.write_text("// to do\n/* later */\n")
    result = CliRunner().invoke(cli, ["cypher", str(comments)])
    assert result.exit_code == 2 and result.output.strip() == f"pchgraph: error: {comments}: the query is empty (it holds only comments)"
    marked = tmp_path / "marked.cypher"
    marked.write_bytes("\ufeffMATCH (s:Site) RETURN count(s) AS n\n".encode())
    result = CliRunner().invoke(cli, ["cypher", str(marked), "--json"])
    assert result.exit_code == 0 and json.loads(result.output)[0]["n"] > 0


def test_a_query_past_its_timeout_is_stopped_even_inside_one_expression():
    # the engine's own timeout is not checked while this one list is built (8 s and 4 GB before)
    result = CliRunner().invoke(cli, ["cypher", "-e", "RETURN size(range(1, 300000000)) AS s", "--timeout", "0.5"])
    assert result.exit_code == 1 and result.output.strip() == "pchgraph: error: --timeout: still running after 0.5 s, so it was stopped"
