"""The interactive HTML page, tested in a real headless Chromium with the network off."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import networkx as nx
import pytest
from click.testing import CliRunner

from conftest import SCREENSHOTS
from pchgraph.cli import cli
from pchgraph.export.html import page, write_html
from pchgraph.graph import build_graph, graph_to_json
from pchgraph.readers import read_sources

XSS = "<img src=x onerror=alert(1)>"


def screenshot(page_, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page_.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def hover(page_, node_id: str) -> str:
    """Move the mouse onto a node and return the tooltip's text (waits for it to show)."""
    point = page_.evaluate("id => { const p = pchgraphNetwork.getPositions([id])[id]; return pchgraphNetwork.canvasToDOM(p); }", node_id)
    box = page_.locator("#network").bounding_box()
    page_.mouse.move(box["x"] + point["x"] + 1, box["y"] + point["y"] + 1)
    page_.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    page_.wait_for_function(
        "(() => { const t = document.querySelector('div.vis-tooltip'); return t && t.style.visibility === 'visible'; })()", timeout=10000
    )
    return page_.evaluate("document.querySelector('div.vis-tooltip').innerText")


@pytest.fixture(scope="module")
def whole_page(graph, tmp_path_factory):
    out = tmp_path_factory.mktemp("html") / "pchgraph.html"
    write_html(graph, out)
    return out


def test_whole_corpus_opens_offline_and_draws_every_node_and_edge(whole_page, open_page, graph):
    page_ = open_page(whole_page)
    counts = page_.evaluate("[pchgraphData.nodes.length, pchgraphData.edges.length, pchgraphNetwork.body.nodeIndices.length]")
    assert counts == [graph.number_of_nodes(), graph.number_of_edges(), graph.number_of_nodes()]
    assert page_.requests == [] and page_.errors == [] and page_.dialogs == []
    assert not page_.evaluate("pchgraphNetwork.physics.physicsEnabled")
    screenshot(page_, "whole-corpus")


def test_search_selects_and_hover_shows_a_plain_text_tooltip(whole_page, open_page):
    page_ = open_page(whole_page)
    page_.fill("#search", "kent community health nhs foundation trust")
    page_.press("#search", "Enter")
    assert page_.evaluate("pchgraphNetwork.getSelectedNodes()") == ["org:kent-community-health-foundation-trust"]
    text = hover(page_, "org:kent-community-health-foundation-trust")
    assert text.startswith("Kent Community Health NHS Foundation Trust\nKind: NHS trust\nODS code: RYY")
    assert '004_310525714bc6d37c.txt:549 "Kent Community Hospital Foundation Trust"' in text
    assert page_.evaluate("Array.from(document.querySelector('div.vis-tooltip').children).every(c => c.tagName === 'BR')")
    screenshot(page_, "search-and-tooltip")
    page_.fill("#search", "no such organisation")
    page_.press("#search", "Enter")
    assert page_.inner_text("#message") == "No match"


def test_kind_filter_and_physics_toggle(whole_page, open_page, graph):
    page_ = open_page(whole_page)
    practices = sum(1 for _, k in graph.nodes(data="kind") if k == "practice")
    page_.uncheck('input[data-kind="practice"]')
    assert page_.evaluate("pchgraphNetwork.body.nodeIndices.length") == graph.number_of_nodes() - practices
    page_.check('input[data-kind="practice"]')
    assert page_.evaluate("pchgraphNetwork.body.nodeIndices.length") == graph.number_of_nodes()
    page_.check("#physics")
    assert page_.evaluate("pchgraphNetwork.physics.physicsEnabled")


def test_a_hostile_name_shows_as_text_and_runs_nothing(folder, open_page, tmp_path):
    entry = f"1\nSafe Site\n\nNO. OF PCHs: 1\nSTP AREA: Devon\n\nPARTNERS\n\nDevon County Council, {XSS}, Age UK.\n"
    graph = build_graph(read_sources(folder({"hostile.txt": entry})))
    hostile = [u for u, _, mention in graph.edges(data="mention") if mention == XSS]
    assert len(hostile) == 1
    name = graph.nodes[hostile[0]]["name"]
    assert name.startswith("<img src=x onerror=alert")
    out = tmp_path / "hostile.html"
    write_html(graph, out, title=f"Title {XSS}")
    assert XSS not in out.read_text()
    page_ = open_page(out)
    page_.wait_for_timeout(500)
    assert page_.dialogs == [] and page_.errors == []
    assert page_.evaluate("document.querySelectorAll('img').length") == 0
    assert page_.inner_text("h1").startswith(f"Title {XSS}")
    assert name in page_.evaluate("Array.from(document.querySelectorAll('#names option')).map(o => o.value)")
    text = hover(page_, hostile[0])
    assert text.startswith(name) and f'"{XSS}"' in text
    screenshot(page_, "hostile-name")


def test_the_graph_passed_in_is_not_changed_and_no_lib_folder_is_written(graph, tmp_path, monkeypatch):
    before = json.dumps(graph_to_json(graph), sort_keys=True, default=str)
    monkeypatch.chdir(tmp_path)
    page(graph)
    assert json.dumps(graph_to_json(graph), sort_keys=True, default=str) == before
    assert list(tmp_path.iterdir()) == []


def test_a_bigger_graph_draws_still(open_page, graph, tmp_path):
    big = nx.MultiDiGraph()
    for copy in range(3):
        big.update(nx.relabel_nodes(graph, {n: f"{n}#{copy}" for n in graph}, copy=True))
    out = tmp_path / "big.html"
    write_html(big, out)
    page_ = open_page(out)
    assert page_.evaluate("pchgraphNetwork.body.nodeIndices.length") == big.number_of_nodes()
    assert page_.errors == []


def test_export_html_command(tmp_path):
    out = tmp_path / "kent.html"
    result = CliRunner().invoke(cli, ["export", "html", str(out), "--area", "Kent and Medway", "--size-by", "betweenness"])
    assert result.exit_code == 0, result.output
    assert "<!DOCTYPE html>" in out.read_text()
    done = subprocess.run(
        [sys.executable, "-m", "pchgraph", "export", "html", str(tmp_path / "t.html"), "--kind", "trust"],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
