"""Graph files other tools read: node-link JSON, GraphML, GEXF (Gephi), Cytoscape JSON, and CSV.

GraphML and GEXF take only plain typed values, one type per attribute, so attributes are typed
per column: a column of whole numbers stays whole, a column mixing numbers and text becomes text,
lists are joined with "; ", dictionaries are written as JSON, and missing values are left out.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx

from ..graph import graph_to_json
from .files import atomic_write, write_folder, write_text
from .registry import register

NODE_COLUMNS_FIRST = ["id", "kind", "name"]
EDGE_COLUMNS = ["source", "target", "key", "kind", "mention", "source_file", "line", "note"]


def flat_value(value):
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def column_type(values: list) -> type:
    """The one type a column can be written as: bool, int, float, or else str.

    >>> column_type([1, 2]), column_type([1, 2.5]), column_type([1, "TBC"]), column_type([True])
    (<class 'int'>, <class 'float'>, <class 'str'>, <class 'bool'>)
    """
    if all(isinstance(v, bool) for v in values):
        return bool
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return int
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return float
    return str


def typed_attributes(items: list[dict]) -> list[dict]:
    """Attribute dictionaries flattened and typed per column, with missing values left out."""
    flat = [{k: flat_value(v) for k, v in item.items() if v is not None and v != [] and v != {}} for item in items]
    columns: dict[str, list] = {}
    for item in flat:
        for key, value in item.items():
            columns.setdefault(key, []).append(value)
    types = {key: column_type(values) for key, values in columns.items()}
    return [{k: types[k](v) for k, v in item.items()} for item in flat]


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose node and edge attributes are plain, one type per attribute; nodes get a label."""
    flat = nx.MultiDiGraph()
    nodes = list(graph.nodes(data=True))
    for (node, _), attributes in zip(nodes, typed_attributes([dict(d, label=d.get("name")) for _, d in nodes])):
        flat.add_node(node, **attributes)
    edges = list(graph.edges(keys=True, data=True))
    for (u, v, key, _), attributes in zip(edges, typed_attributes([d for *_, d in edges])):
        flat.add_edge(u, v, key=key, **attributes)
    flat.graph.update({k: flat_value(v) for k, v in graph.graph.items() if isinstance(v, (str, int, float)) or k == "files"})
    return flat


def json_text(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


@register("json", "networkx node-link JSON (edges under \"edges\"); what 'pchgraph build --out' writes")
def write_json(graph: nx.MultiDiGraph, out: Path, **_) -> list[Path]:
    return [write_text(out, json_text(graph_to_json(graph)))]


@register("graphml", "GraphML with typed attributes (yEd, Gephi, igraph, networkx)")
def write_graphml(graph: nx.MultiDiGraph, out: Path, **_) -> list[Path]:
    flat = flat_graph(graph)
    return [atomic_write(out, lambda handle: nx.write_graphml(flat, handle))]


@register("gexf", "GEXF for Gephi, typed attributes")
def write_gexf(graph: nx.MultiDiGraph, out: Path, **_) -> list[Path]:
    flat = flat_graph(graph)
    return [atomic_write(out, lambda handle: nx.write_gexf(flat, handle))]


@register("cytoscape", "Cytoscape JSON")
def write_cytoscape(graph: nx.MultiDiGraph, out: Path, **_) -> list[Path]:
    data = nx.cytoscape_data(graph)
    return [write_text(out, json_text(data))]


@register("csv", "nodes.csv and edges.csv in the folder OUT", folder=True)
def write_csv_folder(graph: nx.MultiDiGraph, out: Path, **_) -> list[Path]:
    """nodes.csv and edges.csv in the folder `out`, written as a pair: both come from one graph,
    or the folder is left as it was."""
    flat = flat_graph(graph)
    nodes = [{"id": n, **d} for n, d in flat.nodes(data=True)]
    node_columns = NODE_COLUMNS_FIRST + sorted({k for row in nodes for k in row} - set(NODE_COLUMNS_FIRST))
    edges = [{"source": u, "target": v, "key": k, **d} for u, v, k, d in flat.edges(keys=True, data=True)]

    def table(rows, columns):
        def write(handle):
            text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
            writer = csv.DictWriter(text, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
            text.flush()
            text.detach()

        return write

    return [Path(p) for p in write_folder(out, {"nodes.csv": table(nodes, node_columns), "edges.csv": table(edges, EDGE_COLUMNS)})]
