"""Still figures for papers and slides: ``svg`` and ``png``, drawn with matplotlib.

The picture is the html page's: the same seeded layout, colours, sizes (``size_by``) and
regions (``group_by``), so a figure and the page of the same selection agree. Labels go to the
most connected nodes first and a label that would overlap one already placed (measured by
matplotlib's own text extents) is left out, so every label printed can be read. Text is drawn
with mathtext off, so a name with '$' in it is printed as written, and matplotlib escapes it in
SVG. The same command gives the same file: the layout is seeded, and the SVG carries no date
and seeded element ids.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx

from ..errors import UsageError
from ..now import partnerships
from ..schema import AREA, IN_AREA, LINKED_TO
from .files import atomic_write
from .html import COLOURS, LABELS, group_shapes, groups, importance, positions, size_scores
from .registry import register

WIDTH, HEIGHT = 12.0, 9.0  # inches: a full page width at 300 dpi, a slide at 150
DPI = 200
LABELS_SHOWN = 45
FIGURE_FORMATS = ("svg", "png")


def label_boxes_overlap(a, b, pad: float = 4.0) -> bool:
    """Whether two matplotlib Bbox (display units, pixels) overlap, with `pad` pixels between."""
    return a.x0 - pad < b.x1 and b.x0 - pad < a.x1 and a.y0 - pad < b.y1 and b.y0 - pad < a.y1


def place_labels(ax, graph: nx.MultiDiGraph, where: dict, radius: dict[str, float], shapes: list[dict], limit: int) -> list[str]:
    """Put labels on the figure, most connected first, leaving out any that would overlap a
    label already placed or leave the axes. Returns the ids of the nodes labelled."""
    renderer = ax.figure.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    placed, labelled = [], []

    def fits(text) -> bool:
        box = text.get_window_extent(renderer)
        inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
        if inside and not any(label_boxes_overlap(box, other) for other in placed):
            placed.append(box)
            return True
        text.remove()
        return False

    for shape in shapes:
        fits(
            ax.text(
                shape["x"],
                shape["y"] + shape["r"],
                shape["name"],
                ha="center",
                va="bottom",
                fontsize=8,
                fontweight="bold",
                color="#2b4a6f",
                parse_math=False,
            )
        )
    for node in importance(graph):
        if len(labelled) >= limit:
            break
        x, y = where[node]
        # Below the node, then above, right, left: the first place that is free.
        offsets = [(0, -1, "center", "top"), (0, 1, "center", "bottom"), (1, 0, "left", "center"), (-1, 0, "right", "center")]
        for dx, dy, ha, va in offsets:
            text = ax.annotate(
                graph.nodes[node]["name"],
                (x, y),
                xytext=(dx * (radius[node] + 2), dy * (radius[node] + 1)),
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=7,
                color="#111111",
                parse_math=False,
            )
            if fits(text):
                labelled.append(node)
                break
    return labelled


def legend(ax, graph: nx.MultiDiGraph, size_by: str) -> None:
    """A key of kinds (with counts) and what the sizes mean."""
    from matplotlib.lines import Line2D

    counts = Counter(kind for _, kind in graph.nodes(data="kind"))
    handles = [
        Line2D(
            [],
            [],
            marker="s" if kind == AREA else "o",
            linestyle="",
            markersize=7,
            markerfacecolor=COLOURS[kind],
            markeredgecolor="white",
            label=f"{LABELS[kind]} ({counts[kind]})",
        )
        for kind in COLOURS
        if kind in counts
    ]
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        frameon=False,
        fontsize=8,
        title=f"Kind (size: {size_by})",
        title_fontsize=8,
    )


def figure(
    graph: nx.MultiDiGraph,
    title: str | None = None,
    size_by: str = "degree",
    group_by: str | None = None,
    whole: nx.MultiDiGraph | None = None,
):
    """The graph, or the part selected, as a matplotlib Figure.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        What to draw.
    title : str, optional
        The heading (else the counts).
    size_by : str
        What sets node size: one of ``html.SIZE_METRICS``.
    group_by : {"area", "community"}, optional
        Draw the nodes in regions, each with its name.
    whole : networkx.MultiDiGraph, optional
        The graph `graph` was cut from; the caption then says how much of it is shown.

    Returns
    -------
    matplotlib.figure.Figure
        Not attached to pyplot, so nothing global changes and nothing is shown.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    graph, whole = partnerships(graph), (partnerships(whole) if whole is not None else None)
    if graph.number_of_nodes() == 0:
        raise UsageError("nothing to draw: it has no node", where="graph")
    grouped = groups(graph, group_by)
    where = positions(graph, grouped)
    scores = size_scores(graph, size_by)
    fig = Figure(figsize=(WIDTH, HEIGHT), dpi=DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.01, 0.04, 0.80, 0.90))
    ax.set_axis_off()
    ax.set_aspect("equal")
    shapes = group_shapes(grouped, where)
    draw(ax, graph, where, scores, shapes)
    radius = {n: (3 + 11 * scores[n]) / 2 for n in graph}
    legend(ax, graph, size_by)
    place_labels(ax, graph, where, radius, shapes, LABELS_SHOWN)
    fig.suptitle(title or "Primary care home partnerships", x=0.01, ha="left", fontsize=12, fontweight="bold")
    fig.text(0.01, 0.01, caption(graph, whole, group_by), fontsize=7, color="#555555", parse_math=False)
    return fig


def draw(ax, graph: nx.MultiDiGraph, where: dict, scores: dict[str, float], shapes: list[dict]) -> None:
    """Regions, then edges, then nodes (largest last, so small nodes are not hidden under them)."""
    from matplotlib.collections import LineCollection
    from matplotlib.patches import Circle

    for shape in shapes:
        ax.add_patch(Circle((shape["x"], shape["y"]), shape["r"], facecolor="#1f5fa8", alpha=0.05, edgecolor="#1f5fa8", linewidth=0.6))
    for dashed, colour in ((False, "#8a8a8a"), (True, "#c7c7c7")):
        segments = [(where[u], where[v]) for u, v, k in graph.edges(data="kind") if (k in (IN_AREA, LINKED_TO)) == dashed and u != v]
        ax.add_collection(LineCollection(segments, colors=colour, linewidths=0.4, linestyles="--" if dashed else "-", zorder=1))
    for kind in COLOURS:
        members = sorted((n for n, k in graph.nodes(data="kind") if k == kind), key=lambda n: scores[n])
        if members:
            ax.scatter(
                [where[n][0] for n in members],
                [where[n][1] for n in members],
                s=[(3 + 11 * scores[n]) ** 2 for n in members],
                c=COLOURS[kind],
                marker="s" if kind == AREA else "o",
                edgecolors="white",
                linewidths=0.4,
                zorder=2,
            )
    xs, ys = zip(*where.values())
    pad = 0.06 * max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
    ax.set_xlim(min(xs) - pad, max(xs) + pad)
    ax.set_ylim(min(ys) - pad, max(ys) + pad)


def caption(graph: nx.MultiDiGraph, whole: nx.MultiDiGraph | None, group_by: str | None) -> str:
    """What the figure shows, in one line: how much of the graph, and how it was laid out."""
    text = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} links"
    if whole is not None and whole.number_of_nodes() != graph.number_of_nodes():
        text += f" of {whole.number_of_nodes()} nodes, {whole.number_of_edges()} links in the whole graph"
    text += "; labels on the most connected nodes where they fit; layout Fruchterman-Reingold (igraph, seed 42)"
    return text + (f", grouped by {group_by}" if group_by else "") + ". Made with pchgraph."


def write_figure(graph: nx.MultiDiGraph, out: Path, fmt: str, **options) -> Path:
    """Write the figure as `fmt` ("svg" or "png") to `out`, whole or not at all.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        What to draw.
    out : Path
        The file ('-' for standard output).
    fmt : {"svg", "png"}
        The file format.
    **options
        `figure`'s options.

    Returns
    -------
    Path
        The file written.
    """
    import matplotlib

    if fmt not in FIGURE_FORMATS:
        raise UsageError(f"unknown figure format '{fmt}'; expected one of: {', '.join(FIGURE_FORMATS)}", where="fmt")
    fig = figure(graph, **options)
    # No date, fixed element ids and no software version: the same command gives the same bytes.
    metadata = {"Date": None, "Creator": None} if fmt == "svg" else {"Software": None}
    with matplotlib.rc_context({"svg.hashsalt": "pchgraph", "svg.fonttype": "path"}):
        return atomic_write(Path(out), lambda handle: fig.savefig(handle, format=fmt, metadata=metadata))


def figure_options(options: dict) -> dict:
    """The export options a figure takes (title, size_by, group_by, whole)."""
    return {key: options[key] for key in ("title", "size_by", "group_by", "whole") if options.get(key) is not None}


@register("svg", "a still figure for a paper (SVG): legend, labels that never overlap, --size-by, --group-by, seeded layout")
def write_svg(graph: nx.MultiDiGraph, out: Path, **options) -> list[Path]:
    """The svg format's writer."""
    return [write_figure(graph, out, "svg", **figure_options(options))]


@register("png", "a still figure for a slide (PNG, 200 dpi): as svg")
def write_png(graph: nx.MultiDiGraph, out: Path, **options) -> list[Path]:
    """The png format's writer."""
    return [write_figure(graph, out, "png", **figure_options(options))]
