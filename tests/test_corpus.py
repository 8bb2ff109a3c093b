"""The readers on real documents they were not written for: the development corpus
(tests/corpus), each document read alone and scored against its hand annotation. The floors
are the figures reached so far (bench/corpus.py prints them per document); a change that reads
worse fails here. The issue's targets are higher still: see bench/RESULTS.md."""

from __future__ import annotations

import json

import pytest
from corpus_score import CORPUS, documents, score_corpus

FLOORS = {
    # Documents 111-916 moved in (rounds 10-90, each measured once unseen first: see
    # bench/RESULTS.md). With the rules written for rounds 10-90, each a general rule about
    # layout or wording (see bench/RESULTS.md and tests/test_casestudy_rules.py), the corpus of
    # 548 documents reads sites 664/872, recall 2301/2750, right site 1815/2750, precision
    # 2107/2685, kinds 1969/2117, mentioned 733/1430, collective 1137/1545 (collectives outside
    # any site count when the report keeps them as collective). The 446 documents of rounds 1-72
    # read better than before rounds 73-90 on sites (539 -> 547 of 694), recall (2032 -> 2044 of
    # 2404), right site (1609 -> 1630), precision (1868/2336 -> 1877/2340) and kinds (1748/1878
    # -> 1760/1887), mentioned and collective the same; three of them read worse on some measure
    # (254, 431, 463). The floors are lower only because the 108 documents
    # of rounds 73-90 read worse than the rest: pages that name their partnership by
    # description, by its members, or only in passing, and more bodies only named.
    # (0.77 until rounds 77-79 came in, whose 39 sites read 11)
    "sites found": 0.76,
    # (0.84 until rounds 89 and 90 came in, whose 39 partners read 23)
    "clean recall": 0.83,
    "right site": 0.66,
    # (0.79 and 0.93 until rounds 80-84 came in, whose partner edges read 58 right of 122 and
    # whose kinds 37 of 53)
    "precision": 0.78,
    "kinds": 0.92,
    # (0.53 until rounds 75 and 76 came in, whose 31 bodies only named read 9; 0.52 until
    # rounds 83 and 84, whose 44 read 15)
    "mentioned": 0.51,
    "collective": 0.72,
}


@pytest.fixture(scope="module")
def total():
    return score_corpus()[1]


@pytest.mark.parametrize("measure", FLOORS)
def test_the_corpus_reads_at_least_as_well_as_before(total, measure):
    assert total.rate(measure) >= FLOORS[measure], f"{measure}: {total.counts[measure]}"


@pytest.mark.parametrize("document", documents(), ids=lambda p: p.stem)
def test_every_annotation_points_at_its_text(document):
    annotation = json.loads(document.with_suffix(".json").read_text(encoding="utf-8"))
    lines = document.read_text(encoding="utf-8").splitlines()
    assert annotation["source"].startswith("http") and annotation["sites"]
    names = {site["name"] for site in annotation["sites"]}
    for mention in annotation["mentions"]:
        text = " ".join(lines[mention["line"] - 1 : mention["line"] + 1])
        assert mention["text"] in " ".join(text.split()) or mention["text"] in text, mention
        assert mention["site"] is None or mention["site"] in names, mention
        assert mention["role"] in ("partner", "mentioned", "self", "collective"), mention


def test_the_corpus_has_a_dozen_documents_or_more():
    assert len(documents()) >= 12 and (CORPUS / "README.md").exists()
