"""The cytoscape export, loaded by the tool it names: Cytoscape.js (the npm package, installed by
`.ci/run` into tests/js) in headless Chromium, with every node and edge of the graph drawn."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from pchgraph.export import export

CYTOSCAPE = Path(__file__).resolve().parent / "js" / "node_modules" / "cytoscape" / "dist" / "cytoscape.min.js"
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><script src="cytoscape.min.js"></script></head>
<body><div id="cy" style="width: 1200px; height: 800px"></div>
<script>
fetch("graph.cyjs").then(r => r.json()).then(data => {
  window.cy = cytoscape({container: document.getElementById("cy"), elements: data.elements, layout: {name: "grid"}});
  window.loaded = true;
}).catch(e => { window.failed = String(e); });
</script></body></html>"""


@pytest.fixture(scope="module")
def cytoscape_js():
    if not CYTOSCAPE.exists():
        reason = f"Cytoscape.js is not installed ({CYTOSCAPE}; run 'npm ci' in tests/js)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"the Cytoscape.js test must run under CI, but {reason}")
        pytest.skip(reason)
    return CYTOSCAPE


def test_cytoscape_js_draws_every_node_and_edge(graph, cytoscape_js, browser, tmp_path):
    export(graph, "cytoscape", tmp_path / "graph.cyjs")
    shutil.copy(cytoscape_js, tmp_path / "cytoscape.min.js")
    (tmp_path / "index.html").write_text(PAGE, encoding="utf-8")
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    # fetch() of a file:// URL needs the files served; Chromium's file access flag is not on
    # in the shared fixture, so the page and its data are served from the folder by a route.
    page.route("http://pchgraph.test/**", lambda route: route.fulfill(path=str(tmp_path / route.request.url.rsplit("/", 1)[1])))
    page.goto("http://pchgraph.test/index.html")
    page.wait_for_function("window.loaded === true || window.failed !== undefined", timeout=60000)
    assert page.evaluate("window.failed") is None and not errors
    data = json.loads((tmp_path / "graph.cyjs").read_text(encoding="utf-8"))
    counts = page.evaluate("[cy.nodes().length, cy.edges().length, cy.edges().filter(e => e.visible()).length]")
    assert counts == [graph.number_of_nodes(), graph.number_of_edges(), graph.number_of_edges()]
    assert counts[1] == len(data["elements"]["edges"])
    one = page.evaluate("cy.edges()[0].data()")
    assert one["source"] in graph and one["target"] in graph
    context.close()
