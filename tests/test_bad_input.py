"""Bad documents give a problem naming file (and line), never a traceback, and the rest loads."""

from __future__ import annotations

import pytest

from pchgraph.readers import read_sources

GOOD = "1\nGood Site\n\nNO. OF PCHs: 1\nNO. OF PRACTICES: 2\nSTP AREA: Devon\n\nPARTNERS\n\nDevon County Council.\n"


def messages(corpus):
    return [str(p) for p in corpus.problems]


def test_empty_file(folder):
    corpus = read_sources(folder({"empty.txt": "", "good.txt": GOOD}))
    assert "empty.txt: error: file is empty" in messages(corpus)
    assert [s.name for s in corpus.sites] == ["Good Site"]


def test_binary_file(folder):
    corpus = read_sources(folder({"scan.dat": b"GIF89a\x00\x01\x02", "good.txt": GOOD}))
    assert "scan.dat: error: file is binary (contains NUL bytes), not a text document" in messages(corpus)
    assert len(corpus.sites) == 1


@pytest.mark.parametrize("content", [b"%PDF-1.4\x00\x01\x02", b"%PDF-1.4\n garbage garbage", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<"])
def test_a_damaged_or_cut_pdf_is_one_warning_and_no_site(folder, content):
    corpus = read_sources(folder({"broken.pdf": content, "good.txt": GOOD}))
    assert "broken.pdf: warning: not a readable PDF: it starts as one, but its structure is damaged or cut short; nothing read" in messages(
        corpus
    )
    assert [s.name for s in corpus.sites] == ["Good Site"]


def test_non_utf8_file_names_its_line(folder):
    undecodable = "1\nCaf\xe9 Site\n".encode("latin-1") + bytes(range(0x80, 0x100)) * 2
    corpus = read_sources(folder({"mixed.txt": b"first line\n" + undecodable, "good.txt": GOOD}))
    assert "mixed.txt:3: error: not text in UTF-8 or a Western encoding (byte 0xe9 at offset 16)" in messages(corpus)
    assert len(corpus.sites) == 1


def test_utf8_byte_order_mark_is_fine(folder):
    corpus = read_sources(folder({"bom.txt": "\ufeff" + GOOD}))
    assert [s.name for s in corpus.sites] == ["Good Site"]
    assert corpus.sites[0].numbers == [1]


def test_seeds_read_without_warnings(corpus):
    assert [p for p in corpus.problems if p.level != "info"] == []


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig", "latin-1"])
def test_documents_saved_in_other_encodings_are_read_and_named(folder, encoding):
    text = "1\nSite One\n\nNO. OF PCHs: 1\nSTP AREA: Devon\n\nPARTNERS\n\nSt Luke\u2019s Hospice, Devon County Council.\n"
    if encoding == "latin-1":
        text = text.replace("\u2019", "'").replace("Site One", "Caf\xe9 Site")
    corpus = read_sources(folder({"doc.txt": text.encode(encoding)}))
    assert not [p for p in corpus.problems if p.level == "error"], messages(corpus)
    quoted = [m.text for m in corpus.mentions]
    assert quoted[0] == ("St Luke's Hospice" if encoding == "latin-1" else "St Luke\u2019s Hospice")
    if encoding in ("cp1252", "utf-16", "latin-1"):
        assert corpus.encodings["doc.txt"] in ("cp1252", "utf-16", "iso8859-1", "iso8859-15")


def test_a_link_to_nothing_is_a_warning_naming_it(folder):
    sources = folder({"good.txt": GOOD})
    (sources / "gone.txt").symlink_to(sources / "missing.txt")
    corpus = read_sources(sources)
    assert "gone.txt: warning: skipped: a link to a file that is not there" in messages(corpus)
    assert [s.name for s in corpus.sites] == ["Good Site"]
