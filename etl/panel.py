"""The county x day panel: which measures are in force in which county on which day.

Events say when a measure starts and, sometimes, when it ends; a researcher charting
days under lockdown needs every day in between. This module turns the stored events into
one row per county and day with OxCGRT-style ordinals (C6 stay at home, C1 school
closing, H2 testing), computed in Python so that SQLite and PostgreSQL get the very same
rows (table ``county_day``, read through the view ``v_county_day``). The rules and
thresholds are data in ``etl/data/panel.toml``; docs/design.md explains them.

How an end is found, in order: the end date the text gives; else the day before the
next lifting (解封, 解除…) of the same place or of the whole county; else a horizon (the
last edition covering the county, at most ``max_open_days`` after the start, else
``default_days``), and then the row says the end was assumed. A later report of the same
place that gives an end moves the end of an earlier open report (an extension).
"""
from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, select
from sqlalchemy.exc import OperationalError

from db import models as m
from etl.extract import vocabulary
from etl.write import Sql, insert_sql

INDICATORS = ("c6", "c1", "h2")
_PANEL_LOCK = 0x70616E656C  # PostgreSQL advisory lock key ("panel"): one rebuild at a time


_RULES = vocabulary.load("panel")  # read once at import, never changed


def rules() -> dict[str, Any]:
    """etl/data/panel.toml, parsed once."""
    return _RULES


@dataclass(frozen=True)
class Measure:
    """One stored event that may put a county under a measure."""

    event_id: int
    county_id: int
    indicator: str
    kind: str | None
    place_id: int | None
    general: bool  # the whole county, not a part of it
    start: date | None
    not_after: date | None
    end: date | None
    evidence: str


@dataclass(frozen=True)
class Lifting:
    """A lifting: ends the open measures of its place, or of the whole county when general."""

    county_id: int
    place_id: int | None
    general: bool
    day: date


@dataclass
class Spell:
    """A measure placed on the calendar: first and last day in force and how they were found."""

    measure: Measure
    first: date
    last: date
    ordinal: int
    assumed_end: bool
    undated: bool


@dataclass
class DayRow:
    """One county-day of the panel: ``cells`` holds the values of VALUE_COLUMNS in order
    (the insert's order), built as one tuple per row instead of a dict per row."""

    county_id: int
    day: date
    cells: tuple[Any, ...] = ()

    @property
    def values(self) -> dict[str, Any]:
        """The values by column name."""
        return dict(zip(VALUE_COLUMNS, self.cells, strict=True))


def ordinal(indicator: str, kind: str | None, evidence: str) -> int:
    """The OxCGRT ordinal of one measure, from its kind and the wording of its sentence."""
    r = rules()[indicator]
    if any(c in evidence for c in r.get("recommend_cues", ())):
        return int(r["recommend"])
    if any(c in evidence for c in r.get("all_levels_cues", ())):
        return int(r["all_levels"])
    return int(r.get("kinds", {}).get(kind or "", r["default"]))


def _end_of(mea: Measure, first: date, liftings: list[Lifting], horizon: date | None) -> tuple[date, bool]:
    """Last day in force and whether it was assumed (no end date and no lifting)."""
    if mea.end is not None and mea.end >= first:
        return mea.end, False
    if mea.indicator == "h2":  # a testing round lasts its day
        return first, False
    lifts = [lf.day for lf in liftings if lf.day > first and (lf.general or lf.place_id == mea.place_id)]
    if lifts:
        return min(lifts) - timedelta(days=1), False
    h = rules()["horizon"]
    if horizon is not None and horizon >= first:
        return min(horizon, first + timedelta(days=int(h["max_open_days"]) - 1)), True
    return first + timedelta(days=int(h["default_days"]) - 1), True


def spells(measures: Iterable[Measure], liftings: list[Lifting], horizons: dict[int, date | None]) -> list[Spell]:
    """Every measure with its days in force; later reports of a place with an end extend earlier open ones."""
    lifts_by_county: dict[int, list[Lifting]] = defaultdict(list)
    for lf in liftings:
        lifts_by_county[lf.county_id].append(lf)
    out: list[Spell] = []
    for mea in measures:
        first = mea.start or mea.not_after
        if first is None:  # no date at all, not even a latest one: it cannot be placed
            continue
        last, assumed = _end_of(mea, first, lifts_by_county[mea.county_id] if mea.indicator != "h2" else [],
                                horizons.get(mea.county_id))
        out.append(Spell(mea, first, last, ordinal(mea.indicator, mea.kind, mea.evidence), assumed, mea.start is None))
    _extend(out)
    return out


def _extend(found: list[Spell]) -> None:
    """An open report whose place is reported again with an end takes that end (extension or earlier end)."""
    by_place: dict[tuple[int, str, int | None], list[Spell]] = defaultdict(list)
    for s in found:
        by_place[(s.measure.county_id, s.measure.indicator, s.measure.place_id)].append(s)
    for group in by_place.values():
        group.sort(key=lambda s: (s.first, s.measure.event_id))
        for i, s in enumerate(group):
            if not s.assumed_end:
                continue
            later = [t for t in group[i + 1:] if not t.assumed_end and t.first <= s.last + timedelta(days=1)]
            if later:
                s.last, s.assumed_end = max(t.last for t in later), False


def _in_force(found: list[Spell]) -> dict[tuple[int, date], dict[str, list[Spell]]]:
    """The spells in force on each county-day, per indicator (plain dicts: a county-day
    is made for every day of every spell, and a defaultdict each cost more than the rest)."""
    cells: dict[tuple[int, date], dict[str, list[Spell]]] = {}
    one_day = timedelta(days=1)
    for s in found:
        county, ind = s.measure.county_id, s.measure.indicator
        d = s.first
        while d <= s.last:
            cell = cells.get((county, d))
            if cell is None:
                cells[(county, d)] = {ind: [s]}
            else:
                cell.setdefault(ind, []).append(s)
            d += one_day
    return cells


def days(found: list[Spell]) -> list[DayRow]:
    """One row per county and day with at least one measure in force, by county and day."""
    cells = _in_force(found)
    rows = []
    empty = {ind: tuple(_cell(ind, []).values()) for ind in INDICATORS}  # most county-days have one indicator in force
    alone: dict[int, tuple[Any, ...]] = {}  # id(spell) -> its cell when in force alone (a spell spans many days)
    for (county_id, day), by_ind in sorted(cells.items()):
        values: list[Any] = []
        for ind in INDICATORS:
            here = by_ind.get(ind)
            if not here:
                values += empty[ind]
            elif len(here) == 1:
                key = id(here[0])
                if key not in alone:
                    alone[key] = tuple(_one_cell(ind, here[0]).values())
                values += alone[key]
            else:
                values += _cell(ind, here).values()
        rows.append(DayRow(county_id, day, tuple(values)))
    return rows


def _cell(ind: str, here: list[Spell]) -> dict[str, Any]:
    """The columns of one indicator on one county-day."""
    if len(here) == 1:  # one measure in force: its own values, no set or sort to build
        return _one_cell(ind, here[0])
    values: dict[str, Any] = {
        ind: max((s.ordinal for s in here), default=0),
        f"{ind}_general": int(any(s.measure.general for s in here)),
        f"{ind}_event_ids": ",".join(str(i) for i in sorted({s.measure.event_id for s in here})) or None,
    }
    if ind != "h2":
        values[f"{ind}_assumed_end"] = int(any(s.assumed_end for s in here))
    if ind == "c6":
        values["c6_undated"] = int(bool(here) and all(s.undated for s in here))
    return values


def _one_cell(ind: str, s: Spell) -> dict[str, Any]:
    """``_cell`` of a single spell (the same keys, in the same order)."""
    values: dict[str, Any] = {ind: s.ordinal, f"{ind}_general": int(s.measure.general),
                              f"{ind}_event_ids": str(s.measure.event_id)}
    if ind != "h2":
        values[f"{ind}_assumed_end"] = int(s.assumed_end)
    if ind == "c6":
        values["c6_undated"] = int(s.undated)
    return values


# --- the database side ------------------------------------------------------------------


def _indicator_of_type() -> dict[str, str]:
    return {rules()[ind]["event_type"]: ind for ind in INDICATORS}


def read_inputs(conn: Connection) -> tuple[list[Measure], list[Lifting], dict[int, date | None]]:
    """Measures, liftings and per-county horizons from the stored events and files."""
    return (*read_events(conn), read_horizons(conn))


def county_passes(conn: Connection, events: int) -> list[list[int]]:
    """The counties some measure or lifting is stored for, in id order, in groups of at most
    ``events`` such events (a county with more is a group of its own)."""
    ev = m.Event.__table__
    counts = conn.execute(select(ev.c.county_id, func.count()).where(
        ev.c.county_id.is_not(None), ev.c.type.in_(list(_indicator_of_type()))).group_by(ev.c.county_id)).all()
    passes: list[list[int]] = []
    held = events
    for cid, n in sorted(counts):
        if held + n > events:
            passes.append([])
            held = 0
        passes[-1].append(cid)
        held += n
    return passes


def read_events(conn: Connection, counties: list[int] | None = None) -> tuple[list[Measure], list[Lifting]]:
    """Measures and liftings from the stored events (of ``counties`` only, when given)."""
    ev = m.Event.__table__
    by_type = _indicator_of_type()
    lifting_kind = rules()["c6"]["lifting_kind"]
    where = [ev.c.county_id.is_not(None), ev.c.type.in_(list(by_type))]
    if counties is not None:
        where.append(ev.c.county_id.in_(counties))
    rows = conn.execute(
        select(ev.c.id, ev.c.county_id, ev.c.type, ev.c.kind, ev.c.place_id, ev.c.scope, ev.c.start_date,
               ev.c.not_after, ev.c.end_date, ev.c.evidence)
        .where(*where).order_by(ev.c.id)).all()
    measures, liftings = [], []
    for r in rows:
        general = r.scope == "county" if r.scope else r.place_id in (None, r.county_id)
        if r.type == rules()["c6"]["event_type"] and r.kind == lifting_kind:
            day = r.end_date or r.start_date
            if day is not None:
                liftings.append(Lifting(r.county_id, r.place_id, general, day))
            continue
        measures.append(Measure(r.id, r.county_id, by_type[r.type], r.kind, r.place_id, general, r.start_date,
                                r.not_after, r.end_date, r.evidence))
    return measures, liftings


def read_horizons(conn: Connection) -> dict[int, date | None]:
    """The last edition (else publication) date of the files that report on each county."""
    ev, art, sf = m.Event.__table__, m.Article.__table__, m.SourceFile.__table__
    day = func.max(func.coalesce(sf.c.edition_date, art.c.published))
    out: dict[int, date | None] = {}
    for county_col, joined in ((ev.c.county_id, ev.join(art, art.c.id == ev.c.article_id)),
                               (art.c.primary_county_id, art)):
        stmt = (select(county_col, day).select_from(joined.join(sf, sf.c.id == art.c.source_file_id))
                .where(county_col.is_not(None)).group_by(county_col))
        for cid, d in conn.execute(stmt):
            if d is not None and (out.get(cid) is None or d > out[cid]):
                out[cid] = d
    return out


def rebuild(conn: Connection) -> int:
    """Replace the whole panel inside the caller's transaction; returns the rows written.

    The delete comes first so that a SQLite transaction takes its write lock before it
    reads (two rebuilds then queue instead of failing), and PostgreSQL rebuilds queue on
    an advisory lock.
    """
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PANEL_LOCK})")
    table = m.CountyDay.__table__
    conn.execute(delete(table))
    horizons = read_horizons(conn)
    sql, statement = Sql(conn), insert_sql(table.name, ("county_id", "day", *VALUE_COLUMNS))
    written = 0
    # a county's rows depend on its own events only: counties taken a few thousand events at
    # a time keep memory flat however large the corpus (the same rows, in the same order)
    for counties in county_passes(conn, EVENTS_PER_PASS):
        measures, liftings = read_events(conn, counties)
        found = days(spells(measures, liftings, horizons))
        # straight to the driver's cursor (etl.write.Sql): SQLAlchemy's insert cost more than the panel itself
        sql.many(statement, [(r.county_id, r.day.isoformat(), *r.cells) for r in found])
        written += len(found)
    return written


VALUE_COLUMNS = tuple(k for ind in INDICATORS for k in _cell(ind, []))  # a DayRow's cells, in insert order


EVENTS_PER_PASS = 500  # events read and expanded to days at a time (about 18 KB of memory each: 9 MB a pass)


def refresh(engine: Engine) -> int:
    """Rebuild the panel in its own transaction (retried when a concurrent writer holds the lock)."""
    for attempt in range(5):
        try:
            with engine.begin() as conn:
                return rebuild(conn)
        except OperationalError:
            if attempt == 4:
                raise
            time.sleep(0.1 * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover
