"""Processes killed outright (SIGKILL: nothing can clean up) and processes running at once: an
export or a cache entry killed mid-write leaves the old file (or none), and the next run leaves
no temporary behind; a Neo4j load killed mid-way leaves the old graph or the new one; accepting
review candidates from many processes at once loses no row."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pchgraph.cache import usable_cache_dir
from pchgraph.errors import DataError
from pchgraph.files import TEMPORARY, write_file, write_folder
from pchgraph.graph import build_graph, graph_from_cache_entry, read_graph, write_graph
from pchgraph.readers import read_sources
from pchgraph.resolve.organisations import alias_table

SYNTHETIC = Path(__file__).resolve().parents[1] / "bench" / "synthetic.py"
# Tries at catching a write while its temporary file exists, before the test gives up.
ATTEMPTS = 8
ENTRY = "{number}\n{place} Site {number}\n\nNO. OF PCHs: 1\nNO. OF PRACTICES: 2\nSTP AREA: Devon\n\nPARTNERS\n\n{partner}.\n"
PLACES = ["Barnstaple", "Bideford", "Crediton", "Exeter", "Honiton", "Okehampton", "Plymouth", "Tiverton", "Torbay", "Totnes"]


def pchgraph(*args) -> list[str]:
    return [sys.executable, "-m", "pchgraph", *map(str, args)]


def run(command: list[str], env: dict) -> subprocess.CompletedProcess:
    process = subprocess.run(command, env=env, capture_output=True, timeout=300)
    assert process.returncode == 0, process.stderr.decode()
    return process


@pytest.fixture
def env(tmp_path) -> dict:
    return {**os.environ, "PCHGRAPH_CACHE": str(tmp_path / "cache")}


@pytest.fixture(scope="session")
def synthetic_sources(tmp_path_factory) -> Path:
    """A corpus five times the brochure's (bench/synthetic.py), so writes take long enough to catch."""
    out = tmp_path_factory.mktemp("synthetic") / "sources"
    subprocess.run([sys.executable, str(SYNTHETIC), str(out), "--scale", "5"], check=True, capture_output=True, timeout=300)
    return out


@pytest.fixture(scope="session")
def big_graph_file(synthetic_sources, tmp_path_factory) -> Path:
    return write_graph(build_graph(read_sources(synthetic_sources)), tmp_path_factory.mktemp("big") / "big.json")


@pytest.fixture(scope="session")
def small_graph_file(graph, tmp_path_factory) -> Path:
    return write_graph(graph, tmp_path_factory.mktemp("small") / "small.json")


def temporaries(folder: Path, name: str | None = None, pid: int | None = None) -> list[str]:
    """The temporary files and folders in `folder` (of the file `name`, written by `pid`)."""
    found = []
    for entry in sorted(os.listdir(folder)):
        match = TEMPORARY.fullmatch(entry)
        if match and name in (None, match["name"]) and pid in (None, int(match["pid"])):
            found.append(entry)
    return found


def killed_while_writing(command: list[str], env: dict, folder: Path, is_target) -> bool:
    """Run `command` and SIGKILL it the moment a temporary file appears in `folder` for a name
    `is_target` accepts: whether the kill landed while the temporary was there (it is left)."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while process.poll() is None and time.monotonic() < deadline:
            if any(is_target(TEMPORARY.fullmatch(e)["name"]) for e in temporaries(folder, pid=process.pid)):
                os.kill(process.pid, signal.SIGKILL)
                break
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        # reaped, so its process id is gone (a zombie still counts as running)
        process.wait()
    left = [e for e in temporaries(folder, pid=process.pid) if is_target(TEMPORARY.fullmatch(e)["name"])]
    return process.returncode == -signal.SIGKILL and bool(left)


def contents(path: Path) -> bytes | dict | None:
    """A file's bytes, a folder's files by name, or None when there is nothing."""
    if path.is_dir():
        return {p.name: p.read_bytes() for p in sorted(path.iterdir())}
    return path.read_bytes() if path.exists() else None


def put(path: Path, content: bytes | dict | None) -> None:
    """Make `path` hold `content` (as `contents` returns it) again."""
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
    if isinstance(content, dict):
        path.mkdir()
        for name, data in content.items():
            (path / name).write_bytes(data)
    elif content is not None:
        path.write_bytes(content)


# --- What killed writers leave, and what running writers are writing ---


@pytest.fixture
def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.fixture
def live_pid():
    process = subprocess.Popen(["sleep", "300"])
    yield process.pid
    process.kill()
    process.wait()


def test_a_write_removes_its_dead_writers_temporaries_and_no_others(tmp_path, dead_pid, live_pid):
    dead = f".g.json.{dead_pid}.abcd1234.tmp"
    running = f".g.json.{live_pid}.abcd1234.tmp"
    another_file = f".h.json.{dead_pid}.abcd1234.tmp"
    for name in (dead, running, another_file):
        (tmp_path / name).write_text("half")
    write_file(tmp_path / "g.json", lambda handle: handle.write(b"whole"))
    assert sorted(os.listdir(tmp_path)) == sorted([running, another_file, "g.json"])
    assert (tmp_path / running).read_text() == "half"


def test_a_folder_a_killed_writer_moved_aside_is_put_back(tmp_path, dead_pid):
    aside = tmp_path / f".tables.{dead_pid}.abcd1234.old"
    aside.mkdir()
    (aside / "nodes.csv").write_text("the last whole export")

    def failing(handle):
        raise OSError(28, "No space left on device")

    with pytest.raises(DataError, match="No space left"):
        write_folder(tmp_path / "tables", {"nodes.csv": failing})
    assert os.listdir(tmp_path) == ["tables"]
    assert contents(tmp_path / "tables") == {"nodes.csv": b"the last whole export"}


def test_the_cache_removes_what_dead_writers_left_and_keeps_running_ones(tmp_path, dead_pid, live_pid):
    cache = tmp_path / "cache"
    cache.mkdir()
    names = [f".graph-a.graph.{dead_pid}.abcd1234.tmp", f".graph-b.graph.{live_pid}.abcd1234.tmp", f".probe.{dead_pid}.abcd1234.tmp"]
    for name in names:
        (cache / name).write_text("half")
    assert usable_cache_dir(cache) == cache
    assert os.listdir(cache) == [names[1]]


# --- SIGKILL during an export ---


@pytest.mark.parametrize("fmt, name", [("graphml", "graph.graphml"), ("csv", "tables")])
def test_sigkill_during_an_export_leaves_the_old_export_and_the_next_run_no_temporary(
    fmt, name, big_graph_file, small_graph_file, tmp_path, env
):
    out = tmp_path / "out"
    out.mkdir()
    target = out / name
    command = pchgraph("export", fmt, target, "--graph", big_graph_file)
    run(pchgraph("export", fmt, tmp_path / name, "--graph", big_graph_file), env)
    expected = contents(tmp_path / name)
    run(pchgraph("export", fmt, target, "--graph", small_graph_file), env)
    older = contents(target)
    assert older != expected
    for old in (None, older):
        for _ in range(ATTEMPTS):
            put(target, old)
            if killed_while_writing(command, env, out, lambda written: written == name):
                break
        else:
            pytest.fail(f"no kill landed while {name} was being written in {ATTEMPTS} tries")
        assert contents(target) == old
        assert temporaries(out, name)
    run(command, env)
    assert contents(target) == expected
    assert temporaries(out) == [] and sorted(os.listdir(out)) == [name]


# --- SIGKILL during a cache write ---


def test_sigkill_during_a_cache_write_leaves_no_entry_and_the_next_run_answers(synthetic_sources, tmp_path, env):
    command = pchgraph("sites", "--csv", "--sources", synthetic_sources)
    expected = run(command, {**env, "PCHGRAPH_CACHE": str(tmp_path / "other-cache")}).stdout
    cache = tmp_path / "cache"
    cache.mkdir()
    for _ in range(ATTEMPTS):
        if killed_while_writing(command, env, cache, lambda written: written.startswith("graph-")):
            break
    else:
        pytest.fail(f"no kill landed while the cached graph was being written in {ATTEMPTS} tries")
    assert list(cache.glob("graph-*")) == []
    assert temporaries(cache)
    assert run(command, env).stdout == expected
    assert [name for name in os.listdir(cache) if name.endswith(".tmp")] == []
    [entry] = cache.glob("graph-*.graph")
    assert graph_from_cache_entry(entry.read_bytes(), str(entry)).number_of_nodes() > 0
    assert run(command, env).stdout == expected


# --- SIGKILL during neo4j load ---


def loading_transactions(settings) -> set[str]:
    """The server's transactions that are loading rows (``UNWIND``), by id."""
    from pchgraph.engines.neo4j_engine import driver, session_for

    with driver(settings) as connection, session_for(connection, settings) as session:
        rows = session.run("SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN transactionId, currentQuery").data()
    return {row["transactionId"] for row in rows if "UNWIND" in (row["currentQuery"] or "")}


def settled_counts(settings) -> dict:
    """The pchgraph counts once the server runs no other transaction. A client killed after
    asking to commit leaves the server committing its transaction; a count read meanwhile
    (read-committed) can see part of that commit, which is no state anyone is left with."""
    from pchgraph.engines.neo4j_engine import counts, driver, session_for

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with driver(settings) as connection, session_for(connection, settings) as session:
            rows = session.run("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery").data()
        if all("SHOW TRANSACTIONS" in (row["currentQuery"] or "") for row in rows):
            break
        time.sleep(0.05)
    return counts(settings)


def start_loading(command: list[str], env: dict, settings) -> subprocess.Popen:
    """Start a `neo4j load` process, returning once the server runs its loading transaction (or
    it has ended). A killed load's transaction may outlive its client for a moment: only a new
    one counts."""
    before = loading_transactions(settings)
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while process.poll() is None and not loading_transactions(settings) - before and time.monotonic() < deadline:
        time.sleep(0.01)
    return process


@pytest.mark.neo4j
def test_sigkill_during_neo4j_load_leaves_the_old_graph_or_the_new(graph, big_graph_file, neo4j_env, env):
    from pchgraph.engines.neo4j_engine import counts, load

    old = load(graph, neo4j_env, wipe=True, progress=False)
    # Small batches: many statements in the one transaction, so the kills land inside it.
    command = pchgraph("neo4j", "load", "--wipe", "--batch", "20", "--graph", big_graph_file)
    process = start_loading(command, env, neo4j_env)
    started = time.monotonic()
    _, err = process.communicate(timeout=300)
    assert process.returncode == 0, err.decode()
    loading = time.monotonic() - started
    new = counts(neo4j_env)
    assert new != old and new["nodes"] == read_graph(big_graph_file).number_of_nodes()
    seen = []
    try:
        for share in (0, 0.2, 0.4, 0.6, 0.8, 1.5):
            if counts(neo4j_env) != old:
                load(graph, neo4j_env, wipe=True, progress=False)
            process = start_loading(command, env, neo4j_env)
            time.sleep(share * loading)
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
            _, err = process.communicate(timeout=300)
            assert process.returncode in (0, -signal.SIGKILL), err.decode()
            now = settled_counts(neo4j_env)
            assert now in (old, new), f"killed {share * loading:.2f}s into a {loading:.2f}s load: {now}, neither {old} nor {new}"
            seen.append((process.returncode, now == new))
    finally:
        load(graph, neo4j_env, wipe=True, progress=False)
    assert (-signal.SIGKILL, False) in seen, seen


# --- Concurrent review --accept ---


@pytest.fixture
def review_graph(folder, tmp_path) -> Path:
    """A graph whose review proposes one merge per place ("X Voluntary Action" / "… Actions")."""
    documents = {
        f"{place}.txt": ENTRY.format(number=1, place=place, partner=f"{place} Voluntary Action")
        + "\n"
        + ENTRY.format(number=2, place=place, partner=f"{place} Voluntary Actions")
        for place in PLACES
    }
    return write_graph(build_graph(read_sources(folder(documents))), tmp_path / "review.json")


def test_concurrent_review_accepts_lose_no_row(review_graph, tmp_path, env):
    table = tmp_path / "aliases.csv"
    table.write_text("canonical,alias,kind,why,action\nDevon County Council,Devon CC,council,there before,same\n")
    env = {**env, "PCHGRAPH_ALIASES": str(table)}
    listed = run(pchgraph("review", "--csv", "--graph", review_graph), env).stdout.decode()
    candidates = list(csv.DictReader(listed.splitlines()))
    assert len(candidates) == len(PLACES)
    accepted = candidates[:8]
    processes = [
        subprocess.Popen(
            pchgraph("review", "--accept", c["number"], "--why", f"checked {c['number']}", "--graph", review_graph),
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for c in accepted
    ]
    for process in processes:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0 and err == b"", err.decode()
    with table.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(r["alias"] for r in rows) == sorted(["Devon CC", *(c["merge"] for c in accepted)])
    assert {(r["canonical"], r["alias"], r["why"]) for r in rows} >= {(c["keep"], c["merge"], f"checked {c['number']}") for c in accepted}
    assert len(alias_table(table)) == len(rows)
    assert temporaries(tmp_path) == []
