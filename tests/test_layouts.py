"""Re-laid-out copies of the brochure give the same graph as the original."""

from __future__ import annotations

import layouts
import pytest

from pchgraph.graph import build_graph
from pchgraph.readers import read_sources


def signature(graph):
    """The graph without line numbers (which a re-layout changes), with whitespace folded and
    printed apostrophes read as typed ones (each copy keeps the characters it printed)."""
    nodes = {
        (
            node,
            data["kind"],
            data["name"],
            tuple(data.get("numbers") or ()),
            tuple(data.get("stp_area") or ()),
            data.get("pchs_raw"),
            data.get("practices_raw"),
            data.get("wave"),
        )
        for node, data in graph.nodes(data=True)
    }
    edges = {(u, v, d["kind"], " ".join((d.get("mention") or "").replace("\u2019", "'").split())) for u, v, d in graph.edges(data=True)}
    return nodes, edges


@pytest.fixture(scope="module")
def original(brochure_text, tmp_path_factory):
    folder = tmp_path_factory.mktemp("original")
    (folder / "brochure.txt").write_text(brochure_text, encoding="utf-8")
    return signature(build_graph(read_sources(folder)))


def graph_of(text, folder):
    (folder / "brochure.txt").write_bytes(text.encode("utf-8"))
    return build_graph(read_sources(folder))


@pytest.mark.parametrize("change", ["hard_wrapped", "with_page_furniture", "typographic", "title_case_headings", "crlf", "relaid"])
def test_one_change_at_a_time(original, brochure_text, tmp_path, change):
    assert signature(graph_of(getattr(layouts, change)(brochure_text), tmp_path)) == original


@pytest.mark.parametrize("width", [70, 74, 78, 80])
@pytest.mark.parametrize("every", [23, 41, 63])
def test_all_changes_at_other_widths_and_page_lengths(original, brochure_text, tmp_path, width, every):
    text = layouts.crlf(
        layouts.with_page_furniture(layouts.typographic(layouts.title_case_headings(layouts.hard_wrapped(brochure_text, width))), every)
    )
    assert signature(graph_of(text, tmp_path)) == original


def test_relaid_copy_keeps_provenance(brochure_text, tmp_path):
    text = layouts.relaid(brochure_text)
    lines = text.split("\r\n")
    corpus = read_sources(_write(tmp_path, text))
    assert corpus.mentions
    for mention in corpus.mentions:
        assert mention.text.split()[0].replace("'", "\u2019") in lines[mention.line - 1].replace("'", "\u2019").replace(
            "\u00a0", " "
        ) or mention.text.split()[0] in lines[mention.line - 1].replace("\u2019", "'")


def _write(folder, text):
    (folder / "brochure.txt").write_bytes(text.encode("utf-8"))
    return folder
