from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pchgraph.graph import build_graph
from pchgraph.reference import sources_dir
from pchgraph.sources import read_sources

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
