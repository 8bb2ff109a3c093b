"""Documents as lines: decoding, character clean-up, page furniture, and joined paragraphs.

Every line keeps its 1-based number in the original file, so anything read from it can be traced.
A PDF or a saved web page is read as the text extracted from it (`formats`), numbered the same
way; a PDF's lines also keep their page.
"""

from __future__ import annotations

import bisect
import codecs
import operator
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problem
from . import formats

# Characters that print as nothing: dropped from both the printed and the cleaned text.
INVISIBLE = str.maketrans({"\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u00ad": ""})
# One character for one: the cleaned text keeps every position of the printed text, so a span
# read from the one can be taken from the other (mentions keep what was printed).
CHARACTER_FIXES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        # a minus sign or a figure dash set between words is a dash; the hyphens that do not
        # break are hyphens
        "\u2212": "\u2013",
        "\u2012": "\u2013",
        "\u2010": "-",
        "\u2011": "-",
        "\t": " ",
        "\v": " ",
    }
)
PAGE_OF_LINE = operator.attrgetter("page")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
PAGE_BREAK = "\f"
TERMINAL = (".", "!", "?")
# what may close a sentence after its stop: '(… ends.)', '"… ends."'
CLOSERS = ")\"'"


@dataclass(frozen=True)
class Line:
    """One line of a source file, cleaned, with its 1-based number in that file (in the text
    extracted from it, for a PDF or a web page) and, for a PDF, its 1-based page."""

    no: int
    text: str
    page: int | None = None
    printed: str | None = None

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass
class Document:
    """A source file read into cleaned lines."""

    path: Path
    lines: list[Line]
    encoding: str | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def paged(self) -> bool:
        """Whether the lines know their page (a PDF)."""
        pages = set(map(PAGE_OF_LINE, self.lines))
        pages.discard(None)
        return bool(pages)

    def as_printed(self, line_no: int, text: str) -> str:
        """`text`, read from the cleaned lines from `line_no` on, as the document printed it
        (curly apostrophes and all); `text` itself where it cannot be placed."""
        # (a blank line between a name's two printed lines is no part of the name's text)
        window = [line for line in self.lines[line_no - 1 : line_no + 2] if not line.blank]
        cleaned = " ".join(" ".join(line.text.split()) for line in window)
        printed = " ".join(" ".join((line.printed if line.printed is not None else line.text).split()) for line in window)
        at = cleaned.find(text)
        if at < 0 or len(cleaned) != len(printed):
            return text
        return printed[at : at + len(text)]

    def page_of(self, line_no: int) -> int | None:
        """The page a line is on, or None for a document without pages.

        >>> Document(Path("a.pdf"), [Line(1, "A", 1), Line(2, "B", 2)]).page_of(2)
        2
        """
        if 1 <= line_no <= len(self.lines):
            return self.lines[line_no - 1].page
        return None


@dataclass
class Paragraph:
    """Lines joined into one string, able to say which line any character came from.

    >>> p = joined_paragraph([Line(4, "Kent and Medway NHS and"), Line(5, "Social Care Partnership Trust.")])
    >>> p.text
    'Kent and Medway NHS and Social Care Partnership Trust.'
    >>> p.line_of(p.text.index("Social"))
    5
    """

    text: str
    starts: list[int] = field(default_factory=list)
    line_nos: list[int] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        return self.line_nos[0] if self.line_nos else 0

    def line_of(self, offset: int) -> int:
        index = bisect.bisect_right(self.starts, offset) - 1
        return self.line_nos[max(index, 0)]


def clean_line(text: str) -> str:
    """Straight quotes, plain spaces, dashes, no trailing blanks.

    >>> clean_line("St Catherine\u2019s\u00a0Hospice\t ")
    "St Catherine's Hospice"
    >>> clean_line("Hill Clinics \u2212 a joint venture")
    'Hill Clinics \u2013 a joint venture'
    """
    return text.translate(INVISIBLE).translate(CHARACTER_FIXES).rstrip()


# A numbered affiliation with its number printed again, glued to the name ('2. 2East Riverside
# PCN', as journals print authors' affiliations): the second number is a mark, not a word.
GLUED_NUMBER = re.compile(r"^(\s*(\d{1,2})[.)]\s+)(\2)(?=[A-Z][a-z])")


def without_glued_number(text: str) -> str:
    """A numbered line with the number glued to its first word blanked (positions kept).

    >>> without_glued_number("  2. 2East Riverside PCN, Riverton, UK")
    '  2.  East Riverside PCN, Riverton, UK'
    >>> without_glued_number("  2. 24 Hour Care Ltd")
    '  2. 24 Hour Care Ltd'
    """
    return GLUED_NUMBER.sub(lambda m: m.group(1) + " " * len(m.group(3)), text)


def printed_line(text: str) -> str:
    """A line as printed, less the characters that print as nothing and trailing blanks."""
    return text.translate(INVISIBLE).rstrip()


# Encodings a text document about English organisations is written in besides UTF-8: what
# Word, Windows tools and PDF-to-text converters save.
TEXT_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "utf_16", "utf_16_le", "utf_16_be", "ascii")


def decoded_text(path: Path) -> tuple[str | None, Problem | None]:
    """The file's text, or the reason it cannot be read as a text document. UTF-8 (with or
    without a byte-order mark) is read as it is; UTF-16 and Windows-1252/Latin-1 are told
    apart by charset-normalizer and read too (`text_encoding` names the one used)."""
    text, _, problem = decoded(path)
    return text, problem


def decoded(path: Path) -> tuple[str | None, str | None, Problem | None]:
    """The file's text, the encoding it was read in, or the problem that stopped it."""
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, None, Problem(name, None, f"cannot read file: {exc.strerror or exc}", "error")
    if not data.strip():
        return None, None, Problem(name, None, "file is empty", "error")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        return None, None, Problem(name, None, "file is binary (contains NUL bytes), not a text document", "error")
    try:
        return data.decode("utf-8-sig"), "utf-8", None
    except UnicodeDecodeError as exc:
        text, encoding = other_encoding(data)
        if text is not None:
            return text, encoding, None
        line = data[: exc.start].count(b"\n") + 1
        return (
            None,
            None,
            Problem(name, line, f"not text in UTF-8 or a Western encoding (byte 0x{data[exc.start]:02x} at offset {exc.start})", "error"),
        )


def other_encoding(data: bytes) -> tuple[str | None, str | None]:
    """Text that is not UTF-8, when charset-normalizer (or, for a short text it cannot judge,
    Windows-1252) reads it in one of `TEXT_ENCODINGS`."""
    from charset_normalizer import from_bytes  # only a file that is not UTF-8 needs it

    best = from_bytes(data).best()
    if best is not None and codecs.lookup(best.encoding).name.replace("-", "_") in {
        codecs.lookup(e).name.replace("-", "_") for e in TEXT_ENCODINGS
    }:
        return str(best), codecs.lookup(best.encoding).name
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return None, None


def page_furniture(raw_lines: list[str]) -> set[int]:
    """Indexes of running headers and footers: the lines that stand beside page breaks and recur.

    A line counts as furniture when the same shape (digits ignored) is the first or last text of
    at least two pages.
    """
    breaks = [i for i, text in enumerate(raw_lines) if PAGE_BREAK in text]
    if len(breaks) < 2:
        return set()

    def shape(text: str) -> str:
        return re.sub(r"\d+", "#", " ".join(text.replace(PAGE_BREAK, " ").split()).lower())

    def neighbours(i: int) -> list[int]:
        found = []
        if raw_lines[i].replace(PAGE_BREAK, "").strip():
            found.append(i)
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(raw_lines) and not raw_lines[j].strip():
                j += step
            if 0 <= j < len(raw_lines) and PAGE_BREAK not in raw_lines[j]:
                found.append(j)
        return found

    candidates: dict[str, set[int]] = {}
    for i in breaks:
        for j in neighbours(i):
            candidates.setdefault(shape(raw_lines[j]), set()).add(j)
    pages = len(breaks)
    return {j for key, found in candidates.items() if len(found) >= max(2, pages / 2) and len(key) <= 80 for j in found}


def document_lines(text: str, paged: bool = False) -> list[Line]:
    """Cleaned lines of a text, numbered from 1, with page breaks and running headers blanked;
    with `paged`, each line also gets the page it is on, counting form feeds.

    >>> [l.text for l in document_lines("A\\r\\nB\\fC")]
    ['A', 'BC']
    >>> [(l.text, l.page) for l in document_lines("A\\n\\fB", paged=True)]
    [('A', 1), ('B', 2)]
    """
    # without a carriage return, LINE_BREAK splits where str.split("\n") does
    raw = text.split("\n") if "\r" not in text else LINE_BREAK.split(text)
    furniture = page_furniture(raw)
    contents = contents_page_numbers(raw, furniture)
    pages = line_pages(raw) if paged else [None] * len(raw)
    # one pass: `printed_and_cleaned`, the furniture blanked, `without_glued_number` where
    # `may_have_glued_number`, and each Line made without the frozen dataclass's __init__,
    # which sets each field through object.__setattr__ (twice as slow, for the many lines)
    lines = []
    append = lines.append
    for i, (raw_text, page) in enumerate(zip(raw, pages)):
        if raw_text.isascii() and "\t" not in raw_text and "\v" not in raw_text and "\f" not in raw_text:
            shown = clean = raw_text.rstrip()
        else:
            shown = printed_line(raw_text.replace(PAGE_BREAK, ""))
            clean = clean_line(raw_text.replace(PAGE_BREAK, ""))
        if furniture and i in furniture:
            clean = shown = ""
        else:
            first = clean[:1]
            if first.isdecimal() or (first.isspace() and clean.lstrip()[:1].isdecimal()):
                clean = without_glued_number(clean)
            if contents and i in contents:
                clean = CONTENTS_ENTRY.sub(r"\g<entry>", clean)
            if clean.rstrip(" ›»>→.").lower().endswith(LINK_LABEL_ENDS):
                clean = LINK_LABEL.sub("", clean)
        line = _new(Line)
        _set(line, "__dict__", {"no": i + 1, "text": clean, "page": page, "printed": shown})
        append(line)
    return lines


# A link's label a web page prints after an item ('Hill LOC visit website', 'Dale Trust Read
# more ›'): no part of the item's name.
LINK_LABEL = re.compile(
    r"(?i)(?<=[\w)’'])\s+(?:visit\s+(?:our\s+|their\s+|the\s+)?web\s*site|read\s+more|learn\s+more|more\s+info(?:rmation)?)\s*[›»>→.]*$"
)
# (the words it ends in, looked for before the pattern is tried)
LINK_LABEL_ENDS = ("website", "web site", "more", "info", "information")

# A table of contents' entry: its title, then the page it starts on ('About us 5', 'Case study –
# Frome Primary Care Network 58').
# (not a field's figure after its label: 'NO. OF PRACTICES: 5')
CONTENTS_ENTRY = re.compile(r"^(?P<entry>.*[^\W\d_)].*?)(?<!:)\s+(?P<page>\d{1,3})\s*$")


def contents_page_numbers(raw_lines: list[str], furniture: set[int] | frozenset[int] = frozenset()) -> set[int]:
    """The indexes of the lines of a table of contents, whose last figure is a page number, not
    part of a name: three or more entries in a row, blank lines (and `furniture`, a page's running
    header with its own page number) between them allowed, their pages rising and never falling.

    >>> sorted(contents_page_numbers(["Contents", "About us 3", "", "Hill PCN 5", "Dale PCN 9", "Next"]))
    [1, 3, 4]
    >>> contents_page_numbers(["Hill Surgery 12", "Dale Surgery 9", "Vale Surgery 15"])
    set()
    """
    found: set[int] = set()
    run: list[tuple[int, int]] = []

    def close() -> None:
        if len(run) >= 3 and run[-1][1] > run[0][1]:
            found.update(i for i, _ in run)
        run.clear()

    for i, text in enumerate(raw_lines):
        text = text.rstrip()
        if not text or i in furniture:
            continue
        entry = CONTENTS_ENTRY.match(text) if text[-1:].isdigit() else None
        if entry is None or (run and int(entry.group("page")) < run[-1][1]):
            close()
        if entry is not None:
            run.append((i, int(entry.group("page"))))
    close()
    return found


def may_have_glued_number(text: str) -> bool:
    """Whether `without_glued_number` can change a line: only one that starts, after any
    whitespace, with a digit (``\\s`` and ``\\d`` are `str.isspace` and `str.isdecimal`)."""
    first = text[:1]
    return first.isdecimal() or (first.isspace() and text.lstrip()[:1].isdecimal())


_new = object.__new__
_set = object.__setattr__


def printed_and_cleaned(raw_lines: list[str]) -> tuple[list[str], list[str]]:
    """`printed_line` and `clean_line` of each raw line less its page breaks.

    A line of ASCII without tabs, vertical tabs or form feeds (most lines) holds nothing either
    translation changes: both are the line without trailing blanks, with no translation made.
    """
    printed, cleaned = [], []
    for raw_text in raw_lines:
        # the three `in` tests are PLAIN_ASCII_BREAKERS.search, without a call of the pattern
        if raw_text.isascii() and "\t" not in raw_text and "\v" not in raw_text and "\f" not in raw_text:
            line = raw_text.rstrip()
            printed.append(line)
            cleaned.append(line)
        else:
            printed.append(printed_line(raw_text.replace(PAGE_BREAK, "")))
            cleaned.append(clean_line(raw_text.replace(PAGE_BREAK, "")))
    return printed, cleaned


# The ASCII characters INVISIBLE, CHARACTER_FIXES or the page-break removal change.
PLAIN_ASCII_BREAKERS = re.compile("[\t\v\f]")


def line_pages(raw_lines: list[str]) -> list[int]:
    """The 1-based page of each line: the page its first character is on, form feeds separating
    pages (a form feed that ends a line belongs to the line's page, one that starts it does not).

    >>> line_pages(["a", "b\\f", "\\fc", "d"])
    [1, 1, 3, 3]
    """
    pages = []
    page = 1
    for text in raw_lines:
        content = text.lstrip(PAGE_BREAK)
        page += len(text) - len(content)
        pages.append(page)
        page += content.count(PAGE_BREAK)
    return pages


def read_document(path: Path) -> tuple[Document | None, Problem | None]:
    """Read a source file into a Document, or say why it cannot be read.

    The file's content decides how: a PDF and an HTML page are read as the text extracted from
    them, anything else as UTF-8 text.

    Parameters
    ----------
    path : Path
        A source file.

    Returns
    -------
    tuple of (Document or None, Problem or None)
        The document, or None and the one-line problem naming the file.
    """
    kind = formats.file_kind(path).format
    try:
        if kind == formats.PDF:
            return Document(path, document_lines(PAGE_BREAK.join(formats.pdf_pages(path)), paged=True)), None
        if kind == formats.HTML:
            return Document(path, document_lines(formats.html_text(path))), None
    except formats.Unreadable as exc:
        return None, Problem(path.name, None, str(exc))
    except formats.NotPdf:
        # (read as text, its header and the scraps after it would make a site)
        return None, Problem(
            path.name, None, "not a readable PDF: it starts as one, but its structure is damaged or cut short; nothing read"
        )
    except OSError as exc:
        return None, Problem(path.name, None, f"cannot read file: {exc.strerror or exc}", "error")
    text, encoding, problem = decoded(path)
    if text is None:
        return None, problem
    return Document(path, document_lines(text), encoding), None


ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


# The words that label a caption's credit ('Picture: Jo Bloggs').
CREDIT_WORDS = r"(?:Picture|Photo|Photograph|Image|Credit)"
# 'Photographs', the longest a credit's word can be before its colon
CREDIT_WORD_LONGEST = len("Photographs")
# A caption's credit at the end of a line: 'Picture: Jo Bloggs'.
CREDIT_END = re.compile(rf"\b{CREDIT_WORDS}s?:\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}$")


def ends_with_credit(text: str) -> bool:
    """Whether text ends in a caption's credit.

    >>> ends_with_credit("A clinic. Picture: Jo Bloggs"), ends_with_credit("Partners: Kent and Hill Trust")
    (True, False)
    """
    # searched from just before the last colon (a credit's name holds none), not from the start:
    # a joined paragraph asks this at every line, and a whole search made a long one quadratic
    colon = text.rfind(":")
    return colon >= 0 and CREDIT_END.search(text, max(0, colon - CREDIT_WORD_LONGEST)) is not None


def joined_paragraph(lines: list[Line]) -> Paragraph:
    """Join wrapped lines into one string; a word broken by a hyphen at a line end is rejoined."""
    text = last = ""
    last_alone = False
    starts: list[int] = []
    line_nos: list[int] = []
    kept = [(line, " ".join(line.text.split())) for line in lines if line.text.strip()]
    pieces = [piece for _, piece in kept]
    rows = [roster or directory for roster, directory in zip(roster_rows(pieces), directory_rows(pieces), strict=True)]
    for index, (line, piece) in enumerate(kept):
        if text:
            # a letter and a hyphen end the text (a piece holds no line break, so '$' is the end)
            if text[-1] == "-" and text[-2:-1] in ASCII_LETTERS and piece[:1].isalpha():
                pass
            elif (
                ends_with_credit(text)
                or (piece == last and last_alone)
                or (is_whole(last) and (rows[index - 1] or rows[index]))
                or one_name_a_line(last, piece)
            ):
                # a picture's credit ends its caption: the name on the next line is no part of
                # it; nor is a line printed twice (a picture's text, then its caption) one line,
                # where the first stood alone (not a wrapped list's line: '… Hospice, St', 'Hill
                # Trust,'); nor is a roster's row, a person then their body, any part of the next;
                # nor a name that ends its short line, the next line's
                text += "; "
            else:
                text += " "
        starts.append(len(text))
        line_nos.append(line.no)
        last_alone = (not text or ends_sentence(text)) and is_whole(piece)
        text += piece
        last = piece
    return Paragraph(text, starts, line_nos)


# The last word of a body's name, which a list's line set out one to a line ends with.
NAME_HEAD_AT_END = re.compile(
    r"(?<![\w'’-])(?:Council|Trust|CCG|ICB|Hospice|Surgery|Practice|PCN|Federation|Alliance|Hospitals?|Foundation|"
    r"Partnership|CIC|Ltd|Limited|Healthwatch|Association|LMC|LPC|LOC|LDC)$"
)

# The words a name's last line opens with where a page wrapped the name ('Trust' under '… Social
# Care Partnership'): the line before goes on, it is no item of its own.
NAME_GOES_ON = re.compile(
    r"(?:Council|Trust|CCG|ICB|NHS|Foundation|Partnership|Group|Ltd|Limited|CIC|Hospitals?|Federation|Alliance|Network|"
    r"Services?|Board|Committee|Centre|Surgery|Practice|Community|Interest|Company)\b"
)


def one_name_a_line(line: str, following: str) -> bool:
    """Whether two short lines are two items of a list set out one to a line, its bullets lost:
    the first ends on a body's last word, the next opens on a capital ('Great Torrington Town
    Council' over 'Riverton Hospice'), neither long enough to be a sentence the page wrapped.

    >>> one_name_a_line("Great Torrington Town Council", "Hill Hospice"), one_name_a_line("Riverton Town Council", "and Hill Hospice")
    (True, False)
    >>> one_name_a_line("Hill and Dale Social Care Partnership", "Trust")
    False
    """
    return (
        bool(NAME_HEAD_AT_END.search(line))
        and following[:1].isupper()
        # (a name wrapped before its last words goes on: '… Social Care Partnership' / 'Trust')
        and not NAME_GOES_ON.match(following)
        and len(line.split()) <= 8
        and len(following.split()) <= 8
        and is_whole(line)
    )


def is_whole(piece: str) -> bool:
    """Whether a line ends where a list's item may (not on a comma, nor on the 'and' of a list)."""
    return not piece.endswith((",", ";", ":")) and not ends_mid_phrase(piece)


def roster_rows(pieces: list[str]) -> list[bool]:
    """Which lines are rows of a roster: two or more lines running, each a person then the dash
    or slash before their post or body.

    >>> roster_rows(["Present:", "Jo Bloggs – Riverton Council", "Sam Smith / Hill Trust", "The Chair welcomed all."])
    [False, True, True, False]
    >>> roster_rows(["Jo Bloggs – Riverton Council", "said the plan was good."])
    [False, False]
    """
    row = [is_whole(piece) and ROSTER_LINE.match(piece) is not None for piece in pieces]
    return [row[i] and ((i > 0 and row[i - 1]) or (i + 1 < len(row) and row[i + 1])) for i in range(len(row))]


# The last word of a street's name.
# (not 'Court': a practice or a home is named so too, 'Newton Court')
STREET_WORD = r"(?:Road|Street|Lane|Avenue|Crescent|Square|Terrace|Drive|Way|Close|Path|Quay|Walk|Grove|Parade)"
STREET_CELL = re.compile(rf"[A-Z][\w'’.-]*\s+{STREET_WORD}$")


def directory_rows(pieces: list[str]) -> list[bool]:
    """Which lines are rows of a name-and-address table flattened to commas: two or more lines
    running, each of as many short cells as the next (three or more), most giving a street
    ('Hill Surgery, Mill Road, Riverton').

    >>> directory_rows(["Hill Surgery, Mill Road, Riverton", "Dale Practice, Vale Way, Dale", "Vale Centre, High Street, Vale"])
    [True, True, True]
    >>> directory_rows(["Hill Surgery, Mill Road, Riverton", "Vale Centre and Hill", "Dale Practice, Vale Way, Dale"])
    [False, False, False]

    A list wrapped at any width holds as many commas on two lines now and then, but no streets:

    >>> directory_rows(["Trust, Riverton County Council, Hill County", "Council, Dale County Council, Vale and Hill"])
    [False, False]
    """
    cells = [
        count if count >= 2 and is_whole(piece) and all(len(cell.split()) <= 6 for cell in piece.split(",")) else 0
        for piece in pieces
        for count in (piece.count(","),)
    ]
    row = [False] * len(pieces)
    start = 0
    for end in range(1, len(pieces) + 1):
        if end == len(pieces) or cells[end] != cells[start]:
            # (streets are looked for only in a run that could be a table: most paragraphs have none)
            if cells[start] and end - start >= 2 and 2 * street_rows(pieces[start:end]) >= end - start:
                row[start:end] = [True] * (end - start)
            start = end
    return row


def street_rows(pieces: list[str]) -> int:
    """How many rows give a street in a cell after their first ('Hill Surgery, Mill Road, Riverton')."""
    return sum(any(STREET_CELL.search(cell.strip()) for cell in piece.split(",")[1:]) for piece in pieces)


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Runs of non-blank lines; a line that stops in the middle of a list goes on after a blank
    line, where a page or a PDF's text broke the line it wrapped ('… Citizens Advice and' / '' /
    'Brighton University').

    >>> [[line.no for line in run] for run in paragraphs([Line(1, "With Hill Trust and"), Line(2, ""), Line(3, "Dale Care."), Line(4, ""), Line(5, "Next.")])]
    [[1, 3], [5]]
    """
    runs: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if not line.text.strip():  # line.blank, without the property's call
            if current and not ends_mid_phrase(current[-1].text):
                runs.append(current)
                current = []
        else:
            current.append(line)
    if current:
        runs.append(current)
    return runs


# The titles before a person's name.
PERSON_TITLE = r"(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Cllr|Councillor)"

# A roster's row: a person's name of two or three words (a title may open it), then the dash
# or slash that sets off their post or body ('Jo Bloggs – Riverton Council', 'Jo McBloggs / - /
# Hill Trust'). (Not a comma: a list of names wrapped at any width opens lines so too; nor a
# slash between words, 'Heath Hayes/Chase Medical Practice', one name of two; nor a name
# before a gloss in lower case, 'Helpmate Riverton – voluntary sector', a body and its sector.)
NO_PERSON_WORD = r"(?!(?:NHS|The|Council|Trust|Practice|Surgery|Centre|Group|Care|Health|Partnership|Network|Services?)\b)"
ROSTER_LINE = re.compile(
    rf"(?:(?:{PERSON_TITLE}|Rev|Revd|DCI|DCS|DI|DS|Supt|Insp)\.?\s+)?"
    rf"{NO_PERSON_WORD}[A-Z][a-z'’-]+(?:[A-Z][a-z]+)?(?:\s+{NO_PERSON_WORD}[A-Z][a-z'’-]+(?:[A-Z][a-z]+)?){{1,2}}"
    # (minutes give each person's initials, or their seat, in brackets: 'Jo Bloggs (JB) – …')
    r"(?:\s+\((?:[A-Z]{2,4}|Chair|Vice[- ]Chair)\))?"
    r"\s+(?:/|[–-]\s)(?=[\s/–-]*[A-Z])"
)


# A line ending in the 'and' of a list, which needs its last item after it: the line was
# broken mid-list. (Not a preposition: 'Patients registered at' may lead in a table.)
MID_PHRASE_END = re.compile(r"[\w,]\s+(?:and|or|&)\s*$")


def ends_mid_phrase(text: str) -> bool:
    """Whether a line ends in the 'and' of a list (`MID_PHRASE_END`).

    >>> ends_mid_phrase("Hill Trust and "), ends_mid_phrase("Hill Trust"), ends_mid_phrase("Brand")
    (True, False, False)
    """
    # (a search for a pattern held to the end tries it at every character: most lines are
    # known not to end so from their last word alone)
    return text.rstrip().endswith(("and", "or", "&")) and MID_PHRASE_END.search(text) is not None


def ends_sentence(text: str) -> bool:
    """Whether a paragraph ends as a finished sentence or list does.

    >>> ends_sentence("It works.) "), ends_sentence('He said "yes". '), ends_sentence("Kent and")
    (True, True, False)
    """
    # walked back from the end, not stripped, as a joined paragraph asks this of its growing text
    # at every line: a copy each time made a long paragraph quadratic
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    while end and text[end - 1] in CLOSERS:
        end -= 1
    return bool(end) and text[end - 1] in TERMINAL
