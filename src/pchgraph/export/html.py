"""An interactive HTML view of the graph: one self-contained file that opens offline.

Built from pyvis's parts, not its page: pyvis's Network holds the nodes, edges and vis.js
options, and pyvis ships the vis-network library, which is inlined here. pyvis's own page is not
used because of its traps (version 0.3.2): the heading and select-menu entries go in unescaped;
one tooltip containing "href" turns every tooltip into live HTML; its select and filter menus
fetch bootstrap and tom-select from a CDN even with in-line resources; writing the page copies a
lib/ folder into the current directory; and from_nx changes the graph it is given. Here every
name reaches the page only as JSON inside a data block or as escaped text, tooltips are plain
text (vis-network shows a string title with innerText), and the search box and kind filter are a
few lines of plain JavaScript.
"""

from __future__ import annotations

import html
import json
import random
import re
from pathlib import Path

import networkx as nx

from ..analysis import centrality
from ..errors import DataError, UsageError
from ..schema import AREA, IN_AREA, LINKED_TO, ORG_EDGES, SITE
from .files import write_text
from .registry import register

COLOURS = {
    "site": "#1f5fa8",
    "trust": "#d62728",
    "ccg": "#ff7f0e",
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
    "council": "Council",
    "charity": "Charity / voluntary",
    "federation": "GP federation",
    "nhs_body": "National NHS body",
    "practice": "GP practice",
    "other": "Other",
    "area": "STP area",
}
SIZE_METRICS = ("degree", "betweenness", "closeness", "eigenvector", "pagerank", "sites")
SPREAD = 150
QUOTES_SHOWN = 8


def vis_library() -> tuple[str, str]:
    """The vis-network JavaScript and CSS that pyvis ships."""
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


def positions(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Node positions worked out before the page is written: igraph's Fruchterman-Reingold
    layout (fast in C, with a grid for large graphs), with igraph's random numbers seeded so the
    same graph always gets the same picture; spread in proportion to the square root of the
    number of nodes."""
    import igraph  # igraph takes a second to import; only the html format needs it

    names = list(graph)
    if not names:
        return {}
    index = {node: i for i, node in enumerate(names)}
    pairs = {tuple(sorted((index[u], index[v]))) for u, v in graph.edges() if u != v}
    layout_graph = igraph.Graph(n=len(names), edges=sorted(pairs))
    igraph.set_random_number_generator(random.Random(42))
    try:
        layout = layout_graph.layout_fruchterman_reingold(niter=500, grid="auto")
    finally:
        igraph.set_random_number_generator(random)
    xs, ys = zip(*layout.coords)
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = max(400.0, SPREAD * len(names) ** 0.5) / span
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {node: ((x - cx) * scale, (y - cy) * scale) for node, (x, y) in zip(names, layout.coords)}


def size_scores(graph: nx.MultiDiGraph, metric: str) -> dict[str, float]:
    """Scores in [0, 1] that set node sizes: a centrality, or the number of sites/partners."""
    if metric not in SIZE_METRICS:
        raise UsageError(f"unknown size metric '{metric}'; expected one of: {', '.join(SIZE_METRICS)}", where="size_by")
    if metric == "sites":
        raw = {n: float(graph.degree(n)) for n in graph}
    else:
        raw = {row["id"]: row["score"] for row in centrality(graph, metric)}
        raw.update({row["id"]: row["score"] for row in centrality(graph, metric, side=SITE)})
    top = max(raw.values(), default=0.0) or 1.0
    return {n: raw.get(n, 0.0) / top for n in graph}


def tooltip(graph: nx.MultiDiGraph, node: str) -> str:
    """A node's tooltip as plain text: name, kind, codes, sites, and the quoted source lines."""
    data = graph.nodes[node]
    kind = data["kind"]
    lines = [data["name"], f"Kind: {LABELS.get(kind, kind)}" + (" (guessed)" if data.get("kind_guessed") else "")]
    for key, label in (
        ("ods_code", "ODS code"),
        ("gss_code", "GSS code"),
        ("code", "ONS code"),
        ("postcode", "Postcode"),
        ("pcn_2022_name", "PCN (2022)"),
    ):
        if data.get(key):
            lines.append(f"{label}: {data[key]}")
    if kind == SITE:
        if data.get("numbers"):
            lines.append("PCH numbers: " + ", ".join(str(n) for n in data["numbers"]))
        for key, label in (("wave", "Wave"), ("pchs_raw", "PCHs"), ("practices_raw", "Practices")):
            if data.get(key):
                lines.append(f"{label}: {data[key]}")
        if data.get("stp_area"):
            lines.append("STP area: " + "; ".join(data["stp_area"]))
        partners = {u for u, _, k in graph.in_edges(node, data="kind") if k in ORG_EDGES}
        lines.append(f"Partners named: {len(partners)}")
        lines += ["Source: " + s for s in data.get("sources", [])]
    elif kind != AREA:
        edges = [(v, d) for _, v, d in graph.out_edges(node, data=True) if d["kind"] in ORG_EDGES]
        lines.append(f"Sites: {len({v for v, _ in edges})}")
        if edges:
            lines.append("Said in:")
            for site, d in sorted(edges, key=lambda e: (e[1]["source_file"], e[1]["line"]))[:QUOTES_SHOWN]:
                lines.append(f'  {d["source_file"]}:{d["line"]} "{d["mention"]}" ({graph.nodes[site]["name"]})')
            if len(edges) > QUOTES_SHOWN:
                lines.append(f"  … and {len(edges) - QUOTES_SHOWN} more")
    return "\n".join(lines)


def network(graph: nx.MultiDiGraph, size_by: str = "degree"):
    """A pyvis Network holding the graph's nodes (with positions, colours, sizes and tooltips),
    its edges, and options for a still drawing with physics off.

    The Network is directed because an undirected pyvis Network drops a second edge between the
    same two nodes (two mentions on two lines); the arrows are then taken off.
    """
    from pyvis.network import Network  # as vis_library: only the html format needs pyvis

    net = Network(height="100%", width="100%", directed=True, cdn_resources="remote")
    where = positions(graph)
    scores = size_scores(graph, size_by)
    for node, data in graph.nodes(data=True):
        kind = data["kind"]
        net.add_node(
            node,
            label=data["name"],
            title=tooltip(graph, node),
            kind=kind,
            color=COLOURS.get(kind, "#7f7f7f"),
            shape="square" if kind == AREA else "dot",
            value=round(1 + 99 * scores.get(node, 0.0), 2),
            x=round(where[node][0], 1),
            y=round(where[node][1], 1),
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
    for edge in net.edges:
        edge.pop("arrows", None)
    net.set_options(
        json.dumps(
            {
                "physics": {"enabled": False, "stabilization": False, "barnesHut": {"gravitationalConstant": -8000, "springLength": 120}},
                "layout": {"improvedLayout": False},
                "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True, "navigationButtons": False},
                "nodes": {
                    "font": {"face": "Arial", "strokeWidth": 4, "strokeColor": "#ffffff", "color": "#111111"},
                    "borderWidth": 1,
                    "scaling": {
                        "min": 5,
                        "max": 40,
                        "label": {"enabled": True, "min": 12, "max": 70, "drawThreshold": 6, "maxVisible": 30},
                    },
                },
                "edges": {"arrows": {"to": {"enabled": False}}, "smooth": False},
            }
        )
    )
    return net


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>{vis_css}</style>
<style>
  html, body {{ margin: 0; height: 100%; font-family: Arial, Helvetica, sans-serif; color: #222; }}
  body {{ display: flex; flex-direction: column; }}
  header {{ flex: 0 0 auto; padding: 8px 14px; border-bottom: 1px solid #ddd; background: #fafafa; }}
  h1 {{ font-size: 18px; margin: 0 0 6px 0; }}
  .bar {{ display: flex; flex-wrap: wrap; gap: 14px; align-items: center; font-size: 13px; }}
  .legend label {{ margin-right: 10px; white-space: nowrap; cursor: pointer; }}
  .swatch {{ display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin: 0 4px -1px 2px; }}
  #search {{ width: 320px; padding: 4px 6px; font-size: 13px; }}
  #message {{ color: #a33; }}
  #network {{ flex: 1 1 auto; min-height: 300px; position: relative; }}
  div.vis-tooltip {{ white-space: pre-wrap; max-width: 520px; font-size: 13px; line-height: 1.35; font-family: Arial, Helvetica, sans-serif; }}
</style>
</head>
<body>
<header>
  <h1>{title}</h1>
  <div class="bar">
    <span><input id="search" list="names" placeholder="Search an organisation or site, then Enter" aria-label="Search">
      <button id="go" type="button">Find</button> <span id="message" role="status"></span></span>
    <span><label><input id="physics" type="checkbox"> physics</label> <button id="fit" type="button">Fit</button></span>
    <span class="legend" id="legend">{legend}</span>
  </div>
</header>
<datalist id="names"></datalist>
<div id="network"></div>
<script id="graph-data" type="application/json">{data}</script>
<script>{vis_js}</script>
<script>
(function () {{
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var hiddenKinds = {{}};
  var nodeView = new vis.DataView(nodes, {{ filter: function (n) {{ return !hiddenKinds[n.kind]; }} }});
  var network = new vis.Network(document.getElementById("network"), {{ nodes: nodeView, edges: edges }}, data.options);
  window.pchgraphNetwork = network;
  window.pchgraphData = {{ nodes: nodes, edges: edges }};
  network.once("afterDrawing", function () {{ window.pchgraphDrawn = performance.now(); }});

  var list = document.getElementById("names");
  var byName = {{}};
  data.nodes.forEach(function (n) {{
    byName[n.label.toLowerCase()] = n.id;
    var option = document.createElement("option");
    option.value = n.label;
    list.appendChild(option);
  }});
  function find() {{
    var text = document.getElementById("search").value.trim().toLowerCase();
    var message = document.getElementById("message");
    var id = byName[text];
    if (id === undefined) {{
      var hits = data.nodes.filter(function (n) {{ return n.label.toLowerCase().indexOf(text) !== -1; }});
      id = hits.length ? hits[0].id : undefined;
    }}
    if (id === undefined || !text) {{ message.textContent = text ? "No match" : ""; return; }}
    var node = nodes.get(id);
    if (hiddenKinds[node.kind]) {{ hiddenKinds[node.kind] = false; document.querySelector('input[data-kind="' + node.kind + '"]').checked = true; nodeView.refresh(); }}
    message.textContent = "";
    network.selectNodes([id]);
    network.focus(id, {{ scale: 0.7, animation: false }});
  }}
  document.getElementById("go").addEventListener("click", find);
  document.getElementById("search").addEventListener("keydown", function (e) {{ if (e.key === "Enter") find(); }});
  document.getElementById("physics").addEventListener("change", function (e) {{
    network.setOptions({{ physics: {{ enabled: e.target.checked }} }});
  }});
  document.getElementById("fit").addEventListener("click", function () {{ network.fit({{ animation: false }}); }});
  Array.prototype.forEach.call(document.querySelectorAll("#legend input"), function (box) {{
    box.addEventListener("change", function () {{ hiddenKinds[box.getAttribute("data-kind")] = !box.checked; nodeView.refresh(); }});
  }});
}})();
</script>
</body>
</html>
"""


def legend(graph: nx.MultiDiGraph) -> str:
    """Colour key and kind filter in one: a checkbox per kind present, with its count."""
    counts: dict[str, int] = {}
    for _, kind in graph.nodes(data="kind"):
        counts[kind] = counts.get(kind, 0) + 1
    return "".join(
        f'<label><input type="checkbox" checked data-kind="{html.escape(kind)}">'
        f'<span class="swatch" style="background:{COLOURS.get(kind, "#7f7f7f")}"></span>{html.escape(LABELS.get(kind, kind))} ({counts[kind]})</label>'
        for kind in COLOURS
        if kind in counts
    )


def page(graph: nx.MultiDiGraph, title: str = "pchgraph: primary care home partnerships", size_by: str = "degree") -> str:
    """The whole HTML page as text."""
    net = network(graph, size_by)
    nodes, edges, _, _, _, options = net.get_network_data()
    vis_js, vis_css = vis_library()
    payload = json.dumps(
        {"nodes": nodes, "edges": edges, "options": json.loads(options) if isinstance(options, str) else options}, ensure_ascii=False
    )
    heading = f"{title} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} links)"
    return PAGE.format(
        title=html.escape(heading),
        legend=legend(graph),
        data=script_safe(payload),
        vis_js=code_safe(vis_js),
        vis_css=re.sub(r"(?i)</style", "<\\\\/style", vis_css),
    )


def write_html(graph: nx.MultiDiGraph, out: Path, title: str | None = None, size_by: str = "degree") -> Path:
    """Write the page to `out` (whole or not at all)."""
    text = page(graph, title or "pchgraph: primary care home partnerships", size_by)
    return Path(write_text(out, text))


@register(
    "html",
    "one interactive page that opens offline: colours by kind, size by --size-by, search, kind filter, tooltips quoting the source lines",
)
def write_page(graph: nx.MultiDiGraph, out: Path, title: str | None = None, size_by: str = "degree", **_) -> list[Path]:
    return [write_html(graph, out, title, size_by)]
