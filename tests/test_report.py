"""`etl report --output DIR`: a self-contained static HTML report, checked in a real browser.

Three layers: the pure HTML builders of etl/report.py on hand-made rows (a made-up county,
sentences written for this test); the command on the seeds on SQLite and PostgreSQL (the
same heat-map cells and marks on both, filters, one-line errors); and headless Chromium
(the Debian package) loading the report from a file:// URL: the rendered DOM holds the
cells and marks, the page's own script ran and found every link's target, the console
stays silent (the page's Content-Security-Policy forbids every fetch, so anything loaded
from elsewhere would be logged there), and a screenshot is saved. Without chromium the
browser test skips, except under CI=true where it fails.
"""
from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import subprocess
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import SEEDS, run_etl  # type: ignore[import-not-found]

from etl import report
from etl.report_data import Bar, Cell, County, CountyPart, Evidence, ReportData

D = date(2021, 3, 8)
HILL = County(7, '青禾县<"&>', "990101", "东岭省", "北川市")


class _Dom(HTMLParser):
    """Elements with their attributes, and the text, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Dom:
    dom = _Dom()
    dom.feed(html)
    return dom


def _classes(attrs: dict[str, str]) -> set[str]:
    return set(attrs.get("class", "").split())


def _ev(eid: int, type_: str = "lockdown", start: date | None = D, not_after: date | None = None, kind: str | None = None,
        text: str = "北川市青禾县自3月8日起实行居家管理。", count: int | None = None) -> Evidence:
    return Evidence(eid, HILL.id, type_, kind, "青禾县", start, None, not_after, count, None, None, text,
                    "青禾县 加强管控", f"pages/{eid}.txt")


def _part() -> CountyPart:
    bars = [Bar(1, "c6", 3, D, D + timedelta(days=4), True, False),
            Bar(2, "c1", 2, D + timedelta(days=1), D + timedelta(days=2), False, False),
            Bar(3, "c6", 2, D + timedelta(days=6), D + timedelta(days=6), True, True),
            Bar(4, "h2", 3, D + timedelta(days=2), D + timedelta(days=2), False, False)]
    events = [_ev(1, kind="static_management"), _ev(2, "school_closure", D + timedelta(days=1)),
              _ev(3, start=None, not_after=D + timedelta(days=6)), _ev(4, "mass_testing", D + timedelta(days=2)),
              _ev(5, "case_report", D, count=6, text='发现<b>6例</b>阳性 & "密接"'), _ev(6, "case_report", start=None)]
    return CountyPart(HILL, bars, events)


# --- pure builders ------------------------------------------------------------------------


def test_columns_keep_every_day_and_fold_long_gaps() -> None:
    days = [D, D + timedelta(days=2), D + timedelta(days=30)]
    assert report.columns(days) == [D, D + timedelta(days=1), D + timedelta(days=2), None, D + timedelta(days=30)]
    assert report.columns([D, D]) == [D]


def test_heatmap_cells_carry_day_ordinal_and_flags_and_escape_names() -> None:
    cells = [Cell(7, D, 3, True, True, False, "1"), Cell(7, D + timedelta(days=1), 0, False, False, False, None),
             Cell(7, D + timedelta(days=2), 2, False, False, True, "3")]
    dom = _parse(report.heatmap([HILL], cells))
    drawn = [a for t, a in dom.elements if t == "rect" and "cell" in _classes(a)]
    assert [(a["data-day"], a["data-c6"], a["data-general"]) for a in drawn] == [
        (D.isoformat(), "3", "1"), ((D + timedelta(days=2)).isoformat(), "2", "0")]  # C6 = 0 is the row's background
    assert "assumed" in _classes(drawn[0]) and "undated" in _classes(drawn[1])
    assert [a["href"] for t, a in dom.elements if t == "a"] == ["#county-990101", "#ev-1", "#ev-3"]
    assert '青禾县<"&> 990101' in "".join(dom.text)
    assert "<\"&>" not in report.heatmap([HILL], cells).replace("&lt;&quot;&amp;&gt;", "")
    assert "No county-day" in report.heatmap([HILL], [])


def test_a_long_heatmap_fits_its_width_and_a_short_one_keeps_full_cells() -> None:
    long = [Cell(7, D + timedelta(days=k), 2, True, False, False, "1") for k in range(300)]
    svg = next(a for t, a in _parse(report.heatmap([HILL], long)).elements if t == "svg")
    assert int(svg["width"]) <= report.LABEL + report.HEAT_WIDTH + 20
    short = _parse(report.heatmap([HILL], long[:5])).elements
    assert {a["width"] for t, a in short if "cell" in _classes(a)} == {str(report.CELL - 1)}


def test_timeline_draws_bars_assumed_ends_undated_tests_and_cases_each_linked() -> None:
    dom = _parse(report.timeline(_part()))
    marks = {a["data-event"]: (t, _classes(a)) for t, a in dom.elements if "mark" in _classes(a)}
    assert marks["1"] == ("rect", {"mark", "bar", "assumed"})
    assert marks["2"] == ("rect", {"mark", "bar"})
    assert marks["3"] == ("path", {"mark", "undated"})  # a diamond at the latest date it can have
    assert marks["4"] == ("circle", {"mark", "testing"})
    assert marks["5"] == ("circle", {"mark", "case"})
    assert "6" not in marks  # no date at all: listed, not drawn
    links = [a["href"] for t, a in dom.elements if t == "a"]
    assert sorted(links) == ["#ev-1", "#ev-2", "#ev-3", "#ev-4", "#ev-5"]
    bar = next(a for t, a in dom.elements if a.get("data-event") == "1")
    assert bar["fill"] == "url(#fade3)" and bar["data-last"] == (D + timedelta(days=4)).isoformat()
    assert report.timeline(CountyPart(HILL, [], [_ev(6, "case_report", start=None)])) == ""


def test_evidence_items_are_link_targets_with_sentence_headline_file_and_escaped_text() -> None:
    part = _part()
    html = report.evidence_list(part)
    dom = _parse(html)
    assert [a["id"] for t, a in dom.elements if t == "li"] == ["ev-1", "ev-5", "ev-2", "ev-4", "ev-3", "ev-6"]
    text = "".join(dom.text)
    assert '发现<b>6例</b>阳性 & "密接"' in text and "<b>6例" not in html
    assert "青禾县 加强管控" in text and "pages/5.txt" in text
    assert "in force 2021-03-08 to 2021-03-12 (assumed end)" in text
    assert "undated, not after 2021-03-14" in text and "no date in the text" in text
    note = _parse(report.undated_note(part))
    assert [a["href"] for t, a in note.elements if t == "a"] == ["#ev-6"]


def test_page_is_self_contained_and_every_link_has_a_target() -> None:
    html = report.render(ReportData([_part()], [Cell(7, D, 3, True, True, False, "1")], where="东岭省"))
    assert not re.search(r"https?://|<link|@import|url\((?!#)|src=", html), "nothing may come from elsewhere"
    dom = _parse(html)
    ids = {a["id"] for _t, a in dom.elements if "id" in a}
    hrefs = {a["href"] for t, a in dom.elements if t == "a"}
    assert hrefs and all(h.startswith("#") and h[1:] in ids for h in hrefs)
    assert len([i for _t, a in dom.elements if (i := a.get("id"))]) == len(ids), "ids are unique"
    policy = next(a["content"] for t, a in dom.elements if t == "meta" and a.get("http-equiv"))
    digest = base64.b64encode(hashlib.sha256(report.SCRIPT.encode()).digest()).decode()
    assert "default-src 'none'" in policy and f"'sha256-{digest}'" in policy
    assert f"<script>{report.SCRIPT}</script>" in html


# --- the command on the seeds, both databases ------------------------------------------------


def _load(db_url: str) -> None:
    r = run_etl("load", str(SEEDS), "--db", db_url, "--quiet")
    assert r.returncode == 0, r.stderr[-2000:]


def _report(db_url: str, out: Path, *args: str) -> _Dom:
    r = run_etl("report", "--output", str(out), "--db", db_url, *args)
    assert r.returncode == 0, r.stderr
    return _parse((out / "index.html").read_text(encoding="utf-8"))


def _cells(dom: _Dom) -> set[tuple[str, str, str, str, bool]]:
    return {(a["data-county"], a["data-day"], a["data-c6"], a["data-general"], "assumed" in _classes(a))
            for t, a in dom.elements if t == "rect" and "cell" in _classes(a)}


def _marks(dom: _Dom) -> set[tuple[str, frozenset[str]]]:
    return {(a["data-event"], frozenset(_classes(a))) for _t, a in dom.elements if "mark" in _classes(a)}


def test_report_of_the_seeds(db_url: str, tmp_path: Path) -> None:
    _load(db_url)
    dom = _report(db_url, tmp_path / "out")
    cells = _cells(dom)
    assert {("140728", f"2022-11-{d:02d}", "3", "1", True) for d in range(7, 11)} <= cells  # 平遥县, county-wide
    assert ("140105", "2022-04-03", "2", "0", True) in cells  # 小店区, targeted
    kinds = {frozenset(c) for _e, c in _marks(dom)}
    assert {frozenset({"mark", "bar", "assumed"}), frozenset({"mark", "undated"}), frozenset({"mark", "testing"}),
            frozenset({"mark", "case"})} <= kinds
    sections = [a["id"] for t, a in dom.elements if t == "section" and "county" in _classes(a)]
    assert sections == ["county-140105", "county-140722", "county-140728", "county-140729"]
    prov = _report(db_url, tmp_path / "prov", "--province", "14")
    assert _cells(prov) == cells and "山西省" in "".join(prov.text)
    one = _report(db_url, tmp_path / "one", "--county", "平遥")
    assert [a["id"] for t, a in one.elements if t == "section" and "county" in _classes(a)] == ["county-140728"]
    assert {c for c in cells if c[0] == "140728"} == _cells(one)


def test_report_is_the_same_on_sqlite_and_postgresql(pg_url: str, tmp_path: Path) -> None:
    lite = f"sqlite:///{tmp_path / 'lite.db'}"
    _load(lite)
    _load(pg_url)
    a, b = _report(lite, tmp_path / "a"), _report(pg_url, tmp_path / "b")
    assert _cells(a) == _cells(b) and _marks(a) == _marks(b)
    assert [x for x in a.text if x.strip()] == [x for x in b.text if x.strip()]


def _one_line(r: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    err = r.stderr.strip()
    assert r.returncode == code and err.startswith("error:") and "\n" not in err, r.stderr
    assert all(w in err for w in words), err


def test_report_errors_are_one_line_and_leave_nothing_behind(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert run_etl("db", "upgrade", "--db", url).returncode == 0
    _one_line(run_etl("report", "--output", str(tmp_path / "out"), "--db", url), 1, "nothing to report", "etl load")
    (tmp_path / "afile").write_text("x")
    _one_line(run_etl("report", "--output", str(tmp_path / "afile"), "--db", url), 2, "not a folder")
    _one_line(run_etl("report", "--output", str(tmp_path / "no" / "out"), "--db", url), 2, "no folder")
    _one_line(run_etl("report", "--output", str(tmp_path / "out"), "--db", f"sqlite:///{tmp_path / 'missing.db'}"), 2)
    assert not (tmp_path / "out").exists() and not (tmp_path / "no").exists() and not (tmp_path / "missing.db").exists()
    _load(url)
    _one_line(run_etl("report", "--output", "/proc/epinews-report", "--db", url), 2, "cannot write")
    _one_line(run_etl("report", "--output", str(tmp_path / "out"), "--db", url, "--county", "平摇县"), 2, "平遥县")
    _one_line(run_etl("report", "--output", str(tmp_path / "out"), "--db", url, "--county", "榆次区"), 1, "榆次区")
    assert not (tmp_path / "out").exists()


# --- a real browser -----------------------------------------------------------------------


def _chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is not installed under CI (apt-get install -y chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium): the report is not checked in a browser")
    return exe


def _browser(exe: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             "--hide-scrollbars", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0"]
    return subprocess.run([exe, *flags, *args], capture_output=True, text=True, timeout=180)


def test_report_in_headless_chromium(tmp_path: Path) -> None:
    exe = _chromium()
    url = f"sqlite:///{tmp_path / 'r.db'}"
    _load(url)
    assert run_etl("report", "--output", str(tmp_path / "report"), "--db", url).returncode == 0
    page = (tmp_path / "report" / "index.html").resolve().as_uri()
    r = _browser(exe, tmp_path / "profile", "--dump-dom", page)
    assert r.returncode == 0 and "</html>" in r.stdout, r.stderr[-2000:]
    console = [line for line in r.stderr.splitlines() if ":CONSOLE" in line]
    assert not console, "the page logged to the console:\n" + "\n".join(console)
    dom = _parse(r.stdout)
    assert ("html", "ok") in {(t, a.get("data-checked")) for t, a in dom.elements}, "the page's script did not finish"
    assert re.search(r"Links checked: [1-9]\d*, broken: 0\.", "".join(dom.text))
    assert ("140728", "2022-11-07", "3", "1", True) in _cells(dom)
    assert {"bar", "undated", "testing", "case"} <= {c for _e, cs in _marks(dom) for c in cs}
    shot = Path(os.environ.get("ETL_REPORT_SCREENSHOT", tmp_path / "report.png")).resolve()
    r = _browser(exe, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1200,1100", page)
    assert shot.exists() and shot.stat().st_size > 20000, r.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
