"""The per-user cache of built graphs and embedded databases: where it is, whether it can be
used, how big it is, and keeping it bounded.

Nothing here is needed for an answer: when the cache folder cannot be written (a read-only
home on a shared server, a container), pchgraph says so once and works without it.

Entries are written whole or not at all (`pchgraph.files.write_file`); a process killed while
writing one leaves its temporary file, named with its process id, and the next process to use
the cache removes the temporary files of processes that are gone.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import os
import pickle
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

from .errors import DataError, UsageError
from .files import remove_temporaries, temporary_prefix, write_file
from .resources import cache_dir

# Newest entries kept of each kind (built graphs, the parts kept beside them, embedded
# databases, prepared reference tables); older ones are removed.
KEEP = 8
PATTERNS = ("graph-*.graph", "graph-*.sites", "graph-*.names", "graph-*.records", "embedded-*", "tables-*.pickle")
# The names pchgraph gives its entries, which end in a digest: $PCHGRAPH_CACHE may be a folder
# that also holds the user's own files, and `cache clear` must never take one of those.
ENTRY_NAME = re.compile(
    r"graph-(?:file-)?[^/]+-[0-9a-f]{24}\.(?:graph|sites|names|records)|embedded-[0-9a-f]{16}|tables-[^/]+-[0-9a-f]{32}\.pickle"
)
# The first line of a tables entry: this, then the SHA-256 of the rest.
TABLES_MAGIC = b"pchgraph-tables "


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
        why = "it is a file, not a folder" if folder.exists() and not folder.is_dir() else exc.strerror or exc
        print(f"pchgraph: {folder}: warning: cache folder cannot be written ({why}); working without a cache", file=sys.stderr)
        return None


def warn_if_no_folder(folder: Path) -> None:
    """The warning `usable_cache_dir` gives, for a cache path that is there but is no folder
    (what `info` and `clear` find nothing in, and should say why)."""
    if folder.exists() and not folder.is_dir():
        usable_cache_dir(folder)


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
    found = [path for pattern in PATTERNS for path in entries_like(folder, pattern)]
    return sorted(found, key=lambda path: (-modified(path), path.name))


def entries_like(folder: Path, pattern: str) -> list[Path]:
    """The entries in `folder` whose names match `pattern` and are names pchgraph gives."""
    return [path for path in folder.glob(pattern) if ENTRY_NAME.fullmatch(path.name)]


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
    warn_if_no_folder(folder)
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
    warn_if_no_folder(cache_dir())
    found = entries()
    for path in found:
        remove(path)
    return len(found)


def prune(keep: int = KEEP) -> None:
    """Keep the newest `keep` entries of each kind, so the cache stays bounded."""
    folder = cache_dir()
    for pattern in PATTERNS:
        old = sorted(entries_like(folder, pattern), key=lambda path: (-modified(path), path.name))[keep:]
        for path in old:
            remove(path)


def touch(path: Path) -> None:
    """Mark an entry as just used (so pruning keeps it)."""
    try:
        os.utime(path)
    except OSError:
        pass


class PlainUnpickler(pickle.Unpickler):
    """An unpickler that makes only plain data (dicts, lists, tuples, sets, text, numbers):
    every global (a class, a function) is refused, so unpickling can call nothing."""

    def find_class(self, module, name):
        raise pickle.UnpicklingError(f"refused: {module}.{name}")


def kept_tables(name: str, sources: Iterable[bytes], make: Callable[[], object]):
    """``make()``, kept in the cache folder under the SHA-256 of `sources` (the bytes of the
    data files it is made from and of the code that makes it), so that a later process loads it
    rather than making it again; a changed data file or change of code is another key, never
    served the old tables.

    The value must be plain data (dicts, lists, tuples, frozensets, text, numbers, booleans,
    nulls): an entry is a header line with the SHA-256 of the rest, then the value pickled, and
    is loaded with every global refused (`PlainUnpickler`), so nothing in it can run. The cache
    only saves time: with no writable cache folder, or an entry that is damaged or cannot be
    written, the value is made here, without a word (a damaged entry is removed).
    """
    digest = hashlib.sha256()
    for part in sources:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    folder = quiet_cache_folder()
    if folder is None:
        return make()
    path = folder / f"tables-{name}-{digest.hexdigest()[:32]}.pickle"
    found = stored_tables(path)
    if found is not None:
        touch(path)
        return found[0]
    value = make()
    with contextlib.suppress(DataError, UsageError, OSError, pickle.PicklingError):
        entry = tables_entry(value)
        write_file(path, lambda handle: handle.write(entry))
        prune()
    return value


def tables_entry(value) -> bytes:
    """A tables entry's bytes (see `kept_tables`)."""
    body = pickle.dumps(value, protocol=5)
    return TABLES_MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def stored_tables(path: Path) -> tuple | None:
    """(the value in a tables entry,) or None when there is none, or it is damaged (then it is
    removed)."""
    try:
        entry = path.read_bytes()
    except OSError:
        return None
    header, _, body = entry.partition(b"\n")
    try:
        if header != TABLES_MAGIC + hashlib.sha256(body).hexdigest().encode():
            raise ValueError("does not match its hash")
        with collection_paused():
            return (PlainUnpickler(io.BytesIO(body)).load(),)
    except Exception:  # whatever a damaged entry raises, it is made again
        with contextlib.suppress(OSError):
            path.unlink()
        return None


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection while many objects are made (a graph, a corpus, tables):
    it would walk them again and again (a full pass each time they grow by a quarter) and find
    nothing to collect; it is turned back on after (if it was on)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def quiet_cache_folder() -> Path | None:
    """The cache folder when it is there (made if missing) and writable, else None, without a
    warning."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK | os.X_OK) else None
