"""What every `etl` command shares: the --db option, error lines, dates, connecting."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

import typer

from etl.output import Format

DbOpt = Annotated[Optional[str], typer.Option("--db", help="Database URL (else $ETL_DATABASE_URL, else sqlite:///epinews.db).",
                                              show_default=False)]
FormatOpt = Annotated[Optional[Format], typer.Option("--format", "-f", help="table (default on a terminal), csv (default in a pipe) or json.")]


def say_error(message: str) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)


def open_db(url: str | None, migrate: bool = False):  # type: ignore[no-untyped-def]
    """The engine for --db, connected and (for writers) migrated; exits with a sentence on failure."""
    from db.engine import DatabaseError, check_connection, get_engine, recorded_revision, redact

    try:
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


def connect_db(url: str | None):  # type: ignore[no-untyped-def]
    from db.engine import DatabaseError, check_connection, get_engine

    try:
        engine = get_engine(url)
        check_connection(engine)
    except DatabaseError as exc:
        say_error(str(exc))
        raise typer.Exit(2) from None
    return engine
