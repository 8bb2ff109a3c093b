"""The readers on real documents they were not written for: the development corpus
(tests/corpus), each document read alone and scored against its hand annotation. The floors
are the figures reached so far (bench/corpus.py prints them per document); a change that reads
worse fails here. The issue's targets are higher still: see bench/RESULTS.md."""

from __future__ import annotations

import json

import pytest
from corpus_score import CORPUS, documents, score_corpus

FLOORS = {
    # Documents 111-576 moved in (rounds 10-56, each measured once unseen first: see
    # bench/RESULTS.md). With the rules written for rounds 10-56, each a general rule about
    # layout or wording (see bench/RESULTS.md and tests/test_casestudy_rules.py), the corpus of
    # 350 documents reads sites 456/573, recall 1684/1953, right site 1375/1953, precision
    # 1556/1898, kinds 1465/1566, mentioned 500/898, collective 697/954 (collectives outside any
    # site count when the report keeps them as collective). The 230 documents of rounds 1-36
    # read as well as before rounds 37-56 or better on every measure but one collective (sites
    # 341 -> 342 of 404, right site 974 -> 987 of 1240, precision 1043/1218 -> 1049/1221,
    # collective 458 -> 457 of 616); the floors are lower only because the 120 documents of
    # rounds 37-56 read worse than the rest (sites 114/169, right site 388/713, precision
    # 507/677): pages that name their partnership by description or their bodies in passing.
    "sites found": 0.79,
    "clean recall": 0.86,
    "right site": 0.70,
    "precision": 0.81,
    "kinds": 0.93,
    "mentioned": 0.55,
    "collective": 0.73,
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
