"""One interface for every place an answer can come from, and the registry of engines.

An engine answers `spanning`, `shared`, `pairs` and `centrality`, gives the graph it holds, and
runs Cypher. The command line asks the registry for an engine by name and never asks which one
it got. Engines that speak Cypher share `CypherEngine`: pchgraph's own questions are query files
in ``cypher/backend/``, where a file ``NAME.DIALECT.cypher`` beside ``NAME.cypher`` is the form
an engine of that dialect runs instead (the Cypher of Neo4j and of LadybugDB differ).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import networkx as nx

from .. import analysis
from ..errors import DataError, UsageError
from ..graph import GraphSource
from ..now import now_graph
from ..resources import cypher_dir
from ..schema import checked_kinds, checked_side
from ..sitelists import NeedsGraph


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

    def now(self) -> Engine:
        """This engine answering by today's organisations: every 2017 body replaced by its
        successors (`pchgraph.now.now_graph`). An engine that holds its own graph answers from
        that graph read back and replaced, in memory."""

        def today() -> nx.MultiDiGraph:
            return now_graph(self.graph())

        if self.holds_own_graph:
            return ENGINES["networkx"](graph=today)
        return type(self)(graph=today, settings=self._settings_loader)

    def spanning(self, kind=None, top: int | None = None, area: str | None = None, include_mentioned: bool = False) -> list[dict]:
        source = self.cached_source()
        lists = source.site_lists() if source is not None else None
        if lists is not None:
            with contextlib.suppress(NeedsGraph):
                return analysis.spanning_on_lists(lists, kind, top, area, include_mentioned)
        return analysis.spanning(self.graph(), kind, top, area, include_mentioned)

    def shared(self, a: str, b: str) -> list[dict]:
        source = self.cached_source()
        return analysis.shared(source.around([a, b]) if source is not None else self.graph(), a, b)

    def names_graph(self) -> nx.MultiDiGraph:
        """A graph to look names up in (`pchgraph.lookup.node_for`): every node with its names,
        from the cache when it keeps them (`pchgraph.graph.GraphSource.names`), else the graph."""
        source = self.cached_source()
        return source.names() if source is not None else self.graph()

    def cached_source(self) -> GraphSource | None:
        """The source of the graph while it is not loaded, when it may hold parts of it that
        answer without it (`pchgraph.graph.GraphSource`)."""
        source = self._graph_loader
        return source if self._graph is None and isinstance(source, GraphSource) else None

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

    def spanning(self, kind=None, top: int | None = None, area: str | None = None, include_mentioned: bool = False) -> list[dict]:
        if include_mentioned:
            # pchgraph's own spanning query counts partnerships only; the weaker relation is
            # counted on the graph the engine holds.
            return Engine.spanning(self, kind, top, area, include_mentioned)
        kinds = list(checked_kinds(kind) or ())
        rows = self.rows("backend/spanning", kinds=kinds, area=self.area_id(area), top=top or 0)
        return analysis.ranked_spanning(rows, top)

    def shared(self, a: str, b: str) -> list[dict]:
        both_sites = analysis.check_shared_pair(self.graph(), a, b)
        return analysis.ranked_shared(self.rows("backend/shared_partners" if both_sites else "backend/shared_sites", a=a, b=b))

    def pairs(self, side: str = "site", minimum: int = 1, top: int | None = None, kind=None, area: str | None = None) -> list[dict]:
        checked_side(side)
        kinds = list(checked_kinds(kind) or ())
        name = "backend/pairs_sites" if side == "site" else "backend/pairs_orgs"
        return analysis.ranked_pairs(self.rows(name, kinds=kinds, area=self.area_id(area)), minimum, top)


# --- Read-only Cypher: an allow-list of read clauses, checked on the tokens before anything runs ---

MAX_QUERY_CHARS = 100_000
# Clauses a query may start with, and the words a read query may use (besides names it declares,
# properties, labels, map keys, parameters and function names).
READ_STARTS = {"MATCH", "OPTIONAL", "UNWIND", "WITH", "RETURN", "CALL"}
READ_WORDS = READ_STARTS | {
    "WHERE", "ORDER", "BY", "SKIP", "OFFSET", "LIMIT", "UNION", "ALL", "DISTINCT", "AS", "ASC", "ASCENDING", "DESC",
    "DESCENDING", "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "TRUE", "FALSE", "CASE", "WHEN", "THEN", "ELSE", "END",
    "STARTS", "ENDS", "CONTAINS", "EXISTS", "COUNT", "COLLECT", "YIELD", "SHORTEST", "ANY", "NONE", "SINGLE", "WALK",
    "TRAIL", "ACYCLIC", "PATH", "PATHS", "GROUPS",
}  # fmt: skip
# With --write: clauses that change the database (never the file system or the network).
WRITE_STARTS = {"CREATE", "MERGE"}
WRITE_WORDS = WRITE_STARTS | {"SET", "DELETE", "DETACH", "REMOVE", "FOREACH", "ON"}
# CALL is allowed only for these procedures and table functions, which only read.
READ_PROCEDURES = {
    # LadybugDB
    "show_tables", "table_info", "show_connection", "db_version", "show_functions", "current_setting",
    "show_warnings", "show_indexes", "show_projected_graphs", "projected_graph_info", "show_sequences",
    "show_loaded_extensions", "show_macros",
    # Neo4j
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
    "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "dbms.components",
}  # fmt: skip
# Words that start statements or clauses outside the allow-list: never taken as a declared name,
# so `MATCH (load) … LOAD FROM 'http://…'` cannot pass `LOAD` and `FROM` off as variables.
CLAUSE_WORDS = {
    "LOAD", "FROM", "TO", "COPY", "EXPORT", "IMPORT", "INSTALL", "UNINSTALL", "ATTACH", "DETACH", "USE", "CREATE",
    "MERGE", "SET", "DELETE", "REMOVE", "FOREACH", "DROP", "ALTER", "BEGIN", "COMMIT", "ROLLBACK", "CHECKPOINT",
    "EXTENSION", "DATABASE", "CALL", "CSV", "PROFILE", "EXPLAIN", "SHOW", "GRANT", "DENY", "REVOKE", "TERMINATE",
    "UPDATE", "INSERT", "TRANSACTIONS", "FINISH", "MACRO", "COMMENT", "TABLE",
}  # fmt: skip
TOKEN = re.compile(
    r"""(?P<space>\s+)
    |(?P<comment>//[^\n]*|/\*.*?\*/)
    |(?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
    |(?P<quoted>`(?:[^`]|``)*`)
    |(?P<parameter>\$(?:\w+|`(?:[^`]|``)*`))
    |(?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
    |(?P<word>[^\W\d]\w*)
    |(?P<symbol>->|<-|\.\.|<=|>=|<>|!=|=~|\+=|::|\S)""",
    re.S | re.X,
)


def lexed(text: str) -> Iterator[re.Match]:
    """Each token of a Cypher text as its match, spaces and comments included."""
    position = 0
    while position < len(text):
        match = TOKEN.match(text, position)
        if (
            match is None
            or (match.lastgroup == "symbol" and match.group() in "'\"`")
            or (match.lastgroup == "symbol" and text.startswith("/*", position))
        ):
            what = {"'": "a string", '"': "a string", "`": "a quoted name", "/": "a comment"}.get(text[position], "the text")
            raise UsageError(f"{what} is not closed (at character {position + 1})", where="query")
        yield match
        position = match.end()


def tokens(text: str) -> list[tuple[str, str]]:
    """Cypher text as (kind, text) tokens, comments and spaces left out; strings, quoted names
    and parameters are single tokens, so nothing inside them is read as a word.

    >>> [t for _, t in tokens("MATCH (a:`Odd name`) // c\\nWHERE a.x = 'COPY' RETURN $p")]
    ['MATCH', '(', 'a', ':', '`Odd name`', ')', 'WHERE', 'a', '.', 'x', '=', "'COPY'", 'RETURN', '$p']
    """
    return [(match.lastgroup, match.group()) for match in lexed(text) if match.lastgroup not in ("space", "comment")]


def without_comments(text: str) -> str:
    """The text with each comment blanked (its line breaks kept, so positions and lines stay):
    what runs is then what was checked, whatever the engine's own reading of a comment
    ('/* **/' ends a comment here, and not in LadybugDB's parser).

    >>> without_comments("RETURN 1 /* a\\n b */ AS x // why")
    'RETURN 1     \\n      AS x       '
    """
    return "".join(re.sub(r"[^\n]", " ", match.group()) if match.lastgroup == "comment" else match.group() for match in lexed(text))


def read_only_problem(text: str, write: bool = False) -> tuple[str, str] | None:
    """Why a Cypher text may not run, or None: ('write', word) for a clause that changes the
    database (allowed with `write`), ('refused', word) for anything outside the allow-list of
    read clauses (file and network statements are refused even with `write`).

    The check is on tokens, before anything runs: the query must be one statement, start with a
    read clause, use only allow-listed clause words, CALL only read-only procedures, and every
    other bare word must be a name the query declares, a property, a label, a map key or a
    function name.

    Examples
    --------
    >>> read_only_problem("MATCH (s:Site) RETURN s.name AS name ORDER BY name LIMIT 3") is None
    True
    >>> read_only_problem("COPY (RETURN 'x' AS x) TO 'f.csv'")
    ('refused', 'COPY')
    >>> read_only_problem("MATCH (n) DETACH DELETE n")
    ('write', 'DETACH')
    >>> read_only_problem("MATCH (load) LOAD FROM 'http://example.org/x.csv' RETURN *")
    ('refused', 'load')
    """
    found = tokens(text)
    while found and found[-1] == ("symbol", ";"):
        found.pop()
    if not found:
        return None
    if ("symbol", ";") in found:
        return ("refused", ";")
    words = [t.upper() if kind == "word" else None for kind, t in found]
    starts = READ_STARTS | (WRITE_STARTS if write else set())
    allowed = READ_WORDS | (WRITE_WORDS if write else set())
    if words[0] not in starts:
        return ("write" if words[0] in WRITE_STARTS else "refused", found[0][1])
    declared = declared_names(found)
    depth: list[str] = []
    procedure_name_ends = -1
    implicit_columns = "CALL" in words and "YIELD" not in words
    for i, (kind, token) in enumerate(found):
        before = found[i - 1][1] if i else None
        after = found[i + 1][1] if i + 1 < len(found) else None
        if kind == "symbol" and token in "([{":
            depth.append(token)
        elif kind == "symbol" and token in ")]}" and depth:
            depth.pop()
        if kind != "word" or i < procedure_name_ends:
            continue
        word = words[i]
        if before in (".", ":", "|", "&", "!", "%", "::") and before is not None:
            continue  # a property, a label or type (also after | & ! in label expressions)
        if word == "CALL":
            if not call_allowed(found, i):
                return ("refused", token)
            procedure_name_ends = next((j for j in range(i + 1, len(found)) if found[j][1] in "({"), i)
            continue
        if word in allowed:
            continue
        if word in WRITE_WORDS:
            return ("write", token)
        if after == ":" and depth and depth[-1] == "{":
            continue  # a map key
        if after == "(" and found[i - 1][0] == "symbol" and before not in (")", "]", "}"):
            continue  # a function call inside an expression
        if after == "(" and before is not None and before.upper() in READ_WORDS | WRITE_WORDS:
            continue  # a function call after a keyword (RETURN count(*), WHERE exists(…))
        if token.lower() in declared:
            continue
        if implicit_columns and word not in CLAUSE_WORDS:
            continue  # a column of a table function CALLed without YIELD (LadybugDB)
        return ("refused", token)
    return None


def declared_names(found: list[tuple[str, str]]) -> set[str]:
    """Names a query declares (lower case): node and relationship variables, AS and YIELD names,
    path and lambda variables, list comprehension variables. Clause words are never names here."""
    names = set()
    after_yield = False
    for i, (kind, token) in enumerate(found):
        before = found[i - 1][1].upper() if i else ""
        after = found[i + 1][1].upper() if i + 1 < len(found) else ""
        if kind == "word" and token.upper() == "YIELD":
            after_yield = True
            continue
        if kind != "word":
            after_yield = after_yield and token == ","
            continue
        if before in ("(", "[", "AS", ",", "YIELD") or after in ("=", "IN", "->", "|", ",") or after_yield:
            if before == "," and not after_yield and after not in (":", ")", "=", "IN", "->", "|", ","):
                continue
            if token.upper() not in CLAUSE_WORDS:
                names.add(token.lower())
    return names


def call_allowed(found: list[tuple[str, str]], i: int) -> bool:
    """Whether the CALL at token `i` is a subquery (`CALL {`) or calls a read-only procedure."""
    rest = found[i + 1 :]
    if rest and rest[0][1] == "{":
        return True
    name = []
    for kind, token in rest:
        if kind == "word" or token == ".":
            name.append(token)
        else:
            return token == "(" and "".join(name).lower() in READ_PROCEDURES
    return False


def check_parameters(text: str, parameters: dict) -> None:
    """Refuse a query that uses a parameter it was not given, on every engine alike (LadybugDB
    would take it as null and answer with no rows).

    Examples
    --------
    >>> check_parameters("RETURN $top, '$not_one'", {"top": 3})
    >>> check_parameters("RETURN $top", {})
    Traceback (most recent call last):
    ...
    pchgraph.errors.UsageError: param: missing parameter: $top (give it with --param NAME=VALUE)
    """
    used = sorted({token[1:].strip("`") for kind, token in tokens(text) if kind == "parameter"})
    missing = [name for name in used if name not in parameters]
    if missing:
        listed = ", ".join(f"${name}" for name in missing)
        raise UsageError(f"missing parameter: {listed} (give it with --param NAME=VALUE)", where="param")


def check_query(text: str, write: bool = False) -> str:
    """Refuse a Cypher text before it runs: too long, not closed, or (without `write`) anything
    but reading; file and network statements are refused even with `write`.

    Returns
    -------
    str
        The text to run: the one checked, its comments blanked (`without_comments`).

    Raises
    ------
    UsageError
        ``where`` is "query"; a refused write says to add --write.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise UsageError(f"the query is {len(text):,} characters long; the most pchgraph runs is {MAX_QUERY_CHARS:,}", where="query")
    if not tokens(text):
        raise UsageError("the query is empty (it holds only comments)" if text.strip() else "the query is empty", where="query")
    problem = read_only_problem(text, write)
    if problem is None:
        # (the closing semicolons the check passed over are no part of the statement)
        return re.sub(r"[\s;]+$", "", without_comments(text))
    kind, word = problem
    if kind == "write":
        raise UsageError(f"this query would change the database ('{word}'); add --write to allow it", where="query")
    if word == ";":
        raise UsageError("give one statement at a time (this text holds several, separated by ';')", where="query")
    raise UsageError(
        f"'{word}' is not allowed: a query may only read (MATCH, OPTIONAL MATCH, WHERE, WITH, RETURN, UNWIND, ORDER BY, "
        "SKIP, LIMIT, UNION, CALL of a read-only procedure); with --write it may change the database, never files or the network",
        where="query",
    )


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
