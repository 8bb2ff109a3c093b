"""Sites: primary care homes and the partnerships profiled in case studies."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any

from ..names import slug

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
COUNT_PATTERN = r"\d{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"


def count_value(word: str) -> int | None:
    """The number a digit string or English number word stands for.

    >>> count_value("Twenty-nine"), count_value("12"), count_value("some")
    (29, 12, None)
    """
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    parts = re.split(r"[- ]", word)
    if all(part in NUMBER_WORDS for part in parts) and parts:
        return sum(NUMBER_WORDS[part] for part in parts)
    return None


@dataclass
class Site:
    """One primary care home entry (or case-study partnership) as read from a document."""

    name: str
    source_file: str
    line: int
    numbers: list[int] = field(default_factory=list)
    wave: str | None = None
    stp_area: list[str] = field(default_factory=list)
    stp_area_raw: str | None = None
    pchs_count: int | None = None
    pchs_raw: str | None = None
    linked_site_numbers: list[int] = field(default_factory=list)
    linked_site_names: list[str] = field(default_factory=list)
    practices_count: int | None = None
    practices_raw: str | None = None
    sections: dict[str, str] = field(default_factory=dict)
    partners_text: str | None = None
    partners_line: int | None = None
    document_kind: str = "brochure"
    partners: Any = field(default=None, repr=False, compare=False)

    @property
    def id(self) -> str:
        return f"site:{slug(self.name)}"

    def as_dict(self) -> dict:
        record = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "partners"}
        record["id"] = self.id
        return record
