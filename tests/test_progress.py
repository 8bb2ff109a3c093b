"""A long read says how far it has got, on a terminal only, and clears the line at the end."""

from __future__ import annotations

import io

from pchgraph.output import ReadingProgress
from pchgraph.readers import read_sources


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_after_the_delay_and_is_cleared(folder):
    sources = folder({"a.txt": "The Exampletown Alliance\n\nIt works with Kent County Council.\n"}, with_seeds=True)
    screen = Terminal()
    progress = ReadingProgress(delay=0, stream=screen)
    read_sources(sources, progress)
    progress.close()
    assert "reading document 6 of 6: a.txt" in screen.getvalue()
    assert screen.getvalue().endswith("\r" + " " * 100 + "\r")


def test_no_progress_for_a_quick_read_or_a_pipe(folder):
    sources = folder({"a.txt": "The Exampletown Alliance\n\nIt works with Kent County Council.\n"})
    for stream, delay in ((Terminal(), 60), (io.StringIO(), 0)):
        progress = ReadingProgress(delay=delay, stream=stream)
        read_sources(sources, progress)
        progress.close()
        assert stream.getvalue() == ""
