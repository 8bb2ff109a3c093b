"""Organisation names the reference data knows, found in running text in one pass.

The bundled NHS reference data (trusts, CCGs, councils) is a gazetteer: its names, and the
short forms documents use for them ("Barts Health" for Barts Health NHS Trust), are matched
word by word with an Aho-Corasick automaton (pyahocorasick), so a name whose last word is not
an organisational word, or that a comma breaks ("Bath and North East Somerset, Swindon, and
Wiltshire …"), is still found. A short form is kept only when it says what kind of body it is
("… Health", "… Hospitals", "… Partnership"): "East London" alone is a place, not a trust.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import rows

WORD = re.compile(r"[A-Za-z0-9]+|&")
# Words after which the rest of an official name only says what kind of body it is.
KIND_ENDINGS = re.compile(
    r"\s+(?:nhs\s+foundation\s+trust|nhs\s+trust|foundation\s+trust|ccg|clinical\s+commissioning\s+group)$", re.IGNORECASE
)
# A short form must keep a word that says it is an organisation, not a place.
ORGANISATIONAL = re.compile(
    r"\b(?:health|healthcare|hospitals?|care|partnership|community|mental|ambulance|services|university|teaching|council)\b", re.I
)


# The words of a council's name that say what kind of council it is.
COUNCIL_KIND_WORDS = frozenset({"council", "city", "county", "borough", "district", "metropolitan"})


def before_council_kind(tokens: list[str]) -> list[str]:
    """The words of a council's name before those of its kind, as printed.

    >>> before_council_kind(["Liverpool", "city", "council"])
    ['Liverpool']
    """
    kept = list(tokens)
    while kept and kept[-1].lower() in COUNCIL_KIND_WORDS:
        kept.pop()
    return kept


# The kinds of body a newspaper may print in lower case after a proper name of place.
LOWER_KIND = re.compile(r"\s(?:clinical\s+commissioning\s+group|integrated\s+care\s+board|primary\s+care\s+trust)$")


def before_lower_kind(printed: str) -> list[str]:
    """The words of a printed name before those of its kind, when its kind is printed in lower case.

    >>> before_lower_kind("Liverpool city council"), before_lower_kind("Brent clinical commissioning group")
    (['Liverpool'], ['Brent'])
    >>> before_lower_kind("Brent Council")
    ['Brent', 'Council']
    """
    if printed.endswith(" council"):
        return before_council_kind(printed.split())
    kind = LOWER_KIND.search(printed)
    return printed[: kind.start()].split() if kind else printed.split()


def words_of(text: str) -> list[str]:
    return ["and" if w == "&" else w.lower() for w in WORD.findall(text)]


ICB_COLUMNS = ("icb_name_2023_03", "icb_name_2024_12", "icb_name_2026_08")
ICB_ENDING = re.compile(r"\s+integrated\s+care\s+board$", re.IGNORECASE)


def official_names() -> list[str]:
    """Trust, CCG, ICB and council names from the bundled reference data."""
    names = [r["name"] for r in rows("nhs_trusts_names.csv")]
    names += [r["ccg_name"] for r in rows("ccg_stp_lookup_2016_2019.csv")]
    names += [r["official_name"] for r in rows("local_authorities_uk_past_current.csv") if r.get("nation") == "England"]
    names += sorted({r[column] for r in rows("icb_names_by_vintage.csv") for column in ICB_COLUMNS if r.get(column)})
    return names


@lru_cache(maxsize=1)
def icb_public_names() -> frozenset[str]:
    """'nhs <place>', the name an integrated care board signs itself by ('NHS Dorset'), as words.

    >>> "nhs dorset" in icb_public_names()
    True
    """
    boards = {r[column] for r in rows("icb_names_by_vintage.csv") for column in ICB_COLUMNS if r.get(column)}
    return frozenset("nhs " + ICB_ENDING.sub("", re.sub(r"^nhs\s+", "", " ".join(words_of(name)))) for name in boards)


def royal_short_forms() -> set[str]:
    """'royal <word>', the form a trust with a royal title goes by ('the Royal Surrey', 'Royal
    Wolverhampton'), where that title opens only one trust's name: a royal title says it is an
    institution, as a kind word would.

    >>> sorted(royal_short_forms() & {"royal surrey", "royal wolverhampton", "royal national"})
    ['royal surrey', 'royal wolverhampton']
    """
    codes: dict[str, set[str]] = {}
    for r in rows("nhs_trusts_names.csv"):
        tokens = words_of(re.sub(r"(?i)^the\s+", "", r["name"]))
        # (a title before a compass point is no name alone: 'Royal West Sussex')
        if len(tokens) > 3 and tokens[0] == "royal" and tokens[1] not in COUNCIL_KIND_WORDS | COMPASS_WORDS:
            codes.setdefault(" ".join(tokens[:2]), set()).add(r["org_code"])
    # (one trust under each of its names: 'Royal Surrey County Hospital', later 'Royal Surrey')
    return {form for form, trusts in codes.items() if len(trusts) == 1}


def council_short_forms() -> set[str]:
    """'<place> council', the form everyone uses for a council ('Oldham Council' for Oldham
    Metropolitan Borough Council)."""
    return {f"{place} council" for place in council_places()}


@lru_cache(maxsize=1)
def council_places() -> frozenset[str]:
    """The places England's councils are named by ('bolton', 'north yorkshire'), as words."""
    return frozenset(
        " ".join(words_of(r["nice_name"]))
        for r in rows("local_authorities_uk_past_current.csv")
        if r.get("nation") == "England" and r.get("nice_name")
    )


def is_council_place(text: str) -> bool:
    """Whether the whole of a text is a place a council is named by.

    >>> is_council_place("Bolton"), is_council_place("Bolton Alliance")
    (True, False)
    """
    return " ".join(words_of(text)) in council_places()


def is_nhs_place_name(name: str) -> bool:
    """Whether a name is 'NHS' and a council's place alone, the name a primary care trust or a
    clinical commissioning group signed itself by ('NHS North Somerset', 'NHS Stoke on Trent').

    >>> is_nhs_place_name("NHS North Somerset"), is_nhs_place_name("NHS North Somerset Foundation Trust")
    (True, False)
    """
    tokens = words_of(name)
    return tokens[:1] == ["nhs"] and " ".join(tokens[1:]) in council_places()


def is_place_only(name: str) -> bool:
    """Whether a name is only a place: a council's, or a region's with or without a compass
    word ('West London'), so that it says nothing of which body it is.

    >>> is_place_only("West London"), is_place_only("Bolton"), is_place_only("Oxleas"), is_place_only("Central North West London")
    (True, True, False, False)
    """
    tokens = words_of(name)
    # two at most: 'Central North West London' is a trust's name, not a compass point
    for _ in range(2):
        if tokens[:1] and tokens[0] in COMPASS_WORDS:
            tokens = tokens[1:]
    rest = " ".join(tokens)
    return bool(rest) and (rest in REGIONS or is_council_place(rest))


# Address lines that name a street or a building, not the town a practice is in.
STREET_WORDS = re.compile(
    r"\b(?:street|road|lane|avenue|way|drive|close|crescent|place|square|terrace|grove|hill|park|centre|"
    r"house|estate|gardens|walk|parade|building|unit|surgery|hospital|clinic|mews|court|green|practice|health)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def post_towns() -> frozenset[str]:
    """The towns and counties England's GP practices give as the last lines of their addresses
    (the 2018 practice list), as words: 'Chatham' and 'Gillingham' are places, though no
    council is named by them.

    >>> "chatham" in post_towns(), "riverton health" in post_towns()
    (True, False)
    """
    found = set()
    for row in rows("gp_practices_epraccur_2018-06.csv"):
        lines = [row[f"address_line_{i}"] for i in range(1, 6) if row.get(f"address_line_{i}")]
        found |= {" ".join(words_of(line)) for line in lines[-2:] if not re.search(r"\d", line) and not STREET_WORDS.search(line)}
    return frozenset(found - {""})


def is_town(name: str) -> bool:
    """Whether a name is only a town or a county a practice's address ends in (see `post_towns`).

    >>> is_town("Gillingham"), is_town("Gillingham Medical Practice")
    (True, False)
    """
    return " ".join(words_of(name)) in post_towns()


# England's regions and the nations of the UK, which no council is named by.
REGIONS = {
    *("london", "england", "midlands", "yorkshire", "humber", "yorkshire and the humber", "east of england"),
    *("uk", "united kingdom", "britain", "great britain", "wales", "scotland", "northern ireland"),
    # (and places abroad, where no body of English primary care is: 'US company's subsidiary to …')
    *("us", "usa", "united states", "america", "europe", "eu", "european union"),
}
COMPASS_WORDS = {"north", "south", "east", "west", "central", "greater", "inner", "outer", "mid"}


def forms(name: str) -> set[str]:
    """The word sequences under which a document may print an official name."""
    full = " ".join(words_of(name))
    found = {full, re.sub(r"^nhs\s+", "", full)}
    # a trust is often printed without its 'NHS' ('Wrightington, Wigan and Leigh Foundation Trust')
    found.add(re.sub(r" nhs (foundation trust|trust)$", r" \1", full))
    short = KIND_ENDINGS.sub("", re.sub(r"^nhs\s+", "", full)).strip()
    if short != full and ORGANISATIONAL.search(short) and len(short.split()) >= 2:
        found.add(short)
    # An integrated care board is also printed 'NHS X ICB' or 'X ICB', or by the public name
    # it goes by, 'NHS X'; the place alone is not it.
    board = ICB_ENDING.sub("", re.sub(r"^nhs\s+", "", full))
    if board != re.sub(r"^nhs\s+", "", full):
        found |= {f"nhs {board} icb", f"{board} icb", f"nhs {board}"}
    # a CCG is printed with its kind spelt out or abbreviated, whichever its official name uses
    found |= {re.sub(r" ccg$", " clinical commissioning group", f) for f in found}
    found |= {re.sub(r" clinical commissioning group$", " ccg", f) for f in found}
    return {f for f in found if len(f.split()) >= 2}


@lru_cache(maxsize=1)
def automaton():
    """An Aho-Corasick automaton over every form of every official name (built once)."""
    import ahocorasick  # pyahocorasick is compiled; only free-text reading needs it

    machine = ahocorasick.Automaton()
    for name in official_names():
        for form in forms(name):
            machine.add_word(f" {form} ", form)
    for form in council_short_forms() | royal_short_forms():
        machine.add_word(f" {form} ", form)
    machine.make_automaton()
    return machine


def known_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the longest known organisation names in text, printed as proper names
    (each word capitalised, bar 'and', 'of', 'the'), without overlaps.

    Examples
    --------
    >>> text = "staff transferred from Barts Health to the Royal Free London NHS Foundation Trust."
    >>> [text[a:b] for a, b in known_names(text)]
    ['Barts Health', 'Royal Free London NHS Foundation Trust']
    """
    spans = [(m.start(), m.end()) for m in WORD.finditer(text)]
    if not spans:
        return []
    joined = " " + " ".join("and" if text[a:b] == "&" else text[a:b].lower() for a, b in spans) + " "
    starts = {}
    position = 1
    for index, (a, b) in enumerate(spans):
        starts[position] = index
        position += b - a if text[a:b] != "&" else 3
        position += 1
    found = []
    for end, form in automaton().iter(joined):
        first_char = end - len(form)
        if first_char not in starts:
            continue
        first = starts[first_char]
        last = first + len(form.split()) - 1
        start, stop = spans[first][0], spans[last][1]
        printed = text[start:stop]
        # a newspaper prints a body's kind in lower case ('Wigan council', 'Liverpool city council',
        # 'Brent clinical commissioning group')
        proper = before_lower_kind(printed)
        if all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("and", "of", "the", "&", "upon", "on", "in") for w in proper):
            found.append((start, stop))
    found.sort(key=lambda span: (span[0], -(span[1] - span[0])))
    kept: list[tuple[int, int]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def is_known_name(text: str) -> bool:
    """Whether the whole of a text is one name the reference data knows.

    >>> is_known_name("Cornwall Council"), is_known_name("Cornwall Council and Friends")
    (True, False)
    """
    return known_names(text) == [(0, len(text))]


SMALL_WORDS = {"and", "of", "the", "nhs", "&", "upon", "on", "in", "for"}


def known_split(names: str, singular: str) -> int | None:
    """Where 'A and B' parts into two names that, each with the shared head, the reference
    data knows; None unless exactly one place does.

    >>> names = "Eastbourne Hailsham and Seaford and Hastings and Rother "
    >>> names[: known_split(names, "CCG")]
    'Eastbourne Hailsham and Seaford '
    """
    cuts = []
    for joint in re.finditer(r"(?<=\s)and\s+", names):
        left, right = names[: joint.start()].strip(), names[joint.end() :].strip()
        if left and right and all(is_known_name(f"{part} {singular}") for part in (left, right)):
            cuts.append(joint.start())
    return cuts[0] if len(cuts) == 1 else None


def initials(name: str) -> str:
    """The capitals an acronym of a name would have ('East London NHS Foundation Trust' → 'ELFT').

    Examples
    --------
    >>> initials("East London NHS Foundation Trust"), initials("Central and North West London")
    ('ELFT', 'CNWL')
    >>> initials("Dudley Council for Voluntary Service")
    'DCVS'
    """
    return "".join(w[0].upper() for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in SMALL_WORDS)


@lru_cache(maxsize=1)
def trust_acronyms() -> dict[str, str]:
    """Acronyms that stand for exactly one trust in the reference data (four letters or more,
    with or without the 'FT'/'T' of its kind), to the trust's name."""
    found: dict[str, set[str]] = {}
    for row in rows("nhs_trusts_names.csv"):
        name = row["name"]
        core = KIND_ENDINGS.sub("", name.lower()).strip()
        for form in {initials(name), initials(core)}:
            if len(form) >= 4:
                found.setdefault(form, set()).add(name)
    return {acronym: next(iter(names)) for acronym, names in found.items() if len(names) == 1}
