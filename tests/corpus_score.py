"""Scoring the readers against the hand-annotated development corpus (tests/corpus).

Each document ``NN_name.txt`` has an annotation ``NN_name.json`` (source, sites, and every
organisation and collective mention with its line, exact text, site, role, official name and
kind). A document is read alone, as a researcher's new document would be, and compared:

sites found     annotated sites that the reader made a site of (same name after normalisation,
                or one name's distinctive words within the other's)
clean recall    annotated partner mentions the reader read as a clean name on the right line
                (the text or the official name, after normalisation), in any role
right site      of those, the ones that became a partner edge of the right site
precision       partner edges that are annotated partner mentions (a partner edge made of a
                site naming itself, of a body only mentioned, or of no organisation is wrong)
kinds           of the recalled partner edges, those whose organisation has the annotated kind
mentioned       annotated 'mentioned' bodies the reader kept as only mentioned (not as partners):
                a mentioned_in edge, or outside any site a report line saying so
collective      annotated collective mentions the reader kept as collective: on a site, or outside
                any site a report line saying so

Used by tests/test_corpus.py (floors) and bench/corpus.py (figures per document).
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pchgraph.graph import build_graph
from pchgraph.names import org_key
from pchgraph.readers import read_sources
from pchgraph.schema import COLLECTIVE_LIST, ORG_EDGES, SELF_LIST, SITE

CORPUS = Path(__file__).resolve().parent / "corpus"
# Documents kept apart for measuring only: no rule is ever written while looking at them.
HELDOUT = Path(__file__).resolve().parent / "heldout"
GENERIC_SITE_WORDS = {"the", "and", "of", "primary", "care", "network", "home", "pcn", "pch", "group", "alliance", "partnership", "for"}


# The report's reasons for a mention kept outside any site, by their opening words.
# (a body named outside every site, whichever way the reader took it, is only named there: it
# has no site to be a partner of)
UNRESOLVED_LISTS = {"named": "named only", "mentioned": "named only", "a collective mention": COLLECTIVE_LIST}


@dataclass
class Score:
    """Counts for one document (or a sum of documents)."""

    document: str
    counts: dict[str, list[int]] = field(default_factory=dict)

    def add(self, name: str, hit: bool) -> None:
        found, total = self.counts.get(name, [0, 0])
        self.counts[name] = [found + int(hit), total + 1]

    def rate(self, name: str) -> float | None:
        found, total = self.counts.get(name, [0, 0])
        return found / total if total else None

    def merged(self, other: Score) -> Score:
        total = Score(self.document)
        for name in {*self.counts, *other.counts}:
            a, b = self.counts.get(name, [0, 0]), other.counts.get(name, [0, 0])
            total.counts[name] = [a[0] + b[0], a[1] + b[1]]
        return total


MEASURES = ("sites found", "clean recall", "right site", "precision", "kinds", "mentioned", "collective")


def documents(folder: Path = CORPUS) -> list[Path]:
    """The documents of a folder that have an annotation."""
    return sorted(p for p in folder.glob("*.txt") if p.with_suffix(".json").exists())


def read_alone(document: Path):
    """The graph of one document read on its own."""
    folder = Path(tempfile.mkdtemp(prefix="pchgraph-corpus-"))
    try:
        shutil.copy(document, folder / document.name)
        return build_graph(read_sources(folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# A merger named by its members under one plural head ('Hill and Dale practices') is the same
# site as the reader's 'Hill Practice and Dale Practice'.
SINGULAR_HEADS = {"practices": "practice", "surgeries": "surgery", "centres": "centre"}


def words(name: str) -> set[str]:
    return {SINGULAR_HEADS.get(word, word) for word in org_key(name).split()} - GENERIC_SITE_WORDS


def site_key(name: str) -> str:
    """A site name's key without a leading 'our' (a page's 'Our Primary Care Network' is the
    network it names no otherwise)."""
    return org_key(re.sub(r"(?i)^our\s+", "", name.strip()))


def same_site(annotated: dict, name: str) -> bool:
    """Whether a site the reader made is an annotated site."""
    key = site_key(name)
    for spelling in [annotated["name"], *annotated.get("spellings", [])]:
        if site_key(spelling) == key:
            return True
        mine, theirs = words(spelling), words(name)
        if mine and theirs and (mine <= theirs or theirs <= mine):
            return True
    return False


def keys_of(mention: dict) -> set[str]:
    return {org_key(mention["text"]), *([org_key(mention["canonical"])] if mention.get("canonical") else [])} - {""}


def score_document(document: Path, graph=None) -> Score:
    """The scores of the reader on one annotated document."""
    annotation = json.loads(document.with_suffix(".json").read_text(encoding="utf-8"))
    graph = graph if graph is not None else read_alone(document)
    score = Score(document.stem)
    sites = {node: data["name"] for node, data in graph.nodes(data=True) if data.get("kind") == SITE}
    site_of: dict[str, str] = {}
    for annotated in annotation["sites"]:
        match = next((node for node, name in sites.items() if same_site(annotated, name)), None)
        score.add("sites found", match is not None)
        if match:
            site_of[annotated["name"]] = match

    edges = [
        {
            "line": d["line"],
            "key": org_key(d["mention"]),
            "name_key": org_key(graph.nodes[u]["name"]),
            "site": v,
            "kind": graph.nodes[u]["kind"],
        }
        for u, v, d in graph.edges(data=True)
        if d["kind"] in ORG_EDGES
    ]
    mentioned = [
        {"line": d["line"], "key": org_key(d["mention"]), "name_key": org_key(graph.nodes[u]["name"])}
        for u, v, d in graph.edges(data=True)
        if d["kind"] == "mentioned_in"
    ]
    kept = [
        {"line": item["line"], "key": org_key(item["text"]), "list": name}
        for _, data in graph.nodes(data=True)
        if data.get("kind") == SITE
        for name in (COLLECTIVE_LIST, SELF_LIST)
        for item in data.get(name, [])
    ]
    kept += [
        {
            "line": u["line"],
            "key": org_key(u["text"]),
            "list": UNRESOLVED_LISTS.get((u.get("reason") or "").split(",")[0].split(" outside")[0], "unresolved"),
        }
        for u in graph.graph.get("unresolved", [])
    ]

    def matches(items: list[dict], mention: dict) -> list[dict]:
        wanted = keys_of(mention)
        return [item for item in items if item["line"] == mention["line"] and (item["key"] in wanted or item.get("name_key") in wanted)]

    annotated_partners = [m for m in annotation["mentions"] if m["role"] == "partner"]
    for mention in annotated_partners:
        found = matches(edges, mention)
        score.add("clean recall", bool(found or matches(mentioned, mention) or matches(kept, mention)))
        if found:
            score.add("right site", any(site_of.get(mention["site"]) == edge["site"] for edge in found))
            score.add("kinds", any(edge["kind"] == mention["kind"] for edge in found))
        else:
            score.add("right site", False)
    for edge in edges:
        right = [
            m for m in annotated_partners if m["line"] == edge["line"] and (edge["key"] in keys_of(m) or edge["name_key"] in keys_of(m))
        ]
        score.add("precision", bool(right))
    for mention in annotation["mentions"]:
        if mention["role"] == "mentioned":
            # Outside any site a body only named has no site to hang on: the report lists it.
            outside = [item for item in matches(kept, mention) if item["list"] == "named only"]
            score.add("mentioned", bool(matches(mentioned, mention) or outside))
        elif mention["role"] == "collective":
            # A collective phrase has no official form: one reading containing the other counts.
            wanted = org_key(mention["text"])
            score.add(
                "collective",
                any(
                    item["list"] == COLLECTIVE_LIST and item["line"] == mention["line"] and (item["key"] in wanted or wanted in item["key"])
                    for item in kept
                ),
            )
    return score


def score_corpus(folder: Path = CORPUS) -> tuple[list[Score], Score]:
    """Scores per document and in total."""
    scores = [score_document(document) for document in documents(folder)]
    total = Score("all")
    for score in scores:
        total = total.merged(score)
    return scores, total
