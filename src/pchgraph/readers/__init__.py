"""Reading documents: one module per layout, each registered with `registry.register`, and
`read_sources`, which reads a folder with whichever reader recognises each document.

Layouts: ``brochure`` (numbered entries with NO. OF PCHs / STP AREA fields) and ``casestudy``
(free text, the fallback). A new layout is a new module here that registers itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problem
from ..names import org_key
from . import brochure, casestudy  # noqa: F401  (importing a layout registers it)
from .casestudy import distinctive_words
from .document import read_document
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


def read_sources(folder: Path, progress: Callable[[str, int, int], None] | None = None) -> Corpus:
    """Read every document in a folder, each with the reader of its layout.

    Unreadable files become problems, not exceptions, so the rest still loads. `progress`, if
    given, is called with each document's name, its number and the number of documents.

    Parameters
    ----------
    folder : Path
        A folder of documents.

    Returns
    -------
    Corpus
        The sites, mentions (each with file and line) and problems found.
    """
    corpus = Corpus()
    partner_lists: list[Site] = []
    documents, corpus.problems = chosen_files(folder)
    # only a paged document (a PDF) is remembered, for the pages of its partner lists read below
    page_of: dict[str, Callable[[int], int | None]] = {}
    # each document's printed form, so a mention keeps the characters it was printed with
    printed_of: dict[str, Callable[[int, str], str]] = {}
    for number, path in enumerate(documents, start=1):
        if progress is not None:
            progress(path.name, number, len(documents))
        document, problem = read_document(path)
        if document is None:
            corpus.problems.append(problem)
            continue
        corpus.files.append(path.name)
        if document.encoding not in (None, "utf-8"):
            corpus.encodings[path.name] = document.encoding
        reading = reader_for(document).read(document)
        corpus.problems += reading.problems
        add_sites(corpus, reading.sites)
        if document.paged:
            page_of[document.name] = document.page_of
            for mention in reading.mentions:
                mention.page = document.page_of(mention.line)
        printed_of[document.name] = document.as_printed
        for mention in reading.mentions:
            mention.text = document.as_printed(mention.line, mention.text)
        corpus.mentions += reading.mentions
        partner_lists += reading.partner_lists
    known = standalone_names([s.partners_text for s in partner_lists if s.partners_text])
    # what a document says of its partners anywhere ('Camden GP Federation (Haverstock Healthcare)')
    parts_of: dict[str, list[str]] = {}
    for site in partner_lists:
        parts_of.setdefault(site.source_file, []).extend(site.sections.values())
    # Read each document once for what it calls a GP federation; each mention then looks it up.
    federations_of = {file: federation_phrases("\n".join(parts)) for file, parts in parts_of.items()}
    for site in partner_lists:
        if site.partners is None:
            continue
        for mention in partner_mentions(site.partners, known):
            mention.source_file = site.source_file
            mention.site_id = site.id
            if site.source_file in page_of:
                mention.page = page_of[site.source_file](mention.line)
            mention.text = printed_of[site.source_file](mention.line, mention.text)
            if names_itself(mention, site):
                mention.kind = SELF
            else:
                mention.note = (
                    "; ".join(
                        filter(None, [mention.note, described_as(mention, federations_of.get(site.source_file, FederationPhrases()))])
                    )
                    or None
                )
            corpus.mentions.append(mention)
    if not corpus.files and not corpus.problems:
        corpus.problems.append(Problem(str(folder), None, "folder holds no documents", "error"))
    return corpus


# Words a site's name may add to the name its partners list gives it ('Westongrove Partnership').
SITE_NAME_HEADS = {"partnership", "federation", "alliance", "network", "group", "practice", "healthcare", "cic", "ltd"}


def names_itself(mention: Mention, site: Site) -> bool:
    """Whether a partner named in a site's own list is the site itself: the same name, or the
    site's name with an organisational word more ('Westongrove' in Westongrove Partnership).

    >>> site = Site(name="Wirral GP Provider Federation", source_file="b.txt", line=1)
    >>> names_itself(Mention("Wirral GP Provider", "Wirral GP Provider", "organisation", 2), site)
    True
    >>> names_itself(Mention("Wirral CCG", "Wirral CCG", "organisation", 2), site)
    False
    """
    if mention.kind == COLLECTIVE:
        return False
    if mention.kind == PRACTICE:
        # a member practice may share its town's name with the site ('The Fleetwood' in Fleetwood)
        return mention.name.casefold() == site.name.casefold()
    own, named = org_key(site.name).split(), org_key(mention.name).split()
    if not own or not named:
        return False
    shorter, longer = sorted((own, named), key=len)
    return longer[: len(shorter)] == shorter and all(w in SITE_NAME_HEADS for w in longer[len(shorter) :])


@dataclass
class FederationPhrases:
    """What a document calls a GP federation, read once: the words written just before
    'GP federation' (after a comma and 'the local': 'FedBucks, the local GP Federation'; or run
    into it: 'Haverstock Healthcare Federation'), and the names in brackets after it ('Camden GP
    Federation (Haverstock Healthcare)')."""

    before: list[str] = field(default_factory=list)
    bracketed: set[str] = field(default_factory=set)


FEDERATION = re.compile(r"(?i)\bfederation\b")
FEDERATION_BEFORE = re.compile(r"(?i)([^,.;()\n]{1,80}?)(?:,\s+(?:the|a|our)\s+(?:local\s+)?GP\s+|\s+(?:GP\s+)?)federation$")
FEDERATION_BRACKETED = re.compile(r"(?i)GP federation\s+\(([^()]{1,80})\)")


def federation_phrases(text: str) -> FederationPhrases:
    """The phrases of a text that call something a GP federation (see `FederationPhrases`)."""
    # Only the few words before each 'federation' can name one: look there, not everywhere.
    windows = (text[max(0, m.start() - 120) : m.end()] for m in FEDERATION.finditer(text))
    return FederationPhrases(
        [hit.group(1).strip().lower() for hit in map(FEDERATION_BEFORE.search, windows) if hit],
        {m.group(1).strip().lower() for m in FEDERATION_BRACKETED.finditer(text)},
    )


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
    if name in phrases.bracketed or any(before == name or before.endswith(" " + name) for before in phrases.before):
        return "GP federation"
    return None


def add_sites(corpus: Corpus, sites: list[Site]) -> None:
    """Add sites; one seen before (same id) gains this source instead of being added twice."""
    for site in sites:
        where = f"{site.source_file}:{site.line}"
        if site.id in corpus.site_sources:
            existing = corpus.site(site.id)
            if existing.source_file == site.source_file:
                corpus.problems.append(
                    Problem(
                        site.source_file,
                        site.line,
                        f"site '{site.name}' appears twice in this file (first at line {existing.line}); read as one site",
                    )
                )
            merge_site(existing, site)
            corpus.site_sources[site.id].append(where)
        else:
            corpus.sites.append(site)
            corpus.by_id[site.id] = site
            corpus.site_sources[site.id] = [where]


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
    for s in corpus.sites:
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
