"""Relative day forms of news text (issue 12): 昨(9)日 with the day written in brackets,
今起/明起 (a headline's "from today / from tomorrow"), 这一天 pointing back to the day just
told. Invented wording, names and dates.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.dates import find_dates
from etl.extract.model import DateContext

OCT12 = DateContext(date(2022, 10, 12), "exact")


def _dates(text: str, anchor: date | None = None) -> list[tuple[date | None, bool]]:
    return [(d.date, d.from_) for d in find_dates(text, OCT12, anchor)]


def test_a_bracketed_day_after_yesterday_or_today_is_that_day() -> None:
    assert _dates("介休市昨（11）日通报新增病例") == [(date(2022, 10, 11), False)]
    assert _dates("今(12)日零时起，商场暂停营业") == [(date(2022, 10, 12), True)]


def test_a_bracketed_day_after_tomorrow_lies_ahead() -> None:
    assert _dates("明（13）日起全区开展采样") == [(date(2022, 10, 13), True)]


def test_a_case_report_dated_by_a_bracketed_day() -> None:
    text = "昨(11)日，平遥县报告本土确诊病例6例，其中城区4例。"
    assert pairs(run(text, OCT12), "case_report") == {("平遥县", date(2022, 10, 11))}


def test_today_and_tomorrow_as_starts() -> None:
    assert _dates("全城今起暂停堂食") == [(date(2022, 10, 12), True)]
    assert _dates("全城明起暂停堂食") == [(date(2022, 10, 13), True)]


def test_a_headline_from_tomorrow_dates_its_round_the_day_after_the_edition() -> None:
    text = "平遥县明起开展全员核酸检测\n全县居民请按社区安排，携带身份证件到指定地点采样。"
    assert pairs(run(text, OCT12), "mass_testing") == {("平遥县", date(2022, 10, 13))}


def test_this_day_points_back_to_the_day_just_told() -> None:
    assert _dates("这一天，村口设了卡点", date(2022, 10, 5)) == [(date(2022, 10, 5), False)]
