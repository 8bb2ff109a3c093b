"""Answers over the graph, as plain lists of dictionaries a notebook or the CLI can use."""

from __future__ import annotations

import networkx as nx

from .errors import PchgraphError
from .organisations import KINDS

ORG_EDGES = ("partner_of", "member_of")


def sites_of(graph: nx.MultiDiGraph, node: str) -> list[str]:
    """The sites an organisation partners with (or a practice belongs to), sorted."""
    return sorted({site for _, site, kind in graph.out_edges(node, data="kind") if kind in ORG_EDGES})


def areas_of(graph: nx.MultiDiGraph, site: str) -> list[str]:
    return sorted(graph.nodes[a]["name"] for _, a, kind in graph.out_edges(site, data="kind") if kind == "in_area")


def check_kind(kind: str | None) -> None:
    if kind is not None and kind not in KINDS:
        raise PchgraphError(f"unknown kind '{kind}'; use one of: {', '.join(KINDS)}", where="--type", exit_code=2)


def spanning(graph: nx.MultiDiGraph, kind: str | None = None, top: int | None = None) -> list[dict]:
    """Organisations ranked by how many sites they partner with (ties by name).

    Each row gives the number of sites, the PCHs and practices those sites hold, and the STP
    areas they span.

    >>> from pchgraph import load_graph
    >>> top = spanning(load_graph(), kind="trust", top=1)[0]
    >>> top["name"], top["sites"]
    ('Cornwall Partnership NHS Foundation Trust', 9)
    """
    check_kind(kind)
    rows = []
    for node, data in graph.nodes(data=True):
        if data.get("kind") in ("site", "area") or (kind and data.get("kind") != kind):
            continue
        sites = sites_of(graph, node)
        if not sites:
            continue
        areas = sorted({a for s in sites for a in areas_of(graph, s)})
        rows.append(
            {
                "id": node,
                "name": data["name"],
                "kind": data["kind"],
                "sites": len(sites),
                "pchs": sum(graph.nodes[s].get("pchs_count") or 0 for s in sites),
                "practices": sum(graph.nodes[s].get("practices_count") or 0 for s in sites),
                "areas": len(areas),
                "area_names": areas,
                "site_names": sorted(graph.nodes[s]["name"] for s in sites),
            }
        )
    rows.sort(key=lambda row: (-row["sites"], row["name"].lower(), row["id"]))
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank
    return rows[:top] if top else rows
