"""Extraction work grows linearly with the input (issue 16, item 5).

A 100k-character line of one repeated trigger word or date once took minutes, because
every trigger or date rescanned its whole sentence. Here each pathological input is run
at size n and 2n while counting work — Python bytecodes executed in ``etl.extract`` plus
characters consumed by every regular expression the stages use — and the work must not
quadruple. Counting work, not wall time, keeps the test stable on a loaded machine.
"""
from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from etl.extract import context, dates, events
from etl.extract.model import DateContext, Place, PlaceMention

EXTRACT_DIR = str(Path(events.__file__).parent)
CTX = DateContext(date(2022, 5, 20), "exact")
PROV = Place("甲省", "province", "990000")
CITY = Place("乙市", "prefecture", "990100", PROV)
COUNTY = Place("丙县", "county", "990101", CITY)


class Work:
    """A running total of work units."""

    def __init__(self) -> None:
        self.units = 0


class CountingPattern:
    """A compiled pattern that adds the characters each call consumes to a Work total."""

    def __init__(self, pattern: re.Pattern[str], work: Work) -> None:
        self._p, self._w = pattern, work
        self.pattern, self.flags, self.groupindex = pattern.pattern, pattern.flags, pattern.groupindex

    def _bounds(self, s: str, pos: int, endpos: int | None) -> tuple[int, int]:
        return pos, len(s) if endpos is None else min(endpos, len(s))

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        lo, hi = self._bounds(s, pos, endpos)
        m = self._p.search(s, lo, hi)
        self._w.units += 1 + ((m.end() if m else hi) - lo)
        return m

    def match(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        lo, hi = self._bounds(s, pos, endpos)
        m = self._p.match(s, lo, hi)
        self._w.units += 1 + (m.end() - lo if m else 0)
        return m

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        lo, hi = self._bounds(s, pos, endpos)
        reached = lo
        try:
            for m in self._p.finditer(s, lo, hi):
                reached = m.end()
                yield m
            reached = hi
        finally:
            self._w.units += 1 + (reached - lo)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._p, name)


def _wrap(value: Any, work: Work) -> Any:
    """value with every compiled pattern inside it (dicts, tuples, dataclasses) counting."""
    if isinstance(value, re.Pattern):
        return CountingPattern(value, work)
    if isinstance(value, dict):
        return {k: _wrap(v, work) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(_wrap(v, work) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _wrap(getattr(value, f.name), work)
                                             for f in dataclasses.fields(value) if f.init})
    return value


def _count_patterns(monkeypatch: pytest.MonkeyPatch, work: Work) -> None:
    """Route every pattern of the events and dates stages through CountingPattern."""
    for mod in (events, dates):
        for name, value in list(vars(mod).items()):
            if isinstance(value, re.Pattern):
                monkeypatch.setattr(mod, name, CountingPattern(value, work))
    for mod, name in ((dates, "_compiled"), (dates, "_future_cues"), (dates, "_meta_cues")):
        wrapped = _wrap(getattr(mod, name)(), work)
        monkeypatch.setattr(mod, name, lambda wrapped=wrapped: wrapped)
    counted = dataclasses.replace(context.shared(), taxonomy=_wrap(context.shared().taxonomy, work))
    monkeypatch.setattr(context, "shared", lambda: counted)
    # spans scans with the patterns it is given (finditer and search): those above already count


def measure(monkeypatch: pytest.MonkeyPatch, fn: Callable[[], object]) -> int:
    """Bytecodes executed inside etl/extract plus regex characters consumed while fn runs."""
    work = Work()
    with monkeypatch.context() as mp:
        _count_patterns(mp, work)

        def local(frame: Any, event: str, arg: Any) -> Any:
            if event == "opcode":
                work.units += 1
            return local

        def tracer(frame: Any, event: str, arg: Any) -> Any:
            if event == "call" and frame.f_code.co_filename.startswith(EXTRACT_DIR):
                frame.f_trace_opcodes = True
                return local
            return None

        old = sys.gettrace()
        sys.settrace(tracer)
        try:
            fn()
        finally:
            sys.settrace(old)
    return work.units


def _events_of(text: str) -> Callable[[], object]:
    """extract_events over text, with every occurrence of 丙县 as a place mention."""
    ms, i = [], text.find("丙县")
    while i >= 0:
        ms.append(PlaceMention("丙县", i, i + 2, COUNTY, 0.9, "test"))
        i = text.find("丙县", i + 2)
    return lambda: events.extract_events(text, ms, CTX, context.shared())


PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "lockdown word": lambda n: "封控" * n,
    "lockdown with verb": lambda n: "实行封闭管理" * n,
    "dates": lambda n: "5月3日" * n,
    "announced dates": lambda n: "将于5月3日" * n,
    "date and trigger": lambda n: "5月3日起封控" * n,
    "cue then triggers": lambda n: "如果" + "开展全员核酸检测" * n,
    "past cue and dates": lambda n: "此前" + "5月3日静态管理" * n,
    "counted cases": lambda n: "新增确诊病例3例" * n,
    "places then triggers": lambda n: "丙县、" * n + "静默管理" * n,
    "place per trigger": lambda n: "丙县全员核酸检测共检测3000人" * n,
    "quoted": lambda n: "“封控”" * n,
    "many lines": lambda n: "丙县5月3日起封控。\n" * n,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_events_work_is_linear(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    make = PATHOLOGICAL[name]
    small = measure(monkeypatch, _events_of(make(300)))
    large = measure(monkeypatch, _events_of(make(600)))
    assert large < 3 * small, f"{name}: work {small} -> {large} when the input doubles"


@pytest.mark.parametrize("unit", ["5月3日", "将于5月3日", "原定5月3日", "5月3日至6日", "截至5月3日24时", "当日"])
def test_dates_work_is_linear(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    small = measure(monkeypatch, lambda: dates.find_dates(unit * 300, CTX, None))
    large = measure(monkeypatch, lambda: dates.find_dates(unit * 600, CTX, None))
    assert large < 3 * small, f"{unit}: work {small} -> {large} when the input doubles"


def test_counter_sees_quadratic_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """The measure itself: a rescan per item is caught."""
    def rescan(text: str) -> None:
        p = events._SENT_END
        for i in range(0, len(text), 2):
            p.search(text, 0, i)

    small = measure(monkeypatch, lambda: rescan("封控" * 300))
    large = measure(monkeypatch, lambda: rescan("封控" * 600))
    assert large > 3 * small


def test_a_long_manifest_region_is_read_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """A manifest's region is read as a path of names; a long one (a whole file pasted into the
    column) once had every substring of it looked up."""
    from etl.extract.places import resolve_page

    index = context.shared().places
    resolve_page(["丙县发布通告。"], index, "甲省乙市")  # warm the gazetteer's look-up sets

    def read(n: int) -> Callable[[], object]:
        return lambda: resolve_page(["丙县发布通告。"], index, "某地" * n)

    small, large = measure(monkeypatch, read(300)), measure(monkeypatch, read(600))
    assert large < 3 * small, f"region: work {small} -> {large} when it doubles"
