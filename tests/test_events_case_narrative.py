"""Sentences that narrate cases reported already (issue 12): their dates are the cases'
movements, not the day of a report, so they give no dated case row. Invented wording,
names and dates.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.model import DateContext

OCT12 = DateContext(date(2022, 10, 12), "exact")
REPORTED = {("平遥县", date(2022, 10, 12))}


def test_cases_a_determiner_points_back_to_take_no_day_of_their_movements() -> None:
    text = ("10月12日，平遥县报告2例本土确诊病例。"
            "该2名确诊病例系返乡务工人员，于10月8日乘大巴抵达平遥县汽车站，随后居家。")
    assert pairs(run(text, OCT12), "case_report") == REPORTED


def test_numbered_cases_of_a_list_take_no_day_of_their_movements() -> None:
    text = ("10月12日，平遥县报告2例本土确诊病例。"
            "10月9日下午，无症状感染者3、4共2人乘出租车前往平遥县中医院发热门诊。")
    assert pairs(run(text, OCT12), "case_report") == REPORTED


def test_a_count_after_the_case_word_is_still_a_report() -> None:
    text = "10月11日0-24时，平遥县新增无症状感染者3例，新增确诊病例1例。"
    assert pairs(run(text, OCT12), "case_report") == {("平遥县", date(2022, 10, 11))}


def test_this_round_is_no_determiner_of_cases() -> None:
    text = "10月11日，平遥县此次新增确诊病例2例，均在隔离酒店中发现。"
    assert pairs(run(text, OCT12), "case_report") == {("平遥县", date(2022, 10, 11))}


def test_a_breakdown_of_counts_in_brackets_is_no_list_of_persons() -> None:
    text = "10月11日，平遥县新增本土感染者5例（确诊病例2，无症状感染者3）。"
    assert pairs(run(text, OCT12), "case_report") == {("平遥县", date(2022, 10, 11))}


def test_a_paragraph_of_one_numbered_case_gives_no_row() -> None:
    text = ("10月12日，平遥县报告2例本土确诊病例，详情如下。\n"
            "无症状感染者2：10月7日自外省返回，在平遥县某宾馆住宿两晚。")
    assert pairs(run(text, OCT12), "case_report") == REPORTED
