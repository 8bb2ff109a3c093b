"""Free-text documents (news articles, case studies, reports): sites and who they work with.

A document names one site in its title, or profiles several ("Federation: Suffolk GP Federation").
Organisations are read from the prose by general rules: runs of capitalised words that end in an
organisational word (Trust, Council, CCG, Practice, …), plus comma-separated partner lists, which
are read as brochure PARTNERS lists are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import Problem
from ..names import slug
from .document import Document, Line, Paragraph, ends_sentence, joined_paragraph, paragraphs
from .mentions import (
    BRANDS,
    COLLECTIVE,
    COUNTED,
    HEAD_WORDS,
    ORGANISATION,
    PRACTICE,
    SELF,
    UNRESOLVED,
    Mention,
    Span,
    head_word,
    is_generic,
    is_practice_name,
    partner_mentions,
    split_on_and,
    trimmed,
    words,
)
from .registry import Reading, register
from .sites import Site

PROSE_HEADS = {
    "trust",
    "council",
    "ccg",
    "pct",
    "group",
    "practice",
    "surgery",
    "centre",
    "partnership",
    "federation",
    "alliance",
    "network",
    "clinic",
    "hospital",
    "hospitals",
    "england",
    "care",
    "healthcare",
    "cic",
    "ltd",
    "limited",
    "committee",
    "hospice",
    "authority",
    "cvs",
    "services",
    "service",
    "collaborative",
    "foundation",
}
SITE_HEADS = {
    "alliance",
    "federation",
    "partnership",
    "network",
    "group",
    "practice",
    "healthcare",
    "collaborative",
    "locality",
    "care",
    "surgeries",
    "super-partnership",
    "networks",
    "cic",
}
LEADING_WORDS = {
    "the",
    "a",
    "an",
    "as",
    "in",
    "at",
    "on",
    "since",
    "our",
    "we",
    "with",
    "and",
    "but",
    "for",
    "meanwhile",
    "by",
    "from",
    "to",
    "of",
    "this",
    "that",
    "these",
    "each",
    "every",
    "all",
    "both",
    "having",
    "working",
    "although",
    "if",
    "when",
    "while",
    "after",
    "before",
    "during",
    "under",
    "most",
    "some",
    "many",
    "its",
    "their",
    "his",
    "her",
    "dr",
    "mr",
    "mrs",
    "ms",
    "partners",
    "members",
    "chairman",
    "staff",
    "note",
    "delivering",
    "so",
    "however",
    "also",
    "then",
    "there",
    "here",
    "it",
    "they",
    "he",
    "she",
    "you",
    "i",
    "what",
    "how",
    "why",
    "where",
    "who",
    "which",
    "is",
    "are",
    "was",
    "were",
    "yet",
    "or",
    "nor",
    "not",
    "no",
    "one",
    "two",
    "three",
    "first",
    "last",
    "next",
    "new",
    "other",
    "such",
    "like",
    "unlike",
    "through",
    "between",
}
TOKEN = r"(?:[A-Z][\w'&@.\-]*[\w]|[A-Z]|[a-z]+[A-Z][\w'@\-]*|\d+[A-Za-z][\w'@\-]*)"
PHRASE = re.compile(rf"{TOKEN}(?:\s+(?:(?:and|of|for|the|&|upon|on)\s+)?{TOKEN})*(?:\s+\d+\b)?")
PROFILE = re.compile(r"^\s*(?P<model>[A-Z][\w -]{2,40}?)\s*:\s*(?P<name>[A-Z].*?)\s*$")


@dataclass
class Section:
    """A stretch of a free-text document that speaks of one site (or of none)."""

    site: Site | None
    lines: list[Line]
    from_profile: bool = False


def prose_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of organisation names in running text.

    >>> [n for _, _, n in prose_names("Meanwhile, Southwark PCT decided to work with Wiltshire Health and Care.")]
    ['Southwark PCT', 'Wiltshire Health and Care']
    """
    found = []
    for match in PHRASE.finditer(text):
        start, end = match.start(), match.end()
        tokens = list(re.finditer(r"\S+", match.group(0)))
        while tokens and tokens[0].group(0).lower().strip("'") in LEADING_WORDS:
            tokens.pop(0)
        if not tokens:
            continue
        start = match.start() + tokens[0].start()
        phrase = text[start:end]
        of_prefix = re.match(r"^(\w+(?:\s+\w+)?)\s+of\s+", phrase)
        if of_prefix and re.search(r"(ment|tion|sion|ance|ence)$", of_prefix.group(1)):
            continue
        if of_prefix and is_generic(of_prefix.group(1)):
            start += of_prefix.end()
            phrase = text[start:end]
        footnote = re.search(r"(?<=[a-z])\d+$", phrase)
        if footnote:
            end -= len(footnote.group(0))
            phrase = text[start:end]
        phrase_words = words(phrase)
        if not phrase_words or (len(phrase_words) == 1 and phrase_words[0].lower() in PROSE_HEADS):
            continue
        last = re.sub(r"\d+$", "", phrase_words[-1]).lower() or (phrase_words[-2].lower() if len(phrase_words) > 1 else "")
        if (
            not BRANDS.match(phrase)
            and last not in PROSE_HEADS
            and not (len(phrase_words) > 1 and phrase_words[-1].isdigit() and phrase_words[-2].lower() in PROSE_HEADS)
        ):
            continue
        if is_generic(phrase) or re.search(r"s$", phrase_words[-1]) and is_generic(" ".join(phrase_words[:-1])):
            continue
        found.append((start, end, phrase))
    return found


def site_name_from_title(title: str, body_names: list[str]) -> str:
    """The site a document is about, from its title; the fullest form the text uses for it.

    >>> site_name_from_title("GPs working together to form the county's first Wiltshire-wide GP Alliance", ["Wiltshire GP Alliance", "GP Alliance"])
    'Wiltshire GP Alliance'
    """
    title = re.sub(r"^\s*\d+[.)]\s*", "", title).strip()
    candidates = [name for _, _, name in prose_names(title) if words(name)[-1].lower() in SITE_HEADS]
    if not candidates:
        return title if len(title.split()) <= 8 else title.split(" – ")[-1].split(",")[0].strip()
    chosen = max(candidates, key=len)
    title_tokens = {t for w in words(chosen) for t in re.split(r"-", w.lower())}
    fuller = [
        name
        for name in body_names
        if name != chosen and words(name)[-2:] == words(chosen)[-2:] and {w.lower() for w in words(name)} <= title_tokens
    ]
    return max(fuller, key=lambda n: (len(words(n)), n)) if fuller else chosen


def profile_headings(lines: list[Line]) -> list[tuple[Line, str]]:
    """Lines that open a profile of a named organisation ('Federation: Suffolk GP Federation')."""
    found = []
    for line in lines:
        match = PROFILE.match(line.text)
        if not match or len(line.text) > 100:
            continue
        name = match.group("name").split(",")[0].strip()
        if prose_names(name) or words(name)[-1].lower() in SITE_HEADS:
            found.append((line, name))
    return found


def distinctive_words(name: str) -> set[str]:
    return {w.lower() for w in words(name) if not is_generic(w) and w.lower() not in LEADING_WORDS and not w.isdigit()}


def is_heading(lines: list[Line], index: int) -> bool:
    """A short title-like line standing on its own between paragraphs."""
    text = lines[index].text.strip()
    if not text or len(text.split()) > 6 or not text[0].isupper() or ends_sentence(text) or text.endswith((",", ":")):
        return False
    previous = next((l.text.strip() for l in reversed(lines[:index]) if l.text.strip()), "")
    following = next((l.text.strip() for l in lines[index + 1 :] if l.text.strip()), "")
    return (not previous or ends_sentence(previous) or previous.endswith(":")) and not following[:1].islower()


def sections(document: Document) -> tuple[list[Section], list[Site]]:
    """The document cut into per-site sections, and its sites."""
    lines = document.lines
    first = next((l for l in lines if not l.blank), None)
    if first is None:
        return [], []
    profiles = profile_headings(lines)
    if len(profiles) < 2:
        body_names = [name for p in paragraphs(lines) for _, _, name in prose_names(joined_paragraph(p).text)]
        name = site_name_from_title(first.text, body_names)
        site = Site(name=name, source_file=document.name, line=first.no, document_kind="case study")
        return [Section(site, [l for l in lines if l.no != first.no])], [site]
    sites = {slug(name): Site(name=name, source_file=document.name, line=line.no, document_kind="case study") for line, name in profiles}
    starts = {line.no: sites[slug(name)] for line, name in profiles}
    keys = {key: distinctive_words(site.name) for key, site in sites.items()}
    result: list[Section] = [Section(None, [])]
    for index, line in enumerate(lines):
        if line.no in starts:
            result.append(Section(starts[line.no], [], from_profile=True))
            continue
        if is_heading(lines, index):
            tokens = distinctive_words(line.text)
            matches = [key for key, words_ in keys.items() if tokens & words_]
            if len(matches) == 1:
                result.append(Section(sites[matches[0]], []))
                continue
            if not result[-1].from_profile:
                result.append(Section(None, []))
                continue
        result[-1].lines.append(line)
        continue
        result[-1].lines.append(line)
    return result, list(sites.values())


def is_partner_list(paragraph: Paragraph) -> bool:
    """Whether a paragraph is a comma-separated list of partners rather than prose."""
    text = paragraph.text.strip()
    items = [i.strip() for i in re.split(r"[,;]", text.rstrip(".")) if i.strip()]
    if len(items) < 3 or re.search(r"[.!?]\s+[A-Z]", text):
        return False
    short = sum(1 for item in items if len(item.split()) <= 9)
    named = sum(1 for item in items if head_word(item) in HEAD_WORDS or COUNTED.match(item))
    return short / len(items) >= 0.8 and named / len(items) >= 0.5


def prose_mentions(paragraph: Paragraph) -> list[Mention]:
    """Organisation mentions in running text."""
    found = []
    text = paragraph.text
    for start, end, _ in prose_names(text):
        for span in split_on_and(text, Span(start, end)):
            span = trimmed(text, span)
            name = span.of(text)
            if not words(name) or is_generic(name):
                continue
            kind = PRACTICE if is_practice_name(name) else ORGANISATION
            found.append(Mention(name, re.sub(r"^the\s+", "", name), kind, paragraph.line_of(span.start)))
    return found


@register("free text", detect=lambda document: True, priority=-100)
def read_case_study(document: Document) -> Reading:
    """Sites of a free-text document and the mentions found in it (the fallback layout)."""
    parts, sites = sections(document)
    problems: list[Problem] = []
    mentions: list[Mention] = []
    if not sites:
        return Reading(problems=[Problem(document.name, None, "no site could be read from this document")])
    for part in parts:
        texts = []
        for run in paragraphs(part.lines):
            paragraph = joined_paragraph(run)
            texts.append(paragraph.text)
            found = partner_mentions(paragraph) if is_partner_list(paragraph) else prose_mentions(paragraph)
            for mention in found:
                mention.source_file = document.name
                named_site = self_mentioned_site(mention, sites)
                if named_site is not None:
                    mention.kind, mention.site_id = SELF, named_site.id
                elif part.site is None:
                    mention.kind, mention.reason = UNRESOLVED, "mentioned outside any site's section"
                else:
                    mention.site_id = part.site.id
                mentions.append(mention)
        if part.site is not None:
            part.site.sections["text"] = "\n\n".join(filter(None, [part.site.sections.get("text"), *texts]))
    return Reading(sites=sites, mentions=mentions, problems=problems)


def self_mentioned_site(mention: Mention, sites: list[Site]) -> Site | None:
    """The document's site that a mention names, if it names one ('Suffolk Federation', 'Network 2')."""
    if mention.kind == COLLECTIVE:
        return None
    mentioned = distinctive_words(mention.name)
    head = words(mention.name)[-1].lower() if words(mention.name) else ""
    for site in sites:
        own = distinctive_words(site.name)
        site_words = [w.lower() for w in words(site.name)]
        if mentioned and own and (mentioned <= own or own <= mentioned) and head in site_words and head in SITE_HEADS:
            return site
        if not mentioned and [w.lower() for w in words(mention.name)] == site_words[-len(words(mention.name)) :]:
            return site
    return None
