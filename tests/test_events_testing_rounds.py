"""Mass-testing rounds: which sentence is a round, which day it takes, which county (issue 12).

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.dates import find_dates
from etl.extract.model import DateContext

# ------------------------------------------------------------------ dates -------------


def test_a_weekday_written_after_a_date_is_that_dates_note() -> None:
    ctx = DateContext(date(2022, 6, 8), "exact")
    got = find_dates("定于6月11日(周六)、12日(周日)各开展一次", ctx, None)
    assert [(d.date, d.text) for d in got] == [(date(2022, 6, 11), "6月11日(周六)"), (date(2022, 6, 12), "12日(周日)")]
    got = find_dates("首轮安排在6月3-4日（星期五、星期六），次轮另行通知", ctx, None)
    assert [(d.date, d.end_date) for d in got] == [(date(2022, 6, 3), date(2022, 6, 4))]
    got = find_dates("6月2日星期四上午", ctx, None)
    assert [d.date for d in got] == [date(2022, 6, 2)]
    # a weekday standing alone is still a day of the edition's week
    assert [d.date for d in find_dates("本周六起暂停堂食", ctx, None)] == [date(2022, 6, 11)]


def test_rounds_on_two_days_each_with_its_weekday() -> None:
    text = "为排查风险，祁县决定于10月15日（星期六）、16日（星期日）在全县开展两轮全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 15)), ("祁县", date(2022, 10, 16))}


def test_a_timetable_slot_shortly_after_the_edition_keeps_its_year() -> None:
    ctx = DateContext(date(2022, 10, 12), "exact")
    got = find_dates("第一轮时间为10月14日", ctx, None)
    assert [d.date for d in got] == [date(2022, 10, 14)]
