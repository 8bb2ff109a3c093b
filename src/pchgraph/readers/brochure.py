"""The brochure layout: numbered entries with headed sections and NO. OF … / STP AREA fields.

The reader classifies every line (wave heading, entry number, field, section heading, text) and
then walks the lines once, so fields may come in any order, run together on one line, carry their
values on later lines, or be missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import Problem
from .document import Document, Line, Paragraph, ends_sentence, joined_paragraph, paragraphs
from .registry import Reading, register
from .sites import COUNT_PATTERN, Site, count_value

FIELD_LABEL = re.compile(
    r"(?i)(?:\*\*|__)?\s*\b(?P<label>no\.?\s*of\s*pch(?:'?s)?|no\.?\s*of\s*practices|stp\s*areas?)\b\s*(?:\*\*|__)?\s*(?P<colon>:)?\s*(?:\*\*|__)?"
)
FIELD_NAMES = {"pch": "pchs", "pra": "practices", "stp": "stp_area"}
HEADINGS = {
    "overview": "overview",
    "how things are changing": "how_things_are_changing",
    "partners": "partners",
}
HEADING_LINE = re.compile(r"^[#*_\s]*(?P<name>[A-Za-z][A-Za-z ']*?)[*_\s]*(?::[*_\s]*(?P<rest>.*))?$")
# How a line whose HEADING_LINE name is one of HEADINGS starts: the name begins with the first
# word of one, in any case. HEADING_LINE's lazy name backtracks along a long line of text, so
# the lines that cannot start so (nearly all) are not matched with it at all.
HEADING_START = re.compile(r"[#*_\s]*(?:[Oo][Vv][Ee][Rr][Vv][Ii][Ee][Ww]|[Hh][Oo][Ww]|[Pp][Aa][Rr][Tt][Nn][Ee][Rr][Ss])")
WAVE_LINE = re.compile(r"(?i)^[#*_\s-]*(?P<wave>rapid\s+test\s+sites?|(?P<ord>\d+)(?:st|nd|rd|th)\s+wave)\b(?P<rest>.*)$")
ENTRY_LINE = re.compile(r"^\s*(?:[-\u2013\u2022*]\s*)?(?P<numbers>\d{1,4}(?:\.?\s+\d{1,4})*)\.?(?:\s+(?P<name>\S.*?))?\s*$")
COUNT_AT_START = re.compile(rf"(?i)^\s*({COUNT_PATTERN})\b")
REFERENCE_NUMBERS = re.compile(r"(?i)\b(?:nos?|numbers?)\.?\s*(\d+(?:\s*(?:-|–|to|and|,)\s*\d+)*)")
RANGE = re.compile(r"(\d+)\s*(?:-|–|to)\s*(\d+)")
# Compiled once: these run on every entry, and re.search with a pattern string looks it up in
# re's cache on every call.
TRAILING_JOINER = re.compile(r"\b(and|of|the|for|in|with|to|at|by|&)$")
DIGITS = re.compile(r"\d+")
STATED_COUNT = re.compile(r"^\(\s*(\w+)\s*\)\s*(.*)$")
RUN_ON_FIELD = re.compile(r"(?:,|\band|\bor|[-–])\s*$")
# A field label that only list markup (" *_-#") comes before: a field line starts so, and most
# lines can be told not to be one with this single anchored match (see `field_parts`).
FIELD_START = re.compile(r"(?i)[ *_\-#]*" + FIELD_LABEL.pattern.removeprefix("(?i)"))


@dataclass
class Classified:
    """A non-blank line and what it is."""

    line: Line
    kind: str
    numbers: list[int] = field(default_factory=list)
    name: str | None = None
    fields: list[tuple[str, str]] = field(default_factory=list)
    heading: str | None = None
    rest: str = ""


def looks_like_title(text: str) -> bool:
    """Whether text after entry numbers reads as a site name rather than a sentence.

    >>> looks_like_title("East Cornwall Locality"), looks_like_title("practices, Medway Community Healthcare, Kent and")
    (True, False)
    """
    text = text.strip()
    if not text or not (text[0].isupper() or text[0].isdigit()):
        return False
    if text.endswith((".", ",", ";", ":")) or len(text.split()) > 12:
        return False
    if TRAILING_JOINER.search(text):
        return False
    return text.count(",") <= 2


def field_parts(text: str) -> list[tuple[str, str]] | None:
    """The (field, inline value) pairs of a field line, or None when it is not one.

    >>> field_parts("NO. OF PCHs: 1**NO. OF PRACTICES:** 4**STP AREA:**")
    [('pchs', '1'), ('practices', '4'), ('stp_area', '')]
    """
    folded = text.casefold()
    if "stp" not in folded and "of" not in folded:
        return None
    # The first label must follow nothing but list markup: where no label can start within the
    # markup the line opens with, the first label found below would fail that test too.
    if not FIELD_START.match(text):
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


def classify(line: Line) -> Classified:
    """What a line is: wave, entry, field, heading, caps (unknown heading) or text.

    It depends on the line's text only, so each distinct text is classified once (a brochure
    repeats its labels, headings and boilerplate on every entry).
    """
    kind, numbers, name, fields, heading, rest = classified_text(line.text)
    return Classified(line, kind, list(numbers), name, list(fields), heading, rest)


_new = object.__new__


def classify_lines(lines: list[Line]) -> list[Classified]:
    """`classify` of each non-blank line, each made without the dataclass's __init__ (a
    document has many lines): the same fields, with lists of their own."""
    items = []
    append = items.append
    for line in lines:
        text = line.text
        if not text.strip():
            continue
        kind, numbers, name, fields, heading, rest = classified_text(text)
        item = _new(Classified)
        item.__dict__ = {
            "line": line,
            "kind": kind,
            "numbers": list(numbers),
            "name": name,
            "fields": list(fields),
            "heading": heading,
            "rest": rest,
        }
        append(item)
    return items


@lru_cache(maxsize=1 << 16)
def classified_text(text: str) -> tuple[str, tuple[int, ...], str | None, tuple[tuple[str, str], ...], str | None, str]:
    """`classify` of a line's text: (kind, numbers, name, fields, heading, rest)."""
    found = classified(Line(0, text))
    return found.kind, tuple(found.numbers), found.name, tuple(found.fields), found.heading, found.rest


def classified(line: Line) -> Classified:
    """What a line is (see `classify`), worked out."""
    text = line.text.strip()
    wave = WAVE_LINE.match(text)
    if wave and len(text) < 60 and not text[:1].islower() and not ends_sentence(text):
        return Classified(line, "wave", name=wave_key(wave), rest=text)
    fields = field_parts(text)
    if fields is not None:
        return Classified(line, "field", fields=fields)
    heading = HEADING_LINE.match(text) if HEADING_START.match(text) else None
    if heading:
        name = " ".join(heading.group("name").lower().split())
        if name in HEADINGS:
            return Classified(line, "heading", heading=HEADINGS[name], rest=(heading.group("rest") or "").strip())
    entry = ENTRY_LINE.match(text)
    if entry and (entry.group("name") is None or looks_like_title(entry.group("name"))):
        digits = re.findall(r"\d+", entry.group("numbers"))
        numbers = [int(n) for n in digits]
        if all(not n.startswith("0") for n in digits) and numbers == sorted(set(numbers)):
            return Classified(line, "entry", numbers=numbers, name=entry.group("name"))
    bare = text.strip("*#_ ").rstrip(":")
    if (
        bare[:1].isalpha()
        and len(bare) >= 4
        and bare.upper() == bare
        and re.search(r"[A-Z]{3}", bare)
        and len(bare.split()) <= 6
        and not re.search(r"[.,;]$", bare)
    ):
        return Classified(line, "caps", heading=bare)
    return Classified(line, "text")


def wave_key(match: re.Match) -> str:
    """'rapid test' or '2nd wave', '3rd wave', …"""
    if match.group("ord"):
        n = int(match.group("ord"))
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n if n < 20 else n % 10, "th")
        return f"{n}{suffix} wave"
    return "rapid test"


@dataclass
class Entry:
    """An entry's lines, grouped before they are read into a Site."""

    header: Classified
    numbers: list[int]
    name: str | None = None
    name_line: int | None = None
    body: list[Classified] = field(default_factory=list)
    wave: str | None = None


def grouped_entries(items: list[Classified]) -> tuple[list[Entry], list[Classified]]:
    """Entries in reading order; the lines before the first entry are returned as preamble."""
    entries: list[Entry] = []
    preamble: list[Classified] = []
    wave: str | None = None
    pending_numbers: list[int] = []
    pending_header: Classified | None = None
    for index, item in enumerate(items):
        if item.kind == "wave":
            wave = item.name
            if entries:
                entries[-1].body.append(item)
            continue
        if item.kind == "entry" and (item.name and runs_on(items, index) or continues_previous(items, index)):
            item = Classified(item.line, "text")
        if item.kind == "entry" and not awaiting_count_value(entries, item, items, index):
            if not item.name and not next_is_title(items, index):
                pending_numbers += item.numbers
                pending_header = pending_header or item
                continue
            header = pending_header or item
            entries.append(Entry(header, pending_numbers + item.numbers, item.name, item.line.no if item.name else None, wave=wave))
            pending_numbers, pending_header = [], None
            continue
        if pending_numbers:
            entries.append(Entry(pending_header, pending_numbers, wave=wave))
            pending_numbers, pending_header = [], None
        if entries:
            entries[-1].body.append(item)
        else:
            preamble.append(item)
    if pending_numbers:
        entries.append(Entry(pending_header, pending_numbers, wave=wave))
    return entries, preamble


def runs_on(items: list[Classified], index: int) -> bool:
    """Whether the next line follows directly and is more of the same text (so this is no heading)."""
    following = items[index + 1] if index + 1 < len(items) else None
    return following is not None and following.kind == "text" and following.line.no == items[index].line.no + 1


def continues_previous(items: list[Classified], index: int) -> bool:
    """Whether a line directly continues the text line above it (a wrapped '2015, with …')."""
    previous = items[index - 1] if index else None
    return (
        previous is not None
        and previous.kind == "text"
        and previous.line.no == items[index].line.no - 1
        and not ends_sentence(previous.line.text)
    )


def next_is_title(items: list[Classified], index: int) -> bool:
    """Whether the line after a numbers-only line is a site name (so the numbers are complete)."""
    following = items[index + 1] if index + 1 < len(items) else None
    return following is not None and following.kind == "text" and looks_like_title(following.line.text)


def awaiting_count_value(entries: list[Entry], item: Classified, items: list[Classified], index: int) -> bool:
    """Whether an entry-like line is really the value of the field line just before it.

    That is so when the field's value runs on ("1 RTS,") or when a count field was left empty and
    the line is a bare number not followed by a site name.
    """
    if not entries or not entries[-1].body or entries[-1].body[-1].kind != "field":
        return False
    key, value = entries[-1].body[-1].fields[-1]
    if value:
        return bool(RUN_ON_FIELD.search(value))
    if key == "stp_area" or item.name or len(item.numbers) != 1:
        return False
    return not next_is_title(items, index)


def is_brochure(document: Document) -> bool:
    """Whether a document has the brochure layout (two or more NO. OF … / STP AREA fields)."""
    found = 0
    for line in document.lines:
        found += len(field_parts(line.text.strip()) or [])
        if found >= 2:
            # the count only grows: the lines after cannot change the answer
            return True
    return False


@register("brochure", detect=is_brochure, priority=10)
def read_brochure(document: Document) -> Reading:
    """Sites of a brochure-layout document, with the problems met on the way; each site's
    PARTNERS paragraph is split once the whole corpus is read."""
    items = classify_lines(document.lines)
    by_no = LinePositions(document.lines)
    entries, _ = grouped_entries(items)
    described = {n for entry in entries if has_structure(entry) for n in entry.numbers}
    entries = [
        entry
        for i, entry in enumerate(entries)
        if not is_contents_item(entries, i, by_no) and not (not has_structure(entry) and entry.name and set(entry.numbers) <= described)
    ]
    sites: list[Site] = []
    problems: list[Problem] = []
    seen_numbers: dict[int, int] = {}
    for entry in entries:
        site, entry_problems = site_from_entry(document, entry)
        problems += entry_problems
        for number in site.numbers:
            if number in seen_numbers:
                problems.append(
                    Problem(document.name, site.line, f"site number {number} appears twice (first at line {seen_numbers[number]})")
                )
            else:
                seen_numbers[number] = site.line
        sites.append(site)
    return Reading(sites=sites, problems=problems, partner_lists=sites)


class LinePositions(dict):
    """Each line's number to its place in the document's lines: ``{line.no: i for i, line in
    enumerate(lines)}``, worked out the first time a number is looked up (most documents never
    need it: see `is_contents_item`)."""

    def __init__(self, lines: list[Line]):
        super().__init__()
        self.lines = lines

    def __missing__(self, no: int) -> int:
        if not self:
            self.update({line.no: i for i, line in enumerate(self.lines)})
            if no in self:
                return self[no]
        raise KeyError(no)


def is_contents_item(entries: list[Entry], index: int, by_no: dict[int, int]) -> bool:
    """A named entry without fields or headings, on a line next to another such entry, is a
    table-of-contents line."""
    entry = entries[index]
    if not entry.name or has_structure(entry):
        return False
    for other_index in (index - 1, index + 1):
        if 0 <= other_index < len(entries):
            other = entries[other_index]
            adjacent = abs(by_no[other.header.line.no] - by_no[entry.header.line.no]) == 1
            if adjacent and other.name and not has_structure(other):
                return True
    return False


def has_structure(entry: Entry) -> bool:
    return any(item.kind in ("field", "heading") for item in entry.body)


def site_from_entry(document: Document, entry: Entry) -> tuple[Site, list[Problem]]:
    """Read one entry's name, fields and sections."""
    problems: list[Problem] = []
    body = list(entry.body)
    name = entry.name
    name_line = entry.name_line
    if not name:
        for i, item in enumerate(body):
            if item.kind == "text" and looks_like_title(item.line.text):
                name, name_line = item.line.text.strip(), item.line.no
                del body[i]
                break
            if item.kind != "text":
                break
    if not name:
        name = f"Site {entry.numbers[0]}" if entry.numbers else "Unnamed site"
        problems.append(Problem(document.name, entry.header.line.no, "entry has no name"))
    site = Site(
        name=clean_name(name),
        source_file=document.name,
        line=name_line or entry.header.line.no,
        numbers=entry.numbers,
        wave=entry.wave,
    )
    read_body(document, site, body, problems)
    if not any(item.kind in ("field", "heading") for item in body):
        problems.append(Problem(document.name, site.line, f"entry '{site.name}' has no fields or sections (truncated?)"))
    elif site.partners_text is None:
        problems.append(Problem(document.name, site.line, f"entry '{site.name}' has no PARTNERS section"))
    for key, label in (("pchs_raw", "NO. OF PCHs"), ("practices_raw", "NO. OF PRACTICES"), ("stp_area_raw", "STP AREA")):
        if not getattr(site, key):
            problems.append(Problem(document.name, site.line, f"entry '{site.name}' has no {label} value", "info"))
    return site, problems


def clean_name(name: str) -> str:
    return " ".join(name.strip(" *_#-").split())


def read_body(document: Document, site: Site, body: list[Classified], problems: list[Problem]) -> None:
    """Fill a site's fields and sections from its body lines."""
    i = 0
    section: str | None = None
    section_lines: dict[str, list[Line]] = {}
    while i < len(body):
        item = body[i]
        if item.kind == "field":
            i = read_fields(site, body, i, problems, document.name)
            continue
        if item.kind == "heading":
            section = item.heading
            if item.rest:
                section_lines.setdefault(section, []).append(Line(item.line.no, item.rest))
        elif item.kind == "caps":
            problems.append(Problem(document.name, item.line.no, f"unknown heading '{item.heading}' (kept as a section)"))
            section = re.sub(r"[^a-z]+", "_", item.heading.lower()).strip("_")
        elif item.kind == "wave":
            section = None
        else:
            section_lines.setdefault(section or "text", []).append(item.line)
        i += 1
    for name, lines in section_lines.items():
        if name == "partners":
            partners, rest = partners_paragraph(document, lines)
            site.partners = partners
            site.partners_text = partners.text
            site.partners_line = partners.first_line
            site.sections["partners"] = partners.text
            if rest:
                site.sections["after_partners"] = "\n\n".join(joined_paragraph(run).text for run in rest)
            continue
        site.sections[name] = "\n\n".join(joined_paragraph(run).text for run in runs_in(document, lines))


def runs_in(document: Document, lines: list[Line]) -> list[list[Line]]:
    """Paragraphs of the given lines, using the blank lines of the document between them."""
    if not lines:
        return []
    numbers = {line.no for line in lines}
    span = document.lines[lines[0].no - 1 : lines[-1].no]
    return paragraphs([l for l in span if l.no in numbers or not l.text.strip()])  # l.blank, without the call


def partners_paragraph(document: Document, lines: list[Line]) -> tuple[Paragraph, list[list[Line]]]:
    """The partners list: its first paragraph, continued while a paragraph ends mid-list."""
    runs = runs_in(document, lines)
    taken = runs[:1]
    for run in runs[1:]:
        if ends_sentence(joined_paragraph(sum(taken, [])).text):
            break
        taken.append(run)
    return joined_paragraph(sum(taken, [])), runs[len(taken) :]


def read_fields(site: Site, body: list[Classified], i: int, problems: list[Problem], file: str) -> int:
    """Read the field line at body[i] (and value lines after it); return the next index."""
    item = body[i]
    i += 1
    for n, (key, value) in enumerate(item.fields):
        last = n == len(item.fields) - 1
        line_no = item.line.no
        if last:
            if not value:
                value, i = value_lines(body, i, key)
            elif (
                RUN_ON_FIELD.search(value)
                or next_starts_lowercase(body, i)
                or value.count("(") > value.count(")")
                or wrapped_area(item, body, i, key)
            ):
                more, i = value_lines(body, i, key, limit=1)
                value = f"{value} {more}".strip()
        set_field(site, key, " ".join(value.split()), file, line_no, problems)
    return i


def wrapped_area(item: Classified, body: list[Classified], i: int, key: str) -> bool:
    """Whether an STP AREA value goes on, hard-wrapped, on the very next line."""
    if key != "stp_area" or i >= len(body) or body[i].kind != "text" or body[i].line.no != item.line.no + 1:
        return False
    text = body[i].line.text.strip()
    return len(text.split()) <= 6 and not text.endswith(".")


def next_starts_lowercase(body: list[Classified], i: int) -> bool:
    return i < len(body) and body[i].kind == "text" and body[i].line.text.strip()[:1].islower()


def value_lines(body: list[Classified], i: int, key: str, limit: int = 4) -> tuple[str, int]:
    """Collect a field value written on the lines after its label."""
    parts: list[str] = []
    while i < len(body) and len(parts) < limit:
        item = body[i]
        text = item.line.text.strip()
        if item.kind == "entry" and not parts and (key != "stp_area" or limit == 1):
            parts.append(text)
            i += 1
            break
        if item.kind != "text" or len(text) > 90 or text.endswith(".") or len(text.split()) > 14:
            break
        parts.append(text)
        i += 1
        if key != "stp_area" and not RUN_ON_FIELD.search(text):
            break
    return " ".join(parts), i


def set_field(site: Site, key: str, value: str, file: str, line: int, problems: list[Problem]) -> None:
    """Store one field value on the site, raw and parsed."""
    if key == "stp_area":
        site.stp_area_raw = value or None
        site.stp_area = split_areas(value)
        return
    count = leading_count(value)
    if key == "pchs":
        site.pchs_raw = value or None
        site.pchs_count = count
        numbers, names = site_references(value)
        site.linked_site_numbers = numbers
        site.linked_site_names = names
    else:
        site.practices_raw = value or None
        site.practices_count = count
    if value and count is None:
        problems.append(Problem(file, line, f"'{site.name}': {key} value '{value}' is not a number (kept as text)", "info"))


@lru_cache(maxsize=1 << 14)
def leading_count(value: str) -> int | None:
    """The number a field value starts with.

    >>> leading_count("1 (2 surgeries)"), leading_count("TBC"), leading_count("Three")
    (1, None, 3)
    """
    match = COUNT_AT_START.match(value)
    return count_value(match.group(1)) if match else None


def site_references(value: str) -> tuple[list[int], list[str]]:
    """Other sites a NO. OF PCHs value points to, by number or by name (worked out once for
    each value, as lists of their own each time).

    >>> site_references("1 (plus 3 in COP, see nos. 89-91)")
    ([89, 90, 91], [])
    >>> site_references("5 (plus Winsford rapid test site)")
    ([], ['Winsford'])
    """
    numbers, names = value_references(value)
    return list(numbers), list(names)


@lru_cache(maxsize=1 << 14)
def value_references(value: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """`site_references` of a value, worked out."""
    numbers: list[int] = []
    for match in REFERENCE_NUMBERS.finditer(value):
        text = match.group(1)
        for start, end in RANGE.findall(text):
            numbers += range(int(start), int(end) + 1)
        text = RANGE.sub(" ", text)
        numbers += [int(n) for n in DIGITS.findall(text)]
    names: list[str] = []
    if not numbers and "(" in value:
        for inside in re.findall(r"\(([^)]*)\)", value):
            if re.search(r"(?i)\b(plus|linked|see)\b", inside):
                names += re.findall(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\b", inside)
    return tuple(sorted(set(numbers))), tuple(names)


def split_areas(value: str) -> list[str]:
    """STP area names in a field value; "(Two) A and B, C and D" names two areas.

    >>> split_areas("(Two) Cheshire and Merseyside, Lancashire and South Cumbria")
    ['Cheshire and Merseyside', 'Lancashire and South Cumbria']
    >>> split_areas("Durham, Darlington, Tees, Hambleton, Richmondshire and Whitby")
    ['Durham, Darlington, Tees, Hambleton, Richmondshire and Whitby']
    """
    return list(value_areas(value))


@lru_cache(maxsize=1 << 14)
def value_areas(value: str) -> tuple[str, ...]:
    """`split_areas` of a value, worked out (once for each value)."""
    value = " ".join(value.split()).strip(" .")
    if not value:
        return ()
    stated = STATED_COUNT.match(value) if value.startswith("(") else None
    if stated and count_value(stated.group(1)):
        wanted = count_value(stated.group(1))
        parts = tuple(p.strip() for p in re.split(r"[,;]", stated.group(2)) if p.strip())
        if len(parts) == wanted:
            return parts
        return (stated.group(2),)
    return (value,)
