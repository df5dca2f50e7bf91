"""Writing extraction results: one transaction per file, idempotent, safe under concurrency.

A file already loaded (same sha256) adds nothing; a changed file at the same path replaces
its own rows; a failed file is recorded as failed and never leaves half its rows behind.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from db import models as m
from etl import search
from etl.extract import EXTRACTOR_VERSION
from etl.extract.model import ItemFacts, PageMeta, Place
from etl.pipeline import PageResult, Shown, content_hash, derive, process_source
from etl.read import Source, discover
from etl.shard import Shard, in_shard


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
    people_seen: set[tuple[str, str]] = field(default_factory=set)  # (name, newspaper) credited in new articles
    places_seen: set[str] = field(default_factory=set)  # place keys mentioned in new articles

    @property
    def people(self) -> int:
        return len(self.people_seen)

    @property
    def distinct_places(self) -> int:
        return len(self.places_seen)


def _dialect_insert(conn: Connection, table):  # type: ignore[no-untyped-def]
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


@dataclass
class KnownIds:
    """Ids of places and people already committed, so that later files skip their upserts.

    Places and people are never deleted, so a committed id stays valid; ids found inside a
    transaction join the cache only after it commits (``merge``).
    """

    places: dict[str, int] = field(default_factory=dict)
    people: dict[tuple[str, str], int] = field(default_factory=dict)

    def merge(self, other: "KnownIds") -> None:
        self.places.update(other.places)
        self.people.update(other.people)


def upsert_places(conn: Connection, places: Iterable[Place], known: KnownIds | None = None) -> dict[str, int]:
    """Insert the places and all their ancestors once; return key -> id (known ones included)."""
    cached = known.places if known else {}
    ids: dict[str, int] = {}
    nodes: dict[str, Place] = {}
    for place in places:
        for node in place.lineage:
            key = node.key
            if key in cached:
                ids[key] = cached[key]
            else:
                nodes.setdefault(key, node)
    if not nodes:
        return ids
    # Most places of a corpus recur: one lookup finds the stored ones, only new ones are inserted.
    for key, pid in conn.execute(select(m.Place.key, m.Place.id).where(m.Place.key.in_(list(nodes)))):
        ids[key] = pid
        del nodes[key]
    if not nodes:
        return ids
    by_depth = sorted(nodes.values(), key=lambda p: (len(p.path), p.key))
    for depth in sorted({len(p.path) for p in by_depth}):
        layer = [p for p in by_depth if len(p.path) == depth]
        rows = []
        for p in layer:
            county = p.ancestor("county")
            rows.append(
                {
                    "key": p.key,
                    "name": p.name,
                    "level": p.level,
                    "adcode": p.adcode,
                    "official": p.official,
                    "parent_id": ids.get(p.parent.key) if p.parent else None,
                    "province": (a.name if (a := p.ancestor("province")) else None),
                    "prefecture": (a.name if (a := p.ancestor("prefecture")) else None),
                    "county": county.name if county else None,
                    "county_adcode": county.adcode if county else None,
                }
            )
        conn.execute(_dialect_insert(conn, m.Place.__table__).on_conflict_do_nothing(index_elements=["key"]), rows)
        keys = [p.key for p in layer]
        for key, pid in conn.execute(select(m.Place.key, m.Place.id).where(m.Place.key.in_(keys))):
            ids[key] = pid
    return ids


def upsert_people(conn: Connection, names: Iterable[str], newspaper: str, known: KnownIds | None = None) -> dict[str, int]:
    """Insert people (name, newspaper) once; return name -> id."""
    cached = known.people if known else {}
    ids = {n: cached[(n, newspaper)] for n in set(names) if (n, newspaper) in cached}
    wanted = sorted(set(names) - set(ids))
    if not wanted:
        return ids
    conn.execute(
        _dialect_insert(conn, m.Person.__table__).on_conflict_do_nothing(index_elements=["name", "newspaper"]),
        [{"name": n, "newspaper": newspaper} for n in wanted],
    )
    rows = conn.execute(select(m.Person.name, m.Person.id).where(m.Person.newspaper == newspaper, m.Person.name.in_(wanted)))
    ids.update(rows.all())
    return ids


def delete_articles(conn: Connection, source_file_id: int) -> None:
    """Remove everything extracted from a file (children first: no reliance on cascades)."""
    art_ids = select(m.Article.id).where(m.Article.source_file_id == source_file_id).scalar_subquery()
    for table in (m.Event, m.PlaceMention, m.ArticleContributor, m.Byline):
        conn.execute(delete(table).where(table.article_id.in_(art_ids)))
    search.unindex_file(conn, source_file_id)
    conn.execute(delete(m.Article).where(m.Article.source_file_id == source_file_id))


def delete_file_rows(conn: Connection, source_file_id: int) -> None:
    """Remove a file and everything extracted from it."""
    delete_articles(conn, source_file_id)
    conn.execute(delete(m.SourceFile).where(m.SourceFile.id == source_file_id))


def write_articles(conn: Connection, source_file_id: int, facts: list[ItemFacts], words: list[str], shown: list[Shown],
                   newspaper: str, published: date | None, stats: LoadStats, known: KnownIds | None = None) -> KnownIds:
    """Insert the articles of one file, their facts and their full-text index words.

    Returns the place and person ids this transaction used (to cache once it commits).
    """
    place_ids = upsert_places(conn, [pm.place for f in facts for pm in f.places]
                              + [p for f in facts for e in f.events for p in (e.place, e.county) if p]
                              + [f.primary_county for f in facts if f.primary_county], known)
    person_ids = upsert_people(conn, [c.name for f in facts for c in f.item.contributors], newspaper, known)
    used = KnownIds(places=place_ids, people={(n, newspaper): i for n, i in person_ids.items()})
    art_table = m.Article.__table__
    # One statement for all rows (parameters bound per execution): compiled once, cached.
    stmt = _dialect_insert(conn, art_table).on_conflict_do_nothing(index_elements=["content_hash"]).returning(art_table.c.id)
    new_articles: list[tuple[int, ItemFacts]] = []
    docs: list[tuple[int, str]] = []
    for f, w, show in zip(facts, words, shown, strict=True):
        item = f.item
        row = {
            "source_file_id": source_file_id,
            "seq": item.seq,
            "headline": show.headline,
            "subheadline": show.subheadline,
            "body": show.body,
            "raw_start": item.start,
            "raw_end": item.end,
            "published": published,
            "content_hash": content_hash(f),
            "primary_county_id": place_ids.get(f.primary_county.key) if f.primary_county else None,
            "extractor_version": EXTRACTOR_VERSION,
        }
        art_id = conn.execute(stmt, row).scalar()
        if art_id is None:
            stats.duplicates += 1
            continue
        new_articles.append((art_id, f))
        docs.append((art_id, w))
    if not new_articles:
        return used
    write_facts(conn, new_articles, place_ids, person_ids)
    stats.articles += len(new_articles)
    stats.contributors += sum(len(f.item.contributors) for _, f in new_articles)
    stats.mentions += sum(len(f.places) for _, f in new_articles)
    stats.people_seen.update((c.name, newspaper) for _, f in new_articles for c in f.item.contributors)
    stats.places_seen.update(pm.place.key for _, f in new_articles for pm in f.places)
    stats.events += sum(len(f.events) for _, f in new_articles)
    search.index_rows(conn, docs)
    return used


def write_facts(conn: Connection, articles: list[tuple[int, ItemFacts]], place_ids: dict[str, int], person_ids: dict[str, int]) -> None:
    """Bylines, contributors, place mentions and events of freshly inserted articles."""
    mentions, events, contributors = [], [], []
    byline_stmt = insert(m.Byline.__table__).returning(m.Byline.__table__.c.id)
    for art_id, f in articles:
        text = f.item.text
        for b in f.item.bylines:
            byline_id = conn.execute(byline_stmt, {"article_id": art_id, "text": b.text, "raw_start": b.start, "raw_end": b.end}).scalar_one()
            seen: set[tuple[str, str]] = set()
            for c in b.contributors:
                if (c.name, c.role) in seen:
                    continue
                seen.add((c.name, c.role))
                contributors.append({"article_id": art_id, "person_id": person_ids[c.name], "byline_id": byline_id, "role": c.role, "position": c.order})
        for pm in f.places:
            rs, re_ = text.raw_span(pm.start, pm.end)
            mentions.append({"article_id": art_id, "place_id": place_ids[pm.place.key], "surface": pm.surface, "raw_start": rs, "raw_end": re_,
                             "confidence": pm.confidence, "rule": pm.rule})
        for e in f.events:
            rs, re_ = text.raw_span(e.evidence_start, e.evidence_end)
            events.append({
                "article_id": art_id, "type": e.type, "kind": e.kind, "scope": e.scope, "scope_name": e.scope_name,
                "place_id": place_ids.get(e.place.key) if e.place else None,
                "county_id": place_ids.get(e.county.key) if e.county else None,
                "start_date": e.start, "start_time": e.start_time, "end_date": e.end, "announced_date": e.announced,
                "not_after": getattr(e, "not_after", None), "date_precision": e.precision, "date_text": e.date_text,
                "people": e.people, "count": e.count, "round": e.round, "sampling_points": e.sampling_points, "level": e.level,
                "evidence": e.evidence, "evidence_raw_start": rs, "evidence_raw_end": re_, "rule": e.rule[:80],
                "confidence": e.confidence, "extractor_version": EXTRACTOR_VERSION,
            })
    # De-duplicate contributor rows across bylines of the same article (unique key).
    uniq: dict[tuple[int, int, str], dict] = {}
    for row in contributors:
        uniq.setdefault((row["article_id"], row["person_id"], row["role"]), row)
    for table, rows in ((m.ArticleContributor, list(uniq.values())), (m.PlaceMention, mentions), (m.Event, events)):
        if rows:
            conn.execute(insert(table.__table__), rows)


def write_result(engine: Engine, result: PageResult, stats: LoadStats, known: KnownIds | None = None) -> str:
    """Store one file's result in its own transaction; returns loaded|unchanged|replaced|failed."""
    counted = ("articles", "duplicates", "contributors", "mentions", "events")
    before = {name: getattr(stats, name) for name in counted}
    for attempt in range(5):
        for name, value in before.items():  # a retried transaction counts once
            setattr(stats, name, value)
        try:
            used = KnownIds()
            with engine.begin() as conn:
                outcome = _write_result(conn, result, stats, known, used)
            if known is not None:
                known.merge(used)
            return outcome
        except (IntegrityError, OperationalError):
            # A concurrent loader inserted the same file or place first, or a deadlock /
            # serialisation failure: retry; the second pass sees the committed rows.
            if attempt == 4:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover


def _write_result(conn: Connection, result: PageResult, stats: LoadStats, known: KnownIds | None, used: KnownIds) -> str:
    src = result.source
    sf = m.SourceFile.__table__
    outcome = "loaded"
    if result.sha256:
        row = conn.execute(select(sf.c.id, sf.c.status, sf.c.path).where(sf.c.sha256 == result.sha256)).first()
        if row is not None:
            if row.status == "loaded" and result.ok:
                return "unchanged"
            delete_file_rows(conn, row.id)
    # Same path, other content: the file changed; its old rows go.
    for (old_id,) in conn.execute(select(sf.c.id).where(sf.c.path == src.name)).all():
        delete_file_rows(conn, old_id)
        outcome = "replaced"
    meta = src.meta
    values = {
        "path": src.name,
        "sha256": result.sha256 or f"failed:{src.name}"[:64],
        "size_bytes": result.size,
        "encoding": result.encoding,
        "newspaper": meta.newspaper,
        "region": meta.region,
        "edition_date": meta.edition_date,
        "date_precision": meta.date_precision if meta.edition_date else "unknown",
        "page": meta.page,
        "status": "loaded" if result.ok else "failed",
        "error": result.error,
        "raw_text": result.text if result.ok else None,
        "extractor_version": result.extractor_version,
    }
    file_id = conn.execute(insert(sf).values(**values).returning(sf.c.id)).scalar_one()
    if not result.ok:
        return "failed"
    used.merge(write_articles(conn, file_id, result.facts, result.words, result.shown, meta.newspaper or "", meta.edition_date,
                              stats, known))
    return outcome


def iter_results(sources: list[Source], workers: int = 1) -> Iterator[PageResult]:
    """Extraction results in input order; with workers > 1, extraction runs in processes."""
    if workers <= 1 or len(sources) <= 1:
        for src in sources:
            yield process_source(src)
        return
    with _worker_pool(workers) as pool:
        yield from pool.imap(process_source, sources, chunksize=1)


@contextmanager
def _worker_pool(workers: int) -> Iterator[Any]:
    """Extraction processes (forked: the gazetteer loaded once is shared copy-on-write)."""
    import multiprocessing as mp

    with mp.get_context("fork").Pool(workers) as pool:
        yield pool


ProgressFn = Callable[[PageResult, str], None]


def load_paths(
    engine: Engine,
    paths: list[Path],
    edition_date: date | None = None,
    workers: int = 1,
    on_file: ProgressFn | None = None,
    on_start: Callable[[int], None] | None = None,
    shard: Shard | None = None,
) -> LoadStats:
    """Load files and folders (only ``shard``'s share of them, see etl.shard); every file in
    its own transaction. Never raises for bad input."""
    t0 = time.perf_counter()
    found = discover(paths, edition_date)
    sources = list(in_shard(found.sources, shard))
    stats = LoadStats(files=len(sources), notes=list(found.notes))
    if on_start:
        on_start(len(sources))
    known = KnownIds()
    for result in iter_results(sources, workers):
        try:
            outcome = write_result(engine, result, stats, known)
        except DBAPIError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            result.error = f"database error: {reason}"
            outcome = "failed"
        if result.error:
            stats.failed += 1
            stats.failures.append((str(result.source.path), result.error))
        else:
            setattr(stats, outcome, getattr(stats, outcome) + 1)
        stats.warnings.extend(result.warnings)
        if on_file:
            on_file(result, outcome)
    stats.seconds = time.perf_counter() - t0
    return stats


# --- re-extraction ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Stored:
    file_id: int
    text: str
    meta: PageMeta


def _reextract(stored: _Stored) -> tuple[_Stored, tuple[list[ItemFacts], list[str], list[Shown]] | None, str | None]:
    try:
        return stored, derive(stored.text, stored.meta), None
    except Exception as exc:  # noqa: BLE001 - reported per file, the others go on
        return stored, None, f"{type(exc).__name__}: {exc}"


def reprocess(engine: Engine, everything: bool = False, workers: int = 1,
              on_start: Callable[[int], None] | None = None, on_file: Callable[[str, str | None], None] | None = None) -> LoadStats:
    """Re-run extraction on stored raw text of files an older extractor version produced.

    Each file's old facts are replaced atomically (one transaction per file); the raw
    files are not read again.
    """
    t0 = time.perf_counter()
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

    def stored_pages(ids: list[int]) -> list[_Stored]:
        with engine.connect() as conn:
            rows = conn.execute(select(sf).where(sf.c.id.in_(ids)).order_by(sf.c.id)).all()
        return [_Stored(r.id, r.raw_text or "", PageMeta(newspaper=r.newspaper, region=r.region, edition_date=r.edition_date,
                                                         date_precision=r.date_precision, page=r.page)) for r in rows]

    chunk = max(8, 4 * workers)  # raw text is read a chunk at a time: flat memory
    with _worker_pool(workers) if workers > 1 else nullcontext() as pool:
        for i in range(0, len(todo), chunk):
            batch = stored_pages([r.id for r in todo[i : i + chunk]])
            for stored, derived, error in (pool.map(_reextract, batch) if pool else map(_reextract, batch)):
                if derived is None:
                    stats.failed += 1
                    stats.failures.append((paths[stored.file_id], error or "extraction failed"))
                else:
                    with engine.begin() as conn:
                        delete_articles(conn, stored.file_id)
                        write_articles(conn, stored.file_id, *derived, stored.meta.newspaper or "", stored.meta.edition_date, stats)
                        conn.execute(sf.update().where(sf.c.id == stored.file_id).values(extractor_version=EXTRACTOR_VERSION))
                    stats.replaced += 1
                if on_file:
                    on_file(paths[stored.file_id], error)
    stats.seconds = time.perf_counter() - t0
    return stats


# --- the whole gazetteer ----------------------------------------------------------------


def load_gazetteer(engine: Engine, on_progress: Callable[[int, int], None] | None = None,
                   provinces: Iterable[str] = ()) -> int:
    """Insert every node of the official tree (≈700k rows) once; returns rows added.

    ``provinces`` limits the load to those provinces' subtrees (names as in the gazetteer).

    For BI users who want the whole place dimension; `etl load` itself stores only the
    places articles mention and their ancestors. Idempotent (keys are the name paths).
    """
    from etl.extract.gazetteer import LEVELS, load as gazetteer

    gaz = gazetteer()
    n = len(gaz)
    keys: list[str] = [""] * n
    rows_by_level: list[list[int]] = [[] for _ in LEVELS]
    wanted = set(provinces)
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
    n = sum(len(r) for r in rows_by_level)
    place = m.Place.__table__
    ids: dict[int, int] = {}
    added = 0
    done = 0
    batch = 5000
    for level, members in enumerate(rows_by_level):
        for lo in range(0, len(members), batch):
            chunk = members[lo : lo + batch]
            rows = []
            for i in chunk:
                anc = {gaz.level(a): a for a in gaz.ancestors(i)}
                county = anc.get(2)
                rows.append({
                    "key": keys[i], "name": gaz.names[i], "level": LEVELS[level],
                    "adcode": gaz.adcodes.get(i) if level <= 2 else None, "official": True,
                    "parent_id": ids.get(gaz.parent(i)),
                    "province": gaz.names[anc[0]] if 0 in anc else None,
                    "prefecture": gaz.names[anc[1]] if 1 in anc else None,
                    "county": gaz.names[county] if county is not None else None,
                    "county_adcode": gaz.adcodes.get(county) if county is not None else None,
                })
            with engine.begin() as conn:
                res = conn.execute(_dialect_insert(conn, place).on_conflict_do_nothing(index_elements=["key"]), rows)
                added += max(res.rowcount or 0, 0)
                by_key = {keys[i]: i for i in chunk}
                for key, pid in conn.execute(select(place.c.key, place.c.id).where(place.c.key.in_(list(by_key)))):
                    ids[by_key[key]] = pid
            done += len(chunk)
            if on_progress:
                on_progress(done, n)
    return added
