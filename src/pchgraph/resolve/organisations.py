"""Organisations: one node per real organisation, with its kind.

A mention is first cut into the organisations it names (`segmented`: a split the alias table
records, two names run together without a comma, "Nene and Corby CCG"); each name then goes
through the reviewed alias table (data/aliases.csv), and normalisation rules (case, '&',
punctuation, 'The', 'NHS' placement, 'Clinical Commissioning Group'/'CCG', …) give its key;
mentions with one key are one organisation. Names made only of generic words ("Public Health",
"Local Pharmaceutical Committee") and the bare names of federated brands ("Age UK",
"Crossroads") name a different body in each area, so they are kept apart per STP area. An
organisation with an official code is shown under its official name.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..errors import DataError
from ..names import org_key, slug
from ..readers.gazetteer import is_nhs_place_name, is_place_only
from ..readers.mentions import COLLECTIVE, GENERIC_WORDS, KIND_ABBREVIATIONS, MENTIONED, ORGANISATION, PRACTICE, Mention, is_generic
from ..resources import alias_paths
from ..schema import ORG_KINDS
from ..schema import PRACTICE as PRACTICE_KIND
from .codes import ccg_code, council_code, icb_code, places, practice_codes, readable, trust_code

KIND_RULES: list[tuple[str, str]] = [
    # a government department, whatever its field ('Department of Health and Social Care')
    ("other", r"^(?:the\s+)?Department\s+(?:of|for)\b"),
    # a place of learning, never the hospital trust its town's name and the word 'University'
    # would otherwise close on ('Leicester University' is no 'University Hospitals of Leicester')
    # (a lone 'University' in a list of practices is the practice named for it)
    ("other", r"\w\s+(?:University|College|School)$|^(?:the\s+)?University\s+of\b(?!.*\b(?:Trust|Hospitals?)\b)"),
    # a local improvement finance trust is a company that builds and leases health centres, no
    # NHS trust ('Southern Derbyshire Local Improvement Finance Trust', its 'LIFT Company')
    ("other", r"\bFinance\s+Trusts?\b|\bLIFT\s*Co(?:mpany)?\b"),
    ("icb", r"Integrated Care Boards?\b|\bICBs?\b"),
    (
        "nhs_body",
        r"\bNHS England\b|^Public Health England$|\bNHS 111\b|Academic Health Science Network|\bAHSN\b|"
        r"\bLocal (Pharmaceutical|Pharmacy|Dental|Ophthalmic|Optical|Medical) Committee\b|Health Education England|"
        r"Commissioning Services?\b|Care Quality Commission|NHS Improvement|Education Provider Network|\bPCTs?\b|Primary Care Trust|"
        r"\bNHS in\b|National Health Service|Commissioning Support Unit|\bCSU\b",
    ),
    ("ccg", r"\bCCGs?\b|Clinical Commissioning Group"),
    (
        "charity",
        r"Age UK|Age Concern|Healthwatch|Hospice|\bCVS\b|Council for Voluntary Service|Voluntary (Action|Services?|Organisations)|"
        r"Community and Voluntary|Community Foundation(?! (NHS )?Trust)|Carers|Red Cross|Macmillan|Crossroads|Citizens Advice|Housing Association|"
        r"Development (Trust|Association)|Community Action|Refugee|Migrant|\bcharity\b|third sector|Volunteer|Octopus|"
        # a body that calls itself a charity, or a food bank ('Trinity House Charity'), not the regulator
        r"\bCharity\b(?!\s+Commission)|Food\s?[Bb]ank|"
        # national health charities and their local branches, and a foundation that is no NHS trust
        r"\bMind$|Rethink Mental Illness|Samaritans|Mencap|Alzheimer['’]?s Society|Marie Curie|Barnardo['’]?s|Turning Point|"
        r"Change Grow Live|Sue Ryder|St John Ambulance|Centre for Mental Health|(?<!NHS )Foundation$|"
        # (and bodies named for what a charity does: 'Riverton Advice Centre', 'Hill Bereavement',
        # 'Friends of Dale', 'YMCA Riverton', 'Stroke Association', 'Rethink')
        r"\bAdvice\s+(?:Centre|Project|Service)\b|Bereavement|\bFriends\s+(?:of|Group)\b|\bY[MW]CA\b|Stroke Association|\bRethink\b|"
        # a charitable trust, named for what it does, not for health care ('Riverton Culture and
        # Leisure Trust', 'Hill Community Trust')
        r"(?<!NHS )\b(?:Community|Leisure|Culture|Housing|Wildlife|Arts|Sports?|Heritage|Charitable|Education|Learning|Youth)(?:\s+(?:and|&)\s+\w+)?\s+Trust$",
    ),
    # an acronym ending in FT is a foundation trust's ('CPFT', 'NSFT')
    ("trust", r"\bTrust\b|\bFT\b|Ambulance|\bHospitals?\b|^[A-Z][A-Za-z]{0,5}FT$"),
    (
        "council",
        r"\bCouncils?\b|\bBorough of\b|Local Authority|[Ss]ocial [Ss]ervices|[Ss]ocial [Cc]are|\bPublic Health\b|"
        # a council's statutory boards and committees: its health and wellbeing board, its
        # overview and scrutiny committees ('Riverton Health and Wellbeing Board', 'Health
        # Overview & Scrutiny Committee')
        r"\bHealth\s+(?:and|&)\s+Well-?[Bb]eing\s+Boards?\b|\bScrutiny\b|"
        # (and councils joined in a combined authority: 'West Midlands Combined Authority')
        r"\bCombined\s+Authority\b",
    ),
    # a primary care network is a group of practices working together, as a federation is
    (
        "federation",
        r"Federation|GP Confederation|Alliance|GP Chambers|GP Provider|\bPCNs?$|Primary Care Networks?$|\bGP (?:Fed|Group|Network|Collaborative)$|"
        # (a GP consortium too; a confederation only of GPs: 'the Riverton Confederation' may be of NHS bodies)
        r"\bGP Consortium\b|"
        # (a company of a place's practices named for primary care: 'Primary Care Riverton', 'Riverton
        # Primary Care Collaborative', 'Riverton GP Services')
        r"^Primary Care\s+(?!Networks?\b|Trust\b|Home\b)[A-Z]|Primary Care (?:Collaborative|Partnership|Together)$|\bGP Services$",
    ),
]
NOTE_KIND_RULES = [
    ("federation", r"(?i)\bpractices\b|\bgp\s+(?:group|federation|alliance|collaborative)\b"),
    ("council", r"(?i)\bcounty council\b|\bcouncil\b"),
    ("charity", r"(?i)\bcharity\b|third sector|voluntary"),
    ("federation", r"(?i)\bfederation\b|\bgp\s+confederation\b"),
]
# National names under which independent local charities work: the bare name in a partner list
# means the local body of that site's area, never one national node bridging areas.
FEDERATED_BRANDS = re.compile(
    r"^(age uk|age concern|healthwatch|crossroads|crossroads care|citizens advice|citizens advice bureau|mind|"
    r"carers trust|carers center|home start|voluntary action|council for voluntary service|cvs)$"
)
# Words by which a name run together with another can be seen to name a council or its service.
COUNCIL_NAMING = re.compile(r"(?i)\b(council|borough of|local authority|social care|social services|public health)\b")
# Words that join two parts of one name: a split never leaves one at either edge.
JOINERS = {"and", "&", "of", "for", "the", "in", "on", "upon", "at", "with"}
SAME, SPLIT, WHOLE, DIFFERENT = "same", "split", "whole", "different"
ACTIONS = (SAME, SPLIT, WHOLE, DIFFERENT)

GUESSED_KIND_RULES = [
    ("federation", r"\b(?i:CIC)\b|Community Interest Company|\b(Health|Healthcare|Health Care|Primary Care|GP Providers) (Ltd|Limited)\b"),
    ("trust", r"Community Health(care)?\b|Community Services\b|Healthcare$"),
]


def compiled_rules(rules: list[tuple[str, str]]) -> tuple[tuple[str, re.Pattern], ...]:
    """Kind rules with their patterns compiled (`kind_of` runs them for every name)."""
    return tuple((kind, re.compile(pattern)) for kind, pattern in rules)


COMPILED_KIND_RULES = compiled_rules(KIND_RULES)
COMPILED_NOTE_RULES = compiled_rules([*NOTE_KIND_RULES, *KIND_RULES])
COMPILED_GUESSED_RULES = compiled_rules(GUESSED_KIND_RULES)


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
    """One reviewed decision about a spelling.

    ``action`` says what it is: ``same`` (the default; ``alias`` is a spelling of ``canonical``),
    ``split`` (``alias`` names several organisations, ``canonical`` lists them as written,
    separated by " | "), ``whole`` (``alias`` is one organisation's name: never split it), or
    ``different`` (``alias`` and ``canonical`` are two organisations: never propose merging them).
    """

    canonical: str
    alias: str
    kind: str
    why: str
    action: str = SAME

    @property
    def parts(self) -> list[str]:
        """The names a split row cuts its spelling into."""
        return [part.strip() for part in self.canonical.split("|") if part.strip()]


def alias_table(*paths: Path) -> dict[str, Alias]:
    """The decisions in force for single spellings (same, split, whole), keyed by the normalised
    spelling; by default the bundled table, then the user's, whose row for the same spelling wins.
    Re-read when a file changes.
    """
    table: dict[str, Alias] = {}
    for row in alias_rows(*paths):
        if row.action != DIFFERENT:
            table[org_key(row.alias)] = row
    return table


def different_pairs(*paths: Path) -> set[frozenset[str]]:
    """Pairs of normalised names the alias tables say are two organisations.

    >>> import tempfile
    >>> table = Path(tempfile.mkdtemp()) / "aliases.csv"
    >>> _ = table.write_text("canonical,alias,kind,why,action\\nAge UK,Age UK Exeter,,a local branch,different\\n")
    >>> different_pairs(table) == {frozenset({"age uk", "age uk exeter"})}
    True
    """
    return {frozenset((org_key(r.canonical), org_key(r.alias))) for r in alias_rows(*paths) if r.action == DIFFERENT}


def alias_rows(*paths: Path) -> list[Alias]:
    """Every row of the alias tables in force, in reading order."""
    found: list[Alias] = []
    for path in paths or alias_paths():
        try:
            stat = path.stat()
        except OSError:
            continue
        found += read_alias_table(path, stat.st_mtime_ns, stat.st_size)
    return found


def alias_table_rows(text: str, path: Path) -> Iterator[tuple[int, dict]]:
    """An alias table's rows with the line each starts on; a quote left open (which would take
    every row after it into one cell) is an error naming the line it opens on.

    >>> list(alias_table_rows('canonical,alias,kind,why\\nA,B,,"why\\n', Path("t.csv")))
    Traceback (most recent call last):
    ...
    pchgraph.errors.DataError: t.csv:2: a quoted cell is not closed (so every row after it would be read into it)
    """
    lines = io.StringIO(text)
    reader = csv.DictReader(lines, strict=True)
    start = 2
    try:
        for row in reader:
            yield start, row
            start = reader.line_num + 1
    except csv.Error as exc:
        raise DataError("a quoted cell is not closed (so every row after it would be read into it)", where=f"{path}:{start}") from exc


@lru_cache(maxsize=8)
def read_alias_table(path: Path, mtime_ns: int, size: int) -> tuple[Alias, ...]:
    """The rows of one alias table, checked (the ``action`` column may be left out: ``same``)."""
    table: list[Alias] = []
    try:
        # (a spreadsheet's "CSV UTF-8" starts with a byte-order mark, no part of the first column's name)
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read alias table: {exc}", where=str(path)) from exc
    for number, row in alias_table_rows(text, path):
        try:
            action = (row.get("action") or SAME).strip()
            alias = Alias(row["canonical"].strip(), row["alias"].strip(), row["kind"].strip(), row["why"].strip(), action)
        except (KeyError, AttributeError) as exc:
            raise DataError("alias table needs columns canonical, alias, kind, why", where=f"{path}:{number}") from exc
        if alias.kind and alias.kind not in ORG_KINDS:
            raise DataError(f"unknown kind '{alias.kind}' (one of {', '.join(ORG_KINDS)})", where=f"{path}:{number}")
        if not alias.why:
            raise DataError("every alias needs a reason in the 'why' column", where=f"{path}:{number}")
        if action not in ACTIONS:
            raise DataError(f"unknown action '{action}' (one of {', '.join(ACTIONS)})", where=f"{path}:{number}")
        if action == SPLIT and len(alias.parts) < 2:
            raise DataError("a split row lists two or more names in 'canonical', separated by ' | '", where=f"{path}:{number}")
        table.append(alias)
    return tuple(table)


@lru_cache(maxsize=1 << 16)
def kind_of(name: str, note: str | None = None) -> tuple[str, bool]:
    """The kind of organisation a name (and its note) says, and whether that is a guess.

    >>> kind_of("Kent Community Health NHS Foundation Trust"), kind_of("Kent County Council")
    (('trust', False), ('council', False))
    >>> kind_of("Cumbria Council for Voluntary Service"), kind_of("Eden Project")
    (('charity', False), ('other', True))
    >>> kind_of("RXFT")
    ('trust', False)
    >>> kind_of("Sutton Health and Wellbeing Board"), kind_of("Health Overview & Scrutiny Committee")
    (('council', False), ('council', False))
    >>> kind_of("West Midlands Combined Authority")
    ('council', False)
    >>> kind_of("NHS Kent and Medway"), kind_of("NHS Kent and Medway CCG")
    (('icb', False), ('ccg', False))
    >>> kind_of("Southern Derbyshire Local Improvement Finance Trust")
    ('other', False)
    """
    for kind, pattern in COMPILED_KIND_RULES:
        if pattern.search(name):
            return kind, False
    # 'NHS' and an integrated care board's place alone is the name the board goes by ('NHS
    # Somerset', 'NHS Kent and Medway'), not a trust of that place
    if name.startswith("NHS ") and icb_code(name) is not None:
        return "icb", False
    # and 'NHS' and a council's place alone the primary care trust (or commissioning group) that
    # went by it ('NHS North Somerset', 'NHS Stoke on Trent')
    if is_nhs_place_name(name):
        return "nhs_body", False
    if note:
        for kind, pattern in COMPILED_NOTE_RULES:
            if pattern.search(note):
                return kind, False
    for kind, pattern in COMPILED_GUESSED_RULES:
        if pattern.search(name):
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
    if kind == "icb":
        return icb_code(name), "icb"
    # a name guessed to be a company of practices ('Hillingdon CIC', '… Healthcare Ltd') is never a
    # trust, however close its place word is to one
    # nor is a bare place ('London', which an ambulance trust's name would otherwise close on)
    if kind == "trust" or (guessed and kind != "federation" and not is_place_only(name)):
        return trust_code(name), "trust"
    return None, kind


@lru_cache(maxsize=1 << 16)
def is_brand(name: str) -> bool:
    """Whether a name is only the name of a federated brand, naming no branch.

    >>> is_brand("Age UK"), is_brand("Crossroads Care"), is_brand("Age UK Exeter"), is_brand("Mind")
    (True, True, False, True)
    """
    return bool(FEDERATED_BRANDS.match(org_key(name)))


@lru_cache(maxsize=1 << 16)
def is_local(name: str) -> bool:
    """Whether a name means a different body in each area: generic words only, a bare brand, or
    a kind's bare abbreviation ('the ICB', 'the LMC': each page's own).

    >>> is_local("the ICB"), is_local("LMC"), is_local("NEL ICB"), is_local("Age UK")
    (True, True, False, True)
    """
    return is_generic(name) or is_brand(name) or org_key(name) in BARE_KIND_ABBREVIATIONS


# The abbreviations of kinds of local body, which name none alone: those the readers give bare
# ('the ICB'), and an integrated care partnership's and the plural board's, which prose gives bare
# too ('CCG', 'PCN' and 'PCT' are generic words already).
BARE_KIND_ABBREVIATIONS = frozenset({abbreviation.lower() for abbreviation in KIND_ABBREVIATIONS} | {"icp", "icbs"})


def descriptions(mentions: list[Mention]) -> dict[int, str]:
    """What the text around a mention says it is: the collective phrase it was written inside
    ("the voluntary sector represented via … MACC"), keyed by the mention's id()."""
    phrases: dict[tuple, list[str]] = {}
    for mention in mentions:
        if mention.kind == COLLECTIVE:
            phrases.setdefault((mention.source_file, mention.site_id), []).append(" ".join(mention.text.split()))
    found = {}
    for mention in mentions:
        # by site, not line: a phrase wrapped over lines starts on another line than the name in it
        if mention.kind == COLLECTIVE:
            continue
        written = phrases.get((mention.source_file, mention.site_id))
        if not written:
            continue
        text = " ".join(mention.text.split())
        around = [p for p in written if text in p and text != p]
        if around:
            found[id(mention)] = around[0]
    return found


def grouped_mentions(mentions: list[Mention], scope_of: dict[str, str]) -> dict[tuple, Group]:
    """Organisation and practice mentions grouped by alias, then normalised key (and area, for
    generic names and bare brands)."""
    aliases = alias_table()
    described = descriptions(mentions)
    groups: dict[tuple, Group] = {}
    # (name, note) -> (the name grouped under, its alias, its key, whether it is local): many
    # mentions share a spelling, worked out once
    named: dict[tuple[str, str | None], tuple[str, Alias | None, str, bool]] = {}
    for mention in mentions:
        mention_kind = mention.kind
        if mention_kind not in (ORGANISATION, PRACTICE, MENTIONED):
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
            # a national body the alias table names ('NHS' is the National Health Service) is
            # one body everywhere, however generic its words
            national = alias is not None and alias.kind == "nhs_body"
            found = named[spelling] = (name, alias, org_key(name), is_local(name) and not national)
        name, alias, key, local = found
        # (a row of the alias table says what kind of body its spellings are, whichever way a
        # list gave them: its practice and its other spellings are one node)
        prefix = "practice" if (alias.kind == PRACTICE_KIND if alias and alias.kind else mention_kind == PRACTICE) else "org"
        scope = scope_of.get(mention.site_id) if local else None
        identity = (prefix, key, scope)
        if alias and alias.kind:
            kind, guessed = alias.kind, False
        elif mention_kind == PRACTICE:
            kind, guessed = "practice", False
        else:
            # the phrase a name was written in says what it is before its own note does: the
            # two joined by "; ", either alone, or None (``"; ".join(filter(None, [phrase,
            # note])) or None``, without the list and the join for a mention with one or none)
            note = mention.note
            phrase = described.get(id(mention)) if described else None
            if phrase:
                note = f"{phrase}; {note}" if note else phrase
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


def resolve(mentions: list[Mention], scope_of: dict[str, str]) -> dict[str, Organisation]:
    """Group organisation and practice mentions into organisations; set each mention's `org_id`.

    A mention that names several organisations is first cut into one mention each, in place in
    `mentions` (see `segmented`). Spellings are one organisation when the alias table or the
    normalisation rules say so, or when the reference data gives them one official code.
    `scope_of` maps a site id to the scope (its STP area) by which generic names and bare brands
    are kept apart.

    Examples
    --------
    >>> found = [Mention("Age UK", "Age UK", ORGANISATION, 3, "a.txt", "site:a"),
    ...          Mention("Age UK", "Age UK", ORGANISATION, 9, "a.txt", "site:b"),
    ...          Mention("Sussex Community Foundation NHS Trust", "Sussex Community Foundation NHS Trust",
    ...                  ORGANISATION, 4, "a.txt", "site:a")]
    >>> sorted(o.name for o in resolve(found, {"site:a": "Kent and Medway", "site:b": "Devon"}).values())
    ['Age UK (Devon)', 'Age UK (Kent and Medway)', 'Sussex Community NHS Foundation Trust']
    """
    mentions[:] = segmented(mentions)
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
        # the spellings counted in one call (as ``aliases[name] += 1`` for each, in turn)
        organisation.aliases.update([mention.name for mention in group.mentions])
        org_id = organisation.id
        for mention in group.mentions:
            mention.org_id = org_id
    for organisation in organisations.values():
        organisation.name = shown_name(organisation)
    return organisations


def shown_name(organisation: Organisation) -> str:
    """The name to show: the official name in readable case where a code is known; else the
    alias table's name, or the spelling written most often; a local body's with its area."""
    if organisation.code:
        return readable(organisation.code["official_name"])
    name = organisation.name if organisation.alias_reason else preferred_name(organisation.aliases)
    if organisation.scope and not organisation.scope.startswith("site:"):
        return f"{name} ({organisation.scope})"
    return name


def segmented(mentions: list[Mention]) -> list[Mention]:
    """The mentions with each one that names several organisations cut into one per organisation.

    In order: a ``split`` row of the alias table; a name that begins or ends with a known
    organisation when the rest is itself a name (`run_together_parts`); two bodies sharing one
    head ("Nene and Corby CCG": `shared_head_parts`). A ``whole`` or ``same`` row keeps a
    spelling whole. Each part keeps the quote it came from and says why in ``reason``.

    Examples
    --------
    >>> found = segmented([Mention("Nene and Corby CCG", "Nene and Corby CCG", ORGANISATION, 1, "a.txt", "site:a")])
    >>> [(m.name, m.text) for m in found]
    [('Nene CCG', 'Nene and Corby CCG'), ('Corby CCG', 'Nene and Corby CCG')]
    """
    aliases = alias_table()
    seen = Counter(org_key(m.name) for m in mentions if m.kind in (ORGANISATION, PRACTICE, MENTIONED))
    result: list[Mention] = []
    # named_parts reads only a mention's kind and name: each (kind, name) is cut once
    cuts: dict[tuple[str, str], tuple[list[str], str, bool]] = {}
    for mention in mentions:
        spelling = (mention.kind, mention.name)
        cut = cuts.get(spelling)
        if cut is None:
            cut = cuts[spelling] = named_parts(mention, aliases, seen)
        parts, why, quoted = cut
        if len(parts) < 2:
            result.append(mention)
            continue
        for part in parts:
            at = mention.text.find(part)
            result.append(
                replace(
                    mention,
                    name=part,
                    text=part if quoted and at >= 0 else mention.text,
                    note=mention.note if part == parts[-1] else None,
                    reason=f"one of {len(parts)} organisations in '{mention.name}': {why}",
                )
            )
    return result


def named_parts(mention: Mention, aliases: dict[str, Alias], seen: Counter) -> tuple[list[str], str, bool]:
    """The organisations one mention names, why, and whether each part is its own stretch of the
    quote (a shared head is not: both parts quote the whole)."""
    if mention.kind not in (ORGANISATION, MENTIONED):
        return [mention.name], "", False
    alias = aliases.get(org_key(mention.name))
    if alias and alias.action == SPLIT:
        return alias.parts, f"the alias table splits it ({alias.why})", True
    if alias:
        return [mention.name], "", False
    parts = run_together_parts(mention.name, seen)
    if parts:
        return parts, "two names run together without a comma", True
    parts = shared_head_parts(mention.name)
    if parts:
        return parts, "two bodies sharing one head, each with its own official code", False
    return [mention.name], "", False


def run_together_parts(name: str, seen: Counter) -> list[str] | None:
    """Two names written without a comma between them, when the name as a whole is unknown.

    One part must be a known organisation and the other a name: both known (an official code, or
    a name written on its own elsewhere), or one written on its own elsewhere under a name that
    says what kind of body it is ('… Network') and the other a proper name that is not a place.
    A bare brand at either end is its branch's name ("Age UK Exeter"), never two; a legal form
    ("Changing Lives Community Interest Company") is never a part.

    >>> run_together_parts("South East Coast Ambulance Reigate and Banstead social care", Counter())
    ['South East Coast Ambulance', 'Reigate and Banstead social care']
    >>> run_together_parts("Westbank South West Academic Health Science Network",
    ...                    Counter({"south west academic health science network": 1}))
    ['Westbank', 'South West Academic Health Science Network']
    >>> run_together_parts("Sussex Community Development Association", Counter()) is None
    True
    """
    tokens = name.split()
    if len(tokens) < 2 or is_known(name) or seen[org_key(name)] > 1:
        return None
    for cut in range(1, len(tokens)):
        left, right = " ".join(tokens[:cut]), " ".join(tokens[cut:])
        if tokens[cut - 1].lower() in JOINERS or tokens[cut].lower() in JOINERS:
            continue
        if not (is_name(left) and is_name(right)) or is_brand(left) or is_brand(right):
            continue
        left_seen, right_seen = seen[org_key(left)] > 0, seen[org_key(right)] > 0
        if (left_seen or is_known(left)) and (right_seen or is_known(right)):
            return [left, right]
        if (left_seen and says_kind(left) and is_proper_name(right)) or (right_seen and says_kind(right) and is_proper_name(left)):
            return [left, right]
    return None


NAME_START = re.compile(r"[A-Z0-9]")


@lru_cache(maxsize=1 << 16)
def is_name(text: str) -> bool:
    """Whether text reads as a name: it begins with a capital or digit and has a word that is
    neither generic nor a legal form ('Community Interest Company' is not a name).

    >>> is_name("Westbank"), is_name("Community Interest Company"), is_name("Public Health")
    (True, False, False)
    """
    legal = {"cic", "ltd", "plc", "llp", "company", "interest", "limited"}
    return bool(NAME_START.match(text)) and any(w not in GENERIC_WORDS and w not in legal for w in org_key(text).split())


@lru_cache(maxsize=1 << 16)
def says_kind(text: str) -> bool:
    """Whether a name's own words say what kind of body it is (a rule, not a guess)."""
    return not kind_of(text)[1]


@lru_cache(maxsize=1 << 16)
def is_proper_name(text: str) -> bool:
    """A name that is neither a place alone (a council's or CCG's place) nor a lowercase phrase.

    >>> is_proper_name("Westbank"), is_proper_name("Exeter"), is_proper_name("Development Association")
    (True, False, True)
    """
    return is_name(text) and not any(w[:1].islower() for w in text.split() if w.lower() not in JOINERS) and not is_place(text)


@lru_cache(maxsize=1 << 16)
def is_place(text: str) -> bool:
    """Whether text names only a place that the reference data knows (a council's or a CCG's)."""
    return council_code(text) is not None or ccg_code(text) is not None


@lru_cache(maxsize=1 << 16)
def is_known(text: str) -> bool:
    """Whether text names an organisation the reference data knows, by a name that says what kind
    of body it is (a place alone is not an organisation): a trust or CCG with its kind words, a
    council or one of its services.

    >>> is_known("South East Coast Ambulance"), is_known("South East Coast"), is_known("Horsham District")
    (True, False, False)
    """
    words = org_key(text).split()
    if not words:
        return False
    if COUNCIL_NAMING.search(text) and council_code(text):
        return True
    says_kind = any(w not in places(" ".join(words)) for w in words)
    return says_kind and (trust_code(text) is not None or ("ccg" in words and ccg_code(text) is not None))


SHARED_HEAD = re.compile(
    r"^(?P<a>.+?)\s+(?:and|&)\s+(?P<b>.+?)\s+(?P<head>Clinical Commissioning Group|CCG|(?:City |County |District |Borough )?Council)$"
)


def shared_head_parts(name: str) -> list[str] | None:
    """'A and B <head>' as two bodies, when the whole has no official code and each part has its own.

    >>> shared_head_parts("Aylesbury Vale and Chiltern Clinical Commissioning Group")
    ['Aylesbury Vale Clinical Commissioning Group', 'Chiltern Clinical Commissioning Group']
    >>> shared_head_parts("Telford and Wrekin Clinical Commissioning Group") is None
    True
    """
    match = SHARED_HEAD.match(name)
    if not match:
        return None
    code_of = ccg_code if "ouncil" not in match.group("head") else council_code
    if code_of(name) is not None:
        return None
    parts = [f"{match.group(side)} {match.group('head')}" for side in ("a", "b")]
    codes = [code_of(part) for part in parts]
    if all(codes) and codes[0].code != codes[1].code:
        return parts
    return None


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
    order = sorted(sites_of)
    requests = [
        (
            organisations[org_id].name,
            tuple(
                tuple(dict.fromkeys(ccg for site in sorted(sites_of[org_id]) for ccg in ccgs_of_site.get(site, ([], []))[tier]))
                for tier in (0, 1)
            ),
        )
        for org_id in order
    ]
    for org_id, code in zip(order, practice_codes(requests)):
        organisation = organisations[org_id]
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
