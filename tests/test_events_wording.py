"""Lockdown and lifting wordings beyond the ones the tuned sets show (issue 12, generalisation).

Every text is invented (names, places, dates); each test pins one family of wordings that
real notices use for the same measure. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import ALL, ED, pairs

from etl.extract.context import shared
from etl.extract.events import extract_events
from etl.extract.model import Event


def lockdowns(text: str) -> list[Event]:
    from test_events import mentions

    return [e for e in extract_events(text, mentions(text, ALL), ED, shared()) if e.type == "lockdown"]


def started(text: str) -> set[tuple[str | None, date | None]]:
    return {p for p in pairs(lockdowns(text), "lockdown") if p[1] is not None and "lifted" not in p}


def test_ending_a_lockdown_with_zhongzhi_is_a_lifting_not_a_start() -> None:
    evs = lockdowns("经综合研判，介休市决定自10月9日18时起终止全域静态管理，有序恢复生产生活秩序。")
    assert [(e.kind, e.start, e.end) for e in evs] == [("lifted", None, date(2022, 10, 9))]


def test_leaving_a_lockdown_with_tuichu_is_a_lifting() -> None:
    evs = lockdowns("10月8日起，灵石县城区退出静默管理，转入常态化防控。")
    assert {e.kind for e in evs} == {"lifted"}


def test_quoted_closed_style_management_is_a_lockdown() -> None:
    assert started("10月5日晚，祁县发布通告，自当晚20时起，对县城实行“封闭式”管理。") == {("祁县", date(2022, 10, 5))}


def test_standstill_management_is_static_management() -> None:
    evs = lockdowns("离石区决定，从10月4日8时起实施全域静止管理，居民原则上不出家门。")
    assert [(e.county.name if e.county else None, e.start, e.kind) for e in evs] == [
        ("离石区", date(2022, 10, 4), "static_management")]


def test_an_extension_end_is_neither_a_start_nor_last_year() -> None:
    text = "平遥县静态管理再延长至10月16日\n平遥县决定，全县静态管理时间延长至10月16日24时。"
    evs = lockdowns(text)
    assert evs and all(e.start is None for e in evs)
    assert {e.end for e in evs} == {date(2022, 10, 16)}
