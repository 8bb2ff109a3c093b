"""Printing rows: a readable table (default), JSON or CSV. The one place output formats live."""

from __future__ import annotations

import csv
import io
import json
import math
import re
import sys

from .schema import checked_top

TABLE, JSON, CSV = "table", "json", "csv"


def one_line(text: str) -> str:
    r"""Text with its control characters written as escapes, so a message naming a file whose
    name holds a line break stays one line.

    >>> print(one_line("bad\nname.txt: error: file is empty"))
    bad\nname.txt: error: file is empty
    """
    return re.sub(r"[\x00-\x1f\x7f]", lambda found: repr(found.group(0))[1:-1], text)


def cell(value) -> str:
    """A value as one table or CSV cell: lists joined with '; ', nothing for None, booleans as
    true and false; a map, or a list whose items a join would not give back (maps, lists, text
    holding ';'), as JSON, as `pchgraph export csv` writes them.

    >>> cell([1, 2]), cell(None), cell(3), cell(False)
    ('1; 2', '', '3', 'false')
    >>> cell({"a": 1, "b": [1, 2]}), cell(["a;b", "c"])
    ('{"a": 1, "b": [1, 2]}', '["a;b", "c"]')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, (list, tuple, set)):
        items = list(value)
        if not joins_back(items):
            return json.dumps(items, ensure_ascii=False, default=str)
        return "; ".join(cell(v) for v in items)
    return str(value)


def joins_back(items, separator: str = ";") -> bool:
    """True when joining `items` with `separator` can be split back into them: plain values,
    none holding the separator (`pchgraph export csv` decides its list columns by this too).

    >>> joins_back(["a", 2]), joins_back(["a;b"]), joins_back([["a"]])
    (True, False, False)
    """
    return not any(isinstance(item, (list, tuple, set, dict)) or separator in str(item) for item in items)


def ranked(rows: list[dict], top: int | None, tie) -> list[dict]:
    """Rows ranked in their order, equal rows sharing a rank (1, 2, 2, 4), cut after `top`, but
    with every row that ties with the last one kept: a cut never drops one of two equal rows
    on its name alone.

    Examples
    --------
    >>> rows = [{"n": 3}, {"n": 2}, {"n": 2}, {"n": 1}]
    >>> [r["rank"] for r in ranked(rows, 2, lambda r: r["n"])]
    [1, 2, 2]
    """
    top = checked_top(top)
    previous = None
    for position, row in enumerate(rows, start=1):
        key = tie(row)
        row["rank"] = rows[position - 2]["rank"] if position > 1 and key == previous else position
        previous = key
    if not top or top >= len(rows):
        return rows
    last = tie(rows[top - 1])
    end = top
    while end < len(rows) and tie(rows[end]) == last:
        end += 1
    return rows[:end]


def render(rows: list[dict], columns: list[str], fmt: str = TABLE, title: str | None = None) -> str:
    """Rows as text in the chosen format; JSON keeps every key, table and CSV the given columns."""
    if fmt == JSON:
        return json.dumps(finite(rows), indent=2, ensure_ascii=False, default=str)
    if fmt == CSV:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row.get(c)) for c in columns])
        return buffer.getvalue().rstrip("\n")
    return table_text(rows, columns, title)


def finite(value):
    """The value with every float that is not a number or infinite as None: strict JSON has no
    NaN or Infinity, and a JSON reader refuses the text that holds them.

    >>> finite([{"x": float("nan"), "y": [1.5, float("inf")]}])
    [{'x': None, 'y': [1.5, None]}]
    """
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite(item) for item in value]
    return value


def table_text(rows: list[dict], columns: list[str], title: str | None = None) -> str:
    from rich.console import Console  # rich loads in 0.1 s; JSON and CSV output need none of it
    from rich.table import Table

    # an empty answer says so, rather than leaving an empty box to be read as a failure
    table = Table(title=title, show_lines=False, header_style="bold", caption=None if rows else "none found")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(cell(row.get(c)) for c in columns))
    width = 200 if not sys.stdout.isatty() else None
    console = Console(file=io.StringIO(), width=width, highlight=False, markup=False, emoji=False)
    console.print(table)
    return console.file.getvalue().rstrip("\n")


class ReadingProgress:
    """Progress of a long read on standard error: nothing for a read that ends within `delay`
    seconds or when standard error is not a terminal; else one line updated in place.

    Examples
    --------
    >>> progress = ReadingProgress(stream=io.StringIO())
    >>> progress("a.txt", 1, 2); progress.close()
    """

    def __init__(self, delay: float = 2.0, stream=None):
        import time

        self.clock = time.monotonic
        self.started = self.clock()
        self.delay = delay
        self.stream = stream if stream is not None else sys.stderr
        self.shown = False

    def __call__(self, name: str, number: int, total: int) -> None:
        if self.clock() - self.started < self.delay or not getattr(self.stream, "isatty", lambda: False)():
            return
        self.shown = True
        self.stream.write(f"\rpchgraph: reading document {number} of {total}: {name[:60]:<60}")
        self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()
