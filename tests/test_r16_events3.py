"""Lockdown and testing rows of round 16, third pass.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run


def test_a_testing_sentence_naming_neither_place_nor_day_is_no_round_of_the_last_day() -> None:
    # a step of a sealed area's schedule, told under a notice dated sentences before
    text = ("自2022年10月4日起，在祁县划定临时管控区。具体范围见附图。"
            "管控措施如下：1、居民足不出户。2、管控后第1、3天各开展1次核酸检测。")
    assert ("祁县", date(2022, 10, 4)) not in pairs(run(text), "mass_testing")
    # a purpose, and a tally of progress, after the day of other news
    text = ("10月4日，祁县新增无症状感染者2例。相关人员已转运隔离。"
            "通过开展区域核酸检测，进一步排查风险。")
    assert ("祁县", date(2022, 10, 4)) not in pairs(run(text), "mass_testing")
    # the sentence naming its place keeps the day, and so does one going on about a testing span
    text = "10月4日，祁县召开防控会议。会议由县长主持。祁县开展全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 4))}
    text = ("祁县指挥部发布通告：2022年10月4日至5日，连续筛查2天。"
            "采样期间，居民按楼栋依次到采样点进行核酸检测。")
    assert {d for _, d in pairs(run(text), "mass_testing")} == {date(2022, 10, 4), date(2022, 10, 5)}


def test_closed_management_of_a_school_s_own_people_or_an_office_compound_is_no_lockdown() -> None:
    text = "10月4日，祁县初三年级学生及教职工实行在校封闭管理。"
    assert pairs(run(text), "lockdown") == set()
    text = "10月4日，祁县一中全体师生实行封闭式管理。"
    assert pairs(run(text), "lockdown") == set()
    text = "10月4日起，祁县县直机关大院实行封闭式管理，进出人员一律登记。"
    assert pairs(run(text), "lockdown") == set()
    # an area's closed management stays a lockdown
    text = "10月4日起，祁县城关镇东关村实行封闭管理。"
    assert pairs(run(text), "lockdown") == {("祁县", date(2022, 10, 4))}
