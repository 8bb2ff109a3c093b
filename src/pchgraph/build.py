"""Building the graph from what the readers read: sites, areas, organisations, mentions, links
and today's successors, in five named steps (`build_graph`).

Kept apart from `pchgraph.graph` (the graph's file and cache) because the readers and the
resolvers take a tenth of a second to import, and a query on a built graph needs neither.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx

from . import __version__
from .names import slug
from .readers import Corpus, collection_paused, linked_sites, read_sources
from .readers.mentions import COLLECTIVE, MENTIONED, ORGANISATION, PRACTICE, SELF, UNRESOLVED
from .resolve import codes, succession
from .resolve.areas import matched_area
from .resolve.codes import ccg_names_of_area
from .resolve.organisations import alias_table, code_practices, resolve
from .schema import (
    AREA,
    CCG,
    COLLECTIVE_LIST,
    COUNCIL,
    GRAPH_FORMAT,
    ICB,
    IN_AREA,
    LINKED_TO,
    MEMBER_OF,
    MENTIONED_IN,
    NOW,
    NOW_NAMES,
    ORG_KINDS,
    PARTNER_OF,
    SELF_LIST,
    SITE,
    SUCCEEDED_BY,
    TRUST,
)
from .schema import PRACTICE as PRACTICE_KIND


def build_graph(corpus: Corpus) -> nx.MultiDiGraph:
    """The relationship graph of a corpus, built in five named steps.

    Parameters
    ----------
    corpus : Corpus
        What `read_sources` read.

    Returns
    -------
    networkx.MultiDiGraph
        Sites, areas and organisations as nodes (each with ``kind`` and ``name``);
        ``partner_of``/``member_of`` edges from organisations to sites with the quoted mention,
        ``source_file`` and ``line``; ``in_area`` and ``linked_to`` edges from sites;
        ``succeeded_by`` edges from each coded organisation to the bodies that took it over, to
        today's (see `add_successors`).

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
    with collection_paused():
        return built_graph(corpus)


def load_reference_data() -> None:
    """Load the reference data every build looks names up in (the alias table, the official
    codes, the practice lists, the register of successors), and numpy, which scores practices:
    work that needs no document, done while worker processes read them (`read_sources`)."""
    # A table that cannot be loaded fails again where the build needs it, and is reported there.
    with contextlib.suppress(Exception):
        import numpy  # noqa: F401  (imported for the practice scores, and kept)

        alias_table()
        codes.practice_tables()
        codes.practices_by_core()
        codes.practices_2022()
        for index in (codes.trust_index(), codes.ccg_index()):
            codes.place_blocks(index)
            codes.entries_by_core(index)
        codes.council_index()
        codes.icb_index()
        succession.register()
        succession.practices_now()
        succession.ccg_preferences()


def built_graph(corpus: Corpus) -> nx.MultiDiGraph:
    """`build_graph`, with the garbage collector as it is."""
    graph = nx.MultiDiGraph()
    areas_of = add_sites_and_areas(graph, corpus)
    add_organisations(graph, corpus, areas_of)
    add_mentions(graph, corpus)
    add_links(graph, corpus)
    not_followed = add_successors(graph)
    graph.graph.update(
        pchgraph_version=__version__,
        pchgraph_format=GRAPH_FORMAT,
        files=corpus.files,
        encodings=corpus.encodings,
        problems=[p.as_dict() for p in corpus.problems],
        unresolved=[m.as_dict() for m in corpus.mentions if m.kind == UNRESOLVED],
        mention_counts=dict(Counter(m.kind for m in corpus.mentions)),
        not_followed=not_followed,
    )
    return graph


def add_sites_and_areas(graph: nx.MultiDiGraph, corpus: Corpus) -> dict[str, list]:
    """Site nodes, the STP area nodes they name and their in_area edges; returns each site's areas."""
    areas_of: dict[str, list] = {}
    nodes = graph.nodes
    for site in corpus.sites:
        site_id = site.id
        areas_of[site_id] = [matched_area(name) for name in site.stp_area]
        graph.add_node(site_id, **site_attributes(site, corpus.site_sources[site_id]))
        for area in areas_of[site_id]:
            area_id = area.id
            if area_id not in graph:
                graph.add_node(area_id, kind=AREA, name=area.name, code=area.code, written=[])
            written = nodes[area_id]["written"]
            written += [n for n in site.stp_area if matched_area(n) == area and n not in written]
            graph.add_edge(site_id, area_id, kind=IN_AREA, source_file=site.source_file, line=site.line)
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
    add_edges(graph, mention_edges(graph, corpus))


def mention_edges(graph: nx.MultiDiGraph, corpus: Corpus) -> Iterator[tuple[str, str, dict]]:
    """The edges of `add_mentions`, one at a time, in the mentions' order (so no list of them
    all is held); the collective and self mentions are put on their site as they come."""
    for mention in corpus.mentions:
        if not mention.site_id:
            continue
        kind = mention.kind
        if kind in (ORGANISATION, PRACTICE):
            attributes = {
                "kind": MEMBER_OF if kind == PRACTICE else PARTNER_OF,
                "mention": mention.text,
                "source_file": mention.source_file,
                "line": mention.line,
                "note": mention.note,
            }
            if mention.page is not None:
                attributes["page"] = mention.page
            yield mention.org_id, mention.site_id, attributes
        elif kind == MENTIONED:
            yield (
                mention.org_id,
                mention.site_id,
                {"kind": MENTIONED_IN, "mention": mention.text, "source_file": mention.source_file, "line": mention.line},
            )
        elif kind in (COLLECTIVE, SELF):
            graph.nodes[mention.site_id][COLLECTIVE_LIST if kind == COLLECTIVE else SELF_LIST].append(
                {"text": mention.text, "count": mention.count, "source_file": mention.source_file, "line": mention.line}
            )


def add_edges(graph: nx.MultiDiGraph, edges: Iterable[tuple[str, str, dict]]) -> None:
    """``graph.add_edge(u, v, **attributes)`` for each edge in turn, each attribute dictionary
    a new one that becomes the edge's own.

    Between two nodes already in a plain MultiDiGraph, an edge is put straight into the
    adjacency dictionaries as `add_edge` puts it there (the first edge of a pair under key 0 in
    a key dictionary shared by the successors and the predecessors, a later one under the first
    free key from their number up), without a call and a keyword dictionary for each of the
    many mentions; any other edge goes through `add_edge` itself.
    """
    if type(graph) is not nx.MultiDiGraph:
        for u, v, attributes in edges:
            graph.add_edge(u, v, **attributes)
        return
    succ, pred = graph._succ, graph._pred
    for u, v, attributes in edges:
        if u not in succ or v not in succ:
            graph.add_edge(u, v, **attributes)
            continue
        keyed = succ[u].get(v)
        if keyed is None:
            succ[u][v] = pred[v][u] = {0: attributes}
        else:
            key = len(keyed)
            while key in keyed:
                key += 1
            keyed[key] = attributes
    # what add_edge does last, in the networkx versions that cache results on the graph (3.3 on)
    clear_cache = getattr(nx, "_clear_cache", None)
    if clear_cache is not None:
        clear_cache(graph)


def add_links(graph: nx.MultiDiGraph, corpus: Corpus) -> None:
    """linked_to edges between sites that a document says belong together."""
    for site, target in linked_sites(corpus):
        graph.add_edge(site.id, target.id, kind=LINKED_TO, mention=site.pchs_raw, source_file=site.source_file, line=site.line)


def add_successors(graph: nx.MultiDiGraph) -> list[dict]:
    """Today's bodies: for every organisation with an official code, each recorded step to
    today as a ``succeeded_by`` edge (with its change, date, table and line) to a node of its
    own, and the ids it ends in as the node's ``now``; a practice gets its PCN and ICB of 2026.
    Returns the organisations that could not be followed, each with the reason."""
    known = {body_key(*coded): node for node, data in graph.nodes(data=True) if (coded := official_body(data))}
    not_followed = []
    for node, data in sorted(graph.nodes(data=True)):
        if data["kind"] not in ORG_KINDS or data.get("successor_only"):
            continue
        if data["kind"] == PRACTICE_KIND:
            now = succession.practice_now(data["ods_code"]) if data.get("ods_code") else None
            if now:
                data.update(now)
            else:
                not_followed.append(
                    unfollowed(node, data, "not in the list of August 2026" if data.get("ods_code") else "no official code")
                )
            continue
        coded = official_body(data)
        start = succession.body_of(*coded) if coded else None
        if start is None:
            if data["kind"] in REGISTERED_KINDS:
                not_followed.append(unfollowed(node, data, "no official code"))
            continue
        steps, ends = succession.chain(start, succession.ccg_preferences().get(start.code, frozenset()))
        for step in steps:
            old, new = body_node(graph, known, step.old, node, start), body_node(graph, known, step.new, node, start)
            # Two documents' bodies can share a step (both merged into one trust): one edge.
            if not any(d["kind"] == SUCCEEDED_BY for d in graph.get_edge_data(old, new, default={}).values()):
                graph.add_edge(old, new, kind=SUCCEEDED_BY, **step.as_edge())
        if ends != [start]:
            data[NOW] = [body_node(graph, known, end, node, start) for end in ends]
            data[NOW_NAMES] = [end.name for end in ends]
        for end in ends:
            closed = succession.closed_without_successor(end)
            if closed:
                not_followed.append(unfollowed(node, data, f"closed {closed}, no successor recorded"))
    return not_followed


# Kinds whose every body has an official code, so one without is worth listing.
REGISTERED_KINDS = {TRUST, CCG, COUNCIL, ICB}


def official_body(data: dict) -> tuple[str, str, str] | None:
    """(scheme, code, official name) of a coded organisation node, else None."""
    for scheme in ("ods", "gss"):
        if data.get(f"{scheme}_code"):
            return scheme, data[f"{scheme}_code"], data.get("official_name") or data["name"]
    return None


def body_key(scheme: str, code: str, name: str) -> tuple[str, str, str]:
    """The key a body's node is found under: its code and its name as compared."""
    return scheme, code, succession.folded_name(name)


def body_node(graph: nx.MultiDiGraph, known: dict, body, node: str, start) -> str:
    """The node of a body: the organisation itself, a node already there with the body's code
    and name, else a new node marked ``successor_only`` (named in no document)."""
    if body == start:
        return node
    key = body_key(body.scheme, body.code, body.name)
    if key not in known:
        new = f"org:{slug(body.name)}"
        if new in graph:
            new = f"{new}-{body.code.lower()}"
        graph.add_node(
            new,
            kind=body.kind,
            name=body.name,
            kind_guessed=False,
            aliases=[],
            mentions=0,
            scope=None,
            ods_code=body.code if body.scheme == "ods" else None,
            gss_code=body.code if body.scheme == "gss" else None,
            official_name=body.name,
            successor_only=True,
        )
        known[key] = new
    return known[key]


def unfollowed(node: str, data: dict, reason: str) -> dict:
    return {"id": node, "name": data["name"], "kind": data["kind"], "reason": reason}


def site_ccgs(corpus, organisations: dict, areas_of: dict[str, list]) -> dict[str, tuple[list[str], list[str]]]:
    """For each site, (its partner CCGs, its STP areas' CCGs): where to look for its practices."""
    partners: dict[str, list[str]] = {site.id: [] for site in corpus.sites}
    # the official name of each coded CCG, by its id: what a mention of one adds
    ccg_names = {org_id: o.code["official_name"] for org_id, o in organisations.items() if o and o.kind == "ccg" and o.code}
    for mention in corpus.mentions:
        name = ccg_names.get(mention.org_id) if mention.org_id else None
        if name is not None and mention.site_id in partners:
            partners[mention.site_id].append(name)
    # the CCGs of a list of areas, worked out once for each list (sites share their areas)
    area_ccgs: dict[tuple, list[str]] = {}
    found = {}
    for site_id, names in partners.items():
        areas = tuple(areas_of.get(site_id, ()))
        if areas not in area_ccgs:
            area_ccgs[areas] = [n for area in areas if area.code for n in ccg_names_of_area(area.code)]
        found[site_id] = (list(dict.fromkeys(names)), list(area_ccgs[areas]))
    return found


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


def graph_of_sources(folder: Path, progress=None) -> nx.MultiDiGraph:
    """The graph of a folder of documents, read (`read_sources`) and built (`build_graph`)."""
    return build_graph(read_sources(folder, progress))
