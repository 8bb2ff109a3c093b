"""Exports: every format of the whole graph and of selections, read back by other readers."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import igraph
import networkx as nx
import pytest

from pchgraph.errors import DataError
from pchgraph.export import export, selection

GEXF = "{http://www.gexf.net/1.2draft}"
GEXF_TYPES = {
    "integer": int,
    "long": int,
    "double": float,
    "float": float,
    "boolean": lambda v: {"true": True, "false": False}[v],
    "string": str,
}


def test_graphml_reads_back_in_networkx_and_igraph(graph, tmp_path):
    out = tmp_path / "g.graphml"
    export(graph, "graphml", out)
    back = nx.read_graphml(out)
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    site = back.nodes["site:east-cornwall-locality"]
    assert site["numbers"] == "21; 22; 23" and site["practices_count"] == 10
    theirs = igraph.Graph.Read_GraphML(str(out))
    assert (theirs.vcount(), theirs.ecount()) == (graph.number_of_nodes(), graph.number_of_edges())


def test_gexf_reads_back_and_every_value_fits_its_declared_type(graph, tmp_path):
    out = tmp_path / "g.gexf"
    export(graph, "gexf", out)
    back = nx.read_gexf(out)
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    root = ET.parse(out).getroot()
    declared = {}
    for attributes in root.iter(f"{GEXF}attributes"):
        for attribute in attributes.iter(f"{GEXF}attribute"):
            declared[(attributes.get("class"), attribute.get("id"))] = attribute.get("type")
    checked = 0
    for cls, tag in (("node", "node"), ("edge", "edge")):
        for element in root.iter(f"{GEXF}{tag}"):
            for value in element.iter(f"{GEXF}attvalue"):
                GEXF_TYPES[declared[(cls, value.get("for"))]](value.get("value"))
                checked += 1
    assert checked > 1000


def test_csv_folder(graph, tmp_path):
    written = export(graph, "csv", tmp_path / "out")
    nodes, edges = (list(csv.DictReader(path.open(encoding="utf-8", newline=""))) for path in written)
    assert len(nodes) == graph.number_of_nodes() and len(edges) == graph.number_of_edges()
    partner = next(e for e in edges if e["kind"] == "partner_of")
    assert partner["mention"] and partner["source_file"] and int(partner["line"]) > 0
    site = next(n for n in nodes if n["id"] == "site:east-cornwall-locality")
    assert site["numbers"] == "21;22;23" and json.loads(site["sections"]) == graph.nodes[site["id"]]["sections"]


def test_csv_has_no_backslash_escape_that_neo4j_load_csv_would_misread(graph, tmp_path):
    """Neo4j's LOAD CSV, with its default legacy quote escaping, reads a backslash before a quote
    or another backslash inside a quoted field as an escape; the export writes neither."""
    written = export(graph, "csv", tmp_path / "out")
    text = written[0].read_text(encoding="utf-8")
    assert '\\"' not in text and "\\\\" not in text and '""' in text


def test_csv_json_and_lists_with_awkward_values(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("site:a", kind="site", name='A "quoted", name', sections={"text": 'say "hi" \\ end\\'}, numbers=[1, 2])
    g.add_node("site:b", kind="site", name="B", sections={}, numbers=[], sources=["x;y", "z"])
    written = export(g, "csv", tmp_path / "out")
    text = written[0].read_text(encoding="utf-8")
    assert '\\"' not in text and "\\\\" not in text
    rows = {row["id"]: row for row in csv.DictReader(written[0].open(encoding="utf-8", newline=""))}
    assert rows["site:a"]["name"] == 'A "quoted", name' and rows["site:a"]["numbers"] == "1;2"
    assert json.loads(rows["site:a"]["sections"]) == {"text": 'say "hi" \\ end\\'}
    assert json.loads(rows["site:b"]["sources"]) == ["x;y", "z"]  # an item holding ';' makes the column JSON
    assert rows["site:b"]["numbers"] == "" and rows["site:b"]["sections"] == ""


def test_every_format_help_names_its_tool_and_how_to_open_it():
    from pchgraph.export import FORMATS

    tools = {
        "json": "networkx",
        "graphml": "igraph",
        "gexf": "Gephi",
        "csv": "LOAD CSV",
        "cytoscape": "Cytoscape.js",
        "neo4j-import": "neo4j-admin",
    }
    for name, tool in tools.items():
        assert tool in FORMATS[name].help, name
    assert "File > Open" in FORMATS["gexf"].help and "read_graphml" in FORMATS["graphml"].help


def test_json_and_cytoscape(graph, tmp_path):
    export(graph, "json", tmp_path / "g.json")
    data = json.loads((tmp_path / "g.json").read_text())
    assert len(data["edges"]) == graph.number_of_edges()
    export(graph, "cytoscape", tmp_path / "c.json")
    back = nx.cytoscape_graph(json.loads((tmp_path / "c.json").read_text()))
    assert back.number_of_nodes() == graph.number_of_nodes()


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf", "csv", "cytoscape", "neo4j-import"])
def test_every_format_takes_a_selection(graph, tmp_path, fmt):
    part = selection(graph, kind="trust", area="Cornwall and the Isles of Scilly")
    assert {d["kind"] for _, d in part.nodes(data=True)} == {"trust", "site", "area"}
    export(part, fmt, tmp_path / f"out.{fmt}")
    assert (tmp_path / f"out.{fmt}").exists()


def test_focus_selection(graph):
    part = selection(graph, focus="org:kent-community-health-foundation-trust", depth=1)
    assert sorted(d["name"] for n, d in part.nodes(data=True) if d["kind"] == "site") == [
        "Herne Bay Healthcare",
        "Ramsgate, Quex and Broadstairs",
        "South Kent Coast Integrated Accountable Care",
        "Thanet Health Community Interest Company (CIC)",
    ]


def test_failed_write_keeps_the_old_file(graph, tmp_path, monkeypatch):
    out = tmp_path / "g.graphml"
    out.write_text("old")

    def broken(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(nx, "write_graphml", broken)
    with pytest.raises(DataError):
        export(graph, "graphml", out)
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]


def test_pchgraph_export_stays_the_function_after_its_subpackage_is_imported(tmp_path):
    # (using `pchgraph.selection` or `pchgraph.write_html` first imported the subpackage
    # `pchgraph.export`, which then hid the function of that name: 'module' object is not callable)
    out = tmp_path / "g.json"
    script = (
        "import pchgraph, sys\n"
        "g = pchgraph.load_graph(sources=sys.argv[1])\n"
        "part = pchgraph.selection(g, kind='trust')\n"
        "import pchgraph.export.html\n"
        "pchgraph.export(part, 'json', sys.argv[2])\n"
    )
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text("Hill PCN\n\nHill PCN is a partnership of Hill Surgery and Riverton Community NHS Trust.\n")
    done = subprocess.run([sys.executable, "-c", script, str(sources), str(out)], capture_output=True, text=True, env=os.environ)
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text())["nodes"]
