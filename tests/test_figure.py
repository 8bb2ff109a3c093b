"""Still figures (svg, png) for papers: written by the command, with a legend, labels that do
not overlap, names printed as text, and the same bytes from the same command."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from conftest import SCREENSHOTS
from pchgraph.cli import cli
from pchgraph.errors import UsageError
from pchgraph.export import export
from pchgraph.export.figure import figure, label_boxes_overlap, write_figure
from pchgraph.graph import build_graph
from pchgraph.readers import read_sources


def run(*args: str):
    result = CliRunner().invoke(cli, ["export", *args])
    assert result.exit_code == 0, result.output
    return result


def test_export_svg_has_a_legend_and_is_the_same_every_time(tmp_path):
    first, second = tmp_path / "a.svg", tmp_path / "b.svg"
    run("svg", str(first), "--area", "Kent and Medway", "--size-by", "betweenness")
    run("svg", str(second), "--area", "Kent and Medway", "--size-by", "betweenness")
    assert first.read_bytes() == second.read_bytes()
    text = first.read_text()
    ET.fromstring(text)  # well-formed XML
    for words in ("Kind (size: betweenness)", "NHS trust (", "PCH site (", "in the whole graph"):
        assert words in text


def test_export_png_grouped_by_area_is_a_picture_with_labels_apart(tmp_path, graph):
    out = SCREENSHOTS / "figure-grouped-by-area.png"
    SCREENSHOTS.mkdir(exist_ok=True)
    run("png", str(out), "--group-by", "area")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (2400, 1800)
    fig = figure(graph, group_by="area")
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    assert len(boxes) >= 30
    assert not any(label_boxes_overlap(a, b, pad=0) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert "Cornwall and the Isles of Scilly" in {t.get_text() for t in ax.texts}


def test_focus_and_kind_select_what_is_drawn(tmp_path):
    out = tmp_path / "focus.png"
    result = run("png", str(out), "--focus", "Kent County Council", "--depth", "1", "--kind", "council", "--group-by", "community")
    assert "png" in result.output and out.stat().st_size > 10_000


def test_a_hostile_name_is_printed_as_text(folder, tmp_path):
    hostile = "<script>alert(1)</script> $x^2$ & Co"
    entry = f"1\nSafe Site\n\nNO. OF PCHs: 1\nSTP AREA: Devon\n\nPARTNERS\n\nDevon County Council, {hostile}, Age UK.\n"
    graph = build_graph(read_sources(folder({"hostile.txt": entry})))
    out = tmp_path / "hostile.svg"
    write_figure(graph, out, "svg")
    root = ET.fromstring(out.read_text())
    assert not [e for e in root.iter() if e.tag.endswith("script")]
    fig = figure(graph)
    name = next(d["name"] for _, d in graph.nodes(data=True) if d["name"].startswith("<script>"))
    assert "$x^2$" in name and name in {t.get_text() for t in fig.axes[0].texts}


def test_an_empty_selection_is_a_usage_error(tmp_path):
    import networkx as nx

    with pytest.raises(UsageError, match="nothing to draw"):
        export(nx.MultiDiGraph(), "svg", tmp_path / "empty.svg")
