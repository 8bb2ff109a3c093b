"""The errors pchgraph raises, in its own terms, and the warnings it collects while reading.

Every error names what was wrong and where: the argument (:class:`UsageError`), the file and
line (:class:`DataError`) or the engine (:class:`EngineError`). The command line turns any of
them into one line and an exit code, in one place (``cli.Cli``).
"""

from __future__ import annotations

from dataclasses import dataclass


class PchgraphError(Exception):
    """A problem the user can act on.

    Parameters
    ----------
    message : str
        What is wrong and, where it helps, what was expected.
    where : str, optional
        The argument, file, ``file:line`` or engine the problem is in.

    Examples
    --------
    >>> str(PchgraphError("no such file", where="data/x.txt"))
    'data/x.txt: no such file'
    """

    exit_code = 1

    def __init__(self, message: str, where: str | None = None):
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class UsageError(PchgraphError):
    """A value given to a function or command is not one it takes; ``where`` names the argument.

    Examples
    --------
    >>> str(UsageError("unknown kind 'hospital'; expected one of: trust, ccg", where="kind"))
    "kind: unknown kind 'hospital'; expected one of: trust, ccg"
    """

    exit_code = 2


class DataError(PchgraphError):
    """A file (a document, a graph file, the alias table, reference data) is missing or wrong;
    ``where`` is ``file`` or ``file:line``."""


class EngineError(PchgraphError):
    """A storage or query engine (Neo4j, LadybugDB) failed or refused; ``where`` names it."""


@dataclass(frozen=True)
class Problem:
    """A warning or error found in a source document, with where it was found.

    Examples
    --------
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
