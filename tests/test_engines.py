"""One interface, three engines: every analysis question answered alike by networkx, by
LadybugDB's Cypher and by a real Neo4j, and the command line choosing among them by name only."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pchgraph import analysis
from pchgraph.cli import cli
from pchgraph.engines import ENGINES, engine_for
from pchgraph.errors import UsageError

KINDS = [None, "trust", "ccg", "council", "charity", "federation", "nhs_body", "practice", "other", ["trust", "council"]]


@pytest.fixture(scope="module", params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def engine(request, graph):
    if request.param == "neo4j":
        from pchgraph.engines.neo4j_engine import load

        settings = request.getfixturevalue("neo4j_settings")
        load(graph, settings, wipe=True, progress=False)
        return engine_for("neo4j", settings=lambda: settings)
    return engine_for(request.param, graph=lambda: graph)


def test_the_registry_holds_the_three_engines():
    assert list(ENGINES) == ["ladybug", "neo4j", "networkx"] or set(ENGINES) == {"ladybug", "neo4j", "networkx"}


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_spanning(engine, graph, kind):
    assert engine.spanning(kind) == analysis.spanning(graph, kind)


def test_spanning_by_area(engine, graph):
    assert engine.spanning(area="Kent and Medway") == analysis.spanning(graph, area="Kent and Medway")


@pytest.mark.parametrize("top", [1, 3, 5, 10, 1000])
@pytest.mark.parametrize("kind", [None, "trust", "council"], ids=str)
def test_spanning_top_cut_with_ties(engine, graph, kind, top):
    # The Neo4j query cuts at the top-th organisation's count on the server; the rows kept,
    # ties included, must be those the embedded graph gives.
    assert engine.spanning(kind, top=top) == analysis.spanning(graph, kind, top=top)
    assert engine.spanning(kind, top=top, area="Kent and Medway") == analysis.spanning(graph, kind, top=top, area="Kent and Medway")


@pytest.mark.parametrize("side", ["site", "org"])
@pytest.mark.parametrize("kind", [None, "trust"])
def test_pairs(engine, graph, side, kind):
    assert engine.pairs(side, kind=kind) == analysis.pairs(graph, side, kind=kind)


def test_pairs_by_area(engine, graph):
    assert engine.pairs("org", area="Kent and Medway") == analysis.pairs(graph, "org", area="Kent and Medway")


def test_shared_over_every_pair_that_shares(engine, graph):
    for side in ("site", "org"):
        for row in analysis.pairs(graph, side, minimum=2):
            assert engine.shared(row["a_id"], row["b_id"]) == analysis.shared(graph, row["a_id"], row["b_id"])


@pytest.mark.parametrize("metric", analysis.METRICS)
def test_centrality(engine, graph, metric):
    assert engine.centrality(metric) == analysis.centrality(graph, metric)


def test_networkx_runs_no_cypher_and_says_which_engines_do(graph):
    with pytest.raises(UsageError) as error:
        engine_for("networkx", graph=lambda: graph).cypher("RETURN 1 AS x")
    assert "ladybug" in str(error.value) and "neo4j" in str(error.value)


def test_unknown_engine_and_kind_are_errors_in_library_terms(graph):
    with pytest.raises(UsageError) as error:
        engine_for("sqlite")
    assert error.value.where == "engine"
    with pytest.raises(UsageError) as error:
        engine_for("networkx", graph=lambda: graph).spanning("hospital")
    assert str(error.value).startswith("kind: unknown kind 'hospital'")


@pytest.mark.parametrize(
    "command",
    [
        ["spanning", "--kind", "trust", "--kind", "ccg"],
        ["pairs", "--side", "org", "--top", "20"],
        ["shared", "Haywards Heath", "Burgess Hill and Villages"],
    ],
)
def test_the_cli_gives_the_same_answer_on_ladybug(command):
    runner = CliRunner()
    default = runner.invoke(cli, [*command, "--json"])
    ladybug = runner.invoke(cli, [*command, "--json", "--engine", "ladybug"])
    assert default.exit_code == 0 and ladybug.exit_code == 0, ladybug.output
    assert json.loads(ladybug.output) == json.loads(default.output)


def test_an_explicit_neo4j_address_never_falls_back(monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    for command in (["cypher", "-e", "RETURN 1 AS x"], ["spanning"]):
        result = CliRunner().invoke(cli, [*command, "--uri", "bolt://127.0.0.1:9"])
        assert result.exit_code == 1 and "cannot reach Neo4j" in result.output, result.output
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")
    result = CliRunner().invoke(cli, ["cypher", "-e", "RETURN 1 AS x"])
    assert result.exit_code == 1 and "cannot reach Neo4j" in result.output


@pytest.mark.parametrize("uri", ["http://127.0.0.1:9", "https://127.0.0.1:9", "127.0.0.1:9"])
def test_an_address_that_is_not_bolt_is_one_line(uri, monkeypatch):
    # (http:// reached the driver's preview HTTP transport, and a traceback for a missing library)
    monkeypatch.setenv("NEO4J_PASSWORD", "x")
    result = CliRunner().invoke(cli, ["neo4j", "status", "--uri", uri])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"pchgraph: error: --uri: {uri!r} is no Bolt address; give bolt://host:7687 or neo4j://host:7687 (+s or +ssc for TLS)"
    )


def test_neo4j_engine_with_a_local_graph_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["spanning", "--engine", "neo4j", "--graph", str(tmp_path / "g.json")])
    assert result.exit_code == 2 and result.output.startswith("pchgraph: error: --graph: the neo4j engine answers")


def test_include_mentioned_counts_the_weaker_relation_on_every_engine(graph):
    plain = {r["name"]: r["sites"] for r in analysis.spanning(graph)}
    wider = {r["name"]: r["sites"] for r in analysis.spanning(graph, include_mentioned=True)}
    assert wider["NHS England"] > plain.get("NHS England", 0)
    assert engine_for("ladybug", graph=lambda: graph).spanning(include_mentioned=True) == analysis.spanning(graph, include_mentioned=True)
    result = CliRunner().invoke(cli, ["spanning", "--include-mentioned", "--json"])
    assert {r["name"]: r["sites"] for r in json.loads(result.output)} == wider
