"""The readers on real documents they were not written for: the development corpus
(tests/corpus), each document read alone and scored against its hand annotation. The floors
are the figures reached so far (bench/corpus.py prints them per document); a change that reads
worse fails here. The issue's targets are higher still: see bench/RESULTS.md."""

from __future__ import annotations

import json

import pytest
from corpus_score import CORPUS, documents, score_corpus

FLOORS = {
    # Documents 111-376 moved in (rounds 10-36, each measured once unseen first: see
    # bench/RESULTS.md). With the rules written for rounds 10-36, each a general rule about
    # layout or wording (see bench/RESULTS.md and tests/test_casestudy_rules.py), the corpus of
    # 230 documents reads sites 341/404, recall 1123/1240, right site 974/1240, precision
    # 1043/1218, kinds 985/1050, mentioned 360/570, collective 458/616 (collectives outside any
    # site count when the report keeps them as collective). The 182 documents of rounds 1-28
    # read better than before rounds 29-36 on every measure (sites 279 -> 293 of 333, right site
    # 783 -> 814 of 1011, kinds 799/857 -> 816/863, mentioned 278 -> 296 of 429); the kinds and
    # mentioned floors are lower only because the 48 documents of rounds 29-36 name many bodies
    # only in passing or by names that say nothing of their kind.
    "sites found": 0.84,
    "clean recall": 0.90,
    "right site": 0.78,
    "precision": 0.85,
    "kinds": 0.93,
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
