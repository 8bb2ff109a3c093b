"""Graph files other tools read: node-link JSON, GraphML, GEXF (Gephi), Cytoscape JSON, and CSV.

GraphML and GEXF take only plain typed values, one type per attribute, so attributes are typed
per column: a column of whole numbers stays whole, a column mixing numbers and text becomes text,
lists are joined with "; ", dictionaries are written as JSON, and missing values are left out.

CSV is written for Neo4j's ``LOAD CSV`` with its default settings and for pandas alike: quotes
doubled as RFC 4180 says, lists of plain values joined with ``;`` (`LIST_SEPARATOR`), maps and
lists of maps as JSON in which no backslash stands before a quote or another backslash (Neo4j's
default, legacy quote escaping reads those two pairs as escapes inside a quoted field).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from ..graph import graph_to_json
from ..output import joins_back
from .files import atomic_write, write_folder, write_text
from .html import COLOURS
from .registry import register

NODE_COLUMNS_FIRST = ["id", "kind", "name"]
EDGE_COLUMNS = ["source", "target", "key", "kind", "mention", "source_file", "line", "note"]
LIST_SEPARATOR = ";"
# A JSON escape pair; the two Neo4j's legacy CSV quoting would take as its own escapes become
# \uXXXX escapes, which every JSON reader reads back the same.
JSON_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
JSON_UNICODE = {'"': "\\u0022", "\\": "\\u005c"}
# Gephi's node sizes by kind: sites, where partnerships meet, largest; practices, the most
# numerous, smallest. The colours are the interactive page's, so both views agree.
GEXF_SIZES = {"site": 12.0, "area": 10.0, "trust": 8.0, "ccg": 8.0, "council": 8.0, "practice": 4.0}
GEXF_SIZE = 6.0
GEXF_GREY = "#7f7f7f"


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


@register(
    "json",
    "networkx node-link JSON (edges under \"edges\"), what 'pchgraph build --out' writes: "
    "pchgraph --graph FILE, or networkx node_link_graph(json.load(f), edges='edges')",
)
def write_json(graph: nx.MultiDiGraph, out: Path, **_) -> list[Path]:
    return [write_text(out, json_text(graph_to_json(graph)))]


@register(
    "graphml",
    "GraphML with typed attributes, for yEd, Gephi, igraph and networkx: yEd File > Open; "
    "igraph Graph.Read_GraphML(path); networkx read_graphml(path); R igraph read_graph(path, 'graphml')",
)
def write_graphml(graph: nx.MultiDiGraph, out: Path, **_) -> list[Path]:
    flat = flat_graph(graph)
    return [atomic_write(out, lambda handle: nx.write_graphml(flat, handle))]


def hex_rgb(colour: str) -> dict:
    """A ``#rrggbb`` colour as Gephi's viz:color attributes.

    >>> hex_rgb("#1f5fa8")
    {'r': 31, 'g': 95, 'b': 168, 'a': 1.0}
    """
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16), "a": 1.0}


def viz(kind: str) -> dict:
    """Gephi's colour and size for a node of this kind."""
    return {"color": hex_rgb(COLOURS.get(kind, GEXF_GREY)), "size": GEXF_SIZES.get(kind, GEXF_SIZE)}


def gexf_writer(graph: nx.MultiDiGraph) -> GEXFWriter:
    """networkx's GEXF 1.2draft writer holding the graph, coloured and sized by kind, made valid
    against the GEXF 1.2draft schema."""
    flat = flat_graph(graph)
    for _, data in flat.nodes(data=True):
        data["viz"] = viz(data.get("kind", ""))
    writer = GEXFWriter(version="1.2draft")
    writer.add_graph(flat)
    # networkx writes name="" on <graph>, an attribute the schema does not have; stricter
    # readers than Gephi refuse the file for it.
    for element in writer.xml.iter("graph"):
        element.attrib.pop("name", None)
    # The 1.2draft schema declares a node's <color> and <size> in the GEXF namespace itself (with
    # the viz types), where networkx writes them as viz:color and viz:size; Gephi reads them by
    # their local name either way.
    viz_tags = {f"{{{writer.NS_VIZ}}}{name}": name for name in ("color", "size")}
    for element in writer.xml.iter():
        element.tag = viz_tags.get(element.tag, element.tag)
    return writer


@register(
    "gexf",
    "GEXF 1.2 for Gephi, typed attributes, coloured and sized by kind: Gephi File > Open, then Layout > ForceAtlas 2",
)
def write_gexf(graph: nx.MultiDiGraph, out: Path, **_) -> list[Path]:
    writer = gexf_writer(graph)
    return [atomic_write(out, writer.write)]


@register(
    "cytoscape",
    "Cytoscape JSON (elements: nodes, edges), for Cytoscape.js cytoscape({elements: data.elements}) "
    "and Cytoscape desktop File > Import > Network from File",
)
def write_cytoscape(graph: nx.MultiDiGraph, out: Path, **_) -> list[Path]:
    data = nx.cytoscape_data(graph)
    return [write_text(out, json_text(data))]


def csv_json(value) -> str:
    r"""JSON text that Neo4j's LOAD CSV (default settings) and pandas both read back unchanged:
    no backslash before a quote or another backslash.

    >>> csv_json({"text": 'a "quote" and a \\ backslash'})
    '{"text": "a \\u0022quote\\u0022 and a \\u005c backslash"}'
    >>> json.loads(csv_json({"text": 'a "quote" and a \\ backslash'}))["text"]
    'a "quote" and a \\ backslash'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return JSON_ESCAPE.sub(lambda match: JSON_UNICODE.get(match.group(1), match.group(0)), text)


def joinable(values: list) -> bool:
    """True when every value of a column is a list of plain values none of which holds the
    separator, so the column can be written ``;``-joined (else it is written as JSON)."""
    return all(joins_back(value, LIST_SEPARATOR) for value in values if isinstance(value, (list, tuple, set)))


def csv_cell(value, joined: bool):
    """One CSV cell: missing as empty, booleans as true/false, lists joined or JSON, maps JSON."""
    if value is None or value == [] or value == {}:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, set)) and joined:
        return LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, (list, tuple, set, dict)):
        return csv_json(list(value) if isinstance(value, set) else value)
    return value


def csv_rows(items: list[dict]) -> list[dict]:
    """Attribute dictionaries as CSV cells, each list column joined or JSON throughout."""
    columns: dict[str, list] = {}
    for item in items:
        for key, value in item.items():
            columns.setdefault(key, []).append(value)
    joined = {key: joinable(values) for key, values in columns.items()}
    return [{k: csv_cell(v, joined[k]) for k, v in item.items()} for item in items]


def csv_table(rows: list[dict] | list[tuple], columns: list[str]):
    """A writer of one CSV file (RFC 4180: quotes doubled, CRLF line ends) for the one writer;
    rows are maps by column, or sequences in the columns' order."""

    def write(handle):
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        if rows and not isinstance(rows[0], dict):
            writer = csv.writer(text)
            writer.writerow(columns)
        else:
            writer = csv.DictWriter(text, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
        writer.writerows(rows)
        text.flush()
        text.detach()

    return write


@register(
    "csv",
    "nodes.csv and edges.csv in the folder OUT, for Neo4j LOAD CSV (default settings), pandas "
    "read_csv and R read.csv; lists joined with ';', maps as JSON",
    folder=True,
)
def write_csv_folder(graph: nx.MultiDiGraph, out: Path, **_) -> list[Path]:
    """nodes.csv and edges.csv in the folder `out`, written as a pair: both come from one graph,
    or the folder is left as it was."""
    nodes = csv_rows([{"id": n, **d} for n, d in graph.nodes(data=True)])
    node_columns = NODE_COLUMNS_FIRST + sorted({k for row in nodes for k in row} - set(NODE_COLUMNS_FIRST))
    edges = csv_rows([{"source": u, "target": v, "key": k, **d} for u, v, k, d in graph.edges(keys=True, data=True)])
    # (and every other attribute an edge carries: a succession's change and date, --now's was)
    edge_columns = EDGE_COLUMNS + sorted({k for row in edges for k in row} - set(EDGE_COLUMNS))
    tables = {"nodes.csv": csv_table(nodes, node_columns), "edges.csv": csv_table(edges, edge_columns)}
    return [Path(p) for p in write_folder(out, tables)]
