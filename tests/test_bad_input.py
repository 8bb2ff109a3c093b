"""Bad documents give a problem naming file (and line), never a traceback, and the rest loads."""

from __future__ import annotations

from pchgraph.readers import read_sources

GOOD = "1\nGood Site\n\nNO. OF PCHs: 1\nNO. OF PRACTICES: 2\nSTP AREA: Devon\n\nPARTNERS\n\nDevon County Council.\n"


def messages(corpus):
    return [str(p) for p in corpus.problems]


def test_empty_file(folder):
    corpus = read_sources(folder({"empty.txt": "", "good.txt": GOOD}))
    assert "empty.txt: error: file is empty" in messages(corpus)
    assert [s.name for s in corpus.sites] == ["Good Site"]


def test_binary_file(folder):
    corpus = read_sources(folder({"scan.pdf": b"%PDF-1.4\x00\x01\x02", "good.txt": GOOD}))
    assert "scan.pdf: error: file is binary (contains NUL bytes), not a text document" in messages(corpus)
    assert len(corpus.sites) == 1


def test_non_utf8_file_names_its_line(folder):
    latin1 = "1\nCaf\xe9 Site\n".encode("latin-1")
    corpus = read_sources(folder({"latin.txt": b"first line\n" + latin1, "good.txt": GOOD}))
    assert "latin.txt:3: error: not UTF-8 text (byte 0xe9 at offset 16)" in messages(corpus)
    assert len(corpus.sites) == 1


def test_utf8_byte_order_mark_is_fine(folder):
    corpus = read_sources(folder({"bom.txt": "\ufeff" + GOOD}))
    assert [s.name for s in corpus.sites] == ["Good Site"]
    assert corpus.sites[0].numbers == [1]


def test_seeds_read_without_warnings(corpus):
    assert [p for p in corpus.problems if p.level != "info"] == []
