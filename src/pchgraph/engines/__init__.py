"""Engines: where answers come from, behind one interface (`base.Engine`).

``networkx`` (the graph in memory, the default), ``ladybug`` (an embedded LadybugDB, for Cypher
without a server) and ``neo4j`` (a Neo4j server the graph was loaded into). Each registers
itself; `engine_for(name, …)` gives one. A new store is a new module here that registers itself.
"""

from __future__ import annotations

from . import ladybug_engine, neo4j_engine, networkx_engine  # noqa: F401  (importing an engine registers it)
from .base import ENGINES, CypherEngine, CypherResult, Engine, engine_for, query_file, register, typed_parameter

__all__ = ["ENGINES", "CypherEngine", "CypherResult", "Engine", "engine_for", "query_file", "register", "typed_parameter"]
