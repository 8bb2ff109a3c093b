"""The readers on real documents they were not written for: the development corpus
(tests/corpus), each document read alone and scored against its hand annotation. The floors
are the figures reached so far (bench/corpus.py prints them per document); a change that reads
worse fails here. The issue's targets are higher still: see bench/RESULTS.md."""

from __future__ import annotations

import json

import pytest
from corpus_score import CORPUS, documents, score_corpus

FLOORS = {
    # Documents 91-96 moved in (unseen: sites 1/7, recall 13/18, right site 1/18, precision
    # 11/20). With them, and the rules written after (a naming verb with a count of one, a network
    # named by its area, areas listed with their partnerships in brackets, addresses, venues,
    # sources and funders only named, the subject of 'is working with', groups named without a
    # determiner, …), the whole corpus reads sites 126/139, recall 394/414, right site 377/414,
    # precision 379/415, kinds 361/381, mentioned 85/137, collective 110/170.
    "sites found": 0.90,
    "clean recall": 0.95,
    "right site": 0.91,
    "precision": 0.91,
    "kinds": 0.94,
    "mentioned": 0.62,
    "collective": 0.64,
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
