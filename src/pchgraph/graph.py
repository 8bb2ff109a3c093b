"""The graph: sites, organisations and areas in a networkx MultiDiGraph, and its file format.

The file is networkx node-link JSON (edges under "edges"). Every node has ``kind`` and ``name``;
``partner_of`` and ``member_of`` edges carry the ``mention`` text, ``source_file`` and ``line``.
"""

from __future__ import annotations

import json
import os
import pickle
from collections import Counter
from pathlib import Path

import networkx as nx

from . import __version__
from .errors import PchgraphError
from .files import fingerprint
from .reference import alias_path, sources_dir

SITE = "site"
AREA = "area"


def build_graph(corpus) -> nx.MultiDiGraph:
    """The relationship graph of a corpus.

    >>> from pchgraph.reference import sources_dir
    >>> from pchgraph.sources import read_sources
    >>> g = build_graph(read_sources(sources_dir()))
    >>> g.nodes["site:breckland-alliance"]["numbers"]
    [1]
    """
    from .areas import matched_area
    from .mentions import COLLECTIVE, ORGANISATION, PRACTICE, SELF, UNRESOLVED
    from .organisations import code_practices, resolve
    from .sources import linked_sites

    graph = nx.MultiDiGraph()
    areas_of: dict[str, list] = {}
    for site in corpus.sites:
        areas_of[site.id] = [matched_area(name) for name in site.stp_area]
        graph.add_node(site.id, **site_attributes(site, corpus.site_sources[site.id]))
        for area in areas_of[site.id]:
            if area.id not in graph:
                graph.add_node(area.id, kind=AREA, name=area.name, code=area.code, written=[])
            written = graph.nodes[area.id]["written"]
            written += [n for n in site.stp_area if matched_area(n) == area and n not in written]
            graph.add_edge(site.id, area.id, kind="in_area", source_file=site.source_file, line=site.line)
    scope_of = {site_id: (areas[0].name if areas else site_id) for site_id, areas in areas_of.items()}
    organisations = resolve(corpus.mentions, scope_of)
    code_practices(organisations, corpus.mentions, site_ccgs(corpus, organisations, areas_of))
    for organisation in organisations.values():
        graph.add_node(organisation.id, **organisation.as_node())
    for mention in corpus.mentions:
        if mention.kind in (ORGANISATION, PRACTICE) and mention.site_id:
            graph.add_edge(
                mention.org_id,
                mention.site_id,
                kind="member_of" if mention.kind == PRACTICE else "partner_of",
                mention=mention.text,
                source_file=mention.source_file,
                line=mention.line,
                note=mention.note,
            )
        elif mention.kind in (COLLECTIVE, SELF) and mention.site_id:
            key = "collective" if mention.kind == COLLECTIVE else "self_mentions"
            graph.nodes[mention.site_id][key].append(
                {"text": mention.text, "count": mention.count, "source_file": mention.source_file, "line": mention.line}
            )
    for site, target in linked_sites(corpus):
        graph.add_edge(site.id, target.id, kind="linked_to", mention=site.pchs_raw, source_file=site.source_file, line=site.line)
    graph.graph.update(
        pchgraph_version=__version__,
        files=corpus.files,
        problems=[p.as_dict() for p in corpus.problems],
        unresolved=[m.as_dict() for m in corpus.mentions if m.kind == UNRESOLVED],
        mention_counts=dict(Counter(m.kind for m in corpus.mentions)),
    )
    return graph


def site_ccgs(corpus, organisations: dict, areas_of: dict[str, list]) -> dict[str, tuple[list[str], list[str]]]:
    """For each site, (its partner CCGs, its STP areas' CCGs): where to look for its practices."""
    from .codes import ccg_names_of_area

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
        "collective": [],
        "self_mentions": [],
    }


def graph_to_json(graph: nx.MultiDiGraph) -> dict:
    return nx.node_link_data(graph, edges="edges")


def graph_from_json(data: dict) -> nx.MultiDiGraph:
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def write_graph(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write a graph file atomically (a half-written file never replaces a good one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(json.dumps(graph_to_json(graph), ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        raise PchgraphError(f"cannot write graph: {exc.strerror}", where=str(path)) from exc
    return path


def read_graph(path: Path) -> nx.MultiDiGraph:
    """Read a graph file written by `pchgraph build`."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return graph_from_json(data)
    except FileNotFoundError as exc:
        raise PchgraphError("no such graph file (run 'pchgraph build --out FILE' first)", where=str(path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise PchgraphError(f"cannot read graph file: {exc}", where=str(path)) from exc
    except (json.JSONDecodeError, KeyError, TypeError, nx.NetworkXError) as exc:
        raise PchgraphError(f"not a pchgraph graph file ({exc.__class__.__name__}: {exc})", where=str(path)) from exc


def cache_dir() -> Path:
    """Where built graphs are cached: $PCHGRAPH_CACHE, else the per-user cache folder."""
    configured = os.environ.get("PCHGRAPH_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "pchgraph"


def cached_graph_path(sources: Path) -> Path:
    """The cache file for a folder of sources; its name changes when the sources, the alias table
    or pchgraph change."""
    return cache_dir() / f"graph-{__version__}-{fingerprint(sources, alias_path())[:16]}.json"


def load_graph(graph_file: Path | None = None, sources: Path | None = None) -> nx.MultiDiGraph:
    """The graph in a file, or the (cached) graph of a sources folder, by default the bundled one.

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
        except PchgraphError:
            pass
    from .sources import read_sources

    graph = build_graph(read_sources(sources))
    try:
        cache_graph(graph, sources)
    except PchgraphError:
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
        raise PchgraphError(f"cannot write graph cache: {exc.strerror}", where=str(quick)) from exc
    return path
