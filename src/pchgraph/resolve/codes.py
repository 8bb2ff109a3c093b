"""Official codes from the bundled reference data: ODS codes of trusts, CCGs and GP practices,
and ONS GSS codes of councils.

Names are compared by their *core*: the normalised name without words that only say what kind of
body it is ("NHS", "Foundation Trust", "CCG", "County Council"), and by their *places*: the words
left when generic words are removed too. A match needs the places to agree, so two trusts in one
county are never confused. 2017 names are kept as written; the code links them to later names.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from .. import __version__
from ..cache import kept_tables
from ..names import org_key
from ..readers.mentions import GENERIC_WORDS
from ..resources import bundled_columns, data_dir, rows

TRUST_WORDS = {"foundation", "trust", "the"}
CCG_WORDS = {"ccg", "the"}
COUNCIL_WORDS = {
    "county",
    "city",
    "borough",
    "district",
    "council",
    "metropolitan",
    "of",
    "the",
    "royal",
    "local",
    "authority",
    "london",
    "ua",
    "unitary",
}
COUNCIL_SERVICES = re.compile(
    r"\b(adult social care|social services|social care|public health|care services|health and community services|children s services)\b"
)
PLACE_NOISE = GENERIC_WORDS | {"university", "teaching", "general", "hospital", "ambulance", "combined", "and", "upon", "on", "le"}
PRACTICE_WORDS = {
    "surgery",
    "surgeries",
    "practice",
    "practices",
    "medical",
    "centre",
    "center",
    "health",
    "group",
    "the",
    "and",
    "partnership",
    "partners",
    "clinic",
    "doctors",
    "dr",
    "drs",
    "healthcare",
    "gp",
    "at",
    "med",
    "ctr",
    "cntr",
    "hc",
    "surg",
    "prac",
    "pract",
    "mc",
    "hlth",
}
STRICT = 90
PRACTICE_MATCH = 85
SERVICE_WORDS = {"hospital", "mental", "health", "healthcare", "service", "services", "nhs", "and"}


@dataclass(frozen=True)
class Code:
    """An official code and the official name it was found under."""

    scheme: str
    code: str
    official_name: str
    extra: tuple = field(default=())

    def as_dict(self) -> dict:
        return {"scheme": self.scheme, "code": self.code, "official_name": self.official_name, **dict(self.extra)}


def core(name: str, drop: set[str]) -> str:
    """A name's normalised words without the given kind words.

    >>> core("The Royal Wolverhampton NHS Trust", TRUST_WORDS)
    'royal wolverhampton'
    """
    return " ".join(w for w in org_key(name).split() if w not in drop)


def places(text: str) -> frozenset[str]:
    """The words of a core that are not generic: the places and proper names.

    >>> sorted(places("kent community health"))
    ['kent']
    """
    return frozenset(w for w in text.split() if w not in PLACE_NOISE)


@cache
def trust_index() -> tuple[tuple[str, str, str], ...]:
    """(core, code, name) for every name of every trust whose code was open during 2017."""
    return tuple(
        (core(r["name"], TRUST_WORDS), r["org_code"], r["name"]) for r in rows("nhs_trusts_names.csv") if r["open_during_2017"] == "Y"
    )


SMALL_WORDS = {"and", "of", "the", "upon", "on", "in", "for", "with", "at", "le", "by"}
ACRONYMS = {"NHS", "UK", "CCG", "GP", "ICB", "CIC", "PCN"}


def readable(name: str) -> str:
    """An official name in readable case: reference names in capitals become title case, with
    small joining words in lower case and acronyms kept; names already in mixed case are kept.

    >>> readable("SUSSEX COMMUNITY NHS FOUNDATION TRUST")
    'Sussex Community NHS Foundation Trust'
    >>> readable("SOUTH WEST LONDON AND ST GEORGE'S MENTAL HEALTH NHS TRUST")
    "South West London and St George's Mental Health NHS Trust"
    >>> readable("2GETHER NHS FOUNDATION TRUST"), readable("STAFFORDSHIRE AND STOKE-ON-TRENT PARTNERSHIP NHS TRUST")
    ('2gether NHS Foundation Trust', 'Staffordshire and Stoke-on-Trent Partnership NHS Trust')
    >>> readable("Telford & Wrekin Council")
    'Telford & Wrekin Council'
    """
    if not name.isupper():
        return name
    words = name.split()
    return " ".join("-".join(word_case(part, i == 0 and j == 0) for j, part in enumerate(word.split("-"))) for i, word in enumerate(words))


def word_case(word: str, first: bool) -> str:
    """One capitalised word in readable case (see `readable`)."""
    bare = word.strip(",.")
    if bare in ACRONYMS:
        return word
    if not first and bare.lower() in SMALL_WORDS:
        return word.lower()
    return word[:1] + word[1:].lower() if word[:1].isalpha() else word.lower()


@cache
def indexed_places(index: tuple) -> tuple[tuple[str, str, str, frozenset[str], frozenset[str]], ...]:
    """An index's entries with their places and words worked out once."""
    return tuple((c, code, name, places(c), frozenset(c.split())) for c, code, name in index)


@cache
def ccg_index() -> tuple[tuple[str, str, str], ...]:
    """(core, code, name) for the CCGs of April 2016 and April 2017."""
    seen = {}
    for r in rows("ccg_stp_lookup_2016_2019.csv"):
        if r["ccg_vintage"] in ("CCG16", "CCG17"):
            seen[(core(r["ccg_name"], CCG_WORDS), r["ccg_ods_code"])] = r["ccg_name"]
    return tuple((c, code, name) for (c, code), name in seen.items())


ICB_WORDS = {"nhs", "integrated", "care", "board", "icb", "the"}


@cache
def icb_index() -> tuple[tuple[str, str, str], ...]:
    """(core, ODS code, name) for every name of every ICB (2022-2026)."""
    found = set()
    for r in rows("icb_names_by_vintage.csv"):
        for column in ("icb_name_2023_03", "icb_name_2024_12", "icb_name_2026_08"):
            if r[column]:
                found.add((core(r[column], ICB_WORDS), r["icb_ods_code"], r[column]))
    return tuple(sorted(found))


@cache
def icb_code(name: str) -> Code | None:
    """ODS code of the integrated care board a name refers to.

    >>> icb_code("NHS Cornwall and the Isles of Scilly ICB").code, icb_code("Sussex Integrated Care Board").code
    ('QT6', 'QNX')
    """
    return exact_code(core(name, ICB_WORDS), icb_index(), "ods")


@cache
def council_index() -> tuple[tuple[str, str, str], ...]:
    """(core, GSS code, official name) for English councils in existence during 2017, under every name they go by."""
    return councils_where(
        lambda r: not (r["start_date"] and r["start_date"] > "2017-12-31") and not (r["end_date"] and r["end_date"] < "2017-01-01")
    )


@cache
def later_council_index() -> tuple[tuple[str, str, str], ...]:
    """(core, GSS code, official name) for English councils made after 2017 ('North
    Northamptonshire Council'): what a newer document names, when no 2017 council has the name."""
    return councils_where(lambda r: bool(r["gss_code"] and r["start_date"] and r["start_date"] > "2017-12-31"))


def councils_where(keep: Callable[[dict], bool]) -> tuple[tuple[str, str, str], ...]:
    """(core, GSS code, official name) for the English councils of the rows `keep` keeps, under
    every name they go by."""
    found = set()
    for r in rows("local_authorities_uk_past_current.csv"):
        if r["nation"] == "England" and keep(r):
            for name in {r["official_name"], r["nice_name"], *r["alt_names"].split(",")}:
                if name.strip():
                    found.add((core(name, COUNCIL_WORDS), r["gss_code"], r["official_name"]))
    return tuple(sorted(found))


@cache
def later_ccg_index() -> tuple[tuple[str, str, str], ...]:
    """(core, code, name) for the CCGs of 2018-2022 that mergers made ('NHS Northamptonshire
    CCG'), under the code their area kept as a sub-ICB location."""
    found = set()
    for r in rows("ccg2017_to_icb.csv"):
        if r["ccg_name_2022_01"] and r["sub_icb_ods_code"]:
            found.add((core(r["ccg_name_2022_01"], CCG_WORDS), r["sub_icb_ods_code"], readable(r["ccg_name_2022_01"])))
    return tuple(sorted(found))


def exact_code(name_core: str, index, scheme: str) -> Code | None:
    """The code of the entries whose core is exactly this one, when they all carry one code."""
    exact = set(entries_by_core(index).get(name_core, ()))
    if len({code for code, _ in exact}) != 1:
        return None
    code, name = sorted(exact)[0]
    return Code(scheme, code, name)


def best_by_places(name_core: str, index, scheme: str, threshold: int = STRICT) -> Code | None:
    """The one entry whose core equals this core, or failing that whose places equal this core's
    places and whose words are close enough; None when none or several fit."""
    exact = exact_code(name_core, index, scheme)
    if exact:
        return exact
    wanted = places(name_core)
    if not wanted:
        return None
    close = {}
    own_words = set(name_core.split())
    blocks = place_blocks(index)
    for position in blocks.candidates(wanted):
        c, code, name, its_places, its_words = blocks.entries[position]
        if same_places(its_places, wanted) and own_words - its_words - wanted <= SERVICE_WORDS:
            score = fuzz.token_set_ratio(name_core, c)
            if score >= threshold and score > close.get(code, (0, ""))[0]:
                close[code] = (score, name)
    if len(close) == 1:
        code, (_, name) = next(iter(close.items()))
        return Code(scheme, code, name)
    return None


@cache
def entries_by_core(index: tuple) -> dict[str, tuple[tuple[str, str], ...]]:
    """An index's (code, name) pairs under their core, for looking a core up at once."""
    found: dict[str, list[tuple[str, str]]] = {}
    for c, code, name in index:
        found.setdefault(c, []).append((code, name))
    return {c: tuple(pairs) for c, pairs in found.items()}


class PlaceBlocks:
    """An index's entries blocked by place word, so that a name is compared only with the entries
    that share a place word with it, or a typo of one (see `candidates`)."""

    def __init__(self, index: tuple):
        self.entries = indexed_places(index)
        by_place: dict[str, list[int]] = {}
        for position, (_, _, _, its_places, _) in enumerate(self.entries):
            for word in its_places:
                by_place.setdefault(word, []).append(position)
        self.by_place = {word: tuple(positions) for word, positions in by_place.items()}
        # Words shorter than six letters are never taken for another (see `same_places`).
        self.vocabulary = sorted(word for word in self.by_place if len(word) >= 6)
        self.twins: dict[str, tuple[str, ...]] = {}

    def twins_of(self, word: str) -> tuple[str, ...]:
        """The word and the index's place words that may be a typo of it: every word `same_places`
        could pair with it (fuzz.ratio 90 or more) and a few more, scored at once over the whole
        vocabulary with a margin below 90, since `same_places` checks each pair again."""
        found = self.twins.get(word)
        if found is None:
            import numpy  # here, not at the top: a command that only reads a built graph never needs it

            found = (word,)
            if self.vocabulary:
                scores = process.cdist(self.vocabulary, [word], scorer=fuzz.ratio, score_cutoff=TWIN_MARGIN, dtype=numpy.float64)[:, 0]
                found += tuple(self.vocabulary[i] for i in numpy.flatnonzero(scores >= TWIN_MARGIN))
            self.twins[word] = found
        return found

    def candidates(self, wanted: frozenset[str]) -> list[int]:
        """The positions, in index order, of every entry whose places may be `wanted`'s under
        `same_places`: each of its place words is one of `wanted` or a typo of one, so it holds one
        of `wanted`'s words or their twins (an entry without any can never match)."""
        by_place = self.by_place
        return sorted({position for word in wanted for twin in self.twins_of(word) for position in by_place.get(twin, ())})


# Below the 90 of `same_places`, so that no pair it would take is left out by rounding.
TWIN_MARGIN = 85


@cache
def place_blocks(index: tuple) -> PlaceBlocks:
    return PlaceBlocks(index)


def same_places(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of place words are the same, allowing a typo in a long word ('Sedgfield').

    >>> same_places(frozenset({"durham", "sedgfield"}), frozenset({"durham", "sedgefield"}))
    True
    >>> same_places(frozenset({"sussex"}), frozenset({"essex"}))
    False
    """
    if a == b:
        return True
    if len(a) != len(b):
        return False
    unmatched = sorted(b - a)
    for word in sorted(a - b):
        twin = next((w for w in unmatched if len(word) >= 6 and fuzz.ratio(word, w) >= 90), None)
        if twin is None:
            return False
        unmatched.remove(twin)
    return not unmatched


@cache
def trust_code(name: str) -> Code | None:
    """ODS code of the NHS trust a name refers to.

    >>> trust_code("Kent Community Hospital Foundation Trust").code, trust_code("Cornwall Partnership Foundation NHS Trust").code
    ('RYY', 'RJ8')
    >>> trust_code("Sussex Community NHS Foundation Trust").code != trust_code("Sussex Partnership NHS Foundation Trust").code
    True
    """
    return best_by_places(core(name, TRUST_WORDS), trust_index(), "ods", threshold=80)


@cache
def ccg_code(name: str) -> Code | None:
    """ODS code of the (2016–17) CCG a name refers to.

    >>> ccg_code("Durham Dales, Easington and Sedgfield Clinical Commissioning Group").code
    '00D'
    >>> ccg_code("Nene and Corby Clinical Commissioning Group") is None
    True

    A CCG mergers made later has the code its area kept:

    >>> ccg_code("NHS Northamptonshire CCG").code
    '78H'
    """
    name_core = core(name, CCG_WORDS)
    return best_by_places(name_core, ccg_index(), "ods") or exact_code(name_core, later_ccg_index(), "ods")


@cache
def council_code(name: str) -> Code | None:
    """GSS code of the council a name (or one of its services) refers to.

    >>> council_code("County Durham Council").code == council_code("Durham County Council").code
    True
    >>> council_code("Telford and Wrekin Public Health").official_name
    'Telford & Wrekin Council'

    A council made after 2017 has its own code, when no council of 2017 had the name:

    >>> council_code("North Northamptonshire Council").code
    'E06000061'
    """
    text = COUNCIL_SERVICES.sub(" ", org_key(name))
    name_core = " ".join(w for w in text.split() if w not in COUNCIL_WORDS)
    return exact_code(name_core, council_index(), "gss") or exact_code(name_core, later_council_index(), "gss")


PRACTICES_2018 = "gp_practices_epraccur_2018-06.csv"
PRACTICES_2022 = "gp_practices_2022-01.csv"
# The columns of the 2022 list a practice's code carries (see `practice_record`).
COLUMNS_2022 = ("PCN_CODE", "PCN_NAME", "CCG_CODE", "CCG_NAME")


@cache
def practices_by_ccg() -> dict[str, tuple[dict, ...]]:
    """GP practices (prescribing setting 4) of mid-2018, grouped by their 2017 CCG name."""
    return practice_tables()[0]


def grouped_practices() -> dict[str, tuple[dict, ...]]:
    """`practices_by_ccg`, read from the reference table."""
    grouped: dict[str, list[dict]] = {}
    for r in rows(PRACTICES_2018):
        if r["prescribing_setting"] != "4" or (r["close_date"] and r["close_date"] < "2016-01-01"):
            continue
        grouped.setdefault(r["ccg17_name_via_lookup"] or r["ccg18_name_via_lookup"], []).append(r)
    return {name: tuple(found) for name, found in grouped.items()}


@cache
def practices_2022() -> dict[str, dict]:
    """The 2022 list's PCN and CCG columns of each practice, by code: read once and kept in
    the cache folder like `practice_tables`."""
    return kept_tables("practices-2022", practice_table_sources(PRACTICES_2022), practices_2022_read)


def practices_2022_read() -> dict[str, dict]:
    """`practices_2022`, read from the reference table."""
    return {r["PRACTICE_CODE"]: {column: r.get(column) for column in COLUMNS_2022} for r in rows(PRACTICES_2022)}


@cache
def practice_tables() -> tuple[dict, dict]:
    """(`practices_by_ccg`, the parts of every CCG's `practice_tier` but its records): made
    from the 2018 list once, and kept in the cache folder under its bytes and the code that
    reads it (`pchgraph.cache.kept_tables`), so that a later build loads them instead of reading
    the list and working out the cores of its 21,000 names again."""
    return kept_tables("practices", practice_table_sources(PRACTICES_2018), made_practice_tables)


def practice_table_sources(name: str) -> list[bytes]:
    """What a table made from a practice list depends on: the list (the one in use, bundled or
    $PCHGRAPH_DATA's), the columns the bundled list has (a list must have them), and the code
    that reads and prepares it (this module, the names module and the resources module, and
    Python with its Unicode tables, which names fold by)."""
    import unicodedata

    from .. import names, resources

    path = data_dir() / "reference" / name
    try:
        data = path.read_bytes()
    except OSError:
        data = b"unreadable " + str(path).encode()  # rows() says so when the table is made
    found = [__version__.encode(), sys.version.encode(), unicodedata.unidata_version.encode(), name.encode(), data]
    found.append("\0".join(bundled_columns(name)).encode())
    for module in (sys.modules[__name__], names, resources):
        found.append(Path(module.__file__).read_bytes())
    return found


def made_practice_tables() -> tuple[dict, dict]:
    """`practice_tables` worked out: every CCG's tier made, its records left out (they are
    `practices_by_ccg`'s)."""
    grouped = grouped_practices()
    tiers = {}
    for ccg, records in grouped.items():
        tier = made_practice_tier(records)
        tiers[ccg] = (tier.keys, tier.names, tier.owners, tier.discounts, tier.words, tier.by_word)
    return grouped, tiers


@cache
def ccg_names_of_area(area_code: str) -> tuple[str, ...]:
    for r in rows("stp_2017.csv"):
        if r["stp17_ons_code"] == area_code:
            return tuple(n.strip() for n in r["ccg17_names"].split("|"))
    return ()


@cache
def practice_core(name: str) -> str:
    """What tells one practice from another: its name without 'Surgery', 'Medical Centre', ….

    >>> practice_core("THE BROW SURGERY"), practice_core("Lakeside Healthcare at St Mary's Medical Centre")
    ('brow', 'lakeside st marys')
    """
    return " ".join(w for w in org_key(name).split() if w not in PRACTICE_WORDS)


def contained_score(a: frozenset[str], b: frozenset[str]) -> float:
    """90 when one core holds every word of the other and that is telling enough (two words, or
    one of six letters or more): 'newport pagnell' in 'newport pagnell npmc willen'."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if small and small <= large and (len(small) >= 2 or len(next(iter(small))) >= 6):
        return 90.0
    return 0.0


@dataclass(frozen=True)
class PracticeTier:
    """The practices of one CCG, laid out for scoring many names against them at once."""

    records: tuple[dict, ...]
    keys: tuple[str, ...]
    names: tuple[str, ...]
    owners: tuple[int, ...]
    discounts: tuple[float, ...]
    words: tuple[frozenset[str], ...]
    by_word: dict


@cache
def practice_tier(ccg: str) -> PracticeTier:
    """The practices of a CCG: each under its registered name and its first address lines
    (`made_practice_tier`, made for every CCG at once by `practice_tables`)."""
    parts = practice_tables()[1].get(ccg)
    if parts is None:
        return made_practice_tier(())
    return PracticeTier(practices_by_ccg()[ccg], *parts)


def made_practice_tier(practices: tuple[dict, ...]) -> PracticeTier:
    """The tier of these practices (see `practice_tier`)."""
    records, keys, names, owners, discounts, words = [], [], [], [], [], []
    by_word: dict[str, list[int]] = {}
    for r in practices:
        owner = len(records)
        records.append(r)
        keys.append(org_key(r["practice_name"]))
        for discount, known in ((0, r["practice_name"]), (10, r["address_line_1"]), (10, r["address_line_2"])):
            candidate = practice_core(known)
            if candidate and not candidate.isdigit():
                for word in set(candidate.split()):
                    by_word.setdefault(word, []).append(len(names))
                names.append(candidate)
                owners.append(owner)
                discounts.append(discount)
                words.append(frozenset(candidate.split()))
    return PracticeTier(tuple(records), tuple(keys), tuple(names), tuple(owners), tuple(discounts), tuple(words), by_word)


def practice_candidates(name: str, ccg_names: list[str]) -> list[tuple[float, float, str, dict]]:
    """(score, full-name score, code, record) for the practices of these CCGs, best first.

    A practice is compared under its registered name and the first lines of its address, since
    practices are often known by their building ("Conway Medical Centre" for "Dr Saleh's Practice").
    """
    wanted = practice_core(name)
    words = frozenset(wanted.split())
    full = org_key(name)
    scored = []
    for ccg in ccg_names:
        tier = practice_tier(ccg)
        if not tier.names:
            continue
        ratios = process.cdist([wanted], tier.names, scorer=fuzz.token_sort_ratio)[0]
        best: dict[int, float] = {}
        for index, ratio in enumerate(ratios):
            if ratio > 0:
                owner = tier.owners[index]
                best[owner] = max(best.get(owner, 0.0), float(ratio) - tier.discounts[index])
        for index in {i for word in words for i in tier.by_word.get(word, ())}:
            owner = tier.owners[index]
            best[owner] = max(best.get(owner, 0.0), contained_score(words, tier.words[index]) - tier.discounts[index])
        scored += [
            (score, fuzz.ratio(full, tier.keys[owner]), tier.records[owner]["practice_code"], tier.records[owner])
            for owner, score in best.items()
            if score > 0
        ]
    scored.sort(key=lambda item: (-item[0], -item[1], item[2]))
    return scored


# A practice scoring below this can neither be taken (PRACTICE_MATCH) nor stop the one taken (a
# rival within 6 points of it): `practice_codes` keeps only the practices scoring this or more.
PRACTICE_KEPT = PRACTICE_MATCH - 6
# The cut-off handed to rapidfuzz, below PRACTICE_KEPT so that rounding never drops a kept score.
PRACTICE_MARGIN = PRACTICE_KEPT - 2


@lru_cache(maxsize=4096)
def practice_code(name: str, tiers: tuple[tuple[str, ...], ...] | None) -> Code | None:
    """ODS code of a GP practice, searched in tiers of CCGs (the site's partner CCGs, then its
    area's); None rather than a guess.

    A match needs the distinguishing words to agree closely (85 or more; a match on an address
    line counts 10 less than one on the registered name) and to beat every other
    practice: by 6 points, or on an equal score by 10 points on the whole name. Without any CCGs
    (a site whose area is unknown) the whole country is searched and only an exact, unique match
    is taken. `practice_codes` answers many names at once, the same way.

    >>> practice_code("Camelford Medical Centre", (("NHS Kernow CCG",), ())) is None  # two close rivals
    True
    """
    return practice_codes([(name, tiers)])[0]


def practice_codes(requests: list[tuple[str, tuple[tuple[str, ...], ...] | None]]) -> list[Code | None]:
    """`practice_code` for many (name, tiers) at once: each tier of CCGs is scored for all the
    names that reach it together, one rapidfuzz call per CCG over every distinct name core
    (`practice_hits`), so a name is scored once against a CCG however many sites name it."""
    results: list[Code | None] = [None] * len(requests)
    pending = []
    for number, (name, tiers) in enumerate(requests):
        wanted = practice_core(name)
        if not wanted:
            continue
        if not tiers or not any(tiers):
            # the whole country, with nothing to say where: only a name of its own ('Bawtry and
            # Blyth'), not one many practices' names are made of ('Hill' is in 95)
            exact = practices_by_core().get(wanted, ())
            results[number] = practice_record(exact[0]) if len(exact) == 1 and is_distinctive(wanted) else None
            continue
        pending.append(number)
    level = 0
    while pending:
        needed: dict[str, set[str]] = {}
        for number in pending:
            name, tiers = requests[number]
            if level < len(tiers):
                for ccg in tiers[level]:
                    needed.setdefault(ccg, set()).add(practice_core(name))
        hits = practice_hits(needed)
        still = []
        for number in pending:
            name, tiers = requests[number]
            if level >= len(tiers):
                continue
            scored = practice_shortlist(name, tiers[level], hits)
            if not scored or scored[0][0] < PRACTICE_MATCH:
                still.append(number)
                continue
            top = scored[0]
            rivals = [s for s in scored[1:] if s[2] != top[2]]
            if rivals and (rivals[0][0] > top[0] - 6 and not (rivals[0][0] == top[0] and rivals[0][1] <= top[1] - 10)):
                continue
            results[number] = practice_record(top[3])
        pending, level = still, level + 1
    return results


def practice_hits(needed: dict[str, set[str]]) -> dict[tuple[str, str], dict[int, float]]:
    """For each CCG and each name core wanted in it, the practices (by their place in the CCG's
    tier) scoring PRACTICE_KEPT or more, with their score as `practice_candidates` works it out:
    the best over the practice's names of token_sort_ratio less the name's discount, or of
    `contained_score` less the discount. All cores are scored against a CCG in one call."""
    import numpy  # here, not at the top: a command that only reads a built graph never needs it

    hits: dict[tuple[str, str], dict[int, float]] = {}
    for ccg in sorted(needed):
        tier = practice_tier(ccg)
        if not tier.names:
            continue
        cores = sorted(needed[ccg])
        matrix = process.cdist(cores, tier.names, scorer=fuzz.token_sort_ratio, score_cutoff=PRACTICE_MARGIN)
        rows, columns = numpy.nonzero(matrix)
        for row, column in zip(rows.tolist(), columns.tolist()):
            score = float(matrix[row, column]) - tier.discounts[column]
            if score >= PRACTICE_KEPT:
                best = hits.setdefault((cores[row], ccg), {})
                owner = tier.owners[column]
                best[owner] = max(best.get(owner, 0.0), score)
        by_word, tier_words, discounts = tier.by_word, tier.words, tier.discounts
        for wanted in cores:
            words = frozenset(wanted.split())
            for index in {i for word in words for i in by_word.get(word, ())}:
                # contained_score(words, tier_words[index]), written out: the call is made for
                # every practice that shares a word with every core
                its = tier_words[index]
                small, large = (words, its) if len(words) <= len(its) else (its, words)
                contained = small and small <= large and (len(small) >= 2 or len(next(iter(small))) >= 6)
                score = (90.0 if contained else 0.0) - discounts[index]
                if score >= PRACTICE_KEPT:
                    best = hits.setdefault((wanted, ccg), {})
                    owner = tier.owners[index]
                    best[owner] = max(best.get(owner, 0.0), score)
    return hits


def practice_shortlist(name: str, ccg_names, hits: dict) -> list[tuple[float, float, str, dict]]:
    """`practice_candidates` cut to the practices scoring PRACTICE_KEPT or more, in its order:
    all that `practice_code` needs (the best, and a rival close enough to stop it)."""
    wanted = practice_core(name)
    full = org_key(name)
    scored = []
    for ccg in ccg_names:
        best = hits.get((wanted, ccg))
        if best:
            tier = practice_tier(ccg)
            scored += [
                (score, fuzz.ratio(full, tier.keys[owner]), tier.records[owner]["practice_code"], tier.records[owner])
                for owner, score in best.items()
            ]
    scored.sort(key=lambda item: (-item[0], -item[1], item[2]))
    return scored


@cache
def practices_by_core() -> dict[str, tuple[dict, ...]]:
    """Every practice under its core, in the order of `practices_by_ccg`: the search of the whole
    country, which takes only an exact, unique core."""
    found: dict[str, list[dict]] = {}
    for records in practices_by_ccg().values():
        for r in records:
            found.setdefault(practice_core(r["practice_name"]), []).append(r)
    return {wanted: tuple(records) for wanted, records in found.items()}


# A word in at most this many practices' names (their cores) names a practice of its own.
DISTINCTIVE_USES = 3


def is_distinctive(core: str) -> bool:
    """Whether a practice's name (its core) is its own, so that the whole country's one
    practice of that name is likely the one meant: two words or more, or one word few
    practices' names hold.

    >>> is_distinctive("bawtry blyth"), is_distinctive("hill"), is_distinctive("penwith")
    (True, False, True)
    """
    named = core.split()
    return len(named) >= 2 or all(core_word_uses().get(word, 0) <= DISTINCTIVE_USES for word in named)


@cache
def core_word_uses() -> dict[str, int]:
    """How many practices' cores hold each word."""
    uses: dict[str, int] = {}
    for wanted in practices_by_core():
        for word in set(wanted.split()):
            uses[word] = uses.get(word, 0) + len(practices_by_core()[wanted])
    return uses


def practice_record(r: dict) -> Code:
    """The code of a practice with its postcode, 2017 CCG, and 2022 PCN and CCG."""
    code = r["practice_code"]
    later = practices_2022().get(code, {})
    extra = (
        ("postcode", r["postcode"]),
        ("ccg_2017", r["ccg17_name_via_lookup"]),
        ("pcn_2022_code", later.get("PCN_CODE")),
        ("pcn_2022_name", later.get("PCN_NAME")),
        ("ccg_2022_code", later.get("CCG_CODE")),
        ("ccg_2022_name", later.get("CCG_NAME")),
    )
    return Code("ods", code, r["practice_name"], extra)
