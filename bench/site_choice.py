"""How well the free-text reader chooses the one partnership a page is about, and whether its
hand-set weights (``casestudy.WEIGHTS``) generalise: leave-one-round-out cross-validation on the
development corpus (tests/corpus). Run by hand:

    python bench/site_choice.py            # per round and total: current against fitted weights
    python bench/site_choice.py --show     # also every document's candidates and their evidence

A document counts when the reader decides its one site by weighing candidates (`chosen_site`,
called from `title_site`). For each such document the candidates are collected with their
evidence, and each is labelled by whether it is an annotated site (matched as the scorer matches
sites). A weight vector's choice is the top candidate when it has at least LEAST_SCORE and leads
the next by CLEAR_LEAD, otherwise the title's name (as the reader does); the choice is right when
it is an annotated site.

The corpus is made of rounds (the first digit(s) of a document's number, 01-07 being round 0).
Weights are fitted on all rounds but one by coordinate search over integer weights (0-6, from the
current weights; ties keep the weight nearest the current one) and scored on the round left out.
Only standard library and numpy are used.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from corpus_score import CORPUS, documents, same_site

from pchgraph.readers import casestudy
from pchgraph.readers.document import read_document

FEATURES = list(casestudy.WEIGHTS)
SENTENCE_START = r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?:(?:The|Our|A|An)\s+)?"


def subject(name: str, whole: str, candidates) -> int:
    """The name begins a sentence (its subject)."""
    return int(bool(re.search(SENTENCE_START + re.escape(name) + r"(?![\w-])", whole)))


def located(name: str, whole: str, candidates) -> int:
    """Every naming follows a locative preposition ('in X', 'across X'): a place, not the body."""
    at = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", whole)]
    return int(
        bool(at) and all(re.search(r"(?i)\b(?:in|across|at|within|throughout)\s+(?:the\s+)?$", whole[max(0, a - 20) : a]) for a in at)
    )


def lower_case(name: str, whole: str, candidates) -> int:
    """The name's words also appear in lower case: a common noun, not a proper name."""
    low = name.lower()
    return int(low != name and re.search(r"(?<![\w-])" + re.escape(low) + r"(?![\w-])", whole) is not None)


def anaphora(name: str, whole: str, candidates) -> int:
    """'the partnership' (lower case) refers back, when only this candidate ends in that word."""
    head = name.split()[-1].lower()
    if sum(1 for c in candidates if c.name.split()[-1].lower() == head) != 1 or head not in casestudy.PARTNERSHIP_WORDS:
        return 0
    return min(len(re.findall(r"\b[Tt]he\s+(?:[a-z-]+\s+)?" + re.escape(head) + r"\b", whole)), 3)


EXTRA = {"subject": subject, "located": located, "lower case": lower_case, "anaphora": anaphora}
ALL = FEATURES + list(EXTRA)
GRID = range(-4, 7)


@dataclass
class Case:
    """One document decided by weighing candidates."""

    stem: str
    round: int
    names: list[str]
    features: np.ndarray  # candidates x features
    right: np.ndarray  # whether each candidate is an annotated site
    title_right: bool  # whether the title's name (the fallback) is an annotated site
    title_name: str
    extra: dict = field(default_factory=dict)


def round_of(stem: str) -> int:
    number = int(stem.split("_")[0])
    return number // 10


def collect() -> list[Case]:
    """The documents whose one site is chosen by `chosen_site`, with their candidates."""
    cases = []
    for path in documents(CORPUS):
        annotation = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        document, _ = read_document(path)
        calls: list[tuple] = []
        original = casestudy.chosen_site

        def spy(found, title, _calls=calls, _original=original):
            _calls.append((found, title))
            return _original(found, title)

        casestudy.chosen_site = spy
        try:
            casestudy.sections(document)
        finally:
            casestudy.chosen_site = original
        if not calls:
            continue
        found, title = calls[0]
        candidates = casestudy.candidate_sites(found, title)
        first = title
        later = [block for block in found if block is not first]
        body_names = [name for block in later for _, _, name in casestudy.prose_names(block.text)]
        title_text = " ".join(line.text.strip() for line in first.lines) if len(first.lines) <= 3 else first.lines[0].text
        title_name = casestudy.site_name_from_title(title_text, body_names)

        def annotated(name: str, _sites=annotation["sites"]) -> bool:
            return any(same_site(site, name) for site in _sites)

        whole = "\n".join(block.paragraph.text for block in found)
        extra = np.array([[f(c.name, whole, candidates) for f in EXTRA.values()] for c in candidates], dtype=float)
        features = np.array([[c.evidence.get(f, 0) for f in FEATURES] for c in candidates], dtype=float).reshape(-1, len(FEATURES))
        features = np.hstack([features, extra.reshape(len(candidates), len(EXTRA))])
        cases.append(
            Case(
                path.stem,
                round_of(path.stem),
                [c.name for c in candidates],
                features,
                np.array([annotated(c.name) for c in candidates], dtype=bool),
                annotated(title_name),
                title_name,
            )
        )
    return cases


def choice(case: Case, weights: np.ndarray) -> int | None:
    """The index of the candidate chosen with these weights, or None (the title names the site)."""
    if not case.names:
        return None
    scores = case.features @ weights
    lengths = np.array([len(n) for n in case.names])
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], -lengths[i]))
    best = order[0]
    if scores[best] < casestudy.LEAST_SCORE:
        return None
    if len(order) > 1 and scores[best] - scores[order[1]] < casestudy.CLEAR_LEAD:
        return None
    return best


def right(case: Case, weights: np.ndarray) -> bool:
    chosen = choice(case, weights)
    return case.title_right if chosen is None else bool(case.right[chosen])


def hits(cases: list[Case], weights: np.ndarray) -> int:
    return sum(right(case, weights) for case in cases)


def ranked(cases: list[Case], weights: np.ndarray) -> int:
    """Documents with an annotated site among the candidates whose best-scored one is a site."""
    total = 0
    for case in cases:
        if case.right.any():
            scores = case.features @ weights
            lengths = np.array([len(n) for n in case.names])
            best = min(range(len(scores)), key=lambda i: (-scores[i], -lengths[i]))
            total += int(case.right[best])
    return total


def fit(cases: list[Case], start: np.ndarray, free: list[int]) -> np.ndarray:
    """Integer weights by coordinate search over the `free` features: each weight in turn set to
    the grid value that gets most documents right (then most rankings right; then the value
    nearest the start), until nothing changes."""
    weights = start.copy()
    for _ in range(10):
        changed = False
        for j in free:
            best, best_key = weights[j], None
            for value in GRID:
                trial = weights.copy()
                trial[j] = value
                key = (hits(cases, trial), ranked(cases, trial), -abs(value - start[j]))
                if best_key is None or key > best_key:
                    best, best_key = value, key
            if best != weights[j]:
                weights[j], changed = best, True
        if not changed:
            break
    return weights


def logistic(cases: list[Case], free: list[int], scale: float, l2: float = 0.1, steps: int = 3000) -> np.ndarray:
    """Weights of a conditional logit (softmax over each document's candidates, the annotated
    sites the outcome) by gradient ascent with an L2 penalty, scaled so that the largest weight
    is `scale` and rounded, so that the reader's thresholds keep their meaning."""
    useful = [c for c in cases if c.right.any()]
    w = np.zeros(len(ALL))
    for _ in range(steps):
        grad = -l2 * w
        for case in useful:
            z = case.features @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            q = p * case.right
            q /= q.sum()
            grad += (q - p) @ case.features
        mask = np.zeros(len(ALL))
        mask[free] = 1
        w += 0.05 * grad * mask
    top = np.abs(w).max()
    return np.round(w / top * scale) if top else w


def table(cases: list[Case], current: np.ndarray, label: str, method) -> None:
    rounds = sorted({case.round for case in cases})
    print(f"\n{label}")
    print(
        f"{'round':>6} {'docs':>5} {'current':>8} {'fitted':>7} {'ranked cur':>11} {'ranked fit':>11}  fitted weights (on the other rounds)"
    )
    sums = np.zeros(4, dtype=int)
    for r in rounds:
        train = [c for c in cases if c.round != r]
        test = [c for c in cases if c.round == r]
        fitted = method(train)
        row = np.array([hits(test, current), hits(test, fitted), ranked(test, current), ranked(test, fitted)])
        sums += row
        print(f"{r:>6} {len(test):>5} {row[0]:>8} {row[1]:>7} {row[2]:>11} {row[3]:>11}  {fitted.astype(int).tolist()}")
    print(f"{'all':>6} {len(cases):>5} {sums[0]:>8} {sums[1]:>7} {sums[2]:>11} {sums[3]:>11}")
    everything = method(cases)
    print(f"fitted on all rounds: {everything.astype(int).tolist()} ({hits(cases, everything)}/{len(cases)} in sample)")


def main() -> None:
    cases = collect()
    current = np.array([casestudy.WEIGHTS.get(f, 0) for f in ALL], dtype=float)
    if "--show" in sys.argv[1:]:
        for case in cases:
            chosen = choice(case, current)
            print(f"{case.stem}  title name {case.title_name!r} ({'site' if case.title_right else 'not a site'})")
            for i, name in enumerate(case.names):
                evidence = {f: int(v) for f, v in zip(ALL, case.features[i], strict=True) if v}
                mark = "*" if case.right[i] else " "
                pick = "<-" if chosen == i else ""
                print(f"   {mark} {case.features[i] @ current:4.0f}  {name!r}  {evidence} {pick}")
    own = list(range(len(FEATURES)))
    print(f"features: {ALL}")
    print(f"current weights: {current.astype(int).tolist()}; a document is right when the name chosen is an annotated site")
    print(f"documents decided by weighing candidates: {len(cases)}; right with the current weights: {hits(cases, current)}")
    table(cases, current, "coordinate search, the reader's features", lambda train: fit(train, current, own))
    table(cases, current, "coordinate search, with the new features", lambda train: fit(train, current, list(range(len(ALL)))))
    neutral = np.array([1.0] * len(FEATURES) + [0.0] * len(EXTRA))
    table(cases, current, "coordinate search from equal weights (all 1), the reader's features", lambda train: fit(train, neutral, own))
    table(cases, current, "conditional logit, the reader's features", lambda train: logistic(train, own, 4))
    table(cases, current, "conditional logit, with the new features", lambda train: logistic(train, list(range(len(ALL))), 4))
    for j in range(len(FEATURES), len(ALL)):
        table(cases, current, f"coordinate search, the reader's features and '{ALL[j]}'", lambda train, j=j: fit(train, current, [*own, j]))


if __name__ == "__main__":
    main()
