"""The rows behind `etl report`: counties, panel cells, measure spells and evidence.

The database side of the report, kept apart from etl/report.py (pure functions from these
rows to HTML) so that the HTML builders can be tested without a database. The heat map
reads the stored panel (table ``county_day``, what ``v_county_day`` shows); the timeline
bars come from ``etl.panel.spells``, the computation that filled that table, so a bar and
the cells it covers always agree.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, select

from db import models as m
from etl import panel
from etl.placename import PlaceRef, inside
from etl.query import area

# Event types the report draws: measures (bars), testing rounds and case reports (marks).
REPORT_TYPES = ("lockdown", "school_closure", "mass_testing", "case_report")


@dataclass(frozen=True)
class County:
    id: int
    name: str
    adcode: str | None
    province: str | None
    prefecture: str | None

    @property
    def anchor(self) -> str:
        return f"county-{self.adcode or self.id}"


@dataclass(frozen=True)
class Evidence:
    """One event with the sentence, headline and file that support it."""

    event_id: int
    county_id: int
    type: str
    kind: str | None
    scope_name: str | None
    start: date | None
    end: date | None
    not_after: date | None
    count: int | None
    people: int | None
    round: int | None
    evidence: str
    headline: str | None
    source_file: str

    @property
    def day(self) -> date | None:
        """Where a mark goes: the start date, else the latest date it can have."""
        return self.start or self.not_after


@dataclass(frozen=True)
class Cell:
    """One county-day of the stored panel (C6 columns only: the heat map's)."""

    county_id: int
    day: date
    c6: int
    general: bool
    assumed_end: bool
    undated: bool
    event_ids: str | None


@dataclass(frozen=True)
class Bar:
    """A measure placed on the calendar (etl.panel.Spell, flattened)."""

    event_id: int
    indicator: str
    ordinal: int
    first: date
    last: date
    assumed_end: bool
    undated: bool


@dataclass
class CountyPart:
    county: County
    bars: list[Bar] = field(default_factory=list)
    events: list[Evidence] = field(default_factory=list)


@dataclass
class ReportData:
    """Everything the report shows; ``where`` is the --province/--county filter, if any."""

    parts: list[CountyPart]
    cells: list[Cell]
    where: str | None = None


def collect(conn: Connection, province: str | None = None, county: str | None = None) -> ReportData:
    """The report's rows, limited to a province or county (PlaceError for a name that fits none or several)."""
    ref = area(conn, province=province, county=county)
    events = _events(conn, ref)
    counties = _counties(conn, {e.county_id for e in events})
    parts = {cid: CountyPart(c) for cid, c in counties.items()}
    for e in events:
        parts[e.county_id].events.append(e)
    for b_county, bar in _bars(conn, set(parts)):
        parts[b_county].bars.append(bar)
    ordered = sorted(parts.values(), key=lambda p: (p.county.adcode is None, p.county.adcode or "", p.county.id))
    return ReportData(ordered, _cells(conn, set(parts)), ref.label() if ref else None)


def _events(conn: Connection, ref: PlaceRef | None) -> list[Evidence]:
    ev, art, sf, pl = m.Event.__table__, m.Article.__table__, m.SourceFile.__table__, m.Place.__table__
    stmt = (select(ev.c.id, ev.c.county_id, ev.c.type, ev.c.kind, ev.c.scope_name, ev.c.start_date, ev.c.end_date,
                   ev.c.not_after, ev.c.count, ev.c.people, ev.c.round, ev.c.evidence, art.c.headline, sf.c.path)
            .select_from(ev.join(art, art.c.id == ev.c.article_id).join(sf, sf.c.id == art.c.source_file_id))
            .where(ev.c.county_id.is_not(None), ev.c.type.in_(REPORT_TYPES)).order_by(ev.c.id))
    if ref is not None:
        stmt = stmt.where(ev.c.county_id.in_(select(pl.c.id).where(inside(ref))))
    return [Evidence(*r) for r in conn.execute(stmt)]


def _counties(conn: Connection, ids: set[int]) -> dict[int, County]:
    pl = m.Place.__table__
    rows = conn.execute(select(pl.c.id, pl.c.name, pl.c.adcode, pl.c.province, pl.c.prefecture).where(pl.c.id.in_(ids)))
    return {r.id: County(*r) for r in rows}


def _cells(conn: Connection, ids: set[int]) -> list[Cell]:
    cd = m.CountyDay.__table__
    stmt = (select(cd.c.county_id, cd.c.day, cd.c.c6, cd.c.c6_general, cd.c.c6_assumed_end, cd.c.c6_undated,
                   cd.c.c6_event_ids).where(cd.c.county_id.in_(ids)).order_by(cd.c.county_id, cd.c.day))
    return [Cell(r[0], r[1], r[2], bool(r[3]), bool(r[4]), bool(r[5]), r[6]) for r in conn.execute(stmt)]


def _bars(conn: Connection, ids: set[int]) -> list[tuple[int, Bar]]:
    """Every measure of these counties with its days in force, as the panel computed them."""
    measures, liftings, horizons = panel.read_inputs(conn)
    by_county: dict[int, list[panel.Measure]] = defaultdict(list)
    for mea in measures:
        if mea.county_id in ids:
            by_county[mea.county_id].append(mea)
    out = []
    for s in panel.spells([x for ms in by_county.values() for x in ms], liftings, horizons):
        out.append((s.measure.county_id, Bar(s.measure.event_id, s.measure.indicator, s.ordinal, s.first, s.last,
                                             s.assumed_end, s.undated)))
    return out
