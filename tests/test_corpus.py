"""The readers on real documents they were not written for: the development corpus
(tests/corpus), each document read alone and scored against its hand annotation. The floors
are the figures reached so far (bench/corpus.py prints them per document); a change that reads
worse fails here. The issue's targets are higher still: see bench/RESULTS.md."""

from __future__ import annotations

import json

import pytest
from corpus_score import CORPUS, documents, score_corpus

FLOORS = {
    # Documents 111-1056 moved in (rounds 10-104, each measured once unseen first: see
    # bench/RESULTS.md). With the rules written for rounds 10-104, each a general rule about
    # layout or wording (see bench/RESULTS.md and tests/test_casestudy_rules.py), the corpus of
    # 638 documents reads sites 735/1004, recall 2525/3050, right site 1936/3050, precision
    # 2292/2968, kinds 2139/2305, mentioned 904/1688, collective 1301/1775 (collectives outside
    # any site count when the report keeps them as collective; a body outside every site counts
    # as only named whichever way the reader took it). The 554 documents of rounds 1-90 read as
    # well or better than before rounds 91-104 on every measure (sites 664 -> 666 of 872, recall
    # 2301 -> 2310 of 2750, right site 1815 -> 1828, precision 2107/2685 -> 2112/2671, kinds
    # 1969/2117 -> 1976/2124, mentioned 733 -> 774 of 1430 (part of it the scorer change just
    # said), collective 1137 -> 1138 of 1545),
    # none of them worse on any measure. The floors are lower only because the 84 documents of
    # rounds 91-104 read worse than the rest (sites 69/132, right site 108/300, precision
    # 180/297): pages that name their partnership by description, by its members, in a list of
    # speakers, or only in passing.
    "sites found": 0.71,
    "clean recall": 0.81,
    "right site": 0.61,
    "precision": 0.75,
    "kinds": 0.92,
    "mentioned": 0.52,
    "collective": 0.71,
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
