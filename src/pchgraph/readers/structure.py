"""The structure of a free-text document: headings, list items, table rows and paragraphs, and
the blocks among them that name a site (a partnership the document describes as a unit).

A document describes one site or many. Many sites show in its layout: a numbered or bulleted
list of names under a lead-in that says what they are ("There are 14 rapid test sites"), items
of the form "Name – partners" or "Name (place): practices", headings that name a partnership
("Brunel Health Group 1", "Tower Hamlets Integrated Provider Partnership"), and a heading that
repeats a listed site. These are general rules about layout and wording, not about documents.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from .document import PERSON_TITLE, ROSTER_LINE, Line, Paragraph, ends_sentence, joined_paragraph, paragraphs
from .mentions import is_practice_name, words
from .sites import COUNT_PATTERN, count_value

# (a PDF's bullet may be a private-use glyph of its symbol font: '\uf0b7', '\uf0a7')
MARKER = re.compile(r"^\s*(?P<marker>(?:\d{1,3}[.)])|[•\u2022\u25cf\u25aa\u00b7\uf0b7\uf0a7\-*–])\s+(?=\S)")
TRAILING_FIGURES = re.compile(r"\s+(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?%?)(?:\s+(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?%?))*\s*$")
HEAD_SEPARATOR = re.compile(r"\s+[–—-]\s+|:\s+|\s*:$")
# Words that end the name of a partnership described as a unit.
SITE_HEADS = {
    "alliance",
    "partnership",
    "network",
    "pcn",
    "collaborative",
    "locality",
    "neighbourhood",
    "together",
    "vanguard",
    "federation",
    "cluster",
    "home",
    "group",
    "economy",
    "provider",
    "community",
    "care",
    "partners",
    "hub",
    "healthcare",
    "icp",
    "ics",
    "pacs",
    "mcp",
}
# Plural nouns by which a lead-in says that the list below is of sites.
SITE_KINDS = re.compile(
    r"(?i)\b(sites?|vanguards?|networks?|pcns?|pcn['’]s|primary care homes?|partnerships?|alliances?|federations?|"
    r"clusters?|localities|neighbourhoods?|new care models?|collaboratives?|systems?|hubs?|pilots)\b"
)
# A line opening with a person's title.
PERSON = re.compile(rf"^{PERSON_TITLE}\b\.?")
VERB = re.compile(r"(?i)\b(is|are|was|were|has|have|had|will|would|can|could|should|been|being|said|says|include|includes)\b")


@dataclass
class Block:
    """A heading, a list item, a table row or a paragraph, with its lines."""

    kind: str
    lines: list[Line]
    text: str
    paragraph: Paragraph
    marker: str | None = None
    site: object | None = field(default=None, repr=False)

    @property
    def first(self) -> int:
        return self.lines[0].no


def blocks(lines: list[Line], headings: frozenset[int] = frozenset()) -> list[Block]:
    """The document's lines grouped into blocks, in order; lines numbered in `headings` stand
    as headings of their own even inside a paragraph."""
    found: list[Block] = []
    for run in split_at(paragraphs(lines), headings):
        if run[0].no in headings and (len(run) == 1 or wraps_onto(run[:1], run[1], headings)):
            found.append(make_block("heading", run, joined_title(run)))
            continue
        if sum(1 for line in run if MARKER.match(line.text)) >= 1:
            found += list_blocks(run)
        # (rows are most of the run: a wrapped caption's last line 'NDFP Surgeries MC 1' is no table)
        elif len(run) >= 2 and sum(1 for line in run if is_row_line(line.text)) >= max(2, len(run) / 2):
            found += [row_block(line) for line in run]
        elif len(run) >= 2 and sum(1 for line in run if ROW_LABEL.match(line.text)) >= 2:
            # rows of a table flattened to text, each led by its network's name (a row the
            # page wrapped goes on on the lines after it)
            found += [make_block("paragraph", rows) for rows in labelled_rows(run)]
        elif len(run) >= 3 and all(is_name_line(line.text) for line in run):
            # A table column flattened to one name per line.
            found += [make_block("row", [line], line.text.strip()) for line in run]
        elif len(run) == 1 and looks_like_heading(run[0].text):
            found.append(make_block("heading", run, MARKER.sub("", run[0].text).strip()))
        elif len(run) == 2 and re.fullmatch(r"[A-Z][a-z]+", run[1].text.strip()) and looks_like_heading(joined_title(run)):
            # a heading a printed page wrapped onto its lone last word ('… Enhanced Primary' / 'Care')
            found.append(make_block("heading", run, MARKER.sub("", joined_title(run)).strip()))
        else:
            found.append(make_block("paragraph", run))
    found = continued_items(found)
    mark_headings_between(found)
    mark_names_listed_apart(found)
    return found


PARTNERSHIPS_PLURAL = re.compile(
    r"(?i)\b(?:consortia|networks|pcns|partnerships|alliances|federations|collaboratives|vanguards|hubs|clusters|localities)\b"
)
# A lead-in that ends in a colon and says bodies follow ('the following GP practices:', 'Our
# partners include:').
BODIES_LEAD = re.compile(
    r"(?i)\b(?:practices|surgeries|members|partners|organisations|includ(?:e|es|ing)|compris\w*|made\s+up\s+of|consists?\s+of)\b"
    r"[^.!?]*:\s*$"
)


def mark_names_listed_apart(found: list[Block]) -> None:
    """Names printed one to a paragraph under a lead-in that says bodies follow ('The CCG
    represents the following GP practices:', then 'Newport Health Centre', 'Medina Healthcare',
    …) are the items of a list, not headings: a heading has text under it, and these have only
    each other.

    >>> found = blocks([Line(1, "It represents the following practices:"), Line(2, ""), Line(3, "Hill Surgery"), Line(4, ""),
    ...     Line(5, "Dale House"), Line(6, ""), Line(7, "Patients were told.")])
    >>> [b.kind for b in found][1:]
    ['item', 'item', 'paragraph']
    """
    for i, block in enumerate(found):
        # (not under a lead-in that says they are partnerships, not practices: 'Emerging
        # consortia include:')
        if block.kind == "item" or not BODIES_LEAD.search(block.text):
            continue
        if PARTNERSHIPS_PLURAL.search(block.text) and not PRACTICES_COLON.search(block.text):
            continue
        run = list(itertools.takewhile(lambda b: b.kind == "heading" and len(b.lines) == 1, found[i + 1 :]))
        # (names that mostly say they are partnerships head sections of their own)
        if len(run) >= 2 and sum(1 for b in run if has_site_head(b.text)) < len(run) / 2:
            for item in run:
                item.kind = "item"


def joined_title(run: list[Line]) -> str:
    return " ".join(line.text.strip() for line in run)


# A table flattened to text puts a network's name in front of its row's cells: 'Ely North PCN
# Cathedral Medical Centre, Ely Cathedral Medical Centre and St Marys Surgery'.
ROW_LABEL = re.compile(r"^\s*(?P<site>(?:[A-Z][\w'’&-]*[^\S\n]+){1,4}(?:PCN|Primary[^\S\n]+Care[^\S\n]+Network))[^\S\n]+(?=[A-Z])")


def labelled_rows(run: list[Line]) -> list[list[Line]]:
    """The lines of a run grouped into rows, each starting at a line led by a network's name."""
    rows: list[list[Line]] = []
    for line in run:
        if ROW_LABEL.match(line.text) or not rows:
            rows.append([line])
        else:
            rows[-1].append(line)
    return rows


def is_row_line(text: str) -> bool:
    """A line that reads as a table row: a short name, then figures ('Riverside Surgery 8,500'),
    not a wrapped sentence that happens to end in a number ('… There are nearly 50%')."""
    figures = TRAILING_FIGURES.search(text)
    if not figures:
        return False
    before = text[: figures.start()]
    return len(before.split()) <= 12 and not re.search(r"[.!?]\s+[A-Z]", before)


def continued_items(found: list[Block]) -> list[Block]:
    """List items whose text a blank line cut in two (a printed page wrapping a long item): a
    paragraph right after an item that has not ended, beginning in lower case, or ending a
    sentence in a list whose other items end theirs, is the rest of that item."""
    ends = [ends_sentence(b.text) for b in found if b.kind == "item"]
    punctuated = len(ends) >= 2 and sum(ends) >= len(ends) / 2
    result: list[Block] = []
    for index, block in enumerate(found):
        previous = result[-1] if result else None
        following = found[index + 1] if index + 1 < len(found) else None
        if (
            previous is not None
            and previous.kind == "item"
            # (a few words between two items numbered one after the other are the rest of the
            # first, whatever they look like: '6. … Community Providers –' / '' / 'Epsom' / '' / '7. …';
            # so are they between two bullets when they end the sentence the first left
            # unfinished: '• … into Newmarket Community' / '' / 'Hospital.' / '' / '• …'; a
            # region's name between bullets is a heading: '• … Bristol' / 'Cornwall' / '• …')
            and block.kind in ("paragraph", "heading")
            and len(block.text.split()) <= 4
            and following is not None
            and (
                numbered_after(previous, following)
                or (
                    following.kind == "item"
                    and following.marker == previous.marker
                    and not ends_sentence(previous.text)
                    and ends_sentence(block.text)
                )
            )
        ):
            lines = previous.lines + block.lines
            result[-1] = Block("item", lines, f"{previous.text} {block.text.strip()}", joined_paragraph(lines), previous.marker)
            continue
        if (
            previous is not None
            and previous.kind == "item"
            # (the rest of an item cut after a comma is short enough to pass for a heading)
            and (block.kind == "paragraph" or (block.kind == "heading" and previous.text.rstrip().endswith(",")))
            and not ends_sentence(previous.text)
            and not previous.text.rstrip().endswith(":")
            # (a question is the heading after the list: 'What is social prescribing?')
            and not block.text.rstrip().endswith("?")
            and (
                block.text[:1].islower()
                # an item cut after a comma goes on, whatever the case ('… Manningham,' over
                # 'Bradford, BD8 8RA')
                or (previous.text.rstrip().endswith(",") and len(block.text.split()) <= 12)
                or (punctuated and ends_sentence(block.text) and len(block.text.split()) <= 12)
                # an item of running prose cut mid-sentence by the page ('… on the executive of
                # the Riverton Primary' over 'Care super-partnership and is happy to help.')
                or (
                    len(previous.text.split()) >= 8
                    and bool(VERB.search(previous.text))
                    and ends_sentence(block.text)
                    and len(block.text.split()) <= 20
                )
            )
        ):
            lines = previous.lines + block.lines
            result[-1] = Block("item", lines, f"{previous.text} {block.text.strip()}", joined_paragraph(lines), previous.marker)
            continue
        result.append(block)
    return result


def numbered_after(item: Block, block: Block) -> bool:
    """Whether a block is the list item numbered right after this one ('6.' then '7.').

    >>> six, seven = Block("item", [], "A", None, "6."), Block("item", [], "B", None, "7.")
    >>> numbered_after(six, seven), numbered_after(seven, six)
    (True, False)
    """
    numbers = [re.match(r"\(?(\d+)", b.marker or "") if b.kind == "item" else None for b in (item, block)]
    return all(numbers) and int(numbers[1].group(1)) == int(numbers[0].group(1)) + 1


def split_at(runs: list[list[Line]], headings: frozenset[int]) -> list[list[Line]]:
    """Runs of lines cut before and after each line numbered in `headings`."""
    result: list[list[Line]] = []
    for run in runs:
        current: list[Line] = []
        for index, line in enumerate(run):
            if line.no in headings:
                result += [current] if current else []
                result.append([line])
                current = []
            # (a heading a printed page wrapped onto the line below, the last of its run, goes on
            # there: 'New Hill Primary Care Research' / 'Delivery Centre')
            elif not current and result and index == len(run) - 1 and wraps_onto(result[-1], line, headings):
                result[-1].append(line)
            else:
                current.append(line)
        result += [current] if current else []
    return result


def wraps_onto(heading: list[Line], line: Line, headings: frozenset[int]) -> bool:
    """Whether a line goes on from the one heading line just above it on a printed page (a PDF's
    line has its page): that ends no sentence or label, and this one is the shorter rest of it,
    in capitals as a heading is."""
    last = heading[-1]
    return (
        len(heading) == 1
        and last.page is not None
        and line.page == last.page
        and last.no in headings
        and line.no == last.no + 1
        and not re.search(r"[.:;?!,]\s*$", last.text)
        and len(line.text.strip()) < len(last.text.strip())
        and re.fullmatch(r"(?:[A-Z][\w'’&-]*\s*)+", line.text.strip()) is not None
    )


def make_block(kind: str, lines: list[Line], text: str | None = None, marker: str | None = None) -> Block:
    paragraph = joined_paragraph(lines)
    return Block(kind, lines, text if text is not None else paragraph.text, paragraph, marker)


def list_blocks(run: list[Line]) -> list[Block]:
    """Each marked line starts an item; unmarked lines continue the item before them."""
    items: list[list[Line]] = []
    for line in run:
        if MARKER.match(line.text) or not items or ends_list(items[-1], line):
            items.append([line])
        else:
            items[-1].append(line)
    result = []
    for item in items:
        match = MARKER.match(item[0].text)
        if match:
            result.append(make_block("item", item, MARKER.sub("", joined_paragraph(item).text, count=1).strip(), match.group("marker")))
        else:
            result.append(make_block("paragraph", item))
    return result


def ends_list(item: list[Line], line: Line) -> bool:
    """Whether an unmarked line after a one-line item is the text after the list, not the rest
    of the item: the item is a short name, the line a sentence of its own."""
    text = line.text.strip()
    name = MARKER.sub("", item[0].text).strip()
    # a line is wrapped only where it is full: after a short item left open by nothing, an
    # unindented line that opens with a capital starts the text after the list
    # ('- 020 7484 7575' then the next heading)
    last = item[-1].text.strip()
    # an item whose mark is set in and whose wrapped lines are set in further ends at a line
    # set out to the margin beyond its mark: the page's own text again ('  • 70,582 of those
    # vaccinated are over 65' / '    years of age' / 'Note: based on …')
    if len(item) > 1 and MARKER.match(item[0].text) and indent(line.text) < indent(item[0].text) < min(indent(l.text) for l in item[1:]):
        return True
    if (
        bool(MARKER.match(item[0].text))
        and len(last) < SHORT_ITEM
        and not re.search(r"(?:[,;:&–—-]|\b(?:and|or|of|the|for|with))$", last)
        and line.text[:1].isupper()
    ):
        return True
    return (
        len(item) == 1
        and bool(MARKER.match(item[0].text))
        # a bracket after the name ('Central ICP (County Durham, Sunderland)') is part of the item
        and is_name_line(bare_name(name))
        and text[:1].isupper()
        and (
            (len(text.split()) > 8 and bool(VERB.search(text)))
            # a practice's whole name is followed by another name, not by the rest of its own
            # (the last item of a list printed without its mark)
            or (is_practice_name(name) and PRACTICE_END.search(name) is not None and PRACTICE_START.match(text) is not None)
        )
    )


def indent(text: str) -> int:
    """How far a line is set in: the spaces before its first character."""
    return len(text) - len(text.lstrip(" "))


# The most characters of an item's line that is not full: the next line is not its rest.
SHORT_ITEM = 40
# A practice's name ends in its head word; a name that follows opens with a capitalised word.
PRACTICE_END = re.compile(r"(?i)\b(?:surgery|practice|medical\s+centre|health\s+centre|medical\s+group)$")
PRACTICE_START = re.compile(r"(?:The\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:Surgery|Practice|Medical|Health)\b")


def row_block(line: Line) -> Block:
    """A table row flattened to text: the figures at its end are not part of the name."""
    text = TRAILING_FIGURES.sub("", line.text).strip()
    kind = "row" if TRAILING_FIGURES.search(line.text) else "heading"
    return make_block(kind, [line], text)


def is_name_line(text: str) -> bool:
    """A line that is one short name and nothing else."""
    text = text.strip()
    return len(text.split()) <= 8 and is_name(text) and not re.search(r"[,;:]", text)


def looks_like_heading(text: str) -> bool:
    """A short line that does not read as a sentence, nor as a postal address."""
    bare = MARKER.sub("", text).strip()
    return (
        bool(bare)
        and len(bare.split()) <= 12
        and bare[0].isupper()
        and not ends_sentence(bare)
        and not bare.endswith((",", ";"))
        and not is_address(bare)
    )


def mark_headings_between(found: list[Block]) -> None:
    """A one-line numbered item standing alone between paragraphs, such as '10. Calderdale …'
    above its own text, is a heading rather than a list of one."""
    for i, block in enumerate(found):
        if block.kind != "item" or len(block.lines) != 1 or not looks_like_heading(block.text):
            continue
        after = found[i + 1].kind if i + 1 < len(found) else None
        following = found[i + 1] if i + 1 < len(found) else None
        continued = following is not None and following.kind == "item" and previous_item(found, i + 1) is not None
        if after in ("paragraph", "heading") and previous_item(found, i) is None and not continued:
            block.kind = "heading"


# 'Name, a federation of …', 'Name, who are …', 'Name, formed from …': a name and a gloss on it.
COMMA_GLOSS = re.compile(r"^(?P<head>[^,()]{2,60}?),\s+(?!(?:and|or|&)\b)(?=[a-z])")


def item_head(text: str) -> tuple[str, str]:
    """An item's leading name and the rest: 'Name – partners', 'Name (place): practices',
    'Name, a gloss in lower case', 'Name'.

    >>> item_head("West Riverton; and"), item_head("Hill Network.")
    (('West Riverton', ''), ('Hill Network', ''))
    """
    depth = 0
    for match in HEAD_SEPARATOR.finditer(text):
        depth = text[: match.start()].count("(") - text[: match.start()].count(")")
        if depth == 0:
            return text[: match.start()].strip(), text[match.end() :].strip()
    gloss = glossed(text)
    if gloss:
        return gloss.group("head").strip(), text[gloss.end() :].strip()
    # a bracket the page never closed ('Hill PCN (Practices include: A, B') holds the rest
    opening = text.find("(")
    if opening > 0 and text.count("(") > text.count(")"):
        return text[:opening].strip(), text[opening:].strip()
    # (a list's own punctuation is no part of the last name: 'West Riverton; and')
    return re.sub(r"\s*[;,.]?\s*(?:\b(?:and|or))?\s*$", "", text.strip()) or text.strip(), ""


def glossed(text: str) -> re.Match | None:
    """The 'Name, gloss' form of an item.

    >>> glossed("Riverside Federation, formed from six practices in Riverton.").group("head")
    'Riverside Federation'
    >>> glossed("Linda Couchman, Cheshire East Council") is None
    True
    """
    gloss = COMMA_GLOSS.match(text)
    return gloss if gloss and is_item_name(gloss.group("head")) else None


def bare_name(name: str) -> str:
    """A site name without a trailing place in brackets or a full stop."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", name).strip().rstrip(".").strip()


FUNCTION_WORDS = {"and", "of", "the", "for", "in", "on", "with", "upon", "&", "a", "an", "at", "by", "to"}


def is_name(text: str) -> bool:
    """Whether text is a name: short, not a sentence, its words capitalised (but for small
    function words), so that a topic heading such as 'Developing skills across the alliance'
    is not taken for one."""
    name = bare_name(text)
    tokens = words(name)
    content = [t for t in tokens if t.lower() not in FUNCTION_WORDS]
    capitalised = sum(1 for t in content if t[:1].isupper() or t[:1].isdigit())
    return (
        bool(content)
        and len(tokens) <= 12
        and opens_as_name(name)
        and capitalised >= 0.75 * len(content)
        and not VERB.search(name)
        and not ends_sentence(name + " ")
    )


def is_item_name(text: str) -> bool:
    """Whether a list item's head is a name: in a list the layout already sets names apart, so
    a capital at the start, no verb and a few words are enough ('All together better Sunderland')."""
    name = bare_name(text)
    tokens = words(name)
    return (
        bool(tokens)
        and len(tokens) <= 12
        and opens_as_name(name)
        and not VERB.search(name)
        and not ends_sentence(name + " ")
        and not is_phrase(tokens)
    )


def is_phrase(tokens: list[str]) -> bool:
    """Whether words are a phrase in running text rather than a name: three or more words in lower
    case, other than the small words names have, and more of them than capitalised words
    ('Rising administrative demands on general practices'; not 'All together better Sunderland').

    >>> is_phrase(words("Less funding into general practices")), is_phrase(words("All together better Sunderland"))
    (True, False)
    """
    lower = [t for t in tokens if t[:1].islower() and t not in ("and", "of", "the", "for", "in", "on", "&", "to", "at", "with")]
    return len(lower) >= 3 and len(lower) > len(tokens) - len(lower)


def opens_as_name(name: str) -> bool:
    """Whether a text opens as a name does: with a capital, or a figure before a capitalised word
    ('1st Care Cumbria', '3W Health').

    >>> opens_as_name("1st Care Riverton"), opens_as_name("3W Health"), opens_as_name("15 practices"), opens_as_name("Hill")
    (True, True, False, True)
    """
    # (not a year: "2019 Annual Report")
    return name[:1].isupper() or re.match(r"\d{1,3}(?:st|nd|rd|th|[A-Z]+)?\s+[A-Z]", name) is not None


PERSON_ITEM = re.compile(rf"^(?:{PERSON_TITLE}\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){{1,2}}\s*(?:,|\(|–|-)\s*")


def is_person_item(text: str) -> bool:
    """Whether a list item is a person and their organisation ('Linda Couchman, Cheshire East
    Council', 'Dr Dave Holden (Director) …'): a member list of people, not of sites. A name of two
    or three plain words before a comma or a bracket counts as a person only when a title
    precedes it or what follows names an organisation."""
    match = PERSON_ITEM.match(text)
    if not match:
        return False
    if PERSON.match(text):
        return True
    rest = text[match.end() :]
    return bool(
        re.search(
            r"\b(?:Council|Trust|CCG|CIC|Ltd|Alliance|Partnership|Federation|Practice|Surgery|Group|Board|Director|Chair\w*|Officer)\b",
            rest,
        )
    )


# A lead-in saying the people listed after it stand for partnerships: 'The following
# representatives of the GP Federations attended the meeting:'.
REPRESENTATIVES_OF = re.compile(
    r"(?i)\brepresentatives?\s+(?:of|from)\s+(?:the\s+|each\s+of\s+the\s+|all\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:federations|networks|pcns|alliances|partnerships|vanguards|collaboratives|primary\s+care\s+homes)\b"
)
# The body a person listed stands for, at the item's end: 'Jo Bloggs, CEO, Hill Federation',
# 'Dr Jo Bloggs from HillFed'.
REPRESENTED_BODY = re.compile(r"(?:,\s+|\s+from\s+)(?P<body>(?:[A-Z][\w'’&-]*)(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w'’&-]*){0,5})\s*[.;]?$")


def represented_sites(found: list[Block]) -> dict[int, str]:
    """The partnerships a list of people stands for, by the index of each item, when its lead-in
    says they are the partnerships' representatives ('The following representatives of the GP
    Federations attended: • Jo Bloggs, CEO, Hill Federation • Dr Sam Smith, DaleFed').

    >>> from pchgraph.readers.document import Line
    >>> found = blocks([Line(1, "The following representatives of the GP Federations attended the meeting:"), Line(2, ""),
    ...     Line(3, "• Dr Jo Bloggs and Dr Sam Smith from HillFed"), Line(4, "• Sam Jones, CEO, Dale Federation")])
    >>> represented_sites(found)
    {1: 'HillFed', 2: 'Dale Federation'}
    """
    sites: dict[int, str] = {}
    for run in item_runs(found):
        if not REPRESENTATIVES_OF.search(lead_in(found, run[0])):
            continue
        for i in run:
            body = REPRESENTED_BODY.search(found[i].text.strip())
            if body and not PERSON.match(body.group("body")):
                sites[i] = body.group("body")
    return sites


def has_site_head(name: str) -> bool:
    """Whether a name ends in a word that names a partnership ('… Network', '… Group 2')."""
    tokens = [re.sub(r"\W", "", w).lower() for w in words(bare_name(name))]
    while tokens and (tokens[-1].isdigit() or not tokens[-1]):
        tokens.pop()
    # (a clinical commissioning group is a commissioner, whatever its last word)
    return bool(tokens) and tokens[-1] in SITE_HEADS and tokens[-2:] != ["commissioning", "group"]


def lead_in(found: list[Block], index: int) -> str:
    """The text just before a list: the heading, or the last sentence of the paragraph, that
    introduces it. The sentence that runs into a list says what its items are; the sentences
    before it may be about something else ('Our partnership is called X. It brings together
    partners including:' introduces partners, not partnerships).

    >>> from pchgraph.readers.document import Line
    >>> found = blocks([Line(1, "Our alliance is called Riverside. It joins partners including:"), Line(2, ""),
    ...     Line(3, "• Riverton Council"), Line(4, "• Riverton Hospice")])
    >>> lead_in(found, 1)
    'It joins partners including:'
    >>> found = blocks([Line(1, "We moved to six locality hubs. These now are:"), Line(2, ""), Line(3, "• Hill"), Line(4, "• Dale")])
    >>> lead_in(found, 1)
    'We moved to six locality hubs. These now are:'
    >>> found = blocks([Line(1, "We moved to six locality hubs."), Line(2, ""), Line(3, "These are:"), Line(4, ""), Line(5, "• Hill")])
    >>> lead_in(found, 2)
    'We moved to six locality hubs. These are:'
    """
    for at in range(index - 1, -1, -1):
        block = found[at]
        if block.kind != "item":
            sentences = LAST_SENTENCE.split(block.text.strip())
            # 'These now are:' points back to what the sentence before named ('… six hubs.'),
            # in its paragraph or, alone, in the paragraph before it
            if POINTING_BACK.match(sentences[-1]):
                before = sentences[:-1] or (
                    [LAST_SENTENCE.split(found[at - 1].text.strip())[-1]] if at and found[at - 1].kind != "item" else []
                )
                return " ".join(before[-1:] + sentences[-1:])
            return sentences[-1]
    return ""


# A sentence that runs into a list by pointing back: 'These are:', 'They now are:', 'These include:'.
POINTING_BACK = re.compile(r"(?i)^(?:these|they|those)\s+(?:\w+\s+)?(?:are|were|include|includes)\s*:?\s*$")


# Where one sentence ends and the next begins: a full stop, then a capital.
LAST_SENTENCE = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")


# The sentence says the items below it are practices: '… made up of 4 practices as follows:',
# '… GP practices involved include:'.
PRACTICES_COLON = re.compile(r"(?i)\b(?:practices|surgeries)\b[^.!?]*:\s*$")
# A lead-in that says the bodies listed below it formed one partnership together ('Seven hospices
# in Hill have formed a collaborative and signed a memorandum of understanding:'): its members.
FORMED_LEAD = re.compile(
    r"(?i)\b(?:practices|surgeries|hospices|organisations|charities|providers|trusts|councils|bodies|agencies)\b[^.!?:]*"
    r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:formed|created|set\s+up|established|joined\s+(?:together\s+)?to\s+form)\b[^.!?]*:\s*$"
)


def item_runs(found: list[Block]) -> list[list[int]]:
    """The indexes of the items of each list, a list to a run (see `previous_item`)."""
    runs: list[list[int]] = []
    for i, block in enumerate(found):
        if block.kind != "item":
            continue
        if runs and runs[-1][-1] == previous_item(found, i):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def site_lists(found: list[Block]) -> list[list[int]]:
    """Runs of list items that are each a site: two or more items headed by names, introduced
    by a lead-in that says they are sites, or most of them named as partnerships; a list of
    practices is a list of members, not of sites."""
    chosen = []
    runs = item_runs(found)
    authors = {run[-1] for run in runs if all(AUTHOR_ITEM.match(found[i].text.strip()) for i in run)}
    for run in runs:
        if sum(1 for i in run if is_person_item(found[i].text)) > len(run) / 2:
            continue
        # a paper's authors, and their affiliations listed right after them, are people and
        # their employers: the partnership is the paper's subject
        if run[-1] in authors or run[0] - 1 in authors:
            continue
        # a list of the staff a patient may see ('GP', 'Physiotherapist', 'Nurse') is no list of sites
        if sum(1 for i in run if STAFF_ROLE.match(found[i].text.strip(" .;:"))) > len(run) / 2:
            continue
        # nor is a list of figures under their labels ('Funding available: £5,992.23')
        if sum(1 for i in run if FIGURE_FIELD.match(found[i].text)) > len(run) / 2:
            continue
        # nor a post's fields under their labels ('• Date: 5th December 2017', '• Category: News')
        if sum(1 for i in run if PAGE_FIELD.match(found[i].text)) > len(run) / 2:
            continue
        heads = [item_head(found[i].text)[0] for i in run]
        named = [h for h in heads if is_item_name(h)]
        if len(run) < 2 or len(named) < 0.8 * len(run):
            continue
        if sum(1 for h in heads if is_practice_name(bare_name(h))) > len(run) / 2:
            continue
        lead = lead_in(found, run[0])
        # a lead-in that says the items are practices introduces members, whatever else it names
        # ('We are part of a PCN made up of 4 practices as follows:')
        if PRACTICES_COLON.search(lead) or FORMED_LEAD.search(lead):
            continue
        # a lead-in that says the items are what a partnership offers ('What services does the
        # PCN offer?') introduces services, whatever partnership it names; so does one that says
        # they are what it is ('Key Features of a PCN:')
        if OFFERS_LEAD.search(lead) or FEATURES_LEAD.search(lead):
            continue
        # (or counts exactly these items as the places a partnership is in: 'where those six areas are:')
        introduced = says_sites(lead) or counted_places(lead) == len(run)
        sited = sum(1 for h in heads if has_site_head(h)) >= len(run) / 2
        # Names glossed after a comma are sites only when they mostly say so themselves: a list
        # of partners under 'The partnership includes:' glosses its members the same way; a
        # lead-in that counts exactly these items as sites ('there are two networks:') says so
        # for them.
        if any(glossed(found[i].text) for i in run) and not sited and len(run) not in (counted_sites(lead), counted_places(lead)):
            continue
        if introduced or sited:
            chosen.append([i for i in run if is_item_name(item_head(found[i].text)[0])])
    return chosen + heading_site_runs(found)


# An author of a paper as a journal's page lists them: a name with the marks of the
# affiliations that follow glued on ('Sue McGraw1,', 'Linda Hewitt4 and', 'Jo de Vries1,2').
AUTHOR_ITEM = re.compile(
    r"^(?:(?:[A-Z][\w'’-]*|de|van|von|der|den|du|da|di|del|le|la|al|el|bin|ter)\s+){1,4}[A-Z][\w'’-]*?[a-z'’]\d{1,2}(?:,\d{1,2})*(?:\s*,|\s+and)?$"
)
# A figure under its label, alone on a list's line ('Number of appointments: 148.75', '% of list size: 20%').
FIGURE_FIELD = re.compile(r"^\s*[^:\n]{1,60}:\s*[£$€]?\s*\d[\d.,]*\s*(?:%|[kKmM]|bn)?\s*$")
# A page's field under its label, as a blog or news post prints it beside the story.
PAGE_FIELD = re.compile(
    r"(?i)^\s*(?:[-•*·]\s*)?(?:date|categor(?:y|ies)|tags?|author|posted(?:\s+(?:on|by|in))?|published|updated|"
    r"location|topics?|filed\s+under|section|reading\s+time|share)\s*:"
)
OFFERS_LEAD = re.compile(
    r"(?i)\b(?:services|roles|staff|support|activities|appointments|clinics)\b[^.?:]*\b(?:offers?|provides?|includes?|available|employs?)\b"
    r"|\b(?:offers?|provides?|employs?)\s+(?:the\s+following\s+|these\s+)?(?:services|roles|staff|support|activities|appointments|clinics)\b"
)
# A lead-in that says the items are what a kind of partnership is or does ('Key Features of a
# PCN:', 'The benefits of the network are:'): its features, not partnerships.
FEATURES_LEAD = re.compile(
    r"(?i)\b(?:features|benefits|aims|objectives|goals|principles|priorities|advantages|characteristics|functions|responsibilities)"
    r"\s+(?:of|for)\b"
    # or the aims or challenges it counts ('… to solve the three big challenges facing health systems:')
    r"|\b(?:the|these|our|its|their|two|three|four|five|six|\d)\s+(?:[\w-]+\s+){0,2}"
    r"(?:challenges|aims|objectives|goals|priorities|ambitions|themes|principles|outcomes)\b"
)
# The kinds of staff a practice or a network employs, alone on a list's line.
STAFF_ROLE = re.compile(
    r"(?i)^(?:(?:advanced|practice|specialist|district|community|clinical|first\s+contact|mental\s+health|senior|lead)\s+)*"
    r"(?:gps?|nurses?|nurse\s+practitioners?|physiotherapists?|pharmacists?|pharmacy\s+technicians?|paramedics?|"
    r"health\s*care\s+assistants?|social\s+prescribers?|(?:social\s+prescribing\s+)?link\s+workers?|care\s+co-?ordinators?|"
    r"doctors?|midwives|midwife|health\s+visitors?|dietitians?|counsellors?|receptionists?|practitioners?|physician\s+associates?|"
    r"health\s+and\s+wellbeing\s+coaches?|occupational\s+therapists?|podiatrists?)$"
)


def says_sites(lead: str) -> bool:
    """Whether a lead-in says the items after it are sites: a word for a kind of partnership,
    not the end of one partnership's own name ('The Riverton Linkwork Collaborative brings
    together … the following services:' introduces its members).

    >>> says_sites("The following vanguards were chosen:"), says_sites("The Hill Collaborative brings together these services:")
    (True, False)
    >>> says_sites("The Hill Care Together partnership involves:"), says_sites("The Riverton partnerships are:")
    (False, True)
    >>> says_sites("We are an alliance of health and care partners in Riverton including:")
    False
    >>> says_sites("The following hospices are members of the collaborative:")
    False
    """
    for match in SITE_KINDS.finditer(lead):
        word = match.group(0)
        # (its own name, or a name before it: 'The Riverton partnership involves:')
        named = re.search(r"[A-Z][\w'’/&-]*\s+$", lead[: match.start()]) and not word.lower().endswith("s")
        # (or one partnership said to be made of the bodies listed: 'an alliance of health and
        # care partners including:')
        made_of = not word.lower().endswith("s") and MADE_OF_MEMBERS.match(lead, match.end())
        # (or the one partnership the items are members of: 'the following hospices are members
        # of the collaborative:')
        member_of = not word.lower().endswith("s") and MEMBERS_OF_ONE.search(lead[: match.start()])
        if not named and not made_of and not member_of:
            return True
    return False


MEMBERS_OF_ONE = re.compile(r"(?i)\b(?:members?|part|partners?)\s+(?:of|in)\s+(?:the\s+|our\s+|this\s+|its\s+)?$")
MADE_OF_MEMBERS = re.compile(
    r"\s+of\s+(?:[\w-]+\s+){0,5}?(?i:partners|organisations|members|bodies|agencies|practices|surgeries|providers|charities)\b"
)


def heading_site_runs(found: list[Block]) -> list[list[int]]:
    """Runs of two or more short headings, one after another, under a paragraph that says the
    sites follow ('In Riverton, networks are set up as follows: …'): each heading is a site,
    a list the page set out as separate lines rather than as bullets.

    >>> from pchgraph.readers.document import Line
    >>> texts = ["In Riverton, networks are set up as follows.", "", "Outer West", "", "Hill End", "", "Read more."]
    >>> found = blocks([Line(n, t) for n, t in enumerate(texts, start=1)], frozenset({3, 5}))
    >>> heading_site_runs(found)
    [[1, 2]]
    """
    runs: list[list[int]] = []
    for i, block in enumerate(found):
        short = block.kind == "heading" and len(words(block.text)) <= 6 and is_item_name(block.text)
        if not short:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        # (a lead-in set as a heading of its own ends in a colon: 'Emerging consortia identified include:')
        elif (
            i > 0
            and (found[i - 1].kind == "paragraph" or found[i - 1].text.rstrip().endswith(":"))
            and SITES_FOLLOW.search(found[i - 1].text)
        ):
            runs.append([i])
    return [run for run in runs if len(run) >= 2]


# A sentence that says the sites are set out below it: 'networks are set up as follows', 'the
# PCNs are listed below'.
SITES_FOLLOW = re.compile(
    rf"(?i)\b(?:{SITE_KINDS.pattern[4:]}|consortia)[^.!?]*?\b(?:as\s+follows|(?:listed|set\s+out|shown)\s+below|are\s*:|include\s*:)"
)


COUNTED_SITES = re.compile(rf"(?i)\b(?P<count>{COUNT_PATTERN})\s+(?:[\w-]+\s+){{0,3}}?{SITE_KINDS.pattern[4:]}\s*:?\s*$")


def counted_sites(text: str) -> int | None:
    """The number of sites a lead-in ending a sentence announces ('… there are two primary care
    networks:'), if it counts them.

    >>> counted_sites("In the region there are two primary care networks:"), counted_sites("Partners include:")
    (2, None)
    """
    return counted_by(COUNTED_SITES, text)


COUNTED_PLACES = re.compile(
    rf"(?i)\b(?P<count>{COUNT_PATTERN})\s+(?:[\w-]+\s+){{0,2}}?(?:areas|places|health\s+economies)\b"
    r"(?:\s+(?:are|were|will\s+be|include|chosen|selected))?\s*:\s*$"
)


def counted_places(text: str) -> int | None:
    """The number of places a lead-in ending a sentence announces ('… where those six areas
    are:'), if it counts them: the partnerships of those places, when the list holds as many.

    >>> counted_places("HSJ was able to reveal where those six areas are:"), counted_places("The areas are:")
    (6, None)
    """
    return counted_by(COUNTED_PLACES, text)


def counted_by(pattern: re.Pattern, text: str) -> int | None:
    """The count a lead-in pattern's 'count' group gives, if it matches."""
    match = pattern.search(text)
    return count_value(match.group("count")) if match else None


def previous_item(found: list[Block], index: int) -> int | None:
    """The index of the item before this one in the same list: nothing but blank lines stands
    between, and a numbered item carries on the numbering (a '10.' after '14.' starts anew)."""
    if not index or found[index - 1].kind != "item":
        return None
    before, this = item_number(found[index - 1]), item_number(found[index])
    if before is not None and this is not None and this != before + 1:
        return None
    return index - 1


def item_number(block: Block) -> int | None:
    digits = re.match(r"\d+", block.marker or "")
    return int(digits.group(0)) if digits else None


def is_site_heading(block: Block) -> bool:
    """A heading that names one partnership (not a plural topic such as 'Primary care networks in X')."""
    text = block.text
    return (
        block.kind == "heading"
        and is_name(text)
        and has_site_head(text)
        and "," not in bare_name(text)
        and not PERSON.match(text)
        # (nor a person, then the dash before their body: 'Jo Bloggs (JB) – Carers Group')
        and not ROSTER_LINE.match(text)
        and not re.search(r"(?i)\b\w+s\s+(in|of)\b", text)
        and not is_topic(text)
        # (nor a field of a profile, its label in sentence case: 'Integrated care system (ICS):
        # Riverton ICS' says which system the place is in)
        and not FIELD_LABEL.match(text)
        # (nor a council's party group in a table of its members: 'Independent Group')
        and not PARTY_GROUP.fullmatch(" ".join(bare_name(text).split()))
    )


# A council's political group: its party or its independence, then 'Group' ('Labour Group',
# 'Liberal Democrat Group', 'Independent Group').
PARTY_GROUP = re.compile(
    r"(?:The\s+)?(?:Conservative|Labour|Liberal\s+Democrats?|Lib\s+Dems?|Green|Independents?|Reform(?:\s+UK)?|Plaid\s+Cymru|UKIP|"
    r"Residents['’]?|Non-?Aligned|Ind(?:ependent)?\s+Non-?Grouped)(?:\s+(?:and|&)\s+\w+)?\s+(?:Party\s+)?Group"
)


FIELD_LABEL = re.compile(
    r"[A-Z][a-z]+(?:\s+[a-z]+)+(?:\s+\([A-Z]{2,6}\))?:\s"
    # (or in capitals up to 'by': 'Report Authorised by: Jo Bloggs: Director of Integrated Care')
    r"|(?:[A-Z][a-z]+\s+)+by:\s"
)


# A heading that opens with a verb in -ing is a topic ('Integrating Health and Social Care',
# 'Working Together'), unless a partnership noun ends it ('Living Well Partnership').
GERUND_OPENING = re.compile(r"(?:^|:\s+)[A-Z][a-z]{2,}ing\s+\S")
PARTNERSHIP_NOUNS = {"alliance", "partnership", "network", "pcn", "federation", "vanguard", "collaborative"}


def is_topic(heading: str) -> bool:
    """Whether a heading is a topic that opens with a verb, not a name.

    >>> is_topic("Wigan: Integrating Health and Social Care"), is_topic("Living Well Partnership")
    (True, False)
    """
    tokens = words(bare_name(heading))
    return bool(GERUND_OPENING.search(heading)) and bool(tokens) and tokens[-1].lower() not in PARTNERSHIP_NOUNS


POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
# A name, a dash, then its postal address: 'Hill Surgery – 1 Mill Lane, Riverton, RV1 2AB (5,006)'.
NAME_THEN_ADDRESS = re.compile(rf"^\s*(?:[-–—•·*]\s+)?(?P<name>[^–—,;()]+?)\s+[–—-]\s+[^–—]*?{POSTCODE.pattern}")


def is_address(text: str) -> bool:
    """Whether a piece of text is a postal address: comma-separated parts ending in a postcode
    (a telephone number may follow).

    >>> is_address("Riverside Health Centre, Mill Lane, Exampleton, EX1 2AB (01234) 567890")
    True
    >>> is_address("The practice works with Exampleshire County Council, Age UK and the CCG.")
    False
    """
    if len(text) > 240 or text.count(",") < 2:
        return False
    text = text.strip()
    postcode = POSTCODE.search(text)
    return bool(postcode) and text[: postcode.start()].count(",") >= 2 and len(text[postcode.end() :].split()) <= 4
