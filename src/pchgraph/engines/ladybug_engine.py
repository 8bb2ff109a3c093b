"""Cypher without a server: the graph in an embedded graph database, LadybugDB (the maintained
fork of Kùzu), queried with its own Cypher engine; pchgraph's own questions run there too.

Nodes go into three tables, :Site, :Area and :Organisation (every organisation, its kind in the
`kind` property, as the Neo4j copy also has it), and relationships into :PARTNER_OF, :MEMBER_OF,
:IN_AREA, :LINKED_TO, :MENTIONED_IN and :SUCCEEDED_BY. The database is built once per graph and
cached; queries open it read-only, so the engine itself refuses writes to the database; before that, every query is
checked against an allow-list of read clauses (``base.check_query``), since LadybugDB runs
statements that write files or reach the network (COPY … TO, EXPORT DATABASE, INSTALL, LOAD
FROM a URL) even on a read-only database. With --write a query runs on a throwaway copy (and
still may not touch files or the network). No Cypher is rewritten here: a query the engine
cannot run fails with its own message.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

import networkx as nx

from ..cache import cache_folder, prune, scratch_folder, touch
from ..errors import EngineError, UsageError
from ..files import remove_leftovers, temporary_prefix
from ..graph import graph_to_json
from ..parallel import within_deadline
from ..schema import AREA, IN_AREA, LINKED_TO, MEMBER_OF, MENTIONED_IN, PARTNER_OF, SITE, SUCCEEDED_BY
from .base import CypherEngine, CypherResult, check_parameters, check_query, plain, register, statement

DIALECT = "ladybug"

NODE_TABLES = {SITE: "Site", AREA: "Area"}
RELATIONSHIPS = {
    PARTNER_OF: ("PARTNER_OF", "Organisation", "Site"),
    MEMBER_OF: ("MEMBER_OF", "Organisation", "Site"),
    IN_AREA: ("IN_AREA", "Site", "Area"),
    LINKED_TO: ("LINKED_TO", "Site", "Site"),
    MENTIONED_IN: ("MENTIONED_IN", "Organisation", "Site"),
    SUCCEEDED_BY: ("SUCCEEDED_BY", "Organisation", "Organisation"),
}
EDGE_COLUMNS = {
    "key": "STRING",
    "mention": "STRING",
    "source_file": "STRING",
    "line": "INT64",
    "note": "STRING",
    "change": "STRING",
    "date": "STRING",
    "was": "STRING",
}


def table_of(kind: str) -> str:
    return NODE_TABLES.get(kind, "Organisation")


def column_types(graph: nx.MultiDiGraph) -> dict[str, dict[str, str]]:
    """The columns of each node table, typed from the values the graph holds."""
    values: dict[str, dict[str, list]] = {}
    for _, data in graph.nodes(data=True):
        columns = values.setdefault(table_of(data["kind"]), {})
        for key, value in data.items():
            value = plain(value)
            if value is not None and value != []:
                columns.setdefault(key, []).append(value)
    types = {}
    for table, columns in values.items():
        types[table] = {"id": "STRING", **{key: ladybug_type(found) for key, found in sorted(columns.items()) if key != "id"}}
    # the columns pchgraph's own queries read are there whatever the graph holds, empty where
    # it holds none (a folder of case studies has no site numbers, no practice codes)
    for table, known in KNOWN_COLUMNS.items():
        types[table] = {"id": "STRING", **{**known, **types.get(table, {})}}
    return types


# The columns of the node tables that pchgraph writes, with their types.
KNOWN_COLUMNS: dict[str, dict[str, str]] = {
    "Site": {
        "name": "STRING", "kind": "STRING", "numbers": "INT64[]", "wave": "STRING", "stp_area": "STRING[]", "pchs_count": "INT64",
        "pchs_raw": "STRING", "practices_count": "INT64", "practices_raw": "STRING", "partners_text": "STRING",
        "partners_line": "INT64", "sections": "STRING", "sources": "STRING[]", "collective": "STRING[]",
        "self_mentions": "STRING[]", "document_kind": "STRING",
    },
    "Area": {"name": "STRING", "kind": "STRING", "code": "STRING", "written": "STRING[]", "official_name": "STRING", "gss_code": "STRING"},
    "Organisation": {
        "name": "STRING", "kind": "STRING", "aliases": "STRING[]", "official_name": "STRING", "ods_code": "STRING",
        "gss_code": "STRING", "kind_guessed": "BOOLEAN", "mentions": "INT64", "now": "STRING[]", "now_names": "STRING[]",
        "successor_only": "BOOLEAN", "name_2026": "STRING", "postcode": "STRING", "scope": "STRING", "ccg_2017": "STRING",
        "ccg_2022_code": "STRING", "ccg_2022_name": "STRING", "icb_2026_code": "STRING", "icb_2026_name": "STRING",
        "sub_icb_2026_code": "STRING", "pcn_2022_code": "STRING", "pcn_2022_name": "STRING", "pcn_2026_code": "STRING",
        "pcn_2026_name": "STRING",
    },
}  # fmt: skip


def ladybug_type(values: list) -> str:
    """The LadybugDB type that holds every value of a column.

    >>> ladybug_type([1, 2]), ladybug_type([[1], []]), ladybug_type(["a", 1]), ladybug_type([True])
    ('INT64', 'INT64[]', 'STRING', 'BOOLEAN')
    """
    if all(isinstance(v, list) for v in values):
        inner = [x for v in values for x in v]
        return f"{ladybug_type(inner) if inner else 'STRING'}[]"
    if all(isinstance(v, bool) for v in values):
        return "BOOLEAN"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "INT64"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "DOUBLE"
    return "STRING"


def cast(value, column_type: str):
    """A value as its column's type (text columns take the JSON of anything else)."""
    value = plain(value)
    if value is None:
        return None
    if column_type.endswith("[]"):
        items = value if isinstance(value, list) else [value]
        return [cast(v, column_type[:-2]) for v in items]
    if column_type == "STRING" and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if column_type == "DOUBLE":
        return float(value)
    return value


def create_database(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write the graph into a new LadybugDB database at `path`."""
    import ladybug  # only Cypher on the embedded engine needs LadybugDB

    database = ladybug.Database(str(path))
    connection = ladybug.Connection(database)
    types = column_types(graph)
    for table, columns in types.items():
        spec = ", ".join(f"{name} {kind}" for name, kind in columns.items())
        connection.execute(f"CREATE NODE TABLE {table}({spec}, PRIMARY KEY (id))")
    edge_spec = ", ".join(f"{name} {kind}" for name, kind in EDGE_COLUMNS.items())
    for label, source, target in RELATIONSHIPS.values():
        connection.execute(f"CREATE REL TABLE {label}(FROM {source} TO {target}, {edge_spec})")
    for table, columns in types.items():
        rows = [
            {name: cast(node if name == "id" else data.get(name), kind) for name, kind in columns.items()}
            for node, data in graph.nodes(data=True)
            if table_of(data["kind"]) == table
        ]
        if rows:
            assignments = ", ".join(f"{name}: row.{name}" for name in columns)
            connection.execute(f"UNWIND $rows AS row CREATE (:{table} {{{assignments}}})", {"rows": rows})
    for kind, (label, source, target) in RELATIONSHIPS.items():
        rows = [
            {
                "source": u,
                "target": v,
                "key": f"{d.get('source_file', '')}:{d.get('line', '')}:{k}",
                **{name: cast(d.get(name), column) for name, column in EDGE_COLUMNS.items() if name != "key"},
            }
            for u, v, k, d in graph.edges(keys=True, data=True)
            if d["kind"] == kind
        ]
        if rows:
            assignments = ", ".join(f"{name}: row.{name}" for name in EDGE_COLUMNS)
            connection.execute(
                f"UNWIND $rows AS row MATCH (a:{source} {{id: row.source}}), (b:{target} {{id: row.target}}) "
                f"CREATE (a)-[:{label} {{{assignments}}}]->(b)",
                {"rows": rows},
            )
    connection.close()
    database.close()


def database_path(graph: nx.MultiDiGraph) -> Path:
    """The cached database of this graph, built if missing."""
    digest = hashlib.sha256(json.dumps(graph_to_json(graph), sort_keys=True, default=str).encode()).hexdigest()[:16]
    cache = cache_folder()
    folder = (cache or scratch_folder("pchgraph-embedded-")) / f"embedded-{digest}"
    path = folder / "graph.lbug"
    if path.exists():
        touch(folder)
        return path
    folder.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(folder)
    # Built in a folder of its own that takes the final name in one rename, so a process killed
    # while building leaves only a temporary folder (removed by the next build), never a
    # database that looks whole.
    building = Path(tempfile.mkdtemp(dir=folder.parent, prefix=temporary_prefix(folder), suffix=".tmp"))
    try:
        create_database(graph, building / "graph.lbug")
        with contextlib.suppress(OSError):  # another process got there first: its copy serves
            os.rename(building, folder)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    if cache is not None:
        prune()
    return path


def jsonable(value):
    """Engine values as plain data: nodes and relationships as their properties, a path (or a
    relationship of variable length) as its nodes and its relationships."""
    if isinstance(value, dict):
        if "_NODES" in value and "_RELS" in value:
            return {"nodes": jsonable(value["_NODES"]), "relationships": jsonable(value["_RELS"])}
        label = value.get("_LABEL")
        cleaned = {k: jsonable(v) for k, v in value.items() if not k.startswith("_")}
        if label and "_SRC" in value:
            return {"type": label, **cleaned}
        if label:
            return {"labels": [label], **cleaned}
        return cleaned
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    return value


def run_embedded(
    graph: nx.MultiDiGraph, text: str, parameters: dict | None = None, write: bool = False, timeout: float = 30.0, limit: int | None = 1000
) -> CypherResult:
    """Run Cypher on the embedded database of the graph: read-only unless `write` (then on a
    throwaway copy), with a timeout and a row cap."""
    return run_user_query(database_path(graph), text, parameters, write, timeout, limit)


def run_user_query(path: Path, text: str, parameters: dict | None, write: bool, timeout: float, limit: int | None) -> CypherResult:
    """`run_in_database` for a query a user wrote, in a process stopped at the timeout: the
    engine's own timeout is not checked while one expression is worked out (`RETURN
    size(range(1, 300000000))` ran past it, taking gigabytes)."""
    return within_deadline(run_in_database, (path, text, parameters, write, timeout, limit), timeout)


def run_in_database(
    path: Path, text: str, parameters: dict | None = None, write: bool = False, timeout: float = 30.0, limit: int | None = 1000
) -> CypherResult:
    """Run Cypher on the LadybugDB database at `path`, as `run_embedded` does."""
    import ladybug  # as in create_database

    if not text.strip():
        raise UsageError("the query is empty", where="query")
    text = refuse_unless_read(text, write)
    check_parameters(text, parameters or {})
    for name, value in (parameters or {}).items():
        problem = unstorable(value)
        if problem:
            raise UsageError(f"{name}: {problem}", where="param")
    scratch = None
    if write:
        scratch = Path(tempfile.mkdtemp(prefix="pchgraph-embedded-"))
        shutil.copytree(path.parent, scratch / "db", ignore=shutil.ignore_patterns(".building-*"))
        path = scratch / "db" / path.name
    try:
        database = ladybug.Database(str(path), read_only=not write)
        connection = ladybug.Connection(database)
        connection.set_query_timeout(int(timeout * 1000))
        try:
            result = connection.execute(text, parameters or {})
        except RuntimeError as exc:
            error = UsageError if "read-only" in str(exc) else EngineError
            raise error(engine_message(exc), where="ladybug") from exc
        results = result if isinstance(result, list) else [result]
        last = results[-1]
        columns = last.get_column_names()
        twice = sorted({c for c in columns if columns.count(c) > 1})
        if twice:
            connection.close()
            database.close()
            # (a row keeps one value a name: the other would be lost, as Neo4j refuses it)
            raise UsageError(f"two columns are named {twice[0]!r}; give each its own name (… AS name)", where="query")
        rows, truncated = [], False
        while last.has_next():
            if len(rows) == limit:
                truncated = True
                break
            rows.append({c: jsonable(v) for c, v in zip(columns, last.get_next())})
        connection.close()
        database.close()
        return CypherResult(columns, rows, truncated, "rw" if write else "r")
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def unstorable(value) -> str | None:
    """Why LadybugDB cannot take a parameter value as given, or None: its lists hold values of
    one type, and its maps in a list the same keys (it would fail on `[1, "b"]`, and give
    `[{"a": 1}, {"b": 2}]` back as `[{"b": 1}, {"b": 2}]`).

    >>> unstorable([1, 2.5]), unstorable([1, "b"]), unstorable([{"a": 1}, {"b": 2}])
    (None, 'a list mixes values of different types (int, str); LadybugDB lists hold one type', 'maps in a list have different keys (a; b); LadybugDB needs the same keys in each')
    """
    if isinstance(value, dict):
        return next(filter(None, map(unstorable, value.values())), None)
    if not isinstance(value, list):
        return None
    # (a number is a number, whole or not; a missing value goes with any)
    types = sorted(
        {"number" if isinstance(v, (int, float)) and not isinstance(v, bool) else type(v).__name__ for v in value if v is not None}
    )
    if len(types) > 1:
        shown = sorted({type(v).__name__ for v in value if v is not None})
        return f"a list mixes values of different types ({', '.join(shown)}); LadybugDB lists hold one type"
    keys = sorted({", ".join(sorted(v)) for v in value if isinstance(v, dict)})
    if len(keys) > 1:
        return f"maps in a list have different keys ({'; '.join(keys)}); LadybugDB needs the same keys in each"
    return next(filter(None, map(unstorable, value)), None)


def refuse_unless_read(text: str, write: bool) -> str:
    """The first layer of read-only (the second is the database opened read-only): the tokens'
    allow-list check, before LadybugDB sees the text. LadybugDB runs statements that write files
    or reach the network (COPY … TO, EXPORT DATABASE, INSTALL, LOAD FROM a URL) even on a
    read-only database, so only this check stops them; it stops them even with --write.
    Returns the text to run (the one checked, comments blanked)."""
    try:
        return check_query(text, write)
    except UsageError as exc:
        if "add --write to allow it" in exc.message:
            # the same refusal, saying what --write does here
            message = exc.message.replace("the database", "the graph").replace(
                "add --write to allow it", "add --write to run it on a throwaway copy"
            )
            raise UsageError(message, where="ladybug") from None
        raise


def engine_message(exc: Exception) -> str:
    """The engine's own error, on one line."""
    text = " ".join(str(exc).split())
    if "read-only" in text:
        return f"this query would change the graph; add --write to run it on a throwaway copy ({text})"
    if "interrupted" in text.lower() or "timeout" in text.lower():
        return f"the query took longer than its timeout and was stopped (raise --timeout): {text}"
    return f"the embedded Cypher engine (LadybugDB) cannot run this query: {text}"


@register
class LadybugEngine(CypherEngine):
    """Answers with LadybugDB's Cypher engine on an embedded copy of the graph (built once per
    graph and cached); no server."""

    name = "ladybug"
    help = "the graph in an embedded LadybugDB, for Cypher without a server"
    dialect = DIALECT

    def database(self) -> Path:
        """The embedded database of the graph (built on first use, then cached)."""
        if getattr(self, "_database", None) is None:
            self._database = database_path(self.graph())
        return self._database

    def rows(self, name: str, **parameters) -> list[dict]:
        return run_in_database(self.database(), statement(name, DIALECT), parameters, limit=None).rows

    def cypher(
        self, text: str, parameters: dict | None = None, write: bool = False, timeout: float = 30.0, limit: int = 1000
    ) -> CypherResult:
        return run_user_query(self.database(), text, parameters, write, timeout, limit)
