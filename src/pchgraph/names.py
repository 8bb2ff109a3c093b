"""Name keys and identifiers: the vocabulary every stage uses to compare names.

`name_key` compares reference names word for word; `org_key` is the normalised form under which
spellings of one organisation agree; `slug` makes node ids.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

REWRITES = [
    (r"\bclinical commissioning group\b", "ccg"),
    (r"\bcommunity interest company\b", "cic"),
    (r"\blimited\b", "ltd"),
    (r"\bft\b", "foundation trust"),
    (r"\bfoundation nhs trust\b", "nhs foundation trust"),
    (r"\bnhs\b", " "),
    (r"\bhospitals\b", "hospital"),
    (r"\bcentre\b", "center"),
    (r"\bsaint\b", "st"),
    (r"\bcouncil for voluntary service\b", "cvs"),
    (r"\bcommunity and voluntary services?\b", "cvs"),
    (r"\bhealth care\b", "healthcare"),
    (r"\s(cic|ltd|plc|llp)$", ""),
]


def name_key(name: str) -> str:
    """Lowercase words only: the form reference names are compared in.

    >>> name_key("NHS Durham Dales, Easington and Sedgefield CCG")
    'nhs durham dales easington and sedgefield ccg'
    """
    return " ".join(re.findall(r"[a-z0-9]+", name.lower().replace("&", " and ")))


@cache
def org_key(name: str) -> str:
    """The normalised form under which spellings of one organisation agree.

    >>> org_key("Cornwall Partnership Foundation NHS Trust") == org_key("Cornwall Partnership NHS Foundation Trust")
    True
    >>> org_key("Bassetlaw Clinical Commissioning Group (CCG)")
    'bassetlaw ccg'
    >>> org_key("The Healthy East Grinstead Partnership")
    'healthy east grinstead partnership'
    """
    text = re.sub(r"\([^()]*\)?", " ", name).lower().replace("&", " and ")
    text = re.sub(r"'s\b", "s", text).replace("'", "")
    text = re.sub(r"[^a-z0-9@]+", " ", text)
    for pattern, replacement in REWRITES:
        text = re.sub(pattern, replacement, text)
    text = re.sub(r"^(the)\s+", "", " ".join(text.split()))
    return text.strip()


def slug(text: str) -> str:
    """A stable identifier fragment for a name.

    >>> slug("The Breckland Alliance")
    'breckland-alliance'
    >>> slug("Lichfield / Burntwood Network Partnership")
    'lichfield-burntwood-network-partnership'
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ")
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")
