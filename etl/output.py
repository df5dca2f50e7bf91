"""Rendering rows for people (rich tables) and machines (CSV, JSON)."""
from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from typing import IO, Any


class Format(str, Enum):
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
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        table = Table(title=terminal_safe(title) if title else None, show_lines=False)
        for c in columns:
            table.add_column(escape(terminal_safe(c)), overflow="fold")
        for r in rows:
            table.add_row(*("" if r.get(c) is None else escape(terminal_safe(str(_plain(r.get(c))))) for c in columns))
        Console(file=stream).print(table)
        if not rows:
            Console(file=stream).print("[dim]no rows[/dim]")
