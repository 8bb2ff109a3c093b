"""Finding nodes by name: exact and fuzzy search over names and every spelling seen, and the
profile of one organisation."""

from __future__ import annotations

import re

import networkx as nx

from .errors import UsageError
from .names import org_key
from .now import chain_rows, now_names
from .output import ranked
from .schema import AREA, MENTIONED_IN, ORG_EDGES, ORG_KINDS, RENAME_NOTE, SITE, SUCCEEDED_BY

SUGGESTIONS = 5
MIN_SCORE = 60


def spellings(graph: nx.MultiDiGraph) -> list[tuple[str, str]]:
    """(node id, spelling) for every node's name, its official name, and every alias it was
    mentioned under."""
    found = []
    for node, data in graph.nodes(data=True):
        official = [data["official_name"]] if data.get("official_name") else []
        # (in the same order every run, its name first: of spellings that match as well, the
        # one shown is always the same)
        for spelling in dict.fromkeys([data["name"], *official, *data.get("aliases", []), *data.get("written", [])]):
            found.append((node, spelling))
    return found


def node_with_code(graph: nx.MultiDiGraph, code: str, kinds: tuple[str, ...] | None = None) -> str | None:
    """The node whose official code (ODS or GSS) this is, if one has it.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("org:kch", kind="trust", name="Kent Community Health NHS Foundation Trust", ods_code="RYY")
    >>> node_with_code(g, "ryy")
    'org:kch'
    """
    wanted = code.strip().upper()
    found = [
        n
        for n, d in graph.nodes(data=True)
        if wanted and wanted in (d.get("ods_code"), d.get("gss_code")) and (not kinds or d["kind"] in kinds)
    ]
    return found[0] if len(found) == 1 else None


def word_score(query: str, target: str, **_) -> float:
    """How well every word of the query finds a like word in the target (typos forgiven), 0–100.

    >>> round(word_score("kent comunity health", "kent community health foundation trust"))
    98
    >>> word_score("kent comunity health", "unity health") < 80
    True
    """
    from rapidfuzz import fuzz  # as in find

    asked, have = query.split(), target.split()
    if not asked or not have:
        return 0.0
    return sum(max(fuzz.ratio(word, other) for other in have) for word in asked) / len(asked)


def find(graph: nx.MultiDiGraph, text: str, top: int = 10, kinds: tuple[str, ...] | None = None) -> list[dict]:
    """Nodes whose name or a spelling of it is like `text`, best first.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A pchgraph graph.
    text : str
        What to look for; compared after normalisation, word by word.
    top : int
        How many nodes to return: the best `top`, and every node that scores as well as the last.
    kinds : tuple of str, optional
        Only nodes of these kinds.

    Returns
    -------
    list of dict
        ``id``, ``name``, ``kind``, the spelling ``matched`` and its ``score`` (0-100).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("org:kch", kind="trust", name="Kent Community Health NHS Foundation Trust",
    ...            aliases=["Kent Community Hospital Foundation Trust"])
    >>> g.add_node("org:kcc", kind="council", name="Kent County Council")
    >>> find(g, "kent community hospital")[0]["name"]
    'Kent Community Health NHS Foundation Trust'
    """
    from rapidfuzz import process  # rapidfuzz loads in 0.2 s; only searches need it

    if not text.strip():
        raise UsageError("give some text to search for", where="text")
    choices = [(node, spelling) for node, spelling in spellings(graph) if not kinds or graph.nodes[node]["kind"] in kinds]
    keys = [org_key(spelling) for _, spelling in choices]
    # every spelling that matches, not the best few: of many that score the same, which few
    # the matcher gave would decide the answer
    matches = process.extract(org_key(text), keys, scorer=word_score, limit=None, score_cutoff=MIN_SCORE)
    rows: dict[str, dict] = {}
    # each node's best spelling, the one it lists first of those that match as well
    for _, score, index in sorted(matches, key=lambda match: (-match[1], match[2])):
        node, spelling = choices[index]
        if node not in rows:
            data = graph.nodes[node]
            rows[node] = {"id": node, "name": data["name"], "kind": data["kind"], "matched": spelling, "score": round(score, 1)}
    best = sorted(rows.values(), key=lambda r: (-r["score"], r["name"], r["id"]))
    return ranked(best, top, lambda r: r["score"])


# Words a name may hold that pick out no node by themselves.
FILLER_WORDS = frozenset({"the", "and", "of", "for", "in", "on", "at", "a", "an", "to"})


def node_for(graph: nx.MultiDiGraph, name: str, kinds: tuple[str, ...] | None = None, what: str = "name") -> str:
    """The one node a name means.

    An id, an official code (ODS or GSS), a name or any spelling seen (compared after
    normalisation) must pick out one node;
    failing that, a name whose words appear in exactly one node's name. Otherwise the error
    lists the nearest names ('did you mean'), and nothing is guessed.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A pchgraph graph.
    name : str
        An id, a name or a spelling.
    kinds : tuple of str, optional
        Only nodes of these kinds.
    what : str
        The argument the name came from, for the error.

    Returns
    -------
    str
        The node id.

    Raises
    ------
    UsageError
        When no node, or more than one, fits.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("org:cpt", kind="trust", name="Cornwall Partnership NHS Foundation Trust")
    >>> node_for(g, "cornwall partnership foundation NHS trust")
    'org:cpt'

    A name that is one body's and a spelling the documents gave another is either:

    >>> g.add_node("org:old", kind="council", name="Riverton County Council", written=["Riverton Council"])
    >>> g.add_node("org:new", kind="council", name="Riverton Council")
    >>> node_for(g, "Riverton Council")
    Traceback (most recent call last):
    ...
    pchgraph.errors.UsageError: name: 'Riverton Council' is ambiguous: it could be Riverton Council (org:new); Riverton County Council (org:old)
    """
    if name in graph and (not kinds or graph.nodes[name]["kind"] in kinds):
        return name
    coded = node_with_code(graph, name, kinds)
    if coded:
        return coded
    folded = name.strip().casefold()
    named = {n for n, d in graph.nodes(data=True) if d["name"].casefold() == folded and (not kinds or d["kind"] in kinds)}
    wanted = org_key(name)
    candidates = [(n, s) for n, s in spellings(graph) if not kinds or graph.nodes[n]["kind"] in kinds]
    if len(named) == 1:
        # a body's name the documents also spell another body by ('Somerset Council', today's
        # council, is how a 2017 page names the county council) means either: nothing is guessed
        also = sorted({n for n, s in candidates if s.casefold() == folded} - named)
        if not also:
            return named.pop()
        listed = "; ".join(f"{graph.nodes[n]['name']} ({n})" for n in [*named, *also][:SUGGESTIONS])
        raise UsageError(f"'{name}' is ambiguous: it could be {listed}", where=what)
    # (a name whose words all go in normalising, 'NHS' or '.', is matched as it is spelt: its
    # empty key would be every such spelling's)
    exact = sorted({n for n, s in candidates if (org_key(s) == wanted if wanted else s.strip().casefold() == folded)})
    if len(exact) == 1:
        return exact[0]
    # (nor is a node found by words that name nothing alone: 'the')
    if not exact and set(wanted.split()) - FILLER_WORDS:
        pattern = re.compile(rf"(^| ){re.escape(wanted)}( |$)")
        within = sorted({n for n, s in candidates if pattern.search(org_key(s))})
        if len(within) == 1:
            return within[0]
        exact = within
    if exact:
        listed = "; ".join(f"{graph.nodes[n]['name']} ({n})" for n in exact[:SUGGESTIONS])
        raise UsageError(f"'{name}' is ambiguous: it could be {listed}", where=what)
    sought = kinds_named(kinds)
    other = {d["kind"] for n, d in graph.nodes(data=True) if d["name"].casefold() == folded} if kinds else set()
    if other:
        # the name is there, as another kind of node: say so rather than suggest look-alikes
        raise UsageError(f"'{name}' is {kinds_named(tuple(sorted(other)), article=True)}, not {sought_with_article(sought)}", where=what)
    nearest = find(graph, name, top=SUGGESTIONS, kinds=kinds) if wanted else []
    hint = "; did you mean: " + "; ".join(r["name"] for r in nearest) if nearest else ""
    raise UsageError(f"no {sought} called '{name}'{hint}", where=what)


def kinds_named(kinds: tuple[str, ...] | None, article: bool = False) -> str:
    """The words for what a look-up sought: 'organisation', 'site', 'area', or both of the first two.

    >>> kinds_named(("trust", "ccg")), kinds_named(("area",)), kinds_named(None), kinds_named(("site",), article=True)
    ('organisation', 'area', 'organisation or site', 'a site')
    """
    if kinds and set(kinds) <= set(ORG_KINDS):
        word = "organisation"
    elif kinds and set(kinds) == {AREA}:
        word = "area"
    elif kinds and set(kinds) == {SITE}:
        word = "site"
    else:
        word = "organisation or site"
    return sought_with_article(word) if article else word


def sought_with_article(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


# Codes and places an organisation profile shows, in this order.
CODE_KEYS = (
    "ods_code",
    "gss_code",
    "official_name",
    "postcode",
    "pcn_2022_code",
    "pcn_2022_name",
    "ccg_2022_code",
    "ccg_2022_name",
    "pcn_2026_code",
    "pcn_2026_name",
    "sub_icb_2026_code",
    "icb_2026_code",
    "icb_2026_name",
)


def org_profile(graph: nx.MultiDiGraph, node: str) -> dict:
    """An organisation's kind, spellings, codes, every site it works with (with the quoted
    lines), and each recorded step to today's bodies (with the reference table line).
    `node` is an id, or a name `node_for` finds."""
    node = node_for(graph, node, kinds=ORG_KINDS, what="node")
    data = graph.nodes[node]
    links, mentions = [], []
    for _, site, edge in graph.out_edges(node, data=True):
        if edge["kind"] in ORG_EDGES or edge["kind"] == MENTIONED_IN:
            (links if edge["kind"] in ORG_EDGES else mentions).append(
                {
                    "site": graph.nodes[site]["name"],
                    "site_id": site,
                    "relation": edge["kind"],
                    "quote": edge["mention"],
                    "source_file": edge["source_file"],
                    "line": edge["line"],
                }
            )
    for found in (links, mentions):
        found.sort(key=lambda link: (link["site"], link["source_file"], link["line"]))
    codes = {key: data[key] for key in CODE_KEYS if data.get(key)}
    return {
        "id": node,
        "name": data["name"],
        "kind": data["kind"],
        "kind_guessed": data.get("kind_guessed", False),
        "aliases": data.get("aliases", []),
        "codes": codes,
        "sites": len({link["site_id"] for link in links}),
        "links": links,
        # where it is only named, not as a partner (a funder, a programme owner, an employer)
        "mentioned": mentions,
        "now": now_names(graph, node),
        "succession": chain_rows(graph, node),
        # the bodies it succeeded, whose sites --now counts as its own ('sites (0)' alone would
        # say a new ICB works with no site)
        "before": [
            {"id": n, "name": graph.nodes[n]["name"], "kind": graph.nodes[n]["kind"], "sites": sites_count(graph, n)}
            for n in sorted(predecessors(graph, node), key=lambda n: graph.nodes[n]["name"])
        ],
    }


def profile_records(around, node: str) -> nx.MultiDiGraph:
    """The part of a graph `org_profile` needs of a node, from a function that gives the records
    of some nodes (``around(nodes, follow)``, as `pchgraph.neighbourhoods` keeps them): the
    node's, those of the bodies that succeeded it, and those of the bodies it succeeded."""
    part = around([node], follow=(SUCCEEDED_BY,))
    seen: set[str] = set()
    while before := predecessors(part, node) - seen:
        seen |= before
        part = around(sorted(before))
    return part


def predecessors(graph: nx.MultiDiGraph, node: str) -> set[str]:
    """Every body a node legally succeeded, however many steps back (``succeeded_by`` edges).

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", kind="succeeded_by"); _ = g.add_edge("b", "c", kind="succeeded_by")
    >>> sorted(predecessors(g, "c")), predecessors(g, "a")
    (['a', 'b'], set())
    """
    found: set[str] = set()
    todo = [node]
    while todo:
        for before, _, kind in graph.in_edges(todo.pop(), data="kind"):
            if kind == SUCCEEDED_BY and before not in found and before != node:
                found.add(before)
                todo.append(before)
    return found


def sites_count(graph: nx.MultiDiGraph, node: str) -> int:
    """How many sites an organisation is a partner or member of."""
    return len({site for _, site, kind in graph.out_edges(node, data="kind") if kind in ORG_EDGES})


def profile_text(profile: dict) -> str:
    """An organisation profile as readable text."""
    kind = profile["kind"] + (" (guessed)" if profile["kind_guessed"] else "")
    lines = [f"{profile['name']}  [{kind}]  {profile['id']}"]
    if profile["codes"]:
        lines.append("codes: " + ", ".join(f"{k} {v}" for k, v in profile["codes"].items()))
    lines.append("spelled: " + " | ".join(profile["aliases"]))
    if profile["succession"]:
        lines.append("to today (legal succession, ODS/ONS):")
        for step in profile["succession"]:
            # A rename's note only explains "by YEAR", which the line already shows.
            note = f"; {step['note']}" if step["note"] and step["note"] != RENAME_NOTE else ""
            lines.append(
                f"  {step['date']}  {step['from']}  {step['change']}  {step['to']} ({step['code']}{note})  "
                f"{step['source_file']}:{step['line']}"
            )
        lines.append("now: " + "; ".join(profile["now"]))
    if profile.get("before"):
        lines.append("before (the bodies it succeeded; --now counts their sites as its own):")
        for body in profile["before"]:
            lines.append(f"  {body['name']}  [{body['kind']}]  {body['id']}  {body['sites']} site{'s' if body['sites'] != 1 else ''}")
    lines.append(f"sites ({profile['sites']}):")
    for link in profile["links"]:
        lines.append(f'  {link["site"]}  ({link["relation"]})  {link["source_file"]}:{link["line"]}  "{link["quote"]}"')
    if profile["mentioned"]:
        lines.append(f"only mentioned, not as a partner ({len(profile['mentioned'])}):")
        for link in profile["mentioned"]:
            lines.append(f'  {link["site"]}  {link["source_file"]}:{link["line"]}  "{link["quote"]}"')
    return "\n".join(lines)


def site_profile(graph: nx.MultiDiGraph, node: str) -> dict:
    """A site's fields and every partner and practice it names, with the quoted lines. `node` is
    an id, or a name `node_for` finds."""
    node = node_for(graph, node, kinds=(SITE,), what="node")
    data = graph.nodes[node]
    partners = []
    for org, _, edge in graph.in_edges(node, data=True):
        if edge["kind"] in ORG_EDGES:
            partners.append(
                {
                    "name": graph.nodes[org]["name"],
                    "id": org,
                    "kind": graph.nodes[org]["kind"],
                    "relation": edge["kind"],
                    "quote": edge["mention"],
                    "source_file": edge["source_file"],
                    "line": edge["line"],
                }
            )
    partners.sort(key=lambda p: (p["source_file"], p["line"], p["quote"]))
    fields = ("numbers", "wave", "stp_area", "pchs_raw", "practices_raw", "sources", "collective")
    return {"id": node, "name": data["name"], **{k: data.get(k) for k in fields}, "partners": partners}
