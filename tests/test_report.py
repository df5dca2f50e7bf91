"""`etl report --output DIR`: a self-contained static HTML report, checked in a real browser.

The report of the seeds is written on SQLite and PostgreSQL (same heat-map cells), then
headless Chromium (the Debian package) loads it from a file:// URL: the rendered DOM must
hold the heat-map cells and timeline marks, every mark's link must reach its evidence,
the console must stay free of errors, and a screenshot is saved.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import SEEDS, run_etl  # type: ignore[import-not-found]


class _Dom(HTMLParser):
    """Elements with their attributes, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))


def _parse(html: str) -> list[tuple[str, dict[str, str]]]:
    dom = _Dom()
    dom.feed(html)
    return dom.elements


def _report(db_url: str, tmp_path: Path, name: str) -> Path:
    r = run_etl("load", str(SEEDS), "--db", db_url, "--quiet")
    assert r.returncode == 0, r.stderr[-2000:]
    out = tmp_path / name
    r = run_etl("report", "--output", str(out), "--db", db_url)
    assert r.returncode == 0, r.stderr
    return out / "index.html"


def _cells(elements: list[tuple[str, dict[str, str]]]) -> set[tuple[str, str, str, bool]]:
    return {(a["data-county"], a["data-day"], a["data-c6"], "assumed" in a["class"])
            for tag, a in elements if tag == "rect" and "cell" in a.get("class", "").split()}


def test_report_is_self_contained_and_the_same_on_both_databases(pg_url: str, tmp_path: Path) -> None:
    lite = _report(f"sqlite:///{tmp_path / 'lite.db'}", tmp_path, "lite")
    pg = _report(pg_url, tmp_path, "pg")
    html = lite.read_text(encoding="utf-8")
    assert not re.search(r"https?://|<script|<link|@import|url\(", html), "the report must need nothing from elsewhere"
    cells = _cells(_parse(html))
    assert _cells(_parse(pg.read_text(encoding="utf-8"))) == cells
    assert {("140728", f"2022-11-{d:02d}", "3", True) for d in range(7, 11)} <= cells  # 平遥县, assumed end


def test_report_errors_are_one_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert run_etl("db", "upgrade", "--db", url).returncode == 0
    (tmp_path / "afile").write_text("x")
    r = run_etl("report", "--output", str(tmp_path / "afile"), "--db", url)
    assert r.returncode == 2 and r.stderr.strip().startswith("error:") and "\n" not in r.stderr.strip()
    r = run_etl("report", "--output", str(tmp_path / "out"), "--db", f"sqlite:///{tmp_path / 'missing.db'}")
    assert r.returncode == 2 and not (tmp_path / "out").exists() and not (tmp_path / "missing.db").exists()


def _chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is not installed (apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return exe


def _browser(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             "--enable-logging=stderr", "--v=0"]
    return subprocess.run([exe, *flags, *args], capture_output=True, text=True, timeout=180)


def test_report_in_headless_chromium(tmp_path: Path) -> None:
    exe = _chromium()
    page = _report(f"sqlite:///{tmp_path / 'r.db'}", tmp_path, "report")
    url = page.resolve().as_uri()
    r = _browser(exe, "--dump-dom", url)
    assert r.returncode == 0, r.stderr[-2000:]
    assert not re.search(r"CONSOLE.*(Uncaught|Error)|ERROR:CONSOLE", r.stderr), r.stderr[-2000:]
    elements = _parse(r.stdout)
    cells = _cells(elements)
    assert ("140728", "2022-11-07", "3", True) in cells and ("140728", "2022-11-10", "3", True) in cells
    targets = {a["id"] for _t, a in elements if a.get("id", "").startswith("ev-")}
    links = {a["href"][1:] for t, a in elements if t == "a" and a.get("href", "").startswith("#ev-")}
    assert links and links <= targets
    marks = [a for t, a in elements if "mark" in a.get("class", "").split()]
    assert any("undated" in a["class"] for a in marks)  # 灵石县's stay-at-home
    assert any("bar" in a["class"] and "assumed" in a["class"] for a in marks)  # 平遥县's open lockdown
    assert any("testing" in a["class"] for a in marks)
    shot = tmp_path / "report.png"
    r = _browser(exe, f"--screenshot={shot}", "--window-size=1200,900", "--hide-scrollbars", url)
    assert shot.exists() and shot.stat().st_size > 5000, r.stderr[-2000:]
