"""Answers over the graph, as plain lists of dictionaries a notebook or the CLI can use.

The graph is two-mode: organisations on one side, sites on the other, joined by ``partner_of``
and ``member_of`` edges. Areas and site-to-site links are context, not partnerships, so the
measures here run on the two-mode partnership graph (``partnership_graph``) or on its one-mode
projections (``projection``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import networkx as nx

from .errors import PchgraphError, UsageError
from .lookup import node_for
from .output import ranked
from .schema import AREA, IN_AREA, MENTIONED_IN, ORG_EDGES, RELATION_WORDS, SITE, checked_kinds, checked_side, checked_top
from .sitelists import MENTIONED, PARTNER, NeedsGraph, SiteLists

# centrality, projection, pairs and communities import pchgraph.matrices and pchgraph.measures
# (numpy, scipy, igraph) when they run: 0.04 s that spanning, shared, ego and path never need.
METRICS = ("degree", "betweenness", "closeness", "eigenvector", "pagerank")
COMMUNITY_METHODS = ("leiden", "louvain")


def sites_of(graph: nx.MultiDiGraph, node: str, edges: tuple[str, ...] = ORG_EDGES) -> list[str]:
    """The sites an organisation partners with (or a practice belongs to), sorted; `edges`
    says which relations count."""
    # the adjacency dicts themselves: a view (graph.succ) makes an object for each neighbour
    return sorted({site for site, keyed in graph._succ[node].items() for edge in keyed.values() if edge.get("kind") in edges})


def partners_of(graph: nx.MultiDiGraph, site: str) -> list[str]:
    """The organisations and practices named as partners of a site, sorted."""
    return sorted({org for org, _, kind in graph.in_edges(site, data="kind") if kind in ORG_EDGES})


def areas_of(graph: nx.MultiDiGraph, site: str) -> list[str]:
    """The names of a site's STP areas, sorted (once for each of its in-area edges)."""
    nodes = graph._node
    return sorted(
        [nodes[area]["name"] for area, keyed in graph._succ[site].items() for edge in keyed.values() if edge.get("kind") == IN_AREA]
    )


def area_node(graph: nx.MultiDiGraph, area: str) -> str:
    """The area node a name means (official name, name as written, or id)."""
    return node_for(graph, area, kinds=(AREA,), what="area")


def sites_in_area(graph: nx.MultiDiGraph, area: str) -> set[str]:
    """The sites of an area (named as `area_node` takes it)."""
    node = area_node(graph, area)
    return {site for site, _, kind in graph.in_edges(node, data="kind") if kind == IN_AREA}


def partnership_edges(graph: nx.MultiDiGraph, kind=None, area: str | None = None) -> list[tuple[str, str]]:
    """The (organisation, site) partnerships, one per mention, in the graph's edge order.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A pchgraph graph.
    kind : str or list of str, optional
        Keep only organisations of these kinds.
    area : str, optional
        Keep only the sites of this STP area.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("s", kind="site", name="S"); g.add_node("o", kind="trust", name="O")
    >>> _ = g.add_edge("o", "s", kind="partner_of")
    >>> partnership_edges(g), partnership_edges(g, kind="council")
    ([('o', 's')], [])
    """
    kinds = checked_kinds(kind)
    keep_sites = sites_in_area(graph, area) if area else None
    nodes = graph.nodes
    # The adjacency dictionaries walked directly, in the order graph.edges() gives: twice as
    # quick as the edge view on a national corpus's graph.
    return [
        (org, site)
        for org, neighbours in graph.adjacency()
        if not kinds or nodes[org].get("kind") in kinds
        for site, keyed in neighbours.items()
        if keep_sites is None or site in keep_sites
        for data in keyed.values()
        if data.get("kind") in ORG_EDGES
    ]


def partnership_graph(graph: nx.MultiDiGraph, kind=None, area: str | None = None) -> nx.Graph:
    """The two-mode graph: organisations and sites, one edge per partnership (weight = mentions).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A pchgraph graph.
    kind : str or list of str, optional
        Keep only organisations of these kinds.
    area : str, optional
        Keep only the sites of this STP area.

    Returns
    -------
    networkx.Graph
        Nodes carry ``bipartite`` = 0 for organisations, 1 for sites.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("s", kind="site", name="S"); g.add_node("o", kind="trust", name="O")
    >>> g.add_edge("o", "s", kind="partner_of"); g.add_edge("o", "s", kind="partner_of")
    0
    1
    >>> partnership_graph(g).edges(data="weight")
    EdgeDataView([('o', 's', 2)])
    """
    # Nodes and edges go in in the order they are first met, as one edge at a time would put
    # them (eigenvector and PageRank sum in that order), but in two bulk calls.
    mentions = Counter(partnership_edges(graph, kind, area))
    sides = {node: side for pair in mentions for node, side in zip(pair, (0, 1), strict=True)}
    nodes = graph.nodes
    two_mode = nx.Graph()
    two_mode.add_nodes_from(
        (node, {"bipartite": side, "name": nodes[node]["name"], "kind": nodes[node]["kind"]}) for node, side in sides.items()
    )
    two_mode.add_edges_from((org, site, {"weight": weight}) for (org, site), weight in mentions.items())
    return two_mode


def side_nodes(two_mode: nx.Graph, side: int) -> list[str]:
    """The nodes of one side, in a fixed order: a set's order changes with Python's hash seed,
    and an algorithm fed in that order (Louvain) would give another answer on another run."""
    return sorted(n for n, s in two_mode.nodes(data="bipartite") if s == side)


def centrality(
    graph: nx.MultiDiGraph,
    metric: str = "degree",
    kind=None,
    area: str | None = None,
    top: int | None = None,
    sample: int | None = None,
    side: str = "org",
) -> list[dict]:
    """Organisations (or sites) ranked by a centrality measure of the two-mode partnership graph.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A pchgraph graph.
    metric : {"degree", "betweenness", "closeness", "eigenvector", "pagerank"}
        degree, betweenness and closeness are the bipartite measures on the two-mode graph,
        normalised within each side as networkx's bipartite versions are (betweenness is
        computed by igraph, in C, closeness by `measures.distance_sums`); eigenvector and pagerank have no bipartite
        version and run on the two-mode graph taken as one graph, unweighted, with networkx's
        arithmetic on a sparse matrix (`pagerank`, `TwoMode.eigenvector`).
    kind : str or list of str, optional
        Show only organisations of these kinds (the graph measured is unchanged).
    area : str, optional
        Measure only this STP area's sites and their partners.
    top : int, optional
        Keep the first `top` rows.
    sample : int, optional
        Estimate betweenness or closeness from at most this many seeded source nodes: a quarter
        of them first, the sample doubled until the first `top` rows (10 without `top`) are the
        same in two rounds in a row, or it reaches `sample`.
    side : {"org", "site"}
        Rank organisations or sites.

    Returns
    -------
    list of dict
        Rows with ``rank``, ``id``, ``name``, ``kind``, ``score`` and ``links``; an estimate's
        rows also carry ``sample`` (the source nodes used) and ``stable`` (whether the first
        rows stopped changing within `sample`). Rows without them are exact.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for node, kind in [("s1", "site"), ("s2", "site"), ("t", "trust"), ("c", "council")]:
    ...     g.add_node(node, kind=kind, name=node.upper())
    >>> for org, site in [("t", "s1"), ("t", "s2"), ("c", "s1")]:
    ...     _ = g.add_edge(org, site, kind="partner_of")
    >>> [(row["name"], row["score"]) for row in centrality(g, "degree")]
    [('T', 1.0), ('C', 0.5)]
    """
    top = checked_top(top)
    from .matrices import incidence
    from .measures import TwoMode, pagerank, sampled_betweenness_rows, sampled_closeness_rows

    if metric not in METRICS:
        raise UsageError(f"unknown metric '{metric}'; expected one of: {', '.join(METRICS)}", where="metric")
    kinds = checked_kinds(kind)
    checked_side(side)
    # an option that cannot change the answer is refused, not ignored: the answer would be
    # taken for the one asked for
    if kinds and side == "site":
        raise UsageError("shows organisations of a kind; sites have none (leave it out, or rank organisations)", where="kind")
    if sample is not None and metric not in ("betweenness", "closeness"):
        raise UsageError(f"estimates betweenness or closeness; {metric} is always exact", where="sample")
    edges = partnership_edges(graph, area=area)
    if not edges:
        return []
    two_mode = TwoMode(graph, incidence(edges, "org"), side, kinds)
    if metric == "degree":
        rows = two_mode.rows(two_mode.degree())
    elif metric == "betweenness" and sample and sample < two_mode.size:
        rows = sampled_betweenness_rows(two_mode, sample, top or STABLE_TOP)
    elif metric == "betweenness":
        rows = two_mode.rows(two_mode.normalised_betweenness(two_mode.betweenness()))
    elif metric == "closeness" and sample and sample < two_mode.size:
        rows = sampled_closeness_rows(two_mode, sample, top or STABLE_TOP)
    elif metric == "closeness":
        rows = two_mode.rows(two_mode.closeness())
    elif metric == "pagerank":
        rows = two_mode.rows(pagerank(two_mode.links_matrix()).tolist())
    else:
        rows = two_mode.rows(two_mode.eigenvector())
    return ranked(rows, top, lambda r: r["score"])


# Without --top, an estimate is stable when its first this-many rows stop changing.
STABLE_TOP = 10


def spanning(
    graph: nx.MultiDiGraph, kind=None, top: int | None = None, area: str | None = None, include_mentioned: bool = False
) -> list[dict]:
    """Organisations ranked by how many sites they partner with (ties by name).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A pchgraph graph.
    kind : str or list of str, optional
        Only organisations of these kinds.
    top : int, optional
        Keep the first `top` rows.
    area : str, optional
        Count only the sites of this STP area.
    include_mentioned : bool
        Count also the sites whose documents only name the organisation (``mentioned_in``:
        programme owner, funder, regulator), not as a partner.

    Returns
    -------
    list of dict
        Rows with the number of sites, the PCHs and practices those sites hold, and the STP
        areas they span.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for node, kind in [("s1", "site"), ("s2", "site"), ("t", "trust"), ("c", "council")]:
    ...     g.add_node(node, kind=kind, name=node.upper())
    >>> for org, site in [("t", "s1"), ("t", "s2"), ("c", "s1")]:
    ...     _ = g.add_edge(org, site, kind="partner_of")
    >>> [(row["name"], row["sites"]) for row in spanning(g)]
    [('T', 2), ('C', 1)]
    >>> [row["name"] for row in spanning(g, kind="council")]
    ['C']
    """
    kinds = checked_kinds(kind)
    keep_sites = sites_in_area(graph, area) if area else None
    counted = (*ORG_EDGES, MENTIONED_IN) if include_mentioned else ORG_EDGES
    found = []
    # the node dict itself: its view would make a tuple and a generator step for each node
    for node, data in graph._node.items():
        node_kind = data.get("kind")
        if node_kind in (SITE, AREA) or (kinds and node_kind not in kinds):
            continue
        sites = sites_of(graph, node, counted)
        if keep_sites is not None:
            sites = [s for s in sites if s in keep_sites]
        if sites:
            found.append((node, data, sites))
    return spanning_rows(found, top, lambda site: site_details(graph, site))


def spanning_on_lists(
    lists: SiteLists, kind=None, top: int | None = None, area: str | None = None, include_mentioned: bool = False
) -> list[dict]:
    """`spanning`, answered from a graph's site lists (`pchgraph.sitelists`) rather than the
    graph: the same rows.

    Raises
    ------
    NeedsGraph
        When the areas alone name no one area: the error is the whole graph's, which may point
        to another kind of node, so the graph must answer.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for node, kind in [("s1", "site"), ("s2", "site"), ("t", "trust"), ("c", "council")]:
    ...     g.add_node(node, kind=kind, name=node.upper())
    >>> for org, site in [("t", "s1"), ("t", "s2"), ("c", "s1")]:
    ...     _ = g.add_edge(org, site, kind="partner_of")
    >>> from pchgraph.sitelists import site_lists
    >>> [(row["name"], row["sites"]) for row in spanning_on_lists(site_lists(g, ""))]
    [('T', 2), ('C', 1)]
    """
    kinds = checked_kinds(kind)
    keep = None
    if area:
        try:
            keep = lists.sites_in_area(area_node(lists.areas_graph(), area))
        except UsageError as exc:
            raise NeedsGraph from exc
    # a site is its index in the lists here: spanning_rows asks for the details of those it shows
    found = lists.found(kinds, PARTNER | MENTIONED if include_mentioned else PARTNER, keep)
    return spanning_rows(found, top, lists.site_details)


def site_details(graph: nx.MultiDiGraph, site: str) -> dict:
    """What a spanning row tells of one of its sites: id, name, counts of PCHs and practices, areas."""
    data = graph._node[site]
    return {
        "id": site,
        "name": data["name"],
        "pchs": data.get("pchs_count"),
        "practices": data.get("practices_count"),
        "areas": areas_of(graph, site),
    }


def spanning_rows(found: list[tuple[str, dict, list[str]]], top: int | None, details: Callable[[str], dict]) -> list[dict]:
    """Spanning rows from (organisation id, its data, its sites) triples, whatever found them:
    `details` gives a site's (`site_details`), asked once for each site of the rows shown."""
    top = checked_top(top)
    if top and top < len(found):
        # Only the rows shown need their sites' details; the cut is by number of sites, ties kept.
        last = sorted((len(sites) for _, _, sites in found), reverse=True)[top - 1]
        found = [entry for entry in found if len(entry[2]) >= last]
    known: dict[str, dict] = {}

    def detailed(site: str) -> dict:
        if site not in known:
            known[site] = details(site)
        return known[site]

    entries = [
        {"id": node, "name": data["name"], "kind": data["kind"], "sites": [detailed(s) for s in sites]} for node, data, sites in found
    ]
    return ranked_spanning(entries, top)


def ranked_spanning(entries: list[dict], top: int | None = None) -> list[dict]:
    """Spanning rows from (organisation, its sites) entries, whichever backend found them."""
    rows = []
    for entry in entries:
        sites = {site["id"]: site for site in entry["sites"]}.values()
        areas = sorted({a for site in sites for a in site["areas"]})
        rows.append(
            {
                "id": entry["id"],
                "name": entry["name"],
                "kind": entry["kind"],
                "sites": len(sites),
                "pchs": known_sum(site["pchs"] for site in sites),
                "practices": known_sum(site["practices"] for site in sites),
                "areas": len(areas),
                "area_names": areas,
                "site_names": sorted(site["name"] for site in sites),
            }
        )
    rows.sort(key=lambda row: (-row["sites"], row["name"].lower(), row["id"]))
    return ranked(rows, top, lambda row: row["sites"])


def known_sum(values) -> int | None:
    """The sum of the counts documents gave; None when none gave one (a case study states no
    count of PCHs or practices: unknown, not nought).

    >>> known_sum([2, None, 3]), known_sum([None, None])
    (5, None)
    """
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def quotes(graph: nx.MultiDiGraph, org: str, site: str) -> list[dict]:
    """Every source line that names `org` as a partner of `site`."""
    edges = graph.get_edge_data(org, site, default={}).values()
    found = [{"quote": e["mention"], "source_file": e["source_file"], "line": e["line"]} for e in edges if e["kind"] in ORG_EDGES]
    return sorted(found, key=lambda q: (q["source_file"], q["line"]))


def shared(graph: nx.MultiDiGraph, a: str, b: str) -> list[dict]:
    """Two sites: the partners they share. Two organisations: the sites they share. With quotes.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A pchgraph graph.
    a, b : str
        Node ids, or names `lookup.node_for` finds: two sites or two organisations.

    Returns
    -------
    list of dict
        One row per shared partner (or site) with its ``quotes``: mention, file and line.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for node, kind in [("s1", "site"), ("s2", "site"), ("t", "trust")]:
    ...     g.add_node(node, kind=kind, name=node.upper())
    >>> for site, line in [("s1", 3), ("s2", 9)]:
    ...     _ = g.add_edge("t", site, kind="partner_of", mention="T", source_file="a.txt", line=line)
    >>> [(row["name"], [q["line"] for q in row["quotes"]]) for row in shared(g, "s1", "s2")]
    [('T', [3, 9])]
    """
    a, b = node_for(graph, a, what="a"), node_for(graph, b, what="b")
    both_sites = check_shared_pair(graph, a, b)
    common = set(partners_of(graph, a)) & set(partners_of(graph, b)) if both_sites else set(sites_of(graph, a)) & set(sites_of(graph, b))
    entries = []
    for node in common:
        pairs_ = [(node, a), (node, b)] if both_sites else [(a, node), (b, node)]
        entries.append(
            {
                "id": node,
                "name": graph.nodes[node]["name"],
                "kind": graph.nodes[node]["kind"],
                "quotes": [q for org, site in pairs_ for q in quotes(graph, org, site)],
            }
        )
    return ranked_shared(entries)


def check_shared_pair(graph: nx.MultiDiGraph, a: str, b: str) -> bool:
    """Whether a and b are two sites (True) or two organisations (False); anything else is an error."""
    kinds = [graph.nodes[n]["kind"] for n in (a, b)]
    if AREA in kinds or (kinds[0] == SITE) != (kinds[1] == SITE):
        raise UsageError("give two sites or two organisations", where="a, b")
    if a == b:
        raise UsageError("A and B name the same node", where="a, b")
    return kinds[0] == SITE


def ranked_shared(entries: list[dict]) -> list[dict]:
    """Shared rows in a fixed order, each with its quotes once, by file and line."""
    rows = []
    for entry in entries:
        unique = {(q["source_file"], q["line"], q["quote"]): q for q in entry["quotes"]}
        rows.append(dict(entry, quotes=[unique[k] for k in sorted(unique)]))
    rows.sort(key=lambda r: (r["kind"], r["name"].lower(), r["id"]))
    return rows


def projection(graph: nx.MultiDiGraph, side: str = "org", kind=None, area: str | None = None) -> nx.Graph:
    """The one-mode projection onto sites or organisations; edge weight = what the pair shares.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A pchgraph graph.
    side : {"org", "site"}
        Organisations joined by the sites they share, or sites by the partners they share.
    kind : str or list of str, optional
        Count only organisations of these kinds.
    area : str, optional
        Only the sites of this STP area.

    Returns
    -------
    networkx.Graph
        Nodes carry ``bipartite``, ``name`` and ``kind``; edges carry ``weight``.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for node, kind in [("s1", "site"), ("s2", "site"), ("t", "trust"), ("c", "council")]:
    ...     g.add_node(node, kind=kind, name=node.upper())
    >>> for org, site in [("t", "s1"), ("t", "s2"), ("c", "s1")]:
    ...     _ = g.add_edge(org, site, kind="partner_of")
    >>> projection(g, "site").edges(data="weight")
    EdgeDataView([('s1', 's2', 1)])
    """
    from .matrices import all_pairs, incidence

    checked_side(side)
    two_mode = incidence(partnership_edges(graph, kind, area), side)
    projected = nx.Graph()
    marker = 0 if side == "org" else 1
    projected.add_nodes_from(
        (n, {"bipartite": marker, "name": graph.nodes[n]["name"], "kind": graph.nodes[n]["kind"]}) for n in two_mode.rows
    )
    first, second, shared = all_pairs(two_mode.matrix)
    rows = two_mode.rows
    projected.add_weighted_edges_from((rows[i], rows[j], n) for i, j, n in zip(first.tolist(), second.tolist(), shared.tolist()))
    return projected


def pairs(
    graph: nx.MultiDiGraph, side: str = "site", minimum: int = 1, top: int | None = None, kind=None, area: str | None = None
) -> list[dict]:
    """Pairs of sites (or organisations) with most in common: shared count and Jaccard similarity.

    Every shared count comes from one sparse matrix product (`pchgraph.matrices`), and only
    the pairs that can rank within `top` become rows.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A pchgraph graph.
    side : {"site", "org"}
        Pairs of sites (sharing partners) or of organisations (sharing sites).
    minimum : int
        Only pairs sharing at least this many.
    top : int, optional
        Keep the first `top` rows.
    kind : str or list of str, optional
        Count only organisations of these kinds.
    area : str, optional
        Only the sites of this STP area.

    Returns
    -------
    list of dict
        Rows with ``a``, ``b``, ``shared`` and ``jaccard`` (shared / either).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for node, kind in [("s1", "site"), ("s2", "site"), ("t", "trust"), ("c", "council")]:
    ...     g.add_node(node, kind=kind, name=node.upper())
    >>> for org, site in [("t", "s1"), ("t", "s2"), ("c", "s1")]:
    ...     _ = g.add_edge(org, site, kind="partner_of")
    >>> [(row["a"], row["b"], row["shared"], row["jaccard"]) for row in pairs(g)]
    [('S1', 'S2', 1, 0.5)]
    """
    top = checked_top(top)
    from .matrices import incidence, top_pairs

    checked_side(side)
    two_mode = incidence(partnership_edges(graph, kind, area), side)
    first, second, shared = top_pairs(two_mode.matrix, minimum, top)
    degrees = two_mode.row_degrees().tolist()
    ids, nodes = two_mode.rows, graph.nodes
    entries = [
        {
            "a_id": ids[i],
            "a": nodes[ids[i]]["name"],
            "b_id": ids[j],
            "b": nodes[ids[j]]["name"],
            "shared": n,
            "either": degrees[i] + degrees[j] - n,
        }
        for i, j, n in zip(first.tolist(), second.tolist(), shared.tolist())
    ]
    return ranked_pairs(entries, minimum, top)


def ranked_pairs(entries: list[dict], minimum: int = 1, top: int | None = None) -> list[dict]:
    """Pair rows (names in order, Jaccard = shared / either) from whichever backend found them."""
    rows = []
    for e in entries:
        if e["shared"] < minimum:
            continue
        first, second = sorted(((e["a"], e["a_id"]), (e["b"], e["b_id"])), key=lambda x: (x[0].lower(), x[1]))
        rows.append(
            {
                "a": first[0],
                "b": second[0],
                "a_id": first[1],
                "b_id": second[1],
                "shared": e["shared"],
                "jaccard": round(e["shared"] / e["either"], 4) if e["either"] else 0.0,
            }
        )
    rows.sort(key=lambda r: (-r["shared"], -r["jaccard"], r["a"].lower(), r["b"].lower(), r["a_id"], r["b_id"]))
    return ranked(rows, top, lambda r: (r["shared"], r["jaccard"]))


def undirected_partnerships(graph: nx.MultiDiGraph) -> nx.Graph:
    """Organisations and sites joined by partnerships, as one undirected graph (areas left out,
    and a document's cross-reference from one site to another, ``linked_to``: 'see no. 9' is
    no partnership, and a wrong number in it would join two regions, as the shortest path
    the 2017 brochure's 'see nos. 89-91' made from Kent to Lincolnshire did)."""
    undirected = nx.Graph()
    for u, v, kind in graph.edges(data="kind"):
        if kind in ORG_EDGES:
            undirected.add_edge(u, v, kind=kind)
    return undirected


def within(graph: nx.MultiDiGraph, node: str, depth: int) -> dict[str, int]:
    """The nodes within `depth` partnership steps of a node (itself included), with their distance."""
    if depth < 1:
        raise UsageError("depth must be 1 or more", where="depth")
    undirected = undirected_partnerships(graph)
    if node not in undirected:
        return {node: 0} if node in graph else {}
    return nx.single_source_shortest_path_length(undirected, node, cutoff=depth)


def ego(graph: nx.MultiDiGraph, node: str, depth: int = 1) -> list[dict]:
    """Everything within `depth` partnership steps of a node (an id, or a name `lookup.node_for`
    finds), nearest first: rows of id, name, kind and distance."""
    node = node_for(graph, node, what="node")
    distances = within(graph, node, depth)
    rows = [
        {"id": n, "name": graph.nodes[n]["name"], "kind": graph.nodes[n]["kind"], "distance": d} for n, d in distances.items() if n != node
    ]
    rows.sort(key=lambda r: (r["distance"], r["kind"], r["name"].lower()))
    return rows


def path(graph: nx.MultiDiGraph, a: str, b: str) -> list[dict]:
    """A shortest chain of partnerships from a to b (ids, or names `lookup.node_for` finds), each
    step with the source line that says so; no chain raises `PchgraphError`."""
    a, b = node_for(graph, a, what="a"), node_for(graph, b, what="b")
    undirected = undirected_partnerships(graph)
    try:
        steps = nx.shortest_path(undirected, a, b)
    except (nx.NetworkXNoPath, nx.NodeNotFound) as exc:
        raise PchgraphError(
            f"no chain of partnerships joins '{graph.nodes[a]['name']}' and '{graph.nodes[b]['name']}'", where="a, b"
        ) from exc
    rows = []
    for step, (u, v) in enumerate(zip(steps, steps[1:]), start=1):
        edge = first_edge(graph, u, v)
        rows.append(
            {
                "step": step,
                "from": graph.nodes[u]["name"],
                "to": graph.nodes[v]["name"],
                "from_id": u,
                "to_id": v,
                "relation": RELATION_WORDS[edge["kind"]][0 if graph.has_edge(u, v) else 1],
                "quote": edge.get("mention"),
                "source_file": edge.get("source_file"),
                "line": edge.get("line"),
            }
        )
    return rows


def first_edge(graph: nx.MultiDiGraph, u: str, v: str) -> dict:
    """The first edge (by source file and line) between two nodes, in either direction."""
    found = list(graph.get_edge_data(u, v, default={}).values()) + list(graph.get_edge_data(v, u, default={}).values())
    found = [e for e in found if e["kind"] in ORG_EDGES]
    return sorted(found, key=lambda e: (e.get("source_file") or "", e.get("line") or 0))[0]


def communities(
    graph: nx.MultiDiGraph, side: str = "org", kind=None, area: str | None = None, seed: int = 42, method: str = "leiden"
) -> list[dict]:
    """Modularity communities of the weighted projection (igraph, seeded so runs agree), largest first.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A pchgraph graph.
    side : {"org", "site"}
        Communities of organisations (sharing sites) or of sites (sharing partners).
    kind : str or list of str, optional
        Count only organisations of these kinds.
    area : str, optional
        Only the sites of this STP area.
    seed : int
        Seed of the method's random choices.
    method : {"leiden", "louvain"}
        Leiden (modularity objective, iterated until no change improves it) or Louvain
        (igraph's multilevel method); both weigh a pair by what it shares.

    Returns
    -------
    list of dict
        One row per community: ``community``, ``size``, ``members`` (names, most connected
        first), ``ids`` and ``modularity`` (of the whole partition, the same on every row).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for node, kind in [("s1", "site"), ("s2", "site"), ("t", "trust"), ("c", "council"), ("x", "charity")]:
    ...     g.add_node(node, kind=kind, name=node.upper())
    >>> for org, site in [("t", "s1"), ("c", "s1"), ("x", "s2")]:
    ...     _ = g.add_edge(org, site, kind="partner_of")
    >>> [row["members"] for row in communities(g)]
    [['C', 'T'], ['X']]
    """
    from .matrices import incidence, partition, projection_igraph

    checked_side(side)
    if method not in COMMUNITY_METHODS:
        raise UsageError(f"unknown method '{method}'; expected one of: {', '.join(COMMUNITY_METHODS)}", where="method")
    two_mode = incidence(partnership_edges(graph, kind, area), side)
    projected = projection_igraph(two_mode.matrix)
    membership, modularity = partition(projected, method, seed)
    strength = projected.strength(weights="weight") if projected.ecount() else [0.0] * projected.vcount()
    ids = two_mode.rows
    names = [graph.nodes[node]["name"] for node in ids]
    groups: dict[int, list[int]] = {}
    for vertex, community in enumerate(membership):
        groups.setdefault(community, []).append(vertex)
    ordered = sorted(groups.values(), key=lambda c: (-len(c), min(names[v].lower() for v in c), min(ids[v] for v in c)))
    rows = []
    for number, members in enumerate(ordered, start=1):
        members = sorted(members, key=lambda v: (-strength[v], names[v].lower(), ids[v]))
        rows.append(
            {
                "community": number,
                "size": len(members),
                "members": [names[v] for v in members],
                "ids": [ids[v] for v in members],
                "modularity": round(modularity, 4),
            }
        )
    return rows
