"""The readers on real documents they were not written for: the development corpus
(tests/corpus), each document read alone and scored against its hand annotation. The floors
are the figures reached so far (bench/corpus.py prints them per document); a change that reads
worse fails here. The issue's targets are higher still: see bench/RESULTS.md."""

from __future__ import annotations

import json

import pytest
from corpus_score import CORPUS, documents, score_corpus

FLOORS = {
    # Documents 101-106 moved in (unseen: sites 3/10, recall 24/29, right site 9/29, precision
    # 22/34); with them the corpus read sites 129/149, recall 418/443, right site 386/443,
    # precision 401/449, kinds 380/404, mentioned 99/167, collective 114/182. The two rules written
    # after, each for failures seen in at least two rounds (partnerships named in passing: in
    # apposition or listed as sites; partnerships given no name, only their members), take it to
    # sites 140/149, recall 418/443, right site 396/443, precision 401/444, kinds 380/404,
    # mentioned 99/167, collective 114/182. (The single-site weights were cross-validated by round
    # in bench/site_choice.py and kept.)
    "sites found": 0.93,
    "clean recall": 0.94,
    "right site": 0.89,
    "precision": 0.90,
    "kinds": 0.94,
    "mentioned": 0.59,
    "collective": 0.62,
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
