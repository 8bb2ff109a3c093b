"""The graph's file format and its cache: sites, organisations and areas in a networkx
MultiDiGraph, written as node-link JSON, read back and checked, and kept in the per-user cache.

The file is networkx node-link JSON (edges under "edges"). Every node has ``kind`` and ``name``;
``partner_of`` and ``member_of`` edges carry the ``mention`` text, ``source_file`` and ``line``.
Building a graph from documents is `pchgraph.build`.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import pickle
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from . import __version__
from .cache import PlainUnpickler, cache_folder, collection_paused, prune, quiet_cache_folder, touch
from .errors import DataError, UsageError
from .files import locked, write_file
from .neighbourhoods import Neighbourhoods, cached_neighbourhoods, names_path, store_neighbourhoods
from .resources import alias_paths, cache_dir, data_dir, sources_dir
from .schema import COLLECTIVE_LIST, EDGE_KINDS, GRAPH_FORMAT, NODE_KINDS, SITE
from .sitelists import SiteLists, cached_site_lists, site_lists_path, store_site_lists


def __getattr__(name: str):
    # `build_graph` was defined here and is still imported from here; pchgraph.build is
    # imported on first use only, as it imports the readers (a tenth of a second).
    if name == "build_graph":
        from .build import build_graph

        return build_graph
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def graph_to_json(graph: nx.MultiDiGraph) -> dict:
    """The graph as networkx node-link data (edges under "edges")."""
    return nx.node_link_data(graph, edges="edges")


def graph_from_json(data: dict) -> nx.MultiDiGraph:
    """The graph from node-link data."""
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


# The graph file's layout: json.dumps(graph_to_json(graph), ensure_ascii=False, indent=1).
ENCODER = json.JSONEncoder(ensure_ascii=False, indent=1)
# Text gathered before it is encoded and written, so the file is written in pieces of about this size.
WRITE_PIECE = 1 << 20


def graph_chunks(graph: nx.MultiDiGraph) -> Iterator[str]:
    """The graph file's text in pieces, one node or edge at a time: the same text as
    ``json.dumps(graph_to_json(graph), ensure_ascii=False, indent=1)``, without ever holding the
    node-link data or the whole text.

    >>> g = nx.MultiDiGraph(pchgraph_format=GRAPH_FORMAT)
    >>> g.add_edge("a", "b", kind="partner_of", line=3, note=None)
    0
    >>> "".join(graph_chunks(g)) == json.dumps(graph_to_json(g), ensure_ascii=False, indent=1)
    True
    """
    multigraph = graph.is_multigraph()
    yield "{\n"
    yield f' "directed": {ENCODER.encode(graph.is_directed())},\n "multigraph": {ENCODER.encode(multigraph)},\n'
    yield f' "graph": {item_text(graph.graph, 1)},\n "nodes": '
    yield from json_list(node_texts(graph, 2), 1, texts=True)
    yield ',\n "edges": '
    if multigraph:
        yield from json_list(edge_texts(graph, 2), 1, texts=True)
    else:
        yield from json_list(({**data, "source": u, "target": v} for u, v, data in graph.edges(data=True)), 1)
    yield "\n}"


def node_texts(graph: nx.MultiDiGraph, level: int) -> Iterator[str]:
    """``item_text({**data, "id": node}, level)`` for each node of ``graph.nodes(data=True)``,
    walking the node dictionary itself (the same order, without the view's generator)."""
    for node, data in graph._node.items():
        yield item_text({**data, "id": node}, level)


def edge_texts(graph: nx.MultiDiGraph, level: int) -> Iterator[str]:
    """``item_text({**data, "source": u, "target": v, "key": k}, level)`` for each edge of
    ``graph.edges(keys=True, data=True)`` of a multigraph, walking the dictionaries the view
    walks, in its order (each node's successors, then each key), without its generator.

    The edges of the shapes most edges have (`EDGE_SHAPES`: a partner or member edge, an
    in-area edge) are written from one template each, at the top level of the file."""
    shapes = EDGE_SHAPES if level == 2 else {}
    for u, successors in graph._adj.items():
        for v, keyed in successors.items():
            for k, data in keyed.items():
                shape = shapes.get(tuple(data))
                text = shape(data, u, v, k) if shape is not None else None
                yield text if text is not None else item_text({**data, "source": u, "target": v, "key": k}, level)


def mention_edge_text(data: dict, u, v, k) -> str | None:
    """`item_text` at level 2 of a partner or member edge (kind, mention, source_file, line,
    note), with its source, target and key; None unless every value is of the type written."""
    kind, mention, source_file, line, note = data.values()
    if (
        type(kind) is str
        and type(mention) is str
        and type(source_file) is str
        and type(line) is int
        and (note is None or type(note) is str)
        and type(u) is str
        and type(v) is str
        and type(k) is int
    ):
        return (
            f'{{\n   "kind": {encode_text(kind)},\n   "mention": {encode_text(mention)},\n   "source_file": {encode_text(source_file)}'
            f',\n   "line": {int.__repr__(line)},\n   "note": {"null" if note is None else encode_text(note)}'
            f',\n   "source": {encode_text(u)},\n   "target": {encode_text(v)},\n   "key": {int.__repr__(k)}\n  }}'
        )
    return None


def area_edge_text(data: dict, u, v, k) -> str | None:
    """`item_text` at level 2 of an in-area edge (kind, source_file, line), with its source,
    target and key; None unless every value is of the type written."""
    kind, source_file, line = data.values()
    if type(kind) is str and type(source_file) is str and type(line) is int and type(u) is str and type(v) is str and type(k) is int:
        return (
            f'{{\n   "kind": {encode_text(kind)},\n   "source_file": {encode_text(source_file)},\n   "line": {int.__repr__(line)}'
            f',\n   "source": {encode_text(u)},\n   "target": {encode_text(v)},\n   "key": {int.__repr__(k)}\n  }}'
        )
    return None


# The attribute keys, in order, of the edges most edges are, and the template that writes each.
EDGE_SHAPES = {
    ("kind", "mention", "source_file", "line", "note"): mention_edge_text,
    ("kind", "source_file", "line"): area_edge_text,
}


def json_list(items: Iterator, level: int, texts: bool = False) -> Iterator[str]:
    """A list at nesting `level` as ``json.dumps(..., indent=1)`` lays it out, item by item
    (`items` already laid out at ``level + 1`` when `texts`)."""
    inner = "\n" + " " * (level + 1)
    first = True
    for item in items:
        yield ("[" if first else ",") + inner + (item if texts else item_text(item, level + 1))
        first = False
    yield "[]" if first else "\n" + " " * level + "]"


def item_text(value, level: int) -> str:
    """A JSON value at nesting `level`, laid out as ``json.dumps(..., ensure_ascii=False,
    indent=1)`` lays it out, for the types a graph holds (dicts with text keys, lists, text,
    whole numbers, booleans, nulls); anything else goes through the encoder itself."""
    kind = type(value)
    if kind is str:
        return encode_text(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = "\n" + " " * (level + 1)
        parts = []
        append = parts.append
        for key, item in value.items():
            # '"key": ', encoded once for each text key
            key_text = KEY_TEXTS.get(key)
            if key_text is None:
                if type(key) is not str:
                    return nested(value, level)
                key_text = KEY_TEXTS[key] = encode_text(key) + ": "
            # text, null and whole numbers, the most common values, written here rather than by a call each
            item_kind = type(item)
            if item_kind is str:
                append(key_text + encode_text(item))
            elif item is None:
                append(key_text + "null")
            elif item_kind is int:
                append(key_text + int.__repr__(item))
            else:
                append(key_text + item_text(item, level + 1))
        return "{" + inner + ("," + inner).join(parts) + "\n" + " " * level + "}"
    if kind is list:
        if not value:
            return "[]"
        inner = "\n" + " " * (level + 1)
        return (
            "["
            + inner
            + ("," + inner).join([encode_text(item) if type(item) is str else item_text(item, level + 1) for item in value])
            + "\n"
            + " " * level
            + "]"
        )
    return nested(value, level)


encode_text = json.encoder.encode_basestring
# '"key": ' for each text key met, encoded once (keys of other types are never put here).
KEY_TEXTS: dict[str, str] = {}


def nested(value, level: int) -> str:
    """Any JSON value at nesting `level`, as the encoder lays it out (its strings hold no newline)."""
    return ENCODER.encode(value).replace("\n", "\n" + " " * level)


def write_chunks(handle, chunks: Iterator[str]) -> None:
    """Write text pieces to a binary handle as UTF-8, in writes of about WRITE_PIECE characters."""
    pending, size = [], 0
    for chunk in chunks:
        pending.append(chunk)
        size += len(chunk)
        if size >= WRITE_PIECE:
            handle.write("".join(pending).encode("utf-8"))
            pending, size = [], 0
    if pending:
        handle.write("".join(pending).encode("utf-8"))


def graph_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The graph file's bytes: node-link JSON, UTF-8 (`write_graph` writes them as a stream)."""
    buffer = io.BytesIO()
    write_chunks(buffer, graph_chunks(graph))
    return buffer.getvalue()


def write_graph(graph: nx.MultiDiGraph, path) -> Path:
    """Write a graph file whole or not at all (see `pchgraph.files.write_file`): ``-`` is
    standard output, a symlink is written through and stays a link, and a FIFO is streamed to.
    The text is written as it is made, a node or an edge at a time (`graph_chunks`).

    Examples
    --------
    >>> import tempfile
    >>> g = nx.MultiDiGraph(pchgraph_format=GRAPH_FORMAT)
    >>> g.add_node("site:s", kind="site", name="S")
    >>> path = write_graph(g, Path(tempfile.mkdtemp()) / "g.json")
    >>> list(read_graph(path).nodes)
    ['site:s']

    An attribute JSON cannot hold is a DataError naming it (the file is left as it was):

    >>> g.nodes["site:s"]["tags"] = {1, 2}
    >>> write_graph(g, Path(tempfile.mkdtemp()) / "g.json")
    Traceback (most recent call last):
    ...
    pchgraph.errors.DataError: site:s: attribute 'tags' is a set, which a graph file (JSON) cannot hold
    """
    try:
        with collection_paused():
            return Path(write_file(path, lambda handle: write_chunks(handle, graph_chunks(graph))))
    except (TypeError, ValueError) as exc:
        where, name, value = unwritable_attribute(graph) or (str(path), "?", exc)
        raise DataError(f"attribute '{name}' is a {type(value).__name__}, which a graph file (JSON) cannot hold", where=where) from exc


def unwritable_attribute(graph: nx.MultiDiGraph) -> tuple[str, str, object] | None:
    """(node or edge, attribute, value) of the first attribute JSON cannot encode, if any."""
    items = [(str(n), d) for n, d in graph.nodes(data=True)] + [(f"{u} -> {v}", d) for u, v, d in graph.edges(data=True)]
    items.append(("the graph", graph.graph))
    for where, data in items:
        for name, value in data.items():
            try:
                ENCODER.encode(value)
            except (TypeError, ValueError):
                return where, name, value
    return None


def read_graph(path: Path) -> nx.MultiDiGraph:
    """Read a graph file written by `pchgraph build`, checking that it is one.

    Raises
    ------
    DataError
        When the file is missing, unreadable, not node-link JSON, of another format version, or
        holds nodes or edges without the kinds pchgraph's commands need.
    """
    return graph_from_text([graph_text(path)], str(path))


def graph_text(path: Path) -> str:
    """A graph file's text (its bytes are let go once decoded)."""
    try:
        content = Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise DataError("no such graph file (run 'pchgraph build --out FILE' first)", where=str(path)) from exc
    except IsADirectoryError as exc:
        raise DataError("is a folder, not a graph file", where=str(path)) from exc
    except OSError as exc:
        raise DataError(f"cannot read graph file: {exc.strerror or exc}", where=str(path)) from exc
    return decoded(content, str(path))


def decoded(content: bytes, where: str) -> str:
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"not a pchgraph graph file (not UTF-8 text: byte {exc.start})", where=where) from exc


def graph_from_bytes(content: bytes, where: str) -> nx.MultiDiGraph:
    """The graph in a graph file's bytes, checked as `read_graph` checks it."""
    return graph_from_text([decoded(content, where)], where)


def graph_from_text(box: list[str], where: str) -> nx.MultiDiGraph:
    """The graph in a graph file's text, handed over in a one-item list that is emptied, so the
    text is let go once parsed; checked (`graph_data_problem`), then built from the parsed
    objects themselves (each node or edge object becomes its attribute dict, without a copy)."""
    try:
        with collection_paused():
            data = json.loads(box.pop())
    except (json.JSONDecodeError, RecursionError) as exc:
        raise DataError(f"not a pchgraph graph file (not JSON: {exc})", where=where) from exc
    problem = graph_data_problem(data)
    if problem:
        raise DataError(f"not a pchgraph graph file: {problem}", where=where)
    try:
        with collection_paused():
            if not (data.get("directed", True) and data.get("multigraph", True)):
                return graph_from_json(data)  # not a file pchgraph writes: networkx's reading of it
            return graph_from_checked(data)
    except (KeyError, TypeError, nx.NetworkXError) as exc:
        raise DataError(f"not a pchgraph graph file ({exc.__class__.__name__}: {exc})", where=where) from exc


def graph_from_checked(data: dict) -> nx.MultiDiGraph:
    """The graph of node-link data that `graph_data_problem` passed, as `graph_from_json` makes
    it, but taking over the data's node and edge objects as attribute dicts (emptying its lists).

    The JSON parser makes a new object of every text and number it reads; here equal ones are
    made one (`one_of_each`), and the adjacency is keyed by the nodes' own ids, as in a graph
    that was built. The graph is the same, it takes less memory, and its cache entry (which
    pickles each object once) is a third of the size and loads in three fifths of the time.

    >>> data = {"graph": {"pchgraph_format": GRAPH_FORMAT}, "nodes": [{"kind": "trust", "name": "A", "id": "a"}],
    ...         "edges": [{"kind": "partner_of", "source": "a", "target": "a"}, {"kind": "in_area", "source": "a", "target": "a"}]}
    >>> expected = graph_from_json(data)
    >>> got = graph_from_checked(data)
    >>> graph_to_json(got) == graph_to_json(expected), list(got.edges(keys=True))
    (True, [('a', 'a', 0), ('a', 'a', 1)])
    """
    graph = nx.MultiDiGraph()
    seen: dict = {}
    graph.graph = one_of_each(data.get("graph", {}), seen)
    nodes, succ, pred = graph._node, graph._succ, graph._pred
    listed, data["nodes"] = data["nodes"], []
    for attributes in listed:
        node = attributes.pop("id")
        one_of_each(attributes, seen)
        if node in nodes:
            nodes[node].update(attributes)
        else:
            node = seen.setdefault(node, node)
            nodes[node] = attributes
            succ[node] = {}
            pred[node] = {}
    del listed
    listed, data["edges"] = data["edges"], []
    for number, attributes in enumerate(listed):
        listed[number] = None
        u, v = seen[attributes.pop("source")], seen[attributes.pop("target")]
        key = attributes.pop("key", None)
        one_of_each(attributes, seen)
        keys = succ[u].get(v)
        if keys is None:
            keys = succ[u][v] = pred[v][u] = {}
        if key is None:
            key = len(keys)
            while key in keys:
                key += 1
        if key in keys:
            keys[key].update(attributes)
        else:
            keys[key] = attributes
    return graph


def one_of_each(value, seen: dict):
    """`value`, with every text and whole number in it (in its dicts and lists, changed in place)
    replaced by the first equal one in `seen`, where a new one is kept.

    >>> seen = {}
    >>> a, b = one_of_each(["x" * 9, 1000], seen), one_of_each({"k": "x" * 9, "n": 1000}, seen)
    >>> a[0] is b["k"], a[1] is b["n"]
    (True, True)
    """
    kind = type(value)
    if kind is dict:
        for name, item in value.items():
            value[name] = one_of_each(item, seen)
    elif kind is list:
        for number, item in enumerate(value):
            value[number] = one_of_each(item, seen)
    elif kind is str or kind is int:
        return seen.setdefault(value, value)
    return value


# The attributes commands read, and the JSON types they must have (None: may be null).
SITE_ATTRIBUTES = {
    "numbers": (list,),
    "wave": (str, type(None)),
    "stp_area": (list,),
    "pchs_count": (int, type(None)),
    "pchs_raw": (str, type(None)),
    "practices_count": (int, type(None)),
    "practices_raw": (str, type(None)),
    "document_kind": (str, type(None)),
    "sources": (list,),
    COLLECTIVE_LIST: (list,),
}
QUOTE_ATTRIBUTES = {"mention": (str, type(None)), "source_file": (str, type(None)), "line": (int, type(None))}
GRAPH_ATTRIBUTES = {
    "files": (list,),
    "encodings": (dict,),
    "problems": (list,),
    "unresolved": (list,),
    "mention_counts": (dict,),
    "not_followed": (list,),
}


def type_names(types: tuple[type, ...]) -> str:
    names = {list: "a list", str: "text", int: "a whole number", dict: "an object", type(None): "null"}
    return " or ".join(names[t] for t in types)


def graph_data_problem(data) -> str | None:
    """What is wrong with node-link data as a pchgraph graph, or None: the top-level shape, the
    format version, each node's id, kind and name (and a site's attributes the commands read),
    and each edge's kind, quote and ends (which must be nodes of the file).

    Examples
    --------
    >>> graph_data_problem({"nodes": [], "edges": []})
    'format version missing (rebuild it with this pchgraph)'
    >>> graph_data_problem({"graph": {"pchgraph_format": GRAPH_FORMAT}, "nodes": [{"id": "a", "kind": "trust", "name": "A"}],
    ...     "edges": [{"source": "a", "target": "b", "kind": "partner_of"}]})
    "edge 1: target 'b' is not a node of the file"
    """
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list) or not isinstance(data.get("edges"), list):
        return 'expected a JSON object with "nodes" and "edges" lists'
    graph = data.get("graph")
    if graph is not None and not isinstance(graph, dict):
        return '"graph" is not a JSON object'
    version = (graph or {}).get("pchgraph_format")
    if version is None:
        return "format version missing (rebuild it with this pchgraph)"
    if version != GRAPH_FORMAT:
        return f"format version {version!r}, this pchgraph reads version {GRAPH_FORMAT} (rebuild it)"
    for name, types in GRAPH_ATTRIBUTES.items():
        if name in graph and not isinstance(graph[name], types):
            return f'graph attribute "{name}" is not {type_names(types)}'
    ids = set()
    for number, node in enumerate(data["nodes"], start=1):
        if not isinstance(node, dict) or "id" not in node or node.get("kind") not in NODE_KINDS or not isinstance(node.get("name"), str):
            return f"node {number} lacks an id, a known kind or a name"
        if not isinstance(node["id"], str):
            return f"node {number}: id {node['id']!r} is not text"
        if node["id"] in ids:
            return f"node {number}: id {node['id']!r} is used twice"
        ids.add(node["id"])
        if node["kind"] == SITE:
            problem = attribute_problem(node, SITE_ATTRIBUTES)
            if problem:
                return f"node {number} ({node['id']}): {problem}"
    for number, edge in enumerate(data["edges"], start=1):
        if not isinstance(edge, dict) or "source" not in edge or "target" not in edge or edge.get("kind") not in EDGE_KINDS:
            return f"edge {number} lacks a source, a target or a known kind"
        for end in ("source", "target"):
            if not isinstance(edge[end], str) or edge[end] not in ids:
                return f"edge {number}: {end} {edge[end]!r} is not a node of the file"
        problem = attribute_problem(edge, QUOTE_ATTRIBUTES)
        if problem:
            return f"edge {number}: {problem}"
    return None


def attribute_problem(item: dict, expected: dict[str, tuple[type, ...]]) -> str | None:
    """The first attribute of `item` of the wrong JSON type, or None (a missing one is left to
    the commands, which take it as empty)."""
    for name, types in expected.items():
        if name not in item:
            continue
        value = item[name]
        if isinstance(value, bool) or not isinstance(value, types):
            return f'"{name}" is {type_names((type(value),)) if type(value) in (list, str, int, dict, type(None)) else type(value).__name__}, expected {type_names(types)}'
    return None


def fingerprint(folder: Path, *extra: Path) -> str:
    """A hash of what a folder's graph depends on: the bytes of every document and of the extra
    files (the alias tables), and the names, sizes and times of the reference data and of
    pchgraph's own code. Two folders whose files share names, sizes and times but not content
    get different fingerprints.

    Examples
    --------
    >>> import tempfile
    >>> a, b = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
    >>> _ = (a / "x.txt").write_text("Kent County Council"); _ = (b / "x.txt").write_text("Kent Count  Council")
    >>> fingerprint(a) == fingerprint(b)
    False
    """
    from .readers import source_files  # only a sources folder's graph needs the readers

    digest = hashlib.sha256()
    for path in [*source_files(folder), *extra]:
        try:
            digest.update(f"{path.name}\0{hashlib.sha256(path.read_bytes()).hexdigest()}\0".encode())
        except FileNotFoundError:
            digest.update(f"{path.name}\0missing\0".encode())
    for path in stamped_files():
        stat = path.stat()
        digest.update(f"{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def stamped_files() -> list[Path]:
    """The reference tables and pchgraph's source files: a change to any of them (an edit, an
    upgrade within one version) must not leave an old answer in the cache."""
    package = Path(__file__).resolve().parent
    reference = data_dir() / "reference"
    return sorted([*reference.glob("*.csv"), *package.rglob("*.py")])


CACHE_MAGIC = b"pchgraph-cache 2 sha256:"
# What a cache entry holds after its header line (see `cache_entry`).
CACHE_STATE = "pchgraph graph state"


def cached_graph_path(sources: Path, folder: Path | None = None) -> Path:
    """The cache file for a folder of sources; its name changes when the documents, the alias
    tables, the reference data or pchgraph change."""
    return (folder or cache_dir()) / f"graph-{__version__}-{fingerprint(sources, *alias_paths())[:24]}.graph"


def graph_file_cache_path(path: Path, folder: Path) -> Path | None:
    """The cache file for a graph file given with ``--graph``: named after the file's place and
    identity (device, inode, size, modification and change times), so a file written again, in
    place or by a rename, has another one. None for what is not a regular file (a FIFO, standard
    input), which is read as it comes."""
    try:
        real = os.path.realpath(path)
        status = os.stat(real)
    except OSError:
        return None
    if not stat.S_ISREG(status.st_mode):
        return None
    identity = f"{real}\0{status.st_dev}\0{status.st_ino}\0{status.st_size}\0{status.st_mtime_ns}\0{status.st_ctime_ns}\0{GRAPH_FORMAT}"
    return folder / f"graph-file-{__version__}-{hashlib.sha256(identity.encode()).hexdigest()[:24]}.graph"


class HashingWriter:
    """A binary handle that also hashes what goes through it."""

    def __init__(self, handle):
        self.handle = handle
        self.digest = hashlib.sha256()

    def write(self, data) -> int:
        self.digest.update(data)
        return self.handle.write(data)


def write_cache_entry(graph: nx.MultiDiGraph, handle) -> None:
    """Write a cache entry into a seekable binary handle: a header line with the SHA-256 of the
    rest, then the graph's own dicts (its attributes, nodes and adjacency) pickled, which loads in
    a fraction of the time node-link JSON takes. The pickle is streamed and the header's hash
    written in place at the end, so the entry is never whole in memory. Only dicts, lists, text,
    numbers, booleans and nulls are in it: `graph_from_cache_entry` unpickles with every global
    refused, so nothing in an entry can run, whoever wrote it."""
    start = handle.tell()
    handle.write(CACHE_MAGIC + b"0" * 64 + b"\n")
    hashing = HashingWriter(handle)
    pickle.dump((CACHE_STATE, GRAPH_FORMAT, graph.graph, graph._node, graph._succ, graph._pred), hashing, protocol=5)
    end = handle.tell()
    handle.seek(start + len(CACHE_MAGIC))
    handle.write(hashing.digest.hexdigest().encode())
    handle.seek(end)


def cache_entry(graph: nx.MultiDiGraph) -> bytes:
    """A cache entry's bytes (see `write_cache_entry`).

    >>> g = nx.MultiDiGraph(pchgraph_format=GRAPH_FORMAT)
    >>> entry = cache_entry(g)
    >>> entry.startswith(CACHE_MAGIC), list(graph_from_cache_entry(entry, "x").nodes)
    (True, [])
    """
    buffer = io.BytesIO()
    write_cache_entry(graph, buffer)
    return buffer.getvalue()


def graph_from_cache_entry(entry: bytes, where: str) -> nx.MultiDiGraph:
    """The graph in a cache entry, if its hash matches its bytes and it holds a graph's state.
    Nothing in an entry is ever run: it is unpickled with every global refused (`PlainUnpickler`)."""
    newline = entry.find(b"\n")
    header = entry if newline < 0 else entry[:newline]
    # the body is hashed and unpickled where it lies in the entry, not copied out of it
    body = memoryview(entry)[len(header) + 1 :]
    if not header.startswith(CACHE_MAGIC):
        raise DataError("not a pchgraph cache entry", where=where)
    if header[len(CACHE_MAGIC) :].decode("ascii", "replace") != hashlib.sha256(body).hexdigest():
        raise DataError("cache entry does not match its hash", where=where)
    stream = io.BytesIO(entry)
    stream.seek(len(header) + 1)
    try:
        with collection_paused():
            state = PlainUnpickler(stream).load()
    except Exception as exc:  # whatever a malformed pickle raises, it is one damaged entry
        raise DataError(f"not a pchgraph cache entry ({exc.__class__.__name__}: {exc})", where=where) from exc
    problem = state_problem(state)
    if problem:
        raise DataError(f"not a pchgraph cache entry: {problem}", where=where)
    _, _, attributes, nodes, succ, pred = state
    graph = nx.MultiDiGraph()
    graph.graph, graph._node, graph._adj, graph._pred = attributes, nodes, succ, pred
    return graph


def state_problem(state) -> str | None:
    """What is wrong with an unpickled cache entry as a graph's state, or None: its shape, its
    format version, and every node with a known kind and a name under the same ids as the
    adjacency (the entry's hash already vouches for its bytes)."""
    if not (isinstance(state, tuple) and len(state) == 6 and state[0] == CACHE_STATE):
        return "not a graph's state"
    if state[1] != GRAPH_FORMAT:
        return f"format version {state[1]!r}"
    _, _, attributes, nodes, succ, pred = state
    if not all(type(part) is dict for part in (attributes, nodes, succ, pred)):
        return "not a graph's state"
    if not (nodes.keys() == succ.keys() == pred.keys()):
        return "nodes and adjacency differ"
    for node, data in nodes.items():
        if type(data) is not dict or data.get("kind") not in NODE_KINDS or type(data.get("name")) is not str:
            return f"node {node!r} lacks a known kind or a name"
    return None


def load_graph(graph_file: Path | None = None, sources: Path | None = None, progress=None) -> nx.MultiDiGraph:
    """The graph in a file, or the (cached) graph of a sources folder, by default the bundled one.

    Parameters
    ----------
    graph_file : Path, optional
        A graph file written by `write_graph` (``pchgraph build --out``).
    sources : Path or str, optional
        A folder of documents, read and built (and cached) instead. What could not be read is
        in ``graph.graph["problems"]`` (file, line, level and message of each), not raised.
    progress : callable, optional
        Told of each document as it is read (see `read_sources`).

    Returns
    -------
    networkx.MultiDiGraph

    Notes
    -----
    A cache entry is the graph's state pickled behind a line holding the SHA-256 of its bytes,
    unpickled with every global refused, so nothing in the cache is ever run as code. An entry
    that does not match its hash, or does not load as a graph, is discarded with one warning on
    standard error and rebuilt. A graph file is read as JSON and checked (`read_graph`) the first
    time; its graph is then kept in the cache under the file's identity (`graph_file_cache_path`),
    so the next command opens it from there.
    """
    if graph_file is not None:
        return graph_file_graph(Path(graph_file))
    from .build import graph_of_sources  # imports the readers, which a graph file never needs

    sources = Path(sources) if sources is not None else sources_dir()
    folder = cache_folder()
    if folder is None:
        return graph_of_sources(sources, progress)
    path = cached_graph_path(sources, folder)
    cached = cached_graph(path)
    if cached is not None:
        return cached
    # One builder at a time: a second process waits, then finds the first one's graph.
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(locked(path))
        except DataError as exc:
            warn(f"warning: the graph is built without the cache ({exc})")
            return graph_of_sources(sources, progress)
        cached = cached_graph(path)
        if cached is not None:
            return cached
        graph = graph_of_sources(sources, progress)
        try:
            store(graph, path)
        except DataError as exc:
            warn(f"warning: the graph is not cached ({exc})")
    return graph


def graph_file_graph(path: Path) -> nx.MultiDiGraph:
    """The graph of a ``--graph`` file: from the cache when it holds this very file's graph,
    else read and checked as JSON (`read_graph`) and kept in the cache, quietly (the cache only
    makes the next command faster: one that cannot be used is passed over without a word)."""
    folder = quiet_cache_folder()
    entry = graph_file_cache_path(path, folder) if folder is not None else None
    if entry is not None and entry.is_file():
        cached = cached_graph(entry)
        if cached is not None:
            return cached
    graph = read_graph(path)
    if entry is not None:
        with contextlib.suppress(DataError, UsageError, OSError):
            store(graph, entry)
    return graph


def cached_graph(path: Path) -> nx.MultiDiGraph | None:
    """The graph in a cache entry, or None when there is none; a damaged entry is removed with
    one warning."""
    try:
        entry = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        warn(f"{path}: warning: cannot read the cached graph ({exc.strerror or exc}); rebuilding it")
        return None
    try:
        graph = graph_from_cache_entry(entry, str(path))
    except DataError as exc:
        warn(f"{path}: warning: discarding a damaged cached graph ({exc.message}); rebuilding it")
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    touch(path)
    store_parts(graph, path, missing_only=True)
    return graph


def store(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write a cache entry (whole or not at all, streamed: see `write_cache_entry`) and the
    parts kept beside it (`pchgraph.sitelists`, `pchgraph.neighbourhoods`), then keep the cache
    bounded."""
    written = Path(write_file(path, lambda handle: write_cache_entry(graph, handle), make_parents=True))
    store_parts(graph, written)
    prune()
    return written


def store_parts(graph: nx.MultiDiGraph, entry: Path, missing_only: bool = False) -> None:
    """Keep beside a graph's cache entry the parts that answer without it (`pchgraph.sitelists`,
    `pchgraph.neighbourhoods`), marked with the entry's hash; with `missing_only`, only those
    not there (an entry an older pchgraph wrote has none)."""
    # (every opening of a cached graph asks: the entry's header is read only when a part is missing)
    lists = not (missing_only and site_lists_path(entry).is_file())
    hoods = not (missing_only and names_path(entry).is_file())
    graph_hash = entry_hash(entry) if lists or hoods else None
    if graph_hash is None:
        return
    if lists:
        store_site_lists(graph, entry, graph_hash)
    if hoods:
        store_neighbourhoods(graph, entry, graph_hash)


def entry_hash(entry: Path) -> str | None:
    """The header line of a graph's cache entry (its hash), or None when there is no entry."""
    try:
        with entry.open("rb") as handle:
            header = handle.readline(len(CACHE_MAGIC) + 65)
    except OSError:
        return None
    return header.rstrip(b"\n").decode("ascii", "replace") if header.startswith(CACHE_MAGIC) else None


def graph_entry_path(graph_file: Path | None, sources: Path | None) -> Path | None:
    """Where the cache keeps the graph `load_graph` gives for these arguments, or None when
    there is no cache folder (or the graph file is not a regular file)."""
    if graph_file is not None:
        folder = quiet_cache_folder()
        return graph_file_cache_path(Path(graph_file), folder) if folder is not None else None
    folder = cache_folder()
    return cached_graph_path(sources or sources_dir(), folder) if folder is not None else None


class GraphSource:
    """The graph a command answers from, loaded whole the first time it is called; until then,
    the parts of it the cache keeps beside its entry, which answer some questions without it:
    each organisation's sites (`site_lists`), the names of every node and each node's own
    edges (`names`, `around`).

    Parameters
    ----------
    load : callable
        Gives the whole graph.
    entry : callable, optional
        Gives the path of the graph's cache entry (`graph_entry_path`), or None. Without it (a
        graph made in memory, such as --now's) nothing is taken from the cache.
    chosen : str, optional
        The option that chose the graph ('--graph', '--sources'), for messages.
    needs_site : bool
        Whether a graph without a site is an error (a folder of documents): the cache's parts
        are then used only when they show a site, and the whole graph says why otherwise.

    Examples
    --------
    >>> source = GraphSource(lambda: nx.MultiDiGraph(name="g"))
    >>> source().graph["name"], source.site_lists(), source.names() is source()
    ('g', None, True)
    """

    def __init__(self, load, entry=None, chosen: str | None = None, needs_site: bool = False):
        self._load = load
        self._entry = entry
        self.chosen = chosen
        self.needs_site = needs_site
        self._graph: nx.MultiDiGraph | None = None
        self._parts: tuple[Path, str] | None | bool = False
        self._hoods = None

    def __call__(self) -> nx.MultiDiGraph:
        if self._graph is None:
            self._graph = self._load()
        return self._graph

    def parts(self) -> tuple[Path, str] | None:
        """The graph's cache entry and its hash, while the graph is not loaded and the entry is
        there."""
        if self._graph is not None or self._entry is None:
            return None
        if self._parts is False:
            entry = self._entry()
            graph_hash = entry_hash(entry) if entry is not None else None
            self._parts = (entry, graph_hash) if graph_hash else None
        return self._parts

    def site_lists(self) -> SiteLists | None:
        """The site lists kept beside the graph's entry, or None."""
        parts = self.parts()
        lists = cached_site_lists(*parts) if parts else None
        return None if lists is None or (self.needs_site and not lists.sites) else lists

    def neighbourhoods(self) -> Neighbourhoods | None:
        """The names and records kept beside the graph's entry, or None."""
        parts = self.parts()
        if self._hoods is None and parts:
            hoods = cached_neighbourhoods(*parts)
            if hoods is not None and not (self.needs_site and not hoods.has_site()):
                self._hoods = hoods
        return self._hoods if parts else None

    def names(self) -> nx.MultiDiGraph:
        """A graph to look names up in (`pchgraph.lookup.node_for`, `find`): every node with its
        names, from the cache, else the whole graph."""
        hoods = self.neighbourhoods()
        return hoods.names_graph() if hoods is not None else self()

    def around(self, nodes, follow: tuple[str, ...] = ()) -> nx.MultiDiGraph:
        """A graph holding these nodes' data and edges as the whole graph does (and those of the
        nodes reached from them by edges of the kinds in `follow`), from the cache
        (`pchgraph.neighbourhoods.Neighbourhoods.around`), else the whole graph."""
        hoods = self.neighbourhoods()
        if hoods is not None:
            with contextlib.suppress(DataError, OSError):
                return hoods.around(nodes, follow)
        return self()


def warn(line: str) -> None:
    """One warning line on standard error."""
    print(f"pchgraph: {line}", file=sys.stderr)


def cache_graph(graph: nx.MultiDiGraph, sources: Path) -> Path | None:
    """Keep a sources folder's graph in the cache (see `load_graph`); None when there is no
    usable cache."""
    folder = cache_folder()
    if folder is None:
        return None
    with locked(cached_graph_path(sources, folder)):
        return store(graph, cached_graph_path(sources, folder))
