"""The readers on real documents they were not written for: the development corpus
(tests/corpus), each document read alone and scored against its hand annotation. The floors
are the figures reached so far (bench/corpus.py prints them per document); a change that reads
worse fails here. The issue's targets are higher still: see bench/RESULTS.md."""

from __future__ import annotations

import json

import pytest
from corpus_score import CORPUS, documents, score_corpus

FLOORS = {
    # Documents 111-1296 moved in (rounds 10-128, each measured once unseen first: see
    # bench/RESULTS.md). With the rules written for rounds 10-128, each a general rule about
    # layout or wording (see bench/RESULTS.md and tests/test_casestudy_rules.py), the corpus of
    # 782 documents reads sites 866/1208, recall 2840/3480, right site 2127/3480, precision
    # 2552/3362, kinds 2387/2570, mentioned 1075/2031, collective 1531/2130 (collectives outside
    # any site count when the report keeps them as collective; a body outside every site counts
    # as only named whichever way the reader took it). The 638 documents of rounds 1-104 read
    # sites 735 -> 735 of 1004, recall 2525 -> 2538 of 3050, right site 1936 -> 1937, precision
    # 2292/2968 -> 2302/2969, kinds 2139/2305 -> 2149/2315, mentioned 904 -> 914 of 1688,
    # collective 1301 -> 1302 of 1775 across rounds 105-128. The floors are lower only because the
    # 144 documents of rounds 105-128 read worse than the rest (sites 131/204, right site 190/430,
    # precision 250/393): pages that name their partnership by place, by description, or not at
    # all, or only once under a headline that names none.
    "sites found": 0.70,
    "clean recall": 0.80,
    "right site": 0.60,
    "precision": 0.75,
    "kinds": 0.92,
    "mentioned": 0.53,
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
