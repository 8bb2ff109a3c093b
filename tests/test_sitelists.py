"""The site lists kept beside a cached graph: `spanning` answered from them gives the graph's
rows, they are used only with the very graph they were made from, and a damaged or foreign
entry is never used."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import pchgraph.cli
from pchgraph import analysis, lookup
from pchgraph.build import build_graph
from pchgraph.cache import tables_entry
from pchgraph.cli import cli
from pchgraph.errors import UsageError
from pchgraph.graph import cache_entry, entry_hash, graph_file_cache_path, load_graph, write_graph
from pchgraph.neighbourhoods import cached_neighbourhoods, store_neighbourhoods
from pchgraph.readers import read_sources
from pchgraph.schema import EDGE_KINDS, ORG_KINDS
from pchgraph.sitelists import LISTS_STATE, NeedsGraph, cached_site_lists, site_lists, site_lists_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import synthetic

AREA_NAMES = ["Devon", "Kent and Medway", "Cornwall"]


@st.composite
def small_graphs(draw) -> nx.MultiDiGraph:
    """Sites, areas and organisations of every kind, joined by edges of every kind in any
    direction (an organisation linked to another, a site to a site), some repeated."""
    graph = nx.MultiDiGraph()
    sites = [f"site:{n}" for n in range(draw(st.integers(0, 5)))]
    areas = [f"area:{n}" for n in range(draw(st.integers(0, 3)))]
    orgs = [f"org:{n}" for n in range(draw(st.integers(0, 6)))]
    counts = st.one_of(st.none(), st.integers(0, 30))
    for site in sites:
        graph.add_node(site, kind="site", name=draw(st.sampled_from(["Alpha", "alpha", "Beta", "Gamma"])), pchs_count=draw(counts))
        if draw(st.booleans()):
            graph.nodes[site]["practices_count"] = draw(counts)
    for number, area in enumerate(areas):
        graph.add_node(area, kind="area", name=AREA_NAMES[number], written=[AREA_NAMES[number].upper()])
    for org in orgs:
        graph.add_node(org, kind=draw(st.sampled_from(ORG_KINDS)), name=draw(st.sampled_from(["Trust A", "trust a", "Council B", "C"])))
    nodes = sites + areas + orgs
    if nodes:
        for _ in range(draw(st.integers(0, 25))):
            line = draw(st.integers(1, 9))
            graph.add_edge(
                draw(st.sampled_from(nodes)),
                draw(st.sampled_from(nodes)),
                kind=draw(st.sampled_from(EDGE_KINDS)),
                mention=f"named on line {line}",
                source_file=draw(st.sampled_from(["a.txt", "b.txt"])),
                line=line,
            )
    return graph


def both_answers(graph: nx.MultiDiGraph, lists, **arguments):
    """The graph's spanning rows and the lists' (or the exception each raised)."""
    try:
        expected = analysis.spanning(graph, **arguments)
    except UsageError as exc:
        expected = exc
    try:
        got = analysis.spanning_on_lists(lists, **arguments)
    except (UsageError, NeedsGraph) as exc:
        got = exc
    return expected, got


@settings(max_examples=300, deadline=None)
@given(
    small_graphs(),
    st.one_of(st.none(), st.lists(st.sampled_from(ORG_KINDS), min_size=1, max_size=3)),
    st.one_of(st.none(), st.integers(1, 4)),
    st.one_of(st.none(), st.sampled_from([*AREA_NAMES, "kent and medway", "DEVON", "area:1", "Nowhere", "Trust A", "site:0"])),
    st.booleans(),
)
def test_spanning_from_the_lists_is_spanning_on_the_graph(graph, kind, top, area, include_mentioned):
    expected, got = both_answers(graph, site_lists(graph, ""), kind=kind, top=top, area=area, include_mentioned=include_mentioned)
    if isinstance(expected, UsageError):
        # a name the areas alone do not pick out is left to the graph, which says why
        assert isinstance(got, NeedsGraph | UsageError)
        assert not isinstance(got, UsageError) or str(got) == str(expected)
    else:
        assert got == expected


def kept_lists(entry: Path):
    """The site lists kept beside a graph entry, checked against the entry's hash, as a command takes them."""
    graph_hash = entry_hash(entry)
    return cached_site_lists(entry, graph_hash) if graph_hash else None


@pytest.fixture(scope="module")
def synthetic_graph(tmp_path_factory) -> nx.MultiDiGraph:
    folder = tmp_path_factory.mktemp("synthetic")
    synthetic.write_corpus(folder, 3, seed=5)
    return build_graph(read_sources(folder))


def test_the_lists_of_a_cached_graph_answer_as_it_does(graph, synthetic_graph, tmp_path, monkeypatch):
    monkeypatch.setenv("PCHGRAPH_CACHE", str(tmp_path / "cache"))
    for number, each in enumerate((graph, synthetic_graph)):
        path = write_graph(each, tmp_path / f"g{number}.json")
        loaded = load_graph(graph_file=path)
        entry = graph_file_cache_path(path, tmp_path / "cache")
        lists = kept_lists(entry)
        assert lists is not None and site_lists_path(entry).is_file()
        area = next(data["name"] for _, data in each.nodes(data=True) if data["kind"] == "area")
        for arguments in [{}, {"kind": "trust", "top": 5}, {"include_mentioned": True}, {"area": area, "kind": ["council", "charity"]}]:
            assert analysis.spanning_on_lists(lists, **arguments) == analysis.spanning(loaded, **arguments)
        assert analysis.spanning_on_lists(lists, kind="trust")[0]["sites"] > 1


def cached_graph_file(graph: nx.MultiDiGraph, tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    """A graph file, opened once so that the cache keeps its graph: the file and the entry."""
    monkeypatch.setenv("PCHGRAPH_CACHE", str(tmp_path / "cache"))
    path = write_graph(graph, tmp_path / "g.json")
    load_graph(graph_file=path)
    return path, graph_file_cache_path(path, tmp_path / "cache")


def test_lists_are_used_only_with_the_graph_entry_they_were_made_from(graph, tmp_path, monkeypatch):
    path, entry = cached_graph_file(graph, tmp_path, monkeypatch)
    lists_file = site_lists_path(entry)
    kept = lists_file.read_bytes()
    # the entry replaced by another graph's (as a rebuild would): the lists are not its own
    other = graph.copy()
    other.remove_node(next(n for n, k in other.nodes(data="kind") if k == "trust"))
    entry.write_bytes(cache_entry(other))
    assert kept_lists(entry) is None and lists_file.read_bytes() == kept
    # no entry at all
    entry.unlink()
    assert kept_lists(entry) is None


def test_damaged_or_misshapen_lists_are_never_used(graph, tmp_path, monkeypatch):
    path, entry = cached_graph_file(graph, tmp_path, monkeypatch)
    lists_file = site_lists_path(entry)
    good = lists_file.read_bytes()
    # bytes changed after the hash: removed
    lists_file.write_bytes(good[:-10] + b"0123456789")
    assert kept_lists(entry) is None and not lists_file.exists()
    # a well-hashed entry that does not hold whole lists: not used
    graph_hash = entry.read_bytes().split(b"\n", 1)[0].decode()
    array = (0).to_bytes(4, sys.byteorder)
    for value in [
        ("something else",),
        (LISTS_STATE, graph_hash, [("org:a", "A", "trust")], array, b"", b"", [], array, b"", []),
        (LISTS_STATE, graph_hash, [], array, b"", b"", [("site:a", "A", True, None)], array * 2, b"", []),
        (LISTS_STATE, graph_hash, [("org:a", "A", "trust")], array + (1).to_bytes(4, sys.byteorder), array, b"\x01", [], array, b"", []),
    ]:
        lists_file.write_bytes(tables_entry(value))
        assert kept_lists(entry) is None
    # and the same shape well made is used
    lists_file.write_bytes(tables_entry((LISTS_STATE, graph_hash, [], array, b"", b"", [], array, b"", [])))
    assert analysis.spanning_on_lists(kept_lists(entry)) == []


def test_spanning_on_a_cached_graph_file_answers_without_loading_it(graph, tmp_path, monkeypatch):
    monkeypatch.setenv("PCHGRAPH_CACHE", str(tmp_path / "cache"))
    path = write_graph(graph, tmp_path / "g.json")
    runner = CliRunner()
    first = runner.invoke(cli, ["spanning", "--graph", str(path), "--kind", "trust", "--json"], catch_exceptions=False)
    assert first.exit_code == 0

    with monkeypatch.context() as patched:
        patched.setattr(pchgraph.cli, "load_graph", no_loading)
        again = runner.invoke(cli, ["spanning", "--graph", str(path), "--kind", "trust", "--json"], catch_exceptions=False)
        assert again.exit_code == 0 and again.output == first.output
        # --now replaces bodies in the graph itself: it loads it
        with pytest.raises(AssertionError, match="the graph was loaded"):
            runner.invoke(cli, ["spanning", "--graph", str(path), "--now"], catch_exceptions=False)
    # an area the areas alone cannot name is looked up in the graph, which says what it is
    lists_file = site_lists_path(graph_file_cache_path(path, tmp_path / "cache"))
    kept = lists_file.read_bytes()
    for area in ["Nowhere at all", "Devon County Council"]:
        lists_file.write_bytes(kept)
        from_lists = runner.invoke(cli, ["spanning", "--graph", str(path), "--area", area])
        lists_file.unlink()
        from_graph = runner.invoke(cli, ["spanning", "--graph", str(path), "--area", area])
        assert from_lists.exit_code == from_graph.exit_code == 2 and from_lists.output == from_graph.output
        assert area in from_lists.output


# --- each node's names and records: shared, org and find without the whole graph ---


def stored_hoods(graph: nx.MultiDiGraph, folder: Path):
    entry = folder / "graph-x.graph"
    store_neighbourhoods(graph, entry, "hash")
    return cached_neighbourhoods(entry, "hash")


def outcome(call):
    """What a call gives, or the message of the UsageError it raises."""
    try:
        return call()
    except UsageError as exc:
        return ("error", str(exc))


@settings(max_examples=150, deadline=None)
@given(small_graphs(), st.data())
def test_questions_about_a_few_nodes_answer_on_their_records_as_on_the_graph(tmp_path_factory, graph, data):
    for source, target in list(graph.edges())[:3]:
        if graph.nodes[source]["kind"] not in ("site", "area") and graph.nodes[target]["kind"] not in ("site", "area"):
            graph.add_edge(source, target, kind="succeeded_by", date="2020")
    hoods = stored_hoods(graph, tmp_path_factory.mktemp("hoods"))
    nodes = list(graph)
    if not nodes:
        return
    names = [*nodes, *(d["name"] for d in graph.nodes.values()), "trust", "Nowhere"]
    for _ in range(3):
        a, b = data.draw(st.sampled_from(nodes)), data.draw(st.sampled_from(nodes))
        assert outcome(partial(analysis.shared, hoods.around([a, b]), a, b)) == outcome(partial(analysis.shared, graph, a, b))
        if graph.nodes[a]["kind"] in ORG_KINDS:
            expected = lookup.org_profile(graph, a)
            assert lookup.org_profile(lookup.profile_records(hoods.around, a), a) == expected
        name = data.draw(st.sampled_from(names))
        kinds = data.draw(st.sampled_from([None, ORG_KINDS, ("site",)]))
        assert outcome(partial(lookup.node_for, hoods.names_graph(), name, kinds)) == outcome(partial(lookup.node_for, graph, name, kinds))
        assert lookup.find(hoods.names_graph(), name) == lookup.find(graph, name)


def test_every_organisation_and_two_sites_of_the_bundled_graph_answer_from_records(graph, tmp_path):
    hoods = stored_hoods(graph, tmp_path)
    for node, kind in graph.nodes(data="kind"):
        if kind in ORG_KINDS:
            assert lookup.org_profile(lookup.profile_records(hoods.around, node), node) == lookup.org_profile(graph, node)
    pair = analysis.pairs(graph, "site", top=1)[0]
    a, b = pair["a_id"], pair["b_id"]
    found = analysis.shared(hoods.around([a, b]), a, b)
    assert found == analysis.shared(graph, a, b) and len(found) == pair["shared"] > 0
    # the profile of a body with a successor follows its chain to today through other records
    chained = next(n for n, k in graph.nodes(data="kind") if k == "ccg" and lookup.org_profile(graph, n)["succession"])
    assert len(lookup.org_profile(graph, chained)["succession"]) >= 1


def test_damaged_records_are_passed_over_for_the_whole_graph(graph, tmp_path, monkeypatch):
    monkeypatch.setenv("PCHGRAPH_CACHE", str(tmp_path / "cache"))
    path = write_graph(graph, tmp_path / "g.json")
    runner = CliRunner()
    organisation = "Cornwall Partnership NHS Foundation Trust"
    first = runner.invoke(cli, ["org", organisation, "--graph", str(path), "--json"], catch_exceptions=False)
    records = next((tmp_path / "cache").glob("*.records"))
    with monkeypatch.context() as patched:
        patched.setattr(pchgraph.cli, "load_graph", no_loading)
        assert runner.invoke(cli, ["org", organisation, "--graph", str(path), "--json"], catch_exceptions=False).output == first.output
    # every byte of the records file changed but its length: the record's check fails, the graph answers
    records.write_bytes(bytes(255 - byte for byte in records.read_bytes()))
    again = runner.invoke(cli, ["org", organisation, "--graph", str(path), "--json"], catch_exceptions=False)
    assert again.exit_code == 0 and again.output == first.output
    # a records file of another length is not used at all
    records.write_bytes(b"short")
    assert cached_neighbourhoods(graph_file_cache_path(path, tmp_path / "cache"), graph_hash_of(path, tmp_path)) is None


def graph_hash_of(path: Path, folder: Path) -> str:
    return graph_file_cache_path(path, folder / "cache").read_bytes().split(b"\n", 1)[0].decode()


def no_loading(*args, **kwargs):
    raise AssertionError("the graph was loaded")


def test_org_shared_and_find_on_a_cached_graph_file_answer_without_loading_it(graph, tmp_path, monkeypatch):
    monkeypatch.setenv("PCHGRAPH_CACHE", str(tmp_path / "cache"))
    path = write_graph(graph, tmp_path / "g.json")
    pair = analysis.pairs(graph, "site", top=1)[0]
    commands = [
        ["org", "Cornwall Partnership NHS Foundation Trust"],
        ["org", "NHS Kernow CCG", "--json"],
        ["shared", pair["a_id"], pair["b_id"], "--json"],
        ["shared", "Cornwall Partnership NHS Foundation Trust", "Cornwall Council"],
        ["find", "kernow"],
        ["org", "Kernow Trust"],
        ["shared", "Cornwall Council", pair["a_id"]],
    ]
    runner = CliRunner()
    first = [runner.invoke(cli, [*command, "--graph", str(path)]) for command in commands]
    assert [r.exit_code for r in first] == [0, 0, 0, 0, 0, 2, 2]
    with monkeypatch.context() as patched:
        patched.setattr(pchgraph.cli, "load_graph", no_loading)
        again = [runner.invoke(cli, [*command, "--graph", str(path)]) for command in commands]
    assert [(r.exit_code, r.output) for r in again] == [(r.exit_code, r.output) for r in first]


def test_an_entry_kept_without_its_parts_gets_them_when_next_opened(graph, tmp_path, monkeypatch):
    path, entry = cached_graph_file(graph, tmp_path, monkeypatch)
    parts = sorted(p.name for p in (tmp_path / "cache").iterdir() if p != entry)
    assert [p.rsplit(".", 1)[1] for p in parts] == ["names", "records", "sites"]
    # as an older pchgraph left it: the entry alone
    for name in parts:
        (tmp_path / "cache" / name).unlink()
    load_graph(graph_file=path)
    assert sorted(p.name for p in (tmp_path / "cache").iterdir() if p != entry) == parts
    assert kept_lists(entry) is not None
