"""Rendering rows for people (rich tables) and machines (CSV, JSON)."""
from __future__ import annotations

import csv
import json
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


def render(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: Format | None, title: str | None = None,
           out: IO[str] | None = None) -> None:
    stream = out or sys.stdout
    fmt = fmt or default_format(stream)
    if fmt is Format.json:
        json.dump([{c: _plain(r.get(c)) for c in columns} for r in rows], stream, ensure_ascii=False, indent=1)
        stream.write("\n")
    elif fmt is Format.csv:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow(["" if r.get(c) is None else _plain(r.get(c)) for c in columns])
    else:
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        table = Table(title=title, show_lines=False)
        for c in columns:
            table.add_column(escape(c), overflow="fold")
        for r in rows:
            table.add_row(*("" if r.get(c) is None else escape(str(_plain(r.get(c)))) for c in columns))
        Console(file=stream).print(table)
        if not rows:
            Console(file=stream).print("[dim]no rows[/dim]")
