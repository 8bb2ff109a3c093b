"""Organisations: one node per real organisation, with its kind.

A mention's name goes through the reviewed alias table (data/aliases.csv), then normalisation
rules (case, '&', punctuation, 'The', 'NHS' placement, 'Clinical Commissioning Group'/'CCG', …)
give its key; mentions with one key are one organisation. Names made only of generic words
("Public Health", "Local Pharmaceutical Committee") name a different body in each area, so they
are kept apart per STP area.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import PchgraphError
from .mentions import ORGANISATION, PRACTICE, Mention, is_generic
from .reference import data_dir
from .sites import slug

KINDS = ("practice", "trust", "ccg", "council", "charity", "federation", "nhs_body", "other")

REWRITES = [
    (r"\bclinical commissioning group\b", "ccg"),
    (r"\bcommunity interest company\b", "cic"),
    (r"\blimited\b", "ltd"),
    (r"\bft\b", "foundation trust"),
    (r"\bfoundation nhs trust\b", "nhs foundation trust"),
    (r"\bnhs\b", " "),
    (r"\bhospitals\b", "hospital"),
    (r"\bcentre\b", "center"),
    (r"\bsaint\b", "st"),
    (r"\bcouncil for voluntary service\b", "cvs"),
    (r"\bcommunity and voluntary services?\b", "cvs"),
]

KIND_RULES: list[tuple[str, str]] = [
    ("nhs_body", r"\bNHS England\b|^Public Health England$|\bNHS 111\b|Academic Health Science Network|\bAHSN\b|"
                 r"\bLocal (Pharmaceutical|Pharmacy|Dental|Ophthalmic|Optical|Medical) Committee\b|Health Education England|"
                 r"Commissioning Services?\b|Care Quality Commission|NHS Improvement|Education Provider Network"),
    ("ccg", r"\bCCGs?\b|Clinical Commissioning Group"),
    ("charity", r"Age UK|Age Concern|Healthwatch|Hospice|\bCVS\b|Council for Voluntary Service|Voluntary (Action|Services?|Organisations)|"
                r"Community and Voluntary|Community Foundation|Carers|Red Cross|Macmillan|Crossroads|Citizens Advice|Housing Association|"
                r"Development (Trust|Association)|Community Action|Refugee|Migrant|\bcharity\b|third sector|Volunteer|Octopus"),
    ("trust", r"\bTrust\b|\bFT\b|Ambulance|\bHospitals?\b"),
    ("council", r"\bCouncils?\b|\bBorough of\b|Local Authority|[Ss]ocial [Ss]ervices|[Ss]ocial [Cc]are|\bPublic Health\b"),
    ("federation", r"Federation|Alliance|GP Chambers|GP Provider"),
]
NOTE_KIND_RULES = [
    ("council", r"(?i)\bcounty council\b|\bcouncil\b"),
    ("charity", r"(?i)\bcharity\b|third sector|voluntary"),
    ("federation", r"(?i)\bgp federation\b"),
]
GUESSED_KIND_RULES = [
    ("federation", r"\bCIC\b|Community Interest Company|\b(Health|Healthcare|Health Care|Primary Care|GP Providers) Ltd\b"),
    ("trust", r"Community Health(care)?\b|Community Services\b|Healthcare$"),
]


@dataclass
class Organisation:
    """One real organisation and every spelling it was mentioned under."""

    id: str
    name: str
    kind: str
    kind_guessed: bool = False
    scope: str | None = None
    aliases: Counter = field(default_factory=Counter)
    alias_reason: str | None = None

    def as_node(self) -> dict:
        return {
            "kind": self.kind,
            "name": self.name,
            "kind_guessed": self.kind_guessed,
            "aliases": sorted(self.aliases),
            "scope": self.scope,
        }


@dataclass(frozen=True)
class Alias:
    canonical: str
    alias: str
    kind: str
    why: str


def org_key(name: str) -> str:
    """The normalised form under which spellings of one organisation agree.

    >>> org_key("Cornwall Partnership Foundation NHS Trust") == org_key("Cornwall Partnership NHS Foundation Trust")
    True
    >>> org_key("Bassetlaw Clinical Commissioning Group (CCG)")
    'bassetlaw ccg'
    >>> org_key("The Healthy East Grinstead Partnership")
    'healthy east grinstead partnership'
    """
    text = re.sub(r"\([^()]*\)?", " ", name).lower().replace("&", " and ")
    text = re.sub(r"'s\b", "s", text).replace("'", "")
    text = re.sub(r"[^a-z0-9@]+", " ", text)
    for pattern, replacement in REWRITES:
        text = re.sub(pattern, replacement, text)
    text = re.sub(r"^(the)\s+", "", " ".join(text.split()))
    return text.strip()


@lru_cache(maxsize=None)
def alias_table(path: Path | None = None) -> dict[str, Alias]:
    """The reviewed alias table, keyed by the normalised alias."""
    path = path or data_dir() / "aliases.csv"
    table: dict[str, Alias] = {}
    if not path.exists():
        return table
    with path.open(newline="", encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            try:
                alias = Alias(row["canonical"].strip(), row["alias"].strip(), row["kind"].strip(), row["why"].strip())
            except (KeyError, AttributeError) as exc:
                raise PchgraphError("alias table needs columns canonical, alias, kind, why", where=f"{path}:{number}") from exc
            if alias.kind and alias.kind not in KINDS:
                raise PchgraphError(f"unknown kind '{alias.kind}' (one of {', '.join(KINDS)})", where=f"{path}:{number}")
            table[org_key(alias.alias)] = alias
    return table


def kind_of(name: str, note: str | None = None) -> tuple[str, bool]:
    """The kind of organisation a name (and its note) says, and whether that is a guess.

    >>> kind_of("Kent Community Health NHS Foundation Trust"), kind_of("Kent County Council")
    (('trust', False), ('council', False))
    >>> kind_of("Cumbria Council for Voluntary Service"), kind_of("Eden Project")
    (('charity', False), ('other', True))
    """
    for kind, pattern in KIND_RULES:
        if re.search(pattern, name):
            return kind, False
    for kind, pattern in NOTE_KIND_RULES:
        if note and re.search(pattern, note):
            return kind, False
    for kind, pattern in GUESSED_KIND_RULES:
        if re.search(pattern, name):
            return kind, True
    return "other", True


def preferred_name(spellings: Counter) -> str:
    """The spelling used most often; ties go to the fuller, then the alphabetically first."""
    return sorted(spellings.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0][0]


def resolve(mentions: list[Mention], scope_of: dict[str, str]) -> dict[str, Organisation]:
    """Group organisation and practice mentions into organisations; set each mention's `org_id`.

    `scope_of` maps a site id to the scope (its STP area) that generic names are kept apart by.
    """
    aliases = alias_table()
    organisations: dict[str, Organisation] = {}
    for mention in mentions:
        if mention.kind not in (ORGANISATION, PRACTICE):
            continue
        alias = aliases.get(org_key(mention.name))
        name = alias.canonical if alias else mention.name
        key = org_key(name)
        prefix = "practice" if mention.kind == PRACTICE else "org"
        scope = scope_of.get(mention.site_id) if is_generic(name) else None
        org_id = f"{prefix}:{slug(key)}" + (f"@{slug(scope)}" if scope else "")
        organisation = organisations.get(org_id)
        if organisation is None:
            if alias and alias.kind:
                kind, guessed = alias.kind, False
            elif mention.kind == PRACTICE:
                kind, guessed = "practice", False
            else:
                kind, guessed = kind_of(name, mention.note)
            organisation = Organisation(org_id, name, kind, guessed, scope, alias_reason=alias.why if alias else None)
            organisations[org_id] = organisation
        organisation.aliases[mention.name] += 1
        mention.org_id = org_id
    for organisation in organisations.values():
        named = organisation.aliases.copy()
        if organisation.alias_reason is None:
            organisation.name = preferred_name(named)
    return organisations
