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
from pchgraph.names import APOSTROPHES, BRACKETS, COMPILED_REWRITES, NOT_WORD, POSSESSIVE, folded, name_key, org_key
from pchgraph.names import LEADING_THE as KEY_THE
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
from pchgraph.readers import mentions as mentions_module
from pchgraph.readers.brochure import FIELD_LABEL, FIELD_NAMES, classified, classify, field_parts, is_brochure
from pchgraph.readers.document import (
    CHARACTER_FIXES,
    INVISIBLE,
    Document,
    Line,
    clean_line,
    document_lines,
    joined_paragraph,
    printed_and_cleaned,
    printed_line,
    read_document,
)
from pchgraph.readers.mentions import (
    LEADING_THE,
    LINKING,
    LIST_INTRO,
    Mention,
    Span,
    and_positions,
    depth_zero_splits,
    list_intro,
    partner_mentions,
    positions_outside_parens,
    positions_outside_parens_by_character,
    split_on_and,
    standalone_names,
    starts_lowercase,
    starts_name,
    trimmed,
)
from pchgraph.report import report_data, summary_data
from pchgraph.resources import rows, sources_dir

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


def depth_zero_splits_by_character(text: str, span: Span, separator: str) -> list[Span]:
    """depth_zero_splits as it was written before it visited only parentheses and separators."""
    pieces: list[Span] = []
    depth = 0
    start = span.start
    i = span.start
    while i < span.end:
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth and text[start:i].rstrip().endswith(","):
                depth = 0
                pieces.append(Span(start, i + 1))
                start = i + 1
            depth = max(depth - 1, 0)
        elif depth == 0 and text.startswith(separator, i):
            pieces.append(Span(start, i))
            start = i + len(separator)
            i = start
            continue
        i += 1
    pieces.append(Span(start, span.end))
    return [trimmed(text, piece) for piece in pieces if trimmed(text, piece).end > trimmed(text, piece).start]


@pytest.mark.parametrize("separator", [",", ";", " and ", "; "])
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


# Pieces of partner lists that reach every path of the list reader: brackets, 'and' and '&' at
# the ends of pieces, counted practices, lead-ins, relative clauses, colon labels, linking words.
LIST_PIECES = [
    "Kent CCG",
    "Age UK",
    "Healthwatch Riverton",
    " and ",
    " & ",
    " and",
    " an",
    " a",
    "and ",
    ", ",
    "; ",
    " (",
    ")",
    "(the GP out of hours service,) ",
    "three practices – ",
    "all 12 GP practices",
    "Mill Surgery in Riverton",
    "which was formerly ",
    "including ",
    "partners: ",
    "local voluntary organisations",
    "Nene and Corby CCGs",
    "The Eden Project",
    "x",
    " ",
    "practıce",
]


def random_list(rng: random.Random) -> str:
    return "".join(rng.choice(LIST_PIECES) for _ in range(rng.randint(0, 14)))


def test_positions_outside_parens_with_brackets_is_the_walk_over_every_character(lines):
    rng = random.Random(12)
    texts = [t for t in lines if "(" in t or ")" in t] + [random_list(rng) + "(" + random_list(rng) for _ in range(20000)]
    for text in texts:
        start = rng.randint(0, len(text))
        for span in (Span(0, len(text)), Span(start, rng.randint(start, len(text)))):
            if "(" in span.of(text) or ")" in span.of(text):
                for needles in ((" and ", " & "), (";",)):
                    assert positions_outside_parens(text, span, needles) == positions_outside_parens_by_character(text, span, needles)


def org_key_plain(name: str) -> str:
    """org_key as it was written before its test for each rewrite's words."""
    text = folded(BRACKETS.sub(" ", name)).replace("&", " and ")
    text = text.translate(APOSTROPHES)
    text = POSSESSIVE.sub("s", text).replace("'", "")
    text = NOT_WORD.sub(" ", text)
    for pattern, replacement in COMPILED_REWRITES:
        text = pattern.sub(replacement, text)
    text = KEY_THE.sub("", " ".join(text.split()))
    return text.strip()


KEY_PIECES = [
    "Clinical Commissioning Group",
    "community interest company",
    "Limited",
    "FT",
    "ft",
    "Foundation NHS Trust",
    "NHS",
    "nhs",
    "Hospitals",
    "Centre",
    "Saint",
    "Council for Voluntary Service",
    "Community and Voluntary Services",
    "Health Care",
    "CIC",
    "Ltd",
    "plc",
    "LLP",
    "The",
    " ",
    "\u00a0",
    "(x)",
    "'s",
    "&",
    "-",
    "Kent",
    "soft",
    "Café",
]


def test_org_key_tests_each_rewrite_as_running_it_would(lines):
    rng = random.Random(13)
    names = [r["name"] for r in rows("nhs_trusts_names.csv")] + lines[:5000]
    names += ["".join(rng.choice(KEY_PIECES) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    for name in names:
        assert org_key(name) == org_key_plain(name), name


def test_document_lines_translate_only_what_needs_it(lines):
    rng = random.Random(14)
    pieces = ["a", "Kent", " ", "\t", "\v", "\f", "\u200b", "\u00ad", "\u2019", "\u00a0", "\u201c", "é", "  "]
    raw = lines + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    raw = [line for line in raw if "\n" not in line and "\r" not in line]
    printed, cleaned = printed_and_cleaned(raw)
    assert printed == [printed_line(line.replace("\f", "")) for line in raw]
    assert cleaned == [clean_line(line.replace("\f", "")) for line in raw]
    # the ASCII characters the translations change are the ones a line is looked at for
    assert {chr(c) for c in [*INVISIBLE, *CHARACTER_FIXES] if c < 128} == {"\t", "\v"}


def test_list_intro_searches_every_piece_that_can_match(lines):
    rng = random.Random(15)
    pieces = ["three", "12", "GP", " ", "practices", "practice", "PRACTICES", "practıces", "are", ":", " – ", "include", "Kent"]
    texts = lines + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    for text in texts:
        found, plain = list_intro(text), LIST_INTRO.search(text)
        assert (found and found.span(), found and found.groupdict()) == (plain and plain.span(), plain and plain.groupdict()), text


def mentions_read_afresh(paragraph, known=frozenset()) -> list[dict]:
    """partner_mentions with nothing recorded from earlier lists: every span read."""
    mentions_module.READINGS.clear()
    return [m.as_dict() for m in partner_mentions(paragraph, known)]


def test_partner_mentions_replayed_are_the_mentions_read(lines):
    rng = random.Random(16)
    # one piece followed by different text, where an ' and ' begun at its end runs past it
    edges = [f"Age UK including (x) Kent CCG and{after}Age UK" for after in (" , ", ", ", " ; ", " & ", " ,")]
    texts = edges + [t for t in lines if t.strip()] + [random_list(rng) for _ in range(3000)]
    known = frozenset({"kent ccg", "age uk", "healthwatch riverton"})
    paragraphs = [joined_paragraph([Line(n + 1, text)]) for n, text in enumerate(texts)]
    for knowing in (frozenset(), known):
        fresh = [mentions_read_afresh(p, knowing) for p in paragraphs]
        mentions_module.READINGS.clear()
        # every list read twice: the second time mostly from what was recorded
        for paragraph, expected in zip(paragraphs + paragraphs, fresh + fresh):
            assert [m.as_dict() for m in partner_mentions(paragraph, knowing)] == expected, paragraph.text


def standalone_names_plain(texts: list[str]) -> frozenset[str]:
    """standalone_names as it was written before it took each piece's keys once."""
    found = set()
    for text in texts:
        whole = Span(0, len(text))
        for piece in depth_zero_splits(text, whole, ";" if ";" in text else ","):
            items = [piece]
            link = LINKING.search(piece.of(text))
            if link:
                items = split_on_and(text, trimmed(text, Span(piece.start + link.end(), piece.end)), free=True)
            for span in items:
                item = span.of(text)
                if " and " not in item and "(" not in item and starts_name(item) and not starts_lowercase(item):
                    found.add(name_key(LEADING_THE.sub("", item)))
    return frozenset(found)


def test_standalone_names_take_each_pieces_keys_once(lines):
    rng = random.Random(17)
    texts = lines + [random_list(rng) for _ in range(20000)]
    for text in texts:
        assert standalone_names([text]) == standalone_names_plain([text]), text
    assert standalone_names(texts) == standalone_names_plain(texts)


def test_and_positions_in_brackets_are_found_past_a_span_as_before():
    # an ' and ' begun at the end of a span with brackets runs past it; `ListReader.replayed` relies on it
    text = "(x) Kent CCG and Age UK"
    span = Span(0, text.index(" and") + 4)
    assert and_positions(text, span) == positions_outside_parens_by_character(text, span, (" and ", " & ")) == [12]


def test_summary_counts_are_the_reports(graph):
    summary, report = summary_data(graph), report_data(graph)
    for field in ("files", "sites", "site_numbers", "mentions", "nodes"):
        assert summary[field] == report[field], field
