"""Benchmark: Neo4j's bulk import of ``pchgraph export neo4j-import`` against the driver loader.

Run by hand (not part of the tests):

    python bench/neo4j_import.py [--scale 100] [--copies 1]

It writes a synthetic corpus --scale times the bundled one (bench/synthetic.py), builds its
graph (copied --copies times under new ids, as bench/neo4j_load.py does, for a large graph
without a long build: ``--scale 10 --copies 10`` is a 100x graph), then on the test Neo4j (tests/neo4j_server.py) times ``pchgraph neo4j load`` (the driver,
batched UNWIND … MERGE) and the bulk path (export neo4j-import, then ``neo4j-admin database
import full`` into a fresh database and the server started on it), and prints relationships per
second for each. The bulk time counts the export, the import and the server's start.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

import neo4j_server
import synthetic
from neo4j_load import copied

from pchgraph.engines.neo4j_engine import Settings, counts, load
from pchgraph.export import export
from pchgraph.export.neo4j_import import SCRIPT
from pchgraph.graph import build_graph
from pchgraph.readers import read_sources

PASSWORD = "pchgraph-bench"


def timed(action):
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def driver_load(graph) -> float:
    """Seconds to load the graph through the driver into a fresh server (warmed up first)."""
    server = neo4j_server.start(password=PASSWORD)
    try:
        settings = Settings(uri=server.uri, password=PASSWORD)
        seconds, _ = timed(lambda: load(graph, settings, wipe=True, progress=False))
        assert counts(settings)["relationships"] == graph.number_of_edges()
        return seconds
    finally:
        server.stop()


def bulk_import(graph, work: Path) -> float:
    """Seconds to export the bulk files, import them with neo4j-admin, and start the server."""
    folder, home = work / "bulk", work / "home"

    def run():
        exporting, _ = timed(lambda: export(graph, "neo4j-import", folder))
        line = next(line for line in (folder / SCRIPT).read_text().splitlines() if line.startswith("exec "))
        importing, done = timed(lambda: neo4j_server.neo4j_admin(home, *shlex.split(line)[2:-1], cwd=folder))
        if done.returncode != 0:
            raise SystemExit(f"neo4j-admin failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
        starting, server = timed(lambda: neo4j_server.start(password=PASSWORD, data=home))
        print(f"  bulk: export {exporting:.1f} s, neo4j-admin {importing:.1f} s, server start {starting:.1f} s", flush=True)
        return server

    seconds, server = timed(run)
    try:
        settings = Settings(uri=server.uri, password=PASSWORD)
        assert counts(settings)["relationships"] == graph.number_of_edges()
    finally:
        server.stop()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--copies", type=int, default=1)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pchgraph-bench-") as work:
        work = Path(work)
        synthetic.write_corpus(work / "sources", options.scale)
        graph = build_graph(read_sources(work / "sources"))
        if options.copies > 1:
            graph = copied(graph, options.copies)
        relationships = graph.number_of_edges()
        size = options.scale * options.copies
        print(f"{size}x corpus: {graph.number_of_nodes()} nodes, {relationships} relationships", flush=True)
        driver_seconds = driver_load(graph)
        bulk_seconds = bulk_import(graph, work)
    print(f"driver loader (neo4j load): {driver_seconds:.1f} s, {relationships / driver_seconds:,.0f} relationships/s")
    print(f"bulk import (export + neo4j-admin + start): {bulk_seconds:.1f} s, {relationships / bulk_seconds:,.0f} relationships/s")
    print(f"bulk import is {driver_seconds / bulk_seconds:.1f}x the driver loader's rate")


if __name__ == "__main__":
    main()
