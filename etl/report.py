"""`etl report`: the rows of etl.report_data as one self-contained static HTML page.

Pure functions from rows to HTML text (every text escaped), so they can be tested
without a database or a browser. The page needs nothing from elsewhere: styles and one
small script are inline and allowed by hash in a Content-Security-Policy that forbids
every fetch, the charts are plain SVG, and it opens from a file:// URL offline.

Per province a county x day heat map of the stored C6 ordinal (v_county_day); per county
a timeline: a bar per measure from its first to its last day in force (a faded, dashed
end when the end was assumed), a diamond for an undated measure at the latest date it
can have, circles for testing rounds and case reports; every mark links to its evidence
(sentence, headline, source file) further down the page. The script only checks that
every link on the page reaches its target and says so at the bottom (data-checked="ok").
"""
from __future__ import annotations

import base64
import hashlib
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import TypeVar

from etl.report_data import Bar, Cell, County, CountyPart, Evidence, ReportData

Scale = Callable[[date], int]  # a day to its x coordinate

T = TypeVar("T")
CELL = 16  # heat-map cell, px (narrower when a province has many days)
HEAT_WIDTH = 1000  # the heat map's days fit this many px, as long as a day keeps 3 px
LABEL = 210  # width of the row labels, px
ROW = 20  # timeline lane height, px
TOP = 34  # room for the date axis, px
GAP_DAYS = 7  # a longer stretch without any mark is drawn as one narrow gap column
COLOURS = {0: "#eeeeee", 1: "#fdd49e", 2: "#fc8d59", 3: "#b30000"}

STYLE = """
body{font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC",sans-serif;margin:1.5em;color:#222;max-width:75em}
h2{border-bottom:2px solid #b30000;margin-top:2em}h3{margin-top:1.6em}
svg{display:block;margin:.6em 0;overflow:visible}svg text{font-size:11px;fill:#333}
svg a:hover rect,svg a:hover circle,svg a:hover path{stroke:#000;stroke-width:2}
.assumed{stroke:#555;stroke-dasharray:3 2}.cell.undated{stroke:#6a51a3;stroke-dasharray:1 1}
.mark.undated,.legend .undated{fill:#fff;stroke:#6a51a3;stroke-width:2}
.testing{fill:#2171b5}.case{fill:#238b45}.lifted{fill:#555}
.testing.undated,.case.undated{fill:#fff}.gap{fill:#fafafa}
ol.evidence{font-size:13px;line-height:1.45}ol.evidence li:target{background:#ffef9e}
.meta{color:#666}.when{font-weight:bold}nav li{display:inline;margin-right:1em}
footer{margin-top:3em;color:#666;font-size:12px}.scroll{overflow-x:auto}
"""

# Checks that every in-page link reaches an element, then says so; data-checked is for tests.
SCRIPT = """(function(){var a=document.querySelectorAll('a[href^="#"]'),bad=0;
for(var i=0;i<a.length;i++){var id=decodeURIComponent(a[i].getAttribute('href').slice(1));
if(!document.getElementById(id))bad++;}
document.getElementById('selfcheck').textContent='Links checked: '+a.length+', broken: '+bad+'.';
document.documentElement.setAttribute('data-checked',bad?'broken':'ok');})();"""


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def csp() -> str:
    """A policy that forbids every fetch and runs only this page's own style and script."""
    return f"default-src 'none'; style-src {_csp_hash(STYLE)}; script-src {_csp_hash(SCRIPT)}; img-src data:"


def e(value: object) -> str:
    """Text or attribute value, escaped (quotes too)."""
    return escape("" if value is None else str(value), quote=True)


# --- the calendar shared by both charts -----------------------------------------------------


def columns(days: list[date], gap: int = GAP_DAYS) -> list[date | None]:
    """Every day from the first to the last; a stretch of more than ``gap`` days without any is one gap (None)."""
    cols: list[date | None] = []
    for prev, d in zip([None, *days], days, strict=False):  # each day with the one before
        if prev is not None and d <= prev:
            continue
        if prev is not None and (d - prev).days > gap:
            cols.append(None)
        elif prev is not None:
            cols.extend(prev + timedelta(days=k) for k in range(1, (d - prev).days))
        cols.append(d)
    return cols


def axis(cols: list[date | None], x0: int, step: int, y: int = 14) -> str:
    """Date labels: the first day, the day after each gap and month starts, at least 80 px apart."""
    parts, last_x = [], -1000
    for i, d in enumerate(cols):
        x = x0 + i * step
        if d is None:
            parts.append(f'<text x="{x}" y="{y + 14}">⋯</text>')
            continue
        if (i == 0 or cols[i - 1] is None or d.day == 1) and x - last_x >= 80:
            parts.append(f'<text x="{x}" y="{y}">{d.isoformat()}</text><line x1="{x}" y1="{y + 3}" x2="{x}" '
                         f'y2="{y + 10}" stroke="#999"/>')
            last_x = x
    end = cols[-1]
    if end is not None and x0 + (len(cols) - 1) * step - last_x >= 80:
        x = x0 + (len(cols) - 1) * step
        parts.append(f'<text x="{x}" y="{y}">{end.isoformat()}</text><line x1="{x}" y1="{y + 3}" x2="{x}" '
                     f'y2="{y + 10}" stroke="#999"/>')
    return "".join(parts)


# --- heat map -----------------------------------------------------------------------------


def heatmap(counties: list[County], cells: list[Cell]) -> str:
    """An SVG grid: a row per county (its name links to its timeline), a column per day, colour = C6 ordinal;
    a cell links to the evidence of its first measure."""
    ids = {c.id for c in counties}
    mine = [c for c in cells if c.county_id in ids]
    if not mine:
        return '<p class="meta">No county-day under a C6 measure here.</p>'
    cols = columns(sorted({c.day for c in mine}))
    index = {d: i for i, d in enumerate(cols) if d is not None}
    by_county: dict[int, list[Cell]] = defaultdict(list)
    for c in mine:
        by_county[c.county_id].append(c)
    cw = max(3, min(CELL, HEAT_WIDTH // len(cols)))
    width, height = LABEL + len(cols) * cw + 20, TOP + len(counties) * CELL + 6
    parts = [f'<div class="scroll"><svg class="heatmap" width="{width}" height="{height}" role="img" '
             'aria-label="C6 heat map">', axis(cols, LABEL, cw)]
    for r, county in enumerate(counties):
        y = TOP + r * CELL
        parts.append(f'<a href="#{e(county.anchor)}"><text x="0" y="{y + CELL - 4}">{e(county.name)} '
                     f'{e(county.adcode or "")}</text></a>')
        parts.append(f'<rect class="row" x="{LABEL}" y="{y}" width="{len(cols) * cw - 1}" height="{CELL - 1}" '
                     f'fill="{COLOURS[0]}"/>')
        parts.extend(_cell(county, c, LABEL + index[c.day] * cw, y, cw) for c in by_county[county.id] if c.c6 > 0)
    parts.append("</svg></div>")
    return "".join(parts)


def _cell(county: County, c: Cell, x: int, y: int, cw: int = CELL) -> str:
    classes = " ".join(["cell", *(["assumed"] if c.assumed_end else []), *(["undated"] if c.undated else [])])
    tip = (f"{county.name} {c.day.isoformat()}: C6 = {c.c6}, "
           f"{'county-wide' if c.general else 'targeted (part of the county)'}"
           f"{', assumed end' if c.assumed_end else ''}"
           f"{', undated (at the latest date it can have)' if c.undated else ''}"
           f"; events {c.event_ids or '-'}")
    first = (c.event_ids or "").split(",")[0].strip()
    target = f"ev-{first}" if first.isdigit() else county.anchor  # the evidence of the day's first measure
    return (f'<a href="#{e(target)}"><rect class="{classes}" data-county="{e(county.adcode or county.id)}" '
            f'data-day="{c.day.isoformat()}" data-c6="{c.c6}" data-general="{int(c.general)}" x="{x}" y="{y}" '
            f'width="{cw - 1 if cw > 3 else cw}" height="{CELL - 1}" fill="{COLOURS.get(c.c6, COLOURS[3])}">'
            f'<title>{e(tip)}</title>'
            '</rect></a>')


# --- timeline -----------------------------------------------------------------------------


def _lanes(part: CountyPart) -> tuple[list[Bar], list[Bar], list[Evidence], list[Evidence]]:
    """Measure bars (C6 then C1, by start), testing rounds, dated case reports, liftings."""
    order = {"c6": 0, "c1": 1}
    bars = sorted((b for b in part.bars if b.indicator in order),
                  key=lambda b: (order[b.indicator], b.first, b.event_id))
    tests = sorted((b for b in part.bars if b.indicator == "h2"), key=lambda b: (b.first, b.event_id))
    cases = [ev for ev in part.events if ev.type == "case_report" and ev.day is not None]
    lifts = [ev for ev in part.events if ev.type == "lockdown" and ev.kind == "lifted" and ev.day is not None]
    return bars, tests, cases, lifts


def timeline(part: CountyPart) -> str:
    """An SVG timeline of one county; '' when nothing in it has a date."""
    bars, tests, cases, lifts = _lanes(part)
    days = {b.first + timedelta(days=k) for b in bars + tests for k in range((b.last - b.first).days + 1)}
    days |= {ev.day for ev in cases + lifts if ev.day is not None}
    if not days:
        return ""
    cols = columns(sorted(days))
    index = {d: i for i, d in enumerate(cols) if d is not None}
    step = max(6, min(24, 720 // len(cols)))
    x = lambda d: LABEL + index[d] * step  # noqa: E731 - a scale
    events = {ev.event_id: ev for ev in part.events}
    lanes = [*(_bar(b, events.get(b.event_id), x, step, TOP + r * ROW) for r, b in enumerate(bars))]
    y = TOP + len(bars) * ROW
    for name, draw in (("testing", lambda y: [_test(b, x, step, y, k) for b, k in _stacked(tests, lambda b: b.first)]),
                       ("cases", lambda y: [_point(ev, "case", x, step, y, k) for ev, k in _stacked(cases, _day)]),
                       ("lifted", lambda y: [_point(ev, "lifted", x, step, y, k) for ev, k in _stacked(lifts, _day)])):
        if name != "lifted" or lifts:
            lanes.append(f'<text x="0" y="{y + 13}">{name}</text>' + "".join(draw(y)))
            y += ROW
    width = LABEL + len(cols) * step + 90
    return (f'<div class="scroll"><svg class="timeline" width="{width}" height="{y + 6}" role="img" '
            f'aria-label="timeline of {e(part.county.name)}">{axis(cols, LABEL, step)}{"".join(lanes)}</svg></div>')


def _day(ev: Evidence) -> date | None:
    return ev.day


def _stacked(items: list[T], day: Callable[[T], date | None]) -> list[tuple[T, int]]:
    """Each item with how many earlier items fall on its day (0 for the first)."""
    seen: dict[date | None, int] = defaultdict(int)
    out = []
    for item in items:
        out.append((item, seen[day(item)]))
        seen[day(item)] += 1
    return out


def _defs() -> str:
    """A fading fill per ordinal (an assumed end fades out), defined once, in the legend."""
    stops = "".join(f'<linearGradient id="fade{k}"><stop offset="0.55" stop-color="{c}"/>'
                    f'<stop offset="1" stop-color="{c}" stop-opacity="0.1"/></linearGradient>'
                    for k, c in COLOURS.items())
    return f"<defs>{stops}</defs>"


def _bar(b: Bar, ev: Evidence | None, x: Scale, step: int, y: int) -> str:
    what = " ".join(s for s in (f"{b.indicator.upper()}={b.ordinal}", ev.scope_name if ev else "",
                                f"({ev.kind})" if ev and ev.kind else "") if s)
    label = f'<text x="0" y="{y + 13}"><title>{e(what)}</title>{e(what if len(what) <= 30 else what[:29] + "…")}</text>'
    colour = COLOURS.get(b.ordinal, COLOURS[3])
    if b.undated:
        cx = x(b.first) + step / 2
        mark = (f'<path class="mark undated" data-event="{b.event_id}" d="M{cx} {y + 1} l7 7 l-7 7 l-7 -7 z">'
                f'<title>{e(what)}: undated, not after {b.first.isoformat()}</title></path>'
                f'<text x="{cx + 10}" y="{y + 13}">≤ {b.first.isoformat()}</text>')
    else:
        width = x(b.last) - x(b.first) + step
        end = "assumed end" if b.assumed_end else "reported or lifted end"
        mark = (f'<rect class="mark bar{" assumed" if b.assumed_end else ""}" data-event="{b.event_id}" '
                f'data-first="{b.first.isoformat()}" data-last="{b.last.isoformat()}" x="{x(b.first)}" y="{y + 2}" '
                f'width="{width}" height="{ROW - 5}" '
                f'fill="{f"url(#fade{min(max(b.ordinal, 0), 3)})" if b.assumed_end else colour}">'
                f'<title>{e(what)}: {b.first.isoformat()} to {b.last.isoformat()} ({end})</title></rect>')
        if b.assumed_end:
            mark += f'<text x="{x(b.last) + step + 3}" y="{y + 13}">?</text>'
    return f'{label}<a href="#ev-{b.event_id}">{mark}</a>'


def _test(b: Bar, x: Scale, step: int, y: int, k: int = 0) -> str:
    """A testing round; the k-th of the same day is drawn a little to the right, so that each can be clicked."""
    cls = "mark testing" + (" undated" if b.undated else "")
    tip = f"testing {'not after ' if b.undated else ''}{b.first.isoformat()}"
    return (f'<a href="#ev-{b.event_id}"><circle class="{cls}" data-event="{b.event_id}" '
            f'cx="{x(b.first) + step / 2 + 7 * k}" cy="{y + 9}" r="6"><title>{e(tip)}</title></circle></a>')


def _point(ev: Evidence, kind: str, x: Scale, step: int, y: int, k: int = 0) -> str:
    """A case report or a lifting at its date (hollow when only the latest date is known)."""
    assert ev.day is not None
    undated = ev.start is None
    cls = f"mark {kind}" + (" undated" if undated else "")
    tip = f"{kind} {ev.kind or ''} {ev.count or ''} {'not after ' if undated else ''}{ev.day.isoformat()}"
    cx = x(ev.day) + step / 2 + 7 * k
    label = f'<text x="{cx + 8}" y="{y + 13}">{ev.count}</text>' if ev.count else ""
    return (f'<a href="#ev-{ev.event_id}"><circle class="{cls}" data-event="{ev.event_id}" cx="{cx}" '
            f'cy="{y + 9}" r="6"><title>{e(" ".join(tip.split()))}</title></circle>{label}</a>')


# --- evidence -----------------------------------------------------------------------------


def when(ev: Evidence, bar: Bar | None) -> str:
    """The dates of an event as a person reads them."""
    if ev.start is None:
        text = f"undated, not after {ev.not_after.isoformat()}" if ev.not_after else "no date in the text"
    else:
        text = ev.start.isoformat() + (f" to {ev.end.isoformat()}" if ev.end else "")
    if bar is not None and bar.indicator != "h2":
        text += (f"; in force {bar.first.isoformat()} to {bar.last.isoformat()}"
                 + (" (assumed end)" if bar.assumed_end else ""))
    return text


def evidence_list(part: CountyPart) -> str:
    """Every event of the county with its sentence, headline and source file; each item is a link target."""
    bars = {b.event_id: b for b in part.bars}
    items = []
    for ev in sorted(part.events, key=lambda v: (v.day or date.max, v.event_id)):
        what = " ".join(s for s in (ev.type, ev.kind, ev.scope_name) if s)
        extra = ", ".join(f"{k} {v}" for k, v in (("count", ev.count), ("people", ev.people), ("round", ev.round)) if v)
        items.append(f'<li id="ev-{ev.event_id}"><span class="when">{e(when(ev, bars.get(ev.event_id)))}</span> '
                     f'{e(what)}{e(" (" + extra + ")") if extra else ""}: <q>{e(ev.evidence)}</q> '
                     f'<span class="meta">— {e(ev.headline or "(no headline)")}; file {e(ev.source_file)}; '
                     f'event {ev.event_id}</span></li>')
    return '<ol class="evidence">' + "".join(items) + "</ol>"


def undated_note(part: CountyPart) -> str:
    """Events with no date at all cannot be drawn: say so, with links to them."""
    none = [ev for ev in part.events if ev.day is None]
    if not none:
        return ""
    links = ", ".join(f'<a href="#ev-{ev.event_id}">{e(ev.type)} (event {ev.event_id})</a>' for ev in none)
    return f'<p class="meta nodate">Not on the timeline, no date in the text: {links}.</p>'


# --- the page -----------------------------------------------------------------------------


def county_section(part: CountyPart) -> str:
    c = part.county
    return (f'<section class="county" id="{e(c.anchor)}"><h3>{e(c.name)} <span class="meta">'
            f'{e(c.prefecture or "")} · {e(c.adcode or "no code")}</span></h3>{timeline(part)}{undated_note(part)}'
            f'<details open><summary>Evidence ({len(part.events)} events)</summary>{evidence_list(part)}</details>'
            '</section>')


def legend() -> str:
    swatches = "".join(f'<rect x="{60 + k * 70}" y="2" width="14" height="14" fill="{c}"/>'
                       f'<text x="{78 + k * 70}" y="13">{k}</text>' for k, c in COLOURS.items())
    marks = ('<rect class="assumed" x="350" y="2" width="30" height="14" fill="url(#fade2)"/>'
             '<text x="385" y="13">assumed end</text>'
             '<path class="undated" d="M480 2 l7 7 l-7 7 l-7 -7 z"/><text x="492" y="13">undated measure</text>'
             '<circle class="testing" cx="610" cy="9" r="6"/><text x="620" y="13">testing</text>'
             '<circle class="case" cx="680" cy="9" r="6"/><text x="690" y="13">cases (hollow: undated)</text>')
    return (f'<svg class="legend" width="840" height="20" role="img" aria-label="legend">{_defs()}'
            f'<text x="0" y="13">C6 ordinal</text>{swatches}{marks}</svg>')


def render(data: ReportData) -> str:
    """The whole report as one HTML document."""
    provinces: dict[str, list[CountyPart]] = defaultdict(list)
    for part in data.parts:
        provinces[part.county.province or "(no province)"].append(part)
    days = len({(c.county_id, c.day) for c in data.cells if c.c6 > 0})
    intro = (f"<p>{len(data.parts)} counties{' in ' + e(data.where) if data.where else ''}; "
             f"{days} county-days under a C6 stay-at-home measure (OxCGRT ordinal 0-3, from v_county_day; "
             "dashed cell: assumed end, dotted: undated). "
             "Each mark links to the sentence it was read from. An end the text does not give is assumed "
             "(the next lifting, else the last edition covering the "
             "county, at most a fixed number of days): see docs/design.md.</p>")
    nav = "".join(f'<li><a href="#prov-{i}">{e(p)}</a></li>' for i, p in enumerate(provinces))
    body = [f"<h1>Epidemic-control measures by county</h1>{intro}{legend()}<nav><ul>{nav}</ul></nav>"]
    for i, (prov, parts) in enumerate(provinces.items()):
        body.append(f'<section class="province" id="prov-{i}"><h2>{e(prov)}</h2>'
                    f'{heatmap([p.county for p in parts], data.cells)}'
                    f'{"".join(county_section(p) for p in parts)}</section>')
    body.append('<footer><p id="selfcheck">Links not checked (scripts are off).</p></footer>')
    return ('<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{e(csp())}">'
            '<meta name="viewport" content="width=device-width"><title>epinews report</title>'
            f"<style>{STYLE}</style></head><body>{''.join(body)}<script>{SCRIPT}</script></body></html>\n")


def write(html: str, output: Path) -> Path:
    """Write ``output/index.html``; the folder is created when missing (its parent must exist)."""
    output.mkdir(exist_ok=True)
    target = output / "index.html"
    target.write_text(html, encoding="utf-8")
    return target
