"""The documents of a sources folder, and a fingerprint that changes when any of them does."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .errors import PchgraphError


def source_files(folder: Path) -> list[Path]:
    """The documents in a folder: every regular, non-hidden file, in name order."""
    if not folder.exists():
        raise PchgraphError("no such folder", where=str(folder))
    if not folder.is_dir():
        raise PchgraphError("not a folder", where=str(folder))
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def fingerprint(folder: Path, *extra: Path) -> str:
    """A hash of the folder's documents (names, sizes and modification times) and of any extra
    files: it changes whenever a document is added, removed or saved, and costs only a stat."""
    digest = hashlib.sha256()
    for path in [*source_files(folder), *extra]:
        try:
            stat = path.stat()
            digest.update(f"{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
        except FileNotFoundError:
            digest.update(f"{path.name}\0missing\0".encode())
    return digest.hexdigest()
