"""Benchmark: batched Neo4j load (UNWIND $rows … MERGE) against one row per transaction.

Run by hand (not part of the tests):

    python bench/neo4j_load.py [--copies 3]

It starts the test Neo4j (tests/neo4j_server.py), warms it up with one load each way, then loads
the bundled graph, copied --copies times under new ids, both ways on the same server, and prints
relationships per second for each.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import neo4j_server

from pchgraph import load_graph
from pchgraph.engines.neo4j_engine import (
    Settings,
    driver,
    load,
    node_rows,
    relationship_rows,
    statement,
    statements,
    wipe,
)


def copied(graph: nx.MultiDiGraph, copies: int) -> nx.MultiDiGraph:
    """The graph `copies` times over, each copy's ids suffixed so none merge."""
    big = nx.MultiDiGraph()
    for copy in range(copies):
        mapping = {n: f"{n}#{copy}" for n in graph}
        big.update(nx.relabel_nodes(graph, mapping, copy=True))
    return big


def one_row_per_transaction(graph: nx.MultiDiGraph, settings: Settings) -> None:
    with driver(settings) as connection, connection.session() as session:
        for text in statements(statement("schema")):
            session.run(text).consume()
        plan = [("load/nodes", node_rows(graph))] + [(f"load/{n}", rows) for n, rows in relationship_rows(graph).items()]
        for name, rows in plan:
            text = statement(name)
            for row in rows:
                session.execute_write(lambda tx, row=row, text=text: tx.run(text, rows=[row]).consume())


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=3)
    options = parser.parse_args()
    graph = copied(load_graph(), options.copies)
    relationships = graph.number_of_edges()
    server = neo4j_server.start()
    try:
        settings = Settings(uri=server.uri, password=server.password)
        warm_up = copied(load_graph(), 1)
        load(warm_up, settings, wipe=True, progress=False)
        one_row_per_transaction(warm_up, settings)
        wipe(settings)
        batched = timed(lambda: load(graph, settings, wipe=True, progress=False))
        wipe(settings)
        single = timed(lambda: one_row_per_transaction(graph, settings))
    finally:
        server.stop()
    print(f"graph: {graph.number_of_nodes()} nodes, {relationships} relationships ({options.copies} copies of the bundled graph)")
    print(f"batched load (one transaction, UNWIND batches of 1000): {batched:.2f} s, {relationships / batched:,.0f} relationships/s")
    print(f"one row per transaction (baseline):                     {single:.2f} s, {relationships / single:,.0f} relationships/s")
    print(f"ratio batched / baseline: {single / batched:.1f}x faster")


if __name__ == "__main__":
    main()
