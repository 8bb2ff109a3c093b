"""Which of today's bodies each 2017 organisation became: legal succession from the bundled
reference data, as steps from one coded body to the next.

A step is one recorded change: a trust renamed (same ODS code, a new name in a later register),
merged into or split into others (ODS succession), a CCG merged into another CCG (2018-2021), a
CCG become a sub-ICB location of an integrated care board (1 July 2022), an ICB merged or split
(1 April 2026), a council replaced by new councils. Each step carries the table and line that
record it, so a ``succeeded_by`` edge is as traceable as a partner edge. GP practices have no
recorded successors; `practice_now` gives a practice's PCN and ICB of August 2026.

Succession here is legal succession as ODS and ONS record it: which body took over a closed
body's functions and code. It is not a judgement that a partnership continued.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..resources import rows
from ..schema import CCG, COUNCIL, ICB, RENAME_NOTE, TRUST
from .codes import readable

TRUST_NAMES = "nhs_trusts_names.csv"
TRUSTS = "nhs_trusts_2017_successors.csv"
CCGS = "ccg2017_to_icb.csv"
ICBS = "icb_names_by_vintage.csv"
COUNCILS = "local_authorities_uk_past_current.csv"
PRACTICES_NOW = "gp_practices_2026-08.csv"

RENAMED = "renamed"
MERGED_INTO = "merged into"
SPLIT_INTO = "split into"
SUB_ICB = "became sub-ICB location of"
# The day CCGs closed and their areas became sub-ICB locations of the new ICBs.
ICBS_BEGAN = "2022-07-01"
ICB_VINTAGES = (("2023-03", "icb_name_2023_03"), ("2024-12", "icb_name_2024_12"), ("2026-08", "icb_name_2026_08"))
# "RW6 > R0A (2021-10-01)": one hop of an ODS succession path.
HOP = re.compile(r"(?P<old>\w+)\s*>\s*(?P<new>\w+)\s*\((?P<date>[\d-]+)\)")
ODS = "ods"
GSS = "gss"


@dataclass(frozen=True)
class Body:
    """One coded body under one name: a renamed trust is two bodies with one code."""

    scheme: str
    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class Step:
    """One recorded change from `old` to `new`, with the table and line that record it."""

    old: Body
    new: Body
    change: str
    date: str
    table: str
    line: int
    note: str = ""

    def as_edge(self) -> dict:
        edge = {"change": self.change, "date": self.date, "source_file": self.table, "line": self.line}
        return {**edge, "note": self.note} if self.note else edge


@dataclass(frozen=True)
class Register:
    """Every coded body's names over time (oldest first) and the steps leaving each body."""

    names: dict[tuple[str, str], tuple[Body, ...]]
    steps: dict[Body, tuple[Step, ...]]
    closed: dict[tuple[str, str], str]


def hops(path: str) -> list[tuple[str, str, str]]:
    """The (old code, new code, date) hops of an ODS succession path.

    >>> hops("RW6 > R0A (2021-10-01) | RW6 > RM3 (2021-10-01)")
    [('RW6', 'R0A', '2021-10-01'), ('RW6', 'RM3', '2021-10-01')]
    >>> hops("")
    []
    """
    return [(m["old"], m["new"], m["date"]) for m in HOP.finditer(path or "")]


def folded_name(name: str) -> str:
    """A name as compared here: case, '&' and spacing aside.

    >>> folded_name("LANCASHIRE & SOUTH  CUMBRIA NHS FT") == folded_name("Lancashire and South Cumbria NHS FT")
    True
    """
    return " ".join(readable(name).casefold().replace("&", "and").split())


def same_name(a: str, b: str) -> bool:
    return folded_name(a) == folded_name(b)


def name_at(history: tuple[Body, ...], first_seen: dict[Body, str], date: str) -> Body:
    """The name a body had on `date`: the first name first seen in a register of that year or
    later (registers lag a change), else the latest."""
    year = date[:4]
    for body in history:
        if first_seen.get(body, "")[:4] >= year:
            return body
    return history[-1]


def changes(found: list[tuple[str, str, str, str, int]]) -> list[tuple[str, str, str, str, str, int]]:
    """(old, new, date, table, line) hops, each once, with their change: 'split into' when one
    code went to several, else 'merged into'.

    >>> changes([("A", "C", "2020", "t", 2), ("B", "C", "2020", "t", 3), ("D", "E", "2021", "t", 4), ("D", "F", "2021", "t", 4)])[1:3]
    [('B', 'C', '2020', 'merged into', 't', 3), ('D', 'E', '2021', 'split into', 't', 4)]
    """
    unique = {}
    for old, new, date, table, line in found:
        if old != new:
            unique.setdefault((old, new), (date, table, line))
    parts = Counter(old for old, _ in unique)
    return [
        (old, new, date, SPLIT_INTO if parts[old] > 1 else MERGED_INTO, table, line) for (old, new), (date, table, line) in unique.items()
    ]


class Builder:
    """Collects bodies (each code's names, oldest first) and the steps between them."""

    def __init__(self):
        self.names: dict[tuple[str, str], list[Body]] = {}
        self.first_seen: dict[Body, str] = {}
        self.lines: dict[Body, int] = {}
        self.steps: dict[Body, list[Step]] = {}
        self.closed: dict[tuple[str, str], str] = {}

    def body(self, scheme: str, code: str, name: str, kind: str, seen: str = "", line: int = 0) -> Body:
        history = self.names.setdefault((scheme, code), [])
        for body in history:
            if same_name(body.name, name):
                return body
        body = Body(scheme, code, name, kind)
        history.append(body)
        self.first_seen[body], self.lines[body] = seen, line
        return body

    def step(self, old: Body, new: Body, change: str, date: str, table: str, line: int, note: str = "") -> None:
        if old != new and all(s.new != new for s in self.steps.get(old, [])):
            self.steps.setdefault(old, []).append(Step(old, new, change, date, table, line, note))

    def renames(self, code: str, table: str, scheme: str = ODS) -> None:
        """A step between each two names one code had, dated by the register that first has the
        later name."""
        history = self.names[(scheme, code)]
        for old, new in zip(history, history[1:]):
            self.step(old, new, RENAMED, f"by {self.first_seen[new]}", table, self.lines[new], RENAME_NOTE)

    def latest(self, code: str, scheme: str = ODS) -> Body:
        return self.names[(scheme, code)][-1]

    def register(self) -> Register:
        return Register(
            names={key: tuple(history) for key, history in self.names.items()},
            steps={body: tuple(found) for body, found in self.steps.items()},
            closed=self.closed,
        )


def add_trusts(build: Builder) -> None:
    """Every name each trust code had in the registers (oldest first), then the ODS hops, from
    the name the old trust had to the name the new one had at the time."""
    for line, row in sorted(enumerate(rows(TRUST_NAMES), start=2), key=lambda item: (item[1]["org_code"], item[1]["first_snapshot"])):
        build.body(ODS, row["org_code"], readable(row["name"]), TRUST, row["first_snapshot"], line)
    for (_, code), history in list(build.names.items()):
        if history[0].kind == TRUST:
            build.renames(code, TRUST_NAMES)
    found = []
    for line, row in enumerate(rows(TRUSTS), start=2):
        found += [(old, new, date, TRUSTS, line) for old, new, date in hops(row["succession_path"])]
        if row["status"].startswith("closed"):
            build.closed[(ODS, row["org_code"])] = row["close_date"]
    for old, new, date, change, table, line in changes(found):
        if (ODS, old) in build.names and (ODS, new) in build.names:
            source = name_at(tuple(build.names[(ODS, old)]), build.first_seen, date)
            target = name_at(tuple(build.names[(ODS, new)]), build.first_seen, date)
            build.step(source, target, change, date, table, line)


def add_icbs(build: Builder) -> None:
    """Each ICB's names by vintage, and the mergers and splits of April 2026."""
    found = []
    for line, row in enumerate(rows(ICBS), start=2):
        for vintage, column in ICB_VINTAGES:
            if row[column]:
                build.body(ODS, row["icb_ods_code"], readable(row[column]), ICB, vintage, line)
        build.renames(row["icb_ods_code"], ICBS)
        found += [(old, new, date, ICBS, line) for old, new, date in hops(row["succession_path"])]
    for old, new, date, change, table, line in changes(found):
        if (ODS, old) in build.names and (ODS, new) in build.names:
            build.step(build.latest(old), build.latest(new), change, date, table, line)


def add_ccgs(build: Builder) -> None:
    """Each 2017 CCG's mergers (2018-2021) into the CCG of 2022, renamed where the code stayed,
    then that CCG's area a sub-ICB location of its ICB from July 2022."""
    for line, row in enumerate(rows(CCGS), start=2):
        start = build.body(ODS, row["ccg17_ods_code"], readable(row["ccg17_name"]), CCG, line=line)
        last = build.body(ODS, row["sub_icb_ods_code"], readable(row["ccg_name_2022_01"] or row["ccg17_name"]), CCG, line=line)
        chain = hops(row["succession_path"])
        for old, new, date in chain:
            source = start if old == start.code else build.names[(ODS, old)][0] if (ODS, old) in build.names else None
            target = last if new == last.code else build.body(ODS, new, new, CCG, line=line)
            if source is not None:
                build.step(source, target, MERGED_INTO, date, CCGS, line)
        if not chain and last != start:
            build.step(start, last, RENAMED, "by 2022-01", CCGS, line, RENAME_NOTE)
        icb = build.names.get((ODS, row["icb22_ods_code"]))
        if icb:
            note = f"sub-ICB location {row['sub_icb_ods_code']}"
            build.step(last, icb[0], SUB_ICB, ICBS_BEGAN, CCGS, line, note)


def add_councils(build: Builder) -> None:
    """English councils, and those ended and replaced by one or more new ones."""
    councils = {row["local_authority_code"]: row for row in rows(COUNCILS)}
    found = []
    for line, row in enumerate(rows(COUNCILS), start=2):
        if row["nation"] != "England" or not row["gss_code"]:
            continue
        build.body(GSS, row["gss_code"], row["official_name"], COUNCIL, line=line)
        replaced = [councils[c] for c in row["replaced_by"].split(",") if c in councils and councils[c]["gss_code"]]
        found += [(row["gss_code"], r["gss_code"], row["end_date"], COUNCILS, line) for r in replaced]
        if row["end_date"] and not replaced:
            build.closed[(GSS, row["gss_code"])] = row["end_date"]
    for old, new, date, change, table, line in changes(found):
        if (GSS, new) in build.names:
            build.step(build.latest(old, GSS), build.latest(new, GSS), change, date, table, line)


@cache
def register() -> Register:
    """The succession register built from the bundled tables (read once)."""
    build = Builder()
    add_trusts(build)
    add_icbs(build)
    add_ccgs(build)
    add_councils(build)
    return build.register()


def body_of(scheme: str, code: str, name: str | None) -> Body | None:
    """The body a coded organisation is: its code under the name it was given (the earliest name
    when that name is not one the registers know).

    >>> body_of("ods", "RK9", "PLYMOUTH HOSPITALS NHS TRUST").name
    'Plymouth Hospitals NHS Trust'
    >>> body_of("ods", "NOPE", "Nobody") is None
    True
    """
    history = register().names.get((scheme, code))
    if not history:
        return None
    wanted = readable(name or "")
    return next((body for body in history if same_name(body.name, wanted)), history[0])


def chain(start: Body, prefer: frozenset[str] = frozenset()) -> tuple[list[Step], list[Body]]:
    """Every step from `start` to today, and the bodies it ends in (`start` itself when nothing
    is recorded). Where a body was split, `prefer` (codes) picks the part that a predecessor's
    area went to, when one of the parts is preferred.

    Examples
    --------
    >>> steps, ends = chain(body_of("ods", "RW3", "CENTRAL MANCHESTER UNIVERSITY HOSPITALS NHS FOUNDATION TRUST"))
    >>> [(s.change, s.new.code) for s in steps], [e.name for e in ends]
    ([('merged into', 'R0A')], ['Manchester University NHS Foundation Trust'])
    """
    steps_of = register().steps
    taken: list[Step] = []
    ends: list[Body] = []
    seen = set()
    todo = [start]
    while todo:
        body = todo.pop(0)
        if body in seen:
            continue
        seen.add(body)
        leaving = list(steps_of.get(body, ()))
        if len(leaving) > 1 and any(s.new.code in prefer for s in leaving):
            leaving = [s for s in leaving if s.new.code in prefer]
        if not leaving:
            ends.append(body)
        taken += leaving
        todo += [s.new for s in leaving]
    return taken, list(dict.fromkeys(ends))


@cache
def ccg_preferences() -> dict[str, frozenset[str]]:
    """For each 2017 CCG code, the ICB of 2026 most of its practices are in: where its ICB of
    2022 was split in 2026, the part its area went to."""
    return {row["ccg17_ods_code"]: frozenset({row["icb_2026_ods_code"]}) for row in rows(CCGS) if row["icb_2026_ods_code"]}


def closed_without_successor(body: Body) -> str | None:
    """The date a body closed with no successor recorded, or None."""
    return register().closed.get((body.scheme, body.code))


@cache
def practices_now() -> dict[str, dict]:
    """GP practices of August 2026 by ODS code, with their PCN, sub-ICB location and ICB."""
    return {row["PRACTICE_CODE"]: row for row in rows(PRACTICES_NOW)}


def practice_now(code: str) -> dict | None:
    """A practice's PCN, sub-ICB location and ICB of August 2026, or None when it is no longer
    listed.

    >>> practice_now("A81001")["icb_2026_code"]
    'QHM'
    """
    row = practices_now().get(code)
    if row is None:
        return None
    return {
        "name_2026": readable(row["PRACTICE_NAME"]),
        "pcn_2026_code": row["PCN_CODE"],
        "pcn_2026_name": readable(row["PCN_NAME"]),
        "sub_icb_2026_code": row["SUB_ICB_LOCATION_CODE"],
        "icb_2026_code": row["ICB_CODE"],
        "icb_2026_name": readable(row["ICB_NAME"]),
    }
