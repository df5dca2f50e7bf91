"""Rendering rows for people (rich tables) and machines (CSV, JSON)."""
from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import IO, Any


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def default_format(out: IO[str] | None = None) -> Format:
    """A table on a terminal, CSV down a pipe."""
    stream = out or sys.stdout
    return Format.table if stream.isatty() else Format.csv


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


# C0 and C1 control characters and DEL, except tab and line breaks: from input text they
# would drive the terminal (ESC sequences, BEL) of whoever reads a table or a CSV file.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A cell starting with one of these is a formula to a spreadsheet (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def terminal_safe(text: str) -> str:
    """Control characters shown as escapes (\\x1b), so that text cannot drive a terminal."""
    return _CONTROL.sub(lambda mo: f"\\x{ord(mo.group()):02x}", text)


def csv_cell(value: Any) -> Any:
    """A value for a CSV cell: control characters escaped, and text a spreadsheet would run
    as a formula prefixed with an apostrophe, as spreadsheet-aware CSV writers do."""
    if not isinstance(value, str):
        return value
    value = terminal_safe(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def render(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: Format | None, title: str | None = None,
           out: IO[str] | None = None) -> None:
    stream = out or sys.stdout
    fmt = fmt or default_format(stream)
    if fmt is Format.json:
        json.dump([{c: _plain(r.get(c)) for c in columns} for r in rows], stream, ensure_ascii=False, indent=1)
        stream.write("\n")
    elif fmt is Format.csv:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow([csv_cell(c) for c in columns])
        for r in rows:
            writer.writerow(["" if r.get(c) is None else csv_cell(_plain(r.get(c))) for c in columns])
    else:
        _table(rows, columns, title, stream)


# A terminal table shows at most this many characters of a text cell; csv and json give it whole.
TABLE_TEXT_MAX = 24


def _cell(value: Any) -> str:
    text = "" if value is None else terminal_safe(str(_plain(value)))
    return text if len(text) <= TABLE_TEXT_MAX else text[: TABLE_TEXT_MAX - 1] + "…"


def _exact(values: list[Any]) -> bool:
    """Dates, numbers and codes are shown whole; only free text may be cut."""
    return all(v is None or isinstance(v, (date, datetime, int, float)) or str(v).isdigit() for v in values)


def _widths(cells: dict[str, list[str]], exact: dict[str, bool], total: int) -> dict[str, int]:
    """Column widths that fit ``total`` cells: exact columns whole, the rest share what is left fairly."""
    from rich.cells import cell_len

    want = {c: max([cell_len(c)] + [cell_len(v) for v in vals]) for c, vals in cells.items()}
    free = sorted((c for c in cells if not exact[c]), key=lambda c: want[c])
    room = total - (len(cells) - 1) - 6 * len(free)  # one space between columns, six cells for each text column
    if sum(want[c] for c in cells if exact[c]) > room:  # too many long headers: cut headers, never values
        head = {c: want[c] for c in cells if exact[c]}
        want.update({c: max([4] + [cell_len(v) for v in cells[c]]) for c in head})
        spare = room - sum(want[c] for c in head)
        for i, c in enumerate(sorted(head, key=lambda c: head[c] - want[c])):  # shortest cuts first
            extra = max(0, min(head[c] - want[c], spare // (len(head) - i)))
            want[c] += extra
            spare -= extra
    left = total - (len(cells) - 1) - sum(want[c] for c in cells if exact[c])
    out = {c: want[c] for c in cells if exact[c]}
    for i, c in enumerate(free):  # water-filling: small columns whole, the widest share the rest
        share = max(4, left // (len(free) - i))
        out[c] = min(want[c], share)
        left -= out[c]
    return out


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str | None, stream: IO[str]) -> None:
    """A rich table that keeps one line per row at any width: dates, numbers and codes whole, texts cut (…)."""
    from rich import box
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(file=stream)
    cells = {c: [_cell(r.get(c)) for r in rows] for c in columns}
    widths = _widths(cells, {c: _exact([r.get(c) for r in rows]) for c in columns}, console.width)
    table = Table(title=terminal_safe(title) if title else None, box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 0))
    for c in columns:
        table.add_column(escape(terminal_safe(c)), no_wrap=True, overflow="ellipsis", width=widths[c])
    for i in range(len(rows)):
        table.add_row(*(escape(cells[c][i]) for c in columns))
    console.print(table)
    if not rows:
        console.print("[dim]no rows[/dim]")
