"""How fast the exported page answers a click, on the bundled graph and a synthetic one.

    python bench/html_click.py [--scale 10] [--runs 5]

Writes the synthetic corpus (bench/synthetic.py, seeded), builds its graph, exports the html
page and the svg and png figures (timed), opens the page in headless Chromium (Debian's
/usr/bin/chromium) and makes real mouse clicks: on a closed region (it opens) and on a node (it
is selected and its details shown). A click's time runs from the mouse button going down to the
end of the first frame drawn after vis-network handled the click (window.pchgraphClickDrawn).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_corpus

from pchgraph.export import export
from pchgraph.graph import build_graph
from pchgraph.readers import read_sources

ARM = """() => { window.pchgraphClickDrawn = undefined;
  document.getElementById("network").addEventListener("pointerdown", () => { window.pchgraphPressed = performance.now(); }, { capture: true, once: true }); }"""


def timed(work) -> float:
    t = time.perf_counter()
    work()
    return time.perf_counter() - t


def click_ms(tab, node: str) -> float:
    """Milliseconds from pressing the mouse on `node` to the next frame drawn after the click."""
    point = tab.evaluate("id => pchgraphNetwork.canvasToDOM(pchgraphNetwork.getPositions([id])[id])", node)
    box = tab.locator("#network").bounding_box()
    x, y = box["x"] + point["x"], box["y"] + point["y"]
    tab.mouse.move(x, y)
    tab.wait_for_timeout(300)  # the hover redraw is over before the click is timed
    tab.evaluate(ARM)
    tab.mouse.click(x, y)
    tab.wait_for_function("window.pchgraphClickDrawn !== undefined", timeout=30000)
    return tab.evaluate("window.pchgraphClickDrawn - window.pchgraphPressed")


def measure(page: Path, runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        opens, selects, loads = [], [], []
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
            tab = context.new_page()
            tab.goto(page.resolve().as_uri())
            tab.wait_for_function("window.pchgraphDrawn !== undefined", timeout=600000)
            loads.append(tab.evaluate("window.pchgraphDrawn"))
            regions = tab.evaluate("pchgraphNetwork.body.nodeIndices.filter(id => pchgraphData.nodes.get(id).isRegion)")
            if regions:
                opens.append(click_ms(tab, regions[0]))
                tab.evaluate("pchgraphNetwork.fit({animation: false})")
                tab.wait_for_timeout(200)
            shown = tab.evaluate("pchgraphNetwork.body.nodeIndices.filter(id => !pchgraphData.nodes.get(id).isRegion)")
            selects.append(click_ms(tab, shown[0]))
            context.close()
        browser.close()
    return {"load": loads, "open": opens, "select": selects}


def report(name: str, figures: dict) -> None:
    for what, values in figures.items():
        if values:
            print(f"{name}: {what:<22} median {statistics.median(values):8.1f} ms  (max {max(values):.1f}, {len(values)} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        write_corpus(work / "sources", options.scale)
        graph = build_graph(read_sources(work / "sources"))
        print(f"{options.scale}x: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
        page = work / "page.html"
        for fmt, out in (("html", page), ("svg", work / "f.svg"), ("png", work / "f.png")):
            print(f"{options.scale}x: export {fmt:<4} {timed(lambda f=fmt, o=out: export(graph, f, o)):6.2f} s")
        figures = measure(page, options.runs)
        report(
            f"{options.scale}x",
            {"page load to drawn": figures["load"], "click opens a region": figures["open"], "click selects a node": figures["select"]},
        )


if __name__ == "__main__":
    main()
