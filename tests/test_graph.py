"""The graph contract that every later command relies on."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from pchgraph.errors import DataError
from pchgraph.graph import GRAPH_FORMAT, build_graph, graph_to_json, load_graph, read_graph, write_graph
from pchgraph.readers import read_sources

NODE_KINDS = {"site", "practice", "trust", "ccg", "icb", "council", "charity", "federation", "nhs_body", "other", "area"}
EDGE_KINDS = {
    "partner_of": ("org", "site"),
    "member_of": ("practice", "site"),
    "in_area": ("site", "area"),
    "linked_to": ("site", "site"),
    "mentioned_in": ("", "site"),
    "succeeded_by": ("org", "org"),
}


def test_every_node_has_kind_and_name(graph):
    for node, data in graph.nodes(data=True):
        assert data["kind"] in NODE_KINDS, node
        assert data["name"], node


def test_site_nodes_carry_their_fields(graph):
    site = graph.nodes["site:east-cornwall-locality"]
    assert site["numbers"] == [21, 22, 23]
    assert (site["wave"], site["pchs_count"], site["practices_count"]) == ("2nd wave", 3, 10)
    assert site["sources"] == ["004_310525714bc6d37c.txt:881"]
    assert graph.nodes["site:wiltshire-gp-alliance"]["numbers"] == []


def test_edges_run_the_right_way_and_carry_provenance(graph):
    for u, v, data in graph.edges(data=True):
        source, target = EDGE_KINDS[data["kind"]]
        assert u.startswith(source) and v.startswith(target), (u, v, data["kind"])
        if data["kind"] in ("partner_of", "member_of", "mentioned_in"):
            assert data["mention"] and data["source_file"] and data["line"] >= 1
        if data["kind"] == "succeeded_by":
            assert data["change"] and data["date"] and data["source_file"].endswith(".csv") and data["line"] >= 2


def test_every_organisation_mention_is_an_edge(corpus, graph):
    mentions = [m for m in corpus.mentions if m.kind in ("organisation", "practice") and m.site_id]
    edges = [e for e in graph.edges(data="kind") if e[2] in ("partner_of", "member_of")]
    assert len(edges) == len(mentions)


def test_site_references_become_linked_to_edges(graph):
    linked = {(u, v) for u, v, kind in graph.edges(data="kind") if kind == "linked_to"}
    assert ("site:thanet-health-community-interest-company-cic", "site:ramsgate-quex-and-broadstairs") in linked
    assert ("site:wolverhampton-total-health", "site:wolverhampton-care-collaborative") in linked
    assert ("site:wolverhampton-care-collaborative", "site:wolverhampton-total-health") in linked
    assert ("site:south-cheshire-and-vale-royal-care-communities", "site:team-winsford") in linked


def test_areas_have_official_names_and_codes(graph):
    area = graph.nodes["area:milton-keynes-bedfordshire-and-luton"]
    assert area["code"] == "E54000024"
    assert sorted(area["written"]) == ["Bedfordshire, Luton and Milton Keynes", "Milton Keynes, Bedfordshire and Luton"]
    unmatched = graph.nodes["area:shropshire-and-staffordshire"]
    assert unmatched["code"] is None


def test_file_is_node_link_json_with_edges_key(graph, tmp_path):
    path = write_graph(graph, tmp_path / "g.json")
    data = json.loads(path.read_text())
    assert set(data) >= {"nodes", "edges", "directed", "multigraph"}
    assert all("id" in node and "kind" in node for node in data["nodes"])
    again = read_graph(path)
    assert graph_to_json(again) == graph_to_json(graph)


def test_cache_is_rebuilt_when_sources_change(folder, monkeypatch, tmp_path):
    monkeypatch.setenv("PCHGRAPH_CACHE", str(tmp_path / "cache"))
    entry = "1\nA Site\n\nNO. OF PCHs: 1\nSTP AREA: Devon\n\nPARTNERS\n\n{}.\n"
    sources = folder({"a.txt": entry.format("Devon County Council")})
    first = load_graph(sources=sources)
    assert "org:devon-county-council" in first
    (sources / "a.txt").write_text(entry.format("Plymouth City Council"))
    second = load_graph(sources=sources)
    assert "org:plymouth-city-council" in second and "org:devon-county-council" not in second
    assert len(list((tmp_path / "cache").glob("graph-*.graph"))) == 2


def test_build_is_deterministic(corpus):
    assert graph_to_json(build_graph(corpus)) == graph_to_json(build_graph(read_sources_again()))


def read_sources_again():
    from pchgraph.resources import sources_dir

    return read_sources(sources_dir())


def test_an_attribute_json_cannot_hold_is_a_data_error_naming_it_and_the_file_is_kept(tmp_path):
    # (a researcher's own set-valued attribute was a bare TypeError from the json encoder)
    g = nx.MultiDiGraph(pchgraph_format=GRAPH_FORMAT)
    g.add_node("site:s", kind="site", name="S")
    g.add_node("org:t", kind="trust", name="T")
    g.add_edge("org:t", "site:s", kind="partner_of", line=1, seen={1})
    out = tmp_path / "keep.json"
    out.write_text("KEEP")
    with pytest.raises(DataError) as raised:
        write_graph(g, out)
    assert raised.value.where == "org:t -> site:s" and "'seen' is a set" in str(raised.value)
    assert out.read_text() == "KEEP"
