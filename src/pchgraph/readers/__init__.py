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
from . import brochure, casestudy  # noqa: F401  (importing a layout registers it)
from .casestudy import distinctive_words
from .document import read_document
from .formats import chosen_files
from .mentions import Mention, partner_mentions, standalone_names
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

    def site(self, site_id: str) -> Site:
        return self.by_id[site_id]


def read_sources(folder: Path) -> Corpus:
    """Read every document in a folder, each with the reader of its layout.

    Unreadable files become problems, not exceptions, so the rest still loads.

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
    for path in documents:
        document, problem = read_document(path)
        if document is None:
            corpus.problems.append(problem)
            continue
        corpus.files.append(path.name)
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
    for site in partner_lists:
        if site.partners is None:
            continue
        for mention in partner_mentions(site.partners, known):
            mention.source_file = site.source_file
            mention.site_id = site.id
            if site.source_file in page_of:
                mention.page = page_of[site.source_file](mention.line)
            mention.text = printed_of[site.source_file](mention.line, mention.text)
            corpus.mentions.append(mention)
    if not corpus.files and not corpus.problems:
        corpus.problems.append(Problem(str(folder), None, "folder holds no documents", "error"))
    return corpus


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
