"""What every `etl` command shares: the --db option, error lines, dates, connecting."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from etl.output import Format

if TYPE_CHECKING:
    from sqlalchemy import Engine

DbOpt = Annotated[str | None, typer.Option("--db", help="Database URL (else $ETL_DATABASE_URL, else sqlite:///epinews.db).",
                                              show_default=False)]
FormatOpt = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="table (default on a terminal), csv (default in a pipe) or json."),
]


def say_error(message: str) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)


_SCHEME_TYPO = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?!//)")


def check_url(url: str | None, create: bool) -> None:
    """Refuse, before anything touches the disk, a --db that would create the wrong thing.

    ``sqlite:/x.db`` (a slash missing) would otherwise become a folder called ``sqlite:``;
    a command that only reads must not leave an empty SQLite file behind a typo, or an
    ``epinews.db`` in whatever folder it was run from.
    """
    from db.engine import DatabaseError, resolve_url

    if url and _SCHEME_TYPO.match(url) and not re.match(r"^[A-Za-z]:[\\/]", url):
        raise DatabaseError(f"{url!r} is not a database URL: write sqlite:///FILE (three slashes) or postgresql://USER@HOST/DB")
    parsed = resolve_url(url)
    path = parsed.database if parsed.drivername.startswith("sqlite") else None
    if not create and path and path != ":memory:" and not Path(path).exists():
        raise DatabaseError(f"no database at {path}: check --db, or create one with `etl load` or `etl db upgrade`")


def open_db(url: str | None, migrate: bool = False) -> Engine:
    """The engine for --db, connected and (for writers) migrated; exits with a sentence on failure."""
    from db.engine import DatabaseError, check_connection, get_engine, recorded_revision, redact

    try:
        check_url(url, create=migrate)
        engine = get_engine(url)
        check_connection(engine)
        if migrate:
            from db.engine import ensure_schema, head_revision

            if ensure_schema(engine):
                typer.echo(f"schema of {redact(engine.url)} upgraded to {head_revision(engine)}", err=True)
        elif recorded_revision(engine) is None:  # readers skip Alembic's import: queries start fast
            raise DatabaseError(f"{redact(engine.url)} has no schema yet: run `etl db upgrade` (or `etl load`) first")
    except DatabaseError as exc:
        say_error(str(exc))
        raise typer.Exit(2) from None
    return engine


def parse_date(value: str | None, option: str, edition: bool = False) -> date | None:
    """A YYYY-MM-DD option; an edition date must also lie within etl.read.EDITION_YEARS."""
    if value is None:
        return None
    from etl.read import parse_date as parse_edition_date

    try:
        return parse_edition_date(value) if edition else date.fromisoformat(value)
    except ValueError as exc:
        message = str(exc) if edition else f"{value!r} is not a date (YYYY-MM-DD)"
        raise typer.BadParameter(message, param_hint=option) from None


def connect_db(url: str | None, create: bool = False) -> Engine:
    """The engine for --db, connected; only ``create`` may bring a new SQLite file into being."""
    from db.engine import DatabaseError, check_connection, get_engine

    try:
        check_url(url, create=create)
        engine = get_engine(url)
        check_connection(engine)
    except DatabaseError as exc:
        say_error(str(exc))
        raise typer.Exit(2) from None
    return engine
