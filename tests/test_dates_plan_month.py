"""A bare day that a plan announces (将于3日, 定于4日至6日) lies after the day the text tells
it from: past the turn of a month it is a day of the next month, not of the month before
(issue 12). Invented wording, names and dates.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.dates import find_dates
from etl.extract.model import DateContext

JUN01 = DateContext(date(2022, 6, 1), "exact")


def test_a_planned_day_smaller_than_the_anchor_day_is_in_the_next_month() -> None:
    ds = find_dates("指挥部决定将于3日在全县开展核酸检测", JUN01, date(2022, 5, 30))
    assert [d.date for d in ds] == [date(2022, 6, 3)]


def test_a_planned_day_later_in_the_anchor_month_stays_there() -> None:
    ds = find_dates("指挥部决定将于31日在全县开展核酸检测", JUN01, date(2022, 5, 30))
    assert [d.date for d in ds] == [date(2022, 5, 31)]


def test_a_past_day_is_not_moved() -> None:
    ds = find_dates("此前该人员于12日自外省返回", JUN01, date(2022, 5, 30))
    assert [d.date for d in ds] == [date(2022, 5, 12)]


def test_a_round_planned_after_a_case_found_at_the_end_of_a_month() -> None:
    text = "5月30日，灵石县发现1例阳性感染者。灵石县指挥部决定，定于2日至3日在城区开展两轮全员核酸检测。"
    assert ("灵石县", date(2022, 6, 2)) in pairs(run(text, JUN01), "mass_testing")
