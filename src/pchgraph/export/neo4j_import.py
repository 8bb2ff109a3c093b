"""Neo4j's bulk-import format: a folder of CSV files for ``neo4j-admin database import full``.

One file per node kind and one per relationship type, with the headers the import tool reads
(``id:ID``, ``:LABEL``, ``:START_ID``, ``:END_ID``, ``:TYPE``, typed properties such as
``line:int`` or ``numbers:int[]``), and ``neo4j-admin-import.sh`` beside them holding the exact
command line. Nodes, labels, properties and relationship keys are the ones ``pchgraph neo4j
load`` gives, so a graph imported in bulk answers every query as one loaded through the driver;
the bulk tool writes the store directly, which is what makes it fast at national scale.
"""

from __future__ import annotations

import shlex
from pathlib import Path

import networkx as nx

from ..engines.neo4j_engine import labels_of, node_rows, relationship_rows
from ..errors import DataError
from .files import write_folder
from .graphfiles import csv_table
from .registry import register

# Array delimiters tried in turn: the first that no array item holds is used (and named in
# the command), so a value is never split where it should not be.
DELIMITERS = [";", "|", "\u001f"]
SCRIPT = "neo4j-admin-import.sh"
DATABASE = "neo4j"


def property_type(values: list) -> str:
    """The import tool's type for a property column: int, float, boolean, string, or an array.

    >>> property_type([1, 2]), property_type([1.5, 2]), property_type([[1], [2, 3]]), property_type(["a", 1])
    ('int', 'float', 'int[]', 'string')
    """
    if values and all(isinstance(v, list) for v in values):
        items = [item for v in values for item in v]
        return property_type(items) + "[]" if items else "string[]"
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "float"
    return "string"


def delimiter_for(rows: list[dict]) -> str:
    """The first array delimiter that no array item, and no label, contains."""
    items = {str(item) for row in rows for value in row.values() if isinstance(value, list) for item in value}
    for delimiter in DELIMITERS:
        if not any(delimiter in item for item in items):
            return delimiter
    raise DataError("every array delimiter occurs in some list value; cannot write a bulk-import file", where="neo4j-import")


def cell(value, kind: str, delimiter: str):
    """One value as the import tool reads it for a column of that type."""
    if value is None:
        return None
    if isinstance(value, list):
        return delimiter.join(str(item).lower() if isinstance(item, bool) else str(item) for item in value)
    if kind == "boolean":
        return "true" if value else "false"
    return value


def table(
    rows: list[dict], fixed: list[tuple[str, str]], delimiter: str, relationship_type: str | None = None
) -> tuple[list[tuple], list[str], bool]:
    """Rows and header of one file, and whether a text cell holds a line break: `fixed` (header,
    field) columns first, then the relationship type if given, then each property of
    ``row["props"]`` with its type.

    Built column by column: a national graph has hundreds of thousands of rows, and one pass
    per column is what keeps the export a small part of a bulk import."""
    props = [row["props"] for row in rows]
    names = sorted(set().union(*props))
    columns = [[row[field] for row in rows] for _, field in fixed]
    header = [h for h, _ in fixed]
    if relationship_type is not None:
        columns.append([relationship_type] * len(rows))
        header.append(":TYPE")
    for name in names:
        values = [p.get(name) for p in props]
        kind = property_type([v for v in values if v is not None])
        if kind == "boolean" or kind.endswith("[]") or any(type(v) is list for v in values):
            values = [cell(v, kind, delimiter) for v in values]
        columns.append(values)
        header.append(f"{name}:{kind}" if kind != "string" else name)
    texts = "\x00".join(v for column in columns for v in column if type(v) is str)
    return list(zip(*columns)), header, "\n" in texts or "\r" in texts


def node_files(rows: list[dict], delimiter: str) -> dict[str, tuple[list[tuple], list[str], bool]]:
    """One file per node kind, named by its label (Site.csv, Trust.csv, …)."""
    by_kind: dict[str, list[dict]] = {}
    for row in rows:
        # the rows are this export's own: the kind joins the properties where it lies
        row["props"]["kind"] = row["kind"]
        row["labels"] = delimiter.join(["Pchgraph", *row["labels"]])
        by_kind.setdefault(row["kind"], []).append(row)
    files = {}
    for kind, kind_rows in sorted(by_kind.items()):
        label = labels_of(kind)[-1]
        files[f"{label}.csv"] = table(kind_rows, [("id:ID", "id"), (":LABEL", "labels")], delimiter)
    return files


def relationship_files(rows_by_kind: dict[str, list[dict]], delimiter: str) -> dict[str, tuple[list[tuple], list[str], bool]]:
    """One file per relationship type (PARTNER_OF.csv, …), each relationship keyed as the
    driver loader keys it."""
    files = {}
    for kind, rows in rows_by_kind.items():
        if not rows:
            continue
        for row in rows:
            row["props"]["key"] = row["key"]
        files[f"{kind.upper()}.csv"] = table(rows, [(":START_ID", "source"), (":END_ID", "target")], delimiter, kind.upper())
    return files


def import_command(nodes: list[str], relationships: list[str], delimiter: str, multiline: bool, database: str = DATABASE) -> list[str]:
    """The ``neo4j-admin database import full`` command line for these files (paths as given).

    >>> " ".join(import_command(["Site.csv"], ["IN_AREA.csv"], ";", False))
    'neo4j-admin database import full --nodes=Site.csv --relationships=IN_AREA.csv --array-delimiter=; neo4j'
    """
    command = ["neo4j-admin", "database", "import", "full"]
    command += [f"--nodes={name}" for name in nodes] + [f"--relationships={name}" for name in relationships]
    command.append(f"--array-delimiter={delimiter if delimiter != chr(0x1F) else 'U+001F'}")
    if multiline:
        command.append("--multiline-fields=true")
    return [*command, database]


def script(command: list[str]) -> str:
    """A shell script that runs the command from the folder it lies in, whatever the caller's."""
    return f'#!/bin/sh\n# Import this folder into an empty or stopped Neo4j database.\ncd "$(dirname "$0")" || exit 1\nexec {shlex.join(command)} "$@"\n'


def bulk_files(graph: nx.MultiDiGraph) -> tuple[dict, dict, list[str]]:
    """The node files, relationship files and import command for a graph."""
    nodes_rows, relationships_rows = node_rows(graph), relationship_rows(graph)
    everything = [row["props"] for row in nodes_rows] + [r["props"] for rows in relationships_rows.values() for r in rows]
    delimiter = delimiter_for(everything)
    nodes, relationships = node_files(nodes_rows, delimiter), relationship_files(relationships_rows, delimiter)
    multiline = any(breaks for _, _, breaks in [*nodes.values(), *relationships.values()])
    command = import_command(sorted(nodes), sorted(relationships), delimiter, multiline)
    return nodes, relationships, command


@register(
    "neo4j-import",
    "a folder of Neo4j bulk-import CSV files (id:ID, :LABEL, :START_ID, :END_ID, :TYPE, typed "
    "properties) and neo4j-admin-import.sh, the neo4j-admin database import full command: stop "
    "Neo4j, run sh OUT/neo4j-admin-import.sh --overwrite-destination, start Neo4j",
    folder=True,
)
def write_neo4j_import(graph: nx.MultiDiGraph, out: Path, **_) -> list[Path]:
    """The bulk-import folder `out`, written whole (the files and the script come from one graph,
    or the folder is left as it was).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph, or the part selected.
    out : Path
        The folder.

    Returns
    -------
    list of Path
        The files written, the script last.
    """
    nodes, relationships, command = bulk_files(graph)
    writers = {name: csv_table(rows, header) for name, (rows, header, _) in {**nodes, **relationships}.items()}
    text = script(command).encode("utf-8")
    writers[SCRIPT] = lambda handle: handle.write(text)
    return [Path(p) for p in write_folder(out, writers)]
