"""The `etl` command: a thin layer over the library (etl.load, etl.export, etl.query, db.engine).

Heavy libraries (SQLAlchemy, jieba, the gazetteer) are imported inside commands so that
`etl --help` starts fast.
"""
from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated

import typer

from etl.cli_common import DbOpt, FormatOpt, connect_db, open_db, parse_date, say_error
from etl.output import Format

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

    from etl.pipeline import PageResult

app = typer.Typer(help="Chinese local-newspaper pages -> a research database of epidemic-control measures.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
db_app = typer.Typer(help="Create, upgrade and inspect the database schema (Alembic).", no_args_is_help=True)
gaz_app = typer.Typer(help="The administrative-division gazetteer.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(gaz_app, name="gazetteer")


def _show_version(value: bool) -> None:
    """`etl --version`: the versions, and whether extraction runs compiled (ETL_COMPILE=1, README)."""
    if not value:
        return
    from etl import __version__
    from etl.extract import EXTRACTOR_VERSION, compiled

    how = "yes" if compiled() else "no"
    typer.echo(f"etl {__version__} (extractor {EXTRACTOR_VERSION}; compiled extraction: {how})")
    raise typer.Exit()


@app.callback()
def _options(version: Annotated[bool, typer.Option(
        "--version", callback=_show_version, is_eager=True, help="Show the version and whether extraction is compiled."
        )] = False) -> None:
    # the app's help is the Typer's own (a docstring here would replace it)
    pass


# --- db ---------------------------------------------------------------------------------


@contextmanager
def _revision_errors() -> Iterator[None]:
    """An unknown or unreachable revision (`etl db upgrade 0009`) or a failing migration
    (disk full, permission denied): one line, exit 2."""
    from alembic.script.revision import RevisionError
    from alembic.util import CommandError

    from db.engine import DatabaseError

    try:
        yield
    except DatabaseError as exc:
        say_error(str(exc))
        raise typer.Exit(2) from None
    except (CommandError, RevisionError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        say_error(f"{reason} (revisions: `etl db current`; use head, base, -1 or a revision id)")
        raise typer.Exit(2) from None


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument(help="Target revision.")] = "head", db: DbOpt = None) -> None:
    """Upgrade the schema (default: to the newest revision)."""
    from db.engine import current_revision, redact, upgrade

    engine = connect_db(db, create=True)
    with _revision_errors():
        upgrade(engine, revision)
    typer.echo(f"{redact(engine.url)} is at revision {current_revision(engine)}")


@db_app.command("downgrade", context_settings={"ignore_unknown_options": True})  # `-1` is a revision, not an option
def db_downgrade(revision: Annotated[str, typer.Argument(help="Target revision, e.g. -1 or base.")],
                 db: DbOpt = None) -> None:
    """Downgrade the schema to REVISION (`base` removes every table)."""
    from db.engine import current_revision, downgrade, redact

    engine = connect_db(db)
    with _revision_errors():
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


def say(console: Console, label: str, message: str) -> None:
    """One labelled line on stderr; the message (paths and text from the input) can neither
    carry rich markup nor terminal control sequences nor undecodable bytes."""
    from rich.markup import escape

    from etl.output import terminal_safe
    from etl.read import printable_path

    console.print(f"{label} {escape(terminal_safe(printable_path(message)))}", highlight=False, soft_wrap=True)


@contextmanager
def _interruptible(console: Console, done: dict[str, int], received: list[int]) -> Iterator[None]:
    """Ctrl-C (exit 130) and SIGTERM (exit 143) end the load with a line saying what was
    committed: every file reported before is stored whole, the files in progress (at most one
    batch) are rolled back, and the same command resumes (stored files are skipped as unchanged).
    ``received`` records the signals, so the load also stops at its next committed file if a
    driver absorbed the first interruption (a cancelled query read as a failed statement)."""
    import signal

    def terminate(signum: int, _frame: FrameType | None) -> None:
        # KeyboardInterrupt, not an ordinary exception: database drivers cancel the running
        # statement and re-raise it, where another exception could be taken for a lost
        # connection and retried.
        received.append(signum)
        raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, terminate) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    except KeyboardInterrupt:
        committed = ", ".join(f"{n} {k}" for k, n in sorted(done.items())) or "no file"
        what = "terminated" if signal.SIGTERM in received else "interrupted"
        say(console, "[red]error:[/red]", f"{what}: committed before stopping: {committed}; the files in progress "
            "(at most one batch) were rolled back. Run the same command again to resume: stored files are skipped "
            "as unchanged.")
        raise typer.Exit(143 if signal.SIGTERM in received else 130) from None
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _summary(row: dict[str, object], fmt: Format | None, title: str) -> None:
    """A summary for the person (a two-column table on stderr) or one record for machines (stdout)."""
    from etl.output import render

    if fmt in (None, Format.table):
        render([{"": k, "count": v} for k, v in row.items()], ["", "count"], Format.table, title=title,
               out=sys.stderr if fmt is None else sys.stdout)
    else:
        render([row], list(row), fmt)


class _LoadReport:
    """What a load shows while it runs: a progress bar (on a terminal, unless --quiet), a line per
    failed file or warning, and the count of files per outcome for the interruption message."""

    def __init__(self, console: Console, show: bool) -> None:
        self.console = console
        self.show = show
        self.progress: Progress | None = None
        self.task: TaskID | None = None
        self.done: dict[str, int] = {}
        self.signals: list[int] = []  # SIGTERM / SIGINT received (see _interruptible)

    def on_start(self, total: int) -> None:
        if self.show:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.progress = Progress(TextColumn("loading"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                     TextColumn("{task.description}"), console=self.console, transient=True)
            self.progress.start()
            self.task = self.progress.add_task("", total=total)

    def on_file(self, result: PageResult, outcome: str) -> None:
        from etl.read import printable_path

        self.done[outcome] = self.done.get(outcome, 0) + 1
        if result.error:
            say(self.console, "[red]error:[/red]", f"{printable_path(str(result.source.path))}: {result.error}")
        for warning in result.warnings:
            say(self.console, "[yellow]warning:[/yellow]", warning)
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, advance=1, description=result.source.name)
        if self.signals:
            raise KeyboardInterrupt  # asked to stop: this file is committed, go no further

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()


@contextmanager
def _start_up() -> Iterator[None]:
    """A command's start-up (imports, the schema check, the gazetteer and what is built on
    it) with the garbage collector off, and what it made frozen out of later collections.

    Start-up leaves about 150,000 long-lived containers (modules, compiled patterns, the
    place index) and makes no garbage worth collecting: collected, it cost four full
    collections while it ran and every later full collection walked it again (0.4 CPU s of
    a 5 MB load, docs/benchmarks.md round 11). Frozen objects are still freed by reference
    counting. The process is the command's own: a library caller's collector is left alone.
    """
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


@app.command()
def load(
    paths: Annotated[list[Path], typer.Argument(
        help="Files and folders (folders: *.txt recursively, manifest.csv read).")],
    db: DbOpt = None,
    edition_date: Annotated[str | None, typer.Option(
        help="Edition date YYYY-MM-DD for files no manifest covers.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes (one writer).")] = 1,
    fmt: FormatOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    follow_symlinks: Annotated[bool, typer.Option("--follow-symlinks", help="Also follow symlinks in folders that lead "
                                                  "outside the paths given (never to devices or pipes).")] = False,
    shard: Annotated[str | None, typer.Option(
        metavar="K/N", help="Load only shard K of N (by a hash of each file's path relative to the folder given; "
                            "run N loaders, K = 1..N, on one database).")] = None,
) -> None:
    """Load page dumps and article texts: split, extract and store them, each file all or nothing."""
    from rich.console import Console

    from etl.load import load_paths
    from etl.pipeline import warm_up
    from etl.shard import parse_shard

    ed = parse_date(edition_date, "--edition-date", edition=True)
    try:
        part = parse_shard(shard) if shard is not None else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--shard") from None
    with _start_up():
        engine = open_db(db, migrate=True)
        warm_up()
    console = Console(stderr=True)
    report = _LoadReport(console, show=console.is_terminal and not quiet)
    try:
        with _interruptible(console, report.done, report.signals):
            stats = load_paths(engine, paths, edition_date=ed, workers=workers, on_file=report.on_file,
                               on_start=report.on_start, follow_symlinks=follow_symlinks, shard=part)
    finally:
        report.stop()
    for note in stats.notes:
        say(console, "[cyan]note:[/cyan]", note)
    row: dict[str, object] = {
        "files": stats.files, "loaded": stats.loaded, "replaced": stats.replaced, "unchanged": stats.unchanged,
        "failed": stats.failed, "articles": stats.articles, "duplicates": stats.duplicates, "people": stats.people,
        "places": stats.distinct_places, "mentions": stats.mentions, "events": stats.events,
        "seconds": round(stats.seconds, 2)}
    # The summary is for the person (a table on stderr) unless a machine format is asked for.
    _summary(row, fmt, "load summary")
    if stats.failed:
        raise typer.Exit(1)


@app.command()
def reprocess(
    db: DbOpt = None,
    everything: Annotated[bool, typer.Option(
        "--all", help="Re-extract every file, not only those of older extractor versions.")] = False,
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes (one writer).")] = 1,
    fmt: FormatOpt = None,
) -> None:
    """Re-run extraction on the stored raw text of files loaded by an older extractor version."""
    from rich.console import Console

    from etl.load import reprocess as run

    engine = open_db(db, migrate=True)
    console = Console(stderr=True)

    def on_file(path: str, error: str | None) -> None:
        if error:
            say(console, "[red]error:[/red]", f"{path}: {error}")

    stats = run(engine, everything=everything, workers=workers, on_file=on_file)
    row: dict[str, object] = {
        "files": stats.files, "reprocessed": stats.replaced, "failed": stats.failed, "articles": stats.articles,
        "people": stats.people, "places": stats.distinct_places, "mentions": stats.mentions, "events": stats.events,
        "seconds": round(stats.seconds, 2)}
    _summary(row, fmt, "reprocess summary")
    if stats.failed:
        raise typer.Exit(1)


@gaz_app.command("load")
def gazetteer_load(
    db: DbOpt = None,
    province: Annotated[list[str] | None, typer.Option(
        help="Only this province's subtree (repeatable), e.g. 山西省.")] = None,
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
            added = load_gazetteer(engine, provinces=province or (),
                                   on_progress=lambda done, total: progress.update(task, completed=done, total=total))
        except ValueError as exc:
            say_error(str(exc))
            raise typer.Exit(2) from None
    console.print(f"{added} places added")


@app.command()
def export(
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (the contract in docs/design.md).")] = "jsonl",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="File to write (default: standard output).")] = None,
) -> None:
    """Export every article with its contributors, places and events as JSON lines."""
    from etl.export import write_jsonl

    if fmt != "jsonl":
        raise typer.BadParameter("only jsonl is supported", param_hint="--format")
    if output is not None and not output.parent.is_dir():
        say_error(f"cannot write {output}: no folder {output.parent} (create it first)")
        raise typer.Exit(2)
    engine = open_db(db)
    with engine.connect() as conn:
        if output:
            try:
                with output.open("w", encoding="utf-8") as fh:
                    n = write_jsonl(conn, fh)
            except OSError as exc:
                say_error(f"cannot write {output}: {exc.strerror or exc}")
                raise typer.Exit(2) from None
            typer.echo(f"{n} articles written to {output}", err=True)
        else:
            write_jsonl(conn, sys.stdout)


@app.command()
def report(
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="Folder to write index.html into (created when missing; its parent must exist).")],
    db: DbOpt = None,
    province: Annotated[str | None, typer.Option(
        "--province", help="Only this province: name, short name or code.")] = None,
    county: Annotated[str | None, typer.Option(
        "--county", help="Only this county: name, short name, path or code.")] = None,
) -> None:
    """A static HTML report (one file, opens offline): C6 heat maps per province, a timeline per county."""
    from etl.placename import PlaceError
    from etl.report import render, write
    from etl.report_data import REPORT_TYPES, collect

    if output.exists() and not output.is_dir():
        say_error(f"cannot write the report into {output}: it is a file, not a folder")
        raise typer.Exit(2)
    if not output.parent.is_dir():
        say_error(f"cannot write the report into {output}: no folder {output.parent} (create it first)")
        raise typer.Exit(2)
    with open_db(db).connect() as conn:
        try:
            data = collect(conn, province=province, county=county)
        except PlaceError as exc:
            say_error(str(exc))
            raise typer.Exit(2) from None
    if not data.parts:
        where = f"in {data.where}" if data.where else "in the database (load pages first: `etl load FOLDER`)"
        say_error(f"nothing to report: no measure, testing or case event ({', '.join(REPORT_TYPES)}) "
                  f"with a county {where}")
        raise typer.Exit(1)
    try:
        target = write(render(data), output)
    except OSError as exc:
        say_error(f"cannot write the report into {output}: {exc.strerror or exc}")
        raise typer.Exit(2) from None
    n = len(data.parts)
    typer.echo(f"report of {n} {'county' if n == 1 else 'counties'} written to {target}", err=True)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold annotations, JSON lines (see tests/gold/seeds.jsonl).")],
    export_file: Annotated[Path | None, typer.Option(
        "--export", help="Score this export file instead of the database.")] = None,
    db: DbOpt = None,
    fmt: FormatOpt = None,
    min_f1: Annotated[float | None, typer.Option(help="Exit 1 when the mean F1 is below this.")] = None,
    why: Annotated[bool, typer.Option("--why", help="Count the mistakes by field and class instead.")] = False,
    listed: Annotated[bool, typer.Option("--mistakes", help="List every mistake: file, field, class, values.")] = False,
) -> None:
    """Score the database (or an export file) against gold: precision, recall and F1 per field."""
    from etl.evaluate import as_rows, mean_f1, mistake_rows, read_jsonl, score, score_and_mistakes, why_counts
    from etl.output import render

    def read_or_exit(path: Path) -> list[dict]:
        try:
            return read_jsonl(path)
        except (OSError, ValueError) as exc:
            say_error(f"{path}: {exc}")
            raise typer.Exit(2) from None

    gold_rows = read_or_exit(gold)
    if export_file:
        exported = read_or_exit(export_file)
    else:
        from etl.export import article_records

        with open_db(db).connect() as conn:
            exported = list(article_records(conn))
    scores, found = score_and_mistakes(gold_rows, exported) if why or listed else (score(gold_rows, exported), [])
    title = f"{gold.name}: mean F1 {mean_f1(scores):.3f}"
    if why or listed:
        rows = why_counts(found) if why else mistake_rows(found)
        columns = ["field", "why", "count"] if why else ["file", "field", "why", "expected", "got"]
        render(rows, columns, fmt, title=f"{title}, {len(found)} mistakes")
    else:
        rows = as_rows(scores)
        render(rows, list(rows[0]), fmt, title=title)
    if fmt is not Format.table and (fmt or not sys.stdout.isatty()):
        typer.echo(f"mean F1 {mean_f1(scores):.3f}", err=True)
    if min_f1 is not None and mean_f1(scores) < min_f1:
        raise typer.Exit(1)


@db_app.command("grant-readonly")
def db_grant_readonly(
    role: Annotated[str, typer.Argument(
        help="Role to create or update, e.g. bi_reader (lower-case letters, digits, _).")],
    password: Annotated[str | None, typer.Option("--password", envvar="ETL_READONLY_PASSWORD",
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


def _quiet_library_logs() -> None:
    """The drivers' own log records stay out of the terminal: a Ctrl-C during a query makes
    psycopg cancel it and close the connection, and SQLAlchemy's pool logs the failed reset
    with a traceback. What the person needs is the command's own line, which follows."""
    import logging

    for name in ("sqlalchemy", "psycopg"):
        logger = logging.getLogger(name)
        logger.addHandler(logging.NullHandler())
        logger.propagate = False


def main() -> None:
    """The console entry point: any error the database raises becomes one line (exit 1), never a traceback.

    A read-only role running `gazetteer load` or `db downgrade`, a disk that fills, a server
    that goes away mid-command: the person sees what the database said, in one line.
    """
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    from db.engine import DatabaseError
    from etl.extract.vocabulary import VocabularyError

    _quiet_library_logs()
    try:
        app(prog_name="etl")
    except (DatabaseError, VocabularyError) as exc:  # a vocabulary that does not fit: its file and key
        say_error(str(exc))
        raise SystemExit(2) from None
    except DBAPIError as exc:
        reason = str(exc.orig or exc).strip().splitlines()
        say_error(f"the database refused: {reason[0] if reason else type(exc.orig).__name__}")
        raise SystemExit(1) from None
    except SQLAlchemyError as exc:
        say_error(f"database error: {str(exc).strip().splitlines()[0]}")
        raise SystemExit(1) from None


if __name__ == "__main__":  # pragma: no cover
    app()
