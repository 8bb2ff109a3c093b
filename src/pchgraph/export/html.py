"""An interactive HTML view of the graph: one self-contained file that opens offline.

Built from pyvis's parts, not its page: pyvis's Network holds the nodes, edges and vis.js
options, and pyvis ships the vis-network library, which is inlined here. pyvis's own page is not
used because of its traps (version 0.3.2): the heading and select-menu entries go in unescaped;
one tooltip containing "href" turns every tooltip into live HTML; its select and filter menus
fetch bootstrap and tom-select from a CDN even with in-line resources; writing the page copies a
lib/ folder into the current directory; and from_nx changes the graph it is given. Here every
name reaches the page only as JSON inside a data block, and from there only as text: tooltips
are plain text (vis-network shows a string title with innerText), the details panel and the
search hits are built with textContent, and labels are drawn on the canvas with fillText.

Labels are placed by the page itself, not by vis-network: vis-network draws every label it is
given, so the labels of central nodes pile up. The page draws the labels of the most connected
nodes first and skips any label whose box would overlap one already drawn, trying four places
around each node; zooming in makes room, and lets more labels in.

Numbers are honest about the selection: the writer is given the part to draw and, as
``whole``, the graph it was cut from, and every count says "in this view" and "in the whole
graph" where the two differ.
"""

from __future__ import annotations

import html
import json
import math
import random
import re
from collections import Counter
from pathlib import Path

import networkx as nx

from ..analysis import centrality
from ..errors import DataError, UsageError
from ..now import partnerships
from ..schema import AREA, IN_AREA, LINKED_TO, MENTIONED_IN, NOW_NAMES, ORG_EDGES, RELATION_WORDS, SITE
from .files import write_text
from .registry import register

COLOURS = {
    "site": "#1f5fa8",
    "trust": "#d62728",
    "ccg": "#ff7f0e",
    "icb": "#b35806",
    "council": "#2ca02c",
    "charity": "#9467bd",
    "federation": "#8c564b",
    "nhs_body": "#e377c2",
    "practice": "#17becf",
    "other": "#7f7f7f",
    "area": "#bcbd22",
}
LABELS = {
    "site": "PCH site",
    "trust": "NHS trust",
    "ccg": "CCG",
    "icb": "Integrated care board",
    "council": "Council",
    "charity": "Charity / voluntary",
    "federation": "GP federation",
    "nhs_body": "National NHS body",
    "practice": "GP practice",
    "other": "Other",
    "area": "STP area",
}
SIZE_METRICS = ("degree", "betweenness", "closeness", "eigenvector", "pagerank", "sites")
GROUP_BY = ("area", "community")
SPREAD = 150
QUOTES_SHOWN = 8
# Above this many nodes the first view shows one node per group, opened by a click: drawing
# every node and edge of a 10x graph makes each click redraw thousands of shapes.
CLUSTER_ABOVE = 1500
NO_AREA = "No STP area"
HUB_PULL = 4.0
CODES = (
    ("official_name", "Official name"),
    ("ods_code", "ODS code"),
    ("gss_code", "GSS code"),
    ("code", "ONS code"),
    ("postcode", "Postcode"),
    ("pcn_2022_name", "PCN (2022)"),
)


def vis_library() -> tuple[str, str]:
    """The vis-network JavaScript and CSS that pyvis ships.

    Returns
    -------
    tuple of str
        The library's JavaScript and its CSS.
    """
    import pyvis  # pyvis takes a second to import; only the html format needs it

    folder = Path(pyvis.__file__).resolve().parent / "lib" / "vis-9.1.2"
    try:
        return (folder / "vis-network.min.js").read_text(encoding="utf-8"), (folder / "vis-network.css").read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"pyvis's copy of vis-network is missing: {exc.strerror}", where=str(folder)) from exc


def script_safe(text: str) -> str:
    """JSON that is inert inside a <script> element: '<', '>' and '&' become \\u escapes, so no
    name can end the element or look like markup, and JSON.parse gives the same text back.

    >>> script_safe('{"name": "</script><b>x & y"}')
    '{"name": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003ex \\\\u0026 y"}'
    """
    escapes = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
    return "".join(escapes.get(ch, ch) for ch in text)


def code_safe(code: str) -> str:
    """JavaScript that cannot end its <script> element early (only '</script' and '<!--' matter;
    other '</' may be code, such as a comparison, and must stay as they are)."""
    return re.sub(r"(?i)</(script)", r"<\\/\1", code).replace("<!--", "<\\!--")


def node_areas(graph: nx.MultiDiGraph, node: str) -> list[str]:
    """The names of the STP areas a node lies in: a site's own, an organisation's sites' areas
    (most sites first), an area itself."""
    data = graph.nodes[node]
    if data["kind"] == AREA:
        return [data["name"]]
    if data["kind"] == SITE:
        return [graph.nodes[a]["name"] for _, a, k in graph.out_edges(node, data="kind") if k == IN_AREA]
    sites = {s for _, s, k in graph.out_edges(node, data="kind") if k in ORG_EDGES}
    counts = Counter(graph.nodes[a]["name"] for s in sites for _, a, k in graph.out_edges(s, data="kind") if k == IN_AREA)
    return [name for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def groups(graph: nx.MultiDiGraph, group_by: str | None) -> dict[str, str]:
    """The group each node is drawn in: its STP area, or its community.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph drawn.
    group_by : {"area", "community"} or None
        ``area``: a site's STP area, an organisation's commonest area among its sites.
        ``community``: Louvain modularity communities (seeded), each named after its most
        connected member. None: no groups.

    Returns
    -------
    dict
        Node id to group name (empty for None).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("s", kind="site", name="S")
    >>> g.add_node("a", kind="area", name="Devon")
    >>> g.add_node("t", kind="trust", name="T")
    >>> _ = g.add_edge("s", "a", kind="in_area")
    >>> _ = g.add_edge("t", "s", kind="partner_of")
    >>> groups(g, "area")
    {'s': 'Devon', 'a': 'Devon', 't': 'Devon'}
    """
    if group_by is None:
        return {}
    if group_by not in GROUP_BY:
        raise UsageError(f"unknown grouping '{group_by}'; expected one of: {', '.join(GROUP_BY)}", where="group_by")
    if group_by == "area":
        return {node: (node_areas(graph, node) or [NO_AREA])[0] for node in graph}
    simple = nx.Graph(graph.to_undirected(as_view=True))
    found = nx.community.louvain_communities(simple, seed=42) if simple.number_of_edges() else [{n} for n in graph]
    named = {}
    for members in sorted(found, key=lambda c: (-len(c), min(c))):
        top = max(sorted(members), key=lambda n: graph.degree(n))
        name = f"Community {len(named) + 1}: {graph.nodes[top]['name']}"
        named.update({member: name for member in members})
    return named


def positions(graph: nx.MultiDiGraph, grouped: dict[str, str] | None = None) -> dict[str, tuple[float, float]]:
    """Node positions worked out before the page is written.

    igraph's Fruchterman-Reingold layout (fast in C, with a grid for large graphs), with igraph's
    random numbers seeded so the same graph always gets the same picture; spread in proportion to
    the square root of the number of nodes. With groups, each group gets a hidden hub joined to
    its members, which pulls a group together into a region of its own.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph drawn.
    grouped : dict, optional
        Node id to group name, as `groups` gives.

    Returns
    -------
    dict
        Node id to (x, y).
    """
    import igraph  # igraph takes a second to import; only the drawing formats need it

    names = list(graph)
    if not names:
        return {}
    index = {node: i for i, node in enumerate(names)}
    pairs = sorted({tuple(sorted((index[u], index[v]))) for u, v in graph.edges() if u != v})
    hubs = {name: len(names) + i for i, name in enumerate(sorted(set((grouped or {}).values())))}
    spokes = sorted((index[node], hubs[group]) for node, group in (grouped or {}).items())
    layout_graph = igraph.Graph(n=len(names) + len(hubs), edges=pairs + spokes)
    # A spoke pulls harder than a partnership, so a group holds together as one region even
    # where its organisations also work in other regions.
    weights = [1.0] * len(pairs) + [HUB_PULL] * len(spokes)
    igraph.set_random_number_generator(random.Random(42))
    try:
        layout = layout_graph.layout_fruchterman_reingold(weights=weights, niter=500, grid="auto")
    finally:
        igraph.set_random_number_generator(random)
    coords = layout.coords[: len(names)]
    xs, ys = zip(*coords)
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = max(400.0, SPREAD * len(names) ** 0.5) / span
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {node: ((x - cx) * scale, (y - cy) * scale) for node, (x, y) in zip(names, coords)}


def group_shapes(grouped: dict[str, str], where: dict[str, tuple[float, float]]) -> list[dict]:
    """Each group's name, size, centre and radius (the circle drawn behind its members),
    largest group first."""
    members: dict[str, list[tuple[float, float]]] = {}
    for node, group in grouped.items():
        members.setdefault(group, []).append(where[node])
    shapes = []
    for name, points in sorted(members.items(), key=lambda item: (-len(item[1]), item[0])):
        cx = sum(x for x, _ in points) / len(points)
        cy = sum(y for _, y in points) / len(points)
        # The 90th percentile, not the farthest member: one organisation pulled far out by its
        # other partners should not make its group's circle cover half the picture.
        reach = sorted(math.dist((cx, cy), p) for p in points)
        radius = reach[int(0.9 * (len(reach) - 1))] + 30
        shapes.append({"name": name, "size": len(points), "x": round(cx, 1), "y": round(cy, 1), "r": round(radius, 1)})
    return shapes


def size_scores(graph: nx.MultiDiGraph, metric: str) -> dict[str, float]:
    """Scores in [0, 1] that set node sizes: a centrality, or the number of sites/partners.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph drawn.
    metric : str
        One of `SIZE_METRICS`.

    Returns
    -------
    dict
        Node id to score, the largest 1.
    """
    if metric not in SIZE_METRICS:
        raise UsageError(f"unknown size metric '{metric}'; expected one of: {', '.join(SIZE_METRICS)}", where="size_by")
    if metric == "sites":
        raw = {n: float(graph.degree(n)) for n in graph}
    else:
        raw = {row["id"]: row["score"] for row in centrality(graph, metric)}
        raw.update({row["id"]: row["score"] for row in centrality(graph, metric, side=SITE)})
    top = max(raw.values(), default=0.0) or 1.0
    return {n: raw.get(n, 0.0) / top for n in graph}


def importance(graph: nx.MultiDiGraph) -> list[str]:
    """Node ids in the order labels are given room in: the most connected organisation, the
    most connected site or area, the next organisation, and so on (ties by name). Taking the
    two sides in turn keeps the central organisations labelled: sites name a dozen partners
    each, while even Age UK works with nine sites.

    >>> g = nx.MultiDiGraph()
    >>> for node, kind in [("s1", "site"), ("s2", "site"), ("t", "trust"), ("c", "council")]:
    ...     g.add_node(node, kind=kind, name=node)
    >>> for org, site in [("t", "s1"), ("c", "s1"), ("t", "s2")]:
    ...     _ = g.add_edge(org, site, kind="partner_of")
    >>> importance(g)
    ['t', 's1', 'c', 's2']
    """
    ranked = sorted(graph, key=lambda n: (-graph.degree(n), graph.nodes[n]["name"], n))
    orgs = [n for n in ranked if graph.nodes[n]["kind"] not in (SITE, AREA)]
    rest = [n for n in ranked if graph.nodes[n]["kind"] in (SITE, AREA)]
    merged = [n for pair in zip(orgs, rest) for n in pair]
    return merged + orgs[len(rest) :] + rest[len(orgs) :]


def link_count(graph: nx.MultiDiGraph, node: str) -> tuple[str, int]:
    """What a node's number counts, and how many: an organisation's sites, a site's partners,
    an area's sites."""
    kind = graph.nodes[node]["kind"]
    if kind == SITE:
        return "Partners named", len({u for u, _, k in graph.in_edges(node, data="kind") if k in ORG_EDGES})
    if kind == AREA:
        return "Sites", len({u for u, _, k in graph.in_edges(node, data="kind") if k == IN_AREA})
    return "Sites", len({v for _, v, k in graph.out_edges(node, data="kind") if k in ORG_EDGES})


def counted(graph: nx.MultiDiGraph, whole: nx.MultiDiGraph, node: str) -> str:
    """A node's number, saying "in this view" and "in the whole graph" where the two differ.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("t", kind="trust", name="T")
    >>> for s in "ab":
    ...     g.add_node(s, kind="site", name=s)
    ...     _ = g.add_edge("t", s, kind="partner_of")
    >>> counted(g.subgraph(["t", "a"]), g, "t")
    'Sites: 1 in this view, 2 in the whole graph'
    >>> counted(g, g, "t")
    'Sites: 2'
    """
    what, here = link_count(graph, node)
    _, overall = link_count(whole, node) if node in whole else (what, here)
    return f"{what}: {here}" if here == overall else f"{what}: {here} in this view, {overall} in the whole graph"


def facts(data: dict) -> list[tuple[str, str]]:
    """A node's codes and site fields as (label, text) pairs, in the order a reader wants them."""
    rows = [(label, str(data[key])) for key, label in CODES if data.get(key)]
    if data["kind"] == SITE:
        if data.get("numbers"):
            rows.append(("PCH numbers", ", ".join(str(n) for n in data["numbers"])))
        rows += [
            (label, str(data[key]))
            for key, label in (("wave", "Wave"), ("pchs_raw", "PCHs"), ("practices_raw", "Practices"))
            if data.get(key)
        ]
        if data.get("stp_area"):
            rows.append(("STP area", "; ".join(data["stp_area"])))
    spellings = [a for a in data.get("aliases") or [] if a != data["name"]]
    if spellings:
        rows.append(("Also written", "; ".join(spellings)))
    if data.get(NOW_NAMES):
        rows.append(("Now", "; ".join(data[NOW_NAMES])))
    if data.get("pcn_2026_name"):
        rows.append(("PCN (2026)", data["pcn_2026_name"]))
    return rows


def tooltip(graph: nx.MultiDiGraph, node: str, whole: nx.MultiDiGraph | None = None) -> str:
    """A node's tooltip as plain text: name, kind, codes, its number (in this view and in the
    whole graph), and the quoted source lines.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph drawn.
    node : str
        A node id.
    whole : networkx.MultiDiGraph, optional
        The graph `graph` was cut from (`graph` itself by default).

    Returns
    -------
    str
        Lines of text.
    """
    whole = graph if whole is None else whole
    data = graph.nodes[node]
    kind = data["kind"]
    lines = [data["name"], f"Kind: {LABELS.get(kind, kind)}" + (" (guessed)" if data.get("kind_guessed") else "")]
    if data.get(NOW_NAMES):
        lines.append("now: " + "; ".join(data[NOW_NAMES]))
    if data.get("was"):
        lines.append("in the documents: " + "; ".join(data["was"]))
    lines += [f"{label}: {text}" for label, text in facts(data) if label not in ("Official name", "Now")]
    lines.append(counted(graph, whole, node))
    if kind == SITE:
        lines += ["Source: " + s for s in data.get("sources", [])]
    elif kind != AREA:
        edges = [(v, d) for _, v, d in graph.out_edges(node, data=True) if d["kind"] in ORG_EDGES]
        if edges:
            lines.append("Said in:")
            for site, d in sorted(edges, key=lambda e: (e[1]["source_file"], e[1]["line"]))[:QUOTES_SHOWN]:
                lines.append(f'  {d["source_file"]}:{d["line"]} "{d["mention"]}" ({graph.nodes[site]["name"]})')
            if len(edges) > QUOTES_SHOWN:
                lines.append(f"  … and {len(edges) - QUOTES_SHOWN} more")
    lines.append("Click for details")
    return "\n".join(lines)


def links(whole: nx.MultiDiGraph, node: str, shown: set[str]) -> list[dict]:
    """Every link of a node in the whole graph, each with its quote and source line and whether
    the other end is in this view: the details panel lists them all."""
    rows = []
    for u, v, d in [*whole.out_edges(node, data=True), *whole.in_edges(node, data=True)]:
        other, outgoing = (v, True) if u == node else (u, False)
        words = RELATION_WORDS.get(d["kind"], (d["kind"], d["kind"]))
        source = f"{d['source_file']}:{d['line']}" if d.get("source_file") else ""
        rows.append(
            {
                "id": other,
                "name": whole.nodes[other]["name"],
                "kind": LABELS.get(whole.nodes[other]["kind"], whole.nodes[other]["kind"]),
                "relation": words[0] if outgoing else words[1],
                "quote": d.get("mention") or "",
                "source": source,
                "shown": other in shown,
                "weak": d["kind"] == MENTIONED_IN,
            }
        )
    return sorted(rows, key=lambda r: (r["weak"], r["relation"], r["name"].lower(), r["source"]))


def details(graph: nx.MultiDiGraph, node: str, whole: nx.MultiDiGraph) -> dict:
    """What the details panel shows for a node: kind, codes, its number, every link."""
    data = graph.nodes[node]
    return {
        "kind": LABELS.get(data["kind"], data["kind"]) + (" (kind guessed from the name)" if data.get("kind_guessed") else ""),
        "facts": facts(data),
        "count": counted(graph, whole, node),
        "sources": list(data.get("sources") or []),
        "links": links(whole if node in whole else graph, node, set(graph)),
    }


def words(text: str) -> str:
    """Text as the search compares it: lower case, '&' as 'and', punctuation as spaces (the
    page's JavaScript does the same to what is typed).

    >>> words("Sussex Community NHS Foundation Trust (SCFT) & Co.")
    'sussex community nhs foundation trust scft and co'
    """
    return " ".join(re.sub(r"[\W_]+", " ", text.lower().replace("&", " and ")).split())


def search_terms(data: dict) -> list[list[str]]:
    """What the search box finds a node by, each as [how, text]: ``code`` (ODS, GSS and ONS codes)
    and ``number`` (PCH site numbers) match whole; ``name`` (the name shown, every spelling
    written, the official name) matches whole or in part; ``area`` (a site's STP area) lists the
    area's sites after the area itself."""
    terms = [["code", words(data[key])] for key in ("ods_code", "gss_code", "code") if data.get(key)]
    terms += [["number", str(n)] for n in data.get("numbers") or []]
    names = [data["name"], *(data.get("aliases") or []), *(data.get("written") or [])]
    if data.get("official_name"):
        names.append(data["official_name"])
    terms += [["name", text] for text in dict.fromkeys(words(n) for n in names) if text]
    if data["kind"] == SITE:
        terms += [["area", words(a)] for a in data.get("stp_area") or []]
    return terms


def network(graph: nx.MultiDiGraph, size_by: str = "degree", grouped: dict[str, str] | None = None, whole: nx.MultiDiGraph | None = None):
    """A pyvis Network holding the graph's nodes and edges, and options for a still drawing.

    Nodes carry positions, colours, sizes, plain-text tooltips, and what the page's own code
    needs: ``name`` (the label, which the page draws itself), ``rank`` (most connected first),
    ``s`` (size score), ``region`` (index of its group) and ``terms`` (what search finds it by).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph drawn.
    size_by : str
        One of `SIZE_METRICS`.
    grouped : dict, optional
        Node id to group name, as `groups` gives.
    whole : networkx.MultiDiGraph, optional
        The graph `graph` was cut from, for counts in the whole graph.

    Returns
    -------
    pyvis.network.Network
        The Network is directed because an undirected pyvis Network drops a second edge between
        the same two nodes (two mentions on two lines); the arrows are then taken off.
    """
    from pyvis.network import Network  # as vis_library: only the html format needs pyvis

    grouped = grouped or {}
    net = Network(height="100%", width="100%", directed=True, cdn_resources="remote")
    where = positions(graph, grouped)
    scores = size_scores(graph, size_by)
    region = {shape["name"]: i for i, shape in enumerate(group_shapes(grouped, where))}
    rank = {node: i for i, node in enumerate(importance(graph))}
    for node, data in graph.nodes(data=True):
        kind = data["kind"]
        extra = {"region": region[grouped[node]]} if node in grouped else {}
        net.add_node(
            node,
            label=data["name"],
            name=data["name"],
            title=tooltip(graph, node, whole),
            kind=kind,
            color=COLOURS.get(kind, "#7f7f7f"),
            shape="square" if kind == AREA else "dot",
            value=round(1 + 99 * scores.get(node, 0.0), 2),
            s=round(scores.get(node, 0.0), 3),
            rank=rank[node],
            terms=search_terms(data),
            x=round(where[node][0], 1),
            y=round(where[node][1], 1),
            **extra,
        )
    for u, v, data in graph.edges(data=True):
        kind = data["kind"]
        net.add_edge(
            u,
            v,
            title=f'{data.get("source_file", "")}:{data.get("line", "")} "{data.get("mention") or kind}"',
            dashes=kind in (IN_AREA, LINKED_TO),
            color="#c7c7c7" if kind == IN_AREA else "#8a8a8a",
            width=1,
        )
    for node in net.nodes:
        # The page draws labels itself, placed so that none overlap; vis-network would draw all.
        node.pop("label", None)
    for edge in net.edges:
        edge.pop("arrows", None)
    large = graph.number_of_nodes() > CLUSTER_ABOVE
    net.set_options(
        json.dumps(
            {
                "physics": {"enabled": False, "stabilization": False, "barnesHut": {"gravitationalConstant": -8000, "springLength": 120}},
                "layout": {"improvedLayout": False},
                "interaction": {
                    "hover": True,
                    "tooltipDelay": 120,
                    "hideEdgesOnDrag": True,
                    "hideEdgesOnZoom": large,
                    "navigationButtons": False,
                },
                "nodes": {"borderWidth": 1, "scaling": {"min": 5, "max": 40}},
                "edges": {"arrows": {"to": {"enabled": False}}, "smooth": False},
            }
        )
    )
    return net


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>@@TITLE@@</title>
<style>@@VIS_CSS@@</style>
<style>
  html, body { margin: 0; height: 100%; font-family: Arial, Helvetica, sans-serif; color: #222; }
  body { display: flex; flex-direction: column; }
  header { flex: 0 0 auto; padding: 8px 14px; border-bottom: 1px solid #ddd; background: #fafafa; }
  h1 { font-size: 18px; margin: 0 0 6px 0; }
  .bar { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; font-size: 13px; }
  .legend label { margin-right: 10px; white-space: nowrap; cursor: pointer; }
  .swatch { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin: 0 4px -1px 2px; }
  #search { width: 320px; padding: 4px 6px; font-size: 13px; }
  #message { color: #a33; }
  main { flex: 1 1 auto; display: flex; min-height: 300px; }
  #network { flex: 1 1 auto; position: relative; }
  #side { flex: 0 0 380px; border-left: 1px solid #ddd; overflow-y: auto; font-size: 13px; line-height: 1.4; background: #fff; }
  #hits { margin: 0; padding: 6px 10px; list-style: none; border-bottom: 1px solid #eee; }
  #hits:empty { display: none; }
  #hits li { margin: 2px 0; }
  #hits button, #details button.link { border: none; background: none; padding: 0; color: #1f5fa8; cursor: pointer; font: inherit; text-align: left; text-decoration: underline; }
  #hits .how { color: #666; }
  #details { padding: 8px 12px; }
  #details h2 { font-size: 16px; margin: 0 0 2px 0; }
  #details .kind { color: #555; margin: 0 0 8px 0; }
  #details dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0 0 8px 0; }
  #details dt { color: #555; }
  #details dd { margin: 0; overflow-wrap: anywhere; }
  #details h3 { font-size: 14px; margin: 10px 0 4px 0; }
  #details ul { margin: 0; padding-left: 18px; }
  #details li { margin-bottom: 5px; }
  #details .quote { color: #333; font-style: italic; }
  #details .where, #details .hint, #details .away { color: #777; }
  div.vis-tooltip { white-space: pre-wrap; max-width: 520px; font-size: 13px; line-height: 1.35; font-family: Arial, Helvetica, sans-serif; }
</style>
</head>
<body>
<header>
  <h1>@@TITLE@@</h1>
  <div class="bar">
    <span><input id="search" list="names" placeholder="Name, code, site number or area, then Enter" aria-label="Search">
      <button id="go" type="button">Find</button> <span id="message" role="status"></span></span>
    <span><label><input id="physics" type="checkbox"> physics</label> <button id="fit" type="button">Fit</button></span>
    <span class="legend" id="legend">@@LEGEND@@</span>
  </div>
</header>
<datalist id="names"></datalist>
<main>
  <div id="network"></div>
  <aside id="side" aria-label="Details">
    <ol id="hits" aria-label="Search results"></ol>
    <div id="details"><p class="hint">Click a node, or search, to see its details here.</p></div>
  </aside>
</main>
<script id="graph-data" type="application/json">@@DATA@@</script>
<script>@@VIS_JS@@</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  // `nodes` and `edges` hold everything, for looking up; `shown` and `shownEdges` what the
  // network draws. Opening a region or filtering a kind adds and removes only what changes:
  // a vis.DataView refresh copies every item, which took most of a second at 10x.
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var hiddenKinds = {};
  var state = { hovered: null, fitScale: null, opened: {}, pendingClick: false };
  function inView(n) {
    if (n.isRegion) return !state.opened[n.region];
    return !hiddenKinds[n.kind] && (!data.cluster || n.region === undefined || state.opened[n.region] === true);
  }
  var shown = new vis.DataSet(data.nodes.filter(inView));
  shown.present = {};
  data.nodes.forEach(function (n) { shown.present[n.id] = inView(n); });
  // Only edges with both ends drawn: vis-network rebuilds every edge whose end is missing on
  // each change of the data, thousands of them at 10x.
  function edgeInView(e) {
    if (e.regions !== undefined && (state.opened[e.regions[0]] || state.opened[e.regions[1]])) return false;
    return shown.present[e.from] === true && shown.present[e.to] === true;
  }
  var shownEdges = new vis.DataSet(data.edges.filter(edgeInView));
  function sync(items, set, wanted) {
    var add = [], remove = [];
    items.forEach(function (item) {
      var want = wanted(item), has = set.present[item.id] === true;
      if (want && !has) add.push(item);
      if (!want && has) remove.push(item.id);
      set.present[item.id] = want;
    });
    if (remove.length) set.remove(remove);
    if (add.length) set.add(add);
  }
  shownEdges.present = {};
  data.edges.forEach(function (e) { shownEdges.present[e.id] = edgeInView(e); });
  function refreshView() { sync(data.nodes, shown, inView); sync(data.edges, shownEdges, edgeInView); }
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: shown, edges: shownEdges }, data.options);
  var FACE = "Arial, Helvetica, sans-serif";
  // Labels of the most connected nodes are placed first; zooming in lets more in.
  var LABELS_FIRST = 40;
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  window.pchgraphNetwork = network;
  window.pchgraphData = { nodes: nodes, edges: edges };
  window.pchgraphLabelBoxes = [];

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  // Groups: a circle behind each region. Above CLUSTER_ABOVE nodes a region starts closed, as
  // one node standing for its members, and opens on a click. The page does this with its own
  // filter rather than vis-network's clustering, which at 10x took seconds to build the
  // clusters and most of a second to open one (it rewires every edge crossing a cluster).
  function clusterId(index) { return "region:" + index; }
  function openRegion(index) {
    if (!data.cluster || state.opened[index]) return;
    state.opened[index] = true;
    refreshView();
  }

  network.on("beforeDrawing", function (ctx) {
    data.groups.forEach(function (g, i) {
      if (data.cluster && !state.opened[i]) return;
      ctx.beginPath();
      ctx.arc(g.x, g.y, g.r, 0, 2 * Math.PI);
      ctx.fillStyle = "rgba(31, 95, 168, 0.05)";
      ctx.fill();
      ctx.lineWidth = 1.5 / network.getScale();
      ctx.strokeStyle = "rgba(31, 95, 168, 0.28)";
      ctx.stroke();
    });
  });

  // Label placement: screen boxes, a grid of 64 px cells to find overlaps quickly.
  var measure = document.createElement("canvas").getContext("2d");
  var widths = {};
  function textWidth(text, font) {
    var key = font + "|" + text;
    if (!(key in widths)) { measure.font = font; widths[key] = measure.measureText(text).width; }
    return widths[key];
  }
  function placer(width, height) {
    var grid = {}, boxes = [];
    function cells(b, visit) {
      for (var i = Math.floor(b.x / 64); i <= Math.floor((b.x + b.w) / 64); i++)
        for (var j = Math.floor(b.y / 64); j <= Math.floor((b.y + b.h) / 64); j++) if (visit(i + "," + j) === false) return false;
      return true;
    }
    function free(b) {
      if (b.x < 0 || b.y < 0 || b.x + b.w > width || b.y + b.h > height) return false;
      return cells(b, function (key) {
        return !(grid[key] || []).some(function (o) { return b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h; });
      });
    }
    return {
      boxes: boxes,
      place: function (spots, label) {
        for (var k = 0; k < spots.length; k++) {
          var b = { x: spots[k][0], y: spots[k][1], w: label.w, h: label.h };
          if (free(b)) {
            Object.assign(b, label);
            boxes.push(b);
            cells(b, function (key) { (grid[key] = grid[key] || []).push(b); });
            return true;
          }
        }
        return false;
      }
    };
  }
  function nodeLabel(id, scale, t) {
    var body = network.body.nodes[id];
    if (!body) return null;
    var o = body.options, size = o.isRegion ? 14 : 12 + Math.round(3 * (o.s || 0));
    var font = (o.isRegion ? "bold " : "") + size + "px " + FACE;
    var text = o.name || String(id);
    var w = textWidth(text, font), h = Math.ceil(size * 1.25);
    var x = body.x * scale + t.x, y = body.y * scale + t.y, r = (o.size || 10) * scale;
    return {
      label: { id: id, text: text, font: font, w: w, h: h, colour: "#111" },
      spots: [[x - w / 2, y + r + 2], [x - w / 2, y - r - 2 - h], [x + r + 3, y - h / 2], [x - r - 3 - w, y - h / 2]]
    };
  }
  network.on("afterDrawing", function (ctx) {
    var scale = network.getScale(), t = network.body.view.translation;
    if (state.fitScale === null) state.fitScale = scale;
    var width = container.clientWidth, height = container.clientHeight;
    var budget = Math.round(LABELS_FIRST * Math.pow(Math.max(1, scale / state.fitScale), 2));
    var where = placer(width, height), used = 0, tried = {};
    var visible = {};
    network.body.nodeIndices.forEach(function (id) { visible[id] = true; });
    function tryNode(id, forced) {
      if (tried[id] || !visible[id]) return;
      tried[id] = true;
      var item = nodeLabel(id, scale, t);
      if (item && (forced || used < budget) && where.place(item.spots, item.label)) used += forced ? 0 : 1;
    }
    network.getSelectedNodes().forEach(function (id) { tryNode(id, true); });
    if (state.hovered !== null) tryNode(state.hovered, true);
    data.groups.forEach(function (g, i) {
      if (data.cluster && !state.opened[i]) return tryNode(clusterId(i), true);
      var font = "bold 14px " + FACE, w = textWidth(g.name, font), h = 18;
      var x = g.x * scale + t.x, top = (g.y - g.r) * scale + t.y, bottom = (g.y + g.r) * scale + t.y;
      where.place([[x - w / 2, top - h - 2], [x - w / 2, top + 2], [x - w / 2, bottom + 2]], { id: "group:" + i, text: g.name, font: font, w: w, h: h, colour: "#2b4a6f" });
    });
    for (var k = 0; k < data.order.length && used < budget; k++) tryNode(data.order[k], false);
    ctx.save();
    var ratio = network.canvas.pixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    where.boxes.forEach(function (b) {
      ctx.font = b.font;
      ctx.lineWidth = 4;
      ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
      ctx.strokeText(b.text, b.x, b.y + 1);
      ctx.fillStyle = b.colour;
      ctx.fillText(b.text, b.x, b.y + 1);
    });
    ctx.restore();
    window.pchgraphLabelBoxes = where.boxes.map(function (b) { return { id: b.id, text: b.text, font: b.font, x: b.x, y: b.y, w: b.w, h: b.h }; });
    var now = performance.now();
    if (window.pchgraphDrawn === undefined) window.pchgraphDrawn = now;
    if (state.pendingClick) { state.pendingClick = false; window.pchgraphClickDrawn = now; }
  });
  network.on("hoverNode", function (e) { state.hovered = e.node; network.redraw(); });
  network.on("blurNode", function () { state.hovered = null; network.redraw(); });

  // The details panel: text only (textContent), never markup.
  var panel = document.getElementById("details");
  function clearDetails() {
    panel.replaceChildren(el("p", "Click a node, or search, to see its details here.", "hint"));
  }
  function linkItem(link) {
    var li = el("li");
    if (link.shown) {
      var button = el("button", link.name, "link");
      button.type = "button";
      button.addEventListener("click", function () { select(link.id); });
      li.appendChild(button);
    } else {
      li.appendChild(el("span", link.name));
    }
    li.appendChild(el("span", " (" + link.kind + ", " + link.relation + ")", "where"));
    if (link.quote) { li.appendChild(document.createElement("br")); li.appendChild(el("span", "\\u201c" + link.quote + "\\u201d", "quote")); }
    if (link.source) li.appendChild(el("span", " " + link.source, "where"));
    if (!link.shown) li.appendChild(el("span", " (not in this view)", "away"));
    return li;
  }
  function linkList(title, list) {
    if (!list.length) return;
    panel.appendChild(el("h3", title + " (" + list.length + ")"));
    var ul = el("ul");
    list.forEach(function (link) { ul.appendChild(linkItem(link)); });
    panel.appendChild(ul);
  }
  function showDetails(id) {
    var d = data.details[id], node = byId[id];
    if (!d || !node) return clearDetails();
    panel.replaceChildren(el("h2", node.name), el("p", d.kind, "kind"));
    if (d.facts.length) {
      var dl = el("dl");
      d.facts.forEach(function (f) { dl.appendChild(el("dt", f[0])); dl.appendChild(el("dd", f[1])); });
      panel.appendChild(dl);
    }
    panel.appendChild(el("p", d.count, "count"));
    if (d.sources.length) panel.appendChild(el("p", "Read from " + d.sources.join("; "), "where"));
    linkList("Links, with the line that says so", d.links.filter(function (l) { return !l.weak; }));
    linkList("Only mentioned, not as a partner", d.links.filter(function (l) { return l.weak; }));
  }

  // Search: codes and site numbers whole, names and spellings whole or by word beginnings.
  function words(text) { return text.toLowerCase().replace(/&/g, " and ").replace(/[^\\p{L}\\p{N}]+/gu, " ").trim(); }
  function score(term, q, qwords, number) {
    var how = term[0], text = term[1];
    if (how === "code") return text === q ? 100 : 0;
    if (how === "number") return number !== null && text === number ? 95 : 0;
    if (how === "area") return text === q ? 40 : 0;
    if (text === q) return 90;
    if (text.indexOf(q) === 0) return 70;
    var padded = " " + text;
    return qwords.every(function (w) { return padded.indexOf(" " + w) !== -1; }) ? 50 : 0;
  }
  function matches(query) {
    var q = words(query);
    if (!q) return [];
    var qwords = q.split(" "), digits = /^(?:no |number |pch )?(\\d+)$/.exec(q), number = digits ? digits[1] : null;
    var hits = [];
    data.nodes.forEach(function (n) {
      var best = 0, how = null;
      n.terms.forEach(function (term) { var s = score(term, q, qwords, number); if (s > best) { best = s; how = term; } });
      if (best) hits.push({ id: n.id, score: best, how: how });
    });
    hits.sort(function (a, b) { return b.score - a.score || byId[a.id].rank - byId[b.id].rank; });
    return hits;
  }
  var HOW = { code: "code", number: "PCH site number", area: "site in this area", name: "name" };
  function showHits(hits) {
    var list = document.getElementById("hits");
    list.replaceChildren();
    if (hits.length < 2) return;
    hits.slice(0, 15).forEach(function (hit) {
      var node = byId[hit.id], li = el("li"), button = el("button", node.name);
      button.type = "button";
      button.setAttribute("data-id", hit.id);
      button.addEventListener("click", function () { select(hit.id); });
      li.appendChild(button);
      li.appendChild(el("span", " " + (data.kinds[node.kind] || node.kind) + ", by " + HOW[hit.how[0]], "how"));
      list.appendChild(li);
    });
    if (hits.length > 15) list.appendChild(el("li", "\\u2026 and " + (hits.length - 15) + " more: type more of the name", "how"));
  }
  function reveal(id) {
    var node = byId[id];
    if (hiddenKinds[node.kind]) {
      hiddenKinds[node.kind] = false;
      document.querySelector('input[data-kind="' + node.kind + '"]').checked = true;
      refreshView();
    }
    if (data.cluster && node.region !== undefined) openRegion(node.region);
  }
  function select(id) {
    reveal(id);
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 0.7), animation: false });
    showDetails(id);
  }
  function find() {
    var text = document.getElementById("search").value.trim();
    var message = document.getElementById("message");
    var hits = text ? matches(text) : [];
    showHits(hits);
    if (!hits.length) {
      // A failed search clears the old selection, so nothing on screen answers the wrong question.
      network.unselectAll();
      clearDetails();
      network.redraw();
      message.textContent = text ? "No match" : "";
      return;
    }
    message.textContent = hits.length > 1 ? hits.length + " matches" : "";
    // Every node the text names exactly is selected ("Age UK" is one node per area where
    // the documents do not say which Age UK); the details show the first.
    var exact = hits.filter(function (h) { return h.score >= 90 && h.score === hits[0].score; });
    select(hits[0].id);
    if (exact.length > 1) {
      var ids = exact.map(function (h) { return h.id; });
      ids.forEach(function (id) { reveal(id); });
      network.selectNodes(ids);
      network.fit({ nodes: ids, animation: false });
      if (network.getScale() > 1.2) network.moveTo({ scale: 1.2, animation: false });
    }
  }

  var names = document.getElementById("names");
  data.nodes.forEach(function (n) {
    if (n.isRegion) return;
    var option = document.createElement("option");
    option.value = n.name;
    names.appendChild(option);
  });
  network.on("click", function (params) {
    state.pendingClick = true;
    var id = params.nodes[0];
    if (id === undefined) { if (!params.edges.length) clearDetails(); return; }
    var body = network.body.nodes[id];
    if (body && body.options.isRegion) {
      var g = data.groups[body.options.region];
      openRegion(body.options.region);
      var box = Math.min(container.clientWidth, container.clientHeight);
      network.moveTo({ position: { x: g.x, y: g.y }, scale: Math.max(network.getScale(), box / (2.4 * g.r)), animation: false });
      return;
    }
    showDetails(id);
  });
  document.getElementById("go").addEventListener("click", find);
  document.getElementById("search").addEventListener("keydown", function (e) { if (e.key === "Enter") find(); });
  document.getElementById("physics").addEventListener("change", function (e) {
    network.setOptions({ physics: { enabled: e.target.checked } });
  });
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });
  Array.prototype.forEach.call(document.querySelectorAll("#legend input"), function (box) {
    box.addEventListener("change", function () { hiddenKinds[box.getAttribute("data-kind")] = !box.checked; refreshView(); });
  });
  window.pchgraphFind = find;
})();
</script>
</body>
</html>
"""


def region_nodes(shapes: list[dict]) -> list[dict]:
    """One node per region, standing for its members until it is opened (large graphs)."""
    return [
        {
            "id": f"region:{i}",
            "name": f"{shape['name']} ({shape['size']})",
            "isRegion": True,
            "region": i,
            "kind": "region",
            "terms": [],
            "shape": "dot",
            "size": round(max(12.0, 0.22 * shape["r"]), 1),
            "borderWidth": 2,
            "color": {"background": "#dce6f2", "border": "#5b7fa8"},
            "title": f"{shape['name']}\n{shape['size']} nodes\nClick to open",
            "x": shape["x"],
            "y": shape["y"],
        }
        for i, shape in enumerate(shapes)
    ]


def region_edges(graph: nx.MultiDiGraph, grouped: dict[str, str], shapes: list[dict]) -> list[dict]:
    """One edge per pair of closed regions whose members are linked, as thick as the links."""
    index = {shape["name"]: i for i, shape in enumerate(shapes)}
    counts = Counter(tuple(sorted((index[grouped[u]], index[grouped[v]]))) for u, v in graph.edges() if grouped[u] != grouped[v])
    return [
        {
            "id": f"region:{a}-{b}",
            "from": f"region:{a}",
            "to": f"region:{b}",
            "regions": [a, b],
            "width": round(1 + math.log(count), 2),
            "color": "#9fb3c8",
            "title": f"{count} links between {shapes[a]['name']} and {shapes[b]['name']}",
        }
        for (a, b), count in sorted(counts.items())
    ]


def legend(graph: nx.MultiDiGraph) -> str:
    """Colour key and kind filter in one: a checkbox per kind present, with its count."""
    counts = Counter(kind for _, kind in graph.nodes(data="kind"))
    return "".join(
        f'<label><input type="checkbox" checked data-kind="{html.escape(kind)}">'
        f'<span class="swatch" style="background:{COLOURS.get(kind, "#7f7f7f")}"></span>{html.escape(LABELS.get(kind, kind))} ({counts[kind]})</label>'
        for kind in COLOURS
        if kind in counts
    )


def heading(graph: nx.MultiDiGraph, title: str, whole: nx.MultiDiGraph | None) -> str:
    """The page's heading: the title and the size of the view (and of the whole, if bigger)."""
    text = f"{title} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} links"
    if whole is not None and whole.number_of_nodes() != graph.number_of_nodes():
        text += f" in this view; {whole.number_of_nodes()} nodes, {whole.number_of_edges()} links in the whole graph"
    return text + ")"


def page(
    graph: nx.MultiDiGraph,
    title: str = "pchgraph: primary care home partnerships",
    size_by: str = "degree",
    group_by: str | None = None,
    whole: nx.MultiDiGraph | None = None,
) -> str:
    """The whole HTML page as text.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph, or the part selected, to draw.
    title : str
        The page's heading.
    size_by : str
        What sets node size: one of `SIZE_METRICS`.
    group_by : {"area", "community"}, optional
        Draw the nodes in regions. Above `CLUSTER_ABOVE` nodes each region starts as one node that
        opens on a click (grouped by area, if no grouping is given).
    whole : networkx.MultiDiGraph, optional
        The graph `graph` was cut from: counts say "in this view" and "in the whole graph" where
        they differ, and the details panel lists links outside the view too.

    Returns
    -------
    str
        The page.
    """
    # A drawing shows the partnerships; today's bodies are named in the tooltips ("now: …").
    graph, whole = partnerships(graph), (partnerships(whole) if whole is not None else None)
    large = graph.number_of_nodes() > CLUSTER_ABOVE
    if group_by is None and large:
        group_by = "area" if len(set(groups(graph, "area").values())) > 1 else "community"
    grouped = groups(graph, group_by)
    net = network(graph, size_by, grouped, whole)
    nodes, edges, _, _, _, options = net.get_network_data()
    shapes = group_shapes(grouped, {n["id"]: (n["x"], n["y"]) for n in nodes})
    vis_js, vis_css = vis_library()
    cluster = large and bool(shapes)
    if cluster:
        nodes, edges = nodes + region_nodes(shapes), edges + region_edges(graph, grouped, shapes)
    for i, edge in enumerate(edges):
        edge["id"] = f"e{i}"  # stable ids, so the page can add and remove edges by id
    payload = {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options) if isinstance(options, str) else options,
        "groups": shapes,
        "cluster": cluster,
        "order": importance(graph),
        "details": {node: details(graph, node, whole if whole is not None else graph) for node in graph},
        "kinds": LABELS,
    }
    parts = {
        "TITLE": html.escape(heading(graph, title, whole)),
        "LEGEND": legend(graph),
        "DATA": script_safe(json.dumps(payload, ensure_ascii=False)),
        "VIS_JS": code_safe(vis_js),
        "VIS_CSS": re.sub(r"(?i)</style", "<\\\\/style", vis_css),
    }
    # One pass over the template: text put in is never searched again for placeholders.
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], PAGE)


def write_html(
    graph: nx.MultiDiGraph,
    out: Path,
    title: str | None = None,
    size_by: str = "degree",
    group_by: str | None = None,
    whole: nx.MultiDiGraph | None = None,
) -> Path:
    """Write the page to `out` (whole or not at all); the options are `page`'s.

    Returns
    -------
    Path
        The file written.
    """
    text = page(graph, title or "pchgraph: primary care home partnerships", size_by, group_by, whole)
    return Path(write_text(out, text))


@register(
    "html",
    "one interactive page that opens offline: colours by kind, size by --size-by, regions by --group-by, search, details panel",
)
def write_page(
    graph: nx.MultiDiGraph,
    out: Path,
    title: str | None = None,
    size_by: str = "degree",
    group_by: str | None = None,
    whole: nx.MultiDiGraph | None = None,
    **_,
) -> list[Path]:
    """The html format's writer: `write_html` as the export registry calls it."""
    return [write_html(graph, out, title, size_by, group_by, whole)]
