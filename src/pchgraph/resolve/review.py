"""Spellings that may be one organisation but were not merged, and spellings that may name two
organisations but were not split, for a person to decide into the alias table: ``accept`` records
a merge (``same``) or a split, ``reject`` records that two are different or that a spelling is one
name (``whole``). Nothing here merges or splits anything by itself."""

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
from .organisations import DIFFERENT, SAME, SPLIT, WHOLE, alias_table, different_pairs, is_brand, is_name, read_alias_table

ALIAS_COLUMNS = ["canonical", "alias", "kind", "why", "action"]
MERGE, SPLITTING = "merge", "split"
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
    apart = different_pairs()
    rows = []
    for i, (a, da, ka) in enumerate(keyed):
        for b, db, kb in keyed[i + 1 :]:
            if code_of(da) and code_of(db) or decided_apart(da, db, apart):
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
                    "proposal": MERGE,
                    "score": round(score, 1),
                    "kind": graph.nodes[keep]["kind"],
                    "keep_id": keep,
                    "keep": graph.nodes[keep]["name"],
                    "merge_id": merge,
                    "merge": graph.nodes[merge]["name"],
                }
            )
    rows += split_candidates(graph)
    rows.sort(key=lambda r: (-r["score"], r["keep"], r["merge"]))
    for number, row in enumerate(rows, start=1):
        row["number"] = number
    return rows


def decided_apart(a: dict, b: dict, apart: set[frozenset[str]]) -> bool:
    """Whether the alias tables say two organisations are different, under any of their spellings."""
    keys_a = {org_key(s) for s in [a["name"], *a.get("aliases", [])]}
    keys_b = {org_key(s) for s in [b["name"], *b.get("aliases", [])]}
    return any(frozenset((x, y)) in apart for x in keys_a for y in keys_b)


def split_candidates(graph: nx.MultiDiGraph) -> list[dict]:
    """Spellings that begin or end with another organisation's name, the rest being a name of its
    own: two names that may have been run together ("Westbank South West Academic Health Science
    Network"). A bare brand with a place ("Age UK Exeter") is a branch, and a spelling the alias
    tables already decide on is left out.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("org:a", kind="nhs_body", name="South West AHSN", aliases=["South West AHSN"])
    >>> g.add_node("org:b", kind="other", name="Westbank South West AHSN", aliases=["Westbank South West AHSN"])
    >>> [(r["keep"], r["merge"]) for r in split_candidates(g)]
    [('Westbank | South West AHSN', 'Westbank South West AHSN')]

    A spelling of the body's name in the register is never proposed:

    >>> g.nodes["org:b"]["official_name"] = "Westbank South West AHSN"
    >>> split_candidates(g)
    []
    """
    decided = alias_table()
    known: dict[str, str] = {}
    for _, data in graph.nodes(data=True):
        if data["kind"] in ORG_KINDS:
            for spelling in [data["name"], *data.get("aliases", [])]:
                if len(org_key(spelling).split()) >= 2:
                    known.setdefault(org_key(spelling), spelling)
    rows = []
    for node, data in graph.nodes(data=True):
        if data["kind"] not in ORG_KINDS or data["kind"] == "practice":
            continue
        # (a spelling of the name the register gives the body is one name, whatever it
        # begins with: 'Eastern Cheshire Clinical Commissioning Group' is NHS Eastern Cheshire CCG)
        official = org_key(data["official_name"]) if data.get("official_name") else None
        for spelling in data.get("aliases", []):
            if org_key(spelling) in decided or org_key(spelling) == official:
                continue
            parts = known_edge_parts(spelling, known)
            if parts:
                rows.append(
                    {
                        "proposal": SPLITTING,
                        "score": 100.0 * len(parts[0] + parts[1]) / max(len(spelling), 1),
                        "kind": data["kind"],
                        "keep_id": node,
                        "keep": " | ".join(parts),
                        "merge_id": node,
                        "merge": spelling,
                    }
                )
    return rows


def known_edge_parts(spelling: str, known: dict[str, str]) -> list[str] | None:
    """The spelling cut after a known name it begins with, or before one it ends with."""
    tokens = spelling.split()
    for cut in range(1, len(tokens)):
        left, right = " ".join(tokens[:cut]), " ".join(tokens[cut:])
        if is_brand(left) or is_brand(right) or not (is_name(left) and is_name(right)):
            continue
        if org_key(left) in known and org_key(left) != org_key(spelling) or org_key(right) in known and org_key(right) != org_key(spelling):
            return [left, right]
    return None


def accept(rows: list[dict], number: int, why: str, path: Path | None = None) -> dict:
    """Write candidate `number` into the user's alias table as decided: a merge's spellings become
    the kept organisation's, a split's spelling becomes its parts, on the next build.

    Parameters
    ----------
    rows : list of dict
        The candidates, as `review_candidates` lists them.
    number : int
        Which candidate.
    why : str
        Why the decision is right; kept in the table.
    path : Path, optional
        The table to write; by default the user's (``PCHGRAPH_ALIASES`` or the config folder),
        never the bundled one.

    Returns
    -------
    dict
        The row written.

    Examples
    --------
    >>> import tempfile
    >>> table = Path(tempfile.mkdtemp()) / "aliases.csv"
    >>> rows = [{"number": 1, "proposal": "split", "kind": "other", "keep": "Westbank | South West AHSN",
    ...          "merge": "Westbank South West AHSN"}]
    >>> accept(rows, 1, "two bodies in the brochure's list", table)["action"]
    'split'
    """
    row = chosen(rows, number, why)
    action = SPLIT if row.get("proposal") == SPLITTING else SAME
    kind = "" if action == SPLIT else row["kind"]
    return write_decision(path, {"canonical": row["keep"], "alias": row["merge"], "kind": kind, "why": why.strip(), "action": action})


def reject(rows: list[dict], number: int, why: str, path: Path | None = None) -> dict:
    """Record that candidate `number` is wrong: a proposed merge's two organisations are
    different (``different``), a proposed split's spelling is one name (``whole``); `review`
    does not propose it again.

    Parameters
    ----------
    rows : list of dict
        The candidates, as `review_candidates` lists them.
    number : int
        Which candidate.
    why : str
        Why they are different, or one name; kept in the table.
    path : Path, optional
        The table to write, as for `accept`.

    Returns
    -------
    dict
        The row written.

    Examples
    --------
    >>> import tempfile
    >>> table = Path(tempfile.mkdtemp()) / "aliases.csv"
    >>> rows = [{"number": 1, "proposal": "merge", "kind": "charity", "keep": "Age UK", "merge": "Age UK Exeter"}]
    >>> reject(rows, 1, "Age UK Exeter is an independent local charity", table)["action"]
    'different'
    """
    row = chosen(rows, number, why)
    if row.get("proposal") == SPLITTING:
        entry = {"canonical": row["merge"], "alias": row["merge"], "kind": "", "why": why.strip(), "action": WHOLE}
    else:
        entry = {"canonical": row["keep"], "alias": row["merge"], "kind": "", "why": why.strip(), "action": DIFFERENT}
    return write_decision(path, entry)


def chosen(rows: list[dict], number: int, why: str) -> dict:
    """Candidate `number`, checked to exist and to come with a reason."""
    match = [r for r in rows if r["number"] == number]
    if not match:
        raise UsageError(f"no review candidate number {number} (there are {len(rows)})", where="number")
    if not why.strip():
        raise UsageError("say why (--why TEXT): the reason is kept in the alias table", where="why")
    return match[0]


def write_decision(path: Path | None, entry: dict) -> dict:
    """Add one decision to an alias table, whole or not at all; a table written before the
    ``action`` column existed gains it (its rows are ``same``)."""
    path = path or user_alias_path()
    with locked(path):
        if path.exists() and not path.is_file():
            # (a device or a pipe is no table: /dev/zero would be read for ever)
            raise UsageError("is not a file; give an alias table (a CSV file) or a new name", where=str(path))
        try:
            existing = path.read_text(encoding="utf-8-sig") if path.exists() else ""
        except (OSError, UnicodeDecodeError) as exc:
            raise DataError(f"cannot read alias table: {getattr(exc, 'strerror', None) or exc}", where=str(path)) from exc
        if existing.strip():
            # a table that does not read whole (a quote left open, a column missing) is not
            # written to: its rows would be sealed into the wrong cells
            stat = path.stat()
            read_alias_table(path, stat.st_mtime_ns, stat.st_size)
        old = csv.DictReader(io.StringIO(existing)) if existing.strip() else None
        old_rows = list(old) if old else []
        if entry["action"] in (SAME, SPLIT, WHOLE) and old_rows and org_key(entry["alias"]) in alias_table(path):
            raise UsageError(f"'{entry['alias']}' is in the alias table already", where=str(path))
        out = io.StringIO()
        if old and "action" not in (old.fieldnames or []) and entry["action"] == SAME:
            # a table written before the action column is added to in its own four columns
            csv.DictWriter(out, fieldnames=ALIAS_COLUMNS[:4], lineterminator="\n", extrasaction="ignore").writerow(entry)
            out = io.StringIO((existing if existing.endswith("\n") else existing + "\n") + out.getvalue())
        else:
            writer = csv.DictWriter(out, fieldnames=ALIAS_COLUMNS, lineterminator="\n", extrasaction="ignore")
            writer.writeheader()
            for row in old_rows:
                writer.writerow({**row, "action": (row.get("action") or SAME)})
            writer.writerow(entry)
        write_text(path, out.getvalue(), make_parents=True)
    return entry
