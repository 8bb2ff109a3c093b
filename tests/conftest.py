from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pchgraph.graph import build_graph
from pchgraph.readers import read_sources
from pchgraph.resources import sources_dir

BROCHURE = "004_310525714bc6d37c.txt"


@pytest.fixture(scope="session")
def corpus():
    return read_sources(sources_dir())


@pytest.fixture(scope="session")
def graph(corpus):
    return build_graph(corpus)


@pytest.fixture(scope="session")
def brochure_text() -> str:
    return (sources_dir() / BROCHURE).read_text(encoding="utf-8")


@pytest.fixture
def folder(tmp_path):
    """A function that writes documents into a fresh folder and returns it."""

    def make(files: dict[str, str | bytes], with_seeds: bool = False) -> Path:
        target = tmp_path / "sources"
        target.mkdir(exist_ok=True)
        if with_seeds:
            for path in sources_dir().iterdir():
                shutil.copy(path, target / path.name)
        for name, content in files.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            (target / name).write_bytes(data)
        return target

    return make


@pytest.fixture(scope="session")
def neo4j_server():
    """A real Neo4j for the session. Without Java or Maven the Neo4j tests skip, except under
    CI (CI=true), where that is a failure."""
    import neo4j_server as launcher

    try:
        server = launcher.start(port=0)
    except launcher.Unavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the Neo4j tests must run under CI, but {exc}")
        pytest.skip(f"no Neo4j here: {exc}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def neo4j_settings(neo4j_server):
    from pchgraph.engines.neo4j_engine import Settings

    return Settings(uri=neo4j_server.uri, user="neo4j", password=neo4j_server.password)


@pytest.fixture
def neo4j_env(neo4j_settings, monkeypatch):
    """The environment a user would set to point pchgraph at this Neo4j."""
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.uri)
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_settings.user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings.password)
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    return neo4j_settings


@pytest.fixture
def loaded(graph, neo4j_settings):
    """Neo4j holding exactly the bundled graph."""
    from pchgraph.engines.neo4j_engine import load

    load(graph, neo4j_settings, wipe=True, progress=False)
    return neo4j_settings


CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium (Debian's), driven by Playwright. Skips where it is missing, except
    under CI, where that is a failure."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        reason = f"playwright is not installed ({exc})"
    else:
        reason = None if Path(CHROMIUM).exists() else f"{CHROMIUM} is not installed"
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the browser tests must run under CI, but {reason}")
        pytest.skip(reason)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser):
    """Open a local HTML file offline; records any network request, dialog, and script error."""
    pages = []

    def open_(path: Path, width: int = 1400, height: int = 900):
        context = browser.new_context(viewport={"width": width, "height": height}, offline=True)
        page = context.new_page()
        page.requests, page.dialogs, page.errors = [], [], []
        page.on("request", lambda r: page.requests.append(r.url) if not r.url.startswith(("file:", "data:", "blob:")) else None)
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.pchgraphDrawn !== undefined", timeout=60000)
        pages.append(context)
        return page

    yield open_
    for context in pages:
        context.close()
