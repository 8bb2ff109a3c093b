"""One node per organisation, measured against a hand-checked list of who each mention means."""

from __future__ import annotations

import csv
from pathlib import Path

BROCHURE = "004_310525714bc6d37c.txt"


def gold_rows(path: Path) -> list[dict]:
    """The hand-checked rows: line, the name as written, the organisation it means."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


def one_node_per_organisation(graph, path: Path, source_file: str = BROCHURE) -> dict:
    """The share of hand-checked organisations that are exactly one node holding only them, and
    the nodes that hold two or more of them."""
    nodes_at: dict[int, set[str]] = {}
    for org, _, data in graph.edges(data=True):
        if data.get("source_file") == source_file and data.get("kind") in ("partner_of", "member_of"):
            nodes_at.setdefault(data["line"], set()).add(org)
    nodes_of: dict[str, set[str]] = {}
    for row in gold_rows(path):
        found = {n for n in nodes_at.get(int(row["line"]), ()) if row["written"] in graph.nodes[n].get("aliases", [])}
        nodes_of.setdefault(row["organisation"], set()).update(found or {"<missing>"})
    holders: dict[str, set[str]] = {}
    for organisation, nodes in nodes_of.items():
        for node in nodes:
            holders.setdefault(node, set()).add(organisation)
    merged_two = sorted(node for node, held in holders.items() if len(held) > 1 and node != "<missing>")
    good = [o for o, nodes in nodes_of.items() if len(nodes) == 1 and "<missing>" not in nodes and not set(nodes) & set(merged_two)]
    return {"organisations": len(nodes_of), "one_node": len(good), "rate": len(good) / len(nodes_of), "merged_two": merged_two}
