"""Writing a file whole or not at all, wherever OUT points: the one writer every output goes through.

`write_file` writes an output file: ``-`` is standard output; a FIFO, a device or anything under
``/dev`` or ``/proc`` is streamed to, never replaced; a symlink is written through (its target is
replaced, the link stays a link); anything else is written to a unique temporary file beside the
target (``mkstemp``), flushed and fsynced, then renamed over it, and the temporary file is removed
on every error. Two writers of one file never share a temporary name, so the last rename wins and
the file always holds one whole output. `write_folder` does the same for a folder of files (CSV
export): they are written into a temporary folder that is then swapped in. `locked` serialises
read-modify-write updates of one file (the user's alias table).

A writer killed outright (SIGKILL, the OOM killer, a power cut) cannot remove its temporary file,
so every temporary name carries the writer's process id, ``.NAME.PID.XXXXXXXX.tmp``: before
writing NAME, a writer removes the temporaries of NAME whose process is gone (`leftovers`), and
never those of a writer still running. A folder a dead writer had moved aside (``.old``) while
its new one was not yet in place is put back rather than removed. Process ids are this
machine's: a folder shared with writers on another machine or in another container's process
namespace may take their temporaries for a dead writer's, and such a writer then fails with an
error, leaving the old output.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import DataError, UsageError

STDOUT = "-"
# Longest part of OUT's name kept in a temporary file's name (names are limited to 255 bytes).
NAME_PART = 80
# A temporary name: the target's name (cut to NAME_PART), the writer's process id, mkstemp's eight
# random characters, and .tmp (being written) or .old (a folder moved aside, see `write_folder`).
TEMPORARY = re.compile(r"\.(?P<name>.+)\.(?P<pid>[0-9]+)\.[a-z0-9_]{8}\.(?P<suffix>tmp|old)")


def is_stdout(out) -> bool:
    return str(out) == STDOUT


def streamed(path: Path) -> bool:
    """True for an existing path that must be written into rather than replaced: a FIFO, a
    device or a socket, or anything under /dev or /proc (``/dev/stdout``, ``/proc/self/fd/1``)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        return True
    absolute = os.path.abspath(path)
    return absolute.startswith(("/dev/", "/proc/"))


def target_of(out: Path) -> Path:
    """The file a write to `out` replaces: `out`, or through a symlink (however many) its target."""
    return Path(os.path.realpath(out)) if out.is_symlink() else out


def write_file(out, write: Callable[[BinaryIO], None], make_parents: bool = False) -> str:
    """Write one output file whole or not at all, and return the name it was written as.

    Parameters
    ----------
    out : str or Path
        The file; ``-`` for standard output.
    write : callable
        Writes the content into the binary file handle it is given.
    make_parents : bool
        Make missing parent folders (else a missing folder is an error).

    Raises
    ------
    UsageError
        `out` is a folder, or its folder is missing.
    DataError
        The operating system refused (full disk, permission, name too long, …); the temporary
        file is gone and `out` is as it was.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> write_file(folder / "a.txt", lambda h: h.write(b"one")) == str(folder / "a.txt")
    True
    >>> (folder / "link.txt").symlink_to(folder / "a.txt")
    >>> _ = write_file(folder / "link.txt", lambda h: h.write(b"two"))
    >>> (folder / "link.txt").is_symlink(), (folder / "a.txt").read_text()
    (True, 'two')
    """
    if is_stdout(out):
        return write_stream(sys.stdout.buffer, write, "standard output")
    out = Path(out)
    if streamed(out):
        try:
            with open(out, "wb") as handle:
                return write_stream(handle, write, str(out))
        except OSError as exc:
            raise DataError(f"cannot write: {exc.strerror or exc}", where=str(out)) from exc
    target = target_of(out)
    if target.is_dir():
        raise UsageError("is a folder; give a file name", where=str(out))
    if make_parents:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DataError(f"cannot make the folder: {exc.strerror or exc}", where=str(target.parent)) from exc
    elif not target.parent.is_dir():
        raise UsageError("no such folder", where=str(target.parent))
    refuse_read_only(target, out)
    remove_leftovers(target)
    temporary = None
    try:
        handle_number, temporary = tempfile.mkstemp(dir=target.parent, prefix=temporary_prefix(target), suffix=".tmp")
        with os.fdopen(handle_number, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, file_mode(target))
        os.replace(temporary, target)
        temporary = None
        sync_folder(target.parent)
    except OSError as exc:
        raise DataError(f"cannot write: {exc.strerror or exc}", where=str(out)) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return str(out)


def refuse_read_only(target: Path, out) -> None:
    """Refuse to replace a file or folder its owner made read-only: the rename a whole write
    ends with needs only its folder writable, and would replace it (even for root, whom the
    system lets write anything).

    >>> import tempfile
    >>> kept = Path(tempfile.mkdtemp()) / "kept.json"
    >>> _ = kept.write_text("mine"); kept.chmod(0o444)
    >>> write_text(kept, "new")
    Traceback (most recent call last):
    ...
    pchgraph.errors.DataError: ...kept.json: cannot write: the file is read-only (chmod u+w to replace it)
    """
    try:
        mode = target.stat().st_mode
    except OSError:
        return
    if not mode & 0o222 or not os.access(target, os.W_OK):
        what = "folder" if target.is_dir() else "file"
        raise DataError(f"cannot write: the {what} is read-only (chmod u+w to replace it)", where=str(out))


def write_stream(handle: BinaryIO, write: Callable[[BinaryIO], None], name: str) -> str:
    """Write into an open stream (standard output, a FIFO, a device), flushing at the end."""
    try:
        write(handle)
        handle.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise DataError(f"cannot write: {exc.strerror or exc}", where=name) from exc
    return name


def write_text(out, text: str, make_parents: bool = False) -> str:
    """`write_file` for a text (UTF-8)."""
    data = text.encode("utf-8")
    return write_file(out, lambda handle: handle.write(data), make_parents)


def file_mode(target: Path) -> int:
    """The permissions the new file gets: the old file's, else what the umask allows."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (where the system allows opening a folder)."""
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def write_folder(out, files: dict[str, Callable[[BinaryIO], None]]) -> list[str]:
    """Write several files into the folder `out` as one: all of them, or none.

    The files are written into a temporary folder beside `out`, which then takes `out`'s place,
    so `out` never holds files from two different runs. A folder `out` that holds other files
    than these is refused rather than replaced (nothing of the user's is lost).

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "out"
    >>> names = write_folder(folder, {"a.csv": lambda h: h.write(b"1"), "b.csv": lambda h: h.write(b"2")})
    >>> sorted(p.name for p in folder.iterdir())
    ['a.csv', 'b.csv']
    """
    if is_stdout(out):
        raise UsageError("this format writes a folder of files, not standard output", where=str(out))
    out = target_of(Path(out))
    remove_leftovers(out)
    if out.exists() and not out.is_dir():
        raise UsageError("this format writes a folder of files; this is a file", where=str(out))
    if out.is_dir():
        others = sorted(p.name for p in out.iterdir() if p.name not in files)
        if others:
            raise UsageError(
                f"the folder holds other files ({', '.join(others[:3])}{', …' if len(others) > 3 else ''}); give a new or empty folder",
                where=str(out),
            )
    if not out.parent.is_dir():
        raise UsageError("no such folder", where=str(out.parent))
    refuse_read_only(out, out)
    building = old = None
    try:
        building = Path(tempfile.mkdtemp(dir=out.parent, prefix=temporary_prefix(out), suffix=".tmp"))
        for name, write in files.items():
            with open(building / name, "wb") as handle:
                write(handle)
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(building, file_mode(out) if out.is_dir() else 0o777 & ~current_umask())
        if out.is_dir():
            old = Path(tempfile.mkdtemp(dir=out.parent, prefix=temporary_prefix(out), suffix=".old"))
            os.rmdir(old)
            os.rename(out, old)
        os.rename(building, out)
        building = None
        sync_folder(out.parent)
    except OSError as exc:
        if old is not None and not out.exists():
            with contextlib.suppress(OSError):
                os.rename(old, out)
                old = None
        raise DataError(f"cannot write: {exc.strerror or exc}", where=str(out)) from exc
    finally:
        for leftover in (building, old):
            if leftover is not None:
                shutil.rmtree(leftover, ignore_errors=True)
    return [str(out / name) for name in files]


def temporary_prefix(target: Path) -> str:
    """How this process's temporary names for `target` begin: ``.NAME.PID.``."""
    return f".{target.name[:NAME_PART]}.{os.getpid()}."


def alive(pid: int) -> bool:
    """Whether process `pid` may still be running; where that cannot be asked, it may."""
    if os.name != "posix" or pid == os.getpid():
        return True  # on Windows os.kill(pid, 0) would stop the process, not probe it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # PermissionError: another user's process is running under that id
    return True


def leftovers(folder: Path, name: str | None = None) -> list[Path]:
    """Temporary files and folders in `folder` whose writer is gone: those for the file called
    `name`, or for any file.

    Examples
    --------
    >>> import subprocess, tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> gone = subprocess.Popen(["true"])
    >>> _ = gone.wait()
    >>> for pid, name in ((gone.pid, "a.json"), (os.getpid(), "a.json"), (gone.pid, "b.json")):
    ...     _ = (folder / f".{name}.{pid}.abcd1234.tmp").write_text("half")
    >>> [p.name == f".a.json.{gone.pid}.abcd1234.tmp" for p in leftovers(folder, "a.json")]
    [True]
    >>> len(leftovers(folder))
    2
    """
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    wanted = name[:NAME_PART] if name is not None else None
    found = []
    for candidate in names:
        match = TEMPORARY.fullmatch(candidate)
        if match and wanted in (None, match["name"]) and not alive(int(match["pid"])):
            found.append(folder / candidate)
    return found


def remove_leftovers(target: Path) -> None:
    """Remove what writers killed while writing `target` left beside it. A folder one of them
    had moved aside (``.old``) while `target` is missing is the last whole output: it is put
    back instead."""
    for path in leftovers(target.parent, target.name):
        if path.name.endswith(".old") and not os.path.lexists(target):
            with contextlib.suppress(OSError):  # kept for the next writer rather than lost
                os.rename(path, target)
            continue
        remove_path(path)


def remove_temporaries(folder: Path) -> None:
    """Remove the temporary files (``.tmp``) of writers that are gone from a folder pchgraph
    alone writes into (the cache), whatever file they were for."""
    for path in leftovers(folder):
        if path.name.endswith(".tmp"):
            remove_path(path)


def remove_path(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            os.unlink(path)


def current_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock for updating `path` (a lock file beside it); a no-op where the
    system has no ``fcntl``."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    path = target_of(Path(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path.with_name(f".{path.name[:NAME_PART]}.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise DataError(f"cannot lock: {exc.strerror or exc}", where=str(path)) from exc
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)
