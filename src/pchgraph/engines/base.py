"""One interface for every place an answer can come from, and the registry of engines.

An engine answers `spanning`, `shared`, `pairs` and `centrality`, gives the graph it holds, and
runs Cypher. The command line asks the registry for an engine by name and never asks which one
it got. Engines that speak Cypher share `CypherEngine`: pchgraph's own questions are query files
in ``cypher/backend/``, where a file ``NAME.DIALECT.cypher`` beside ``NAME.cypher`` is the form
an engine of that dialect runs instead (the Cypher of Neo4j and of LadybugDB differ).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import networkx as nx

from .. import analysis
from ..errors import DataError, UsageError
from ..resources import cypher_dir
from ..schema import checked_kinds, checked_side


@dataclass
class CypherResult:
    """The rows a Cypher query returned, at most the row cap (``truncated`` says if more came)."""

    columns: list[str]
    rows: list[dict]
    truncated: bool
    query_type: str


class Engine:
    """Where answers come from. Subclasses register with `register` and implement `graph` and
    `cypher`; the analysis methods default to networkx on `graph()`.

    Parameters
    ----------
    graph : callable, optional
        Gives the pchgraph graph to answer from (called only when needed).
    settings : callable, optional
        Gives the connection settings of an engine that holds its own graph (Neo4j).
    """

    name = ""
    help = ""
    dialect: str | None = None
    holds_own_graph = False

    def __init__(self, graph: Callable[[], nx.MultiDiGraph] | None = None, settings: Callable | None = None):
        self._graph_loader = graph
        self._settings_loader = settings
        self._graph: nx.MultiDiGraph | None = None

    def graph(self) -> nx.MultiDiGraph:
        """The graph this engine answers from (loaded once)."""
        if self._graph is None:
            if self._graph_loader is None:
                raise UsageError(f"the {self.name} engine was given no graph", where="graph")
            self._graph = self._graph_loader()
        return self._graph

    def spanning(self, kind=None, top: int | None = None, area: str | None = None) -> list[dict]:
        return analysis.spanning(self.graph(), kind, top, area)

    def shared(self, a: str, b: str) -> list[dict]:
        return analysis.shared(self.graph(), a, b)

    def pairs(self, side: str = "site", minimum: int = 1, top: int | None = None, kind=None, area: str | None = None) -> list[dict]:
        return analysis.pairs(self.graph(), side, minimum, top, kind, area)

    def centrality(
        self,
        metric: str = "degree",
        kind=None,
        area: str | None = None,
        top: int | None = None,
        sample: int | None = None,
        side: str = "org",
    ) -> list[dict]:
        """Measured by networkx on the graph the engine holds: neither Neo4j Community nor
        LadybugDB has the bipartite measures."""
        return analysis.centrality(self.graph(), metric, kind, area, top, sample, side)

    def cypher(
        self, text: str, parameters: dict | None = None, write: bool = False, timeout: float = 30.0, limit: int = 1000
    ) -> CypherResult:
        raise UsageError(
            f"the {self.name} engine runs no Cypher; choose an engine that does: {', '.join(n for n, e in ENGINES.items() if e.dialect)}",
            where="engine",
        )


class CypherEngine(Engine):
    """An engine that answers pchgraph's questions with the query files in ``cypher/backend/``;
    subclasses implement `rows`. Ranking and ties are done by the same Python code as on networkx."""

    def rows(self, name: str, **parameters) -> list[dict]:
        """The rows of one of pchgraph's own read queries."""
        raise NotImplementedError

    def area_id(self, area: str | None) -> str:
        """The id of the area a name means ('' for none: both dialects compare it to '')."""
        return analysis.area_node(self.graph(), area) if area else ""

    def spanning(self, kind=None, top: int | None = None, area: str | None = None) -> list[dict]:
        kinds = list(checked_kinds(kind) or ())
        return analysis.ranked_spanning(self.rows("backend/spanning", kinds=kinds, area=self.area_id(area)), top)

    def shared(self, a: str, b: str) -> list[dict]:
        both_sites = analysis.check_shared_pair(self.graph(), a, b)
        return analysis.ranked_shared(self.rows("backend/shared_partners" if both_sites else "backend/shared_sites", a=a, b=b))

    def pairs(self, side: str = "site", minimum: int = 1, top: int | None = None, kind=None, area: str | None = None) -> list[dict]:
        checked_side(side)
        kinds = list(checked_kinds(kind) or ())
        name = "backend/pairs_sites" if side == "site" else "backend/pairs_orgs"
        return analysis.ranked_pairs(self.rows(name, kinds=kinds, area=self.area_id(area)), minimum, top)


ENGINES: dict[str, type[Engine]] = {}


def register(engine: type[Engine]) -> type[Engine]:
    """Class decorator: make an engine available by its ``name``."""
    ENGINES[engine.name] = engine
    return engine


def engine_for(name: str, graph: Callable[[], nx.MultiDiGraph] | None = None, settings: Callable | None = None) -> Engine:
    """The engine called `name`, ready to answer.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("s", kind="site", name="S"); g.add_node("t", kind="trust", name="T")
    >>> _ = g.add_edge("t", "s", kind="partner_of")
    >>> engine_for("networkx", graph=lambda: g).spanning()[0]["name"]
    'T'
    """
    if name not in ENGINES:
        raise UsageError(f"unknown engine '{name}'; expected one of: {', '.join(ENGINES)}", where="engine")
    return ENGINES[name](graph=graph, settings=settings)


def query_file(path: Path, dialect: str | None) -> Path:
    """The form of a query file that an engine of `dialect` runs: ``NAME.DIALECT.cypher`` beside
    ``NAME.cypher`` when there is one, else the file itself."""
    if dialect:
        own = path.with_name(f"{path.name.removesuffix('.cypher')}.{dialect}.cypher")
        if own.is_file():
            return own
    return path


@cache
def statement(name: str, dialect: str | None = None) -> str:
    """The text of cypher/NAME.cypher in an engine's dialect."""
    path = query_file(cypher_dir() / f"{name}.cypher", dialect)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read Cypher file: {exc.strerror}", where=str(path)) from exc


def statements(text: str) -> list[str]:
    """The statements of a file of several, separated by ';' at line ends; comments dropped."""
    lines = [line for line in text.splitlines() if not line.strip().startswith("//")]
    return [part.strip() for part in "\n".join(lines).split(";\n") if part.strip().rstrip(";")]


def typed_parameter(text: str) -> tuple[str, object]:
    """A NAME=VALUE parameter as (name, value); the value read as JSON when it is JSON.

    Examples
    --------
    >>> typed_parameter("top=10"), typed_parameter("name=Age UK"), typed_parameter('ids=["a","b"]')
    (('top', 10), ('name', 'Age UK'), ('ids', ['a', 'b']))
    """
    name, sep, value = text.partition("=")
    if not sep or not name.strip().isidentifier():
        raise UsageError(f"parameters are NAME=VALUE, not '{text}'", where="param")
    try:
        return name.strip(), json.loads(value)
    except json.JSONDecodeError:
        return name.strip(), value


def plain(value):
    """A value an engine can store as a property: scalars, or lists of one scalar type; maps as JSON.

    Examples
    --------
    >>> plain({"b": 1}), plain([1, "a"]), plain((1, 2))
    ('{"b": 1}', ['1', 'a'], [1, 2])
    """
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, (list, tuple, set)):
        items = [plain(v) for v in value if v is not None]
        if any(isinstance(v, (list, dict)) for v in items) or len({type(v) for v in items}) > 1:
            return [json.dumps(v, ensure_ascii=False, sort_keys=True) if not isinstance(v, str) else v for v in items]
        return items
    return value
