"""The faster ways of the build (issue 17) answer exactly as the plain ways they replace.

Each test compares a shortcut with the straightforward computation it stands for, on the
bundled documents' lines and on random text made of the pieces that matter.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from pchgraph.graph import item_text
from pchgraph.readers import (
    FEDERATION,
    FEDERATION_BEFORE,
    FederationPhrases,
    described_as,
    federation_phrases,
    federation_starts,
    phrase_before,
    printed_form,
)
from pchgraph.readers.brochure import FIELD_LABEL, FIELD_NAMES, classified, classify, field_parts, is_brochure
from pchgraph.readers.document import Document, Line, document_lines, read_document
from pchgraph.readers.mentions import Mention, Span, depth_zero_splits, depth_zero_splits_by_character
from pchgraph.resources import sources_dir

CORPUS = Path(__file__).parent / "corpus"


def bundled_lines() -> list[str]:
    lines = []
    for folder in (sources_dir(), CORPUS):
        for path in sorted(folder.glob("*.txt")):
            document, _ = read_document(path)
            if document is not None:
                lines += [line.text for line in document.lines]
    return lines


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return bundled_lines()


def field_parts_plain(text: str):
    """field_parts as it was written before its quick test of the line's start."""
    folded = text.casefold()
    if "stp" not in folded and "of" not in folded:
        return None
    matches = list(FIELD_LABEL.finditer(text))
    if not matches or text[: matches[0].start()].strip(" *_-#"):
        return None
    first = matches[0]
    if not first.group("colon") and text[first.end() :].strip(" *_"):
        return None
    parts = []
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        value = text[match.end() : end].strip(" *_")
        label = re.sub(r"[^a-z]", "", match.group("label").lower())
        key = FIELD_NAMES["pch" if "pch" in label else "pra" if "practices" in label else "stp"]
        parts.append((key, value))
    return parts


FIELD_PIECES = [
    "NO. OF PCHs",
    "no of practices",
    "STP AREA",
    "STP areas",
    "**",
    "__",
    " ",
    ":",
    "-",
    "#",
    "*",
    "x",
    "of",
    "1",
    "Kent",
    "\t",
]


def test_field_parts_answers_as_the_plain_search(lines):
    rng = random.Random(17)
    texts = [line.strip() for line in lines] + ["".join(rng.choice(FIELD_PIECES) for _ in range(rng.randint(0, 7))) for _ in range(20000)]
    for text in texts:
        assert field_parts(text) == field_parts_plain(text), text


def test_classify_of_a_seen_text_is_classify_worked_out(lines):
    for number, text in enumerate(lines[:5000], start=1):
        line = Line(number, text)
        assert classify(line) == classified(line)
        assert classify(line) == classified(line)  # the second time, from the cache


def test_is_brochure_counts_as_the_whole_sum(lines):
    rng = random.Random(3)
    for _ in range(300):
        texts = rng.sample(lines, 6) + rng.choice([[], ["NO. OF PCHs: 1"], ["NO. OF PCHs: 1 **STP AREA:** Kent"]])
        rng.shuffle(texts)
        document = Document(Path("x.txt"), [Line(i + 1, t) for i, t in enumerate(texts)])
        assert is_brochure(document) == (sum(len(field_parts(line.text.strip()) or []) for line in document.lines) >= 2)


SPLIT_PIECES = ["A", "Kent CCG", " ", ",", ";", "(", ")", "and", ", )", "x,", "((", "))"]


@pytest.mark.parametrize("separator", [",", ";"])
def test_depth_zero_splits_visits_only_what_changes_anything(separator):
    rng = random.Random(5)
    for _ in range(20000):
        text = "".join(rng.choice(SPLIT_PIECES) for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(text))
        span = Span(start, rng.randint(start, len(text)))
        assert depth_zero_splits(text, span, separator) == depth_zero_splits_by_character(text, span, separator), (text, span)


LEAD_PIECES = [
    " ",
    "  ",
    "\n",
    ",",
    ".",
    ";",
    "(",
    ")",
    "the",
    "The",
    "a",
    "our",
    "local",
    "GP",
    "gp",
    "x",
    "Camden",
    "\u00a0",
    ", the local GP ",
]


def test_phrase_before_finds_the_first_match_of_the_pattern():
    rng = random.Random(11)
    for _ in range(50000):
        body = "".join(rng.choice(LEAD_PIECES) for _ in range(rng.randint(0, 40)))[-130:]
        window = body + rng.choice(["federation", "Federation", "FEDERATION"])
        expected, found = FEDERATION_BEFORE.search(window), phrase_before(window)
        assert (expected and (expected.span(), expected.group(1))) == (found and (found.span(), found.group(1))), window


def test_federation_starts_are_the_pattern_matches(lines):
    rng = random.Random(13)
    pieces = ["federation", "Federation", "FEDERATİON", "federatıon", "x", "_", "1", " ", "é", "FEDERATIONs", "-", "\u0130"]
    texts = ["\n".join(lines)] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    for text in texts:
        assert federation_starts(text) == [m.start() for m in FEDERATION.finditer(text)]


def test_described_as_looks_a_name_up_as_every_phrase_would_be_compared():
    phrases = federation_phrases(
        "FedBucks, the local GP Federation. Haverstock Healthcare Federation; Camden GP Federation (Haverstock Healthcare)."
        " our  x  y federation; the West Kent GP Federation"
    )
    for name in [
        "FedBucks",
        "Haverstock Healthcare",
        "Healthcare",
        "healthcare federation",
        "y",
        " y",
        "x  y",
        "Kent",
        "West Kent",
        "Camden",
        "ab",
    ]:
        plain = name.lower()
        expected = (
            "GP federation"
            if len(plain) > 2 and (plain in phrases.bracketed or any(b == plain or b.endswith(" " + plain) for b in phrases.before))
            else None
        )
        assert described_as(Mention(name, name, "organisation", 1), phrases) == expected, name
    assert described_as(Mention("FedBucks", "FedBucks", "organisation", 1), FederationPhrases()) is None


def test_printed_form_is_as_printed():
    text = (
        "Ruth\u2019s Surgery, St Luke\u2019s Hospice and\nKent CCG\n\n\u201cThe Friends\u201d of X\n" * 3 + "plain line\nanother, plain\n"
    )
    document = Document(Path("a.txt"), document_lines(text))
    printed = printed_form(document)
    for no in range(0, len(document.lines) + 3):
        for piece in ["Ruth's Surgery", "St Luke's Hospice", "Kent CCG", '"The Friends"', "plain", "another, plain", "absent", ""]:
            assert printed(no, piece) == document.as_printed(no, piece), (no, piece)


def test_item_text_lays_out_as_json_dumps():
    rng = random.Random(7)

    def value(depth: int):
        kind = rng.randrange(9 if depth < 3 else 5)
        if kind == 0:
            return rng.choice(["", "Kent", 'a "quoted" \\ line\n', "Café ‘x’"])
        if kind == 1:
            return None
        if kind == 2:
            return rng.choice([True, False])
        if kind == 3:
            return rng.randint(-5, 10**12)
        if kind == 4:
            return rng.choice([0.5, 1e20])
        if kind in (5, 6):
            return [value(depth + 1) for _ in range(rng.randint(0, 3))]
        return {rng.choice(["a", "kind", "näme", "x y"]) + str(i): value(depth + 1) for i in range(rng.randint(0, 4))}

    for _ in range(3000):
        data = value(0)
        assert item_text(data, 0) == json.dumps(data, ensure_ascii=False, indent=1)
