"""STP areas: names as written in 2017 matched to the official ONS names and E54 codes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from ..names import name_key
from ..resources import rows

MATCH_SCORE = 88
VINTAGE_COLUMNS = ("stp17_name", "stp18_name", "stp19_name")


@dataclass(frozen=True)
class Area:
    """An STP area: official 2017 name and ONS code, or the name as written when unmatched."""

    name: str
    code: str | None

    @property
    def id(self) -> str:
        return area_id(self.name)


@cache
def area_id(name: str) -> str:
    """The node id of an area of this name (an area's id is asked for at each of its sites)."""
    return "area:" + re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-")


@cache
def official_names() -> tuple[tuple[str, str, str], ...]:
    """(code, 2017 name, a name the area went by) for every 2017 STP and each of its names 2017–2019."""
    found = []
    for row in rows("stp_names_by_vintage.csv"):
        if not row["stp17_name"]:
            continue
        for column in VINTAGE_COLUMNS:
            if row[column]:
                found.append((row["stp_ons_code"], row["stp17_name"], row[column]))
    return tuple(found)


def comparable(name: str) -> str:
    return re.sub(r"^the ", "", name_key(name))


def score(written: str, official: str) -> float:
    a, b = comparable(written), comparable(official)
    best = fuzz.token_sort_ratio(a, b)
    if len(a.split()) >= 3 and b.startswith(a):
        best = max(best, 90)
    return best


@cache
def matched_area(written: str) -> Area:
    """The official area a name as written refers to; unmatched names stay as written.

    >>> matched_area("Bedfordshire, Luton and Milton Keynes")
    Area(name='Milton Keynes, Bedfordshire and Luton', code='E54000024')
    >>> matched_area("Northern Eastern and West Devon CCG")
    Area(name='Devon', code='E54000037')
    """
    best = max(official_names(), key=lambda entry: score(written, entry[2]))
    if score(written, best[2]) >= MATCH_SCORE:
        return Area(best[1], best[0])
    if re.search(r"(?i)\bCCG\b|Clinical Commissioning Group", written):
        area = area_of_ccg(written)
        if area:
            return area
    return Area(" ".join(written.split()), None)


def area_of_ccg(written: str) -> Area | None:
    """The 2017 STP of the CCG a name refers to."""
    candidates = [r for r in rows("ccg_stp_lookup_2016_2019.csv") if r["ccg_vintage"] in ("CCG16", "CCG17")]
    best = max(candidates, key=lambda r: fuzz.token_sort_ratio(comparable(written), comparable(r["ccg_name"])))
    if fuzz.token_sort_ratio(comparable(written), comparable(best["ccg_name"])) >= MATCH_SCORE:
        names = {code: name for code, name, _ in official_names()}
        return Area(names.get(best["stp_ons_code"], best["stp_name"]), best["stp_ons_code"])
    return None
