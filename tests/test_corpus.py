"""The readers on real documents they were not written for: the development corpus
(tests/corpus), each document read alone and scored against its hand annotation. The floors
are the figures reached so far (bench/corpus.py prints them per document); a change that reads
worse fails here. The issue's targets are higher still: see bench/RESULTS.md."""

from __future__ import annotations

import json

import pytest
from corpus_score import CORPUS, documents, score_corpus

FLOORS = {
    # Documents 111-236 moved in (rounds 10-22, each measured once unseen first: see
    # bench/RESULTS.md). With the rules written for rounds 10-22, each a general rule about
    # layout or wording (counted lead-ins of sites, members in a bracket after a listed site,
    # networks in front of flattened table rows, councils by place, short heads and short trust
    # names, member-list items never the page's site, appositions that say a name is a
    # partnership, place headings in round-ups, list lead-ins and links, names that open with
    # places parted by commas, areas as collectives, hospitals as venues, the serial 'and',
    # newspapers, boards and commissioners only named, the NHS named bare, 'the CCG' for the one
    # named before, headings set out under 'networks are set up as follows', companies two bodies
    # formed, national bodies of councils, numbered minutes, people presenting a report,
    # practices merging into one, counted partnerships listed by place, bodies that approve or
    # hear the case, national bodies and one-word sources wherever prose names them, a
    # partnership's own service, breadcrumbs), the corpus of 146 documents reads sites 234/273,
    # recall 729/796, right site 651/796, precision 668/760, kinds 637/681, mentioned 231/326,
    # collective 298/412 (collectives outside any site count when the report keeps them as
    # collective). Round 22 lowered sites and right site (two of its six sites are named only by
    # description); the rules raised precision and mentioned.
    "sites found": 0.83,
    "clean recall": 0.91,
    "right site": 0.81,
    "precision": 0.88,
    "kinds": 0.93,
    "mentioned": 0.69,
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
