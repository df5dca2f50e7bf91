"""The `etl` command: a thin layer over the library (etl.load, etl.export, etl.query, db.engine).

Heavy libraries (SQLAlchemy, jieba, the gazetteer) are imported inside commands so that
`etl --help` starts fast.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from etl.cli_common import DbOpt, FormatOpt, connect_db, open_db, parse_date, say_error
from etl.output import Format

app = typer.Typer(help="Chinese local-newspaper pages -> a research database of epidemic-control measures.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
db_app = typer.Typer(help="Create, upgrade and inspect the database schema (Alembic).", no_args_is_help=True)
gaz_app = typer.Typer(help="The administrative-division gazetteer.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(gaz_app, name="gazetteer")

# --- db ---------------------------------------------------------------------------------


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument(help="Target revision.")] = "head", db: DbOpt = None) -> None:
    """Upgrade the schema (default: to the newest revision)."""
    from db.engine import current_revision, redact, upgrade

    engine = connect_db(db)
    upgrade(engine, revision)
    typer.echo(f"{redact(engine.url)} is at revision {current_revision(engine)}")


@db_app.command("downgrade")
def db_downgrade(revision: Annotated[str, typer.Argument(help="Target revision, e.g. -1 or base.")], db: DbOpt = None) -> None:
    """Downgrade the schema to REVISION (`base` removes every table)."""
    from db.engine import current_revision, downgrade, redact

    engine = connect_db(db)
    downgrade(engine, revision)
    typer.echo(f"{redact(engine.url)} is at revision {current_revision(engine) or 'base'}")


@db_app.command("current")
def db_current(db: DbOpt = None) -> None:
    """Show the schema revision of the database and the newest one available."""
    from db.engine import current_revision, head_revision, redact

    engine = connect_db(db)
    cur, head = current_revision(engine), head_revision(engine)
    state = "up to date" if cur == head else "behind: run `etl db upgrade`"
    typer.echo(f"{redact(engine.url)}: revision {cur or 'base'} (head {head}, {state})")


# --- load / export / eval ---------------------------------------------------------------


def _summary(row: dict[str, object], fmt: Format | None, title: str) -> None:
    """A summary for the person (a two-column table on stderr) or one record for machines (stdout)."""
    from etl.output import render

    if fmt in (None, Format.table):
        render([{"": k, "count": v} for k, v in row.items()], ["", "count"], Format.table, title=title,
               out=sys.stderr if fmt is None else sys.stdout)
    else:
        render([row], list(row), fmt)


@app.command()
def load(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (folders: *.txt recursively, manifest.csv read).")],
    db: DbOpt = None,
    edition_date: Annotated[Optional[str], typer.Option(help="Edition date YYYY-MM-DD for files no manifest covers.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes (one writer).")] = 1,
    fmt: FormatOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    shard: Annotated[Optional[str], typer.Option(metavar="K/N", help="Load only shard K of N (by a hash of each file's path "
                                                 "relative to the folder given; run N loaders, K = 1..N, on one database).")] = None,
) -> None:
    """Load page dumps and article texts: split, extract and store them, one transaction per file."""
    from rich.console import Console

    from etl.load import load_paths
    from etl.shard import parse_shard

    ed = parse_date(edition_date, "--edition-date")
    try:
        part = parse_shard(shard) if shard is not None else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--shard") from None
    engine = open_db(db, migrate=True)
    console = Console(stderr=True)
    progress = None
    task = None
    show = console.is_terminal and not quiet

    def on_start(total: int) -> None:
        nonlocal progress, task
        if show:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            progress = Progress(TextColumn("loading"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                TextColumn("{task.description}"), console=console, transient=True)
            progress.start()
            task = progress.add_task("", total=total)

    def on_file(result, outcome: str) -> None:  # type: ignore[no-untyped-def]
        if result.error:
            console.print(f"[red]error:[/red] {result.source.path}: {result.error}", highlight=False, soft_wrap=True)
        for warning in result.warnings:
            console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False, soft_wrap=True)
        if progress is not None:
            progress.update(task, advance=1, description=result.source.name)

    try:
        stats = load_paths(engine, paths, edition_date=ed, workers=workers, on_file=on_file, on_start=on_start, shard=part)
    finally:
        if progress is not None:
            progress.stop()
    for note in stats.notes:
        console.print(f"[cyan]note:[/cyan] {note}", highlight=False, soft_wrap=True)
    row = {"files": stats.files, "loaded": stats.loaded, "replaced": stats.replaced, "unchanged": stats.unchanged,
           "failed": stats.failed, "articles": stats.articles, "duplicates": stats.duplicates, "people": stats.people,
           "places": stats.distinct_places, "mentions": stats.mentions, "events": stats.events, "seconds": round(stats.seconds, 2)}
    # The summary is for the person (a table on stderr) unless a machine format is asked for.
    _summary(row, fmt, "load summary")
    if stats.failed:
        raise typer.Exit(1)


@app.command()
def reprocess(
    db: DbOpt = None,
    everything: Annotated[bool, typer.Option("--all", help="Re-extract every file, not only those of older extractor versions.")] = False,
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes (one writer).")] = 1,
    fmt: FormatOpt = None,
) -> None:
    """Re-run extraction on the stored raw text of files loaded by an older extractor version."""
    from rich.console import Console

    from etl.load import reprocess as run

    engine = open_db(db, migrate=True)
    console = Console(stderr=True)
    stats = run(engine, everything=everything, workers=workers,
                on_file=lambda path, error: error and console.print(f"[red]error:[/red] {path}: {error}", highlight=False))
    row = {"files": stats.files, "reprocessed": stats.replaced, "failed": stats.failed, "articles": stats.articles,
           "people": stats.people, "places": stats.distinct_places, "mentions": stats.mentions, "events": stats.events, "seconds": round(stats.seconds, 2)}
    _summary(row, fmt, "reprocess summary")
    if stats.failed:
        raise typer.Exit(1)


@gaz_app.command("load")
def gazetteer_load(
    db: DbOpt = None,
    province: Annotated[Optional[list[str]], typer.Option(help="Only this province's subtree (repeatable), e.g. 山西省.")] = None,
) -> None:
    """Store the whole official tree (province .. community, about 700k places) as the place dimension."""
    from rich.console import Console
    from rich.progress import Progress

    from etl.load import load_gazetteer

    engine = open_db(db, migrate=True)
    console = Console(stderr=True)
    with Progress(console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task("gazetteer", total=None)
        try:
            added = load_gazetteer(engine, on_progress=lambda done, total: progress.update(task, completed=done, total=total),
                                   provinces=province or ())
        except ValueError as exc:
            say_error(str(exc))
            raise typer.Exit(2) from None
    console.print(f"{added} places added")


@app.command()
def export(
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (the contract in DESIGN.md).")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: standard output).")] = None,
) -> None:
    """Export every article with its contributors, places and events as JSON lines."""
    from etl.export import write_jsonl

    if fmt != "jsonl":
        raise typer.BadParameter("only jsonl is supported", param_hint="--format")
    engine = open_db(db)
    with engine.connect() as conn:
        if output:
            with output.open("w", encoding="utf-8") as fh:
                n = write_jsonl(conn, fh)
            typer.echo(f"{n} articles written to {output}", err=True)
        else:
            write_jsonl(conn, sys.stdout)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold annotations, JSON lines (see tests/gold/seeds.jsonl).")],
    export_file: Annotated[Optional[Path], typer.Option("--export", help="Score this export file instead of the database.")] = None,
    db: DbOpt = None,
    fmt: FormatOpt = None,
    min_f1: Annotated[Optional[float], typer.Option(help="Exit 1 when the mean F1 is below this.")] = None,
) -> None:
    """Score the database (or an export file) against gold: precision, recall and F1 per field."""
    import json

    from etl.evaluate import as_rows, mean_f1, score
    from etl.output import render

    def read_jsonl(path: Path) -> list[dict]:
        try:
            return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        except (OSError, ValueError) as exc:
            say_error(f"{path}: {exc}")
            raise typer.Exit(2) from None

    gold_rows = read_jsonl(gold)
    if export_file:
        exported = read_jsonl(export_file)
    else:
        from etl.export import article_records

        with open_db(db).connect() as conn:
            exported = list(article_records(conn))
    scores = score(gold_rows, exported)
    rows = as_rows(scores)
    render(rows, list(rows[0]), fmt, title=f"{gold.name}: mean F1 {mean_f1(scores):.3f}")
    if fmt is not Format.table and (fmt or not sys.stdout.isatty()):
        typer.echo(f"mean F1 {mean_f1(scores):.3f}", err=True)
    if min_f1 is not None and mean_f1(scores) < min_f1:
        raise typer.Exit(1)


@db_app.command("grant-readonly")
def db_grant_readonly(
    role: Annotated[str, typer.Argument(help="Role to create or update, e.g. bi_reader (lower-case letters, digits, _).")],
    password: Annotated[Optional[str], typer.Option("--password", envvar="ETL_READONLY_PASSWORD",
                                                    help="Login password (or $ETL_READONLY_PASSWORD).")] = None,
    db: DbOpt = None,
) -> None:
    """PostgreSQL: a login that can SELECT every table and view, now and after upgrades, and change nothing."""
    from db.engine import redact
    from db.roles import RoleError, grant_readonly

    engine = connect_db(db)
    try:
        result = grant_readonly(engine, role, password)
    except RoleError as exc:
        say_error(str(exc))
        raise typer.Exit(2) from None
    for note in result.notes:
        typer.secho(f"note: {note}", fg=typer.colors.YELLOW, err=True)
    verb = "created" if result.created else "updated"
    typer.echo(f"{verb} read-only role {result.role} on {redact(engine.url)} (schema {result.schema})")


from etl.cli_query import query_app, search_command  # noqa: E402

app.add_typer(query_app, name="query")
app.command("search")(search_command)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
