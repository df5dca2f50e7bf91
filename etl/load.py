"""Writing extraction results: one transaction per file, idempotent, safe under concurrency.

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
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, String, Table, delete, func, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from db import models as m
from etl import panel, search
from etl.extract import EXTRACTOR_VERSION
from etl.extract.model import ItemFacts, PageMeta, Place
from etl.extract.places import named_county
from etl.pipeline import PageResult, Shown, content_hash, derive, process_file
from etl.read import Source, discover
from etl.shard import Shard, in_shard

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
    people_seen: set[tuple[str, str]] = field(default_factory=set)  # (name, newspaper) credited in new articles
    places_seen: set[str] = field(default_factory=set)  # place keys mentioned in new articles

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


# PostgreSQL INTEGER; SQLite would take up to 2**63 but both must accept the same rows.
INT_RANGE = (-(2**31), 2**31 - 1)


def fit_text(value: str | None, column: Any) -> str | None:
    """A string cut to its column's length, so that PostgreSQL (which enforces VARCHAR(n))
    and SQLite (which does not) store the same value."""
    length = getattr(column.type, "length", None)
    if value is None or length is None or len(value) <= length:
        return value
    return value[: length - 1] + "…"


def fit_row(table: Any, row: dict[str, Any]) -> dict[str, Any]:
    """A row both databases store alike: strings cut to their columns, integers outside
    PostgreSQL's INTEGER (a 20-digit count in a hostile page) stored as unknown (NULL)."""
    out = dict(row)
    for name, value in row.items():
        column = table.c[name]
        if isinstance(value, str):
            out[name] = fit_text(value, column)
        elif isinstance(value, int) and not isinstance(value, bool) and not INT_RANGE[0] <= value <= INT_RANGE[1]:
            out[name] = None if column.nullable else max(INT_RANGE[0], min(value, INT_RANGE[1]))
    return out


@dataclass
class KnownIds:
    """Ids of places and people already committed, so that later files skip their upserts.

    Places and people are never deleted, so a committed id stays valid; ids found inside a
    transaction join the cache only after it commits (``merge``).
    """

    places: dict[str, int] = field(default_factory=dict)
    people: dict[tuple[str, str], int] = field(default_factory=dict)

    def merge(self, other: KnownIds) -> None:
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
            county = named_county(p.ancestor("county"))
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
        conn.execute(_dialect_insert(conn, m.Place.__table__).on_conflict_do_nothing(index_elements=["key"]),
                     [{**fit_row(m.Place.__table__, r), "key": r["key"]} for r in rows])
        keys = [p.key for p in layer]
        for key, pid in conn.execute(select(m.Place.key, m.Place.id).where(m.Place.key.in_(keys))):
            ids[key] = pid
    return ids


def upsert_people(conn: Connection, names: Iterable[str], newspaper: str,
                  known: KnownIds | None = None) -> dict[str, int]:
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
    rows = conn.execute(select(m.Person.name, m.Person.id)
                        .where(m.Person.newspaper == newspaper, m.Person.name.in_(wanted)))
    ids.update(rows.tuples().all())
    return ids


@dataclass
class KeptIds:
    """Ids of a file's articles and events before it is re-extracted, to give them back.

    Saved references (an article id in a paper, the event ids of a panel row) must survive
    `etl reprocess` and the reload of a changed file: an article keeps its id when its
    content (else its raw span) is found again, an event when its article keeps its id and
    the same type, kind, sentence and area are found again in it.
    """

    by_hash: dict[str, int] = field(default_factory=dict)
    by_span: dict[tuple[int, int], int] = field(default_factory=dict)
    events: dict[tuple[int, str, str | None, str, str | None], list[int]] = field(default_factory=dict)
    taken: set[int] = field(default_factory=set)

    def article_id(self, digest: str, span: tuple[int, int]) -> int | None:
        for aid in (self.by_hash.get(digest), self.by_span.get(span)):
            if aid is not None and aid not in self.taken:
                self.taken.add(aid)
                return aid
        return None

    def event_id(self, article_id: int, type_: str, kind: str | None, evidence: str,
                 scope_name: str | None) -> int | None:
        ids = self.events.get((article_id, type_, kind, evidence, scope_name))
        return ids.pop(0) if ids else None


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


def homes(conn: Connection, hashes: Iterable[str]) -> dict[str, Home]:
    """The stored article of each content hash, with the place it is stored under."""
    a, sf = m.Article.__table__, m.SourceFile.__table__
    wanted = sorted(set(hashes))
    out: dict[str, Home] = {}
    for i in range(0, len(wanted), 500):
        rows = conn.execute(select(a.c.content_hash, a.c.id, a.c.seq, sf.c.location, sf.c.location_key)
                            .join(sf, sf.c.id == a.c.source_file_id).where(a.c.content_hash.in_(wanted[i:i + 500])))
        out.update({r.content_hash: Home(r.location or "", r.location_key, r.seq, r.id) for r in rows})
    return out


def _order(home: Home) -> tuple[str, str, int]:
    return (home.location, home.key, home.seq)


def write_articles(conn: Connection, file: Home, facts: list[ItemFacts], words: list[str], shown: list[Shown],
                   newspaper: str, published: date | None, stats: LoadStats, known: KnownIds | None = None,
                   file_id: int = 0, kept: KeptIds | None = None) -> KnownIds:
    """Record every occurrence of one file's articles, and store those it prints first.

    An article already stored under a later occurrence (another file, or later on this
    page) moves here, so that where an article is stored depends only on the set of
    files, never on the order they were loaded in. Returns the place and person ids this
    transaction used (to cache once it commits).
    """
    hashes = [content_hash(f) for f in facts]
    if hashes:
        conn.execute(insert(m.ArticleOccurrence.__table__),
                     [{"source_file_id": file_id, "seq": f.item.seq, "content_hash": h}
                      for f, h in zip(facts, hashes, strict=True)])
    stored = homes(conn, hashes)
    chosen: list[int] = []
    for i, (f, h) in enumerate(zip(facts, hashes, strict=True)):
        here = Home(file.location, file.key, f.item.seq)
        if h in stored and _order(stored[h]) <= _order(here):
            stats.duplicates += 1
            continue
        if h in stored and (old_id := stored[h].article_id) is not None:
            delete_article_rows(conn, [old_id])  # re-homed: it is printed earlier here
            stats.duplicates += 1
        stored[h] = here
        chosen.append(i)
    return store_articles(conn, file_id, [facts[i] for i in chosen], [words[i] for i in chosen],
                          [shown[i] for i in chosen], newspaper, published, stats, known, kept)


def store_articles(conn: Connection, source_file_id: int, facts: list[ItemFacts], words: list[str], shown: list[Shown],
                   newspaper: str, published: date | None, stats: LoadStats, known: KnownIds | None = None,
                   kept: KeptIds | None = None) -> KnownIds:
    """Insert articles, their facts and their full-text index words (``kept``: ids to give back).

    A content hash another transaction stored meanwhile raises IntegrityError, and the
    caller retries the whole file (never a silent skip: the article might belong here).
    """
    place_ids = upsert_places(conn, [pm.place for f in facts for pm in f.places]
                              + [p for f in facts for e in f.events for p in (e.place, e.county) if p]
                              + [f.primary_county for f in facts if f.primary_county], known)
    person_ids = upsert_people(conn, [c.name for f in facts for c in f.item.contributors], newspaper, known)
    used = KnownIds(places=place_ids, people={(n, newspaper): i for n, i in person_ids.items()})
    art_table = m.Article.__table__
    stmt = insert(art_table).returning(art_table.c.id)  # compiled once, parameters bound per row
    new_articles: list[tuple[int, ItemFacts]] = []
    docs: list[tuple[int, str]] = []
    for f, w, show in zip(facts, words, shown, strict=True):
        item, digest = f.item, content_hash(f)
        row = {
            "source_file_id": source_file_id, "seq": item.seq, "headline": show.headline,
            "subheadline": show.subheadline, "body": show.body, "raw_start": item.start, "raw_end": item.end,
            "published": published, "content_hash": digest, "extractor_version": EXTRACTOR_VERSION,
            "page_number": item.page, "bbox": ",".join(f"{v:g}" for v in item.bbox) if item.bbox else None,
            "primary_county_id": place_ids.get(f.primary_county.key) if f.primary_county else None,
        }
        old_id = kept.article_id(digest, (item.start, item.end)) if kept else None
        art_id = conn.execute(stmt, row if old_id is None else {**row, "id": old_id}).scalar_one()
        new_articles.append((art_id, f))
        docs.append((art_id, w))
    if not new_articles:
        return used
    write_facts(conn, new_articles, place_ids, person_ids, kept)
    stats.articles += len(new_articles)
    stats.contributors += sum(len(f.item.contributors) for _, f in new_articles)
    stats.mentions += sum(len(f.places) for _, f in new_articles)
    stats.people_seen.update((c.name, newspaper) for _, f in new_articles for c in f.item.contributors)
    stats.places_seen.update(pm.place.key for _, f in new_articles for pm in f.places)
    stats.events += sum(len(f.events) for _, f in new_articles)
    search.index_rows(conn, docs)
    return used


def rehome(conn: Connection, hashes: set[str], stats: LoadStats, known: KnownIds | None = None) -> KnownIds:
    """Store again, under their next occurrence, articles whose file no longer prints them.

    The facts are re-derived from that file's stored raw text with its own metadata, so
    the result is what loading the remaining files from scratch would give.
    """
    used = KnownIds()
    missing = sorted(hashes - set(homes(conn, hashes)))
    if not missing:
        return used
    occ, sf = m.ArticleOccurrence.__table__, m.SourceFile.__table__
    rows = conn.execute(select(occ.c.content_hash, occ.c.seq, sf.c.id, sf.c.location, sf.c.location_key)
                        .join(sf, sf.c.id == occ.c.source_file_id).where(occ.c.content_hash.in_(missing))).all()
    first: dict[str, Any] = {}
    for r in sorted(rows, key=lambda r: (r.location or "", r.location_key, r.seq)):
        first.setdefault(r.content_hash, r)
    by_file: dict[int, dict[int, str]] = {}
    for h, r in first.items():
        by_file.setdefault(r.id, {})[r.seq] = h
    for file_id, wanted in by_file.items():
        used.merge(_rehome_from(conn, file_id, wanted, stats, known))
    return used


def _rehome_from(conn: Connection, file_id: int, wanted: dict[int, str], stats: LoadStats,
                 known: KnownIds | None) -> KnownIds:
    """Store the articles at ``wanted`` (seq -> content hash) of one stored file."""
    sf = m.SourceFile.__table__
    r = conn.execute(select(sf).where(sf.c.id == file_id)).one()
    meta = PageMeta(newspaper=r.newspaper, region=r.region, edition_date=r.edition_date,
                    date_precision=r.date_precision, page=r.page)
    facts, words, shown = derive(r.raw_text or "", meta)
    keep = [i for i, f in enumerate(facts) if wanted.get(f.item.seq) == content_hash(f)]
    if len(keep) < len(wanted):
        stats.warnings.append(f"{r.path}: {len(wanted) - len(keep)} article(s) printed here no longer extract the "
                              "same; run `etl reprocess`")
    return store_articles(conn, file_id, [facts[i] for i in keep], [words[i] for i in keep], [shown[i] for i in keep],
                          r.newspaper or "", r.edition_date, stats, known)


def write_facts(conn: Connection, articles: list[tuple[int, ItemFacts]], place_ids: dict[str, int],
                person_ids: dict[str, int], kept: KeptIds | None = None) -> None:
    """Bylines, contributors, place mentions and events of freshly inserted articles."""
    mentions, events, contributors = [], [], []
    byline_stmt = insert(m.Byline.__table__).returning(m.Byline.__table__.c.id)
    for art_id, f in articles:
        text = f.item.text
        for b in f.item.bylines:
            byline_id = conn.execute(byline_stmt, {"article_id": art_id, "text": b.text, "raw_start": b.start,
                                                   "raw_end": b.end}).scalar_one()
            seen: set[tuple[str, str]] = set()
            for c in b.contributors:
                if (c.name, c.role) in seen:
                    continue
                seen.add((c.name, c.role))
                contributors.append({"article_id": art_id, "person_id": person_ids[c.name], "byline_id": byline_id,
                                     "role": c.role, "position": c.order})
        for pm in f.places:
            rs, re_ = text.raw_span(pm.start, pm.end)
            mentions.append({"article_id": art_id, "place_id": place_ids[pm.place.key], "surface": pm.surface,
                             "raw_start": rs, "raw_end": re_, "confidence": pm.confidence, "rule": pm.rule})
        for e in f.events:
            rs, re_ = text.raw_span(e.evidence_start, e.evidence_end)
            events.append({
                "article_id": art_id, "type": e.type, "kind": e.kind, "scope": e.scope, "scope_name": e.scope_name,
                "place_id": place_ids.get(e.place.key) if e.place else None,
                "county_id": place_ids.get(e.county.key) if e.county else None,
                "start_date": e.start, "start_time": e.start_time, "end_date": e.end, "announced_date": e.announced,
                "not_after": getattr(e, "not_after", None), "date_precision": e.precision, "date_text": e.date_text,
                "people": e.people, "count": e.count, "round": e.round, "sampling_points": e.sampling_points,
                "level": e.level,
                "evidence": e.evidence, "evidence_raw_start": rs, "evidence_raw_end": re_, "rule": e.decision[:80],
                "confidence": e.confidence, "extractor_version": EXTRACTOR_VERSION,
            })
            old_id = kept.event_id(art_id, e.type, e.kind, e.evidence, e.scope_name) if kept else None
            if old_id is not None:
                events[-1]["id"] = old_id
    # De-duplicate contributor rows across bylines of the same article (unique key).
    uniq: dict[tuple[int, int, str], dict] = {}
    for row in contributors:
        uniq.setdefault((row["article_id"], row["person_id"], row["role"]), row)
    keeping = [r for r in events if "id" in r]  # one executemany per set of keys
    for table, rows in ((m.ArticleContributor, list(uniq.values())), (m.PlaceMention, mentions), (m.Event, keeping),
                        (m.Event, [r for r in events if "id" not in r])):
        if rows:
            conn.execute(insert(table.__table__), [fit_row(table.__table__, r) for r in rows])


_COUNTED = ("articles", "duplicates", "contributors", "mentions", "events")


def _counts(stats: LoadStats) -> tuple[dict[str, int], set[tuple[str, str]], set[str], int]:
    return ({n: getattr(stats, n) for n in _COUNTED}, set(stats.people_seen), set(stats.places_seen),
            len(stats.warnings))


def _restore(stats: LoadStats, saved: tuple[dict[str, int], set[tuple[str, str]], set[str], int]) -> None:
    """Undo the counts of a transaction that did not commit: the summary counts stored rows only."""
    counts, people, places, warnings = saved
    for name, value in counts.items():
        setattr(stats, name, value)
    stats.people_seen, stats.places_seen = people, places
    del stats.warnings[warnings:]


def write_result(engine: Engine, result: PageResult, stats: LoadStats, known: KnownIds | None = None) -> str:
    """Store one file's result in its own transaction; returns loaded|unchanged|replaced|failed|kept."""
    saved = _counts(stats)
    for attempt in range(5):
        _restore(stats, saved)  # a retried transaction counts once
        try:
            used = KnownIds()
            with engine.begin() as conn:
                outcome = _write_result(conn, result, stats, known, used)
            if known is not None:
                known.merge(used)
            return outcome
        except (IntegrityError, OperationalError):
            # A concurrent loader inserted the same file, article or place first, or a
            # deadlock / serialisation failure: retry; the next pass sees the committed rows.
            if attempt == 4:
                _restore(stats, saved)
                raise
            time.sleep(0.05 * (attempt + 1))
        except BaseException:
            _restore(stats, saved)
            raise
    raise AssertionError("unreachable")  # pragma: no cover


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


def _stored_row(conn: Connection, result: PageResult) -> Any:
    """The row this file was stored under: by location, else (loaded before locations were
    recorded) an unclaimed row with the same content, which the file adopts."""
    sf = m.SourceFile.__table__
    row = conn.execute(select(sf.c.id, sf.c.status, sf.c.sha256).where(sf.c.location_key == result.source.key)).first()
    if row is None and result.sha256:
        row = conn.execute(select(sf.c.id, sf.c.status, sf.c.sha256)
                           .where(sf.c.location.is_(None), sf.c.sha256 == result.sha256)
                           .order_by(sf.c.id).limit(1)).first()
        if row is not None:
            conn.execute(sf.update().where(sf.c.id == row.id)
                         .values(location=result.source.location, location_key=result.source.key))
    return row


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


def _write_result(conn: Connection, result: PageResult, stats: LoadStats, known: KnownIds | None,
                  used: KnownIds) -> str:
    sf = m.SourceFile.__table__
    superseded = drop_superseded(conn, result)
    row = _stored_row(conn, result)
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
        file_id = conn.execute(insert(sf).values(**values).returning(sf.c.id)).scalar_one()
        outcome = "loaded"
    else:
        orphans = remove_content(conn, row.id)
        conn.execute(sf.update().where(sf.c.id == row.id).values(**values))
        file_id, outcome = row.id, "replaced" if row.status == "loaded" else "loaded"
    if result.ok:
        meta = result.source.meta
        here = Home(result.source.location, result.source.key, 0)
        used.merge(write_articles(conn, here, result.facts, result.words, result.shown, values["newspaper"] or "",
                                  meta.edition_date, stats, known, file_id=file_id, kept=ids_kept))
    used.merge(rehome(conn, orphans, stats, known))
    return outcome if result.ok else "failed"


def record_failure(engine: Engine, result: PageResult) -> None:
    """Record a file the database refused (disk full, a lost connection) as failed, in its
    own transaction; a file stored before keeps its rows. Adds to the error if even this fails."""
    try:
        with engine.begin() as conn:
            row = _stored_row(conn, result)
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


def iter_results(sources: list[Source], workers: int = 1) -> Iterator[PageResult]:
    """Extraction results in input order; with workers > 1, extraction runs in processes,
    at most AHEAD_PER_WORKER × workers files ahead of the caller."""
    if workers <= 1 or len(sources) <= 1:
        for src in sources:
            yield from process_file(src)
        return
    todo = iter(sources)
    with _worker_pool(workers) as pool:
        pending = deque(pool.apply_async(process_file, (src,)) for src in islice(todo, AHEAD_PER_WORKER * workers))
        while pending:
            results = pending.popleft().get()
            if (following := next(todo, None)) is not None:
                pending.append(pool.apply_async(process_file, (following,)))
            yield from results


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
    follow_symlinks: bool = False,
    shard: Shard | None = None,
) -> LoadStats:
    """Load files and folders (only ``shard``'s share of them, see etl.shard); every file in
    its own transaction. Never raises for bad input.

    ``follow_symlinks`` also follows symlinks in folders that lead outside the given paths.
    """
    t0 = time.perf_counter()
    found = discover(paths, edition_date, follow_outside=follow_symlinks)
    sources = list(in_shard(found.sources, shard))
    stats = LoadStats(files=len(sources), notes=list(found.notes))
    if on_start:
        on_start(len(sources))
    known = KnownIds()
    for result in iter_results(sources, workers):
        try:
            outcome = write_result(engine, result, stats, known)
        except DBAPIError as exc:
            result.error = f"database error: {db_reason(exc)}"
            record_failure(engine, result)
            outcome = "failed"
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


def _reextract(stored: _Stored) -> tuple[_Stored, tuple[list[ItemFacts], list[str], list[Shown]] | None, str | None]:
    try:
        return stored, derive(stored.text, stored.meta, stored.layout), None
    except Exception as exc:
        return stored, None, f"{type(exc).__name__}: {exc}"


def replace_content(conn: Connection, file_id: int, derived: tuple[list[ItemFacts], list[str], list[Shown]],
                    meta: PageMeta, stats: LoadStats) -> None:
    """A stored file's articles re-extracted: its occurrences and articles replaced, those
    it no longer prints re-homed to the other files that print them."""
    sf = m.SourceFile.__table__
    r = conn.execute(select(sf.c.location, sf.c.location_key).where(sf.c.id == file_id)).one()
    kept = kept_ids(conn, [file_id])
    orphans = remove_content(conn, file_id)
    write_articles(conn, Home(r.location or "", r.location_key, 0), *derived, meta.newspaper or "", meta.edition_date,
                   stats, file_id=file_id, kept=kept)
    rehome(conn, orphans, stats)


def reprocess(engine: Engine, everything: bool = False, workers: int = 1,
              on_start: Callable[[int], None] | None = None,
              on_file: Callable[[str, str | None], None] | None = None) -> LoadStats:
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
        return [_Stored(r.id, r.raw_text or "", PageMeta(newspaper=r.newspaper, region=r.region,
                                                         edition_date=r.edition_date, date_precision=r.date_precision,
                                                         page=r.page, url=r.url), r.layout)
                for r in rows]

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
                        replace_content(conn, stored.file_id, derived, stored.meta, stats)
                        conn.execute(sf.update().where(sf.c.id == stored.file_id)
                                     .values(extractor_version=EXTRACTOR_VERSION))
                    stats.replaced += 1
                if on_file:
                    on_file(paths[stored.file_id], error)
    if stats.replaced:
        panel.refresh(engine)
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
                # rowcount of an executemany is -1 or 0 on psycopg: count the keys that were missing instead
                present = conn.execute(select(func.count()).select_from(place)
                                       .where(place.c.key.in_([r["key"] for r in rows]))).scalar_one()
                conn.execute(_dialect_insert(conn, place).on_conflict_do_nothing(index_elements=["key"]), rows)
                added += len(rows) - present
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
    county = anc.get(2)
    if county is not None and named_county(gaz.place(county)) is None:
        county = None  # 市直辖行政区划 (中山's towns): no county
    return {
        "key": keys[i], "name": gaz.names[i], "level": LEVELS[level],
        "adcode": gaz.adcodes.get(i) if level <= 2 else None, "official": True,
        "parent_id": ids.get(gaz.parent(i)),
        "province": gaz.names[anc[0]] if 0 in anc else None,
        "prefecture": gaz.names[anc[1]] if 1 in anc else None,
        "county": gaz.names[county] if county is not None else None,
        "county_adcode": gaz.adcodes.get(county) if county is not None else None,
    }
