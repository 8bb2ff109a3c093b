"""The graph by today's organisations: every 2017 body replaced by the bodies that took it over.

`now_graph` moves each partnership, membership and mention of an organisation that has
successors (its node's ``now``, worked out when the graph was built) onto those successors, so
that every analysis, engine and export answers "which of today's trusts and ICBs span the 2017
sites" without knowing about succession. A moved edge keeps its quote and says which body the
document named (``was``). Organisations whose succession could not be followed stay as they
are and are listed in the graph's ``not_followed``; nothing is dropped.
"""

from __future__ import annotations

import networkx as nx

from .schema import NOW, NOW_NAMES, ORG_KINDS, SUCCEEDED_BY


def now_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph with each organisation that has successors replaced by them.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A pchgraph graph (``pchgraph build``).

    Returns
    -------
    networkx.MultiDiGraph
        A new graph: replaced organisations, the bodies between them and today's, and
        ``succeeded_by`` edges left out, their edges
        moved to today's bodies (with ``was``, the name the document used), each of today's
        bodies listing the 2017 names it stands for in ``was`` and among its ``aliases``; the
        graph attribute ``now`` is True.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("site:s", kind="site", name="S")
    >>> g.add_node("org:old", kind="trust", name="Old Trust", aliases=["Old Trust"], now=["org:new"])
    >>> g.add_node("org:new", kind="trust", name="New Trust", aliases=[], successor_only=True)
    >>> _ = g.add_edge("org:old", "site:s", kind="partner_of", mention="Old Trust", source_file="a.txt", line=3)
    >>> _ = g.add_edge("org:old", "org:new", kind="succeeded_by", change="renamed")
    >>> today = now_graph(g)
    >>> sorted(today), [(u, v, d["was"]) for u, v, d in today.edges(data=True)]
    (['org:new', 'site:s'], [('org:new', 'site:s', 'Old Trust')])
    """
    replaced = {node: data[NOW] for node, data in graph.nodes(data=True) if data.get(NOW)}
    ends = {new for successors in replaced.values() for new in successors}
    today = nx.MultiDiGraph()
    today.graph.update(graph.graph, now=True)
    for node, data in graph.nodes(data=True):
        # A body passed through on the way (a CCG of 2020, an ICB of 2022) is not today's.
        if node not in replaced and (node in ends or not data.get("successor_only")):
            today.add_node(node, **data)
    for old, successors in sorted(replaced.items()):
        name = graph.nodes[old]["name"]
        for new in successors:
            data = today.nodes[new]
            data["was"] = sorted({*data.get("was", []), name})
            data["aliases"] = sorted({*data.get("aliases", []), name, *graph.nodes[old].get("aliases", [])})
            data["mentions"] = data.get("mentions", 0) + graph.nodes[old].get("mentions", 0)
            data.pop("successor_only", None)
    for u, v, data in graph.edges(data=True):
        if data["kind"] == SUCCEEDED_BY:
            continue
        for source in replaced.get(u, [u]):
            for target in replaced.get(v, [v]):
                moved = dict(data)
                if source != u or target != v:
                    moved["was"] = graph.nodes[u if source != u else v]["name"]
                today.add_edge(source, target, **moved)
    return today


def today_of(graph: nx.MultiDiGraph, node: str) -> list[str]:
    """The ids of the bodies an organisation is today (itself when nothing succeeded it).

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", kind="ccg", name="A", now=["b"])
    >>> g.add_node("b", kind="icb", name="B")
    >>> today_of(g, "a"), today_of(g, "b")
    (['b'], ['b'])
    """
    return list(graph.nodes[node].get(NOW) or [node])


def chain_rows(graph: nx.MultiDiGraph, node: str) -> list[dict]:
    """Each recorded step from an organisation to today's bodies, in order, with its change,
    date and the reference table and line that record it.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", kind="ccg", name="A CCG")
    >>> g.add_node("b", kind="icb", name="B ICB", ods_code="QB1")
    >>> _ = g.add_edge("a", "b", kind="succeeded_by", change="became sub-ICB location of", date="2022-07-01",
    ...                source_file="ccg2017_to_icb.csv", line=9, note="")
    >>> [(r["from"], r["change"], r["to"], r["code"]) for r in chain_rows(g, "a")]
    [('A CCG', 'became sub-ICB location of', 'B ICB', 'QB1')]
    """
    rows, todo, seen = [], [node], set()
    while todo:
        current = todo.pop(0)
        if current in seen:
            continue
        seen.add(current)
        for _, new, data in sorted(graph.out_edges(current, data=True), key=lambda e: (e[2].get("date", ""), e[1])):
            if data["kind"] != SUCCEEDED_BY:
                continue
            target = graph.nodes[new]
            rows.append(
                {
                    "from": graph.nodes[current]["name"],
                    "change": data.get("change", ""),
                    "date": data.get("date", ""),
                    "to": target["name"],
                    "to_id": new,
                    "kind": target["kind"],
                    "code": target.get("ods_code") or target.get("gss_code") or "",
                    "note": data.get("note", ""),
                    "source_file": data.get("source_file", ""),
                    "line": data.get("line"),
                }
            )
            todo.append(new)
    return rows


def now_names(graph: nx.MultiDiGraph, node: str) -> list[str]:
    """The names of today's bodies for an organisation that has successors, else nothing."""
    return list(graph.nodes[node].get(NOW_NAMES) or [])


def partnerships(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph without succession: bodies named in no document (``successor_only``) and
    ``succeeded_by`` edges left out, as a drawing shows it (today's names are in ``now_names``).

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", kind="ccg", name="A", now=["b"], now_names=["B"])
    >>> g.add_node("b", kind="icb", name="B", successor_only=True)
    >>> _ = g.add_edge("a", "b", kind="succeeded_by")
    >>> list(partnerships(g)), partnerships(g).number_of_edges()
    (['a'], 0)
    """
    if not any(kind == SUCCEEDED_BY for *_, kind in graph.edges(data="kind")) and not any(
        d.get("successor_only") for _, d in graph.nodes(data=True)
    ):
        return graph
    kept = graph.subgraph(n for n, d in graph.nodes(data=True) if not d.get("successor_only")).copy()
    kept.remove_edges_from([(u, v, k) for u, v, k, kind in kept.edges(keys=True, data="kind") if kind == SUCCEEDED_BY])
    return kept


def organisations_now(graph: nx.MultiDiGraph) -> list[dict]:
    """Every organisation named in the documents with today's bodies: one row each. A body that
    could not be followed (no official code: 'the CCG' with nothing to say which) is its own
    ``now``, and ``followed`` says so: its name is no body of today.

    >>> g = nx.MultiDiGraph(not_followed=[{"id": "c", "kind": "ccg", "name": "CCG", "reason": "a kind, not a name"}])
    >>> g.add_node("a", kind="ccg", name="A CCG", now=["b"], now_names=["B ICB"])
    >>> g.add_node("b", kind="icb", name="B ICB", successor_only=True)
    >>> g.add_node("c", kind="ccg", name="CCG")
    >>> organisations_now(g)  # doctest: +NORMALIZE_WHITESPACE
    [{'name': 'A CCG', 'kind': 'ccg', 'now': ['B ICB'], 'followed': True, 'id': 'a'},
     {'name': 'CCG', 'kind': 'ccg', 'now': ['CCG'], 'followed': False, 'id': 'c'}]
    """
    unfollowed = {row["id"] for row in graph.graph.get("not_followed", [])}
    return [
        {
            "name": data["name"],
            "kind": data["kind"],
            "now": now_names(graph, node) or [data["name"]],
            "followed": node not in unfollowed,
            "id": node,
        }
        for node, data in sorted(graph.nodes(data=True), key=lambda item: (item[1]["name"].casefold(), item[0]))
        if data["kind"] in ORG_KINDS and not data.get("successor_only")
    ]
