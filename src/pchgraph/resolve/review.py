"""Spellings that may be one organisation but were not merged, for a person to confirm into the
alias table. Nothing here merges anything by itself."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
from rapidfuzz import fuzz

from ..errors import DataError, UsageError
from ..files import locked, write_text
from ..names import org_key
from ..resources import user_alias_path
from ..schema import ORG_KINDS
from .codes import core, places, same_places
from .organisations import alias_table

ALIAS_COLUMNS = ["canonical", "alias", "kind", "why"]
NOT_NAMES = {"foundation", "trust", "ccg", "council"}


def code_of(data: dict) -> str | None:
    return data.get("ods_code") or data.get("gss_code")


def likeness(a: str, b: str) -> float:
    """How likely two name cores are one organisation: 0 when their places differ.

    Places must agree (allowing a typo), or one set must hold the other with the names otherwise
    close (85 or more); the score is the whole-name similarity.
    """
    pa, pb = places(a), places(b)
    if not pa or not pb:
        return 0.0
    score = fuzz.token_sort_ratio(a, b)
    if same_places(pa, pb):
        return score
    if (pa < pb or pb < pa) and score >= 85:
        return score
    return 0.0


def review_candidates(graph: nx.MultiDiGraph, threshold: float = 75) -> list[dict]:
    """Pairs of organisations that may be one, best first, each with a suggested alias row.

    A pair needs place words that agree or contain one another, similar names (75 or more; 90
    across kinds), and not two different official codes.
    """
    organisations = [(node, data) for node, data in graph.nodes(data=True) if data["kind"] in ORG_KINDS and not data.get("scope")]
    keyed = [(node, data, core(data["name"], NOT_NAMES)) for node, data in organisations]
    rows = []
    for i, (a, da, ka) in enumerate(keyed):
        for b, db, kb in keyed[i + 1 :]:
            if code_of(da) and code_of(db):
                continue
            score = likeness(ka, kb)
            same_kind = da["kind"] == db["kind"]
            if score < threshold or (not same_kind and score < 90):
                continue
            keep, merge = (
                (a, b)
                if (bool(code_of(da)), da.get("mentions", 0), -len(a)) >= (bool(code_of(db)), db.get("mentions", 0), -len(b))
                else (b, a)
            )
            rows.append(
                {
                    "score": round(score, 1),
                    "kind": graph.nodes[keep]["kind"],
                    "keep_id": keep,
                    "keep": graph.nodes[keep]["name"],
                    "merge_id": merge,
                    "merge": graph.nodes[merge]["name"],
                }
            )
    rows.sort(key=lambda r: (-r["score"], r["keep"], r["merge"]))
    for number, row in enumerate(rows, start=1):
        row["number"] = number
    return rows


def accept(rows: list[dict], number: int, why: str, path: Path | None = None) -> dict:
    """Write candidate `number` into the user's alias table: its spellings become the kept
    organisation's on the next build.

    Parameters
    ----------
    rows : list of dict
        The candidates, as `review_candidates` lists them.
    number : int
        Which candidate.
    why : str
        Why the two are one organisation; kept in the table.
    path : Path, optional
        The table to write; by default the user's (``PCHGRAPH_ALIASES`` or the config folder),
        never the bundled one.

    Returns
    -------
    dict
        The row written.
    """
    match = [r for r in rows if r["number"] == number]
    if not match:
        raise UsageError(f"no review candidate number {number} (there are {len(rows)})", where="number")
    if not why.strip():
        raise UsageError("say why the two are one organisation", where="why")
    row = match[0]
    path = path or user_alias_path()
    entry = {"canonical": row["keep"], "alias": row["merge"], "kind": row["kind"], "why": why.strip()}
    with locked(path):
        try:
            existing = path.read_text(encoding="utf-8") if path.exists() else ""
        except (OSError, UnicodeDecodeError) as exc:
            raise DataError(f"cannot read alias table: {getattr(exc, 'strerror', None) or exc}", where=str(path)) from exc
        new_file = not existing.strip()
        if not new_file and org_key(row["merge"]) in alias_table(path):
            raise UsageError(f"'{row['merge']}' is in the alias table already", where=str(path))
        added = io.StringIO()
        writer = csv.DictWriter(added, fieldnames=ALIAS_COLUMNS)
        if new_file:
            writer.writeheader()
        writer.writerow(entry)
        text = ("" if new_file else existing if existing.endswith("\n") else existing + "\n") + added.getvalue()
        write_text(path, text, make_parents=True)
    return entry
