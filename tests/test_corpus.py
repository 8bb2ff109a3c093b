"""The readers on real documents they were not written for: the development corpus
(tests/corpus), each document read alone and scored against its hand annotation. The floors
are the figures reached so far (bench/corpus.py prints them per document); a change that reads
worse fails here. The issue's targets are higher still: see bench/RESULTS.md."""

from __future__ import annotations

import json

import pytest
from corpus_score import CORPUS, documents, score_corpus

FLOORS = {
    # Documents 111-9116 moved in (rounds 10-910, each measured once unseen first: see
    # bench/RESULTS.md). With the rules written for rounds 10-910, each a general rule about
    # layout or wording (see bench/RESULTS.md and tests/test_casestudy_rules.py), the corpus of
    # 5395 documents reads sites 3583/6731, recall 14880/20118, right site 7188/20118, precision
    # 11655/20418, kinds 10763/11718, mentioned 6667/15446, collective 8588/12403 (collectives
    # outside any site count when the report keeps them as collective; a body outside every site
    # counts as only named whichever way the reader took it). The floors are lower than the rest
    # of the corpus would allow only because the documents of rounds 153-910 read worse (right
    # site 68/243 on rounds 164-171, 107/309 on rounds 172-183, 21/84 on rounds 184-187, 212/831
    # on rounds 188-219, 377/1117 on rounds 220-261, 338/1634 on rounds 262-320, 340/1389 on
    # rounds 321-380, 300/1114 on rounds 381-422, 183/1077 on rounds 423-476, 114/503 on
    # rounds 477-498, 171/921 on rounds 499-542, 210/1024 on rounds 543-590, 369/1572 on
    # rounds 591-654, 102/439 on rounds 655-670, 77/325 on rounds 671-686, 166/551 on
    # rounds 687-718, 233/916 on rounds 719-774, 67/185 on rounds 775-782, 72/328 on rounds
    # 783-798, 18/89 on rounds 799-806, 22/53 on rounds 807-814, 45/100 on rounds 815-822,
    # 84/145 on rounds 823-830, 43/89 on rounds 831-838, 35/87 on rounds 839-846, 40/99 on
    # rounds 847-854, 36/90 on rounds 855-862, 49/100 on rounds 863-870, 39/73 on rounds
    # 871-878, 10/60 on rounds 879-886, 28/72 on rounds 887-894, 31/55 on rounds 895-902 and 10/49 on rounds 903-910, measured unseen (so precision falls to 0.571, as the pages of rounds 719-910
    # read precision 515/1236, 110/192, 175/399, 41/172, 36/237, 64/206, 108/234, 61/197,
    # 42/242, 61/224, 52/225, 76/170, 52/215, 31/213, 29/257, 36/175 and 28/212, pages that name no partnership made partners
    # of one; sites to 0.532 and mentioned to 0.432, as rounds 783-910 found 282 of 531 sites
    # and kept 1065 of 3804 bodies only named); the 1325 documents of rounds up to 219 read right site 3181/5862): pages
    # that name their partnership by description, by its members or not at all, and partners by
    # words no rule knows as a body's.
    "sites found": 0.52,
    "clean recall": 0.72,
    "right site": 0.34,
    "precision": 0.57,
    "kinds": 0.91,
    "mentioned": 0.43,
    "collective": 0.69,
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
    assert annotation["source"].startswith("http")
    # (a page may name bodies and no partnership, as a survey of which areas pay for federations
    # does: then it has no site, and every body on it is only named or a group)
    assert annotation["sites"] or all(m["site"] is None and m["role"] in ("mentioned", "collective") for m in annotation["mentions"])
    names = {site["name"] for site in annotation["sites"]}
    for mention in annotation["mentions"]:
        text = " ".join(lines[mention["line"] - 1 : mention["line"] + 1])
        assert mention["text"] in " ".join(text.split()) or mention["text"] in text, mention
        assert mention["site"] is None or mention["site"] in names, mention
        assert mention["role"] in ("partner", "mentioned", "self", "collective"), mention


def test_the_corpus_has_a_dozen_documents_or_more():
    assert len(documents()) >= 12 and (CORPUS / "README.md").exists()
