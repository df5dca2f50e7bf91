"""The hot path of the writer: a page's rows (etl.rows) inserted through the raw DB-API cursor.

SQLAlchemy Core costs about 180 µs of Python per statement (compiling, type processing,
result wrapping), more than SQLite spends executing most of them; the same SQL sent
straight to the driver's cursor, as prepared tuples with executemany, leaves the writer a
fraction of that. The statements run on the SQLAlchemy connection's own DB-API connection,
so they join its transaction and savepoints, and driver errors are raised as SQLAlchemy's
(IntegrityError, OperationalError) for the retry policy in etl.load.
"""
from __future__ import annotations

from collections import ChainMap
from collections.abc import Iterable, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, String
from sqlalchemy.exc import DBAPIError

from etl.extract.memo import make_room
from etl.rows import ARTICLE_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, PLACE_COLUMNS, ArticleRows, PlaceRow


class Sql:
    """The DB-API cursor of a SQLAlchemy connection; statements are written with ``?``."""

    def __init__(self, conn: Connection, later: LaterIndex | None = None) -> None:
        self.conn = conn
        self.later = later  # index rows held to the batch's end (None: inserted at once)
        self.postgres = conn.dialect.name == "postgresql"
        self.cursor: Any = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        self.error: Any = conn.dialect.loaded_dbapi.Error
        self.unnested: dict[str, tuple[str, tuple[int, ...]]] = {}  # statement -> unnest_sql's form

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def _returning_id(self, sql: str) -> str:
        """PostgreSQL's form of an insert that gives back its new id (``sql`` is one of the
        writer's constant statements: no value is ever part of it)."""
        return self._sql(sql) + " RETURNING id"

    def _raise(self, sql: str, params: Any, exc: Exception) -> None:
        raise DBAPIError.instance(sql, params, exc, self.error, dialect=self.conn.dialect) from exc

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            self.cursor.execute(self._sql(sql), params)
            return list(self.cursor.fetchall())
        except self.error as exc:
            self._raise(sql, params, exc)
            raise  # (unreachable: _raise raises)

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        try:
            self.cursor.execute(self._sql(sql), params)
        except self.error as exc:
            self._raise(sql, params, exc)

    def many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        """Insert rows: on PostgreSQL in one statement (``unnest_sql``), on SQLite (in
        process, no round trips) with executemany."""
        if not rows:
            return
        try:
            if self.postgres:
                self.cursor.execute(self._unnest(sql), self._arrays(sql, rows))
            else:
                self.cursor.executemany(sql, rows)
        except self.error as exc:
            self._raise(sql, rows[:3], exc)

    def insert_ids(self, sql: str, rows: list[tuple[Any, ...]]) -> list[int]:
        """Insert rows and return their new ids, in the order of ``rows``.

        PostgreSQL: one statement; its rows take their ids from the sequence in the order
        they are listed, so the ids sorted are the rows' ids in order (as one insert per row
        would have given them, whatever other loaders take meanwhile)."""
        if not self.postgres or not rows:
            return [self.insert_id(sql, row) for row in rows]
        return sorted(int(r[0]) for r in self.many_returning(sql, rows, "id"))

    def many_returning(self, sql: str, rows: list[tuple[Any, ...]], returning: str) -> list[Any]:
        """PostgreSQL only: ``many`` in one statement, giving back ``returning`` of the rows
        it inserted (an insert that does nothing on a conflict gives nothing for that row)."""
        try:
            self.cursor.execute(self._unnest_returning(sql, returning), self._arrays(sql, rows))
            return list(self.cursor.fetchall())
        except self.error as exc:
            self._raise(sql, rows[:3], exc)
            raise

    def insert_id(self, sql: str, params: Sequence[Any]) -> int:
        """Insert one row and return its new id."""
        try:
            if not self.postgres:
                self.cursor.execute(sql, params)
                return int(self.cursor.lastrowid)
            self.cursor.execute(self._returning_id(sql), params)
            return int(self.cursor.fetchone()[0])
        except self.error as exc:
            self._raise(sql, params, exc)
            raise

    def _unnest(self, sql: str) -> str:
        if sql not in self.unnested:
            text, floats = unnest_sql(sql)
            self.unnested[sql] = (self._sql(text), floats)
        return self.unnested[sql][0]

    def _unnest_returning(self, sql: str, returning: str) -> str:
        """``_unnest`` giving back ``returning``: both are the writer's constant texts (a
        statement of its own and a column name), never a value."""
        return f"{self._unnest(sql)} RETURNING {returning}"

    def _arrays(self, sql: str, rows: list[tuple[Any, ...]]) -> list[list[Any]]:
        """The rows as one list per column; whole numbers in a float column as floats (the
        driver refuses a list of mixed types)."""
        columns = [list(column) for column in zip(*rows, strict=True)]
        for i in self.unnested[sql][1]:
            columns[i] = [float(v) if isinstance(v, int) else v for v in columns[i]]
        return columns


def _top_level(text: str) -> list[str]:
    """``text`` split at the commas outside parentheses, stripped."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    return [*parts, text[start:].strip()]


def unnest_sql(sql: str) -> tuple[str, tuple[int, ...]]:
    """``INSERT INTO t (cols) VALUES (exprs) [rest]`` as an insert of all rows at once from
    one array per column (PostgreSQL).

    One statement per table and file instead of one per row (psycopg's executemany still
    executes every row on its own), and always the same text whatever the number of rows,
    so the driver parses it once and the server prepares it once (a multi-row VALUES list
    is a new statement for each row count). Rows come out of ``unnest`` in array order, so
    serial ids are taken in the order of the rows. A value written as an expression
    (``to_tsvector('simple', ?)``) is passed as text. Also returns the positions of the
    float columns."""
    head, tail = sql.split(" VALUES ", 1)
    end = next(i for i in range(len(tail)) if tail[:i + 1].count("(") == tail[:i + 1].count(")"))
    exprs = _top_level(tail[1:end])
    table, columns = head.removeprefix("INSERT INTO ").split(" ", 1)
    names = _top_level(columns.strip()[1:-1])
    from sqlalchemy.dialects import postgresql

    from db import models as m

    dialect = postgresql.dialect()
    # strings as TEXT: a value too long for its VARCHAR(n) fails on insert, as one row would
    tables = m.Base.metadata.tables  # (article_search, made by a migration, has expressions only)
    types = ["TEXT" if e != "?" or isinstance(tables[table].c[n].type, String)
             else tables[table].c[n].type.compile(dialect) for n, e in zip(names, exprs, strict=True)]
    values = [e.replace("?", f"u.c{i}") for i, e in enumerate(exprs)]
    arrays = ", ".join(f"?::{t}[]" for t in types)
    names_u = ", ".join(f"c{i}" for i in range(len(exprs)))
    text = f"{head} SELECT {', '.join(values)} FROM unnest({arrays}) AS u({names_u}){tail[end + 1:]}"
    return text, tuple(i for i, t in enumerate(types) if t == "FLOAT")


def marks(n: int) -> str:
    return ", ".join("?" * n)


def insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks(len(columns))})"


# Ids a KnownIds holds per kind: past this many it starts again empty (a miss costs one
# lookup), so that a long load's memory does not grow with its distinct places and people
# (about 150 bytes an id; a national corpus names hundreds of thousands of both).
KNOWN_IDS_LIMIT = 10_000


@dataclass
class KnownIds:
    """Ids of places and people already committed, so that later files skip their upserts.

    Places and people are never deleted, so a committed id stays valid; ids found inside a
    transaction join the cache only after it commits (``merge``).
    """

    places: MutableMapping[str, int] = field(default_factory=dict)
    people: MutableMapping[tuple[str, str], int] = field(default_factory=dict)

    def merge(self, other: KnownIds) -> None:
        make_room(self.places, len(other.places), KNOWN_IDS_LIMIT)
        make_room(self.people, len(other.people), KNOWN_IDS_LIMIT)
        self.places.update(other.places)
        self.people.update(other.people)

    def over(self, committed: KnownIds | None) -> KnownIds:
        """These ids (found in the open transaction) looked up first, then the committed ones."""
        if committed is None:
            return self
        return KnownIds(ChainMap(self.places, committed.places), ChainMap(self.people, committed.people))


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


def ids_of(sql: Sql, select: str, keys: list[Any], params: Sequence[Any] = ()) -> list[Any]:
    """Rows of ``select`` (ending in ``IN``) for the keys, 500 at a time (PostgreSQL: all
    at once as an array, one statement text whatever the number of keys)."""
    if sql.postgres:
        return sql.rows(f"{select[:-len('IN')]}= ANY(?)", [*params, list(keys)]) if keys else []
    out: list[Any] = []
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        out += sql.rows(f"{select} ({marks(len(chunk))})", [*params, *chunk])
    return out


PLACE_INSERT = insert_sql("place", PLACE_COLUMNS) + " ON CONFLICT (key) DO NOTHING"


def upsert_places(sql: Sql, nodes: dict[str, PlaceRow], keys: Iterable[str],
                  known: KnownIds | None = None) -> dict[str, int]:
    """Insert the places named (``nodes`` describes them, ancestors included) once; return key -> id."""
    cached = known.places if known else {}
    ids: dict[str, int] = {}
    new: dict[str, PlaceRow] = {}
    for key in keys:
        if key in cached:
            ids[key] = cached[key]
        else:
            new.setdefault(key, nodes[key])
    if not new:
        return ids
    # Most places of a corpus recur: one lookup finds the stored ones, only new ones are inserted.
    for key, pid in ids_of(sql, "SELECT key, id FROM place WHERE key IN", list(new)):
        ids[key] = pid
        del new[key]
    for depth in sorted({p.depth for p in new.values()}):
        layer = sorted((p for p in new.values() if p.depth == depth), key=lambda p: p.key)
        rows = [(*p.values[:5], ids.get(p.parent) if p.parent else None, *p.values[5:]) for p in layer]
        ids.update(inserted(sql, PLACE_INSERT, rows, "key, id"))
        # on SQLite all of them, on PostgreSQL those another loader inserted meanwhile
        missing = [p.key for p in layer if p.key not in ids]
        ids.update(ids_of(sql, "SELECT key, id FROM place WHERE key IN", missing))
    return ids


def inserted(sql: Sql, statement: str, rows: list[tuple[Any, ...]], returning: str) -> list[Any]:
    """Insert rows; on PostgreSQL the ``returning`` columns of those inserted (one round trip
    fewer than a lookup after), on SQLite nothing (a lookup there costs no round trip)."""
    if sql.postgres and rows:
        return sql.many_returning(statement, rows, returning)
    sql.many(statement, rows)
    return []


def upsert_people(sql: Sql, names: Iterable[str], newspaper: str, known: KnownIds | None = None) -> dict[str, int]:
    """Insert people (name, newspaper) once; return name -> id."""
    cached = known.people if known else {}
    ids = {n: cached[(n, newspaper)] for n in set(names) if (n, newspaper) in cached}
    wanted = sorted(set(names) - set(ids))
    if not wanted:
        return ids
    ids.update(inserted(sql, "INSERT INTO person (name, newspaper) VALUES (?, ?) ON CONFLICT (name, newspaper) "
                             "DO NOTHING", [(n, newspaper) for n in wanted], "name, id"))
    missing = [n for n in wanted if n not in ids]  # stored before (not cached), or by another loader meanwhile
    ids.update(ids_of(sql, "SELECT name, id FROM person WHERE newspaper = ? AND name IN", missing, (newspaper,)))
    return ids


ARTICLE_INSERT = insert_sql("article", ("source_file_id", *ARTICLE_COLUMNS, "primary_county_id"))
ARTICLE_INSERT_ID = insert_sql("article", ("source_file_id", *ARTICLE_COLUMNS, "primary_county_id", "id"))
BYLINE_INSERT = insert_sql("byline", ("article_id", "text", "raw_start", "raw_end"))
CONTRIBUTOR_INSERT = insert_sql("article_contributor", ("article_id", "person_id", "byline_id", "role", "position"))
MENTION_INSERT = insert_sql("place_mention", ("article_id", "place_id", *MENTION_COLUMNS))
EVENT_INSERT = insert_sql("event", ("article_id", "place_id", "county_id", *EVENT_COLUMNS))
EVENT_INSERT_ID = insert_sql("event", ("article_id", "place_id", "county_id", *EVENT_COLUMNS, "id"))
INDEX_INSERT = {False: "INSERT INTO article_fts (rowid, words) VALUES (?, ?)",
                True: "INSERT INTO article_search (article_id, tsv) "
                      "VALUES (CAST(? AS INTEGER), to_tsvector('simple', ?))"}


def insert_articles(sql: Sql, file_id: int, articles: list[ArticleRows], place_ids: dict[str, int],
                    kept: KeptIds | None) -> list[tuple[int, ArticleRows]]:
    """The article rows (a kept id given back where one is found); returns (id, rows) pairs."""
    ids: list[int | None] = []
    fresh, keeping = [], []
    for a in articles:
        params = (file_id, *a.values, place_ids.get(a.county) if a.county else None)
        old_id = kept.article_id(a.content_hash, a.span) if kept else None
        ids.append(old_id)
        if old_id is None:
            fresh.append(params)
        else:
            keeping.append((*params, old_id))
    sql.many(ARTICLE_INSERT_ID, keeping)
    new_ids = iter(sql.insert_ids(ARTICLE_INSERT, fresh))
    return [(next(new_ids) if i is None else i, a) for i, a in zip(ids, articles, strict=True)]


def insert_facts(sql: Sql, articles: list[tuple[int, ArticleRows]], place_ids: dict[str, int],
                 person_ids: dict[str, int], kept: KeptIds | None = None) -> None:
    """Bylines, contributors, place mentions, events and index words of freshly inserted articles."""
    contributors, mentions, events, keeping = [], [], [], []
    all_bylines = sql.insert_ids(BYLINE_INSERT, [(art_id, b.text, b.raw_start, b.raw_end)
                                                 for art_id, a in articles for b in a.bylines])
    for art_id, a in articles:
        byline_ids, all_bylines = all_bylines[:len(a.bylines)], all_bylines[len(a.bylines):]
        contributors += [(art_id, person_ids[c.name], byline_ids[c.byline], c.role, c.position) for c in a.contributors]
        mentions += [(art_id, place_ids[key], *values) for key, values in a.mentions]
        for e in a.events:
            place, county = (place_ids.get(k) if k else None for k in (e.place, e.county))
            row = (art_id, place, county, *e.values)
            old_id = kept.event_id(art_id, *e.kept) if kept else None
            if old_id is None:
                events.append(row)
            else:
                keeping.append((*row, old_id))
    sql.many(CONTRIBUTOR_INSERT, contributors)
    sql.many(MENTION_INSERT, mentions)
    sql.many(EVENT_INSERT_ID, keeping)
    sql.many(EVENT_INSERT, events)
    docs = [(art_id, a.words) for art_id, a in articles]
    if sql.later is None:
        sql.many(INDEX_INSERT[sql.postgres], docs)
    else:
        sql.later.rows.update(docs)


@dataclass
class LaterIndex:
    """A batch's full-text index rows, inserted once when its files are written (``flush``).

    FTS5 writes the words it holds out to a new index segment at every savepoint, and the
    writer opens one per file: inserted with each file, the index cost twice what it costs
    inserted once per batch. Held rows follow the batch's savepoints (``mark`` before a
    file, ``undo`` when its savepoint is rolled back), an id taken again by a later article
    keeps only the later words, and ``flush`` skips the ids whose article was deleted since
    (superseded later in the batch), so the index ends as inserting each file's rows at
    once would leave it.
    """

    rows: dict[int, str] = field(default_factory=dict)  # article id -> words

    def mark(self) -> dict[int, str]:
        """The rows held now, to go back to when the next file's savepoint is rolled back."""
        return dict(self.rows)

    def undo(self, mark: dict[int, str]) -> None:
        self.rows = mark

    def flush(self, sql: Sql) -> None:
        """Insert the held rows of the articles still stored (inside the batch's transaction)."""
        if not self.rows:
            return
        alive = {row[0] for row in ids_of(sql, "SELECT id FROM article WHERE id IN", sorted(self.rows))}
        sql.many(INDEX_INSERT[sql.postgres], [(i, w) for i, w in sorted(self.rows.items()) if i in alive])
        self.rows = {}
