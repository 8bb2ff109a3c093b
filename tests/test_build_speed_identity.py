"""The faster ways of the build (issue 17) answer exactly as the plain ways they replace.

Each test compares a shortcut with the straightforward computation it stands for, on the
bundled documents' lines and on random text made of the pieces that matter.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import random
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from pchgraph import parallel as parallel_module
from pchgraph import readers as readers_module
from pchgraph.build import add_edges, site_ccgs
from pchgraph.cache import TABLES_MAGIC, kept_tables
from pchgraph.graph import graph_chunks, graph_to_json, item_text
from pchgraph.names import APOSTROPHES, BRACKETS, COMPILED_REWRITES, DOTTED_INITIALS, NOT_WORD, POSSESSIVE, folded, name_key, org_key
from pchgraph.names import LEADING_THE as KEY_THE
from pchgraph.readers import (
    FEDERATION,
    FEDERATION_BEFORE,
    FederationPhrases,
    described_as,
    document_read_with_lists,
    federation_phrases,
    federation_starts,
    federations_by_file,
    phrase_before,
    printed_form,
    read_sources,
    source_files,
    standalone_of,
)
from pchgraph.readers import brochure as brochure_module
from pchgraph.readers import mentions as mentions_module
from pchgraph.readers.brochure import (
    FIELD_LABEL,
    FIELD_NAMES,
    HEADING_LINE,
    HEADING_START,
    HEADINGS,
    RANGE,
    REFERENCE_NUMBERS,
    LinePositions,
    classified,
    classify,
    classify_lines,
    field_parts,
    is_brochure,
    leading_count,
    looks_like_title,
    site_references,
    split_areas,
)
from pchgraph.readers.document import (
    CHARACTER_FIXES,
    INVISIBLE,
    LINE_BREAK,
    Document,
    Line,
    Paragraph,
    clean_line,
    document_lines,
    joined_paragraph,
    line_pages,
    may_have_glued_number,
    one_name_a_line,
    page_furniture,
    printed_and_cleaned,
    printed_line,
    read_document,
    without_glued_number,
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
from pchgraph.readers.sites import COUNT_PATTERN, count_value
from pchgraph.report import edge_kinds, report_data, summary_data
from pchgraph.resolve import codes
from pchgraph.resources import data_dir, rows, sources_dir
from pchgraph.schema import GRAPH_FORMAT

CORPUS = Path(__file__).parent / "corpus"


def corpus_sample(size: int) -> list[Path]:
    """About `size` documents of the development corpus, spread over all its rounds: what these
    tests compare on, so that their cost stays fixed as the corpus grows (test_corpus.py reads
    the corpus whole)."""
    documents = sorted(CORPUS.glob("*.txt"))
    return documents[:: max(1, len(documents) // size)]


def bundled_lines() -> list[str]:
    lines = []
    for path in [*sorted(sources_dir().glob("*.txt")), *corpus_sample(800)]:
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
    text = DOTTED_INITIALS.sub(lambda found: found.group(0).replace(".", ""), text)
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
    "C.I.C.",
    "e.g.",
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


def test_readings_are_kept_for_an_equal_list_of_known_names_made_again():
    # (a notebook building its folder again makes the same list of known names anew)
    first = frozenset({"age uk", "kent ccg"})
    again = frozenset(set(first))
    mentions_module.READINGS.clear()
    readings = mentions_module.readings_with(first)
    readings[("Age UK", "", ("item",))] = ()
    assert mentions_module.readings_with(again) is readings
    # kept under the new list itself, so the next lists find it without comparing names
    assert [known for known in mentions_module.READINGS] == [again] and next(iter(mentions_module.READINGS)) is again
    assert mentions_module.readings_with(frozenset({"age uk"})) == {}
    mentions_module.READINGS.clear()


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


# --- round 3: writing, edges, lines, classified lines, paragraphs, practice tables ---


def random_scalar(rng: random.Random):
    return rng.choice(["", "Kent", 'a "quoted" \\ line\n', "Café ‘x’", None, True, False, 0, 7, -3, 10**12, 0.5, 1e20])


def random_graph(rng: random.Random) -> nx.MultiDiGraph:
    """A multigraph whose edges have the shapes `EDGE_SHAPES` writes, with values of every type
    (so the templates must give way), and edges of other shapes (a page, a key of the file's
    own, a list)."""
    graph = nx.MultiDiGraph(pchgraph_format=GRAPH_FORMAT, files=["a.txt"])
    nodes = ["org:a", "site:b", "site:c", 'org:é "d"', 5]
    for node in nodes:
        graph.add_node(node, kind=rng.choice(["site", "trust"]), name=str(node), aliases=[str(node)] * rng.randint(0, 2))
    for _ in range(rng.randint(0, 30)):
        u, v = rng.choice(nodes), rng.choice(nodes)
        shape = rng.randrange(6)
        if shape == 0:
            graph.add_edge(
                u,
                v,
                kind="partner_of",
                mention=rng.choice(["Kent CCG", "Café"]),
                source_file="a.txt",
                line=rng.randint(1, 99),
                note=rng.choice([None, "x"]),
            )
        elif shape == 1:
            values = [random_scalar(rng) for _ in range(5)]
            graph.add_edge(u, v, **dict(zip(("kind", "mention", "source_file", "line", "note"), values)))
        elif shape == 2:
            graph.add_edge(u, v, kind="in_area", source_file="a.txt", line=rng.randint(1, 99))
        elif shape == 3:
            graph.add_edge(u, v, **dict(zip(("kind", "source_file", "line"), [random_scalar(rng) for _ in range(3)])))
        elif shape == 4:
            graph.add_edge(
                u, v, key=rng.choice([3, "k", 2.5]), kind="partner_of", mention="M", source_file="a.txt", line=1, note=None, page=2
            )
        else:
            # attributes named as the file's own keys of an edge, and nested values
            key = graph.add_edge(u, v, kind="x")
            graph[u][v][key].update(source=random_scalar(rng), key=[random_scalar(rng)], extra={"a": [1, None]})
    return graph


def test_graph_chunks_write_what_json_dumps_writes(graph):
    assert "".join(graph_chunks(graph)) == json.dumps(graph_to_json(graph), ensure_ascii=False, indent=1)
    rng = random.Random(31)
    for _ in range(400):
        made = random_graph(rng)
        assert "".join(graph_chunks(made)) == json.dumps(graph_to_json(made), ensure_ascii=False, indent=1)


def test_documents_read_by_workers_are_read_as_here(monkeypatch, tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    for number, path in enumerate([*sorted(sources_dir().iterdir()), *corpus_sample(400)]):
        (sources / f"{number:02d}-{path.name}").write_bytes(path.read_bytes())
    (sources / "99-unreadable.txt").write_bytes(b"\xff\xfe\x00\x00binary\x00")
    monkeypatch.setattr(parallel_module, "free_cpus", lambda: 1)
    here = read_sources(sources)
    monkeypatch.setattr(parallel_module, "free_cpus", lambda: 2)
    # however small the folder, it is read by workers
    monkeypatch.setattr(readers_module, "SHARED_BYTES", 0)
    monkeypatch.setattr(readers_module, "LIST_RUN_SITES", 1)
    seen, meanwhile = [], []
    by_workers = read_sources(sources, lambda name, *numbers: seen.append((name, *numbers)), lambda: meanwhile.append("called"))
    assert meanwhile == ["called"]  # called only while workers read
    assert here == by_workers
    assert [m.page for m in here.mentions] == [m.page for m in by_workers.mentions]
    # (each document the folder holds: a data table among them, such as a corpus page saved as
    # JSON, is skipped with a warning and no progress)
    names = [p.name for p in source_files(sources)]
    assert [name for name, _, _ in seen] == names
    assert [(number, total) for _, number, total in seen] == [(n, len(names)) for n in range(1, len(names) + 1)]


def test_names_and_federations_of_each_document_joined_are_those_of_all():
    reads = [document_read_with_lists(path) for path in [*sorted(sources_dir().glob("*.txt")), *corpus_sample(400)]]
    lists = [site for read in reads if read.reading for site in read.reading.partner_lists]
    assert len(lists) > 50
    assert frozenset().union(*(read.known for read in reads)) == standalone_of(lists)
    by_document = {}
    for read in reads:
        assert by_document.keys().isdisjoint(read.federations)
        by_document.update(read.federations)
    assert by_document == federations_by_file(lists)


def test_add_edges_is_add_edge_in_turn():
    rng = random.Random(32)
    for _ in range(300):
        nodes = [f"n{i}" for i in range(4)]
        one, other = nx.MultiDiGraph(), nx.MultiDiGraph()
        for graph in (one, other):
            graph.add_nodes_from(nodes[:3])
        # keys taken out of order first, so that a later edge must look for a free one
        for u, v, key in [(rng.choice(nodes[:3]), rng.choice(nodes[:3]), rng.randint(0, 3)) for _ in range(rng.randint(0, 4))]:
            one.add_edge(u, v, key=key, kind="first")
            other.add_edge(u, v, key=key, kind="first")
        edges = [(rng.choice(nodes), rng.choice(nodes), {"kind": rng.choice(["a", "b"]), "line": i}) for i in range(rng.randint(0, 12))]
        for u, v, attributes in edges:
            one.add_edge(u, v, **attributes)
        cache = getattr(other, "__networkx_cache__", None)
        if cache is not None:
            cache["something"] = "worked out before"
        add_edges(other, [(u, v, dict(attributes)) for u, v, attributes in edges])
        assert not getattr(other, "__networkx_cache__", None)  # emptied as add_edge empties it
        assert list(one.nodes(data=True)) == list(other.nodes(data=True))
        assert list(one.edges(keys=True, data=True)) == list(other.edges(keys=True, data=True))
        assert list(one.pred.items()) == list(other.pred.items())
        assert [list(one.pred[n].items()) for n in one] == [list(other.pred[n].items()) for n in other]


def test_edge_kinds_count_the_view(graph):
    assert list(edge_kinds(graph).items()) == list(Counter(kind for *_, kind in graph.edges(data="kind")).items())
    rng = random.Random(33)
    for _ in range(100):
        made = random_graph(rng)
        assert list(edge_kinds(made).items()) == list(Counter(kind for *_, kind in made.edges(data="kind")).items())


GLUED_PIECES = ["1", "2", "12", "123", ".", ")", " ", "\u00a0", "\u2028", "\u0662", "East", "x", "\t"]


def test_document_lines_are_the_lines_made_plainly(lines):
    rng = random.Random(34)
    texts = lines + ["".join(rng.choice(GLUED_PIECES) for _ in range(rng.randint(0, 7))) for _ in range(20000)]
    for text in texts:
        if without_glued_number(text) != text:
            assert may_have_glued_number(text), text
    # pages with a running head and a numbered foot, which are blanked as furniture
    pages = ["Running head\n" + "\n".join(texts[start : start + 700]) + f"\nPage {n}" for n, start in enumerate(range(0, 6000, 700))]
    assert page_furniture(LINE_BREAK.split("\f".join(pages)))
    for paged, text in (
        (False, "\n".join(texts[:3000]) + "\f" + "\n".join(texts[3000:6000])),
        (True, "\f".join(pages)),
        (False, "\f".join(pages)),
        (False, "\r\n".join(texts[:2000]) + "\r" + "\n".join(texts[2000:4000]) + "\r\r\n"),
    ):
        made = document_lines(text, paged=paged)
        raw = LINE_BREAK.split(text)
        furniture = page_furniture(raw)
        pages = line_pages(raw) if paged else [None] * len(raw)
        printed, cleaned = printed_and_cleaned(raw)
        plain = [
            Line(i + 1, "" if i in furniture else without_glued_number(cleaned[i]), pages[i], "" if i in furniture else printed[i])
            for i in range(len(raw))
        ]
        assert made == plain
        assert [vars(line) for line in made] == [vars(line) for line in plain]
        assert all(hash(a) == hash(b) for a, b in zip(made, plain))


def test_classify_lines_is_classify_of_each_non_blank_line(lines):
    document_lines_ = [Line(number, text) for number, text in enumerate(lines[:8000] + ["", "  ", "\u00a0"], start=1)]
    made = classify_lines(document_lines_)
    plain = [classify(line) for line in document_lines_ if not line.blank]
    assert made == plain
    assert [vars(item) for item in made] == [vars(item) for item in plain]
    # each item has lists of its own
    assert all(a.numbers is not b.numbers and a.fields is not b.fields for a, b in zip(made, classify_lines(document_lines_)))


def joined_paragraph_plain(lines: list[Line]) -> Paragraph:
    """joined_paragraph as it was written, with the pattern for a hyphen at the end (and the
    caption's credit that ends a line, and a line printed twice after one that stood alone)."""
    text = last = ""
    last_alone = False
    starts: list[int] = []
    line_nos: list[int] = []
    for line in lines:
        piece = " ".join(line.text.split())
        if not piece:
            continue
        if text:
            if re.search(r"[A-Za-z]-$", text) and piece[:1].isalpha():
                pass
            elif (
                re.search(r"\b(?:Picture|Photo|Photograph|Image|Credit)s?:\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$", text)
                or (piece == last and last_alone)
                or one_name_a_line(last, piece)
            ):
                # a picture's credit ends its caption; a line printed twice is two lines; a name
                # ending its short line is the next line's (see one_name_a_line)
                text += "; "
            else:
                text += " "
        starts.append(len(text))
        line_nos.append(line.no)
        finished = not text or text.rstrip().rstrip(")\"'").endswith((".", "!", "?"))
        last_alone = finished and not piece.endswith((",", ";", ":")) and not re.search(r"[\w,]\s+(?:and|or|&)\s*$", piece)
        text += piece
        last = piece
    return Paragraph(text, starts, line_nos)


def test_joined_paragraph_rejoins_as_the_pattern_did(lines):
    rng = random.Random(35)
    pieces = ["a-", "-", "é-", "Kent", " ", "x", "1-", "-a", "", "ß-", "Z-"]
    runs = [[Line(i, t) for i, t in enumerate(rng.sample(lines, 3), start=1)] for _ in range(500)]
    runs += [
        [Line(i, "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))) for i in range(rng.randint(0, 5))] for _ in range(5000)
    ]
    for run in runs:
        assert joined_paragraph(run) == joined_paragraph_plain(run)


def site_references_plain(value: str) -> tuple[list[int], list[str]]:
    numbers: list[int] = []
    for match in REFERENCE_NUMBERS.finditer(value):
        text = match.group(1)
        for start, end in RANGE.findall(text):
            numbers += range(int(start), int(end) + 1)
        text = RANGE.sub(" ", text)
        numbers += [int(n) for n in re.findall(r"\d+", text)]
    names: list[str] = []
    if not numbers:
        for inside in re.findall(r"\(([^)]*)\)", value):
            if re.search(r"(?i)\b(plus|linked|see)\b", inside):
                names += re.findall(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\b", inside)
    return sorted(set(numbers)), names


def split_areas_plain(value: str) -> list[str]:
    value = " ".join(value.split()).strip(" .")
    if not value:
        return []
    stated = re.match(r"^\(\s*(\w+)\s*\)\s*(.*)$", value)
    if stated and count_value(stated.group(1)):
        wanted = count_value(stated.group(1))
        parts = [p.strip() for p in re.split(r"[,;]", stated.group(2)) if p.strip()]
        if len(parts) == wanted:
            return parts
        return [stated.group(2)]
    return [value]


def leading_count_plain(value: str) -> int | None:
    match = re.match(rf"(?i)^\s*({COUNT_PATTERN})\b", value)
    return count_value(match.group(1)) if match else None


def test_field_values_are_read_as_the_plain_patterns_read_them(lines):
    rng = random.Random(36)
    pieces = [
        "(",
        ")",
        "plus",
        "see",
        "nos.",
        "89-91",
        "Winsford",
        " ",
        ".",
        "Two",
        "2",
        ",",
        ";",
        "Kent and Medway",
        "\u00a0",
        "3 to 4",
        "twenty-one",
    ]
    values = lines[:3000] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    for _ in range(2):  # the second time, from the caches
        for value in values:
            references = site_references(value)
            assert references == site_references_plain(value), value
            references[0].append(-1)  # the lists are the caller's own
            areas = split_areas(value)
            assert areas == split_areas_plain(value), value
            areas.append("changed")
            assert leading_count(value) == leading_count_plain(value), value
            assert looks_like_title(value) == looks_like_title_plain(value), value


def looks_like_title_plain(text: str) -> bool:
    text = text.strip()
    if not text or not (text[0].isupper() or text[0].isdigit()):
        return False
    if text.endswith((".", ",", ";", ":")) or len(text.split()) > 12:
        return False
    if re.search(r"\b(and|of|the|for|in|with|to|at|by|&)$", text):
        return False
    return text.count(",") <= 2


def test_practice_tables_kept_in_the_cache_are_the_tables_made(tmp_path, monkeypatch):
    monkeypatch.setenv("PCHGRAPH_CACHE", str(tmp_path / "cache"))
    made = codes.made_practice_tables()
    grouped = codes.grouped_practices()
    assert made[0] == grouped
    sources = codes.practice_table_sources(codes.PRACTICES_2018)
    first = kept_tables("practices", sources, codes.made_practice_tables)  # made and stored
    assert list((tmp_path / "cache").glob("tables-practices-*.pickle"))
    second = kept_tables("practices", sources, lambda: pytest.fail("the stored tables were not used"))
    assert first == second == made
    # every CCG's tier from the kept parts is the tier made from its practices
    for ccg, records in grouped.items():
        tier = codes.PracticeTier(second[0][ccg], *second[1][ccg])
        assert tier == codes.made_practice_tier(records), ccg
    assert codes.practice_tier("no such CCG") == codes.made_practice_tier(())
    # the 2022 columns kept are the columns of the rows
    later = kept_tables("practices-2022", codes.practice_table_sources(codes.PRACTICES_2022), codes.practices_2022_read)
    full = {r["PRACTICE_CODE"]: r for r in rows(codes.PRACTICES_2022)}
    assert later.keys() == full.keys()
    for code, row in full.items():
        for column in codes.COLUMNS_2022:
            assert later[code].get(column) == row.get(column)
    # a changed list or changed code is another entry
    for position in range(len(sources)):
        changed = list(sources)
        changed[position] += b"\n"
        assert kept_tables("practices", changed, lambda: "made again") == "made again", position
    assert codes.PRACTICES_2018.encode() in sources and (data_dir() / "reference" / codes.PRACTICES_2018).read_bytes() in sources


def test_a_damaged_or_unsafe_tables_entry_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("PCHGRAPH_CACHE", str(tmp_path / "cache"))
    assert kept_tables("t", [b"a"], lambda: {"a": (1, frozenset({"x"}))}) == {"a": (1, frozenset({"x"}))}
    (entry,) = (tmp_path / "cache").glob("tables-t-*.pickle")
    assert kept_tables("t", [b"a"], lambda: "unused") == {"a": (1, frozenset({"x"}))}
    entry.write_bytes(entry.read_bytes()[:-3])
    assert kept_tables("t", [b"a"], lambda: "made again") == "made again"
    # an entry whose hash matches but which names a global is refused, not run
    body = pickle.dumps(Path("x"), protocol=5)
    entry.write_bytes(TABLES_MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    assert kept_tables("t", [b"a"], lambda: "refused") == "refused"
    # without a writable cache folder the tables are made, without a word
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("PCHGRAPH_CACHE", str(blocked / "cache"))
    assert kept_tables("t", [b"a"], lambda: "no cache") == "no cache"


def practice_hits_plain(needed: dict[str, set[str]]) -> dict:
    """practice_hits as it was written, calling contained_score for each practice."""
    import numpy
    from rapidfuzz import fuzz, process

    hits: dict = {}
    for ccg in sorted(needed):
        tier = codes.practice_tier(ccg)
        if not tier.names:
            continue
        cores = sorted(needed[ccg])
        matrix = process.cdist(cores, tier.names, scorer=fuzz.token_sort_ratio, score_cutoff=codes.PRACTICE_MARGIN)
        found_rows, columns = numpy.nonzero(matrix)
        for row, column in zip(found_rows.tolist(), columns.tolist()):
            score = float(matrix[row, column]) - tier.discounts[column]
            if score >= codes.PRACTICE_KEPT:
                best = hits.setdefault((cores[row], ccg), {})
                owner = tier.owners[column]
                best[owner] = max(best.get(owner, 0.0), score)
        for wanted in cores:
            words = frozenset(wanted.split())
            for index in {i for word in words for i in tier.by_word.get(word, ())}:
                score = codes.contained_score(words, tier.words[index]) - tier.discounts[index]
                if score >= codes.PRACTICE_KEPT:
                    best = hits.setdefault((wanted, ccg), {})
                    owner = tier.owners[index]
                    best[owner] = max(best.get(owner, 0.0), score)
    return hits


def test_practice_hits_score_containment_as_contained_score_does():
    rng = random.Random(37)
    ccgs = sorted(codes.practices_by_ccg())
    vocabulary = sorted({w for ccg in ccgs[:40] for name in codes.practice_tier(ccg).names for w in name.split()})
    needed: dict[str, set[str]] = {}
    for ccg in rng.sample(ccgs, 40):
        names = list(codes.practice_tier(ccg).names)
        cores = {rng.choice(names) for _ in range(20)} if names else set()
        cores |= {" ".join(rng.sample(vocabulary, rng.randint(1, 3))) for _ in range(20)}
        cores |= {" ".join(rng.choice(names).split()[:1]) for _ in range(5)} if names else set()
        needed[ccg] = cores
    found, plain = codes.practice_hits(needed), practice_hits_plain(needed)
    assert list(found.items()) == list(plain.items())
    assert all(list(found[key].items()) == list(plain[key].items()) for key in plain)


def test_line_positions_and_paged_answer_as_worked_out():
    rng = random.Random(38)
    for _ in range(200):
        lines = [Line(no, "x", rng.choice([None, None, 1, 2])) for no in rng.sample(range(1, 60), rng.randint(0, 30))]
        positions = LinePositions(lines)
        plain = {line.no: i for i, line in enumerate(lines)}
        for no in range(0, 62):
            if no in plain:
                assert positions[no] == plain[no]
            else:
                with pytest.raises(KeyError):
                    positions[no]
        assert Document(Path("a.txt"), lines).paged == any(line.page is not None for line in lines)


def site_ccgs_plain(corpus, organisations: dict, areas_of: dict) -> dict:
    partners: dict[str, list[str]] = {site.id: [] for site in corpus.sites}
    for mention in corpus.mentions:
        organisation = organisations.get(mention.org_id) if mention.org_id else None
        if organisation and organisation.kind == "ccg" and organisation.code and mention.site_id in partners:
            partners[mention.site_id].append(organisation.code["official_name"])
    return {site_id: (list(dict.fromkeys(names)), []) for site_id, names in partners.items()}


def test_site_ccgs_take_the_ccgs_mentioned_as_the_plain_loop():
    from types import SimpleNamespace

    rng = random.Random(39)
    for _ in range(300):
        sites = [SimpleNamespace(id=f"site:{i}") for i in range(4)]
        organisations = {
            f"org:{i}": SimpleNamespace(kind=rng.choice(["ccg", "trust"]), code=rng.choice([None, {}, {"official_name": f"CCG {i % 3}"}]))
            for i in range(6)
        }
        organisations = {k: o for k, o in organisations.items() if not (o.code == {} and o.kind == "ccg")}
        mentions = [
            SimpleNamespace(
                org_id=rng.choice([None, "", "org:9", *organisations]), site_id=rng.choice(["site:0", "site:1", "site:3", "site:x", None])
            )
            for _ in range(rng.randint(0, 20))
        ]
        corpus = SimpleNamespace(sites=sites, mentions=mentions)
        found = site_ccgs(corpus, organisations, {})
        assert {k: v[0] for k, v in found.items()} == {k: v[0] for k, v in site_ccgs_plain(corpus, organisations, {}).items()}


def test_aliases_counted_in_one_call_are_counted_in_turn():
    rng = random.Random(40)
    for _ in range(300):
        names = [rng.choice(["Kent CCG", "kent ccg", "Age UK", "", "Café"]) for _ in range(rng.randint(0, 12))]
        start = Counter({rng.choice(["Age UK", "Mind"]): rng.randint(1, 3)})
        in_turn, at_once = Counter(start), Counter(start)
        for name in names:
            in_turn[name] += 1
        at_once.update(list(names))
        assert list(in_turn.items()) == list(at_once.items())


HEADING_PIECES = ["Overview", "OVERVIEW", "overview", "How", "how", " things", " are", " changing", "Partners", "PARTNERS", "partner", "s"]
HEADING_PIECES += [" ", "  ", "\t", "\u00a0", ":", "*", "_", "#", "'", "x", "Over view", "-", "."]


def test_heading_lines_are_only_the_lines_that_start_as_one(lines):
    rng = random.Random(41)
    texts = [line.strip() for line in lines] + ["".join(rng.choice(HEADING_PIECES) for _ in range(rng.randint(0, 7))) for _ in range(30000)]
    for text in texts:
        heading = HEADING_LINE.match(text)
        if heading and " ".join(heading.group("name").lower().split()) in HEADINGS:
            assert HEADING_START.match(text), text
    for text in texts[:3000]:
        assert classified(Line(1, text)) == classified_plain(Line(1, text))


def classified_plain(line: Line):
    """classified as it was written, matching HEADING_LINE on every line."""
    saved = brochure_module.HEADING_START
    brochure_module.HEADING_START = re.compile("")
    try:
        return classified(line)
    finally:
        brochure_module.HEADING_START = saved


def grouped_mentions_plain(mentions, scope_of):
    """grouped_mentions as it was written, joining the phrase and the note for every mention."""
    from pchgraph.readers.mentions import MENTIONED, ORGANISATION, PRACTICE, is_generic
    from pchgraph.resolve.organisations import SAME, Group, alias_table, descriptions, is_local, kind_of

    aliases = alias_table()
    described = descriptions(mentions)
    groups = {}
    named = {}
    for mention in mentions:
        if mention.kind not in (ORGANISATION, PRACTICE, MENTIONED):
            continue
        spelling = (mention.name, mention.note)
        found = named.get(spelling)
        if found is None:
            name = mention.name
            if is_generic(name) and mention.note and not is_generic(mention.note) and kind_of(mention.note)[0] == "council":
                name = mention.note
            alias = aliases.get(org_key(name))
            if alias and alias.action != SAME:
                alias = None
            if alias:
                name = alias.canonical
            national = alias is not None and alias.kind == "nhs_body"
            found = named[spelling] = (name, alias, org_key(name), is_local(name) and not national)
        name, alias, key, local = found
        prefix = "practice" if mention.kind == PRACTICE else "org"
        scope = scope_of.get(mention.site_id) if local else None
        identity = (prefix, key, scope)
        if alias and alias.kind:
            kind, guessed = alias.kind, False
        elif mention.kind == PRACTICE:
            kind, guessed = "practice", False
        else:
            note = "; ".join(filter(None, [described.get(id(mention)), mention.note]))
            kind, guessed = kind_of(name, note or None)
        group = groups.get(identity)
        if group is None:
            groups[identity] = group = Group(prefix, key, scope, name, kind, guessed, alias)
        elif group.guessed and not guessed:
            group.kind, group.guessed = kind, False
        if alias and group.alias is None:
            group.alias, group.name = alias, alias.canonical
        group.mentions.append(mention)
    return groups


def test_grouped_mentions_join_phrase_and_note_as_before(corpus, monkeypatch):
    from pchgraph.readers.mentions import COLLECTIVE, MENTIONED, ORGANISATION, PRACTICE
    from pchgraph.resolve import organisations
    from pchgraph.resolve.organisations import grouped_mentions

    asked: list[tuple] = []
    kind_of = organisations.kind_of
    monkeypatch.setattr(organisations, "kind_of", lambda *args: asked.append(args) or kind_of(*args))

    scope_of = {site.id: "Area" for site in corpus.sites}
    found = grouped_mentions(list(corpus.mentions), scope_of)
    plain = grouped_mentions_plain(list(corpus.mentions), scope_of)
    assert list(found) == list(plain) and list(found.values()) == list(plain.values())
    rng = random.Random(42)
    names = ["Age UK", "Kent CCG", "the council", "Riverside Trust", "Mind", "local authority", "Healthwatch"]
    notes = [None, "", "council", "a charity", "the voluntary sector"]
    mentions = []
    for number in range(3000):
        kind = rng.choice([ORGANISATION, ORGANISATION, PRACTICE, MENTIONED, COLLECTIVE])
        name = rng.choice(names)
        text = rng.choice([name, f"groups such as {name} and others", "", " "]) if kind == COLLECTIVE else name
        mentions.append(
            Mention(
                text=text,
                name=name,
                kind=kind,
                line=number,
                source_file=rng.choice(["a.txt", "b.txt"]),
                site_id=rng.choice(["site:a", "site:b"]),
                note=rng.choice(notes),
            )
        )
    scope_of = {"site:a": "A", "site:b": "B"}
    asked.clear()
    found = grouped_mentions(mentions, scope_of)
    asked_now, asked[:] = list(asked), []
    plain = grouped_mentions_plain(mentions, scope_of)
    assert list(found) == list(plain) and list(found.values()) == list(plain.values())
    # the kind of each name was asked with the same notes
    assert asked_now == asked and any(len(args) > 1 and args[1] and "; " in args[1] for args in asked)
