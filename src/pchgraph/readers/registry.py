"""The registry of document layouts: each reader module registers how to recognise its layout
and how to read it; `reader_for` picks one for a document, and nothing above asks which."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import Problem
from .document import Document
from .mentions import Mention
from .sites import Site


@dataclass
class Reading:
    """What one reader made of one document.

    ``partner_lists`` are sites whose ``partners`` paragraph is split into mentions only once
    every document is read, because whether "A and B" is one name or two depends on the names
    standing alone anywhere in the corpus.
    """

    sites: list[Site] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    partner_lists: list[Site] = field(default_factory=list)


@dataclass(frozen=True)
class Reader:
    """A document layout: its name, a test that recognises it and the function that reads it.
    Readers are tried by descending priority; the first whose test passes reads the document."""

    name: str
    detect: Callable[[Document], bool]
    read: Callable[[Document], Reading]
    priority: int = 0


READERS: list[Reader] = []


def register(name: str, detect: Callable[[Document], bool], priority: int = 0):
    """Register the decorated function as the reader of a layout.

    Examples
    --------
    >>> @register("example", detect=lambda document: False, priority=-99)
    ... def read_example(document):
    ...     return Reading()
    >>> "example" in [reader.name for reader in READERS]
    True
    >>> READERS[:] = [r for r in READERS if r.name != "example"]
    """

    def decorate(read: Callable[[Document], Reading]):
        READERS.append(Reader(name, detect, read, priority))
        READERS.sort(key=lambda reader: -reader.priority)
        return read

    return decorate


def reader_for(document: Document) -> Reader:
    """The reader of the first registered layout that recognises the document."""
    for reader in READERS:
        if reader.detect(document):
            return reader
    raise LookupError(f"no reader recognises {document.name}")
