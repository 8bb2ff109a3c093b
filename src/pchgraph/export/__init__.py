"""Writing the graph, or the part a researcher selects, in the formats other tools read.

One module per kind of output, each registering its formats with `registry.register`:
``graphfiles`` (json, graphml, gexf, cytoscape, csv) and ``html`` (the interactive page). A new
format is a new module here that registers itself.
"""

from __future__ import annotations

import networkx as nx

from ..analysis import sites_in_area, within
from ..errors import UsageError
from ..schema import IN_AREA, ORG_EDGES, checked_kinds
from . import figure, graphfiles, html, neo4j_import  # noqa: F401  (importing a format module registers its formats)
from .files import atomic_write
from .registry import FORMATS, Format, export, register

__all__ = ["FORMATS", "Format", "atomic_write", "export", "register", "selection"]


def selection(graph: nx.MultiDiGraph, kind=None, area: str | None = None, focus: str | None = None, depth: int = 1) -> nx.MultiDiGraph:
    """The part of the graph a researcher asked for (all of it by default).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A pchgraph graph.
    kind : str or list of str, optional
        Organisations of these kinds, the sites they work with and those sites' areas.
    area : str, optional
        That STP area's sites, their partners and the area itself.
    focus : str, optional
        A node id: everything within `depth` partnership steps of it.
    depth : int
        Steps from `focus`.

    Returns
    -------
    networkx.MultiDiGraph
        A copy; the conditions combine.

    Raises
    ------
    UsageError
        When the conditions select nothing from a graph that has nodes, naming them.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for node, kind in [("s", "site"), ("t", "trust"), ("c", "council")]:
    ...     g.add_node(node, kind=kind, name=node)
    >>> for org in "tc":
    ...     _ = g.add_edge(org, "s", kind="partner_of")
    >>> sorted(selection(g, kind="trust"))
    ['s', 't']
    >>> selection(g, kind="ccg")
    Traceback (most recent call last):
    ...
    pchgraph.errors.UsageError: kind: selects nothing: no node meets the conditions
    """
    kinds = checked_kinds(kind)
    keep = set(graph)
    if area:
        sites = sites_in_area(graph, area)
        keep &= (
            sites
            | {o for s in sites for o, _, k in graph.in_edges(s, data="kind") if k in ORG_EDGES}
            | {a for s in sites for _, a, k in graph.out_edges(s, data="kind") if k == IN_AREA}
        )
    if kinds:
        orgs = {n for n, d in graph.nodes(data=True) if d["kind"] in kinds}
        sites = {s for o in orgs for _, s, k in graph.out_edges(o, data="kind") if k in ORG_EDGES}
        areas = {a for s in sites for _, a, k in graph.out_edges(s, data="kind") if k == IN_AREA}
        keep &= orgs | sites | areas
    if focus:
        keep &= set(within(graph.subgraph(keep), focus, depth)) or {focus}
    if graph and not keep:
        # an empty file or a blank drawing would look like an answer
        given = [name for name, value in (("kind", kinds), ("area", area), ("focus", focus)) if value]
        raise UsageError("selects nothing: no node meets the conditions", where=", ".join(given))
    return graph.subgraph(keep).copy()
