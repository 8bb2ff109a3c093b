"""Writing export files whole or not at all, through pchgraph's one writer (``pchgraph.files``):
``-`` is standard output, a symlink is written through, a FIFO or device is streamed to."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .. import files
from ..files import STDOUT, is_stdout, write_file, write_folder

__all__ = ["STDOUT", "atomic_write", "is_stdout", "write_folder", "write_text"]


def atomic_write(out: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Write one export file: `write` writes its bytes into the handle it is given."""
    return Path(write_file(out, write))


def write_text(out: Path, text: str) -> Path:
    """Write one export file of text (UTF-8)."""
    return Path(files.write_text(out, text))
