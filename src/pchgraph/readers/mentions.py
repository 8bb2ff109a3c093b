"""Splitting a partners list into mentions: organisations, practices and collective mentions.

Every piece of the list ends up as a Mention whose ``text`` is the exact source text and whose
``line`` is the line that text starts on. Nothing is dropped: what cannot be read as a name is
kept as an ``unresolved`` mention with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import cache

from rapidfuzz import fuzz

from ..names import name_key
from ..resources import rows
from .document import ROSTER_LINE, Paragraph
from .gazetteer import (
    ICB_COLUMNS,
    before_lower_kind,
    initials,
    is_council_place,
    is_known_name,
    is_place_only,
    is_town,
    known_names,
    known_split,
)
from .sites import COUNT_PATTERN, count_value

ORGANISATION = "organisation"
PRACTICE = "practice"
COLLECTIVE = "collective"
# Words that name nothing by themselves.
FUNCTION_WORDS = {
    "as",
    "do",
    "does",
    "did",
    "so",
    "too",
    "also",
    "and",
    "or",
    "the",
    "a",
    "an",
    "to",
    "of",
    "in",
    "with",
    "is",
    "are",
    "was",
    "were",
}
UNRESOLVED = "unresolved"
SELF = "self"
MENTIONED = "mentioned"

HEAD_WORDS = {
    "trust",
    "trusts",
    "council",
    "councils",
    "group",
    "ccg",
    "service",
    "services",
    "committee",
    "alliance",
    "federation",
    "confederation",
    "partnership",
    "hub",
    "practice",
    "practices",
    # a common misspelling of the noun, in practices' own names too ('Pickering Medical Practise')
    "practise",
    "surgery",
    "surgeries",
    "centre",
    "healthcare",
    "ltd",
    "limited",
    "cic",
    "company",
    "network",
    "pcn",
    "team",
    "board",
    "hospice",
    "foundation",
    "england",
    "action",
    "forum",
    "authority",
    "cvs",
    "ft",
    "plc",
    # (a company's short forms end a name too: 'Hill LIFT Co and Prime plc')
    "llp",
    "co",
    "collaborative",
    "chambers",
    "university",
    "school",
    "brewery",
    "bureau",
    "project",
    "csu",
    "unit",
    "association",
    "constabulary",
    "police",
    # (a leisure trust's or a charity's name ends so: 'Life Leisure', 'Stroke Society')
    "leisure",
    "society",
}
PRACTICE_HEADS = re.compile(
    r"(?i)\b(surgery|surgeries|medical (practi[cs]e|centre|center|group)|(?:health|primary care) centre|practi[cs]es?|doctors|medical|surgeries group)$"
)
# A practice named by its doctors: 'Dr Uppal & Partner', 'Drs Lee and Shah', 'Dr A Khan & Partners'
# (as a list's item); in running text only with its partners, since a doctor alone is a person
# ('Dr Hassan and Partners', 'Drs Smith, Jones and Partners').
# (a surname is no abbreviation, and no partner: 'Dr Stovin, GP and Partner' is one doctor)
SURNAME = r"(?!Partners?\b)(?![A-Z]{2,}\b)[A-Z][\w'’-]+"
DOCTORS_PRACTICE = re.compile(
    rf"Drs?\.?\s+(?:[A-Z]\.?\s+)?{SURNAME}(?:\s*(?:,|&|and)\s+(?:Drs?\.?\s+)?(?:[A-Z]\.?\s+)?{SURNAME})*(?:\s*(?:&|and)\s+Partners?)?"
)
# (in running text the first doctor may have a first name, a later one only with 'Dr' before it:
# 'Dr Jo Bloggs, Hill Trust and Partners' is no two doctors; and a doctor by both names before a
# comma and another doctor is a person before their practice, 'Dr Jo Bloggs, Dr Hill & Partners')
# (or with associates: 'Dr Hill & Associates')
DOCTORS_AND_PARTNERS = re.compile(
    rf"(?<![\w'’-])Drs?\.?\s+(?:[A-Z][\w'’-]*\.?\s+{SURNAME}(?!\s*,\s*Drs?\b)|{SURNAME})"
    rf"(?:\s*(?:,|&|and)\s+(?:Drs?\.?\s+(?:[A-Z][\w'’-]*\.?\s+)?|[A-Z]\.?\s+)?{SURNAME})*\s*(?:&|and)\s+(?:Partners?|Associates)(?![\w'’-])"
)
NHS_THEN_NAME = re.compile(r"NHS\s+[A-Z][\w'’-]*\s+[A-Z]")
COMMISSIONER_NAME = re.compile(r"(?i)\b(?:clinical\s+commissioning\s+group|ccg|integrated\s+care\s+board|icb)$")
NOT_PRACTICE = re.compile(r"(?i)\b(nhs|trust|council|ccg|commissioning|federation|alliance|partnership)\b")
BRANDS = re.compile(
    r"(?i)^(healthwatch|age uk|age concern|citizens advice|crossroads care|carers trust|home[- ]start|voluntary action|community action|volunteer centre|"
    # (a local pharmaceutical committee's trading name: 'Community Pharmacy Riverton')
    r"community pharmacy(?=\s+[A-Z]))\b"
)
# The same brands closing a local branch's name, its place before them ('Riverton Citizens
# Advice', 'Riverton Mind').
BRAND_AFTER_PLACE = re.compile(
    r"(?i)(?<=\w)\s+(?:healthwatch|age\s+uk|age\s+concern|citizens\s+advice|crossroads\s+care|carers\s+trust|home[- ]start|"
    r"voluntary\s+action|community\s+action|volunteer\s+centre|mind)$"
)


def is_charity_branch(name: str) -> bool:
    """Whether a name is a national charity's local body by its brand, the place after the
    brand or before it ('Age UK Riverton', 'Riverton Citizens Advice').

    >>> is_charity_branch("Riverton Citizens Advice"), is_charity_branch("Riverton Advice Centre")
    (True, False)
    """
    return BRANDS.match(name) is not None or BRAND_AFTER_PLACE.search(name) is not None


# National health charities, whose names hold no word for a body ('Marie Curie', 'Macmillan').
NATIONAL_CHARITY = re.compile(
    r"Macmillan(?:\s+Cancer\s+Support)?|Marie\s+Curie|Mind|Sue\s+Ryder|Barnardo['’]s|(?:British\s+)?Red\s+Cross|Samaritans|Mencap|"
    r"Rethink\s+Mental\s+Illness|Turning\s+Point|Change\s+Grow\s+Live|St\s+John\s+Ambulance|Alzheimer['’]s\s+Society|Age\s+UK"
)
# The departments of state, present and past, whose fields hold their own 'and' ('Department
# for Work and Pensions'); a pattern's text, for the national bodies' patterns.
GOVERNMENT_DEPARTMENTS = (
    r"Department\s+for\s+(?:Work\s+and\s+Pensions|Education(?:\s+and\s+Skills)?|Transport|Communities\s+and\s+Local\s+Government|"
    r"Levelling\s+Up,\s+Housing\s+and\s+Communities|Business(?:,\s+(?:Innovation\s+and\s+Skills|Energy\s+and\s+Industrial\s+Strategy)|\s+and\s+Trade)|"
    r"Environment,\s+Food\s+and\s+Rural\s+Affairs|(?:Digital,\s+)?Culture,\s+Media\s+and\s+Sport|Science,\s+Innovation\s+and\s+Technology|"
    r"Energy\s+Security\s+and\s+Net\s+Zero|International\s+Development)|Department\s+of\s+Trade\s+and\s+Industry|"
    r"Ministry\s+of\s+(?:Housing,\s+Communities\s+and\s+Local\s+Government|Justice|Defence)|"
    r"(?-i:DWP|DfE|DCLG|DLUHC|MHCLG|Defra|HM\s+Treasury|Cabinet\s+Office|Home\s+Office)"
)
DEPARTMENT = re.compile(rf"(?i)(?:the\s+)?(?:{GOVERNMENT_DEPARTMENTS})")
# The kinds of body a document names by a bare abbreviation ('the ICB', 'the LMC'), or in
# lower case with the abbreviation after it ('the integrated care board (ICB)'): the local
# commissioner, care system or representative committee, one of each to a place.
KIND_ABBREVIATIONS = {
    "CCG": "clinical commissioning group",
    "ICB": "integrated care board",
    "ICS": "integrated care system",
    "STP": "sustainability and transformation partnership",
    "LMC": "local medical committee",
    "PPG": "patient participation group",
    # (the commissioner of the 2000s: 'the PCT board decided', 'The PCT has also devolved …')
    "PCT": "primary care trust",
}
GENERIC_WORDS = {
    # (words for what a body is like, or for a building: 'Super Practice', 'Current Federation', 'Leisure Centre')
    *("super", "current", "existing", "former", "leisure", "shopping", "civic", "organisation", "pcn", "pcns", "borough", "accountable"),
    "public",
    # ('a Public Private Partnership' is a kind of arrangement, no body's name)
    "private",
    "health",
    "mental",
    "trust",
    "district",
    "council",
    "county",
    "community",
    "voluntary",
    "service",
    "services",
    "social",
    "care",
    "local",
    "authority",
    "authorities",
    "nhs",
    "team",
    "adult",
    "children",
    "primary",
    "acute",
    "sector",
    "organisations",
    "the",
    "and",
    "of",
    "for",
    "gp",
    "gps",
    "practice",
    "practices",
    "partners",
    "partnership",
    "group",
    "groups",
    "committee",
    "pharmaceutical",
    "dental",
    "ophthalmic",
    "optical",
    "medical",
    "general",
    "networks",
    "network",
    "hospital",
    "hospitals",
    "provider",
    "providers",
    "commissioning",
    "clinical",
    "strategic",
    "trusts",
    "councils",
    "patient",
    "patients",
    "participation",
    "out",
    "hours",
    "alliance",
    "federation",
    "confederation",
    "unit",
    "centre",
    "surgery",
    "healthcare",
    "staff",
    "members",
    "chairman",
    "board",
    "foundation",
    "ccg",
    "ccgs",
    "integrated",
    "new",
    "third",
    "regional",
    "national",
    "partner",
    "our",
    "their",
    "its",
    "pct",
    "pcts",
    "cic",
    "ltd",
    "clinic",
    "wide",
    "healthwatch",
}
COUNTED = re.compile(
    rf"(?i)^(?:all\s+(?:the\s+)?|the\s+)?(?P<count>{COUNT_PATTERN})\s+(?:gp\s+|general\s+|member\s+)?(?:practices?|surgeries)\b"
)
PRACTICE_GROUP = re.compile(r"(?i)^(?:all\s+)?(?:the\s+)?(?:gp\s+|general\s+)?practices\b")
LIST_INTRO = re.compile(
    rf"(?i)\b(?P<count>{COUNT_PATTERN})\s+(?:gp\s+|general\s+)?(?P<what>practices?)\s*(?::|[–—]|\b(?:are|include|includes|including|were)\b)\s*"
)
# What a list's first item may open with before its first name: 'X is working with', 'X is an
# alliance between', 'X is made up of', 'X comprises'.
LEAD_IN = re.compile(
    r"^(?P<lead>[^,()]*?(?:\b(?:is|are|was|were)\b[^,()]*?\b(?:with|between|made\s+up\s+of|consists?\s+of|comprised\s+of|composed\s+of)"
    r"|\b(?:comprises|brings\s+together)"
    # ('The plan potentially involves A, B and C': a verb of taking in, then its members)
    r"|\b(?:involves|involving|unites|uniting|spans|covers)"
    # a text's by-line: 'Joint media statement from A, B and C'
    r"|^(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,3}(?:statement|letter|message|announcement|submission|bid|response)\s+(?:from|by)"
    # '(The|Its) member practices are …', 'Our partners include …': a group, then its members
    r"|^(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)\s+(?:(?:member|partner|constituent|founding)\s+)?(?:practices|members|partners|surgeries|organisations)\s+(?:are|include|were|included)"
    # ('Those involved are …', 'The practices taking part are …')
    r"|^(?:[Tt]hose|[Tt]he\s+(?:practices|surgeries|organisations|partners|bodies))\s+(?:involved|taking\s+part|participating|signed\s+up)\s+(?:are|were|include|included)))\s+(?=[A-Z])"
)
LINKING = re.compile(
    r"(?:^|\s+)(?:including|such as|supported by|e\.g\.|notably|working\s+(?:closely\s+|jointly\s+|together\s+)?with|in\s+partnership\s+with|together\s+with|alongside)\s+"
)
# A group of bodies ending in its plural head, then 'and a …' of something else.
GROUP_THEN_THING = re.compile(
    r"(?P<group>.*?\b(?i:practices|surgeries|organisations|trusts|councils|charities|providers))\s+and\s+an?\s+\S"
)
# Kinds of council, which name no council ('Town and Parish Councils', 'district and county councils').
COUNCIL_TIERS = {"town", "parish", "district", "county", "city", "borough", "unitary", "local", "neighbouring"}
# Heads of a plural group written in capitals ('Primary Care Networks', 'NHS Trusts'): no one body.
PLURAL_GROUP_HEADS = {
    # (the doctors of a place's practices, in a list of partners: 'a partnership between GPs, …')
    "gps",
    "networks",
    "trusts",
    "practices",
    "surgeries",
    "authorities",
    "groups",
    "councils",
    "organisations",
    "partners",
    "providers",
    "federations",
    "pcns",
    "ccgs",
    "icbs",
    "hospitals",
    "charities",
    "pharmacies",
    "boards",
    "teams",
    "agencies",
}
# The sectors of a health economy, named together: 'the community and voluntary sector'.
# The words before 'sector' that say which ('the voluntary, community and faith sector').
SECTOR_WORD = r"(?:community|voluntary|faith|social|private|independent|public|third|charitable|enterprise)"
SECTORS = re.compile(rf"(?i)(?:^|(?<=\sand\s)|(?<=&\s)|(?<=,\s))(?:the\s+)?(?:{SECTOR_WORD}(?:\s*,|\s+and|\s+&)?\s+)+sectors?$")
RELATIVE = re.compile(r"(?i)^(which|who|formerly|previously|now|that)\b")
# An item that only says where the one before it is: '…, and Appleby Medical Practice, in Appleby'.
PLACE_OF_PREVIOUS = re.compile(r"^(?:in|at|based\s+in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\.?$")
VERBS = re.compile(r"\b(is|are|was|were|has|have|had|will|been|being|would)\b")
NAME_TOKEN = r"(?:[A-Z][\w'@&.\-]*|[a-z]+[A-Z][\w'@&.\-]*|\d+[A-Za-z][\w'@&.\-]*)"
NAMES_INSIDE = re.compile(rf"{NAME_TOKEN}(?:\s+(?:(?:and|of|for|the|&|upon|on)\s+)?{NAME_TOKEN})*")
# Compiled once: re.match and friends with a pattern string look it up in re's cache on every call.
# (or a preposition that adds an item: '… led by Hill Doctors, with Dale Health')
LEADING_AND = re.compile(r"(?i:and|&)\s+|(?:with|alongside|plus)\s+(?=[A-Z])")
WORD = re.compile(r"[A-Za-z0-9@]+(?:'[a-z])?")
PARENTHESIS_OPEN_ENDED = re.compile(r"\([^)]*\)?")
CAPITAL = re.compile(r"[A-Z]")
IN_PLACE = re.compile(r"\bin\s+[A-Z]")
# A place and a lowercase word for an area ('Kidlington area', 'North Cumbria region'): no body
# is named, the bodies of the area are meant.
AREA_WORDS = r"(?:region|area|footprint|locality|patch|system)"
AREA = re.compile(rf"^(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+)+{AREA_WORDS}$")
AREA_WORD_AFTER = re.compile(rf"\s+{AREA_WORDS}\b")
ACRONYM = re.compile(r"[A-Z]{2,6}")
LOWER_THE_NAME = re.compile(r"the\s+[A-Z]")
CAPITAL_THE_NAME = re.compile(r"The\s+[A-Z]")
PARENTHESIS_CONTENT = re.compile(r"\(([^()]*)\)?")
PARENTHESIS = re.compile(r"\([^()]*\)?")
POSSESSIVE_DESCRIPTION = re.compile(r"^(.+?)'s\s+([a-z].*)$")
POSSESSIVE_OF_BODY = re.compile(r"^(.+?\b(?:Council|Trust|Authority))'s\s+(.*)$")
LEADING_THE = re.compile(r"^the\s+")
# People of a body, before its name: 'Officials from X', 'Staff at X', 'Representatives of X';
# its staff by their post ('Chief Pharmacists from X'), or one of them by name ('Dr Ayres from X').
PEOPLE_FROM = re.compile(
    r"(?i)^(?:senior\s+)?(?:officials|staff|representatives|colleagues|leaders|clinicians|teams?|volunteers|officers|directors)"
    r"\s+(?:from|of|at)\s+(?:the\s+)?(?=[A-Z])"
    r"|^(?:(?:senior|chief|lead|clinical|specialist|community|practice)\s+)*(?:pharmacists|nurses|doctors|GPs|managers|therapists|practitioners|leads)"
    r"\s+(?:from|at)\s+(?:the\s+)?(?=[A-Z])"
    r"|^(?-i:(?:Dr|Cllr|Councillor|Mr|Mrs|Ms|Miss|Prof|Professor)\.?(?:\s+[A-Z][\w'’-]*){1,3})\s+(?-i:from|at)\s+(?:the\s+)?(?=[A-Z])"
)
KEY_WORD = re.compile(r"[a-z0-9]+")
# A town's possessive before a name: 'Kettering's Headlands Surgery' (see `cleaned_name`).
TOWN_POSSESSIVE = re.compile(r"^(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+(?=[A-Z][\w'’-]*\s+[A-Z])")
COMMA_NAME_PREFIX = re.compile(r"(?i)^(?:nhs\s+)?([^,]+(?:,[^,]+)*?,[^,]*?\band\s+\S+)")
# A few words in lower case up to a colon lead into a list too ('The proposals involve: A, B
# and C'), unless they count its items ('… involved nine practices: A, B …', see `list_intro`).
COLON_LEAD_IN = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+){1,5}:\s+(?=[A-Z])")
# The words that open a bracket listing the bodies an item includes.
INCLUDING = re.compile(r"(?i)(?:including|includes|such\s+as|namely|i\.e\.?|e\.g\.?)[:,]?\s+(?=[A-Z])")
# (or one in sentence case: 'Member practices: A, B and C', 'Partners: …'; a single capitalised
# word is a label only when it says what is listed, else it may be a body's name)
COLON_LABEL = re.compile(
    r"^([a-z][^:()]{0,40}|[A-Z][a-z]+(?:\s+[a-z][\w'’-]*){1,4}|(?:Partners|Members|Practices|Surgeries|Organisations|Includes|Including)):\s+(?=[A-Z])"
)
NAMED_LABEL = re.compile(
    r"^(?P<label>(?:[A-Z][\w'’&-]*\s+){0,5}(?:PCN|Primary\s+Care\s+Network|Network|Partnership|Alliance|Federation|Locality|Cluster))"
    r"(?:\s*\([^()]{0,40}\))?\s*:\s+(?=[A-Z])"
)
COUNT_INSIDE = re.compile(rf"(?i)\b({COUNT_PATTERN})\s+(?:gp\s+)?practices\b")
NAME_LIST_BREAK = re.compile(r",|\band\b")
AND_WORD = re.compile(r"\band\b")
# A group of bodies by their kind, then where they are: 'GP Practices in Durham Dales'.
GROUP_IN = re.compile(r"\b[A-Za-z]+s\s+(?:in|across|of)\s+[A-Z]")
PLURAL_HEADS = re.compile(r"^(?P<a>.+?)\s+and\s+(?P<b>.+?)\s+(?P<head>Councils|Trusts)$")
LETTER = re.compile(r"[A-Za-z]")
DESCRIBED = re.compile(
    rf"^((?:the|a|an)?\s*[a-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,2}})\s+({NAME_TOKEN}(?:\s+(?:(?:and|of|&)\s+)?{NAME_TOKEN})*)\s*(\([^()]*\))?$"
)
COUNT_WORD = re.compile(rf"(?i)\b({COUNT_PATTERN})\b")
# People named by the post they hold, in a list of bodies ('local MP, local Councillors').
PEOPLE_BY_POST = re.compile(r"MPs?|MEPs?|Councillors?|Cllrs?|Governors|Trustees")
# The posts one person holds in a body, as they are written beside a person's name.
POSTS = r"chief\s+executive|director|chair(?:man|woman|person)?|manager|officer|secretary|president"


@dataclass
class Mention:
    """One organisation, practice or collective mention, traceable to its source line."""

    text: str
    name: str
    kind: str
    line: int
    source_file: str = ""
    site_id: str = ""
    count: int | None = None
    note: str | None = None
    reason: str | None = None
    org_id: str | None = None
    page: int | None = None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Span:
    """A stretch of a paragraph's text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


def trimmed(text: str, span: Span, chars: str = " .;,") -> Span:
    """The span without surrounding spaces and list punctuation, and without a leading 'and'."""
    start, end = span.start, span.end
    while True:
        while start < end and text[start] in chars:
            start += 1
        while end > start and text[end - 1] in chars:
            end -= 1
        # matched in place (the pattern has no anchors or look-arounds): no copy of the span
        lead = LEADING_AND.match(text, start, end)
        if not lead:
            return Span(start, end)
        start = lead.end()


def without_unopened_bracket(text: str, span: Span) -> Span:
    """The span without a closing bracket at its end that it never opened: a list read from
    inside a bracket ('(comprising A, B and C)') ends at the bracket.

    >>> text = "A Surgery, B Practice (Hill) and C Centre)"
    >>> without_unopened_bracket(text, Span(0, len(text))).of(text)
    'A Surgery, B Practice (Hill) and C Centre'
    """
    piece = span.of(text)
    if piece.endswith(")") and piece.count(")") > piece.count("("):
        return trimmed(text, Span(span.start, span.end - 1))
    return span


# A person's role, or people's ('Deputy Leader', 'PCN Clinical Directors'): no body.
PEOPLE_BY_ROLE = re.compile(
    r"(?:^|\s)(?:(?:Deputy|Interim|Acting|Vice|Assistant|Associate|Senior|Executive|Clinical|Medical|Managing|Operating)\s+)*"
    r"(?:Leaders?|Chair(?:man|woman|person)?s?|Directors?|Chief\s+Executives?|Managers?|Officers?|Mayors?|Councillors?)$"
)
# A body's people written after its name ('Age UK Riverton staff and volunteers').
PEOPLE_OF = re.compile(
    r"^(?P<name>[A-Z].*?(?<![\w'’&-])[A-Z][\w'’&-]*)\s+(?P<rest>(?:staff|volunteers|colleagues|employees|workers|clinicians|members)\b(?:\s+\S+)*)$"
)
# A name, then words in lower case that are no part of it ('… Health Centre share a contract').
TRAILING_CLAUSE = re.compile(
    r"^(?P<name>[A-Z].*?[A-Za-z])\s+(?P<rest>(?!(?:and|of|the|for|upon|on|in|at|de|la)\b)[a-z][\w’'-]*(?:\s+\S+)*)$"
)


def is_clause(words_after: str) -> bool:
    """Whether lower-case words after a name say something of it ('share a contract') rather
    than describe it ('local team', which the name keeps): a clause has an article or three
    words or more.

    >>> is_clause("share a contract"), is_clause("local team")
    (True, False)
    """
    tokens = words_after.split()
    return len(tokens) >= 3 or any(t in ("a", "an", "the", "its", "their") for t in tokens)


THOUSANDS = re.compile(r"\d{3}(?!\d)")

# A piece that is only the words before 'sector' ('the Community', 'Voluntary').
SECTOR_WORDS = re.compile(rf"(?i)(?:the\s+)?{SECTOR_WORD}")


def with_sectors_whole(text: str, pieces: list[Span]) -> list[Span]:
    """Pieces split at a comma, joined again where the commas part the words of one sector
    ('the Community, Voluntary and Faith Sector').

    >>> text = "Healthwatch, the Community, Voluntary and Faith Sector, Riverton College"
    >>> [p.of(text) for p in with_sectors_whole(text, depth_zero_splits(text, Span(0, len(text)), ","))]
    ['Healthwatch', 'the Community, Voluntary and Faith Sector', 'Riverton College']
    """
    joined: list[Span] = []
    index = 0
    while index < len(pieces):
        end = index
        while end < len(pieces) and SECTOR_WORDS.fullmatch(pieces[end].of(text).strip()):
            end += 1
        # (only where the words run on to a piece that ends in 'sector')
        if end > index and end < len(pieces) and SECTORS.match(pieces[end].of(text).strip()):
            joined.append(Span(pieces[index].start, pieces[end].end))
            index = end + 1
            continue
        joined.append(pieces[index])
        index += 1
    return joined


def with_whole_numbers(text: str, pieces: list[Span]) -> list[Span]:
    """Pieces split at a comma, joined again where the comma was a thousands separator
    ('serves 30,000 patients').

    >>> text = "Hill Surgery, Dale Surgery and serves 30,000 patients"
    >>> [p.of(text) for p in with_whole_numbers(text, depth_zero_splits(text, Span(0, len(text)), ","))]
    ['Hill Surgery', 'Dale Surgery and serves 30,000 patients']
    """
    joined: list[Span] = []
    for piece in pieces:
        if (
            joined
            and piece.start == joined[-1].end + 1
            and text[joined[-1].end] == ","
            and text[joined[-1].end - 1].isdigit()
            and THOUSANDS.match(text, piece.start)
        ):
            joined[-1] = Span(joined[-1].start, piece.end)
        else:
            joined.append(piece)
    return joined


AS_WELL_AS = re.compile(r"\s+as\s+well\s+as\s+")


def as_well_as_parts(text: str, span: Span) -> list[Span]:
    """A span parted where it says 'as well as', which lists two items as a comma does ('Hill
    Surgery on Mill Street as well as Dale Surgery'): no body's name holds the words.

    >>> text = "Hill Surgery on Mill Street as well as Dale Surgery"
    >>> [part.of(text) for part in as_well_as_parts(text, Span(0, len(text)))]
    ['Hill Surgery on Mill Street', 'Dale Surgery']
    """
    parts, start = [], span.start
    for match in AS_WELL_AS.finditer(text, span.start, span.end):
        parts.append(Span(start, match.start()))
        start = match.end()
    return [*parts, Span(start, span.end)]


def depth_zero_splits(text: str, span: Span, separator: str) -> list[Span]:
    """Split a span at a separator that stands outside parentheses.

    A comma just inside a closing parenthesis ("(the GP out of hours service,) Next") also ends an item.
    """
    marks = split_marks(separator)
    if marks is not None:
        # Only parentheses and the separator change anything: visit those, not every character.
        positions = (match.start() for match in marks.finditer(text, span.start, span.end))
    else:
        positions = (i for i in range(span.start, span.end) if text[i] in "()" or text.startswith(separator, i))
    pieces: list[Span] = []
    depth = 0
    start = span.start
    for i in positions:
        if i < start:  # inside a separator of several characters just taken
            continue
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth and text[start:i].rstrip().endswith(","):
                depth = 0
                pieces.append(Span(start, i + 1))
                start = i + 1
            depth = max(depth - 1, 0)
        elif depth == 0:
            pieces.append(Span(start, i))
            start = i + len(separator)
    pieces.append(Span(start, span.end))
    return [kept for kept in (trimmed(text, piece) for piece in pieces) if kept.end > kept.start]


SPLIT_MARKS: dict[str, re.Pattern] = {}


def split_marks(separator: str) -> re.Pattern | None:
    """A pattern finding parentheses and a one-character separator; None for any other separator."""
    if len(separator) != 1 or separator in "()":
        return None
    if separator not in SPLIT_MARKS:
        SPLIT_MARKS[separator] = re.compile("[()" + re.escape(separator) + "]")
    return SPLIT_MARKS[separator]


def words(text: str) -> list[str]:
    return WORD.findall(text)


def head_word(text: str) -> str:
    found = words(PARENTHESIS_OPEN_ENDED.sub(" ", text))
    return found[-1].lower() if found else ""


def holds_head_word(text: str) -> bool:
    """Whether any word of a text (split at spaces) is a body's head word: a roster's person
    holds none ('Jo Bloggs – '), a body's name set before a dash does ('Riverton Hospice – ').

    >>> holds_head_word("Jo Bloggs"), holds_head_word("Riverton Hospice")
    (False, True)
    """
    return bool({word.lower() for word in text.split()} & HEAD_WORDS)


def is_generic(name: str) -> bool:
    """Whether a name is made only of generic words, naming no place or proper noun.

    >>> is_generic("Mental Health Trust"), is_generic("Kent County Council"), is_generic("Urology.")
    (True, False, True)
    """
    tokens = [w.lower() for w in words(name)]
    # (a town's or city's centre is a place: 'the rest of the Town Centre'; a field of medicine
    # alone is a service a body offers: 'Urology', 'Physiotherapy')
    return bool(tokens) and (
        all(t in GENERIC_WORDS for t in tokens) or tokens in (["town", "centre"], ["city", "centre"]) or one_field_word(tokens)
    )


# A field of medicine or care by its one word: 'cardiology', 'ultrasound', 'podiatry'.
SPECIALTY = re.compile(r"[a-z]+(?:ology|ography|oscopy|iatry|iatrics|oedema|edema|therapy|sound)")


def is_field_of_care(name: str) -> bool:
    """Whether a name is one word for a field of medicine or care, a service a body offers,
    not a body ('Urology.', 'Physiotherapy').

    >>> is_field_of_care("Urology."), is_field_of_care("Cardiology Partners")
    (True, False)
    """
    return one_field_word([w.lower() for w in words(name)])


def one_field_word(tokens: list[str]) -> bool:
    """Whether a name's words, lower-cased, are one word for a field of medicine or care (see
    `is_field_of_care`; `is_generic` asks this of the words it has already split)."""
    return len(tokens) == 1 and SPECIALTY.fullmatch(tokens[0]) is not None


def is_group_name(name: str) -> bool:
    """Whether a name is a kind of body in the plural, in generic words only ('Member Practices',
    'Federations'), so a group, not one body.

    >>> is_group_name("Federations"), is_group_name("Local Trusts"), is_group_name("Riverton Federations")
    (True, True, False)
    """
    tokens = [w.lower() for w in words(name)]
    return bool(tokens) and tokens[-1] in PLURAL_GROUP_HEADS and all(t in GENERIC_WORDS or t in PLURAL_GROUP_HEADS for t in tokens)


def starts_lowercase(text: str) -> bool:
    """Whether text begins as a common-noun phrase ('other voluntary…'), not a name ('the Eden Project').

    >>> starts_lowercase("other local providers"), starts_lowercase("the Eden Project"), starts_lowercase("mIAPT")
    (True, False, False)
    """
    tokens = text.split()
    if not tokens or not tokens[0][0].islower() or CAPITAL.search(tokens[0]):
        return False
    if tokens[0].lower() in ("the", "a", "an") and len(tokens) > 1 and tokens[1][:1].isupper():
        return False
    return True


def positions_outside_parens(text: str, span: Span, needles: tuple[str, ...]) -> list[int]:
    """Offsets within a span where one of the needles stands outside parentheses."""
    piece = text[span.start : span.end]
    if "(" not in piece and ")" not in piece:
        found = []
        for needle in needles:
            at = piece.find(needle)
            while at != -1:
                found.append(span.start + at)
                at = piece.find(needle, at + 1)
        return sorted(found)
    marks = needle_marks(needles)
    if marks is None:
        return positions_outside_parens_by_character(text, span, needles)
    # Only parentheses and the starts of needles change anything: visit those, not every character.
    found = []
    depth = 0
    for match in marks.finditer(text, span.start):
        i = match.start()
        if i >= span.end:
            break
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            found.append(i)
    return found


NEEDLE_MARKS: dict[tuple[str, ...], re.Pattern] = {}


def needle_marks(needles: tuple[str, ...]) -> re.Pattern | None:
    """A pattern finding parentheses and, without taking them up, the starts of the needles
    (which may run past the span, as `str.startswith` lets them); None when a needle is empty
    or starts with a parenthesis, where the two would meet at one character."""
    if not needles or any(not needle or needle[0] in "()" for needle in needles):
        return None
    if needles not in NEEDLE_MARKS:
        NEEDLE_MARKS[needles] = re.compile(r"[()]|(?=" + "|".join(re.escape(needle) for needle in needles) + ")")
    return NEEDLE_MARKS[needles]


def positions_outside_parens_by_character(text: str, span: Span, needles: tuple[str, ...]) -> list[int]:
    """`positions_outside_parens` looking at every character: for needles `needle_marks` cannot find."""
    found = []
    depth = 0
    for i in range(span.start, span.end):
        ch = text[i]
        depth += ch == "("
        depth = max(depth - (ch == ")"), 0)
        if depth == 0 and any(text.startswith(needle, i) for needle in needles):
            found.append(i)
    return found


def and_positions(text: str, span: Span) -> list[int]:
    """Offsets of ' and ' / ' & ' outside parentheses within a span."""
    return positions_outside_parens(text, span, (" and ", " & "))


def starts_name(text: str) -> bool:
    """Whether text begins with a name-like word ('Kent', 'mIAPT', '2gether', 'the Eden Project')."""
    tokens = text.split()
    return (
        bool(tokens)
        and not starts_lowercase(text)
        and (tokens[0][0].isupper() or tokens[0][0].isdigit() or bool(CAPITAL.search(tokens[0])) or tokens[0].lower() in ("the", "a", "an"))
    )


# First words shared by names of different places or bodies that one name may hold twice
# ("North Cumbria and North East …"): no sign of two names of one brand.
NO_BRAND_WORDS = {"North", "South", "East", "West", "Central", "Mid", "Greater", "Royal", "University"}


# A police force's commissioner: one office whose name runs over an 'and'.
OFFICE_ACROSS_AND = re.compile(r"Police(?:,\s+Fire)?\s+(?:and|&)\s+Crime\s+Commissioner")


def splits_at(left: str, right: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether ' and ' between left and right separates two items rather than joining one name.

    >>> splits_at("Bassetlaw Community and Voluntary Service", "Bassetlaw Clinical Commissioning Group (CCG)")
    True
    >>> splits_at("Kent", "Medway NHS and Social Care Partnership Trust")
    False
    >>> splits_at("All 22 general practices in Redditch", "Bromsgrove")
    False
    >>> splits_at("Healthwatch City of Riverton", "Healthwatch Hillside")
    True
    >>> splits_at("Age UK Riverton", "Community Action Riverton"), splits_at("Age UK Riverton", "District")
    (True, False)
    >>> splits_at("Navigo", "Northern Lincolnshire and Goole NHS Foundation Trust"), splits_at("Northern Lincolnshire", "Goole NHS Foundation Trust")
    (True, False)
    >>> splits_at("Marie Curie", "Farleigh Hospice"), splits_at("West Mercia Police", "Crime Commissioner")
    (True, False)
    >>> splits_at("the Department for Work", "Pensions and Riverton College"), splits_at("the Department for Work and Pensions", "Riverton College")
    (False, True)
    >>> splits_at("the Department for Education", "Skills"), splits_at("the Department for Education", "Riverton College")
    (False, True)
    """
    left, right = left.strip(), right.strip()
    if not left or not right:
        return False
    # a police force's commissioner is one office ('West Mercia Police and Crime Commissioner')
    if OFFICE_ACROSS_AND.match(f"{left.split()[-1]} and {right}"):
        return False
    # a national charity's or a department of state's name is whole by itself ('Marie Curie and
    # Riverton Hospice', 'the Department for Work and Pensions and Riverton College'), and the
    # department's own 'and' joins its name
    department = DEPARTMENT.search(f"{left} and {right}")
    if department and department.start() < len(left) < department.end():
        return False
    if (NATIONAL_CHARITY.fullmatch(re.sub(r"^the\s+", "", left)) or DEPARTMENT.fullmatch(left)) and starts_name(right):
        return True
    # two names of one brand, each given whole ('Healthwatch Riverton and Healthwatch Hillside')
    first, second = words(left), words(right)
    if len(first) >= 2 and len(second) >= 2 and first[0] == second[0] and first[0][:1].isupper() and first[0] not in NO_BRAND_WORDS:
        return True
    # a whole name the reference data knows after the 'and', where the two together are none
    # ('Navigo and Northern Lincolnshire and Goole NHS Foundation Trust'), unless the known name
    # is a commissioner's and only places come before it: they name one later commissioner with
    # it ('NHS Kent and Medway CCG', 'Nene and Corby CCG', formed after the reference data's year)
    if starts_name(left) and not starts_lowercase(right) and is_known_name(right) and not is_known_name(f"{left} and {right}"):
        parts = [re.sub(r"^(?:NHS|the)\s+", "", part.strip()) for part in left.split(",")]
        places = all(is_place_only(part) or is_council_place(part) for part in parts) or (
            len(words(left)) == 1 and head_word(left) not in HEAD_WORDS
        )
        if not (places and COMMISSIONER_NAME.search(right)):
            return True
    last_word = left.split()[-1]
    if starts_lowercase(left):
        # the capitalised words that end the phrase may open a name the reference data knows
        # with what follows ('the landlord Cheshire West and Chester Council')
        tail = re.search(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*$", left)
        if tail and any(a == 0 and b > len(tail.group(0)) + 5 for a, b in known_names(f"{tail.group(0)} and {right}")):
            return False
        # a group in lower case ends at its plural noun ('three other regional hospices and the
        # Riverton Integrated Care Board'), so 'the' with a name after it begins the next item
        plural_group = bool(re.fullmatch(r"[a-z]{3,}s", last_word)) and bool(LOWER_THE_NAME.match(right))
        return plural_group or (bool(CAPITAL.match(last_word)) and starts_name(right) and not starts_lowercase(right))
    if starts_lowercase(right):
        return last_word[:1].isupper() or last_word.endswith(")")
    counted = bool(COUNTED.match(left))
    if counted and IN_PLACE.search(left):
        return head_word(right) in HEAD_WORDS
    # 'Mill Surgery in Riverton and …': a name is complete before the place written after it
    left = without_place(left)[0]
    # an acronym is a whole name ('UHD and Dorset County Hospital')
    acronym = bool(ACRONYM.fullmatch(left))
    ends_complete = left.endswith(")") or head_word(left) in HEAD_WORDS or counted or name_key(left) in known or is_generic(left) or acronym
    ends_complete = ends_complete or (name_key(right) in known and len(words(left)) >= 2) or bool(AREA.match(left))
    if LOWER_THE_NAME.match(right):
        return ends_complete
    # 'The' with its capital after 'and' begins a second proper name ('X Fund and The Y Fund'), and
    # so does 'NHS' before a place's name ('Impact Housing and NHS North Cumbria CCG')
    if (CAPITAL_THE_NAME.match(right) or NHS_THEN_NAME.match(right)) and len(words(left)) >= 2:
        return True
    # a brand's local body with its place ('Age UK Norwich') is a whole name: a name of two
    # words or more after it is the next item ('… and Community Action Norwich')
    right_complete = head_word(right) in HEAD_WORDS or name_key(right) in known or len(words(right)) >= 2
    return starts_name(right) and (ends_complete or bool(BRANDS.match(left) and len(words(left)) > 1 and right_complete))


def split_on_and(
    text: str, span: Span, wanted: int | None = None, free: bool = False, known: frozenset[str] = frozenset(), serial: bool = False
) -> list[Span]:
    """Split an item at the ' and 's that separate items; `wanted` forces the last split if short.

    `serial` says the span is the last item of a list whose items so far were parted by commas
    alone ('A, B and C'), so its one 'and' is the list's own unless the whole is a known name.

    >>> text = "Hill Surgery, Mill Street and Dale GP Practice"
    >>> [text[p.start : p.end] for p in split_on_and(text, Span(14, len(text)), serial=True)]
    ['Mill Street', 'Dale GP Practice']
    """
    positions = and_positions(text, span)
    # '&' often joins the two places of one name ('Bourne End & Wooburn Green Medical Centre')
    if serial and len(positions) == 1 and text.startswith(" and ", positions[0]) and is_serial_and(text, span, positions[0]):
        wanted = max(wanted or 0, 2)
    pieces: list[Span] = []
    start = span.start
    for index, pos in enumerate(positions):
        width = 5 if text.startswith(" and ", pos) else 3
        left, right = text[start:pos], text[pos + width : span.end]
        if joins_two_places(left, right):
            continue
        # a name the reference data knows holds this 'and', up to the next one ('Norfolk
        # Community Health and Care NHS Trust and Norfolk County Council')
        # (from the comma before it, in an item a ';' list left whole: 'A, B and C Trust and D')
        upto = positions[index + 1] if index + 1 < len(positions) else span.end
        if is_known_name(text[max(start, text.rfind(",", start, pos) + 1) : upto].strip()):
            continue
        if free and not starts_lowercase(right) or splits_at(left, right, known):
            pieces.append(Span(start, pos))
            start = pos + width
    pieces.append(Span(start, span.end))
    if wanted and len(pieces) < wanted and positions:
        last = pieces.pop()
        inner = [p for p in positions if last.start < p < last.end]
        if inner:
            pos = inner[-1]
            width = 5 if text.startswith(" and ", pos) else 3
            pieces += [Span(last.start, pos), Span(pos + width, last.end)]
        else:
            pieces.append(last)
    return [trimmed(text, p) for p in pieces]


def is_serial_and(text: str, span: Span, position: int) -> bool:
    """Whether the 'and' at `position` joins two list items: both sides begin a name, and the
    whole is no name the reference data knows ('Tyne and Wear …', 'Bath and North East …')."""
    left, right = text[span.start : position], text[position + 5 : span.end]
    # 'Health and Care', 'Health and Wellbeing' inside one name ('Riverton Health and Care Centre')
    if re.search(r"(?i)\bhealth$", left.strip()) and re.match(r"(?i)(?:social\s+)?(?:care|wellbeing|well-being)\b", right.strip()):
        return False
    # a name's place of two places, the last alone after the 'and' ('Citizens Advice Brighton
    # and Hove', 'Age UK Kent and Medway') is one place, not an item of its own
    if joins_two_places(left, right):
        return False
    # a council's place before the 'and' shares the head after it ('Aylesbury Vale and Chiltern
    # Clinical Commissioning Group': two CCGs named by their places), which the resolver reads
    return (
        starts_name(left)
        and starts_name(right)
        and not starts_lowercase(right)
        and not is_known_name(text[span.start : span.end].strip())
        and not is_council_place(left.strip())
        # a group of two places is one body ('Oxford Terrace and Rawling Road Medical Group')
        and head_word(right) not in JOINT_HEADS
    )


def joins_two_places(left: str, right: str) -> bool:
    """Whether an 'and' joins two places that end a name, the second a lone word: the area
    of a council, or two areas of councils ('Brighton and Hove', 'Kent and Medway').

    >>> joins_two_places("Citizens Advice Brighton", "Hove"), joins_two_places("Hill Surgery", "Dale")
    (True, False)
    """
    last = (words(left) or [""])[-1]
    # (the place after the 'and' is one word, the item ending there or at another 'and')
    lone = re.match(r"\s*([A-Z][\w'’-]*)(?:\s+(?:and|&)\s+|\s*$)", right)
    if not lone or not last[:1].isupper():
        return False
    place = lone.group(1)
    return is_council_place(f"{last} and {place}") or (is_council_place(last) and is_council_place(place))


# Heads of a body that often carries the names of the two places it joined.
JOINT_HEADS = {"group", "alliance", "partnership", "partnerships", "federation", "network", "collaborative", "trust", "council"}


def serial_item(text: str, chunks: list[Span], index: int) -> bool:
    """Whether chunk `index` ends a list of three or more whose other items hold no 'and'."""
    return index == len(chunks) - 1 and len(chunks) >= 2 and not any(and_positions(text, chunk) for chunk in chunks[:-1])


def parenthetical(text: str, span: Span) -> tuple[Span, Span | None]:
    """An item's text before a trailing parenthesis, and the parenthesis content."""
    piece = span.of(text)
    if not piece.endswith(")"):
        return span, None
    depth = 0
    for i in range(len(piece) - 1, -1, -1):
        depth += piece[i] == ")"
        depth -= piece[i] == "("
        if depth == 0:
            if i == 0:
                return span, None
            return trimmed(text, Span(span.start, span.start + i)), Span(span.start + i + 1, span.end - 1)
    return span, None


# Cached: the same names recur in list after list, and the answer is immutable text.
@cache
def cleaned_name(raw: str) -> tuple[str, str | None]:
    """A name without parentheses, possessive descriptions or a leading 'the'; and the removed notes.

    >>> cleaned_name("North Tyneside Council's adult social care")
    ('North Tyneside Council', 'adult social care')
    >>> cleaned_name("Cornwall Health Out of Hours (OOH) Service")
    ('Cornwall Health Out of Hours Service', 'OOH')
    >>> cleaned_name("Officials from Hill Council")
    ('Hill Council', 'Officials from')
    >>> cleaned_name("Kettering's Headlands Surgery"), cleaned_name("St Mary's Road Surgery")
    (('Headlands Surgery', 'Kettering'), ("St Mary's Road Surgery", None))
    >>> cleaned_name("Chief Pharmacists from the Dale Hospital"), cleaned_name("Dr Ayres from the Hill Surgery")
    (('Dale Hospital', 'Chief Pharmacists from the'), ('Hill Surgery', 'Dr Ayres from the'))
    """
    notes = [n.strip(" ,") for n in PARENTHESIS_CONTENT.findall(raw) if n.strip(" ,")]
    name = PARENTHESIS.sub(" ", raw).replace(")", " ")
    possessive = POSSESSIVE_DESCRIPTION.match(name.strip()) or POSSESSIVE_OF_BODY.match(name.strip())
    if possessive:
        name = possessive.group(1)
        notes.insert(0, possessive.group(2).strip())
    # a body's people before it ('Officials from Hill Council') are no part of its name
    people = PEOPLE_FROM.match(name.strip())
    if people and people.end() < len(name.strip()):
        notes.insert(0, people.group(0).strip())
        name = name.strip()[people.end() :]
    # a town's possessive before a name is where it stands, no part of it ('Kettering's
    # Headlands Surgery', 'Nuneaton’s George Eliot Hospital')
    town = TOWN_POSSESSIVE.match(name.strip())
    if town and is_town(town.group("place")):
        notes.insert(0, town.group("place"))
        name = name.strip()[town.end() :]
    name = LEADING_THE.sub("", " ".join(name.split())).strip(" ,;:.")
    return with_kind_capital(name), "; ".join(notes) or None


def with_kind_capital(name: str) -> str:
    """A body's name with the words of its kind capitalised: a newspaper's 'Wigan council' is
    Wigan Council, its 'Liverpool city council' Liverpool City Council, its 'Brent clinical
    commissioning group' Brent Clinical Commissioning Group ('the county council' stays as it is).

    >>> with_kind_capital("Wigan council"), with_kind_capital("the county council")
    ('Wigan Council', 'the county council')
    >>> with_kind_capital("Liverpool city council"), with_kind_capital("Brent clinical commissioning group")
    ('Liverpool City Council', 'Brent Clinical Commissioning Group')
    """
    place = before_lower_kind(name)
    if len(place) == len(name.split()) or not place or not place[-1][:1].isupper():
        return name
    tokens = name.split(" ")
    return " ".join(place + [token.capitalize() for token in tokens[len(place) :]])


# A name followed by where it stands: 'Mill Surgery in Riverton', 'X Centre on Y Road in Z'.
PLACED = re.compile(r"^(?P<name>.*?\S)(?P<place>(?:\s+(?:in|at|on)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})+)$")


@cache
def without_place(name: str) -> tuple[str, str | None]:
    """A name without the place written after it, when what is before the place ends in an
    organisational word; and the place.

    >>> without_place("Spring Lane Surgery in Radcliffe"), without_place("Burton on Trent")
    (('Spring Lane Surgery', 'in Radcliffe'), ('Burton on Trent', None))
    >>> without_place("Combs Ford Surgery, Stowmarket"), without_place("Dove House, Hull")
    (('Combs Ford Surgery', 'Stowmarket'), ('Dove House', 'Hull'))
    """
    after_comma = TOWN_AFTER.match(name) if "," in name else None
    placed = PLACED.match(name) or after_comma
    if placed and (head_word(placed.group("name")) in HEAD_WORDS or is_practice_name(placed.group("name"))):
        return placed.group("name"), placed.group("place").strip(" ,")
    # (whatever the name's words, after a comma a town the reference data knows: 'Dove House, Hull')
    if after_comma and is_town(after_comma.group("place").strip(" ,")) and not is_town(after_comma.group("name")):
        return after_comma.group("name"), after_comma.group("place").strip(" ,")
    return name, None


# A practice's town after a comma, in a list whose items are set apart by semicolons
# ('Brandon Medical Practice, Brandon; Combs Ford Surgery, Stowmarket').
TOWN_AFTER = re.compile(r"^(?P<name>.*?\S)(?P<place>,\s*[A-Z][\w'’-]*(?:[\s-]+(?:on|upon|le|in|under)?[\s-]*[A-Z][\w'’-]*){0,2})$")


@cache
def is_practice_name(name: str) -> bool:
    """Whether a name is a GP practice's by its words.

    >>> is_practice_name("Hill Surgery"), is_practice_name("Dr Logan and Partners"), is_practice_name("Hill Trust and Partners")
    (True, True, False)
    """
    return bool(PRACTICE_HEADS.search(name) or DOCTORS_AND_PARTNERS.fullmatch(name)) and not NOT_PRACTICE.search(name)


def known_place_list(name: str) -> bool:
    """Whether a name starting with a comma-separated list of places is a known official name.

    >>> known_place_list("Tees, Esk and Wear Valleys NHS Trust"), known_place_list("Age UK, Pentreath")
    (True, False)
    """

    key = " ".join(KEY_WORD.findall(name.lower()))
    return any(key.startswith(prefix) or fuzz.ratio(key[: len(prefix)], prefix) >= 92 for prefix in comma_name_prefixes())


@cache
def comma_name_prefixes() -> tuple[str, ...]:
    """Official names that begin with a list of places ("Tees, Esk and Wear Valleys …"), cut after the list."""
    names = [r["name"] for r in rows("nhs_trusts_names.csv")] + [r["ccg_name"] for r in rows("ccg_stp_lookup_2016_2019.csv")]
    # (and the integrated care boards': 'NHS Leicester, Leicestershire and Rutland Integrated Care Board')
    names += [r[column] for r in rows("icb_names_by_vintage.csv") for column in ICB_COLUMNS if r.get(column)]
    prefixes = set()
    for name in names:
        match = COMMA_NAME_PREFIX.match(name)
        if match:
            prefixes.add(name_key(match.group(1)))
    return tuple(sorted(prefixes))


def list_intro(piece: str) -> re.Match | None:
    """LIST_INTRO searched for in a piece, only when the piece holds the word 'practice' that
    the pattern needs: a search from every word for a count is slow, and most pieces hold none.
    (Outside ASCII, case-blind matching takes 'ı' and 'İ' for 'i': such a piece is searched.)"""
    if piece.isascii() and "practice" not in piece.lower():
        return None
    return LIST_INTRO.search(piece)


# What a span may end with for an ' and ' or ' & ' begun in it to run past it.
NEEDLE_STARTS = (" ", " a", " an", " and", " &")
# Readings of spans by `ListReader.replayed`, for one list of known names at a time (a build
# reads every list with the same one).
READINGS: dict[frozenset[str], dict[tuple, tuple]] = {}


# 'the Universities of Lincoln and Nottingham': one plural head before the places it is of.
UNIVERSITIES_OF = re.compile(
    r"(?<![\w'’-])Universities\s+of\s+(?P<places>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?"
    r"(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)*,?\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)"
)


def universities_by_place(text: str) -> list[tuple[int, str, str]]:
    """(start, printed, name) of each university a plural head names by its place, the first
    printed with the head.

    >>> universities_by_place("Led by the Universities of Lincoln and Nottingham.")
    [(11, 'Universities of Lincoln', 'University of Lincoln'), (39, 'Nottingham', 'University of Nottingham')]
    """
    found = []
    for match in UNIVERSITIES_OF.finditer(text):
        places = re.finditer(r"[A-Z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?", match.group("places"))
        for index, place in enumerate(places):
            start = match.start() if index == 0 else match.start("places") + place.start()
            # (a university's own initials are its name, not a place: '… Southampton and UCL')
            name = place.group(0) if place.group(0).isupper() else f"University of {place.group(0)}"
            found.append((start, text[start : match.start("places") + place.end()], name))
    return found


def readings_with(known: frozenset[str]) -> dict[tuple, tuple]:
    """The readings recorded with this list of known names, the others forgotten."""
    # Looked for as this very object first: an equal list made again (the next build of a
    # notebook's folder) is compared name by name, so it is compared once and kept instead.
    for recorded, readings in READINGS.items():
        if recorded is known:
            return readings
    readings = READINGS.pop(known, None)
    READINGS.clear()
    READINGS[known] = readings = {} if readings is None else readings
    return readings


class ListReader:
    """Reads one partners paragraph into mentions."""

    def __init__(self, paragraph: Paragraph, known: frozenset[str] = frozenset()):
        self.p = paragraph
        self.known = known
        self.text = paragraph.text
        self.mentions: list[Mention] = []
        # where each mention's text stands in the paragraph, for `replayed`
        self.spans: list[Span] = []
        self.readings = readings_with(known)

    def add(
        self, span: Span, kind: str, name: str | None = None, count: int | None = None, note: str | None = None, reason: str | None = None
    ) -> Mention:
        exact = span.of(self.text)
        mention = Mention(
            exact, name if name is not None else exact, kind, self.p.line_of(span.start), count=count, note=note, reason=reason
        )
        self.mentions.append(mention)
        self.spans.append(span)
        return mention

    def replayed(self, span: Span, how: tuple, read: Callable[[], None]) -> None:
        """The mentions `read` adds for a span, read once for every span of the same text (and
        the same `how`) and afterwards added again from what was recorded, at this span's place.

        What is read from a span depends on its text, the list of known names and, when the
        span ends in the start of an ' and ' or ' & ', the four characters after it (the ' and '
        is found there, running past the span: `positions_outside_parens`); the mentions it adds
        are its own and only its own are changed.
        """
        piece = self.text[span.start : span.end]
        after = self.text[span.end : span.end + 4] if piece.endswith(NEEDLE_STARTS) else ""
        key = (piece, after, how)
        recorded = self.readings.get(key)
        if recorded is None:
            before = len(self.mentions)
            read()
            self.readings[key] = tuple(
                (at.start - span.start, at.end - span.start, m.kind, m.name, m.count, m.note, m.reason)
                for at, m in zip(self.spans[before:], self.mentions[before:])
            )
            return
        for start, end, kind, name, count, note, reason in recorded:
            self.add(Span(span.start + start, span.start + end), kind, name=name, count=count, note=note, reason=reason)

    def read(self) -> list[Mention]:
        whole = without_unopened_bracket(self.text, trimmed(self.text, Span(0, len(self.text))))
        separator = ";" if positions_outside_parens(self.text, whole, (";",)) else ","
        chunks = self.pieces(whole, separator)
        if separator == ";":
            by_commas = [[trimmed(self.text, piece) for piece in self.pieces(chunk, ",")] for chunk in chunks]
            if self.semicolons_part_lists(chunks, by_commas):
                chunks = [piece for pieces in by_commas for piece in pieces]
        practice_list = False
        # how many practices a counted lead-in announces, and where its items begin
        announced: tuple[int, int] | None = None
        note_label: str | None = None
        for index, chunk in enumerate(chunks):
            if index == 0:
                chunk = self.without_lead_in(chunk)
            if self.noted_on_previous(chunk):
                continue
            intro = list_intro(chunk.of(self.text))
            if intro and "(" not in chunk.of(self.text)[: intro.start()]:
                self.add(
                    Span(chunk.start + intro.start("count"), chunk.start + intro.end("what")),
                    COLLECTIVE,
                    count=count_value(intro.group("count")),
                )
                practice_list = True
                count = count_value(intro.group("count"))
                announced = (count, len(self.mentions)) if count else None
                chunk = trimmed(self.text, Span(chunk.start + intro.end(), chunk.end))
                if chunk.end <= chunk.start:
                    continue
            # a partnership's name heading its members ('Hill PCN (changed): A, B and C')
            named = NAMED_LABEL.match(chunk.of(self.text)) if index == 0 else None
            if named:
                self.add(Span(chunk.start, chunk.start + named.end("label")), ORGANISATION, name=named.group("label"))
                chunk = Span(chunk.start + named.end(), chunk.end)
            colon = self.colon_label(chunk)
            if colon:
                note_label, chunk = colon
            if practice_list:
                pieces = split_on_and(self.text, chunk, known=self.known) if index == len(chunks) - 1 else [chunk]
                if announced and index == len(chunks) - 1:
                    # 'three practices – Yacht, Waves and Anchor': the count says the last
                    # 'and' joins two items when one item is all that is missing
                    missing = announced[0] - (len(self.mentions) - announced[1])
                    if missing == len(pieces) + 1 and head_word(pieces[-1].of(self.text)) not in HEAD_WORDS:
                        pieces = split_on_and(self.text, chunk, wanted=missing, known=self.known)
                for piece in pieces:
                    self.replayed(piece, ("item", True, None), lambda piece=piece: self.item(piece, practice=True))
                continue
            serial = serial_item(self.text, chunks, index)
            parted = separator == ";"
            self.replayed(
                chunk,
                ("chunk", note_label, serial, parted),
                lambda chunk=chunk, note_label=note_label, serial=serial, parted=parted: self.chunk(chunk, note_label, serial, parted),
            )
            note_label = None
        return self.mentions

    def pieces(self, span: Span, separator: str) -> list[Span]:
        """A span split at a separator outside brackets, with its thousands and its names that
        list places ('Tees, Esk and Wear Valleys NHS Trust') joined again."""
        spans = depth_zero_splits(self.text, span, separator)
        return self.merged_place_lists(
            with_sectors_whole(
                self.text, with_whole_numbers(self.text, [part for piece in spans for part in as_well_as_parts(self.text, piece)])
            )
        )

    def semicolons_part_lists(self, chunks: list[Span], by_commas: list[list[Span]]) -> bool:
        """Whether a sentence's semicolons part lists of bodies, whose commas part items too,
        rather than entries that each give a name with its place or a person with their role
        ('Hill Surgery, Riverton; Dale Practice, Dale; …', 'Jo Bloggs, Chair, Hill PCN; …');
        `by_commas` holds each chunk's pieces between commas."""
        # (most parts of a list of entries are a name and its place)
        if sum(len(pieces) == 2 for pieces in by_commas) > len(chunks) / 2:
            return False
        # (the first part is read without its lead-in: 'partners including A Trust, …')
        opening = self.without_lead_in(chunks[0])
        first = by_commas[0] if opening == chunks[0] else [trimmed(self.text, piece) for piece in self.pieces(opening, ",")]
        return any(self.lists_bodies(pieces) for pieces in [first, *by_commas[1:]])

    def lists_bodies(self, pieces: list[Span]) -> bool:
        """Whether the pieces of a part of a sentence between semicolons list bodies ('partners
        including A Trust, B, C Council; …'): three or more items, led by a body and with another
        body among them (not a person's name and roles: 'Jo Bloggs, Chair of Hill PCN, Dale Trust')."""
        heads = [head_word(piece.of(self.text)) in HEAD_WORDS for piece in pieces]
        return len(pieces) >= 3 and heads[0] and sum(heads) >= 2

    def noted_on_previous(self, span: Span) -> bool:
        """A relative clause ('which was formerly …'), or where the item before is ('…, in
        Riverton', '…, (Riverton)'), becomes a note on the mention before it."""
        # '…, which incorporates three practices – A, B and C': the clause lists members
        piece = span.of(self.text)
        # (or the item's place in brackets alone, after a comma: 'Bede House, (Bermondsey), …')
        alone = re.fullmatch(r"\(([^()]+)\)", piece.strip())
        piece = alone.group(1) if alone else piece
        if not (alone or RELATIVE.match(piece) or PLACE_OF_PREVIOUS.match(piece)) or not self.mentions or list_intro(piece):
            return False
        previous = self.mentions[-1]
        previous.note = "; ".join(filter(None, [previous.note, piece]))
        return True

    def without_lead_in(self, chunk: Span) -> Span:
        piece = chunk.of(self.text)
        match = LEAD_IN.match(piece) or (COLON_LEAD_IN.match(piece) if not list_intro(piece) else None)
        return Span(chunk.start + match.end(), chunk.end) if match else chunk

    def colon_label(self, chunk: Span) -> tuple[str, Span] | None:
        piece = chunk.of(self.text)
        match = COLON_LABEL.match(piece)
        if not match:
            return None
        return match.group(1), Span(chunk.start + match.end(), chunk.end)

    def merged_place_lists(self, chunks: list[Span]) -> list[Span]:
        """Rejoin names that contain a list of places: "Tees, Esk and Wear Valleys NHS Trust"."""
        merged: list[Span] = []
        index = 0
        while index < len(chunks):
            chunk = chunks[index]
            piece = chunk.of(self.text)
            if merged:
                previous = merged[-1].of(self.text)
                place_of_collective = COUNTED.match(previous) or PRACTICE_GROUP.match(previous)
                if place_of_collective and IN_PLACE.search(previous) and self.is_place(piece):
                    merged[-1] = Span(merged[-1].start, chunk.end)
                    index += 1
                    continue
                # 'Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust': places listed
                # before the rest of one known name, however many commas part them, the first
                # perhaps after the 'and' that ends the item before ('… CCG and Cumbria, …')
                and_at = previous.rfind(" and ")
                start = merged[-1].start if and_at < 0 else merged[-1].start + and_at + len(" and ")
                # the first place is the same for every count of places after it: tried once
                first_is_place = self.is_place(self.text[start : merged[-1].end], max_words=2)
                for more in range(3 if first_is_place else 0):
                    last = chunks[min(index + more, len(chunks) - 1)]
                    if (
                        index + more < len(chunks)
                        and all(self.is_place(c.of(self.text), max_words=2) for c in chunks[index : index + more])
                        and known_place_list(self.text[start : last.end])
                    ):
                        if start == merged[-1].start:
                            merged[-1] = Span(start, last.end)
                        else:
                            merged[-1] = Span(merged[-1].start, start - len(" and "))
                            merged.append(Span(start, last.end))
                        index += more + 1
                        break
                else:
                    merged.append(chunk)
                    index += 1
                continue
            merged.append(chunk)
            index += 1
        return merged

    @staticmethod
    @cache
    def is_place(piece: str, max_words: int = 4) -> bool:
        tokens = words(piece)
        return (
            0 < len(tokens) <= max_words
            and "(" not in piece
            and piece[:1].isupper()
            and all(t.lower() not in HEAD_WORDS for t in tokens)
            and not COUNTED.match(piece)
        )

    def chunk(self, chunk: Span, note_label: str | None = None, serial: bool = False, in_semicolons: bool = False) -> None:
        """One comma-separated piece (or, `in_semicolons`, one a ';' list parts): possibly
        several items joined by 'and' or 'including'."""
        piece = chunk.of(self.text)
        link = LINKING.search(piece)
        if link and not starts_lowercase(piece[link.end() :]) and "(" not in piece[: link.start()]:
            if link.start():
                self.chunk(trimmed(self.text, Span(chunk.start, chunk.start + link.start())), note_label)
            for item in split_on_and(self.text, trimmed(self.text, Span(chunk.start + link.end(), chunk.end)), free=True):
                self.item(item)
            return
        # sectors named by what they share ('the Community and Voluntary Sector') are one group
        sectors = SECTORS.search(piece)
        if sectors:
            self.add(Span(chunk.start + sectors.start(), chunk.end), COLLECTIVE, name=" ".join(sectors.group(0).split()))
            rest = re.sub(r"(?:,|\s+and|\s+&)?\s*$", "", piece[: sectors.start()])
            if rest.strip():
                self.chunk(trimmed(self.text, Span(chunk.start, chunk.start + len(rest))), note_label, serial)
            return
        # an item of a ';' list that is itself a list of names, 'A, B and C', is its names
        # ('Hill Surgery; Age UK Riverton, Riverton Voluntary Action and Dale Council'), not a
        # name and its place ('Hill Surgery, Riverton')
        parts = depth_zero_splits(self.text, chunk, ",") if in_semicolons and "," in piece else []
        if len(parts) >= 2 and self.names_listed(parts):
            for part in parts[:-1]:
                self.item(part, note=note_label)
            chunk, serial = parts[-1], True
        for item in split_on_and(self.text, chunk, known=self.known, serial=serial):
            self.item(item, note=note_label)

    def names_listed(self, parts: list[Span]) -> bool:
        """Whether the comma parts of one item of a ';' list are a list of names, 'A, B and C'
        ('Hill Surgery; Age UK Riverton, Riverton Voluntary Action and Dale Council'), not a
        name and its place ('Hill Surgery, Riverton'), a group and its places ('GP Practices in
        Durham Dales, Easington and …') or a name whose places run before its head
        ('Northumberland, Tyne and Wear NHS Foundation Trust')."""
        names = [p.of(self.text).strip() for p in parts]
        if not AND_WORD.search(names[-1]) or not all(starts_name(n) for n in names) or GROUP_IN.search(names[0]):
            return False
        return not any(
            is_place_only(n.strip()) or is_town(n.strip()) or is_council_place(n.strip()) for n in names[:-1] + AND_WORD.split(names[-1])
        )

    def item(self, span: Span, practice: bool = False, note: str | None = None) -> None:
        """Classify one item and add its mention(s)."""
        piece = span.of(self.text)
        if not piece:
            return
        # a quotation after the item is what is said of the list, no part of its last item
        # ('… and the NHS (including A and B) “working together to …”')
        quoted = re.search(r"\s[“\"]", piece)
        if quoted:
            span = trimmed(self.text, Span(span.start, span.start + quoted.start()))
            piece = span.of(self.text)
        # a person, then the dash or slash before their body ('Jo Bloggs – Riverton Council'):
        # the body
        person = ROSTER_LINE.match(piece)
        if person and person.end() < len(piece) and not holds_head_word(piece[: person.end()]):
            self.item(trimmed(self.text, Span(span.start + person.end(), span.end), " .;,/-–"), practice, note)
            return
        before, inside = parenthetical(self.text, span)
        # a body or a group, then in brackets the bodies it includes ('the NHS (including A, B
        # and C)'): the item, and each body the brackets name
        including = INCLUDING.match(inside.of(self.text)) if inside else None
        if including:
            self.item(before, practice, note)
            members = trimmed(self.text, Span(inside.start + including.end(), inside.end))
            chunks = depth_zero_splits(self.text, members, ",")
            last = chunks.pop()
            for member in chunks + split_on_and(self.text, last, known=self.known, serial=len(chunks) > 0):
                self.item(member)
            return
        universities = universities_by_place(piece)
        if universities:
            for start, printed, name in universities:
                self.add(Span(span.start + start, span.start + start + len(printed)), ORGANISATION, name=name)
            return
        counted = COUNTED.match(piece)
        if not counted and PRACTICE_GROUP.match(piece):
            self.add(span, COLLECTIVE)
            return
        if counted:
            if inside and self.is_name_list(inside.of(self.text)):
                self.add(before, COLLECTIVE, count=count_value(counted.group("count")))
                self.practice_list(inside, count_value(counted.group("count")))
            else:
                # a group, then what is not one ('57 practices and a patient population of
                # 540,000'): the group ends at its head
                group = GROUP_THEN_THING.match(piece)
                if group:
                    span = Span(span.start, span.start + len(group.group("group")))
                self.add(span, COLLECTIVE, count=count_value(counted.group("count")))
            return
        if inside:
            inner_text = inside.of(self.text)
            intro = LIST_INTRO.match(inner_text)
            if intro and len(inner_text) > intro.end():
                self.named(before, practice, "; ".join(filter(None, [note, inner_text[: intro.end("what")]])))
                self.add(Span(inside.start, inside.start + intro.end("what")), COLLECTIVE, count=count_value(intro.group("count")))
                self.practice_list(trimmed(self.text, Span(inside.start + intro.end(), inside.end)), count_value(intro.group("count")))
                return
            count_inside = COUNT_INSIDE.search(inner_text)
            if count_inside and not self.is_name_list(inner_text):
                self.named(span, practice, note)
                self.add(inside, COLLECTIVE, name=inner_text, count=count_value(count_inside.group(1)))
                return
        if starts_lowercase(piece):
            self.collective(span)
            return
        self.named(span, practice, note)

    def is_name_list(self, inner: str) -> bool:
        """Whether parenthesis content lists names ('A Surgery, B Practice and C')."""
        items = [p.strip() for p in NAME_LIST_BREAK.split(inner) if p.strip() and not RELATIVE.match(p.strip())]
        joined = "," in inner or AND_WORD.search(inner)
        return bool(joined) and len(items) >= 2 and all(starts_name(p) and not COUNTED.match(p) for p in items)

    def practice_list(self, span: Span, wanted: int | None) -> None:
        pieces = depth_zero_splits(self.text, span, ",")
        named = [p for p in pieces if not RELATIVE.match(p.of(self.text))]
        if wanted is None or len(named) < wanted:
            last = pieces.pop()
            short = wanted - len(named) + 1 if wanted else None
            pieces += split_on_and(
                self.text, last, wanted=short, known=self.known, serial=serial_item(self.text, pieces + [last], len(pieces))
            )
        for piece in pieces:
            if not self.noted_on_previous(piece):
                self.replayed(piece, ("item", True, None), lambda piece=piece: self.item(piece, practice=True))

    def named(self, span: Span, practice: bool = False, note: str | None = None) -> None:
        piece = span.of(self.text)
        later: list[tuple[Span, str]] = []
        name, notes = cleaned_name(piece)
        # a phrase opening a sentence ('In our network, …') is no item of a list
        if re.match(r"(?:In|At|On|For|With|By|From|To|As|Within|Across)\s+(?:our|the|its|their|this|these|a|an)\s+[a-z][\w-]*$", name):
            return
        # a kind of service, then the body that gives it in brackets ('Acute Hospital (MEHT)',
        # 'Voluntary services (Age UK)'): the body is the one named
        bracketed = PARENTHESIS_CONTENT.findall(piece)
        given_by = bracketed[-1].strip(" ,") if len(bracketed) == 1 else ""
        # (by an acronym, a brand or a company's name: a council in brackets stays the note
        # of its service, 'Public Health (Riverton County Council)')
        by_body = re.fullmatch(r"[A-Z]{2,6}", given_by) or BRANDS.match(given_by) or re.search(r"\b(?:CIC|Ltd|Limited)$", given_by)
        if is_generic(name) and by_body and not is_generic(given_by) and initials(name) != given_by:
            name, notes = given_by, name
        notes = "; ".join(filter(None, [note, notes])) or None
        plural = PLURAL_HEADS.match(name)
        if plural and head_word(plural.group("a")) in HEAD_WORDS:
            # the first is a whole name ('Hampshire Constabulary and Town and Parish Councils'):
            # it and the plural after it are two items
            cut = piece.find(" and ")
            self.add(Span(span.start, span.start + cut), ORGANISATION, name=plural.group("a"), note=notes)
            self.item(trimmed(self.text, Span(span.start + cut + 5, span.end)))
            return
        # kinds of council, no council
        if plural and {w.lower() for w in (plural.group("a") + " " + plural.group("b")).split()} <= COUNCIL_TIERS:
            self.add(span, COLLECTIVE, name=" ".join(piece.split()))
            return
        if plural:
            cut = piece.find(" and ")
            singular = plural.group("head")[:-1]
            self.add(Span(span.start, span.start + cut), ORGANISATION, name=f"{plural.group('a')} {singular}", note=notes)
            self.add(
                trimmed(self.text, Span(span.start + cut + 5, span.end)), ORGANISATION, name=f"{plural.group('b')} {singular}", note=notes
            )
            return
        clause = TRAILING_CLAUSE.match(name)
        people = PEOPLE_OF.match(name)
        if people:
            # 'Age UK Riverton staff and volunteers': the body's people, the body named
            name, tail = people.group("name"), people.group("rest")
            notes = "; ".join(filter(None, [notes, tail]))
            span = trimmed(self.text, Span(span.start, span.start + piece.find(name) + len(name)))
        elif (
            clause
            and (
                head_word(clause.group("name")) in HEAD_WORDS
                or re.match(r"to\s+[a-z]", clause.group("rest"))
                # (or a name that ends in a capitalised word, then five lower-case words or
                # more: a clause, by their number and their article, 'Primary Care Networks in
                # Lancashire with the aim of encouraging members of the public')
                or clause.group("name").split()[-1][:1].isupper()
                and len(clause.group("rest").split()) >= 5
                and not re.search(r"[A-Z\d]", clause.group("rest"))
            )
            and is_clause(clause.group("rest"))
        ):
            # (or whatever its head, an infinitive after it says what the list is for: 'Viaduct
            # Health to redesign services')
            # 'Buttercross Health Centre share a contract': the name ends at its head word
            name, tail = clause.group("name"), clause.group("rest")
            notes = "; ".join(filter(None, [notes, tail]))
            span = trimmed(self.text, Span(span.start, span.start + piece.find(name) + len(name)))
            # and a body the clause names is read too ('X Trust working together with Y CCG')
            for inner in NAMES_INSIDE.finditer(tail):
                at = piece.find(inner.group(0), len(name))
                if at >= 0 and head_word(inner.group(0)) in HEAD_WORDS:
                    inner_span = Span(span.start + at, span.start + at + len(inner.group(0)))
                    later.append((inner_span, inner.group(0)))
        if not LETTER.search(name):
            self.add(span, UNRESOLVED, name=name, reason="no name in this item")
        elif is_group_name(name) or AREA.match(name):
            self.add(span, COLLECTIVE, name=" ".join(piece.split()))
        elif PEOPLE_BY_ROLE.search(name):
            # people by their role ('PCN Clinical Directors', 'Deputy Leader'), no body
            plural = name.endswith("s")
            self.add(span, COLLECTIVE if plural else UNRESOLVED, name=name, reason=None if plural else "a person's role, not a body")
        elif VERBS.search(name) or len(name.split()) > 14:
            self.add(span, UNRESOLVED, name=name, note=notes, reason="reads as a sentence, not a name")
        else:
            name, place = without_place(name)
            if place:
                notes = "; ".join(filter(None, [notes, place]))
                span = trimmed(self.text, Span(span.start, span.start + piece.rfind(place)))
            kind = PRACTICE if practice or is_practice_name(name) else ORGANISATION
            self.add(span, kind, name=name, note=notes)
        for inner_span, inner_name in later:
            self.add(
                inner_span,
                PRACTICE if is_practice_name(inner_name) else ORGANISATION,
                name=inner_name,
                note="named in a clause of a list item",
            )

    def collective(self, span: Span) -> None:
        """A lowercase group ('voluntary sector organisations'), plus any names written inside it."""
        piece = span.of(self.text)
        # what is left of a clause whose names were read ('…, as do A and B surgeries') names nothing
        if all(w.lower() in FUNCTION_WORDS for w in re.findall(r"[\w'’]+", piece)):
            return
        described = DESCRIBED.match(piece)
        # (people described by where they sit are no body: 'local Councillors', 'the local MP')
        people = described is not None and PEOPLE_BY_POST.fullmatch(described.group(2)) is not None
        if described and not people and not is_generic(described.group(2)) and not is_group_name(described.group(2)):
            name, note = cleaned_name(piece[described.start(2) :])
            self.add(span, ORGANISATION, name=name, note="; ".join(filter(None, [described.group(1), note])))
            return
        count = None
        number = COUNT_WORD.search(piece)
        if number:
            count = count_value(number.group(1))
        self.add(span, COLLECTIVE, name=" ".join(piece.split()), count=count)
        # bodies of a kind named by their places in brackets ('three clinical commissioning
        # groups (Fareham and Gosport, West Hampshire and South Eastern Hampshire)'): each place
        # with the kind is a name the reference data knows
        placed = KIND_THEN_PLACES.search(piece)
        if placed:
            kind = KIND_SINGULAR[placed.group("kind").lower()]
            names = places_of_kind(placed.group("places"), kind)
            if names:
                for place in names:
                    at = piece.find(place, placed.start("places"))
                    self.add(Span(span.start + at, span.start + at + len(place)), ORGANISATION, name=f"{place} {kind}")
                return
        previous: Mention | None = None
        for match in NAMES_INSIDE.finditer(piece):
            name, note = cleaned_name(match.group(0))
            if (
                match.start() == 0
                or is_generic(name)
                or is_group_name(name)
                or PEOPLE_BY_POST.fullmatch(name)
                or AREA_WORD_AFTER.match(piece, match.end())
            ):
                continue
            if previous is not None and piece[: match.start()].rstrip().endswith("("):
                previous.note = "; ".join(filter(None, [previous.note, name]))
                continue
            inner = Span(span.start + match.start(), span.start + match.end())
            previous = self.add(inner, ORGANISATION, name=name, note=note)


# A kind of body in the plural, then places in brackets: 'three CCGs (Hill, Dale and Vale)'.
KIND_SINGULAR = {"clinical commissioning groups": "CCG", "ccgs": "CCG", "councils": "Council", "borough councils": "Borough Council"}
KIND_THEN_PLACES = re.compile(
    r"(?i)\b(?P<kind>clinical\s+commissioning\s+groups|ccgs|borough\s+councils|councils)\s*\((?P<places>[^()]+)\)"
)


def places_of_kind(places: str, kind: str) -> list[str]:
    """The places a bracket lists, each of which with `kind` after it is a name the reference
    data knows, parting at commas and at the 'and' that leaves two known names; [] when any is
    unknown (the bracket then says something else).

    >>> places_of_kind("Fareham and Gosport, West Hampshire and South Eastern Hampshire", "CCG")
    ['Fareham and Gosport', 'West Hampshire', 'South Eastern Hampshire']
    >>> places_of_kind("the three largest", "CCG")
    []
    """
    found = []
    for item in re.split(r",\s*(?:and\s+)?|\s+&\s+(?=[^,]*$)", places.strip()):
        item = re.sub(r"^(?:and|&)\s+", "", item.strip())
        if not item:
            continue
        if is_known_name(f"{item} {kind}"):
            found.append(item)
            continue
        cut = known_split(item, kind)
        if cut is None:
            return []
        found += [item[:cut].strip(), re.sub(r"^and\s+", "", item[cut:]).strip()]
    return found


def standalone_names(texts: list[str]) -> frozenset[str]:
    """Keys of list items that stand alone (no 'and', no parentheses) somewhere in these lists.

    Knowing that "Volunteer Cornwall" is a whole name elsewhere lets "Volunteer Cornwall and
    Changing Lives CIC" be read as two items.
    """
    found = set()
    for text in texts:
        whole = Span(0, len(text))
        for piece in depth_zero_splits(text, whole, ";" if ";" in text else ","):
            written = piece.of(text)
            # the characters after a piece matter only to an ' and ' begun at its end (see `ListReader.replayed`)
            after = text[piece.end : piece.end + 4] if written.endswith(NEEDLE_STARTS) else ""
            found.update(standalone_keys(written, after))
    return frozenset(found)


@cache
def standalone_keys(piece: str, after: str) -> tuple[str, ...]:
    """The keys `standalone_names` takes from one piece of a list, followed in its text by
    `after`: worked out once for each piece, as the same pieces recur from list to list."""
    text = piece + after
    found = []
    items = [Span(0, len(piece))]
    link = LINKING.search(piece)
    if link:
        items = split_on_and(text, trimmed(text, Span(link.end(), len(piece))), free=True)
    for span in items:
        item = span.of(text)
        if " and " not in item and "(" not in item and starts_name(item) and not starts_lowercase(item):
            found.append(name_key(LEADING_THE.sub("", item)))
    return tuple(found)


# Words that say a body is something other than a practice.
NOT_A_PRACTICE_WORD = re.compile(
    r"(?i)\b(?:trust|council|ccg|commissioning|hospitals?|hospice|federation|alliance|network|pcn|icb|board|nhs|age\s+uk|healthwatch|"
    r"mind|university|college|ltd|limited|cic|charity|services?|society|association|foundation|group|project|club|library|school|"
    r"carers|authority|public\s+health|unit|care|voluntary|action|advice|housing|police|fire)\b"
)


def among_practices(mentions: list[Mention]) -> list[Mention]:
    """A list of names two thirds of which are practices names practices: its other bare names
    ('Unity Health', 'The Simpson Centre' between surgeries) are practices too, unless a word
    says otherwise. (Not in the brochure, whose lists set practices beside other bodies.)

    >>> found = [Mention("Hill Surgery", "Hill Surgery", PRACTICE, 1), Mention("Unity Health", "Unity Health", ORGANISATION, 1),
    ...          Mention("Dale Practice", "Dale Practice", PRACTICE, 1), Mention("Mill Surgery", "Mill Surgery", PRACTICE, 1),
    ...          Mention("Vale Surgery", "Vale Surgery", PRACTICE, 1), Mention("Riverton Trust", "Riverton Trust", ORGANISATION, 1)]
    >>> [m.kind for m in among_practices(found)]
    ['practice', 'practice', 'practice', 'practice', 'practice', 'organisation']
    """
    practices = [m for m in mentions if m.kind == PRACTICE]
    # (bodies a word says are something else, a trust or the network itself, are left out of the count)
    bare = [m for m in mentions if m.kind == ORGANISATION and not NOT_A_PRACTICE_WORD.search(m.name) and not m.name.isupper()]
    if len(practices) >= 2 and len(practices) * 3 >= (len(practices) + len(bare)) * 2:
        for mention in bare:
            mention.kind = PRACTICE
            mention.note = "; ".join(filter(None, [mention.note, "listed among practices"]))
    return mentions


def partner_mentions(paragraph: Paragraph, known: frozenset[str] = frozenset()) -> list[Mention]:
    """Mentions in a partners list, in reading order.

    >>> from pchgraph.readers.document import Line, joined_paragraph
    >>> p = joined_paragraph([Line(9, "Two GP practices, Bassetlaw District Council and patient representative.")])
    >>> [(m.kind, m.name, m.count) for m in partner_mentions(p)]
    [('collective', 'Two GP practices', 2), ('organisation', 'Bassetlaw District Council', None), ('collective', 'patient representative', None)]
    """
    if not paragraph.text.strip():
        return []
    return ListReader(paragraph, known).read()
