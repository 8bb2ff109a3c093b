"""Re-laid-out copies of a brochure-layout document, as new documents tend to arrive."""

from __future__ import annotations

import re
import textwrap

HEADINGS = {"OVERVIEW": "Overview", "HOW THINGS ARE CHANGING": "How things are changing", "PARTNERS": "Partners"}


def hard_wrapped(text: str, width: int = 72) -> str:
    """Every long line wrapped at `width` columns, words broken at hyphens as a word processor would."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out += textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=True)
    return "\n".join(out)


def with_page_furniture(text: str, every: int = 57) -> str:
    """A form feed and a running header every `every` lines, wherever that falls (even mid-list)."""
    lines = text.split("\n")
    out = []
    page = 1
    for number, line in enumerate(lines, start=1):
        out.append(line)
        if number % every == 0:
            page += 1
            out += [f"\fNAPC  Primary Care Home  October 2017        page {page}", ""]
    return "\n".join(out)


def typographic(text: str) -> str:
    """Curly apostrophes and quotes, non-breaking spaces after numbers and inside some names."""
    text = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text)
    text = text.replace("NHS Foundation", "NHS\u00a0Foundation")
    return re.sub(r"(?m)^(\d+) ", "\\1\u00a0", text)


def title_case_headings(text: str) -> str:
    """Headings and field labels in title case ('Partners', 'No. of practices:')."""
    for upper, title in HEADINGS.items():
        text = re.sub(rf"(?m)^{upper}$", title, text)
    text = text.replace("NO. OF PCHs:", "No. of PCHs:").replace("NO. OF PRACTICES:", "No. of practices:")
    return text.replace("STP AREA:", "STP area:")


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def relaid(text: str) -> str:
    """All of the above at once."""
    return crlf(with_page_furniture(typographic(title_case_headings(hard_wrapped(text)))))
