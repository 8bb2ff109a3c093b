"""The README's examples print what the README says they print: each `$ pchgraph …` line of a
console block that runs on the bundled documents alone is run, and its output is compared with
the lines shown under it, in an empty folder of its own. (Commands that need a Neo4j server, a
folder of the reader's own or another program are left out.)"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from pchgraph.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
# What a command needs that the bundled documents alone do not give.
NOT_RUN_HERE = re.compile(r"neo4j\s+(?:load|stop)|--sources\s+my-|--engine")


def examples() -> list[tuple[str, list[str]]]:
    """(command, the output lines shown under it) for each runnable README example."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        command, shown = None, []
        for line in [*block.splitlines(), "$ "]:
            if line.startswith("$ "):
                if command and shown and not NOT_RUN_HERE.search(command):
                    found.append((command, shown))
                # (a comment after a command says what it does; it is not typed)
                command, shown = re.sub(r"\s{2,}#.*$", "", line[2:]).strip(), []
            elif command:
                shown.append(line.rstrip())
    return [(c, s) for c, s in found if c.startswith("pchgraph ")]


@pytest.mark.parametrize(("command", "shown"), examples(), ids=[c for c, _ in examples()])
def test_the_readme_shows_what_the_command_prints(command, shown, tmp_path, monkeypatch):
    monkeypatch.setenv("PCHGRAPH_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("PCHGRAPH_ALIASES", "")
    monkeypatch.setenv("COLUMNS", "100")
    # (in a folder of the example's own, where the repository's query files are at hand)
    (tmp_path / "cypher").symlink_to(ROOT / "cypher")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, shlex.split(command)[1:], catch_exceptions=False)
    printed = [line.rstrip() for line in result.output.splitlines()]
    # (a line '…' stands for the rest of a long answer: what is shown above it is its start)
    cut = next((i for i, line in enumerate(shown) if line.strip() == "…"), None)
    if cut is None:
        assert len(printed) == len(shown) and all(map(line_shown, shown, printed)), printed
    else:
        assert len(printed) > cut and all(map(line_shown, shown[:cut], printed[:cut])), printed


def line_shown(shown: str, printed: str) -> bool:
    """Whether a README line shows a printed line: the same, or its start and end around a '…'
    that stands for a long cell's middle ('Sussex Community NHS Foundation Trust; …,0.9074')."""
    if "…" not in shown:
        return shown == printed
    start, end = shown.split("…", 1)
    return printed.startswith(start) and printed.endswith(end) and len(printed) >= len(start) + len(end)


def test_the_readme_has_examples_to_check():
    # (a change to the README's blocks that hid them from the test would pass it silently)
    assert len(examples()) >= 12
