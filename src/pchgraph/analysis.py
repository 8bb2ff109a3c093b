"""Answers over the graph, as plain lists of dictionaries a notebook or the CLI can use.

The graph is two-mode: organisations on one side, sites on the other, joined by ``partner_of``
and ``member_of`` edges. Areas and site-to-site links are context, not partnerships, so the
measures here run on the two-mode partnership graph (``partnership_graph``) or on its one-mode
projections (``projection``).
"""

from __future__ import annotations

import networkx as nx
from networkx.algorithms import bipartite

from .errors import PchgraphError, UsageError
from .lookup import node_for
from .schema import AREA, IN_AREA, LINKED_TO, MENTIONED_IN, ORG_EDGES, RELATION_WORDS, SITE, checked_kinds, checked_side

METRICS = ("degree", "betweenness", "closeness", "eigenvector", "pagerank")


def sites_of(graph: nx.MultiDiGraph, node: str, edges: tuple[str, ...] = ORG_EDGES) -> list[str]:
    """The sites an organisation partners with (or a practice belongs to), sorted; `edges`
    says which relations count."""
    return sorted({site for _, site, kind in graph.out_edges(node, data="kind") if kind in edges})


def partners_of(graph: nx.MultiDiGraph, site: str) -> list[str]:
    """The organisations and practices named as partners of a site, sorted."""
    return sorted({org for org, _, kind in graph.in_edges(site, data="kind") if kind in ORG_EDGES})


def areas_of(graph: nx.MultiDiGraph, site: str) -> list[str]:
    return sorted(graph.nodes[a]["name"] for _, a, kind in graph.out_edges(site, data="kind") if kind == IN_AREA)


def area_node(graph: nx.MultiDiGraph, area: str) -> str:
    """The area node a name means (official name, name as written, or id)."""
    return node_for(graph, area, kinds=(AREA,), what="area")


def sites_in_area(graph: nx.MultiDiGraph, area: str) -> set[str]:
    """The sites of an area (named as `area_node` takes it)."""
    node = area_node(graph, area)
    return {site for site, _, kind in graph.in_edges(node, data="kind") if kind == IN_AREA}


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
    kinds = checked_kinds(kind)
    keep_sites = sites_in_area(graph, area) if area else None
    two_mode = nx.Graph()
    for org, site, edge_kind in graph.edges(data="kind"):
        if edge_kind not in ORG_EDGES:
            continue
        if kinds and graph.nodes[org]["kind"] not in kinds:
            continue
        if keep_sites is not None and site not in keep_sites:
            continue
        for node, side in ((org, 0), (site, 1)):
            if node not in two_mode:
                two_mode.add_node(node, bipartite=side, **{k: graph.nodes[node][k] for k in ("name", "kind")})
        weight = two_mode.edges[org, site]["weight"] + 1 if two_mode.has_edge(org, site) else 1
        two_mode.add_edge(org, site, weight=weight)
    return two_mode


def side_nodes(two_mode: nx.Graph, side: int) -> list[str]:
    """The nodes of one side, in a fixed order: a set's order changes with Python's hash seed,
    and an algorithm fed in that order (Louvain) would give another answer on another run."""
    return sorted(n for n, s in two_mode.nodes(data="bipartite") if s == side)


def ranked(rows: list[dict], top: int | None, tie) -> list[dict]:
    """Rows numbered in their order, cut after `top`, but with every row that ties with the
    last one kept: a cut never drops one of two equal rows on its name alone.

    Examples
    --------
    >>> rows = [{"n": 3}, {"n": 2}, {"n": 2}, {"n": 1}]
    >>> [r["rank"] for r in ranked(rows, 2, lambda r: r["n"])]
    [1, 2, 3]
    """
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank
    if not top or top >= len(rows):
        return rows
    last = tie(rows[top - 1])
    end = top
    while end < len(rows) and tie(rows[end]) == last:
        end += 1
    return rows[:end]


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
        degree, betweenness and closeness use networkx's bipartite versions on the two-mode
        graph, normalised within each side; eigenvector and pagerank have no bipartite version
        and run on the two-mode graph taken as one graph.
    kind : str or list of str, optional
        Show only organisations of these kinds (the graph measured is unchanged).
    area : str, optional
        Measure only this STP area's sites and their partners.
    top : int, optional
        Keep the first `top` rows.
    sample : int, optional
        Estimate betweenness from this many seeded source nodes (for large graphs).
    side : {"org", "site"}
        Rank organisations or sites.

    Returns
    -------
    list of dict
        Rows with ``rank``, ``id``, ``name``, ``kind``, ``score`` and ``links``.

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
    if metric not in METRICS:
        raise UsageError(f"unknown metric '{metric}'; expected one of: {', '.join(METRICS)}", where="metric")
    kinds = checked_kinds(kind)
    checked_side(side)
    two_mode = partnership_graph(graph, area=area)
    if not two_mode:
        return []
    organisations = side_nodes(two_mode, 0)
    members = set(organisations)
    if metric == "degree":
        scores = bipartite.degree_centrality(two_mode, organisations)
    elif metric == "betweenness":
        scores = betweenness(two_mode, organisations, sample)
    elif metric == "closeness":
        scores = corrected_closeness(two_mode, organisations)
    elif metric == "eigenvector":
        scores = eigenvector(two_mode)
    else:
        scores = nx.pagerank(two_mode, weight=None)
    rows = [
        {
            "id": node,
            "name": two_mode.nodes[node]["name"],
            "kind": two_mode.nodes[node]["kind"],
            "score": round(score, 6),
            "links": two_mode.degree(node),
        }
        for node, score in scores.items()
        if (node in members) == (side == "org") and (not kinds or two_mode.nodes[node]["kind"] in kinds)
    ]
    rows.sort(key=lambda r: (-r["score"], r["name"].lower(), r["id"]))
    return ranked(rows, top, lambda r: r["score"])


def corrected_closeness(two_mode: nx.Graph, organisations: list[str]) -> dict[str, float]:
    """networkx's bipartite closeness, scaled by the share of the graph a node can reach
    (Wasserman and Faust's correction, as networkx's `wf_improved`): a node alone in a tiny
    component no longer leads the ranking."""
    scores = bipartite.closeness_centrality(two_mode, organisations)
    if len(two_mode) < 2:
        return scores
    reach = {node: len(component) for component in nx.connected_components(two_mode) for node in component}
    return {node: value * (reach[node] - 1) / (len(two_mode) - 1) for node, value in scores.items()}


def bipartite_maxima(n: int, m: int) -> tuple[float, float]:
    """The largest betweenness a node can have on each side of a two-mode graph with n and m
    nodes (Borgatti and Halgin), by which networkx's bipartite betweenness is normalised."""
    s, t = divmod(n - 1, m)
    top = (m**2 * (s + 1) ** 2 + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2.0
    p, r = divmod(m - 1, n)
    bottom = (n**2 * (p + 1) ** 2 + n * (p + 1) * (2 * r - p - 1) - r * (2 * p - r + 3)) / 2.0
    return top, bottom


def betweenness(two_mode: nx.Graph, organisations: list[str], sample: int | None) -> dict[str, float]:
    """Bipartite betweenness; with `sample`, estimated from that many seeded source nodes and
    normalised the same way."""
    organisations = set(organisations)
    sites = set(two_mode) - organisations
    if not organisations or not sites:
        return {node: 0.0 for node in two_mode}
    if sample and sample < len(two_mode):
        raw = nx.betweenness_centrality(two_mode, k=sample, normalized=False, seed=42)
    else:
        raw = nx.betweenness_centrality(two_mode, normalized=False)
    top, bottom = bipartite_maxima(len(organisations), len(sites))
    return {
        node: value / (top if node in organisations else bottom) if (top if node in organisations else bottom) else 0.0
        for node, value in raw.items()
    }


def eigenvector(two_mode: nx.Graph) -> dict[str, float]:
    """Eigenvector centrality per connected component (it is undefined across components),
    each scaled by the component's share of nodes."""
    scores: dict[str, float] = {}
    for component in nx.connected_components(two_mode):
        part = two_mode.subgraph(component)
        if len(part) < 3:
            scores.update({node: 0.0 for node in part})
            continue
        values = nx.eigenvector_centrality_numpy(part)
        share = len(part) / len(two_mode)
        scores.update({node: abs(value) * share for node, value in values.items()})
    return scores


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
    entries = []
    for node, data in graph.nodes(data=True):
        if data.get("kind") in (SITE, AREA) or (kinds and data.get("kind") not in kinds):
            continue
        sites = [s for s in sites_of(graph, node, counted) if keep_sites is None or s in keep_sites]
        if sites:
            entries.append(
                {
                    "id": node,
                    "name": data["name"],
                    "kind": data["kind"],
                    "sites": [
                        {
                            "id": s,
                            "name": graph.nodes[s]["name"],
                            "pchs": graph.nodes[s].get("pchs_count"),
                            "practices": graph.nodes[s].get("practices_count"),
                            "areas": areas_of(graph, s),
                        }
                        for s in sites
                    ],
                }
            )
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
                "pchs": sum(site["pchs"] or 0 for site in sites),
                "practices": sum(site["practices"] or 0 for site in sites),
                "areas": len(areas),
                "area_names": areas,
                "site_names": sorted(site["name"] for site in sites),
            }
        )
    rows.sort(key=lambda row: (-row["sites"], row["name"].lower(), row["id"]))
    return ranked(rows, top, lambda row: row["sites"])


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
        Node ids (`lookup.node_for` finds them from names): two sites or two organisations.

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
        raise UsageError("a and b are the same", where="a, b")
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
    """The one-mode projection onto sites or organisations; edge weight = what the pair shares."""
    checked_side(side)
    two_mode = partnership_graph(graph, kind=kind, area=area)
    nodes = side_nodes(two_mode, 0 if side == "org" else 1)
    return bipartite.weighted_projected_graph(two_mode, nodes)


def pairs(
    graph: nx.MultiDiGraph, side: str = "site", minimum: int = 1, top: int | None = None, kind=None, area: str | None = None
) -> list[dict]:
    """Pairs of sites (or organisations) with most in common: shared count and Jaccard similarity.

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
    checked_side(side)
    two_mode = partnership_graph(graph, kind=kind, area=area)
    entries = [
        {
            "a_id": a,
            "a": two_mode.nodes[a]["name"],
            "b_id": b,
            "b": two_mode.nodes[b]["name"],
            "shared": weight,
            "either": len(set(two_mode[a]) | set(two_mode[b])),
        }
        for a, b, weight in projection(graph, side, kind, area).edges(data="weight")
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
    """Organisations and sites joined by partnerships, as one undirected graph (areas left out)."""
    undirected = nx.Graph()
    for u, v, kind in graph.edges(data="kind"):
        if kind in ORG_EDGES or kind == LINKED_TO:
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
    """Everything within `depth` partnership steps of a node, nearest first."""
    distances = within(graph, node, depth)
    rows = [
        {"id": n, "name": graph.nodes[n]["name"], "kind": graph.nodes[n]["kind"], "distance": d} for n, d in distances.items() if n != node
    ]
    rows.sort(key=lambda r: (r["distance"], r["kind"], r["name"].lower()))
    return rows


def path(graph: nx.MultiDiGraph, a: str, b: str) -> list[dict]:
    """A shortest chain of partnerships from a to b, each step with the source line that says so."""
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
    found = [e for e in found if e["kind"] in (*ORG_EDGES, LINKED_TO)]
    return sorted(found, key=lambda e: (e.get("source_file") or "", e.get("line") or 0))[0]


def communities(graph: nx.MultiDiGraph, side: str = "org", kind=None, area: str | None = None, seed: int = 42) -> list[dict]:
    """Modularity communities (Louvain, seeded so runs agree) of a projection, largest first.

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
        Seed of the Louvain method.

    Returns
    -------
    list of dict
        One row per community: ``community``, ``size``, ``members`` (names) and ``ids``.

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
    projected = projection(graph, side, kind, area)
    found = nx.community.louvain_communities(projected, weight="weight", seed=seed) if projected else []
    ranked = sorted(found, key=lambda c: (-len(c), min(graph.nodes[n]["name"].lower() for n in c)))
    rows = []
    for number, members in enumerate(ranked, start=1):
        ordered = sorted(members, key=lambda n: (-projected.degree(n, weight="weight"), graph.nodes[n]["name"].lower()))
        rows.append({"community": number, "size": len(members), "members": [graph.nodes[n]["name"] for n in ordered], "ids": ordered})
    return rows
