"""Text shaped to make patterns backtrack: a line of dashes, a run of numbers, a comma list of a
hundred names. The reader must finish on each, alone and inside a document (a regression once
left it searching for ever on a page with a rule of dashes). Run in a child process so that a
reader that never finishes fails the test instead of stopping the suite."""

from __future__ import annotations

import subprocess
import sys
import textwrap

LINES = {
    "dashes": "-" * 120,
    "equals": "= " * 80,
    "dots": "." * 200,
    "marks": "-=*_~#" * 30,
    "bullets": "• " * 80,
    "quotes": "‘’“”" * 60,
    "brackets": "(" * 60 + "Hill" + ")" * 60,
    "colons": ": " * 100,
    "numbers": " ".join(str(i) for i in range(300)),
    "capitals": " ".join(["Hill"] * 120),
    "upper": " ".join(["HILL"] * 150),
    "ands": " and ".join(["Hill Dale"] * 60),
    "commas": ", ".join(["Hill Surgery"] * 100),
    "ampersands": " & ".join(["Hill"] * 100),
    "hyphens": "-".join(["Hill"] * 150),
    "question": "What is " + " ".join(["Hill"] * 60) + " " + "-" * 60,
    "possessives": "Hill’s " * 100,
    "long word": "x" * 5000,
}


def test_the_reader_finishes_on_text_shaped_to_make_patterns_backtrack(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for number, line in enumerate(LINES.values()):
        (folder / f"{number:02d}_alone.txt").write_text(line + "\n", encoding="utf-8")
        inside = f"Hill Care Network\n\nThe network works with Dale Surgery.\n\n{line}\n\nIt also works with Vale Trust. {line}\n"
        (folder / f"{number:02d}_inside.txt").write_text(inside, encoding="utf-8")
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from pchgraph.readers import read_sources
        corpus = read_sources(Path({str(folder)!r}))
        print(len(corpus.sites))
        """
    )
    # (generous: the whole set reads in seconds; a pattern that backtracks never finishes)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.split()[-1]) >= 1
