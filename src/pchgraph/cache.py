"""The per-user cache of built graphs and embedded databases: where it is, whether it can be
used, how big it is, and keeping it bounded.

Nothing here is needed for an answer: when the cache folder cannot be written (a read-only
home on a shared server, a container), pchgraph says so once and works without it.

Entries are written whole or not at all (`pchgraph.files.write_file`); a process killed while
writing one leaves its temporary file, named with its process id, and the next process to use
the cache removes the temporary files of processes that are gone.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from functools import cache
from pathlib import Path

from .files import remove_temporaries, temporary_prefix
from .resources import cache_dir

# Newest entries kept of each kind (built graphs, embedded databases); older ones are removed.
KEEP = 8
PATTERNS = ("graph-*.graph", "embedded-*")


@cache
def usable_cache_dir(folder: Path) -> Path | None:
    """`folder` if pchgraph can write there (made if missing), else None after one warning;
    what killed writers left in it is removed first."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_temporaries(folder)
        probe = tempfile.NamedTemporaryFile(dir=folder, prefix=temporary_prefix(folder / "probe"), suffix=".tmp", delete=True)
        probe.close()
        return folder
    except OSError as exc:
        print(
            f"pchgraph: {folder}: warning: cache folder cannot be written ({exc.strerror or exc}); working without a cache", file=sys.stderr
        )
        return None


def cache_folder() -> Path | None:
    """The cache folder in use ($PCHGRAPH_CACHE or the user's), or None when it cannot be written.

    Examples
    --------
    >>> import os, tempfile
    >>> os.environ["PCHGRAPH_CACHE"] = tempfile.mkdtemp()
    >>> cache_folder() is not None
    True
    """
    return usable_cache_dir(cache_dir())


def scratch_folder(prefix: str) -> Path:
    """A folder for one run's throwaway files, when the cache cannot hold them."""
    return Path(tempfile.mkdtemp(prefix=prefix))


def entries(folder: Path | None = None) -> list[Path]:
    """The cache's entries, newest first."""
    folder = folder or cache_dir()
    if not folder.is_dir():
        return []
    found = [path for pattern in PATTERNS for path in folder.glob(pattern)]
    return sorted(found, key=lambda path: (-modified(path), path.name))


def modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def size_of(path: Path) -> int:
    """Bytes in a file, or in every file below a folder."""
    if path.is_dir():
        return sum(size_of(child) for child in path.iterdir())
    try:
        return path.stat().st_size
    except OSError:
        return 0


def info() -> dict:
    """Where the cache is and what it holds.

    Returns
    -------
    dict
        ``folder``, ``entries`` (each with ``name``, ``bytes`` and ``age_days``) and ``bytes``.
    """
    folder = cache_dir()
    now = time.time()
    rows = [{"name": path.name, "bytes": size_of(path), "age_days": round((now - modified(path)) / 86400, 1)} for path in entries(folder)]
    return {"folder": str(folder), "entries": rows, "bytes": sum(row["bytes"] for row in rows)}


def remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def clear() -> int:
    """Remove every cache entry (and nothing else in the folder); returns how many."""
    found = entries()
    for path in found:
        remove(path)
    return len(found)


def prune(keep: int = KEEP) -> None:
    """Keep the newest `keep` entries of each kind, so the cache stays bounded."""
    folder = cache_dir()
    for pattern in PATTERNS:
        old = sorted(folder.glob(pattern), key=lambda path: (-modified(path), path.name))[keep:]
        for path in old:
            remove(path)


def touch(path: Path) -> None:
    """Mark an entry as just used (so pruning keeps it)."""
    try:
        os.utime(path)
    except OSError:
        pass
