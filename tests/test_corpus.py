"""The readers on real documents they were not written for: the development corpus
(tests/corpus), each document read alone and scored against its hand annotation. The floors
are the figures reached so far (bench/corpus.py prints them per document); a change that reads
worse fails here. The issue's targets are higher still: see bench/RESULTS.md."""

from __future__ import annotations

import json

import pytest
from corpus_score import CORPUS, documents, score_corpus

FLOORS = {
    # Documents 111-366 moved in (rounds 10-35, each measured once unseen first: see
    # bench/RESULTS.md). With the rules written for rounds 10-35, each a general rule about
    # layout or wording (see bench/RESULTS.md and tests/test_casestudy_rules.py), the corpus of
    # 224 documents reads sites 334/396, recall 1100/1220, right site 958/1220, precision
    # 1023/1190, kinds 971/1030, mentioned 356/560, collective 450/602 (collectives outside any
    # site count when the report keeps them as collective). The 182 documents of rounds 1-28
    # read better than before rounds 29-35 on every measure (sites 279 -> 293 of 333, right site
    # 783 -> 814 of 1011, mentioned 278 -> 296 of 429); the mentioned floor is lower only because
    # the 42 documents of rounds 29-35 name many bodies only in passing.
    "sites found": 0.84,
    "clean recall": 0.90,
    "right site": 0.78,
    "precision": 0.85,
    "kinds": 0.94,
    "mentioned": 0.63,
    "collective": 0.74,
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
