"""The graph contract, stated once: node kinds, edge kinds, the words that describe relations,
and the version of the graph file format.

Every module that makes or reads the graph uses these names; none spells them itself.

Examples
--------
>>> SITE in NODE_KINDS and "trust" in ORG_KINDS
True
>>> RELATION_WORDS[PARTNER_OF]
('partner of', 'has partner')
"""

from __future__ import annotations

import operator

from .errors import UsageError

# Node kinds: the organisation kinds pchgraph tells apart, then sites and STP areas.
PRACTICE = "practice"
TRUST = "trust"
CCG = "ccg"
COUNCIL = "council"
CHARITY = "charity"
FEDERATION = "federation"
NHS_BODY = "nhs_body"
# Integrated care boards (from July 2022): in the graph as the bodies CCGs became, and wherever
# a document names one.
ICB = "icb"
OTHER = "other"
ORG_KINDS = (PRACTICE, TRUST, CCG, ICB, COUNCIL, CHARITY, FEDERATION, NHS_BODY, OTHER)
SITE = "site"
AREA = "area"
NODE_KINDS = (*ORG_KINDS, SITE, AREA)

# Edge kinds: an organisation partners a site, a practice belongs to one, a site lies in an
# area, a brochure entry points at another site.
PARTNER_OF = "partner_of"
MEMBER_OF = "member_of"
IN_AREA = "in_area"
LINKED_TO = "linked_to"
# A body a document only names beside a site (the programme owner, a funder, a regulator, a
# person's employer): kept with its quote, but not a partnership.
MENTIONED_IN = "mentioned_in"
# A body that legally took over from another (renamed, merged, split, CCG to ICB), as the
# reference data records it: the way from a 2017 body to today's.
SUCCEEDED_BY = "succeeded_by"
ORG_EDGES = (PARTNER_OF, MEMBER_OF)
EDGE_KINDS = (PARTNER_OF, MEMBER_OF, IN_AREA, LINKED_TO, MENTIONED_IN, SUCCEEDED_BY)
RELATION_WORDS = {
    PARTNER_OF: ("partner of", "has partner"),
    MEMBER_OF: ("member of", "has member"),
    LINKED_TO: ("linked to", "linked from"),
    IN_AREA: ("in area", "area of"),
    MENTIONED_IN: ("mentioned in", "mentions"),
    SUCCEEDED_BY: ("succeeded by", "succeeds"),
}

# The two sides of the two-mode partnership graph.
SIDES = ("org", SITE)

# Lists a site node carries besides its partner edges.
COLLECTIVE_LIST = "collective"
SELF_LIST = "self_mentions"
# The ids and names of today's successors, on an organisation node that has any.
NOW = "now"
NOW_NAMES = "now_names"
# The note on a rename's succeeded_by edge: registers are snapshots, so "by 2020" is the first
# that names it.
RENAME_NOTE = "date: the first register naming it"

# Bumped when graph files change shape; a file of another version is refused, not misread.
GRAPH_FORMAT = 3


def checked_kinds(kinds, allowed: tuple[str, ...] = ORG_KINDS, argument: str = "kind") -> tuple[str, ...] | None:
    """Organisation kinds as a tuple (None for all), each one checked.

    Parameters
    ----------
    kinds : str, iterable of str or None
        One kind, several, or None for every kind.
    allowed : tuple of str
        The kinds that may be given.
    argument : str
        The argument's name, for the error.

    Returns
    -------
    tuple of str or None

    Raises
    ------
    UsageError
        When a kind is not one of `allowed`.

    Examples
    --------
    >>> checked_kinds("trust"), checked_kinds(["ccg", "trust"]), checked_kinds(None)
    (('trust',), ('ccg', 'trust'), None)
    """
    if kinds is None:
        return None
    found = (kinds,) if isinstance(kinds, str) else tuple(kinds)
    if not found:
        return None
    for kind in found:
        if kind not in allowed:
            raise UsageError(f"unknown kind '{kind}'; expected one of: {', '.join(allowed)}", where=argument)
    return found


def checked_top(top: int | None) -> int | None:
    """How many rows to keep: None for all, else a whole number of at least 1 (as ``--top``
    takes), else a UsageError naming `top`.

    Examples
    --------
    >>> checked_top(3), checked_top(None)
    (3, None)
    >>> checked_top(0)
    Traceback (most recent call last):
    ...
    pchgraph.errors.UsageError: top: 0 is not a number of rows (a whole number, 1 or more, or None for all)
    """
    if top is None:
        return None
    # (any whole number, numpy's too, but not True)
    whole = operator.index(top) if hasattr(type(top), "__index__") and not isinstance(top, bool) else None
    if whole is None or whole < 1:
        raise UsageError(f"{top!r} is not a number of rows (a whole number, 1 or more, or None for all)", where="top")
    return whole


def checked_side(side: str) -> str:
    """'org' or 'site', else a UsageError naming `side`.

    Examples
    --------
    >>> checked_side("site")
    'site'
    """
    if side not in SIDES:
        raise UsageError(f"unknown side '{side}'; expected one of: {', '.join(SIDES)}", where="side")
    return side
