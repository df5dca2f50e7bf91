"""Read-side API over the database: lockdowns, timelines, events, the county x day panel, reporters, full-text search.

SQLAlchemy Core only, so the same statements run on SQLite and PostgreSQL. Every function
takes a ``Connection`` (or an ORM ``Session``) and returns frozen dataclasses whose field
order is the column order of ``etl query … --format csv``; ``columns(RowType)`` gives it.

Why the statements look the way they do (issue 8, a million events): filters that select
events are put on the ``event`` columns that have indexes (``ix_event_type_start`` for
type + date, ``ix_event_county_type`` for county + type, reached through a small
``IN (SELECT id FROM place …)``), and place/article/file names are joined afterwards, so
a filtered query reads only the matching events. jieba is imported only by ``search``.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, fields
from datetime import date
from itertools import pairwise
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Connection, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from db import models as m
from etl.placename import PlaceError, PlaceRef, inside, resolve

Conn = Connection | Session

ROLES = ("reporter", "correspondent", "photographer", "editor", "intern", "agency")
SCOPES = ("county", "town", "community", "campus", "road", "other")
EVENT_TYPES = ("lockdown", "mass_testing", "case_report", "school_closure", "movement_restriction",
               "supply_assurance", "inspection", "emergency_response")

_ev = m.Event.__table__
_art = m.Article.__table__
_sf = m.SourceFile.__table__
_pl = m.Place.__table__
_person = m.Person.__table__
_ac = m.ArticleContributor.__table__
_county = _pl.alias("county_place")
_place = _pl.alias("event_place")


# --- row types ----------------------------------------------------------------------------


@dataclass(slots=True)
class LockdownRow:
    """One lockdown event; the first twelve fields are the CSV contract of docs/design.md."""

    province: str | None
    prefecture: str | None
    county: str | None
    adcode: str | None
    start_date: date | None
    start_time: str | None
    end_date: date | None
    scope: str | None
    scope_name: str | None
    headline: str | None
    source_file: str
    evidence: str
    kind: str | None
    date_precision: str
    not_after: date | None
    announced_date: date | None
    published: date | None
    article_id: int
    event_id: int


@dataclass(slots=True)
class EventRow:
    """An event flattened with its place, county and article, ready for a spreadsheet."""

    event_id: int
    type: str
    kind: str | None
    scope: str | None
    scope_name: str | None
    place: str | None
    place_level: str | None
    place_adcode: str | None
    county: str | None
    county_adcode: str | None
    prefecture: str | None
    province: str | None
    start_date: date | None
    start_time: str | None
    end_date: date | None
    announced_date: date | None
    not_after: date | None
    date_precision: str
    people: int | None
    count: int | None
    round: int | None
    sampling_points: int | None
    level: int | None
    confidence: float
    headline: str | None
    published: date | None
    source_file: str
    evidence: str
    article_id: int


@dataclass(slots=True)
class TimelineRow:
    """One event in a place's timeline: ``date`` is its start date, NULL when the text gives none
    (then ``not_after`` is the latest it can be, and the row is sorted there)."""

    date: date | None
    not_after: dt.date | None
    start_time: str | None
    end_date: dt.date | None
    date_precision: str
    type: str
    kind: str | None
    scope: str | None
    scope_name: str | None
    place: str | None
    county: str | None
    adcode: str | None
    prefecture: str | None
    province: str | None
    headline: str | None
    source_file: str
    evidence: str
    article_id: int
    event_id: int


@dataclass(slots=True)
class PanelRow:
    """One county-day of v_county_day: OxCGRT-style ordinals, flags and the events behind them."""

    province: str | None
    prefecture: str | None
    county: str
    adcode: str | None
    day: date
    c6_stay_at_home: int
    c6_general: int
    c6_assumed_end: int
    c6_undated: int
    c1_school_closing: int
    c1_general: int
    c1_assumed_end: int
    h2_testing: int
    h2_general: int
    c6_event_ids: str | None
    c1_event_ids: str | None
    h2_event_ids: str | None


@dataclass(slots=True)
class ReporterRow:
    """A contributor with how many items carry their name and the first/last publication date."""

    name: str
    newspaper: str
    roles: str
    items: int
    first: date | None
    last: date | None
    person_id: int


@dataclass(slots=True)
class SearchRow:
    article_id: int
    headline: str | None
    published: date | None
    source_file: str
    rank: float
    snippet: str


R = TypeVar("R")


def columns(row_type: type) -> list[str]:
    """Column names of a row type, in output order."""
    return [f.name for f in fields(row_type)]


def as_dicts(rows: list[Any]) -> list[dict[str, Any]]:
    """Rows as plain dicts for etl.output.render (shallow: no deep copy like asdict)."""
    if not rows:
        return []
    names = columns(type(rows[0]))
    return [{n: getattr(r, n) for n in names} for r in rows]


def _conn(c: Conn) -> Connection:
    return c.connection() if isinstance(c, Session) else c


def _build(row_type: type[R], result: Any) -> list[R]:
    """Rows -> dataclasses positionally (keyword building costs more than the query on big answers)."""
    names = columns(row_type)
    if list(result.keys()) != names:  # a programming error: the SELECT must list the fields in order
        raise AssertionError(f"{row_type.__name__}: SELECT gives {list(result.keys())}, fields are {names}")
    return [row_type(*r) for r in result]


# --- shared filters ---------------------------------------------------------------------


def area(conn: Conn, province: str | None = None, prefecture: str | None = None,
         county: str | None = None) -> PlaceRef | None:
    """The place the three filters name together (the most specific one), checked to nest.

    Each may be a name, a short name, a path or a code (etl.placename.resolve); a name
    that fits several places or none raises PlaceError with one line to show.
    """
    c = _conn(conn)
    refs = [resolve(c, text, (level,), option=f"--{level}")
            for level, text in (("province", province), ("prefecture", prefecture), ("county", county)) if text]
    for outer, inner in pairwise(refs):
        if not inner.key.startswith(outer.key + "/"):
            raise PlaceError(f"{inner.label()} is not in {outer.label()}")
    return refs[-1] if refs else None


def _area_filter(where: PlaceRef | None) -> ColumnElement[bool] | None:
    """Events of a county by ``county_id`` (index ``ix_event_county_type``); of a larger area
    through its counties, or through their own place when the event has no county."""
    if where is None:
        return None
    if where.level == "county":
        return _ev.c.county_id == where.id
    counties = select(_pl.c.id).where(_pl.c.level == "county", inside(where))
    places = select(_pl.c.id).where(inside(where))
    return or_(_ev.c.county_id.in_(counties), and_(_ev.c.county_id.is_(None), _ev.c.place_id.in_(places)))


def _date_filter(date_from: date | None, date_to: date | None, include_undated: bool) -> ColumnElement[bool] | None:
    """Start date within [from, to]; undated events pass only when asked for.

    An undated event whose ``not_after`` (the latest date it can have) lies before
    ``date_from`` started before the range, so it is dropped even then.
    """
    if date_from is None and date_to is None:
        return None
    dated = []
    if date_from is not None:
        dated.append(_ev.c.start_date >= date_from)
    if date_to is not None:
        dated.append(_ev.c.start_date <= date_to)
    cond: ColumnElement[bool] = and_(*dated)
    if include_undated:
        undated: ColumnElement[bool] = _ev.c.start_date.is_(None)
        if date_from is not None:
            undated = and_(undated, or_(_ev.c.not_after.is_(None), _ev.c.not_after >= date_from))
        cond = or_(cond, undated)
    return cond


def _event_where(type_: str | None, where: PlaceRef | None, date_from: date | None, date_to: date | None,
                 include_undated: bool, scope: str | None = None, kind: str | None = None) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if type_:
        conds.append(_ev.c.type == type_)
    for cond in (_area_filter(where), _date_filter(date_from, date_to, include_undated)):
        if cond is not None:
            conds.append(cond)
    if scope:
        conds.append(_ev.c.scope == scope)
    if kind:
        conds.append(_ev.c.kind == kind)
    return conds


def _joined() -> Any:
    return (_ev.join(_art, _art.c.id == _ev.c.article_id)
            .join(_sf, _sf.c.id == _art.c.source_file_id)
            .outerjoin(_county, _county.c.id == _ev.c.county_id)
            .outerjoin(_place, _place.c.id == _ev.c.place_id))


# --- queries ----------------------------------------------------------------------------


def lockdowns(conn: Conn, province: str | None = None, prefecture: str | None = None, county: str | None = None,
              date_from: date | None = None, date_to: date | None = None, scope: str | None = None,
              include_undated: bool = False, limit: int | None = None) -> list[LockdownRow]:
    """Lockdown events, one row each, by county then start date (undated last).

    Province and prefecture fall back to the event's own place when it has no county
    (a prefecture-wide measure). Date filters apply to the start date; see
    ``_date_filter`` for undated events.
    """
    where = area(conn, province, prefecture, county)
    stmt = lockdowns_statement(where, date_from, date_to, scope, include_undated, limit)
    return _build(LockdownRow, _conn(conn).execute(stmt))


def lockdowns_statement(where: PlaceRef | None = None, date_from: date | None = None, date_to: date | None = None,
                        scope: str | None = None, include_undated: bool = False, limit: int | None = None) -> Select:
    """The SELECT behind ``lockdowns`` (exposed so that tests can EXPLAIN it)."""
    stmt = (
        select(
            func.coalesce(_county.c.province, _place.c.province).label("province"),
            func.coalesce(_county.c.prefecture, _place.c.prefecture).label("prefecture"),
            _county.c.name.label("county"), _county.c.adcode.label("adcode"),
            _ev.c.start_date, _ev.c.start_time, _ev.c.end_date, _ev.c.scope, _ev.c.scope_name,
            _art.c.headline, _sf.c.path.label("source_file"), _ev.c.evidence, _ev.c.kind, _ev.c.date_precision,
            _ev.c.not_after, _ev.c.announced_date, _art.c.published, _ev.c.article_id, _ev.c.id.label("event_id"),
        )
        .select_from(_joined())
        .where(*_event_where("lockdown", where, date_from, date_to, include_undated, scope=scope))
        .order_by(_county.c.name.asc().nulls_last(), _ev.c.start_date.asc().nulls_last(),
                  _ev.c.start_time.asc().nulls_last(), _ev.c.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return stmt


def events(conn: Conn, type: str | None = None, province: str | None = None, prefecture: str | None = None,
           county: str | None = None, date_from: date | None = None, date_to: date | None = None,
           scope: str | None = None, kind: str | None = None, include_undated: bool = False,
           limit: int | None = None) -> list[EventRow]:
    """Events of any type with the names and codes of their place and county, by date."""
    where = area(conn, province, prefecture, county)
    stmt = (
        select(
            _ev.c.id.label("event_id"), _ev.c.type, _ev.c.kind, _ev.c.scope, _ev.c.scope_name,
            _place.c.name.label("place"), _place.c.level.label("place_level"), _place.c.adcode.label("place_adcode"),
            _county.c.name.label("county"), _county.c.adcode.label("county_adcode"),
            func.coalesce(_county.c.prefecture, _place.c.prefecture).label("prefecture"),
            func.coalesce(_county.c.province, _place.c.province).label("province"),
            _ev.c.start_date, _ev.c.start_time, _ev.c.end_date, _ev.c.announced_date, _ev.c.not_after,
            _ev.c.date_precision, _ev.c.people, _ev.c.count, _ev.c.round, _ev.c.sampling_points, _ev.c.level,
            _ev.c.confidence, _art.c.headline, _art.c.published, _sf.c.path.label("source_file"), _ev.c.evidence,
            _ev.c.article_id,
        )
        .select_from(_joined())
        .where(*_event_where(type, where, date_from, date_to, include_undated, scope=scope, kind=kind))
        .order_by(func.coalesce(_ev.c.start_date, _ev.c.not_after).asc().nulls_last(),
                  _ev.c.start_time.asc().nulls_last(), _ev.c.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return _build(EventRow, _conn(conn).execute(stmt))


def timeline(conn: Conn, place: str, type: str | None = None) -> list[TimelineRow]:
    """Every event at a place (any level: county, town, campus, prefecture…), oldest first.

    ``place`` is a name, short name, path or code (PlaceError when it names none or
    several). An event belongs to the place when its own place or its county is the
    place or lies inside it. ``date`` is the start date only: an undated event keeps
    ``date`` empty, is sorted at ``not_after`` (the latest it can be) and shows that date.
    """
    ref = resolve(_conn(conn), place)
    ids = select(_pl.c.id).where(inside(ref))
    day = func.coalesce(_ev.c.start_date, _ev.c.not_after)
    where = [or_(_ev.c.place_id.in_(ids), _ev.c.county_id.in_(ids))]
    if type:
        where.append(_ev.c.type == type)
    stmt = (
        select(
            _ev.c.start_date.label("date"), _ev.c.not_after, _ev.c.start_time, _ev.c.end_date, _ev.c.date_precision,
            _ev.c.type, _ev.c.kind, _ev.c.scope, _ev.c.scope_name, _place.c.name.label("place"),
            _county.c.name.label("county"), _county.c.adcode.label("adcode"),
            func.coalesce(_county.c.prefecture, _place.c.prefecture).label("prefecture"),
            func.coalesce(_county.c.province, _place.c.province).label("province"),
            _art.c.headline, _sf.c.path.label("source_file"), _ev.c.evidence, _ev.c.article_id,
            _ev.c.id.label("event_id"),
        )
        .select_from(_joined())
        .where(*where)
        .order_by(day.asc().nulls_last(), _ev.c.start_time.asc().nulls_last(), _ev.c.id)
    )
    return _build(TimelineRow, _conn(conn).execute(stmt))


def panel(conn: Conn, province: str | None = None, prefecture: str | None = None, county: str | None = None,
          date_from: date | None = None, date_to: date | None = None) -> list[PanelRow]:
    """County-days with a measure in force (table county_day, see docs/design.md), by county code and day."""
    cd = m.CountyDay.__table__
    where = area(conn, province, prefecture, county)
    conds: list[ColumnElement[bool]] = []
    if where is not None:
        conds.append(cd.c.county_id == where.id if where.level == "county"
                     else cd.c.county_id.in_(select(_pl.c.id).where(_pl.c.level == "county", inside(where))))
    if date_from is not None:
        conds.append(cd.c.day >= date_from)
    if date_to is not None:
        conds.append(cd.c.day <= date_to)
    stmt = (select(_pl.c.province, _pl.c.prefecture, _pl.c.name.label("county"), _pl.c.adcode, cd.c.day,
                   cd.c.c6.label("c6_stay_at_home"), cd.c.c6_general, cd.c.c6_assumed_end, cd.c.c6_undated,
                   cd.c.c1.label("c1_school_closing"), cd.c.c1_general, cd.c.c1_assumed_end,
                   cd.c.h2.label("h2_testing"), cd.c.h2_general, cd.c.c6_event_ids, cd.c.c1_event_ids,
                   cd.c.h2_event_ids)
            .select_from(cd.join(_pl, _pl.c.id == cd.c.county_id)).where(*conds)
            .order_by(_pl.c.adcode, cd.c.day))
    return _build(PanelRow, _conn(conn).execute(stmt))


def reporters(conn: Conn, newspaper: str | None = None, role: str | None = None,
              date_from: date | None = None, date_to: date | None = None) -> list[ReporterRow]:
    """People with the number of items bearing their name, most prolific first.

    ``items`` counts distinct articles (a reporter who also took the photo counts once);
    ``roles`` lists every role the person had within the filters. Date filters use the
    article's publication date, so undated articles drop out when one is given.
    """
    where: list[ColumnElement[bool]] = []
    if newspaper is not None:
        where.append(_person.c.newspaper == newspaper)
    if role:
        where.append(_ac.c.role == role)
    if date_from is not None:
        where.append(_art.c.published >= date_from)
    if date_to is not None:
        where.append(_art.c.published <= date_to)
    joined = _ac.join(_person, _person.c.id == _ac.c.person_id).join(_art, _art.c.id == _ac.c.article_id)
    c = _conn(conn)
    stmt = (
        select(_person.c.id.label("person_id"), _person.c.name, _person.c.newspaper,
               func.count(_ac.c.article_id.distinct()).label("items"),
               func.min(_art.c.published).label("first"), func.max(_art.c.published).label("last"))
        .select_from(joined).where(*where)
        .group_by(_person.c.id, _person.c.name, _person.c.newspaper)
    )
    people = c.execute(stmt).all()
    roles: dict[int, set[str]] = defaultdict(set)
    for pid, r in c.execute(select(_ac.c.person_id, _ac.c.role).select_from(joined).where(*where).distinct()):
        roles[pid].add(r)
    order = {r: i for i, r in enumerate(ROLES)}
    rows = [
        ReporterRow(name=p.name, newspaper=p.newspaper, items=p.items, first=p.first, last=p.last,
                    person_id=p.person_id,
                    roles=",".join(sorted(roles[p.person_id], key=lambda r: (order.get(r, len(order)), r))))
        for p in people
    ]
    rows.sort(key=lambda r: (-r.items, r.name, r.newspaper, r.person_id))
    return rows


def search(conn: Conn, text: str, limit: int = 20) -> list[SearchRow]:
    """Articles containing every word of ``text`` (jieba-segmented), best first, with a snippet."""
    from etl.search import query_terms, search_ids, snippet

    c = _conn(conn)
    hits = search_ids(c, text, limit=limit)
    if not hits:
        return []
    found = {
        r.id: r
        for r in c.execute(
            select(_art.c.id, _art.c.headline, _art.c.body, _art.c.published, _sf.c.path)
            .join(_sf, _sf.c.id == _art.c.source_file_id).where(_art.c.id.in_([h.article_id for h in hits]))
        )
    }
    terms = query_terms(text)
    phrase = "".join(text.split())  # marked whole ([核酸检测]) where it occurs as typed, else word by word
    out = []
    for h in hits:
        r = found.get(h.article_id)
        if r is None:  # index row without its article: skip rather than fail
            continue
        out.append(SearchRow(article_id=r.id, headline=r.headline, published=r.published, source_file=r.path,
                             rank=float(f"{h.rank:.6g}"),
                             snippet=snippet(r.body, [phrase] if phrase and phrase in r.body else terms)))
    return out


__all__ = [
    "EVENT_TYPES",
    "ROLES",
    "SCOPES",
    "EventRow",
    "LockdownRow",
    "PanelRow",
    "PlaceError",
    "PlaceRef",
    "ReporterRow",
    "SearchRow",
    "TimelineRow",
    "area",
    "as_dicts",
    "columns",
    "events",
    "lockdowns",
    "lockdowns_statement",
    "panel",
    "reporters",
    "search",
    "timeline",
]
