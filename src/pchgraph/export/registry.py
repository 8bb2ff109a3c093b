"""The registry of export formats: each format module registers a writer, and `export` writes
with whichever the name picks; nothing above asks which."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from ..errors import UsageError


@dataclass(frozen=True)
class Format:
    """An output format: its name, one line of help, whether OUT is a folder, and its writer,
    ``write(graph, out, **options) -> list of paths written`` (options a format does not use are
    ignored)."""

    name: str
    help: str
    write: Callable[..., list[Path]]
    folder: bool = False


FORMATS: dict[str, Format] = {}


def register(name: str, help: str, folder: bool = False):
    """Register the decorated function as the writer of format `name`."""

    def decorate(write: Callable[..., list[Path]]):
        FORMATS[name] = Format(name, help, write, folder)
        return write

    return decorate


def export(graph: nx.MultiDiGraph, fmt: str, out: Path, **options) -> list[Path]:
    """Write the graph in a registered format.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph, or the part `selection` chose.
    fmt : str
        A format name: one of ``FORMATS``.
    out : Path
        The file to write (a folder for folder formats such as csv).
    **options
        Format options (``title``, ``size_by`` for html); others ignore them.

    Returns
    -------
    list of Path
        The files written.

    Examples
    --------
    >>> import tempfile
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("site:s", kind="site", name="S")
    >>> [p.name for p in export(g, "graphml", Path(tempfile.mkdtemp()) / "g.graphml")]
    ['g.graphml']
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown format '{fmt}'; expected one of: {', '.join(FORMATS)}", where="fmt")
    return FORMATS[fmt].write(graph, Path(out), **options)
