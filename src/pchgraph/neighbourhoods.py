"""Each node's own data and edges, kept in the cache beside a cached graph, so that a question
about a few nodes (`shared`, `org`, `find`) answers without loading the whole graph.

Opening a national corpus's cached graph takes most of a second (its edges are most of a
million dicts); a question about two sites reads a few of them. Beside the graph's entry the
cache keeps the names of every node (the data a name is looked up by, `LOOKUP_KEYS`) and each
node's record (its data and its edges both ways, pickled alone). `Neighbourhoods.names_graph` is
every node with those names and no edge; `Neighbourhoods.around` fills in chosen nodes' records:
the functions that answer about those nodes (`pchgraph.analysis.shared`,
`pchgraph.lookup.org_profile`) read nothing else, and give on it what they give on the whole
graph. Like the site lists (`pchgraph.sitelists`), they carry the hash of the graph's entry and
are used only with it.
"""

from __future__ import annotations

import contextlib
import io
import pickle
import zlib
from array import array
from collections.abc import Container
from pathlib import Path

import networkx as nx

from .cache import PlainUnpickler, stored_tables, tables_entry, touch
from .errors import DataError, UsageError
from .files import write_file
from .schema import NODE_KINDS, SITE

# What a name is looked up by (`pchgraph.lookup.node_for`, `find`, `spellings`,
# `node_with_code`) and what a row names a neighbour with.
LOOKUP_KEYS = ("kind", "name", "official_name", "aliases", "written", "ods_code", "gss_code")
# The first item of a names entry's value.
NAMES_STATE = "pchgraph neighbourhoods 1"


class Neighbourhoods:
    """The names of every node of a graph, and where each node's record is.

    Parameters
    ----------
    names : list of (str, dict)
        Every node's id and its data under `LOOKUP_KEYS`, in the graph's order.
    starts : array
        Where each node's record starts in the records file (one more: where the last ends).
    checks : array
        Each record's CRC-32.
    records : Path
        The records file.
    """

    def __init__(self, names: list[tuple[str, dict]], starts: array, checks: array, records: Path):
        self.names = names
        self.starts = starts
        self.checks = checks
        self.records = records
        self.index = {node: at for at, (node, _) in enumerate(names)}
        self.graph: nx.MultiDiGraph | None = None
        # the nodes whose records are filled in
        self.filled: set[str] = set()

    def has_site(self) -> bool:
        """Whether any node is a site."""
        return any(data.get("kind") == SITE for _, data in self.names)

    def names_graph(self) -> nx.MultiDiGraph:
        """Every node with the data its name is looked up by, and no edge; then, once `around`
        has filled some in, with their records too (one graph, filled in as asked)."""
        if self.graph is None:
            self.graph = graph = nx.MultiDiGraph()
            # filled as networkx would fill them, without copying each node's dict
            graph._node = dict(self.names)
            graph._adj = graph._succ = {node: {} for node in graph._node}
            graph._pred = {node: {} for node in graph._node}
        return self.graph

    def around(self, nodes, follow: tuple[str, ...] = ()) -> nx.MultiDiGraph:
        """The names graph with these nodes' records filled in: their whole data and every edge
        they have, both ways; and the records of the nodes their edges of the kinds in `follow`
        lead to, and so on.

        Raises
        ------
        DataError
            When a record cannot be read or is not what was written (the caller then loads the
            whole graph).

        Examples
        --------
        >>> import tempfile
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("s", kind="site", name="S", wave="1st"); g.add_node("t", kind="trust", name="T")
        >>> _ = g.add_edge("t", "s", kind="partner_of", line=3)
        >>> entry = Path(tempfile.mkdtemp()) / "graph-x.graph"
        >>> store_neighbourhoods(g, entry, "hash")
        >>> hoods = cached_neighbourhoods(entry, "hash")
        >>> dict(hoods.names_graph().nodes["s"]), hoods.names_graph().number_of_edges()
        ({'kind': 'site', 'name': 'S'}, 0)
        >>> part = hoods.around(["s"])
        >>> part.nodes["s"]["wave"], list(part.in_edges("s", data="line"))
        ('1st', [('t', 's', 3)])
        """
        graph = self.names_graph()
        records: dict[str, tuple] = {}
        todo, seen = list(nodes), set()
        with self.records.open("rb") as handle:
            while todo:
                node = todo.pop()
                if node in seen or node not in self.index:
                    continue
                seen.add(node)
                # a node filled in before is followed on from what the graph holds of it
                if node in self.filled:
                    succ = graph._succ[node]
                else:
                    records[node] = record = self.record(handle, node)
                    succ = record[1]
                todo += [target for target, keyed in succ.items() if any(edge.get("kind") in follow for edge in keyed.values())]
        for node, (data, succ, pred) in records.items():
            graph._node[node] = data
            graph._succ[node], graph._pred[node] = succ, pred
        self.filled |= records.keys()
        # a neighbour's side of each edge, where the neighbour's own record is not filled in
        for node, (_, succ, pred) in records.items():
            for target, keyed in succ.items():
                if target not in self.filled:
                    graph._pred[target][node] = keyed
            for source, keyed in pred.items():
                if source not in self.filled:
                    graph._succ[source][node] = keyed
        return graph

    def record(self, handle, node: str) -> tuple[dict, dict, dict]:
        """A node's record: its data, its out-edges and its in-edges, as the graph holds them."""
        at = self.index[node]
        start, end = self.starts[at], self.starts[at + 1]
        handle.seek(start)
        data = handle.read(end - start)
        if len(data) != end - start or zlib.crc32(data) != self.checks[at]:
            raise DataError("a node's record does not match its check", where=str(self.records))
        try:
            record = PlainUnpickler(io.BytesIO(data)).load()
        except Exception as exc:  # whatever a malformed pickle raises, the record is damaged
            raise DataError(f"a node's record is damaged ({exc.__class__.__name__})", where=str(self.records)) from exc
        if not record_shape_right(record, self.index):
            raise DataError("a node's record is not a node's data and edges", where=str(self.records))
        return record


def record_shape_right(record, nodes: Container[str]) -> bool:
    """Whether a record is (data, out-edges, in-edges) of a node of a known kind, each edge to
    a node of the graph, each with its keys and data."""
    if not (type(record) is tuple and len(record) == 3 and all(type(part) is dict for part in record)):
        return False
    data, succ, pred = record
    if data.get("kind") not in NODE_KINDS or type(data.get("name")) is not str:
        return False
    return all(
        other in nodes and type(keyed) is dict and all(type(edge) is dict for edge in keyed.values())
        for side in (succ, pred)
        for other, keyed in side.items()
    )


def names_path(graph_entry: Path) -> Path:
    """Where the names of a graph's cache entry are kept (its records beside them)."""
    return graph_entry.with_suffix(".names")


def records_path(graph_entry: Path) -> Path:
    return graph_entry.with_suffix(".records")


def store_neighbourhoods(graph: nx.MultiDiGraph, graph_entry: Path, graph_hash: str) -> None:
    """Keep a graph's names and node records beside its cache entry, just written (`graph_hash`
    is the entry's); without a word when they cannot be written (they only save time)."""
    starts, checks = array("q", [0]), array("I")

    def write_records(handle) -> None:
        for node, data in graph._node.items():
            record = pickle.dumps((data, graph._succ[node], graph._pred[node]), protocol=5)
            handle.write(record)
            starts.append(starts[-1] + len(record))
            checks.append(zlib.crc32(record))

    names = [(node, {key: data[key] for key in LOOKUP_KEYS if key in data}) for node, data in graph._node.items()]
    with contextlib.suppress(DataError, UsageError, OSError, pickle.PicklingError):
        write_file(records_path(graph_entry), write_records)
        entry = tables_entry((NAMES_STATE, graph_hash, names, starts.tobytes(), checks.tobytes()))
        write_file(names_path(graph_entry), lambda handle: handle.write(entry))


def cached_neighbourhoods(graph_entry: Path | None, graph_hash: str | None) -> Neighbourhoods | None:
    """The names and records kept beside a graph's cache entry, or None when there are none,
    they are damaged (then removed) or they belong to another graph than the entry holds."""
    if graph_entry is None or graph_hash is None:
        return None
    path, records = names_path(graph_entry), records_path(graph_entry)
    if not (path.is_file() and records.is_file()):
        return None
    found = stored_tables(path)
    value = found[0] if found else None
    if not (type(value) is tuple and len(value) == 5 and value[0] == NAMES_STATE and value[1] == graph_hash):
        return None
    _, _, names, starts_bytes, checks_bytes = value
    try:
        starts, checks = array("q"), array("I")
        starts.frombytes(starts_bytes)
        checks.frombytes(checks_bytes)
    except (TypeError, ValueError):
        return None
    shape_right = (
        type(names) is list
        and all(type(pair) is tuple and len(pair) == 2 and type(pair[0]) is str and type(pair[1]) is dict for pair in names)
        and len(starts) == len(names) + 1
        and len(checks) == len(names)
        and starts[0] == 0
        and all(a <= b for a, b in zip(starts, starts[1:]))
        and starts[-1] == records.stat().st_size
    )
    if not shape_right:
        return None
    touch(path)
    touch(records)
    return Neighbourhoods(names, starts, checks, records)
