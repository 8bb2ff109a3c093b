"""How well the readers read documents they were not written for: the development corpus
(tests/corpus), scored per document against its hand annotation. Run by hand:

    python bench/corpus.py              # the development corpus (tests/corpus)
    python bench/corpus.py --heldout    # the held-out documents (tests/heldout), never tuned on
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from corpus_score import CORPUS, HELDOUT, MEASURES, score_corpus


def cell(score, name: str) -> str:
    found, total = score.counts.get(name, [0, 0])
    return f"{found / total:.2f} ({found}/{total})" if total else "-"


def main() -> None:
    scores, total = score_corpus(HELDOUT if "--heldout" in sys.argv[1:] else CORPUS)
    header = ["document", *MEASURES]
    rows = [[s.document, *(cell(s, m) for m in MEASURES)] for s in [*scores, total]]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)))


if __name__ == "__main__":
    main()
