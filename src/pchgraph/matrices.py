"""The partnership graph as a sparse incidence matrix, and what follows from it in C: the shared
count of every pair at once, the pairs that can rank first, the weighted one-mode projection,
and the same graphs for igraph.

An organisation named by k sites joins k(k-1)/2 pairs of sites: scoring those pairs one at a
time in Python made `pairs` take a minute on a corpus a hundred times the brochure. With A the
incidence matrix (one row per node of the side measured, one column per node of the other
side), A·Aᵀ holds every shared count, and scipy computes it.

Nothing here knows the pchgraph graph: it takes (organisation, site) edges and gives arrays;
`pchgraph.analysis` turns them into rows.

Examples
--------
>>> two = incidence([("t", "s1"), ("t", "s2"), ("c", "s1")], "site")
>>> two.rows, two.columns
(['s1', 's2'], ['c', 't'])
>>> [(two.rows[i], two.rows[j], int(n)) for i, j, n in zip(*all_pairs(two.matrix))]
[('s1', 's2', 1)]
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import scipy.sparse as sp


def csr(*args, **kwargs):
    """``scipy.sparse.csr_array``, imported on first use: scipy.sparse is a fifth of a second of
    every command's start-up, and most commands never multiply a matrix."""
    from scipy.sparse import csr_array

    return csr_array(*args, **kwargs)


def igraph():
    """The igraph module, imported on first use: it costs most of a second (it loads matplotlib),
    and most commands never need it."""
    import igraph as module

    return module


# Products of one block of rows of A·Aᵀ: bounds the memory a block's shared counts take, so the
# pairs of a national corpus never sit in memory all at once when only the first are wanted.
BLOCK_PRODUCTS = 5_000_000
# Below this many products A·Aᵀ is computed whole for the first pairs (about a second); above
# it, only pairs sharing at least a threshold are looked for.
WHOLE_PRODUCTS = 50_000_000
# Jaccard is shown to four decimals; candidate keys count it in these units.
JACCARD_UNITS = 10_000
# numpy rounds fl(x·10⁴) where Python's round rounds x itself: the two can differ by one unit,
# so a candidate is kept while it is within two units of the cut.
ROUNDING_MARGIN = 2


@dataclass(frozen=True)
class Incidence:
    """The two-mode graph as a 0/1 matrix: one row per node of ``rows``, one column per node of
    ``columns`` (node ids, each list sorted, so nothing depends on the order edges were read)."""

    rows: list[str]
    columns: list[str]
    matrix: sp.csr_array

    def row_degrees(self) -> np.ndarray:
        """How many columns each row is joined to."""
        return np.diff(self.matrix.indptr)


def incidence(edges: list[tuple[str, str]], side: str) -> Incidence:
    """The incidence matrix of (organisation, site) edges, rows on `side` ("org" or "site");
    an edge given twice (two mentions) counts once.

    Examples
    --------
    >>> two = incidence([("t", "s"), ("t", "s"), ("c", "s")], "org")
    >>> two.rows, two.matrix.toarray().tolist()
    (['c', 't'], [[1], [1]])
    """
    org_list, site_list = [org for org, _ in edges], [site for _, site in edges]
    orgs, sites = sorted(set(org_list)), sorted(set(site_list))
    org_index, site_index = dict(zip(orgs, range(len(orgs)))), dict(zip(sites, range(len(sites))))
    org_of = np.fromiter(map(org_index.__getitem__, org_list), dtype=np.int32, count=len(edges))
    site_of = np.fromiter(map(site_index.__getitem__, site_list), dtype=np.int32, count=len(edges))
    rows, columns, row_of, column_of = (orgs, sites, org_of, site_of) if side == "org" else (sites, orgs, site_of, org_of)
    matrix = csr((np.ones(len(edges), dtype=np.int32), (row_of, column_of)), shape=(len(rows), len(columns)))
    matrix.sum_duplicates()
    matrix.data[:] = 1
    return Incidence(rows, columns, matrix)


def row_blocks(matrix: sp.csr_array, budget: int = BLOCK_PRODUCTS) -> list[tuple[int, int]]:
    """Consecutive row ranges whose share of A·Aᵀ costs about `budget` products each (a row
    costs the sum of its columns' degrees); at least one row each.

    Examples
    --------
    >>> import scipy.sparse as sp
    >>> row_blocks(sp.csr_array(np.ones((4, 2), dtype=np.int32)), budget=16)
    [(0, 2), (2, 4)]
    """
    column_degrees = np.bincount(matrix.indices, minlength=matrix.shape[1]).astype(np.int64)
    work = np.cumsum(matrix @ column_degrees)
    blocks, start = [], 0
    while start < matrix.shape[0]:
        done = work[start - 1] if start else 0
        stop = max(int(np.searchsorted(work, done + budget, side="right")), start + 1)
        blocks.append((start, min(stop, matrix.shape[0])))
        start = stop
    return blocks


def pair_blocks(matrix: sp.csr_array, minimum: int = 1, budget: int = BLOCK_PRODUCTS) -> Iterator[tuple[np.ndarray, ...]]:
    """(i, j, shared) for every pair of rows i < j with at least `minimum` columns in common, a
    block of rows at a time; each block multiplies its rows by the rows from its own on, so no
    pair is counted twice."""
    for start, stop in row_blocks(matrix, budget):
        block = csr(matrix[start:stop] @ matrix[start:].T)
        # the counts are filtered before their rows are spelt out: most pairs share one column
        kept = np.flatnonzero(block.data >= minimum)
        first = np.searchsorted(block.indptr, kept, side="right") - 1
        second = block.indices[kept]
        upper = second > first
        yield first[upper] + start, second[upper].astype(np.int64) + start, block.data[kept[upper]].astype(np.int64)


def all_pairs(matrix: sp.csr_array, minimum: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(i, j, shared) of every pair of rows i < j sharing at least `minimum` columns, by i then j."""
    found = list(pair_blocks(matrix, minimum))
    if not found:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    first, second, shared = (np.concatenate(parts) for parts in zip(*found))
    order = np.lexsort((second, first))
    return first[order], second[order], shared[order]


def pair_keys(first: np.ndarray, second: np.ndarray, shared: np.ndarray, degrees: np.ndarray) -> np.ndarray:
    """One integer per pair that orders pairs as `pairs` ranks them (shared, then Jaccard in
    four-decimal units), up to the rounding margin.

    Examples
    --------
    >>> pair_keys(np.array([0]), np.array([1]), np.array([2]), np.array([3, 3])).tolist()  # 2 shared, Jaccard 0.5
    [25002]
    """
    either = degrees[first] + degrees[second] - shared
    units = np.rint(shared / either * JACCARD_UNITS).astype(np.int64)
    return shared * (JACCARD_UNITS + 1) + units


def top_pairs(matrix: sp.csr_array, minimum: int = 1, top: int | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(i, j, shared) of the pairs that can be among the first `top` (every pair sharing at
    least `minimum` without `top`), by i then j.

    With `top`, when the whole product is dear, only pairs sharing at least a threshold are
    counted: the threshold starts at the most any `top` pairs could share and comes down until
    `top` pairs reach it, so the `top`-th pair shares at least the threshold and no pair ranked
    before it is missed. Those pairs are then cut by a partial sort on `pair_keys`, keeping
    every pair within the rounding margin of the cut: the exact ranking of what is kept starts
    with the exact ranking's first rows, ties included.

    Examples
    --------
    >>> import scipy.sparse as sp
    >>> m = sp.csr_array(np.array([[1, 1, 0], [1, 1, 0], [1, 0, 1], [0, 0, 1]], dtype=np.int32))
    >>> [tuple(map(int, p)) for p in zip(*top_pairs(m, top=1))]
    [(0, 1, 2)]
    """
    degrees = matrix.indptr[1:] - matrix.indptr[:-1]
    threshold = max(minimum, highest_threshold(degrees, top)) if top and products(matrix) > WHOLE_PRODUCTS else minimum
    ranked = RarestFirst(matrix) if threshold > PREFIX_COMMON else None
    while True:
        kept, reached = np.zeros((4, 0), dtype=np.int64), 0
        for first, second, shared in shared_blocks(matrix, threshold, ranked):
            reached += shared.size
            if top:
                found = np.vstack([first, second, shared, pair_keys(first, second, shared, degrees)])
                kept = within_cut(np.concatenate([kept, found], axis=1), top)
            else:  # every pair is kept, so no key is needed: the count stands in
                kept = np.concatenate([kept, np.vstack([first, second, shared, shared])], axis=1)
        if not top or reached >= top or threshold <= minimum:
            break
        # coming down by an eighth: few steps from a high start; a threshold below the
        # top-th pair's count only finds more pairs than needed
        threshold = max(minimum, threshold - max(1, threshold // 8))
    first, second, shared, _ = kept
    order = np.lexsort((second, first))
    return first[order], second[order], shared[order]


def products(matrix: sp.csr_array) -> int:
    """What the whole of A·Aᵀ costs: each column joins every pair of its rows."""
    column_degrees = np.bincount(matrix.indices, minlength=matrix.shape[1]).astype(np.int64)
    return int((column_degrees * column_degrees).sum())


def highest_threshold(degrees: np.ndarray, top: int) -> int:
    """The most that `top` pairs of rows could each share: a pair shares no more than its
    smaller row has, so t is possible only while at least `top` pairs of rows have t or more.

    Examples
    --------
    >>> highest_threshold(np.array([5, 4, 2, 1]), 1), highest_threshold(np.array([5, 4, 2, 1]), 3)
    (4, 2)
    """
    ordered = np.sort(degrees)[::-1]
    pairs_among = np.arange(ordered.size) * (np.arange(ordered.size) + 1) // 2  # pairs among the first k + 1 rows
    possible = ordered[pairs_among >= top]
    return int(possible[0]) if possible.size else 1


class RarestFirst:
    """Each row's columns from the rarest (fewest rows) to the most common, ties by column: the
    global order prefix filtering needs, worked out once for every threshold tried.

    Examples
    --------
    >>> import scipy.sparse as sp
    >>> m = sp.csr_array(np.array([[1, 1, 1], [1, 1, 0], [0, 1, 0]], dtype=np.int32))
    >>> RarestFirst(m).prefixes(2, 1).toarray().tolist()  # column 1 is the most common: last
    [[1, 0, 1], [1, 0, 0], [0, 0, 0]]
    """

    def __init__(self, matrix: sp.csr_array):
        count, self.degrees = matrix.shape[1], matrix.indptr[1:] - matrix.indptr[:-1]
        rarity = np.empty(count, dtype=np.int64)
        rarity[np.lexsort((np.arange(count), np.bincount(matrix.indices, minlength=count)))] = np.arange(count)
        self.rows = np.repeat(np.arange(matrix.shape[0]), self.degrees)
        self.columns = matrix.indices[np.lexsort((rarity[matrix.indices], self.rows))]
        self.position = np.arange(self.rows.size) - np.repeat(matrix.indptr[:-1], self.degrees)
        self.shape = matrix.shape

    def prefixes(self, threshold: int, common: int) -> sp.csr_array:
        """Each row cut to its rarest columns, all but threshold - common of them (nothing for a
        row of fewer than `threshold`). Two rows sharing `threshold` columns share at least
        `common` of these: at most threshold - common of what they share lies past either cut
        (Chaudhuri, Ganti and Kaushik's prefix filter, generalised)."""
        keep = (self.position < (self.degrees - threshold + common)[self.rows]) & (self.degrees >= threshold)[self.rows]
        ones = np.ones(int(keep.sum()), dtype=np.int32)
        return csr((ones, (self.rows[keep], self.columns[keep])), shape=self.shape)


# Prefixes long enough that candidates share two prefix columns, not one: most pairs of rows
# share one popular column, and counting each of those exactly would cost more than the
# slightly longer prefixes.
PREFIX_COMMON = 2


def shared_blocks(matrix: sp.csr_array, threshold: int, ranked: RarestFirst | None = None) -> Iterator[tuple[np.ndarray, ...]]:
    """(i, j, shared) for every pair i < j sharing at least `threshold` columns, a block at a
    time. Above `PREFIX_COMMON`, candidates come from prefix filtering (`RarestFirst`): the
    popular columns, which join most pairs, are mostly never multiplied out, and each candidate
    is then counted exactly."""
    if threshold <= PREFIX_COMMON:
        yield from pair_blocks(matrix, threshold)
        return
    prefixes = (ranked or RarestFirst(matrix)).prefixes(threshold, PREFIX_COMMON)
    for first, second, _ in pair_blocks(prefixes, PREFIX_COMMON):
        shared = overlaps(matrix, first, second)
        keep = shared >= threshold
        yield first[keep], second[keep], shared[keep]


def overlaps(matrix: sp.csr_array, first: np.ndarray, second: np.ndarray, chunk: int = 1_000_000) -> np.ndarray:
    """How many columns rows first[k] and second[k] share, for each k (a chunk at a time)."""
    counted = [
        np.asarray((matrix[first[at : at + chunk]].multiply(matrix[second[at : at + chunk]])).sum(axis=1)).ravel()
        for at in range(0, first.size, chunk)
    ]
    return np.concatenate(counted).astype(np.int64) if counted else np.zeros(0, dtype=np.int64)


def within_cut(candidates: np.ndarray, top: int) -> np.ndarray:
    """The columns of (i, j, shared, key) whose key is within the rounding margin of the
    `top`-th largest."""
    keys = candidates[3]
    if keys.size <= top:
        return candidates
    cut = np.partition(keys, keys.size - top)[keys.size - top]
    return candidates[:, keys >= cut - ROUNDING_MARGIN]


def projection_igraph(matrix: sp.csr_array) -> igraph.Graph:
    """The weighted one-mode projection of the rows as an igraph graph: vertex i is row i, and
    an edge's ``weight`` is what the two rows share.

    Examples
    --------
    >>> import scipy.sparse as sp
    >>> g = projection_igraph(sp.csr_array(np.array([[1, 1], [1, 0], [0, 1]], dtype=np.int32)))
    >>> g.get_edgelist(), g.es["weight"]
    ([(0, 1), (0, 2)], [1.0, 1.0])
    """
    first, second, shared = all_pairs(matrix)
    # a list of tuples is what igraph reads quickest (a numpy array goes pair by pair)
    edges = list(zip(first.tolist(), second.tolist(), strict=True))
    return igraph().Graph(n=matrix.shape[0], edges=edges, edge_attrs={"weight": shared.astype(np.float64).tolist()})


def two_mode_igraph(two_mode: Incidence) -> igraph.Graph:
    """The two-mode graph as one igraph graph: the rows are vertices 0..r-1, the columns r on."""
    rows = np.repeat(np.arange(two_mode.matrix.shape[0]), two_mode.row_degrees())
    columns = two_mode.matrix.indices.astype(np.int64) + two_mode.matrix.shape[0]
    return igraph().Graph(n=sum(two_mode.matrix.shape), edges=list(zip(rows.tolist(), columns.tolist(), strict=True)))


@contextmanager
def seeded(seed: int) -> Iterator[None]:
    """igraph's random choices drawn from a generator seeded with `seed`, for the time of a
    `with` block: a community method gives the same partition on every run."""
    igraph().set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        igraph().set_random_number_generator(random)


def partition(projected: igraph.Graph, method: str, seed: int) -> tuple[list[int], float]:
    """Each vertex's community and the partition's modularity (weighted), by Leiden (modularity
    objective, iterated until it no longer improves) or by Louvain (igraph's multilevel).

    Examples
    --------
    >>> g = igraph().Graph(n=4, edges=[(0, 1), (2, 3)], edge_attrs={"weight": [1.0, 1.0]})
    >>> membership, modularity = partition(g, "leiden", 42)
    >>> membership[0] == membership[1] != membership[2] == membership[3], round(modularity, 2)
    (True, 0.5)
    """
    if projected.ecount() == 0:
        return list(range(projected.vcount())), 0.0
    with seeded(seed):
        if method == "leiden":
            found = projected.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
        else:
            found = projected.community_multilevel(weights="weight")
    return found.membership, projected.modularity(found.membership, weights="weight")
