"""Public NHS reference data bundled in data/reference (see data/reference/README.md)."""

from __future__ import annotations

import csv
import os
import re
from functools import lru_cache
from pathlib import Path

from .errors import PchgraphError


def data_dir() -> Path:
    """The bundled data folder: $PCHGRAPH_DATA, or data/ beside the source tree."""
    configured = os.environ.get("PCHGRAPH_DATA")
    candidates = [Path(configured)] if configured else []
    candidates.append(Path(__file__).resolve().parents[2] / "data")
    for candidate in candidates:
        if (candidate / "sources").is_dir():
            return candidate
    raise PchgraphError("bundled data folder not found; install with 'pip install -e .' from a clone or set PCHGRAPH_DATA")


def sources_dir() -> Path:
    return data_dir() / "sources"


def alias_path() -> Path:
    """The alias table in use: $PCHGRAPH_ALIASES, else data/aliases.csv."""
    configured = os.environ.get("PCHGRAPH_ALIASES")
    return Path(configured) if configured else data_dir() / "aliases.csv"


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[dict, ...]:
    """The rows of data/reference/NAME as dictionaries."""
    path = data_dir() / "reference" / name
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            return tuple(csv.DictReader(handle))
    except OSError as exc:
        raise PchgraphError(f"cannot read reference data: {exc.strerror}", where=str(path)) from exc


def name_key(name: str) -> str:
    """Lowercase words only: the form reference names are compared in.

    >>> name_key("NHS Durham Dales, Easington and Sedgefield CCG")
    'nhs durham dales easington and sedgefield ccg'
    """
    return " ".join(re.findall(r"[a-z0-9]+", name.lower().replace("&", " and ")))


@lru_cache(maxsize=None)
def comma_name_prefixes() -> tuple[str, ...]:
    """Official names that begin with a list of places ("Tees, Esk and Wear Valleys …"), cut after the list."""
    names = [r["name"] for r in rows("nhs_trusts_names.csv")] + [r["ccg_name"] for r in rows("ccg_stp_lookup_2016_2019.csv")]
    prefixes = set()
    for name in names:
        match = re.match(r"(?i)^(?:nhs\s+)?([^,]+,[^,]*?\band\s+\S+)", name)
        if match:
            prefixes.add(name_key(match.group(1)))
    return tuple(sorted(prefixes))
