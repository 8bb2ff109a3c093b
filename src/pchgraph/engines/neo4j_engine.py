"""Neo4j: connection settings, loading the graph, running Cypher safely, and the Neo4j engine.

Every statement lives in a file under cypher/ and takes its data as parameters; nothing a user
types is ever formatted into Cypher text.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass

import networkx as nx

from ..errors import EngineError, UsageError
from ..schema import EDGE_KINDS
from .base import CypherEngine, CypherResult, check_parameters, check_query, plain, register, statement, statements

BATCH = 1000
DEFAULT_URI = "bolt://localhost:7687"
RELATIONSHIP_KINDS = {kind.upper(): kind for kind in EDGE_KINDS}
READ_ONLY = ("r",)
DIALECT = "neo4j"


@dataclass(frozen=True)
class Settings:
    """Where the Neo4j is and who to be: from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
    NEO4J_DATABASE unless options say otherwise. The password is never printed."""

    uri: str = DEFAULT_URI
    user: str = "neo4j"
    password: str | None = None
    database: str | None = None

    def __repr__(self) -> str:
        return f"Settings(uri={self.uri!r}, user={self.user!r}, password={'***' if self.password else None}, database={self.database!r})"

    @classmethod
    def from_environment(
        cls, uri: str | None = None, user: str | None = None, database: str | None = None, password: str | None = None
    ) -> Settings:
        return cls(
            uri=uri or os.environ.get("NEO4J_URI") or DEFAULT_URI,
            user=user or os.environ.get("NEO4J_USERNAME") or "neo4j",
            password=password if password is not None else os.environ.get("NEO4J_PASSWORD"),
            database=database or os.environ.get("NEO4J_DATABASE") or None,
        )


@contextlib.contextmanager
def neo4j_errors(settings: Settings):
    """Turn the driver's exceptions into one-line EngineErrors."""
    from neo4j import exceptions as ex  # the driver takes a second to import; only Neo4j commands need it

    try:
        yield
    except (EngineError, UsageError):
        raise
    except ex.AuthError as exc:
        raise EngineError("Neo4j refused the user name or password (set NEO4J_USERNAME and NEO4J_PASSWORD)", where=settings.uri) from exc
    except ex.ServiceUnavailable as exc:
        raise EngineError("cannot reach Neo4j there (is the server running, and is NEO4J_URI right?)", where=settings.uri) from exc
    except ex.ConfigurationError as exc:
        raise EngineError(f"bad Neo4j connection settings: {exc}", where=settings.uri) from exc
    except ex.Neo4jError as exc:
        raise EngineError(neo4j_message(exc, settings), where=settings.uri) from exc
    except ex.DriverError as exc:
        raise EngineError(f"Neo4j driver error: {exc}", where=settings.uri) from exc


def neo4j_message(exc, settings: Settings) -> str:
    """A one-line message for an error the server sent."""
    code = getattr(exc, "code", "") or ""
    first = (getattr(exc, "message", None) or str(exc)).strip().splitlines()[0]
    if code.endswith("DatabaseNotFound"):
        return f"no database '{settings.database}' on this server"
    if code.endswith("ParameterMissing"):
        return f"missing parameter: {first} (give it with --param NAME=VALUE)"
    if code.endswith("SyntaxError"):
        return f"Cypher syntax error: {first}"
    if "AccessMode" in code or "ForbiddenOnReadOnlyDatabase" in code:
        return f"the query tried to write in a read-only transaction: {first}"
    if code.endswith("MemoryPoolOutOfMemoryError"):
        return (
            "the load did not fit in the server's transaction memory and nothing was changed; "
            "raise dbms.memory.transaction.total.max (or the heap), or wipe first with 'pchgraph neo4j wipe'"
        )
    if "TransactionTimedOut" in code or "Terminated" in code:
        return f"the query took longer than its timeout and was stopped (raise --timeout): {first}"
    return f"{code or 'Neo4j error'}: {first}"


# The addresses the driver reaches Neo4j at over Bolt (direct, or routed), with TLS or without.
BOLT_SCHEMES = {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}


@contextlib.contextmanager
def driver(settings: Settings):
    """A connected driver (connectivity checked), closed afterwards."""
    from neo4j import GraphDatabase  # as in neo4j_errors

    auth = (settings.user, settings.password) if settings.password is not None else None
    scheme = settings.uri.split("://", 1)[0].lower() if "://" in settings.uri else ""
    if scheme not in BOLT_SCHEMES:
        # (the driver's HTTP transport is a preview that needs a library pchgraph does not install)
        raise UsageError(
            f"{settings.uri!r} is no Bolt address; give bolt://host:7687 or neo4j://host:7687 (+s or +ssc for TLS)", where="uri"
        )
    with neo4j_errors(settings):
        with GraphDatabase.driver(settings.uri, auth=auth, notifications_min_severity="OFF") as connection:
            connection.verify_connectivity()
            yield connection


# Values stored as they are (`plain` is needed only for lists and maps).
SCALARS = (str, int, float, bool)


def properties(data: dict, drop: tuple[str, ...] = ()) -> dict:
    return {k: (v if type(v) in SCALARS else plain(v)) for k, v in data.items() if v is not None and k not in drop}


# The labels each node kind carries besides :Pchgraph (cypher/load/nodes.cypher sets them, and
# the bulk-import files write them), so a query may ask for (:Trust) or (:Organisation).
KIND_LABELS = {
    "site": ["Site"],
    "area": ["Area"],
    "practice": ["Organisation", "Practice"],
    "trust": ["Organisation", "Trust"],
    "ccg": ["Organisation", "CCG"],
    "icb": ["Organisation", "ICB"],
    "council": ["Organisation", "Council"],
    "charity": ["Organisation", "Charity"],
    "federation": ["Organisation", "Federation"],
    "nhs_body": ["Organisation", "NhsBody"],
    "other": ["Organisation", "Other"],
}


def labels_of(kind: str) -> list[str]:
    """The labels of a node of this kind, besides :Pchgraph.

    >>> labels_of("trust"), labels_of("site")
    (['Organisation', 'Trust'], ['Site'])
    """
    return KIND_LABELS.get(kind, KIND_LABELS["other"])


def node_rows(graph: nx.MultiDiGraph) -> list[dict]:
    nodes = graph._node
    return [
        {"id": node, "kind": nodes[node]["kind"], "labels": labels_of(nodes[node]["kind"]), "props": properties(nodes[node], ("kind",))}
        for node in sorted(nodes)
    ]


def relationship_rows(graph: nx.MultiDiGraph) -> dict[str, list[dict]]:
    """Rows per relationship file; each relationship's key is stable for an unchanged document."""
    rows: dict[str, list[dict]] = {kind: [] for kind in EDGE_KINDS}
    adjacency = graph._succ
    for u in sorted(adjacency):
        neighbours = adjacency[u]
        for v in sorted(neighbours):
            keys = neighbours[v]
            for key in sorted(keys):
                data = keys[key]
                where = f"{data.get('source_file', '')}:{data.get('line', '')}"
                rows[data["kind"]].append({"source": u, "target": v, "key": f"{where}:{key}", "props": properties(data, ("kind",))})
    return rows


def batches(rows: list, size: int):
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def session_for(connection, settings: Settings, **kwargs):
    return connection.session(database=settings.database, **kwargs) if settings.database else connection.session(**kwargs)


def load_plan(graph: nx.MultiDiGraph, fresh: bool) -> list[tuple[str, list[dict]]]:
    """The statements of a load (cypher/load/…), each with its rows.

    Into a database that holds no pchgraph graph, nodes and relationships are created (no
    look-up of what is already there, about a third faster); otherwise merged on ids and keys.
    """
    folder = "load/new" if fresh else "load"
    return [(f"{folder}/nodes", node_rows(graph))] + [(f"{folder}/{kind}", rows) for kind, rows in relationship_rows(graph).items() if rows]


def load(graph: nx.MultiDiGraph, settings: Settings, wipe: bool = False, batch_size: int = BATCH, progress: bool = True) -> dict:
    """Load the graph into Neo4j: schema first, then every row in batches of UNWIND.

    All batches (and the wipe, if asked for) run in one transaction, so a failure part-way
    leaves the database as it was. Into an empty database (or after the wipe) rows are
    created; otherwise MERGE on ids and keys makes loading again change nothing.
    Returns the counts of pchgraph nodes and relationships afterwards.
    """
    from rich.progress import Progress  # only loading shows progress

    with driver(settings) as connection, neo4j_errors(settings):
        with session_for(connection, settings) as session:
            for text in statements(statement("schema", DIALECT)):
                session.run(text).consume()
            with Progress(transient=True, disable=not progress or not sys.stderr.isatty()) as bar:
                with session.begin_transaction() as tx:
                    if wipe:
                        tx.run(statement("wipe", DIALECT)).consume()
                    # Read inside the transaction, so a load running beside this one cannot
                    # make both create: the second would break the unique-id constraint and
                    # roll back whole.
                    fresh = tx.run(statement("counts", DIALECT)).single()["nodes"] == 0
                    plan = load_plan(graph, fresh)
                    task = bar.add_task("loading into Neo4j", total=sum(len(rows) for _, rows in plan))
                    for name, rows in plan:
                        text = statement(name, DIALECT)
                        for chunk in batches(rows, batch_size):
                            tx.run(text, rows=chunk).consume()
                            bar.advance(task, len(chunk))
                    tx.commit()
            return counts_in(session)


def counts_in(session) -> dict:
    record = session.run(statement("counts", DIALECT)).single()
    return {"nodes": record["nodes"], "relationships": record["relationships"]}


def counts(settings: Settings) -> dict:
    with driver(settings) as connection, neo4j_errors(settings), session_for(connection, settings) as session:
        return counts_in(session)


def wipe(settings: Settings) -> dict:
    """Remove only what pchgraph loaded (nodes labelled :Pchgraph and their relationships)."""
    with driver(settings) as connection, neo4j_errors(settings), session_for(connection, settings) as session:
        session.run(statement("wipe", DIALECT)).consume()
        return counts_in(session)


def run_cypher(
    settings: Settings, text: str, parameters: dict | None = None, write: bool = False, timeout: float = 30.0, limit: int = 1000
) -> CypherResult:
    """Run a user's Cypher, read-only unless `write`.

    Four layers, as datasette does for SQL: the same allow-list of read clauses as on LadybugDB
    (``base.check_query``: no LOAD CSV, no procedures but read-only ones), so a query file gets
    the same answer on both engines; the query's EXPLAIN plan must say it only reads (query type
    'r'); it runs in a read transaction (the driver's read access mode); and it has a timeout
    and a row cap. Parameters are passed as parameters, never into the text.
    """
    from neo4j import Query, unit_of_work  # as in neo4j_errors

    parameters = parameters or {}
    if not text.strip():
        raise UsageError("the query is empty", where="query")
    text = check_query(text, write)
    check_parameters(text, parameters)
    with driver(settings) as connection, neo4j_errors(settings), session_for(connection, settings) as session:
        plan = session.run(Query(f"EXPLAIN {text}", timeout=timeout), parameters).consume()
        query_type = plan.query_type or ""
        if query_type not in READ_ONLY and not write:
            raise UsageError(f"this query would change the database (query type '{query_type}'); add --write to allow it", where="query")

        @unit_of_work(timeout=timeout)
        def work(tx):
            result = tx.run(text, parameters)
            keys = list(result.keys())
            rows = []
            for record in result:
                if len(rows) == limit:
                    return keys, rows, True
                rows.append({k: jsonable(record[k]) for k in keys})
            return keys, rows, False

        keys, rows, truncated = session.execute_write(work) if write else session.execute_read(work)
        return CypherResult(keys, rows, truncated, query_type)


def jsonable(value):
    """A Cypher value as plain data: nodes and relationships as their properties, a path as its
    nodes and its relationships (as the embedded engine gives it)."""
    from neo4j.graph import Node, Relationship  # as in neo4j_errors
    from neo4j.graph import Path as GraphPath  # as in neo4j_errors

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **dict(value)}
    if isinstance(value, Relationship):
        return {"type": value.type, **dict(value)}
    if isinstance(value, GraphPath):
        return {"nodes": [jsonable(n) for n in value.nodes], "relationships": [jsonable(r) for r in value.relationships]}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def read_rows(settings: Settings, name: str, **parameters) -> list[dict]:
    """The rows of one of pchgraph's own read queries (cypher/NAME.cypher)."""
    with driver(settings) as connection, neo4j_errors(settings), session_for(connection, settings) as session:
        return session.execute_read(lambda tx: [record.data() for record in tx.run(statement(name, DIALECT), parameters)])


def graph_from_neo4j(settings: Settings) -> nx.MultiDiGraph:
    """The graph pchgraph loaded, read back from Neo4j."""
    graph = nx.MultiDiGraph()
    for row in read_rows(settings, "backend/nodes"):
        props = dict(row["props"])
        props.pop("id", None)
        graph.add_node(row["id"], **props)
    for row in read_rows(settings, "backend/relationships"):
        props = dict(row["props"])
        props.pop("key", None)
        graph.add_edge(row["source"], row["target"], kind=RELATIONSHIP_KINDS.get(row["type"], row["type"].lower()), **props)
    if not graph:
        raise EngineError("Neo4j holds no pchgraph graph; run 'pchgraph neo4j load' first", where=settings.uri)
    return graph


@register
class Neo4jEngine(CypherEngine):
    """Answers from the graph loaded into a Neo4j server (``pchgraph neo4j load``): Cypher in a
    read transaction, read-only unless asked; centrality on the graph read back from it."""

    name = "neo4j"
    help = "the graph loaded into Neo4j (NEO4J_URI or --uri)"
    dialect = DIALECT
    holds_own_graph = True

    def settings(self) -> Settings:
        if self._settings_loader is None:
            return Settings.from_environment()
        return self._settings_loader()

    def graph(self) -> nx.MultiDiGraph:
        if self._graph is None:
            self._graph = graph_from_neo4j(self.settings())
        return self._graph

    def rows(self, name: str, **parameters) -> list[dict]:
        return read_rows(self.settings(), name, **parameters)

    def cypher(
        self, text: str, parameters: dict | None = None, write: bool = False, timeout: float = 30.0, limit: int = 1000
    ) -> CypherResult:
        return run_cypher(self.settings(), text, parameters, write, timeout, limit)
