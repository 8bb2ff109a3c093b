"""Each organisation's sites, kept in the cache beside a cached graph, so that `spanning`
answers from them without loading the graph (`pchgraph.analysis.spanning_on_lists`).

A cold ``spanning`` on a national corpus's graph spent most of its time unpickling the graph's
edges (0.73 s of 1.2 s at 1000x the brochure) only to count them by organisation; these lists
are a few arrays and short tuples, loaded in hundredths of a second. They are made from the
graph as it is cached (`store_site_lists`), carry the hash of the graph's cache entry, and are
used only while that very entry is the one in the cache (`cached_site_lists`). The rows they
give are those of `pchgraph.analysis.spanning` on the graph, made by the same code
(`pchgraph.analysis.spanning_rows`).
"""

from __future__ import annotations

import contextlib
from array import array
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from .cache import stored_tables, tables_entry, touch
from .errors import DataError, UsageError
from .files import write_file
from .schema import AREA, IN_AREA, MENTIONED_IN, ORG_EDGES, SITE

# What an organisation's link to a site is, as bits: a partnership (`ORG_EDGES`), a mention.
PARTNER, MENTIONED = 1, 2
# The first item of a site lists entry's value.
LISTS_STATE = "pchgraph site lists 1"


@dataclass
class SiteLists:
    """The organisations with sites, each one's sites, and what spanning tells of each site.

    ``orgs[i]`` is an organisation's (id, name, kind); its sites are ``targets[offsets[i] :
    offsets[i + 1]]`` (indices into ``sites``, in order of id) and how it is linked to each,
    ``roles`` (`PARTNER`, `MENTIONED` or both). ``sites[j]`` is a site's (id, name, PCHs,
    practices), its areas ``site_areas[area_offsets[j] : area_offsets[j + 1]]`` (indices into
    ``areas``, once for each in-area link) and ``areas[k]`` an area's (id, node data).
    """

    graph_hash: str
    orgs: list[tuple[str, str, str]]
    offsets: array
    targets: array
    roles: bytes
    sites: list[tuple[str, str, int | None, int | None]]
    area_offsets: array
    site_areas: array
    areas: list[tuple[str, dict]]

    def found(self, kinds, wanted: int, keep: set[int] | None) -> list[tuple[str, dict, list[int]]]:
        """(organisation id, its name and kind, its sites' indices) for each organisation of
        these kinds (any, when none are given) with a site linked as `wanted` (`PARTNER`,
        `MENTIONED` or both) among those in `keep` (all, when None)."""
        found = []
        for index, (node, name, node_kind) in enumerate(self.orgs):
            if kinds and node_kind not in kinds:
                continue
            start, end = self.offsets[index], self.offsets[index + 1]
            sites = [
                target
                for target, role in zip(self.targets[start:end], self.roles[start:end])
                if role & wanted and (keep is None or target in keep)
            ]
            if sites:
                found.append((node, {"name": name, "kind": node_kind}, sites))
        return found

    def site_details(self, index: int) -> dict:
        """`pchgraph.analysis.site_details` of a site, by its index."""
        node, name, pchs, practices = self.sites[index]
        start, end = self.area_offsets[index], self.area_offsets[index + 1]
        areas = sorted(self.areas[area][1]["name"] for area in self.site_areas[start:end])
        return {"id": node, "name": name, "pchs": pchs, "practices": practices, "areas": areas}

    def areas_graph(self) -> nx.MultiDiGraph:
        """The area nodes alone, to look an area's name up in."""
        areas_only = nx.MultiDiGraph()
        areas_only.add_nodes_from(self.areas)
        return areas_only

    def sites_in_area(self, area: str) -> set[int]:
        """The indices of the sites in an area, by its node id."""
        wanted = next((index for index, (area_id, _) in enumerate(self.areas) if area_id == area), None)
        return {
            site
            for site in range(len(self.sites))
            if wanted is not None and wanted in self.site_areas[self.area_offsets[site] : self.area_offsets[site + 1]]
        }


class NeedsGraph(Exception):
    """The lists cannot give this answer as the graph would (an error message that depends on
    the nodes they leave out): ask the graph."""


def site_lists(graph: nx.MultiDiGraph, graph_hash: str) -> SiteLists:
    """The site lists of a graph (see `SiteLists`), marked with its cache entry's hash.

    Every node but a site or an area that links to a node by a partnership or a mention is an
    organisation here, and every node it links to is a site, whatever its kind: the lists
    count what `pchgraph.analysis.spanning` counts.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("s", kind="site", name="S"); g.add_node("a", kind="area", name="Devon")
    >>> g.add_node("t", kind="trust", name="T"); g.add_node("c", kind="council", name="C")
    >>> _ = g.add_edge("t", "s", kind="partner_of"); _ = g.add_edge("c", "s", kind="mentioned_in")
    >>> _ = g.add_edge("s", "a", kind="in_area")
    >>> lists = site_lists(g, "")
    >>> lists.found(None, PARTNER, None), lists.site_details(0)["areas"]
    ([('t', {'name': 'T', 'kind': 'trust'}, [0])], ['Devon'])
    """
    counted = {kind: PARTNER for kind in ORG_EDGES} | {MENTIONED_IN: MENTIONED}
    nodes = graph._node
    orgs, targets, roles, offsets = [], array("i"), bytearray(), array("i", [0])
    site_index: dict[str, int] = {}
    for node, data in nodes.items():
        if data.get("kind") in (SITE, AREA):
            continue
        linked: dict[str, int] = {}
        for target, keyed in graph._succ[node].items():
            for edge in keyed.values():
                role = counted.get(edge.get("kind"), 0)
                if role:
                    linked[target] = linked.get(target, 0) | role
        if not linked:
            continue
        orgs.append((node, data["name"], data["kind"]))
        for target in sorted(linked):
            targets.append(site_index.setdefault(target, len(site_index)))
            roles.append(linked[target])
        offsets.append(len(targets))
    area_index: dict[str, int] = {node: at for at, node in enumerate(n for n, d in nodes.items() if d.get("kind") == AREA)}
    sites, area_offsets, site_areas = [], array("i", [0]), array("i")
    for site in site_index:
        data = nodes[site]
        sites.append((site, data["name"], data.get("pchs_count"), data.get("practices_count")))
        for area, keyed in graph._succ[site].items():
            for edge in keyed.values():
                if edge.get("kind") == IN_AREA:
                    site_areas.append(area_index.setdefault(area, len(area_index)))
        area_offsets.append(len(site_areas))
    areas = [(area, nodes[area]) for area in area_index]
    return SiteLists(graph_hash, orgs, offsets, targets, bytes(roles), sites, area_offsets, site_areas, areas)


def site_lists_path(graph_entry: Path) -> Path:
    """Where the site lists of a graph's cache entry are kept."""
    return graph_entry.with_suffix(".sites")


def store_site_lists(graph: nx.MultiDiGraph, graph_entry: Path, graph_hash: str) -> None:
    """Keep a graph's site lists beside its cache entry, just written (`graph_hash` is the
    entry's); without a word when they cannot be written (they only save time)."""
    lists = site_lists(graph, graph_hash)
    value = (
        LISTS_STATE,
        lists.graph_hash,
        lists.orgs,
        lists.offsets.tobytes(),
        lists.targets.tobytes(),
        lists.roles,
        lists.sites,
        lists.area_offsets.tobytes(),
        lists.site_areas.tobytes(),
        lists.areas,
    )
    with contextlib.suppress(DataError, UsageError, OSError):
        entry = tables_entry(value)
        write_file(site_lists_path(graph_entry), lambda handle: handle.write(entry))


def cached_site_lists(graph_entry: Path, graph_hash: str) -> SiteLists | None:
    """The site lists kept beside a graph's cache entry, or None when there are none, they are
    damaged (then removed) or they belong to another graph than the entry (whose hash is
    `graph_hash`) now holds."""
    path = site_lists_path(graph_entry)
    if not path.is_file():
        return None
    found = stored_tables(path)
    lists = lists_of(found[0]) if found else None
    if lists is None or lists.graph_hash != graph_hash:
        return None
    touch(path)
    return lists


def lists_of(value) -> SiteLists | None:
    """The site lists in an entry's value, or None when it does not hold them whole."""
    if not (isinstance(value, tuple) and len(value) == 10 and value[0] == LISTS_STATE):
        return None
    _, graph_hash, orgs, offsets, targets, roles, sites, area_offsets, site_areas, areas = value
    try:
        lists = SiteLists(graph_hash, orgs, ints(offsets), ints(targets), bytes(roles), sites, ints(area_offsets), ints(site_areas), areas)
    except (TypeError, ValueError):
        return None
    shape_right = (
        type(graph_hash) is str
        and len(lists.offsets) == len(orgs) + 1
        and lists.offsets[0] == 0
        and all(a <= b for a, b in zip(lists.offsets, lists.offsets[1:]))
        and len(lists.targets) == len(lists.roles) == lists.offsets[-1]
        and len(lists.area_offsets) == len(sites) + 1
        and lists.area_offsets[0] == 0
        and all(a <= b for a, b in zip(lists.area_offsets, lists.area_offsets[1:]))
        and len(lists.site_areas) == lists.area_offsets[-1]
        and within(lists.targets, len(sites))
        and within(lists.site_areas, len(areas))
        and all(type(org) is tuple and len(org) == 3 and all(type(part) is str for part in org) for org in orgs)
        and all(type(site) is tuple and len(site) == 4 and type(site[0]) is type(site[1]) is str and counts(site[2:]) for site in sites)
        and all(type(area) is tuple and len(area) == 2 and type(area[1]) is dict and type(area[1].get("name")) is str for area in areas)
    )
    return lists if shape_right else None


def counts(values) -> bool:
    """Whether each value is a count (an int, not a boolean) or None."""
    return all(value is None or type(value) is int for value in values)


def within(numbers: array, size: int) -> bool:
    """Whether every number is an index into a list of this size."""
    return not numbers or (min(numbers) >= 0 and max(numbers) < size)


def ints(data: bytes) -> array:
    """An array of ints from its bytes (`array.tobytes`)."""
    numbers = array("i")
    numbers.frombytes(data)
    return numbers
