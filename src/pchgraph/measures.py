"""The arithmetic of centrality on the two-mode graph as a matrix (numpy, scipy, igraph): the
scores of each measure, networkx's normalisations, PageRank, and the seeded estimates.

Apart from `pchgraph.analysis` because numpy alone takes 0.04 s to import, which a query that
only walks the graph (spanning, shared, ego, path) should not pay; `analysis.centrality` is
the way in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx
import numpy as np

from .errors import PchgraphError
from .matrices import csr, two_mode_igraph

if TYPE_CHECKING:
    import scipy.sparse as sp

# An estimate starts from this share of the sources it may use, and doubles.
SAMPLE_ROUNDS = 3
SAMPLE_SEED = 42


class TwoMode:
    """The two-mode graph as centrality sees it: vertices 0..n-1 are the organisations and n on
    the sites (each sorted by id), scored as lists in that order and shown as rows of one side.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The pchgraph graph (for names and kinds).
    two_mode : matrices.Incidence
        Organisations by sites.
    side : {"org", "site"}
        The side whose rows are shown.
    kinds : tuple of str, optional
        Show only organisations of these kinds.
    """

    def __init__(self, graph: nx.MultiDiGraph, two_mode, side: str, kinds: tuple[str, ...] | None):
        self.graph, self.incidence, self.side, self.kinds = graph, two_mode, side, kinds
        self.ids = two_mode.rows + two_mode.columns
        self.organisations, self.sites = len(two_mode.rows), len(two_mode.columns)
        self.size = len(self.ids)
        self.links = two_mode.row_degrees().tolist() + np.bincount(two_mode.matrix.indices, minlength=self.sites).tolist()
        self._igraph = None
        self._adjacency = None

    def igraph(self):
        """The same graph in igraph (made once)."""
        if self._igraph is None:
            self._igraph = two_mode_igraph(self.incidence)
        return self._igraph

    def rows(self, scores: list[float]) -> list[dict]:
        """Rows of the side shown, of the kinds shown, best score first (ties by name, then id)."""
        nodes = self.graph.nodes
        shown = range(self.organisations) if self.side == "org" else range(self.organisations, self.size)
        rows = [
            {
                "id": self.ids[v],
                "name": nodes[self.ids[v]]["name"],
                "kind": nodes[self.ids[v]]["kind"],
                "score": round(scores[v], 6),
                "links": self.links[v],
            }
            for v in shown
            if not self.kinds or nodes[self.ids[v]]["kind"] in self.kinds
        ]
        rows.sort(key=lambda r: (-r["score"], r["name"].lower(), r["id"]))
        return rows

    def degree(self) -> list[float]:
        """Links over the size of the other side (as networkx's bipartite degree centrality)."""
        per_org, per_site = 1.0 / self.sites, 1.0 / self.organisations
        return [d * per_org for d in self.links[: self.organisations]] + [d * per_site for d in self.links[self.organisations :]]

    def betweenness(self) -> list[float]:
        """Each vertex's raw betweenness (igraph's, undirected), the sources shared out among
        the free CPUs (`pchgraph.parallel.mapped`) in runs of `BETWEENNESS_RUN`: each run gives
        what its sources' shortest paths add (Brandes), and the sum over runs is the whole."""
        from .parallel import mapped

        g = self.igraph()
        if self.size <= BETWEENNESS_RUN:
            return g.betweenness(directed=False)
        runs = [list(range(first, min(first + BETWEENNESS_RUN, self.size))) for first in range(0, self.size, BETWEENNESS_RUN)]
        return np.sum(list(mapped(lambda sources: np.asarray(g.betweenness(directed=False, sources=sources)), runs)), axis=0).tolist()

    def normalised_betweenness(self, raw) -> list[float]:
        """Raw betweenness over the largest a node of its side can have (as networkx's bipartite
        betweenness)."""
        top, bottom = bipartite_maxima(self.organisations, self.sites)
        scale = [top] * self.organisations + [bottom] * self.sites
        return [value / most if most else 0.0 for value, most in zip(raw, scale, strict=True)]

    def components(self) -> np.ndarray:
        """The size of each vertex's connected component."""
        membership = self.igraph().connected_components().membership
        return np.bincount(membership)[membership]

    def distance_totals(self, vertices: np.ndarray | None = None) -> np.ndarray:
        """Each vertex's sum of distances to every vertex it reaches (0 for none), exactly
        (`distance_sums`); only `vertices`' are filled in when given, which must be whole
        connected components (a vertex's sum is taken from every source of its component)."""
        vertices = np.arange(self.size) if vertices is None else vertices
        totals = np.zeros(self.size)
        totals[vertices] = distance_sums(self.adjacency(), vertices)[0][vertices]
        return totals

    def closeness(self, totals: np.ndarray | None = None) -> list[float]:
        """networkx's bipartite closeness from each vertex's sum of distances (exact unless
        `totals` is given), scaled once more by the share of the graph a node can reach
        (Wasserman and Faust's correction, as networkx's `wf_improved`): a node alone in a tiny
        component no longer leads the ranking. The arithmetic is networkx's, step for step, so
        exact scores are its scores."""
        totals = self.distance_totals() if totals is None else totals
        reach = self.components().tolist()
        n, m, others = self.organisations, self.sites, self.size - 1
        scores = []
        for v, total in enumerate(totals.tolist()):
            if total <= 0:
                scores.append(0.0)
                continue
            closeness = ((m + 2 * (n - 1)) if v < n else (n + 2 * (m - 1))) / total
            closeness *= (reach[v] - 1) / others
            scores.append(closeness * (reach[v] - 1) / others)
        return scores

    def adjacency(self) -> sp.csr_array:
        """The two-mode graph as a symmetric adjacency matrix, in vertex order (made once; not
        to be changed in place)."""
        from scipy.sparse import bmat  # scipy.sparse costs every command's start-up; few need it

        if self._adjacency is None:
            matrix = self.incidence.matrix
            self._adjacency = csr(bmat([[None, matrix], [matrix.T, None]], format="csr"))
        return self._adjacency

    def links_matrix(self) -> sp.csr_array:
        """The adjacency with every link counted once, however many mentions it has (as
        networkx's PageRank and eigenvector centrality take the two-mode graph, unweighted)."""
        adjacency = self.adjacency().astype(float)
        adjacency.data[:] = 1.0
        return adjacency

    def eigenvector(self) -> list[float]:
        """Eigenvector centrality per connected component (it is undefined across components),
        each scaled by the component's share of vertices; components of one or two vertices
        score 0. Each component's is networkx's ``eigenvector_centrality_numpy``, step for step."""
        from scipy.sparse.linalg import eigs  # as in adjacency

        membership = np.asarray(self.igraph().connected_components().membership)
        adjacency = self.links_matrix()
        scores = np.zeros(self.size)
        for component in range(membership.max() + 1 if self.size else 0):
            vertices = np.flatnonzero(membership == component)
            if vertices.size < 3:
                continue
            part = adjacency[vertices][:, vertices] if vertices.size < self.size else adjacency
            _, vector = eigs(part.T, k=1, which="LR", maxiter=50, tol=0)
            largest = vector.flatten().real
            norm = np.sign(largest.sum()) * np.linalg.norm(largest)
            scores[vertices] = np.abs(largest / norm) * (vertices.size / self.size)
        return scores.tolist()


# Sources given to a worker at a time by `TwoMode.betweenness`: on a graph of this many
# vertices or fewer, all of them here, before a worker could have started.
BETWEENNESS_RUN = 2000

# Sources searched from at once by `distance_sums`, 64 to a machine word: more words make
# fewer passes over the edges but each pass longer; 8 was the quickest at 100x (2.8 s, against
# 3.2 s with 4 and 4.2 s with 16).
SOURCE_WORDS = 8


def distance_sums(adjacency: sp.csr_array, sources: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each vertex, the sum of its distances from `sources` and how many of them reach it
    (itself not counted).

    The breadth-first searches from up to 512 sources run together, one bit per source in each
    vertex's row of words, one step at a time for all of them: the vertices a step reaches are
    those with a neighbour in the last step's frontier, found for every vertex with one pass of
    numpy over the edges (Then et al., "The more the merrier: efficient multi-source graph
    traversal", VLDB 2014). A breadth-first search per source in C (igraph) costs about seven
    times as much on a graph of sites and partners, whose paths are short.

    Parameters
    ----------
    adjacency : scipy.sparse.csr_array
        A symmetric adjacency matrix (only where its entries are matters).
    sources : numpy.ndarray
        The source vertices.

    Returns
    -------
    tuple of numpy.ndarray
        The sums and the counts, each an int64 per vertex.

    Examples
    --------
    >>> from scipy.sparse import csr_array
    >>> path = csr_array(np.array([[0, 1, 0], [1, 0, 1], [0, 1, 0]]))  # 0 - 1 - 2
    >>> sums, counts = distance_sums(path, np.arange(3))
    >>> sums.tolist(), counts.tolist()
    ([3, 2, 3], [2, 2, 2])
    >>> [values.tolist() for values in distance_sums(path, np.array([0]))]
    [[0, 1, 2], [0, 1, 1]]
    """
    from .parallel import mapped

    size = adjacency.shape[0]
    linked = np.flatnonzero(np.diff(adjacency.indptr))
    # (np.bitwise_or.reduceat over each linked vertex's run of neighbours: a run of none
    # would take its neighbour from the next vertex's run)
    runs, neighbours = adjacency.indptr[linked], adjacency.indices
    sums, counts = np.zeros(size, dtype=np.int64), np.zeros(size, dtype=np.int64)
    if not linked.size:
        return sums, counts

    def searched(batch: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        found, reaching = np.zeros(size, dtype=np.int64), np.zeros(size, dtype=np.int64)
        bits = np.arange(batch.size)
        seen = np.zeros((size, -(-batch.size // 64)), dtype=np.uint64)
        np.bitwise_or.at(seen, (batch, bits // 64), np.left_shift(np.uint64(1), (bits % 64).astype(np.uint64)))
        frontier, step = seen.copy(), 0
        while True:
            step += 1
            reached = np.zeros_like(seen)
            reached[linked] = np.bitwise_or.reduceat(frontier[neighbours], runs, axis=0)
            frontier = reached & ~seen
            new = np.bitwise_count(frontier).sum(axis=1, dtype=np.int64)
            if not new.any():
                break
            found += step * new
            reaching += new
            seen |= frontier
        return found, reaching

    per_batch = 64 * SOURCE_WORDS
    batches = [np.asarray(sources[first : first + per_batch]) for first in range(0, len(sources), per_batch)]
    for batch_sums, batch_counts in mapped(searched, batches):
        sums += batch_sums
        counts += batch_counts
    return sums, counts


def sampled_rows(two_mode: TwoMode, sample: int, first: int, sources: np.ndarray, measure, scores) -> list[dict]:
    """Rows estimated from at most `sample` seeded source nodes (drawn from `sources`): a quarter
    of them first, the sample doubled until the first `first` rows are the same in two rounds in
    a row. The cost never passes that of `sample` sources; the rows say how far the estimate got
    (``sample``) and whether it settled (``stable``).

    `measure(batch)` gives what a batch of sources adds (summed over rounds); `scores(total,
    used)` turns the sum over the sources `used` into a score per vertex.
    """
    order = sources[np.random.default_rng(SAMPLE_SEED).permutation(sources.size)]
    total, used, previous, stable = 0.0, 0, None, False
    for size in sample_sizes(sample):
        total = total + measure(order[used:size])
        used = size
        rows = two_mode.rows(scores(total, order[:size]))
        leaders = {row["id"] for row in rows[:first]}
        stable, previous = leaders == previous, leaders
        if stable:
            break
    return [dict(row, sample=used, stable=stable) for row in rows]


def sampled_betweenness_rows(two_mode: TwoMode, sample: int, first: int) -> list[dict]:
    """Betweenness estimated from at most `sample` seeded source nodes (`sampled_rows`).

    Each source's shortest paths add its dependencies (Brandes, in igraph); the sum is scaled to
    the whole graph as networkx scales a sample (a source cannot lie between its own paths, so
    it is scaled by one source fewer).
    """
    g, n = two_mode.igraph(), two_mode.size

    def measure(batch: np.ndarray) -> np.ndarray:
        return np.asarray(g.betweenness(directed=False, sources=batch.tolist()))

    def scores(total: np.ndarray, used: np.ndarray) -> list[float]:
        in_sample = np.zeros(n, dtype=bool)
        in_sample[used] = True
        return two_mode.normalised_betweenness((total * (n - 1) / np.where(in_sample, used.size - 1, used.size)).tolist())

    return sampled_rows(two_mode, sample, first, np.arange(n), measure, scores)


# Components up to this size are measured exactly when closeness is estimated: they are cheap,
# and a sample would seldom fall in them.
EXACT_COMPONENT = 1000


def sampled_closeness_rows(two_mode: TwoMode, sample: int, first: int) -> list[dict]:
    """Closeness estimated from at most `sample` seeded source nodes (`sampled_rows`): a node's
    sum of distances is its component's size less one times its mean distance from the sources
    in its component (Eppstein and Wang). Small components are measured exactly."""
    reach = two_mode.components()
    large = np.flatnonzero(reach > EXACT_COMPONENT)
    if sample >= large.size:
        return two_mode.rows(two_mode.closeness())
    small = np.flatnonzero(reach <= EXACT_COMPONENT)
    exact = two_mode.distance_totals(small)
    adjacency = two_mode.adjacency()

    def measure(batch: np.ndarray) -> np.ndarray:
        return np.vstack(distance_sums(adjacency, batch)).astype(float)

    def scores(total: np.ndarray, used: np.ndarray) -> list[float]:
        sums, counts = total
        totals = np.where(counts > 0, (reach - 1) * sums / np.maximum(counts, 1), 0.0)
        totals[small] = exact[small]
        return two_mode.closeness(totals)

    return sampled_rows(two_mode, sample, first, large, measure, scores)


def sample_sizes(sample: int, rounds: int = SAMPLE_ROUNDS) -> list[int]:
    """The sample sizes an estimate tries, doubling up to `sample` (never below two sources).

    Examples
    --------
    >>> sample_sizes(100), sample_sizes(2)
    ([25, 50, 100], [2])
    """
    sizes = [max(2, -(-sample // 2**halvings)) for halvings in range(rounds - 1, -1, -1)]
    return list(dict.fromkeys(sizes))


def pagerank(adjacency: sp.csr_array, alpha: float = 0.85, max_iter: int = 100, tol: float = 1.0e-6) -> np.ndarray:
    """PageRank of a graph given by its adjacency matrix, by networkx's power iteration step for
    step (uniform start, teleport and dangling weights), without building a networkx graph.

    Examples
    --------
    >>> from scipy.sparse import csr_array
    >>> star = csr_array(np.array([[0, 1, 1], [1, 0, 0], [1, 0, 0]], dtype=float))
    >>> pagerank(star).round(3).tolist()
    [0.486, 0.257, 0.257]
    """
    from scipy.sparse import dia_array  # as in TwoMode.adjacency

    size = adjacency.shape[0]
    if size == 0:
        return np.zeros(0)
    out = adjacency.sum(axis=1)
    out[out != 0] = 1.0 / out[out != 0]
    step = dia_array((out.T, 0), shape=adjacency.shape).tocsr() @ adjacency
    x = np.repeat(1.0 / size, size)
    p = np.repeat(1.0 / size, size)
    dangling = np.where(out == 0)[0]
    for _ in range(max_iter):
        last = x
        x = alpha * (x @ step + sum(x[dangling]) * p) + (1 - alpha) * p
        if np.absolute(x - last).sum() < size * tol:
            return x
    raise PchgraphError(f"PageRank did not settle in {max_iter} iterations", where="metric")


def bipartite_maxima(n: int, m: int) -> tuple[float, float]:
    """The largest betweenness a node can have on each side of a two-mode graph with n and m
    nodes (Borgatti and Halgin), by which networkx's bipartite betweenness is normalised."""
    s, t = divmod(n - 1, m)
    top = (m**2 * (s + 1) ** 2 + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2.0
    p, r = divmod(m - 1, n)
    bottom = (n**2 * (p + 1) ** 2 + n * (p + 1) * (2 * r - p - 1) - r * (2 * p - r + 3)) / 2.0
    return top, bottom
