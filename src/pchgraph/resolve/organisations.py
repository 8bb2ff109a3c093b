"""Organisations: one node per real organisation, with its kind.

A mention's name goes through the reviewed alias table (data/aliases.csv), then normalisation
rules (case, '&', punctuation, 'The', 'NHS' placement, 'Clinical Commissioning Group'/'CCG', …)
give its key; mentions with one key are one organisation. Names made only of generic words
("Public Health", "Local Pharmaceutical Committee") name a different body in each area, so they
are kept apart per STP area.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import DataError
from ..names import org_key, slug
from ..readers.mentions import MENTIONED, ORGANISATION, PRACTICE, Mention, is_generic
from ..resources import alias_paths
from ..schema import ORG_KINDS
from .codes import ccg_code, council_code, practice_code, trust_code

KIND_RULES: list[tuple[str, str]] = [
    (
        "nhs_body",
        r"\bNHS England\b|^Public Health England$|\bNHS 111\b|Academic Health Science Network|\bAHSN\b|"
        r"\bLocal (Pharmaceutical|Pharmacy|Dental|Ophthalmic|Optical|Medical) Committee\b|Health Education England|"
        r"Commissioning Services?\b|Care Quality Commission|NHS Improvement|Education Provider Network|\bPCTs?\b|Primary Care Trust|"
        r"Integrated Care Board|\bICB\b|\bNHS in\b|National Health Service",
    ),
    ("ccg", r"\bCCGs?\b|Clinical Commissioning Group"),
    (
        "charity",
        r"Age UK|Age Concern|Healthwatch|Hospice|\bCVS\b|Council for Voluntary Service|Voluntary (Action|Services?|Organisations)|"
        r"Community and Voluntary|Community Foundation|Carers|Red Cross|Macmillan|Crossroads|Citizens Advice|Housing Association|"
        r"Development (Trust|Association)|Community Action|Refugee|Migrant|\bcharity\b|third sector|Volunteer|Octopus",
    ),
    ("trust", r"\bTrust\b|\bFT\b|Ambulance|\bHospitals?\b"),
    ("council", r"\bCouncils?\b|\bBorough of\b|Local Authority|[Ss]ocial [Ss]ervices|[Ss]ocial [Cc]are|\bPublic Health\b"),
    ("federation", r"Federation|Alliance|GP Chambers|GP Provider"),
]
NOTE_KIND_RULES = [
    ("federation", r"(?i)\bpractices\b"),
    ("council", r"(?i)\bcounty council\b|\bcouncil\b"),
    ("charity", r"(?i)\bcharity\b|third sector|voluntary"),
    ("federation", r"(?i)\bfederation\b"),
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
    code: dict | None = None

    def as_node(self) -> dict:
        node = {
            "kind": self.kind,
            "name": self.name,
            "kind_guessed": self.kind_guessed,
            "aliases": sorted(self.aliases),
            "mentions": sum(self.aliases.values()),
            "scope": self.scope,
            "ods_code": None,
            "gss_code": None,
        }
        if self.code:
            node[f"{self.code['scheme']}_code"] = self.code["code"]
            node["official_name"] = self.code["official_name"]
            node.update({k: v for k, v in self.code.items() if k not in ("scheme", "code", "official_name")})
        return node


@dataclass(frozen=True)
class Alias:
    canonical: str
    alias: str
    kind: str
    why: str


def alias_table(*paths: Path) -> dict[str, Alias]:
    """The alias tables in force (by default the bundled one, then the user's), keyed by the
    normalised alias; a later table's row for the same spelling wins. Re-read when a file changes.
    """
    table: dict[str, Alias] = {}
    for path in paths or alias_paths():
        try:
            stat = path.stat()
        except OSError:
            continue
        table.update(read_alias_table(path, stat.st_mtime_ns, stat.st_size))
    return table


@lru_cache(maxsize=8)
def read_alias_table(path: Path, mtime_ns: int, size: int) -> dict[str, Alias]:
    table: dict[str, Alias] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read alias table: {exc}", where=str(path)) from exc
    for number, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            alias = Alias(row["canonical"].strip(), row["alias"].strip(), row["kind"].strip(), row["why"].strip())
        except (KeyError, AttributeError) as exc:
            raise DataError("alias table needs columns canonical, alias, kind, why", where=f"{path}:{number}") from exc
        if alias.kind and alias.kind not in ORG_KINDS:
            raise DataError(f"unknown kind '{alias.kind}' (one of {', '.join(ORG_KINDS)})", where=f"{path}:{number}")
        if not alias.why:
            raise DataError("every alias needs a reason in the 'why' column", where=f"{path}:{number}")
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
    for kind, pattern in [*NOTE_KIND_RULES, *KIND_RULES]:
        if note and re.search(pattern, note):
            return kind, False
    for kind, pattern in GUESSED_KIND_RULES:
        if re.search(pattern, name):
            return kind, True
    return "other", True


def preferred_name(spellings: Counter) -> str:
    """The spelling used most often; ties go to the fuller, then the alphabetically first."""
    return sorted(spellings.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0][0]


@dataclass
class Group:
    """Mentions that share one normalised key (before codes join groups that are one body)."""

    prefix: str
    key: str
    scope: str | None
    name: str
    kind: str
    guessed: bool
    alias: Alias | None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.prefix}:{slug(self.key)}" + (f"@{slug(self.scope)}" if self.scope else "")


def official_code(name: str, kind: str, guessed: bool):
    """The reference code for an organisation of this kind, and the kind the code says it is."""

    if kind == "ccg":
        return ccg_code(name), "ccg"
    if kind == "council":
        return council_code(name), "council"
    if kind == "trust" or guessed:
        return trust_code(name), "trust"
    return None, kind


def grouped_mentions(mentions: list[Mention], scope_of: dict[str, str]) -> dict[tuple, Group]:
    """Organisation and practice mentions grouped by alias, then normalised key (and area, for generic names)."""
    aliases = alias_table()
    groups: dict[tuple, Group] = {}
    for mention in mentions:
        if mention.kind not in (ORGANISATION, PRACTICE, MENTIONED):
            continue
        name = mention.name
        if is_generic(name) and mention.note and not is_generic(mention.note) and kind_of(mention.note)[0] == "council":
            name = mention.note
        alias = aliases.get(org_key(name))
        if alias:
            name = alias.canonical
        prefix = "practice" if mention.kind == PRACTICE else "org"
        scope = scope_of.get(mention.site_id) if is_generic(name) else None
        identity = (prefix, org_key(name), scope)
        if alias and alias.kind:
            kind, guessed = alias.kind, False
        elif mention.kind == PRACTICE:
            kind, guessed = "practice", False
        else:
            kind, guessed = kind_of(name, mention.note)
        group = groups.get(identity)
        if group is None:
            groups[identity] = group = Group(prefix, org_key(name), scope, name, kind, guessed, alias)
        elif group.guessed and not guessed:
            group.kind, group.guessed = kind, False
        if alias and group.alias is None:
            group.alias, group.name = alias, alias.canonical
        group.mentions.append(mention)
    return groups


def resolve(mentions: list[Mention], scope_of: dict[str, str]) -> dict[str, Organisation]:
    """Group organisation and practice mentions into organisations; set each mention's `org_id`.

    Spellings are one organisation when the alias table or the normalisation rules say so, or when
    the reference data gives them one official code. `scope_of` maps a site id to the scope (its
    STP area) by which generic names are kept apart.
    """
    by_code: dict[tuple, Organisation] = {}
    organisations: dict[str, Organisation] = {}
    for group in sorted(grouped_mentions(mentions, scope_of).values(), key=lambda g: (-len(g.mentions), g.id)):
        code, coded_kind = (
            (None, group.kind) if group.prefix == "practice" or group.scope else official_code(group.name, group.kind, group.guessed)
        )
        kind, guessed = (coded_kind, False) if code else (group.kind, group.guessed)
        if guessed and kind == "trust":
            kind = "other"
        organisation = by_code.get((code.scheme, code.code)) if code else None
        if organisation is None:
            organisation = Organisation(
                group.id,
                group.name,
                kind,
                guessed,
                group.scope,
                alias_reason=group.alias.why if group.alias else None,
                code=code.as_dict() if code else None,
            )
            organisations[organisation.id] = organisation
            if code:
                by_code[(code.scheme, code.code)] = organisation
        for mention in group.mentions:
            organisation.aliases[mention.name] += 1
            mention.org_id = organisation.id
    for organisation in organisations.values():
        organisation.name = preferred_name(organisation.aliases) if not organisation.alias_reason else organisation.name
    return organisations


def code_practices(
    organisations: dict[str, Organisation], mentions: list[Mention], ccgs_of_site: dict[str, tuple[list[str], list[str]]]
) -> None:
    """Attach ODS codes to practices, searching the CCGs of the sites they belong to: first the
    sites' partner CCGs, then the CCGs of their STP areas.

    Practices that turn out to share a code become one organisation.
    """

    sites_of: dict[str, set[str]] = {}
    mentions_of: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.kind == PRACTICE and mention.org_id:
            sites_of.setdefault(mention.org_id, set()).add(mention.site_id)
            mentions_of.setdefault(mention.org_id, []).append(mention)
    by_code: dict[str, Organisation] = {}
    for org_id in sorted(sites_of):
        organisation = organisations[org_id]
        tiers = tuple(
            tuple(dict.fromkeys(ccg for site in sorted(sites_of[org_id]) for ccg in ccgs_of_site.get(site, ([], []))[tier]))
            for tier in (0, 1)
        )
        code = practice_code(organisation.name, tiers)
        if code is None:
            continue
        kept = by_code.get(code.code)
        if kept is None:
            organisation.code = code.as_dict()
            by_code[code.code] = organisation
            continue
        kept.aliases.update(organisation.aliases)
        for mention in mentions_of[org_id]:
            mention.org_id = kept.id
        del organisations[org_id]
