"""Benchmark: batched Neo4j load (UNWIND $rows … MERGE) against one row per transaction.

Run by hand (not part of the tests):

    python bench/neo4j_load.py [--copies 3]
    python bench/neo4j_load.py --graph g.json [--batch 1000 --batch 10000] [--no-baseline]

It starts the test Neo4j (tests/neo4j_server.py), warms it up with one load each way, then loads
the bundled graph, copied --copies times under new ids (or the graph file --graph, such as a
synthetic corpus's: ``python bench/synthetic.py corpus --scale 100`` then ``pchgraph build
--sources corpus --out g.json``), both ways on the same server, and prints relationships per
second for each: the batched load once per --batch size, each load timed twice (the server's
speed varies with its garbage collection), one row per transaction on a sample of 2,000 rows.
It then times a cold ``pchgraph spanning --engine neo4j`` against the loaded graph.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
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
from pchgraph.graph import read_graph


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


def cold_spanning(settings: Settings, runs: int = 3) -> tuple[float, float]:
    """Median wall time of a fresh `pchgraph spanning --engine neo4j` process, and of
    `python -c "import networkx"` (the floor)."""
    env = {**os.environ, "NEO4J_URI": settings.uri, "NEO4J_PASSWORD": settings.password or ""}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as bench/run.py: an installed package has its bytecode
    command = [sys.executable, "-m", "pchgraph", "spanning", "--engine", "neo4j", "--kind", "trust", "--top", "10"]

    def median(args) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(args, env=env, capture_output=True, check=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    return median(command), median([sys.executable, "-c", "import networkx"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--graph", type=Path, help="a graph file to load instead of copies of the bundled graph")
    parser.add_argument("--batch", type=int, action="append", help="rows per UNWIND statement (repeat to compare; default 1000)")
    parser.add_argument("--no-baseline", action="store_true", help="skip one row per transaction")
    options = parser.parse_args()
    graph = read_graph(options.graph) if options.graph else copied(load_graph(), options.copies)
    relationships = graph.number_of_edges()
    server = neo4j_server.start()
    rates = {}
    try:
        settings = Settings(uri=server.uri, password=server.password)
        warm_up = copied(load_graph(), 1)
        load(warm_up, settings, wipe=True, progress=False)
        one_row_per_transaction(warm_up, settings)
        wipe(settings)
        for batch in options.batch or [1000]:
            for _ in range(2):
                wipe(settings)
                seconds = timed(lambda batch=batch: load(graph, settings, wipe=True, progress=False, batch_size=batch))
                rates.setdefault(batch, []).append(relationships / seconds)
        spanning, floor = cold_spanning(settings)
        single = None
        if not options.no_baseline:
            wipe(settings)
            sample = graph.edge_subgraph(list(graph.edges(keys=True))[:2000]).copy() if options.graph else graph
            rows = sum(len(r) for r in relationship_rows(sample).values())
            single = rows / timed(lambda: one_row_per_transaction(sample, settings))
    finally:
        server.stop()
    what = f"the graph file {options.graph}" if options.graph else f"{options.copies} copies of the bundled graph"
    print(f"graph: {graph.number_of_nodes()} nodes, {relationships} relationships ({what})")
    for batch, measured in rates.items():
        print(f"batched load (one transaction, UNWIND batches of {batch}): {', '.join(f'{r:,.0f}' for r in measured)} relationships/s")
    if single:
        best = max(r for measured in rates.values() for r in measured)
        print(f"one row per transaction (baseline): {single:,.0f} relationships/s; best batched is {best / single:.1f}x that")
    print(f"cold 'spanning --engine neo4j': {spanning:.2f} s; floor (import networkx) {floor:.2f} s; ratio {spanning / floor:.1f}")


if __name__ == "__main__":
    main()
