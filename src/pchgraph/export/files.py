"""Writing output files whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import DataError, UsageError


def atomic_write(out: Path, write) -> Path:
    """Write through a temporary file beside `out`, so a failure never leaves half a file."""
    out = Path(out)
    if out.exists() and out.is_dir():
        raise UsageError("is a folder; give a file name", where=str(out))
    if not out.parent.exists():
        raise UsageError("no such folder", where=str(out.parent))
    handle, temporary = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    os.close(handle)
    try:
        write(Path(temporary))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, out)
    except OSError as exc:
        raise DataError(f"cannot write: {exc.strerror or exc}", where=str(out)) from exc
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return out
