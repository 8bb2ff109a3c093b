"""What was read and where it went: the numbers behind `pchgraph report`, `sites` and `build`."""

from __future__ import annotations

from collections import Counter
from itertools import chain
from operator import methodcaller

import networkx as nx

from .schema import COLLECTIVE_LIST, MEMBER_OF, MENTIONED_IN, NOW, ORG_EDGES, PARTNER_OF, SITE, SUCCEEDED_BY


def site_rows(graph: nx.MultiDiGraph) -> list[dict]:
    """One row per site, in site-number order (case studies last, by name)."""
    rows = []
    for node, data in graph.nodes(data=True):
        if data.get("kind") != SITE:
            continue
        partners = {u for u, _, kind in graph.in_edges(node, data="kind") if kind in ORG_EDGES}
        rows.append(
            {
                "id": node,
                "numbers": data.get("numbers", []),
                "name": data["name"],
                "wave": data.get("wave"),
                "stp_area": data.get("stp_area", []),
                "pchs": data.get("pchs_raw"),
                "pchs_count": data.get("pchs_count"),
                "practices": data.get("practices_raw"),
                "practices_count": data.get("practices_count"),
                "partners": len(partners),
                "collective": len(data.get(COLLECTIVE_LIST, [])),
                "sources": data.get("sources", []),
                "document_kind": data.get("document_kind"),
            }
        )
    rows.sort(key=lambda r: (not r["numbers"], r["numbers"][:1], r["name"]))
    return rows


def report_data(graph: nx.MultiDiGraph) -> dict:
    """Counts of mentions by where they went, and the collective and unresolved ones in full."""
    summary = summary_data(graph)
    edges = summary["edge_counts"]
    collective = [
        {"site": data["name"], **item}
        for _, data in sorted(graph.nodes(data=True), key=lambda n: n[0])
        if data.get("kind") == SITE
        for item in data.get(COLLECTIVE_LIST, [])
    ]
    unresolved = [
        {"site": graph.nodes[u["site_id"]]["name"] if u.get("site_id") in graph else "", **u} for u in graph.graph.get("unresolved", [])
    ]
    mentioned = sorted(
        (
            {
                "name": graph.nodes[u]["name"],
                "site": graph.nodes[v]["name"],
                "text": d["mention"],
                "source_file": d["source_file"],
                "line": d["line"],
            }
            for u, v, d in graph.edges(data=True)
            if d["kind"] == MENTIONED_IN
        ),
        key=lambda row: (row["source_file"], row["line"], row["text"]),
    )
    return {
        "files": summary["files"],
        "encodings": graph.graph.get("encodings", {}),
        "sites": summary["sites"],
        "site_numbers": summary["site_numbers"],
        "mentions": summary["mentions"],
        "edges": dict(sorted(edges.items())),
        "nodes": summary["nodes"],
        "codes": code_rates(graph),
        "collective": collective,
        "mentioned": mentioned,
        "unresolved": unresolved,
        "today": {
            "followed": sum(1 for _, d in graph.nodes(data=True) if d.get(NOW)),
            "successors_added": sum(1 for _, d in graph.nodes(data=True) if d.get("successor_only")),
            "succession_edges": edges[SUCCEEDED_BY],
        },
        "not_followed": sorted(graph.graph.get("not_followed", []), key=lambda row: (row["kind"], row["name"].casefold(), row["id"])),
        "problems": graph.graph.get("problems", []),
    }


def summary_data(graph: nx.MultiDiGraph) -> dict:
    """The counts `summary_lines` prints (and `report_data` shares): files, sites, site numbers,
    mentions by where they went, nodes by kind, and edges by kind (under "edge_counts"); without
    the lists the full report sorts and copies, which a build's summary never shows."""
    counts = Counter(graph.graph.get("mention_counts", {}))
    edges = edge_kinds(graph)
    kinds = Counter(data.get("kind") for data in graph._node.values())
    numbers = {n for d in graph._node.values() if d.get("kind") == SITE for n in d.get("numbers", [])}
    return {
        "files": graph.graph.get("files", []),
        "sites": kinds[SITE],
        "site_numbers": len(numbers),
        "mentions": {
            "read": sum(counts.values()),
            "edges": edges[PARTNER_OF] + edges[MEMBER_OF],
            "mentioned": edges[MENTIONED_IN],
            "collective": counts["collective"],
            "self": counts["self"],
            "unresolved": counts["unresolved"],
        },
        "nodes": dict(sorted(kinds.items(), key=lambda kv: str(kv[0]))),
        "edge_counts": edges,
    }


def edge_kinds(graph: nx.MultiDiGraph) -> Counter:
    """How many edges of each kind (None for an edge without one): ``Counter(kind for *_, kind
    in graph.edges(data="kind"))``, counted over the graph's own edge dictionaries, in the same
    order, without the view's generator."""
    if not graph.is_multigraph():
        return Counter(kind for *_, kind in graph.edges(data="kind"))
    keyed_edges = (keyed.values() for successors in graph._adj.values() for keyed in successors.values())
    return Counter(map(KIND_OF, chain.from_iterable(keyed_edges)))


# An edge's kind, None when it has none (as the view's data="kind" gives it).
KIND_OF = methodcaller("get", "kind")


def report_rows(data: dict) -> list[dict]:
    """Every list of the report (`report_data`) as rows of one table, each row saying which
    list it is in ``list``: collective, mentioned, unresolved, not_followed, uncoded (an
    organisation of a coded kind without its code) and problems (what the text report prints
    under Problems, with its level as the ``reason``).

    Examples
    --------
    >>> data = {"collective": [], "mentioned": [], "unresolved": [], "not_followed": [],
    ...         "codes": {"trust": {"uncoded": ["Hill Trust"]}},
    ...         "problems": [{"file": "a.txt", "line": None, "level": "warning", "message": "no text"}]}
    >>> [(r["list"], r.get("name") or r.get("text")) for r in report_rows(data)]
    [('uncoded', 'Hill Trust'), ('problems', 'no text')]
    """
    rows = [dict(row, list=name) for name in ("collective", "mentioned", "unresolved", "not_followed") for row in data[name]]
    rows += [{"list": "uncoded", "kind": kind, "name": name} for kind, rate in data["codes"].items() for name in rate["uncoded"]]
    rows += [
        {"list": "problems", "source_file": p["file"], "line": p["line"], "text": p["message"], "reason": p["level"]}
        for p in data["problems"]
        if p["level"] != "info"
    ]
    return rows


def code_rates(graph: nx.MultiDiGraph) -> dict:
    """For practices, trusts, CCGs and councils: how many carry an official code."""
    rates = {}
    for kind, key in (("practice", "ods_code"), ("trust", "ods_code"), ("ccg", "ods_code"), ("council", "gss_code")):
        nodes = [d for _, d in graph.nodes(data=True) if d.get("kind") == kind and not d.get("scope") and not d.get("successor_only")]
        coded = sum(1 for d in nodes if d.get(key))
        rates[kind] = {
            "organisations": len(nodes),
            "coded": coded,
            "rate": round(coded / len(nodes), 3) if nodes else None,
            "uncoded": sorted(d["name"] for d in nodes if not d.get(key)),
        }
    return rates


def summary_lines(graph: nx.MultiDiGraph) -> list[str]:
    data = summary_data(graph)
    m = data["mentions"]
    nodes = ", ".join(f"{count} {kind}" for kind, count in data["nodes"].items())
    return [
        f"{len(data['files'])} documents, {data['sites']} sites, {data['site_numbers']} site numbers",
        f"{m['read']} mentions read: {m['edges']} edges, {m['mentioned']} only mentioned, {m['collective']} collective, "
        f"{m['self']} of a site itself, {m['unresolved']} unresolved",
        f"nodes: {nodes}",
    ]


def report_text(data: dict) -> str:
    """The report as readable text."""
    m = data["mentions"]
    lines = [
        f"Documents: {', '.join(data['files'])}",
        *(f"  {file} read as {encoding} (not UTF-8)" for file, encoding in data["encodings"].items()),
        f"Sites: {data['sites']} ({data['site_numbers']} numbered PCH sites)",
        f"Mentions read: {m['read']}",
        f"  became edges:   {m['edges']}",
        f"  only mentioned: {m['mentioned']}",
        f"  collective:     {m['collective']}",
        f"  the site itself:{m['self']:>4}",
        f"  unresolved:     {m['unresolved']}",
        "",
        f"Collective mentions ({len(data['collective'])}):",
    ]
    lines += [
        f"  {c['source_file']}:{c['line']}  {c['site']}: {c['text']}" + (f" (count {c['count']})" if c.get("count") else "")
        for c in data["collective"]
    ]
    lines += ["", f"Only mentioned, not partners ({len(data['mentioned'])}):"]
    lines += [f"  {row['source_file']}:{row['line']}  {row['site']}: {row['text']}" for row in data["mentioned"]]
    lines += ["", "Official codes (organisations with a named place; generic names left out):"]
    lines += [
        f"  {kind:9} {rate['coded']:>3} of {rate['organisations']:>3} ({rate['rate']:.0%})"
        + (f"  uncoded: {'; '.join(rate['uncoded'])}" if rate["uncoded"] else "")
        for kind, rate in data["codes"].items()
        if rate["organisations"]
    ]
    today = data["today"]
    lines += [
        "",
        f"Today's bodies (legal succession, ODS/ONS): {today['followed']} organisations have successors; "
        f"{today['successors_added']} successor bodies added, {today['succession_edges']} succeeded_by edges",
        f"Not followed to today, kept as named ({len(data['not_followed'])}):",
    ]
    lines += [f"  {row['kind']:9} {row['name']}: {row['reason']}" for row in data["not_followed"]]
    lines += ["", f"Unresolved mentions ({len(data['unresolved'])}):"]
    lines += [f"  {u['source_file']}:{u['line']}  {u['text']}: {u['reason']}" for u in data["unresolved"]]
    problems = [p for p in data["problems"] if p["level"] != "info"]
    if problems:
        lines += ["", f"Problems ({len(problems)}):"]
        lines += [f"  {p['file']}:{p['line'] or ''} {p['level']}: {p['message']}" for p in problems]
    return "\n".join(lines)
