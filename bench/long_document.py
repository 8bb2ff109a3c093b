"""How the free-text reader's time grows with the length of one document: run by hand.

    python bench/long_document.py [--counts 50,100,200,400,800] [--one-paragraph | --one-list]

A researcher may bring one long report rather than many pages. For each count N this joins the
first N texts of the development corpus (tests/corpus) into one document, reads it alone in a
fresh process, and prints the time, the time per thousand lines, and the ratio to the run at half
the length: about 2 means the reading grows with the length, 4 with its square. With
--one-paragraph the blank lines are left out, as a PDF's text without them reads: one paragraph
of every line. With --one-list each N is instead the number of names in one sentence listing
them ('Big PCN is a partnership of Org0 Surgery, Org1 Surgery, …'), as a flattened directory
or table of a PDF reads.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
READ = "import sys, time; from pathlib import Path; from pchgraph.readers import read_sources; t = time.perf_counter(); read_sources(Path(sys.argv[1])); print(time.perf_counter() - t)"


def joined_document(count: int, folder: Path, one_paragraph: bool = False) -> int:
    """Write the first `count` corpus texts as one document in `folder`; return its lines."""
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))[:count])
    if one_paragraph:
        text = "\n".join(line for line in text.splitlines() if line.strip())
    folder.mkdir(parents=True)
    (folder / "long.txt").write_text(text, encoding="utf-8")
    return text.count("\n") + 1


def listed_document(count: int, folder: Path) -> int:
    """Write one sentence listing `count` practices as one document in `folder`; return its lines."""
    names = ", ".join(f"Org{number} Surgery" for number in range(count - 1))
    folder.mkdir(parents=True)
    (folder / "list.txt").write_text(f"Big PCN is a partnership of {names} and Org{count - 1} Surgery.\n", encoding="utf-8")
    return 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="50,100,200,400,800")
    parser.add_argument("--one-paragraph", action="store_true")
    parser.add_argument("--one-list", action="store_true")
    arguments = parser.parse_args()
    counts = [int(count) for count in arguments.counts.split(",")]
    print(f"{'texts':>6} {'lines':>7} {'seconds':>8} {'s/1000 lines':>13} {'x last':>7}")
    last = None
    with tempfile.TemporaryDirectory() as work:
        for count in counts:
            if arguments.one_list:
                lines = listed_document(count, Path(work) / str(count))
            else:
                lines = joined_document(count, Path(work) / str(count), arguments.one_paragraph)
            took = float(
                subprocess.run(
                    [sys.executable, "-c", READ, str(Path(work) / str(count))], check=True, capture_output=True, text=True
                ).stdout
            )
            growth = f"{took / last:7.2f}" if last else f"{'-':>7}"
            print(f"{count:>6} {lines:>7} {took:8.2f} {took / lines * 1000:13.3f} {growth}")
            last = took


if __name__ == "__main__":
    main()
