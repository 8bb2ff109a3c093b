"""Free-text documents (news articles, case studies, reports): sites and who they work with.

A document profiles several sites ("Federation: Suffolk GP Federation", a list of sites), or is
about one: then the site is the candidate name with the most weighed evidence (in the title, in
the opening, introduced by a naming verb, ending in a partnership word, repeated; see WEIGHTS and
`chosen_site`), and the title when no candidate clearly leads.
Organisations are read from the prose by general rules: runs of capitalised words that end in an
organisational word (Trust, Council, CCG, Practice, …), plus comma-separated partner lists, which
are read as brochure PARTNERS lists are.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import string
from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import Problem
from ..names import org_key, slug
from .document import CREDIT_WORDS, PERSON_TITLE, ROSTER_LINE, STREET_WORD, Document, Line, Paragraph, ends_sentence, joined_paragraph
from .gazetteer import (
    REGIONS,
    SMALL_WORDS,
    icb_public_names,
    initials,
    is_council_place,
    is_known_name,
    is_nhs_place_name,
    is_place_only,
    is_town,
    known_names,
    known_split,
    trust_acronyms,
    words_of,
)
from .mentions import (
    BRAND_AFTER_PLACE,
    BRANDS,
    COLLECTIVE,
    COMMISSIONER_NAME,
    COUNTED,
    DEPARTMENT,
    DOCTORS_AND_PARTNERS,
    DOCTORS_PRACTICE,
    GENERIC_WORDS,
    GOVERNMENT_DEPARTMENTS,
    HEAD_WORDS,
    KIND_ABBREVIATIONS,
    MENTIONED,
    NATIONAL_CHARITY,
    NOT_PRACTICE,
    OFFICE_ACROSS_AND,
    ORGANISATION,
    POSTS,
    PRACTICE,
    PRACTICE_HEADS,
    SELF,
    UNRESOLVED,
    Mention,
    Span,
    among_practices,
    head_word,
    holds_head_word,
    is_charity_branch,
    is_field_of_care,
    is_generic,
    is_practice_name,
    known_place_list,
    partner_mentions,
    split_on_and,
    trimmed,
    universities_by_place,
    with_kind_capital,
    without_place,
    words,
)
from .registry import Reading, register
from .sites import COUNT_PATTERN, Site, count_value
from .structure import (
    FORMED_LEAD,
    MARKER,
    NAME_THEN_ADDRESS,
    PARTY_GROUP,
    PERSON,
    POSTCODE,
    PRACTICES_COLON,
    ROW_LABEL,
    TRAILING_FIGURES,
    VERB,
    Block,
    bare_name,
    blocks,
    is_address,
    is_item_name,
    is_name,
    is_site_heading,
    item_head,
    lead_in,
    represented_sites,
    site_lists,
)
from .structure import SITE_HEADS as SITE_HEAD_WORDS

PROSE_HEADS = {
    "pcn",
    # a local medical committee, the GPs' own body in an area ('Cornwall LMC'), and a local
    # pharmaceutical committee, the community pharmacies' ('Bolton LPC')
    "lmc",
    "lpc",
    # (and the opticians' and the dentists': 'Dudley LOC', 'Kent LDC')
    "loc",
    "ldc",
    # (a police force is a body of its own: 'Hampshire Constabulary and Town Councils' share no head)
    "constabulary",
    "police",
    # a local care organisation ('Riverton Local Care Organisation')
    "organisation",
    # a commissioning support unit ('NHS Riverton Commissioning Support Unit', 'Riverton CSU')
    "csu",
    "unit",
    "board",
    "company",
    "icb",
    "trust",
    # (a foundation trust by its short form, as the trade press prints it: 'Salford Royal NHS FT')
    "ft",
    "council",
    "ccg",
    "pct",
    "group",
    "practice",
    "surgery",
    "centre",
    "partnership",
    "federation",
    "confederation",
    # (a federation's own short word for itself: 'Riverton GP Fed')
    "fed",
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
    # (a company by its legal form: 'Riverton Corporation', 'Hill Health Holdings', 'Dale plc')
    "corporation",
    "holdings",
    "plc",
    "llp",
    "committee",
    "hospice",
    "authority",
    "cvs",
    "services",
    "service",
    "collaborative",
    "foundation",
    "charity",
    "commission",
    "association",
    "society",
    # the local Minds ('West Sussex Mind'), charities named after the national one
    "mind",
    # (a charity that feeds, a chemist's: 'Salford Foodbank', 'Knights Pharmacy')
    "foodbank",
    "pharmacy",
    # a place of learning is a body a partnership works with ('Wirral Metropolitan College',
    # 'Liverpool John Moores University'); a school is named mostly as a building or a venue
    # ('next to Alfred Barrow School'), so only a university's school is a head (TEACHING_SCHOOL)
    "college",
    "university",
}
# A place of learning's name ('Riverton College', 'Hill University'); ('University of Hill'
# leads the partnerships named for it: 'University of Hill Medical School placements').
PLACE_OF_LEARNING = re.compile(r"\s(?:University|College)$")
# A university's school, a body that places students and runs research with practices ('Hull
# York Medical School', 'Warwick Business School')
TEACHING_SCHOOL = re.compile(r"[A-Z][\w'’&-]*\s+(?:Medical|Business|Dental|Nursing)\s+School$")
SITE_HEADS = {
    "pcn",
    "alliance",
    "federation",
    "confederation",
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
    # ('Another GP Federation, Hill Care, will take over …': no name, but a kind again)
    "another",
    "alongside",
    # (a sentence may open on a preposition before a name: 'Within Riverton Healthcare the practices …')
    "within",
    "across",
    "throughout",
    "among",
    "amongst",
    "beyond",
    "via",
    "including",
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
    # (a participle before the name it gives: 'Called Hill Pharmacy, it has …')
    "called",
    "named",
    "dubbed",
    "renamed",
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
    "previous",
    "former",
    # adverbs of time or sequence opening a sentence ('Later the CCG said …')
    "later",
    "earlier",
    "yesterday",
    "previously",
    "currently",
    "recently",
    "instead",
    "finally",
    "eventually",
    "initially",
    "originally",
    "subsequently",
    "additionally",
    "furthermore",
    "further",
    "moreover",
    "similarly",
    "likewise",
    "therefore",
    # ('Now the CCG, who … are responsible for …')
    "now",
    "today",
    "soon",
    "still",
    "already",
    "thus",
    "hence",
    "consequently",
    "accordingly",
    "nevertheless",
    "nonetheless",
    "indeed",
    # verbs that open an aim or an instruction ('Make General Practice in Hillingdon sustainable')
    # and never an organisation's name
    "improve",
    "make",
    "provide",
    "build",
    "develop",
    "deliver",
    "ensure",
    "reduce",
    "increase",
    "promote",
    "create",
    "establish",
    "strengthen",
    "maintain",
    "tackle",
}
# (a colon glued between capitals is part of a name: 'Primary Care Alliance:MK')
# (two places joined by a slash are one word of a name: 'Newcastle/Gateshead Linkwork Collaborative')
# (a name may end in a plus: 'Earley+ PCN')
# ('St.' with its full stop opens a saint's name: 'St. Albans and District Foodbank')
# A GP practice's national code: one letter, five figures ('G85001').
PRACTICE_CODE_TEXT = r"[A-Z]\d{5}"
# (a practice's code is no word of a name: 'G85012 Aylesbury Partnership' names Aylesbury Partnership)
TOKEN = rf"(?!{PRACTICE_CODE_TEXT}(?![\w'&@.\-]))(?:St\.(?=\s+[A-Z])|[A-Z](?:[\w'&@.\-]|:(?=[A-Z])|/(?=[A-Z][a-z])|(?<=\d)/(?=\d))*[\w]\+?|[A-Z]|[a-z]+[A-Z][\w'@\-]*|\d+[A-Za-z][\w'@\-]*)"
# (a company's legal form may be printed in lower case after its name: 'Assura plc')
LEGAL_FORM_AFTER = r"(?:\s+(?:plc|ltd|llp)\b)?"
# (a name may end in a number, 'Urgent Care 24', but not in a share or a count after it: 'Hill
# Surgery 48% of …', 'Hill Surgery 43.3% …', 'Hill Surgery 3,452 patients')
NUMBER_AFTER = r"(?:\s+\d+\b(?!%|[.,]\d|\s*per\s*cent\b))?"
PHRASE = re.compile(rf"{TOKEN}(?:\s+(?:(?:and|of|for|the|&|upon|on)\s+)?{TOKEN})*{NUMBER_AFTER}{LEGAL_FORM_AFTER}")
# A government minister's post, or a council's: 'Minister of State for Adult Social Care',
# 'Secretary of State for Health', 'Parliamentary Under-Secretary of State for Primary Care',
# 'Portfolio Holder for Adult Social Care', 'Cabinet Member for Health'.
MINISTER = re.compile(
    r"(?:(?:the|Parliamentary|Junior|Shadow|Executive|Deputy)\s+)*(?:(?:Under-?\s*)?(?:Secretary|Minister)\s+(?:of\s+State\s+)?"
    r"|(?:Portfolio\s+Holder|Cabinet\s+Member|Lead\s+Member)\s+)for\s"
)
ROLE_PREFIX = re.compile(
    r"^(?:(?:Deputy|Interim|Acting|Joint|Medical|Clinical|Managing|Executive|Non-Executive|Finance|Nursing|Operations|"
    r"GP|Associate|Assistant|Senior|Programme)\s+)*"
    # (a director of two fields: 'Clinical Director of Quality and Primary Care for X')
    r"(?:Chief\s+(?:Executive|Officer|Operating\s+Officer)|CEO|Director(?:\s+of\s+\w+(?:\s+(?:and|&)\s+\w+(?:\s+\w+)?)?)?|Chair(?:man|woman)?|Leader|Head|Manager|Lead|"
    # (and the people a body employs: 'Senior Social Prescribing Link Worker for X')
    r"Worker|Co-?ordinator|Officer|Adviser|Advisor|Practitioner|Prescriber|Navigator|Pharmacist|Representatives?)"
    r"\s+(?:of|at|for)\s+(?:the\s+)?"
)
# A role before its employer's name with no word between ('Clinical Director Carillon PCN').
BARE_ROLE = re.compile(
    r"^(?:(?:Deputy|Interim|Acting|Joint|Senior|GP|Salaried)\s+)?"
    r"(?:(?:Clinical|Medical|Managing|Executive)\s+Director|Chief\s+Executive|CEO|Partner|Chair(?:man|woman)?|Practice\s+Manager)\s+(?=[A-Z])"
)
# A role inside a run of capitals ('Riverton GP and Clinical Chair of NHS Riverton CCG'): what
# follows is the employer, what comes before describes the person.
ROLE_INSIDE = re.compile(r"(?<=\s)" + ROLE_PREFIX.pattern[1:])
# A person named with their title ('Cllr G Bull', 'Dr Jo Bloggs').
PERSON_NAME = re.compile(rf"{PERSON_TITLE}\.?\s+(?:[A-Z]\.?\s+)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")
# A model, plan or award 'for' or 'of' something: a thing, whatever words name it.
THING_FOR = re.compile(
    r"\b(?:Model|Models|Plan|Strategy|Framework|Approach|Vision|Toolkit|Charter|Award|Awards|Prize)\s+(?:for|of)\s+[A-Z]"
)
# Words that, with generic ones only, name a partnership's own board or team.
# A programme, however it is spelt ('Programme', the American 'Program').
PROGRAMME_WORDS = frozenset({"programme", "program"})
INTERNAL_WORDS = {*PROGRAMME_WORDS, "project", "steering", "executive", "management", "operational", "delivery", "leadership"}
# Names whose organisational word comes first ('London Borough of Tower Hamlets').
ORGANISATIONAL_WORD_FIRST = re.compile(
    r"^(?:(?:London|Royal|Metropolitan)\s+)?Borough\s+of\s+[A-Z]|^(?:County|Council|University|Diocese)\s+of\s+[A-Z]"
    # a national or royal body named for what it does ('National Association of Link Workers',
    # 'National Academy for Social Prescribing', 'Royal College of General Practitioners')
    r"|^(?:(?:National|Royal|British|English|UK)\s+)(?:Association|Academy|College|Institute|Society|Federation|Council|Centre|Network|Alliance)\s+(?:of|for)\s+[A-Z]"
    # and a centre or institute named for its cause ('Centre for Thriving Places', 'Institute for
    # Health Equity', 'Parkview Centre for Health & Wellbeing')
    # (of two words at least: 'a Healthy Living Centre for Radstock' is for a place)
    r"|^(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Centre|Center|Institute)\s+for\s+[A-Z][\w'’-]*\s+(?:&\s+|and\s+)?[A-Z]"
)
PHRASE_WITH = re.compile(rf"{TOKEN}(?:\s+(?:(?:and|of|for|the|&|upon|on|with)\s+)?{TOKEN})*{NUMBER_AFTER}{LEGAL_FORM_AFTER}")
PROFILE = re.compile(r"^\s*(?P<model>[A-Z][\w -]{2,40}?)\s*:\s*(?P<name>[A-Z].*?)\s*$")


class Stretch:
    """A stretch of text standing in for a regex match (start, end, group(0))."""

    def __init__(self, text: str, start: int, end: int):
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _=0) -> str:
        return self._text[self._start : self._end]


# What a body makes or signs with another: the 'with' after it starts the other's name.
MADE_WITH = {"agreement", "agreements", "contract", "contracts", "deal", "arrangement", "arrangements", "memorandum"}


def phrases(text: str) -> list:
    """Runs of capitalised words, joined also by 'with' between places ('Blackburn with
    Darwen'), but cut where 'with' follows an organisational word ('… Trust with Kent …'), and
    before a capital 'The' inside the run ('… Picture: Jo Bloggs' over 'The Mill Practice …' on
    the next line), which opens another name.

    >>> [m.group(0) for m in phrases("Picture: Jo Bloggs The Mill Practice in Riverton.")]
    ['Picture', 'Jo Bloggs', 'The Mill Practice', 'Riverton']
    >>> [m.group(0) for m in phrases("Hill Practice and The Mill Practice merge.")]
    ['Hill Practice and The Mill Practice']
    >>> [m.group(0) for m in phrases("We are part of the LS25/26 PCN.")]
    ['We', 'LS25/26 PCN']
    """
    found = []
    for match in PHRASE_WITH.finditer(text):
        start = match.start()
        inner_the = INNER_THE.search(match.group(0))
        if inner_the and inner_the.start() > 0:
            found.append(Stretch(text, start, match.start() + inner_the.start()))
            start = match.start() + inner_the.end()
        for cut in re.finditer(r"\s+with\s+", text[start : match.end()]):
            cut_start, cut_end = start + cut.start(), start + cut.end()
            before = text[match.start() : cut_start].split()[-1].lower()
            # ('a practice in Wallasey with Earlston Road Medical Centre': a whole name after
            # 'with' is a body of its own, unless the whole is one: 'Blackburn with Darwen Council')
            after = text[cut_end : match.end()]
            if (
                before in PROSE_HEADS
                or before in HEAD_WORDS
                # (a thing made with a body is no part of its name: 'the Mental Health Agreement
                # with Hill Foundation Trust')
                or (before in MADE_WITH and head_word(after) in HEAD_WORDS)
                or (is_practice_name(after) and len(after.split()) >= 3 and (0, len(match.group(0))) not in known_names(match.group(0)))
                # (or a national body's name, ending in 'UK', before a body's whole name: 'Care UK
                # with Lincolnshire Community Health Services Trust' is two bodies)
                or (before == "uk" and head_word(after) in HEAD_WORDS)
            ):
                found.append(Stretch(text, start, cut_start))
                start = cut_end
        found.append(Stretch(text, start, match.end()))
    return found


def brand_one(tokens: list[str]) -> bool:
    """Whether words open on a brand's 'One' ('One Health Lewisham', 'One Croydon Alliance'),
    two capitalised words after it, not on a count ('One GP said').

    >>> brand_one(["One", "Health", "Riverton"]), brand_one(["One", "GP"]), brand_one(["One", "of", "the", "Trusts"])
    (True, False, False)
    """
    return len(tokens) > 2 and tokens[0] == "One" and all(t[:1].isupper() and t.lower() not in LEADING_WORDS for t in tokens[1:3])


# A practice's head, then a capital: where a row of practices flattened from a table runs one
# name into the next ('The Swan Practice Norden House Surgery Wing Surgery').
RUN_ON_HEAD = r"(?:Surgery|Practice|Medical\s+Centre|Health\s+Centre)"
PRACTICE_HEAD_THEN_CAPITAL = re.compile(rf"\b{RUN_ON_HEAD}(?=\s+[A-Z])")
NAME_TO_PRACTICE_HEAD = re.compile(rf"\s+(?:[A-Z][\w'’&-]*\s+){{1,4}}?{RUN_ON_HEAD}\b")


def run_on_practices(text: str, span: Span) -> list[Span]:
    """A span cut where one practice's name runs on into the next, each part a practice's name
    of at least one word before its head ('The Swan Practice Norden House Surgery Wing Surgery'
    is three names); whole where nothing runs on ('Practice Plus Group Surgery', 'Hill Surgery',
    'Andover Health Centre Medical Practice').

    >>> text = "The Swan Practice Norden House Surgery Wing Surgery"
    >>> [part.of(text) for part in run_on_practices(text, Span(0, len(text)))]
    ['The Swan Practice', 'Norden House Surgery', 'Wing Surgery']
    """
    parts, start = [], span.start
    for head in PRACTICE_HEAD_THEN_CAPITAL.finditer(text, span.start, span.end):
        name = NAME_TO_PRACTICE_HEAD.match(text, head.end(), span.end)
        # (a head in common words after another is one name: 'Andover Health Centre Medical Practice')
        if name and len(text[start : head.start()].split()) >= 1 and not is_generic(name.group()):
            parts.append(Span(start, head.end()))
            start = head.end() + len(name.group()) - len(name.group().lstrip())
    return [*parts, Span(start, span.end)]


def numbered_name(tokens: list[str]) -> bool:
    """Whether words open on a number that is part of a name: a number of more than one, then
    capitalised words up to a singular head, which no count takes ('Three Swans Surgery', 'Two
    Rivers Medical Practice and …'), not a count ('Three Riverton Practices', 'Three of the Trusts').

    >>> numbered_name(["Three", "Swans", "Surgery", "and", "Hill"]), numbered_name(["Three", "Riverton", "Practices"])
    (True, False)
    """
    if len(tokens) < 3 or (count_value(tokens[0]) or 0) < 2:
        return False
    for i, token in enumerate(tokens[1:], 1):
        word = token.lower().strip(",.;:'’")
        if not token[:1].isupper() or word in LEADING_WORDS:
            return False
        if word in HEAD_WORDS:
            return i >= 2 and not word.endswith("s")
    return False


# The saints a church (and the practice or hospital named from it) is dedicated to all together.
DEDICATIONS = ("Saints", "Souls", "Hallows")
# A capital 'The' after a word that is no joiner: where another name begins inside a run of capitals.
INNER_THE = re.compile(r"(?<=[A-Za-z0-9’'])(?<!\band)(?<!\bof)(?<!\bfor)\s+(?=The\s+[A-Z])")
DESCRIBED_BY = re.compile(r"[\w'’]+-(?i:funded|led|based|run|commissioned|backed|owned|sponsored|supported|hosted)")


# The small words inside the names of towns ('Barrow in Furness', 'Newcastle under Lyme',
# 'Weston super Mare', 'Chapel en le Frith'), which end a run of capitalised words.
PLACE_JOINERS = {"in", "under", "by", "le", "super", "cum"}
TOWN_JOINED_BEFORE = re.compile(rf"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+en)?\s+(?:{'|'.join(sorted(PLACE_JOINERS))})\s+$")


def start_of_town_before(text: str, start: int, end: int) -> int:
    """Where a name starts that opens with a town whose own small word came before `start`
    ('Barrow in |Furness Town Council'): at the town, when the reference data knows it; else
    `start`.

    >>> text = "It works with Barrow in Furness Town Council."
    >>> text[start_of_town_before(text, text.index("Furness"), len(text) - 1):]
    'Barrow in Furness Town Council.'
    >>> text = "A clinic in Riverton Town Council offices."
    >>> text[start_of_town_before(text, text.index("Riverton"), len(text) - 1):]
    'Riverton Town Council offices.'
    """
    before = TOWN_JOINED_BEFORE.search(text, max(0, start - 30), start)
    if before:
        following = text[start:end].split()
        for count in (1, 2):
            if len(following) >= count and is_town(text[before.start() : start] + " ".join(following[:count])):
                return before.start()
    return start


def prose_names(text: str, heads: set[str] | frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """(start, end, name) of organisation names in running text.

    >>> [n for _, _, n in prose_names("Meanwhile, Southwark PCT decided to work with Wiltshire Health and Care.")]
    ['Southwark PCT', 'Wiltshire Health and Care']
    >>> [n for _, _, n in prose_names("It works with the London Borough of Tower Hamlets.")]
    ['London Borough of Tower Hamlets']
    >>> [n for _, _, n in prose_names("It works with Kirkby in Ashfield Town Council.")]
    ['Kirkby in Ashfield Town Council']
    >>> [n for _, _, n in prose_names("Bromley GP Care Group Community Interest Company runs it.")]
    ['Bromley GP Care Group Community Interest Company']
    >>> prose_names("They develop an Alliance Model for General Practice.")
    []
    >>> [n for _, _, n in prose_names("It was set up by The Riverton Fund last year.")]
    ['Riverton Fund']
    >>> [n for _, _, n in prose_names("Hill Practice and the New Dale Surgery were due to merge.")]
    ['Hill Practice', 'New Dale Surgery']
    >>> prose_names("It is informed by The Health and Care Act 2022.")
    []
    >>> [n for _, _, n in prose_names("Photo of the team - Riverton Primary Care Network 11–13 MINS")]
    ['Riverton Primary Care Network']
    >>> [n for _, _, n in prose_names("To elect a Chair of the Riverton Partnership Board 2006/7 from its members.")]
    ['Riverton Partnership Board']
    >>> [n for _, _, n in prose_names("Riverton Clinical Commissioning Group's Governing Body met.")]
    ['Riverton Clinical Commissioning Group']
    >>> [n for _, _, n in prose_names("The GP-led Riverton Health Alliance hires NHSE-funded Primary Care Network staff.")]
    ['Riverton Health Alliance']
    >>> [n for _, _, n in prose_names("An update was given by P Coker of Riverton Council.")]
    ['Riverton Council']
    >>> [n for _, _, n in prose_names("A presentation from Cllr Jo Bloggs Riverton County Council on health.")]
    ['Riverton County Council']
    >>> prose_names("Events on the Future of General Practice, to develop Cornish General Practice.")
    []
    >>> [n for _, _, n in prose_names("Hill Group Practice Social Prescribers say so, as does Deputy Chair of the Dale Alliance Dr Jo Bloggs.")]
    ['Hill Group Practice', 'Dale Alliance']
    >>> [n for _, _, n in prose_names("SUBSTANTIAL VARIATION – Hill Surgery and Dale Practice Proposed Merger")]
    ['Hill Surgery', 'Dale Practice']
    >>> [n for _, _, n in prose_names("Two further Riverton Primary Care Network Vaccine Drive-Thru events are planned.")]
    ['Riverton Primary Care Network']
    >>> [n for _, _, n in prose_names("Merger of Hill Surgery and Dale Medical Centre")]
    ['Hill Surgery', 'Dale Medical Centre']
    >>> [n for _, _, n in prose_names("Dr Jo Bloggs from The Hill Practice Picture: ANN SMITH")]
    ['Hill Practice']
    >>> [n for _, _, n in prose_names("Picture: GOOGLE MAPSChurch Farm Surgery in Riverton")]
    ['Church Farm Surgery']
    >>> [n for _, _, n in prose_names("In July 2016, the £6million Two Rivers Medical Centre opened in Ipswich.")]
    ['Two Rivers Medical Centre']
    >>> [n for _, _, n in prose_names("It needs CCGs and NHS England to work together.")]
    ['CCGs and NHS England']
    >>> [n for _, _, n in prose_names("All Hill practices and the All Saints Practice met.")]
    ['All Saints Practice']
    >>> [n for _, _, n in prose_names("“It is good news,” said Age UK Riverton CEO Jo Bloggs, as did Chair Sam Smith.")]
    ['Age UK Riverton']
    >>> [n for _, _, n in prose_names("Working Well Trust, and working with Hill Surgery, Working With Dale Council.")]
    ['Working Well Trust', 'Hill Surgery', 'Dale Council']
    >>> [n for _, _, n in prose_names("The project is funded by the National Lottery Community Fund.")]
    ['National Lottery Community Fund']
    >>> [n for _, _, n in prose_names("Hill Surgery 43.3% of 6,419 appointments, as at Urgent Care 24.")]
    ['Hill Surgery', 'Urgent Care 24']
    """
    found = []
    for match in phrases(text):
        start, end = match.start(), match.end()
        tokens = list(re.finditer(r"\S+", match.group(0)))
        # 'The' with its capital inside a sentence begins a proper name ('funded by The Riverton Fund')
        proper_the = tokens[0].group(0) == "The" and bool(re.search(r"[a-z,]\s+$", text[max(0, start - 3) : start]))
        # 'New' with its capital inside a sentence begins a proper name ('the New Coningsby Surgery')
        proper_new = tokens[0].group(0) == "New" and bool(re.search(r"[a-z,]\s+$", text[max(0, start - 3) : start]))
        # leading small words, and a verb in -ing before 'the' ('Using the PCT'), open no name
        while (
            tokens
            and not (proper_new and tokens[0].group(0) == "New")
            # ('All' before a church's dedication is part of the name: 'the All Saints Practice')
            and not (len(tokens) > 1 and tokens[0].group(0) == "All" and tokens[1].group(0) in DEDICATIONS)
            and not brand_one([t.group(0) for t in tokens[:3]])
            and not numbered_name([t.group(0) for t in tokens])
            # ('Working' before another capital opens a name: 'Working Well Trust')
            and not (
                len(tokens) > 1
                and tokens[0].group(0) == "Working"
                and tokens[1].group(0)[:1].isupper()
                and tokens[1].group(0).lower() not in LEADING_WORDS
            )
            and (
                tokens[0].group(0).lower().strip("'") in LEADING_WORDS
                # a word that says who pays for or leads a thing is no part of its name ('NHSE-funded')
                or (len(tokens) > 1 and DESCRIBED_BY.fullmatch(tokens[0].group(0)) is not None)
                or (
                    len(tokens) > 1
                    and tokens[0].group(0).endswith("ing")
                    and tokens[1].group(0) in ("the", "on", "of", "to", "at", "for", "with")
                )
            )
        ):
            tokens.pop(0)
        # a month after a word for when opens no name ('In May Hammersmith and Fulham CCG …')
        if (
            len(tokens) > 2
            and tokens[0].group(0).lower() in MONTHS
            and WHEN_BEFORE.search(text[max(0, match.start() + tokens[0].start() - 8) : match.start() + tokens[0].start()])
        ):
            tokens.pop(0)
        if not tokens:
            continue
        start = match.start() + tokens[0].start()
        # a town whose name holds a small word runs on from before it ('Barrow in Furness Town
        # Council', 'Newcastle under Lyme Borough Council'): the name starts at the town
        if start == match.start() and set(text[max(0, start - 7) : start].split()[-1:]) & PLACE_JOINERS:
            start = start_of_town_before(text, start, end)
        # Web text can glue a file name to the next word ('….jpgCheshire'), and a person's
        # role can run into their employer's name ('Chief Executive of Kent … Trust').
        glued = re.match(r"(?i)(?:jpe?g|png|gif|svg|pdf)(?=[A-Z])", text[start:end])
        if glued:
            start += glued.end()
        # and a caption's credit in capitals to the name after it ('GOOGLE MAPSChurch Farm Surgery')
        credit = re.match(r"(?:[A-Z]{2,}\s+)*[A-Z]{2,}(?=[A-Z][a-z]{2,})", text[start:end])
        if credit:
            start += credit.end()
        # nor a picture's label before the name it shows ('Image for Hill Primary Care Network …')
        pictured = re.match(r"(?:Image|Picture|Photo|Photograph)\s+(?:for|of)\s+(?=[A-Z])", text[start:end])
        if pictured:
            start += pictured.end()
        # a sum glued to its unit is no part of the name after it ('the £6million Two Rivers Medical Centre')
        money = re.match(r"\d+(?:\.\d+)?(?:million|m|bn|billion|k)\s+(?=[A-Z])", text[start:end])
        if money:
            start += money.end()
        # a time's 'AM' or 'PM' is no part of the name after it ('02:58 PM Northumbria Primary Care')
        clock = re.match(r"(?:AM|PM)\s+(?=[A-Z])", text[start:end])
        if clock and re.search(r"\d[:.]\d\d\s*$", text[max(0, start - 8) : start]):
            start += clock.end()
        # a person given their title and name before their employer ('Dr Jo Bloggs of Hill
        # Practice') is no part of its name
        titled = TITLED_PERSON_OF.match(text[start:end])
        if titled and (titled.group("title") or PERSONAL_TITLE_BEFORE.search(text[max(0, start - 12) : start])):
            start += titled.end()
        else:
            # and so is one given only by name, or two ('Patricia Coker and Councillor Tracey Stock
            # of Central Bedfordshire Council'), where what follows is a body's whole name
            people = len(people_before_employer(text[start:end]))
            # (or given their title and name straight before a public body's whole name, as
            # minutes print who came: 'Cllr Jo Bloggs Riverton County Council')
            titled = TITLED_PERSON_BEFORE_BODY.match(text[start:end]) if not people else None
            if (
                titled
                and (titled.group("title") or PERSONAL_TITLE_BEFORE.search(text[max(0, start - 12) : start]))
                and PUBLIC_BODY_END.search(text[start + titled.end() : end])
            ):
                people = titled.end()
            start += people
        role = ROLE_PREFIX.match(text[start:end]) or ROLE_INSIDE.search(text[start:end])
        if role and role.end() < end - start:
            start += role.end()
        # a role written straight before its employer, with no 'of' ('Partner Bridge Street
        # Medical Practice', 'Clinical Director Carillon PCN')
        bare_role = BARE_ROLE.match(text[start:end])
        if bare_role and head_word(text[start + bare_role.end() : end]) in HEAD_WORDS:
            start += bare_role.end()
        # a body a person leads is a body, whatever word its name ends in ('Dr Jo Bloggs,
        # Chairman of Hunts Health'), when its name is all capitalised words and no place
        led = ROLE_PREFIX.match(match.group(0)) or role
        employer = bool(led) and re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}", text[start:end]) is not None
        employer = employer and not is_place_only(text[start:end]) and not is_generic(text[start:end])
        # (but what a person heads at a body is a part of it: 'Head of Healthy Communities at
        # Places Leisure')
        employer = employer and not re.match(r"\s+(?:at|for|with)\s+(?:the\s+)?[A-Z]", text[end : end + 12])
        # after 'in', the words up to 'and' are where the name before stands, and the next
        # name begins after it ('Foundry PCN in Sussex and Springfield Park PCN in …')
        placed_first = re.match(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+(?=[A-Z])", text[start:end])
        if (
            placed_first
            and re.search(r"(?<![\w-])in\s+$", text[max(0, start - 4) : start])
            and re.search(r"[A-Z][\w'’-]*\s+in\s+$", text[max(0, start - 60) : start])
        ):
            start += placed_first.end()
        phrase = text[start:end]
        # a caption's credit label after the name it runs into ('… The Hill Practice Picture: JO BLOGGS')
        label = CREDIT_LABEL.search(phrase)
        if label and text[end : end + 1] == ":":
            end = start + label.start()
            phrase = text[start:end]
        # a person named after their employer ('… Practice Alliance Dr Jo Bloggs') or the staff
        # a body has ('Hill Group Practice Social Prescribers') are no part of its name
        person = PERSON_AFTER_NAME.search(phrase)
        staff = STAFF_AFTER_NAME.search(phrase)
        if staff and head_word(phrase[: staff.start()]) in STAFFED_HEADS and not ROLE_WORDS.search(phrase[: staff.start()]):
            person = staff
        # and a title's words for what happens to it ('Hill Surgery and Dale Practice Proposed Merger')
        person = person or EVENT_AFTER_NAME.search(phrase)
        # (or one whose organisational word comes first: 'University of Riverton Dr Jo Bloggs')
        if person and (
            head_word(phrase[: person.start()]) in HEAD_WORDS | PROSE_HEADS or ORGANISATIONAL_WORD_FIRST.match(phrase[: person.start()])
        ):
            end = start + person.start()
            phrase = text[start:end]
        held = POST_THEN_PERSON.search(phrase)
        # (a person's names are no words a body's name is made of: 'Tower Hamlets GP Care Group')
        held = held if held and not any(w.lower() in HEAD_WORDS | GENERIC_WORDS for w in held.group(0).split()[-2:]) else None
        if held and not held.start():
            continue
        if held:
            end = start + held.start()
            phrase = text[start:end]
        # general practice as a field of medicine ('the Future of General Practice', 'Cornish
        # General Practice') is no practice
        if FIELD_OF_PRACTICE.search(phrase):
            continue
        of_prefix = re.match(r"^(\w+(?:\s+\w+)?)\s+of\s+", phrase)
        if of_prefix and re.search(r"(ment|tion|sion|ance|ence)$", of_prefix.group(1)) and not NATIONAL_BODIES.match(phrase):
            continue
        # (nor is an event the name's: 'Merger of Hill Surgery and …')
        if of_prefix and (is_generic(of_prefix.group(1)) or EVENT_OF.fullmatch(of_prefix.group(1))):
            start += of_prefix.end()
            phrase = text[start:end]
        footnote = re.search(r"(?<=[a-z])\d+$", phrase)
        if footnote:
            end -= len(footnote.group(0))
            phrase = text[start:end]
        # a number that opens a range ('… Network 11–13 mins', '… Board 2006/7') is no part of
        # the name, nor is a year after it ('the Hill Partnership Board 2006 elected …')
        opens_range = re.search(r"\s+\d+$", phrase)
        if opens_range and (re.match(r"\s*[–/-]\s*\d", text[end:]) or re.fullmatch(r"\s+(?:19|20)\d\d", opens_range.group(0))):
            end -= len(opens_range.group(0))
            phrase = text[start:end]
        # a name followed by where it stands ('X Medical Centre on Y Road') ends before the place
        bare, place = without_place(phrase)
        if place:
            end = start + len(bare)
            phrase = bare
        # a body's own board or staff after its possessive ("Riverton CCG's Governing Body"):
        # the name ends at the word for the body ("St Luke's Hospice" keeps its possessive)
        inner = INNER_POSSESSIVE.search(phrase)
        if inner and words(phrase[: inner.start()])[-1].lower() in PROSE_HEADS:
            end = start + inner.start()
            phrase = text[start:end]
        # a possessive ending is no part of the name ("NHS England's fund")
        possessive = re.search(r"(?<=\w)['’]s$", phrase)
        if possessive:
            end -= len(possessive.group(0))
            phrase = text[start:end]
        # nor a place's possessive before a whole name ('Jarrow’s Albert Road Surgery'; not
        # 'St Luke’s Hospice', whose rest is no name by itself)
        # (not a town whose name has a possessive in it: 'Bishop’s Castle Medical Practice')
        owner = PLACE_POSSESSIVE.match(phrase)
        if owner and is_town(" ".join(phrase[: owner.end()].split() + words(phrase[owner.end() :])[:1])):
            owner = None
        if owner and not is_generic(phrase[owner.end() :]) and head_word(phrase[owner.end() :]) in HEAD_WORDS:
            start += owner.end()
            phrase = text[start:end]
        # a second person named with their employer after a first one's role ('Head of Public
        # Health and Jo Bloggs of Riverton Integrated Care Board'): the name is the employer's
        second_person = SECOND_PERSON_OF.search(phrase)
        if (
            second_person
            and head_word(phrase[second_person.end() :]) in HEAD_WORDS
            and not is_generic(phrase[second_person.end() :])
            and second_person.group("first").lower() not in PROSE_HEADS
            and not is_place_only(second_person.group("person"))
        ):
            start += second_person.end()
            phrase = text[start:end]
        # two names whose first ends in its head word ('the Riverton Trust and Hill Fund')
        halves = halves_after_a_head(phrase)
        for a, b in halves:
            # a person given by initials and surname ('P Coker of Riverton Council') is no part
            # of their employer's name
            person = INITIALLED_PERSON_OF.match(phrase[a:b])
            a += person.end() if person else 0
            # a picture's text names its body before 'Logo' ('Riverton Surgery Logo'); an
            # acronym beside a name is a body ('UHD and Dorset County Hospital'), though the
            # NHS alone is the health service (see BARE_NHS)
            acronym = (
                len(halves) > 1
                and ACRONYM.fullmatch(phrase[a:b]) is not None
                and phrase[a:b] != "NHS"
                and all(is_prose_name(phrase[c:d], heads) for c, d in halves if (c, d) != (a, b))
            )
            # (a name a page says pays for the work is a body's, whatever word it ends in:
            # 'funded by the National Lottery Community Fund')
            # (a national body's name is read whole by its own pattern: 'the Department for
            # Levelling Up, Housing and Communities')
            funder = (
                a == 0 and FUNDER_BEFORE.search(text, max(0, start - 40), start) is not None and not NATIONAL_IN_TEXT.match(text, start)
            )
            if acronym or is_prose_name(LOGO.sub("", phrase[a:b]), heads, ((proper_the or employer) and a == 0) or funder):
                found += [(start + a + c, start + a + d, phrase[a:b][c:d]) for c, d in halves_of_one_head(phrase[a:b])]
                continue
            # a network's name before words for a thing of its ('Riverton Primary Care Network
            # Vaccine Drive-Thru events'): the name ends at the network's head
            inner = NETWORK_THEN_THING.match(phrase[a:b])
            # (not a role there: 'Riverton PCN Clinical Director Jo Bloggs')
            if inner and is_prose_name(inner.group("name"), heads) and not ROLE_WORDS.search(phrase[a:b][inner.end("name") :]):
                found.append((start + a, start + a + inner.end("name"), inner.group("name")))
    return [
        (begin, stop, text[begin:stop] if begin != first else name)
        for first, stop, name in found
        for begin in [places_before(text, first, name)]
    ]


# Words right before a name that say it pays for something: 'funded by the', 'a grant from'.
FUNDER_BEFORE = re.compile(
    r"(?i:\b(?:funded|financed|sponsored|part-funded|grant-funded)\s+by|\b(?:funding|grants?)\s+from)\s+(?:the\s+)?$"
)
PLACE_ITEM_BEFORE = re.compile(r"(?:(?<=\s)|^)(?P<place>[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,4}),\s+$")
FIRST_PLACE = re.compile(r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:and|&)\s+[A-Z]")


def places_before(text: str, start: int, name: str) -> int:
    """Where a name begins that opens on places joined by 'and', when places before it in a
    comma list are part of it: one area's body named by its places ('Leicester, Leicestershire
    and Rutland LMC'); not the last place of a name before ('NHS Kent and Medway, Medway and
    Swale Partnership').

    >>> text = "Dr Jo Bloggs, director of Leicester, Leicestershire and Rutland LMC, said so."
    >>> text[places_before(text, text.index("Leicestershire"), "Leicestershire and Rutland LMC"):]
    'Leicester, Leicestershire and Rutland LMC, said so.'
    >>> text = "Together with NHS Kent and Medway, Medway and Swale Partnership has set it up."
    >>> places_before(text, text.index("Medway and"), "Medway and Swale Partnership") == text.index("Medway and")
    True
    """
    opening = FIRST_PLACE.match(name)
    if opening is None or not is_place_only(opening.group("place")):
        return start
    begin = start
    while True:
        item = PLACE_ITEM_BEFORE.search(text, max(0, begin - 60), begin)
        if item is None or not is_place_only(item.group("place")):
            break
        begin = item.start("place")
    # (the list opens the name only where no name runs on into it: '… NHS Kent and Medway, …')
    if begin != start and re.search(r"[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?$", text[max(0, begin - 30) : begin]):
        return start
    return begin


CREDIT_LABEL = re.compile(rf"\s+(?:{CREDIT_WORDS}|Source)$")
# What happens to a practice, as a title or a heading words it ('Proposed Merger', 'Merger of …').
EVENT = r"(?:(?:Proposed|Planned|Possible)\s+)?(?:Merger|Amalgamation|Closure|Consultation|Relocation|Takeover|Acquisition)"
EVENT_OF = re.compile(rf"(?i){EVENT}")
PERSON_AFTER_NAME = re.compile(rf"\s+{PERSON_TITLE}\.?\s+[A-Z][\w'’-]*.*$")
# A body's head and the name of the person who holds the post, after the body or alone ('… Age
# UK Plymouth CEO David Wood', 'Chair Jo Bloggs'; one with a title is PERSON_AFTER_NAME's).
POST_THEN_PERSON = re.compile(
    r"(?:^|\s+)(?:CEO|Chief\s+Executive(?:\s+Officer)?|Chair(?:man|woman|person)?)\s+[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]*[a-z][\w'’-]*$"
)
# (and a body's own meeting or report: 'the Friends of Hill Hospital AGM', 'Hill PCN Annual Report')
EVENT_AFTER_NAME = re.compile(rf"\s+(?:{EVENT}|AGM|Annual\s+(?:General\s+)?Meeting|Annual\s+Report|Conference)$")
STAFF_AFTER_NAME = re.compile(
    r"\s+(?:(?:Lead|Senior|Social|Clinical|Deputy|Assistant|Link|Care)\s+)*"
    r"(?:Prescribers?|Managers?|Nurses?|GPs|Partners|Pharmacists?|Receptionists?|Administrators?|Coordinators?|Workers?|Staff|Team)$"
)
# The heads of bodies whose staff a page may name after them.
STAFFED_HEADS = {"practice", "surgery", "trust", "council", "ccg", "alliance", "federation", "partnership", "group"}
FIELD_OF_PRACTICE = re.compile(r"(?:^|^(?:The\s+)?Future\s+of\s+|^[A-Z][a-z]+(?:ish|ian|ern)\s+)General\s+Practice$")
SECOND_PERSON_OF = re.compile(r"\s(?:and|&)\s+(?P<person>(?P<first>[A-Z][a-z]+)\s+[A-Z][a-z'’-]+)\s+of\s+(?:the\s+)?(?=[A-Z])")
WHEN_BEFORE = re.compile(r"(?i)\b(?:in|on|since|from|until|during|by|last|this|next|early|late|mid)\s+$")
PERSONAL_TITLE = r"(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Cllr|Councillor)\.?\s+"
TITLED_PERSON_OF = re.compile(rf"(?P<title>{PERSONAL_TITLE})?(?:[A-Z][a-z'’-]+\s+){{1,3}}of\s+(?:the\s+)?(?=[A-Z])")
PERSONAL_TITLE_BEFORE = re.compile(rf"\b{PERSONAL_TITLE}$")
TITLED_PERSON_BEFORE_BODY = re.compile(rf"(?P<title>{PERSONAL_TITLE})?[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s+(?=[A-Z])")
INITIALLED_PERSON_OF = re.compile(r"(?:[A-Z]\.?\s+){1,2}[A-Z][a-z'’-]+\s+of\s+(?:the\s+)?(?=[A-Z])")
PUBLIC_BODY_END = re.compile(
    r"\b(?:Council|Trust|CCG|ICB|PCT|Clinical\s+Commissioning\s+Group|Integrated\s+Care\s+Board|Primary\s+Care\s+Trust)$"
)
# The words for a body's own parts and members ('the Governing Body of NHS West Kent CCG').
BODY_PARTS = {*INTERNAL_WORDS, "governing", "body", "board", "committee", "team", "members", "member", "panel", "forum", "staff"}
PEOPLE_OF = re.compile(
    rf"(?:{PERSONAL_TITLE})?[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+(?:\s+(?:and|&)\s+(?:{PERSONAL_TITLE})?[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)*"
    r"\s+of\s+(?:the\s+)?(?=[A-Z])"
)


def people_before_employer(phrase: str) -> str:
    """The people a phrase names before the body they are of ('Patricia Coker of '), when the
    words before 'of' are names, no body's or place's words, and what follows is a body's whole
    name; '' otherwise.

    >>> people_before_employer("Patricia Coker of Central Bedfordshire Council")
    'Patricia Coker of '
    >>> people_before_employer("Royal Borough of Greenwich Council"), people_before_employer("Jo Bloggs of Riverton")
    ('', '')
    >>> people_before_employer("Governing Body of NHS West Kent Clinical Commissioning Group")
    ''
    >>> people_before_employer("Riverside End of Life Care Alliance")
    ''
    """
    people = PEOPLE_OF.match(phrase)
    if not people:
        return ""
    names = [w for w in re.sub(PERSONAL_TITLE, " ", people.group(0)).split()[:-1] if w not in ("and", "&", "the", "of")]
    bodily = any(w.lower() in HEAD_WORDS | GENERIC_WORDS | SMALL_WORDS | BODY_PARTS for w in names)
    # (the body's name, up to the next name the phrase runs on to: '… Council and Jo Smith')
    rest = re.split(r"\s+(?:and|&)\s+|,", phrase[people.end() :])[0]
    # (a public body's or a practice's name: 'Riverside End of Life Care Alliance' is one name)
    public = PUBLIC_BODY_END.search(rest) or is_known_name(rest) or is_practice_name(rest)
    if bodily or is_place_only(" ".join(names[:2])) or not public or is_generic(rest):
        return ""
    return people.group(0)


PLACE_TAG = re.compile(r"(?<=[A-Za-z]):[A-Z]+$")
PLACE_POSSESSIVE = re.compile(r"(?!(?:St|Saint|King|Queen|Guy)['’])(?P<owner>[A-Z][a-z]+)['’]s\s+(?=[A-Z][\w'’-]*\s+[A-Z])")


def untagged(name: str) -> str:
    """A name without the place tag a colon glues to it ('Primary Care Alliance:MK')."""
    return PLACE_TAG.sub("", name)


NETWORK_THEN_THING = re.compile(
    r"(?P<name>[A-Z][\w'’&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’&-]*)*?\s+(?:Primary\s+Care\s+Network|PCN|Primary\s+Care\s+Home))\s+[A-Z]"
)


DOTTED_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]?\.?$")


def is_prose_name(phrase: str, heads: set[str] | frozenset[str], proper_the: bool = False) -> bool:
    """Whether a run of capitalised words is an organisation's name: it ends in a word for a
    body, is a brand or a known national body, or opens with 'The' inside a sentence.

    >>> is_prose_name("FRAILTY HUB OFFERS PATIENTS ONE-STOP SHOP APPROACH TO THEIR HEALTHCARE", set())
    False
    >>> is_prose_name("Riverton Neighbourhood Care C.I.C", set())
    True
    """
    phrase_words = words(phrase)
    if not phrase_words or (len(phrase_words) == 1 and phrase_words[0].lower() in PROSE_HEADS):
        return False
    # one hyphenated word of common ones, capitalised as a sentence opens ('Cross-organisation')
    if re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)+", phrase.strip()):
        return False
    # a headline in capitals is a sentence, however it ends
    if len(phrase_words) >= 6 and all(w.isupper() or not w.isalpha() for w in phrase_words):
        return False
    if all(w.lower() in MONTHS or w.isdigit() for w in phrase_words):
        return False
    last = re.sub(r"\d+$", "", phrase_words[-1]).lower() or (phrase_words[-2].lower() if len(phrase_words) > 1 else "")
    # a legal form in initials with their stops is the word they spell ('Hill Care C.I.C')
    initials = DOTTED_INITIALS_END.search(phrase) if phrase.endswith(("C", "C.")) else None
    if initials:
        last = initials.group(0).replace(".", "").lower()
    # a place tag after a colon is no head ('Primary Care Alliance:MK')
    if PLACE_TAG.search(phrase):
        last = words(untagged(phrase))[-1].lower()
    if (
        not is_charity_branch(phrase)
        and not NATIONAL_BODIES.match(phrase)
        # (a national charity is named by its name alone: 'Macmillan funded the post')
        and not NATIONAL_CHARITY.fullmatch(phrase)
        and not MEDIA.search(phrase)
        and not (proper_the and len(phrase_words) >= 2)
        and not ORGANISATIONAL_WORD_FIRST.match(phrase)
        and last not in PROSE_HEADS
        and last not in heads
        and not TEACHING_SCHOOL.search(phrase)
        # (a primary care home is a partnership by its kind: 'Healthier Fleetwood Primary Care Home')
        # (named by a word of its own: 'Primary Care Home' alone is the national model)
        and not re.search(r"[\w'’]\s+Primary\s+Care\s+Homes?$", phrase)
        # (a police force's commissioner is an office that commissions: 'West Mercia Police and
        # Crime Commissioner')
        and not re.search(r"\s" + OFFICE_ACROSS_AND.pattern + "$", phrase)
        and not (len(phrase_words) > 1 and phrase_words[-1].isdigit() and phrase_words[-2].lower() in PROSE_HEADS)
        # a body of the whole country says so after its name ('Urgent Health UK', 'Carers UK'),
        # though not two bodies run together ('Volunteer Cornwall and Age UK')
        and not (len(phrase_words) > 1 and phrase_words[-1] == "UK" and not re.search(r"\s(?:and|&)\s", phrase))
    ):
        return False
    if is_generic(phrase) or re.search(r"s$", phrase_words[-1]) and is_generic(" ".join(phrase_words[:-1])):
        return False
    # a thing made for something, not a body ('an Alliance Model for General Practice'),
    # and a law ('the Health and Care Act 2022')
    if THING_FOR.search(phrase) or LAW.search(phrase):
        return False
    # a partnership's own board or programme team ('the Programme Board'), not a body
    if all(is_generic(w) or w.lower() in INTERNAL_WORDS for w in phrase_words):
        return False
    return org_key(phrase) not in ("cic", "ltd", "plc", "llp")


# The words for a body that a page uses alone, capitalised, as the short name of one it has
# named ('the Council', 'the Trust').
SHORT_NAME_HEADS = {"Council", "Trust", "CCG", "ICB", "Board", "Partnership", "Alliance", "Federation", "Authority"}
FORUM_OF_BODY = re.compile(r"\b(?:Committee|Sub-?[Cc]ommittee|Board|Panel)(?P<of>\s+of\s+)(?=[A-Z])")


def halves_after_a_head(phrase: str) -> list[tuple[int, int]]:
    """The spans of a phrase's names: two when the words before an 'and' end in a word for a
    body and a capital follows ('Nuffield Trust and Riverton Fund'); else the whole phrase.

    >>> halves_after_a_head("Riverton Trust and Hill Fund"), halves_after_a_head("Health and Care Partnership")
    ([(0, 14), (19, 28)], [(0, 27)])
    >>> halves_after_a_head("NHS and Riverton County Council")
    [(0, 3), (8, 31)]
    >>> halves_after_a_head("Council and Riverton Foundation Trust")
    [(0, 7), (12, 37)]
    >>> halves_after_a_head("Department for Work and Pensions and Riverton College")
    [(0, 32), (37, 53)]
    >>> halves_after_a_head("Riverton Citizens Advice and Citizens Advice Brighton and Hove")
    [(0, 24), (29, 62)]

    A body's committee or board named with the body after 'of' is two names, the body's own
    among them ('Primary Care Committee of NHS Riverton CCG'), as it is with 'of the':

    >>> halves_after_a_head("Primary Care Committee of NHS Riverton CCG"), halves_after_a_head("Board of Directors")
    ([(0, 22), (26, 42)], [(0, 18)])
    """
    forum = FORUM_OF_BODY.search(phrase)
    if forum and words(phrase[forum.end() :])[-1].lower() in PROSE_HEADS and len(words(phrase[: forum.start("of")])) >= 2:
        return [(0, forum.start("of")), (forum.end(), len(phrase))]
    for joint in AND_JOINT.finditer(phrase):
        # ('West Mercia Police and Crime Commissioner' is one office, the police's commissioner)
        if OFFICE_ACROSS_AND.match(phrase, joint.start() - len("Police")):
            continue
        left = phrase[: joint.start()]
        left_words = words(left)
        # ('NHS and Riverton Council': an acronym alone is a whole name too)
        headed = len(left_words) >= 2 and left_words[-1].lower() in PROSE_HEADS
        acronym = len(left_words) == 1 and len(left_words[0]) >= 2 and left_words[0].isupper()
        # (and a body's short name alone, its word for a body: 'the Council and Hill Trust')
        short_name = len(left_words) == 1 and left_words[0] in SHORT_NAME_HEADS
        # (or a department of state's whole name, its field holding an 'and' of its own:
        # 'Department for Work and Pensions and Riverton College')
        department = DEPARTMENT.fullmatch(left) is not None
        # (or a charity's brand, which either name may end or open with: 'Riverton Citizens
        # Advice and Citizens Advice Brighton and Hove')
        branded = BRAND_AFTER_PLACE.search(left) is not None or BRANDS.match(phrase[joint.end() :]) is not None
        if (headed or acronym or short_name or department or branded) and phrase[joint.end() : joint.end() + 1].isupper():
            return [(0, len(left)), (joint.end(), len(phrase))]
    return [(0, len(phrase))]


def halves_of_one_head(phrase: str) -> list[tuple[int, int]]:
    """The spans of a phrase's names: two when both sides of an 'and' end in the same head word.

    A name does not hold its own head word twice around an 'and', so 'Riverton Hospital and
    Hill City Hospital' is two hospitals, while 'Riverton and Hill Hospital' stays one.

    >>> halves_of_one_head("Riverton Hospital and Hill City Hospital")
    [(0, 17), (22, 40)]
    >>> halves_of_one_head("Riverton and Hill Hospital")
    [(0, 26)]
    """
    last = phrase.rsplit(None, 1)[-1]
    for joint in reversed(list(AND_JOINT.finditer(phrase))):
        left = phrase[: joint.start()].rstrip()
        if left.endswith(" " + last) and last.lower() in PROSE_HEADS:
            return [(0, len(left)), (joint.end(), len(phrase))]
    return [(0, len(phrase))]


INNER_POSSESSIVE = re.compile(r"(?<=\w)['’]s\s+")
LAW = re.compile(r"\b(?:Act|Bill)(?:\s+\d{4})?$")
AND_JOINT = re.compile(r"\s+(?:and|&)\s+")


# A body's possessive, then a name in quotation marks: 'NHS Riverton’s ‘Healthy Conversation’'.
OWNER_THEN_QUOTED_NAME = re.compile(r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*['’]s\s+['‘\"“](?P<name>[A-Z][^'’\"”]{2,60}?)['’\"”](?!\w)")


# A person with a title heading an interview or a column: 'Prof Aruna Garcea: Navigating …'.
PERSON_SPEAKS = re.compile(rf"^{PERSON_TITLE}\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}\s*:\s+(?=\S)")


def site_name_from_title(title: str, body_names: list[str], capitals_elsewhere: frozenset[str] | None = None) -> str:
    """The site a document is about, from its title; the fullest form the text uses for it
    (`capitals_elsewhere`: the words the rest of the page writes in capitals).

    >>> site_name_from_title("GPs working together to form the county's first Wiltshire-wide GP Alliance", ["Wiltshire GP Alliance", "GP Alliance"])
    'Wiltshire GP Alliance'
    >>> site_name_from_title("Future of General Practice in Riverton - Hillside & Dale Vale Merger", [])
    'Hillside and Dale Vale'
    >>> site_name_from_title("Hill Health Partners at Riverton Community Hospital Requires improvement", [])
    'Hill Health Partners'
    >>> site_name_from_title("Proposed Merger between Hill Surgery and Dale Medical Group", [])
    'Hill Surgery and Dale Medical Group'
    >>> site_name_from_title("Proposed Merger with Hill Medical Centre", [])
    'Hill Medical Centre'
    >>> site_name_from_title("Hill Care Together: a Place-Based Partnership", [])
    'Hill Care Together'
    >>> site_name_from_title("Riverton’s new Integrated Care System: what we are hoping for.", [])
    'Riverton Integrated Care System'
    >>> site_name_from_title("Wellbeing Riverton Strategy 2021-2024", [])
    'Wellbeing Riverton'
    >>> site_name_from_title("Prescribe to thrive – embedding social prescribing in Riverton for 100 residents", [])
    'Prescribe to thrive'
    >>> site_name_from_title("NHS Riverton's 'Healthy Conversation' will 'deliver joined-up care', leaders are told", [])
    'Healthy Conversation'
    >>> site_name_from_title("Prof Jo Bloggs: Navigating the future of primary care in Riverton", [])
    'Navigating the future of primary care in Riverton'
    """
    title = re.sub(r"^\s*\d+[.)]\s*", "", title).strip()
    # an interview or a column headed by the person who speaks is about what follows the colon
    title = PERSON_SPEAKS.sub("", title) or title
    # a body's programme the title quotes by its name ('Riverton CCG’s ‘Healthy Conversation’ will …')
    quoted = OWNER_THEN_QUOTED_NAME.search(title)
    if quoted:
        return quoted.group("name")
    title = QUESTION.sub("", title).rstrip("?").strip()
    title = ABOUT_TITLE.sub(r"\g<name>", title)
    # a regulator's page gives the rating after the name ('Hill Partners at Dale Hospital Requires improvement')
    rated = RATING_AFTER.search(title)
    if rated:
        # and the provider before where it was inspected ('… at Dale Hospital')
        title = re.sub(r"\s+at\s+[A-Z].*$", "", title[: rated.start()]).strip()
    # 'Title – A & B Merger': the practice the merger makes, named by both; so is 'Proposed
    # Merger between A and B'
    merger = MERGER_TITLE.search(title) or MERGER_HEAD.match(title)
    if merger:
        return merger_name(merger)
    # (the page is about the practice its merger is with, and so about their merger: see title_site)
    merging_with = MERGER_WITH_HEAD.match(title)
    if merging_with:
        return merging_with.group("name")
    plain = unglossed(title)
    if plain != title:
        return plain
    # 'Riverton's new Integrated Care System: …': the place's partnership of that kind
    owned = PLACE_OWNS_KIND.search(title)
    if owned:
        return f"{owned.group('place')} {owned.group('kind')}"
    # 'Riverton Wellbeing Strategy 2021-2024': the partnership the document is of
    title = DOCUMENT_AFTER_NAME.sub("", title) or title
    # (a commissioner the title names is the one that announces or decides, not the partnership:
    # 'Riverton Clinical Commissioning Group has launched a consultation on a Hub in Dale')
    candidates = [
        name
        for _, _, name in prose_names(title)
        if words(name)[-1].lower() in SITE_HEADS and not is_known_commissioner(name) and not COMMISSIONER_NAME.search(name)
    ]
    if not candidates:
        if len(title.split()) <= 8:
            return title
        after_dash = title.split(" – ")[-1].split(",")[0].strip() if " – " in title else ""
        # 'Title – Name' names the site after the dash; a clause there ('– from convening …') does not
        if after_dash[:1].isupper():
            return after_dash
        # though a few words before a dash that a gloss in lower case follows are the name
        # ('Prescribe to thrive – embedding social prescribing in Hove for 100 residents')
        glossed = re.match(r"(?P<name>[A-Z][^–—]{2,60}?)\s+[–—-]\s+[a-z]", title)
        if glossed and len(glossed.group("name").split()) <= 5:
            return glossed.group("name")
        return first_proper_name(title, capitals_elsewhere) or title
    chosen = max(candidates, key=len)
    title_tokens = {t for w in words(chosen) for t in re.split(r"-", w.lower())}
    fuller = [
        name
        for name in body_names
        if name != chosen and words(name)[-2:] == words(chosen)[-2:] and {w.lower() for w in words(name)} <= title_tokens
    ]
    return max(fuller, key=lambda n: (len(words(n)), n)) if fuller else chosen


def merger_name(merger: re.Match) -> str:
    """The practice a merger heading names (MERGER_HEAD, MERGER_TITLE), by both its practices,
    with 'and' for '&' ('Hill & Dale' is 'Hill and Dale')."""
    return re.sub(r"\s+&\s+", " and ", merger.group("name"))


def said_once(name: str) -> str:
    """A name said twice over said once: a title that ends in the name the next line opens with,
    run together ('… in Hill Primary Care Network' over 'Hill Primary Care Network (PCN) has …').

    >>> said_once("Hill Primary Care Network Hill Primary Care Network"), said_once("Hill Hill Surgery")
    ('Hill Primary Care Network', 'Hill Hill Surgery')
    """
    tokens = name.split()
    half = len(tokens) // 2
    return " ".join(tokens[:half]) if half >= 2 and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:] else name


def names_a_body(name: str) -> bool:
    """Whether a site's name is a body's: a practice's, or one ending in a word partnerships'
    names end in ('… Alliance', '… PCN'), not a word or a sentence taken from a title.

    >>> names_a_body("Hill Surgery"), names_a_body("Dale Health Alliance"), names_a_body("PROPOSAL"), names_a_body("Preston")
    (True, True, False, False)
    """
    named = words(name)
    # a headline is a sentence, in lower case beside the small words a name may hold ('Riverton
    # GP surgeries enter into partnership')
    if len([w for w in named if w[:1].islower() and w.lower() not in NAME_SMALL_WORDS]) >= 2:
        return False
    # a body's own committee or board is a part of it ('The CCG’s Primary Care Commissioning Committee')
    if OWNED_PART.search(name):
        return False
    return bool(named) and (
        is_practice_name(name)
        or named[-1].lower() in SITE_HEADS | SITE_HEAD_WORDS
        or head_word(name) in HEAD_WORDS
        or named[-1].lower() in LEGAL_FORMS
    )


def name_taken(name: str, found: list[Block]) -> bool:
    """Whether the page says a body took this name: after a verb of renaming, or as the name a
    merger makes ('change its name to “Hill Health”', 'merged to form Dale Health').

    >>> name_taken("Hill Health", blocks([Line(2, "The practice will change its name to ‘Hill Health’ in May.")]))
    True
    >>> name_taken("Hill Health", blocks([Line(2, "Premises called Hill Health open.")]))
    False
    >>> name_taken("Hill Health", blocks([Line(2, "Hill Health is a merger of Dale Surgery and Vale Practice.")]))
    True
    """
    return any(
        NAME_TAKEN_BEFORE.search(block.text[: at.start()]) or MERGER_MADE_AFTER.match(block.text, at.end())
        for block in found
        for at in re.finditer(re.escape(name), block.text)
    )


# The words after a name that say a merger made it ('X is a merger of …', 'X was formed from the merger of …').
MERGER_MADE_AFTER = re.compile(
    r"(?:\s*\([A-Z]{2,8}\))?,?\s+(?:(?:is|was)\s+(?:a|the)\s+(?:recent\s+)?merger\s+of"
    r"|(?:was|has\s+been)\s+(?:formed|created)\s+(?:from|by|through)\s+(?:the\s+|a\s+)?merger)\b"
)


# A verb of renaming, right before the new name ('change their names – to', 'renamed as').
RENAMED = r"chang(?:e|es|ed|ing)\s+(?:its|their|the)\s+names?\s*(?:[–—-]\s*)?to|renamed(?:\s+as)?"
# The words before a name a body takes ('renamed as', 'change its name to “', 'merged to form the').
NAME_TAKEN_BEFORE = re.compile(
    rf"(?i:\b(?:{RENAMED}|"
    r"(?:a|the|its|their)\s+new\s+(?:[a-z]+\s+)?name(?:\s+of)?|merg(?:e|es|ed|ing)\s+(?:(?:in\s*)?to|as)(?:\s+(?:form|create|become))?|"
    # ('have merged and are now known as the X', 'will be merged under the new title of X')
    r"now\s+(?:known|called)(?:\s+as)?|under\s+(?:the|a)\s+(?:new\s+)?(?:title|name)(?:\s+of)?))"
    r"\s*[,:–—-]?\s*['‘\"“]?(?:[Tt]he\s+)?$"
)


OWNED_PART = re.compile(
    r"(?:\b[A-Z]{2,6}|\b(?:Council|Trust|Board|Authority))['’]s\s+(?:[A-Z][\w-]*\s+)*(?:Committee|Board|Body|Team|Panel)\b"
)
# The lower-case words a body's name may hold ('Forest of Dean', 'Health and Care').
NAME_SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "upon", "with", "at", "by", "under", "to", "de", "le", "la", "&"}
# The legal forms a company's name ends in ('SSP Health Ltd').
LEGAL_FORMS = {"ltd", "limited", "cic", "llp", "plc"}


BASED_JUST_BEFORE = re.compile(r"(?i)\b(?:based|located|housed)\s+(?:at|in)\s+(?:the\s+)?$")
# Words that say practices become one ('merge'), or that one joins another as well ('enter into
# partnership', 'will become a branch surgery of').
MERGING = re.compile(r"(?i)\bmerg(?:e|es|ed|er|ing)\b")
JOINING = re.compile(
    MERGING.pattern + r"|\bamalgamat|\benter(?:s|ed|ing)?\s+into\s+(?:a\s+)?partnership\b"
    r"|\bjoin(?:s|ed|ing)?\s+(?:forces\b|with\b)|\bbecome\s+a\s+branch\s+(?:surgery|site|practice)\s+of\b"
)
LOWER_CASE_PRACTICE = re.compile(r"(?<![\w'’-])(?<!the\s)(?:[A-Z][\w'’-]*\s+){1,2}(?:surgery|medical\s+centre)\b(?!\s+[A-Z])")


def practices_said_to_merge(blocks: list[Block], title: str) -> str | None:
    """The practices a page says are merging, named together ('A and B', 'A, B and C'): two to
    four practices named in one sentence that speaks of merging, or, under a title that does,
    in the first sentence naming two to four.

    >>> found = blocks([Line(3, "Hill Surgery opens late. The providers at Hill Health Centre and Dale Surgery applied to merge.")])
    >>> practices_said_to_merge(found, "A PROPOSAL to change GP services")
    'Hill Health Centre and Dale Surgery'
    >>> found = blocks([Line(3, "Patients at Hill Medical Centre will be moved to Dale Medical Centre.")])
    >>> practices_said_to_merge(found, "Concern over surgeries merger"), practices_said_to_merge(found, "Concern over surgeries")
    ('Hill Medical Centre and Dale Medical Centre', None)
    >>> found = blocks([Line(3, "The practices affected are North Hill, St Paul's and Dale House.")])
    >>> practices_said_to_merge(found, "Three Riverton GP practices are set to merge")
    "North Hill, St Paul's and Dale House"
    >>> found = blocks([Line(3, "This is for all patients of Hill and Dale Surgeries. These two GP practices are proposing to merge.")])
    >>> practices_said_to_merge(found, "Questions and answers")
    'Hill Surgery and Dale Surgery'
    """
    merger_title = JOINING.search(title) is not None
    previous = ""
    # (the title first: 'Application to merge Hill Drive, Dale Road and Vale Road practices')
    for text in [title, *(block.paragraph.text for block in blocks)]:
        start = 0
        for end in [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]:
            sentence, start = text[start:end], end
            if not sentence.strip():
                continue  # (the nothing after a paragraph's last full stop)
            before, previous = previous, sentence
            # (a sentence that opens on the two the sentence before counted as merging: 'The
            # planned merger of two of Riverton's largest GP surgeries has collapsed. Hill Medical
            # Group and Dale Health were expected to partner up')
            pair = PAIR_OPENING.match(sentence.strip())
            if pair and JOINING.search(before) and TWO_PRACTICES.search(before):
                return f"{pair.group('a')} and {pair.group('b')}"
            if not (merger_title or JOINING.search(sentence)):
                continue
            # (a sentence that tells of two mergers names no one merger: 'A and B will merge from
            # 1 October, while C and D will become one organisation')
            if len(merged_pairs(sentence)) >= 2:
                continue
            # (or says so of the practices the sentence before named: '… all patients of Hill
            # and Dale Surgeries. These two GP practices are proposing to merge')
            if THESE_PRACTICES.match(sentence.strip()) and JOINING.search(sentence):
                listed = piece_mentions(joined_paragraph([Line(1, before.strip())]), False)
                earlier = {slug(m.name): m.name for m in listed if m.kind == PRACTICE}
                if 2 <= len(earlier) <= 4:
                    *most, last = earlier.values()
                    return f"{', '.join(most)} and {last}"
            named: dict[str, str] = {}
            # (a news page may leave the head in lower case: 'a branch surgery of Dale surgery')
            found = [(m.start(), m.group(0).title()) for m in LOWER_CASE_PRACTICE.finditer(sentence)]
            # (or gives them one plural head: 'the merger of Adcroft, Bradford Road and Widbrook surgeries')
            shared, _ = shared_head_mentions(joined_paragraph([Line(1, sentence)]), [])
            found += [(sentence.find(m.text), m.name) for m in shared if m.kind == PRACTICE]
            for at, name in sorted([(a, name) for a, _, name in prose_names(sentence)] + found):
                # (not where one of them is based: '…, which is also based at the Riverton Medical Centre';
                # nor the group they are members of: '… have been active members of Hill Medical Group')
                if (
                    is_practice_name(name)
                    and not BASED_JUST_BEFORE.search(sentence, 0, at)
                    and not GROUP_JOINED_BEFORE.search(sentence, max(0, at - 40), at)
                ):
                    named.setdefault(slug(name), name)
            # (or calls the two it names practices: 'Hill Medical Group and Dale Health, two of the
            # largest practices in the south west, announced the merger')
            called = PAIR_CALLED_PRACTICES.search(sentence)
            if len(named) < 2 and called:
                named = {slug(called.group(part)): called.group(part) for part in ("a", "b")}
            # (or the sentence lists them bare: 'The practices affected are North Hill, St Paul's and Dale House.')
            lead = SUBJECT_LEAD_IN.match(sentence.strip())
            if len(named) < 2 and lead and of_the_practices(lead.group(0)):
                listed = piece_mentions(joined_paragraph([Line(1, sentence.strip())]), False)
                named = {slug(m.name): m.name for m in listed if m.kind == PRACTICE}
            if 2 <= len(named) <= 4:
                *most, last = named.values()
                return f"{', '.join(most)} and {last}"
    return None


GROUP_JOINED_BEFORE = re.compile(r"\b(?:members?|part|founders?)\s+of\s+(?:the\s+)?\Z")
THESE_PRACTICES = re.compile(r"(?i)(?:these|the|both)\s+(?:(?:two|three|four)\s+)?(?:gp\s+)?(?:practices|surgeries)\b")


def unglossed(name: str) -> str:
    """A heading's name without what it says the name is ('Hill Care Together: a Place-Based
    Partnership' is 'Hill Care Together').

    >>> unglossed("Hill Care Together: a Place-Based Partnership"), unglossed("Riverton PCN: our practices")
    ('Hill Care Together', 'Riverton PCN: our practices')
    """
    glossed = GLOSSED_TITLE.match(name)
    return glossed.group("name") if glossed else name


GLOSSED_TITLE = re.compile(
    r"^(?P<name>[A-Z][\w'’&-]*(?:\s+(?:of|and|for|to|&|[A-Z][\w'’&-]*)){0,6}):\s+(?i:an?|the)\s+(?:(?:[\w-]+\s+){0,3}[\w-]+|(?=[a-z])(?:[\w'’-]+\s+){0,12}[\w'’-]+)$"
)
# The last words of names of money and of illnesses, no bodies ('the Community Infrastructure
# Levy (CIL)', 'Chronic Obstructive Pulmonary Disease (COPD)').
NOT_BODY_WORDS = {
    "levy",
    "fund",
    "funding",
    "grant",
    "grants",
    "tax",
    "budget",
    "allocation",
    "disease",
    "diseases",
    "disorder",
    "disorders",
    "syndrome",
    "condition",
    "conditions",
    "illness",
    # (a document is no body either: 'the Sustainability and Transformation Plan (STP)')
    "plan",
    "plans",
    "strategy",
    # (nor a meeting: 'a virtual Annual General Meeting (AGM)')
    "meeting",
    "agm",
    "conference",
    "webinar",
    # (nor a law: 'the EU General Data Protection Regulations (GDPR)')
    "regulation",
    "regulations",
    "directive",
}


def names_no_body(name: str) -> bool:
    """Whether a name is of money, an illness or a document (NOT_BODY_WORDS), no body.

    >>> names_no_body("Community Infrastructure Levy"), names_no_body("Riverton Health Alliance")
    (True, False)
    >>> names_no_body("Sustainability and Transformation Plan"), names_no_body("COVID-19")
    (True, True)
    >>> names_no_body("Annual General Meeting"), names_no_body("Riverton Health Summit Alliance")
    (True, False)
    >>> names_no_body("Data Protection Act 2018 and the EU General Data Protection Regulations")
    True
    >>> names_no_body("Arrangements for Integrated Care Partnerships"), names_no_body("Partners for Health Alliance")
    (True, False)
    """
    named = words(name)
    return bool(named) and (
        named[-1].lower() in NOT_BODY_WORDS
        or bool(PANDEMIC.fullmatch(name.strip()))
        or bool(LAW.search(name))
        or bool(DOCUMENT_OPENING.match(name))
    )


# A document's title by what it sets out, then what about: 'Arrangements for Integrated Care
# Partnerships', 'Guidance on Primary Care Networks' (not 'Plans for …', a headline's opening
# as often, over the scheme it is about).
DOCUMENT_OPENING = re.compile(
    r"^\s*(?:Arrangements|Guidance|Framework|Terms\s+of\s+Reference|Principles|Options|Recommendations|Requirements)"
    r"\s+(?:for|on|to)\s"
)


# The pandemic, by its names.
PANDEMIC = re.compile(r"(?i)covid(?:-?19)?|coronavirus|sars-cov-2")


PLACE_OWNS_KIND = re.compile(
    r"(?P<place>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})['’]s\s+(?:new|first|own|proposed)?\s*"
    r"(?P<kind>(?:[A-Z][\w-]*\s+){0,3}(?:System|Partnership|Alliance|Network|Federation|Collaborative|Vanguard|PCN|ICS|ICP))\b"
)
DOCUMENT_AFTER_NAME = re.compile(
    r"(?<=[a-z])\s+(?:Strategy|Plan|Review|Report|Annual\s+Report|Business\s+Plan|Update|Evaluation)(?:\s+\d{4}(?:\s*[-–/]\s*\d{2,4})?)?$"
)
# A page about one body by its own name: 'About Gosforth and Jesmond Health' (not 'About us').
ABOUT_TITLE = re.compile(
    r"^\s*About\s+(?:the\s+)?(?P<name>(?!us\b|our\b)[A-Z][\w'’&-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w'’&-]*){0,6})\s*$"
)
QUESTION = re.compile(r"^(?:what|who|where)\s+(?:is|are)\s+", re.I)
RATING_AFTER = re.compile(r"(?<=[a-z])\s+(?:Requires\s+improvement|Inadequate|Outstanding|Good)$")
MERGER_HEAD = re.compile(
    r"^(?:(?:Proposed|Planned|Possible)\s+)?(?:Merger|Amalgamation)\s+(?:between|of)\s+(?:the\s+)?(?P<name>[A-Z][^–—:]*?\s+(?:and|&)\s+[A-Z][^–—:]*?)\s*$"
)
# 'Proposed Merger with Hill Medical Centre', over a practice's own page: the practice it merges with.
MERGER_WITH_HEAD = re.compile(
    r"^(?:(?:Proposed|Planned|Possible)\s+)?(?:Merger|Amalgamation)\s+with\s+(?:the\s+)?(?P<name>[A-Z][^–—:]*?)\s*$"
)
MERGER_TITLE = re.compile(
    r"\s[–—-]\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:&|and|[A-Z][\w'’-]*))*?\s+(?:&|and)\s+[A-Z][^–—]*?)\s+(?i:(?:proposed\s+)?merger)\s*$"
)
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
# (a day of the week is a date's as a month is: '(Monday 1 July)')
MONTHS |= {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
GENERIC_SUBJECT = re.compile(
    r"^(?:an?|the)\s+(?P<noun>alliance|partnership|network|federation|collaborative|vanguard|locality|neighbourhood)\b", re.I
)


def is_date(name: str) -> bool:
    """Whether a name is only a date ('November 2019'), which a list may trail, or dates ('5th
    Feb 2019 9th May 2019', a table of meetings).

    >>> is_date("November 2019"), is_date("5th Feb 2019 9th May 2019 26th Sept"), is_date("Hill 2019")
    (True, True, False)
    """
    tokens = re.sub(r"^(?:in|on|from|by|since)\s+", "", name.strip(), flags=re.I).split()
    return bool(tokens) and all(t.lower().strip(".,") in DATE_WORDS or DAY_OR_YEAR.fullmatch(t.strip(".,")) for t in tokens)


# The words of a date: the months and days, and the months' short forms ('Feb', 'Sept').
DATE_WORDS = MONTHS | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# A day of the month or a year, as a figure or an ordinal ('2019', '5th', '21st').
DAY_OR_YEAR = re.compile(r"\d+(?:st|nd|rd|th)?")


FUNDING_FROM = re.compile(r"(?i)\b(?:funding|grants?|money|support|investment)\s+(?:and\s+\w+\s+)?from\s+(?:the\s+)?$")


def is_known_commissioner(name: str) -> bool:
    """Whether a name is a commissioner's (a CCG, an ICB, a PCT) that the reference data knows."""
    return bool(COMMISSIONER.search(name)) and is_known_name(name)


# A newspaper's opening word in capitals ('DOCTORS today defended …', 'FAMILIES in Riverton fear …'):
# a plural or a verb in -ing ('PUTTING patients first …'), with a vowel early: not an abbreviation
# ('GPWFED started as …', 'RIVFED …').
# (a name's head in lower case after it keeps it a name: 'NORTHLANDS surgery has …')
BEFORE_LOWER_CASE = r"(?=\s+[a-z])(?!\s+(?:surgery|surgeries|practice|medical|health|group)\b)"
NEWSPAPER_OPENING = re.compile(rf"^(?P<lead>\W*)(?P<word>[A-Z](?=[A-Z]{{0,2}}[AEIOUY])[A-Z'’-]{{2,}}(?:S|ING)){BEFORE_LOWER_CASE}")
# Any word in capitals opening the sentence, with a vowel early ('MAJOR concerns have been
# raised', 'CONSTRUCTION of Hill Health Centre has begun'): the paper's opening word where the
# page never writes it in capitals again, as it would an abbreviation it is about.
# (a vowel may open it: 'ANGRY doctors …')
OPENING_IN_CAPITALS = re.compile(rf"^(?P<lead>\W*)(?P<word>(?=[A-Z]{{0,3}}[AEIOUY])[A-Z][A-Z'’-]{{3,}}){BEFORE_LOWER_CASE}")


def capitals_in(found: list[Block], title: str) -> frozenset[str]:
    """The words a page writes in capitals, as an abbreviation is, but for the opening word in
    capitals of a paragraph that repeats its title (a newspaper's style, its story's opening
    printed twice: 'ANGRY doctors in Riverton …').

    >>> found = blocks([Line(1, "ANGRY doctors met the CCG."), Line(2, ""), Line(3, "RIVFED now runs it.")])
    >>> sorted(capitals_in(found, "ANGRY doctors met the CCG today"))
    ['CCG', 'RIVFED']
    """
    opening = " ".join(title.split()[:3])
    return frozenset(
        word
        for block in found
        for text in [OPENING_IN_CAPITALS.sub("", block.text, count=1) if " ".join(block.text.split()[:3]) == opening else block.text]
        for word in re.findall(r"\b[A-Z][A-Z'’-]+\b", text)
    )


def newspaper_opening_in_title_case(sentence: str, capitals_elsewhere: frozenset[str] | None = None) -> str:
    """A sentence with a newspaper's opening word in capitals written as any other word is;
    given the words the rest of the page writes in capitals, any opening word it does not.

    >>> newspaper_opening_in_title_case("FAMILIES in Riverton fear …"), newspaper_opening_in_title_case("GPWFED started as …")
    ('Families in Riverton fear …', 'GPWFED started as …')
    >>> newspaper_opening_in_title_case("RIVFED started as …")
    'RIVFED started as …'
    >>> newspaper_opening_in_title_case("MAJOR concerns …", frozenset()), newspaper_opening_in_title_case("RIVFED said …", frozenset({"RIVFED"}))
    ('Major concerns …', 'RIVFED said …')
    """
    opening = NEWSPAPER_OPENING.match(sentence)
    if opening is None and capitals_elsewhere is not None:
        opening = OPENING_IN_CAPITALS.match(sentence)
        opening = opening if opening and opening.group("word") not in capitals_elsewhere else None
    if opening is None:
        return sentence
    return opening.group("lead") + opening.group("word").capitalize() + sentence[opening.end() :]


PERSON_ROLE_BEFORE = re.compile(
    r"(?i)\b(?:chief\s+executive|director|chair(?:man|woman)?|manager|officer|lead|councillor|cllr|reporter|dr|mr|mrs|ms|prof|professor|by)\.?\s+$"
)
PERSON_ROLE_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Director|Chair(?:man|woman)?|Manager|Officer|Lead|Executive|Councillor|Reporter|Partner|GP)\b"
)


def first_proper_name(sentence: str, capitals_elsewhere: frozenset[str] | None = None) -> str | None:
    """The first run of capitalised words in a sentence that is neither a date nor a national
    body: what a title written as a sentence is about ('In March 2015 the Fylde Coast was …').
    `capitals_elsewhere`, the words the rest of the page writes in capitals, tells a newspaper's
    opening word from an abbreviation (see `newspaper_opening_in_title_case`).

    >>> first_proper_name("Start of a new health and care era for Bury people")
    'Bury'
    >>> first_proper_name("GPWFED started as an informal group of practices in Wirral")
    'GPWFED'
    >>> first_proper_name("Four Riverton practices set to merge into super surgery")
    'Riverton'
    >>> first_proper_name("Practices bid for controlling stake in provider lined-up for £5bn contract") is None
    True
    >>> first_proper_name("Almost 1,500 people in the borough have benefitted"), first_proper_name("Wigan leads the way")
    (None, 'Wigan')
    >>> first_proper_name("Four trusts have partnered with GPs to sign the first contract with NHS Dudley CCG") is None
    True
    >>> first_proper_name("A TIME capsule was buried at the opening of Hill Health Centre") is None
    True
    >>> first_proper_name("Gloucestershire starts the year with new funding and support from The Dale Fund and The Vale Trust.")
    'Gloucestershire'
    >>> first_proper_name("DOCTORS today defended plans to move two Riverton surgeries"), first_proper_name("HILLSIDE surgery is to close")
    ('Riverton', 'HILLSIDE')
    >>> first_proper_name("Over two years the Hill group will grow, its chief executive Jo Bloggs explained.")
    'Hill'
    >>> first_proper_name("The Vale of Riverton’s services will be brought together")
    'Vale of Riverton'
    >>> first_proper_name("‘Controversial’ £37m plan to move seven GP practices approved") is None
    True
    >>> first_proper_name("Your views about temporary changes at your GP practice during COVID-19") is None
    True
    >>> first_proper_name("One Health Riverton is working with the networks"), first_proper_name("Twenty GP practices in Riverton have launched it")
    ('One Health Riverton', 'Riverton')
    >>> first_proper_name("Making Covid-19 vaccinations mobile to reach our community") is None, first_proper_name("Barking and Dagenham has been selected")
    (True, 'Barking and Dagenham')
    """
    sentence = newspaper_opening_in_title_case(sentence, capitals_elsewhere)
    found = []
    for match in PHRASE.finditer(sentence):
        # (a count opening the title is no part of a name: 'Five GP practices set to combine')
        # (a small word inside the name is part of it: 'The Isle of Wight’s …')
        # (a brand's 'One' is: 'One Health Lewisham is working with …')
        # (nor is a number before a singular head: 'Three Swans Surgery merged with …')
        split = match.group(0).split()
        brand = brand_one(split) or numbered_name(split)
        tokens = [
            t
            for i, t in enumerate(split)
            if (t.lower().strip("'") not in LEADING_WORDS or (i and t.islower()) or (brand and not i))
            and t.lower() not in MONTHS
            and (not re.fullmatch(NUMBER_WORDS, t.lower()) or (brand and not i))
        ]
        # (nor an adjective made of a place: 'AN Oxfordshire-based hospice')
        tokens = [t for t in tokens if not re.fullmatch(r"[A-Z][\w'’]*-(?:based|wide|led|run|funded)", t)]
        # (nor a verb in -ing opening the sentence: 'Making Covid-19 vaccinations mobile …')
        if (
            tokens
            and tokens[0] == split[0]
            and tokens[0].endswith("ing")
            and not sentence[: match.start()].strip(" ‘'\"“")
            and not (is_place_only(tokens[0]) or is_town(tokens[0]))
        ):
            tokens = tokens[1:]
        name = " ".join(t for t in tokens if not t.isdigit())
        # the one that reports is the source, not the subject ('HSJ has collated …'); the
        # country or a region ('… funding in the UK') is where, not what
        if (
            name
            and not NATIONAL_BODIES.match(name)
            # (nor a commissioner, trust or council the reference data knows, a partner of what the
            # page is about: 'Four trusts have partnered with GPs to sign the first contract with
            # NHS Riverton CCG')
            and not is_known_name(name)
            # (nor a brand's local body: 'Age UK'; though a programme it names may be the site)
            and not (BRANDS.match(name) and not has_partnership_word(name) and not name.endswith("Programme"))
            and not NATIONAL_CHARITY.fullmatch(name)
            # (nor one that says it is a commissioner by its name: 'an update from BLMK Clinical
            # Commissioning Group in respect of …')
            and not COMMISSIONER_NAME.search(name)
            # (nor a place's NHS, its commissioners and trusts together: 'Lincolnshire NHS leaders
            # have confirmed …')
            and not (name.endswith(" NHS") and is_place_only(name[:-4]))
            # (nor the abbreviation in brackets of the name or words before it: '… Group (BCCG) has
            # launched', 'clinical commissioning groups (CCG's) across the country')
            and not (name.isupper() and re.search(r"[A-Z][\w'’-]*\s*\(\s*$", sentence[: match.start()]))
            and not (re.fullmatch(r"[A-Z]{2,}['’]?s", name) and re.search(r"\(\s*$", sentence[: match.start()]))
            and not is_generic(name)
            # (nor a kind in the plural: 'replaced by new NHS organisations known as Integrated Care Boards')
            and not (name.endswith("s") and is_generic(name[:-1]))
            # (nor a funder: '… thanks to new funding and support from The King’s Fund')
            and not FUNDING_FROM.search(sentence, 0, match.start())
            # (nor a day's ordinal: 'On Friday 1st July …')
            and not re.fullmatch(r"\d+(?:st|nd|rd|th)", name)
            and name.lower() not in REGIONS
            and not REPORTS_AFTER.match(sentence[match.end() :])
            # (nor a sum of money: '… lined up for £5bn contract', 'Over £15.7m worth of funding')
            and not re.search(r"[£$€][\d.,]*$", sentence[: match.start()])
            # (nor a person, given their role before or after: 'its chief executive Jo Bloggs said',
            # 'a report from Jo Bloggs, Interim Director of …')
            and not PERSON_ROLE_BEFORE.search(sentence[: match.start()])
            and not PERSON_ROLE_AFTER.match(sentence[match.end() :])
            # (nor a person's role: 'Interim Director of Commissioning')
            and not ROLE_WORDS.search(name)
            # (nor the pandemic: '… at your GP practice during COVID-19')
            and not PANDEMIC.fullmatch(name)
        ):
            found.append((match.start(), name))
    # a newspaper's opening words in capitals ('A TIME capsule has been buried', 'A PROPOSAL to
    # merge …') name nothing: the title is a sentence about no one body
    if found and found[0][1].isupper() and re.match(rf"\W*(?:A|An|The)\s+{re.escape(found[0][1])}\s+[a-z]", sentence):
        return None
    # one word that only opens the sentence ('Start of a new … era for Bury people') is its
    # capital, not a name, when a name follows
    first = found[0][1] if found else ""
    # (a word a headline quotes opens it all the same: '‘Controversial’ £37m plan to …')
    if re.fullmatch(r"[A-Z][a-z]+", first) and not sentence[: found[0][0]].strip(" -–:0123456789date‘'\"“"):
        # (or, alone, when it is no place: 'Almost 1,500 people in the borough have …')
        opens = re.match(rf"[\s\-–:0-9‘'\"“]*{re.escape(first)}\b", sentence) is not None
        if len(found) > 1 or (opens and not (is_place_only(first) or is_town(first))):
            found.pop(0)
    return found[0][1] if found else None


# A kind of place or partnership a title gives in lower case ('£12million health and community
# centre opens').
KIND_IN_LOWER_CASE = re.compile(
    r"(?<![\w'’-])(?P<phrase>(?:[a-z]+\s+(?:and\s+)?){1,3}(?:centre|hub|alliance|partnership|network|federation|collaborative|vanguard))\b"
)


def named_subject(title: str, body: str) -> str | None:
    """When a title's subject is a common noun ('An alliance created …'), the name the text
    gives that noun ('The One Croydon alliance'); so too a kind the title gives in lower case
    that the text names in capitals ('health and community centre opens' over 'Hill Health and
    Community Centre').

    >>> named_subject("£12million health and community centre opens", "Jo Bloggs said the Hill Health and Community Centre is open.")
    'Hill Health and Community Centre'
    """
    subject = GENERIC_SUBJECT.match(title)
    if not subject:
        return abbreviated_subject(title, body) or capitalised_kind(title, body)
    named = re.search(rf"((?:[A-Z][\w'’&-]*\s+){{1,5}})(?i:{subject.group('noun')})\b", body)
    if not named:
        return None
    name = re.sub(r"^(?:The|A|An)\s+", "", named.group(0).strip())
    return name if name.split()[0][:1].isupper() else None


NEW_KIND_IN_PLACE = re.compile(
    r"^\W*(?:An?|The)\s+(?:(?:brand|new|state|of|the|art|[£\d.,]+\s*(?:m|million)|-)\s*)*?new\s+"
    r"(?P<kind>(?:[a-z]+\s+(?:and\s+)?){0,3}(?:centre|hub))\b[^.]*?\b(?:opened|opens|open)\s+(?:[a-z]+\s+)?in\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


# A new practice or building a title names by its kind in lower case and the town it is for:
# 'new Weston-super-Mare GP practice', 'Brackley’s long-awaited new medical centre', 'a new £5m GP
# surgery near Gloucester'.
NEW_BUILDING_KIND = (
    r"(?:(?:GP|medical|health|healthcare|primary\s+care|community|wellbeing)\s+)?(?:centre|surgery|practice|hub|super-practice)"
)
TOWN_NAME = r"[A-Z][a-z][\w'’]*(?:-[\w'’]+)*(?:\s+[A-Z][a-z][\w'’]*(?:-[\w'’]+)*){0,2}"
NEW_BUILDING_FOR_TOWN = (
    re.compile(rf"\bnew\s+(?P<place>{TOWN_NAME})\s+(?P<kind>{NEW_BUILDING_KIND})\b"),
    re.compile(rf"(?P<place>{TOWN_NAME})['’]s?\s+(?:[a-z-]+\s+){{0,2}}?new\s+(?P<kind>{NEW_BUILDING_KIND})\b"),
    re.compile(
        rf"\bnew\s+(?:£[\d.,]+\s*(?:m|million|bn)?\s+)?(?P<kind>{NEW_BUILDING_KIND})\s+(?:in|for|near|at)\s+(?P<place>{TOWN_NAME})\b"
    ),
)


def new_opened_in_place(title: str) -> str | None:
    """The name a title gives a new building by its kind and the place it opened in, when it
    gives it none of its own.

    >>> new_opened_in_place("A brand new health centre which aims to serve the community has opened in Little Hulton in Salford.")
    'Little Hulton health centre'
    >>> new_opened_in_place("A NEW health hub in Riverton celebrated its opening") is None
    True
    """
    found = NEW_KIND_IN_PLACE.match(newspaper_opening_in_title_case(title))
    # (a place, not a body: 'opened in Riverton Hospital' says where, and no name)
    return f"{found.group('place')} {found.group('kind')}" if found and head_word(found.group("place")) not in HEAD_WORDS else None


def new_building_for_town(title: str) -> str | None:
    """The name a title gives a new practice or building by its kind in lower case and the town
    it is for, when it gives it none of its own.

    >>> new_building_for_town("Plans moving forward for new Weston-super-Mare GP practice")
    'Weston-super-Mare GP practice'
    >>> new_building_for_town("Work is to begin next week on Brackley’s long-awaited new medical centre.")
    'Brackley medical centre'
    >>> new_building_for_town("Plans for a new £5m GP surgery near Gloucester were backed")
    'Gloucester GP surgery'
    >>> new_building_for_town("Patients move to the new Hill Surgery") is None
    True
    """
    title = newspaper_opening_in_title_case(title)
    # (only a town the reference data knows: a name in capitals may be a body's own)
    for pattern in NEW_BUILDING_FOR_TOWN:
        for found in pattern.finditer(title):
            place = re.sub(r"^(?:The|A|An|Our)\s+", "", found.group("place"))
            if is_town(place) or is_place_only(place):
                return f"{place} {found.group('kind')}"
    return None


def capitalised_kind(title: str, body: str) -> str | None:
    """The one name the text gives, in capitals, the kind a title gives in lower case."""
    for kind in KIND_IN_LOWER_CASE.finditer(title):
        words_ = kind.group("phrase").split()
        # (each word capitalised but the small ones: 'Health and Community Centre')
        capitalised = r"\s+".join(re.escape(w) if w == "and" else re.escape(w.capitalize()) for w in words_)
        # (named by a word of its own, not only 'The Local Vaccination Centre')
        found = {
            re.sub(r"^(?:The|A|An)\s+", "", m.group(0))
            for m in re.finditer(rf"(?P<own>(?:[A-Z][\w'’&-]*\s+){{1,4}}){capitalised}\b", body)
            if distinctive_words(m.group("own"))
        }
        if len(found) == 1:
            return found.pop()
    return None


GENERIC_ABBREVIATED = re.compile(r"(?P<phrase>[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){1,4})[^\S\n]+\((?P<abbreviation>[A-Z]{2,6})\)")


def abbreviated_subject(title: str, body: str) -> str | None:
    """When a title names a kind of body that the text abbreviates ('Integrated Care System
    Board' over '… Integrated Care System (ICS) …'), the one body of that kind the text names
    by place ('Lancashire and South Cumbria ICS').

    >>> abbreviated_subject("Integrated Care System Board", "The Integrated Care System (ICS) Board leads the Riverton and Hill ICS strategy.")
    'Riverton and Hill ICS'
    """
    for defined in GENERIC_ABBREVIATED.finditer(body):
        phrase, abbreviation = re.sub(r"^(?:The|A|An)\s+", "", defined.group("phrase")), defined.group("abbreviation")
        if initials(phrase) != abbreviation or phrase.lower() not in title.lower():
            continue
        found = {
            m.group("name").strip()
            for m in re.finditer(
                rf"(?P<name>(?:[A-Z][\w'’&-]*[^\S\n]+(?:(?:and|of|&)[^\S\n]+)?){{1,5}})(?:{abbreviation}|{re.escape(phrase)})\b", body
            )
            if not is_generic(m.group("name")) and not re.match(r"(?:The|A|An)\s", m.group("name"))
        }
        if len(found) == 1:
            return f"{found.pop()} {abbreviation}"
    return None


# The last word of a profile line's label: what kind of organisation the profile is of.
PROFILE_MODELS = {*SITE_HEADS, "model", "practice", "super-practice", "organisation", "provider", "trust", "ccg", "council", "charity"}


def profile_headings(lines: list[Line]) -> list[tuple[Line, str]]:
    """Lines that open a profile of a named organisation ('Federation: Suffolk GP Federation')."""
    found = []
    for line in lines:
        match = PROFILE.match(line.text)
        if not match or len(line.text) > 100:
            continue
        name = match.group("name").split(",")[0].strip()
        # the label is a kind of organisation ('Super-partnership', 'Multi-practice model'), not a
        # place or a topic ('Wigan: Integrating Health and Social Care', 'Meet the vanguards: …')
        if re.split(r"[\s-]+", match.group("model").lower())[-1] not in PROFILE_MODELS:
            continue
        # (a place of learning is a grant's or a study's lead, no partnership: 'Lead Research
        # Organisation: Riverton University')
        if (prose_names(name) or words(name)[-1].lower() in SITE_HEADS) and not PLACE_OF_LEARNING.search(name):
            found.append((line, name))
    return found


# (kept: a long document matches every site's name against every mention and heading)
@functools.lru_cache(maxsize=8192)
def distinctive_words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in words(name) if not is_generic(w) and w.lower() not in LEADING_WORDS and not w.isdigit())


def is_heading(lines: list[Line], index: int) -> bool:
    """A short title-like line standing on its own between paragraphs."""
    text = lines[index].text.strip()
    if not text or len(text.split()) > 6 or not text[0].isupper() or ends_sentence(text) or text.endswith((",", ":")):
        return False
    # a line ending in a word that needs more ('… organisation in') was wrapped: it goes on
    # on the next line
    if text.split()[-1].lower() in {"in", "of", "for", "and", "the", "to", "with", "a", "an", "at", "on", "by", "&"}:
        return False
    # and so was a title whose last word stands alone on the very next line (a PDF's wide
    # heading: 'Age UK South Gloucestershire Integrated Care' / 'Service')
    next_line = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    if len(text.split()) >= 4 and re.fullmatch(r"[A-Z][a-z]+", next_line):
        return False
    previous = next((l.text.strip() for l in reversed(lines[:index]) if l.text.strip()), "")
    following = next((l.text.strip() for l in lines[index + 1 :] if l.text.strip()), "")
    return (not previous or ends_sentence(previous) or previous.endswith(":")) and not following[:1].islower()


@dataclass
class Piece:
    """Text of one site's section (or of none): a paragraph, with the part before `start`
    (a list item's own name) left out, and whether it is a table row."""

    site: Site | None
    paragraph: Paragraph
    start: int = 0
    row: bool = False
    listed: bool = False
    practices: bool = False
    # (start, end) of names the layout sets apart, read as names whatever they end in
    names: list[tuple[int, int]] = field(default_factory=list)
    # (start, end, site) of stretches that name an unnamed partnership and its members
    within: list[tuple[int, int, Site]] = field(default_factory=list)


def after(paragraph: Paragraph, start: int) -> Paragraph:
    """The paragraph with its first `start` characters blanked (offsets and lines kept)."""
    return Paragraph(" " * start + paragraph.text[start:], paragraph.starts, paragraph.line_nos)


def row_label(block: Block) -> str | None:
    """The network a flattened table row begins with, when the rest of the row is a list of
    names ('Wisbech PCN North Brink Practice, Parson Drove Surgery and Trinity Surgery').

    >>> from pchgraph.readers.document import Line
    >>> from pchgraph.readers.structure import make_block
    >>> row_label(make_block("paragraph", [Line(3, "Hill PCN Mill Surgery, Dale Surgery and Vale Surgery")]))
    'Hill PCN'
    >>> row_label(make_block("paragraph", [Line(3, "Hill PCN Clinical Director Jo Bloggs said so.")])) is None
    True
    """
    label = ROW_LABEL.match(block.text)
    if block.kind not in ("paragraph", "row", "heading") or not label or len(block.lines) > 2:
        return None
    rest = block.text[label.end() :]
    first = re.split(r",|\s+and\s+", rest, maxsplit=1)[0]
    listed = "," in rest and not VERB.search(rest) and not ROLE_WORDS.search(first)
    return label.group("site").strip() if listed and is_name(first) else None


def structured_sites(document: Document, found: list[Block], profiles: list[tuple[Line, str]]) -> tuple[dict[int, Site], set[int]]:
    """The sites the layout shows, by the index of the block that opens each, and the indexes
    of the openings whose section runs on through plain headings (a profile line, a heading
    that names a partnership) rather than ending at the next heading (a heading that only
    repeats a site named elsewhere)."""
    sites: dict[str, Site] = {}
    opened: dict[int, Site] = {}
    sticky: set[int] = set()

    def site_named(name: str, line: int) -> Site:
        # (a table's columns set apart by runs of spaces are one space apart in its name, as a
        # web page or a PDF shows them)
        name = " ".join(unglossed(bare_name(name)).split())
        # (a page's label for what the item is, before a heading's name: 'Archived: Hill Group';
        # and a heading 'About X' over X's own text)
        name = ABOUT_TITLE.sub(r"\g<name>", SECTION_LABEL.sub("", name) or name)
        # a heading that is a phrase about one partnership ('Taking a closer look at Riverton
        # Integrated Care Partnership') is named by it
        inner = [n for _, _, n in prose_names(name) if STRONG_SITE_HEAD.search(n) or has_partnership_word(n)]
        if len(inner) == 1 and len(inner[0]) < len(name) and not name.startswith(inner[0]) and name[:1].isupper():
            name = inner[0]
        return sites.setdefault(slug(name), Site(name=name, source_file=document.name, line=line, document_kind="case study"))

    for run in site_lists(found):
        for i in run:
            opened[i] = site_named(item_head(found[i].text)[0], found[i].first)
    # people listed as the partnerships' representatives stand for them, one each
    for i, name in represented_sites(found).items():
        opened[i] = site_named(name, found[i].first)
    for i, block in enumerate(found):
        label = row_label(block)
        if label:
            opened[i] = site_named(label, block.first)
    for line, name in profiles:
        index = next((i for i, block in enumerate(found) if block.first == line.no), None)
        if index is not None:
            opened[index] = site_named(name, line.no)
            sticky.add(index)
    labels = {field_label(found, i) for i, block in enumerate(found) if block.kind == "heading" and is_site_heading(block)} - {None}
    for i, block in enumerate(found):
        if block.kind != "heading" or i in opened:
            continue
        # A heading followed by the same field as a site's heading ('Patient population: …')
        # heads a sibling profile, whatever its name ends in.
        if is_site_heading(block) or (field_label(found, i) in labels and is_name(block.text)):
            opened[i] = site_named(block.text, block.first)
            sticky.add(i)
            continue
        tokens = distinctive_words(bare_name(block.text))
        # a heading repeats a site when one's distinctive words hold all the other's (not a
        # page title sharing one word with a listed site: 'Care homes vanguards', 'Sutton Homes')
        owns = {id(site): distinctive_words(site.name) for site in sites.values()}
        known = [site for site in sites.values() if tokens and owns[id(site)] and (tokens <= owns[id(site)] or owns[id(site)] <= tokens)]
        if len(known) == 1:
            opened[i] = known[0]
            # A numbered heading ('1. The Breckland Alliance') has numbered siblings: the
            # un-numbered headings below it ('Overview') are its own subsections.
            if block.marker and block.marker[0].isdigit():
                sticky.add(i)
        elif place_section(found, i):
            opened[i] = site_named(block.text, block.first)
    return opened, sticky


def place_section(found: list[Block], index: int) -> bool:
    """Whether a heading that is only a place ('Bolton') opens the story of that place's
    partnership, as in a round-up of places: the text under it is about the place as an actor
    ('In Bolton, a focus on …', 'Wigan's partnership', 'Bolton has worked …'), not a topic.

    >>> found = blocks([Line(1, "Bolton"), Line(2, ""), Line(3, "In Bolton, the partners agreed a plan.")], frozenset({1}))
    >>> place_section(found, 0)
    True
    """
    heading = found[index]
    if heading.kind != "heading" or index + 1 >= len(found) or found[index + 1].kind == "heading":
        return False
    place = bare_name(heading.text)
    if not is_council_place(place):
        return False
    text = found[index + 1].text
    named = re.escape(place)
    return bool(re.match(rf"(?:In|Across|For)\s+{named}\b", text) or re.search(rf"\b{named}(?:['’]s\s|\s+(?:has|is|was|have)\b)", text))


def sections(document: Document) -> tuple[list[Piece], list[Site]]:
    """The document cut into pieces, each belonging to one site or to none, and its sites.

    A list item that names a site holds that site's text after the name; a heading that names
    one opens a section running to the next site; a paragraph that begins with a site's own
    name belongs to it. With no site in the layout, the title names the one site and the whole
    text is its section.
    """
    profiles = profile_headings(document.lines)
    headings = {line.no for line, _ in profiles} | {line.no for i, line in enumerate(document.lines) if is_heading(document.lines, i)}
    # a breadcrumb stands on its own line, whatever runs on before and after it, unless a printed
    # page wrapped it (its rest on the next line, opening in lower case: '… our' / 'health: …')
    lines = document.lines
    headings |= {
        line.no
        for i, line in enumerate(lines)
        if BREADCRUMB.match(line.text) and not (i + 1 < len(lines) and lines[i + 1].text[:1].islower())
    }
    found = blocks(document.lines, frozenset(headings))
    if not found:
        return [], []
    pieces, sites = layout_sections(document, found, profiles)
    listed = member_items(found)
    members = {id(found[i].paragraph) for i in listed}
    practices = {id(found[i].paragraph) for i in listed if PRACTICES_COLON.search(lead_in(found, first_item(found, i)))}
    # sites listed under a lead-in that says practices make them up ('these practices moved to
    # six hubs. These now are:'): the bare names in their brackets are practices
    practices |= {id(found[i].paragraph) for run in site_lists(found) for i in run if PRACTICES_WORD.search(lead_in(found, run[0]))}
    for piece in pieces:
        piece.listed = id(piece.paragraph) in members
        piece.practices = id(piece.paragraph) in practices
    whole = "\n".join(block.paragraph.text for block in found)
    for site in sites:
        site.name = placed_kind(site.name, whole) or site.name
        # a heading that announces a merger names the practice of both ('Proposed Merger
        # between A and B' is 'A and B')
        merger = MERGER_HEAD.match(site.name)
        site.name = merger_name(merger) if merger else site.name
        site.name = uncut_name(site.name, found)
    return pieces, sites


def uncut_name(name: str, found: list[Block]) -> str:
    """A site's name in full where its heading repeats the start of the line above it, cut short
    (a page's heading printed again in a narrower box: '3. Riverton Primary Care Collaborative',
    then '3. Riverton Primary Care').

    >>> found = blocks([Line(1, "3. Hill Primary Care Collaborative"), Line(2, ""), Line(3, "3. Hill Primary Care"), Line(4, ""),
    ...     Line(5, "Six practices joined.")])
    >>> uncut_name("Hill Primary Care", found), uncut_name("Dale Primary Care", found)
    ('Hill Primary Care Collaborative', 'Dale Primary Care')
    """
    for before, block in itertools.pairwise(found):
        longer = before.text.strip()
        if block.kind == "heading" and block.text.strip() == name and longer.startswith(name + " ") and len(longer.split()) <= 12:
            return longer
    return name


def placed_kind(name: str, text: str) -> str | None:
    """The name a site named only by its kind ('Integrated Care Partnership (ICP)') stands for:
    the first name in the text of that kind with its place ('the Mid and Riverton ICP'), in full.

    >>> placed_kind("Integrated Care Partnership (ICP) (Decision: 42)", "There are no Members on the Mid and South Riverton ICP.")
    'Mid and South Riverton Integrated Care Partnership'
    >>> placed_kind("GP FEDERATION", "Talks with the Riverton GP Federation – Riverton Health Ltd.")
    'Riverton GP Federation'
    >>> placed_kind("Riverton Alliance", "It joins the North Riverton Alliance.") is None
    True
    """
    bare = re.sub(r"\s*\(.*$", "", name).strip()
    if len(words(bare)) < 2 or not is_generic(bare):
        return None
    short = initials(bare)
    # (a heading in capitals, 'GP FEDERATION', is the kind the text writes 'GP Federation')
    placed = re.search(
        rf"(?P<place>[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){{0,4}})\s+(?P<kind>(?i:{re.escape(bare)})|{re.escape(short)})(?![\w'’-])",
        text,
    )
    if placed is None or is_generic(placed.group("place")) or placed.group("place").split()[0] in ("The", "A", "An"):
        return None
    # the kind as the text spells it, or in full for its abbreviation
    kind = bare if placed.group("kind") == short else placed.group("kind")
    return f"{placed.group('place')} {kind}"


# The end of a sentence that says the list below it is of members: '… partners including:'.
MEMBERS_COLON = re.compile(
    r"(?i)\b(?:includ(?:e|es|ing)|compris(?:e|es|ing)|consists?\s+of|made\s+up\s+of|brings\s+together|involv(?:e|es|ing)|members|partners)\b[^.!?]*:\s*$"
    # or says who they are ('The practices participating in Riverton PCN are:')
    r"|(?i:\b(?:practices|surgeries|organisations|bodies|agencies)\b[^.!?:]*\b(?:are|were)\s*:\s*$)"
    # or asks who they are ('Which organisations are involved?')
    r"|(?i:\b(?:which|what)\s+(?:organisations|bodies|partners|practices|agencies)\s+(?:are|were)\s+(?:involved|taking\s+part|members)"
    r"|\bwho\s+(?:is|are)\s+(?:involved|taking\s+part|the\s+partners|the\s+members))\s*\?\s*$"
)


def first_item(found: list[Block], index: int) -> int:
    """The index of the first item of the list an item is in."""
    while index > 0 and found[index - 1].kind == "item":
        index -= 1
    return index


def member_items(found: list[Block]) -> list[int]:
    """Indexes of list items under a sentence that says they are members or partners ('It brings
    together partners including:'), in lists that are not lists of sites."""
    sited = {i for run in site_lists(found) for i in run}
    result = []
    # (whether the list opening at an index is of members, decided once for all its items)
    of_members: dict[int, bool] = {}
    for i, block in enumerate(found):
        if block.kind != "item" or i in sited:
            continue
        first = first_item(found, i)
        if first not in of_members:
            lead = lead_in(found, first)
            of_members[first] = not THINGS_LISTED.search(lead) and bool(
                MEMBERS_COLON.search(lead) or FORMED_LEAD.search(lead) or mostly_bodies(found, first)
            )
        if of_members[first]:
            result.append(i)
    return result


def mostly_bodies(found: list[Block], first: int) -> bool:
    """Whether a list of five or more items is a list of bodies whatever its lead-in says: a
    third of its items or more end in a word only bodies' names end in ('… Trust', '… Housing
    Association', 'Bath Mind'), so the rest, set out alike, are bodies too ('Carewatch',
    'Kumari'). (Not a service's or a team's word: a list of services may name a hub or a team.)

    >>> from pchgraph.readers.document import Line
    >>> texts = ["Hill Trust", "Riverton Mind", "Carewatch", "Kumari", "Dale Housing Association"]
    >>> found = blocks([Line(1, "The list:"), Line(2, "")] + [Line(n, f"  • {t}") for n, t in enumerate(texts, start=3)])
    >>> mostly_bodies(found, 1)
    True
    """
    run = list(itertools.takewhile(lambda block: block.kind == "item", found[first:]))
    heads = [item_head(block.text)[0] for block in run]
    bodies = [head for head in heads if head_word(head) in BODY_ONLY_HEADS or BRANDS.match(head) or is_practice_name(head)]
    return len(run) >= 5 and len(bodies) >= len(run) / 3


# The last words only a body's name ends in.
BODY_ONLY_HEADS = {
    *("trust", "council", "association", "society", "charity", "foundation", "federation", "confederation", "alliance"),
    *("partnership", "ltd", "limited", "cic", "plc", "llp", "hospice", "mind", "university", "college", "healthcare"),
    *("ccg", "icb", "pcn", "police", "constabulary"),
}


# A list of things, not bodies: 'a range of benefits including:', 'services such as:'.
THINGS_LISTED = re.compile(
    # (a body's 'Service portfolio Includes:' lists what it offers: 'Urology', 'Cardiology')
    r"(?i)\b(?:benefits|advantages|services?|specialt(?:ies|y)|specialities|clinics|changes|improvements|outcomes|priorities|aims|objectives|roles|issues|topics|"
    r"activities|initiatives|projects|questions|things|areas\s+of\s+work|illnesses|injuries|conditions|symptoms|problems|treatments|"
    # (or what a piece of work takes in: 'with the latter focus including, potentially:')
    r"focus|scope|options|elements|components|functions)"
    r"\s+(?:\w+\s+)?(?:includ|such\s+as)"
)


def listed_names(paragraph: Paragraph, found: list[Mention], practices: bool = False) -> list[Mention]:
    """The name at the head of a member list's item ('Riverlink – voluntary sector'), which the
    layout sets apart as a name whether or not it ends in an organisational word; not a group
    of people ('Clinical Directors') nor a name already read.

    >>> from pchgraph.readers.document import Line, joined_paragraph
    >>> [m.name for m in listed_names(joined_paragraph([Line(4, "  • Riverlink – voluntary sector")]), [])]
    ['Riverlink']
    >>> listed_names(joined_paragraph([Line(4, "  • Practice Clinical Directors")]), [])
    []
    """
    text = paragraph.text
    marker = MARKER.match(text)
    start = marker.end() if marker else len(text) - len(text.lstrip())
    head, rest = item_head(text[start:])
    # (the town after a comma is where the member is: 'Dove House, Hull')
    placed, place = without_place(head)
    head = placed if place and head.startswith(placed) else head
    at = text.find(head, start)
    # under a sentence that says the members are practices, a practice may be named by its
    # doctors ('Dr Uppal & Partner') or in common words printed as a name ('The New Surgery')
    by_doctors = practices and bool(DOCTORS_PRACTICE.fullmatch(bare_name(head)))
    # 'A Voluntary Sector representative', 'An executive lead': a seat, not a body
    if (
        not head
        or at < 0
        or not is_item_name(head)
        or (PERSON.match(head) and not by_doctors)
        or ROLE_WORDS.search(re.sub(r"s\b", "", head))
        # (a person, then the dash before their body: 'Jo Bloggs – Riverton Council')
        or (ROSTER_LINE.match(text, start) and not holds_head_word(head))
    ):
        return []
    if re.match(r"(?:A|An)\s", head):
        return []
    # an action opening an option or a step ('Ending the Riverton integrated model from March',
    # 'Working with the CCG')
    if re.match(
        r"[A-Z][a-z]+ing\s+(?:(?:with|for|on|in|at|to|across|alongside)\s+)?(?:the|both|a|an|our|their|its|all|this|these)\s", head
    ):
        return []
    # a phrase in sentence case ('Abdominal pain', 'Suspected broken limbs') is no name
    tokens = head.split()
    if len(tokens) >= 2 and all(t.islower() for t in tokens[1:]) and head_word(head) not in HEAD_WORDS:
        return []
    name = re.sub(r"^the\s+", "", bare_name(head), flags=re.I)
    printed_as_name = practices and all(w[:1].isupper() for w in bare_name(head).split())
    if printed_as_name and is_generic(name):
        name = bare_name(head)
    elif not words(name) or is_generic(name) or NATIONAL_BODIES.match(name) or (re.search(r"(?i)\b(?:and|&)\b", name) and not by_doctors):
        return []
    overlapping = [
        m
        for m in found
        if m.text and text.find(m.text) >= 0 and text.find(m.text) < at + len(head) and at < text.find(m.text) + len(m.text)
    ]
    # a name read inside the item's head is part of it ('Shepherd's Bush Medical Centre', whose
    # possessive the prose took for a place's): the head is the name
    inside = [
        m
        for m in overlapping
        if m.kind in (ORGANISATION, PRACTICE, MENTIONED)
        and at <= text.find(m.text)
        and m.text != head
        # (its tail: a head with a comma is a name and where it is, 'X Centre, Y Building')
        and text.find(m.text) + len(m.text) == at + len(head)
        and "," not in head
    ]
    if overlapping and (len(inside) < len(overlapping) or not practices or len(words(name)) <= len(words(inside[0].name))):
        return []
    for mention in inside:
        found.remove(mention)
    # under a sentence that says the members are practices, a bare name ('Kingsway') is one
    kind = PRACTICE if is_practice_name(name) or (practices and not NOT_PRACTICE.search(name)) else ORGANISATION
    # the item's short gloss says what the member is ('– GP Federation', '– voluntary sector')
    note = rest.strip(" .;") if rest and len(rest.split()) <= 6 else None
    return [Mention(head, name, kind, paragraph.line_of(at), note=note or "named at the head of a member list's item")]


# A sentence that runs into a list of areas, each with its partnership in brackets: 'The six
# areas selected are: Riverton (Riverton Together); Hillside (Hill Trust and partners); …'.
AREAS_LEAD_IN = re.compile(
    r"(?i)\b(?:areas|sites|places|localities|systems|partnerships|vanguards|pilots|test\s+beds)\b[^.!?:;]*?"
    r"(?:\b(?:are|were|include|includes|is)\b\s*:?|:)\s+(?=[A-Z])"
)
# (an area may join two places: 'South Hill and Dale (SHAD)')
AREA_ITEM = re.compile(
    r"(?:^|(?<=[;,:]\s)|(?<=\band\s))(?P<area>[A-Z][\w'’-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’-]*){0,3})\s+\((?P<inner>[^()]{3,80})\)"
)
AND_PARTNERS = re.compile(r"(?i)\s+and\s+(?:its\s+|their\s+|local\s+)?partners\s*$")


def bracketed_areas(text: str) -> list[tuple[str, int, int, int, int]]:
    """(site name, start, end, inner start, inner end) of the items of a list of areas with
    their partnerships in brackets: the bracket names the partnership, or its lead body 'and
    partners', and then the area names the site.

    >>> text = "The three areas chosen are: Riverton (Riverton Together); Hillside (Hill Trust and partners); and Dale (Dale Alliance)."
    >>> [name for name, *_ in bracketed_areas(text)]
    ['Riverton Together', 'Hillside', 'Dale Alliance']
    >>> text = "The borough has 3 areas, they are: Riverton (RIV), South Hill and Dale (SHAD), and Vale (VALE+)."
    >>> [name for name, *_ in bracketed_areas(text)]
    ['Riverton', 'South Hill and Dale', 'Vale']
    """
    lead = AREAS_LEAD_IN.search(text)
    if not lead:
        return []
    end = SENTENCE_END.search(text, lead.end())
    stop = end.end() if end else len(text)
    items = [m for m in AREA_ITEM.finditer(text, lead.end(), stop)]
    if len(items) < 3:
        return []
    found = []
    for item in items:
        inner = item.group("inner")
        # (a bracket of one word in capitals is the area's own short form, no other body's name:
        # 'South Riverton and Hill (SRAH)')
        name = item.group("area") if AND_PARTNERS.search(inner) or re.fullmatch(r"\s*[A-Z]{2,8}\+?\s*", inner) else inner.strip()
        found.append((name, item.start(), item.end(), item.start("inner"), item.end("inner")))
    return found


# A sentence that lists the places chosen ('The areas selected are Hill, Dale and Vale.').
PLACES_CHOSEN = re.compile(
    r"\b(?i:areas|places|localities|sites)\s+(?:(?:selected|chosen|named|announced)\s+)?(?:are|were|include)\s*:?\s+(?=[A-Z])"
)
# A count of partnerships of a kind ('The 14 pioneers', 'the six vanguards').
COUNTED_KIND = re.compile(
    rf"\b(?P<count>{COUNT_PATTERN})\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?P<kind>pioneers|vanguards|pilots|partnerships|alliances|networks|hubs|systems|collaboratives|demonstrators|exemplars)\b",
    re.IGNORECASE,
)


def counted_areas(text: str, before: str) -> list[tuple[str, int, int, int, int]]:
    """(site name, start, end, start, end) of each place a sentence lists as chosen, when the
    text before it counts exactly that many partnerships of a kind: each place's partnership
    of that kind ('The 14 pioneers … The areas selected are Hill, Dale and Vale').

    >>> text = "The three pioneers were chosen from 111 bids. The areas selected are Riverton, Hill and Dale, and Vale."
    >>> [name for name, *_ in counted_areas(text, "")]
    ['Riverton pioneer', 'Hill and Dale pioneer', 'Vale pioneer']
    >>> counted_areas("The areas selected are Riverton, Hill and Vale.", "Two pioneers were chosen.")
    []
    """
    lead = PLACES_CHOSEN.search(text)
    if not lead:
        return []
    counted = list(COUNTED_KIND.finditer(before + " " + text[: lead.start()]))
    if not counted:
        return []
    end = SENTENCE_END.search(text, lead.end())
    stop = end.start() if end else len(text)
    listed = text[lead.end() : stop]
    # the places are set apart by commas, the last two by 'and' (a place may hold one)
    parts = re.split(r",\s*(?:and\s+)?", listed)
    if parts and " and " in parts[-1]:
        head, _, tail = parts[-1].rpartition(" and ")
        parts[-1:] = [head, tail]
    places = [part.strip() for part in parts if part.strip()]
    if count_value(counted[-1].group("count").lower()) != len(places) or not all(p[:1].isupper() for p in places):
        return []
    kind = counted[-1].group("kind").lower()[:-1]
    found, at = [], lead.end()
    for place in places:
        start = text.index(place, at)
        found.append((f"{place} {kind}", start, start + len(place), start, start + len(place)))
        at = start + len(place)
    return found


def area_list_sections(document: Document, found: list[Block]) -> tuple[list[Piece], list[Site]]:
    """One site per item of a list of areas with their partnerships in brackets (see
    `bracketed_areas`), or of the places a count of partnerships was chosen in (see
    `counted_areas`), each item the text of its own site; the rest of the page belongs to none
    of them."""
    for index, block in enumerate(found):
        text = block.paragraph.text
        before = " ".join(other.text for other in found[max(0, index - 2) : index])
        items = bracketed_areas(text) or counted_areas(text, before)
        if not items:
            continue
        sites, pieces = [], []
        for name, start, _end, inner_start, inner_end in items:
            site = Site(name=name, source_file=document.name, line=block.paragraph.line_of(start), document_kind="case study")
            sites.append(site)
            # the item's own text: its bracket, the area before it blanked
            kept = " " * inner_start + text[inner_start:inner_end] + " " * (len(text) - inner_end)
            piece = Piece(site, Paragraph(kept, block.paragraph.starts, block.paragraph.line_nos))
            partners = AND_PARTNERS.search(text, inner_start, inner_end)
            if partners:
                # 'Riverton (Riverside Trust and partners)': the lead body, then its partners
                piece.names.append((inner_start, partners.start()))
            pieces.append(piece)
        covered = [(start, end) for _, start, end, _, _ in items]
        rest = "".join(" " if any(a <= i < b for a, b in covered) else ch for i, ch in enumerate(text))
        pieces.append(Piece(None, Paragraph(rest, block.paragraph.starts, block.paragraph.line_nos)))
        others = [Piece(None, other.paragraph, 0, other.kind == "row") for i, other in enumerate(found) if i != index]
        return others[:index] + pieces + others[index:], sites
    return [], []


# A body given by its acronym as the one that reports, finds or is told: a source ('HSJ
# understands', 'identified by HSJ', 'told the BMJ').
REPORTS_AFTER = re.compile(
    r"^\s+(?:has\s+|have\s+|had\s+)?(?:understands|understood|estimates|estimated|reports|reported|revealed|learned|learnt|"
    r"asked|contacted|collated|analysed|found|says|said|has\s+this\s+information)\b"
)
# What only a newsroom says of itself after its name: 'Pulse has learnt', 'HSJ understands'.
NEWSROOM_AFTER = re.compile(r"\s+(?:has\s+learnt|has\s+learned|understands|can\s+reveal|can\s+exclusively\s+reveal|has\s+been\s+told)\b")
REPORTS_BEFORE = re.compile(
    r"(?i)\b(?:identified|reported|revealed|obtained|seen|analysed|collated|compiled)\s+by\s+(?:the\s+)?$|\btold\s+(?:the\s+)?$"
)


def reporting_acronyms(paragraph: Paragraph, found: list[Mention]) -> list[Mention]:
    """Acronyms no other reading took, named as a source or the one told ('HSJ understands',
    'told HSJ'): only named, not partners.

    >>> from pchgraph.readers.document import Line, joined_paragraph
    >>> p = joined_paragraph([Line(2, "RXJ understands the deal was signed; the chair told RXJ so.")])
    >>> [(m.text, m.kind) for m in reporting_acronyms(p, [])]
    [('RXJ', 'mentioned'), ('RXJ', 'mentioned')]
    """
    text = paragraph.text
    occupied = [(i.start(), i.end()) for m in {m.text for m in found if m.text} for i in re.finditer(re.escape(m), text)]
    result = []
    for match in ACRONYM.finditer(text):
        start, end = match.span()
        if any(start < b and a < end for a, b in occupied) or match.group(0) in KIND_ABBREVIATIONS:
            continue
        if REPORTS_AFTER.match(text[end : end + 40]) or REPORTS_BEFORE.search(text[max(0, start - 40) : start]):
            result.append(Mention(match.group(0), match.group(0), MENTIONED, paragraph.line_of(start), note="named as a source"))
    return result


# Words that say the members of a partnership follow, as a list ('… is a partnership of',
# '… brings together', 'Its members are').
MEMBERS_FOLLOW = re.compile(
    r"\b(?:(?:is|are)\s+made\s+up\s+of|brings\s+together|compris(?:es|ing)|consists\s+of|"
    r"(?:partnership|alliance|collaboration)\s+(?:between|of)|members\s+(?:are|include))\s+(?=[A-Z])"
)


# The last word of what a list of members may also hold that is no body: a law, a plan, an illness.
NOT_A_MEMBER_END = re.compile(r"\b(?:Act|Bill|Plan|Strategy|Programme|Illness|Disease|Disorders?)$")


def members_listed(paragraph: Paragraph, found: list[Mention]) -> list[Mention]:
    """The names in a list of members, after words that say one follows ('… is a partnership
    of A, B and C'), that no other reading found: the list is split as a partners list is, so a
    member whose name no rule knows is still read ('Mind in Riverton'). Only a list in which
    another reading found a member already, so that it is known to list bodies.

    >>> from pchgraph.readers.document import Line, joined_paragraph
    >>> p = joined_paragraph([Line(3, "Hill PCN is a partnership of Hill Surgery, Mind in Riverton and Riverton Voluntary Action.")])
    >>> [(m.name, m.kind, m.line) for m in members_listed(p, [Mention("Hill Surgery", "Hill Surgery", PRACTICE, 3)])]
    [('Mind in Riverton', 'organisation', 3), ('Riverton Voluntary Action', 'organisation', 3)]
    """
    text = paragraph.text
    result: list[Mention] = []
    for lead in MEMBERS_FOLLOW.finditer(text):
        ending = SENTENCE_END.search(text, lead.end())
        end = ending.start() if ending else len(text)
        listed = text[lead.end() : end]
        if "," not in listed and " and " not in listed:
            continue
        taken = [(at, at + len(m.text)) for m in found if m.text and (at := text.find(m.text, lead.end())) >= 0 and at < end]
        if not taken:
            continue
        for mention in partner_mentions(Paragraph(" " * lead.end() + listed, paragraph.starts, paragraph.line_nos)):
            at = text.find(mention.text, lead.end())
            # (a name of two words or more, all capitalised: 'Secondary care', 'NHS' and 'Primary
            # Care Liaison Nurses' say what kinds of member, not which)
            name = mention.name
            if mention.kind not in (ORGANISATION, PRACTICE) or at < 0 or len(words(name)) < 2 or not is_name(name) or is_generic(name):
                continue
            # (nor a date, a law or a document, nor a name the text breaks off in: 'Local Au')
            if (
                ROLE_WORDS.search(name)
                or name[:1].isdigit()
                or DOCUMENT_NAME.search(name)
                or NOT_A_MEMBER_END.search(name)
                or (not ending and text.rstrip().endswith(mention.text))
            ):
                continue
            if any(at < stop and start < at + len(mention.text) for start, stop in taken):
                continue
            result.append(mention)
            taken.append((at, at + len(mention.text)))
    return result


def set_apart(paragraph: Paragraph, spans: list[tuple[int, int]], found: list[Mention]) -> list[Mention]:
    """The names the layout sets apart (see `Piece.names`) that no reading found, each a body;
    and 'partners' after the last of them, a collective.

    >>> from pchgraph.readers.document import Line, joined_paragraph
    >>> p = joined_paragraph([Line(7, "Riverton (Riverside Octopus and partners)")])
    >>> [(m.text, m.kind) for m in set_apart(p, [(10, 27)], [])]
    [('Riverside Octopus', 'organisation'), ('partners', 'collective')]
    """
    text = paragraph.text
    result = []
    for start, end in spans:
        name = text[start:end].strip()
        if not any(m.text and name in m.text or m.text in name for m in found if m.text):
            kind = PRACTICE if is_practice_name(name) else ORGANISATION
            result.append(
                Mention(name, re.sub(r"^the\s+", "", name), kind, paragraph.line_of(start), note="named in brackets after its area")
            )
        partners = re.match(r"\s+and\s+(?:its\s+|their\s+|local\s+)?(?P<word>[Pp]artners)\b", text[end:])
        if partners and not any(m.kind == COLLECTIVE for m in found):
            at = end + partners.start("word")
            result.append(Mention(partners.group("word"), partners.group("word"), COLLECTIVE, paragraph.line_of(at)))
    return result


def layout_sections(document: Document, found: list[Block], profiles: list[tuple[Line, str]]) -> tuple[list[Piece], list[Site]]:
    """The pieces and sites of `sections`, from the document's blocks."""
    opened, sticky = structured_sites(document, found, profiles)
    if any(not is_generic(site.name) for site in opened.values()):
        # beside named sites, a heading that only says what they are ('Primary Care Network'
        # over a table's column) names none
        opened = {i: site for i, site in opened.items() if not is_generic(site.name)}
    distinct = list({id(site): site for site in opened.values()}.values())
    if not distinct:
        pieces, sites = area_list_sections(document, found)
        if sites:
            return pieces, sites
    # a page titled 'About X' is X's own page: the bodies it goes on to name are X's
    if not distinct and ABOUT_TITLE.match(title_block(found).text):
        return title_site(document, found)
    named = prose_sites(document, found) if all(is_generic(site.name) for site in distinct) else []
    if len(distinct) == 1 and not named and not has_partnership_word(distinct[0].name):
        # A page heading that is a topic ('Working Together') gives way to the one partnership
        # the prose defines by a name that says what it is ('… is called Riverside Alliance').
        defined = [site for site in prose_sites(document, found) if has_partnership_word(site.name)]
        named = defined if len(defined) == 1 else []
    if not distinct and (
        len(named) <= 1 or (written_from_inside(found) and not any(owns_a_paragraph(found, named))) or opens_with_members(found, named)
    ):
        # One site, named by the weighed evidence of the whole page (see `chosen_site`). A page
        # that says 'our PCN' is written from inside one partnership: the others it names, in
        # no paragraph of their own, are its neighbours. A page that opens by saying what one
        # partnership is made of is about that one: the bodies it goes on to present are its members.
        return title_site(document, found)
    if named:
        # The layout named no site, or only a generic one ('PRIMARY CARE NETWORK'); the text
        # names its sites in words ('X is a partnership between …', '… Primary Care Network').
        if len(named) == 1:
            return [Piece(named[0], block.paragraph, 0, block.kind == "row") for block in found], named
        return [Piece(site, block.paragraph, 0, block.kind == "row") for block, site in zip(found, sites_carried_on(found, named))], named
    if not distinct:
        return title_site(document, found)
    # A heading that repeats a site opened above is read as that site's text too: it may name
    # another body beside it ('Moorland Surgery' under 'Moorland PCN … member practices:'), and
    # its repeat of the site's name is the site's own mention.
    repeats = repeated_openings(opened, found)
    if len(distinct) == 1:
        if distinctive_words(bare_name(found[0].text)) == distinctive_words(distinct[0].name):
            distinct[0].line = found[0].first
        return [
            Piece(distinct[0], block.paragraph, 0, block.kind == "row") for i, block in enumerate(found) if i not in opened or i in repeats
        ], distinct
    sites = list({id(site): site for site in opened.values()}.values())
    pieces: list[Piece] = []
    current: Site | None = None
    runs_on = False
    for i, block in enumerate(found):
        if i in repeats:
            pieces.append(Piece(opened[i], block.paragraph))
        if i in opened:
            site = opened[i]
            if block.kind == "item":
                pieces.append(Piece(site, block.paragraph, item_rest_start(block.paragraph.text)))
                current = None
            elif row_label(block):
                # the row's cells after its label are the network's
                pieces.append(Piece(site, block.paragraph, ROW_LABEL.match(block.paragraph.text).end()))
                current, runs_on = site, False
            else:
                current, runs_on = site, i in sticky
            continue
        if block.kind == "heading" and not runs_on and not is_table_header(found, i) and not PERSON.match(block.text):
            current = None
        owner = current or site_in_subject(block.text, sites)
        pieces.append(Piece(owner, block.paragraph, 0, block.kind == "row"))
    return pieces, sites


def repeated_openings(opened: dict[int, Site], found: list[Block]) -> set[int]:
    """The indexes of headings that open a site already opened by a block above them.

    >>> site = Site(name="Hill PCN", source_file="a.txt", line=1, document_kind="case study")
    >>> found = blocks([Line(1, "Hill PCN"), Line(2, ""), Line(3, "Hill Surgery")], frozenset({1, 3}))
    >>> repeated_openings({0: site, 1: site}, found)
    {1}
    """
    first: dict[int, int] = {}
    for i in sorted(opened):
        first.setdefault(id(opened[i]), i)
    return {i for i, site in opened.items() if first[id(site)] != i and found[i].kind == "heading"}


# A bracket after an item's name that lists its members: 'Bicester (comprising A, B and C)'.
MEMBERS_BRACKET = re.compile(r"\((?=\s*(?:comprising|including|made\s+up\s+of|consisting\s+of|members|partners)\b)", re.I)


def item_rest_start(text: str) -> int:
    """Where a site's own text starts in its list item: after the name, or at a bracket after
    the name that lists its members.

    >>> text = "  • Riverton (comprising Hill Surgery and Dale Practice)"
    >>> text[item_rest_start(text):]
    '(comprising Hill Surgery and Dale Practice)'
    >>> text = "  • Riverton PCN – Hill Surgery"
    >>> text[item_rest_start(text):]
    'Hill Surgery'
    >>> text = "  • Riverton (Hill, Dale Surgery, Vale) "
    >>> text[item_rest_start(text):]
    '(Hill, Dale Surgery, Vale) '
    >>> text = "  • Hill Health Group (Riverton and Dale ICB)"
    >>> text[item_rest_start(text):]
    '(Riverton and Dale ICB)'
    """
    marker = MARKER.match(text)
    head, rest = item_head(text[marker.end() :] if marker else text.strip())
    at = text.find(head) if head else 0
    members = MEMBERS_BRACKET.search(text, at) or BRACKET_LIST.search(text, at)
    if members and members.start() < at + len(head):
        return members.start()
    # (a bracket that closes the name, holding a body of its own, is the site's text too:
    # 'Hill Health Group (Riverton and Dale ICB)')
    closing = re.search(r"\((?P<inner>[^()]*\s[^()]*)\)\s*[.;,]?\s*$", head)
    if closing and not rest and distinctive_words(closing.group("inner")):
        return at + closing.start()
    return text.find(rest) if rest else len(text)


PRACTICES_WORD = re.compile(r"(?i)\b(?:practices|surgeries)\b")


def bracketed_practices(paragraph: Paragraph) -> list[Mention]:
    """The practices in a bracket after a listed site's name, under a lead-in that says practices
    make the sites up ('(Hill, Dale Surgery, Vale)'): a bare name there is a practice's.

    >>> from pchgraph.readers.document import Line, joined_paragraph
    >>> [(m.name, m.kind) for m in bracketed_practices(joined_paragraph([Line(7, "(Hill, Dale Surgery, Riverton Council)")]))]
    [('Hill', 'practice'), ('Dale Surgery', 'practice'), ('Riverton Council', 'organisation')]
    """
    inner = re.sub(r"^\s*\(|\)\s*\.?\s*$", lambda m: " " * len(m.group(0)), paragraph.text)
    found = partner_mentions(Paragraph(inner, paragraph.starts, paragraph.line_nos))
    for mention in found:
        if mention.kind == ORGANISATION and head_word(mention.name) not in HEAD_WORDS and not NOT_PRACTICE.search(mention.name):
            mention.kind = PRACTICE
    return found


# A bracket after a name that holds only a list of names: 'Riverton (Hill, Dale Surgery, Vale)'.
BRACKET_LIST = re.compile(r"\((?=[A-Z][^()]*,\s*[A-Z][^()]*\)\s*\.?\s*$)")


# A partnership spoken of in the first person: 'Our PCN consists of', 'our primary care network is called'.
FIRST_PERSON_SITE = re.compile(
    r"\b[Oo]ur\s+(?:local\s+)?(?:pcn|primary\s+care\s+network|network|alliance|partnership|vanguard|federation|local\s+care\s+partnership)\b"
    # ('We are a fully formed partnership of six GP surgeries')
    r"|\bwe\s+are\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:pcn|primary\s+care\s+network|network|alliance|partnership|super-?partnership|federation|collaborative)\b",
    re.I,
)


# A sentence that says what a partnership is made of.
MADE_OF = re.compile(
    r"\b(?:(?:is|are)\s+made\s+up\s+of|brings\s+together|compris(?:es|ing)|consists\s+of|"
    r"is\s+an?\s+(?:[\w-]+\s+){0,3}?(?:partnership|alliance|collaboration)\s+(?:between|of))\b"
)


def opens_with_members(found: list[Block], named: list[Site]) -> bool:
    """Whether the page's first sentence names one of the sites as the subject of a verb that
    says what it is made of ('While Riverside Together is made up of many partners, …').

    >>> from pchgraph.readers.document import Line
    >>> found = blocks([Line(1, "While Riverside Together is made up of partners, we share a culture.")])
    >>> opens_with_members(found, [Site("Riverside Together", "a.txt", 1), Site("Riverside GP Group", "a.txt", 3)])
    True
    """
    first = title_block(found).text if found else ""
    sentence = SENTENCE_END.split(first, maxsplit=1)[0]
    verb = MADE_OF.search(sentence)
    return bool(verb) and any(site.name in sentence[: verb.start()] for site in named)


def written_from_inside(found: list[Block]) -> bool:
    """Whether the page speaks of a partnership as its own ('Our PCN consists of …')."""
    return any(FIRST_PERSON_SITE.search(block.paragraph.text) for block in found)


def owns_a_paragraph(found: list[Block], sites: list[Site]) -> list[bool]:
    """For each block, whether it opens with one of the sites' own names."""
    return [site_in_subject(block.text, sites) is not None for block in found]


FIELD = re.compile(r"^(?P<label>[A-Z][\w ]{2,30}):\s+\S")


def field_label(found: list[Block], index: int) -> str | None:
    """The label of a 'Label: value' line right after a heading, if there is one."""
    if index + 1 >= len(found):
        return None
    match = FIELD.match(found[index + 1].text)
    return match.group("label").lower() if match else None


def is_table_header(found: list[Block], index: int) -> bool:
    """A heading that heads the table rows right after it."""
    return index + 1 < len(found) and found[index + 1].kind == "row"


# Words that end the name of a partnership and say that it is one ('… Alliance', '… PCN').
PARTNERSHIP_WORDS = {
    "alliance",
    "partnership",
    "network",
    "pcn",
    "icp",
    "federation",
    "vanguard",
    "collaborative",
    "consortium",
    "hub",
}


def has_partnership_word(name: str) -> bool:
    """Whether a name ends in a word that says it is a partnership ('Riverside Health Alliance').

    >>> has_partnership_word("Riverside Health Alliance"), has_partnership_word("Working Together")
    (True, False)
    >>> has_partnership_word("Riverside Alliance Board"), has_partnership_word("Riverside Health and Wellbeing Board")
    (True, False)
    """
    tokens = [re.sub(r"\W", "", w).lower() for w in words(name)]
    while tokens and (tokens[-1].isdigit() or not tokens[-1]):
        tokens.pop()
    # a partnership's board is the partnership at its table ('Riverton Alliance Board')
    if len(tokens) >= 2 and tokens[-1] in ("board", "boards") and tokens[-2] in PARTNERSHIP_WORDS:
        tokens.pop()
    return bool(tokens) and tokens[-1] in PARTNERSHIP_WORDS


STRONG_SITE_HEAD = re.compile(
    r"(?i)\b(?:primary care networks?|pcns?|primary care homes?|vanguards?|integrated care partnerships?|icps?|"
    r"(?:local|integrated|accountable)\s+care\s+organisations?)$"
)


def shared_head_sites(text: str) -> list[tuple[int, str]]:
    """(offset, name) of networks named together under one plural head ('the Newgate and
    Larwood and Bawtry PCNs')."""
    found = []
    for match in SHARED_HEAD.finditer(text):
        if not shared_head(text, match):
            continue
        singular = SINGULAR_HEADS[match.group("head").lower()]
        if STRONG_SITE_HEAD.search(singular):
            found += [(match.start(part), f"{match.group(part).strip()} {singular}") for part in ("first", "second")]
    return found


DEFINING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\s)(?=[A-Z]))(?:The\s+)?(?P<name>(?:[A-Z][\w'’&/-]*\s+(?:(?:and|of|for|&)\s+)?){0,6}[A-Z][\w'’&-]*)"
    # the subject may be set off by commas ('The provider, Riverton Care Ltd, is a federation …')
    # (its short form in brackets: 'Hill Healthcare (Hill) is a GP partnership serving …')
    r"(?:\s+\([A-Z][\w'’&-]{1,30}\))?(?:\s+(?:Ltd|Limited|CIC|LLP))?,?\s+(?:(?:is|are)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:partnership|alliance|network|collaboration|collaborative|federation|vanguard|group of (?:gp )?practices)\s+"
    r"(?:between|of|made up of|which|that|who|serving|covering|(?:created|formed|set up|established)\s+(?:by|from|of|in))"
    # 'X is a major transformation programme across the health and social care partners'
    r"|(?:is|are)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:programme|initiative)\s+(?:across|between|bringing|which\s+brings|that\s+brings)\b"
    # 'X Ltd is the partnership project launched by …': a company two bodies formed to work together
    r"|(?:is|are)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:partnership|joint)\s+(?:project|company|venture|vehicle|organisation|body)\b"
    r"|(?:was|has\s+been)\s+(?:\w+ly\s+)?(?:formed|set up|established|created|developed|launched)\s+(?:so|to|in|by|as)|brings\s+together|is\s+made\s+up\s+of"
    # 'X comprises of 6 GP surgeries', 'X consists of nine practices'
    r"|(?:comprises|consists)(?:\s+of)?\s+(?:\d+|[a-z]+)\s+(?:GP\s+)?(?:practices|surgeries)"
    # 'X was the county's first social prescribing scheme': the first of a kind in a place
    r"|(?:is|was)\s+(?:the\s+)?(?:[A-Za-z]+['’]s\s+)?first\s+(?:[\w-]+\s+){0,3}?(?:scheme|service|programme|partnership|alliance|network|collaborative)\b"
    # 'X is one of four place level partnerships': one of a kind, named
    r"|is\s+one\s+of\s+(?:the\s+)?(?:\w+\s+){0,4}?(?:partnerships|alliances|networks|pcns|federations|vanguards|collaboratives)\b"
    # 'X along with 2 other federations won the bid': one of a kind with others
    rf"|,?\s*(?:along|together)\s+with\s+(?:the\s+)?(?:{COUNT_PATTERN}|several)\s+other\s+(?:[\w-]+\s+)?"
    r"(?:partnerships|alliances|networks|pcns|federations|vanguards|collaboratives)\b"
    # the subject of a sentence that lists whom it works with leads that partnership
    r"|(?:is\s+working|works|has\s+partnered|has\s+teamed\s+up)\s+(?:closely\s+|jointly\s+)?(?:in\s+partnership\s+)?with)\b",
)


COMPANY_OF_PRACTICES = re.compile(
    # (set off by a comma or a dash: 'Primary Care Connect – a not-for-profit company set up by Liverpool GPs –')
    r"(?:^|(?<=\s))(?P<name>(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|&)\s+)?){0,6}[A-Z][\w'’&-]*)(?:,|\s+[–—-])\s+an?\s+(?:[\w-]+\s+){0,2}?(?:company|organisation|body|provider)\s+"
    r"(?:set\s+up|formed|owned|created|established|run)\s+by\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:federation|group|network|alliance)\s+of\b|(?:\d+|[a-z]+)\s+(?:GP\s+)?(?:practices|surgeries)\b|(?:local\s+)?GPs\b)"
)
# A sentence that says who a partnership's members are: 'The organisations forming the
# Riverton Collaborative are:', 'The members of Riverton Alliance include'.
MEMBERS_OF = re.compile(
    r"\b(?i:organisations|members|partners|bodies|practices)\s+(?P<link>(?i:forming|making\s+up|that\s+form|that\s+make\s+up|of|in))\s+"
    r"(?:the\s+)?(?P<name>(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|&)\s+)?){0,6}[A-Z][\w'’&-]*)\s+(?:are|include|were)\b"
)
# A list's lead-in naming the place-based partnership its items are the partners in, by its
# place and the kind of area it is ('Key partners in the Riverton place:', 'Key partners in the
# Hill locality:').
PARTNERS_IN_PLACE = re.compile(
    r"\b(?i:partners|organisations|members)\s+in\s+the\s+(?P<name>(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|&)\s+)?){0,4}[A-Z][\w'’&-]*\s+"
    r"(?:place|locality|borough|neighbourhood|system))\s*:"
)
# A scheme or service named as what a body runs: 'The Riverton Social Prescribing scheme is
# operated by Riverton Voluntary Action on behalf of NHS Riverton CCG'.
OPERATED_BY = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:The\s+)?(?P<name>(?:[A-Z][\w'’&-]*\s+){1,5}(?i:scheme|service|programme|project|hub))"
    # (or set off by a comma: 'The Riverton Navigation Service, managed by Healthwatch Riverton,')
    r"(?:\s+(?:is|was|will\s+be|has\s+been)|,)\s+(?:jointly\s+)?(?:operated|run|delivered|provided|managed|hosted|led)\s+by\b"
)
# The same with the name in quotes, the word for it outside them: 'The ‘Riverton Care
# Communities’ programme is being piloted by a partnership between …'.
QUOTED_OPERATED_BY = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:The\s+)?[‘'\"“](?P<name>[A-Z][\w'’&-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w'’&-]*){0,5})[’'\"”]\s+"
    r"(?i:scheme|service|programme|project|hub|initiative|pilot)\s+(?:is|was|will\s+be|has\s+been|is\s+being)\s+(?:jointly\s+)?"
    r"(?:operated|run|delivered|provided|managed|hosted|led|piloted|developed)\s+by\b"
)
# A group of practices another body takes over: 'Riverton Care will take over the Hill Medical Group'.
TAKEN_OVER = re.compile(
    r"\btak(?:e|es|ing|en)\s+over\s+(?:the\s+running\s+of\s+)?(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|&)\s+)?){0,6}[A-Z][\w'’&-]*)"
)
# The provider a practice will be run by: 'Hill Road Surgery will also be run through the
# Riverton Health Group Limited from June'.
RUN_THROUGH = re.compile(
    r"\b(?:will\s+(?:also\s+|now\s+)?be|is\s+(?:now\s+)?|are\s+(?:now\s+)?|to\s+be)\s+(?:run|managed|operated)\s+(?:through|by)\s+(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|&)\s+)?){0,6}[A-Z][\w'’&-]*)"
)
# A body its member practices own or formed: 'X, which is owned by 37 practices', 'X has been
# formed by 18 shareholder GP practices'.
OWNED_BY = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\s)(?=[A-Z]))(?:The\s+)?(?P<name>(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|&)\s+)?){0,8}[A-Z][\w'’&-]*)"
    r",?\s+(?:which\s+)?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:jointly\s+)?(?:owned|formed|set\s+up|established|run)\s+by\s+"
    r"(?:its\s+|the\s+|all\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:gp\s+)?(?:practices|surgeries)\b"
)
# A partnership named after a verb of naming: 'Our network is called X', 'the vanguard, known as X'.
CALLED = re.compile(
    r"(?i:\b(?:partnership|alliance|network|pcn|federation|vanguard|site|programme|collaborative|collaboration|"
    r"cluster|locality|neighbourhood|home|practice|super-practice|group|providers|organisations|consortium|company)\s*,?\s+"
    r"(?:(?:is|was|are|were|has\s+been|will\s+be)\s+)?(?:(?:collectively|jointly)\s+)?(?:called|named|known\s+as)"
    # or a relative clause that names what the sentence sets up ('…, which will be called X')
    r"|,\s+which\s+(?:will\s+be|is|was|has\s+been|is\s+to\s+be)\s+(?:called|named|known\s+as))"
    r"\s+['‘\"“]?(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w'’&-]*|\d+[A-Z][\w'’&-]*|\d+)(?:\s+(?:(?:and|of|for|&)\s+)?(?:[A-Z][\w'’&-]*|\d+)){0,6})"
)


# A place made one of a number of partnerships: 'Riverton is to become one of only 14
# Integrated Care Systems'; the place names its partnership.
ONE_OF_KIND = re.compile(
    r"(?:^|(?<=[\s(]))(?P<name>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})\s+"
    r"(?:is|was|will\s+be|has\s+been|is\s+to\s+become|has\s+become|became)\s+(?:named\s+|chosen\s+|selected\s+)?(?:as\s+)?"
    r"one\s+of\s+(?:the\s+)?(?:only\s+|first\s+|\w+\s+){0,3}"
    r"(?P<kind>(?i:integrated\s+care\s+system|accountable\s+care\s+system|integrated\s+care\s+partnership|primary\s+care\s+home))s\b"
)


# Two practices a page says are merging, with no new name: the practice they make is named by both.
PRACTICE_NAME_RUN = r"[A-Z][\w'’&-]*(?:\s+(?:&\s+)?[A-Z][\w'’&-]*){0,4}"
# Two names the sentence calls practices: 'Hill Group and Dale Health, two of the largest practices'.
PAIR_CALLED_PRACTICES = re.compile(
    rf"(?<![\w'’-])(?P<a>{PRACTICE_NAME_RUN})\s+and\s+(?P<b>{PRACTICE_NAME_RUN}),\s+(?:the\s+)?(?:two|both)\b[^,.;]{{0,40}}?\b(?:practices|surgeries)\b"
)
# Two names opening a sentence as its subject ('Hill Medical Group and Dale Health were expected to …').
PAIR_OPENING = re.compile(
    rf"(?:(?:Both|The)\s+)?(?P<a>{PRACTICE_NAME_RUN})\s+(?:and|&)\s+(?P<b>{PRACTICE_NAME_RUN})\s+(?:were|are|have|had|will|would|said|say|announced|agreed)\b"
)
TWO_PRACTICES = re.compile(r"(?i)\b(?:two|both)\b[^.;]{0,40}?\b(?:gp\s+)?(?:practices|surgeries)\b")
FORMED_FROM = re.compile(
    r"\b(?:(?:formed|created|established|born)\s+(?:from|by|through|out\s+of)\s+(?:the\s+|a\s+)?"
    # (or is one: 'Castle Healthcare Practice is a merger of A, B, C and D')
    r"|(?:is|was)\s+(?:a|the)\s+(?:recent\s+)?)merger\s+of\s+(?:the\s+)?$"
)
MERGER_OF = re.compile(
    # (perhaps with their count first: 'a merger of four Riverton GP practices; A, B and C')
    r"\b(?:merg(?:er|ing)\s+(?:of|between)(?:\s+(?:\d+|two|three|four|five|six|seven|eight)\s+(?:[\w-]+\s+){0,3}?(?:practices|surgeries)\s*[;:,–—-])?|"
    r"amalgamat(?:ion|ing)\s+of|(?i:link|tie)-?ups?\s+between|"
    # 'Combine the contracts of A, B and C'
    r"(?i:combin(?:e|es|ed|ing))\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?contracts\s+of)\s*:?\s+(?:the\s+)?(?:\d+\s+)?$"
)
# A provider awarded a practice's contract: 'Hill Care (HC) Ltd has been awarded a contract to
# run the practice', '… was awarded the contract to take over both surgeries'.
# A provider's name, which may hold a small word ('Cumbria Health on Call').
PROVIDER_NAME_RUN = r"[A-Z][\w'’&-]*(?:\s+(?:(?:&|on|of|upon)\s+)?[A-Z][\w'’&-]*){0,4}"
AWARDED_TO_RUN = re.compile(
    # (opening a sentence or a clause, or set off after the word for it: 'a new operator, Hill
    # Care Ltd, has …'; 'is pleased to announce that Hill Care has …')
    rf"(?:^|(?<=[.!?]\s)|(?<=(?:operator|provider),\s)|(?<=\bthat\s))(?:The\s+)?(?P<a>{PROVIDER_NAME_RUN})(?:\s+\([A-Za-z]{{2,8}}\))?"
    r"(?P<company>\s+(?:Ltd|Limited|LLP|CIC))?,?\s+"
    # (with the one it bid beside set off: 'Hill Medical Centre, working with Dale Surgery, has …')
    r"(?:(?:working|together|in\s+partnership)\s+with\s+[^,.;]{3,80},\s+)?"
    r"(?:(?:has|have|was|were)\s+(?:been\s+)?awarded\s+(?:a|the)\s+(?:[\w-]+\s+)?contract\s+to\s+"
    r"(?:run|take\s+over|(?:provide|deliver)\s+(?:[\w-]+\s+){0,2}services\s+(?:at|for))"
    # or has stepped in to run it ('Hill Care Ltd has stepped in to take over the practice')
    r"|(?:has|have)\s+stepped\s+in\s+to\s+(?:run|take\s+over))\s+"
    rf"(?:the\s+(?:practice|surgery)\b|(?:both|the\s+two)\s+(?:practices|surgeries)\b|(?P<b>{PRACTICE_NAME_RUN}))"
)


def provider_takeover(found: list[Block]) -> str | None:
    """The takeover a page tells of, named by the provider awarded the contract and the
    practice it will run (named in the sentence, or the last practice named before it).

    >>> found = blocks([Line(3, "GPs at Hill Medical Practice gave notice. Dale Care (DC) Ltd has been awarded a contract to run the practice from June.")])
    >>> provider_takeover(found)
    'Dale Care and Hill Medical Practice'
    >>> provider_takeover(blocks([Line(3, "The ICB is pleased to announce that Vale Health on Call (VHoC) has been awarded a "
    ...     "temporary contract to deliver primary medical services at Hill Medical Group on an interim basis.")]))
    'Vale Health on Call and Hill Medical Group'
    >>> provider_takeover(blocks([Line(3, "Dale Field in Riverton was due to close. The ICB said Vale Care would take on the interim contract."),
    ...     Line(5, "The closure of Dale Field Surgery caused concern.")]))
    'Vale Care and Dale Field Surgery'
    >>> provider_takeover(blocks([Line(3, "The CCG said the contract for Hill and Dale Medical Practice will be awarded permanently to Vale Health on Call (VHoC).")]))
    'Vale Health on Call and Hill and Dale Medical Practice'
    >>> provider_takeover(blocks([Line(3, "Hill Medical Centre, working with Vale Road Surgery, has been awarded the contract to run Dale Medical Centre.")]))
    'Hill Medical Centre and Dale Medical Centre'
    >>> provider_takeover(blocks([Line(3, "GP services at Hill Health Centre will now be offered by established provider ValeCare.")]))
    'ValeCare and Hill Health Centre'
    """
    # (the names are read only on a page that tells of an award, each block's once)
    if not any(pattern.search(block.paragraph.text) for pattern in AWARD_PATTERNS for block in found):
        return None
    practices: list[str] = []
    # (a provider said to take on the contract before the page names the practice in full:
    # 'Priors Field in Sutton was due to close. … Hill Care would take on the interim contract.
    # … the proposed closure of Priors Field Surgery')
    waiting: str | None = None
    for block in found:
        text = block.paragraph.text
        named = [(start, name) for start, _, name in prose_names(text) if is_practice_name(name)]
        if waiting and named:
            return f"{waiting} and {named[0][1]}"
        for match in [match for pattern in AWARD_PATTERNS for match in pattern.finditer(text)]:
            before = practices + [name for start, name in named if start < match.start()]
            run = match.group("b") if match.group("b") and is_practice_name(match.group("b")) else before[-1] if before else None
            # (a company may bear a practice's name: 'Midland Medical Centre Ltd')
            company = match.group("company") if is_practice_name(match.group("a")) else None
            if run and (company or not is_practice_name(match.group("a"))):
                return f"{match.group('a')}{company or ''} and {run}"
            # (a practice awarded the contract to run another it names is their takeover, taker
            # first: 'Hill Medical Centre has been awarded the contract to run Dale Surgery')
            if run and run == match.group("b") and slug(run) != slug(match.group("a")):
                return f"{match.group('a')} and {run}"
            after = [name for start, name in named if start > match.end()]
            if not run and not is_practice_name(match.group("a")):
                if after:
                    return f"{match.group('a')}{company or ''} and {after[0]}"
                waiting = waiting or match.group("a")
        practices += [name for _, name in named]
    return None


# A practice's contract said to be awarded to a provider ('the contract for Hill and Dale Medical
# Practice will be awarded permanently to Vale Health on Call (VHoC)').
CONTRACT_AWARDED_TO = re.compile(
    r"\bcontract\s+(?:for|to\s+run|at)\s+(?:the\s+)?(?P<b>[A-Z][\w'’&-]*(?:\s+(?:(?:&|and)\s+)?[A-Z][\w'’&-]*){0,5})\s+"
    r"(?:will\s+be|has\s+been|have\s+been|was|were|is\s+to\s+be|is\s+being)\s+(?:\w+\s+)?awarded\s+(?:\w+\s+)?to\s+(?:the\s+)?"
    rf"(?P<a>{PROVIDER_NAME_RUN})(?P<company>\s+(?:Ltd|Limited|LLP|CIC))?"
)
# A practice's services said to be run by a provider from now on ('GP services at Hill Health
# Centre will now be offered by established provider Vale Care').
SERVICES_OFFERED_BY = re.compile(
    r"\bservices\s+(?:at|for)\s+(?:the\s+)?(?P<b>[A-Z][\w'’&-]*(?:\s+(?:(?:&|and)\s+)?[A-Z][\w'’&-]*){0,5})\s+"
    r"(?:will|would|are\s+to)\s+(?:now\s+|then\s+)?be\s+(?:offered|provided|delivered|run)\s+by\s+(?:the\s+)?"
    r"(?:(?:established|new|local|experienced|existing)\s+)?(?:(?:provider|operator|company|organisation)\s+)?"
    rf"(?P<a>{PROVIDER_NAME_RUN})(?P<company>\s+(?:Ltd|Limited|LLP|CIC))?"
)
# A provider the page says will take on a practice's contract ('… said Hill Care would take on the
# interim contract').
TAKES_ON_CONTRACT = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\bthat\s)|(?<=\bsaid\s))(?:The\s+)?(?P<a>{PROVIDER_NAME_RUN})(?:\s+\([A-Za-z]{{2,8}}\))?"
    r"(?P<company>\s+(?:Ltd|Limited|LLP|CIC))?,?\s+(?:will|would|is\s+to|has\s+agreed\s+to)\s+take\s+on\s+the\s+(?:[\w-]+\s+)?contract\b"
    rf"(?:\s+(?:for|at|of)\s+(?:the\s+)?(?P<b>{PRACTICE_NAME_RUN}))?"
)
# (in the order a sentence is searched for them: the first that names both bodies wins)
AWARD_PATTERNS = (AWARDED_TO_RUN, TAKES_ON_CONTRACT, CONTRACT_AWARDED_TO, SERVICES_OFFERED_BY)


# One practice taking over the running of another ('Hill Surgery will be taking over the running
# of Dale Surgery'): the practice the two make is named by both.
PRACTICE_TAKES_OVER = re.compile(
    rf"(?:^|(?<=[.!?,;]\s)|(?<=\band\s)|(?<=\bthat\s))(?:The\s+(?=[A-Z]))?(?P<a>{PRACTICE_NAME_RUN})\s+(?:(?:is|are|was|were|will|would|has|have|had)\s+)?(?:be\s+|been\s+)?"
    r"(?:taking|take|takes|took|taken)\s+over\s+(?:the\s+running\s+of\s+|the\s+contract\s+(?:for|of|at)\s+)?(?:the\s+)?"
    rf"(?P<b>{PRACTICE_NAME_RUN})"
)


def practice_takeover(found: list[Block]) -> str | None:
    """The takeover of one practice by another a page tells of, named by both (taker first).

    >>> practice_takeover(blocks([Line(3, "Patients were told. Hill Medical Centre would be taking over the running of the Dale Street Surgery from April.")]))
    'Hill Medical Centre and Dale Street Surgery'
    >>> practice_takeover(blocks([Line(3, "Riverton Care will take over Dale Street Surgery.")])) is None
    True
    >>> practice_takeover(blocks([Line(3, "Patients registered at Hill Surgery will be transferred over to Dale Medical Centre.")]))
    'Hill Surgery and Dale Medical Centre'
    """
    for block in found:
        # (or one practice's patients moved to another: 'patients registered at Hill Surgery will be
        # transferred over to Dale Medical Centre', named by the one they leave, then the other)
        for match in [*PRACTICE_TAKES_OVER.finditer(block.paragraph.text), *PATIENTS_MOVED_TO.finditer(block.paragraph.text)]:
            a, b = match.group("a"), match.group("b")
            if is_practice_name(a) and is_practice_name(b) and slug(a) != slug(b):
                return f"{a} and {b}"
    return None


PATIENTS_MOVED_TO = re.compile(
    rf"\b[Pp]atients\s+(?:(?:currently\s+)?registered\s+)?(?:at|of|from|with)\s+(?:the\s+)?(?P<a>{PRACTICE_NAME_RUN})\s+"
    r"(?:will|would|are\s+to|are\s+being|have\s+been|had\s+been|were|are)\s+(?:be\s+|now\s+)?"
    r"(?:transferred|moved|re-?allocated|re-?registered|dispersed)\s+(?:over\s+|across\s+)?to\s+(?:the\s+)?"
    rf"(?P<b>{PRACTICE_NAME_RUN})"
)


MERGER_WITH = re.compile(
    rf"\bmerger\s+of\s+(?:the\s+)?(?P<a>{PRACTICE_NAME_RUN})(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+with\s+(?:the\s+)?(?P<b>{PRACTICE_NAME_RUN})"
)
# 'Hill Medical Practice has been having constructive discussions with Dale Medical Practice
# about merging our practices'.
TALKS_ABOUT_MERGING = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:the\s+)?(?P<a>{PRACTICE_NAME_RUN})\s+(?:has|have|is|are|had|was|were)\s+(?:been\s+)?(?:having|holding|in|held|had)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:discussions|talks|conversations)\s+with\s+(?:the\s+)?"
    rf"(?P<b>{PRACTICE_NAME_RUN})\s+(?:about|on|over|regarding)\s+(?:a\s+(?:possible|potential|proposed)\s+)?merg"
)
# 'the merger between Churchmere and Dodington Surgery': one may be named by its short form.
MERGER_BETWEEN = re.compile(rf"\bmerger\s+between\s+(?:the\s+)?(?P<a>{PRACTICE_NAME_RUN})\s+and\s+(?:the\s+)?(?P<b>{PRACTICE_NAME_RUN})")
MERGES_WITH = re.compile(
    rf"(?:^|(?<=[.!?,]\s))(?:the\s+)?(?P<a>{PRACTICE_NAME_RUN})(?:,[^,.;]{{0,100}},)?\s+(?:(?:is|are|has|have)\s+)?"
    r"(?:(?:set|due|planning|planned|proposing|hoping|expected|going|agreed|voted|decided|looking|seeking|intending|aiming|keen)\s+)?(?:to\s+)?"
    r"(?:merg(?:e|es|ing|ed)|join(?:s|ed|ing)?|combin(?:e|es|ed|ing))\s+(?:together\s+)?with\s+(?:the\s+)?"
    # one practice, or two ('… is set to join with the Hill Medical Group and Dale Surgery to create the new group')
    rf"(?P<b>{PRACTICE_NAME_RUN})(?:\s+and\s+(?:the\s+)?(?P<c>{PRACTICE_NAME_RUN}))?"
)
# The same after 'see', the name perhaps a trust's: 'The move, which will see Riverton NHS
# Foundation Trust merge with Hill Medical Practice'.
SEE_MERGE_WITH = re.compile(
    r"\bsee\s+(?:the\s+)?(?P<a>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,7})\s+(?:merge|join|combine)\s+(?:together\s+)?with\s+(?:the\s+)?"
    rf"(?P<b>{PRACTICE_NAME_RUN})"
)
# What a list of practices says they become: 'A, B and C – which will be operated as a group of
# practices by one provider', '… meaning the current three practices will become one larger practice'.
ONE_PRACTICE_AFTER = re.compile(
    r"[^.!?]{0,160}?\b(?:(?:be\s+)?(?:operated|run|managed)\s+as\s+(?:a|one)\s+(?:single\s+)?(?:group\s+of\s+practices|practice)"
    r"|will\s+become\s+(?:one|a\s+single)\s+(?:[\w-]+\s+)?(?:practice|organisation)"
    # or the partnership they form, given no name ('… are forming a primary care network (PCN)')
    r"|(?:are|have|had|will)\s+(?:been\s+|now\s+)?form(?:ing|ed)?\s+(?:a|an|one)\s+(?:new\s+)?"
    r"(?:primary\s+care\s+network|pcn|federation|partnership|alliance|super-?practice|group\s+of\s+practices)"
    # or say they have joined together ('We are A, B and C …, who have joined together to create …')
    r"|(?:have|has|had)\s+(?:now\s+)?(?:joined|come|banded|grouped)\s+together)\b"
)


def merged_pairs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of named practices a sentence says are merging, or are to become one.

    >>> merged_pairs("A consultation on the proposed merger of: Hill Medical Centre and Dale Medical Group")
    [(42, 84, 'Hill Medical Centre and Dale Medical Group')]
    >>> merged_pairs("Combine the contracts of Mill Medical, Hill Practice and Dale Surgery – meaning the three will become one larger practice.")
    [(25, 69, 'Mill Medical, Hill Practice and Dale Surgery')]
    >>> merged_pairs("These are Hill Surgery and Dale Practice – which will be operated as a group of practices by one provider.")
    [(10, 40, 'Hill Surgery and Dale Practice')]
    >>> merged_pairs("Proposed merger of Hill Health Centre with Dale Road Medical Centre")
    [(19, 67, 'Hill Health Centre and Dale Road Medical Centre')]
    >>> merged_pairs("In a move, the Mill Medical Centre, based off Mill Road, is set to join with the Hill Medical Group and Dale Surgery to create a group.")
    [(15, 116, 'Mill Medical Centre, Hill Medical Group and Dale Surgery')]
    >>> merged_pairs("Hill Group Practice, which manages two surgeries, is set to merge with Dale Group Practice which looks after three.")
    [(0, 90, 'Hill Group Practice and Dale Group Practice')]
    >>> merged_pairs("HILL surgery and Dale House Partnership in Riverton are planning to formally merge by April.")
    [(0, 39, 'HILL surgery and Dale House Partnership')]
    >>> [name for _, _, name in merged_pairs("It would see link-ups between Hill Health Centre and Dale Medical Centre in Vale; the Oak "
    ...     "Practice, Ash and Elm Surgery; The Yew Surgery, Fir, and The Beech Medical Practice in Pine.")]
    ['Hill Health Centre and Dale Medical Centre', 'Oak Practice and Elm Surgery', 'Yew Surgery and Beech Medical Practice']
    """
    found = [
        (start, end, name)
        for start, end, name in practice_pairs(text) + shared_head_practices(text)
        if (MERGER_OF.search(text, max(0, start - 100), start) or ONE_PRACTICE_AFTER.match(text, end) or MERGE_AFTER.match(text, end))
        # (not the merger that formed the body the sentence is about: 'The practice … has been
        # formed from the merger of A, B and C', its history, not another partnership)
        and not FORMED_FROM.search(text, max(0, start - 60), start)
    ]
    # 'the proposed merger of A with B', 'A, which runs two surgeries, is set to merge with B'
    for match in [
        *MERGER_WITH.finditer(text),
        *MERGES_WITH.finditer(text),
        *SEE_MERGE_WITH.finditer(text),
        *MERGER_BETWEEN.finditer(text),
        *TALKS_ABOUT_MERGING.finditer(text),
    ]:
        a, b = match.group("a"), match.group("b")
        c = match.groupdict().get("c")
        # (one of them a practice, the other a body with a head of its own: 'Reach Healthcare is
        # looking to merge with Medway Medical Group'; or, after 'merger between', its one-word
        # short form: 'the merger between Churchmere and Dodington Surgery')
        both = is_practice_name(a) and is_practice_name(b)
        one = (is_practice_name(a) or is_practice_name(b)) and all(head_word(x) in HEAD_WORDS for x in (a, b))
        one = one or (match.re is MERGER_BETWEEN and any(is_practice_name(x) and len(y.split()) == 1 for x, y in ((a, b), (b, a))))
        if not (both or one) or any(x <= match.start("a") < y for x, y, _ in found):
            continue
        if c and is_practice_name(c):
            found.append((match.start("a"), match.end("c"), f"{a}, {b} and {c}"))
        else:
            found.append((match.start("a"), match.end("b"), f"{a} and {b}"))
    # (and the pairs a semicolon list goes on with: 'link-ups between A and B in Riverton; the C,
    # Hill and D; E, Dale, and F in Vale')
    for _, end, _ in list(found):
        while (more := NEXT_PAIR.match(text, end)) and is_practice_name(more.group("a")) and is_practice_name(more.group("b")):
            found.append((more.start("a"), more.end("b"), f"{more.group('a')} and {more.group('b')}"))
            end = more.end("b")
    # two bodies said to be merging, one of them a practice, are two practices ('Hill Surgery
    # and Dale House Partnership in Riverton are planning to formally merge')
    for match in MERGING_PAIR.finditer(text):
        a, b = match.group("a"), match.group("b")
        if (
            (is_practice_name(a) or is_practice_name(b))
            and MERGE_AFTER.match(text, match.end())
            and not any(x <= match.start() < y for x, y, _ in found)
        ):
            found.append((match.start(), match.end(), f"{a} and {b}"))
    return found


# The next pair of a semicolon list of pairs, each perhaps with its places ('…; the Village
# Practice, Armthorpe and Auckley Surgery; The Oakwood Surgery, Cantley, and The Mayflower …').
PLACES_AFTER = r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)?"
NEXT_PAIR = re.compile(
    rf"{PLACES_AFTER}\s*;\s+(?:and\s+)?(?:[Tt]he\s+)?(?P<a>{PRACTICE_NAME_RUN})(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,?)?"
    rf"\s+and\s+(?:[Tt]he\s+)?(?P<b>{PRACTICE_NAME_RUN})"
)
# Two names side by side, a practice's head perhaps in lower case ('HILL surgery and Dale Partnership').
LOWER_PRACTICE_HEAD = r"(?:\s+(?:surgery|practice|medical\s+centre|health\s+centre|medical\s+practice))?"
MERGING_PAIR = re.compile(
    rf"(?<![\w'’-])(?P<a>{PRACTICE_NAME_RUN}{LOWER_PRACTICE_HEAD})\s+and\s+(?:the\s+)?(?P<b>{PRACTICE_NAME_RUN}{LOWER_PRACTICE_HEAD})"
)
# What a sentence says two bodies named before it are doing: merging ('… in Riverton are
# planning to formally merge').
MERGE_AFTER = re.compile(
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,?\s+(?:(?:are|have|will|were|had)\s+|(?=(?:all|both|now)\s))"
    r"(?:(?:now|plan|planning|set|due|proposing|hoping|expected|going|agreed|voted|decided|to|formally|officially|been|both|all)\s+){0,4}"
    r"merg(?:e|ed|ing)\b"
)


def shared_head_practices(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of practices listed with one plural head ('Cornerstone, Park House and
    Holly Bank surgeries'), named each in full.

    >>> shared_head_practices("A merger between Hill, Mill House and Dale surgeries")
    [(17, 52, 'Hill Surgery, Mill House Surgery and Dale Surgery')]
    """
    found, spans = shared_head_mentions(Paragraph(text, [0], [1]))
    result = []
    for start, end in spans:
        names = [m.name for m in found if start <= text.find(m.text, start) < end]
        if len(names) >= 2 and all(is_practice_name(n) for n in names):
            result.append((start, end, ", ".join(names[:-1]) + " and " + names[-1]))
    return result


# The most names a list of practices joined by 'and' gives before its last two: a search from
# each name of a longer run of names with no 'and' after it would read the rest of the run
# again (a page of a thousand names took seconds); a longer list is read from its last names.
PAIR_LIST_ITEMS = 40
PRACTICE_PAIR = re.compile(
    rf"(?<![\w'’-])(?P<a>{PRACTICE_NAME_RUN})(?P<more>(?:,\s+(?:the\s+)?{PRACTICE_NAME_RUN}){{0,{PAIR_LIST_ITEMS}}}),?\s+and\s+(?:the\s+)?(?P<b>{PRACTICE_NAME_RUN})"
)


def practice_pairs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of practices named side by side with 'and' (two, or a list of more
    whose first may be a short form), each by its full name.

    >>> practice_pairs("Hill Street Surgery and St Peter’s Medical Centre said it was an opportunity.")
    [(0, 49, 'Hill Street Surgery and St Peter’s Medical Centre')]
    >>> practice_pairs("From April, Hill Surgery and Dale Surgery will merge.")
    [(12, 41, 'Hill Surgery and Dale Surgery')]
    """
    found = []
    for match in PRACTICE_PAIR.finditer(text):
        middle = [m.strip() for m in match.group("more").split(",") if m.strip()]
        start, items = match.start(), [match.group("a"), *middle, match.group("b")]
        # ('Manor Medical, Wharf Family Practice and Sai Medical Practice': a list of three or more
        # may begin with a short form)
        named = items[len(items) > 2 :]
        # (but a sentence's opening words before a comma are no short form of a practice: 'From
        # April, Hill Surgery and Dale Surgery …')
        if middle and match.group("a").split()[0].lower() in LEADING_WORDS:
            start, items = match.start("more") + match.group("more").find(middle[0]), items[1:]
            named = items
        if all(is_practice_name(item) for item in named):
            found.append((start, match.end(), text[start : match.end()] if len(items) > 2 else f"{items[0]} and {items[-1]}"))
    return found


def one_of_kind_sites(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of places a sentence makes one of a number of partnerships, each named
    by its place and that kind.

    >>> one_of_kind_sites("Leaders welcomed the news that Riverton is to become one of only 14 Integrated Care Systems (ICS).")
    [(31, 39, 'Riverton Integrated Care System')]
    """
    return [
        (match.start("name"), match.end("name"), f"{match.group('name')} {string.capwords(match.group('kind'))}")
        for match in ONE_OF_KIND.finditer(text)
        if match.group("name").split()[0].lower() not in LEADING_WORDS
    ]


def defining_sites(text: str) -> list[tuple[int, int]]:
    """(start, end) of names a sentence defines as a partnership: 'Stockport Together is a
    partnership between …', 'The SHC Alliance was formed so that …', 'X brings together …',
    'Our network is called X'.

    Examples
    --------
    >>> text = "Stockport Together is a partnership between NHS Stockport CCG and Viaduct Health."
    >>> [text[a:b] for a, b in defining_sites(text)]
    ['Stockport Together']
    >>> text = "ConnectRiver was the county’s first social prescribing scheme when it was launched in 2014."
    >>> [text[a:b] for a, b in defining_sites(text)]
    ['ConnectRiver']
    >>> text = "Riverton Care Space (RCS) Ltd is the partnership project launched by the trust and the council."
    >>> [text[a:b] for a, b in defining_sites(text)]
    ['Riverton Care Space']
    >>> text = "Our local vanguard is called Riverbend Together and it covers four towns."
    >>> [text[a:b] for a, b in defining_sites(text)]
    ['Riverbend Together']
    >>> text = "Hill Surgery is part of the Riverside Network Group (RNG) and works with other surgeries."
    >>> [text[a:b] for a, b in defining_sites(text)]
    ['Riverside Network Group']
    >>> defining_sites("The practice is part of the NHS Riverton Clinical Commissioning Group (CCG).")
    []
    >>> text = "Riverside GP Care Group Community Interest Company, which is owned by 37 practices, runs it."
    >>> [text[a:b] for a, b in defining_sites(text)]
    ['Riverside GP Care Group Community Interest Company']
    >>> text = "The organisations forming the Riverton Health and Care Collaborative are: Riverton Trust and Hill Council."
    >>> [text[a:b] for a, b in defining_sites(text)]
    ['Riverton Health and Care Collaborative']
    >>> defining_sites("A group of GP practices in the Midlands are in the process of merging.")
    []
    >>> text = "Health and care provider Riverton Care will take over the Hill Medical Group from April."
    >>> [text[a:b] for a, b in defining_sites(text)]
    ['Hill Medical Group']
    >>> text = "About: The Riverton Social Prescribing scheme is operated by Riverton Voluntary Action on behalf of the CCG."
    >>> [text[a:b] for a, b in defining_sites(text)]
    ['Riverton Social Prescribing scheme']
    >>> text = "Riverton Health Partners, a provider company set up by a federation of 10 GP practices, won it."
    >>> [text[a:b] for a, b in defining_sites(text)]
    ['Riverton Health Partners']
    >>> defining_sites("A local partnership supported by the Hill Foundation brings together Dale Trust and Vale Mind.")
    []
    >>> text = "The ‘Riverton Care Communities’ programme is being piloted by a partnership between Hill Trust and Dale."
    >>> [text[a:b] for a, b in defining_sites(text)]
    ['Riverton Care Communities']
    """
    found = []
    # the group a practice belongs to, or that another body takes over
    groups = [
        m
        for pattern in (BELONGS_TO, TAKEN_OVER, RUN_THROUGH)
        for m in pattern.finditer(text)
        if words(m.group("name"))[-1].lower() in (*SITE_HEAD_WORDS, "group", "limited", "ltd", "healthcare")
        # (a commissioner a practice is part of is whose area it is in, no group it joined: 'The
        # practice is part of the NHS Riverton Clinical Commissioning Group')
        and not COMMISSIONING_GROUP.search(m.group("name"))
    ]
    for match in [
        *DEFINING.finditer(text),
        *CALLED.finditer(text),
        *OWNED_BY.finditer(text),
        *groups,
        # ('the practices in the Midlands are …': after 'in', only a partnership by its name)
        *(m for m in MEMBERS_OF.finditer(text) if m.group("link").lower() != "in" or words(m.group("name"))[-1].lower() in SITE_HEAD_WORDS),
        # a service or scheme a body runs for others ('The Riverton Social Prescribing scheme is operated by X')
        *OPERATED_BY.finditer(text),
        *QUOTED_OPERATED_BY.finditer(text),
        # a company practices set up together ('X, a provider company set up by a federation of 10 GP practices')
        *COMPANY_OF_PRACTICES.finditer(text),
    ]:
        start, end = match.span("name")
        # (a word before a place alone is the name's own: 'One Devon is a collaboration of …';
        # so is a brand's 'One': 'One Health Lewisham is working with …')
        while (
            text[start:end].split()[0].lower() in LEADING_WORDS
            and len(text[start:end].split()) > 1
            and not (text[start:end].split()[0][:1].isupper() and is_place_only(text[start:end].split(None, 1)[1]))
            and not brand_one(text[start:end].split())
        ):
            start += len(text[start:end].split()[0]) + 1
        # 'It' opening a sentence that defines a partnership stands for the name that opened the
        # sentence before ('Riverton Wellbeing aims to … It is a partnership of …')
        if text[start:end] == "It" and match.re is DEFINING:
            start, end = subject_before(text, start) or (start, end)
        # a pronoun opening the sentence ('It brings together …') names nothing
        if text[start:end].lower() in LEADING_WORDS:
            continue
        # nor does the agent of a participle before the verb: the subject is the noun before it
        # ('A local partnership supported by the Hill Foundation brings together …')
        if match.re is DEFINING and PARTICIPLE_AGENT_BEFORE.search(text, max(0, start - 40), start):
            continue
        # (nor does a common noun alone: 'The scheme is run by Riverton Volunteer Centre')
        if not re.search(r"(?:^|\s)[A-Z0-9]", text[start:end]):
            continue
        # (a name of common words is a name all the same when a verb of naming gives it to a
        # partnership: 'a limited liability partnership called GP Care')
        given = match.re is CALLED and len(words(text[start:end])) >= 2
        if not NATIONAL_BODIES.match(text[start:end]) and (given or not is_generic(text[start:end])):
            found.append((start, end))
    return found


COMMISSIONING_GROUP = re.compile(r"(?i)\bcommissioning\s+group\b")
# The name a page gives the practice a merger makes: 'The new practice will be called X'.
NEW_PRACTICE_NAMED = re.compile(
    r"(?i)\b(?:new|merged|combined|single|enlarged)\s+(?:practice|surgery|organisation|partnership|medical\s+group)\s+"
    r"(?:will\s+be\s+|is\s+to\s+be\s+|would\s+be\s+|is\s+|was\s+|has\s+been\s+)?(?:called|named|known\s+as)\s+['‘\"“]?$"
)
PARTICIPLE_AGENT_BEFORE = re.compile(
    r"\b(?:supported|funded|led|run|hosted|commissioned|backed|sponsored|organised|managed|delivered)\s+by\s+(?:the\s+)?\Z"
)
# The name opening a sentence as its subject, before its verb ('Riverton Wellbeing aims to …').
OPENING_SUBJECT = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w'’&-]*){0,6})"
    r"\s+(?:[a-z]+s|is|was|has|had|will|would|can|could|helps|offers)\b"
)


def subject_before(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the name opening the sentence that ends just before `start` as its subject,
    if it opens with one: what 'It' opening the next sentence stands for.

    >>> text = "Riverton Wellbeing aims to help people. It is a partnership of Hill Council and Dale Trust."
    >>> text[slice(*subject_before(text, 40))]
    'Riverton Wellbeing'
    >>> subject_before("The programme aims to help. It is a partnership of Hill Council.", 28) is None
    True
    """
    before = text[:start].rstrip()
    if not before.endswith((".", "!", "?")):
        return None
    opening = max((m.end() for m in re.finditer(r"[.!?]\s+|\n", before[:-1])), default=0)
    match = OPENING_SUBJECT.match(before, opening)
    if not match or match.group("name").split()[0].lower() in LEADING_WORDS or is_generic(match.group("name")):
        return None
    return match.span("name")


# A network named by its area only: 'part of an established PCN in the Riverside, Easton & Hill
# location', 'the primary care network for the Northgate area'.
AREA_NETWORK = re.compile(
    r"(?i:\b(?P<head>pcn|primary\s+care\s+network|primary\s+care\s+home)\s+(?:in|for|covering)\s+(?:the\s+)?)"
    r"(?P<area>[A-Z][\w'’-]*(?:(?:,\s*|\s+(?:and|&)\s+|\s+)[A-Z][\w'’-]*){0,5})"
    r"\s+(?i:location|area|locality|neighbourhood|patch)\b"
)


def area_networks(text: str) -> list[tuple[int, str]]:
    """(offset, name) of networks a sentence names by their area ('a PCN in the Riverside &
    Easton area' is 'Riverside & Easton PCN').

    >>> area_networks("We are part of an established PCN in the Riverside, Easton & Hill location made up of 4 practices.")
    [(41, 'Riverside, Easton & Hill PCN')]
    >>> area_networks("In Hilltown, the primary care network has brought together general practice and nursing.")
    [(3, 'Hilltown Primary Care Network')]
    """
    found = []
    for match in [*AREA_NETWORK.finditer(text), *PLACE_THEN_NETWORK.finditer(text)]:
        head = match.group("head")
        head = "PCN" if head.lower() == "pcn" else " ".join(w.capitalize() for w in head.split())
        found.append((match.start("area"), f"{match.group('area')} {head}"))
    return sorted(found)


# A sentence that opens with a place and goes on about 'the' network there: 'In Hilltown, the
# primary care network has …' names the Hilltown network.
PLACE_THEN_NETWORK = re.compile(
    r"(?:^|(?<=[.!?]\s))In\s+(?P<area>[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,3}),\s+the\s+(?:local\s+)?"
    r"(?P<head>(?i:pcn|primary\s+care\s+network|primary\s+care\s+home))\b(?!\s+(?:in|for|of)\b)"
)


NUMBER_WORDS = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundreds?|thousands?|dozens?)"
# A count of partnerships, then their places after a dash or colon: 'three Integrated Care
# Partnerships (ICP) – Mid-Riverton, Riverton City and South Riverton'.
COUNTED_PLACES = re.compile(
    rf"(?i:\b(?P<count>{NUMBER_WORDS})\s+)(?P<kind>(?:[A-Z][\w-]*\s+){{0,3}}(?:Partnerships|Networks|PCNs|ICPs|Alliances|Localities)"
    # or in lower case, with where they are before the list ('Five district collaboratives were emerging across X; A, B and C;')
    r"|(?:[a-z][\w-]*\s+){0,2}(?:collaboratives|partnerships|alliances|localities|hubs)(?=\s+(?:were|are|have)\b[^.;:–—]{0,60}?[;:]))"
    r"(?:\s+\([A-Z]{2,6}s?\))?(?:\s+(?:were|are|have)\b[^.;:–—]{0,60}?)?\s*[–—:;-]\s*(?P<list>[A-Z][^.;:!?()]*)"
)


def counted_place_sites(text: str) -> list[tuple[int, str]]:
    """(offset, name) of partnerships a count announces and the text then lists by place alone:
    each place with the kind in the singular ('Mid-Riverton Integrated Care Partnership'), when
    the places are as many as the count.

    >>> counted_place_sites("We have three Integrated Care Partnerships (ICP) – Mid-Riverton, Riverton City and South Riverton.")
    [(51, 'Mid-Riverton Integrated Care Partnership'), (65, 'Riverton City Integrated Care Partnership'), (83, 'South Riverton Integrated Care Partnership')]
    >>> [name for _, name in counted_place_sites("Three district collaboratives were emerging across Riverton; Hill, Dale and Vale, and Riverton City; each with priorities.")]
    ['Hill District Collaborative', 'Dale and Vale District Collaborative', 'Riverton City District Collaborative']
    >>> [name for _, name in counted_place_sites("These are grouped into 3 Localities: North, Central and South.")]
    ['North Locality', 'Central Locality', 'South Locality']
    """
    found = []
    for match in COUNTED_PLACES.finditer(text):
        items = listed_items(text, *match.span("list"))
        if len(items) != count_value(match.group("count").lower()):
            continue
        kind = [word[:1].upper() + word[1:] for word in match.group("kind").split()]
        last = kind[-1]
        singular = " ".join(kind[:-1] + [last[:-3] + "y" if last.endswith("ies") else last[:-1]])
        found += [(start, f"{name} {singular}") for start, name in items if not OFFICIAL.search(name)]
    return found


# Partnerships named as a kind, then the places they are in: 'groups of practices, called Primary
# Care Networks, will be linking up in Central Riverton (around 60,000 patients), East Riverton …'.
PLACE_ITEM = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s*\([^()]*\))?"
PLACE_ITEM_PATTERN = re.compile(PLACE_ITEM)
KIND_IN_PLACES = re.compile(
    r"\b(?:called|known\s+as)\s+(?P<kind>Primary\s+Care\s+Networks|Integrated\s+Care\s+Partnerships|Locality\s+Partnerships|Neighbourhoods)"
    rf",?[^.;:]{{0,60}}?\b(?:in|across|covering)\s+(?P<list>{PLACE_ITEM}(?:(?:,\s*|,?\s+and\s+){PLACE_ITEM})+)"
)


# The places a partnership is for, listed ('Bath, Swindon & Wiltshire').
FOR_PLACES = r"(?:for|in|covering)\s+(?P<place>[A-Z][\w'’-]*(?:(?:,\s+|\s+(?:and|&)\s+|\s+)[A-Z][\w'’-]*){0,5})"
KIND_FOR_PLACE = re.compile(
    r"\bthe\s+(?P<kind>Integrated\s+Care\s+(?:System|Partnership)|Sustainability\s+and\s+Transformation\s+Partnership|"
    r"Health\s+and\s+Care\s+Partnership|Primary\s+Care\s+Network|Local\s+Care\s+Organisation)(?:\s+\([A-Z]{2,6}\))?\s+" + FOR_PLACES
)


# A kind of partnership the page defines in lower case with its abbreviation ('England's first
# accountable care organisation (ACO)'), and that abbreviation before the place it is for ('The ACO
# for Northumberland will be …').
KIND_DEFINED_IN_LOWER_CASE = re.compile(r"(?<![\w'’-])(?P<phrase>(?:[a-z]+\s+){1,4}[a-z]+)\s+\((?P<abbreviation>[A-Z]{2,5})\)")
ABBREVIATION_FOR_PLACE = re.compile(r"\b[Tt]he\s+(?P<abbreviation>[A-Z]{2,5})\s+" + FOR_PLACES)


def kinds_defined_in_lower_case(text: str) -> dict[str, str]:
    """The kinds of partnership a text spells out in lower case before their abbreviation, by
    abbreviation.

    >>> kinds_defined_in_lower_case("Partners are to form England’s first accountable care organisation (ACO), building on …")
    {'ACO': 'Accountable Care Organisation'}
    """
    found = {}
    for match in KIND_DEFINED_IN_LOWER_CASE.finditer(text):
        words_ = match.group("phrase").split()
        # (the words the abbreviation stands for are the last ones before it)
        for size in range(len(words_), 0, -1):
            phrase = " ".join(words_[-size:])
            if initials(phrase) == match.group("abbreviation") and words_[-1] in PARTNERSHIP_KINDS_IN_LOWER_CASE:
                found[match.group("abbreviation")] = phrase.title().replace(" And ", " and ")
                break
    return found


PARTNERSHIP_KINDS_IN_LOWER_CASE = {"organisation", "system", "partnership", "alliance", "network", "collaborative", "provider", "board"}


def kind_for_place(text: str, defined: dict[str, str] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, name) of partnerships a sentence names by their kind, then the places they
    are for: the places with the kind; `defined` gives the kinds the page abbreviates, by
    abbreviation ('The ACO for Northumberland').

    >>> kind_for_place("The Council participates in the Integrated Care System (ICS) for Bath, Swindon & Wiltshire and …")
    [(28, 90, 'Bath, Swindon & Wiltshire Integrated Care System')]
    >>> kind_for_place("The ACO for Northumberland will be the first.", {"ACO": "Accountable Care Organisation"})
    [(0, 26, 'Northumberland Accountable Care Organisation')]
    """
    found = []
    named = [(match, " ".join(match.group("kind").split())) for match in KIND_FOR_PLACE.finditer(text)]
    named += [
        (match, (defined or {})[match.group("abbreviation")])
        for match in ABBREVIATION_FOR_PLACE.finditer(text)
        if match.group("abbreviation") in (defined or {})
    ]
    for match, kind in named:
        places = match.group("place")
        # (one of the places known is enough: 'Bath, Swindon & Wiltshire')
        if any(is_place_only(part) or is_council_place(part) for part in re.split(r",\s+|\s+(?:and|&)\s+", places)):
            found.append((match.start(), match.end(), f"{places} {kind}"))
    return found


def kind_in_places(text: str) -> list[tuple[int, str]]:
    """(offset, name) of partnerships a sentence names by their kind and then the places they are
    in, each the place with the kind in the singular.

    >>> [name for _, name in kind_in_places("Groups of practices, called Primary Care Networks, will be linking up in "
    ...     "Central Riverton (around 60,000 patients), East Riverton (56,000), and South Riverton.")]
    ['Central Riverton Primary Care Network', 'East Riverton Primary Care Network', 'South Riverton Primary Care Network']
    """
    found = []
    for match in KIND_IN_PLACES.finditer(text):
        singular = " ".join(match.group("kind").split())[:-1]
        offset = match.start("list")
        for item in PLACE_ITEM_PATTERN.finditer(match.group("list")):
            place = re.sub(r"\s*\(.*$", "", item.group(0)).strip()
            if place.split()[0].lower() not in LEADING_WORDS:
                found.append((offset + item.start(), f"{place} {singular}"))
    return found


# A partnership's name, then where it works: 'The Living Well Partnership in West Norwich PCN'.
WORKS_IN = re.compile(
    r"\b(?:Partnership|Alliance|Service|Project|Scheme|Programme|Team|Hub|Collaborative)\s+(?:in|across|within|covering|for)\s+(?:the\s+)?"
    # the second of two places joined by 'and' ('… in West Norwich PCN and East Norwich PCN')
    r"(?:(?:[A-Z][\w’'&-]*\s+)+(?:and|&)\s+(?:the\s+)?)?$"
)


def where_a_partnership_works(text: str, start: int) -> bool:
    """Whether the name at `start` follows a partnership's name as the place it works in
    ('… Partnership in West Norwich PCN and East Norwich PCN'): a member or a place, not the
    site the page is about.

    >>> text = "The Living Well Partnership in West Norwich PCN and East Norwich PCN."
    >>> [where_a_partnership_works(text, text.index(n)) for n in ("West", "East", "Living")]
    [True, True, False]
    """
    return bool(WORKS_IN.search(text, max(0, start - 80), start))


def prose_sites(document: Document, found: list[Block]) -> list[Site]:
    """Sites a text names in running prose: by what they are ('Burnley East Primary Care
    Network and Blackburn with Darwen Primary Care Network': a network, home or vanguard is a
    site by definition), or by a sentence that defines them ('Stockport Together is a
    partnership between …')."""
    sites: dict[str, Site] = {}
    named = [prose_names(block.paragraph.text) for block in found]
    names_in_full = {name for names in named for _, _, name in names}
    for block, names in zip(found, named):
        text = block.paragraph.text
        for start, name in shared_head_sites(text) + area_networks(text) + counted_place_sites(text) + kind_in_places(text):
            sites.setdefault(
                slug(name), Site(name=name, source_file=document.name, line=block.paragraph.line_of(start), document_kind="case study")
            )
        for start, end in defining_sites(text):
            name = text[start:end]
            # an acronym of a name the text gives in full stands for that name, no other site
            if name.isupper() and any(initials(full) == name for full in names_in_full):
                continue
            line = block.paragraph.line_of(start)
            sites.setdefault(slug(name), Site(name=name, source_file=document.name, line=line, document_kind="case study"))
        for start, end, _ in names:
            # a network listed among a partnership's members is one of its partners
            if where_a_partnership_works(text, start) or in_partner_list(text, start, end):
                continue
            for span in split_on_and(text, Span(start, end)):
                name = trimmed(text, span).of(text)
                # Text extracted from a page can glue a file name to the next word ('….jpgCheshire').
                name = re.sub(r"^[a-z]+(?=[A-Z])", "", name)
                if STRONG_SITE_HEAD.search(name) and len(words(name)) > len(STRONG_SITE_HEAD.search(name).group(0).split()):
                    line = block.paragraph.line_of(span.start)
                    sites.setdefault(slug(name), Site(name=name, source_file=document.name, line=line, document_kind="case study"))
    return longest_forms(named_in_full(list(sites.values()), found))


def abbreviates(short: str, full: str) -> bool:
    """Whether a name with capitals standing for words is a short form of another with the same
    last word ('SHC Alliance' of 'Sutton Health and Care Provider Alliance').

    Examples
    --------
    >>> abbreviates("SHC Alliance", "Sutton Health and Care Provider Alliance"), abbreviates("SHC Alliance", "Sutton Alliance")
    (True, False)
    >>> abbreviates("RBT Alliance", "Riverton Better Together")
    True
    """
    short_words, full_words = words(short), words(full)
    if len(short_words) == 2 and short_words[0].isupper() and short_words[1].lower() in PARTNERSHIP_WORDS:
        # the initials of the whole name, then the kind of body it is ('ESBT Alliance' of
        # 'East Sussex Better Together')
        if initials(full) == short_words[0] and short_words[1].lower() not in {w.lower() for w in full_words}:
            return True
    if len(short_words) < 2 or len(full_words) <= len(short_words) or short_words[-1].lower() != full_words[-1].lower():
        return False
    letters = "".join(w for w in short_words[:-1] if w.isupper() and len(w) >= 2)
    return bool(letters) and initials(" ".join(full_words[:-1])).startswith(letters)


def named_in_full(sites: list[Site], found: list[Block]) -> list[Site]:
    """Sites named by a short form take the full name the text also gives them."""
    names = [name for block in found for _, _, name in prose_names(block.paragraph.text)]
    for site in sites:
        fuller = [name for name in names if abbreviates(site.name, name)]
        if fuller:
            site.name = max(fuller, key=len)
    return sites


def longest_forms(sites: list[Site]) -> list[Site]:
    """Sites without those whose name is the end of another's ('East Integrated Care
    Partnership' within 'Cheshire East Integrated Care Partnership'): one site, named in full."""
    keys = {id(site): " " + " ".join(w.lower() for w in words(site.name)) for site in sites}
    return [
        site
        for site in sites
        if not any(other is not site and (keys[id(other)].endswith(keys[id(site)]) or shortens(site.name, other.name)) for other in sites)
    ]


def shortens(short: str, full: str) -> bool:
    """Whether a name is another with its last words written as their initials ('Riverside
    PCN' of 'Riverside Primary Care Network').

    >>> shortens("Riverside PCN", "Riverside Primary Care Network"), shortens("Riverside PCN", "Riverside Care Network")
    (True, False)
    """
    short_words, full_words = words(short), words(full)
    if len(short_words) < 2 or not short_words[-1].isupper():
        return False
    letters = short_words[-1]
    cut = len(full_words) - len(letters)
    return (
        cut == len(short_words) - 1
        and [w.lower() for w in full_words[:cut]] == [w.lower() for w in short_words[:-1]]
        and "".join(w[0].upper() for w in full_words[cut:]) == letters
    )


# The words a news page labels its links to other stories with ('Most read', 'Related articles').
OTHER_STORIES_LABEL = r"most\s+(?:read|popular)|related\s+(?:articles|stories|news|content|posts)|top\s+stories"
FURNITURE = re.compile(
    r"^\s*(?:\[.*\]|skip to .*|skip\s+(?:ribbon|navigation|nav|links|main|content)\b.*|(?:go|jump)\s+to\s+(?:the\s+)?(?:main\s+)?content|search\b.*|.*\bsearch\s+here\b.*|home|you\s+are\s+here:?|back\s+to\s+top|(?:back\s+to\s+)?top\s+of\s+(?:the\s+)?page|cookie.*|"
    # a trail of links from the home page to a news item ('Home   Maidstone   News   Article')
    r"home\s+(?:[\w&'’-]+\s+){0,4}(?:news|articles?|stories|blog|press\s+releases?)(?:\s+[\w&'’-]+){0,3}|"
    # or one printed with slashes or bars, without the item ('Home / News', 'Home | Our work')
    r"home(?:\s*[/|]\s*[\w&'’-]+(?:\s+[\w&'’-]+){0,3})+\s*[/|]?|.*\b(?:browser|cookies|javascript)\b.*|this\s+(?:site|website|page)\s+(?:is|uses)\b.*|for\s+the\s+best\s+(?:possible\s+)?experience\b.*|learn\s+more|read\s+more|(?:profile\s+)?(?:picture|photo|image)\s+(?:of|for)\b.*|(?:decision|issue|meeting|item)\s+details|agenda\s+item|(?:agenda\s+)?item\s+(?:no\.?\s*)?\d+[a-z]?(?:\.\d+)*\.?|.+\s+logo|(?:services\s+)?(?:provided|brought\s+to\s+you)\s+by|(?:(?:main|mobile|site|navigation|nav|menu|icon|toggle|open|close|home|search)\s*)+|share\b.*|published:?|(?:last\s+)?(?:updated|reviewed)(?:\s+on)?:?|posted .*|by [a-z].*|"
    r"\w+\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4}|"
    r".*\((?:left|right|centre|center|second (?:left|right)|pictured|l|r|c)\).*|"
    # a link to a listing, an accessibility tool and its notice, a picture's copyright line
    # ('View all news', 'ReciteMe', 'Image copyright Getty Images Image caption …')
    r"view\s+all\b.*|.*\brecite\s*me\b.*|.*\baccessibility\s+tool(?:bar|s)?\b.*|(?:image|photo|picture)\s+copyright\b.*|"
    # a post's link to itself and a video player's button ('- Permalink', 'Play Brightcove video')
    r"[-–•]?\s*permalink|play\s+(?:[\w-]+\s+)?video|"
    # a news site's prompt to its videos ('Watch more of our videos on ShotsTV.com'), a printed
    # magazine's folio ('12 • Profile') and a regulator's section ('Background to this inspection')
    r"watch\s+(?:more|our|the\s+latest)\b.*\bvideos?\b.*|\d+\s*[•|]\s*[A-Za-z][\w&' -]{0,30}|background(?:\s+to\s+(?:this|the)\s+(?:inspection|report))?|"
    # a page's accessibility controls ('High Contrast', 'Text size', 'Listen')
    r"(?:[\w-]+\s+){0,3}(?:graphic|image|banner)(?:\s+\d+)?|(?:[^,]+,\s+)?this\s+(?:site|website|page)\s+(?:will|has|was|is\s+no\s+longer)\b.*|(?:(?:high|normal|default)\s+contrast|(?:change\s+)?text\s+size|accessibility(?:\s+tools)?|listen|print(?:\s+this\s+page)?|a\s*a\s*a)|"
    # a paywall's lines, and a template's placeholder ('[DAYS_LEFT] days left of your free trial')
    r"(?:subscribe|sign\s+up|sign\s+in|log\s*in)\b.*|.*\bfree\s+trial\b.*|.*\[[A-Z]+(?:_[A-Z]+)+\].*|"
    # a byline that says whom the piece was written for ('WRITTEN FOR WhereIsTheCare – Feb 2016.')
    r"written\s+(?:for|by)\b.*|"
    # a photograph's caption with its credit ('Two volunteers at Hill Surgery. - Credit: Jo Bloggs')
    r".*\s[-–—|]\s*(?:photo(?:graph)?\s+)?(?:credit|picture|photo|image)s?\s*:.*|"
    # or the credit alone ('Photo by Tim Marshall', 'Image courtesy of Jo Bloggs', 'Picture c/o
    # Pixabay', 'Courtesy of Hill Trust'), or a picture's label and what it shows ('Photograph:
    # Four pegs courtesy of …'), or its file's size ('… cover 80x101px')
    r"(?:photo(?:graph)?|picture|image)s?\s+(?:by|courtesy\s+of|c/o)\s.*|courtesy\s+of\s.*|(?:photo(?:graph)?|picture|image)s?\s*:.*|.*\b\d+x\d+px\b.*|"
    # a magazine's prompt to its issue ('Read the latest issue online'), a post's category
    # ('News Posted in News.') and a site's notice of the pandemic ('Advice on Novel Coronavirus
    # (2019-nCoV)')
    r"read\s+the\s+latest\s+issue\b.*|(?:[\w&]+\s+)?posted\s+in\s+[\w&,\s]+\.?|save\s*for\s+later\b.*|"
    r"(?:latest\s+)?(?:advice|information|guidance|updates?)\s+(?:on|about)\s+(?:the\s+)?(?:novel\s+)?(?:coronavirus|covid(?:-19)?)\b.*|"
    # a report's section heading ('Executive Summary', 'Introduction', 'Key findings') and a
    # notice's stage ('Award', 'Contract award notice'), above the text they head
    r"(?:executive\s+)?summary|introduction|overview|(?:table\s+of\s+)?contents|foreword|abstract|key\s+(?:points|findings|messages)|"
    r"(?:contract\s+)?award(?:\s+notice)?|"
    # a single word in lower case, no heading's (a page's script left in its text: 'fbpx')
    r"(?-i:[a-z][a-z0-9_]*)|"
    # a line of figures, a telephone number ('01423 724012 (m: 07775 925078)'): two letters at
    # most; or a rule of underscores, no letter at all
    r"(?=(?:[^A-Za-z\n]*[A-Za-z]){0,2}[^A-Za-z\n]*$).*\d.*|[^A-Za-z0-9\n]+|"
    # a notice asking the reader to write in ('To report any issues with the information below
    # please email …'), and a council's notice to the public above its meetings ('Members of the
    # public are welcome to attend our meetings …', 'Webcast: View the webcast')
    r"(?![\"“‘'])(?:[^.!?\n]*[.!?]\s+)?[^.!?\n]*\bplease\s+e-?mail\b[^!?\n]*|members\s+of\s+the\s+public\s+are\s+(?:welcome|invited|entitled)\b.*|webcast\b.*|"
    # (and the standing items of its agenda: 'Apologies', 'Minutes:', 'Disclosure of Pecuniary
    # and Non-Pecuniary Interests', 'Minutes of the Last Meeting', 'Urgent Business')
    r"items|apologies(?:\s+for\s+absence)?|minutes\s*:?|(?:declarations?|disclosures?)\s+of\s+.*\binterests?\b.*|"
    r"(?:confirmation\s+of\s+(?:the\s+)?)?minutes\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting.*|urgent\s+business|(?:date\s+of\s+)?(?:the\s+)?next\s+meeting.*|"
    # a report's addressee ('To the Chair and Members of the Scrutiny Panel'), a letter's
    # greeting ('Dear all,', 'Dear Patients')
    r"to\s+the\s+(?:chair(?:man)?|members)\b.*|dear\s+(?:[\w’'-]+\s*){1,3},?|"
    # a reading time ('1 minute read', '4 min read')
    r"\d+\s+min(?:ute)?s?\s+read|"
    # an icon's label, a journal page's tabs, a kind of page ('Apple icon', 'Article Text',
    # 'Download PDF', 'Fact sheet')
    r"[\w-]+\s+icon|article\s+text|download\s+(?:the\s+)?pdf(?:pdf)?|fact\s*sheet|"
    # a link's text ('Please click here to view the report')
    r".*\bclick\s+here\b.*|"
    # a news page's label over an advertisement ('Advertisement', 'Sponsored content'), or over
    # links to its other stories ('More on KentOnline', 'Most read', 'Related articles')
    r"advertisement|advert|sponsored(?:\s+content)?|more\s+(?:on|from)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|"
    rf"{OTHER_STORIES_LABEL}|"
    # a kind of page alone ('Case study', 'Case study summary'), and a masthead's slogan ('At the
    # heart of general practice since 1960')
    r"case\s+stud(?:y|ies)(?:\s+summary)?|(?:[\w'’-]+\s+){1,7}since\s+(?:1[89]|20)\d\d|"
    # a members' area's prompt ('Please enter your login details', 'Log in', 'Forgotten password?')
    r"(?:please\s+)?(?:enter\s+your\s+(?:login|log-in|sign-in)\s+details|log\s*in|sign\s+in|sign\s+up|forgotten\s+(?:your\s+)?password\??)|"
    # a cookie banner's buttons ('Continue Find out more', 'Accept all cookies Reject')
    r"(?:(?:continue|accept(?:\s+all)?(?:\s+cookies)?|reject(?:\s+all)?|ok|got\s+it|close|find\s+out\s+more|learn\s+more|read\s+more|"
    r"more\s+info(?:rmation)?|(?:cookie\s+)?settings)\s*)+|"
    # a section's label, only the words for kinds of page ('News, Policy & Media', 'Latest news')
    # (and a council site's sections: 'Council meetings', 'Council and democracy', 'Agenda and minutes')
    # ('Agenda and draft minutes', 'Issue - meetings')
    r"(?:council|committee)\s+meetings|council\s+and\s+democracy|your\s+council|agenda(?:,\s+decisions)?\s+and\s+(?:draft\s+)?minutes|issue\s+[-–]\s+meetings|"
    # a notice of a page's age ('This content is more than five years old')
    r"this\s+(?:content|article|page|story|post|item)\s+is\s+(?:more\s+than|over)\s+\w+\s+years?\s+old\.?|"
    # (and a meeting page's venue and contact, and its table's header: 'Venue: Committee Room 1',
    # 'No. | Item |'; a decision page's fields: 'Meeting: 10/03/2015 - Cabinet (Item 139)',
    # 'Decision Maker: …', 'Is Key decision?: Yes')
    r"(?:venue|contact|meeting|decision\s+maker|decision\s+status|decision\s+date|date\s+of\s+decision)\s*:.*|is\s+(?:key\s+decision|subject\s+to\s+call[\s-]*in)\??\s*:.*|(?:items\s+)?no\.?\s*\|?\s*item\s*\|?|"
    # (and a report's or a case study's fields: 'Report Authorised by: …', 'Contact Officer: …',
    # 'Wards affected: …', 'Location: Cornwall')
    r"(?:report\s+)?(?:authori[sz]ed\s+by|author|contact\s+officer|lead\s+officer|wards?\s+affected|key\s+decision|location)\s*:.*|"
    r"(?:(?:latest|our|all|recent)\s+)?(?:news|policy|media|events|blogs?|press(?:\s+releases?)?|updates|insights|resources|articles?|stories)"
    r"(?:\s*(?:,|&|and|/)\s*(?:news(?:\s+releases?)?|policy|media|events|blogs?|press(?:\s+releases?)?|updates|insights|resources|articles?|stories|releases))*|"
    # a site's menu after its short name in lower case ('blmc home contact us'), and a news
    # site's small ads ('Small ads', 'Classifieds')
    # (not a home of care: 'care home')
    r"(?!(?:care|nursing|residential)\s)[a-z][\w-]{1,15}\s+(?:(?:home|contact(?:\s+us)?|about(?:\s+us)?|news|search|menu|log\s*in|sitemap|links)\s*)+|"
    r"(?:(?:home|contact\s+us|about\s+us|email\s+us|useful\s+links|sitemap|log\s*in)\s*){2,}|(?:contact|email)\s+us|useful\s+links|web\s+design\s+by\b.*|"
    r"small\s+ads|classifieds?|"
    # a contact line with its number ('Contact Us   0151 601 7636'), a blog's archive heading
    # ('Monthly Archives: October 2017'), a repost's credit ('Blog originally posted by …') and
    # a job advert's sections ('Job summary', 'Main duties of the job')
    # (or the number first: '01622 851197 Contact us'); a link back to a listing ('Back to all news')
    r"(?:\+?[\d(][\d\s()+-]{5,})?(?:contact|call|email)\s+us\b[\s:]*[\d\s()+-]*|back\s+to\s+(?:all\s+|the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+)?|(?:(?:monthly|yearly|daily|category|tag|author|blog|news)\s+)?archives?(?:\s*:.*)?|"
    r"(?:(?:this\s+)?(?:blog|article|post|story)\s+(?:was\s+)?)?(?:originally|first)\s+(?:posted|published|appeared)\b.*|"
    r"job\s+(?:summary|description|responsibilities|overview|details)|main\s+duties(?:\s+of\s+the\s+(?:job|post|role))?|person\s+specification|"
    # a page's links to social networks ('Socialize', 'Twitter', 'Facebook LinkedIn'), among
    # what else a visitor may do there ('Join Now   Blog   LinkedIn   Twitter')
    r"(?:(?:socialize|socialise|social\s+media|follow\s+us|twitter|facebook|linkedin|instagram|youtube|whatsapp|tiktok|email|print|"
    r"join(?:\s+(?:now|us|today))?|blogs?|subscribe|sign\s+(?:up|in)|log\s*(?:in|out)|register|donate)\s*)+|"
    # a by-line: the writer's name, then the date ('Jo Bloggs 14 January 2021')
    r"[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+){1,2}\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+\d{4}|"
    # a date, perhaps with what happened on it ('Updated 14 November 2019', 'Date: 2022-07-02')
    r"(?:(?:last\s+)?(?:updated|published|posted|modified|reviewed)(?:\s+on)?|dated?)?\s*:?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}))\s*$",
    re.IGNORECASE,
)


def is_lower_case_tags(text: str) -> bool:
    """Whether a line is a few words in lower case and nothing else: a page's tags or menu, no
    title (a title has a capital somewhere, or words between its words).

    >>> is_lower_case_tags("kıbrıs ingiltere londra lefkoşa"), is_lower_case_tags("Hill health hub opens")
    (True, False)
    """
    tokens = text.split()
    return 2 <= len(tokens) <= 8 and all(token.isalpha() and token.islower() for token in tokens)


def is_dateline(text: str) -> bool:
    """Whether a line only dates the page: figures, months, days and times with their labels
    ('date 2021-02-17 Published: 9:00 AM February 17, 2021').

    >>> is_dateline("date 2021-02-17 Published: 9:00 AM February 17, 2021"), is_dateline("Published in March 2021 by Riverton PCN")
    (True, False)
    >>> is_dateline("24 November 2014, National"), is_dateline("24 November 2014, Hill Surgery opened")
    (True, False)
    >>> is_dateline("News release from 01/08/2018"), is_dateline("Featured Thursday, Dec 13 2018")
    (True, True)
    """
    # (or a date and the section it is filed under: '24 November 2014, National')
    tagged = DATE_THEN_TAG.match(text)
    return bool(re.search(r"\d", text)) and (all(word.lower() in DATELINE_WORDS for word in re.findall(r"[A-Za-z]+", text)) or bool(tagged))


DATE_THEN_TAG = re.compile(
    r"^\s*\d{1,2}(?:st|nd|rd|th)?\s+(?i:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}"
    r"\s*[,|–-]\s*[A-Z][\w&]*(?:\s+[A-Z&][\w&]*)?\s*$"
)


DATELINE_WORDS = (
    MONTHS
    | {m[:3] for m in MONTHS}
    | {
        "sept",
        "date",
        "dated",
        "published",
        "updated",
        "posted",
        "modified",
        "reviewed",
        "last",
        "on",
        "at",
        "am",
        "pm",
        "gmt",
        "bst",
        "st",
        "nd",
        "rd",
        "th",
        # (a news release's own date line: 'News release from 01/08/2018')
        "news",
        "press",
        "release",
        "from",
        # (a story the page features: 'Featured Thursday, Dec 13 2018')
        "featured",
    }
    | {d + "day" for d in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")}
)
SITE_NOUNS = re.compile(
    r"(?i)^\s*(?:programme|vanguard|partnership|network|alliance|federation|practice|super-practice|pilot|scheme|model)\b"
)


def title_block(found: list[Block]) -> Block:
    """The document's title: its first block that is not page furniture (a '[Skip to content]'
    link, a search box, a photo caption, a byline or a date), nor a bulleted menu entry or
    breadcrumb above it ('• Doctor'), nor a page heading that the page prints twice over."""

    def furniture(i: int, block: Block) -> bool:
        doubled = (i + 1 < len(found) and found[i + 1].text.strip() == block.text.strip()) or (
            len(block.lines) >= 2 and len({line.text.strip() for line in block.lines}) == 1
        )
        return (
            bool(FURNITURE.match(block.text))
            # (also behind the page's date: ' date 2017-11-22 Search')
            or bool(DATE_FIELD.match(block.text) and FURNITURE.match(DATE_FIELD.sub("", block.text)))
            or is_dateline(block.text)
            # (or lines each furniture or a date: 'top of page' over 'Search', 'Back to all news'
            # over '31 January 2026')
            or (len(block.lines) > 1 and all(FURNITURE.match(line.text) or is_dateline(line.text) for line in block.lines))
            or len(block.text) <= 3
            or doubled
            or (block.kind == "item" and len(block.text.split()) <= 4)
            # a newspaper's masthead ('Express & Star') above its story
            or bool(MEDIA.match(block.text.strip()))
            # a quotation set above the text ('“Being able to talk has made me feel …”')
            or bool(re.match(r"\s*[“\"].*[”\"]\s*$", block.text, re.S))
            # a line of tags or a menu in lower case, no word of it a capital's ('health news
            # riverton hill')
            or is_lower_case_tags(block.text)
            # a template's placeholder text left on the page ('lorem ipsum dolor sit amet …')
            or bool(re.match(r"(?i)\s*lorem\s+ipsum\b", block.text))
            # a place alone, the section a news page files its story under ('England'), or a
            # date's label with no date ('Last updated:')
            or (len(block.text.split()) <= 3 and is_place_only(block.text.strip()))
            or bool(re.fullmatch(r"(?i)\s*(?:last\s+)?(?:updated|published|reviewed)(?:\s+on)?\s*:?\s*", block.text))
        )

    # a breadcrumb ('Home >> News >> Title') ends with the page's own title; what is above it
    # is navigation or another story's teaser
    crumbs = next((block for block in found[:6] if BREADCRUMB.match(block.text)), None)
    if crumbs is not None:
        return crumbs
    # a trail that ends on its separator ('Home > Adults > Care of the Elderly >') has the
    # page's title below it, and navigation or a site's banner above
    trail = next((i for i, block in enumerate(found[:6]) if is_open_trail(block.text)), -1)
    return next((block for i, block in enumerate(found) if i > trail and not furniture(i, block)), found[0])


TRAIL_SEPARATOR = re.compile(r"\s(?:>>|>|»|›)(?:\s|$)")


def is_open_trail(text: str) -> bool:
    """Whether a line is a trail of links to a page printed without the page's own title, each
    crumb followed by its separator ('Information > ', 'Home > Adults > Care of the Elderly >').

    >>> is_open_trail("Home > Adults > Care of the Elderly >"), is_open_trail("Home > News > Hill opens")
    (True, False)
    """
    crumbs = TRAIL_SEPARATOR.split(" " + text.strip() + " ")
    return len(crumbs) >= 2 and not crumbs[-1].strip() and all(0 < len(c.strip()) <= 40 and "<" not in c for c in crumbs[:-1])


# A trail of links to the page, ending with its title: 'Home >> news >> Collaboration between …'.
BREADCRUMB = re.compile(
    r"^\s*(?i:home)\s*(?:>>|>|»|›)\s*(?:[^>»›\n]{1,40}\s*(?:>>|>|»|›)\s*)*(?P<title>[^>»›\n]*[^\s>»›][^>»›\n]*\s[^\s>»›][^>»›\n]*)$"
)


QUOTED_KIND = re.compile(
    r"[‘'\"“](?P<name>[A-Z][\w'’&-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w'’&-]*){0,5})[’'\"”]\s+"
    r"(?:GP\s+)?(?:Federation|Confederation|Partnership|Alliance|Network|PCN|Primary\s+Care\s+Network|Collaborative|Consortium)\b"
)


def trail_end(text: str) -> int:
    """Where a trail of links to a page ends on its title line: after the last of two or more
    '>' (or '»', '›') between crumbs; 0 when the line is no trail.

    >>> text = "Riverton Partnership > Resources > Case study: Hill Service"
    >>> text[trail_end(text):]
    'Case study: Hill Service'
    >>> trail_end("Hill > Dale")
    0
    """
    marks = list(re.finditer(r"\s(?:>>|>|»|›)\s", text))
    return marks[-1].end() if len(marks) >= 2 else 0


DEFINED_ABBREVIATION = re.compile(
    r"(?P<name>(?:(?:[A-Z][\w'’&-]*|\d+)[^\S\n]*\n?[^\S\n]*(?:(?:and|of|for|in|on|the|to|&)[^\S\n]+){0,2}){1,8})"
    r"\((?P<abbreviation>[A-Z][A-Z0-9]{1,7})\)"
)
ABBREVIATION_IN_BRACKETS = re.compile(r"\([A-Z][A-Z0-9]{1,7}\)")
# Words of kinds and legal forms that an abbreviation may stand for without naming anything.
KIND_ONLY_WORDS = {"system", "systems", "accountable", "interest", "company", "limited", "liability", "public"}


def stands_for(words_: list[str], abbreviation: str) -> bool:
    """Whether an abbreviation is these words' initials, one letter a word.

    >>> stands_for(["Health", "on", "the", "Streets"], "HOTS"), stands_for([], "HOTS")
    (True, False)
    """
    return "".join(w[0].upper() for w in words_) == abbreviation


def skipping_initials(words_: list[str], abbreviation: str) -> list[str]:
    """The words an abbreviation stands for when it skips some inside a place ('NICS' for
    'North East Essex Integrated Community Services'): its letters are the initials of the
    first word and of the last words in order, skipping at most two words between.

    >>> skipping_initials("North East Essex Integrated Community Services".split(), "NICS")
    ['North', 'East', 'Essex', 'Integrated', 'Community', 'Services']
    >>> skipping_initials("Riverside Health Partnership".split(), "RPX")
    []
    """
    initials_ = [w[0].upper() for w in words_]
    for begin in range(len(words_)):
        if initials_[begin] != abbreviation[0]:
            continue
        at, skipped = begin + 1, 0
        for letter in abbreviation[1:]:
            while at < len(words_) and initials_[at] != letter:
                at, skipped = at + 1, skipped + 1
            at += 1
        if at == len(words_) and skipped <= 2 and len(words_) - begin > len(abbreviation):
            return words_[begin:]
    return []


def own_abbreviations(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, abbreviation) of names given with their own abbreviation in brackets,
    the abbreviation standing for at least one word that is not generic ('Riverside Personal
    Care Team (PCT)'), and the name not an organisation that the reference data knows.

    >>> [n for _, _, n, _ in own_abbreviations("We set up the Riverside Personal Care Team (PCT) last year.")]
    ['Riverside Personal Care Team']
    >>> own_abbreviations("Exampleshire Clinical Commissioning Group (CCG) said so.")
    []
    >>> [n for _, _, n, _ in own_abbreviations("It has learned that Our Riverton Partnership (ORP) has offered to help.")]
    ['Our Riverton Partnership']
    >>> [n for _, _, n, _ in own_abbreviations("From April. Innovations in Riverton Care (IRC) is owned by 18 practices.")]
    ['Innovations in Riverton Care']
    >>> [n for _, _, n, _ in own_abbreviations("A talk by GPs of Hill Health Partnership (HHP) Primary Care Network.")]
    ['Hill Health Partnership']
    """
    found = []
    for bracket in ABBREVIATION_IN_BRACKETS.finditer(text):
        # the name is read backwards from the bracket, within the few words before it
        window_start = max(0, bracket.start() - 160)
        match = DEFINED_ABBREVIATION.search(text, window_start, bracket.end())
        while match is not None and match.end() != bracket.end():
            match = DEFINED_ABBREVIATION.search(text, match.end(), bracket.end())
        if match is None:
            continue
        start, end = match.span("name")
        abbreviation = match.group("abbreviation")
        # an opening word the abbreviation stands for too is part of the name ('Our Health
        # Partnership (OHP)')
        whole = re.findall(r"[A-Za-z]+", text[start:end])
        opening = [w for w in whole if w.lower() not in ("and", "of", "for", "in", "nhs")][-len(abbreviation) :]
        kept = (
            len(opening) == len(abbreviation)
            and opening[0].lower() in LEADING_WORDS
            and opening[0][:1].isupper()
            and stands_for(opening, abbreviation)
        )
        tokens = text[start:end].split()
        while tokens and tokens[0].lower() in LEADING_WORDS and not (kept and tokens[0] == opening[0] and len(tokens) <= len(whole)):
            start += text[start:end].index(tokens[0]) + len(tokens.pop(0))
        start = end - len(text[start:end].lstrip())
        if kept:
            start = max(start, text.rfind(opening[0], start, end) if text.rfind(opening[0], start, end) >= 0 else start)
        name = text[start:end].strip()
        letters = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in ("and", "of", "for", "in", "the", "nhs")]
        standing = letters[-len(abbreviation) :] if len(letters) >= len(abbreviation) else []
        # (or for every word, the small ones too: 'Health on the Streets (HOTS)')
        every = re.findall(r"[A-Za-z]+", name)[-len(abbreviation) :]
        if not stands_for(standing, abbreviation) and stands_for(every, abbreviation):
            standing = every
        if stands_for(standing, abbreviation):
            # the name starts after an article or a description ending in lower case ('Trust-led')
            # before the word the abbreviation's first letter stands for ('Staff from Hill Surgery
            # and the Riverton Care Partnership (RCP)'), not at other capitals before it ('North
            # Halifax Partnership Primary Care Home (PCH)')
            tokens = list(re.finditer(r"[A-Za-z]+", name))
            wanted = list(standing)
            while tokens and wanted:
                first = tokens.pop()
                if first.group(0) == wanted[-1]:
                    wanted.pop()
            # (nor at people before the small word that leads to their body: 'GPs of Hill
            # Health Partnership (HHP)')
            if not kept and re.search(r"(?:\bthe|\b(?:of|from|at|with|by)|[\w’']-[a-z]+)\s+$", name[: first.start()]):
                start, name = start + first.start(), name[first.start() :]
        else:
            standing = skipping_initials(letters, abbreviation)
            if not standing:
                continue
            # the name starts at the word the abbreviation's first letter stands for
            first = re.search(rf"\b{re.escape(standing[0])}\b", name)
            start += first.start() if first else 0
            name = name[first.start() :] if first else name
        # (a name of common words is its own when its opening word is abbreviated too: 'Our
        # Health Partnership (OHP)')
        if all(is_generic(w) or w.lower() in KIND_ONLY_WORDS for w in standing) and not kept:
            continue
        if known_names(name) or NATIONAL_BODIES.match(name):
            continue
        # a name in quotes ('the ‘Riverside Partnership’ (RP)') ends before its closing quote
        name = name.rstrip("'’\"”")
        found.append((start, start + len(name), name, abbreviation))
    return found


# (a word may open with figures: '3W Health'; a small word may stand between capitals: 'Passport to
# Wellbeing', 'Ahead of the Game')
NAME_WORDS = (
    r"(?:[A-Z][\w'’&-]*|\d+(?:[A-Z][\w'’&-]*)?)(?:\s+(?:(?:and|of|for|to|&)\s+(?:the\s+)?)?(?:[A-Z](?:[\w'’&-]|:(?=[A-Z]))*|\d+)){0,6}"
)
# Words and verbs that introduce a body by its name: 'known as X', 'under the new name of X',
# 'merge to form X', 'We set up X'. What a page introduces by name is what it is about.
NAMING = re.compile(
    # ('under the partnership name of X', 'under the brand name X', 'under the new title of X')
    r"(?i:\b(?:known\s+(?:locally\s+|collectively\s+|jointly\s+)?as|called|named|under\s+the\s+(?:new\s+)?(?:partnership\s+|brand\s+|joint\s+|collective\s+)?(?:name|title)(?:\s+of)?|will\s+become|"
    # ('with a new partnership name - X')
    r"(?:a|the)\s+new\s+(?:partnership\s+|brand\s+|practice\s+|joint\s+|collective\s+)?name(?:\s+of)?|"
    # ('the practices are changing their names – to X', 'renamed as X')
    rf"{RENAMED}|"
    r"to\s+(?:form|create|become)|formed|set\s+up|launched|created|founded|merge\s+in\s*to|merged\s+in\s*to|"
    # ('… merger of A, B and C which will form the X', 'forming the X')
    r"(?:will|would|shall)\s+(?:form|create)|forming|"
    # 'will be merging as X', 'merged as X', 'will work together as the X', 'trading as X'
    r"merg(?:e|ed|ing)\s+as|(?:work|come|came|join)(?:s|ed|ing)?\s+together\s+as|trad(?:e|es|ing)\s+as|"
    # 'commissioned Riverton Hospital, in the form of Riverton Primary Care, to provide …'
    r"in\s+the\s+form\s+of|"
    # '… merge A, B and C into the unified X'
    r"into\s+(?:the|a)\s+(?:unified|combined|merged|enlarged)|"
    # 'the formation of X', 'the creation of X'
    r"(?<=the\s)(?:formation|creation|establishment|launch)\s+of|"
    # 'the two practices now form part of X': the body merging practices make
    r"(?<=practices\s|surgeries\s)(?:now\s+)?form\s+part\s+of)"
    # 'merged to become one X', 'to form a single X', 'merge into one – X': a count of one before the name
    # ('merge in to one, X')
    # (the kind of body, then a dash: 'merged as one practice – X –')
    r")\s+(?:(?:one|an?|a\s+single|a\s+new|a\s+single\s+new),?\s+)?(?:(?:practice|surgery|organisation|partnership|provider)\s+(?=[–—-]))?"
    r"(?:[–—-]\s+)?(?:[Tt]he\s+)?['‘\"“]?(?:[Tt]he\s+)?(?P<name>" + NAME_WORDS + ")"
)
PRODUCT_BEFORE = re.compile(r"(?i)\b(?:website|web\s+site|app|application|platform|system|tool|software|portal|service)\s*$")
# A document a verb of naming names ('a plan called the Riverton Forward View', 'an agreement
# called the Deal for Health'; not 'the plan to form a Joint Venture').
DOCUMENT_CALLED = re.compile(
    r"(?i)\b(?:plan|strategy|policy|report|document|paper|framework|guide|leaflet|booklet|video|film|agreement|charter|pledge|compact)"
    r"\s+(?:called|named|entitled|titled|known\s+as)\s"
)
# 'the new X' introduces X only when X says what it is ('the new Riverside Medical Group', not
# 'the new Wokingham division').
# A newspaper may print the head in lower case ('The new Parcliffe practice in St Annes').
NEW_BODY = re.compile(
    r"\b[Tt]he\s+new\s+(?P<name>" + NAME_WORDS + r"(?:\s+(?:practice|surgery|partnership|alliance|network|federation|group))?)(?![\w'’-])"
)
# The same, with the name as the subject: 'X was set up in 2013', 'X has been launched'.
NAMED_AS_SUBJECT = re.compile(
    # (its abbreviation in brackets perhaps between: 'The Bury Local Care Organisation (Bury LCO) was launched',
    # or what its abbreviation stands for: 'City and Hackney ELIC (East London integrated care) has been set up')
    r"(?:The\s+)?(?P<name>" + NAME_WORDS + r")(?:\s+\([^()]{1,40}\))?\s+(?:(?:was|were|has\s+been|have\s+been|is\s+being)\s+"
    r"(?:formed|set\s+up|launched|created|established|founded|born)\b"
    # 'X is planning to launch in April', 'X is due to launch'
    r"|(?:is|are)\s+(?:planning|due|set|about|preparing|expected)\s+to\s+(?:launch|go\s+live)\b"
    # 'X has evolved from A and B'
    r"|(?:has|have|had)\s+(?:evolved|emerged|grown)\s+(?:out\s+of|from)\b"
    # 'X – the name of the county's new Integrated Care System –'
    r"|[–—-]\s+the\s+(?:new\s+)?name\s+(?:of|for|given\s+to)\b)"
)
# Bodies with a statutory role (trusts, commissioners, councils, regulators): a single-site page
# names them as partners or commissioners, not as the partnership it is about.
OFFICIAL = re.compile(
    r"(?i)\b(?:trust|ccg|ccgs|clinical\s+commissioning\s+groups?|icb|integrated\s+care\s+board|council|"
    r"authority|commission|healthwatch|nhs\s+england|department)\b"
)
# Bodies a partnership is made of (a practice, a surgery, a hospital, a hospice): on a page about
# one partnership they are members, unless a naming verb introduces them as the new body.
MEMBER_BODY = re.compile(r"(?i)\b(?:surgery|surgeries|health\s+centre|medical\s+centre|hospital|hospice)$")
LIST_MARK = re.compile(r"^\s*[·•▪●]\s")
PLURAL_ABBREVIATION = re.compile(r"\(([A-Z][A-Z0-9]{1,7})s\)")

# The evidence that a name is the one a single-site page is about, and what each is worth. The
# weights are few and fixed: being introduced by a naming verb, or ending in a word that says
# the body is a partnership, is worth most; the headline counts more than the opening paragraphs;
# every further naming adds a little, capped so that a body named often in passing (a trust, a
# member practice) cannot outweigh the one the page defines. (Each weight moved by one either
# way changes at most one corpus document: the choice does not hang on a finely tuned number.)
WEIGHTS = {
    "title": 4,  # named in the title or headline
    "opening": 1,  # named in the first two paragraphs of prose after it
    "defined": 4,  # subject or object of a naming verb ('known as X', 'X was set up'), outside a list item
    "partnership word": 2,  # ends in Alliance, Partnership, …, or a sentence says it is one ('X is a partnership between')
    "site noun": 1,  # followed by 'programme', 'vanguard', 'pilot', …
    "abbreviated": 2,  # given with its own abbreviation in brackets ('… Services (NICS)')
    "repeated": 1,  # each further naming (or use of its own abbreviation, or 'the Alliance'), up to three
}
MOST_REPEATS = 3
# A heading that asks what a name is: 'What is Riverton Wellbeing?'.
WHAT_IS = re.compile(
    # (after any marks: one run of non-word characters, not nested repeats, which a line of
    # dashes sends backtracking for ever)
    r"^\W*(?:(?:What|Who)\s+(?:is|are)"
    # (or how it began, what it does: 'How did Riverton Wellbeing come about?', 'What does X do?')
    r"|How\s+(?:did|does|do|was|is|will)|What\s+(?:does|did|do|will)"
    # (or why it was made: 'Why has Riverton GP been formed?')
    r"|Why\s+(?:has|have|was|were|did))"
    r"\s+(?:the\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for|to|&)){0,6}?)"
    r"(?:\s+(?-i:[a-z]+)){0,3}\s*\?\s*$"
)
# The best name is chosen when it has at least this much evidence and leads the next.
LEAST_SCORE = 2
CLEAR_LEAD = 1


@dataclass
class Candidate:
    """A name a single-site page may be about, and the evidence for it."""

    name: str
    evidence: dict[str, int] = field(default_factory=dict)

    @property
    def score(self) -> int:
        return sum(WEIGHTS[kind] * count for kind, count in self.evidence.items() if kind in WEIGHTS)


QUOTE_CLOSE = {"‘": "’", "“": "”", '"': '"', "'": "'"}
# A quoted name: capitalised words, and the small words a name may have between them.
QUOTED_NAME = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|to|for|of|and|the|in|on|&))*")


def initials_like_a_word(tokens: list[str]) -> bool:
    """Whether a name's first word is initials in capitals that spell a small word ('AT Medics',
    'IT Partners'), before a word that is not in capitals: part of the name, not the sentence.

    >>> initials_like_a_word(["AT", "Medics"]), initials_like_a_word(["At", "Medics"]), initials_like_a_word(["THE", "PRACTICE"])
    (True, False, False)
    """
    return len(tokens) > 1 and len(tokens[0]) > 1 and tokens[0].isupper() and not tokens[1].isupper() and tokens[0] not in ("THE", "AN")


def naming_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of names a sentence introduces with a naming or defining verb."""
    spans = []
    new_bodies = [m for m in NEW_BODY.finditer(text) if words(untagged(m.group("name")))[-1].lower() in SITE_HEADS | PARTNERSHIP_WORDS]
    # a product is no body ('a website called X', 'an app known as Y')
    named = [
        m
        for m in NAMING.finditer(text)
        if not PRODUCT_BEFORE.search(text, max(0, m.start() - 30), m.start())
        and not DOCUMENT_CALLED.search(text, max(0, m.start() - 30), m.start("name"))
    ]
    for match in [*named, *NAMED_AS_SUBJECT.finditer(text), *new_bodies]:
        start, end = match.span("name")
        tokens = text[start:end].split()
        # ('One' before another capital opens a name: 'One Devon')
        while (
            tokens
            and tokens[0].lower() in LEADING_WORDS
            and not (tokens[0] == "One" and len(tokens) > 1 and tokens[1][:1].isupper())
            and not initials_like_a_word(tokens)
        ):
            start += text[start:end].index(tokens[0]) + len(tokens.pop(0))
            start += len(text[start:end]) - len(text[start:end].lstrip())
        # a name in quotes ends before its closing quote ('the newly formed ‘Hill Practice’'),
        # and runs on to it over small words ('a pilot called ‘Passport to Wellbeing’')
        if start and text[start - 1] in QUOTE_CLOSE:
            if text[end - 1] in QUOTE_CLOSE.values():
                end -= 1
            elif (stop := text.find(QUOTE_CLOSE[text[start - 1]], end, end + 60)) > 0 and QUOTED_NAME.fullmatch(text, start, stop):
                end = stop
        spans.append((start, end))
    # a count ('12 PCNs') or a bare acronym ('The first INT was set up') names no new body, nor
    # does a place's possessive before what it forms ('to form England’s first accountable care
    # organisation') (a name may open with figures glued to a letter: '3W Health')
    return [
        (a, b)
        for a, b in [*spans, *defining_sites(text)]
        if not re.match(r"\d+\b", text[a:b]) and not text[a:b].isupper() and not re.search(r"['’]s$", text[a:b])
    ]


KIND_NAME_BEFORE = re.compile(
    r"(?i)\b(?:partnership|practice|network|alliance|federation|group)\s+name(?:\s+of)?\s*(?:[-–—:]\s*)?['‘\"“]?(?:the\s+)?$"
    # (the name practices change theirs to: 'The practices are changing their names – to X')
    r"|(?i:\b(?:practices|surgeries)\s+(?:are|were|will\s+be|have)\s+chang(?:e|ed|ing)\s+their\s+names?\s*(?:[–—-]\s*)?to\s+$)"
    # (or the name given with what it is the trading name of: 'changing the name to X (trading
    # name of A and B surgeries)')
    r"|(?i:\bchang(?:e|ed|ing)\s+the\s+name\s+to\s+$)"
)


# A name in brackets right after the kind of partnership it is: 'its partnership (Modality Mid Sussex)'.
KIND_THEN_BRACKETED = re.compile(
    r"\b(?:partnership|network|federation|alliance|collaborative|consortium|group)\s+\((?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){1,5})\)"
)
# A name right after the kind of partnership it is, in lower case, as the subject of a verb:
# 'primary care collaborative Herefordshire General Practice is improving patient access'.
KIND_BEFORE_NAME = re.compile(
    rf"\b(?:collaborative|federation|alliance|partnership|consortium|vanguard)\s+(?P<name>{NAME_WORDS})"
    r"(?=\s+(?:is|are|was|were|has|have|had|will|provides|says|said)\b)"
)
# The same, with 'of' between: 'our very own GP federation of West Wakefield Health & Wellbeing'.
KIND_OF_NAME = re.compile(rf"\b(?:GP\s+)?(?:federation|alliance|collaborative|consortium)\s+of\s+(?P<name>{NAME_WORDS})")
# Practices counted under one name of their own, then listed: 'the three Cornerstones
# Practices – Shadsworth Surgery, Lambeth Street Surgery and Bentham Road Health Centre'.
COUNTED_GROUP = re.compile(
    rf"(?i:\bthe\s+)(?i:{COUNT_PATTERN})\s+(?P<name>(?:[A-Z][\w'’-]*\s+){{1,3}}(?:Practices|Surgeries))\s*[–—:-]\s*[A-Z]"
)
# A name whose kind of partnership a page leaves in lower case: 'Harness PBC consortium saw …'.
LOWER_KIND_NAME = re.compile(
    r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’&-]*\s+){1,4}(?P<kind>consortium|federation|alliance|collaborative|network|cluster))(?![\w'’-])"
)


def lower_kind_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of names a page writes with their kind of partnership in lower case,
    the kind given its capital ('Harness PBC Consortium'); not a place's alone ('the Darlington
    federation' says where, and no more).

    >>> lower_kind_names("So Harness PBC consortium decided to bid, with the Darlington federation.")
    [(3, 25, 'Harness PBC Consortium')]
    """
    found = []
    for match in LOWER_KIND_NAME.finditer(text):
        tokens = match.group("name")[: match.start("kind") - match.start()].split()
        while tokens and (tokens[0].lower() in LEADING_WORDS or tokens[0] in OPENING_WORDS):
            tokens.pop(0)
        words_before = " ".join(tokens)
        if not words_before or is_place_only(words_before) or is_generic(words_before):
            continue
        start = match.start() + match.group(0).find(words_before)
        found.append((start, match.end(), f"{words_before} {match.group('kind').capitalize()}"))
    return found


# The words for an article or a quantifier that may open a sentence before a name.
OPENING_WORDS = ("The", "A", "An", "Several", "Some", "Many", "Most", "All", "Both", "Each", "Every", "Other")
OPENING = re.compile(rf"^(?:{'|'.join(OPENING_WORDS)})\s+")


def without_opening(name: str) -> str:
    """A name without the article or quantifier that opens its sentence ('Several Riverton
    Teams' is 'Riverton Teams').

    >>> without_opening("Several Neighbourhood Team Meetings"), without_opening("The Hill Alliance")
    ('Neighbourhood Team Meetings', 'Hill Alliance')
    """
    return OPENING.sub("", name.strip())


# A partnership its own people name: 'Our Riverton Care Network will …' (not 'Our Health
# Partnership', a name opening with 'Our', which the name itself then says).
OUR_NAMED = re.compile(
    r"(?:^|(?<=[“\"‘(]))Our\s+(?P<name>(?:[A-Z][\w'’&-]*\s+){2,5}(?:Network|Partnership|Alliance|Federation|Collaborative|PCN))\b"
    r"(?=\s+(?:will|is|has|was|brings|works|aims))"
)


AREA_AFTER = re.compile(r"\s+(?:area|footprint|boundary|boundaries|patch)\b")


def candidate_sites(found: list[Block], title: Block) -> list[Candidate]:
    """The names a page with one site may be about, each with its evidence (see WEIGHTS):
    organisation-like names, names introduced by a naming verb, names given with their own
    abbreviation, and the name the title's common noun stands for ('An alliance …'). A name
    with no proper word ('The Hub'), a national or statutory body, and a practice that no
    naming verb introduces (a member, not the new body) are no candidates."""
    whole = "\n".join(block.paragraph.text for block in found)
    lower_kinds = kinds_defined_in_lower_case(whole)
    later = [block for block in found if block is not title]
    # the opening: the first two paragraphs of prose after the title (not a date, nor a menu)
    # (a copy of the title that the page prints again below it is no opening of its own)
    opening = [
        block for block in later if block.kind != "item" and len(block.text.split()) >= 8 and block.text.strip() != title.text.strip()
    ][:2]
    byname: dict[str, Candidate] = {}
    defined: set[str] = set()
    # names that are where a body is, or some body's partner: never the page's site unless defined
    set_aside: set[str] = set()
    # practices said to merge, and the name a naming verb gives a new practice ('the newly formed X')
    merged: set[str] = set()
    # and each of them, a member of the practice they make, never the page's site alone
    merging: set[str] = set()
    new_practices: set[str] = set()
    partnerships: set[str] = set()
    # the items of a list of members ('Partners involved:') are members, not the page's site
    members = {id(found[i]) for i in member_items(found)}
    # (a page with no blank lines runs its title into its text: the title is its first line,
    # and the lines after it open the page)
    title_text = first_real_text(title.lines)
    run_on_title = title_text if len(title.lines) > 3 else None
    for block in found:
        if id(block) in members:
            continue
        text = block.paragraph.text
        persons = roster_persons(block.paragraph)
        spans = [(a, b, text[a:b]) for a, b in naming_spans(text)]
        # a heading that asks what a name is ('What is Riverton Wellbeing?') introduces it
        asked = WHAT_IS.match(text)
        if asked:
            spans.append((*asked.span("name"), asked.group("name")))
        # a sentence that defines a partnership ('X is a partnership between', 'Our network is called X'),
        # or an apposition that says what a name is ('X, a local partnership,'; not 'another')
        said = [(a, b, text[a:b]) for a, b in defining_sites(text) if not text[a:b].isupper()]
        pairs = merged_pairs(text)
        said += (
            [
                (m.start("name"), m.end("name"), m.group("name"))
                for m in appositive_names(text)
                if not re.match(r"[\s,(]*another\b", text[m.end("name") :], re.I)
                # (nor a wider one the page's own body is part of: 'We are all part of X, a
                # partnership of 13 practices')
                and not PART_OF_BEFORE.search(text, max(0, m.start("name") - 30), m.start("name"))
            ]
            + one_of_kind_sites(text)
            + practice_runners(text)
            + pairs
            # the speaker's own partnership, named ('“Our Primary Care Federation Network will be …')
            + [(m.start("name"), m.end("name"), m.group("name")) for pattern in (OUR_NAMED, OUR_NOUN_NAMED) for m in pattern.finditer(text)]
            # a quoted name before the kind of partnership it is ('the ‘One Health Lewisham’ GP Federation')
            + [(m.start("name"), m.end("name"), m.group("name")) for m in QUOTED_KIND.finditer(text)]
            # a name in brackets after the kind of partnership it is ('Hill Health Centre and its
            # partnership (Riverton Mid Sussex)')
            + [(m.start("name"), m.end("name"), m.group("name")) for m in KIND_THEN_BRACKETED.finditer(text)]
            # a name right after the kind of partnership it is, in lower case ('primary care
            # collaborative Herefordshire General Practice is improving …')
            + [(m.start("name"), m.end("name"), m.group("name")) for m in KIND_BEFORE_NAME.finditer(text)]
            # a partnership named by its kind, then the places it spans ('a GP run Federation of
            # Windsor, Ascot and Maidenhead (F-WAM for short)')
            + [(m.start("name"), m.end("name"), m.group("name")) for m in KIND_OF_PLACES.finditer(text)]
            # ('our very own GP federation of West Wakefield Health & Wellbeing')
            + [
                (m.start("name"), m.end("name"), m.group("name"))
                for m in KIND_OF_NAME.finditer(text)
                # (not what it is made of: 'a federation of 10 GP practices')
                if m.group("name")[:1].isupper()
                and not re.match(r"\s+(?:practices|surgeries|partners)\b", text[m.end("name") :])
                and not is_generic(m.group("name"))
                and not is_place_only(m.group("name"))
            ]
            # a group of practices, counted, then listed ('the three Cornerstones Practices – A, B and C')
            + [
                (m.start("name"), m.end("name"), m.group("name"))
                for m in COUNTED_GROUP.finditer(text)
                if not is_place_only(re.sub(r"\s+\S+$", "", m.group("name")))
            ]
        )
        merged |= {org_key(name) for _, _, name in pairs}
        merging |= {org_key(part) for _, _, name in pairs for part in merged_names(name)}
        # (or the name a merger gives: 'three practices will merge into one — X')
        new_practices |= {
            org_key(name)
            for a, _, name in spans
            if is_practice_name(name) or MERGING.search(text, max(0, a - 60), a) or NEW_PRACTICE_NAMED.search(text, max(0, a - 60), a)
        }
        # (or by the place partners are said to be in: 'Key partners in the Riverton place:')
        for_place = kind_for_place(text, lower_kinds) + [(*m.span("name"), m.group("name")) for m in PARTNERS_IN_PLACE.finditer(text)]
        partnerships |= {org_key(re.sub(r"^(?:The|A|An)\s+", "", name)) for _, _, name in said + for_place}
        # a name given as a partnership's ('a new partnership name - X', 'the practice name of X'),
        # or the practice a merger makes ('… plans to merge A and B. The new entity, to be named X')
        partnerships |= {
            org_key(name)
            for a, _, name in spans
            if KIND_NAME_BEFORE.search(text, max(0, a - 40), a) or (is_practice_name(name) and MERGING.search(text))
        }
        if block.kind != "item" and not LIST_MARK.match(text):
            defined |= {org_key(re.sub(r"^(?:The|A|An)\s+", "", name)) for _, _, name in spans + said}
        elif asked:
            # (a question about a name introduces it, set as a list's entry too: '• How did X come about?')
            defined.add(org_key(asked.group("name")))
        # a plural abbreviation ('Integrated Neighbourhood Teams (INTs)') is read as its singular
        singular = PLURAL_ABBREVIATION.sub(r"(\1) ", text)
        # (a kind of contract is no body: 'Alternative Provider Medical Services (APMS) contracts')
        abbreviated = [
            (a, b, without_opening(name))
            for a, b, name, _ in own_abbreviations(singular)
            if not CONTRACT_AFTER.match(singular, b) and not names_no_body(name)
        ]
        for _a, _b, name in abbreviated:
            byname.setdefault(org_key(name), Candidate(name)).evidence["abbreviated"] = 1
        places: set[tuple[str, int]] = set()
        trail = trail_end(text) if block is title else 0
        # (and a partnership named by its kind, then the place it is for: 'the Integrated Care
        # System (ICS) for Riverton, Hill & Dale')
        for start, end, name in (
            prose_names(text, PARTNERSHIP_WORDS | PROGRAMME_WORDS) + spans + said + abbreviated + lower_kind_names(text) + for_place
        ):
            name = without_opening(name)
            # a newspaper that prints the page is never what it is about
            if not words(name) or where_a_partnership_works(text, start) or MEDIA.search(name) or CONTRACT_AFTER.match(text, end):
                continue
            # money or an illness is no body ('the Community Infrastructure Levy (CIL)', 'the Riverton Fund')
            # (and a practice listed by its code is a practice: 'G85012 Aylesbury Partnership')
            if names_no_body(name) or CODE_BEFORE.search(text, max(0, start - 10), start):
                continue
            key = org_key(name)
            # a building a body is based in is where it is, not what the page is about; a body
            # listed as someone's partner ('will work with two partners – X and Y') is a partner
            if is_venue(text, Mention(text[start:end], name, ORGANISATION, 0)):
                set_aside.add(key)
            if in_partner_list(text, start, end) or PARTNERS_THEN.search(text, max(0, start - 40), start):
                set_aside.add(key)
            # and so is the body a roster gives beside a person who attended ('Jo Bloggs – X')
            if in_roster_row(block.paragraph, persons, start):
                set_aside.add(key)
            # a body the page says has ended is what came before ('following dissolution of X'),
            # and so is a provider the sentence says is leaving its contract ('X, which operates
            # from the Y Centre, revealed it would not be extending its contract')
            close = SENTENCE_END.search(text, end)
            if ENDED_BEFORE.search(text, max(0, start - 40), start) or LEAVING.search(
                text, end, min(end + 160, close.start() if close else len(text))
            ):
                set_aside.add(key)
            # and the newsroom that reports the story is its source ('…, Pulse PCN has learnt')
            if NEWSROOM_AFTER.match(text, end):
                set_aside.add(key)
            # a partnership named for the ground it covers is where ('a clinic in the Hill
            # Primary Care Network area')
            if AREA_AFTER.match(text, end):
                set_aside.add(key)
            candidate = byname.setdefault(key, Candidate(name))
            if (key, end) not in places:  # one naming, however many readings find it
                places.add((key, end))
                candidate.evidence["seen"] = candidate.evidence.get("seen", 0) + 1
            if start < trail:
                pass  # a website's trail of links to the page ('Riverton Partnership > Resources > …')
            elif block is title and (run_on_title is None or name in run_on_title):
                candidate.evidence["title"] = 1
            elif block is title:
                candidate.evidence["opening"] = 1
            if any(block is lead for lead in opening):
                candidate.evidence["opening"] = 1
            if SITE_NOUNS.match(text[end:]):
                candidate.evidence["site noun"] = 1
        for _start, _end, name, abbreviation in own_abbreviations(singular):
            uses = len(re.findall(rf"(?<![\w-]){abbreviation}s?(?![\w-])", whole)) - 1
            candidate = byname.get(org_key(name))
            if candidate is not None:
                candidate.evidence["seen"] = candidate.evidence.get("seen", 0) + max(uses, 0)
    # practices a page opens by saying are merging, then names side by side ('Two surgeries have
    # agreed to merge. Hill Surgery and Dale Medical Centre said …'): the practice of both, when
    # the page gives the merged practice no name of its own ('merge to form X', 'under the name X')
    if not defined and MERGING.search(" ".join(block.text for block in [title, *opening])):
        for block in [title, *opening]:
            # (two named side by side, not a list of a group's own surgeries)
            for _start, _end, pair in practice_pairs(block.paragraph.text):
                if "," in pair:
                    continue
                byname.setdefault(org_key(pair), Candidate(pair)).evidence["defined"] = 1
                defined.add(org_key(pair))
    # (a new practice named only by its kind and town is a candidate, though its name reads as a
    # practice's: 'Weston-super-Mare GP practice')
    town_kinds: set[str] = set()
    # (or a new building's kind, given no name, and the place it opened in: 'A brand new health
    # centre … has opened in Little Hulton' is the Little Hulton health centre)
    # (a page with no blank lines: the title is its first line, the text the lines after it)
    headline = run_on_title or title.text
    run_on_lines = [line.text for line in title.lines[1:]] if run_on_title else []
    text_below = "\n".join(run_on_lines + [block.text for block in later])
    # (or the name a title glosses: 'Ways to Wellness: a collaborative approach to social prescribing')
    glossed = GLOSSED_TITLE.match(title_text.rstrip("."))
    subject = (
        named_subject(headline, text_below)
        or new_opened_in_place(title_text)
        or (glossed.group("name") if glossed and not is_generic(glossed.group("name")) else None)
    )
    if subject:
        # the title's subject is a common noun ('An alliance created …') that the text names
        byname.setdefault(org_key(subject), Candidate(subject, {"seen": 1})).evidence["title"] = 1
        defined.add(org_key(subject))
    else:
        # a new practice the title names only by its kind and town is the subject unless the
        # page names something better ('Launceston’s new health hub', then 'Health Inequalities Hub')
        subject = new_building_for_town(title_text)
        head = subject.split()[-1] if subject else ""
        # (unless the page gives it a name of its own: 'its new Health Inequalities Hub')
        if subject and not re.search(rf"\bnew\s+(?:[A-Z][\w'’-]*\s+){{1,4}}{re.escape(head.capitalize())}\b", text_below):
            # (the page goes on calling it by its kind: 'The new practice will …', 'the surgery')
            later = len(re.findall(rf"\b[Tt]he\s+(?:new\s+)?(?:[a-z-]+\s+)?{re.escape(head)}\b", text_below))
            byname.setdefault(org_key(subject), Candidate(subject, {"seen": 1 + later})).evidence["title"] = 1
            town_kinds.add(org_key(subject))
    # a partnership a sentence defines by its kind alone ('The programme, in its second year, is
    # a partnership comprising …') is the one name before it ending in that kind, when the page
    # names nothing else so ('the Hill Links service' beside the 'Dale Service' is either)
    for noun, at in kinds_defined_as_partnerships(whole):
        before = [key for key, c in byname.items() if words(c.name)[-1].lower() == noun and 0 <= whole.find(c.name) < at]
        if len(before) == 1 and len(names_of_kind(whole[:at], noun)) == 1:
            defined.add(before[0])
            partnerships.add(before[0])
    candidates = []
    for key, candidate in byname.items():
        name = candidate.name
        proper = [w for w in distinctive_words(name) if w not in PARTNERSHIP_WORDS and w not in SITE_HEADS]
        # a name of common words that the text says is a partnership ('Healthcare First, a local
        # partnership') is one all the same
        # (though not a kind of body in lower case: 'the newly formed GP practice')
        described = is_generic(name) and any(w[:1].islower() and w not in NAME_SMALL_WORDS for w in words(name))
        proper = proper or (key in partnerships and len(words(name)) >= 2 and not described and [name])
        # or that is given with its own abbreviation and ends in a partnership word ('Our Health
        # Partnership (OHP)')
        proper = proper or (candidate.evidence.get("abbreviated") and has_partnership_word(name) and [name])
        # or that the page goes on calling by that abbreviation alone ('North Yorkshire Emergency
        # Doctors (NYED)', then 'members of NYED', 'NYED has 441 GP members')
        called_by_acronym = bool(candidate.evidence.get("abbreviated")) and own_acronym_uses(name, whole) >= 2
        proper = proper or (called_by_acronym and [name])
        # or a company registered under words in common use, every one capitalised ('GP First Ltd')
        registered = words(name)
        proper = proper or (
            len(registered) >= 3 and registered[-1].lower() in LEGAL_FORMS and all(w[:1].isupper() for w in registered) and [name]
        )
        # a brand's local body ('Age UK Norwich', 'Healthwatch York') is a body, not a partnership
        # (nor a post: 'an Occupational Therapist (OT)')
        if (
            not proper
            or NATIONAL_BODIES.match(name)
            or OFFICIAL.search(name)
            or is_date(name)
            or known_names(name)
            # a place alone names no body ('in Tower Hamlets, we started …')
            or is_place_only(name)
            or BRANDS.match(name)
            or NATIONAL_CHARITY.fullmatch(name)
            # (a company listed on the stock market is a partner, never a partnership)
            or re.search(r"(?i)\bplc$", name)
            or POST.search(name)
            # (nor a civic office: 'The Worshipful the Mayor of Torbay opened the meeting')
            or re.search(r"\b(?:Mayor|Mayoress|Chaplain|Sheriff|Lord\s+Lieutenant)\b", name)
            or COUNCIL_FORUM.search(name)
            # a kind of partnership in the plural ('the main Health and Care Partnerships (HCP)',
            # 'PCNs')
            or (name.endswith("s") and is_generic(name[:-1]))
            or re.fullmatch(r"(?:PCN|ICB|CCG|ICS|ICP|PCT|GP|MCP|PACS)s?", name)
            # a national programme is where local ones come from, not one ('the National
            # Neighbourhood Health Implementation Programme')
            or re.match(r"(?:National|England['’]?s?)\s", name)
            or (key in set_aside and key not in defined)
            # a place of learning is where partners train or study, never the partnership a page
            # is about, unless the page says it is one
            or (PLACE_OF_LEARNING.search(name) and key not in defined)
            # the merging practices are the site only when the page names no new practice
            or (key in merged and new_practices - merged)
            or (key in merging and key not in new_practices)
        ):
            continue
        if key in defined:
            candidate.evidence["defined"] = 1
        elif (is_practice_name(name) or MEMBER_BODY.search(name)) and not called_by_acronym and key not in town_kinds:
            continue
        if has_partnership_word(name) or STRONG_SITE_HEAD.search(name) or key in partnerships:
            candidate.evidence["partnership word"] = 1
        candidates.append(candidate)
    # the title's spelling of a name the text spells otherwise ('Wiltshire-wide GP Alliance' of
    # 'Wiltshire GP Alliance') is that name
    for candidate in [c for c in candidates if c.evidence.get("title")]:
        tokens = {t for w in words(candidate.name) for t in re.split(r"-", w.lower())}
        same = [
            other
            for other in candidates
            if other is not candidate
            and len(words(other.name)) >= 2
            and [w.lower() for w in words(other.name)[-2:]] == [w.lower() for w in words(candidate.name)[-2:]]
            and {w.lower() for w in words(other.name)} <= tokens
        ]
        if same:
            into = max(same, key=lambda c: len(words(c.name)))
            for kind, count in candidate.evidence.items():
                into.evidence[kind] = into.evidence.get(kind, 0) + count if kind == "seen" else max(into.evidence.get(kind, 0), count)
            candidates.remove(candidate)
    heads = [words(c.name)[-1].lower() for c in candidates]
    for candidate in candidates:
        namings = len(re.findall(rf"(?<![\w-]){re.escape(candidate.name)}(?![\w-])", whole))
        head = words(candidate.name)[-1]
        if has_partnership_word(candidate.name) and heads.count(head.lower()) == 1:
            # 'the Alliance', 'the GP Alliance' later is this alliance, when no other candidate
            # ends in that word
            short = re.finditer(rf"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+){{0,2}}){re.escape(head.capitalize())}\b", whole)
            namings += sum(1 for m in short if not m.group(1).strip() or is_generic(m.group(1)))
            # and so is the page's own one by its kind, in the name's words ('Our health and
            # care partnership' of 'Riverton Health and Care Partnership')
            namings += len(own_kind_namings(candidate.name, whole))
        namings = max(namings, headless_namings(candidate.name, whole)) + own_acronym_uses(candidate.name, whole)
        candidate.evidence["repeated"] = min(max(candidate.evidence.pop("seen", 1), namings) - 1, MOST_REPEATS)
    # a short form ('Riverside PCN', 'SHC Alliance', 'GP Alliance') is the fuller name's evidence
    for candidate in list(candidates):
        fuller = [
            other
            for other in candidates
            if other is not candidate
            and (
                shortens(candidate.name, other.name)
                or abbreviates(candidate.name, other.name)
                or (" " + org_key(other.name)).endswith(" " + org_key(candidate.name))
                # an area the partnership is named after ('North Central London' of '… Health Alliance')
                or (has_partnership_word(other.name) and (org_key(other.name) + " ").startswith(org_key(candidate.name) + " "))
            )
        ]
        if fuller:
            into = max(fuller, key=lambda c: len(c.name))
            for kind, count in candidate.evidence.items():
                cap = MOST_REPEATS if kind == "repeated" else 1
                into.evidence[kind] = min(cap, max(into.evidence.get(kind, 0), count) + (count if kind == "repeated" else 0))
            into.evidence["repeated"] = min(MOST_REPEATS, into.evidence.get("repeated", 0) + 1)
            candidates.remove(candidate)
    return sorted(candidates, key=lambda c: (-c.score, -len(c.name)))


HEADLESS_PLACE = re.compile(r"(?i)\b(?:in|at|from|near|across|around|to)\s+(?:the\s+)?$")


# A sentence defining a partnership by its kind alone: 'The programme, in its second year, is a
# partnership comprising …', 'The scheme is a collaboration between …'.
KIND_DEFINED = re.compile(
    r"\b[Tt]he\s+(?P<noun>programme|scheme|project|initiative|service|hub|pilot|vanguard)\b(?:,[^,.;]{0,60},)?\s+(?:is|was)\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:partnership|alliance|collaboration|collaborative|consortium)\s+"
    r"(?:between|of|comprising|made\s+up\s+of|which|that|bringing|led\s+by)\b"
)


def kinds_defined_as_partnerships(text: str) -> list[tuple[str, int]]:
    """(kind, where) of each sentence that says a thing named only by its kind is a partnership.

    >>> kinds_defined_as_partnerships("The Dale Programme began. The programme, in its second year, is a partnership comprising A and B.")
    [('programme', 26)]
    """
    return [(m.group("noun").lower(), m.start()) for m in KIND_DEFINED.finditer(text)]


def names_of_kind(text: str, noun: str) -> set[str]:
    """The last words before each name in a text ending in a kind of thing, whatever the kind's
    case ('Better Together Programme', 'the Hill Links service'; 'the programme' alone names none).

    >>> sorted(names_of_kind("the Hill Programme. The programme grew with the Hill programme.", "programme"))
    ['hill']
    >>> sorted(names_of_kind("the Hill Programme and the Dale Links service", "service"))
    ['links']
    """
    found = set()
    for match in re.finditer(rf"(?i)\b{re.escape(noun)}\b", text):
        before = text[: match.start()].split()
        if before and before[-1][:1].isupper() and before[-1].lower() not in LEADING_WORDS:
            found.add(before[-1].lower())
    return found


def own_kind_namings(name: str, whole: str) -> list[str]:
    """The page's namings of a partnership as its own, by its kind in lower case and in the
    words its name ends in, two or more ('our health and care partnership').

    >>> own_kind_namings("Riverton Health and Care Partnership", "Our health and care partnership has a focus on …")
    ['Our health and care partnership']
    >>> own_kind_namings("Riverton Health and Care Partnership", "our partnership; our care partnership with Dale")
    ['our care partnership']
    >>> own_kind_namings("Riverton Health and Care Partnership", "our wider partnership")
    []
    """
    tail = [w.lower() for w in words(name)]
    if len(tail) < 3 or not has_partnership_word(name):
        return []
    found = []
    for match in re.finditer(rf"\b[Oo]ur\s+((?:[a-z]+\s+){{1,4}}){re.escape(tail[-1])}\b", whole):
        said = match.group(1).split()
        if said == tail[-1 - len(said) : -1]:
            found.append(match.group(0))
    return found


def headless_namings(name: str, whole: str) -> int:
    """How often a partnership is named, counting its name without its head word ('part of
    Ware and Rurals' for 'Ware and Rurals PCN'), but not as a place ('in Hertford').

    >>> headless_namings("Ware and Rurals PCN", "Ware and Rurals PCN. Not part of Ware and Rurals. Castlegate in Ware and Rurals")
    2
    """
    match = STRONG_SITE_HEAD.search(name)
    if not match or not has_partnership_word(name):
        return 0
    bare = name[: match.start()].strip()
    if not words(bare):
        return 0
    head = re.escape(name[match.start() :].strip())
    found = re.finditer(rf"(?<![\w-]){re.escape(bare)}(?![\w-])(?=\s+{head}\b|(?!\s+[A-Z]))", whole)
    return sum(1 for m in found if not HEADLESS_PLACE.search(whole[: m.start()]))


def own_acronym_uses(name: str, whole: str) -> int:
    """How often a text calls a body by its own acronym alone ('a director of SGPA' for
    'Sunderland GP Alliance'), its capitals standing for words or kept whole ('GP'); not where
    the acronym is given in brackets after the name, which is no further naming.

    >>> own_acronym_uses("Sunderland GP Alliance", "Chair of Sunderland GP Alliance (SGPA). He stays a director of SGPA.")
    1
    >>> own_acronym_uses("Hill Health Alliance", "The HHA met the HHAB.")
    1
    """
    if len(name.split()) < 2:
        return 0
    kept_whole = "".join(w if w.isupper() else w[0].upper() for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in SMALL_WORDS)
    forms = {form for form in (initials(name), kept_whole) if len(form) >= 3}
    return sum(1 for match in re.finditer(r"(?<![\w'’(-])[A-Z]{3,7}(?![\w'’-])", whole) if match.group(0) in forms)


def chosen_site(found: list[Block], title: Block) -> str | None:
    """The name a single-site page is about: the candidate with the most evidence, when it has
    enough and clearly leads the next; otherwise none (the title then names the site)."""
    chosen = best_candidate(candidate_sites(found, title))
    return chosen.name if chosen else None


def best_candidate(candidates: list[Candidate]) -> Candidate | None:
    """The candidate with the most evidence, when it has enough and clearly leads the next."""
    if not candidates or candidates[0].score < LEAST_SCORE:
        return None
    # a national charity's local branch, however often named ('CEO of Riverton Citizens
    # Advice'), is one body; a partnership the page opens on, named as one, is what it is about
    if is_charity_branch(candidates[0].name):
        worded = [c for c in candidates[1:] if c.evidence.get("partnership word") and c.evidence.get("opening")]
        if len(worded) == 1:
            return worded[0]
    if len(candidates) > 1 and candidates[0].score - candidates[1].score < CLEAR_LEAD:
        # on a close call, the one candidate whose name says it is a partnership
        worded = [c for c in close_candidates(candidates) if c.evidence.get("partnership word")]
        return worded[0] if len(worded) == 1 else None
    return candidates[0]


def opening_body(candidates: list[Candidate]) -> str | None:
    """The name of the one candidate with any evidence (one named in the page's opening),
    clearly ahead of the rest (candidates ranked as `candidate_sites` ranks them); none otherwise.

    >>> opening_body([Candidate("Hill Healthcare", {"opening": 1}), Candidate("Dale Fund", {})])
    'Hill Healthcare'
    >>> opening_body([Candidate("Hill Healthcare", {"opening": 1}), Candidate("Dale Fund", {"opening": 1})]) is None
    True
    """
    if not candidates or candidates[0].score < 1 or (len(candidates) > 1 and candidates[0].score - candidates[1].score < CLEAR_LEAD):
        return None
    # (ending as a partnership's or a provider's name does: not a venue, a police force, a company)
    return candidates[0].name if words(candidates[0].name)[-1].lower() in LED_HEADS | SITE_HEADS else None


def close_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates as good as the best, or nearly (within CLEAR_LEAD)."""
    return [c for c in candidates if candidates[0].score - c.score < CLEAR_LEAD]


# A partnership's name that gives its kind first, then the places it spans, two or more
# ('Federation of Windsor, Ascot and Maidenhead').
PLACE_WORDS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
KIND_OF_PLACES = re.compile(
    r"(?<![\w'’-])(?P<name>(?:GP\s+)?(?:Federation|Confederation|Alliance|Partnership|Collaborative|Network)\s+of\s+"
    rf"{PLACE_WORDS}(?:,\s+{PLACE_WORDS})*\s+(?:and|&)\s+{PLACE_WORDS})(?![\w'’-])"
)


# The heading of one of a body's own pages, saying only what the page is.
OWN_PAGE_HEADING = re.compile(
    r"(?i)^\s*(?:about(?:\s+us)?|who\s+we\s+are|what\s+we\s+do|our\s+(?:story|history|work|team|vision|purpose))"
    r"(?:\s*(?:&|and)\s*(?:who\s+we\s+are|what\s+we\s+do|our\s+\w+))?\s*$"
)


def lone_network(candidates: list[Candidate]) -> Candidate | None:
    """Of the candidates close to the best, enough and saying they are partnerships, the one
    network when there is one ('Dengie Primary Care Network' beside 'Dengie Medical
    Partnership', a practice)."""
    if not candidates or candidates[0].score < LEAST_SCORE:
        return None
    networks = [c for c in close_candidates(candidates) if c.evidence.get("partnership word") and STRONG_SITE_HEAD.search(c.name)]
    return networks[0] if len(networks) == 1 else None


# A name the sentence calls a partnership in apposition: 'Riverside Health, another large GP
# partnership, …', 'Riverside Healthcare (the GP federation of which …)'.
PROPER = r"(?:[A-Z][\w'’&-]*|\d+)(?:\s+(?:(?:and|of|&)\s+)?(?:[A-Z][\w'’&-]*|\d+)){0,6}"
APPOSITIVE_SITE = re.compile(
    # (the name perhaps quoted, the apposition after a comma, a bracket or a dash: '‘X’ - a
    # wellbeing hub that is being developed by A, B and C')
    rf"(?:^|(?<=[\s(‘“\"'](?<!\w')))(?P<name>{PROPER})['’\"”]?(?:\s*\([A-Z]{{2,8}}\))?(?:\s*[,(]|\s+[–—-])\s*(?:another|an?|the|our)\s+"
    r"(?:(?:(?!(?:of|in|for|with|to|at|by|from|and|or|is|are|was|were|which|who|that)\b)[\w'’-]+\s+){0,5}?"
    # (the noun perhaps hyphenated: 'the UK’s largest super-partnership')
    r"(?:[a-z]+-)?(?i:partnership|federation|alliance|network|vanguard|collaborative|consortium|hub|pcn|primary\s+care\s+network|super[\s-]?practice)"
    # (or a thing bodies do together: 'X, a joint NHS and Riverton County Council service,')
    r"|joint\s+(?:[^,;.()]{0,80}?\s)?(?i:service|venture|initiative|project|programme)"
    # (or the name bodies go by together: 'X, the collective name of all 11 GP practices in the town,')
    r"|(?:(?:collective|joint|shared|common|umbrella)\s+)?name\s+(?:of|for)\s+[^,;.()]{0,60}?\b(?i:practices|surgeries|organisations|providers|partners)\b[^,;.()]{0,40})(?![\w'’-])"
    # the apposition ends there ('…, another GP partnership, took on'), says what it is made of,
    # where it is ('X, a super partnership based in Riverton'), or what it does ('X (XA), the GP
    # federation that brings together …', '… a hub that is being developed by A and B')
    # (or whom it joins: 'X – a joint venture with local GPs')
    r"(?=\s*[,;.)]|\s+of\s+which\b|\s+in\s+its\s+own\s+right\b|\s+(?:with|between)\s"
    r"|\s+(?:that|which)\s+(?:(?:initially|now|has|have|had|first)\s+)?(?:brings|brought|joins|joined|unites|united|represents|covers|serves)\b"
    # or when it was made ('X – a GP partnership set up in 2018 that …')
    r"|\s+(?:set\s+up|formed|founded|established|created|launched)\s+(?:in|by|last|this)\b"
    r"|\s+(?:that|which)\s+(?:is\s+|are\s+)?(?:being\s+)?(?:developed|run|led|delivered)\s+by\b"
    r"|\s+(?:based|located|headquartered)\s+in\b"
    # or what it is made of ('X, a consortium of five organisations providing …')
    r"|\s+of\s+(?:[\w-]+\s+){0,3}?(?i:organisations|practices|surgeries|providers|enterprises|bodies|charities|councils|trusts)\b"
    # or lists its members in brackets ('APL, our Primary Care Network (A, B and C)')
    r"|\s*\((?=[^()]*,))"
)


# A body the sentence says runs named practices, two or more, between dashes, commas or brackets
# ('The Hill Medical Group - which runs Dale Health Centre and Vale Surgery - has …').
RUNS_PRACTICES = re.compile(
    rf"(?:^|(?<=[\s(‘“\"]))(?:[Tt]he\s+)?(?P<name>{PROPER})\s*(?:[,(]|[–—-])\s*(?:which|who|that)\s+"
    r"(?:(?:now|also|currently|already|jointly)\s+)?(?:runs?|ran|operates?|operated|manages?|managed)\s+"
    r"(?P<run>[^.;:()–—]{5,200}?)(?=\s*(?:[,.;)–—]|\s-\s|$))"
)


def practice_runners(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of bodies a sentence says run two or more practices it names: a group
    of practices, whatever its name's last word.

    >>> practice_runners("The Hill Medical Group - which run The Dale Health Centre and Vale Medical Practice - has cut …")
    [(4, 22, 'Hill Medical Group')]
    >>> practice_runners("Hill Surgery, which runs a clinic at Dale Library, said …")
    []
    """
    found = []
    for match in RUNS_PRACTICES.finditer(text):
        run = re.split(r",\s*|\s+(?:and|&)\s+", re.sub(r"^(?:the\s+)", "", match.group("run"), flags=re.I))
        practices = [part for part in run if is_practice_name(re.sub(r"^(?:[Tt]he)\s+", "", part.strip()))]
        if len(practices) >= 2:
            found.append((match.start("name"), match.end("name"), match.group("name")))
    return found


def appositive_names(text: str) -> list[re.Match]:
    """The names APPOSITIVE_SITE finds, each without a closing quote ('‘Green Café’ - a hub …').

    >>> [m.group("name") for m in appositive_names("Riverton’s first ‘Green Café’ - a wellbeing hub that is being developed by A.")]
    ['Green Café']
    """
    found = []
    for match in APPOSITIVE_SITE.finditer(text):
        quote = re.search(r"['’]+$", match.group("name"))
        end = match.end("name") - (len(quote.group(0)) if quote else 0)
        found.append(WHOLE_NAME.match(text, match.start("name"), end))
    return found


# A name's whole span, matched in place so that its offsets are the text's.
WHOLE_NAME = re.compile(r"(?P<name>.+)")


# Words that say a provider is leaving its contract ('would not be extending its contract', 'gave notice').
LEAVING = re.compile(
    r"(?i)\b(?:(?:would|will|is|was)\s+not\s+be\s+(?:extending|renewing)\s+(?:its|their|the)\s+contract"
    r"|(?:has|had|have)\s+(?:given|handed\s+(?:in|back))\s+(?:its\s+|their\s+)?(?:notice|contract)|gave\s+notice|decided\s+to\s+give\s+notice"
    r"|(?:would|will)\s+no\s+longer\s+(?:run|provide|be\s+responsible))"
)
ENDED_BEFORE = re.compile(r"(?i)\b(?:dissolution|abolition|demise|closure|winding[\s-]up|break[\s-]?up)\s+of\s+(?:the\s+)?$")
PART_OF_BEFORE = re.compile(r"(?i)\b(?:part|members?)\s+of\s+(?:the\s+)?$")
# The writers' partnership named beside the noun for it: 'In our network, Hill and Dale, we have …'.
OUR_NOUN_NAMED = re.compile(
    rf"\b[Oo]ur\s+(?:network|partnership|alliance|federation|pcn|primary\s+care\s+network|collaborative)\s*,\s+(?:the\s+)?(?P<name>{PROPER})\s*,"
)
# The same the other way round: 'an 18-month pilot project, Riverside Care Services, which …'.
NOUN_THEN_SITE = re.compile(
    r"(?i:\b(?:an?|the|another|our|its|their))\s+"
    # (a description in common words, not a name: 'The Hill Primary Care Network, Dale Help, and …')
    r"(?:(?!(?:of|in|for|with|to|at|by|from|and|or|is|are|was|were|which|who|that)\b)(?:[a-z0-9][\w'’-]*|[A-Z]{2,5})\s+){0,4}?"
    r"(?:partnership|federation|alliance|network|vanguard|collaborative|consortium|pilot|project|programme|scheme|initiative)"
    rf",\s+(?P<name>{PROPER}),\s*(?=(?:which|who|that|and|has|had|was|is|now|we|they|it)\b)"
)
# Names a sentence lists as sites: after a plural noun of sites ('in three case study areas – A,
# B and C'), or as the subject of a sentence that calls them sites ('A and B are … vanguard sites').
# The plural may say what the partnerships are ('two more models of primary care in development: A and B').
SITES_THEN_LIST = re.compile(
    r"(?i:\b(?:sites|areas|vanguards|pilots|models|partnerships|alliances|collaboratives|groupings"
    # (or groups the sentence says have formed: 'Several groups have formed in Suffolk – A, B and C')
    r"|groups\s+(?:have|has)\s+(?:been\s+)?(?:formed|set\s+up|created|established)))"
    r"(?:\s+(?:of|in|for|across|within)\s+[\w ’'-]{1,40}?)?\s*[–—:-]\s*(?:the\s+)?(?P<list>[A-Z][^.;:!?()]*)"
)
LIST_THEN_SITES = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<list>[A-Z][^.;:!?()]*?)\s+(?:are|were|have\s+been)\b[^.;!?]{0,120}?"
    r"(?i:\b(?:vanguard|pilot|test|pioneer|demonstrator|trailblazer)\s+sites)\b"
)
LIST_ITEM = re.compile(rf"^(?:[Tt]he\s+)?(?P<name>{PROPER})$")
LOWER_HEAD_PARTNERSHIP = re.compile(
    r"(?<![\w-])[Tt]he\s+(?P<name>(?:[A-Z][\w'’&-]*\s+){1,3}(?:federation|alliance|partnership))(?![\w'’-])(?!\s+[A-Z])"
)
# A body says which partnership it leads: 'Riverton Trust, which is leading the Riverside PACS'.
LEADS = re.compile(
    r"\b(?:is\s+leading|leads|is\s+running|runs|is\s+hosting|hosts)\s+the\s+"
    # a name, or a place and the words for what it is ('the Riverton multispecialty community provider vanguard')
    rf"(?P<name>[A-Z][\w'’-]*(?:\s+[a-z][\w-]*){{1,4}}\s+(?:vanguard|partnership|alliance|network|pilot|programme)|{PROPER})\b"
)
LED_HEADS = {*SITE_HEAD_WORDS, *PROGRAMME_WORDS}
GROUP_CALLED = re.compile(
    rf"(?i:\b(?:group|network|federation|alliance)\s+of\s+(?:gp\s+)?(?:practices|surgeries)\s+(?:called|known\s+as|named))\s+(?:the\s+)?(?P<name>{PROPER})"
)
# A member says which partnership it belongs to: 'Hill Surgery is part of the Riverside Network Group'.
BELONGS_TO = re.compile(rf"\b(?:is|are|was|were|has\s+been)\s+(?:now\s+)?(?:a\s+)?(?:part|members?)\s+of\s+(?:the\s+)?(?P<name>{PROPER})")


def listed_items(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, name) of the items of a list 'A, B, and C' when every item is a proper name."""
    stretch = text[start:end].rstrip(" ,")
    # with a comma before the last 'and', an 'and' without one is inside an item ('Wychavon and Malvern')
    joint = r",\s*and\s+" if re.search(r",\s*and\s+", stretch) else r"(?:,\s*|\s+)and\s+"
    parts = [m for m in re.finditer(r"[^,]+", re.sub(joint, lambda m: "," + " " * (len(m.group(0)) - 1), stretch))]
    items = []
    for part in parts:
        piece = part.group(0)
        match = LIST_ITEM.match(piece.strip())
        if match is None:
            return []
        offset = start + part.start() + (len(piece) - len(piece.lstrip())) + match.start("name")
        items.append((offset, match.group("name")))
    return items if len(items) >= 2 else []


def passing_sites(text: str) -> list[tuple[int, str]]:
    """(offset, name) of partnerships a page names in passing, besides the one it is about: a
    name set beside a noun saying it is a partnership ('Riverside Health, another large GP
    partnership'), and names a sentence lists as sites ('in two pilot areas – Riverside Health
    Partnership and Easton Care').

    >>> passing_sites("In May, Riverside Health, another large GP partnership, took on a practice.")
    [(8, 'Riverside Health')]
    >>> passing_sites("It looked at three case study areas – Riverside Partnership, Easton Care, and Hill Health CIC.")
    [(38, 'Riverside Partnership'), (61, 'Easton Care'), (78, 'Hill Health CIC')]
    >>> passing_sites("Northgate and the Easton Vale are the places chosen, as they are vanguard sites.")
    [(0, 'Northgate'), (18, 'Easton Vale')]
    >>> passing_sites("Age UK Riverside, a partner in the network, said so.")
    []
    >>> passing_sites("It visits Riverton Trust, which is leading the Riverside PACS.")
    [(47, 'Riverside PACS')]
    >>> passing_sites("Hill Partnership, which leads the Riverton multispecialty community provider vanguard, grew.")
    [(34, 'Riverton multispecialty community provider vanguard')]
    >>> passing_sites("It follows an 18-month pilot project, Riverside Care Services, which brought GPs together.")
    [(38, 'Riverside Care Services')]
    >>> passing_sites("There are two more models of primary care in development: the Hill Care Collaborative and Dale Total Care.")
    [(62, 'Hill Care Collaborative'), (90, 'Dale Total Care')]
    >>> passing_sites("Mill Health Centre is part of a group of GP Practices called Riverside Care Group which includes the following:")
    [(61, 'Riverside Care Group')]
    >>> passing_sites("But he praised GPs from the Riverton First4Health federation for their work.")
    [(28, 'Riverton First4Health federation')]
    >>> passing_sites("We are working together with the Alliance, our GP Federation, on pilot schemes.")
    []
    >>> passing_sites("Several groups have formed in Suffolk – Ipswich Primary Care, Suffolk Primary Care and Deben Health Group.")
    [(40, 'Ipswich Primary Care'), (62, 'Suffolk Primary Care'), (87, 'Deben Health Group')]
    >>> passing_sites("Hill Trust, Dale Council and Vale Mind are working together to deliver one of six pilot sites.")
    []
    """
    found = [(m.start("name"), m.group("name")) for m in [*appositive_names(text), *NOUN_THEN_SITE.finditer(text)]]
    # the partnership a body leads ('Riverton Trust, which is leading the Riverside PACS'), and
    # the group a practice is part of ('part of a group of GP practices called Riverside Care Group')
    found += [(m.start("name"), m.group("name")) for m in LEADS.finditer(text) if words(m.group("name"))[-1].lower() in LED_HEADS]
    found += [(m.start("name"), m.group("name")) for m in GROUP_CALLED.finditer(text)]
    # a partnership a newspaper prints with its head in lower case ('the Newham First4Health federation')
    # (not a kind of body: 'the GP federation')
    found += [(m.start("name"), m.group("name")) for m in LOWER_HEAD_PARTNERSHIP.finditer(text) if not is_generic(m.group("name"))]
    for match in LIST_THEN_SITES.finditer(text):
        # (bodies that together run one of the sites are its partners: 'A, B and C are working
        # together to deliver one of six national pilot sites')
        if re.search(r"\bone\s+of\b", text[match.end("list") : match.end()]):
            continue
        found += listed_items(text, *match.span("list"))
    for match in SITES_THEN_LIST.finditer(text):
        # a list of bare places ('five areas: Riverside, Easton and Hill') names no partnerships
        items = listed_items(text, *match.span("list"))
        found += items if all(len(words(name)) >= 2 for _, name in items) else []
    kept = []
    for start, name in found:
        name = re.sub(r"^(?:The|A|An|In|At|On)\s+", "", name)
        start = text.find(name, start)
        # (a kind of body alone is a short form, not a name: 'the Alliance, our GP Federation')
        if words(name) and not (
            NATIONAL_BODIES.match(name)
            or OFFICIAL.search(name)
            or known_names(name)
            or is_date(name)
            or (len(words(name)) == 1 and is_generic(name))
        ):
            kept.append((start, name))
    return kept


def siblings_of(site: str, text: str) -> list[tuple[int, str]]:
    """(offset, name) of partnerships written beside the site with 'and', of its head word but
    another kind ('an update on the Riverton Place Partnership and the Riverton Integrated Care
    Partnership'): a second partnership of the place, not a partner of the first.

    >>> siblings_of("Riverton Place Partnership", "An update on the Riverton Place Partnership and the Riverton Integrated Care Partnership.")
    [(52, 'Riverton Integrated Care Partnership')]
    """
    head = words(site)[-1] if words(site) else ""
    if not PARTNERSHIP_KIND.search(site.lower()):
        return []
    found = []
    for match in re.finditer(rf"{re.escape(site)}\s+and\s+(?:the\s+)?(?P<name>{PROPER})", text):
        other = match.group("name")
        if words(other)[-1] == head and PARTNERSHIP_KIND.search(other.lower()):
            found.append((match.start("name"), other))
    return found


# A partnership the text gives no name, only its members: 'the council's partnership agreement
# with Riverside Trust', 'the borough's health and care partnership between A, B and C', 'A joint
# bid was also made by A, B and C'. Written after a determiner or a possessive, not after a verb
# that says a named body is one ('X is a partnership between …').
UNNAMED = re.compile(
    r"(?:(?i:\b(?:an?|the|this))|\b(?P<owner>[\w]+)['’]s)\s+"
    r"(?P<head>(?:(?!(?:of|the|a|an|to|for|with|in|on|by|from|is|was|and)\b)[a-z][\w-]*\s+(?:and\s+)?){0,4}?(?:partnership(?:\s+(?:agreement|arrangement))?|joint\s+(?:bid|venture)|consortium))"
    r"\s+(?:for\s+(?:the\s+)?[a-z][\w\s-]{0,30}?\s+)?(?:(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?)?"
    r"(?P<link>between|with|made\s+by|led\s+by|formed\s+by)\s+(?=(?P<list>[^.;:!?]*))"
)
UNNAMED_END = re.compile(r",?\s+(?:which|who|whose|but|for|from|to|as|on|under|until|in\s+(?:the|a|its|their)|the\s+[a-z]+\s+of)\b|\s*\(|$")
# ('X is a partnership between …' defines X; 'works in a partnership with' is the subject's own)
COPULA_BEFORE = re.compile(r"(?i)\b(?:is|are|was|were|as|be|been|becomes?|became|in|into|through|via|under|within|of)\s+$")


def unnamed_partnerships(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of partnerships a sentence gives no name, only their members: the
    name is the text from the noun to the last member ('partnership agreement with Riverside
    Trust').

    >>> text = "Members agreed to extend the council's partnership agreement with Riverside Healthcare NHS Trust, which runs hospitals."
    >>> [name for _, _, name in unnamed_partnerships(text)]
    ['partnership agreement with Riverside Healthcare NHS Trust']
    >>> text = "A joint bid for the contract was also made by local federation Easton Health and Hill Hospital, but was rejected."
    >>> [name for _, _, name in unnamed_partnerships(text)]
    ['joint bid made by local federation Easton Health and Hill Hospital']
    >>> unnamed_partnerships("Riverside Together is a partnership between Easton Council and Hill Trust.")
    []
    """
    found = []
    for match in UNNAMED.finditer(text):
        if COPULA_BEFORE.search(text[: match.start()]):
            continue
        # 'they have formed a partnership with X': X is the subject's partner, not a new partnership
        if match.group("link") == "with" and not match.group("owner") and not re.search(r"(?:agreement|arrangement)$", match.group("head")):
            continue
        stretch = match.group("list")
        end = UNNAMED_END.search(stretch)
        stretch = stretch[: end.start() if end else len(stretch)].rstrip(" ,")
        names = prose_names(stretch)
        if not names or not stretch[:1].isupper() and not stretch.startswith(("the ", "local ")):
            continue
        # the list ends with its last name ('… with Riverside Healthcare is to be reviewed')
        stretch = stretch[: max(end for _, end, _ in names)]
        stop = match.start("list") + len(stretch)
        name = f"{match.group('head')} {match.group('link')} {stretch}"
        found.append((match.start("head"), stop, " ".join(name.split())))
    return found


def first_real_text(lines: list[Line]) -> str:
    """The text of the first line that is not page furniture, where a page runs its notices and
    its text into one block ('This site is intended for health professionals only' over the
    headline); a line a narrow page wrapped (a PDF) runs on to the end of its sentence.

    >>> first_real_text([Line(1, "This site is intended for health professionals only"), Line(2, "Riverton practices join"),
    ...     Line(3, "forces this year."), Line(4, "More text.")])
    'Riverton practices join forces this year.'
    >>> first_real_text([Line(1, "Riverton practices join up"), Line(2, "Three practices have joined.")])
    'Riverton practices join up'
    >>> first_real_text([Line(1, "Riverton practices join up. Later Hill Alliance said so."), Line(2, "More.")])
    'Riverton practices join up.'
    >>> first_real_text([Line(1, "Hill Surgery P.P.G. Meeting 22nd March 2016"), Line(2, "Present: Jo Bloggs.")])
    'Hill Surgery P.P.G. Meeting 22nd March 2016'
    """
    start = next((i for i, line in enumerate(lines) if line.text.strip() and not FURNITURE.match(line.text)), 0)
    taken = [lines[start].text.strip()]
    # a wrapped line goes on in lower case; a headline is followed by a capital
    for line in lines[start + 1 : start + 3]:
        if ends_sentence(taken[-1]) or not line.text.strip()[:1].islower():
            break
        taken.append(line.text.strip())
    # (and ends with its first sentence, however the lines were wrapped: a text file may hold a
    # paragraph on one line that a printed page wraps)
    # (not at the full stop of an initial: 'Friarwood Surgery P.P.G. Meeting 22nd March 2016')
    text = " ".join(taken)
    end = next((m for m in SENTENCE_END.finditer(text) if not re.search(r"(?:^|[\s.])[A-Z]\.$", text[: m.end()])), None)
    return text[: end.start() + 1] if end else text


# A date field that opens a line, with its label ('date 2017-07-14 ', 'Published: 2019-03-02 ').
# (or a date as the page prints it before its title: '01/06/2023 How libraries are …')
DATE_FIELD = re.compile(
    r"(?i)^\s*(?:(?:date|published|posted|updated)\s*:?\s*)?(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}/\d{1,2}/\d{4})\s+"
)
# A section's or a paper's label in capitals that opens a page's first line ('STRUCTURE: A new GP
# federation …', 'GAZETTE & HERALD: FAMILIES in Chippenham …').
# A page's word for what an item is, before its name ('Update: …', 'Archived: …').
ITEM_LABEL = r"update|news|press\s+release|blog|opinion|comment|feature|case\s+study|announcement|statement|notice|latest|archived"
ITEM_LABEL_WORD = re.compile(rf"(?i:{ITEM_LABEL})")
SECTION_LABEL = re.compile(
    r"^\s*[A-Z][A-Z&'’. -]{2,40}:\s+(?=[A-Z])"
    # (or a kind of item in common words: 'Update: Merger between …', 'Press release: …')
    rf"|^\s*(?i:{ITEM_LABEL})\s*:\s+(?=[A-Z])"
    # (or a conference abstract's number: 'P-186 Calderdale end of life network', 'P157 Sexual Health …')
    r"|^\s*(?:P|OP|PO|PS)-?\d{1,4}(?:\.\d{1,3})?\s+(?=[A-Z])"
)
# A letter's greeting to the editor a reader's letter opens on ('SIR - I am writing …', 'Dear Sir,').
SALUTATION = re.compile(
    r"^\s*(?:(?:Dear\s+)?(?:Sir|SIR|Madam|MADAM|Editor|EDITOR)(?:\s+or\s+Madam|\s*/\s*Madam)?|Dear\s+Editor)\s*(?:[,:–—-]|\.\.\.)\s*(?=\S)"
)
# A line that opens with a label and its colon ('Present: …', 'Apologies: …').
LABEL_LINE = re.compile(r"^\s*[A-Z][a-z]+(?:\s+[a-z]+)?:\s")


# A scheme's name leading a title, before its verb or a dash: 'GP carer break scheme pays out …',
# 'Hybrid Placement Project - Case Study'.
TITLE_SCHEME = re.compile(
    r"^(?:(?:A|An|The)\s+)?(?P<name>(?:[\w'’+-]+\s+){1,5}?(?i:scheme|service|programme|project|pilot|initiative|hub|clinic))"
    r"(?=\s*$|\s+[:–—-]\s|\s+(?:[a-z]+s|is|are|has|was|will|to\s+be|set\s+to)\b)"
)


def scheme_leading_title(title: str) -> str | None:
    """The name of the scheme a title leads with, when the name has a word of its own (a
    capital before its kind, or an abbreviation: 'GP carer break scheme', not 'New service').

    >>> scheme_leading_title("GP carer break scheme pays out £1million to carers")
    'GP carer break scheme'
    >>> scheme_leading_title("Hybrid Placement Project - Case Study")
    'Hybrid Placement Project'
    >>> scheme_leading_title("New service helps patients") is None, scheme_leading_title("About the Scheme") is None
    (True, True)
    """
    match = TITLE_SCHEME.match(title.strip())
    if not match:
        return None
    name = match.group("name")
    # (a name of its own, not a heading or a phrase: 'About the Scheme', 'Funding agreed for
    # Visiting Service')
    if set(name.lower().split()) & TITLE_PHRASE_WORDS:
        return None
    first, *rest = name.split()
    # (a first word is capitalised anyway; an abbreviation is a word of its own: 'GP carer …')
    return name if any(word[:1].isupper() for word in rest[:-1]) or re.match(r"[A-Z]{2,}\b", first) else None


TITLE_PHRASE_WORDS = {"the", "a", "an", "of", "for", "in", "on", "at", "to", "with", "about", "our", "your", "and"}


# A committee or panel of one body, by the last words of its name (not a joint committee, nor
# one 'in common' of several bodies).
ONE_BODYS_COMMITTEE = re.compile(r"(?<![Jj]oint\s)(?<![Jj]oint\s[Ss]ub-)\b(?:Sub-?\s?)?(?:Committee|Panel)$")


def names_no_partnership(name: str) -> bool:
    """Whether a name a site would be given is a person's post, labels alone, or a council's
    party group: what a meeting's page is headed by or opens on, never a partnership's name.

    >>> names_no_partnership("Cabinet Member for Best Start"), names_no_partnership("Minutes: Witnesses:")
    (True, True)
    >>> names_no_partnership("Independent Group"), names_no_partnership("Riverton Health Group")
    (True, False)
    >>> names_no_partnership("Minutes of the meeting held on 4 May 2023"), names_no_partnership("Minutes of the Dale Alliance Board")
    (True, False)
    """
    name = name.strip()
    labels = name.endswith(":") and all(len(part.split()) <= 2 for part in name.split(":"))
    return bool(labels or MINISTER.match(name) or ROLE_PREFIX.match(name) or PARTY_GROUP.fullmatch(name) or MEETING_RECORD.match(name))


# The heading of a meeting's record, with no body's name in it: 'Minutes of the meeting held on
# 4 May 2023', 'Notes of the meeting', 'Agenda for the meeting on …'.
MEETING_RECORD = re.compile(
    r"(?i)^(?:(?:draft|approved|confirmed|unconfirmed|signed)\s+)?(?:minutes|notes|agenda|record|summary)\s+(?:of|for|from)\s+"
    r"(?:the\s+|a\s+)?(?:(?:last|previous|next|annual|general|public|extraordinary|special|ordinary|joint)\s+)*meetings?\b"
)


def title_site(document: Document, found: list[Block]) -> tuple[list[Piece], list[Site]]:
    """One site, named by the document's title (or, when the title names none, by the name the
    document is most about); every other block is its text."""
    first = title_block(found)
    later = [block for block in found if block is not first]
    body_names = [name for block in later for _, _, name in prose_names(block.text)]
    # A title the page wrapped (a PDF, a narrow column) is read whole.
    # (up to a line that opens with a label: 'Present: …' under a meeting's heading)
    title_lines = list(itertools.takewhile(lambda line: not LABEL_LINE.match(line.text), first.lines[1:]))
    title = " ".join(line.text.strip() for line in first.lines[:1] + title_lines) if len(first.lines) <= 3 else first_real_text(first.lines)
    crumbs = BREADCRUMB.match(title)
    title = crumbs.group("title").strip() if crumbs else title
    # a page's date field run into its first line is no part of the title (' date 2017-07-14 The
    # proposed merger of …')
    title = DATE_FIELD.sub("", title) or title
    # nor is the label of the section or paper it is printed under
    title = SECTION_LABEL.sub("", title) or title
    # nor a letter's greeting to the editor ('SIR – I am writing to …')
    title = SALUTATION.sub("", title) or title
    # nor a wiki's heading marks ('= Riverton Homes of Care =')
    title = re.sub(r"^\s*=+\s*(.+?)\s*=+\s*$", r"\1", title)
    # (a page's label for what it is, 'Archived: Hill Surgery', is none of them)
    candidates = [c for c in candidate_sites(found, first) if not ITEM_LABEL_WORD.fullmatch(c.name)]
    chosen = best_candidate(candidates)
    later_text = "\n".join(block.text for block in later)
    name = chosen.name if chosen else site_name_from_title(title, body_names, capitals_in(later, title))
    # a title that leads with a scheme's name is about the scheme, not the body the page most
    # names, which runs or funds it ('GP-based Admiral Nurse service challenges the stigma …')
    scheme = scheme_leading_title(title)
    if scheme and not (chosen and set(words(chosen.name)) <= set(words(scheme))):
        chosen, name = None, scheme
    # a title that names no body ('Provision of Health Care Services within the District') is
    # about the one network among the names the page weighs alike
    if chosen is None and not names_a_body(name):
        chosen = lone_network(candidates)
        name = chosen.name if chosen else name
    # a page headed only by what it is among a body's own pages ('Who we are & what we do',
    # 'About us', 'Our history') is the partnership's own page: about the one partnership it
    # names, however little it weighs ('The GP Confederation … in Leeds')
    if chosen is None and OWN_PAGE_HEADING.match(title):
        own = [c for c in candidates if words(c.name) and words(c.name)[-1].lower() in SITE_HEADS]
        chosen, name = (own[0], own[0].name) if len(own) == 1 else (None, name)
    # a page that tells of a provider awarded the contract to run a practice, or stepping in to,
    # is about that takeover ('Hill Care Ltd has been awarded a contract to run the practice'),
    # however much it says of the provider itself or of the one leaving ('service provider
    # Riverton GP Alliance wrote to patients that it would no longer be responsible')
    takeover = provider_takeover([first, *later]) or practice_takeover([first, *later])
    if takeover:
        chosen, name = None, takeover
    # a page that opens on practices merging is about their merger, not the network they are
    # members of ('Both practices are members of the Riverton PCN. The merger of these practices …')
    if chosen and STRONG_SITE_HEAD.search(chosen.name) and MERGING.search(" ".join(block.text for block in [first, *later[:3]])):
        # (named in a sentence that says they merge, not only under a title that does)
        merging = practices_said_to_merge(later, "")
        chosen, name = (None, merging) if merging else (chosen, name)
    # a page about one practice's merger with another is about the practice the two make, named
    # by both ('Hill Surgery writing to patients about its merger' over '… its merger with the
    # Dale Practice')
    # (unless it is the name the merged practice took: '… have merged and are now known as X')
    elif is_practice_name(name) and MERGING.search(" ".join(block.text for block in [first, *later[:3]])) and not name_taken(name, later):
        merging = practices_said_to_merge([first, *later], title)
        # (named last, it is the practice the others become: 'merged our two surgeries, A & B, to
        # become one X'; 'aims to merge with several other practices and form a new group named X')
        if merging and slug(name) in {slug(merged) for merged in merged_names(merging)[:-1]}:
            chosen, name = None, merging
    # a name that is no body's (a title's word or sentence, 'A PROPOSAL to merge …'; a word the
    # page never calls a partnership, 'premises called the Den') over a page about practices
    # merging gives way to them: the site they make, named by them
    # (unless it is the name the page says they took: 'approved its proposal to change its name
    # to “Hill Health”')
    if not names_a_body(name) and not (chosen and (chosen.evidence.get("partnership word") or name_taken(name, later))):
        name = practices_said_to_merge(later, title) or name
    # a title that names no body (a sentence, or only a place) is about the partnership the page
    # gives no name but its members ('This landmark partnership led by A, B and C')
    if name == title and re.search(r"\b(?:partnership|alliance|consortium|collaboration)\b", title):
        name = next((n for block in later for _, _, n in unnamed_partnerships(block.paragraph.text)), name)
    # a title that still names no body ('£5 per Head Funding', 'Supporting the introduction of …')
    # is about the one body the page opens on, however little else it says of it (a title on
    # practices merging names them, however bare: 'Application to merge Hill Drive and …')
    if not names_a_body(name) and not JOINING.search(title):
        name = opening_body(candidates) or name
    # a committee or panel the page is headed by or weighs most is where bodies meet, not a
    # partnership ('Health Scrutiny Panel', 'Primary Care Commissioning Committee'): the page
    # names none, and every body on it is only named (a joint committee of several bodies is
    # one, and so is one the page says is made up of bodies: 'It is made up of … the LOCs');
    # nor is a person the page opens on, whoever they speak for ('Apologies for absence were
    # received from Cllr G Bull')
    committee = ONE_BODYS_COMMITTEE.search(name) and not any(MADE_OF.search(block.paragraph.text) for block in found)
    person = chosen is None and PERSON_NAME.fullmatch(name.strip()) and not is_practice_name(name)
    if committee or person:
        return [Piece(None, block.paragraph, 0, block.kind == "row") for block in found], []
    # a person's post names the body they hold it in ('Locality Manager for Hill Partnership')
    inside = ROLE_INSIDE.search(name)
    post = ROLE_PREFIX.match(name) or (inside if inside and len(name[: inside.start()].split()) <= 2 else None)
    name = name[post.end() :].strip() if post and name[post.end() :][:1].isupper() else name
    # (a page headed 'About X' is X's page, however its name was weighed)
    name = ABOUT_TITLE.sub(r"\g<name>", name)
    # (a name printed with a double space is the same name, as a web page shows it; a
    # practice's code after it is no part of it: 'Hill Medical Centre F85017')
    site = Site(
        name=said_once(" ".join(CODE_AFTER.sub("", name).split())), source_file=document.name, line=first.first, document_kind="case study"
    )
    # A title written as a sentence ('An alliance created between Croydon Council staff, Age UK
    # Croydon and the local NHS …') names partners too; a short title only names the site, unless
    # it names something else ('Whitstable Medical Practice' over a page about its partnership).
    # A title that names the site by its kind ('Integrated Care System Board' over the
    # 'Riverton ICS') names nothing else.
    by_kind = abbreviated_subject(title, later_text) == name
    # a title naming the site by its members ('merger between A, B and C surgeries') names them too
    # ('Proposed Merger between A and B', '… – A & B Proposed Merger')
    # (in any order: 'Merger – Dale Surgery and Hill Surgery' over 'Hill and Dale Surgeries')
    by_members = any(slug(merged) == slug(name) for _, _, merged in merged_pairs(title)) or (
        len(merged_names(name)) >= 2
        and names_practices(name)
        and (
            slug(name) in slug(title.replace("&", "and"))
            or all(f"-{slug(words(part)[0])}-" in f"-{slug(title)}-" for part in merged_names(name) if words(part))
        )
    )
    if (
        by_members
        or not by_kind
        and (ends_sentence(first.text) or len(first.text.split()) > 12 or not distinctive_words(name) & distinctive_words(title))
    ):
        rest = [Piece(site, first.paragraph)]
    else:
        rest = [Piece(site, joined_paragraph(first.lines[1:]))] if len(first.lines) > 1 else []
    # Partnerships the page names in passing are sites too, with no text of their own: their
    # namings are theirs, not partners of the site the page is about.
    others: dict[str, Site] = {}
    page_is_a_network = STRONG_SITE_HEAD.search(name) is not None
    for block in found:
        # a network named in full on a page about a partnership of another kind is a partnership
        # by definition ('part of Well Up North Primary Care Network'), unless listed as a
        # member; on a page about one network, another is its neighbour, only named
        text = block.paragraph.text
        networks = [
            (a, n)
            for a, b, n in ([] if page_is_a_network else prose_names(text))
            if STRONG_SITE_HEAD.search(n)
            and len(words(n)) > len(STRONG_SITE_HEAD.search(n).group(0).split())
            and not in_partner_list(text, a, b)
            and not listed_among_bodies(text, a, b)
            and not where_a_partnership_works(text, a)
            # (nor a person's employer: 'Clinical Director of Upton PCN'; nor a newsroom: 'Pulse PCN has learnt')
            and not as_employer(text, a, b)
            and not NEWSROOM_AFTER.match(text, b)
            and " the " not in n
            and network_key(n) != network_key(name)
        ]
        for start, other in passing_sites(text) + siblings_of(name, text) + networks:
            line = block.paragraph.line_of(start)
            if self_mentioned_site(Mention(other, other, ORGANISATION, line), [site]) is None and slug(other) != slug(name):
                others.setdefault(network_key(other), Site(name=other, source_file=document.name, line=line, document_kind="case study"))
    # above a breadcrumb is another page's furniture (a teaser for another story): no site's text
    above = set(map(id, found[: found.index(first)])) if BREADCRUMB.match(first.text) else set()
    teasers = set(map(id, other_stories(later)))
    pieces = list(rest)
    for block in later:
        if id(block) in teasers:
            # a headline is a line: what runs on after the last is the story again
            pieces.append(Piece(None, joined_paragraph(block.lines[:1])))
            if len(block.lines) > 1:
                pieces.append(Piece(site, joined_paragraph(block.lines[1:])))
        else:
            pieces.append(Piece(None if id(block) in above else site, block.paragraph, 0, block.kind == "row"))
    # Practices a page says become one ('Combine the contracts of A, B and C …') are that
    # practice, a site of its own when the page is about more than it; the rest of the paragraph
    # or item naming them is its text.
    # (on a page about the practice they become, they are its members: a practice, or the name
    # a merger gives, 'three practices will merge into one — X')
    # (said in the sentence naming it: 'the merger of A and B has been approved and we will
    # become a single practice called X')
    # (or in a sentence of its own: 'The new practice will be called X')
    merger_made = any(
        MERGING.search(block.paragraph.text, sentence_start(block.paragraph.text, m.start()), m.start())
        or NEW_PRACTICE_NAMED.search(block.paragraph.text, max(0, m.start() - 60), m.start())
        for block in found
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", block.paragraph.text)
    )
    # (a page about one merger of practices may tell of another, of other practices: 'A and B
    # will merge from 1 October, while C and D will become one organisation')
    own_members = {slug(member) for member in merged_names(name)} if len(merged_names(name)) >= 2 else set()
    if (not is_practice_name(name) or own_members) and not merger_made:
        for piece in pieces:
            for start, _end, merged in merged_pairs(piece.paragraph.text):
                if start < piece.start or slug(merged) == slug(name) or own_members & {slug(member) for member in merged_names(merged)}:
                    continue
                line = piece.paragraph.line_of(start)
                site_ = others.setdefault(slug(merged), Site(name=merged, source_file=document.name, line=line, document_kind="case study"))
                piece.within.append((start, len(piece.paragraph.text), site_))
    # Partnerships given no name are sites named by their members; the stretch naming them is theirs.
    unnamed_members: list[tuple[Site, list[str]]] = []
    for piece in pieces:
        for start, end, other in unnamed_partnerships(piece.paragraph.text):
            if start < piece.start:
                continue
            # the same members again ('the partnership arrangement with Riverside') are the same partnership
            own = [w.lower() for w in words(re.split(r"\b(?:between|with|by)\b", other, maxsplit=1)[-1])]
            same = [site_ for site_, words_ in unnamed_members if own and (own == words_[: len(own)] or words_ == own[: len(words_)])]
            if same:
                unnamed = same[0]
            # (nor is the partnership a sentence says runs the site: 'The X programme is piloted
            # by a partnership between A and B' gives X its partners)
            elif slug(other) == slug(name) or name in piece.paragraph.text[sentence_start(piece.paragraph.text, start) : start]:
                unnamed = site
            else:
                line = piece.paragraph.line_of(start)
                unnamed = others.setdefault(slug(other), Site(name=other, source_file=document.name, line=line, document_kind="case study"))
                unnamed_members.append((unnamed, own))
            piece.within.append((start, end, unnamed))
    # a post with no body ('Cabinet Member for Best Start'), labels alone ('Minutes: Witnesses:')
    # or a council's party group is no partnership: the page names none but those it passes
    # (so is what kind of page a body's own page is, when it names no partnership: 'What we do')
    if names_no_partnership(name) or OWN_PAGE_HEADING.match(name):
        for piece in pieces:
            piece.site = None if piece.site is site else piece.site
            piece.within = [(a, b, other) for a, b, other in piece.within if other is not site]
        return pieces, list(others.values())
    return pieces, [site, *others.values()]


# A news page's label over links to its other stories, alone on its line ('Most Read', 'Trending').
OTHER_STORIES = re.compile(
    rf"(?i)\s*(?:{OTHER_STORIES_LABEL}|most\s+(?:viewed|shared)|(?:you\s+)?may\s+also\s+(?:like|be\s+interested\s+in)|trending(?:\s+now)?)\s*:?\s*"
)


def other_stories(found: list[Block]) -> list[Block]:
    """The list items set straight under a news page's label for its other stories ('Most
    Read' / '- 1 Catalogue of errors at care home'): a headline of another story on each item's
    first line, no text of the story's own, which goes on after them.

    >>> from pchgraph.readers.document import Line
    >>> texts = ["Most Read", "- 1 Council chief welcomes bus rescue", "- 2 New car park", "“We had help from HDC.”"]
    >>> [block.lines[0].no for block in other_stories(blocks([Line(n, t) for n, t in enumerate(texts, start=1)]))]
    [2, 3]
    """
    teasers: list[Block] = []
    for i, block in enumerate(found):
        # (the label a line of its own, which may close the paragraph above it)
        if OTHER_STORIES.fullmatch(block.lines[-1].text):
            for item in found[i + 1 :]:
                if item.kind != "item":
                    break
                teasers.append(item)
    return teasers


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset `at` begins: after the last full stop or line break
    before it, or at the start.

    >>> sentence_start("Hill Trust said so. Dale Council agreed.", 25), sentence_start("Hill Trust said so.", 5)
    (19, 0)
    """
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


def network_key(name: str) -> str:
    """A network's name with its kind abbreviated, so that 'Hill Primary Care Network' and 'Hill PCN' are one.

    >>> network_key("Hill Primary Care Network") == network_key("Hill PCN")
    True
    """
    return slug(re.sub(r"(?i)\bprimary\s+care\s+network\b", "PCN", name))


def sites_carried_on(found: list[Block], sites: list[Site]) -> list[Site | None]:
    """For each block, the site it is about: the one it opens with, or else the one named last
    before it (text goes on about the partnership it has just defined until it names another).

    >>> from pchgraph.readers.document import Line
    >>> texts = ["Intro.", "", "Hill Care Group runs it.", "", "It works with Dale Trust."]
    >>> found = blocks([Line(number, text) for number, text in enumerate(texts, start=1)])
    >>> [s and s.name for s in sites_carried_on(found, [Site("Hill Care Group", "a.txt", 3)])]
    [None, 'Hill Care Group', 'Hill Care Group']
    """
    carried: list[Site | None] = []
    current: Site | None = None
    for block in found:
        opening = site_in_subject(block.text, sites)
        named_here = [site for site in sites if site.line is not None and block.first <= site.line <= block.lines[-1].no]
        carried.append(opening or (named_here[0] if named_here else current))
        current = opening or (named_here[-1] if named_here else current)
    return carried


def site_in_subject(text: str, sites: list[Site]) -> Site | None:
    """The site a paragraph is about when it begins with that site's own name ('Burnley East is …')."""
    printed = words(" ".join(text.split()[:9]))
    # a paragraph whose subject is the writer ('We are members of X') is about no other site
    if printed and printed[0].lower() in ("we", "i"):
        return None
    while printed and printed[0].lower() in LEADING_WORDS:
        printed.pop(0)
    opening = tuple(w.lower() for w in printed)
    for site in sites:
        whole, core = name_and_core(site.name)
        if not core or opening[:1] != core[:1]:
            continue
        # (not another name that begins the same: 'Wyre Forest Health Partnership' is not the
        # 'Wyre Forest Federation')
        runs_on = len(printed) > len(core) and printed[len(core)][:1].isupper() and opening[len(core)] not in whole
        if opening[: len(core)] == core and not runs_on:
            return site
    return None


@functools.lru_cache(maxsize=4096)
def name_and_core(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A site's name in lower-case words without 'the', and those words without the kind of body
    at the end ('burnley', 'east' of 'Burnley East Primary Care Network'); kept, since every
    paragraph of a long document is matched against every site."""
    whole = [w.lower() for w in words(name) if w.lower() not in ("the",)]
    core = list(whole)
    while core and core[-1] in (*SITE_HEAD_WORDS, "primary", "care"):
        core.pop()
    return tuple(whole), tuple(core)


# (or with a verb: the rest of a sentence whose subject a comma's apposition parted from it,
# 'Hill Federation, owned by 20 practices, is registered at Companies House')
CLAUSE_OPENER = re.compile(
    r"(?:with|without|known|called|named|in|at|to|from|by|which|who|where|when|whose|"
    r"is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall)\b"
)
ROLE_ITEM = re.compile(
    r"(?i)(?:[a-z]+\s+){0,2}(?:director|chief\s+executive|ceo|chair(?:man|woman)?|manager|lead|officer|head|spokes(?:man|woman|person))"
    r"\s+(?:of|at|for)\b"
)


def is_partner_list(paragraph: Paragraph) -> bool:
    """Whether a paragraph is a comma-separated list of partners rather than prose."""
    text = paragraph.text.strip()
    items = [i.strip() for i in re.split(r"[,;]", text.rstrip(".")) if i.strip()]
    if len(items) < 3 or re.search(r"[.!?]\s+(?:\d+(?:\.\d+)+\s+)?[A-Z]", text):
        return False
    # a paragraph ending in a colon leads in to the list below it ('The proposal would see the
    # following three GP practices, subject to agreement, move into the new Hub:')
    if text.endswith(":"):
        return False
    # a list's items begin with a name or a group, not with a preposition or a participle
    # ('…, known as Riverside Health, with more than 30 GPs' is a sentence)
    if any(CLAUSE_OPENER.match(item) for item in items):
        return False
    # a person's role between commas ('Jo Bloggs, medical director for X, said') is an apposition
    if any(ROLE_ITEM.match(item) for item in items):
        return False
    short = sum(1 for item in items if len(item.split()) <= 9)
    named = sum(1 for item in items if head_word(item) in HEAD_WORDS or COUNTED.match(item))
    return short / len(items) >= 0.8 and named / len(items) >= 0.5


# Bodies that documents name as the owner, funder or regulator of a programme, not as a partner
# of one site, unless a partner list names them.
NATIONAL_NAMES = (
    r"NHS\s*England|NHS\s*Improvement|NHS\s*Digital|NHS\s*Confederation|NHS\s*Providers|"
    r"Care\s+Quality\s+Commission|CQC|Public\s+Health\s+England|Health\s+Education\s+England|"
    r"Department\s+of\s+Health(?:\s+and\s+Social\s+Care)?|DHSC|"
    rf"{GOVERNMENT_DEPARTMENTS}|"
    r"King['’]?s\s+Fund|Nuffield\s+Trust|National\s+Association\s+(?:of|for)\s+Primary\s+Care|NAPC|"
    r"British\s+Medical\s+Association|(?-i:BMA)|(?-i:RCGP|NHSE(?:/I)?)|"
    # the BMA's committee of GPs, and the register of companies, named by any page about a
    # practice's contract or a federation's company
    r"(?-i:GPC)|General\s+Practitioners\s+Committee|Companies\s+House|"
    # a national or royal body named for its field ('National Academy for Social Prescribing',
    # 'Royal College of General Practitioners')
    r"(?-i:(?:National|Royal)\s+(?:Association|Academy|College|Institute|Society)\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})|"
    # the national bodies of councils
    r"Local\s+Government\s+Association|LGA|London\s+Councils|"
    # (and the other national bodies of health and care: regulators, the patients' national
    # voice, the NHS's own national services)
    r"Healthwatch\s+England|(?-i:NICE|PHE|UKHSA|NHSBSA|HSSIB)|National\s+Institute\s+for\s+Health\s+and\s+Care\s+Excellence|"
    r"NHS\s+Employers|NHS\s+Business\s+Services\s+Authority|Primary\s+Care\s+Support\s+England|UK\s+Health\s+Security\s+Agency|"
    # (the regulator of foundation trusts by its one word, in running text: 'a complaint with
    # Monitor after …')
    r"(?-i:Monitor)(?=\s*[,.;:)]|\s*$|\s+(?:has|had|is|was|said|says|will|would|to|in|on|for|after|before|over|and|that|which)\b)|"
    # (Parliament and the Treasury by their one word, with its capital; and the world's health body)
    r"(?-i:Parliament|Treasury)|World\s+Health\s+Organi[sz]ation|"
    # the national government, with its capital ('Government money', 'the Government's reforms')
    r"(?-i:Government)(?!\s+[A-Z])"
)
NATIONAL_BODIES = re.compile(rf"(?i)^(?:the\s+)?(?:{NATIONAL_NAMES}|National\s+Health\s+Service|NHS(?:\s+in\s+.+)?)$")
# The same bodies wherever running text names them, however the words around run on
# ('NHS England Chief Executive Simon Stevens'); the bare NHS is BARE_NHS's.
# (a possessive ends the name: 'the Government’s NHS reforms')
NATIONAL_IN_TEXT = re.compile(rf"(?<![\w'’&-])(?:{NATIONAL_NAMES})(?![\w&-]|['’](?!s\b))")
# A person's role at a body, right before the body's name: 'Chief Executive of', 'CEO at',
# 'in their roles with'.
EMPLOYER_WORDS = (
    r"\b(?:director|chief(?:\s+executive)?|ceo|chair(?:man|woman)?|manager|lead|officer|head|spokes(?:man|woman|person)|"
    r"clinical\s+director|consultant|GP)\b[^.;:]{0,40}?\b(?:of|at|for)|\bDr\s+(?:[A-Z][\w'-]+\s+)?[A-Z][\w'-]+,?\s+of|"
    # a person's name, then 'from' their employer ('Jo Bloggs from The Riverton Institute')
    r"(?-i:\b[A-Z][a-z]+\s+[A-Z][a-z'’-]+),?\s+from|"
    # or given by initials, then 'of' ('an update by N Barnes of the CCG')
    r"(?-i:(?<![\w'’-])(?:[A-Z]\.?\s+){1,2}[A-Z][a-z'’-]+),?\s+of|"
    # or a person's name, then their role in lower case, between commas ('Jo Bloggs, chief
    # corporate services officer, NHS Riverton CCG')
    r"(?-i:\b[A-Z][a-z]+\s+[A-Z][a-z'’-]+,\s+(?:[a-z][a-z-]*\s+){0,5}"
    r"(?:officer|director|chief|chair|chairman|chairwoman|manager|lead|executive|head|leader)),|"
    r"\b(?:his|her|their|whose|my|our)\s+roles?\s+(?:with|at|in)"
)
# Words around a name that say the document only names it: an agent of a passive verb, a
# source, a person's employer, a body that announces or decides.
NAMED_ONLY_BEFORE = re.compile(
    r"(?i)(?:\b(?:funded|launched|announced|revealed|selected|published|chosen|approved|backed|commissioned|run|delivered|appointed|"
    r"audited|inspected|rated|rejected|decided|established|founded|supported|put\s+in\s+place|made(?:\s+on\s+\d{1,2}\s+[A-Z][a-z]+)?)\s+by(?:\s+both)?|"
    r"\bthank(?:s|ed)?|\btold|\bspeaking\s+to|\bcall(?:s|ed)?\s+on|\b(?:funding|grants?|support|investment|money|approval|green\s*light|go[\s-]ahead|backing|consent|contracts?)\s+from|"
    # a body that approves, or that hears a case put to it ('subject to approval by', 'a presentation to')
    r"\bapproval\s+by|\bpresentations?\s+(?:made\s+)?to|\bminutes\s+(?:from|of)|\bmeetings?\s+of|"
    # a body applied to, or that reviews an application ('have applied to NHS Riverton CCG')
    r"\b(?:applied|apply|applying|applications?|appealed|appeal)\s+to|\b(?:reviewed|considered|assessed|scrutinised)\s+by|"
    # the page's own publisher ('Contact us here at Healthwatch Riverton')
    r"\b(?:us|we)\s+(?:here\s+)?at|"
    # who studied it, who was written to, who was replaced or held the contract before
    r"\b(?:research|study|survey|evaluation|analysis)\s+(?:carried\s+out\s+)?by|\bletters?\s+to|\bwrote\s+to|\breplaced\s+(?:\w+\s+){0,8}?by|"
    r"\b(?:previous|former|outgoing)\s+(?:provider|contract\s+holder|operator)\s*(?:[,–—-]|\s-)?|"
    # what a body did before another took it on ('(formerly commissioning functions were led by X CCG)')
    r"\bformerly\b[^().;]{0,60}?\s(?:led|run|held|carried\s+out|provided|done|performed)\s+by|"
    # a service a reader is told to contact ('By contacting the Patient Advice and Liaison Service on …')
    r"\b(?:contact|contacting|call|calling|phone|phoning|ring|ringing)|"
    # a company's parent, a company by what it is ('Hill Health, a subsidiary of US healthcare
    # giant the Dale Corporation'); not an NHS trust its own company works for
    r"\bsubsidiary\s+of(?:\s+[\w-]+,?){0,3}?\s+(?:company|insurer|giant|firm|group|corporation|conglomerate|multinational),?|"
    # the body that runs a tender ('following a competitive tendering exercise by X')
    r"\b(?:exercise|process|procurement|tender|tendering)\s+(?:run\s+|carried\s+out\s+|led\s+)?by|\bas\s+part\s+of|\bcommittees?\s+of|\breports?\s+(?:in)?to|\baccording\s+to(?:\s+an?\s+\w+\s+by)?|\bread\s+more\s+from|"
    rf"{EMPLOYER_WORDS})\s+(?:the\s+)?$"
)
NAMED_ONLY_AFTER = re.compile(
    r"(?i)^(?:['’]s?\s+(?:\w+\s+){0,3}?(?:director|chief|chair|head|lead|officer|executive|manager|spokes\w*|rating)\b|"
    # the owner of a programme ('X's Healthy Riverton programme'), a body that oversees or pays
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:programme|strategy|initiative|scheme|fund|governing\s+body)\b|"
    # a body's plan named after it ('the Draft Riverton Borough Council Local Plan')
    r"\s+(?:Local\s+Plan|Local\s+Development\s+Plan|Draft\s+Plan)\b|"
    # a commissioner that awards or pays for the work ('X has agreed to award a contract to')
    r"(?:['’]s\s+governing\s+body)?\s+(?:has\s+|have\s+|had\s+)?(?:agreed\s+to\s+|decided\s+to\s+|intends?\s+to\s+)?(?:directly\s+)?"
    r"(?:awarded|award|awards|commissioned|commissions|funded|funds|procured)\b|"
    # (or that the page describes by that duty: 'X, which is responsible for GP services', 'X,
    # which plans and buys healthcare', 'X (the NHS body responsible for GP services locally)')
    r"(?:\s*\([A-Z]{2,6}\))?,?\s+(?:which|who)\s+(?:oversees|commissions|funds|pays\s+for|plans|"
    r"(?:is|are)\s+responsible\s+for\s+(?:planning\s+and\s+)?(?:buying|commissioning|funding|paying\s+for|"
    r"(?:GP|primary\s+care|general\s+practice|local\s+health|health\s*care|NHS)\b))\b|"
    r"\s*\((?:the\s+)?(?:NHS\s+)?(?:body|organisation)\s+(?:that\s+is\s+)?responsible\s+for\b|"
    # (not what bodies say of themselves: 'A and B surgeries have confirmed that they will merge')
    r"(?:\s*\([A-Z]{2,6}\))?\s+(?:have|has|had)\s+(?:announced|said|revealed|published|decided|confirmed|approved|endorsed|granted|refused)\b"
    r"(?!\s+(?:that\s+)?(?:they|it|we)\b)|"
    r"(?:\s*\([A-Z]{2,6}\))?\s+(?:announced|said|decided|decides?\s+on|confirmed|approved|endorsed|granted|refused)\b(?!\s+(?:that\s+)?(?:they|it|we)\b)|"
    # a commissioner that consults or reviews ('X CCG has commenced a consultation on …')
    r"\s+(?:(?:has|have|had)\s+)?(?:recently\s+)?(?:commenced|launched|began|begun|started|opened|undertook|undergone|carried\s+out|completed)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:consultation|review|engagement|procurement)\b|"
    r",?\s+(?:seeking|inviting)\s+(?:the\s+)?views\b|"
    # a commissioner speaking for itself or its duties ('X would like to thank', 'X has
    # responsibility for securing', 'X retains overall accountability', 'X no longer exists')
    r"(?:\s*\([A-Z]{2,6}\))?\s+(?:would\s+like\s+to\s+(?:thank|announce)|(?:has|have|had)\s+(?:a\s+|the\s+)?responsibilit(?:y|ies)\s+for"
    r"|retains|no\s+longer\s+exists|(?:has|have)\s+arranged\s+for|needed\s+to\s+review"
    r"|(?:is|are)\s+(?:the\s+)?(?:statutory\s+)?(?:body\s+|organisation\s+)?responsible\s+for\s+(?:planning\s+and\s+)?(?:commissioning|buying|funding))\b|"
    # a body the page says is not in it ('X will not be affected by the merger', 'X will no
    # longer be involved', 'X … has since pulled out')
    r"(?:,[^,.;]{1,40},)?\s+(?:(?:will|would|is|are|was|were)\s+not\s+be\s+(?:affected|involved|part)|will\s+no\s+longer\s+be|"
    r"(?:[^.;]{0,60}\s+)?(?:has|have|had)\s+(?:since\s+|now\s+)?(?:pulled\s+out|withdrawn))\b|"
    # a body's committee or board that hears a case ('X Council's health overview and scrutiny committee')
    r"['’]s\s+(?:[\w-]+\s+){0,8}?(?:committee|board)\b|"
    # the meeting of a body, or a body that hears a case ('At the CCG meeting', 'the CCG was given examples')
    r"\s+(?:board\s+)?meetings?\b|\s+(?:was|were)\s+(?:given|shown|presented\s+with)\b)"
)
# A person's role at a body: 'Chief Executive at X' before it, 'X chairman Jo Bloggs' after it
# (the news style that sets a body, a role and a person's name side by side).
EMPLOYER_BEFORE = re.compile(rf"(?i)(?:{EMPLOYER_WORDS})\s+(?:the\s+)?$")
EMPLOYER_AFTER = re.compile(
    r"^(?:\s*\([A-Z]{2,6}\))?\s+(?:[a-z]+\s+){0,2}(?:chair(?:man|woman)?|chief\s+executive|director|leader|secretary|spokes(?:man|woman|person))\s+"
    r"(?:(?:Dr|Cllr|Councillor|Mr|Mrs|Ms|Professor)\.?\s+)?[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+"
)

# 'X's chief executive', 'X's accountable officer': the body a person works for, possessive.
EMPLOYER_POSSESSIVE = re.compile(
    r"(?i)^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:director|chief|chair|head|lead|officer|executive|manager|spokes\w*)\b"
)


def as_employer(text: str, start: int, end: int) -> bool:
    """Whether running text names a body as a person's employer ('Chair of X', 'X chairman Jo
    Bloggs').

    >>> text = "But Riverton Parish Council chairman Jo Bloggs disagreed."
    >>> as_employer(text, 4, 27)
    True
    >>> text = "Jo Bloggs, Riverton Council’s chief executive, said so."
    >>> as_employer(text, 11, 27)
    True
    >>> text = "Riverton Local Medical Committee (LMC) secretary Dr Jo Bloggs said so."
    >>> as_employer(text, 0, 32)
    True
    """
    return bool(
        EMPLOYER_BEFORE.search(text[max(0, start - 80) : start])
        or EMPLOYER_AFTER.match(text[end : end + 60])
        or EMPLOYER_POSSESSIVE.match(text[end : end + 60])
    )


def named_only(text: str, start: int, end: int, name: str) -> bool:
    """Whether running text only names a body (owner, funder, source, employer), rather than
    giving it as a partner: by what the body is, or by the words around it.

    >>> text = "It will be appointed by NHS England and NHS Riverton CCG, who commission it."
    >>> named_only(text, text.index("NHS Riverton"), text.index(", who"), "NHS Riverton CCG")
    True
    >>> text = "NHS Riverton CCG’s Governing Body has agreed to award a contract to the alliance."
    >>> named_only(text, 0, 16, "NHS Riverton CCG")
    True
    >>> text = "A spokesperson told the Riverton Evening Post that it would go ahead."
    >>> named_only(text, text.index("Riverton"), text.index(" that"), "Riverton Evening Post")
    True
    >>> text = "The new surgery is run by Hill Health and the Dale Pharmacy Group."
    >>> named_only(text, text.index("Hill"), text.index(" and"), "Hill Health"), named_only(text, text.index("Dale"), len(text) - 1, "Dale Pharmacy Group")
    (False, False)
    """
    before = text[max(0, start - 120) : start]
    # the second of two names after the words ('appointed by NHS England and NHS Riverton CCG')
    joined = NAME_AND_BEFORE.search(before)
    # bodies that run a thing together are its partners ('The surgery is run by Hill Health and
    # the Dale Pharmacy Group'), as one that runs it jointly is
    together = RUN_BY.search(before[-80:]) and re.match(r"\s*(?:,|and\b|&)\s*(?:the\s+)?[A-Z]", text[end : end + 12])
    together = together or (joined and RUN_BY.search(before[: joined.start()][-80:]))
    if together and not NATIONAL_BODIES.match(name):
        return False
    return bool(
        NATIONAL_BODIES.match(name)
        # a commissioner as the area practices are in ('Practices within NHS Riverton CCG have …',
        # 'In Riverton CCG, three practices came together')
        or (COMMISSIONER_NAME.search(name) is not None and COMMISSIONER_AREA_BEFORE.search(before) is not None)
        or named_only_before(before[-80:])
        or (joined and named_only_before(before[: joined.start()][-80:]))
        or NAMED_ONLY_AFTER.match(text[end : end + 60])
        or EMPLOYER_AFTER.match(text[end : end + 60])
        # (the newsroom that reports the story: 'Pulse PCN has learnt')
        or NEWSROOM_AFTER.match(text[end : end + 60])
    )


def named_only_before(before: str) -> bool:
    """Whether the words before a name say the text only names it: the agent of a passive verb,
    a source, an employer; but not who runs a joint scheme ('a joint scheme run by X and Y', 'jointly
    delivered by X'), which are its partners.

    >>> named_only_before("The hubs are run by "), named_only_before("The hubs are a joint scheme run by ")
    (True, False)
    """
    return bool(NAMED_ONLY_BEFORE.search(before)) and not JOINTLY_RUN.search(before)


COMMISSIONER_AREA_BEFORE = re.compile(
    r"(?:\b(?:[Pp]ractices|[Ss]urgeries|PCNs?|[Nn]etworks?|GPs)\s+(?:with)?in|(?:^|[.!?]\s+)In)\s+(?:the\s+)?$"
)
RUN_BY = re.compile(r"(?i)\b(?:run|delivered|led|managed|operated|provided)\s+by(?:\s+both)?\s+(?:the\s+)?$")
JOINTLY_RUN = re.compile(
    r"(?i)\bjoint(?:ly)?\s+(?:[\w-]+\s+){0,3}?(?:run|delivered|led|managed|operated|provided)\s+by(?:\s+both)?\s+(?:the\s+)?$"
)
NAME_AND_BEFORE = re.compile(r"(?:[A-Z][\w’'&-]*\s+){1,8}(?:and|&)\s+(?:the\s+)?$")


# (a figure's commas only part its thousands: 'since 2021, the NHS …' counts nothing)
# (digits one way only: `COUNT_PATTERN`'s own digits again would let a run of numbers match in
# ever more ways, and a line of them send a pattern backtracking for ever)
COUNT_WORDS = COUNT_PATTERN.removeprefix(r"\d{1,4}|")
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{COUNT_WORDS}|hundred)"
# Unnamed groups of organisations in running text: a quantity or determiner, then a plural of
# the kinds of body partnerships are made of ('three GP practices', 'the voluntary sector').
COLLECTIVE_PROSE = re.compile(
    rf"(?<![\w-])(?i:(?:all|the|our|its|their|other|local|several|many|some|remaining|more than|about|another|a number of|"
    rf"a (?:wide )?range of|a variety of|both)\s+|"
    rf"{NUMBER}\s+(?:out\s+)?(?:of\s+)?(?:(?:the|our)\s+(?:\w+['’]s\s+)?{NUMBER}?\s*)?)+"
    r"(?:(?:[A-Z][\w'’-]*|(?i:gp|general|member|local|established|different|neighbouring|voluntary|community|health|care|"
    r"primary|nhs|support|third|sector|faith|social|enterprise|housing|partner|alliance|and|related|health-related|founding|"
    r"existing|participating|constituent|hospital|acute|secondary|foundation|ambulance|mental|"
    r"separate|individual|independent|small|smaller|large|larger|rural|urban|former|current|"
    # (words for which partners they are: 'other key partners', 'two new practices', 'our formal partners')
    r"key|formal|wider|nearby|new|more|public|strategic|statutory|major|main|principal|surrounding|neighbourhood|fellow|external|interested|"
    r"health/community),?)\s+){0,6}?"
    r"(?i:practices|surgeries|super-?practices|partners|organisations|agencies|charities|groups|networks|pcn['’]?s|ccg['’]?s|icb['’]?s|pct['’]?s|trusts|authorities|"
    r"providers|sector|nhs|associations|federations|hospitals|pharmacies|councils|vanguards|partnerships|consortia|"
    r"care\s+homes|nursing\s+homes|hospices|universities)\b"
    # care homes, however few words go before them: bodies of their own, each unnamed ('support
    # for care homes in Riverton')
    r"|(?<![\w'’-])(?i:(?:residential\s+|local\s+)?(?:care|nursing)\s+homes)\b"
    # and a sector with no word before it ('partners from health and voluntary sector')
    r"|(?<![\w'’-])(?i:(?:voluntary|third|charitable)(?:,?\s+(?:and\s+|&\s+)?(?:voluntary|community|faith|charitable|social\s+enterprise))*\s+sector)\b(?!\s+(?i:organisations|partners|groups|providers|bodies))"
    # a plural of bodies opening a sentence, with where they are ('Practices in north Riverton')
    r"|(?:^|(?<=[.!?]\s))(?:Practices|Surgeries|Partners|Organisations|Providers|Councils)(?=\s+(?:in|within|across|throughout)\b)"
    # mid-sentence, a bare plural of bodies with the place they are in ('with PCNs in Riverton')
    r"|(?<![\w'’-])(?:practices|surgeries|PCNs|CCGs|ICBs|trusts|councils)\s+(?:in|within|across|throughout)\s+"
    # ('practices in the south of Wigan and the north of Ashton')
    r"(?:the\s+(?:north|south|east|west|centre|heart)(?:-?(?:east|west))?\s+of\s+)?"
    r"(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west)\s+){0,2}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+and\s+the\s+(?:north|south|east|west|centre)(?:-?(?:east|west))?\s+of\s+[A-Z][\w'’-]*)?"
    r"|(?<![\w-])(?i:(?:adult\s+)?social\s+care)\b(?!\s+(?i:trust|partnership))"
    # with no determiner, a word that says whose they are: 'partner organisations', 'system
    # partners', 'member practices', 'GP surgeries', 'patient groups', 'Riverton GP practices'
    # ('partner agencies', 'healthcare bodies', 'community based organisations')
    r"|(?<![\w'’-])(?:[A-Z][\w'’-]*\s+(?:and\s+[A-Z][\w'’-]*\s+)?)?(?i:gp|member|partners?|system|patient|doctor|district|individual|voluntary\s+sector|nhs|"
    r"hospital|acute|foundation|ambulance|secondary\s+care|constituent|support|healthcare|community[\s-]based)\s+"
    r"(?i:practices|surgeries|partners|organisations|groups|providers|hospitals|pharmacies|trusts|federations|agencies|bodies)\b"
    # the kinds of council, and the emergency services ('district councils, emergency services and …')
    r"|(?<![\w'’-])(?i:(?:district|county|borough|parish|town|city|unitary|local)\s+(?:and\s+(?:district|county|borough|parish|town|city)\s+)?"
    r"(?:councils|authorities)|emergency\s+services)\b"
    # or the sector they are in ('health and care providers', 'primary care providers', 'local commissioners')
    # (a list of sectors: 'voluntary, community, faith and social enterprise organisations',
    # 'health-related third sector organisations')
    r"|(?<![\w'’-])(?i:(?:health|health-related|care|social|voluntary|community|primary|secondary|acute|mental|local|third|faith)"
    r"(?:,?\s+(?:and\s+)?(?:health|care|social|voluntary|community|primary|secondary|acute|mental|sector|third|faith|enterprise)){0,6})\s+"
    r"(?i:providers|organisations|agencies|commissioners|partners|groups)\b"
    # the two sides of a health economy together ('commissioners and providers')
    r"|(?<![\w'’-])(?i:commissioners\s+and\s+providers|providers\s+and\s+commissioners)\b"
    # practices a count or a determiner introduces, whatever words describe them ('Twenty
    # struggling practices', 'the region’s practices', 'two doctors surgeries')
    rf"|(?<![\w'’-])(?i:(?:all|the|our|its|their|other|both|these|those|{NUMBER})\s+)+(?:[\w-]+['’]s\s+)?"
    r"(?:[a-z][\w-]*(?:ed|ing|al|ent|ant|ive|ous|ble|ful|ic|ary|ly|ate),?\s+){0,2}(?:[A-Z][a-z][\w'’-]*\s+){0,2}(?:(?:GP|doctors['’]?)\s+)?"
    r"(?:practices|surgeries)\b"
    # or the place or group they are in ('Calderdale practices', 'Horsham doctors’ surgeries')
    # (not an abbreviation's: 'NPC practices' are a body's, named by it)
    # (nor a count's: 'Two GP practices')
    rf"|(?<![\w'’-])(?:(?!(?i:{NUMBER}|all|the|our|other|both|these|those|many|some|several)\b)[A-Z][a-z][\w'’-]*\s+){{1,2}}"
    r"(?:(?:GP|doctors['’]?)\s+)?(?:practices|surgeries)\b"
)


# Bare plurals of kinds of body ('PCNs', 'trusts'), and a run of them in a list ('PCNs, ICBs,
# trusts, GPs and voluntary groups'): each a group of the bodies a page says take part.
BARE_KIND = r"(?:PCNs|ICBs|CCGs|ICSs|trusts|councils|charities|hospices|pharmacies|federations|(?:voluntary|community)\s+groups)"
# ('GPs' only beside another kind, as often the doctors: 'salaried GPs and GPs with a special interest')
RUN_KIND = rf"(?:{BARE_KIND}|GPs)"
KIND_RUN = re.compile(rf"(?<![\w'’-]){RUN_KIND}(?:\s*,\s*{RUN_KIND})*,?\s+(?:and|or)\s+{RUN_KIND}(?![\w'’-])")
# (or one, after a word that says it is among those taking part: 'with health organisations, including PCNs')
KIND_INCLUDED = re.compile(rf"(?<=\bincluding\s){BARE_KIND}(?![\w'’-])")
# (or alone, a plural of the NHS's own kinds of body, which no other sense shares: 'PCNs are
# able to hire', 'CCGs were commissioning organisations')
NHS_KIND_PLURAL = re.compile(
    # (not an abbreviation in brackets after the words it shortens: '… care systems (ICSs)')
    r"(?<![\w'’&(-])(?:PCNs|CCGs|ICBs|PCTs|ICSs|(?i:primary\s+care\s+networks|clinical\s+commissioning\s+groups|primary\s+care\s+trusts|"
    r"integrated\s+care\s+(?:boards|systems)))(?![\w'’-])"
)


def kind_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each bare plural of a kind of body in a list of them, or after 'including'.

    >>> text = "Hubs come from partnerships between NHSPS and PCNs, ICBs, trusts, GPs and voluntary groups."
    >>> [text[a:b] for a, b in kind_runs(text)]
    ['PCNs', 'ICBs', 'trusts', 'GPs', 'voluntary groups']
    >>> kind_runs("It recruits salaried GPs and GPs with a special interest.")
    []
    """
    spans = [m.span() for m in KIND_INCLUDED.finditer(text)]
    for run in KIND_RUN.finditer(text):
        if re.search(BARE_KIND, run.group(0)):
            spans += [(run.start() + m.start(), run.start() + m.end()) for m in re.finditer(RUN_KIND, run.group(0))]
    return sorted(set(spans))


def prose_collectives(paragraph: Paragraph, taken: list[tuple[int, int]]) -> list[Mention]:
    """Collective mentions in running text, where no organisation name already stands."""
    found = []
    text = paragraph.text
    for start, end in kind_runs(text):
        if not any(start < b and a < end for a, b in taken):
            found.append(Mention(text[start:end], text[start:end], COLLECTIVE, paragraph.line_of(start)))
            taken = [*taken, (start, end)]
    matched = list(COLLECTIVE_PROSE.finditer(text))
    # (a bare plural of the NHS's kinds where no longer group stands: 'PCNs are able to hire')
    bare = [
        m.span()
        for m in NHS_KIND_PLURAL.finditer(text)
        if not any(m.start() < b and a < m.end() for a, b in [*taken, *(c.span() for c in matched)])
    ]
    found += [Mention(text[a:b], text[a:b], COLLECTIVE, paragraph.line_of(a)) for a, b in bare]
    for match in matched:
        start, end = match.span()
        if any(start < b and a < end for a, b in taken):
            continue
        phrase = match.group(0).strip()
        # 'the CCG's director' is one body's (after 'the', a plural is written without the apostrophe)
        if re.fullmatch(r"(?i)the\s+(?:pcn|ccg|icb)['’]s", phrase):
            continue
        # a plural in a programme's name ('the Supporting Federations Programme') is no group
        if re.match(r"\s+(?i:programme|project|scheme|initiative|network|fund)\b", text[end:]) and phrase.split()[-1][:1].isupper():
            continue
        # 'the Council and health partners': one body named by its head, then the group
        body = SHORT_HEAD_AND.match(text, start)
        if body and body.end() < end:
            start, phrase = body.end(), text[body.end() : end].strip()
        # 'one of four practices' names the four
        one_of = re.match(rf"(?i)one\s+of\s+(?={NUMBER}\s)", phrase)
        if one_of:
            start, phrase = start + one_of.end(), phrase[one_of.end() :]
        if re.fullmatch(r"(?i)the\s+NHS", phrase):
            national = national_nhs(text, start, end)
            if national is None:
                continue
            if national:
                found.append(Mention(phrase, "National Health Service", MENTIONED, paragraph.line_of(start)))
                continue
        # a body a common noun describes, its own name in capitals ('the social enterprise
        # Bridges Outcomes Partnerships'): the body, not a group
        described = DESCRIBED_BODY.match(phrase)
        if described:
            at = start + described.start("name")
            found.append(
                Mention(described.group("name"), described.group("name"), ORGANISATION, paragraph.line_of(at), note=described.group("noun"))
            )
            continue
        number = re.search(rf"(?i)\b{NUMBER}\b", phrase)
        count = count_value(number.group(0).replace(",", "")) if number else None
        found.append(Mention(phrase, phrase, COLLECTIVE, paragraph.line_of(start), count=count))
    return found


# A singular common noun for a kind of body, then a name in capitals ending in a plural.
DESCRIBED_BODY = re.compile(
    r"(?:the|a|an)\s+(?P<noun>(?:[a-z-]+\s+)?(?:enterprise|charity|company|organisation|provider|federation|body))\s+"
    r"(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)+)$"
)


def national_nhs(text: str, start: int, end: int) -> bool | None:
    """What a bare 'the NHS' is: the national health service a sentence names (True: 'a contract
    with the NHS', 'leaving the NHS to find …'), part of a longer name or title (None: 'the NHS
    long-term plan'), or one of a run of participants (False: 'council staff, the NHS and other
    partners', kept as collective).

    >>> text = "Each practice has a contract with the NHS."
    >>> national_nhs(text, text.find("the NHS"), text.find("the NHS") + 7)
    True
    >>> text = "It joins council staff, the NHS and local charities."
    >>> national_nhs(text, text.find("the NHS"), text.find("the NHS") + 7)
    False
    """
    before, rest = text[max(0, start - 3) : start], text[end:]
    if re.match(r"\s*(?:[,;]|and\b|or\b|&)", rest) or re.search(r"[,;]\s*$", before):
        return False
    if re.match(r"\s+(?:[A-Z0-9]|[a-z]+-[a-z]+\b|(?:long|plan|five|constitution|app|pension|website|number)\b)", rest):
        return None
    return True


SINGULAR_HEADS = {
    "primary care networks": "Primary Care Network",
    "pcns": "PCN",
    "clinical commissioning groups": "CCG",
    "ccgs": "CCG",
    "councils": "Council",
    "foundation trusts": "Foundation Trust",
    "trusts": "Trust",
    "surgeries": "Surgery",
    # (a practice's whole head in the plural: 'Teams and Glenpark medical practices')
    "medical practices": "Medical Practice",
    "medical centres": "Medical Centre",
    "health centres": "Health Centre",
    "medical groups": "Medical Group",
    "practices": "Practice",
    "hospitals": "Hospital",
    "hospices": "Hospice",
}
# Two names sharing one plural head: 'Nottingham City and County councils', 'South Nottingham
# and Erewash clinical commissioning groups', 'Crossroads and Penhill surgeries'.
SHARED_HEAD = re.compile(
    # (a list of three may put a comma before its 'and': 'A, B, and C surgeries')
    r"(?<![\w'’-])(?P<first>(?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*),?\s+(?:and|&)\s+(?P<second>(?:[A-Z][\w'’&-]*\s+(?:(?:and|&)\s+)?){1,4})"
    # (with whose surgeries they are between: 'Adcroft and Widbrook doctor's surgeries')
    r"(?:doctor['’]?s['’]?\s+)?"
    rf"(?P<head>(?i:{'|'.join(sorted(SINGULAR_HEADS, key=len, reverse=True))}))\b"
)


SHARED = "shares a plural head"


def words_only(text: str) -> str:
    """Text made only of capitalised words, or '' ('Prospect', not 'Salisbury hospices')."""
    return text if re.fullmatch(r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*", text) else ""


# A quantifier before places that say whose practices ('All Riverton and Dale practices'),
# opening the first name or just before it.
QUANTIFIER = r"(?i:all|most|many|some|several)"
QUANTIFIER_OPENING = re.compile(rf"{QUANTIFIER}\s+")
QUANTIFIER_BEFORE = re.compile(rf"\b{QUANTIFIER}\s+(?i:the\s+)?$")


def shared_head(text: str, match: re.Match) -> bool:
    """Whether a match of SHARED_HEAD is two names sharing a plural head, not a place after 'in'
    or 'at' and one name ending in a plural ('Mill Surgery in Riverton and Riverside Family
    Practices').

    >>> text = "They are Mill Surgery in Riverton and Riverside Family Practices."
    >>> shared_head(text, SHARED_HEAD.search(text))
    False
    >>> text = "It joins the Crossroads and Penhill surgeries."
    >>> shared_head(text, SHARED_HEAD.search(text))
    True
    >>> text = "GPs at Crossroads and Penhill surgeries are to merge."
    >>> shared_head(text, SHARED_HEAD.search(text))
    True
    >>> text = "The Riverton Association and Hill Councils agreed."
    >>> shared_head(text, SHARED_HEAD.search(text))
    False
    >>> text = "It is wholly owned by Riverton and Dale GP practices."
    >>> shared_head(text, SHARED_HEAD.search(text))
    False
    >>> text = "It is led by Hill Finance and Riverton Hospitals NHS Trust."
    >>> shared_head(text, SHARED_HEAD.search(text))
    False
    >>> text = "All Cambridgeshire and Peterborough practices are aligned to local groups."
    >>> shared_head(text, SHARED_HEAD.search(text))
    False
    """
    first = words(match.group("first"))
    # a first name that ends in a word for a body is whole ('the Local Government Association and
    # London Councils')
    complete = bool(first) and first[-1].lower() in PROSE_HEADS
    # places before 'GP practices' say whose practices, in general ('Riverton and Dale GP practices')
    places = bool(re.search(r"\bGP\s+$", text[match.start("head") - 3 : match.start("head")])) and match.group("head").islower()
    # a plural inside a longer name is no head ('Hill Finance and Riverton Hospitals NHS Trust',
    # 'Hill and Dale University Hospitals Group')
    inside = (
        re.match(
            r"\s+(?:NHS|Foundation|Trust|University|Teaching|CIC|Ltd|Limited|Group|Alliance|Partnership|Collaborative|Network)\b",
            text[match.end() :],
        )
        is not None
    )
    # (nor are places a quantifier opens: 'All Cambridgeshire and Peterborough practices are
    # aligned …' says whose practices, in general)
    opened = QUANTIFIER_OPENING.match(match.group("first"))
    quantified = (
        match.group("head").islower()
        and is_place_only(match.group("first")[opened.end() :] if opened else match.group("first"))
        and is_place_only(match.group("second"))
        and bool(opened or QUANTIFIER_BEFORE.search(text[max(0, match.start() - 12) : match.start()]))
    )
    return (
        not complete
        and not places
        and not quantified
        and not inside
        # (a head in lower case is shared whatever comes before: 'GPs at Hill and Dale surgeries')
        and not (
            match.group("head")[0].isupper() and re.search(r"(?<![\w-])(?:in|at)\s+$", text[max(0, match.start() - 4) : match.start()])
        )
    )


# (an item may be two places joined: 'Hammersmith and Fulham, Harrow, Hounslow and West London CCGs')
LISTED_BEFORE = re.compile(r"(?:(?<=[\s(])|^)(?:[A-Z][\w'’&-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’&-]*){0,2},\s+)+$")
BARE_ITEM = re.compile(r"(?<![\w'’&-])[A-Z][\w'’&-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’&-]*){0,2}(?=,)")


def listed_before(text: str, start: int) -> list[re.Match]:
    """The bare names a comma list gives before 'A and B <plural head>', which share its head;
    none when one of them says what it is ('Mill Surgery, A and B practices').

    >>> text = "It joined with Burford, Bampton and Broadshires Surgeries."
    >>> [m.group(0) for m in listed_before(text, text.index("Bampton"))]
    ['Burford']
    """
    run = LISTED_BEFORE.search(text, max(0, start - 120), start)
    if not run:
        return []
    items = list(BARE_ITEM.finditer(text, run.start(), start))
    # ('The Sidings' is a name; 'Our Swanage' opens a sentence)
    if any(
        head_word(item.group(0)) in HEAD_WORDS or (item.group(0).split()[0].lower() in LEADING_WORDS - {"the"} or item.group(0) == "The")
        for item in items
    ):
        return []
    return items


# The words of a place's name before a small word inside it ('Stoke on ', 'Newcastle upon ').
PLACE_JOINED_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){1,2}(?:on|upon|under|in)\s+$")


def shared_head_mentions(paragraph: Paragraph, known: list[tuple[int, int]] | None = None) -> tuple[list[Mention], list[tuple[int, int]]]:
    """One mention per name that shares a plural head, each named with the head in the singular;
    not where the reference data knows the whole as one name ('Epsom and St Helier University
    Hospitals NHS Trust')."""
    found, spans = [], []
    known = known_names(paragraph.text) if known is None else known
    for match in SHARED_HEAD.finditer(paragraph.text):
        if any(a < match.end() and match.start() < b for a, b in known) or not shared_head(paragraph.text, match):
            continue
        singular = SINGULAR_HEADS[match.group("head").lower()]
        text = paragraph.text
        # Bare names listed before them share the head too ('Burford, Bampton and Broadshires
        # Surgeries'), unless with them the first name is one the reference data knows ('NHS
        # Durham Dales, Easington and Sedgefield and North Durham CCGs'). The names part at the
        # 'and' that leaves two names the reference data knows ('Eastbourne Hailsham and
        # Seaford and Hastings and Rother CCGs'), else at the last 'and'.
        listed = listed_before(text, match.start("first"))
        first = listed[0].start() if listed else match.start("first")
        cut = known_split(text[first : match.end("second")], singular)
        if cut is not None:
            listed = []
        else:
            first = match.start("first")
            # (a place whose name has a small word in it is whole: 'Stoke on Trent and North
            # Staffordshire CCGs')
            joined = PLACE_JOINED_BEFORE.search(text, max(0, first - 30), first)
            if joined and is_place_only(text[joined.start() : match.end("first")]):
                first = joined.start()
            cut = known_split(text[first : match.end("second")], singular)
        cut = first + cut if cut is not None else match.end("first")
        second = re.match(r",?\s*(?:and|&)\s+", text[cut:]).end() + cut
        begin = listed[0].start() if listed else first
        # the words around the whole coordination say what all its names are ('committees of A and B CCGs')
        only = named_only(text, begin, match.end(), text[begin : match.end()])
        for start, printed, bare in (
            *((item.start(), item.group(0), item.group(0)) for item in listed),
            # (an Oxford comma before the 'and' is no part of the name: 'A, B, and C CCGs')
            (first, text[first:cut].strip().rstrip(",").rstrip(), text[first:cut].rstrip().rstrip(",")),
            # the second name runs on into the head it shares ('… and Salisbury hospices')
            (second, text[second : match.end("head")], text[second : match.end("second")]),
        ):
            name = f"{bare.strip()} {singular}"
            kind = MENTIONED if only else PRACTICE if is_practice_name(name) else ORGANISATION
            found.append(Mention(printed, re.sub(r"^the\s+", "", name, flags=re.I), kind, paragraph.line_of(start), note=SHARED))
        spans.append((begin, match.end()))
    return found, spans


COMPASS_AREA = re.compile(
    r"\b(?P<area>(?:North|South|East|West|Central|Mid)(?:[- ](?:East|West|Central))?)\s+\((?P<name>[A-Z][A-Za-z0-9&'’-]{1,30})\)"
)
GROUP_NOUN = re.compile(r"(?i)\b(?:federations|networks|pcns|localities|clusters|alliances|partnerships|organisations|practices)\b")


# 'the eight councils involved in the Partnership (Bradford, Calderdale, …)': a counted group of
# councils, then the places they are the councils of.
COUNCILS_BY_PLACE = re.compile(
    rf"(?P<group>\b(?:the\s+)?(?P<count>{NUMBER})\s+(?:local\s+)?(?P<kind>councils|local\s+authorities|ccgs|clinical\s+commissioning\s+groups"
    rf"|icbs|integrated\s+care\s+boards))\b[^().;]{{0,60}}?\((?P<places>[^()]+)\)",
    re.IGNORECASE,
)
# The word a place's body of each kind is named by after the place ('Wigan Council', 'Barnet CCG').
PLACE_BODY_WORD = {
    "councils": "Council",
    "local authorities": "Council",
    "ccgs": "CCG",
    "clinical commissioning groups": "CCG",
    "icbs": "ICB",
    "integrated care boards": "ICB",
}


def councils_by_place(paragraph: Paragraph) -> tuple[list[Mention], list[tuple[int, int]]]:
    """The councils (or CCGs, ICBs) a counted group lists by their places, each one the reference
    data knows as '<place> Council' ('<place> CCG'), when all are and their number is the count;
    with the group as a collective mention, and the spans they take.

    >>> from pchgraph.readers.document import Line, joined_paragraph
    >>> p = joined_paragraph([Line(2, "The two councils in the partnership (Wigan and Bolton) agreed.")])
    >>> [(m.text, m.name, m.kind) for m in councils_by_place(p)[0]]
    [('The two councils', 'The two councils', 'collective'), ('Wigan', 'Wigan Council', 'organisation'), ('Bolton', 'Bolton Council', 'organisation')]
    >>> p = joined_paragraph([Line(2, "It funds the three CCGs (Barnet, Enfield and Haringey) for it.")])
    >>> [m.name for m in councils_by_place(p)[0]]
    ['the three CCGs', 'Barnet CCG', 'Enfield CCG', 'Haringey CCG']
    """
    found, spans = [], []
    text = paragraph.text
    for match in COUNCILS_BY_PLACE.finditer(text):
        places, at = [], match.start("places")
        for name in (part.strip() for part in re.split(r",|\s+and\s+", match.group("places"))):
            if name:
                at = text.find(name, at)
                places.append((at, name))
                at += len(name)
        if count_value(match.group("count").replace(",", "")) != len(places):
            continue
        kind = " ".join(match.group("kind").lower().split())
        body = PLACE_BODY_WORD[kind]
        if not all(is_known_name(f"{name} {body}") for _, name in places):
            continue
        found.append(Mention(match.group("group"), match.group("group"), COLLECTIVE, paragraph.line_of(match.start()), count=len(places)))
        found += [
            Mention(name, f"{name} {body}", ORGANISATION, paragraph.line_of(at), note=f"one of the {kind} listed") for at, name in places
        ]
        spans.append((match.start(), match.end()))
    return found, spans


def area_names(paragraph: Paragraph) -> list[Mention]:
    """Bodies named in brackets after the compass area they cover ('the North (Northmed), West
    (Westmed)'): a bracket after an area is a name, not an abbreviation, unless it is written in
    capitals. The mention's `count` holds its offset for the caller.

    >>> from pchgraph.readers.document import Line, joined_paragraph
    >>> p = joined_paragraph([Line(1, "It supports three networks in the North (Nornet), South (Sudnet) and West (WNP).")])
    >>> [(m.name, m.note) for m in area_names(p)]
    [('Nornet', 'network, one of three networks; North'), ('Sudnet', 'network, one of three networks; South')]
    """
    text = paragraph.text
    found = []
    if "(" not in text:
        return found
    for match in COMPASS_AREA.finditer(text):
        name = match.group("name")
        if name.isupper():
            continue
        sentence_start = max(text.rfind(". ", 0, match.start()) + 1, 0)
        groups = list(GROUP_NOUN.finditer(text, sentence_start, match.start()))
        group = groups[0] if groups else None
        phrase = (
            re.search(rf"(?:\b(?i:{NUMBER})\s+)?(?:\b[A-Z][\w-]*\s+)?[\w-]+$", text[sentence_start : group.end()]).group(0).strip()
            if group
            else ""
        )
        kind_words = [w for w in phrase.split() if count_value(w) is None and w.lower() not in LEADING_WORDS]
        singular = " ".join(kind_words)[:-1] if kind_words else ""
        note = "; ".join(filter(None, [f"{singular}, one of {phrase}" if phrase else None, match.group("area")]))
        start = match.start("name")
        found.append(Mention(name, name, ORGANISATION, paragraph.line_of(start), count=start, note=note))
    return found


ROLE_ONLY = re.compile(
    r"^(?:(?:Deputy|Interim|Acting|Joint|Vice|Assistant|Associate|Senior|Executive|Clinical|Medical|Managing)\s+)*"
    r"(?:Leader|Chair(?:man|woman|person)?|Director|Chief\s+Executive|Manager|Head|Lead|Officer|Mayor|Councillor)$"
)
PLACE_BODY_IN_LOWER_CASE = re.compile(
    r"(?<![\w'’-])(?P<place>[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,4})\s+(?:primary\s+care\s+trust|clinical\s+commissioning\s+group"
    r"|integrated\s+care\s+board|(?:county|city|borough|district|metropolitan\s+borough)\s+council)(?![\w'’-])"
)
# (also opening a sentence: 'A London ICB has decided …')
INDEFINITE_BEFORE = re.compile(r"(?<![\w-])[Aa]n?\s+$")
# A noun the name before it describes, the article before the name being the noun's: 'a Riverton
# CCG spokesman'.
NOUN_AFTER_NAME = re.compile(
    r"\s+(?:spokes(?:man|woman|person)|statement|source|official|report|survey|study|document|representative|employee|member"
    r"|GP|doctor|nurse|pharmacist|manager|director|chief|chair(?:man|woman)?|leader|boss|officer|worker|team|project|pilot|scheme)s?\b"
)
# A practice named bare, up to four capitalised words ('Long Barn Lane').
MOVING_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
MOVED_BETWEEN = re.compile(
    rf"(?P<list>{MOVING_NAME.pattern}(?:,\s+{MOVING_NAME.pattern})*,?\s+and\s+{MOVING_NAME.pattern})\s+(?:have|has|had|will|are\s+to)\s+(?:now\s+)?"
    r"(?:moved|move|transferred|transfer|switched|switch)\s+(?:from|to|into)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:PCN|Primary\s+Care\s+Network)\b"
)
LOWER_HEAD_PRACTICE = re.compile(
    # (or after a place's possessive: 'Patients of Riverton’s Hill practice'; the head perhaps
    # 'medical practice')
    # (a street's name may hold an 'of': 'the Prince of Wales Road surgery')
    r"(?:(?<![\w-])(?:[Tt]he|[A-Z][a-z]+['’]s)\s+(?P<name>(?P<proper>[A-Z][a-z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][a-z][\w'’-]*){0,3})\s+(?:medical\s+)?(?:practice|surgery))"
    # without 'the', two words at least where a clause opens ('At present, Mytton Oak surgery has'),
    # after 'and' ('… and Dale House medical practice') or after a preposition ('rescued by
    # Stirchley medical practice', 'compared it to Sutton Hill medical practice')
    r"|(?:^|(?<=[,:;.!?]\s)|(?<=\sand\s)|(?<=\sto\s)|(?<=\sby\s)|(?<=\sat\s)|(?<=\sfrom\s)|(?<=\swith\s))"
    r"(?P<bare>(?P<bare_proper>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\s+(?:medical\s+)?(?:practice|surgery)))"
    r"(?![\w'’-])(?!\s+[A-Z])"
)
PLACE_THEN_NAME = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+(?P<name>[A-Z].*)$")


# What a partnership runs itself: a service, team or hub that a possessive gives it.
OWN_SERVICE = re.compile(r"\b(?:whose|its|their|our)\s+(?:[a-z][\w-]*\s+){0,2}$")
SERVICE_HEAD = re.compile(r"(?i)\b(?:service|services|team|teams|hub|clinic|programme)$")
SERVICE_LINE = re.compile(r"\bCommunity\s+Services$")


def in_common_words(name: str) -> bool:
    """Whether a name is only common words or a body's own internal ones, naming no body of its
    own ('the practice Management Team').

    >>> in_common_words("Management Team"), in_common_words("Riverton Health Alliance")
    (True, False)
    """
    return all(w.lower() in GENERIC_WORDS | INTERNAL_WORDS for w in words(name))


def runs_on_in_common_words(text: str, end: int) -> bool:
    """Whether a name ending at `end` runs on into a longer one with 'and' and capitalised common
    words only ('Gateshead Health' in 'Gateshead Health and Care System').

    >>> runs_on_in_common_words("The Hill Health and Care System met.", 15), runs_on_in_common_words("Hill Health and Dale Trust", 11)
    (True, False)
    """
    more = re.match(r"\s+(?:and|&)\s+(?P<rest>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?![\w'’-])", text[end:])
    if not more:
        return False
    rest = [w.lower() for w in more.group("rest").split()]
    return all(w in GENERIC_WORDS or w in ("system", "systems") for w in rest) and rest[-1] in (
        "system",
        "partnership",
        "alliance",
        "board",
        "group",
    )


NHS_THEN_WORDS = re.compile(r"\bNHS((?:\s+(?:and|on|upon|of|[A-Z][\w'’-]*)){1,5})")


def nhs_place_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of 'NHS' and the longest council's place after it ('NHS Stoke on Trent').

    >>> text = "It joined NHS Stoke on Trent and NHS Riverton."
    >>> [text[a:b] for a, b in nhs_place_names(text)]
    ['NHS Stoke on Trent']
    """
    found = []
    for match in NHS_THEN_WORDS.finditer(text):
        tokens = list(re.finditer(r"\S+", match.group(1)))
        for count in range(len(tokens), 0, -1):
            end = match.start(1) + tokens[count - 1].end()
            if tokens[count - 1].group(0)[:1].isupper() and is_council_place(text[match.start(1) : end]):
                found.append((match.start(), end))
                break
    return found


NAME_RUNS_ON = re.compile(r"(?:\s+(?:and|&)\s+|\s+)(?!NHS\b)[A-Z]|,\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")


def runs_on_into_a_name(text: str, end: int) -> bool:
    """Whether the name ending at `end` runs on into a longer one: a capitalised word after it,
    or after 'and', that starts no new 'NHS …' name, or a place after a comma.

    >>> text = "NHS Hill and Dale Clinical C. NHS Hill and NHS Dale. NHS Hill, Jo Bloggs, said."
    >>> runs_on_into_a_name(text, 8), runs_on_into_a_name(text, 37), runs_on_into_a_name(text, 60)
    (True, False, False)
    """
    found = NAME_RUNS_ON.match(text, end)
    return bool(found) and (found.group("place") is None or is_place_only(found.group("place")) or is_town(found.group("place")))


# Places listed with commas before a name ('Shropshire, ' before 'Telford and Wrekin CCG').
PLACES_LISTED_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3},\s+){1,3}$")
LIST_COMMA = re.compile(r",\s+")


def with_places_listed_before(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Known names, each begun earlier where places listed before it make with it a longer
    official name ('Shropshire, Telford and Wrekin CCG' holds the known 'Telford and Wrekin
    CCG'): the longer one is the body meant, its first place not a name of its own.

    >>> text = "Plans by Shropshire, Telford and Wrekin CCG."
    >>> [text[a:b] for a, b in with_places_listed_before(text, [(21, 43)])]
    ['Shropshire, Telford and Wrekin CCG']
    """
    result = []
    for start, end in spans:
        listed = PLACES_LISTED_BEFORE.search(text, max(0, start - 80), start)
        if listed:
            # the first place of the longest list the reference data knows
            commas = LIST_COMMA.finditer(text, listed.start(), start)
            begins = [listed.start(), *(comma.end() for comma in commas if comma.end() < start)]
            # (not over a name known itself: 'Eastbourne, Hailsham and Seaford CCG, ' before another)
            begins = [begin for begin in begins if not any(begin < b and a < start for a, b in spans)]
            start = next((begin for begin in begins if known_place_list(text[begin:end])), start)
        result.append((start, end))
    return result


def universities_of_places(paragraph: Paragraph) -> tuple[list[Mention], list[tuple[int, int]]]:
    """One mention per university that a plural head names by its place, and the spans they take
    (see `universities_by_place`)."""
    found, taken = [], []
    for start, printed, name in universities_by_place(paragraph.text):
        found.append(Mention(printed, name, ORGANISATION, paragraph.line_of(start)))
        # each head's run opens with the head and ends with its last place
        if printed.startswith("Universities"):
            taken.append((start, start + len(printed)))
        else:
            taken[-1] = (taken[-1][0], start + len(printed))
    return found, taken


def prose_mentions(paragraph: Paragraph) -> list[Mention]:
    """Organisation mentions in running text; bodies it only names are kept as mentioned, and
    unnamed groups ('three GP practices', 'the voluntary sector') as collective mentions."""
    text = paragraph.text
    in_reference = with_places_listed_before(text, known_names(text))
    found, taken = shared_head_mentions(paragraph, in_reference)
    named_areas = area_names(paragraph)
    found += named_areas
    taken += [(m.count, m.count + len(m.text)) for m in named_areas]
    councils, spans = councils_by_place(paragraph)
    found += councils
    taken += spans
    universities, spans = universities_of_places(paragraph)
    found += universities
    taken += spans
    for mention in named_areas:
        mention.count = None
    known = [(a, b) for a, b in in_reference if not any(a < y and x < b for x, y in taken)]

    def add(start: int, end: int, whole: tuple[int, int] | None = None, cited: bool = False) -> None:
        name = text[start:end]
        if ROLE_ONLY.match(name):
            return  # a person's role ('Deputy Leader'), no body
        if OWN_SERVICE.search(text, max(0, start - 40), start) and SERVICE_HEAD.search(name):
            return  # the site's own service ('whose Ageing Well Service'), no other body
        if SERVICE_LINE.search(name):
            return  # a place's services of a kind ('Riverton Community Services'), run by some body
        if PROGRAMME_AFTER.match(text, end) and head_word(name) not in HEAD_WORDS:
            return  # a programme's name ('the Time for Care programme'), no body
        if is_place_only(name):
            return  # a region ('a CCG in South West England'), no body
        kind = PRACTICE if is_practice_name(name) else ORGANISATION
        note = None
        # the items of a coordination share the words around it ('roles with A and B')
        if (
            named_only(text, start, end, name)
            or (whole and named_only(text, *whole, text[whole[0] : whole[1]]))
            or (
                COMMISSIONER.search(name)
                and (COMMISSIONER_ACTS.match(text, end) or COMMISSIONED_BEFORE.search(text, max(0, start - 40), start))
            )
        ):
            kind = MENTIONED
            note = EMPLOYER_NOTE if as_employer(text, start, end) and not NATIONAL_BODIES.match(name) else None
        elif MEDIA.search(name):
            kind, note = MENTIONED, MEDIA_NOTE
        elif " ".join(words_of(name)) in icb_public_names() and not in_partner_list(text, start, end):
            # an integrated care board by the name it signs itself by ('NHS Dorset will be sharing
            # stories'): the page's publisher or commissioner, unless listed among partners
            kind, note = MENTIONED, "an integrated care board by its public name"
        elif is_nhs_place_name(name) and not in_partner_list(text, start, end):
            # so is a primary care trust or commissioning group by its place ('NHS North Somerset
            # said', 'on behalf of NHS Hampshire'): the commissioner, unless listed among partners
            kind, note = MENTIONED, "a commissioner by its public name"
        elif ADVISER.search(name) and text.strip(" -•*") != name and not named_with_others(text, start, end):
            # a body that speaks for GPs or advises a practice, not one that works in the
            # partnership: a local medical committee, a firm of accountants or solicitors (in a
            # sentence, alone: one listed, or named with others, 'supported by One Care and
            # Avon LMC', is one of them)
            kind, note = MENTIONED, ADVISER_NOTE
        elif cited:
            kind, note = MENTIONED, SOURCE_NOTE
        # 'Wigan council' is Wigan Council: a newspaper's lower case is no part of the name
        bare = re.sub(r"^the\s+", "", name)
        # (a sentence may open on a national body: 'The NHS as a whole …')
        bare = bare[4:] if bare.startswith("The ") and NATIONAL_BODIES.match(bare[4:]) else bare
        found.append(Mention(name, with_kind_capital(bare), kind, paragraph.line_of(start), note=note))
        taken.append((start, end))

    for match in DOCTORS_AND_PARTNERS.finditer(text):
        if not any(match.start() < b and a < match.end() for a, b in taken):
            add(*match.span())
    for start, end, _ in prose_names(text):
        if any(start < b and a < end for a, b in taken):
            continue
        # 'as a Joint Committee', 'an Integrated Care Partnership': a kind of body, not one named
        # (the article may be a noun's after the name: 'A Riverton CCG spokesman said')
        if INDEFINITE_BEFORE.search(text, max(0, start - 4), start) and not NOUN_AFTER_NAME.match(text, end):
            continue
        # The reference data knows this whole phrase: one name, not two joined by 'and'.
        if any(a <= start and end <= b for a, b in known):
            continue
        # 'Little Surgery in Riverton and Hill Medical Practice': after 'in' a place ends the item
        # before it, and the name after 'and' is the next item
        # (a name must end before the 'in': 'Head of R&D at Hammersmith and Fulham Partnership'
        # is one partnership of two places)
        placed = (
            PLACE_THEN_NAME.match(text[start:end])
            if re.search(r"\b(?:in|at|across|throughout|covering)\s+$", text[max(0, start - 11) : start])
            and head_word(re.sub(r"\s*\b(?:in|at|across|throughout|covering)\s+$", "", text[max(0, start - 60) : start])) in HEAD_WORDS
            else None
        )
        if placed and head_word(placed.group("name")) in HEAD_WORDS:
            start += placed.start("name")
        # the last item of a list of names parted by commas ('A Centre, B Street and C Practice')
        # (not a person's post before their employer: 'Jo Bloggs, Director, Age UK X and Y')
        before = NAME_THEN_COMMA.search(text, max(0, start - 80), start)
        serial = bool(before) and not is_job_title(before.group().rstrip(", "))
        spans = split_on_and(text, Span(start, end), serial=serial)
        spans = [part for span in spans for part in run_on_practices(text, span)]
        # 'Health & Wellbeing Board': one generic noun in the singular before 'and' is part of
        # the name (not 'GPs and Riverside Trust', two items).
        first = spans[0].of(text)
        # ('NHS and NHS Riverton CCG' repeats its word: two items)
        repeated = len(spans) > 1 and words(spans[1].of(text))[:1] == words(first)
        if len(spans) > 1 and len(words(first)) == 1 and is_generic(first) and not first.endswith("s") and not repeated:
            spans = [Span(start, end)]
        for span in spans:
            span = trimmed(text, span)
            # 'A and Chair of B': the second item's role is no part of its name
            role = ROLE_PREFIX.match(span.of(text))
            if role and role.end() < span.end - span.start:
                span = Span(span.start + role.end(), span.end)
            name = span.of(text)
            # (nor a body's own team, in common words: 'the practice Management Team'; nor a
            # minister's post: 'the Minister of State for Adult Social Care')
            if not words(name) or is_generic(name) or in_common_words(name) or MINISTER.match(name):
                continue
            # The reference data knows a longer name here ('Bath and North East Somerset, …').
            if any(a <= span.start and span.end <= b and (a, b) != (span.start, span.end) for a, b in known):
                continue
            add(span.start, span.end, (start, end) if len(spans) > 1 else None)
    # names the reference data knows, then national bodies however the words around them run on
    # (only named, see NATIONAL_BODIES), then publications cited by one word
    national = [match.span() for match in NATIONAL_IN_TEXT.finditer(text)]
    # a known name that a longer one runs on from in common words is part of it ('the Gateshead
    # Health and Care System' is no trust)
    known = [(a, b) for a, b in known if not runs_on_in_common_words(text, b)]
    for (start, end), cited in [(span, False) for span in known + national] + [(span, True) for span in named_sources(text)]:
        if not any(start < b and a < end for a, b in taken):
            add(start, end, cited=cited)
    # a place's statutory body with its kind in lower case, as newspapers print it ('Tameside and
    # Glossop primary care trust'), where the reference data does not know it
    for match in PLACE_BODY_IN_LOWER_CASE.finditer(text):
        start = match.start("place") + len(re.match(r"(?:The\s+)?", match.group("place")).group(0))
        places = re.split(r"\s+(?:and|&)\s+", text[start : match.end("place")])
        if all(is_place_only(place) or is_town(place) for place in places) and not any(start < b and a < match.end() for a, b in taken):
            add(start, match.end())
    # 'NHS' and a council's place, the name a primary care trust or commissioning group went by
    # ('NHS North Somerset'), where no longer name holds it: not one that runs on into more
    # names ('NHS Great Yarmouth and Waveney', 'NHS Coventry and Rugby Clinical C')
    for start, end in nhs_place_names(text):
        if not any(start < b and a < end for a, b in taken) and not runs_on_into_a_name(text, end):
            add(start, end)
    # the health service itself ('funding from the NHS', 'the NHS and councils', 'NHS funding'),
    # only named; 'NHS' before a kind of body ('NHS trusts', 'NHS organisations') names none
    for match in BARE_NHS.finditer(text):
        start, end = match.span()
        # 'the local NHS', 'their NHS': the health service's bodies in a place, a collective;
        # so is 'the NHS' in a run of participants ('council staff, the NHS and charities'), which
        # the collectives keep (a bare 'NHS' there they do not: 'councils, NHS and charities')
        run = match.group(0)[:3].lower() == "the" and re.search(r"[,;]\s*$", text[max(0, start - 3) : start])
        if not any(start < b and a < end for a, b in taken) and not OWNER_BEFORE.search(text, max(0, start - 8), start) and not run:
            add(start, end)
    # a body the sentence says has joined a group, whatever its name's last word ('Riverton
    # Health has become part of Hill Primary Care')
    for match in JOINED_GROUP.finditer(text):
        start, end = match.span("name")
        if (
            not any(start < b and a < end for a, b in taken)
            and not is_generic(match.group("name"))
            and not is_place_only(match.group("name"))
        ):
            add(start, end)
    # practices named bare as the ones that move between networks ('while Long Lane, London
    # Street and South Riverton have moved from Hill PCN to Dale PCN')
    for match in MOVED_BETWEEN.finditer(text):
        for item in MOVING_NAME.finditer(match.group("list")):
            start, end = match.start("list") + item.start(), match.start("list") + item.end()
            if not any(start < b and a < end for a, b in taken) and item.group(0).split()[0].lower() not in LEADING_WORDS:
                found.append(Mention(item.group(0), item.group(0), PRACTICE, paragraph.line_of(start), note="moves between networks"))
                taken.append((start, end))
    # a practice written with its head in lower case ('cover sessions at the Watton practice')
    for match in LOWER_HEAD_PRACTICE.finditer(text):
        group = "name" if match.group("name") else "bare"
        start, end = match.span(group)
        proper = match.group("proper") or match.group("bare_proper")
        if (
            not any(start < b and a < end for a, b in taken)
            and not is_generic(proper)
            and proper.split()[0].lower() not in LEADING_WORDS
            and not is_place_only(proper)
        ):
            add(start, end)
    # a name's own short form in brackets after it ('the NEL Integrated Care Board (NEL ICB)')
    # is no second body
    found = [m for m in found if not bracketed_short_form(text, m, found)]
    return sorted(found + prose_collectives(paragraph, taken), key=lambda m: (m.line, text.find(m.text)))


def bracketed_short_form(text: str, mention: Mention, found: list[Mention]) -> bool:
    """Whether a mention is, in brackets, the short form of the name just before it; the
    bracket may hold a word more than the mention took ('(NEW Devon CCG)', read as 'Devon CCG').

    >>> text = "the Northern, Eastern and Western Devon Clinical Commissioning Group (NEW Devon CCG), and"
    >>> full = Mention("Northern, Eastern and Western Devon Clinical Commissioning Group", "Northern, Eastern and Western Devon Clinical Commissioning Group", ORGANISATION, 1)
    >>> bracketed_short_form(text, Mention("Devon CCG", "Devon CCG", ORGANISATION, 1), [full])
    True
    """
    if not mention.text:
        return False
    bracket = re.search(rf"\((?P<more>(?:[\w&'’-]+\s+){{0,2}}){re.escape(mention.text)}\)", text)
    if not bracket:
        return False
    short = bracket.group("more") + mention.text
    before = text[: bracket.start()].rstrip()
    return any(
        other is not mention
        and other.text
        and before.endswith(other.text)
        and short_form_of(short if bracket.group("more") else mention.name, other.name)
        for other in found
    )


def short_form_of(short: str, full: str) -> bool:
    """Whether each word of a short name is a word of a full one or the initials of a run of its
    words, in order ('NEL ICB' of 'NEL Integrated Care Board').

    >>> short_form_of("NEL ICB", "NEL Integrated Care Board"), short_form_of("Dale ICB", "NEL Integrated Care Board")
    (True, False)
    """
    short_words, full_words = words(short), [w for w in words(full) if w.lower() not in ("and", "of", "for", "the")]
    i = 0
    for word in short_words:
        if i < len(full_words) and full_words[i].lower() == word.lower():
            i += 1
            continue
        for j in range(i + 2, len(full_words) + 1):
            if "".join(w[0] for w in full_words[i:j]).upper() == word.upper():
                i = j
                break
        else:
            return False
    return i == len(full_words) and len(short_words) < len(full_words)


# A name of two capitalised words or more, then a comma: the item before in a list of names.
NAME_THEN_COMMA = re.compile(r"(?<![\w'’&-])[A-Z][\w'’&-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w'’&-]*)+,\s*$")
OWNER_BEFORE = re.compile(r"(?i)\b(?:local|their|our|its|your)\s+$")
JOINED_GROUP = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[“\"]))(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){1,4})\s+(?:has|have)\s+(?:now\s+)?"
    r"(?:become\s+(?:part|a\s+member)\s+of|joined)\s+(?:the\s+)?[A-Z]"
)
BARE_NHS = re.compile(
    r"\b(?:(?i:the)\s+)?(?:NHS|National\s+Health\s+Service)"
    r"(?=\s*(?:[.,;:)”\"’]|$)|\s+(?:and|or|is|are|was|were|has|have|had|will|would|can|could|to|in|under|for|at|as|itself|chief|needs|delivers|logo"
    r"|says|said|saves|fails|published|announced|launched)\b"
    # or before what the service itself has or spends ('NHS funding', 'NHS services', 'the NHS
    # takeover of …'), its people ('NHS officials') and its doings ('NHS guidance', 'NHS history')
    r"|\s+(?:services?|staff|funding|funds|money|cash|resources|budgets?|values|data|takeover|contracts?|workforce|spending|commissioning|reforms?"
    r"|officials|leaders|managers|management|workers|patients|users|estate|property|history|landscape|guidance|governance|sponsorship"
    r"|success|policy|recommendations?|integration)\b"
    # or before any other word in lower case that is no kind of body ('an NHS background', 'NHS
    # national policy', 'NHS-funded'): the service's own
    r"|\s+(?!(?:trusts?|organisations?|bodies|body|providers?|hospitals?|boards?|practices?|surger(?:y|ies)|partners?|groups?|"
    r"foundation|england|improvement|digital|property)\b)[a-z][\w-]*\b|-[a-z]+\b)"
)
# A body named as a group of GPs working together: 'Exampletown GP Collaborative'.
GP_GROUP = re.compile(r"\bGP\s+(?:Collaborative|Care\s+Group|Provider\s+(?:Group|Company|Organisation))\b")
# A name the sentence calls a GP federation in apposition: 'ProCare, a federation of 18 GP
# practices', 'Hill Health (the local GP federation)'.
CALLED_A_FEDERATION = re.compile(
    r"(?P<name>(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’&-]*)\s*(?:,|\(|\s[–—-])\s*(?:a|an|the|our)\s+"
    r"(?:local\s+|new\s+|large\s+)?(?:GP\s+|general\s+practice\s+)?(?:con)?federation\b"
)


def called_federations(text: str) -> frozenset[str]:
    """The keys of the names a text calls a GP federation in apposition (CALLED_A_FEDERATION).

    >>> sorted(called_federations("Hill Trust and ProCare, a federation of 18 GP practices, bid."))
    ['procare']
    """
    return frozenset(org_key(match.group("name")) for match in CALLED_A_FEDERATION.finditer(text))


@register("free text", detect=lambda document: True, priority=-100)
def read_case_study(document: Document) -> Reading:
    """Sites of a free-text document and the mentions found in it (the fallback layout)."""
    pieces, sites = sections(document)
    no_site = Reading(problems=[Problem(document.name, None, "no site could be read from this document")])
    if not pieces:
        return no_site
    seen = NamedBefore()
    mentions, texts = mentions_and_texts(document, pieces, sites, seen)
    # (a page that names no partnership still names bodies, each kept as only named)
    if not sites and not mentions:
        return no_site
    # 'the Trust' written before the trust is named ('A change in leadership at the Trust' in a
    # page's opening, its full name further down) is the one trust the page names: read again
    # with each such body known from the start
    ahead = {key: name for key, name in names_ahead(seen).items() if key in seen.unmatched}
    if ahead:
        # (each keeps the part it plays where it is named: a commissioner named once stays one)
        seen = NamedBefore(ahead=ahead, only_named={name: seen.only_named.get(name, False) for name in ahead.values()})
        mentions, texts = mentions_and_texts(document, pieces, sites, seen)
    for site in sites:
        if texts.get(id(site)):
            site.sections["text"] = "\n\n".join(texts[id(site)])
    return Reading(
        sites=sites, mentions=commissioners_of_practices(practices_merging(employers_as_partners(mentions, sites), sites), sites)
    )


def mentions_and_texts(
    document: Document, pieces: list[Piece], sites: list[Site], seen: NamedBefore
) -> tuple[list[Mention], dict[int, list[str]]]:
    """The mentions a free-text document's pieces give, and each site's text (by the site's id)."""
    mentions: list[Mention] = []
    texts: dict[int, list[str]] = {}
    # the names each site's text has given so far: 'the CCG' in one site's text is that site's
    named_in_site: dict[int, set[str]] = {}
    members: dict[int, tuple[Site, list[set[str]]]] = {}
    # (a stretch that belongs to the page's own site, 'But X – a partnership between A, B … –',
    # keeps the site's name its own)
    unnamed_ids = {id(site) for piece in pieces for _, _, site in piece.within} - {id(piece.site) for piece in pieces}
    named_sites = SitesByName([site for site in sites if id(site) not in unnamed_ids])
    federations = called_federations("\n".join(piece.paragraph.text for piece in pieces))
    # A site given with its own abbreviation ('… Care Team (PCT)') is that abbreviation later.
    for piece in pieces:
        for _, _, name, abbreviation in own_abbreviations(piece.paragraph.text):
            site = next((site for site in sites if org_key(site.name) == org_key(name)), None)
            if site is not None:
                seen.by_initials.setdefault(abbreviation, {site.name})
            seen.defined.add(abbreviation)
    for number, piece in enumerate(pieces):
        # a list item's marker ('*', '•', '1.') is no part of what it names
        marker = MARKER.match(piece.paragraph.text)
        paragraph = after(piece.paragraph, max(piece.start, marker.end() if marker else 0))
        if not paragraph.text.strip():
            continue
        # a byline (a person's name on its own line, then their job title, then their
        # employer) names people and roles above the one organisation on its last line
        following = pieces[number + 1].paragraph.text if number + 1 < len(pieces) else ""
        if is_job_title(paragraph.text) or (is_job_title(following) and is_person_line(paragraph.text)):
            texts.setdefault(id(piece.site), []).append(paragraph.text.strip())
            continue
        texts.setdefault(id(piece.site), []).append(paragraph.text.strip())
        if piece.practices and not piece.listed and BRACKET_LIST.match(paragraph.text.strip()):
            found = bracketed_practices(paragraph)
        else:
            found = piece_mentions(paragraph, piece.row)
        if piece.listed:
            found += listed_names(paragraph, found, piece.practices)
        found += coreferences(paragraph, seen, found)
        found += councils_by_kind(paragraph, seen, found, piece.site)
        # (names given in this paragraph are found again further on in it too)
        introduce(found, seen)
        found += named_beside(paragraph, seen, found)
        found += kind_abbreviations(paragraph, seen, found, named_in_site.setdefault(id(piece.site), set()))
        found += reporting_acronyms(paragraph, found)
        found += set_apart(paragraph, piece.names, found)
        found += members_listed(paragraph, found)
        item = " ".join(paragraph.text.split()) if piece.listed and not found else ""
        if re.search(r"[A-Za-z]{2}", item) and len(item.split()) <= 8 and not ends_sentence(item):
            # a member's item no reading takes for a name ('<b>Hill</b> Community Trust') is
            # kept, unresolved, where the report shows it: nothing listed is lost (an item
            # that is a sentence tells of the work, not of a member)
            found = [Mention(item, item, UNRESOLVED, paragraph.first_line, reason="a listed member no reading takes for a name")]
        found = in_address_tail(paragraph, found)
        introduce(found, seen)
        given = {
            m.name
            for m in found
            if m.kind in (ORGANISATION, PRACTICE, MENTIONED) and len(words(m.name)) >= 2 and not NATIONAL_BODIES.match(m.name)
        }
        seen.add(given)
        named_in_site[id(piece.site)] |= given
        for head, ending in SHORT_HEADS.items():
            named = sorted((paragraph.text.find(m.text), m.name, m.kind) for m in found if m.text and ending.search(m.name))
            if named:
                seen.last_of[head] = named[-1][1]
                seen.only_named[named[-1][1]] = named[-1][2] == MENTIONED
        # a region of the country ('the South of England') is a place, not a body, and so is a
        # town given after a body's name ('St Mary’s Island Surgery, Chatham, and …')
        found = [m for m in found if not REGION.match(m.name) and not town_after_name(paragraph.text, m)]
        for mention in found:
            if mention.kind == ORGANISATION and SECTOR_ACRONYM.match(mention.name):
                mention.kind, mention.name = COLLECTIVE, mention.text
        # a commissioner in the bracket that closes a listed site's name is the one it sits
        # under, only named ('Hill Health Group (Riverton and Dale ICB)')
        bracket = re.match(r"\s*\((?P<inner>[^()]*)\)", paragraph.text)
        for mention in found if bracket else []:
            if mention.kind == ORGANISATION and mention.text in bracket.group("inner") and COMMISSIONER.search(mention.name):
                mention.kind, mention.note = MENTIONED, "the commissioner a listed site is under"
        # a building where services are based or a meeting is held is a venue, only named (as
        # is all a meeting page's venue field names, on its line)
        venue_line = paragraph.line_of(0) if VENUE_FIELD.match(paragraph.text) else None
        for mention in found:
            if mention.kind in (ORGANISATION, PRACTICE) and (is_venue(paragraph.text, mention) or mention.line == venue_line):
                mention.kind, mention.note = MENTIONED, "a venue, not an organisation"
            elif mention.kind in (ORGANISATION, MENTIONED) and as_place(paragraph.text, mention):
                mention.kind, mention.note = MENTIONED, "a place, not an organisation"
            elif mention.kind == ORGANISATION and MEDIA.search(mention.name):
                mention.kind, mention.note = MENTIONED, MEDIA_NOTE
            elif mention.kind == ORGANISATION and FORUM.search(mention.name) and not FORUM_BODY.search(mention.name):
                # a board or committee where bodies meet ('the Health and Wellbeing Board') is no
                # partner of its own: the bodies at its table are
                mention.kind, mention.note = MENTIONED, "a board or committee, where partners meet"
            elif mention.kind == ORGANISATION and DOCUMENT_NAME.search(mention.name):
                # a document or a law ('Articles of Association', 'GDPR Regulations Chapter 2') is no body
                mention.kind, mention.reason = UNRESOLVED, "a document or a law, not a body"
            elif mention.kind == ORGANISATION and SERVICES_SUCH_AS.search(paragraph.text[: max(0, paragraph.text.find(mention.text))]):
                # kinds of service a sentence lists ('Other services such as Acute and Urgent
                # Care, Social Services and Children’s Services') are no bodies
                mention.kind, mention.reason = UNRESOLVED, "a kind of service, not a body"
            elif mention.kind in (ORGANISATION, PRACTICE) and LOGO.search(mention.name):
                # a picture's text ('Age Concern Logo'): the page shows the body, it names no partner
                mention.kind, mention.name, mention.note = MENTIONED, LOGO.sub("", mention.name), "a logo"
        for mention in found:
            mention.source_file = document.name
            if mention.kind == ORGANISATION and (GP_GROUP.search(mention.name) or org_key(mention.name) in federations):
                mention.note = "; ".join(filter(None, [mention.note, "GP federation"]))
            # a partnership given no name is named by its members: naming them names no site
            named_site = self_mentioned_site(mention, named_sites)
            if mention.kind == MENTIONED and piece.site is not None and is_part_of(paragraph.text, mention, piece.site):
                # 'chief executive of X, a trust that is part of <the site>': a member, said so
                mention.kind, mention.note = ORGANISATION, "said to be part of the site"
            if named_site is not None:
                mention.kind, mention.site_id = SELF, named_site.id
            elif mention.kind in (ORGANISATION, PRACTICE) and len(sites) == 1 and same_kind_of_site(mention.name, sites[0].name):
                # one network is no member of another: 'part of the Hertford PCN' on a page
                # about the Ware PCN names a neighbour
                mention.kind, mention.note, mention.site_id = MENTIONED, "another partnership of the site's kind", sites[0].id
            elif mention.kind == UNRESOLVED:
                mention.site_id = piece.site.id if piece.site else ""
            elif piece.site is None:
                mention.reason = OUTSIDE_REASONS.get(mention.kind, "mentioned outside any site's section")
                mention.kind = UNRESOLVED
            else:
                mention.site_id = piece.site.id
                unnamed = unnamed_site_of(paragraph.text, mention, piece.within, members)
                if unnamed is not None:
                    mention.site_id = unnamed.id
            mentions.append(mention)
        # the members of a partnership given no name are its partners wherever the text names them again
        for start, end, unnamed in piece.within:
            members.setdefault(id(unnamed), (unnamed, []))[1].extend(
                distinctive_words(m.name)
                for m in found
                if m.kind in (ORGANISATION, PRACTICE) and within_stretch(paragraph.text, m, start, end)
            )
    return mentions, texts


def merged_names(name: str) -> list[str]:
    """The names a practice named by those merging into it is made of.

    >>> merged_names("Hill Surgery, Mill Practice and Dale House Partnership")
    ['Hill Surgery', 'Mill Practice', 'Dale House Partnership']
    """
    return [part for part in re.split(r",\s+|\s+and\s+", name) if part]


def names_practices(name: str) -> bool:
    """Whether a site's name is a practice's, or practices' together: each named in full ('Hill
    Surgery and Dale Practice'), or sharing one plural head ('Hill and Dale GP Practices').

    >>> names_practices("Hill Surgery and Dale Practice"), names_practices("Hill and Dale GP Practices"), names_practices("Hill and Dale")
    (True, True, False)
    """
    if all(is_practice_name(part) for part in merged_names(name)):
        return True
    return any(start == 0 and end == len(name) for start, end, _ in shared_head_practices(name))


def commissioners_of_practices(mentions: list[Mention], sites: list[Site]) -> list[Mention]:
    """Mentions with a commissioner (a CCG or an ICB) on a site that is a practice, or practices
    merging, only named: it approves, pays for or talks with the practices, and is no member
    of the practice they are or make.

    >>> site = Site(name="Hill Surgery and Dale Practice", source_file="a.txt", line=1)
    >>> found = commissioners_of_practices([Mention("NHS Riverton CCG", "NHS Riverton CCG", ORGANISATION, 2, site_id=site.id)], [site])
    >>> found[0].kind == MENTIONED
    True
    """
    practices = {site.id for site in sites if names_practices(site.name)}
    for mention in mentions:
        if mention.kind == ORGANISATION and mention.site_id in practices and COMMISSIONER.search(mention.name):
            mention.kind, mention.note = MENTIONED, COMMISSIONER_NOTE
    return mentions


COMMISSIONER_NOTE = "the commissioner of the practices the site is"


def practices_merging(mentions: list[Mention], sites: list[Site]) -> list[Mention]:
    """Mentions with the bodies a site is named by, when it is practices merging ('Hill Surgery
    and Dale House Partnership'), read as practices: a body merging with a practice is one.

    >>> site = Site(name="Hill Surgery and Dale House Partnership", source_file="a.txt", line=1)
    >>> found = practices_merging([Mention("Dale House Partnership", "Dale House Partnership", ORGANISATION, 2, site_id=site.id)], [site])
    >>> found[0].kind == PRACTICE
    True
    >>> site = Site(name="Riverton NHS Foundation Trust and Hill Surgery", source_file="a.txt", line=1)
    >>> practices_merging([Mention("Riverton NHS Foundation Trust", "Riverton NHS Foundation Trust", ORGANISATION, 2, site_id=site.id)], [site])[0].kind
    'organisation'
    """
    parts_of = {}
    for site in sites:
        parts = merged_names(site.name)
        if len(parts) >= 2 and any(is_practice_name(p) for p in parts):
            parts_of[site.id] = {org_key(p) for p in parts}
    for mention in mentions:
        # (not a body whose name says its kind: a trust taking a practice over stays a trust)
        if (
            mention.kind == ORGANISATION
            and org_key(mention.name) in parts_of.get(mention.site_id, ())
            and not OFFICIAL.search(mention.name)
        ):
            mention.kind = PRACTICE
    return mentions


# The name of a document or a law, not of a body.
DOCUMENT_NAME = re.compile(
    r"(?i)^(?:the\s+)?(?:articles|memorandum)\s+of\s+association$|\bregulations?\b|\bchapter\s+\d+|\b(?:act|bill)\s+(?:of\s+)?\d{4}$|\bdirective\b"
    # ('Shareholders’ Agreement', 'Standing Orders')
    r"|\bagreement$|^(?:the\s+)?standing\s+orders$"
)
# The words a post's name is made of ('Practice Nurse', 'Lay Member').
POST_WORDS = {
    "practice",
    "lay",
    "clinical",
    "medical",
    "deputy",
    "senior",
    "nurse",
    "manager",
    "member",
    "members",
    "director",
    "officer",
    "chair",
    "lead",
}
# A post in a list, with its article or count ('an elected Practice Manager', 'a Director of
# Finance', 'two Lay members').
LISTED_POST = re.compile(
    r"(?:an?|one|two|three|four|five|six)\s+(?:(?:elected|appointed|nominated|co-opted|independent)\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+){0,3}(?i:manager|nurse|director|officer|chair(?:man|woman)?|members?|representatives?|secretary|lead|gps?)\b)"
)
# A panel that chose or judged, whose members are named, not partners.
JUDGING_PANEL = re.compile(r"(?i)\b(?:selection|judging|assessment|awards?|review|evaluation)\s+panel\b|\bjudges\b")
# A list of services just begun, each item a kind of service: 'services such as A, B and C'.
SERVICES_SUCH_AS = re.compile(r"(?i)\bservices\s+(?:such\s+as|including|like)\s+(?-i:[A-Z][^.;:!?]*)?$")


# Why a mention outside every site's section is reported rather than put on a site.
OUTSIDE_REASONS = {
    MENTIONED: "named, not as a partner, outside any site's section",
    COLLECTIVE: "a collective mention outside any site's section",
}


def within_stretch(text: str, mention: Mention, start: int, end: int) -> bool:
    """Whether a mention's text is written inside text[start:end]."""
    at = text.find(mention.text, start)
    return 0 <= at and at + len(mention.text) <= end


def unnamed_site_of(text: str, mention: Mention, within: list[tuple[int, int, Site]], members: dict) -> Site | None:
    """The partnership given no name that a mention belongs to: the one whose stretch names it,
    or, named again later, the only one it is a member of (by its distinctive words)."""
    for start, end, site in within:
        if within_stretch(text, mention, start, end):
            return site
    own = distinctive_words(mention.name)
    if not own:
        return None
    for same in (lambda member: own == member, lambda member: own <= member or member <= own):
        owners = [site for site, sets in members.values() if any(same(member) for member in sets if member)]
        if owners:
            return owners[0] if len(owners) == 1 else None
    return None


# Buildings that house services or events, not bodies: 'Moor Park Health and Leisure Centre',
# 'South Shore Primary Care Centre', 'Fishburn Youth and Community Centre', 'the Village Hall',
# a shopping centre.
VENUE = re.compile(
    r"(?i)\b(?:leisure|community|youth|civic|village|sports?|resource|conference|arts|living)\s+(?:centre|center|hall|club)$"
    r"|\b(?:hall|club|pavilion|library)$"
    # (and shops: 'Meridian Shopping Centre', 'Riverton Retail Park')
    r"|\b(?:shopping\s+(?:centre|center|mall|precinct|arcade)|retail\s+park)$"
)
# A newspaper, magazine or broadcaster: its title ends in a word papers are named by ('York
# Press', 'Nursing Times', 'Dorset Echo') or names the broadcaster ('BBC Radio Norfolk').
MEDIA = re.compile(
    # (a place's name may hold 'of': 'Isle of Wight County Press')
    r"^(?:The\s+)?(?:[A-Z][\w’'&-]*\s+(?:(?:&|of)\s+)?){1,3}(?:Press|Times|Echo|Star|Gazette|Telegraph|News|Herald|Post|Mail|Journal|"
    r"Chronicle|Observer|Advertiser|Mercury|Argus|Courier|Sentinel|Examiner|Bulletin)$|^(?:BBC|ITV)\b"
)
MEDIA_NOTE = "a newspaper or broadcaster"
# A local medical committee (GPs' own representative body) or a firm of accountants or solicitors.
ADVISER = re.compile(
    r"\b(?:LMCs?|Local\s+Medical\s+Committees?|(?:(?:Chartered\s+)?Accountants|Solicitors)(?:\s+(?:Limited|Ltd|LLP))?|LLP)$"
)
ADVISER_NOTE = "a body that speaks for GPs or advises them"
SOURCE_NOTE = "a source the text cites"
# A publication known by one word or an acronym, by what news writing says of its sources:
# 'told Pulse', 'seen by HSJ', 'As HSJ has reported', 'Pulse has asked', 'Picture: Archant'.
SOURCE_WORD = r"(?P<name>[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-z]+(?<!s))"
SOURCE_TOLD = re.compile(
    # (the verb may open the sentence: 'Speaking to Pulse, Dr Jo Bloggs said …')
    r"\b(?i:told|seen\s+by|(?:speak|speaking|spoke|talk|talking|talked)\s+to|(?:statement|clarified|confirmed)\s+to|"
    r"(?:revealed|reported|collected|compiled|analysed|contacted|approached|obtained)\s+by|leaked\s+to|(?:first\s+)?reported\s+in|"
    r"according\s+to|(?:exclusive\s+)?interview\s+with|investigation\s+by)\s+"
    # (a newspaper called by its title's last word: 'told the Gazette', 'confirmed to the Packet')
    r"(?:the\s+(?=[A-Z][a-z]))?"
    rf"{SOURCE_WORD}(?=\s+(?:that|about|on|in|it|its|this|these|those|their|the|last|earlier|before|after|when|as|and|for|how|why|what)\b"
    r"|\s+[–—-]\s|[.,;:])"
)
# A publication named after the word for it: 'our sister publication Pulse', 'our sister title
# Healthcare Leader', 'doctors’ magazine Pulse' (a name of a few capitalised words).
PUBLICATION_NAMED = re.compile(
    r"\b(?:(?:sister\s+)?(?:publication|title)|magazine|newspaper|journal)\s+"
    r"(?P<name>[A-Z][A-Za-z]*(?:\s+(?:in\s+)?[A-Z][A-Za-z]*){0,2})(?=\s*[:,.;]|\s+(?:where|which|that|before|revealed|reported|for)\b)"
)
# A publication's own page furniture: 'Subscribe now to access X', 'days left of your X free
# trial', 'More on X' on a line of its own.
SOURCE_FURNITURE = re.compile(
    rf"(?:\bSubscribe\s+(?:now\s+)?to\s+(?:access\s+)?|\bdays\s+left\s+of\s+your\s+|^More\s+on\s+){SOURCE_WORD}(?=\s+free\s+trial|\s*$)",
    re.MULTILINE,
)
SOURCE_CREDIT = re.compile(
    rf"(?:\b(?:Picture|Photo|Image|Credit|Source)s?:|\bFile\s+(?:image|picture|photo)\s+from)\s+{SOURCE_WORD}(?![\w'’&-])"
    # (a photographer's name is a person: 'Picture: ASHLEY PICKERING', 'Photo: Jo Bloggs/Agency')
    r"(?![^\S\n]+[A-Z][a-z][\w'’-]*/)"
    # (ending the caption, or glued to the next sentence: 'ASHLEY PICKERINGDr Jo Bloggs …')
    r"(?![^\S\n]+[A-Z][A-Z'’-]+(?:\s*(?:$|[.()])|[A-Z][a-z]))"
)
SOURCE_AFTER = re.compile(
    # (or after a comma, the reported words before it: '…, Pulse has learned.'; after a time,
    # 'on Tuesday HSJ was able to reveal', 'Last year Pulse explored'; after 'which', '– which
    # Pulse first reported')
    rf"(?:^|(?<=[.!?]\s)|(?<=\bAs\s)|(?<=,\s)|(?<=day\s)|(?<=\bweek\s)|(?<=\bmonth\s)|(?<=\byear\s)|(?<=\bwhich\s)){SOURCE_WORD}\s+"
    r"(?:understands|has\s+(?:previously\s+|recently\s+|since\s+|also\s+)?"
    r"(?:reported|revealed|learned|learnt|asked|contacted|approached|seen|discovered|found|obtained|collected|analysed|established)"
    r"|(?:previously\s+|first\s+)?(?:reported|revealed|explored|investigated)|analysis\s+(?:reveals|shows|found|finds)"
    r"|(?:was\s+able\s+to|can(?:\s+now|\s+exclusively)?)\s+reveal)\b"
)
# A publication of a few words that a news page says reported before: 'As Management in
# Practice previously reported, …'.
SOURCE_AS_REPORTED = re.compile(
    r"(?:^|(?<=[.!?]\s))As\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:in\s+|of\s+|the\s+)?[A-Z][\w'’-]*){0,3})\s+"
    r"(?:has\s+)?(?:previously\s+|first\s+|exclusively\s+|recently\s+)?(?:reported|revealed)\b"
)
# What a publisher, think tank or membership body puts on or out ('GGi’s October webinar', 'PCC’s
# recent Going with the Grain event', 'Healthcare Leader’s series'), after a word in lower case:
# the name is all the capitalised words before it.
SOURCE_OUTPUT = re.compile(
    r"(?<![\w’'-])(?P<name>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[A-Z]?[\w-]*)[’']s\s+(?:[\w-]+\s+){0,5}?"
    r"(?:webinars?|events?|conferences?|series|survey|analysis|investigation|podcast)\b"
)
# A picture agency a caption credits: one named for its pictures ('Getty Images', 'PA Images'), or
# the one after the photographer ('Photograph: Jo Bloggs/Riverton Echo').
PICTURE_AGENCY = re.compile(r"(?<![\w&'’-])(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}\s+(?:Images|Pictures))(?![\w'’-])")
CREDITED_AGENCY = re.compile(
    r"\b(?:Photo(?:graph)?|Picture|Image)s?(?:\s*:\s*|\s+by\s+)[A-Z][^/()\n:]{1,40}/\s*"
    r"(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})(?=\s*(?:\)|$|[.,;]))"
)
NOT_A_SOURCE = {"It", "This", "That", "He", "She", "They", "We", "I", "You", "Who", "Everyone", "Nobody", "One", "Each"}


def named_sources(text: str) -> list[tuple[int, int]]:
    """(start, end) of the publications running text gives as its sources by one word.

    >>> text = "A spokesperson told Pulse that it would. As HSJ has previously reported, it did."
    >>> [text[a:b] for a, b in named_sources(text)]
    ['Pulse', 'HSJ']
    >>> text = "He told Jo Bloggs that it would. It has asked for more."
    >>> named_sources(text)
    []
    >>> named_sources("Dr Jo Bloggs. Picture: ASHLEY PICKERING"), named_sources("The surgery. Picture: ARCHANT")
    ([], [(22, 29)])
    >>> text = "Practices will be bought by the trust, Rulse has learned. HSX was able to reveal where."
    >>> [text[a:b] for a, b in named_sources(text)]
    ['Rulse', 'HSX']
    >>> text = "Hill Surgery (Photo: Jo Bloggs/Riverton Echo). Photograph: SOPA Images/Getty Images"
    >>> [text[a:b] for a, b in named_sources(text)]
    ['Riverton Echo', 'SOPA Images', 'Getty Images']
    >>> text = "Our sister title Riverton Leader, where it first ran, said so, as revealed by Rulse."
    >>> [text[a:b] for a, b in named_sources(text)]
    ['Riverton Leader', 'Rulse']
    >>> text = "Dr Jo Bloggs told the Gazette it would. The ICB confirmed to the ICB that it did."
    >>> [text[a:b] for a, b in named_sources(text)]
    ['Gazette']
    >>> named_sources("Subscribe now to access Rulse")
    [(24, 29)]
    """
    found = [
        match.span("name")
        for pattern in (
            SOURCE_TOLD,
            SOURCE_CREDIT,
            SOURCE_AFTER,
            SOURCE_AS_REPORTED,
            PUBLICATION_NAMED,
            PICTURE_AGENCY,
            CREDITED_AGENCY,
            SOURCE_FURNITURE,
        )
        for match in pattern.finditer(text)
        if match.group("name") not in NOT_A_SOURCE and not is_generic(match.group("name"))
    ]
    found += [
        match.span("name")
        for match in SOURCE_OUTPUT.finditer(text)
        # (the whole name: after a word in lower case, or opening the sentence)
        if re.search(r"(?:^|[a-z,;:(]|[.!?][\s”’\"']*)\s*$", text[max(0, match.start() - 3) : match.start()])
        and match.group("name") not in NOT_A_SOURCE
        and not is_generic(match.group("name"))
        and not is_generic(match.group("name").split()[-1])
    ]
    return sorted(set(found))


FORUM = re.compile(r"(?i)\b(?:board|committee|cabinet|forum|task\s+(?:and|&)\s+finish\s+group|working\s+group|steering\s+group)s?$")
# A council's own meetings, which hear a partnership's case but are never one: its health and
# wellbeing board, a scrutiny committee, a task and finish group, its cabinet.
COUNCIL_FORUM = re.compile(
    r"(?i)(?:\bhealth\s+(?:and|&)\s+well-?being\s+board|\bscrutiny\s+(?:committee|panel|board)|\btask\s+(?:and|&)\s+finish\s+group"
    r"|^(?:the\s+)?(?:working|steering)\s+group|\bcabinet)s?$"
)
# Boards and committees that are bodies in their own right: an integrated care board, a local
# medical (or pharmaceutical, dental …) committee.
FORUM_BODY = re.compile(r"(?i)\bintegrated\s+care\s+board$|\blocal\s+\w+\s+committee$|\bICB$")
LOGO = re.compile(r"(?i)\s+logo$")
HOSPITAL_BUILDING = re.compile(r"\bHospital$")
# What a building's name follows when it says where ('departments at X Hospital and Y Hospital').
AT_BUILDING = re.compile(r"(?i)\b(?:at|in|from|outside|inside|near)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+)*(?:Hospital\s+(?:and|&)\s+)?$")
# A centre a sentence says services are based at ('based at X Centre and Y Centre').
BASED_AT = re.compile(
    r"(?i)\b(?:(?:based|held|located|housed|hosted|run\s+from|delivered\s+from)\s+(?:at|in)|"
    r"mov(?:e|ed|es|ing)\s+into|premises\s+(?:at|in)|operat(?:e|es|ed|ing)\s+from|relocat\w*\s+to|"
    # a body's own base ('has expanded its base at the Riverton Business Centre')
    r"(?:its|their|our)\s+(?:base|offices?|headquarters|home)\s+(?:at|in)|\b(?:building|premises|site)\s+at)\s+[^.;:]*$"
)


def roster_persons(paragraph: Paragraph) -> list[re.Match | None]:
    """Per line, the person that opens it as a roster's row ('Jo Bloggs – '), where two lines
    or more are such rows; else none."""
    rows = [ROSTER_LINE.match(paragraph.text, row) for row in paragraph.starts]
    return rows if sum(1 for row in rows if row) >= 2 else []


def in_roster_row(paragraph: Paragraph, persons: list[re.Match | None], start: int) -> bool:
    """Whether the name at `start` is the body beside a person in a roster of several such rows
    ('Jo Bloggs – Riverton Council' / 'Sam Smith / - / Hill Trust'); `persons` are the
    paragraph's `roster_persons`.

    >>> paragraph = joined_paragraph([Line(1, "Jo Bloggs – Riverton Council"), Line(2, "Sam Smith / - / Hill Trust")])
    >>> persons = roster_persons(paragraph)
    >>> in_roster_row(paragraph, persons, paragraph.text.index("Hill")), in_roster_row(paragraph, persons, paragraph.text.index("Sam"))
    (True, False)
    """
    if not persons:
        return False
    row = persons[max(bisect.bisect_right(paragraph.starts, start) - 1, 0)]
    return row is not None and row.end() <= start and not paragraph.text[row.end() : start].strip(" /–-")


def is_venue(text: str, mention: Mention) -> bool:
    """Whether a mention names a building where services or events are held, not a body.

    >>> text = "Services are based at Riverton Health and Leisure Centre and Hill Primary Care Centre."
    >>> is_venue(text, Mention("Hill Primary Care Centre", "Hill Primary Care Centre", ORGANISATION, 1))
    True
    >>> is_venue("Members: Hill Primary Care Centre.", Mention("Hill Primary Care Centre", "Hill Primary Care Centre", PRACTICE, 1))
    False
    >>> text = "Clinics open at Riverton Hospital and Hill General Hospital."
    >>> [is_venue(text, Mention(n, n, ORGANISATION, 1)) for n in ("Riverton Hospital", "Hill General Hospital")]
    [True, True]
    >>> is_venue("It joins Riverton Hospital and Hill Surgery.", Mention("Riverton Hospital", "Riverton Hospital", ORGANISATION, 1))
    False
    >>> text = "Since moving into Dale Primary Care Centre the practices have worked together."
    >>> is_venue(text, Mention("Dale Primary Care Centre", "Dale Primary Care Centre", PRACTICE, 1))
    True
    >>> is_venue("The Hill Surgery building stays open.", Mention("Hill Surgery", "Hill Surgery", PRACTICE, 1))
    True
    >>> is_venue("It is backed by the Hill practice at the Dale Health Centre.", Mention("Dale Health Centre", "Dale Health Centre", PRACTICE, 1))
    True
    >>> is_venue("Plans to move Hill Medical Centre into the Dale Centre were approved.", Mention("Dale Centre", "Dale Centre", ORGANISATION, 1))
    True
    >>> is_venue("The hub opened in Riverton Shopping Centre.", Mention("Riverton Shopping Centre", "Riverton Shopping Centre", ORGANISATION, 1))
    True
    """
    if VENUE.search(mention.name):
        return True
    at = text.find(mention.text) if mention.text else -1
    # any body's name before the word for its building is the building ('the Hill Surgery building')
    if at >= 0 and re.match(r"\s+(?:buildings?|premises)\b", text[at + len(mention.text) :]):
        return True
    if HOSPITAL_BUILDING.search(mention.name):
        # a hospital by its building's name, alone as a caption or as where something is, is the
        # building; its trust is named as a trust
        caption = re.fullmatch(r"(?:[A-Z][\w’'-]*\s+)*" + re.escape(mention.text) + r"\.?", text.strip())
        # ('the Riverton Community Hospital site'): the ground it stands on
        grounds = at >= 0 and bool(re.match(r"\s+(?:site|building|premises|campus|grounds)\b", text[at + len(mention.text) :]))
        return bool(caption) or grounds or (at > 0 and bool(AT_BUILDING.search(text[:at])))
    # (or where a practice just named is: 'the Hill practice at the Riverton Health Centre'; or
    # where services move: 'plans to move Hill Medical Centre … into the Dale Centre')
    return (
        at > 0
        and bool(re.search(r"(?i)\bcentre$", mention.name))
        and bool(BASED_AT.search(text[:at]) or PRACTICE_AT.search(text[:at]) or MOVED_INTO.search(text, max(0, at - 120), at))
    )


# A meeting page's field that says where it meets ('Venue: Council Chamber - Civic Centre, …'):
# whatever it names is the room or the building.
VENUE_FIELD = re.compile(r"(?i)\s*(?:venue|location|meeting\s+place|where)\s*:\s*")
PRACTICE_AT = re.compile(r"(?i)\b(?:practice|surgery)\s+(?:at|in)\s+(?:the\s+)?$")
MOVED_INTO = re.compile(r"(?i)\b(?:move[sd]?|moving|relocat\w*)\b[^.;]{0,100}?\b(?:into|at)\s+(?:the\s+)?$")


def town_after_name(text: str, mention: Mention) -> bool:
    """Whether a mention is only the town a body just named is in: after a comma, and ending
    its item or its clause, not opening more names of a list ('Hill Practice, Minster,
    Birchington and Dale Surgery' names practices by their villages).

    >>> text = "St Mary’s Island Surgery, Chatham, and branch surgeries: Sunlight Centre Surgery, Gillingham"
    >>> [town_after_name(text, Mention(n, n, ORGANISATION, 1)) for n in ("Chatham", "Gillingham")]
    [True, True]
    >>> text = "Hill Medical Practice, Chatham, Dale and Vale Surgery"
    >>> town_after_name(text, Mention("Chatham", "Chatham", ORGANISATION, 1))
    False
    """
    if mention.kind != ORGANISATION or not mention.text:
        return False
    at = text.find(mention.text)
    after = text[at + len(mention.text) :]
    placed = at > 0 and re.search(r"[\w’')]\s*,\s*$", text[:at]) and re.match(r"\s*(?:$|[.;:)]|,\s*(?:and\s+)?[a-z]|,\s*$)", after)
    # (the towns, a long table to read, only where the words around say a place may stand)
    return bool(placed) and is_town(mention.name)


# Words before a council's name that use it as a place: 'the population of the London Borough of X'.
PLACE_OF = re.compile(
    r"(?i)\b(?:population|residents|people|patients|communities|neighbourhoods|streets)\s+(?:of|in|across)\s+(?:the\s+)?$"
)


def as_place(text: str, mention: Mention) -> bool:
    """Whether a council's name stands for its area ('the population of the London Borough of
    Hillingdon'), not for the council.

    >>> as_place("care for the population of the London Borough of Riverton.", Mention("London Borough of Riverton", "London Borough of Riverton", ORGANISATION, 1))
    True
    >>> as_place("GPs will staff clinics across the NHS Riverton CCG area.", Mention("NHS Riverton CCG", "NHS Riverton CCG", ORGANISATION, 1))
    True
    >>> as_place("The six practices of the South locality of Riverton CCG.", Mention("Riverton CCG", "Riverton CCG", ORGANISATION, 1))
    True
    """
    at = text.find(mention.text) if mention.text else -1
    if at < 0:
        return False
    # a council's or a commissioner's area ('clinics across the NHS Riverton CCG area')
    if (COMMISSIONER.search(mention.name) or re.search(r"(?i)\bcouncil$", mention.name)) and AREA_AFTER.match(text, at + len(mention.text)):
        return True
    # ('the six practices of the Riverton South locality of NHS Riverton CCG')
    if COMMISSIONER.search(mention.name) and AREA_OF.search(text, max(0, at - 30), at):
        return True
    return (
        at > 0
        and bool(re.search(r"(?i)^(?:the\s+)?(?:london\s+)?borough\s+of\b|\bcouncil$", mention.name))
        and bool(PLACE_OF.search(text, max(0, at - 40), at))
    )


AREA_AFTER = re.compile(r"(?:['’]s)?\s+(?:area|areas|footprint|patch|boundary|boundaries|geography)\b")
AREA_OF = re.compile(r"(?i)\b(?:locality|localities|area|areas|footprint|patch)\s+of\s+(?:the\s+)?$")


REGION = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:north|south|east|west|midlands)(?:[\s-]+(?:east|west))?\s+of\s+england"
    r"|(?:north|south|east|west)(?:[\s-]+(?:east|west))?(?:\s+midlands)?(?:\s+region)?|midlands)$"
)
# The voluntary sector's acronyms ('VCSE', 'VCS'): a sector, written like a body.
SECTOR_ACRONYM = re.compile(r"^(?:the\s+)?VC[FS]{1,2}E?(?:s|O|Os)?$")
JOB_TITLE = re.compile(
    r"^(?:(?:Deputy|Interim|Acting|Joint|Medical|Clinical|Managing|Executive|Non-Executive|Associate|Assistant|Senior|Programme|GP)\s+)*"
    # (a field before the post: 'Senior Practice Manager', 'Operations Director')
    r"(?:(?:Practice|Operations|Finance|Nursing|Business|Communications|Quality)\s+)?"
    r"(?:Chief\s+(?:Executive|Officer|Operating\s+Officer)|CEO|COO|CFO|CMO|CNO|CIO|Director|Chair(?:man|woman)?|Head|Manager|Lead|Officer|Partner)"
    r"(?:\s+(?:of|for)\s+[A-Z][\w&’' -]*)?$"
)


# A programme's name written before the word for it in lower case: 'the Time for Care programme'
# (not a body's: 'the Riverton Alliance programme', whose name ends in a body's head word).
PROGRAMME_AFTER = re.compile(r"(?:\s*\([A-Z]{2,6}\))?\s+(?:programmes?|showcase|campaign|initiative)\b")
# Words after a name that make it a kind of contract: '… Medical Services (APMS) contracts'.
CONTRACT_AFTER = re.compile(r"(?:\s*\([A-Z]{2,6}\))?\s+(?i:contracts?|framework|specification|tariff)\b")
# The last word of a post a page names: 'Occupational Therapist', 'Care Coordinator'.
POST = re.compile(
    r"(?i)\b(?:therapist|nurse|pharmacist|worker|coordinator|co-ordinator|navigator|practitioner|physiotherapist|paramedic|"
    r"prescriber|champion|assistant|technician|advisor|adviser"
    # (and a board's or an executive team's posts: 'Chief Operating Officer (COO)')
    r"|officer|director|executive|chair|chairman|chairwoman|chairperson|manager|secretary|treasurer)s?$"
)


def is_job_title(text: str) -> bool:
    """Whether a line is a job title alone ('Director of Integration').

    >>> is_job_title("Director of Integration"), is_job_title("Hertfordshire County Council")
    (True, False)
    """
    text = " ".join(text.split())
    return 0 < len(text.split()) <= 6 and "\n" not in text and bool(JOB_TITLE.match(text)) and head_word(text) not in HEAD_WORDS


def is_person_line(text: str) -> bool:
    """Whether a line is only a person's name ('Jamie Sutterby', 'Dr Jo Bloggs')."""
    return bool(re.fullmatch(rf"(?:{PERSON_TITLE}\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){{1,2}}", text.strip()))


def same_kind_of_site(name: str, site: str) -> bool:
    """Whether a name is of another partnership of the site's own kind ('Hertford PCN' beside
    'Ware and Rurals PCN', 'X Primary Care Network' beside 'Y PCN').

    >>> same_kind_of_site("Hertford PCN", "Ware and Rurals Primary Care Network"), same_kind_of_site("Hertford PCN", "Ware Alliance")
    (True, False)
    """
    kinds = []
    for each in (name, site):
        match = STRONG_SITE_HEAD.search(each)
        if not match or not words(each[: match.start()]):
            return False
        kinds.append(re.sub(r"(?i)^primary care networks?$|^pcns?$", "pcn", match.group(0).lower()).rstrip("s"))
    return kinds[0] == kinds[1] and org_key(name) != org_key(site)


EMPLOYER_NOTE = "named as a person's employer"
# What a commissioner does as one, after its name: it commissions, reviews, writes to patients
# or confirms its decisions ('X CCG currently commissions three hubs', 'X CCG is writing to
# patients', 'X CCG will undertake a further review').
COMMISSIONER_ACTS = re.compile(
    r"(?:\s*\([A-Z]{2,6}s?\))?,?\s+(?:(?:currently|now|also|still|will|has|have|had|is|are|was|were)\s+){0,2}"
    r"(?:commissions|commissioned|(?:reviews|reviewed|reviewing)\b|(?:undertake|carry\s+out|conduct)\s+an?\s+(?:\w+\s+)?review|"
    r"(?:in\s+the\s+process\s+of\s+)?writing\s+to|wrote\s+to|writes\s+to|advised\b|pleased\s+to\s+(?:confirm|announce)"
    # what it says or decides of the partnership, as its commissioner ('X said it is working with …')
    r"|(?:said|says|confirmed|announced|decided|stipulated|approved)\b"
    # or does as the one that buys and awards the services ('X has agreed to award a contract',
    # 'X has set aside funding', 'X is holding talks over …', 'X is responsible for organising …')
    r"|(?:agreed|agrees|insisted|insists|awarded|awards|set\s+aside|sets\s+aside|holding\s+talks|holds\s+talks"
    r"|responsible\s+for|no\s+choice)\b"
    # or pays for it ('X have given extra funding to GP practices', 'X invested £2m in …')
    r"|(?:given|gave|gives|give|provided|provides|allocated|allocates|invested|invests|awarded)\s+(?:\w+\s+){0,2}(?:funding|funds|money|grants?|£)"
    # or plans for the partnerships it will buy from ('X wants to create geographical groups of practices')
    r"|(?:wants|plans|intends|aims|proposes|proposed|planned|wanted)\s+to\b"
    # or a meeting it held ('at a Hill CCG meeting')
    r"|(?:meeting|governing\s+body)\b)"
)
# What a commissioner does to a service, said before its name: 'commissioned by the CCG',
# 'a contract with NHS Hill CCG', 'talks with the CCG', 'monitored by … and the CCG'.
COMMISSIONED_BEFORE = re.compile(
    r"(?i)\b(?:(?:commissioned|funded|monitored|approved|procured|contracted)\s+by|(?:contract|talks|discussions|negotiations)\s+with)"
    r"\s+(?:[^.;:]{0,30}?\s+and\s+)?(?:the\s+(?:then\s+|former\s+|local\s+)?)?$"
)
# (a primary care trust was the commissioner of its day)
COMMISSIONER = re.compile(
    # (as a page may misspell it: 'Clinical Commission Group', 'Clinical Commissioners Group')
    r"(?i)\b(?:clinical\s+commission(?:ing|ers?)?\s+group|ccg|integrated\s+care\s+board|icb|primary\s+care\s+trust|pct)\b"
)


# An apposition that says a body is part of a partnership: ', a mental health trust that is part
# of Riverside Partners', ', a member of the Riverside Alliance', ', which is part of X'.
PART_OF = re.compile(
    r"^\s*,\s+(?:(?:a|an|the|one)\s+[^,.;:]{0,60}?\b(?:which|that|who)\s+(?:is|are)\s+|which\s+is\s+|now\s+)?"
    r"(?:a\s+|one\s+of\s+the\s+)?(?:part|members?|partners?)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’&-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w'’&-]*){0,6})"
)


def is_part_of(text: str, mention: Mention, site: Site) -> bool:
    """Whether the words after a mention say that it is part of the site.

    >>> text = "Jo Bloggs, chief executive of Riverton Trust, a mental health trust that is part of Riverside Partners, said so."
    >>> is_part_of(text, Mention("Riverton Trust", "Riverton Trust", MENTIONED, 1), Site("Riverside Partners", "a.txt", 1))
    True
    """
    at = text.find(mention.text) if mention.text else -1
    match = PART_OF.match(text[at + len(mention.text) :]) if at >= 0 else None
    if not match:
        return False
    said, own = distinctive_words(match.group("name")), distinctive_words(site.name)
    return bool(said and own and (said <= own or own <= said))


STREET_PRACTICE = re.compile(
    r"^(?:the\s+)?(?P<streets>.+?)\s+(?:Surgery|Surgeries|Practice|Medical\s+Practice|Medical\s+Centre|Health\s+Centre)$", re.I
)
STREET = re.compile(
    r"^[A-Z][\w'’-]*\s+(?:Road|Street|Lane|Avenue|Crescent|Square|Place|Terrace|Drive|Way|Hill|Green|Gardens|Park|Row|Close)$"
    # or the saint a practice is named after ('St Peter’s')
    r"|^St\.?\s+[A-Z][\w'’-]*$"
)


def introduce(found: list[Mention], seen: NamedBefore) -> None:
    """Keep the short forms that the mentions found give for later: a name given with a plural
    head it shares ('the Prospect and Salisbury hospices') is that body when the text later
    gives the name alone ('Prospect'); a practice named after its street or saint is that
    practice when the text later gives the street or saint alone ('your usual surgery,
    Dorchester Road, …', 'St Peter’s')."""
    for mention in found:
        if mention.note == SHARED and mention.text == words_only(mention.text) and not is_generic(mention.text):
            seen.introduced.add(mention.text, mention.text)
            seen.full_names[mention.text] = mention.name
        for part in street_parts(mention):
            seen.introduced.add(part, part)
            seen.full_names.setdefault(part, mention.name)


def street_parts(mention: Mention) -> list[str]:
    """The streets a practice is named after ('Royal Crescent & Preston Road Practice':
    'Royal Crescent', 'Preston Road'), each of two words or more.

    >>> street_parts(Mention("Royal Crescent & Preston Road Practice", "Royal Crescent and Preston Road Practice", PRACTICE, 3))
    ['Royal Crescent', 'Preston Road']
    >>> street_parts(Mention("Riverside Surgery", "Riverside Surgery", PRACTICE, 3))
    []
    """
    match = STREET_PRACTICE.match(mention.name) if mention.kind == PRACTICE else None
    if not match:
        return []
    parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", match.group("streets"))]
    return [p for p in parts if STREET.match(p)]


def employers_as_partners(mentions: list[Mention], sites: list[Site]) -> list[Mention]:
    """A body the site's text gives as a partner stays one where it is named again only as a
    person's employer ('Jo Bloggs, Chief Executive at X, said'): the speaker speaks for a
    partner. So does a GP practice on a partnership of practices ('Dr Jo Bloggs, a GP at Hill
    Surgery'): the practice is one of its members. Any other body named only as an employer
    stays only named, and so does a commissioner (a CCG or an ICB), whose officers speak for
    the body that pays for a service."""
    partners = {(m.site_id, org_key(m.name)): m.kind for m in mentions if m.kind in (ORGANISATION, PRACTICE) and m.site_id}
    groups = {site.id for site in sites if not is_practice_name(site.name)}
    for mention in mentions:
        if mention.kind == MENTIONED and mention.note == EMPLOYER_NOTE and not COMMISSIONER.search(mention.name):
            kind = partners.get((mention.site_id, org_key(mention.name)))
            if kind is None and mention.site_id in groups and is_practice_name(mention.name):
                kind = PRACTICE
            if kind is not None:
                mention.kind, mention.note = kind, None
    return mentions


ACRONYM = re.compile(r"(?<![\w-])[A-Z]{3,6}(?![\w-])")
BARE_NAME = r"(?:[A-Z][\w'’&-]*|[a-z]+[A-Z][\w'’-]*)(?:\s+(?:(?:and|of|&)\s+)?(?:[A-Z][\w'’&-]*|\d+\b)){0,3}"
# A name set beside a common noun that says what it is: 'the community anchor organisation X'.
APPOSITION_KINDS = r"organisation|charity|enterprise|company|provider|agency|body|federation|super-?practice|operator|consortium"
APPOSITION = re.compile(
    # after a determiner, or opening a sentence ('Health and care provider X will …')
    # (or after 'and' or a comma in a list: '… Riverton Council and sexual health charity Brook')
    rf"(?:(?:\b(?:the|a|an|our|its|their|local|and)\s+|,\s+|(?:^|(?<=[.!?]\s))[A-Z][a-z-]*\s+)(?:[A-Za-z-]+(?:['’]s)?\s+){{0,4}}"
    # or set off by commas ('its Pathfinder partner, United Response, …', 'the city’s community
    # health services provider, Riverton Community Health, to …')
    rf"(?:(?:{APPOSITION_KINDS})(?:,(?=\s+[A-Z][^,.;]{{2,60}},))?\s+|partner,\s+)"
    # or the kind itself opening a sentence, perhaps in quotes ('‘Super-practice’ Teldoc operates …')
    rf"|(?:^|(?<=[.!?]\s))['‘\"“]?(?i:{APPOSITION_KINDS})['’\"”]?\s+)"
    rf"(?P<name>{BARE_NAME})(?![\w'’-]|\s+[A-Z])"
)
# A name, then the kind of body it is set off by commas or brackets ('AT Medics, one of the leading
# providers of primary care in London, …', 'Devon Doctors, a GP led social enterprise, and …',
# 'Primary Integrated Community Services (a local healthcare provider)').
NAME_THEN_KIND = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\s))(?P<name>{BARE_NAME})(?:,\s+|\s+\(\s*)(?:one\s+of\s+the\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?:providers|companies|charities|organisations|operators|federations|social\s+enterprises)"
    r"|an?\s+(?:[\w-]+\s+){0,4}?(?:provider|company|charity|organisation|operator|federation|social\s+enterprise|community\s+interest\s+company))\b"
)
# One item of a coordination, right before or after an organisation: 'X, Y and the Trust'.
# (an item may open with a capital 'The': '…, the NHS, The Hill Network, Vale Help, and …')
# (and after an Oxford comma: '…, Earth Gardening, and Humanify')
BEFORE_COORDINATION = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<name>{BARE_NAME})\s*(?:,(?:\s*(?:and|or|&)\b)?|\band\b|\bor\b|&)\s*(?:[Tt]he\s+(?:[a-z-]+\s+){{0,3}})?$"
)
COORDINATED_TAIL = re.compile(r"(?:,|\band|\bor|&)\s*(?:[Tt]he\s+(?:[a-z-]+\s+){0,3})?$")
ROLE_WORDS = re.compile(
    r"(?i)\b(?:chief|executive|director|chair(?:man|woman)?|officer|manager|head|lead|leader|secretary|president|minister|"
    r"councillor|professor|nurse|consultant|ceo|coo|cfo|cmo|cno|cio|representatives?|workers?|co-?ordinators?|navigators?|prescribers?|practitioners?|"
    r"managers|directors|officers|nurses|consultants|"
    # (and the professions of primary care: 'Primary care includes: GPs, Pharmacists, Dentists')
    r"pharmacists?|dentists?|opticians?|optometrists?|paramedics?|physiotherapists?|podiatrists?|dietitians?|midwi(?:fe|ves))\b"
)
AFTER_COORDINATION = re.compile(
    # (the name ends where the sentence goes on: '… Pennine Care and Viaduct Health to redesign …')
    rf"^\s*(?:,(?:\s*(?:and|or|&)\b)?|\band\b|\bor\b|&)\s+(?:the\s+)?(?P<name>{BARE_NAME})"
    r"(?=\s*(?:[,;.)]|\band\b|\bor\b|$)|\s+(?:to|will|have|has|are|were|who|which|that)\b)"
)


def free_of(occupied: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a span (start, end) overlaps none of the spans occupied, which may be added to.

    The spans are kept by where they start, with the furthest end reached by each prefix, made
    again when spans were added: a question is two bisections, not a walk over every span (a
    list of a thousand names made that a million steps).

    >>> occupied = [(10, 20)]
    >>> free = free_of(occupied)
    >>> free(0, 10), free(15, 30), free(20, 25)
    (True, False, True)
    >>> occupied.append((22, 24))
    >>> free(20, 25)
    False
    """
    ordered: list[list[int]] = [[], []]

    def free(start: int, end: int) -> bool:
        if len(ordered[0]) != len(occupied):
            spans = sorted(occupied)
            ordered[0] = [a for a, _ in spans]
            ordered[1] = list(itertools.accumulate((b for _, b in spans), max))
        before = bisect.bisect_left(ordered[0], end)
        return before == 0 or ordered[1][before - 1] <= start

    return free


def named_beside(paragraph: Paragraph, seen: NamedBefore, found: list[Mention]) -> list[Mention]:
    """Names that need no organisational word, known by where they stand: set beside a noun that
    says what they are ('the local charity Riverlink'), coordinated with an organisation already
    read ('employed by Riverlink, Youth Futures or the Trust': joined by 'and'/'or', or in a
    comma list of three items or more, so that 'Jo Bloggs, Chief Executive, X Trust' and an
    address are not lists), or repeating such a name.

    Examples
    --------
    >>> from pchgraph.readers.document import Line, joined_paragraph
    >>> p = joined_paragraph([Line(1, "It grew from work between Westfield 3 and the local charity Riverlink. "
    ...     "Staff are employed by Riverlink, Youth Futures, the PCN or Exampleshire County Council.")])
    >>> found = prose_mentions(p)
    >>> sorted({m.name for m in named_beside(p, NamedBefore(), found)})
    ['Riverlink', 'Westfield 3', 'Youth Futures']
    >>> p = joined_paragraph([Line(1, "Jo Bloggs, Chief Executive, Exampleshire County Council, said so.")])
    >>> named_beside(p, NamedBefore(), prose_mentions(p))
    []
    >>> p = joined_paragraph([Line(1, "Jo Bloggs, Health Equity, Welfare and Partnerships, Exampleshire County Council and "
    ...     "Sam Smith, Riverton Place Partnership, NHS Riverton Integrated Care Board outlined the plan.")])
    >>> named_beside(p, NamedBefore(), prose_mentions(p))
    []
    """
    text = paragraph.text
    if is_address(text):
        return []
    occupied = [(i.start(), i.end()) for m in {m.text for m in found} for i in re.finditer(re.escape(m), text)]
    # (and an address a sentence opens on is where a body stands, its parts no bodies beside it)
    occupied += [found.span() for found in EMBEDDED_ADDRESS.finditer(text)]
    seeds = [(i.start(), i.end()) for m in found if m.kind in (ORGANISATION, PRACTICE) for i in re.finditer(re.escape(m.text), text)]
    result: list[Mention] = []
    free = free_of(occupied)

    def shaped(name: str) -> bool:
        """A name-shaped item of a list: not a role, a person's title, a date or a sentence opener."""
        first = name.split()[0]
        # ('One Health Riverton' is a name: 'One' before another capital opens it; so are initials
        # that spell a small word, 'AT Medics')
        opener = first.lower() in LEADING_WORDS and not (first == "One" and len(name.split()) > 1 and name.split()[1][:1].isupper())
        opener = opener and not (first.isupper() and len(first) > 1 and first != "THE")
        # (nor an adverb that opens a sentence: 'Consequently, the Hull Centre …')
        opener = opener or bool(SENTENCE_ADVERB.fullmatch(name))
        return not (opener or first.lower() in MONTHS or PERSON.match(name) or ROLE_WORDS.search(name) or is_date(name))

    def acceptable(name: str) -> bool:
        return (
            shaped(name)
            and not NATIONAL_BODIES.match(name)
            and not is_generic(name)
            and not all(w.lower() in PROSE_HEADS for w in words(name))
            # (nor a body's own team in common words: 'Management Team')
            and not in_common_words(name)
            # a place beside a name ('56 practices in Brent, West London') is where it is
            and not is_place_only(name)
            # (nor a postcode's district: 'LS25 and LS26')
            and not re.fullmatch(r"[A-Z]{1,2}\d{1,2}", name)
        )

    new: set[str] = set()
    described: dict[str, str] = {}

    def described_body(match: re.Match) -> bool:
        """A name of three words or more that a sentence says is a body ('Primary Integrated
        Community Services (a local healthcare provider)') is one, common as its words are."""
        name = match.group("name")
        return match.re is NAME_THEN_KIND and len(words(name)) >= 3 and shaped(name) and not NATIONAL_BODIES.match(name)

    for match in [*APPOSITION.finditer(text), *NAME_THEN_KIND.finditer(text)]:
        if (acceptable(match.group("name")) or described_body(match)) and not is_town(match.group("name")) and free(*match.span("name")):
            new.add(match.group("name"))
            # 'the community anchor organisation X': a community or voluntary body is third sector
            # (a provider of community health services is the NHS's)
            descriptor = " ".join(match.group(0)[: match.start("name") - match.start()].split()[1:])
            if re.search(r"(?i)\b(?:community(?!\s+health)|voluntary|charitable|third[- ]sector)\b", descriptor):
                described[match.group("name")] = f"voluntary sector: {descriptor}"
            elif match.re is NAME_THEN_KIND:
                # the words after the name say what it is ('Redthread (a youth work charity)')
                described[match.group("name")] = match.group(0)[match.end("name") - match.start() :].strip(" ,(")
    # (a long report introduces thousands of names: look only for those the paragraph holds)
    held = {name for name, _ in seen.introduced.within(text)} | {name for name in new if name in text}
    seeds += [i.span() for name in held for i in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text)]
    # Spread along coordinations from every organisation read so far, in both directions; a
    # comma alone links items only in a list of three or more.
    # (what stands beside each item is worked out once: every seed of a long list walks the same
    # list, and a list of a hundred names would otherwise be read a hundred times over)
    beside: dict[tuple[int, int], list[tuple[int, int, bool, bool]]] = {}

    def items_beside(start: int, end: int) -> list[tuple[int, int, bool, bool]]:
        """The items coordinated with the one at (start, end): their spans, whether 'and' or 'or'
        joins them, and whether each may be a new name."""
        if (start, end) not in beside:
            found_here = []
            tail = text[max(0, start - 40) : start]
            before = BEFORE_COORDINATION.search(text[max(0, start - 120) : start]) if COORDINATED_TAIL.search(tail) else None
            after_match = AFTER_COORDINATION.match(text[end : end + 120])
            for hit, offset in ((before, max(0, start - 120)), (after_match, end)):
                if hit is None:
                    continue
                a, b = offset + hit.start("name"), offset + hit.end("name")
                if not shaped(text[a:b]):
                    continue
                by_word = not hit.group(0).strip().startswith(",") and not hit.group(0).rstrip().endswith(",")
                # 'Church Street Surgery in Riverton, Mill Surgery …': a name after 'in' or
                # 'at' is where the item before it stands, not an item of its own.
                placed = re.search(r"(?<![\w-])(?:in|at|on)\s+$", text[max(0, a - 4) : a])
                found_here.append(
                    (a, b, by_word, acceptable(text[a:b]) and free(a, b) and not placed and not holds_post(text, a, b, start))
                )
            beside[(start, end)] = found_here
        return beside[(start, end)]

    # Items a walk has reached whose outcome a walk from them could not change: it reaches a
    # part of what the first reached (its names, joins and length no more), so it adds no name
    # the first did not (a list of a thousand names would be walked a thousand times over).
    settled: set[tuple[int, int]] = set()
    for seed in seeds:
        if seed in settled:
            continue
        items, joined, candidates = {seed}, False, []
        queue = [seed]
        while queue:
            for a, b, by_word, new_name in items_beside(*queue.pop()):
                if (a, b) in items:
                    continue
                items.add((a, b))
                joined = joined or by_word
                queue.append((a, b))
                if new_name:
                    candidates.append(text[a:b])
        # names listed as the subject of a report ('Jo Bloggs, Health Equity, Riverton Council
        # and Sam Smith, Riverton ICB outlined …') are people with their teams and employers
        presented = presented_by(text, max(b for _, b in items))
        # a town is a practice only among practices ('Minster, Birchington and Westgate
        # Surgery'); beside other bodies it is where they are ('in Barking and Dagenham')
        among_practices = any(is_practice_name(text[a:b]) for a, b in items)
        if (joined or len(items) >= 3) and not presented:
            new.update(c for c in candidates if among_practices or not is_town(c))
        # (a walk that found names presented may reach a part that is not: walked again)
        if not presented:
            settled |= items
    for name in new:
        seen.introduced.add(name, name)
    seen.described.update(described)
    for name in sorted((name for name, _ in seen.introduced.within(text)), key=len, reverse=True):
        # (a possessive is no part of a longer name: 'St Peter’s and Albion Street’s patients')
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-]|['’](?!s\b)|\s+[A-Z0-9])", text):
            # after a house number it is a street in an address ('38 King Street, Riverton')
            if free(*match.span()) and not re.search(r"\b\d+[A-Za-z]?,?\s+$", text[max(0, match.start() - 8) : match.start()]):
                full = seen.full_names.get(name, name)
                kind = PRACTICE if is_practice_name(full) else ORGANISATION
                kind = MENTIONED if named_only(text, match.start(), match.end(), name) else kind
                note = seen.described.get(name, "named beside an organisation")
                if kind == MENTIONED and as_employer(text, match.start(), match.end()):
                    note = EMPLOYER_NOTE
                result.append(Mention(name, full, kind, paragraph.line_of(match.start()), note=note))
                occupied.append(match.span())
    return result


# A word in -ly that opens a sentence before its comma says how the sentence follows on.
SENTENCE_ADVERB = re.compile(r"[A-Z][a-z]+(?:ally|ently|antly|ately|ingly|ously|ively|edly|fully)")
# A post after a name set off by a comma ('Kevin Lavery, chief executive of …'), and a post
# with its employer before one ('the Director of Partnerships at the CCG, Ashley Scarff, …').
POST_AFTER = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+|its\s+|our\s+)?(?:[A-Za-z-]+\s+){0,3}?"
    rf"(?i:{POSTS}|councillor|professor|head\s+of)\b"
)
POST_BEFORE = re.compile(
    rf"(?i:{POSTS}|head)\s+"
    r"(?:(?:of|for)\s+[\w&' -]{1,40}?\s+)?(?:at|of|for)\s+(?:the\s+)?[^,.;:]{1,60}?,\s*$"
)


def holds_post(text: str, start: int, end: int, beside: int) -> bool:
    """Whether the name at text[start:end], set in a comma list beside a body's name at
    `beside`, is a person: a post follows it, or a post of that body comes before it.

    >>> text = "Commenting on the plan, Kevin Lavery, chief executive of NHS Riverton ICB, said so."
    >>> holds_post(text, 24, 36, 0)
    True
    >>> text = "The Director of Partnerships at the CCG, Ashley Scarff, was there."
    >>> holds_post(text, 41, 54, 36)
    True
    >>> holds_post("Staff are employed by Riverlink, Youth Futures or the PCN.", 33, 46, 22)
    False
    """
    after = POST_AFTER.match(text, end) is not None
    before = beside < start and POST_BEFORE.search(text[max(0, start - 120) : start]) is not None
    return after or before


# The first word in lower case after a run of names, other than the words names are joined by:
# a reporting verb there says the names are people ('… and Sam Smith, Riverton ICB outlined').
FIRST_LOWER_WORD = re.compile(r"(?<![\w'’-])(?!(?:and|of|for|the)\b)[a-z][\w-]*")
REPORTING = re.compile(
    r"(?:outlined|presented|introduced|explained|reported|said|answered|advised|informed|updated|gave|highlighted|noted|spoke|set)$"
)


def presented_by(text: str, end: int) -> bool:
    """Whether the run of names ending at `end` goes on, through more names only, to a reporting
    verb: the names are people giving a report, with their teams and employers.

    >>> text = "Jo Bloggs, Riverton Council and Sam Smith, Riverton ICB outlined the plan."
    >>> presented_by(text, text.index(" and")), presented_by("Riverton Council and Hill Trust agreed.", 16)
    (True, False)
    """
    stretch = text[end : end + 200]
    word = FIRST_LOWER_WORD.search(stretch)
    return bool(word) and not re.search(r"[.;:!?]", stretch[: word.start()]) and bool(REPORTING.match(word.group(0)))


SHORT_FORM = re.compile(r"(?<![\w-])[Tt]he\s+(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*)")


# Capitalised heads that stand for the body of that kind named last.
SHORT_HEADS = {
    "Trust": re.compile(r"(?i)\btrust$"),
    "Council": re.compile(r"(?i)\bcouncil$"),
    "CCG": re.compile(r"(?i)\b(?:ccg|clinical\s+commissioning\s+group)$"),
    "ICB": re.compile(r"(?i)\b(?:icb|integrated\s+care\s+board)$"),
    "Federation": re.compile(r"(?i)\b(?:federation|fed)$"),
    # (a board's minutes call it 'the Board': 'The Board noted the report')
    "Board": re.compile(r"(?i)\bboard$"),
}
# 'the Trust', 'the CCG', 'the Integrated Care Board' (a bare 'ICB' is `kind_abbreviations`')
SHORT_HEAD = re.compile(
    # (its possessive too: 'the CCG's director')
    r"(?<![\w-])[Tt]he\s+(?P<name>Trust|Council|CCG|ICB|Clinical\s+Commissioning\s+Group|Integrated\s+Care\s+Board|Federation|Fed|Board)"
    r"(?![\w-])(?!['’](?!s\b))(?!\s+[A-Z])"
)
SHORT_HEAD_KEYS = {"clinical commissioning group": "CCG", "integrated care board": "ICB", "fed": "Federation"}


def short_head_key(match: re.Match) -> str:
    """The SHORT_HEADS key a short form stands for ('Integrated Care Board' -> 'ICB')."""
    name = " ".join(match.group("name").split())
    return SHORT_HEAD_KEYS.get(name.lower(), name)


SHORT_HEAD_AND = re.compile(SHORT_HEAD.pattern + r"\s+and\s+")


@dataclass
class NamedBefore:
    """The distinct names a document has given so far, and their initials: each name is
    looked at once, however often it is repeated."""

    names: set[str] = field(default_factory=set)
    by_initials: dict[str, set[str]] = field(default_factory=dict)
    # names of a word or more that the text has shown to be organisations ('the charity SOAR')
    introduced: FormsByFirstWord = field(default_factory=lambda: FormsByFirstWord())
    described: dict[str, str] = field(default_factory=dict)
    # the full names of introduced names that the text first gave with a shared head
    # ('the Prospect and Salisbury hospices': 'Prospect' is Prospect Hospice)
    full_names: dict[str, str] = field(default_factory=dict)
    # the trust (council) named last, which 'the Trust' ('the Council') in the next paragraph stands for
    last_of: dict[str, str] = field(default_factory=dict)
    # whether each of those was only named (a commissioner, a funder): its short form is too
    only_named: dict[str, bool] = field(default_factory=dict)
    # each practice's own words without its head ('Gillygate' of 'Gillygate Surgery'), where they
    # could stand for it alone (`practice_short_form`)
    practice_short_forms: FormsByFirstWord = field(default_factory=lambda: FormsByFirstWord())
    # each trust's name without the words that say it is one ('Salford Royal'), where that leaves
    # a name of its own
    trust_short_forms: FormsByFirstWord = field(default_factory=lambda: FormsByFirstWord())
    in_lower_case: FormsByFirstWord = field(default_factory=lambda: FormsByFirstWord())
    # the one body of each short form's kind the whole document names, for a short form written
    # before the body is named (`names_ahead`), and the short forms met with none named before
    ahead: dict[str, str] = field(default_factory=dict)
    unmatched: set[str] = field(default_factory=set)
    # the abbreviations the document gives in brackets after a name of its own ('Wembley Centre
    # for Health and Care (WCHC)'): none is the reference data's body of the same letters (Wirral
    # Community Health and Care's 'WCHC')
    defined: set[str] = field(default_factory=set)

    def add(self, names) -> None:
        for name in names:
            if name not in self.names:
                self.names.add(name)
                self.in_lower_case.add(name, name.lower())
                self.by_initials.setdefault(initials(name), set()).add(name)
                short = practice_short_form(name)
                if short:
                    self.practice_short_forms.add(name, short)
                short = TRUST_ENDING.sub("", name)
                if short != name and len(words(short)) >= 2 and not is_generic(short):
                    self.trust_short_forms.add(name, short)


def names_ahead(seen: NamedBefore) -> dict[str, str]:
    """For each short form ('Trust', 'CCG'), the one body of its kind a document has named, by
    the names it has given (`NamedBefore.names`); a kind it names two or none of has none.

    >>> seen = NamedBefore()
    >>> seen.add(["Riverton NHS Trust", "Hill Surgery", "Dale Council", "Mill Council", "the Clinical Commissioning Group"])
    >>> names_ahead(seen)
    {'Trust': 'Riverton NHS Trust'}
    """
    result = {}
    # (not a kind written out, 'the Clinical Commissioning Group', which names no one body)
    names = sorted(name for name in seen.names if not is_generic(name))
    for key, ending in SHORT_HEADS.items():
        bodies = {org_key(name): name for name in names if ending.search(name)}
        if len(bodies) == 1:
            result[key] = next(iter(bodies.values()))
    return result


ALPHANUMERIC_RUN = re.compile(r"[A-Za-z0-9]+")


class FormsByFirstWord:
    """A form of each name the document has given (its lower case, a short form), kept by the
    form's first word: a long report gives thousands of names, and a paragraph is searched only
    for the forms whose first word it holds, not for all of them.

    >>> forms = FormsByFirstWord()
    >>> forms.add("Gillygate Surgery", "Gillygate"); forms.add("Hill Surgery", "Hill")
    >>> forms.within("Gillygate says so; Churchill agrees.")
    [('Gillygate Surgery', 'Gillygate')]
    """

    def __init__(self) -> None:
        self.forms: dict[str, str] = {}
        self.order: dict[str, int] = {}
        self.by_word: dict[str, list[str]] = {}

    def add(self, name: str, form: str) -> None:
        """Keep a name's form; a name given again keeps its first form."""
        if name in self.forms:
            return
        self.order[name] = len(self.order)
        self.forms[name] = form
        first = ALPHANUMERIC_RUN.search(form)
        self.by_word.setdefault(first.group(0).lower() if first else "", []).append(name)

    def within(self, text: str) -> list[tuple[str, str]]:
        """The (name, form) pairs whose form the text holds, in the order they were added."""
        held = {word.lower() for word in ALPHANUMERIC_RUN.findall(text)} | {""}
        names = {name for word in held for name in self.by_word.get(word, ())}
        return [(name, self.forms[name]) for name in sorted(names, key=self.order.__getitem__) if self.forms[name] in text]


def practice_short_form(name: str) -> str | None:
    """A practice's own words without its head, where a text may call it by them alone: not a
    place's or a town's name, which the bare words may be ('Ellesmere' of 'Ellesmere Surgery').

    >>> practice_short_form("Gillygate Surgery"), practice_short_form("Bolton Medical Practice")
    ('Gillygate', None)
    """
    bare = PRACTICE_HEADS.sub("", re.sub(r"^(?:The|the)\s+", "", name)).strip(" ,")
    if (
        not is_practice_name(name)
        or bare == name
        or not words(bare)
        or not bare[:1].isupper()
        or is_generic(bare)
        or is_place_only(bare)
        or is_town(bare)
    ):
        return None
    return bare


# A council written only by its kind: 'the local authority', 'the council' (any case).
COUNCIL_BY_KIND = re.compile(r"(?<![\w-])[Tt]he\s+(?:local\s+)?(?:[Aa]uthority|[Cc]ouncil)(?![\w'’-])(?!\s+(?:[A-Z]|of\b|for\b))")
BY_KIND = "a council named only by its kind"
BODY_BY_KIND = "a commissioner named only by its kind"


def councils_by_kind(paragraph: Paragraph, seen: NamedBefore, found: list[Mention], site: Site | None) -> list[Mention]:
    """'The local authority' on a page that never names a council: the council of the place
    the site is named after ('Bolton' → Bolton Council); with no such place, kept in the
    report as a council named only by its kind rather than dropped.

    >>> councils_by_kind(joined_paragraph([Line(3, "The trust and the local authority agreed.")]), NamedBefore(), [], Site("Wigan", "a.txt", 1))[0].name
    'Wigan Council'
    """
    if "Council" in seen.last_of or any(re.search(r"(?i)\bcouncil\b|\bborough of\b", m.name) for m in found):
        return []
    text = paragraph.text
    occupied = [(i.start(), i.end()) for m in {m.text for m in found} for i in re.finditer(re.escape(m), text)]
    place = next((" ".join(words(site.name)[:n]) for n in (3, 2, 1) if site and is_council_place(" ".join(words(site.name)[:n]))), None)
    result = []
    for match in COUNCIL_BY_KIND.finditer(text):
        if any(match.start() < b and a < match.end() for a, b in occupied):
            continue
        line = paragraph.line_of(match.start())
        if place:
            result.append(Mention(match.group(0), f"{place} Council", ORGANISATION, line, note="the council of the site's place"))
        else:
            result.append(Mention(match.group(0), match.group(0), UNRESOLVED, line, reason=BY_KIND))
    return result


def coreferences(paragraph: Paragraph, seen: NamedBefore, found: list[Mention]) -> list[Mention]:
    """Short forms that stand for a body named before in the document: an acronym of its
    initials ('ELFT'; for trusts, also of the reference data's names), or a generic tail of its
    name ('the GP Care Group' after 'Tower Hamlets GP Care Group')."""
    text = paragraph.text
    occupied = [(i.start(), i.end()) for m in {m.text for m in found} for i in re.finditer(re.escape(m), text)]
    result = []
    free = free_of(occupied)

    for match in ACRONYM.finditer(text):
        if not free(*match.span()):
            continue
        earlier = seen.by_initials.get(match.group(0), set())
        # (or named earlier in this paragraph: 'The Riverton Negotiating Committee (RNC) has …
        # The RNC said'; the bracket that gives it is no naming of its own)
        # (a national body's own acronym is NATIONAL_IN_TEXT's: 'CQC')
        here: dict[str, Mention] = {}
        if not earlier and not text[: match.start()].endswith("(") and not NATIONAL_BODIES.match(match.group(0)):
            here = {
                m.name: m
                for m in found
                if m.kind in (ORGANISATION, PRACTICE, MENTIONED)
                and initials(m.name) == match.group(0)
                and 0 <= text.find(m.text) < match.start()
            }
            earlier = set(here)
        # one body however it was printed ('… Trust' in the text, '… TRUST' in the reference data)
        spellings = sorted(earlier, key=lambda name: (name.isupper(), name))
        one = len({name.lower() for name in earlier}) == 1
        full = spellings[0] if one else None if earlier or match.group(0) in seen.defined else trust_acronyms().get(match.group(0))
        if full:
            # (a body only named is only named by its acronym too)
            only_named_here = full in here and here[full].kind == MENTIONED
            kind, note = (MENTIONED, here[full].note) if only_named_here else (ORGANISATION, f"short for {full}")
            result.append(Mention(match.group(0), full, kind, paragraph.line_of(match.start()), note=note))
            occupied.append(match.span())
    for match in SHORT_FORM.finditer(text):
        start, end = match.span("name")
        phrase = match.group("name")
        if not free(start, end) or not is_generic(phrase):
            continue
        # named before, in an earlier paragraph or earlier in this one
        before = {
            m.name for m in found if m.kind in (ORGANISATION, PRACTICE) and 0 <= text.find(m.text) < start and len(words(m.name)) >= 2
        }
        fuller = {name for name in seen.names | before if name.lower().endswith(" " + phrase.lower())}
        if len(fuller) == 1:
            full = next(iter(fuller))
            result.append(Mention(phrase, full, ORGANISATION, paragraph.line_of(start), note=f"short for {full}"))
            occupied.append((start, end))
    # 'The Trust' is the trust the paragraph last named ('ELFT provides … The Trust also
    # offers'); 'the Council' the council.
    for match in SHORT_HEAD.finditer(text):
        start, end = match.span("name")
        if not free(start, end):
            continue
        key = short_head_key(match)
        ending = SHORT_HEADS[key]
        named = [
            (at, m.name, m.kind == MENTIONED)
            for m in [*found, *result]
            if ending.search(m.name) and 0 <= (at := text.find(m.text)) < match.start()
        ]
        full, only_named = max(named)[1:] if named else (seen.last_of.get(key), seen.only_named.get(seen.last_of.get(key), False))
        if not full:
            seen.unmatched.add(key)
            full = seen.ahead.get(key)
            only_named = seen.only_named.get(full, False)
        # ('the CCG', 'the ICB' with no antecedent are `kind_abbreviations`')
        if not full and key in ("CCG", "ICB") and match.group("name") not in ("CCG", "ICB"):
            # a commissioner the page never names ('the Integrated Care Board'): kept in the
            # report, not dropped
            # (the line its printed words begin on: 'the' may end the line before 'CCG')
            result.append(Mention(match.group(0), match.group(0), UNRESOLVED, paragraph.line_of(match.start()), reason=BODY_BY_KIND))
            occupied.append((match.start(), end))
        elif full:
            # the short form keeps the part its body plays: a commissioner named once stays one
            # (and a commissioner's possessive is what it decides or says, not its part in the
            # partnership: 'the ICB's decision', 'the CCG's letter')
            possessive = key in ("CCG", "ICB") and re.match(r"['’]s\b", text[end:])
            kind = MENTIONED if only_named or possessive or named_only(text, match.start(), end, full) else ORGANISATION
            result.append(Mention(match.group(0), full, kind, paragraph.line_of(match.start()), note=f"short for {full}"))
            occupied.append((match.start(), end))
    # A name given before, written again with its generic words in lower case ('Whitstable
    # medical practice'): its proper words keep their capitals.
    lowered = text.lower()
    for name in sorted((name for name, _ in seen.in_lower_case.within(lowered)), key=len, reverse=True):
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE):
            changed = [a for a, b in zip(words(match.group(0)), words(name), strict=False) if a != b]
            if changed and all(is_generic(w) for w in changed) and free(*match.span()):
                kind = PRACTICE if is_practice_name(name) else ORGANISATION
                result.append(Mention(match.group(0), name, kind, paragraph.line_of(match.start()), note=f"written as {name}"))
                occupied.append(match.span())
    # A practice named in full before, written again by its own words alone ('Gillygate says …'
    # after 'Gillygate Surgery'; 'the merger between Churchmere and …' after 'Churchmere Medical
    # Group'): not a place's name, which the bare words may be ('Ellesmere' of 'Ellesmere Surgery').
    for name, bare in sorted(seen.practice_short_forms.within(text), key=lambda item: len(item[0]), reverse=True):
        for match in re.finditer(
            rf"(?<![\w'’-]){re.escape(bare)}(?![\w'’-])(?!\s+(?:[A-Z]|(?i:surgery|practice|medical|health|centre|group)\b))", text
        ):
            # ('a surgery in Watton' is the town, '38 Hill Street' an address)
            before = text[max(0, match.start() - 8) : match.start()]
            if free(*match.span()) and not re.search(r"\b(?:in|near|across|around|outside|of)\s+$|\d[a-zA-Z]?,?\s+$", before):
                result.append(Mention(bare, name, PRACTICE, paragraph.line_of(match.start()), note=f"short for {name}"))
                occupied.append(match.span())
    # A trust named in full before, written again without the words that only say it is one
    # ('Salford Royal' after 'Salford Royal NHS Foundation Trust').
    for name, short in seen.trust_short_forms.within(text):
        for match in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w'’-])(?!\s+(?:NHS|Foundation|Trust)\b)", text):
            if free(*match.span()):
                result.append(Mention(short, name, ORGANISATION, paragraph.line_of(match.start()), note=f"short for {name}"))
                occupied.append(match.span())
    return result


TRUST_ENDING = re.compile(r"\s+(?:NHS\s+Foundation\s+Trust|NHS\s+Trust|Foundation\s+Trust)$")


KIND_ABBREVIATION = re.compile(
    rf"(?<![\w-])(?:(?P<spelled>(?i:the\s+)?(?i:{'|'.join(KIND_ABBREVIATIONS.values())}))\s+\((?P<bracketed>{'|'.join(KIND_ABBREVIATIONS)})\)"
    # an abbreviation in brackets right after a name is that name's, no second mention
    rf"|(?<!\()(?P<bare>{'|'.join(KIND_ABBREVIATIONS)}))(?![\w-])"
)
PLACE_BODY_AND = re.compile(r"(?<![\w'’-])(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:Council|CCG|ICB)\s+(?:and|&)\s+$")
AS_PARTNER = re.compile(r"^\s+as\s+(?:a|an|our|one|their|its)\s+(?:\w+\s+)?partners?\b")
# An item of a list of partners: 'is working with Riverside Hospice, the CCG and others'.
PARTNER_LIST_LEAD_IN = (
    r"(?i)(?:\b(?:working|works|work|worked)\s+(?:closely\s+|together\s+)?(?:in\s+partnership\s+)?with|\bin\s+partnership\s+with|"
    r"\bpartners?\s+(?:include|includes|including|are)|\b(?:partnership|project|collaboration|alliance)\s+between|"
    # ('The three organisations involved are A, B and C')
    r"\b(?:organisations|members|bodies|agencies)\s+(?:involved\s+|taking\s+part\s+)?(?:are|include|includes|including))"
)
PARTNER_LIST_LEAD = re.compile(PARTNER_LIST_LEAD_IN)
PARTNER_LIST_BEFORE = re.compile(PARTNER_LIST_LEAD_IN + r"\s+(?P<items>[^.;:()]*?(?:,|\band)\s+)?(?:the\s+)?$")
PARTNERS_THEN = re.compile(r"(?i)\bpartners?\s*(?:[–—:]|\s-)\s*(?:the\s+)?$")
# (matched where a name ends: match() starts there)
PARTNER_LIST_AFTER = re.compile(r"\s*(?:,|and\b|&|\.|$)")
LIST_GOES_ON = re.compile(r"\s*(?:and|&)\s")


def listed_among_bodies(text: str, start: int, end: int) -> bool:
    """Whether a name is an item of a comma list whose other items are bodies the gazetteer
    knows, or other organisations ('Officials from Hill Council, the NHS, Dale PCN, and other
    organisations attended'): one body of several, not a partnership the page is about.

    >>> text = "Officials from Hill Borough Council, the NHS, Dale Primary Care Network, Vale Help, and other organisations attended."
    >>> listed_among_bodies(text, text.index("Dale"), text.index(", Vale"))
    True
    >>> text = "Hill Surgery is part of Dale Primary Care Network, which covers the town."
    >>> listed_among_bodies(text, text.index("Dale"), text.index(", which"))
    False
    """
    opening = sentence_start(text, start)
    close = SENTENCE_END.search(text, end)
    sentence = text[opening : close.start() if close else len(text)]
    if not (re.search(r",\s*(?:the\s+)?$", text[opening:start]) or re.match(r"\s*,", text[end:])):
        return False
    items = [re.sub(r"^(?:and|&)\s+|^the\s+", "", item.strip()) for item in re.split(r",\s*|\s+and\s+", sentence)]
    return any(known_names(item) == [(0, len(item))] or OTHER_BODIES.fullmatch(item) for item in items if item)


# The rest of a list of bodies, unnamed: 'and other organisations', 'other partners'.
OTHER_BODIES = re.compile(r"(?i)(?:many\s+|several\s+)?other\s+(?:local\s+)?(?:organisations|partners|bodies|agencies|groups)(?:\s+\w+)*")


def named_with_others(text: str, start: int, end: int) -> bool:
    """Whether a name is one of several joined by 'and' or commas ('One Care and Avon LMC').

    >>> text = "It is supported by One Care and Avon LMC."
    >>> named_with_others(text, text.index("Avon"), text.index("Avon") + 8)
    True
    >>> text = "Dr Jo Bloggs, medical secretary at Riverton LMC, said so."
    >>> named_with_others(text, text.index("Riverton"), text.index("Riverton") + 12)
    False
    """
    return bool(re.search(r"(?:\band|&|,)\s+(?:the\s+)?$", text[max(0, start - 9) : start]) or re.match(r"\s*(?:and|&)\s", text[end:]))


def in_partner_list(text: str, start: int, end: int) -> bool:
    """Whether a name is an item of a list of partners ('working with X, the CCG and others').

    >>> text = "Riverside Health is working with Age UK Riverton, the CCG and other local partners."
    >>> in_partner_list(text, text.index("CCG"), text.index("CCG") + 3)
    True
    >>> text = "Working with the CCG, the practices trained their staff."
    >>> in_partner_list(text, text.index("CCG"), text.index("CCG") + 3)
    False
    >>> text = "The plan was rejected by the CCG and the council."
    >>> in_partner_list(text, text.index("CCG"), text.index("CCG") + 3)
    False
    """
    if not PARTNER_LIST_AFTER.match(text, end):
        return False
    # (no lead-in of the text's stands in the clause before the name: nothing to search, which
    # in a list of a thousand names would be a thousand searches of a long stretch)
    leads = partner_list_leads(text)
    before_name = bisect.bisect_left(leads, start)
    if not before_name:
        return False
    clause = max(sentence_start(text, start), *(text.rfind(mark, 0, start) + 1 for mark in ".;:()"))
    if bisect.bisect_left(leads, clause) == before_name:
        return False
    before = PARTNER_LIST_BEFORE.search(text[clause:start])
    # one item of several: another before it, or 'and' after it ('Working with the CCG, the
    # practices …' is a clause, not a list)
    return bool(before) and bool(before.group("items") or LIST_GOES_ON.match(text, end))


@functools.lru_cache(maxsize=8)
def partner_list_leads(text: str) -> list[int]:
    """Where each phrase that leads a list of partners ('working with', 'partners include')
    starts in a text, in order."""
    return [match.start() for match in PARTNER_LIST_LEAD.finditer(text)]


def kind_abbreviations(paragraph: Paragraph, seen: NamedBefore, found: list[Mention], local: set[str] | None = None) -> list[Mention]:
    """Bodies a text names only by their kind's abbreviation ('lobby the ICB', 'the LMC as a
    partner') or by their kind in lower case with the abbreviation after it ('the integrated care
    board (ICB)'): the one local body of that kind, named earlier in full or not at all. The
    text gives it as a partner only by saying so ('as a partner'); otherwise it is only named.

    >>> from pchgraph.readers.document import Line, joined_paragraph
    >>> p = joined_paragraph([Line(3, "We work alongside the LMC as a partner and lobby the integrated care board (ICB).")])
    >>> [(m.text, m.kind) for m in kind_abbreviations(p, NamedBefore(), [])]
    [('LMC', 'organisation'), ('integrated care board', 'mentioned')]
    >>> p = joined_paragraph([Line(3, "It joined Riverton CCG (CCG) and the ICB.")])
    >>> [m.text for m in kind_abbreviations(p, NamedBefore(), [Mention("Riverton CCG", "Riverton CCG", ORGANISATION, 3)])]
    ['ICB']
    """
    text = paragraph.text
    occupied = [(i.start(), i.end()) for m in {m.text for m in found} for i in re.finditer(re.escape(m), text)]
    # (a name's short form in brackets after it is that name: '… Devon Clinical Commissioning
    # Group (NEW Devon CCG)')
    occupied += [(b, b + after.end()) for _, b in occupied if (after := re.match(r"\s*\((?:[A-Z][\w&'’-]*\s*){1,4}\)", text[b:]))]
    result = []
    for match in KIND_ABBREVIATION.finditer(text):
        part = "bare" if match.group("bare") else "spelled"
        start, end = match.span(part)
        if any(start < b and a < end for a, b in occupied):
            continue
        abbreviation = match.group("bare") or match.group("bracketed")
        spelled = KIND_ABBREVIATIONS[abbreviation]
        if part == "spelled" and re.match(r"(?i)the\s", text[start:end]):
            start += 4
        # (the one named earlier in the same site's text: on a page of many sites, not another's)
        earlier = {n for n in (seen.names if local is None else local) if re.search(rf"(?i)\b(?:{abbreviation}|{spelled})$", n)}
        if not earlier and abbreviation in SHORT_HEADS:
            seen.unmatched.add(abbreviation)
            earlier = {seen.ahead[abbreviation]} if abbreviation in seen.ahead else earlier
        name = next(iter(earlier)) if len(earlier) == 1 else abbreviation
        kind = ORGANISATION if AS_PARTNER.match(text[match.end() :]) or in_partner_list(text, start, match.end()) else MENTIONED
        # 'Lambeth Council and CCG': the same place's body, in the same role as the one before
        placed = PLACE_BODY_AND.search(text, max(0, start - 80), start) if part == "bare" else None
        before = [m for m in found if placed and text.find(m.text, placed.start()) == placed.start()]
        if before:
            name, kind = f"{placed.group('place')} {abbreviation}", before[0].kind
        result.append(Mention(text[start:end], name, kind, paragraph.line_of(start), note=f"the {spelled}"))
        occupied.append((start, match.end()))
    return result


# A joint body's members after what it is ('a partnership project between A, B and C', 'a joint
# venture between A and B').
PARTNERSHIP_BETWEEN = r"(?:partnership(?:\s+(?:project|programme|initiative))?|joint\s+venture)\s+between"
LEAD_INS = re.compile(
    r"(?i)(?:\b(?:is|are|was|were)\s+made\s+up\s+of|\bcompris(?:es|ing)|\bconsists?\s+of|\b(?:members|partners)\s+"
    # ('the partners are' lists them; 'the partners are already working with …' says what they do)
    r"(?:include|includes|are(?=\s*:|\s+(?:the\s+)?(?-i:[A-Z0-9])))|\bincluding|\bled\s+by|\bin\s+partnership\s+with|\bpartners?\s*:|\bmembers?\s*:|"
    r"\bwhich\s+(?:already\s+)?includes?|\bthat\s+include|\bincludes?|\bworking\s+alongside|"
    rf"\b{PARTNERSHIP_BETWEEN}|"
    # the practices by their patients: 'All patients who attend A, B and C are being asked'
    r"\bpatients\s+(?:who\s+(?:attend|are\s+registered\s+(?:at|with))|registered\s+(?:at|with))|\bpatients\s+(?:at|of)(?=\s+(?-i:[A-Z])[^.]*,)|"
    # a count of bodies, then a colon before them ('there are three other providers of X, each
    # working with a cluster of GPs: A, B and C'), or a dash ('we have four member practices – A, …')
    r"(?P<counted>\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:other\s+)?(?:[a-z-]+\s+)?"
    r"(?:providers|partners|organisations|charities|agencies|enterprises|companies|bodies|practices|surgeries)\b)"
    r"(?:[^.:;!?–—]*:|\s+[–—](?=\s)))\s*:?\s+"
    # (an aside before the items is no part of the first: 'including for example A, B and C')
    r"(?:(?:for\s+example|for\s+instance|e\.g\.)\s*,?\s+)?"
)


def of_the_practices(lead: str) -> bool:
    """Whether a lead-in's subject is the practices ('The practices affected are')."""
    return re.match(r"(?:[Aa]ll\s+)?(?:[Tt]he\s+)?(?i:practices|surgeries)\b", lead) is not None


def counted_bodies(lead: re.Match) -> str | None:
    """The count of bodies a lead-in gives before its colon ('three other providers'), if it is
    LEAD_INS's and gives one."""
    return lead.group("counted") if "counted" in lead.re.groupindex else None


# The parts of a partnership's work, not bodies, right before a lead-in: 'the workstreams which
# consist of', 'its priorities include'.
WORK_BEFORE_LEAD = re.compile(
    r"(?i)\b(?:work\s*streams?|priorities|themes|objectives|aims|outcomes|programmes|projects|topics|plans|"
    # (and what a provider runs, its own services: 'Their services include treatment centres, NHS
    # walk-in centres'; not 'emergency services including the fire service')
    r"activities|benefits|elements|pillars|strands|(?:their|its|our)\s+services)\b(?:\s+(?:which|that|will|would|also|currently|now))*\s*$"
)


def counted_as_listed(text: str, lead: re.Match) -> bool:
    """Whether the items after a lead-in that counts them ('three other providers …: A, B and
    C') are as many as it says, parted by commas and 'and' (a lead-in that counts none: always).
    Otherwise a name holds a comma ('two providers: Hill Network and Riverton, Dale and Mill
    Mind') and the sentence is read as prose.

    >>> text = "There are two providers: Hill Network and Riverton, Dale and Mill Mind."
    >>> counted_as_listed(text, LEAD_INS.search(text))
    False
    """
    counted = counted_bodies(lead)
    if not counted:
        return True
    end = SENTENCE_END.search(text, lead.end())
    # (a bracket's note is no item: 'A (Riverton, Hill and Dale); B')
    listed = re.sub(r"\([^()]*\)", "", text[lead.end() : end.start() if end else len(text)])
    # items parted by semicolons hold commas of their own
    items = [item for item in re.split(r";" if ";" in listed else r",|\band\b|&", listed) if item.strip()]
    return count_value(counted.split()[0]) in (None, len(items))


def bare_pair(mention: Mention) -> list[Mention]:
    """A practice named as two bare names joined by 'and' ('Studfall and Headlands'), as two
    practices; any other mention as it is.

    >>> [m.name for m in bare_pair(Mention("Studfall and Headlands", "Studfall and Headlands", PRACTICE, 15))]
    ['Studfall', 'Headlands']
    """
    pair = re.fullmatch(r"(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+and\s+(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)", mention.text or "")
    if mention.kind != PRACTICE or not pair or head_word(mention.name) in HEAD_WORDS or is_practice_name(mention.name):
        return [mention]
    return [Mention(pair.group(part), pair.group(part), PRACTICE, mention.line, note=mention.note) for part in ("a", "b")]


def closing_bracket(text: str, start: int) -> int:
    """Where the bracket open at `start` closes, brackets inside it counted; -1 if it does not.

    >>> closing_bracket("(A: B (Dr C), D) and E", 3)
    15
    """
    depth = 0
    for at in range(start, len(text)):
        if text[at] == "(":
            depth += 1
        elif text[at] == ")":
            if depth == 0:
                return at
            depth -= 1
    return -1


# A lead-in whose items are practices: 'Practices include:', 'member practices are'.
PRACTICES_LEAD = re.compile(r"(?i)\b(?:practices|surgeries)\s*(?:include|includes|including|are|:|[–—](?=\s))")
# Partners listed in a bracket after the word for them: 'a range of partners (A, B, C) working …'.
PARTNERS_BRACKET = re.compile(r"\b(?:partners|organisations|members|bodies|agencies)\s*\((?=[^()]*,[^()]*\))")
# A sentence whose subject is the members, however described, and whose verb lists them: 'The
# practices taking part in the merger are …'.
SUBJECT_LEAD_IN = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:[Aa]ll\s+)?[Tt]he\s+(?:partners|members|practices|surgeries|organisations)|(?:Partners|Members|Practices|Surgeries))"
    r"(?:\s+(?:[a-z][\w-]*|[Tt]he\s+[A-Z][\w-]*)){1,15}?"
    r"\s+(?:are|were)\s*:?\s+"
)


# (a numbered paragraph opens a sentence too: '… patients. 16.2 The Committee asked …')
SENTENCE_END = re.compile(r"[.!?](?=\s+(?:\d+(?:\.\d+)+\s+)?[A-Z“\"‘']|\s*$)")


def names_a_list(text: str) -> bool:
    """Whether the words after a lead-in list organisations (not 'GPs, now commissions …')."""
    items = [i.strip() for i in re.split(r"[,;]|\band\b", text) if i.strip()]
    # a run of two or more bodies given only by their acronyms ('CPFT, CHOC and UCLAN')
    acronyms = [item for item in items if re.fullmatch(r"(?:the\s+)?[A-Z]{2,6}\.?", item)]
    return len(acronyms) >= 2 or any(
        COUNTED.match(item) or (item[:1].isupper() and (head_word(item) in HEAD_WORDS or is_practice_name(item) or BRANDS.match(item)))
        for item in items
    )


# Lead-ins that say the list after them is the partnership's members, whatever they are.
MEMBERS_LEAD_IN = re.compile(
    rf"(?i)\b(?:members|partners|made\s+up\s+of|compris|consists?\s+of|{PARTNERSHIP_BETWEEN})"
    r"|(?:providers|organisations|charities|agencies)\b[^:]*:"
)


def lists_members(text: str) -> bool:
    """Whether the words after a members lead-in are a list of short items, one of them a name
    ('Partners include local GPs, pharmacists, Riverside Leisure and community groups').

    >>> lists_members("local GPs, pharmacists, Riverside Leisure and community groups.")
    True
    >>> lists_members("working together to improve care for older people in the town.")
    False
    """
    items = [i.strip() for i in re.split(r"[,;]|\band\b", text.strip().rstrip(".")) if i.strip()]
    return len(items) >= 3 and all(len(i.split()) <= 5 for i in items) and any(i[:1].isupper() for i in items)


# A relative clause after a listed name, running to the next item ('X, who run the 111
# service, and Y'): it says what the item does and is no part of its name.
# (or an aside after a dash: 'Healthwatch Riverton – described as “the patient voice” –')
RELATIVE_CLAUSE = re.compile(
    r"(?<=[\w)])\s+(?:(?:who|which|that)\s+|[–—]\s+(?=[a-z]))[a-z][^,;]*?(?=\s+and\s+(?:the\s+)?[A-Z]|\s*[,;]|\s*[.!?]?\s*$)"
)


def without_relative_clauses(listed: str) -> str:
    """A list with each relative clause after an item blanked (offsets kept).

    >>> without_relative_clauses("Riverlink (RL) who run the helpline and the Exampleshire Trust.")
    'Riverlink (RL)                      and the Exampleshire Trust.'
    >>> without_relative_clauses("Healthwatch Riverton – described as “the voice” in care, and Age UK.")
    'Healthwatch Riverton                                   , and Age UK.'
    """

    def blank(match: re.Match) -> str:
        # only after a name (a capitalised word or a bracket), not 'partners that include …'
        before = listed[: match.start()].split()
        named = bool(before) and (before[-1][:1].isupper() or before[-1].endswith(")"))
        return " " * len(match.group(0)) if named else match.group(0)

    return RELATIVE_CLAUSE.sub(blank, listed)


# The end of an affiliation or address: places after commas, ending in the country ('Riverside
# PCN, Exampleshire, UK'). The places name no organisation.
ADDRESS_TAIL = re.compile(r"(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,\s*(?:UK|U\.K\.|England|United\s+Kingdom)\.?\s*$")
# Its last part: a text that does not end so has none (looked for first, as the whole pattern
# tried at each comma of a long list reads the rest of the list each time).
ADDRESS_END = re.compile(r",\s*(?:UK|U\.K\.|England|United\s+Kingdom)\.?\s*$")


def address_tail(text: str) -> re.Match | None:
    """The places and country a text ends with, as an address ends ('…, Exampleton, Exampleshire, UK').

    >>> address_tail("Riverside Hospice, Exampleton, Exampleshire, UK").group(0)
    ', Exampleton, Exampleshire, UK'
    >>> address_tail("Hill Surgery, Dale Practice") is None
    True
    """
    return ADDRESS_TAIL.search(text) if ADDRESS_END.search(text) else None


# The body an affiliation names, alone before its places (a footnote number glued on).
AFFILIATION = re.compile(r"\s*\d*(?P<name>[A-Z][\w'’&-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w'’&-]*){0,7})\s*$")
STREET_NAME_END = re.compile(rf"\s{STREET_WORD}$")
# A street address after a name: ', 38 King Street, Riverton' ending a sentence or an item.
STREET_ADDRESS = re.compile(
    rf",\s*(?:\d+[A-Za-z]?\s+)?(?:St\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s+{STREET_WORD}"
    # then its town and county, and perhaps a postcode ('…, Robson Avenue, London NW10 3RY'),
    # not a list's run of short names ('…, Front Street, Unity, My Health, Jorvik Gillygate')
    r"(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?){0,2}(?:,?\s*[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|(?=\s*(?:[.;]|\band\b|$)))"
)


def in_address_tail(paragraph: Paragraph, found: list[Mention]) -> list[Mention]:
    """Mentions with the places of an address tail only named, not partners.

    >>> from pchgraph.readers.document import Line, joined_paragraph
    >>> p = joined_paragraph([Line(5, "  4. Riverside Hospice, Exampleton, Exampleshire, UK")])
    >>> found = [Mention("Riverside Hospice", "Riverside Hospice", ORGANISATION, 5), Mention("Exampleshire", "Exampleshire", ORGANISATION, 5)]
    >>> [(m.name, m.kind) for m in in_address_tail(p, found)]
    [('Riverside Hospice', 'organisation'), ('Exampleshire', 'mentioned')]
    >>> p = joined_paragraph([Line(6, "4Support Riverton, Exampleshire, UK")])
    >>> [(m.name, m.kind, m.line) for m in in_address_tail(p, [])]
    [('Support Riverton', 'organisation', 6)]
    >>> p = joined_paragraph([Line(5, "Events on Monday at Mill Surgery, 38 Mill Road, Riverton and Tuesday at Hill Practice.")])
    >>> found = [Mention("Mill Road", "Mill Road", ORGANISATION, 5), Mention("Riverton", "Riverton", ORGANISATION, 5)]
    >>> [(m.name, m.kind) for m in in_address_tail(p, found)]
    [('Mill Road', 'mentioned'), ('Riverton', 'mentioned')]
    """
    text = paragraph.text
    # (a text holds one address tail at most: the one it ends with)
    tail = address_tail(text)
    spans = [m.span() for m in [*([tail] if tail else []), *STREET_ADDRESS.finditer(text)]]
    # an affiliation names its body before the places ('4Support Riverton, Exampleshire, UK',
    # its footnote number glued on): a body, however it is named
    affiliation = AFFILIATION.match(text, 0, tail.start()) if tail else None
    if affiliation and not any(m.text and m.text in affiliation.group("name") for m in found):
        start, name = affiliation.start("name"), affiliation.group("name")
        found = [*found, Mention(name, name, PRACTICE if is_practice_name(name) else ORGANISATION, paragraph.line_of(start))]
    # (without an address, no mention is a place in one: none is looked for, a long list's
    # names each through the whole text)
    for mention in found if spans else []:
        if not mention.text or mention.kind not in (ORGANISATION, PRACTICE):
            continue
        # (a longer name is a body's, unless it is a street's: 'Upper Holway Road')
        if len(words(mention.name)) > 2 and not STREET_NAME_END.search(mention.name):
            continue
        if head_word(mention.name) in HEAD_WORDS:
            continue
        # where it stands alone, not inside a longer name ('Exampleshire' in 'East Exampleshire
        # PCN', 'Riverton' in 'Riverton Medical Practice, Mill Road, Riverton')
        places = [i.span() for i in re.finditer(rf"(?<![\w'’-]){re.escape(mention.text)}", text)]
        places = [
            at
            for at, end in places
            if not re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, at - 30) : at]) and not re.match(r"\s+(?:[A-Z]|&\s)", text[end : end + 3])
        ]
        if places and all(any(a <= at < b for a, b in spans) for at in places):
            mention.kind, mention.note = MENTIONED, "a place in an address"
    return found


LIST_REST = re.compile(
    r"(?i)\s+(?:among(?:st)?\s+(?:many\s+|several\s+|numerous\s+)?others|(?:,\s*)?and\s+many\s+(?:more|others))\b"
    # a relative clause of place: what happened where the item was ('… including Hill PPG where
    # there was a good discussion …')
    r"|\s+(?-i:where)\s+(?-i:there|the|a|an|we|they|he|she|it|[a-z]+ed)\b"
    # a comma, then a verb or a turn: the clause the list was in has ended ('which is made up of
    # two surgeries, is run by the trust …, while …')
    r"|,\s+(?-i:(?:is|are|was|were|has|have|had|will|would|while|whereas|but)\b)"
    # or the verb the items are the subject of, in the passive ('Patients at A in Riverton will
    # be moved to B after …')
    r"|\s+(?-i:(?:will|would|are|were|is|was|have|has|had)\s+(?:(?:not|also)\s+)?(?:be|been|being)\s+[a-z]+ed)\b"
    # or a verb in the present with its object ('led by A and B, leverages around £10m …')
    r"|,\s+(?-i:[a-z]+s\s+(?:around|about|over|nearly|almost|up\s+to|more\s+than|the|a|an|its|their|our)\b)"
    # or its purpose, an infinitive ('working with A, B and C to redesign the way …')
    r"|\s+to\s+(?-i:[a-z]+)\s+(?=(?-i:[a-z]))"
    # or a phrase with 'with' ('… between A and B, with clinical leadership provided by …')
    r"|,\s+with\s+(?-i:[a-z])"
    # or a participle's clause ('… comprises 57 practices, positioning it to become …'; an
    # 'including' goes on with the list)
    r"|,\s+(?-i:(?!including\b)[a-z]+ing)\b"
    # or a new clause's subject and verb ('Working alongside A and B, the partnership will …')
    r"|,\s+(?-i:(?:the|this|these|our|its|their|we|they|it)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:will|would|is|are|was|were|has|have|had|can|could|should|may|must)\b)"
)


# A practice's code printed before its name in a list of practices ('G85001 Forest Hill Road
# G85006 Gaumont House Surgery …').
PRACTICE_CODE = re.compile(rf"(?<![\w/-]){PRACTICE_CODE_TEXT}(?![\w/-])\s*[–—-]?\s*(?=[A-Z])")
# What ends the last coded name: a sentence's end, a bracket, a colon, a bar or a spaced dash.
CODED_NAME_END = re.compile(r"\.\s|[.;:()|]|\s[–—-]\s|$")


# A practice's code just after a name.
CODE_AFTER = re.compile(rf"(?<=\w)\s+\(?{PRACTICE_CODE_TEXT}\)?$")
# A practice's code just before a name.
CODE_BEFORE = re.compile(rf"(?<![\w/-]){PRACTICE_CODE_TEXT}\s*[–—-]?\s*$")


def coded_practices(paragraph: Paragraph) -> tuple[list[Mention], Paragraph]:
    """The practices a run of practice codes names, each code's name the words up to the next
    code (a table of codes and names flattened to one line, or a list of them), and the
    paragraph with that run blanked for the rest of the reading; none unless three codes or
    more name them.

    >>> text = "Practices: G85001 Forest Hill Road G85006 Gaumont House Surgery, G85007 Lister Centre – Dr Ullah. Next"
    >>> found, rest = coded_practices(Paragraph(text, [0], [3]))
    >>> [(m.name, m.kind, m.line) for m in found]
    [('Forest Hill Road', 'practice', 3), ('Gaumont House Surgery', 'practice', 3), ('Lister Centre', 'practice', 3)]
    >>> rest.text.split()
    ['Practices:', '–', 'Dr', 'Ullah.', 'Next']
    """
    codes = list(PRACTICE_CODE.finditer(paragraph.text))
    if len(codes) < 3:
        return [], paragraph
    text = paragraph.text
    found: list[Mention] = []
    spans: list[tuple[int, int]] = []
    for code, following in zip(codes, [*codes[1:], None]):
        end = following.start() if following else CODED_NAME_END.search(text, code.end()).start()
        # (the doctor the list names the practice by is no part of its name: '… Centre – Dr Ullah')
        name = re.split(r"\s*[–—-]\s*(?=Drs?\b)", text[code.end() : end], maxsplit=1)[0].strip(" ,;&")
        name = re.sub(r"\s+(?:and|&)$", "", name).strip(" ,")
        if name and len(name.split()) <= 8:
            found.append(Mention(name, name, PRACTICE, paragraph.line_of(code.end())))
        spans.append((code.start(), end))
    return found, Paragraph(with_spans_blanked(text, spans), paragraph.starts, paragraph.line_nos)


def piece_mentions(paragraph: Paragraph, row: bool) -> list[Mention]:
    """Mentions in one piece of text: a table row is one name; a list (or the list after a
    lead-in such as 'is made up of' or 'including') is read as a partners list; an address
    names premises, not partners; practices by their codes are practices; the rest is prose."""
    coded, paragraph = coded_practices(paragraph)
    return coded + uncoded_mentions(paragraph, row)


def uncoded_mentions(paragraph: Paragraph, row: bool) -> list[Mention]:
    """`piece_mentions` of a paragraph that names no practices by their codes.

    >>> from pchgraph.readers.document import Line, joined_paragraph
    >>> p = joined_paragraph([Line(4, "Unit 1, The Mill Centre, Dale Lane, Riverton, RV2 1HS is part of Hill Medical Group.")])
    >>> [(m.text, m.kind) for m in uncoded_mentions(p, False)]
    [('Unit 1', 'mentioned'), ('Mill Centre', 'mentioned'), ('Hill Medical Group', 'practice')]
    """
    text = paragraph.text
    # a postal address a sentence opens on ('Unit 1, The Mill Centre, Dale Lane, Riverton, RV2
    # 1HS is part of …') is read as an address, apart from the rest: its parts are where a
    # body stands, not bodies beside it
    embedded = [found.span() for found in EMBEDDED_ADDRESS.finditer(text)]
    if embedded and not is_address(text):
        blanked = with_spans_blanked(text, embedded)
        addresses = [Paragraph(" " * start + text[start:end], paragraph.starts, paragraph.line_nos) for start, end in embedded]
        found = uncoded_mentions(Paragraph(blanked, paragraph.starts, paragraph.line_nos), row)
        for address in addresses:
            found += address_mentions(address, opens_sentence=True)
        return sorted(found, key=lambda m: (m.line, text.find(m.text)))
    # a row of a table of names and addresses ('Hill Surgery – 1 Mill Lane, Riverton, RV1 2AB'):
    # the name before the dash is a body, the rest only where it stands
    addressed = NAME_THEN_ADDRESS.match(text)
    if addressed and is_address(text[addressed.end("name") :].lstrip(" –—-")):
        # (the field's label is no part of the name: 'Venue: Council Chamber – Civic Centre, …')
        name = VENUE_FIELD.sub("", addressed.group("name"), count=1).strip()
        # an event's day and time before where it is held ('Friday 17 August: 2.00pm – 4.30pm,
        # Hexham Abbey, …') name no body, and the place is only where it is held
        if is_dateline(name):
            return []
        kind = PRACTICE if is_practice_name(name) else ORGANISATION
        return [Mention(name, re.sub(r"^the\s+", "", name), kind, paragraph.line_of(addressed.start("name")))]
    if is_address(text):
        return address_mentions(paragraph)
    if row:
        # (a table's cell rule is no part of the name: 'Hill Medical Centre |')
        name = TRAILING_FIGURES.sub("", text).strip().strip("|").strip()
        # (a date is no row of a table: '21 February 2018' under a page's text; nor a figure
        # with its label: '2022: 47,815')
        # (nor a service a body's table lists: 'Urology.')
        if (
            not re.search(r"[A-Za-z]", name)
            or re.match(r"(?i)^(total|practice name|name)\b", name)
            or is_date(text.strip())
            or is_field_of_care(name)
        ):
            return []
        return [Mention(name, re.sub(r"^the\s+", "", name), PRACTICE if is_practice_name(name) else ORGANISATION, paragraph.first_line)]
    stripped = text.strip()
    if not stripped:
        return []
    # the first lead-in the text has ('The practices taking part are A, B and C, which
    # incorporates three practices – D, E and F')
    leads = [LEAD_INS.search(text), SUBJECT_LEAD_IN.search(text) if " are " in text or " were " in text else None]
    lead = min((found for found in leads if found), key=lambda found: found.start(), default=None)
    if not lead and is_partner_list(Paragraph(stripped, [0], [paragraph.first_line])):
        return among_practices(partner_mentions(paragraph))
    lead = lead or PARTNERS_BRACKET.search(text)
    if lead and not counted_as_listed(text, lead):
        lead = None
    # what a partnership's work is made of ('the workstreams which consist of A, B and C') lists
    # no bodies: the sentence is read as prose
    if lead and WORK_BEFORE_LEAD.search(text, max(0, lead.start() - 40), lead.start()):
        lead = None
    if lead:
        end = SENTENCE_END.search(text, lead.end())
        stop = end.end() if end else len(text)
        # a bracket of partners ends at its close ('a range of partners (A, B, C) working …')
        close = text.find(")", lead.end()) if lead.group(0).endswith("(") else -1
        stop = min(stop, close) if close >= 0 else stop
        # the named items end where the list turns to the unnamed rest ('A and B among many
        # others comprising SMEs …', 'A, B and many more')
        rest = LIST_REST.search(text, lead.end(), stop)
        if rest:
            stop = rest.start()
        # a list set off between dashes ('4 GP practices – A, B and C – and serves …') ends
        # at the closing dash
        aside = re.match(r"[^–—]*?\s[–—]\s+[^–—]+?(?=\s[–—]\s)", text[lead.end() : stop])
        if aside:
            stop = lead.end() + aside.end()
        # and a lead-in inside an aside between dashes ('… commissioned by A – in partnership
        # with B – to build …') lists up to the dash that closes it
        if re.search(r"\s[–—]\s[^–—]*$", text[sentence_start(text, lead.start()) : lead.start()]):
            closing = re.search(r"\s[–—](?:\s|$)", text[lead.end() : stop])
            stop = lead.end() + closing.start() if closing else stop
        # a lead-in that says the items are practices ('(Practices include: Crick, Byfield)'):
        # each capitalised item is a practice, however bare its name
        # (or whose subject is the practices: 'The practices affected are North Hill, St Paul’s and …')
        # (or counts them: 'the five practices in these discussions are …: A, B and C')
        of_practices = (
            PRACTICES_LEAD.search(text, max(0, lead.start() - 30), lead.end()) is not None
            or of_the_practices(lead.group(0))
            or re.search(r"(?:practices|surgeries)$", counted_bodies(lead) or "") is not None
        )
        bracket_close = closing_bracket(text, lead.end())
        if of_practices and bracket_close >= 0 and "(" in text[max(0, lead.start() - 30) : lead.start()]:
            stop = min(stop, bracket_close)
        listed = text[lead.end() : stop]
        practice_items = of_practices and all(item.strip()[:1].isupper() for item in re.split(r",|\band\b|&", listed) if item.strip())
        if (
            names_a_list(listed)
            or practice_items
            or is_partner_list(Paragraph(listed.strip(), [0], [paragraph.first_line]))
            or (MEMBERS_LEAD_IN.search(lead.group(0)) and lists_members(listed))
        ):
            # the list is cut out with a stop, so that the name before it does not run on
            # into the words after it ('… Charity in partnership with …. Dr Jo Bloggs said')
            # (a count of the bodies before the lead-in's colon stays a collective mention)
            lead_start = lead.end("counted") if counted_bodies(lead) else lead.start()
            outside = text[:lead_start] + ";" + " " * (stop - lead_start - 1) + text[stop:]
            inside = " " * lead.end() + without_relative_clauses(listed) + " " * (len(text) - stop)
            shared, spans = shared_head_mentions(Paragraph(inside, paragraph.starts, paragraph.line_nos))
            inside = with_spans_blanked(inside, spans)
            listed_mentions = [m for m in partner_mentions(Paragraph(inside, paragraph.starts, paragraph.line_nos)) if not is_date(m.name)]
            # the bodies on a panel that chose or judged ('The selection panel, comprising
            # representatives from A, B and C') are named, not partners
            if JUDGING_PANEL.search(text[sentence_start(text, lead.start()) : lead.start()]):
                for mention in listed_mentions:
                    if mention.kind in (ORGANISATION, PRACTICE):
                        mention.kind, mention.note = MENTIONED, "on a panel that chose or judged"
            # a board's members given as posts ('Other Board members include an elected Practice
            # Manager and Practice Nurse, two Lay members') are people, not bodies; a document is no body
            for mention in listed_mentions:
                post = LISTED_POST.match(mention.text or "") or set(mention.name.lower().split()) <= POST_WORDS
                if mention.kind == ORGANISATION and (post or DOCUMENT_NAME.search(mention.name)):
                    mention.kind, mention.reason = UNRESOLVED, "a post or a document, not a body"
            # (the names sharing a plural head are items of the same list; a listed name that
            # says it is a practice is one, however its item was worded: '… and also those
            # registered with Hill Medical Practice')
            for mention in listed_mentions:
                if mention.kind == ORGANISATION and is_practice_name(mention.name):
                    mention.kind = PRACTICE
            among_practices(listed_mentions + shared)
            if practice_items:
                for mention in listed_mentions:
                    if mention.kind == ORGANISATION and head_word(mention.name) not in HEAD_WORDS and not NOT_PRACTICE.search(mention.name):
                        mention.kind = PRACTICE
                # two bare names joined by 'and' are two practices ('Studfall and Headlands')
                listed_mentions = [part for mention in listed_mentions for part in bare_pair(mention)]
            return sorted(
                prose_mentions(Paragraph(outside, paragraph.starts, paragraph.line_nos)) + shared + listed_mentions,
                key=lambda m: (m.line, text.find(m.text)),
            )
    return prose_mentions(paragraph)


def with_spans_blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each (start, end) span written over in spaces, so that what is read from
    the rest keeps its offsets (and so its lines).

    >>> with_spans_blanked("A, B and C", [(3, 4)]), with_spans_blanked("A, B and C", [(9, 10), (0, 2), (1, 4)])
    ('A,   and C', '     and  ')
    """
    # (in one pass, not a copy of the text for each span: a table of codes has hundreds)
    parts, at = [], 0
    for start, end in sorted(spans):
        start = max(start, at)
        if end > start:
            parts += [text[at:start], " " * (end - start)]
            at = end
    return "".join(parts) + text[at:]


def address_mentions(paragraph: Paragraph, opens_sentence: bool = False) -> list[Mention]:
    """The names in a postal address: a practice it is written to, the rest only named (a
    centre, too, unless the address `opens_sentence` about it: 'Hill Medical Centre, 2 Mill
    Lane, Riverton, RV1 2AB is located in …')."""
    found = prose_mentions(paragraph)
    # a practice an address is written to is still the practice; other names there are
    # the premises ('… Medical Centre, Mill Way') and places
    for mention in found:
        if mention.kind == ORGANISATION or (mention.kind == PRACTICE and not opens_sentence and re.search(r"(?i)\bcentre$", mention.name)):
            mention.kind, mention.note = MENTIONED, "named in an address"
    return found


# A postal address a sentence opens on, the sentence going on after it in lower case: three
# parts or more, the last a postcode, and no other postcode (a list of addresses is a list).
EMBEDDED_ADDRESS = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:(?!{POSTCODE.pattern})[^.!?:;,]){{1,80}}(?:,(?:(?!{POSTCODE.pattern})[^.!?:;,]){{1,80}}){{2,8}},?\s*{POSTCODE.pattern}(?=\s+[a-z])"
)


def after_site_words(name: str, own: set[str], extra: set[str]) -> bool:
    """Whether a name has distinctive words after the site's own ones ('Riverside Social
    Action Partnership' after 'Riverside'): a different body, not the site written in full.

    >>> after_site_words("Cheshire East Social Action Partnership", {"east"}, {"cheshire", "action"})
    True
    >>> after_site_words("Cheshire East Integrated Care Partnership", {"east"}, {"cheshire"})
    False
    """
    tokens = [w.lower() for w in words(name)]
    last_own = max((i for i, w in enumerate(tokens) if w in own), default=-1)
    return any(w in extra for w in tokens[last_own + 1 :])


# The kinds of partnership a place has several of, which a name says before its head word.
PARTNERSHIP_KIND = re.compile(
    r"\b(?:integrated\s+care|place(?:-based)?|primary\s+care|health\s+and\s+wellbeing|provider|neighbourhood|"
    r"sustainability\s+and\s+transformation)\s+(?=(?:\w+\s+)?(?:partnership|board|system|network|alliance|collaborative)\b)"
)


class SitesByName:
    """A document's sites, found by the words a mention naming one of them must share with it.

    `self_mentioned_site` asks of every mention whether it names one of the sites; a long report
    has thousands of each, and trying every site for every mention grew with the square of the
    document's length. Only a site sharing a distinctive word, the first or the last word, or the
    spaceless name with the mention can be the one it names (`name_keys`); an abbreviation
    in capitals may stand for any of them, so it is still tried against all.

    >>> index = SitesByName([Site("Riverton PCN", "a.txt", 1), Site("Dale Alliance", "a.txt", 5)])
    >>> name = "Riverton Primary Care Network"
    >>> [site.name for site in index.candidates(Mention(name, name, ORGANISATION, 3))]
    ['Riverton PCN']
    """

    def __init__(self, sites: list[Site]) -> None:
        self.sites = sites
        self.by_key: dict[str, list[int]] = {}
        self.always: list[int] = []
        for number, site in enumerate(sites):
            if is_initials_and_kind(site.name) or not words(site.name):
                self.always.append(number)
            for key in name_keys(site.name):
                self.by_key.setdefault(key, []).append(number)

    def candidates(self, mention: Mention) -> list[Site]:
        """The sites the mention could name, in the document's order."""
        if not words(mention.name) or mention.name.isupper() or is_initials_and_kind(mention.name):
            return self.sites
        numbers = {*self.always}
        for key in name_keys(mention.name):
            numbers.update(self.by_key.get(key, ()))
        return [self.sites[number] for number in sorted(numbers)]


def is_initials_and_kind(name: str) -> bool:
    """Whether a name is initials then a kind of partnership ('ESBT Alliance'), which may stand
    for a name sharing none of its words."""
    found = words(name)
    return len(found) == 2 and found[0].isupper() and found[1].lower() in PARTNERSHIP_WORDS


def name_keys(name: str) -> set[str]:
    """What a name shares with any other name `self_mentioned_site` could take for the same site."""
    found = [w.lower() for w in words(name)]
    keys = {"spaceless " + name.replace(" ", "").lower(), *("word " + w for w in distinctive_words(name))}
    if found:
        keys |= {"first " + found[0], "last " + found[-1]}
    return keys


@functools.lru_cache(maxsize=4096)
def merged_halves(name: str) -> tuple[str, ...]:
    """The names a merger's site is made of ('A', 'B' of 'A and B'), without 'the'."""
    return tuple(re.sub(r"^the\s+", "", half, flags=re.I) for half in re.split(r",?\s+and\s+|,\s+", name))


@functools.lru_cache(maxsize=4096)
def partnership_kinds(name: str) -> frozenset[str]:
    """The kinds of partnership a name says it is ('place partnership')."""
    return frozenset(PARTNERSHIP_KIND.findall(name.lower()))


COMPANY_ENDING = re.compile(r"(?i)\s+(?:ltd\.?|limited|plc|llp|cic|community\s+interest\s+company)$")


def without_company_ending(name: str) -> str:
    """A name without the words that say what kind of company it is, in lower case.

    >>> without_company_ending("Hill Health Limited") == without_company_ending("Hill Health Ltd")
    True
    """
    return COMPANY_ENDING.sub("", name.strip()).lower()


# Words of care a partnership's name puts before its kind ('Lakeside Healthcare Group').
CARE_WORDS = frozenset({"healthcare", "health", "medical", "care"})


def self_mentioned_site(mention: Mention, sites: list[Site] | SitesByName) -> Site | None:
    """The document's site that a mention names, if it names one ('Suffolk Federation', 'Network 2').

    >>> site = Site("Citizens Advice in GP practices", "a.txt", 1)
    >>> self_mentioned_site(Mention("Citizens Advice", "Citizens Advice", ORGANISATION, 3), [site]) is None
    True
    >>> site = Site("Riverton Integrated Care System", "a.txt", 1)
    >>> self_mentioned_site(Mention("ICS", "ICS", ORGANISATION, 3), [site]).name
    'Riverton Integrated Care System'
    >>> site = Site("Riverton Place Partnership", "a.txt", 1)
    >>> self_mentioned_site(Mention("Riverton Integrated Care Partnership", "", ORGANISATION, 3), [site]) is None
    True
    >>> self_mentioned_site(Mention("HDoc Ltd", "HDoc Ltd", ORGANISATION, 3), [Site("H Doc Ltd", "a.txt", 1)]).name
    'H Doc Ltd'
    >>> self_mentioned_site(Mention("Hill Health Limited", "Hill Health Limited", ORGANISATION, 3), [Site("Hill Health Ltd", "a.txt", 1)]).name
    'Hill Health Ltd'
    """
    if mention.kind == COLLECTIVE:
        return None
    mentioned = distinctive_words(mention.name)
    head = words(mention.name)[-1].lower() if words(mention.name) else ""
    for site in sites.candidates(mention) if isinstance(sites, SitesByName) else sites:
        # (spaced or not: 'GDoc Ltd' of 'G Doc Ltd'; or spelled as the same body is, 'Cornwall
        # Health Limited' of 'Cornwall Health Ltd')
        if (
            mention.name == site.name
            or mention.name.replace(" ", "").lower() == site.name.replace(" ", "").lower()
            or without_company_ending(mention.name) == without_company_ending(site.name)
        ):
            return site
        # 'Citizens Advice in GP practices': a service named after the body that runs it, where;
        # the body alone is that body, a partner of it
        if site.name.lower().startswith(mention.name.lower() + " in ") and head not in SITE_HEADS:
            continue
        # a practice of the two whose merger the site is ('A and B') is a member of it
        # (whatever 'and' its own name holds: 'Windermere and Bowness Medical Practice' of 'Vale
        # Health on Call and Windermere and Bowness Medical Practice')
        bare = re.sub(r"^the\s+", "", mention.name, flags=re.I)
        if " and " in site.name and (
            bare in merged_halves(site.name) or site.name.startswith(f"{bare} and ") or site.name.endswith(f" and {bare}")
        ):
            continue
        # one place's partnerships of two kinds are two ('… Place Partnership', '… Integrated Care Partnership')
        if (
            partnership_kinds(mention.name) ^ partnership_kinds(site.name)
            and partnership_kinds(mention.name)
            and partnership_kinds(site.name)
        ):
            continue
        own = distinctive_words(site.name)
        site_words = [w.lower() for w in words(site.name)]
        # a name with more distinctive words than the site's names another body of its kind,
        # unless they are only words of the site's own area written before it ('Cheshire' of
        # 'Cheshire East …' is the site's, not 'Social Action' of '… Social Action Partnership')
        extra = mentioned - own
        if mentioned and own and (mentioned <= own or (own <= mentioned and not after_site_words(mention.name, own, extra))):
            if head in site_words and head in SITE_HEADS:
                return site
        if abbreviates(mention.name, site.name) or abbreviates(site.name, mention.name) or shortens(mention.name, site.name):
            return site
        # the kind's own abbreviation for the place's one ('ICS' of 'Riverton Integrated Care System')
        kind_words = words(site.name)[-len(mention.name) :]
        if (
            mention.name.isupper()
            and 3 <= len(mention.name) < len(words(site.name))
            and kind_words[-1].lower() in (*SITE_HEADS, "system")
            and initials(" ".join(kind_words)) == mention.name
        ):
            return site
        if not mentioned and [w.lower() for w in words(mention.name)] == site_words[-len(words(mention.name)) :]:
            return site
        # the site's name without its last word, a partnership's ('Lakeside' of 'Lakeside
        # Healthcare'), unless what is left is a place or a body's name of its own ('Hill
        # Medical Centre' of 'Hill Medical Centre PCN', 'Macmillan' of 'Macmillan Partnership')
        # (or without its last words, a partnership's and the words of care before it: 'Lakeside'
        # of 'Lakeside Healthcare Group')
        stem = site_words[:-1]
        while len(stem) > 1 and stem[-1] in CARE_WORDS:
            stem = stem[:-1]
        if (
            len(site_words) >= 2
            and site_words[-1] in SITE_HEADS
            and [w.lower() for w in words(mention.name)] in (site_words[:-1], stem)
            and not is_place_only(mention.name)
            and head_word(mention.name) not in HEAD_WORDS
            and not NATIONAL_CHARITY.fullmatch(mention.name)
        ):
            return site
    return None
