"""Where pchgraph's files are: the bundled data and Cypher (inside the package, read through
importlib.resources), and the user's own files (alias additions, cache) in the user's folders.

Environment variables
---------------------
PCHGRAPH_DATA     a data folder to use instead of the bundled one (must hold sources/ and reference/)
PCHGRAPH_ALIASES  the user's alias table (default: aliases.csv in the user's config folder)
PCHGRAPH_CACHE    where built graphs are cached (default: the user's cache folder)
PCHGRAPH_CYPHER   a cypher folder to use instead of the bundled one
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path

import platformdirs

from .errors import DataError

ENVIRONMENT = {
    "PCHGRAPH_DATA": "a data folder to use instead of the bundled one (holding sources/ and reference/)",
    "PCHGRAPH_ALIASES": "your alias table, added to the bundled one; 'review --accept' writes here "
    "(default: aliases.csv in your config folder)",
    "PCHGRAPH_CACHE": "where built graphs are cached (default: your cache folder)",
    "PCHGRAPH_CYPHER": "a cypher folder to use instead of the bundled one",
    "NEO4J_URI": "the Neo4j server's address (bolt://… or neo4j://…)",
    "NEO4J_USERNAME": "the Neo4j user (default neo4j)",
    "NEO4J_PASSWORD": "the Neo4j password (else asked for; never printed)",
    "NEO4J_DATABASE": "the Neo4j database (default: the server's)",
}


def bundled(name: str) -> Path:
    """A folder shipped with pchgraph: inside the installed package, or at the top of the
    checkout for an editable install (where the repository keeps data/ and cypher/)."""
    inside = resources.files("pchgraph") / name
    if inside.is_dir():
        return Path(str(inside))
    return Path(__file__).resolve().parents[2] / name


def configured_folder(variable: str, default: Path, needs: tuple[str, ...] = ()) -> Path:
    """The folder an environment variable names, checked, else the default."""
    configured = os.environ.get(variable)
    if not configured:
        return default
    path = Path(configured)
    if not path.is_dir():
        raise DataError(f"{variable} names no folder", where=configured)
    missing = [part for part in needs if not (path / part).is_dir()]
    if missing:
        raise DataError(f"{variable} names a folder without {', '.join(p + '/' for p in missing)}", where=configured)
    return path


def data_dir() -> Path:
    """The data folder: $PCHGRAPH_DATA, else the bundled one."""
    return configured_folder("PCHGRAPH_DATA", bundled("data"), needs=("sources", "reference"))


def sources_dir() -> Path:
    """The bundled documents (or those of $PCHGRAPH_DATA)."""
    return data_dir() / "sources"


def cypher_dir() -> Path:
    """The Cypher files: $PCHGRAPH_CYPHER, else the bundled ones."""
    return configured_folder("PCHGRAPH_CYPHER", bundled("cypher"))


def user_folder(kind: str) -> Path:
    """The user's config or cache folder for pchgraph (XDG and its equivalents)."""
    return Path(platformdirs.user_config_dir("pchgraph") if kind == "config" else platformdirs.user_cache_dir("pchgraph"))


def bundled_alias_path() -> Path:
    """The reviewed alias table that ships with pchgraph."""
    return data_dir() / "aliases.csv"


# The alias table one command was given to read and write (`review --aliases`), over the rest.
CHOSEN_ALIASES: list[Path] = []


def user_alias_path() -> Path:
    """The user's own alias table: the one a command was given (`chosen_aliases`), else
    $PCHGRAPH_ALIASES, else aliases.csv in the config folder."""
    if CHOSEN_ALIASES:
        return CHOSEN_ALIASES[-1]
    configured = os.environ.get("PCHGRAPH_ALIASES")
    return Path(configured) if configured else user_folder("config") / "aliases.csv"


@contextlib.contextmanager
def chosen_aliases(path: Path | None) -> Iterator[None]:
    """Within it, `path` (when given) is the user's alias table, read as well as written: a
    decision written there is one the same command reads (a file not there yet is an empty table).

    >>> with chosen_aliases(Path("mine.csv")):
    ...     user_alias_path().name
    'mine.csv'
    """
    if path is None:
        yield
        return
    CHOSEN_ALIASES.append(path)
    try:
        yield
    finally:
        CHOSEN_ALIASES.pop()


def alias_paths() -> list[Path]:
    """The alias tables in force, bundled first: a user's row for the same spelling wins.

    A $PCHGRAPH_ALIASES that names no file is an error: silently reading without it would undo
    every merge it holds."""
    user = user_alias_path()
    if not CHOSEN_ALIASES and os.environ.get("PCHGRAPH_ALIASES") and not user.is_file():
        raise DataError("PCHGRAPH_ALIASES names no file", where=str(user))
    bundled_table = bundled_alias_path()
    if not bundled_table.is_file():
        raise DataError("PCHGRAPH_DATA names a folder without aliases.csv (the reviewed alias table)", where=str(bundled_table))
    paths = [bundled_table, *([user] if user.is_file() else [])]
    for path, variable in zip(paths, ("PCHGRAPH_DATA", "PCHGRAPH_ALIASES")):
        check_alias_header(path, variable if os.environ.get(variable) else None)
    return paths


ALIAS_COLUMNS = ("canonical", "alias", "kind", "why")


def check_alias_header(path: Path, variable: str | None) -> None:
    """An alias table must be UTF-8 CSV with the columns canonical, alias, kind and why (an empty
    file is an empty table); else an error naming the variable that chose it and the file."""
    chosen = f"{variable}: " if variable else ""
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            header = next(csv.reader(handle), None)
    except OSError as exc:
        raise DataError(f"{chosen}cannot read alias table: {exc.strerror or exc}", where=str(path)) from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise DataError(f"{chosen}alias table is not UTF-8 CSV ({exc.__class__.__name__})", where=str(path)) from exc
    if header is not None and not set(ALIAS_COLUMNS) <= {c.strip() for c in header}:
        raise DataError(f"{chosen}alias table needs columns {', '.join(ALIAS_COLUMNS)}", where=f"{path}:1")


def cache_dir() -> Path:
    """Where built graphs are cached: $PCHGRAPH_CACHE, else the user's cache folder."""
    configured = os.environ.get("PCHGRAPH_CACHE")
    return Path(configured) if configured else user_folder("cache")


@cache
def rows(name: str) -> tuple[dict, ...]:
    """The rows of the reference table NAME (data/reference/NAME) as dictionaries.

    A table from $PCHGRAPH_DATA must have the columns of the bundled table of the same name; a
    table that is missing, not UTF-8 or not CSV with those columns is an error naming the
    variable and the file."""
    path = data_dir() / "reference" / name
    chosen = "PCHGRAPH_DATA: " if os.environ.get("PCHGRAPH_DATA") else ""
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            found = tuple(reader)
            columns = reader.fieldnames or []
    except OSError as exc:
        raise DataError(f"{chosen}cannot read reference data: {exc.strerror}", where=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise DataError(f"{chosen}reference data is not UTF-8 text (byte {exc.start})", where=str(path)) from exc
    except csv.Error as exc:
        raise DataError(f"{chosen}reference data is not CSV: {exc}", where=str(path)) from exc
    expected = bundled_columns(name)
    missing = [c for c in expected if c not in columns]
    if missing:
        raise DataError(f"{chosen}reference table lacks the columns {', '.join(missing)}", where=str(path))
    if expected and any(None in row for row in found):
        line = next(n for n, row in enumerate(found, start=2) if None in row)
        raise DataError(f"{chosen}reference table has more fields than columns", where=f"{path}:{line}")
    # (a published table may hold a name with a doubled space, 'North Somerset  Council': a
    # name read from it must be the name as a document writes it)
    return tuple({key: " ".join(value.split()) if isinstance(value, str) else value for key, value in row.items()} for row in found)


def bundled_columns(name: str) -> list[str]:
    """The columns of the bundled reference table NAME (what a replacement must have)."""
    try:
        with (bundled("data") / "reference" / name).open(newline="", encoding="utf-8") as handle:
            return next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return []
