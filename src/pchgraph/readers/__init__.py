"""Reading documents: one module per layout, each registered with `registry.register`, and
`read_sources`, which reads a folder with whichever reader recognises each document.

Layouts: ``brochure`` (numbered entries with NO. OF PCHs / STP AREA fields) and ``casestudy``
(free text, the fallback). A new layout is a new module here that registers itself.
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import Problem
from ..names import org_key
from ..parallel import chunked, mapped, usable_cpus
from . import brochure, casestudy  # noqa: F401  (importing a layout registers it)
from .casestudy import distinctive_words
from .document import Document, read_document
from .formats import chosen_files
from .mentions import COLLECTIVE, PRACTICE, SELF, Mention, partner_mentions, standalone_names
from .registry import READERS, Reader, Reading, reader_for, register
from .sites import Site

__all__ = ["Corpus", "READERS", "Reader", "Reading", "read_sources", "reader_for", "register", "source_files"]


def source_files(folder: Path) -> list[Path]:
    """The documents in a folder, in name order: its regular, non-hidden files whose content is
    text, PDF or HTML, less editor backups, data tables and pchgraph's own outputs (`formats`)."""
    return chosen_files(folder)[0]


@dataclass
class Corpus:
    """Everything read from a folder of documents."""

    sites: list[Site] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    site_sources: dict[str, list[str]] = field(default_factory=dict)
    by_id: dict[str, Site] = field(default_factory=dict, repr=False)
    encodings: dict[str, str] = field(default_factory=dict)

    def site(self, site_id: str) -> Site:
        return self.by_id[site_id]


def read_sources(
    folder: Path, progress: Callable[[str, int, int], None] | None = None, meanwhile: Callable[[], Any] | None = None
) -> Corpus:
    """Read every document in a folder, each with the reader of its layout.

    Unreadable files become problems, not exceptions, so the rest still loads. `progress`, if
    given, is called with each document's name, its number and the number of documents.

    Parameters
    ----------
    folder : Path or str
        A folder of documents.
    meanwhile : callable, optional
        Work to do here while worker processes read the documents (loading what is needed after
        the reading), when they do (`pchgraph.parallel.mapped`).

    Returns
    -------
    Corpus
        The sites, mentions (each with file and line) and problems found.
    """
    with collection_paused():
        return read_folder(Path(folder), progress, meanwhile)


@contextlib.contextmanager
def collection_paused():
    """No cyclic garbage collection while a corpus or a graph is made: it would walk their
    many objects again and again (a full pass each time they grow by a quarter) and find
    nothing to collect; it is turned back on after (if it was on).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_folder(
    folder: Path, progress: Callable[[str, int, int], None] | None = None, meanwhile: Callable[[], Any] | None = None
) -> Corpus:
    """`read_sources`, with the garbage collector as it is."""
    corpus = Corpus()
    partner_lists: list[Site] = []
    documents, corpus.problems = chosen_files(folder)
    # only a paged document (a PDF) is remembered, for the pages of its partner lists read below
    page_of: dict[str, Callable[[int], int | None]] = {}
    # each document's printed form, so a mention keeps the characters it was printed with
    printed_of: dict[str, Callable[[int, str], str]] = {}
    # each document's known names and federation phrases, worked out as it was read; good for
    # the whole folder unless a site was read twice (merged, its record may change) or two
    # documents hold the same file's sites
    known_parts: list[frozenset[str]] = []
    federations_of: dict[str, FederationPhrases] = {}
    # a small folder is read here: sooner than workers could start, and than the meanwhile ends
    shared = sum(map(file_size, documents)) >= SHARED_BYTES
    reads = documents_read_by_workers(documents, progress, meanwhile) if shared else documents_read_here(documents, progress)
    read_alone = shared
    for read in reads:
        if read.document is None:
            corpus.problems.append(read.problem)
            continue
        document, reading = read.document, read.reading
        corpus.files.append(read.name)
        if document.encoding not in (None, "utf-8"):
            corpus.encodings[read.name] = document.encoding
        corpus.problems += reading.problems
        seen_before = add_sites(corpus, reading.sites)
        read_alone = read_alone and not seen_before and read.known is not None and federations_of.keys().isdisjoint(read.federations)
        if document.paged:
            page_of[document.name] = document.page_of
        printed_of[document.name] = printed_form(document)
        corpus.mentions += reading.mentions
        partner_lists += reading.partner_lists
        if read_alone:
            known_parts.append(read.known)
            federations_of.update(read.federations)
    if read_alone:
        # standalone_names of all the lists is the union of its answers for each
        known = frozenset().union(*known_parts)
    else:
        known, federations_of = standalone_of(partner_lists), federations_by_file(partner_lists)
    listed = [site for site in partner_lists if site.partners is not None]

    def lists_read(sites: range) -> list[list[tuple]]:
        return [list(map(mention_fields, partner_mentions(listed[index].partners, known))) for index in sites]

    # The lists are read a few runs of sites at a time, so that workers share them out evenly;
    # each list's mentions are placed here as they come (the names looked up then are looked
    # up again as the graph is built: they are remembered here, not in a worker).
    runs = chunked(len(listed), max(1, min(4 * usable_cpus(), len(listed) // LIST_RUN_SITES)))
    for run, lists in zip(runs, mapped(lists_read, runs)):
        for index, fields in zip(run, lists):
            corpus.mentions += placed([Mention(*each) for each in fields], listed[index], page_of, printed_of, federations_of)
    if not corpus.files and not corpus.problems:
        corpus.problems.append(Problem(str(folder), None, "folder holds no documents", "error"))
    return corpus


def mention_fields(mention: Mention) -> tuple:
    """A mention's fields in their order (``Mention(*mention_fields(m)) == m``): how a worker
    sends a mention back, taken in several times faster than the object itself.

    >>> m = Mention("Age UK", "Age UK", "organisation", 3, count=2)
    >>> Mention(*mention_fields(m)) == m
    True
    """
    return tuple(vars(mention).values())


def documents_read_here(documents: list[Path], progress: Callable[[str, int, int], None] | None) -> Iterator[DocumentRead]:
    """Each document read (`document_read`) in turn, `progress` told of it before."""
    for number, path in enumerate(documents, start=1):
        if progress is not None:
            progress(path.name, number, len(documents))
        yield document_read(path)


def documents_read_by_workers(
    documents: list[Path], progress: Callable[[str, int, int], None] | None, meanwhile: Callable[[], Any] | None
) -> Iterator[DocumentRead]:
    """Each document read by worker processes (`document_read_with_lists`), in turn, `progress`
    told of it as it comes; `meanwhile` done here while they read (`pchgraph.parallel.mapped`)."""
    for number, read in enumerate(mapped(document_read_with_lists, documents, meanwhile=meanwhile), start=1):
        if progress is not None:
            progress(read.name, number, len(documents))
        yield read


# The fewest bytes of documents read by workers (`mapped`), and the fewest partner lists given
# to a worker at once: less is read here sooner than workers start.
SHARED_BYTES = 2_000_000
LIST_RUN_SITES = 1000


def file_size(path: Path) -> int:
    """A file's size in bytes; 0 for one that cannot be looked at (reading it says why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


@dataclass
class DocumentRead:
    """One document as `read_folder` takes it from `document_read`: its reading, with each
    mention's page and printed text set, or the problem that kept it unread.

    ``document`` keeps only what is looked up in it once every document is read (`kept_for_lists`).
    """

    name: str
    document: Document | None = None
    reading: Reading | None = None
    problem: Problem | None = None
    # its partner lists' `standalone_of` and `federations_by_file`, when worked out as it was read
    known: frozenset[str] | None = None
    federations: dict[str, FederationPhrases] | None = None


def document_read(path: Path) -> DocumentRead:
    """A document read by the reader of its layout (`reader_for`), each of its mentions with the
    page it is on and the characters it was printed with.

    Parameters
    ----------
    path : Path
        A source file.

    Returns
    -------
    DocumentRead
        The reading, or the problem that kept the file unread.
    """
    document, problem = read_document(path)
    if document is None:
        return DocumentRead(path.name, problem=problem)
    reading = reader_for(document).read(document)
    if document.paged:
        for mention in reading.mentions:
            mention.page = document.page_of(mention.line)
    printed = printed_form(document)
    for mention in reading.mentions:
        mention.text = printed(mention.line, mention.text)
    return DocumentRead(path.name, kept_for_lists(document), reading)


def document_read_with_lists(path: Path) -> DocumentRead:
    """`document_read`, with what its partner lists add to the whole folder's (`standalone_of`,
    `federations_by_file`) worked out at once: by the worker that reads it, not after."""
    read = document_read(path)
    if read.reading is not None:
        read.known = standalone_of(read.reading.partner_lists)
        read.federations = federations_by_file(read.reading.partner_lists)
    return read


def standalone_of(sites: list[Site]) -> frozenset[str]:
    """The names standing alone in some of these sites' partner lists (`standalone_names`)."""
    return standalone_names([s.partners_text for s in sites if s.partners_text])


def federations_by_file(sites: list[Site]) -> dict[str, FederationPhrases]:
    """What each document calls a GP federation, read once from all the sections of its sites
    with a partners list ('Camden GP Federation (Haverstock Healthcare)'), by file name."""
    parts_of: dict[str, list[str]] = {}
    for site in sites:
        parts_of.setdefault(site.source_file, []).extend(site.sections.values())
    return {file: federation_phrases("\n".join(parts)) for file, parts in parts_of.items()}


def kept_for_lists(document: Document) -> Document:
    """A document as the partner lists read after every document need it: its lines only if
    they tell a page or a printed form other than the cleaned text (`printed_form`), so a
    document read in a worker process is sent back without them."""
    if document.paged or reprinted_lines(document):
        return document
    return Document(document.path, [], document.encoding)


def placed(
    mentions: list[Mention],
    site: Site,
    page_of: dict[str, Callable[[int], int | None]],
    printed_of: dict[str, Callable[[int, str], str]],
    federations_of: dict[str, FederationPhrases],
) -> list[Mention]:
    """The mentions read from a site's partners list (`partner_mentions`), each given its file,
    site, page and printed text, the site itself and what a document calls a GP federation told
    apart.

    The dictionaries give each document's pages, printed form and federation phrases, by file name.
    """
    source_file, site_id = site.source_file, site.id
    page = page_of.get(source_file)
    printed = printed_of[source_file]
    phrases = federations_of.get(source_file) or FederationPhrases()
    own_words = key_words(site.name)
    for mention in mentions:
        mention.source_file = source_file
        mention.site_id = site_id
        if page is not None:
            mention.page = page(mention.line)
        mention.text = printed(mention.line, mention.text)
        if names_itself(mention, site, own_words):
            mention.kind = SELF
        else:
            mention.note = "; ".join(filter(None, [mention.note, described_as(mention, phrases)])) or None
    return mentions


def reprinted_lines(document: Document) -> list[int]:
    """The numbers of the lines whose printed form differs from the cleaned text."""
    return [i + 1 for i, line in enumerate(document.lines) if line.printed is not None and line.printed != line.text]


def printed_form(document: Document) -> Callable[[int, str], str]:
    """`document.as_printed`, answered without looking where the lines it reads (the line and
    the two after it) were printed as they were cleaned: there the printed text is the text.

    A brochure's lines are mostly printed as cleaned, so most mentions need no window of text
    joined twice and searched.
    """
    changed = reprinted_lines(document)
    if not changed:
        return lambda line_no, text: text
    marks = bytearray(len(document.lines) + 3)
    for no in changed:
        marks[no] = 1
    as_printed = document.as_printed

    def printed(line_no: int, text: str) -> str:
        # as_printed reads lines[line_no - 1 : line_no + 2]: line numbers line_no .. line_no + 2
        if 1 <= line_no and not (marks[line_no : line_no + 3].count(1)):
            return text
        return as_printed(line_no, text)

    return printed


# Words a site's name may add to the name its partners list gives it ('Westongrove Partnership').
SITE_NAME_HEADS = {"partnership", "federation", "alliance", "network", "group", "practice", "healthcare", "cic", "ltd"}


def names_itself(mention: Mention, site: Site, own_words: tuple[str, ...] | None = None) -> bool:
    """Whether a partner named in a site's own list is the site itself: the same name, or the
    site's name with an organisational word more ('Westongrove' in Westongrove Partnership).

    >>> site = Site(name="Wirral GP Provider Federation", source_file="b.txt", line=1)
    >>> names_itself(Mention("Wirral GP Provider", "Wirral GP Provider", "organisation", 2), site)
    True
    >>> names_itself(Mention("Wirral CCG", "Wirral CCG", "organisation", 2), site)
    False

    `own_words`, when given, is `key_words(site.name)`, worked out once for all of a site's mentions.
    """
    if mention.kind == COLLECTIVE:
        return False
    if mention.kind == PRACTICE:
        # a member practice may share its town's name with the site ('The Fleetwood' in Fleetwood)
        return mention.name.casefold() == site.name.casefold()
    own = key_words(site.name) if own_words is None else own_words
    named = key_words(mention.name)
    if not own or not named:
        return False
    shorter, longer = (own, named) if len(own) <= len(named) else (named, own)
    return longer[: len(shorter)] == shorter and all(w in SITE_NAME_HEADS for w in longer[len(shorter) :])


@lru_cache(maxsize=1 << 16)
def key_words(name: str) -> tuple[str, ...]:
    """The words of a name's normalised key (`org_key`)."""
    return tuple(org_key(name).split())


@dataclass
class FederationPhrases:
    """What a document calls a GP federation, read once: the words written just before
    'GP federation' (after a comma and 'the local': 'FedBucks, the local GP Federation'; or run
    into it: 'Haverstock Healthcare Federation'), and the names in brackets after it ('Camden GP
    Federation (Haverstock Healthcare)')."""

    before: list[str] = field(default_factory=list)
    bracketed: set[str] = field(default_factory=set)
    # the names a partner may have to be called a federation here, made on first use (`names`)
    _names: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)

    def names(self) -> frozenset[str]:
        """Every lowercase name `described_as` accepts: a bracketed name, a whole phrase before
        'federation', or any end of one that starts after a space ('healthcare' of 'haverstock
        healthcare'), so a mention is looked up once instead of compared with every phrase."""
        if self._names is None:
            found = set(self.bracketed)
            for before in self.before:
                found.add(before)
                at = before.find(" ")
                while at != -1:
                    found.add(before[at + 1 :])
                    at = before.find(" ", at + 1)
            self._names = frozenset(found)
        return self._names


FEDERATION = re.compile(r"(?i)\bfederation\b")
FEDERATION_BEFORE = re.compile(r"(?i)([^,.;()\n]{1,80}?)(?:,\s+(?:the|a|our)\s+(?:local\s+)?GP\s+|\s+(?:GP\s+)?)federation$")
FEDERATION_BRACKETED = re.compile(r"(?i)GP federation\s+\(([^()]{1,80})\)")


def federation_phrases(text: str) -> FederationPhrases:
    """The phrases of a text that call something a GP federation (see `FederationPhrases`)."""
    # Only the few words before each 'federation' can name one: look there, not everywhere.
    windows = (text[max(0, start - 120) : start + len("federation")] for start in federation_starts(text))
    return FederationPhrases(
        [hit.group(1).strip().lower() for hit in map(phrase_before, windows) if hit],
        {m.group(1).strip().lower() for m in FEDERATION_BRACKETED.finditer(text)},
    )


def federation_starts(text: str) -> list[int]:
    """Where FEDERATION matches in a text, found by a plain search of the lowercased text.

    Lowercasing keeps every position (only 'İ' becomes two characters) and makes no other
    character a letter of 'federation'; case-insensitively the pattern also takes 'ı' for 'i'.
    A text with either is searched with the pattern itself.

    >>> federation_starts("Federation, GP federations, our FEDERATION")
    [0, 32]
    """
    if "\u0130" in text or "\u0131" in text:
        return [m.start() for m in FEDERATION.finditer(text)]
    lowered = text.lower()
    starts = []
    at = lowered.find("federation")
    while at != -1:
        end = at + len("federation")
        # \b on both sides: a word character is alphanumeric or '_'
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")) and (
            end == len(text) or not (text[end].isalnum() or text[end] == "_")
        ):
            starts.append(at)
            at = lowered.find("federation", end)
        else:
            at = lowered.find("federation", at + 1)
    return starts


# What FEDERATION_BEFORE can match between its phrase and 'federation' (", the local GP "):
# spaces, a comma and the letters of its words, in either case (no other character matches
# them case-insensitively); and the characters its phrase cannot hold.
LEAD_IN_LETTERS = frozenset(",theaourlcgpTHEAOURLCGP")
PHRASE_BREAKS = ",.;()\n"


def phrase_before(window: str) -> re.Match | None:
    """`FEDERATION_BEFORE.search(window)` for a window that ends in 'federation', tried only from
    where a match can start.

    The lead-in before 'federation' lies within the run of lead-in characters that ends there,
    so the phrase (1 to 80 characters, none of PHRASE_BREAKS) ends inside that run: it starts
    at most 80 characters before the run and after the last break before it. The pattern looks
    at nothing before where it starts, so a search from there finds the same first match.

    >>> phrase_before("(see above) to FedBucks, the local GP Federation").group(1)
    ' to FedBucks'
    """
    end = len(window) - len("federation")
    run = end
    while run > 0 and (window[run - 1] in LEAD_IN_LETTERS or window[run - 1].isspace()):
        run -= 1
    last_break = max(window.rfind(ch, 0, run) for ch in PHRASE_BREAKS)
    return FEDERATION_BEFORE.search(window, max(0, run - 80, last_break + 1))


def described_as(mention: Mention, phrases: FederationPhrases) -> str | None:
    """What a document's text calls a partner when it calls it a GP federation: 'FedBucks, the
    local GP Federation', 'Camden GP Federation (Haverstock Healthcare)', 'Haverstock Healthcare
    Federation'.

    >>> described_as(Mention("FedBucks", "FedBucks", "organisation", 1), federation_phrases("FedBucks, the local GP Federation, is …"))
    'GP federation'
    """
    name = mention.name.lower()
    if len(name) <= 2:
        return None
    # the same as: name in bracketed, or some phrase before 'federation' is the name or ends
    # in ' ' + name (`FederationPhrases.names` holds every such name)
    if name in phrases.names():
        return "GP federation"
    return None


def add_sites(corpus: Corpus, sites: list[Site]) -> bool:
    """Add sites; one seen before (same id) gains this source instead of being added twice.
    Returns whether one was seen before."""
    seen_before = False
    for site in sites:
        where = f"{site.source_file}:{site.line}"
        site_id = site.id
        if site_id in corpus.site_sources:
            existing = corpus.site(site_id)
            if existing.source_file == site.source_file:
                corpus.problems.append(
                    Problem(
                        site.source_file,
                        site.line,
                        f"site '{site.name}' appears twice in this file (first at line {existing.line}); read as one site",
                    )
                )
            merge_site(existing, site)
            corpus.site_sources[site_id].append(where)
            seen_before = True
        else:
            corpus.sites.append(site)
            corpus.by_id[site_id] = site
            corpus.site_sources[site_id] = [where]
    return seen_before


def merge_site(kept: Site, other: Site) -> None:
    """Fill what the kept record lacks from another record of the same site."""
    if kept.document_kind != "brochure" and other.document_kind == "brochure":
        for name in (
            "numbers",
            "wave",
            "stp_area",
            "stp_area_raw",
            "pchs_count",
            "pchs_raw",
            "practices_count",
            "practices_raw",
            "linked_site_numbers",
            "linked_site_names",
            "source_file",
            "line",
            "partners",
            "partners_text",
            "partners_line",
        ):
            setattr(kept, name, getattr(other, name))
        kept.document_kind = "brochure"
        kept.name = other.name
    for key, text in other.sections.items():
        if key not in kept.sections:
            kept.sections[key] = text


def linked_sites(corpus: Corpus) -> list[tuple[Site, Site]]:
    """(site, linked site) pairs from NO. OF PCHs references, by number, or by a name that one
    other site of the same document carries."""
    by_number = {(s.source_file, n): s for s in corpus.sites for n in s.numbers}
    by_word: dict[tuple[str, str], list[Site]] = {}
    # only a document whose sites point to others by name needs its sites' words
    named_from = {s.source_file for s in corpus.sites if s.linked_site_names}
    for s in corpus.sites:
        if s.source_file in named_from:
            for word in distinctive_words(s.name):
                by_word.setdefault((s.source_file, word), []).append(s)
    pairs = []
    for site in corpus.sites:
        targets = [by_number[(site.source_file, n)] for n in site.linked_site_numbers if (site.source_file, n) in by_number]
        for name in site.linked_site_names:
            words = {w.lower() for w in re.findall(r"[A-Za-z]+", name)}
            matches = {id(s): s for w in words for s in by_word.get((site.source_file, w), []) if s is not site}
            if len(matches) == 1:
                targets.append(next(iter(matches.values())))
        pairs += [(site, target) for target in targets if target is not site]
    return pairs
