"""Over-generation and places of event rows in wordings first met on real text (issue 12).

Each test shows one mechanism with invented wording, names and dates; none of the texts
comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.model import DateContext

ED = DateContext(date(2022, 10, 20), "exact")  # an edition after the days the texts tell


def test_a_round_of_the_other_counties_is_no_row_of_a_county_named_before() -> None:
    text = ("10月12日7时起，晋中市榆次区、平遥县全体居民开展核酸检测。"
            "10月13日7时起，其他9个县全体居民，到指定地点进行核酸检测。")
    got = pairs(run(text, ED), "mass_testing")
    assert ("榆次区", date(2022, 10, 13)) not in got and ("平遥县", date(2022, 10, 13)) not in got
    assert {("榆次区", date(2022, 10, 12)), ("平遥县", date(2022, 10, 12)), (None, date(2022, 10, 13))} <= got
    text = "10月12日，榆次区、平遥县开展全员核酸检测。10月13日，其余各县开展全员核酸检测。"
    assert ("榆次区", date(2022, 10, 13)) not in pairs(run(text, ED), "mass_testing")


def test_other_areas_of_a_county_stay_that_county() -> None:
    text = "10月13日，平遥县城区开展全员核酸检测，其他区域居民居家。10月14日，其他3个区域开展全员核酸检测。"
    got = pairs(run(text, ED), "mass_testing")
    assert ("平遥县", date(2022, 10, 13)) in got and ("平遥县", date(2022, 10, 14)) in got


def dated(got: set[tuple[str | None, date | None]]) -> set[tuple[str | None, date | None]]:
    return {p for p in got if p[1] is not None}


def test_cases_named_without_a_number_are_no_case_report_of_a_day() -> None:
    assert dated(pairs(run("10月12日，榆次区又发现本土确诊病例，随即开展全员核酸检测。", ED), "case_report")) == set()
    assert dated(pairs(run("当前疫情形势严峻，平遥县出现多起阳性病例。", ED), "case_report")) == set()
    assert pairs(run("10月12日，榆次区新增本土确诊病例两例。", ED), "case_report") == {("榆次区", date(2022, 10, 12))}
    got = pairs(run("10月12日，平遥县在隔离点检出阳性感染者3人。", ED), "case_report")
    assert got == {("平遥县", date(2022, 10, 12))}
