"""Every command through click's CliRunner, and each once as a real process."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from pchgraph.cli import cli


@pytest.fixture
def two_spellings(folder):
    """A folder of two sites whose one partner is spelt two ways (a review's candidate)."""
    entry = "{n}\nSite {n}\n\nNO. OF PCHs: 1\nSTP AREA: Devon\n\nPARTNERS\n\n{partner}.\n"
    return folder(
        {
            "a.txt": entry.format(n=1, partner="Exampletown Wellbeing Hub")
            + "\n"
            + entry.format(n=2, partner="Exampletown Wellbeing Hub Service")
        }
    )


@pytest.fixture
def run():
    def invoke(*args):
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    return invoke


def test_build_writes_a_graph_and_summarises(run, tmp_path):
    out = tmp_path / "g.json"
    result = run("build", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "5 documents, 91 sites, 192 site numbers" in result.output
    assert json.loads(out.read_text())["nodes"]


def test_build_reports_bad_files_and_still_builds(run, folder, tmp_path):
    sources = folder({"empty.txt": "", "good.txt": "1\nA Site\n\nNO. OF PCHs: 1\nSTP AREA: Devon\n\nPARTNERS\n\nDevon County Council.\n"})
    result = run("build", "--sources", str(sources), "--out", str(tmp_path / "g.json"))
    assert "empty.txt: error: file is empty" in result.output
    assert "1 documents, 1 sites" in result.output
    # the graph of the rest is written, and the exit status says it is not the whole folder
    assert json.loads((tmp_path / "g.json").read_text())["nodes"]
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == (
        f"pchgraph: error: {sources}: not every document could be read (empty.txt); the graph holds the rest"
    )


def test_build_with_nothing_readable_fails_in_one_line(run, folder, tmp_path):
    result = run("build", "--sources", str(folder({"empty.txt": ""})), "--out", str(tmp_path / "g.json"))
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith("pchgraph: error: ")
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "command", [["sites"], ["spanning"], ["report"], ["org", "Devon County Council"], ["shared", "A", "B"], ["build", "--out", "-"]]
)
def test_every_command_on_a_folder_with_no_site_fails_in_one_line(run, folder, command):
    sources = folder({"empty.txt": "", "noise.bin": b"\x00\x01\x02"})
    result = run(*command, "--sources", str(sources))
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"pchgraph: error: {sources}: no site could be read from the documents: empty.txt: file is empty (and 1 more)"
    )


def test_a_folder_with_no_site_fails_as_a_real_process(folder):
    sources = folder({"empty.txt": ""})
    done = subprocess.run(
        [sys.executable, "-m", "pchgraph", "spanning", "--sources", str(sources)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip() == f"pchgraph: error: {sources}: no site could be read from the documents: empty.txt: file is empty"


def test_an_answer_from_a_folder_says_which_documents_it_leaves_out(folder):
    sources = folder({"hill.txt": "Hill PCN\n\nHill PCN is a partnership of Hill Surgery and Dale Practice.\n", "noise.txt": b"\x00\x01"})
    done = subprocess.run(
        [sys.executable, "-m", "pchgraph", "spanning", "--sources", str(sources), "--csv"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and "Hill Surgery" in done.stdout
    assert done.stderr.strip() == (
        "pchgraph: warning: noise.txt: file is binary (contains NUL bytes), not a text document; the answer leaves it out "
        f"(see 'pchgraph report --sources {sources}')"
    )


@pytest.mark.parametrize("command", ["path", "shared"])
def test_a_and_b_naming_one_node_is_an_error(run, command):
    result = run(command, "Kent County Council", "kent county council")
    assert result.exit_code == 2 and result.output == "pchgraph: error: A, B: A and B name the same node\n"


def test_ego_of_an_area_is_refused_not_answered_with_nothing(run):
    result = run("ego", "area:norfolk-and-waveney")
    assert result.exit_code == 2 and "no organisation or site called 'area:norfolk-and-waveney'" in result.output


def test_building_an_empty_folder_fails_in_one_line(run, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("build", "--sources", str(empty), "--out", str(tmp_path / "g.json"))
    assert result.exit_code == 1
    assert result.output.strip() == f"pchgraph: error: {empty}: no site could be read from the documents: folder holds no documents"


def test_org_lists_the_sites_that_only_mention_it(run):
    text = run("org", "NHS England").output
    assert "sites (3):" in text
    assert 'only mentioned, not as a partner (2):\n  Rural Alliance  003_336774c509e39773.txt:3  "NHS England"' in text
    rows = run("org", "NHS England", "--csv").output.splitlines()
    assert "Rural Alliance,mentioned_in,NHS England,003_336774c509e39773.txt,3" in rows


def test_tied_rows_share_their_rank_and_a_cut_keeps_them(run):
    rows = run("spanning", "--kind", "trust", "--top", "2", "--csv").output.splitlines()[1:]
    ranks = [(row.split(",")[0], row.split(",")[3]) for row in rows]
    # four trusts tie on 6 sites after the first: all kept, all ranked 2
    assert ranks == [("1", "9"), ("2", "6"), ("2", "6"), ("2", "6"), ("2", "6")]


def test_an_empty_answer_says_so(run):
    result = run("shared", "The Breckland Alliance", "Penwith")
    assert result.exit_code == 0
    assert result.output.strip().endswith("none found")


def test_build_missing_folder(run):
    result = run("build", "--sources", "/no/such/folder")
    assert result.exit_code != 0 and "Traceback" not in result.output


def test_sites_table_json_csv(run):
    table = run("sites")
    assert table.exit_code == 0 and "East Cornwall Locality" in table.output
    rows = json.loads(run("sites", "--json").output)
    assert len(rows) == 91 and rows[0]["numbers"] == [1]
    parsed = list(csv.DictReader(io.StringIO(run("sites", "--csv").output)))
    assert parsed[20]["name"] == "East Cornwall Locality" and parsed[20]["numbers"] == "21; 22; 23"


def test_report_accounts_for_every_mention(run):
    data = json.loads(run("report", "--json").output)
    m = data["mentions"]
    assert m["read"] == m["edges"] + m["mentioned"] + m["collective"] + m["self"] + m["unresolved"]
    assert len(data["collective"]) == m["collective"] and len(data["unresolved"]) == m["unresolved"]
    assert len(data["mentioned"]) == m["mentioned"] and m["mentioned"] > 0
    text = run("report").output
    assert "004_310525714bc6d37c.txt:258  The Breckland Alliance: Three GP practices (count 3)" in text


def test_report_csv_holds_every_list_the_text_report_prints(run, folder):
    sources = folder(
        {
            "hill.txt": "Hill PCN\n\nHill PCN is a partnership of Hill Surgery, Dale Practice and Riverton District Council.\n",
            "page.html": "<html><body><nav>menu</nav></body></html>",
        }
    )
    text = run("report", "--sources", str(sources)).output
    rows = list(csv.DictReader(io.StringIO(run("report", "--sources", str(sources), "--csv").output)))
    problems = [row for row in rows if row["list"] == "problems"]
    assert [(row["source_file"], row["reason"]) for row in problems] == [("page.html", "warning")]
    assert problems[0]["text"] in text
    uncoded = {row["name"] for row in rows if row["list"] == "uncoded"}
    assert "Riverton District Council" in uncoded and all(name in text for name in uncoded)


@pytest.mark.parametrize("name", ["", " ", ".", "-", "!!!", "the"])
def test_a_name_of_nothing_that_counts_finds_no_organisation(run, name):
    result = run("org", name)
    assert result.exit_code == 2 and result.output.startswith(f"pchgraph: error: NAME: no organisation called '{name}'")
    assert run("ego", name).exit_code == 2


def test_a_name_that_normalises_to_nothing_is_found_as_it_is_spelt(run):
    assert run("org", "NHS").output.startswith("National Health Service  [nhs_body]")


@pytest.mark.parametrize("args", [["spanning", "--area", ""], ["export", "json", "out.json", "--focus", " "]])
def test_an_empty_area_or_focus_is_refused_not_taken_for_everything(run, args):
    result = run(*args)
    assert result.exit_code == 2 and "is empty; give a name, or leave the option out" in result.output


def test_spanning_trusts(run):
    rows = json.loads(run("spanning", "--kind", "trust", "--top", "3", "--json").output)
    assert [r["name"] for r in rows][0] == "Cornwall Partnership NHS Foundation Trust"
    assert rows[0]["sites"] == 9 and rows[0]["areas"] == 1


def test_errors_are_one_line_with_status(run, tmp_path):
    assert run("spanning", "--kind", "hospital").exit_code == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = run("sites", "--graph", str(bad))
    assert result.exit_code == 1 and result.output.startswith(f"pchgraph: error: {bad}: not a pchgraph graph file")
    assert run("sites", "--json", "--csv").exit_code == 2


def test_org_profile_quotes_every_line(run):
    result = run("org", "Kent Community Hospital Foundation Trust")
    assert result.exit_code == 0
    assert "codes: ods_code RYY" in result.output
    assert '004_310525714bc6d37c.txt:549  "Kent Community Hospital Foundation Trust"' in result.output
    data = json.loads(run("org", "kent community health nhs foundation trust", "--json").output)[0]
    assert data["sites"] == 4 and data["kind"] == "trust"
    assert sorted(data["aliases"]) == ["Kent Community Health NHS Foundation Trust", "Kent Community Hospital Foundation Trust"]


def test_org_ambiguous_or_unknown_names(run):
    ambiguous = run("org", "Sussex")
    assert ambiguous.exit_code == 2 and "is ambiguous" in ambiguous.output
    unknown = run("org", "Kent Comunity Health")
    assert unknown.exit_code == 2
    assert "did you mean: Kent Community Health NHS Foundation Trust" in unknown.output


def test_org_name_of_a_successor_that_documents_spell_a_2017_body_by_is_ambiguous(run, tmp_path):
    # ('Somerset Council', today's council, found the successor with no sites, though the page
    # meant the county council by it)
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text(
        "Frome Health Alliance\n\nFrome Health Alliance brings together Frome Medical Practice and Somerset Council.\n"
    )
    graph = tmp_path / "g.json"
    assert run("build", "--sources", str(sources), "--out", str(graph)).exit_code == 0
    result = run("org", "Somerset Council", "--graph", str(graph))
    assert result.exit_code == 2 and "is ambiguous" in result.output
    assert "(org:somerset-council)" in result.output and "(org:somerset-council-e06000066)" in result.output
    assert run("org", "org:somerset-council", "--graph", str(graph)).exit_code == 0


def test_find(run):
    rows = list(csv.DictReader(io.StringIO(run("find", "cornwall partnership", "--csv", "--top", "3").output)))
    assert rows[0]["name"] == "Cornwall Partnership NHS Foundation Trust"
    assert run("find", " ").exit_code == 2


def test_find_keeps_the_names_tied_with_the_last_and_gives_each_nodes_own_name_first(run):
    rows = json.loads(run("find", "sussex", "--top", "1", "--json").output)
    assert len(rows) > 1 and {row["score"] for row in rows} == {100.0}
    assert "Sussex Community NHS Foundation Trust" in {row["name"] for row in rows}
    kernow = json.loads(run("find", "kernow", "--top", "2", "--json").output)
    assert [(row["name"], row["matched"]) for row in kernow][:2] == [
        ("Kernow Health Community Interest Company", "Kernow Health Community Interest Company"),
        ("NHS Kernow CCG", "NHS Kernow CCG"),
    ]


def test_find_answers_the_same_whatever_the_hash_seed(tmp_path):
    answers = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PCHGRAPH_CACHE=str(tmp_path / "cache"))
        done = subprocess.run(
            [sys.executable, "-m", "pchgraph", "find", "kent community", "--csv"], capture_output=True, text=True, env=env
        )
        assert done.returncode == 0, done.stderr
        answers.add(done.stdout)
    assert len(answers) == 1


def test_review_lists_and_accepts_into_the_alias_table(run, tmp_path, monkeypatch, two_spellings):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("canonical,alias,kind,why\n")
    monkeypatch.setenv("PCHGRAPH_ALIASES", str(aliases))
    rows = json.loads(run("review", "--sources", str(two_spellings), "--json").output)
    assert [(r["number"], r["keep"], r["merge"]) for r in rows] == [(1, "Exampletown Wellbeing Hub", "Exampletown Wellbeing Hub Service")]
    assert run("review", "--sources", str(two_spellings), "--accept", "1").exit_code == 2
    result = run("review", "--sources", str(two_spellings), "--accept", "1", "--why", "same hub, two spellings")
    assert result.exit_code == 0, result.output
    assert "same hub, two spellings" in aliases.read_text()
    spanning = json.loads(run("spanning", "--sources", str(two_spellings), "--json").output)
    assert spanning[0]["name"] == "Exampletown Wellbeing Hub" and spanning[0]["sites"] == 2


def test_a_merge_accepted_across_a_practice_and_a_body_makes_one_node(run, tmp_path, monkeypatch, folder):
    # one list reads the name as a practice (its other items are), another as a body
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("canonical,alias,kind,why\n")
    monkeypatch.setenv("PCHGRAPH_ALIASES", str(aliases))
    sources = folder(
        {
            "a.txt": "Hill PCN\n\nHill PCN is a partnership of Hill Surgery, Dale Practice, Vale Surgery and Riverton Wellbeing.\n",
            "b.txt": "Vale Network\n\nVale Network is a partnership of Riverton District Council, Riverton Hospice and Riverton Wellbeing.\n",
        }
    )
    rows = json.loads(run("review", "--sources", str(sources), "--json").output)
    number = next(r["number"] for r in rows if r["keep"] == r["merge"] == "Riverton Wellbeing")
    assert run("review", "--sources", str(sources), "--why", "one body, read two ways").exit_code == 2
    accepted = run("review", "--sources", str(sources), "--accept", str(number), "--why", "one body, read two ways", "--json")
    assert accepted.exit_code == 0, accepted.output
    assert json.loads(accepted.output)[0] | {"alias_table": ""} == {
        "alias_table": "",
        "canonical": "Riverton Wellbeing",
        "alias": "Riverton Wellbeing",
        "kind": "other",
        "why": "one body, read two ways",
        "action": "same",
    }
    spanning = json.loads(run("spanning", "--sources", str(sources), "--json").output)
    assert [(row["name"], row["sites"]) for row in spanning if row["name"] == "Riverton Wellbeing"] == [("Riverton Wellbeing", 2)]


def test_centrality_json_and_help(run):
    rows = json.loads(run("centrality", "--metric", "degree", "--kind", "trust", "--top", "1", "--json").output)
    assert rows[0]["name"] == "Cornwall Partnership NHS Foundation Trust"
    help_text = run("centrality", "--help").output
    assert "bipartite" in help_text and "two-mode" in help_text


def test_shared_pairs_ego_path_communities(run):
    shared_rows = json.loads(
        run("shared", "South Camden Primary Care Neighbourhood", "Hampstead Primary Care Neighbourhood", "--json").output
    )
    assert len(shared_rows) == 6
    pair_rows = list(csv.DictReader(io.StringIO(run("pairs", "--top", "1", "--csv").output)))
    assert pair_rows[0]["shared"] == "12"
    ego_rows = json.loads(run("ego", "Kent Community Health NHS Foundation Trust", "--json").output)
    assert len(ego_rows) == 4
    path_rows = json.loads(run("path", "Sussex Community NHS Foundation Trust", "Kent County Council", "--json").output)
    assert path_rows[0]["source_file"] == "004_310525714bc6d37c.txt"
    found = json.loads(run("communities", "--json").output)
    assert found == json.loads(run("communities", "--json").output)


def test_shared_needs_two_of_a_kind(run):
    result = run("shared", "East Merton", "Merton Council")
    assert result.exit_code == 2 and "give two sites or two organisations" in result.output


def test_export_command(run, tmp_path):
    result = run("export", "graphml", str(tmp_path / "g.graphml"), "--area", "Devon")
    assert result.exit_code == 0 and "nodes" in result.output
    assert run("export", "gexf", str(tmp_path / "missing" / "g.gexf")).exit_code == 2
    assert run("export", "csv", str(tmp_path / "csv"), "--focus", "Age UK (Kent and Medway)", "--depth", "2").exit_code == 0
    assert run("export", "json", str(tmp_path / "x.json"), "--area", "Atlantis").exit_code == 2


@pytest.mark.parametrize(
    "args, expect",
    [
        (["centrality", "--metric", "pagerank", "--top", "3", "--csv"], "rank,name,kind,score,links"),
        (["shared", "Cornwall Partnership NHS Foundation Trust", "Royal Cornwall Hospitals Trust", "--csv"], "Truro Health Park"),
        (["pairs", "--side", "org", "--top", "2"], "Sussex"),
        (["ego", "East Merton", "--csv"], "London Borough of Merton"),
        (["path", "East Merton", "Hammersmith and Fulham Partners", "--csv"], "step,from,relation,to,quote,source"),
        (["communities", "--side", "site", "--csv"], "community,size,members"),
        (["export", "gexf", "{tmp}/g.gexf", "--kind", "ccg"], "nodes"),
        (["org", "Royal Cornwall Hospitals Trust"], "ods_code REF"),
        (["find", "healthwatch york", "--csv"], "Healthwatch York"),
        (["review", "--csv"], "number,proposal,score,kind,keep,merge"),
        (["build", "--out", "{tmp}/g.json"], "graph written to"),
        (["sites", "--csv"], "East Cornwall Locality"),
        (["report"], "Mentions read"),
        (["spanning", "--kind", "trust", "--top", "5"], "Cornwall Partnership"),
        (["cache", "info", "--csv"], "name,bytes,age_days"),
    ],
)
def test_commands_as_real_processes(args, expect, tmp_path):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    done = subprocess.run([sys.executable, "-m", "pchgraph", *args], capture_output=True, text=True, env=os.environ.copy(), timeout=120)
    assert done.returncode == 0, done.stderr
    assert expect in done.stdout


def test_cache_info_and_clear_count_and_remove_only_pchgraph_entries(run, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("PCHGRAPH_CACHE", str(cache))
    assert run("spanning", "--top", "1").exit_code == 0
    # (the hidden lock files beside entries are not entries)
    made = sorted(path.name for path in cache.iterdir() if not path.name.startswith("."))
    # the user's own files in the same folder, named like entries but not with a digest
    (cache / "graph-notes.graph").write_text("mine")
    (cache / "embedded-photos").mkdir()
    (cache / "tables-budget.pickle").write_text("mine")
    listed = json.loads(run("cache", "info", "--json").output)
    assert sorted(row["name"] for row in listed) == made and made
    result = run("cache", "clear")
    assert result.exit_code == 0 and result.output.strip() == f"{cache}: {len(made)} entries removed"
    assert sorted(path.name for path in cache.iterdir() if not path.name.startswith(".")) == [
        "embedded-photos",
        "graph-notes.graph",
        "tables-budget.pickle",
    ]
    assert run("cache", "info").output.startswith(f"{cache}: 0 entries, 0 bytes")


@pytest.mark.parametrize("fmt", ["png", "json"])
def test_an_export_that_selects_nothing_names_the_options_and_writes_nothing(run, tmp_path, fmt):
    out = tmp_path / f"part.{fmt}"
    result = CliRunner().invoke(cli, ["export", fmt, str(out), "--focus", "Penwith", "--kind", "icb"])
    assert (
        result.exit_code == 2 and result.output.strip() == "pchgraph: error: --kind, --focus: selects nothing: no node meets the conditions"
    )
    assert not out.exists()


def test_real_process_error_has_no_traceback():
    done = subprocess.run([sys.executable, "-m", "pchgraph", "spanning", "--kind", "nope"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "pchgraph: error: Invalid value for '--kind': 'nope' is not one of 'practice', 'trust', 'ccg', "
        "'icb', 'council', 'charity', 'federation', 'nhs_body', 'other'. (see 'pchgraph spanning --help')"
    )


def test_bad_alias_table_is_one_line_naming_file_and_line(run, tmp_path, monkeypatch):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("canonical,alias,kind,why\nA Trust,B Trust,hospital,typo\n")
    monkeypatch.setenv("PCHGRAPH_ALIASES", str(aliases))
    result = run("build", "--out", str(tmp_path / "g.json"))
    assert result.exit_code == 1
    assert (
        result.output.strip()
        == f"pchgraph: error: {aliases}:2: unknown kind 'hospital' (one of practice, trust, ccg, icb, council, charity, federation, nhs_body, other)"
    )


def test_review_accept_writes_the_users_alias_table_never_the_bundled_one(run, tmp_path, monkeypatch, two_spellings):
    from pchgraph.resources import bundled_alias_path

    monkeypatch.delenv("PCHGRAPH_ALIASES", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    bundled = bundled_alias_path().read_bytes()
    result = run("review", "--sources", str(two_spellings), "--accept", "1", "--why", "same hub")
    assert result.exit_code == 0, result.output
    user_table = tmp_path / "config" / "pchgraph" / "aliases.csv"
    assert "Exampletown Wellbeing Hub Service" in user_table.read_text()
    assert bundled_alias_path().read_bytes() == bundled
    spanning = json.loads(run("spanning", "--sources", str(two_spellings), "--json").output)
    assert spanning[0]["sites"] == 2


def test_review_aliases_is_the_table_read_as_well_as_written(run, tmp_path, monkeypatch, two_spellings):
    monkeypatch.delenv("PCHGRAPH_ALIASES", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    table = tmp_path / "mine.csv"
    review = ["review", "--sources", str(two_spellings), "--aliases", str(table)]
    assert len(json.loads(run(*review, "--json").output)) == 1
    assert run(*review, "--reject", "1", "--why", "two hubs").exit_code == 0
    # decided in that table, so not proposed again by a review given it
    assert json.loads(run(*review, "--json").output) == []
    result = run(*review, "--reject", "1", "--why", "again")
    assert result.exit_code == 2 and result.output.strip() == "pchgraph: error: --reject: no review candidate number 1 (there are 0)"


@pytest.mark.parametrize(
    "table, line, message",
    [
        (
            'canonical,alias,kind,why,action\nA Trust,B Trust,trust,"open quote\nC Trust,D Trust,trust,checked,same\n',
            2,
            "a quoted cell is not closed (so every row after it would be read into it)",
        ),
        ("canonical,alias,kind,why\nA Trust,B Trust,trust\n", 2, "alias table needs columns canonical, alias, kind, why"),
    ],
    ids=["open-quote", "short-row"],
)
def test_review_never_writes_into_an_alias_table_that_does_not_read_whole(run, tmp_path, monkeypatch, two_spellings, table, line, message):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text(table)
    monkeypatch.setenv("PCHGRAPH_ALIASES", str(aliases))
    result = run("review", "--sources", str(two_spellings), "--reject", "1", "--why", "two hubs")
    assert result.exit_code == 1 and result.output.strip() == f"pchgraph: error: {aliases}:{line}: {message}"
    assert aliases.read_text() == table


def test_an_alias_table_saved_by_a_spreadsheet_reads_as_written(run, tmp_path, monkeypatch, two_spellings):
    # "CSV UTF-8" from a spreadsheet starts with a byte-order mark
    aliases = tmp_path / "aliases.csv"
    aliases.write_bytes(
        "\ufeffcanonical,alias,kind,why,action\nExampletown Wellbeing Hub,Exampletown Wellbeing Hub Service,,one hub,same\n".encode()
    )
    monkeypatch.setenv("PCHGRAPH_ALIASES", str(aliases))
    spanning = json.loads(run("spanning", "--sources", str(two_spellings), "--json").output)
    assert spanning[0]["name"] == "Exampletown Wellbeing Hub" and spanning[0]["sites"] == 2


def test_settings_naming_missing_files_or_folders_are_errors(run, tmp_path, monkeypatch):
    monkeypatch.setenv("PCHGRAPH_ALIASES", str(tmp_path / "nope.csv"))
    result = run("spanning", "--sources", str(tmp_path))
    assert result.exit_code == 1 and result.output.strip() == f"pchgraph: error: {tmp_path / 'nope.csv'}: PCHGRAPH_ALIASES names no file"
    monkeypatch.delenv("PCHGRAPH_ALIASES")
    monkeypatch.setenv("PCHGRAPH_DATA", str(tmp_path))
    result = run("spanning")
    assert (
        result.exit_code == 1
        and result.output.strip() == f"pchgraph: error: {tmp_path}: PCHGRAPH_DATA names a folder without sources/, reference/"
    )


def test_library_errors_name_the_library_argument_and_the_cli_its_option(run):
    import pchgraph

    with pytest.raises(pchgraph.UsageError) as error:
        pchgraph.spanning(pchgraph.load_graph(), kind="hospital")
    assert str(error.value).startswith("kind: unknown kind 'hospital'") and error.value.exit_code == 2
    result = run("centrality", "--area", "Atlantis")
    assert result.exit_code == 2 and result.output.startswith("pchgraph: error: --area: no area called 'Atlantis'")
    result = run("shared", "Haywards Heath", "Kent County Council")
    assert result.exit_code == 2 and result.output.startswith("pchgraph: error: A, B: give two sites or two organisations")


def test_a_name_of_another_kind_says_what_it_is():
    # 'org' looks among organisations; a site's name gets told apart, not look-alike suggestions
    result = CliRunner().invoke(cli, ["org", "Penwith"])
    assert result.exit_code == 2
    assert result.output.strip() == "pchgraph: error: NAME: 'Penwith' is a site, not an organisation"


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["centrality", "--side", "site", "--kind", "trust"],
            "--kind: shows organisations of a kind; sites have none (leave it out, or rank organisations)",
        ),
        (["centrality", "--metric", "degree", "--sample", "40"], "--sample: estimates betweenness or closeness; degree is always exact"),
    ],
)
def test_an_option_that_cannot_change_the_answer_is_refused(run, args, message):
    # (it was ignored, and the answer taken for the one asked for)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2 and result.output.strip() == f"pchgraph: error: {message}"


def test_review_refuses_an_alias_table_that_is_not_a_file(run, two_spellings):
    result = CliRunner().invoke(
        cli, ["review", "--sources", str(two_spellings), "--aliases", "/dev/zero", "--accept", "1", "--why", "one hub"]
    )
    assert result.exit_code == 2
    assert result.output.strip() == "pchgraph: error: /dev/zero: is not a file; give an alias table (a CSV file) or a new name"


def test_closing_semicolons_are_no_part_of_a_query(run):
    result = CliRunner().invoke(cli, ["cypher", "-e", "MATCH (s:Site) RETURN count(s) AS n;; // done", "--json"])
    assert result.exit_code == 0 and json.loads(result.output)[0]["n"] > 0
