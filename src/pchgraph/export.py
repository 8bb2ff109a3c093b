"""Writing the graph (or a selection of it) in formats other tools read: node-link JSON, GraphML,
GEXF (Gephi), CSV and Cytoscape JSON.

GraphML and GEXF take only plain typed values, one type per attribute, so attributes are typed
per column: a column of whole numbers stays whole, a column mixing numbers and text becomes text,
lists are joined with "; ", dictionaries are written as JSON, and missing values are left out.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from pathlib import Path

import networkx as nx

from .analysis import ORG_EDGES, check_kind, sites_in_area, within
from .errors import PchgraphError
from .graph import graph_to_json

FORMATS = ("json", "graphml", "gexf", "csv", "cytoscape")
NODE_COLUMNS_FIRST = ["id", "kind", "name"]
EDGE_COLUMNS = ["source", "target", "key", "kind", "mention", "source_file", "line", "note"]


def selection(graph: nx.MultiDiGraph, kind: str | None = None, area: str | None = None,
              focus: str | None = None, depth: int = 1) -> nx.MultiDiGraph:
    """The part of the graph a researcher asked for (all of it by default).

    `area`: that STP area's sites, their partners and the area itself. `kind`: organisations of
    that kind, the sites they work with and those sites' areas. `focus` (a node id): everything
    within `depth` partnership steps. Conditions combine.
    """
    check_kind(kind)
    keep = set(graph)
    if area:
        sites = sites_in_area(graph, area)
        keep &= sites | {o for s in sites for o, _, k in graph.in_edges(s, data="kind") if k in ORG_EDGES} | {
            a for s in sites for _, a, k in graph.out_edges(s, data="kind") if k == "in_area"}
    if kind:
        orgs = {n for n, d in graph.nodes(data=True) if d["kind"] == kind}
        sites = {s for o in orgs for _, s, k in graph.out_edges(o, data="kind") if k in ORG_EDGES}
        areas = {a for s in sites for _, a, k in graph.out_edges(s, data="kind") if k == "in_area"}
        keep &= orgs | sites | areas
    if focus:
        keep &= set(within(graph.subgraph(keep), focus, depth)) or {focus}
    return graph.subgraph(keep).copy()


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


def atomic_write(out: Path, write) -> Path:
    """Write through a temporary file beside `out`, so a failure never leaves half a file."""
    out = Path(out)
    if out.exists() and out.is_dir():
        raise PchgraphError("is a folder; give a file name", where=str(out), exit_code=2)
    if not out.parent.exists():
        raise PchgraphError("no such folder", where=str(out.parent), exit_code=2)
    handle, temporary = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    os.close(handle)
    try:
        write(Path(temporary))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, out)
    except OSError as exc:
        raise PchgraphError(f"cannot write: {exc.strerror or exc}", where=str(out)) from exc
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return out


def write_csv_folder(graph: nx.MultiDiGraph, out: Path) -> list[Path]:
    """nodes.csv and edges.csv in the folder `out` (made if missing)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise PchgraphError("CSV export writes nodes.csv and edges.csv into a folder; this is a file", where=str(out), exit_code=2)
    out.mkdir(parents=True, exist_ok=True)
    nodes = [{"id": n, **d} for n, d in flat_graph(graph).nodes(data=True)]
    node_columns = NODE_COLUMNS_FIRST + sorted({k for row in nodes for k in row} - set(NODE_COLUMNS_FIRST))
    edges = [{"source": u, "target": v, "key": k, **d} for u, v, k, d in flat_graph(graph).edges(keys=True, data=True)]
    written = []
    for name, rows, columns in (("nodes.csv", nodes, node_columns), ("edges.csv", edges, EDGE_COLUMNS)):

        def write(path, rows=rows, columns=columns):
            with path.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
                writer.writeheader()
                writer.writerows(rows)

        written.append(atomic_write(out / name, write))
    return written


def export(graph: nx.MultiDiGraph, fmt: str, out: Path) -> list[Path]:
    """Write the graph in a format; returns the files written."""
    if fmt not in FORMATS:
        raise PchgraphError(f"unknown format '{fmt}'; use one of: {', '.join(FORMATS)}", where="FORMAT", exit_code=2)
    if fmt == "csv":
        return write_csv_folder(graph, out)
    if fmt == "json":
        return [atomic_write(out, lambda p: p.write_text(json.dumps(graph_to_json(graph), ensure_ascii=False, indent=1), encoding="utf-8"))]
    if fmt == "cytoscape":
        data = nx.cytoscape_data(graph)
        return [atomic_write(out, lambda p: p.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8"))]
    flat = flat_graph(graph)
    writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
    return [atomic_write(out, lambda p: writer(flat, p))]
