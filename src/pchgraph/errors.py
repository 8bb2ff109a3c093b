"""The one exception type pchgraph raises, and the warnings it collects while reading."""

from __future__ import annotations

from dataclasses import dataclass


class PchgraphError(Exception):
    """A problem the user can act on; the CLI prints it as one line and exits non-zero.

    >>> str(PchgraphError("no such file", where="data/x.txt"))
    'data/x.txt: no such file'
    """

    def __init__(self, message: str, where: str | None = None, exit_code: int = 1):
        self.message = message
        self.where = where
        self.exit_code = exit_code
        super().__init__(f"{where}: {message}" if where else message)


@dataclass(frozen=True)
class Problem:
    """A warning or error found in a source document, with where it was found.

    >>> str(Problem("a.txt", 3, "entry has no PARTNERS section"))
    'a.txt:3: warning: entry has no PARTNERS section'
    """

    file: str
    line: int | None
    message: str
    level: str = "warning"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.level}: {self.message}"

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "level": self.level, "message": self.message}
