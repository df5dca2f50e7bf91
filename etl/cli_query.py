"""`etl query …` and `etl search`: the read side of the CLI, over etl.query.

Kept apart from etl/cli.py so the query commands can grow without touching the loader's
CLI; shared options and connecting live in etl.cli_common. Output goes through
etl.output.render: a table on a terminal, CSV in a pipe, or what --format says.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer

from etl.cli_common import DbOpt, open_db, parse_date, say_error
from etl.output import Format

query_app = typer.Typer(help="Ask the database: lockdowns, a place's timeline, events, the county x day panel, "
                        "reporters.", no_args_is_help=True)

FormatOpt = Annotated[Format | None, typer.Option(
    "--format", "-f",
    help="table (default on a terminal: the main columns), csv (default in a pipe) or json (all columns).")]
ProvinceOpt = Annotated[str | None, typer.Option(
    "--province", help="Province: name, short name or code (山西省, 山西, 140000).")]
PrefectureOpt = Annotated[str | None, typer.Option(
    "--prefecture", help="Prefecture: name, short name, path or code (晋中市, 晋中, 140700).")]
CountyOpt = Annotated[str | None, typer.Option(
    "--county", help="County-level division: name, short name, path or code (平遥县, 平遥, 山西省平遥县, 140728).")]
FromOpt = Annotated[str | None, typer.Option("--from", help="Earliest start date, YYYY-MM-DD.")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Latest start date, YYYY-MM-DD.")]
UndatedOpt = Annotated[bool, typer.Option("--undated/--no-undated",
                                          help="With --from/--to, keep events the text gives no date for.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", min=1, help="At most this many rows.")]


@contextmanager
def _place_errors() -> Iterator[None]:
    """A place that names nothing or several places: one line (candidates or suggestions), exit 2."""
    from etl.placename import PlaceError

    try:
        yield
    except PlaceError as exc:
        say_error(str(exc))
        raise typer.Exit(2) from None


def _choice(value: str | None, allowed: tuple[str, ...], option: str) -> str | None:
    if value is not None and value not in allowed:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(allowed)}", param_hint=option)
    return value


# A terminal table cannot hold 20-30 columns legibly: it shows these; csv and json show all.
TABLE_COLUMNS: dict[str, list[str]] = {
    "LockdownRow": ["county", "start_date", "end_date", "not_after", "scope_name", "evidence", "event_id"],
    "EventRow": ["event_id", "type", "county", "start_date", "not_after", "scope_name", "evidence"],
    "TimelineRow": ["date", "not_after", "type", "scope_name", "adcode", "evidence", "event_id"],
    "PanelRow": ["county", "adcode", "day", "c6_stay_at_home", "c6_general", "c6_assumed_end", "c1_school_closing",
                 "h2_testing"],
}


def _show(rows: list[Any], row_type: type, fmt: Format | None, title: str) -> None:
    from etl.output import default_format, render
    from etl.query import as_dicts, columns

    fmt = fmt or default_format()
    cols = TABLE_COLUMNS.get(row_type.__name__, []) if fmt is Format.table else []
    render(as_dicts(rows), cols or columns(row_type), fmt, title=title)


@query_app.command("lockdowns")
def lockdowns_command(
    province: ProvinceOpt = None, prefecture: PrefectureOpt = None, county: CountyOpt = None,
    date_from: FromOpt = None, date_to: ToOpt = None,
    scope: Annotated[str | None, typer.Option(
        "--scope", help="county, town, community, campus, road or other.")] = None,
    undated: UndatedOpt = True, limit: LimitOpt = None, db: DbOpt = None, fmt: FormatOpt = None,
) -> None:
    """Lockdown events, one row each, by county and start date (the CSV contract of docs/design.md)."""
    from etl import query

    d_from, d_to = parse_date(date_from, "--from"), parse_date(date_to, "--to")
    _choice(scope, query.SCOPES, "--scope")
    with open_db(db).connect() as conn, _place_errors():
        rows = query.lockdowns(conn, province=province, prefecture=prefecture, county=county, date_from=d_from,
                               date_to=d_to, scope=scope, include_undated=undated, limit=limit)
    _show(rows, query.LockdownRow, fmt, "lockdowns")


@query_app.command("timeline")
def timeline_command(
    place: Annotated[str, typer.Argument(
        help="A place at any level: name, short name, path or code (平遥县, 平遥, 拉萨市城关区, 140728, 山西大学).")],
    type_: Annotated[str | None, typer.Option(
        "--type", help="Only events of this type (lockdown, mass_testing…).")] = None,
    db: DbOpt = None, fmt: FormatOpt = None,
) -> None:
    """Every event at PLACE or inside it, oldest first."""
    from etl import query

    _choice(type_, query.EVENT_TYPES, "--type")
    with open_db(db).connect() as conn, _place_errors():
        rows = query.timeline(conn, place, type=type_)
    _show(rows, query.TimelineRow, fmt, f"timeline of {place}")


@query_app.command("events")
def events_command(
    type_: Annotated[str | None, typer.Option(
        "--type", help="lockdown, mass_testing, case_report, school_closure…")] = None,
    province: ProvinceOpt = None, prefecture: PrefectureOpt = None, county: CountyOpt = None,
    date_from: FromOpt = None, date_to: ToOpt = None,
    scope: Annotated[str | None, typer.Option(
        "--scope", help="county, town, community, campus, road or other.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="e.g. static_management, confirmed.")] = None,
    undated: UndatedOpt = True, limit: LimitOpt = None, db: DbOpt = None, fmt: FormatOpt = None,
) -> None:
    """Events of every type with their place and county names and codes, by date."""
    from etl import query

    d_from, d_to = parse_date(date_from, "--from"), parse_date(date_to, "--to")
    _choice(type_, query.EVENT_TYPES, "--type")
    _choice(scope, query.SCOPES, "--scope")
    with open_db(db).connect() as conn, _place_errors():
        rows = query.events(conn, type=type_, province=province, prefecture=prefecture, county=county, date_from=d_from,
                            date_to=d_to, scope=scope, kind=kind, include_undated=undated, limit=limit)
    _show(rows, query.EventRow, fmt, "events")


@query_app.command("panel")
def panel_command(
    province: ProvinceOpt = None, prefecture: PrefectureOpt = None, county: CountyOpt = None,
    date_from: Annotated[str | None, typer.Option("--from", help="First day, YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last day, YYYY-MM-DD.")] = None,
    db: DbOpt = None, fmt: FormatOpt = None,
) -> None:
    """County-days with a measure in force: OxCGRT C6/C1/H2 ordinals, targeted or general, assumed ends
    (v_county_day)."""
    from etl import query

    d_from, d_to = parse_date(date_from, "--from"), parse_date(date_to, "--to")
    with open_db(db).connect() as conn, _place_errors():
        rows = query.panel(conn, province=province, prefecture=prefecture, county=county, date_from=d_from,
                           date_to=d_to)
    _show(rows, query.PanelRow, fmt, "county x day panel")


@query_app.command("reporters")
def reporters_command(
    newspaper: Annotated[str | None, typer.Option("--newspaper", help="Only people of this newspaper.")] = None,
    role: Annotated[str | None, typer.Option("--role", help="reporter, correspondent, photographer, editor…")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest publication date, YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest publication date, YYYY-MM-DD.")] = None,
    db: DbOpt = None, fmt: FormatOpt = None,
) -> None:
    """Contributors with their number of items and first and last publication dates."""
    from etl import query

    d_from, d_to = parse_date(date_from, "--from"), parse_date(date_to, "--to")
    _choice(role, query.ROLES, "--role")
    with open_db(db).connect() as conn:
        rows = query.reporters(conn, newspaper=newspaper, role=role, date_from=d_from, date_to=d_to)
    _show(rows, query.ReporterRow, fmt, "reporters")


def search_command(
    text: Annotated[str, typer.Argument(help="Words to find, e.g. 核酸检测 (segmented like the index).")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many articles.")] = 20,
    db: DbOpt = None, fmt: FormatOpt = None,
) -> None:
    """Full-text search of headlines and bodies, best match first; the snippet shows the words in square brackets."""
    from etl import query
    from etl.search import QueryTooLong

    if len(text) > 1_000_000:  # (segmenting megabytes of query would take minutes first)
        say_error(f"the query is {len(text)} characters long; at most a few words are searched together")
        raise typer.Exit(2)
    with open_db(db).connect() as conn:
        try:
            rows = query.search(conn, text, limit=limit)
        except QueryTooLong as exc:
            say_error(str(exc))
            raise typer.Exit(2) from None
    _show(rows, query.SearchRow, fmt, f"search: {text}")
    if not rows and (fmt is Format.table or (fmt is None and sys.stdout.isatty())):
        typer.echo("no article contains every word of the query", err=True)
