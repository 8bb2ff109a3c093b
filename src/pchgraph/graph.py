"""The graph: sites, organisations and areas in a networkx MultiDiGraph, and its file format.

The file is networkx node-link JSON (edges under "edges"). Every node has ``kind`` and ``name``;
``partner_of`` and ``member_of`` edges carry the ``mention`` text, ``source_file`` and ``line``.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections import Counter
from pathlib import Path

import networkx as nx

from . import __version__
from .errors import DataError
from .readers import Corpus, linked_sites, read_sources, source_files
from .readers.mentions import COLLECTIVE, ORGANISATION, PRACTICE, SELF, UNRESOLVED
from .resolve.areas import matched_area
from .resolve.codes import ccg_names_of_area
from .resolve.organisations import code_practices, resolve
from .resources import alias_paths, cache_dir, sources_dir
from .schema import (
    AREA,
    COLLECTIVE_LIST,
    EDGE_KINDS,
    GRAPH_FORMAT,
    IN_AREA,
    LINKED_TO,
    MEMBER_OF,
    NODE_KINDS,
    PARTNER_OF,
    SELF_LIST,
    SITE,
)


def build_graph(corpus: Corpus) -> nx.MultiDiGraph:
    """The relationship graph of a corpus, built in four named steps.

    Parameters
    ----------
    corpus : Corpus
        What `read_sources` read.

    Returns
    -------
    networkx.MultiDiGraph
        Sites, areas and organisations as nodes (each with ``kind`` and ``name``);
        ``partner_of``/``member_of`` edges from organisations to sites with the quoted mention,
        ``source_file`` and ``line``; ``in_area`` and ``linked_to`` edges from sites.

    Examples
    --------
    >>> from pathlib import Path
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text(
    ...     "1\\nExample Site\\n\\nNO. OF PCHs: 1\\nSTP AREA: Devon\\n\\nPARTNERS\\n\\nDevon County Council.\\n")
    >>> g = build_graph(read_sources(folder))
    >>> sorted(kind for _, kind in g.nodes(data="kind"))
    ['area', 'council', 'site']
    >>> [(u, v, kind) for u, v, kind in g.edges(data="kind") if kind == "partner_of"]
    [('org:devon-county-council', 'site:example-site', 'partner_of')]
    """
    graph = nx.MultiDiGraph()
    areas_of = add_sites_and_areas(graph, corpus)
    add_organisations(graph, corpus, areas_of)
    add_mentions(graph, corpus)
    add_links(graph, corpus)
    graph.graph.update(
        pchgraph_version=__version__,
        pchgraph_format=GRAPH_FORMAT,
        files=corpus.files,
        problems=[p.as_dict() for p in corpus.problems],
        unresolved=[m.as_dict() for m in corpus.mentions if m.kind == UNRESOLVED],
        mention_counts=dict(Counter(m.kind for m in corpus.mentions)),
    )
    return graph


def add_sites_and_areas(graph: nx.MultiDiGraph, corpus: Corpus) -> dict[str, list]:
    """Site nodes, the STP area nodes they name and their in_area edges; returns each site's areas."""
    areas_of: dict[str, list] = {}
    for site in corpus.sites:
        areas_of[site.id] = [matched_area(name) for name in site.stp_area]
        graph.add_node(site.id, **site_attributes(site, corpus.site_sources[site.id]))
        for area in areas_of[site.id]:
            if area.id not in graph:
                graph.add_node(area.id, kind=AREA, name=area.name, code=area.code, written=[])
            written = graph.nodes[area.id]["written"]
            written += [n for n in site.stp_area if matched_area(n) == area and n not in written]
            graph.add_edge(site.id, area.id, kind=IN_AREA, source_file=site.source_file, line=site.line)
    return areas_of


def add_organisations(graph: nx.MultiDiGraph, corpus: Corpus, areas_of: dict[str, list]) -> None:
    """One node per organisation the mentions resolve to (sets each mention's ``org_id``)."""
    scope_of = {site_id: (areas[0].name if areas else site_id) for site_id, areas in areas_of.items()}
    organisations = resolve(corpus.mentions, scope_of)
    code_practices(organisations, corpus.mentions, site_ccgs(corpus, organisations, areas_of))
    for organisation in organisations.values():
        graph.add_node(organisation.id, **organisation.as_node())


def add_mentions(graph: nx.MultiDiGraph, corpus: Corpus) -> None:
    """Partner and member edges, and the collective and self mentions kept on their site."""
    for mention in corpus.mentions:
        if not mention.site_id:
            continue
        if mention.kind in (ORGANISATION, PRACTICE):
            graph.add_edge(
                mention.org_id,
                mention.site_id,
                kind=MEMBER_OF if mention.kind == PRACTICE else PARTNER_OF,
                mention=mention.text,
                source_file=mention.source_file,
                line=mention.line,
                note=mention.note,
            )
        elif mention.kind in (COLLECTIVE, SELF):
            graph.nodes[mention.site_id][COLLECTIVE_LIST if mention.kind == COLLECTIVE else SELF_LIST].append(
                {"text": mention.text, "count": mention.count, "source_file": mention.source_file, "line": mention.line}
            )


def add_links(graph: nx.MultiDiGraph, corpus: Corpus) -> None:
    """linked_to edges between sites that a document says belong together."""
    for site, target in linked_sites(corpus):
        graph.add_edge(site.id, target.id, kind=LINKED_TO, mention=site.pchs_raw, source_file=site.source_file, line=site.line)


def site_ccgs(corpus, organisations: dict, areas_of: dict[str, list]) -> dict[str, tuple[list[str], list[str]]]:
    """For each site, (its partner CCGs, its STP areas' CCGs): where to look for its practices."""
    partners: dict[str, list[str]] = {site.id: [] for site in corpus.sites}
    for mention in corpus.mentions:
        organisation = organisations.get(mention.org_id) if mention.org_id else None
        if organisation and organisation.kind == "ccg" and organisation.code and mention.site_id in partners:
            partners[mention.site_id].append(organisation.code["official_name"])
    return {
        site_id: (list(dict.fromkeys(names)), [n for area in areas_of.get(site_id, []) if area.code for n in ccg_names_of_area(area.code)])
        for site_id, names in partners.items()
    }


def site_attributes(site, sources: list[str]) -> dict:
    return {
        "kind": SITE,
        "name": site.name,
        "numbers": site.numbers,
        "wave": site.wave,
        "stp_area": site.stp_area,
        "pchs_count": site.pchs_count,
        "pchs_raw": site.pchs_raw,
        "practices_count": site.practices_count,
        "practices_raw": site.practices_raw,
        "document_kind": site.document_kind,
        "sources": sources,
        "partners_text": site.partners_text,
        "partners_line": site.partners_line,
        "sections": site.sections,
        COLLECTIVE_LIST: [],
        SELF_LIST: [],
    }


def graph_to_json(graph: nx.MultiDiGraph) -> dict:
    """The graph as networkx node-link data (edges under "edges")."""
    return nx.node_link_data(graph, edges="edges")


def graph_from_json(data: dict) -> nx.MultiDiGraph:
    """The graph from node-link data."""
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def write_graph(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write a graph file atomically (a half-written file never replaces a good one).

    Examples
    --------
    >>> import tempfile
    >>> g = nx.MultiDiGraph(pchgraph_format=GRAPH_FORMAT)
    >>> g.add_node("site:s", kind="site", name="S")
    >>> path = write_graph(g, Path(tempfile.mkdtemp()) / "g.json")
    >>> list(read_graph(path).nodes)
    ['site:s']
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(json.dumps(graph_to_json(graph), ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        raise DataError(f"cannot write graph: {exc.strerror}", where=str(path)) from exc
    return path


def read_graph(path: Path) -> nx.MultiDiGraph:
    """Read a graph file written by `pchgraph build`, checking that it is one.

    Raises
    ------
    DataError
        When the file is missing, unreadable, not node-link JSON, of another format version, or
        holds nodes or edges without the kinds pchgraph's commands need.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataError("no such graph file (run 'pchgraph build --out FILE' first)", where=str(path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read graph file: {exc}", where=str(path)) from exc
    except json.JSONDecodeError as exc:
        raise DataError(f"not a pchgraph graph file (not JSON: {exc})", where=str(path)) from exc
    problem = graph_data_problem(data)
    if problem:
        raise DataError(f"not a pchgraph graph file: {problem}", where=str(path))
    try:
        return graph_from_json(data)
    except (KeyError, TypeError, nx.NetworkXError) as exc:
        raise DataError(f"not a pchgraph graph file ({exc.__class__.__name__}: {exc})", where=str(path)) from exc


def graph_data_problem(data) -> str | None:
    """What is wrong with node-link data as a pchgraph graph, or None.

    Examples
    --------
    >>> graph_data_problem({"nodes": [], "edges": []})
    'format version missing (rebuild it with this pchgraph)'
    """
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list) or not isinstance(data.get("edges"), list):
        return 'expected a JSON object with "nodes" and "edges" lists'
    version = (data.get("graph") or {}).get("pchgraph_format")
    if version is None:
        return "format version missing (rebuild it with this pchgraph)"
    if version != GRAPH_FORMAT:
        return f"format version {version}, this pchgraph reads version {GRAPH_FORMAT} (rebuild it)"
    for number, node in enumerate(data["nodes"], start=1):
        if not isinstance(node, dict) or "id" not in node or node.get("kind") not in NODE_KINDS or not isinstance(node.get("name"), str):
            return f"node {number} lacks an id, a known kind or a name"
    for number, edge in enumerate(data["edges"], start=1):
        if not isinstance(edge, dict) or "source" not in edge or "target" not in edge or edge.get("kind") not in EDGE_KINDS:
            return f"edge {number} lacks a source, a target or a known kind"
    return None


def fingerprint(folder: Path, *extra: Path) -> str:
    """A hash of the folder's documents (names, sizes and modification times) and of any extra
    files: it changes whenever a document is added, removed or saved, and costs only a stat."""
    digest = hashlib.sha256()
    for path in [*source_files(folder), *extra]:
        try:
            stat = path.stat()
            digest.update(f"{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
        except FileNotFoundError:
            digest.update(f"{path.name}\0missing\0".encode())
    return digest.hexdigest()


def cached_graph_path(sources: Path) -> Path:
    """The cache file for a folder of sources; its name changes when the sources, the alias
    tables or pchgraph change."""
    return cache_dir() / f"graph-{__version__}-{fingerprint(sources, *alias_paths())[:16]}.json"


def load_graph(graph_file: Path | None = None, sources: Path | None = None) -> nx.MultiDiGraph:
    """The graph in a file, or the (cached) graph of a sources folder, by default the bundled one.

    Parameters
    ----------
    graph_file : Path, optional
        A graph file written by `write_graph` (``pchgraph build --out``).
    sources : Path, optional
        A folder of documents, read and built (and cached) instead.

    Returns
    -------
    networkx.MultiDiGraph

    Notes
    -----
    The cache keeps the node-link JSON and, beside it, a pickle of the same graph, which loads
    several times faster; pchgraph only ever reads pickles it wrote itself into its own cache.
    """
    if graph_file is not None:
        return read_graph(graph_file)
    sources = sources or sources_dir()
    path = cached_graph_path(sources)
    quick = path.with_suffix(".pickle")
    if quick.exists():
        try:
            with quick.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass
    if path.exists():
        try:
            return read_graph(path)
        except DataError:
            pass
    graph = build_graph(read_sources(sources))
    try:
        cache_graph(graph, sources)
    except DataError:
        pass
    return graph


def cache_graph(graph: nx.MultiDiGraph, sources: Path) -> Path:
    """Keep a sources folder's graph in the cache: the node-link JSON and the pickle beside it."""
    path = write_graph(graph, cached_graph_path(sources))
    quick = path.with_suffix(".pickle")
    temporary = quick.with_name(quick.name + ".tmp")
    try:
        with temporary.open("wb") as handle:
            pickle.dump(graph, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, quick)
    except OSError as exc:
        raise DataError(f"cannot write graph cache: {exc.strerror}", where=str(quick)) from exc
    return path
