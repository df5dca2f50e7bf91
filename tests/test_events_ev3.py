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
    text = ("10月12日上午，晋中市榆次区、平遥县居民先行接受核酸采样。"
            "10月13日上午，其他8个县的居民按社区安排分批核酸检测。")
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


def test_counties_whose_day_is_left_to_a_later_notice_take_no_row_of_this_one() -> None:
    text = ("晋中市指挥部研究决定，10月13日全市再做一轮核酸筛查，具体安排如下：\n"
            "一、参检对象：榆次区、介休市辖区内的常住和暂住人员都要参检；平遥县、灵石县只对风险较高的小区组织核酸筛查，"
            "时间由两县指挥部另行通知。\n二、采样时段为10月13日7:00至17:00。")
    got = pairs(run(text, ED), "mass_testing")
    assert ("平遥县", date(2022, 10, 13)) not in got and ("灵石县", date(2022, 10, 13)) not in got
    # a round dated in its own part keeps its day though a later round is left to a notice
    text = "平遥县首轮全员核酸检测定于10月13日进行，下一轮的时间另行通知。"
    assert ("平遥县", date(2022, 10, 13)) in pairs(run(text, ED), "mass_testing")


def test_a_list_below_a_round_drops_the_counties_left_to_a_later_notice() -> None:
    text = ("晋中市指挥部决定10月13日全市再做一轮核酸筛查，有关事项通告如下：一、筛查范围：榆次区、介休市范围内全部"
            "居民参加本轮筛查；平遥县、灵石县视风险情况，只对重点小区组织核酸筛查，由两县指挥部另行通告。")
    got = pairs(run(text, ED), "mass_testing")
    assert ("平遥县", date(2022, 10, 13)) not in got and ("灵石县", date(2022, 10, 13)) not in got


def test_a_round_going_on_as_the_text_speaks_holds_on_the_day_of_the_text() -> None:
    text = "10月12日，平遥县开展第一轮全员核酸检测，结果均为阴性。目前，平遥县正在开展第二轮全员核酸检测。"
    assert ("平遥县", date(2022, 10, 20)) in pairs(run(text, ED), "mass_testing")
    # a scene (a caption of people at work) is no round of the day
    text = "图为平遥县古陶镇东街采样点，两名护士正在进行核酸采样。"
    assert ("平遥县", date(2022, 10, 20)) not in pairs(run(text, ED), "mass_testing")
