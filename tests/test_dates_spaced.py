"""Dates written with spaces between a number and its unit (issue 12).

Text taken from PDF columns often reads ``9 月 28 日 18 时``: the space must not hide the
date, while a spaced count of days (``连续 5 日``) stays a count. Invented wording and dates.
"""
from __future__ import annotations

from datetime import date

from etl.extract.dates import find_dates
from etl.extract.model import DateContext
from test_events_real_patterns import pairs, run

OCT02 = DateContext(date(2022, 10, 2), "exact")


def _read(text: str) -> list[tuple[str, date | None, str | None]]:
    return [(d.text, d.date, d.time) for d in find_dates(text, OCT02, None)]


def test_a_spaced_full_date_and_hour_are_one_date() -> None:
    assert _read("截至 2022 年 9 月 28 日 18 时，") == [("2022 年 9 月 28 日 18 时", date(2022, 9, 28), "18:00")]


def test_a_spaced_bare_day_with_its_hour_is_a_date() -> None:
    assert _read("会上通报，29 日 6 时起暂停营业。") == [("29 日 6 时起", date(2022, 9, 29), "06:00")]


def test_a_spaced_count_of_days_stays_a_count() -> None:
    assert _read("该县已连续 5 日无新增病例。") == []


def test_a_lockdown_told_with_spaced_day_and_hour_takes_that_day() -> None:
    text = "平遥县指挥部 1 日晚发布消息，自 1 日 20 时起平遥县城区实行封闭管理，居民居家不外出。"
    assert pairs(run(text, OCT02), "lockdown") == {("平遥县", date(2022, 10, 1))}
