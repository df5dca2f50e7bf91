"""`etl report`: a self-contained static HTML report of the panel and the measures behind it.

One file, no scripts, no fonts or styles from elsewhere, so that it opens from a file://
URL on a machine without a network: per province a county x day heat map of the C6
ordinal, per county a timeline of its measures (bars from start to end, assumed ends
dashed, undated measures as diamonds), testing rounds and cases, every mark linking to
the evidence sentence with its headline and source file. The days come from the same
computation as the panel (etl.panel), so the report and v_county_day agree.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path

from sqlalchemy import Connection, select

from db import models as m
from etl import panel

CELL = 14  # heat-map cell, px
LABEL = 150  # width of the row labels, px
DAY = 12  # timeline px per day
ROW = 18  # timeline row height, px
COLOURS = {0: "#eeeeee", 1: "#fdd49e", 2: "#fc8d59", 3: "#b30000"}
STYLE = """
body{font-family:sans-serif;margin:1.5em;color:#222}h2{border-bottom:1px solid #ccc}
svg text{font-size:11px}.assumed{stroke:#333;stroke-dasharray:3 2;fill-opacity:.45}
.legend span{display:inline-block;width:1.2em;height:1em;margin:0 .3em;vertical-align:middle}
ol.evidence{font-size:13px}ol.evidence li:target{background:#ffef9e}.meta{color:#666}
.undated{fill:#6a51a3}.testing{fill:#2171b5}.case{fill:#238b45}
"""


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
    event_id: int
    type: str
    kind: str | None
    scope_name: str | None
    start: date | None
    not_after: date | None
    count: int | None
    evidence: str
    headline: str | None
    source_file: str


def _counties(conn: Connection, ids: set[int]) -> dict[int, County]:
    pl = m.Place.__table__
    rows = conn.execute(select(pl.c.id, pl.c.name, pl.c.adcode, pl.c.province, pl.c.prefecture).where(pl.c.id.in_(ids)))
    return {r.id: County(*r) for r in rows}


def _evidence(conn: Connection, ids: set[int]) -> dict[int, Evidence]:
    ev, art, sf = m.Event.__table__, m.Article.__table__, m.SourceFile.__table__
    stmt = (select(ev.c.id, ev.c.type, ev.c.kind, ev.c.scope_name, ev.c.start_date, ev.c.not_after, ev.c.count, ev.c.evidence,
                   art.c.headline, sf.c.path)
            .select_from(ev.join(art, art.c.id == ev.c.article_id).join(sf, sf.c.id == art.c.source_file_id))
            .where(ev.c.id.in_(ids)))
    return {r[0]: Evidence(*r) for r in conn.execute(stmt)}


def _cases(conn: Connection) -> dict[int, list[int]]:
    """Event ids of dated (or bounded) case reports per county."""
    ev = m.Event.__table__
    out: dict[int, list[int]] = defaultdict(list)
    stmt = select(ev.c.county_id, ev.c.id).where(ev.c.type == "case_report", ev.c.county_id.is_not(None),
                                                 (ev.c.start_date.is_not(None)) | (ev.c.not_after.is_not(None)))
    for cid, eid in conn.execute(stmt.order_by(ev.c.id)):
        out[cid].append(eid)
    return out


def _heatmap(counties: list[County], rows: dict[tuple[int, date], panel.DayRow]) -> str:
    """An SVG grid: one row per county, one column per day, colour = C6 ordinal, dashed = assumed end."""
    ids = {c.id for c in counties}
    cols = _columns(sorted({d for (cid, d) in rows if cid in ids}))
    width, height = LABEL + len(cols) * CELL + 80, 30 + len(counties) * CELL + 10
    parts = [f'<svg class="heatmap" width="{width}" height="{height}" role="img">']
    for i, d in enumerate(cols):
        if d is None or i == 0 or cols[i - 1] is None or d.day == 1:
            label = "…" if d is None else d.isoformat()
            parts.append(f'<text x="{LABEL + i * CELL}" y="20">{label}</text>')
    for r, c in enumerate(counties):
        y = 30 + r * CELL
        parts.append(f'<a href="#{c.anchor}"><text x="0" y="{y + CELL - 3}">{escape(c.name)} {c.adcode or ""}</text></a>')
        for i, d in enumerate(cols):
            if d is None:
                continue
            row = rows.get((c.id, d))
            level = row.values["c6"] if row else 0
            assumed = bool(row and row.values["c6_assumed_end"] and level)
            tip = f"{c.name} {d.isoformat()} C6={level}" + (" (assumed end)" if assumed else "")
            parts.append(f'<rect class="cell{" assumed" if assumed else ""}" data-c6="{level}" data-day="{d.isoformat()}" '
                         f'data-county="{c.adcode or c.id}" x="{LABEL + i * CELL}" y="{y}" '
                         f'width="{CELL - 1}" height="{CELL - 1}" fill="{COLOURS[level]}"><title>{escape(tip)}</title></rect>')
    parts.append("</svg>")
    return "".join(parts)


def _columns(days: list[date], gap: int = 7) -> list[date | None]:
    """Every day from the first to the last, but a stretch of more than ``gap`` empty days is one gap (None)."""
    cols: list[date | None] = []
    for prev, d in zip([None, *days], days):
        if prev is not None and (d - prev).days > gap:
            cols.append(None)
        elif prev is not None:
            cols.extend(prev + timedelta(days=k) for k in range(1, (d - prev).days))
        cols.append(d)
    return cols


def _timeline(county: County, spells: list[panel.Spell], cases: list[Evidence]) -> str:
    """An SVG timeline: a bar per measure (dashed when its end is assumed, a diamond when undated), dots for tests and cases."""
    days = [s.first for s in spells] + [s.last for s in spells] + [e.start or e.not_after for e in cases]
    first, last = min(d for d in days if d), max(d for d in days if d)
    n = (last - first).days + 2
    bars = sorted((s for s in spells if s.measure.indicator != "h2"), key=lambda s: (s.first, s.measure.event_id))
    tests = [s for s in spells if s.measure.indicator == "h2"]
    height = 30 + (len(bars) + 2) * ROW
    x = lambda d: LABEL + (d - first).days * DAY  # noqa: E731 - a scale
    parts = [f'<svg class="timeline" width="{LABEL + n * DAY + 90}" height="{height}" role="img">',
             f'<text x="{LABEL}" y="14">{first.isoformat()}</text>']
    if x(last) - LABEL >= 80:  # room for a second date label
        parts.append(f'<text x="{x(last)}" y="14">{last.isoformat()}</text>')
    for r, s in enumerate(bars):
        y, eid = 24 + r * ROW, s.measure.event_id
        label = f"{s.measure.indicator.upper()} {s.ordinal} {s.measure.kind or ''}"
        parts.append(f'<text x="0" y="{y + 12}">{escape(label)}</text><a href="#ev-{eid}">')
        if s.undated:
            cx = x(s.first) + DAY / 2
            parts.append(f'<path class="mark undated" data-event="{eid}" d="M{cx} {y} l6 7 l-6 7 l-6 -7 z">'
                         f'<title>undated, not after {s.first.isoformat()}</title></path>')
        else:
            w = (s.last - s.first).days * DAY + DAY
            parts.append(f'<rect class="mark bar{" assumed" if s.assumed_end else ""}" data-event="{eid}" x="{x(s.first)}" y="{y}" '
                         f'width="{w}" height="{ROW - 4}" fill="{COLOURS[max(1, s.ordinal)]}">'
                         f'<title>{s.first.isoformat()} to {s.last.isoformat()}{" (assumed end)" if s.assumed_end else ""}</title></rect>')
        parts.append("</a>")
    y_test, y_case = 24 + len(bars) * ROW, 24 + (len(bars) + 1) * ROW
    parts.append(f'<text x="0" y="{y_test + 12}">testing</text><text x="0" y="{y_case + 12}">cases</text>')
    for s in tests:
        parts.append(f'<a href="#ev-{s.measure.event_id}"><circle class="mark testing" data-event="{s.measure.event_id}" '
                     f'cx="{x(s.first) + DAY / 2}" cy="{y_test + 7}" r="5"><title>testing {s.first.isoformat()}</title></circle></a>')
    for e in cases:
        d = e.start or e.not_after
        assert d is not None
        parts.append(f'<a href="#ev-{e.event_id}"><circle class="mark case" data-event="{e.event_id}" cx="{x(d) + DAY / 2}" '
                     f'cy="{y_case + 7}" r="5"><title>{e.count or ""} cases {d.isoformat()}</title></circle></a>')
    parts.append("</svg>")
    return "".join(parts)


def _evidence_list(items: list[Evidence]) -> str:
    lis = []
    for e in sorted(items, key=lambda e: (e.start or e.not_after or date.max, e.event_id)):
        when = e.start.isoformat() if e.start else f"undated, not after {e.not_after.isoformat() if e.not_after else '?'}"
        lis.append(f'<li id="ev-{e.event_id}"><b>{escape(when)}</b> {escape(e.type)} {escape(e.kind or "")} '
                   f'{escape(e.scope_name or "")}: <q>{escape(e.evidence)}</q> <span class="meta">— '
                   f'{escape(e.headline or "(no headline)")}, {escape(e.source_file)}, event {e.event_id}</span></li>')
    return '<ol class="evidence">' + "".join(lis) + "</ol>"


def render(conn: Connection) -> str:
    """The whole report as one HTML document."""
    measures, liftings, horizons = panel.read_inputs(conn)
    found = panel.spells(measures, liftings, horizons)
    rows = {(r.county_id, r.day): r for r in panel.days(found)}
    cases = _cases(conn)
    by_county: dict[int, list[panel.Spell]] = defaultdict(list)
    for s in found:
        by_county[s.measure.county_id].append(s)
    counties = _counties(conn, set(by_county) | set(cases))
    evidence = _evidence(conn, {s.measure.event_id for s in found} | {e for ids in cases.values() for e in ids})
    body = [f"<h1>Epidemic-control measures by county</h1><p>{len(counties)} counties, {len(rows)} county-days with a "
            "measure in force. Heat map: C6 stay-at-home ordinal per day; dashed cells and bars have an assumed end; "
            "diamonds are undated measures. Rules: docs/design.md.</p>", _legend()]
    provinces: dict[str, list[County]] = defaultdict(list)
    for c in sorted(counties.values(), key=lambda c: (c.adcode or "", c.id)):
        provinces[c.province or "?"].append(c)
    for prov, members in provinces.items():
        in_panel = [c for c in members if any(cid == c.id for cid, _ in rows)]
        body.append(f'<section class="province"><h2>{escape(prov)}</h2>{_heatmap(in_panel, rows) if in_panel else ""}')
        for c in members:
            own_cases = [evidence[i] for i in cases.get(c.id, [])]
            ids = [s.measure.event_id for s in by_county[c.id]] + [e.event_id for e in own_cases]
            body.append(f'<section class="county" id="{c.anchor}"><h3>{escape(c.name)} ({c.adcode or "no code"}, '
                        f'{escape(c.prefecture or "")})</h3>{_timeline(c, by_county[c.id], own_cases)}'
                        f'{_evidence_list([evidence[i] for i in ids])}</section>')
        body.append("</section>")
    return ('<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>epinews report</title>'
            f"<style>{STYLE}</style></head><body>{''.join(body)}</body></html>\n")


def _legend() -> str:
    spans = "".join(f'<span style="background:{c}"></span>{k}' for k, c in COLOURS.items())
    return f'<p class="legend">C6 ordinal: {spans}</p>'


def write_report(conn: Connection, output: Path) -> Path:
    """Write ``output/index.html`` (the folder is created) and return its path."""
    output.mkdir(parents=True, exist_ok=True)
    target = output / "index.html"
    target.write_text(render(conn), encoding="utf-8")
    return target
