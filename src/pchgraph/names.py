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
# Compiled once: re.sub with a pattern string looks it up in re's cache on every call.
COMPILED_REWRITES = [(re.compile(pattern), replacement) for pattern, replacement in REWRITES]
# Text each rewrite needs to find (its words, or for the last its ending) before it can change
# anything: a plain `in` rules most rewrites out of most names without running the pattern. One
# per rewrite, in the same order (org_key zips them strictly, so a rewrite added alone fails).
REWRITE_NEEDS = [
    "clinical commissioning group",
    "community interest company",
    "limited",
    "ft",
    "foundation nhs trust",
    "nhs",
    "hospitals",
    "centre",
    "saint",
    "council for voluntary service",
    "community and voluntary service",
    "health care",
    None,
]
ENDINGS = (" cic", " ltd", " plc", " llp")
NAME_WORD = re.compile(r"[^\W_]+")
BRACKETS = re.compile(r"\([^()]*\)?")
POSSESSIVE = re.compile(r"'s\b")
NOT_WORD = re.compile(r"[^\w@]+|_")
DOTTED_INITIALS = re.compile(r"(?<![\w.])(?:[a-z]\.){2,}(?:[a-z](?![\w.]))?(?![a-z])")
LEADING_THE = re.compile(r"^(the)\s+")
SLUG_THE = re.compile(r"^the\s+")
SLUG_GAPS = re.compile(r"[\W_]+")


# Printed apostrophes compare as the typewriter one ("St Luke’s" is "St Luke's").
APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'"})


def folded(text: str) -> str:
    """Text compared without case or accents: NFKD, combining marks dropped, case-folded. An
    accented letter matches its bare letter; different letters stay different (Å is a, Ö is o,
    Ø stays ø); compatibility forms become their plain letters (ﬁ is fi, ² is 2).

    >>> folded("Café Åland Öland Straße")
    'cafe aland oland strasse'
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", bare.casefold())


def name_key(name: str) -> str:
    """Folded words only (see `folded`): the form reference names are compared in.

    >>> name_key("NHS Durham Dales, Easington and Sedgefield CCG")
    'nhs durham dales easington and sedgefield ccg'
    >>> name_key("Café Royal") == name_key("CAFE ROYAL")
    True
    """
    return " ".join(NAME_WORD.findall(folded(name).replace("&", " and ")))


@cache
def org_key(name: str) -> str:
    """The normalised form under which spellings of one organisation agree.

    >>> org_key("Cornwall Partnership Foundation NHS Trust") == org_key("Cornwall Partnership NHS Foundation Trust")
    True
    >>> org_key("Bassetlaw Clinical Commissioning Group (CCG)")
    'bassetlaw ccg'
    >>> org_key("The Healthy East Grinstead Partnership")
    'healthy east grinstead partnership'
    >>> org_key("Åland Practice") == org_key("Öland Practice"), org_key("Café Trust") == org_key("Cafe Trust")
    (False, True)
    >>> org_key("Hill Care C.I.C.") == org_key("Hill Care C.I.C") == org_key("Hill Care CIC") == "hill care"
    True
    """
    # Each pattern below is run only where the text it needs is there: a bracket, an
    # apostrophe followed by s, a leading 'the'.
    text = folded(BRACKETS.sub(" ", name) if "(" in name else name).replace("&", " and ")
    text = text.translate(APOSTROPHES)
    if "'" in text:
        text = (POSSESSIVE.sub("s", text) if "'s" in text else text).replace("'", "")
    # initials with their stops are the word they spell ('C.I.C.' is 'CIC', 'N.H.S.' is 'NHS')
    if "." in text:
        text = DOTTED_INITIALS.sub(lambda found: found.group(0).replace(".", ""), text)
    text = NOT_WORD.sub(" ", text)
    for (pattern, replacement), needed in zip(COMPILED_REWRITES, REWRITE_NEEDS, strict=True):
        if needed in text if needed is not None else text.endswith(ENDINGS):
            text = pattern.sub(replacement, text)
    text = " ".join(text.split())
    if text.startswith("the"):
        text = LEADING_THE.sub("", text)
    return text.strip()


@cache
def slug(text: str) -> str:
    """A stable identifier fragment for a name (kept for each text: an id is asked for again
    and again).

    >>> slug("The Breckland Alliance")
    'breckland-alliance'
    >>> slug("Lichfield / Burntwood Network Partnership")
    'lichfield-burntwood-network-partnership'
    >>> slug("Åland Practice"), slug("Øland Practice")
    ('aland-practice', 'øland-practice')
    """
    text = folded(text).replace("&", " and ")
    text = SLUG_THE.sub("", text.strip())
    return SLUG_GAPS.sub("-", text).strip("-")
