"""Faults and bad input: every case is one line `pchgraph: error: …` naming the file, line or
argument, a non-zero exit, no traceback, and nothing lost; read-only Cypher touches no file and
no network; outputs are written whole, through symlinks, into FIFOs and to standard output; the
cache runs nothing and heals itself; names fold accents but keep letters apart."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from pchgraph.cli import cli
from pchgraph.engines.base import MAX_QUERY_CHARS, check_query, tokens
from pchgraph.engines.ladybug_engine import run_embedded
from pchgraph.engines.neo4j_engine import Settings, run_cypher
from pchgraph.errors import DataError, PchgraphError, UsageError
from pchgraph.export import export
from pchgraph.files import write_file, write_folder
from pchgraph.graph import cache_entry, cached_graph_path, load_graph, read_graph, write_graph
from pchgraph.names import name_key, org_key, slug
from pchgraph.schema import GRAPH_FORMAT

ENTRY = "1\nA Site\n\nNO. OF PCHs: 1\nNO. OF PRACTICES: 2\nSTP AREA: Devon\n\nPARTNERS\n\n{}.\n"


def one_error_line(result, *expected: str, code: int | None = None) -> str:
    """The result is a failure with exactly one line on stderr, `pchgraph: error: …`, holding
    every expected text, and no traceback."""
    assert result.exit_code != 0, result.output
    if code is not None:
        assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pchgraph: error: "), result.stderr
    assert "Traceback" not in result.output
    for text in expected:
        assert text in lines[0], lines[0]
    return lines[0]


def invoke(*args, **kwargs):
    return CliRunner().invoke(cli, [str(a) for a in args], **kwargs)


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every path under a folder with its content (None for folders)."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None) for p in sorted(folder.rglob("*"))}


@pytest.fixture
def small_graph_file(folder, tmp_path) -> Path:
    sources = folder({"a.txt": ENTRY.format("Devon County Council")})
    result = invoke("build", "--sources", sources, "--out", tmp_path / "small.json")
    assert result.exit_code == 0, result.output
    return tmp_path / "small.json"


# --- 1. Read-only Cypher: an allow-list checked before anything runs, the same on both engines ---

DANGEROUS = [
    "COPY (RETURN 'x' AS x) TO 'f.csv'",
    "COPY Site TO 'f.csv'",
    "EXPORT DATABASE 'exported'",
    "IMPORT DATABASE 'exported'",
    "INSTALL json",
    "LOAD EXTENSION json",
    "LOAD json",
    "ATTACH 'other.lbug' AS other (dbtype lbug)",
    "DETACH other",
    "USE other",
    "LOAD FROM 'f.csv' RETURN *",
    "LOAD FROM 'http://127.0.0.1:9/x.csv' RETURN *",
    "LOAD WITH HEADERS (a STRING) FROM 'f.csv' RETURN *",
    "MATCH (load) LOAD FROM 'f.csv' RETURN *",
    "MATCH (`load`), (`from`) LOAD FROM 'f.csv' RETURN *",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "CALL { LOAD CSV FROM 'http://127.0.0.1:9/x' AS row RETURN row } RETURN row",
    "CALL threads=1",
    "CALL apoc.export.csv.all('f.csv', {})",
    "MATCH (s:Site) RETURN s; COPY (RETURN 1 AS x) TO 'f.csv'",
    "PROFILE MATCH (s:Site) RETURN s",
    "EXPLAIN EXPORT DATABASE 'exported'",
    "CREATE NODE TABLE T(id STRING, PRIMARY KEY (id))",
]


@pytest.mark.parametrize("statement", DANGEROUS)
@pytest.mark.parametrize("write", [False, True], ids=["read", "write"])
def test_embedded_refuses_what_touches_files_or_network(statement, write, graph, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "f.csv").write_text("results,1\n")
    before = snapshot(tmp_path)
    with pytest.raises(UsageError) as error:
        run_embedded(graph, statement, write=write)
    assert error.value.exit_code == 2
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("statement", DANGEROUS)
def test_neo4j_gives_the_same_refusal_before_reaching_the_server(statement):
    # Port 1: nothing listens, so a query that got past the check would fail with EngineError.
    with pytest.raises(UsageError) as error:
        run_cypher(Settings(uri="bolt://127.0.0.1:1"), statement)
    with pytest.raises(UsageError) as embedded:
        check_query(statement)
    assert str(error.value) == str(embedded.value)


@pytest.mark.parametrize("write", [False, True], ids=["read", "write"])
def test_a_comment_the_engine_reads_otherwise_hides_nothing(write, graph, tmp_path, monkeypatch):
    # LadybugDB's parser does not end a comment at '**/': had it been given the text as written,
    # it would have run what the check took for a string
    monkeypatch.chdir(tmp_path)
    (tmp_path / "f.csv").write_text("secret,1\n")
    before = snapshot(tmp_path)
    for payload in ['LOAD FROM "f.csv" RETURN *', 'COPY (RETURN "overwritten" AS x) TO "f.csv"']:
        text = f"UNWIND [1] AS x /* **/ RETURN '*/ {payload} //' AS b"
        assert run_embedded(graph, text, write=write).rows == [{"b": f"*/ {payload} //"}]
    assert snapshot(tmp_path) == before


def test_database_writes_need_write_on_both_engines(graph):
    for text in ["MATCH (s:Site) SET s.name = 'x'", "CREATE (:Site {id: 'x'})", "MATCH (n) DETACH DELETE n", "MERGE (a:Area {id: 'x'})"]:
        with pytest.raises(UsageError, match="add --write"):
            run_embedded(graph, text)
        with pytest.raises(UsageError, match="add --write"):
            run_cypher(Settings(uri="bolt://127.0.0.1:1"), text)


def test_read_queries_and_read_only_calls_still_run(graph):
    assert run_embedded(graph, "CALL show_tables() RETURN name ORDER BY name").rows[0] == {"name": "Area"}
    rows = run_embedded(graph, "MATCH (s:Site) WITH s, count { MATCH (s)<-[:PARTNER_OF]-() } AS n RETURN max(n) AS most").rows
    assert rows[0]["most"] > 0
    text = "RETURN list_transform([1, 2], x -> x + 1) AS l, 'COPY (RETURN 1) TO \\'f.csv\\'' AS s // LOAD FROM\n"
    assert run_embedded(graph, text).rows == [{"l": [2, 3], "s": "COPY (RETURN 1) TO 'f.csv'"}]


def test_cli_refusal_is_one_line_and_leaves_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "results.csv").write_text("keep me\n")
    result = invoke("cypher", "-e", "COPY (RETURN 'x' AS x) TO 'results.csv'")
    one_error_line(result, "'COPY' is not allowed", code=2)
    assert (tmp_path / "results.csv").read_text() == "keep me\n"
    query = tmp_path / "shared.cypher"
    query.write_text("// looks harmless\nEXPORT DATABASE 'dump'\n")
    one_error_line(invoke("cypher", query), "'EXPORT' is not allowed", code=2)
    assert not (tmp_path / "dump").exists()


def test_huge_or_unclosed_cypher_is_refused_with_a_message(graph):
    huge = "RETURN 1 AS x" + " " * MAX_QUERY_CHARS
    with pytest.raises(UsageError, match="characters long"):
        run_embedded(graph, huge)
    with pytest.raises(UsageError, match="characters long"):
        run_cypher(Settings(uri="bolt://127.0.0.1:1"), huge)
    with pytest.raises(UsageError, match="string is not closed"):
        check_query("RETURN 'open")
    one_error_line(invoke("cypher", "-e", "RETURN 'open"), "not closed", code=2)


def test_the_tokenizer_is_linear():
    text = "MATCH (s:Site) WHERE s.name IN [" + ", ".join(f"'name {i}'" for i in range(7000)) + "] RETURN s.name AS name"
    started = time.perf_counter()
    assert len(tokens(text)) > 14000
    check_query(text)
    assert time.perf_counter() - started < 2


# --- 2. Safe outputs ---


def tiny_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(pchgraph_format=GRAPH_FORMAT)
    graph.add_node("site:s", kind="site", name="S")
    graph.add_node("org:t", kind="trust", name="T")
    graph.add_edge("org:t", "site:s", kind="partner_of", mention="T", source_file="a.txt", line=1)
    return graph


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf", "cytoscape", "html"])
def test_dash_is_standard_output_for_every_one_file_format(fmt, small_graph_file):
    result = invoke("export", fmt, "-", "--graph", small_graph_file)
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip().startswith(("{", "<")), result.stdout[:100]
    assert "nodes" in result.stderr and not Path("-").exists()


def test_build_out_dash_writes_the_graph_to_standard_output(folder):
    sources = folder({"a.txt": ENTRY.format("Devon County Council")})
    result = invoke("build", "--sources", sources, "--out", "-")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["graph"]["pchgraph_format"] == GRAPH_FORMAT
    assert "graph written to standard output" in result.stderr


def test_csv_to_standard_output_is_refused(small_graph_file):
    one_error_line(invoke("export", "csv", "-", "--graph", small_graph_file), "-:", "folder", code=2)


@pytest.mark.parametrize("fmt, name", [("json", "kept.json"), ("html", "kept.html"), ("csv", "kept")])
def test_a_read_only_output_is_refused_and_kept(fmt, name, tmp_path, small_graph_file):
    # (the rename a whole write ends with needs only the folder writable: it replaced the file)
    kept = tmp_path / name
    if fmt == "csv":
        kept.mkdir()
        (kept / "nodes.csv").write_text("mine")
    else:
        kept.write_text("mine")
    kept.chmod(0o555 if fmt == "csv" else 0o444)
    try:
        one_error_line(invoke("export", fmt, kept, "--graph", small_graph_file), f"{kept}:", "read-only", code=1)
        assert (kept / "nodes.csv" if fmt == "csv" else kept).read_text() == "mine"
    finally:
        kept.chmod(0o755)


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path, small_graph_file):
    (tmp_path / "runs").mkdir()
    target = tmp_path / "runs" / "v3.json"
    target.write_text("stale")
    link = tmp_path / "latest.json"
    link.symlink_to(Path("runs") / "v3.json")
    for args in (
        ["export", "json", link, "--graph", small_graph_file],
        ["build", "--sources", small_graph_file.parent / "sources", "--out", link],
    ):
        target.write_text("stale")
        result = invoke(*args)
        assert result.exit_code == 0, result.output
        assert link.is_symlink() and os.readlink(link) == str(Path("runs") / "v3.json")
        assert read_graph(target).number_of_nodes() > 0
    assert sorted(p.name for p in (tmp_path / "runs").iterdir()) == ["v3.json"]


def test_a_fifo_is_streamed_to_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    export(tiny_graph(), "json", fifo)
    reader.join(10)
    assert json.loads(received[0])["nodes"]
    assert fifo.is_fifo()


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    out = tmp_path / "graph.json"
    out.write_text("the old graph")

    def failing(handle):
        handle.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(DataError, match="No space left on device") as error:
        write_file(out, failing)
    assert error.value.where == str(out)
    assert out.read_text() == "the old graph" and [p.name for p in tmp_path.iterdir()] == ["graph.json"]
    with pytest.raises(KeyboardInterrupt):
        write_file(out, lambda handle: (_ for _ in ()).throw(KeyboardInterrupt()))
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]


def test_csv_export_is_a_pair_or_nothing(tmp_path):
    out = tmp_path / "tables"
    export(tiny_graph(), "csv", out)
    before = snapshot(out)

    def failing(handle):
        raise OSError(28, "No space left on device")

    with pytest.raises(DataError):
        write_folder(out, {"nodes.csv": lambda h: h.write(b"new nodes"), "edges.csv": failing})
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]
    bigger = tiny_graph()
    bigger.add_node("org:c", kind="council", name="C")
    export(bigger, "csv", out)
    assert (out / "nodes.csv").read_text().count("\n") == 4 and sorted(p.name for p in out.iterdir()) == ["edges.csv", "nodes.csv"]


def test_csv_export_never_replaces_a_folder_of_other_files(tmp_path, small_graph_file):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    one_error_line(invoke("export", "csv", out, "--graph", small_graph_file), str(out), "other files", code=2)
    assert snapshot(out) == {"notes.txt": b"mine"}


def test_concurrent_builds_to_one_out_all_succeed_and_leave_one_whole_graph(folder, tmp_path):
    sources = folder({"a.txt": ENTRY.format("Devon County Council")})
    out = tmp_path / "graph.json"
    env = dict(os.environ, PCHGRAPH_CACHE=str(tmp_path / "cache"))
    command = [sys.executable, "-m", "pchgraph", "build", "--sources", str(sources), "--out", str(out)]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(4)]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err.decode()
    assert read_graph(out).number_of_nodes() > 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".graph.json")] == []


# --- 4. Settings that are wrong are errors ---


def run_pchgraph(*args, env: dict | None = None, input_pipe: bool = False) -> subprocess.CompletedProcess:
    """pchgraph in a real process (fresh caches of the reference tables)."""
    return subprocess.run(
        [sys.executable, "-m", "pchgraph", *map(str, args)], env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=300
    )


def assert_one_line(process: subprocess.CompletedProcess, *expected: str) -> None:
    assert process.returncode != 0, process.stdout
    lines = process.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pchgraph: error: "), process.stderr
    for text in expected:
        assert text in lines[0], lines[0]


@pytest.fixture
def data_copy(tmp_path) -> Path:
    from pchgraph.resources import data_dir

    copy = tmp_path / "data"
    shutil.copytree(data_dir(), copy)
    return copy


def test_malformed_reference_file_in_pchgraph_data(data_copy, tmp_path):
    table = sorted((data_copy / "reference").glob("*.csv"))[0]
    table.write_text("x;y\n1;2\n")
    process = run_pchgraph("sites", "--csv", env={"PCHGRAPH_DATA": str(data_copy), "PCHGRAPH_CACHE": str(tmp_path / "cache")})
    assert_one_line(process, "PCHGRAPH_DATA", str(table), "lacks the columns")
    table.write_bytes(b"\xff\xfe\x00binary")
    process = run_pchgraph("sites", "--csv", env={"PCHGRAPH_DATA": str(data_copy), "PCHGRAPH_CACHE": str(tmp_path / "cache")})
    assert_one_line(process, "PCHGRAPH_DATA", str(table), "not UTF-8")


def test_pchgraph_data_without_its_alias_table(data_copy, tmp_path):
    (data_copy / "aliases.csv").unlink()
    process = run_pchgraph("sites", "--csv", env={"PCHGRAPH_DATA": str(data_copy), "PCHGRAPH_CACHE": str(tmp_path / "cache")})
    assert_one_line(process, "PCHGRAPH_DATA", "aliases.csv")


@pytest.mark.parametrize("content", ["a,b\n", "canonical;alias;kind;why\nx;y;trust;z\n"])
def test_malformed_user_alias_table(content, tmp_path, monkeypatch):
    table = tmp_path / "aliases.csv"
    table.write_text(content)
    monkeypatch.setenv("PCHGRAPH_ALIASES", str(table))
    monkeypatch.setenv("PCHGRAPH_CACHE", str(tmp_path / "cache"))
    one_error_line(invoke("sites"), "PCHGRAPH_ALIASES", str(table), "canonical, alias, kind, why")


def test_missing_settings_name_the_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("PCHGRAPH_ALIASES", str(tmp_path / "missing.csv"))
    one_error_line(invoke("sites"), "PCHGRAPH_ALIASES", "missing.csv")
    monkeypatch.delenv("PCHGRAPH_ALIASES")
    monkeypatch.setenv("PCHGRAPH_DATA", str(tmp_path / "nowhere"))
    one_error_line(invoke("sites"), "PCHGRAPH_DATA", "nowhere")


def test_review_accept_keeps_the_alias_table_whole_and_a_link_a_link(tmp_path):
    from pchgraph.resolve.review import accept

    real = tmp_path / "shared" / "aliases.csv"
    real.parent.mkdir()
    real.write_text("canonical,alias,kind,why\nA Trust,A Tr,trust,checked\n")
    link = tmp_path / "aliases.csv"
    link.symlink_to(real)
    rows = [{"number": 1, "keep": "B Trust", "merge": "B Tr", "kind": "trust"}]
    accept(rows, 1, "checked too", link)
    assert link.is_symlink()
    assert real.read_text().splitlines() == ["canonical,alias,kind,why", "A Trust,A Tr,trust,checked", "B Trust,B Tr,trust,checked too"]


# --- 5. A cache that cannot run code or stay broken ---


class Planted:
    def __reduce__(self):
        return (Path.write_text, (Path(os.environ["PLANTED_MARKER"]), "code ran"))


def test_a_planted_or_corrupt_cache_entry_runs_nothing_and_is_rebuilt(folder, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PCHGRAPH_CACHE", str(tmp_path / "cache"))
    marker = tmp_path / "marker"
    monkeypatch.setenv("PLANTED_MARKER", str(marker))
    sources = folder({"a.txt": ENTRY.format("Devon County Council")})
    good = load_graph(sources=sources)
    path = cached_graph_path(sources)
    entry = path.read_bytes()
    assert entry == cache_entry(good)
    for planted in (
        pickle.dumps(Planted()),
        entry[:-10] + b"corrupted!",
        entry.replace(b"Devon County Council", b"Devon County Counci1"),
        b"",
    ):
        path.write_bytes(planted)
        for stale in (path.with_suffix(".pickle"), path.with_suffix(".json")):
            stale.write_bytes(pickle.dumps(Planted()))
        capsys.readouterr()
        again = load_graph(sources=sources)
        assert sorted(again) == sorted(good) and not marker.exists()
        warnings = capsys.readouterr().err.strip().splitlines()
        assert len(warnings) == 1 and warnings[0].startswith(f"pchgraph: {path}: warning: ") and "rebuilding" in warnings[0]
        assert path.read_bytes() == entry
    capsys.readouterr()
    load_graph(sources=sources)
    assert capsys.readouterr().err == ""


def test_an_unwritable_cache_still_answers(folder, tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("PCHGRAPH_CACHE", str(blocked / "cache"))
    sources = folder({"a.txt": ENTRY.format("Devon County Council")})
    assert "org:devon-county-council" in load_graph(sources=sources)


# --- 6. Validated graph files ---

GOOD = {"directed": True, "multigraph": True, "graph": {"pchgraph_format": GRAPH_FORMAT}}
BAD_GRAPHS = [
    ("[1, 2]", '"nodes" and "edges"'),
    ('{"nodes": [], "edges": []}', "format version missing"),
    (json.dumps({**GOOD, "graph": {"pchgraph_format": 1}, "nodes": [], "edges": []}), "format version 1"),
    (json.dumps({**GOOD, "nodes": [{"id": "a", "kind": "hospital", "name": "A"}], "edges": []}), "node 1"),
    (json.dumps({**GOOD, "nodes": [{"id": "a", "kind": "trust", "name": "A"}] * 2, "edges": []}), "used twice"),
    (json.dumps({**GOOD, "nodes": [{"id": 1, "kind": "trust", "name": "A"}], "edges": []}), "not text"),
    (
        json.dumps(
            {**GOOD, "nodes": [{"id": "a", "kind": "trust", "name": "A"}], "edges": [{"source": "a", "target": "b", "kind": "partner_of"}]}
        ),
        "target 'b' is not a node",
    ),
    (json.dumps({**GOOD, "nodes": [{"id": "s", "kind": "site", "name": "S", "numbers": "1"}], "edges": []}), '"numbers" is text'),
    (
        json.dumps(
            {
                **GOOD,
                "nodes": [{"id": "s", "kind": "site", "name": "S"}, {"id": "t", "kind": "trust", "name": "T"}],
                "edges": [{"source": "t", "target": "s", "kind": "partner_of", "line": "7"}],
            }
        ),
        '"line" is text',
    ),
    (json.dumps({**GOOD, "graph": {"pchgraph_format": GRAPH_FORMAT, "files": "a.txt"}, "nodes": [], "edges": []}), '"files"'),
    ("{" * 100000, "not JSON"),
    ("\udcff", "not UTF-8"),
]


@pytest.mark.parametrize("content, expected", BAD_GRAPHS, ids=[e for _, e in BAD_GRAPHS])
def test_a_bad_graph_file_is_one_line(content, expected, tmp_path):
    path = tmp_path / "bad.json"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    with pytest.raises(DataError) as error:
        read_graph(path)
    assert expected in str(error.value) and error.value.where == str(path)
    one_error_line(invoke("spanning", "--graph", path), str(path), expected, code=1)


def test_a_graph_file_that_is_a_folder_or_missing(tmp_path):
    one_error_line(invoke("sites", "--graph", tmp_path / "missing.json"), "missing.json", "no such graph file")


# --- 7. Unicode-aware names ---

# Latin letters, accented and not; the dotless ı is left out (its capital is I, whose small letter is i).
LATIN = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x17F, blacklist_categories=("Cs",), blacklist_characters="ı"), max_size=30)


def bare(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@settings(max_examples=300, deadline=None)
@given(LATIN)
def test_accents_match_their_bare_letters(text):
    for key in (org_key, name_key, slug):
        assert key(text) == key(bare(text))
        assert key(text) == key(unicodedata.normalize("NFC", text)) == key(unicodedata.normalize("NFD", text))


@settings(max_examples=300, deadline=None)
@given(LATIN)
def test_keys_ignore_case_and_are_stable(text):
    for key in (org_key, name_key):
        assert key(text) == key(text.upper()) == key(text.lower())
    assert name_key(name_key(text)) == name_key(text)
    assert slug(slug(text)) == slug(text)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from("abcdefghijklmnopqrstuvwxyzøłæðþ"), st.sampled_from("abcdefghijklmnopqrstuvwxyzøłæðþ"), st.text("áåöéüç", max_size=2)
)
def test_different_letters_stay_different(a, b, marks):
    accented = unicodedata.normalize("NFC", a + "\u0301")
    if a != b:
        for key in (org_key, name_key, slug):
            assert key(f"{a}land Practice") != key(f"{b}land Practice")
    assert org_key(f"{accented}land {marks}") == org_key(f"{a}land {bare(marks)}")


def test_aland_and_oland_are_two_nodes_and_cafe_is_one(folder):
    from pchgraph.graph import build_graph
    from pchgraph.readers import read_sources

    sources = folder(
        {
            "a.txt": ENTRY.format("Åland Community Trust, Öland Community Trust"),
            "b.txt": ENTRY.replace("1\nA Site", "2\nB Site").format("Café Community Trust"),
            "c.txt": ENTRY.replace("1\nA Site", "3\nC Site").format("Cafe Community Trust"),
        }
    )
    graph = build_graph(read_sources(sources))
    names = sorted(data["name"] for _, data in graph.nodes(data=True) if data["kind"] != "site" and data["kind"] != "area")
    assert "Åland Community Trust" in names and "Öland Community Trust" in names
    assert len([n for n in names if n.lower().startswith(("café", "cafe"))]) == 1


# --- 9. Operating-system errors are one line ---


def test_full_disk(small_graph_file):
    one_error_line(invoke("export", "json", "/dev/full", "--graph", small_graph_file), "/dev/full", "No space left on device")
    process = subprocess.run(
        [sys.executable, "-m", "pchgraph", "sites", "--csv", "--graph", str(small_graph_file)],
        stdout=open("/dev/full", "w"),
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )
    assert process.returncode != 0
    assert process.stderr.strip().splitlines() == ["pchgraph: error: standard output: cannot write: No space left on device"]


def test_broken_pipe_is_a_quiet_exit(tmp_path):
    process = subprocess.run(
        f"{sys.executable} -m pchgraph export json - | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PCHGRAPH_CACHE": str(tmp_path / "cache")},
    )
    assert process.stdout == '{\n "direct'
    assert "error" not in process.stderr and "Traceback" not in process.stderr and "Exception" not in process.stderr


@pytest.mark.parametrize(
    "out, expected",
    [
        ("missing-folder/graph.json", "no such folder"),
        ("x" * 300 + ".json", "File name too long"),
        (".", "is a folder"),
    ],
    ids=["missing-folder", "name-too-long", "folder"],
)
def test_output_path_errors_are_one_line(out, expected, small_graph_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = snapshot(tmp_path)
    one_error_line(invoke("export", "json", out, "--graph", small_graph_file), expected)
    assert snapshot(tmp_path) == before
    # build's --out is the same kind of path and is refused the same way (no folder made for a typo)
    one_error_line(invoke("build", "--out", out, "--sources", small_graph_file.parent / "sources"), expected)
    assert snapshot(tmp_path) == before


def test_permission_denied(small_graph_file, tmp_path, monkeypatch):
    locked_folder = tmp_path / "locked"
    locked_folder.mkdir()
    locked_folder.chmod(0o500)
    if os.getuid() == 0:  # root may write anywhere: have the system refuse as it would a user
        real = os.replace

        def refuse(source, target, *args, **kwargs):
            if str(target).startswith(str(locked_folder)):
                raise PermissionError(13, "Permission denied", str(target))
            return real(source, target, *args, **kwargs)

        monkeypatch.setattr(os, "replace", refuse)
    one_error_line(
        invoke("export", "json", locked_folder / "g.json", "--graph", small_graph_file), str(locked_folder / "g.json"), "Permission denied"
    )
    locked_folder.chmod(0o700)
    assert list(locked_folder.iterdir()) == []


def test_build_into_a_folder_under_a_file(folder, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file")
    sources = folder({"a.txt": ENTRY.format("Devon County Council")})
    one_error_line(invoke("build", "--sources", sources, "--out", blocker / "sub" / "g.json"), str(blocker / "sub"), "no such folder")


def test_every_error_class_is_one_line_from_the_real_command(tmp_path):
    process = run_pchgraph("spanning", "--graph", tmp_path / "none.json")
    assert_one_line(process, "none.json")
    process = run_pchgraph("cypher", "-e", "INSTALL httpfs")
    assert_one_line(process, "'INSTALL' is not allowed")
    assert process.returncode == 2


def test_library_errors_are_typed():
    assert issubclass(DataError, PchgraphError) and issubclass(UsageError, PchgraphError)
    with pytest.raises(UsageError):
        write_graph(tiny_graph(), Path("/"))


HILL = "Hill PCN\n\nHill PCN is a partnership of Hill Surgery and Dale Practice.\n"


def test_a_folder_or_a_pipe_inside_sources_is_named_as_left_out(tmp_path):
    sources = tmp_path / "sources"
    (sources / "sub").mkdir(parents=True)
    (sources / "hill.txt").write_text(HILL)
    (sources / "sub" / "dale.txt").write_text(HILL)
    os.mkfifo(sources / "pipe")
    result = invoke("build", "--sources", sources, "--out", tmp_path / "g.json")
    assert result.exit_code == 0, result.output
    assert "pchgraph: pipe: warning: skipped: not a regular file" in result.stderr
    assert "pchgraph: sub: warning: skipped: a folder (documents in folders inside --sources are not read)" in result.stderr


@pytest.mark.parametrize("option", ["--sources", "--graph"])
def test_an_empty_path_is_refused_not_read_as_here(option, tmp_path, monkeypatch):
    # ('--sources ""' read the folder the command ran in)
    (tmp_path / "notes.txt").write_text(HILL)
    monkeypatch.chdir(tmp_path)
    one_error_line(invoke("sites", option, ""), option, "is empty", code=2)


def test_a_build_whose_graph_cannot_be_kept_fails(tmp_path, monkeypatch):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "hill.txt").write_text(HILL)
    (tmp_path / "cache").write_text("a file, not a folder")
    monkeypatch.setenv("PCHGRAPH_CACHE", str(tmp_path / "cache"))
    result = invoke("build", "--sources", tmp_path / "sources")
    assert result.exit_code == 1
    assert "(it is a file, not a folder)" in result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        "pchgraph: error: build: the graph was not kept: the cache folder cannot be written; give --out FILE"
    )
    # (each process warns once, and so does one that only looks in the cache)
    looked = subprocess.run([sys.executable, "-m", "pchgraph", "cache", "info"], capture_output=True, text=True, timeout=120)
    assert looked.returncode == 0 and "(it is a file, not a folder)" in looked.stderr


def test_a_file_name_with_a_line_break_is_named_on_one_line(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "hill.txt").write_text(HILL)
    (sources / "bad\nname.txt").write_text("")
    result = invoke("build", "--sources", sources, "--out", tmp_path / "g.json")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "pchgraph: bad\\nname.txt: error: file is empty",
        f"pchgraph: error: {sources}: not every document could be read (bad\\nname.txt); the graph holds the rest",
    ]
