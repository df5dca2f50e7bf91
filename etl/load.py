"""Writing extraction results: each file all or nothing, idempotent, safe under concurrency.

Files are written in batches, one transaction each, with a savepoint per file: a file the
database refuses rolls back alone (see write_items); etl.write holds the hot path.

A file is identified by its absolute path. Loaded again unchanged (same sha256) it adds
nothing; changed, it replaces its own rows; unreadable now, it keeps its last good rows; a
failed file is recorded as failed and never leaves half its rows behind. An article printed
in several files is stored once, under its first occurrence in (location, seq) order, and
every occurrence is recorded, so the tables depend on the set of files only.
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from sqlalchemy import Connection, Engine, String, Table, delete, func, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from db import models as m
from etl import panel, search
from etl.extract import EXTRACTOR_VERSION
from etl.extract.context import ExtractionContext, shared
from etl.extract.model import PageMeta
from etl.extract.places import county_of
from etl.pipeline import PageResult, derive, process_file
from etl.read import Source, discover
from etl.rows import INT_RANGE, Derived, fit_row, fit_text, iso
from etl.shard import Shard, in_shard
from etl.write import (
    KeptIds,
    KnownIds,
    LaterIndex,
    Sql,
    ids_of,
    insert_articles,
    insert_facts,
    insert_sql,
    upsert_people,
    upsert_places,
)

__all__ = ["INT_RANGE", "KnownIds", "LoadStats", "fit_row", "fit_text", "load_gazetteer", "load_paths", "reprocess",
           "upsert_people", "upsert_places"]

if TYPE_CHECKING:
    from sqlalchemy.dialects import postgresql as pg
    from sqlalchemy.dialects import sqlite

    from etl.extract.gazetteer import Gazetteer


@dataclass
class LoadStats:
    files: int = 0
    loaded: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    articles: int = 0
    duplicates: int = 0
    contributors: int = 0
    mentions: int = 0  # place mentions
    events: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # about the input as found (ignored files, manifest)
    warnings: list[str] = field(default_factory=list)  # about files that loaded with a caveat
    # hashes of the (name, newspaper) pairs credited and the place keys mentioned in new
    # articles: the summary counts them, and 64-bit hashes (one writer process, no collision
    # expected below billions) keep a long load's memory flat where the keys would not
    people_seen: set[int] = field(default_factory=set)
    places_seen: set[int] = field(default_factory=set)

    @property
    def people(self) -> int:
        return len(self.people_seen)

    @property
    def distinct_places(self) -> int:
        return len(self.places_seen)


def _dialect_insert(conn: Connection, table: Table) -> pg.Insert | sqlite.Insert:
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def kept_ids(conn: Connection, source_file_ids: list[int]) -> KeptIds:
    """The article and event ids of these files, keyed as KeptIds looks them up."""
    art, ev = m.Article.__table__, m.Event.__table__
    kept = KeptIds()
    if not source_file_ids:
        return kept
    for aid, digest, start, end in conn.execute(
            select(art.c.id, art.c.content_hash, art.c.raw_start, art.c.raw_end)
            .where(art.c.source_file_id.in_(source_file_ids)).order_by(art.c.id)):
        kept.by_hash[digest] = aid
        kept.by_span.setdefault((start, end), aid)
    ids = select(art.c.id).where(art.c.source_file_id.in_(source_file_ids))
    for eid, aid, type_, kind, evidence, scope_name in conn.execute(
            select(ev.c.id, ev.c.article_id, ev.c.type, ev.c.kind, ev.c.evidence, ev.c.scope_name)
            .where(ev.c.article_id.in_(ids)).order_by(ev.c.id)):
        kept.events.setdefault((aid, type_, kind, evidence, scope_name), []).append(eid)
    return kept


def delete_article_rows(conn: Connection, article_ids: list[int]) -> None:
    """Remove articles and everything extracted from them (children first: no reliance on cascades)."""
    if not article_ids:
        return
    for table in (m.Event, m.PlaceMention, m.ArticleContributor, m.Byline):
        conn.execute(delete(table).where(table.article_id.in_(article_ids)))
    search.unindex_articles(conn, article_ids)
    conn.execute(delete(m.Article).where(m.Article.id.in_(article_ids)))


def remove_content(conn: Connection, source_file_id: int) -> set[str]:
    """Forget what a file printed: its occurrences and the articles stored under it.

    Returns the content hashes of those articles: printed elsewhere too, they must be
    re-homed (``rehome``) once the file's new content, if any, is written.
    """
    homed = conn.execute(select(m.Article.id, m.Article.content_hash)
                         .where(m.Article.source_file_id == source_file_id)).all()
    conn.execute(delete(m.ArticleOccurrence).where(m.ArticleOccurrence.source_file_id == source_file_id))
    delete_article_rows(conn, [r.id for r in homed])
    return {r.content_hash for r in homed}


@dataclass(frozen=True)
class Home:
    """Where an article is stored: its first occurrence in (location, location key, seq) order."""

    location: str
    key: str
    seq: int
    article_id: int | None = None


def homes(sql: Sql, hashes: Iterable[str]) -> dict[str, Home]:
    """The stored article of each content hash, with the place it is stored under."""
    rows = ids_of(sql, "SELECT a.content_hash, a.id, a.seq, s.location, s.location_key FROM article a "
                       "JOIN source_file s ON s.id = a.source_file_id WHERE a.content_hash IN", sorted(set(hashes)))
    return {digest: Home(location or "", key, seq, aid) for digest, aid, seq, location, key in rows}


def _order(home: Home) -> tuple[str, str, int]:
    return (home.location, home.key, home.seq)


OCCURRENCE_INSERT = insert_sql("article_occurrence", ("source_file_id", "seq", "content_hash"))


def write_articles(sql: Sql, file: Home, derived: Derived, newspaper: str, stats: LoadStats,
                   known: KnownIds | None = None, file_id: int = 0, kept: KeptIds | None = None) -> KnownIds:
    """Record every occurrence of one file's articles, and store those it prints first.

    An article already stored under a later occurrence (another file, or later on this
    page) moves here, so that where an article is stored depends only on the set of
    files, never on the order they were loaded in. Returns the place and person ids this
    transaction used (to cache once it commits).
    """
    articles = derived.articles
    sql.many(OCCURRENCE_INSERT, [(file_id, a.seq, a.content_hash) for a in articles])
    stored = homes(sql, [a.content_hash for a in articles])
    chosen: list[int] = []
    for i, a in enumerate(articles):
        here = Home(file.location, file.key, a.seq)
        h = a.content_hash
        if h in stored and _order(stored[h]) <= _order(here):
            stats.duplicates += 1
            continue
        if h in stored and (old := stored[h].article_id) is not None:
            delete_article_rows(sql.conn, [old])  # re-homed: it is printed earlier here
            stats.duplicates += 1
        stored[h] = here
        chosen.append(i)
    return store_articles(sql, file_id, derived.select(chosen), newspaper, stats, known, kept)


def store_articles(sql: Sql, source_file_id: int, derived: Derived, newspaper: str, stats: LoadStats,
                   known: KnownIds | None = None, kept: KeptIds | None = None) -> KnownIds:
    """Insert articles, their facts and their full-text index words (``kept``: ids to give back).

    A content hash another transaction stored meanwhile raises IntegrityError, and the
    caller retries the file (never a silent skip: the article might belong here).
    """
    articles = derived.articles
    place_ids = upsert_places(sql, derived.places, (k for a in articles for k in a.places), known)
    person_ids = upsert_people(sql, [c.name for a in articles for c in a.contributors], newspaper, known)
    used = KnownIds(places=place_ids, people={(n, newspaper): i for n, i in person_ids.items()})
    if not articles:
        return used
    insert_facts(sql, insert_articles(sql, source_file_id, articles, place_ids, kept), place_ids, person_ids, kept)
    stats.articles += len(articles)
    stats.contributors += sum(a.credited for a in articles)
    stats.mentions += sum(len(a.mentions) for a in articles)
    stats.people_seen.update(hash((c.name, newspaper)) for a in articles for c in a.contributors)
    stats.places_seen.update(hash(key) for a in articles for key, _ in a.mentions)
    stats.events += sum(len(a.events) for a in articles)
    return used


def rehome(sql: Sql, hashes: set[str], stats: LoadStats, known: KnownIds | None = None) -> KnownIds:
    """Store again, under their next occurrence, articles whose file no longer prints them.

    The facts are re-derived from that file's stored raw text with its own metadata, so
    the result is what loading the remaining files from scratch would give.
    """
    used = KnownIds()
    missing = sorted(hashes - set(homes(sql, hashes)))
    if not missing:
        return used
    occ, sf = m.ArticleOccurrence.__table__, m.SourceFile.__table__
    rows = sql.conn.execute(select(occ.c.content_hash, occ.c.seq, sf.c.id, sf.c.location, sf.c.location_key)
                            .join(sf, sf.c.id == occ.c.source_file_id).where(occ.c.content_hash.in_(missing))).all()
    first: dict[str, Any] = {}
    for r in sorted(rows, key=lambda r: (r.location or "", r.location_key, r.seq)):
        first.setdefault(r.content_hash, r)
    by_file: dict[int, dict[int, str]] = {}
    for h, r in first.items():
        by_file.setdefault(r.id, {})[r.seq] = h
    for file_id, wanted in by_file.items():
        used.merge(_rehome_from(sql, file_id, wanted, stats, known))
    return used


def _rehome_from(sql: Sql, file_id: int, wanted: dict[int, str], stats: LoadStats, known: KnownIds | None) -> KnownIds:
    """Store the articles at ``wanted`` (seq -> content hash) of one stored file."""
    sf = m.SourceFile.__table__
    r = sql.conn.execute(select(sf).where(sf.c.id == file_id)).one()
    meta = PageMeta(newspaper=r.newspaper, region=r.region, edition_date=r.edition_date,
                    date_precision=r.date_precision, page=r.page)
    derived = derive(r.raw_text or "", meta, shared())
    keep = [i for i, a in enumerate(derived.articles) if wanted.get(a.seq) == a.content_hash]
    if len(keep) < len(wanted):
        stats.warnings.append(f"{r.path}: {len(wanted) - len(keep)} article(s) printed here no longer extract the "
                              "same; run `etl reprocess`")
    return store_articles(sql, file_id, derived.select(keep), r.newspaper or "", stats, known)



_COUNTED = ("articles", "duplicates", "contributors", "mentions", "events")


def _absorb(stats: LoadStats, part: LoadStats) -> None:
    """Add the counts of a committed part (a file's savepoint, a batch) to the summary's:
    a part rolled back is dropped whole, so the summary counts stored rows only."""
    for name in _COUNTED:
        setattr(stats, name, getattr(stats, name) + getattr(part, name))
    stats.people_seen |= part.people_seen
    stats.places_seen |= part.places_seen
    stats.warnings += part.warnings


# --- the one write path of `load` and `reprocess` -----------------------------------------

# Files written per transaction, each in its own savepoint: a commit (and on SQLite a WAL
# append and sync) per file cost as much as the file's inserts. A batch closes at this many
# files or BATCH_BYTES of text, whichever comes first. A crash loses at most the batch in
# progress, which the next run loads again (README, "Guarantees").
BATCH_FILES = 50
BATCH_BYTES = 2**20
RETRIES = 5  # attempts per file when a concurrent writer got in first (unique key, deadlock)

Item = TypeVar("Item")
WriteFn = Callable[[Sql, Item, LoadStats, "KnownIds | None", KnownIds], str]
FailFn = Callable[[Engine, Item, DBAPIError], str]


def _begin_writing(sql: Sql) -> None:
    """SQLite: take the write lock at once (BEGIN IMMEDIATE waits its turn with busy_timeout;
    a read transaction upgraded to a write one fails at once when another loader wrote).
    (A larger wal_autocheckpoint than SQLite's 1,000 pages measured no better with batches.)"""
    if not sql.postgres:
        sql.run("BEGIN IMMEDIATE")


def _in_savepoint(sql: Sql, item: Item, write: WriteFn[Item], stats: LoadStats, known: KnownIds | None, used: KnownIds,
                  attempts: int) -> str | DBAPIError:
    """Write one item inside the batch's transaction; a unique key another loader committed
    meanwhile rolls this item back alone and it is written again (its outcome, or the error)."""
    error: DBAPIError | None = None
    for attempt in range(attempts):
        sql.run("SAVEPOINT item")
        mine, part = KnownIds(), LoadStats()
        held = sql.later.mark() if sql.later is not None else {}
        try:
            outcome = write(sql, item, part, known, mine)
        except IntegrityError as exc:
            sql.run("ROLLBACK TO SAVEPOINT item")
            if sql.later is not None:
                sql.later.undo(held)  # the rolled-back file's index rows go with its rows
            error = exc
            time.sleep(0.01 * attempt)
            continue
        sql.run("RELEASE SAVEPOINT item")
        used.merge(mine)
        _absorb(stats, part)
        return outcome
    assert error is not None
    return error


def write_batch(engine: Engine, items: list[Item], write: WriteFn[Item], stats: LoadStats, known: KnownIds | None,
                attempts: int = RETRIES) -> list[str | DBAPIError]:
    """Write items in one transaction, each in a savepoint; the outcome (or refusal) of each.

    Raises when the transaction as a whole failed (nothing of it committed or counted).
    """
    used, part = KnownIds(), LoadStats()
    with engine.begin() as conn:
        later = LaterIndex()
        sql = Sql(conn, later)
        _begin_writing(sql)
        # later files of the batch reuse the ids earlier ones found (as if each had committed)
        outcomes = [_in_savepoint(sql, item, write, part, used.over(known), used, attempts) for item in items]
        later.flush(sql)  # the batch's index rows, once (see LaterIndex); a failure here fails the batch
    if known is not None:
        known.merge(used)
    _absorb(stats, part)
    return outcomes


def write_items(engine: Engine, items: list[Item], write: WriteFn[Item], fail: FailFn[Item], stats: LoadStats,
                known: KnownIds | None = None) -> list[str]:
    """The one write path of `load` and `reprocess`, under one retry policy.

    The items go in one transaction with a savepoint each. When that transaction fails as a
    whole (a deadlock, disk full, a lost connection), each item is written again in its own
    transaction, retried RETRIES times; an item the database still refuses is handed to
    ``fail`` (recorded as failed), and the others stay.
    """
    if len(items) > 1:
        try:
            outcomes = write_batch(engine, items, write, stats, known)
        except DBAPIError:
            pass
        else:
            return [o if isinstance(o, str) else fail(engine, item, o) for item, o in zip(items, outcomes, strict=True)]
    return [_write_alone(engine, item, write, fail, stats, known) for item in items]


def _write_alone(engine: Engine, item: Item, write: WriteFn[Item], fail: FailFn[Item], stats: LoadStats,
                 known: KnownIds | None) -> str:
    error: DBAPIError | None = None
    for attempt in range(RETRIES):
        try:
            (outcome,) = write_batch(engine, [item], write, stats, known, attempts=1)
        except (IntegrityError, OperationalError) as exc:
            # a concurrent loader inserted the same file, article or place first, or a
            # deadlock / serialisation failure: the next attempt sees the committed rows
            outcome = exc
        except DBAPIError as exc:
            return fail(engine, item, exc)
        if isinstance(outcome, str):
            return outcome
        error = outcome
        time.sleep(0.05 * (attempt + 1))
    assert error is not None
    return fail(engine, item, error)



def file_values(result: PageResult) -> dict[str, Any]:
    """The source_file row of a result, fitted to the columns (the same on both databases)."""
    src, meta = result.source, result.source.meta
    values = {
        "path": src.name, "location": src.location, "location_key": src.key, "sha256": result.sha256,
        "size_bytes": result.size, "encoding": result.encoding, "newspaper": meta.newspaper, "region": meta.region,
        "edition_date": meta.edition_date, "date_precision": meta.date_precision if meta.edition_date else "unknown",
        "page": meta.page, "url": meta.url, "status": "loaded" if result.ok else "failed", "error": result.error,
        "raw_text": result.text if result.ok else None, "layout": result.layout if result.ok else None,
        "extractor_version": result.extractor_version,
    }
    fitted = fit_row(m.SourceFile.__table__, values)
    for name in ("newspaper", "region", "page"):
        if fitted[name] != values[name]:
            column_type = m.SourceFile.__table__.c[name].type
            limit = column_type.length if isinstance(column_type, String) else None
            result.warnings.append(f"{src.name}: manifest {name} longer than {limit} characters, cut")
    return fitted


class Stored(NamedTuple):
    id: int
    status: str
    sha256: str | None


def _stored_row(sql: Sql, result: PageResult) -> Stored | None:
    """The row this file was stored under: by location, else (loaded before locations were
    recorded) an unclaimed row with the same content, which the file adopts."""
    # one statement for both (a round trip per file less): the row at this location first
    rows = sql.rows("SELECT id, status, sha256, location_key FROM source_file WHERE location_key = ? "
                    "OR (location IS NULL AND sha256 = ?) ORDER BY CASE WHEN location_key = ? THEN 0 ELSE 1 END, id "
                    "LIMIT 1", (result.source.key, result.sha256, result.source.key))
    if rows and rows[0][3] != result.source.key:
        sf = m.SourceFile.__table__
        sql.conn.execute(sf.update().where(sf.c.id == rows[0][0]).values(location=result.source.location,
                                                                         location_key=result.source.key))
    return Stored(*rows[0][:3]) if rows else None



def kept_articles(conn: Connection, source_file_ids: list[int]) -> int:
    """How many article occurrences these stored files hold (what a failed re-read keeps)."""
    occ = m.ArticleOccurrence.__table__
    return len(conn.execute(select(occ.c.id).where(occ.c.source_file_id.in_(source_file_ids))).all())


def stored_pages(conn: Connection, location: str) -> list[int] | None:
    """The loaded page rows of a multi-page file (a PDF's ``#page=N``), if any."""
    sf = m.SourceFile.__table__
    ids = [r.id for r in conn.execute(select(sf.c.id).where(
        sf.c.location.startswith(f"{location}#page=", autoescape=True), sf.c.status == "loaded"))]
    return ids or None


def drop_superseded(conn: Connection, result: PageResult) -> set[str]:
    """Rows of an earlier version of a multi-page file (a PDF with more pages then, or its
    failure) that this version does not give again; returns the content hashes to re-home."""
    if not result.ok or result.replaces_prefix is None:
        return set()
    sf = m.SourceFile.__table__
    prefix = result.replaces_prefix
    here = (sf.c.location == prefix) | sf.c.location.startswith(f"{prefix}#", autoescape=True)
    orphans: set[str] = set()
    for (old_id,) in conn.execute(select(sf.c.id).where(here, sf.c.location_key.not_in(result.replaces))).all():
        orphans |= remove_content(conn, old_id)
        conn.execute(delete(sf).where(sf.c.id == old_id))
    return orphans


def _write_result(sql: Sql, result: PageResult, stats: LoadStats, known: KnownIds | None, used: KnownIds) -> str:
    sf = m.SourceFile.__table__
    conn = sql.conn
    superseded = drop_superseded(conn, result)
    row = _stored_row(sql, result)
    kept = [row.id] if row is not None and row.status == "loaded" else None
    if not result.ok and kept is None:
        kept = stored_pages(conn, result.source.location)
    if not result.ok and kept is not None:
        # A file that vanished or was cut short mid-copy keeps its last good version.
        result.error = f"{result.error}; its {kept_articles(conn, kept)} article(s) from the last good read are kept"
        return "kept"
    if row is not None and row.status == "loaded" and row.sha256 == result.sha256:
        return "unchanged"
    values = file_values(result)
    orphans: set[str] = superseded
    ids_kept = kept_ids(conn, [row.id]) if row is not None else None  # saved references survive a changed file
    if row is None:
        params = [iso(v) if isinstance(v, date) else v for v in values.values()]
        file_id = sql.insert_id(insert_sql("source_file", list(values)), params)
        outcome = "loaded"
    else:
        orphans = remove_content(conn, row.id)
        conn.execute(sf.update().where(sf.c.id == row.id).values(**values))
        file_id, outcome = row.id, "replaced" if row.status == "loaded" else "loaded"
    if result.ok:
        here = Home(result.source.location, result.source.key, 0)
        used.merge(write_articles(sql, here, result.derived, values["newspaper"] or "", stats, known, file_id=file_id,
                                  kept=ids_kept))
    used.merge(rehome(sql, orphans, stats, known))
    return outcome if result.ok else "failed"


def _load_failed(engine: Engine, result: PageResult, exc: DBAPIError) -> str:
    result.error = f"database error: {db_reason(exc)}"
    record_failure(engine, result)
    return "failed"


def record_failure(engine: Engine, result: PageResult) -> None:
    """Record a file the database refused (disk full, a lost connection) as failed, in its
    own transaction; a file stored before keeps its rows. Adds to the error if even this fails."""
    try:
        with engine.begin() as conn:
            row = _stored_row(Sql(conn), result)
            if row is not None and row.status == "loaded":
                result.error = f"{result.error}; its {kept_articles(conn, [row.id])} article(s) stored before are kept"
                return
            sf = m.SourceFile.__table__
            failed = {**file_values(result), "status": "failed", "raw_text": None}
            if row is None:
                conn.execute(insert(sf).values(**failed))
            else:
                conn.execute(sf.update().where(sf.c.id == row.id).values(**failed))
    except DBAPIError as exc:
        result.error = f"{result.error} (not recorded as failed either: {db_reason(exc)})"


def db_reason(exc: DBAPIError) -> str:
    text = str(exc.orig if exc.orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# Results extracted ahead of the writer, per worker. Pool.imap would run through every file
# while the writer is slow and hold all their results at once; this bounds memory to a few
# files' results (see README, "Memory").
AHEAD_PER_WORKER = 2


def iter_results(sources: list[Source], workers: int = 1, ec: ExtractionContext | None = None) -> Iterator[PageResult]:
    """Extraction results in input order; with workers > 1, extraction runs in processes,
    at most AHEAD_PER_WORKER × workers files ahead of the caller (``ec``: default, the
    process's shared context; a worker receives it as a reference to its own)."""
    ec = ec or shared()
    if workers <= 1 or len(sources) <= 1:
        for src in sources:
            yield from process_file(src, ec)
        return
    todo = iter(sources)
    with _worker_pool(workers) as pool:
        pending = deque(pool.apply_async(process_file, (src, ec)) for src in islice(todo, AHEAD_PER_WORKER * workers))
        while pending:
            results = pending.popleft().get()
            if (following := next(todo, None)) is not None:
                pending.append(pool.apply_async(process_file, (following, ec)))
            yield from results


@contextmanager
def _worker_pool(workers: int) -> Iterator[Any]:
    """Extraction processes (forked: the gazetteer loaded once is shared copy-on-write)."""
    import multiprocessing as mp

    with mp.get_context("fork").Pool(workers) as pool:
        yield pool


ProgressFn = Callable[[PageResult, str], None]


def batches(results: Iterable[PageResult], files: int = BATCH_FILES,
            size: int = BATCH_BYTES) -> Iterator[list[PageResult]]:
    """Results grouped for one transaction each: at most ``files`` files or ``size`` bytes."""
    batch: list[PageResult] = []
    held = 0
    for result in results:
        batch.append(result)
        held += result.size
        if len(batch) >= files or held >= size:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def load_paths(
    engine: Engine,
    paths: list[Path],
    edition_date: date | None = None,
    workers: int = 1,
    on_file: ProgressFn | None = None,
    on_start: Callable[[int], None] | None = None,
    follow_symlinks: bool = False,
    shard: Shard | None = None,
    batch_files: int | None = None,
) -> LoadStats:
    """Load files and folders (only ``shard``'s share of them, see etl.shard); up to
    ``batch_files`` (BATCH_FILES) files per transaction, each file all or nothing. Never raises for bad input.

    ``follow_symlinks`` also follows symlinks in folders that lead outside the given paths.
    ``on_file`` hears of each file once its batch is committed.
    """
    t0 = time.perf_counter()
    ec = shared()  # built before any file: a vocabulary that does not fit stops the load with one line
    found = discover(paths, edition_date, follow_outside=follow_symlinks)
    sources = list(in_shard(found.sources, shard))
    stats = LoadStats(files=len(sources), notes=list(found.notes))
    if on_start:
        on_start(len(sources))
    known = KnownIds()
    for batch in batches(iter_results(sources, workers, ec), batch_files or BATCH_FILES):
        outcomes = write_items(engine, batch, _write_result, _load_failed, stats, known)
        for result, outcome in zip(batch, outcomes, strict=True):
            if result.error:
                stats.failed += 1
                stats.failures.append((result.source.location, result.error))
            else:
                setattr(stats, outcome, getattr(stats, outcome) + 1)
            stats.warnings.extend(result.warnings)
            if on_file:
                on_file(result, outcome)
    if stats.loaded or stats.replaced:
        panel.refresh(engine)  # the county x day panel follows the events it is derived from
    stats.seconds = time.perf_counter() - t0
    return stats


# --- re-extraction ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Stored:
    file_id: int
    text: str
    meta: PageMeta
    layout: str | None = None  # PDF and web pages: the structure they were read with


@dataclass
class Rewrite:
    """A stored file re-extracted: its new rows, or why extraction or the database refused it."""

    stored: _Stored
    derived: Derived | None
    error: str | None = None


def _reextract(stored: _Stored) -> Rewrite:
    try:
        return Rewrite(stored, derive(stored.text, stored.meta, shared(), stored.layout))
    except Exception as exc:
        return Rewrite(stored, None, f"{type(exc).__name__}: {exc}")


def replace_content(sql: Sql, file_id: int, derived: Derived, meta: PageMeta, stats: LoadStats,
                    known: KnownIds | None = None) -> KnownIds:
    """A stored file's articles re-extracted: its occurrences and articles replaced, those
    it no longer prints re-homed to the other files that print them."""
    sf = m.SourceFile.__table__
    r = sql.conn.execute(select(sf.c.location, sf.c.location_key).where(sf.c.id == file_id)).one()
    kept = kept_ids(sql.conn, [file_id])
    orphans = remove_content(sql.conn, file_id)
    used = write_articles(sql, Home(r.location or "", r.location_key, 0), derived, meta.newspaper or "", stats, known,
                          file_id=file_id, kept=kept)
    used.merge(rehome(sql, orphans, stats, known))
    return used


def _write_rewrite(sql: Sql, job: Rewrite, stats: LoadStats, known: KnownIds | None, used: KnownIds) -> str:
    assert job.derived is not None
    used.merge(replace_content(sql, job.stored.file_id, job.derived, job.stored.meta, stats, known))
    sf = m.SourceFile.__table__
    sql.conn.execute(sf.update().where(sf.c.id == job.stored.file_id).values(extractor_version=EXTRACTOR_VERSION))
    return "replaced"


def _rewrite_failed(engine: Engine, job: Rewrite, exc: DBAPIError) -> str:
    job.error = f"database error: {db_reason(exc)}; its rows from before are kept"
    return "failed"


def reprocess(engine: Engine, everything: bool = False, workers: int = 1,
              on_start: Callable[[int], None] | None = None,
              on_file: Callable[[str, str | None], None] | None = None) -> LoadStats:
    """Re-run extraction on stored raw text of files an older extractor version produced.

    Each file's old facts are replaced atomically (written as `load` writes: batches of
    files, a savepoint each, the same retries); the raw files are not read again.
    """
    t0 = time.perf_counter()
    shared()  # built before any file (and before forking: workers inherit it)
    sf = m.SourceFile.__table__
    cond = sf.c.status == "loaded"
    if not everything:
        cond = cond & ((sf.c.extractor_version != EXTRACTOR_VERSION) | sf.c.extractor_version.is_(None))
    with engine.connect() as conn:
        todo = conn.execute(select(sf.c.id, sf.c.path).where(cond).order_by(sf.c.id)).all()
    stats = LoadStats(files=len(todo))
    if on_start:
        on_start(len(todo))
    paths = {r.id: r.path for r in todo}
    known = KnownIds()
    chunk = max(8, 4 * workers)  # raw text is read a chunk at a time: flat memory
    with _worker_pool(workers) if workers > 1 else nullcontext() as pool:
        for i in range(0, len(todo), chunk):
            jobs = list(pool.map(_reextract, _stored_files(engine, [r.id for r in todo[i : i + chunk]])) if pool
                        else map(_reextract, _stored_files(engine, [r.id for r in todo[i : i + chunk]])))
            ready = [j for j in jobs if j.derived is not None]
            write_items(engine, ready, _write_rewrite, _rewrite_failed, stats, known)
            for job in jobs:
                if job.error:
                    stats.failed += 1
                    stats.failures.append((paths[job.stored.file_id], job.error))
                else:
                    stats.replaced += 1
                if on_file:
                    on_file(paths[job.stored.file_id], job.error)
    if stats.replaced:
        panel.refresh(engine)
    stats.seconds = time.perf_counter() - t0
    return stats


def _stored_files(engine: Engine, ids: list[int]) -> list[_Stored]:
    """The stored raw text and metadata of these files, for re-extraction."""
    sf = m.SourceFile.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(sf).where(sf.c.id.in_(ids)).order_by(sf.c.id)).all()
    return [_Stored(r.id, r.raw_text or "", PageMeta(newspaper=r.newspaper, region=r.region,
                                                     edition_date=r.edition_date, date_precision=r.date_precision,
                                                     page=r.page, url=r.url), r.layout)
            for r in rows]



# --- the whole gazetteer ----------------------------------------------------------------


def load_gazetteer(engine: Engine, on_progress: Callable[[int, int], None] | None = None,
                   provinces: Iterable[str] = ()) -> int:
    """Insert every node of the official tree (≈700k rows) once; returns rows added.

    ``provinces`` limits the load to those provinces' subtrees (names as in the gazetteer).

    For BI users who want the whole place dimension; `etl load` itself stores only the
    places articles mention and their ancestors. Idempotent (keys are the name paths).
    """
    from etl.extract.gazetteer import load as gazetteer

    gaz = gazetteer()
    keys, rows_by_level = _gazetteer_nodes(gaz, set(provinces))
    n = sum(len(r) for r in rows_by_level)
    place = m.Place.__table__
    ids: dict[int, int] = {}
    added = 0
    done = 0
    batch = 5000
    for level, members in enumerate(rows_by_level):
        for lo in range(0, len(members), batch):
            chunk = members[lo : lo + batch]
            rows = [_gazetteer_row(gaz, i, level, keys, ids) for i in chunk]
            with engine.begin() as conn:
                # rowcount of an executemany is -1 or 0 on psycopg: count the keys that were missing
                # instead (distinct keys: a few name paths occur twice in the code list)
                chunk_keys = {r["key"] for r in rows}
                present = conn.execute(select(func.count()).select_from(place)
                                       .where(place.c.key.in_(chunk_keys))).scalar_one()
                conn.execute(_dialect_insert(conn, place).on_conflict_do_nothing(index_elements=["key"]), rows)
                added += len(chunk_keys) - present
                by_key = {keys[i]: i for i in chunk}
                for key, pid in conn.execute(select(place.c.key, place.c.id).where(place.c.key.in_(list(by_key)))):
                    ids[by_key[key]] = pid
            done += len(chunk)
            if on_progress:
                on_progress(done, n)
    return added


def _gazetteer_nodes(gaz: Gazetteer, wanted: set[str]) -> tuple[list[str], list[list[int]]]:
    """Every node's key (its name path), and the nodes to load level by level (those of the
    ``wanted`` provinces, all when none is named)."""
    from etl.extract.gazetteer import LEVELS

    n = len(gaz)
    keys: list[str] = [""] * n
    rows_by_level: list[list[int]] = [[] for _ in LEVELS]
    unknown = wanted - {gaz.names[i] for i in range(n) if gaz.level(i) == 0}
    if unknown:
        raise ValueError(f"not a province in the gazetteer: {', '.join(sorted(unknown))}")
    keep = True
    for i in range(n):  # depth-first order: a parent's key is always ready before its children
        par = gaz.parent(i)
        keys[i] = f"{keys[par]}/{gaz.names[i]}" if par >= 0 else gaz.names[i]
        if par < 0:
            keep = not wanted or gaz.names[i] in wanted
        if keep:
            rows_by_level[gaz.level(i)].append(i)
    return keys, rows_by_level


def _gazetteer_row(gaz: Gazetteer, i: int, level: int, keys: list[str], ids: dict[int, int]) -> dict[str, Any]:
    """The place row of gazetteer node ``i`` (its parent's row id already in ``ids``)."""
    from etl.extract.gazetteer import LEVELS

    anc = {gaz.level(a): a for a in gaz.ancestors(i)}
    top = anc.get(2, anc.get(1))  # 市直辖行政区划 (中山's towns) and zones name no county of their own
    county = county_of(gaz.place(top)) if top is not None else None
    return {
        "key": keys[i], "name": gaz.names[i], "level": LEVELS[level],
        "adcode": gaz.adcodes.get(i) if level <= 2 else None, "official": True,
        "parent_id": ids.get(gaz.parent(i)),
        "province": gaz.names[anc[0]] if 0 in anc else None,
        "prefecture": gaz.names[anc[1]] if 1 in anc else None,
        "county": county.name if county is not None else None,
        "county_adcode": county.adcode if county is not None else None,
    }
