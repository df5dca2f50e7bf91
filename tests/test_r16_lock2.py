"""Lockdown and testing rows of round 16, second pass: requests to the reader, 将 marking an
object before a designation, a list of separate days that dates no later sentence.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_r12_lockdowns import dated
from test_events_real_patterns import pairs, run

from etl.extract.dates import DateContext, find_dates


def test_a_clause_opening_with_a_request_asks_the_reader_to_get_tested() -> None:
    # 请 first in a clause addresses whoever the clause names: a duty, no round of the day
    text = ("经流调，祁县一名确诊病例曾于10月3日下午到过东关菜市场，"
            "请同一时段到过该市场的人员及时报备，尽快到就近采样点进行核酸检测。")
    assert pairs(run(text), "mass_testing") == set()
    text = "请到过平遥县东关村的来访人员主动报备，按要求进行核酸检测。"
    assert pairs(run(text), "mass_testing") == set()
    # the notice's own round, told by its day after the request, keeps its row
    text = "请祁县全体居民于10月5日参加全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 5))}
    # a round told by the county itself, no request in the sentence
    text = "10月5日，祁县开展全员核酸检测，请居民带好身份证。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 5))}


def test_the_object_marker_before_a_designation_is_no_plan() -> None:
    # 将 + object + 列为: what was done on the day (将 as 把); the bare day stays in the month told
    ctx = DateContext(date(2022, 3, 21), "approximate")
    text = ("3月20日，祁县召开疫情防控调度会议。"
            "平遥县19日还将古陶镇全域列为封控区，居民足不出户。")
    assert dated(run(text, ctx), "lockdown") == {("平遥县", date(2022, 3, 19))}
    assert [d.date for d in find_dates("19日还将古陶镇全域列为封控区", ctx, date(2022, 3, 20))] == [date(2022, 3, 19)]
    # 将 right before the verb is still a plan: 将调整为, a day after the one told
    assert [d.date for d in find_dates("3日将调整为低风险区", ctx, date(2022, 3, 20))] == [date(2022, 4, 3)]


def test_a_list_of_separate_days_dates_no_later_sentence() -> None:
    # which day of the list the later order belongs to is not told: no start, the county kept
    text = ("5月3日、5月4日，平遥县指挥部的几份通告在网上转发。"
            "其中第9号通告要求，全面实行封村、封小区措施。")
    got = [e for e in run(text) if e.type == "lockdown"]
    assert [(e.county.name if e.county else None, e.start) for e in got] == [("平遥县", None)]
    # one day before the order still dates it
    text = "5月4日，平遥县指挥部发布通告。通告要求，全面实行封村、封小区措施。"
    assert dated(run(text), "lockdown") == {("平遥县", date(2022, 5, 4))}
