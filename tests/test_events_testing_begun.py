"""A testing round's day: its start over its finishing day; the places of the round before (issue 12, round 10).

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run


def test_a_round_begun_then_finished_takes_its_first_day() -> None:
    text = "市防控办介绍，自3月2日起，祁县和平遥县先后启动居民核酸检测，3月6日两县均已完成全员核酸检测，未发现阳性。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 3, 2)), ("平遥县", date(2022, 3, 2))}


def test_a_deadline_to_finish_is_not_the_rounds_day() -> None:
    text = "4日本地出现确诊病例后，榆次区率先启动核酸检测，要求在6日24时前完成首轮全员核酸检测。"
    got = pairs(run(text), "mass_testing")
    assert {d.day for _, d in got if d} == {4}, got


def test_a_finished_round_with_no_start_told_keeps_its_day() -> None:
    text = "祁县于3月8日完成第二轮全员核酸检测，结果均为阴性。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 3, 8))}


def test_the_next_round_with_no_place_covers_the_places_of_the_round_before() -> None:
    text = ("据市里介绍，目前已完成对榆次区、祁县、平遥县的第二轮全员核酸检测，结果均为阴性。"
            "今天上午，第三轮全员核酸检测也已铺开。")
    got = {p for p in pairs(run(text), "mass_testing") if p[1] == date(2022, 10, 12)}
    assert got == {("榆次区", date(2022, 10, 12)), ("祁县", date(2022, 10, 12)), ("平遥县", date(2022, 10, 12))}
