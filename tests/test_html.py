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
from pchgraph.export.html import CLUSTER_ABOVE, groups, page, words, write_html
from pchgraph.graph import build_graph, graph_to_json
from pchgraph.now import partnerships
from pchgraph.readers import read_sources

XSS = "<img src=x onerror=alert(1)>"


def screenshot(page_, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page_.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def settled(page_) -> None:
    """Wait until the view (centre, scale, canvas size) is the same for three frames in a row: on
    a busy machine a redraw can still be moving it when a test starts aiming at a node."""
    page_.evaluate(
        """() => new Promise(done => {
             const net = pchgraphNetwork, canvas = net.canvas.frame.canvas;
             let last = null, same = 0;
             const look = () => {
               const v = net.getViewPosition(), now = [v.x, v.y, net.getScale(), canvas.clientWidth, canvas.clientHeight].join();
               same = now === last ? same + 1 : 0;
               last = now;
               if (same >= 2) done(); else requestAnimationFrame(look);
             };
             requestAnimationFrame(look);
           })"""
    )


def point_on(page_, node_id: str) -> dict:
    """A point of the page where a click reaches this node: its centre unless a neighbour is drawn
    over it there, else the nearest point of its own box that vis-network gives to it with a
    margin all round (up to 4 pixels: a click's position is rounded on its way to vis-network)."""
    settled(page_)
    point = page_.evaluate(
        """id => {
             const net = pchgraphNetwork, centre = net.canvasToDOM(net.getPositions([id])[id]);
             const box = net.getBoundingBox(id), a = net.canvasToDOM({x: box.left, y: box.top}),
                   b = net.canvasToDOM({x: box.right, y: box.bottom});
             const m = Math.max(1, Math.min(4, (b.x - a.x) / 8));
             const ours = (x, y) => [[0, 0], [-m, 0], [m, 0], [0, -m], [0, m], [-m, -m], [m, m], [-m, m], [m, -m]]
               .every(([dx, dy]) => net.getNodeAt({x: x + dx, y: y + dy}) === id);
             if (ours(centre.x, centre.y)) return centre;
             let best = null;
             for (let x = a.x; x <= b.x; x += 1) for (let y = a.y; y <= b.y; y += 1) {
               const d = (x - centre.x) ** 2 + (y - centre.y) ** 2;
               if ((best === null || d < best.d) && ours(x, y)) best = {x, y, d};
             }
             return best;
           }""",
        node_id,
    )
    assert point is not None, f"{node_id} is wholly covered by other nodes"
    box = page_.locator("#network").bounding_box()
    return {"x": box["x"] + point["x"], "y": box["y"] + point["y"]}


def hover(page_, node_id: str) -> str:
    """Move the mouse onto a node and return the tooltip's text (waits for it to show)."""
    point = point_on(page_, node_id)
    page_.mouse.move(point["x"] + 1, point["y"] + 1)
    page_.mouse.move(point["x"], point["y"])
    page_.wait_for_function(
        "(() => { const t = document.querySelector('div.vis-tooltip'); return t && t.style.visibility === 'visible'; })()", timeout=10000
    )
    return page_.evaluate("document.querySelector('div.vis-tooltip').innerText")


def click(page_, node_id: str) -> None:
    """A real mouse click on a node, where vis-network draws it; aimed again (at most three times)
    if the view moved under the pointer and another node took the click."""
    for _ in range(3):
        point = point_on(page_, node_id)
        page_.mouse.click(point["x"], point["y"])
        selected = page_.evaluate("pchgraphNetwork.getSelectedNodes()")
        if selected == [node_id] or not selected:  # a region's node opens instead of staying selected
            return


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    return [
        (a["text"], b["text"])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]
    ]


def label_boxes(page_) -> list[dict]:
    """The labels drawn, each box checked against vis-network's canvas position of its node
    and against the width Chromium measures for its text."""
    boxes = page_.evaluate("pchgraphLabelBoxes")
    checked = page_.evaluate(
        """boxes => boxes.filter(b => !b.id.startsWith("group:")).map(b => {
             const p = pchgraphNetwork.canvasToDOM(pchgraphNetwork.getPositions([b.id])[b.id]);
             const ctx = document.createElement("canvas").getContext("2d");
             ctx.font = b.font;
             return {id: b.id, px: p.x, py: p.y, width: ctx.measureText(b.text).width};
           })""",
        boxes,
    )
    by_id = {b["id"]: b for b in boxes}
    for row in checked:
        box = by_id[row["id"]]
        assert abs(box["w"] - row["width"]) < 0.5
        # The label sits beside its node: the node's centre is within a node's size of the box.
        assert box["x"] - 45 <= row["px"] <= box["x"] + box["w"] + 45 and box["y"] - 45 <= row["py"] <= box["y"] + box["h"] + 45
    return boxes


@pytest.fixture(scope="module")
def whole_page(graph, tmp_path_factory):
    out = tmp_path_factory.mktemp("html") / "pchgraph.html"
    write_html(graph, out)
    return out


def test_whole_corpus_opens_offline_and_draws_every_node_and_edge(whole_page, open_page, graph):
    page_ = open_page(whole_page)
    counts = page_.evaluate("[pchgraphData.nodes.length, pchgraphData.edges.length, pchgraphNetwork.body.nodeIndices.length]")
    drawn = partnerships(graph)  # succession is named in tooltips, not drawn
    assert counts == [drawn.number_of_nodes(), drawn.number_of_edges(), drawn.number_of_nodes()]
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
    drawn = partnerships(graph)
    practices = sum(1 for _, k in drawn.nodes(data="kind") if k == "practice")
    page_.uncheck('input[data-kind="practice"]')
    assert page_.evaluate("pchgraphNetwork.body.nodeIndices.length") == drawn.number_of_nodes() - practices
    page_.check('input[data-kind="practice"]')
    assert page_.evaluate("pchgraphNetwork.body.nodeIndices.length") == drawn.number_of_nodes()
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


def test_a_bigger_graph_starts_as_regions_that_open_on_a_click(open_page, graph, tmp_path):
    big = nx.MultiDiGraph()
    for copy in range(3):
        big.update(nx.relabel_nodes(graph, {n: f"{n}#{copy}" for n in graph}, copy=True))
    assert big.number_of_nodes() > CLUSTER_ABOVE
    out = tmp_path / "big.html"
    write_html(big, out)
    page_ = open_page(out)
    regions = page_.evaluate("pchgraphNetwork.body.nodeIndices.filter(id => pchgraphData.nodes.get(id).isRegion)")
    assert len(regions) == len(set(groups(big, "area").values()))
    assert page_.evaluate("pchgraphNetwork.body.nodeIndices.length") == len(regions)
    screenshot(page_, "bigger-graph-regions")
    click(page_, regions[0])
    page_.wait_for_function(f"pchgraphNetwork.body.nodeIndices.length > {len(regions)}")
    assert regions[0] not in page_.evaluate("pchgraphNetwork.body.nodeIndices")
    screenshot(page_, "bigger-graph-region-opened")
    # A search finds a node inside a closed region, and opens it.
    page_.fill("#search", "RYY")
    page_.press("#search", "Enter")
    assert page_.evaluate("pchgraphNetwork.getSelectedNodes()")[0].startswith("org:kent-community-health-foundation-trust#")
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


def test_no_two_labels_overlap_in_the_first_view_and_the_most_connected_are_labelled(whole_page, open_page, graph):
    page_ = open_page(whole_page)
    boxes = label_boxes(page_)
    width, height = page_.evaluate("[document.getElementById('network').clientWidth, document.getElementById('network').clientHeight]")
    assert len(boxes) >= 30
    assert overlapping(boxes) == []
    assert all(0 <= b["x"] and b["x"] + b["w"] <= width and 0 <= b["y"] and b["y"] + b["h"] <= height for b in boxes)
    labelled = {b["id"] for b in boxes}
    drawn = partnerships(graph)
    orgs = sorted(
        (n for n, k in drawn.nodes(data="kind") if k not in ("site", "area")), key=lambda n: (-drawn.degree(n), drawn.nodes[n]["name"], n)
    )
    # Placement tries four places per label; where two of the leaders sit side by side (two
    # Sussex trusts with the same sites) one may find no room at the first zoom.
    assert set(orgs[:4]) <= labelled and len(set(orgs[:8]) & labelled) >= 5
    screenshot(page_, "labels-first-view")
    # Zooming in makes room: more labels, still none overlapping.
    page_.evaluate("pchgraphNetwork.moveTo({scale: pchgraphNetwork.getScale() * 2.5})")
    page_.wait_for_timeout(200)
    zoomed = label_boxes(page_)
    assert overlapping(zoomed) == [] and len(zoomed) > len(boxes)


def test_grouped_by_area_shows_regions_with_their_names(graph, open_page, tmp_path):
    out = tmp_path / "areas.html"
    write_html(graph, out, group_by="area")
    page_ = open_page(out)
    boxes = label_boxes(page_)
    regions = [b["text"] for b in boxes if b["id"].startswith("group:")]
    assert "Cornwall and the Isles of Scilly" in regions and len(regions) >= 20
    assert overlapping(boxes) == []
    screenshot(page_, "grouped-by-area")


def search(page_, text: str) -> list[str]:
    page_.click("#search")
    page_.keyboard.press("Control+A")
    page_.keyboard.type(text)
    page_.keyboard.press("Enter")
    return sorted(page_.evaluate("pchgraphNetwork.getSelectedNodes()"))


def test_search_finds_codes_official_names_spellings_numbers_and_areas(whole_page, open_page, graph):
    page_ = open_page(whole_page)
    assert search(page_, "RJ8") == ["org:cornwall-partnership-foundation-trust"]
    assert search(page_, "rdr") == ["org:sussex-community-foundation-trust"]
    # The official name, and every spelling written in a document, not only the name shown.
    assert search(page_, "Sussex Community NHS Foundation Trust") == ["org:sussex-community-foundation-trust"]
    for spelling in graph.nodes["org:sussex-community-foundation-trust"]["aliases"]:
        assert search(page_, spelling) == ["org:sussex-community-foundation-trust"]
    assert search(page_, "KENT COMMUNITY HOSPITAL FOUNDATION TRUST") == ["org:kent-community-health-foundation-trust"]
    assert page_.inner_text("#details h2") == "Kent Community Health NHS Foundation Trust"
    # Every node written "Age UK" is selected, and the other Age UKs are listed to choose from.
    named = sorted(n for n, d in graph.nodes(data=True) if "age uk" in {words(a) for a in [d["name"], *(d.get("aliases") or [])]})
    assert search(page_, "Age UK") == named
    hits = page_.evaluate("Array.from(document.querySelectorAll('#hits button')).map(b => b.getAttribute('data-id'))")
    assert set(named) <= set(hits) and "org:age-uk-exeter" in hits
    screenshot(page_, "search-age-uk")
    page_.click('#hits button[data-id="org:age-uk-exeter"]')
    assert page_.evaluate("pchgraphNetwork.getSelectedNodes()") == ["org:age-uk-exeter"]
    assert page_.inner_text("#details h2") == "Age UK Exeter"
    # A site number, and an area (the area first, then its sites).
    site = next(n for n, d in graph.nodes(data=True) if d["kind"] == "site" and 12 in (d.get("numbers") or []))
    assert search(page_, "no. 12") == [site]
    assert search(page_, "Kent and Medway") == ["area:kent-and-medway"]
    assert len(page_.evaluate("document.querySelectorAll('#hits li')")) >= 5
    # A failed search clears the old selection, the panel and the hits.
    assert search(page_, "no such organisation") == []
    assert page_.inner_text("#message") == "No match"
    assert page_.evaluate("document.querySelectorAll('#hits li').length") == 0
    assert "Click a node" in page_.inner_text("#details")


def test_clicking_a_node_opens_its_details_with_every_quoted_line(whole_page, open_page, graph):
    page_ = open_page(whole_page)
    node = "org:kent-community-health-foundation-trust"
    click(page_, node)
    assert page_.evaluate("pchgraphNetwork.getSelectedNodes()") == [node]
    text = page_.inner_text("#details")
    assert page_.inner_text("#details h2") == "Kent Community Health NHS Foundation Trust"
    assert page_.inner_text("#details .kind") == "NHS trust"
    assert "ODS code\nRYY" in text
    assert "Official name" in text and "KENT COMMUNITY HEALTH NHS FOUNDATION TRUST" in text
    assert "Kent Community Hospital Foundation Trust" in text
    for _, site, data in graph.out_edges(node, data=True):
        assert graph.nodes[site]["name"] in text
        assert f"{data['source_file']}:{data['line']}" in text
    screenshot(page_, "details-panel")
    # A link in the panel selects that node.
    page_.click("#details button.link >> nth=0")
    assert page_.evaluate("pchgraphNetwork.getSelectedNodes()")[0].startswith("site:")


def test_a_partial_view_says_in_this_view_and_in_the_whole_graph(graph, open_page, tmp_path):
    out = tmp_path / "kent.html"
    result = CliRunner().invoke(cli, ["export", "html", str(out), "--area", "Kent and Medway"])
    assert result.exit_code == 0, result.output
    page_ = open_page(out)
    assert "in the whole graph" in page_.inner_text("h1")
    # An organisation of Kent that also works elsewhere: its count is given both ways.
    shown = set(page_.evaluate("pchgraphData.nodes.getIds()"))
    wider = next(
        n
        for n in sorted(shown)
        if n.startswith("org:") and any(k == "partner_of" and s not in shown for _, s, k in graph.out_edges(n, data="kind"))
    )
    text = hover(page_, wider)
    assert "in this view" in text and "in the whole graph" in text
    click(page_, wider)
    assert page_.evaluate("pchgraphNetwork.getSelectedNodes()") == [wider]
    assert "(not in this view)" in page_.inner_text("#details")
    assert "in the whole graph" in page_.inner_text("#details .count")
    screenshot(page_, "partial-view-counts")


def test_a_hostile_name_in_the_panel_and_hits_is_text(folder, open_page, tmp_path):
    entry = f"1\nSafe Site\n\nNO. OF PCHs: 1\nSTP AREA: Devon\n\nPARTNERS\n\nDevon County Council, {XSS}, Age UK.\n"
    graph = build_graph(read_sources(folder({"hostile.txt": entry})))
    out = tmp_path / "hostile.html"
    write_html(graph, out)
    page_ = open_page(out)
    search(page_, "img src")
    hostile = page_.evaluate("pchgraphNetwork.getSelectedNodes()")
    assert len(hostile) == 1
    assert page_.inner_text("#details h2").startswith("<img src=x onerror=alert")
    click(page_, "site:safe-site")
    assert XSS in page_.inner_text("#details")
    page_.wait_for_timeout(300)
    assert page_.evaluate("document.querySelectorAll('img').length") == 0
    assert page_.dialogs == [] and page_.errors == []
