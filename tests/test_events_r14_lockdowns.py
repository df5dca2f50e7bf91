"""Lockdown words that report no lockdown begun on the day the text last gave (issue 12,
round 14): the clauses after a lockdown told as going on list its rules, and a rule told after
a round of testing belongs to that round.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_r12_lockdowns import dated
from test_events_real_patterns import run


def test_rules_after_a_lockdown_going_on_take_no_start() -> None:
    text = ("6月12日，祁县疫情防控指挥部发布第9号通告。"
            "一、各村继续实行封闭管理，全县居民原则上足不出户，每户每三天可派一人外出采购。")
    assert dated(run(text), "lockdown") == set()
    # a later clause naming a place of its own tells a measure of that place
    text = ("6月12日，祁县疫情防控指挥部发布第9号通告。"
            "一、祁县城关镇继续实行封闭管理，祁县来远镇实行静态管理。")
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 12))}
    # a lockdown imposed in the first clause still starts on its day
    text = ("6月12日，祁县疫情防控指挥部发布第9号通告。"
            "一、各村实行封闭管理，全县居民原则上足不出户，每户每三天可派一人外出采购。")
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 12))}


def test_a_rule_told_after_a_round_takes_no_day_from_it() -> None:
    text = ("6月12日，祁县开展第三轮全员核酸检测。"
            "请居民采样后尽快回家，在家等候通知期间严格执行静态管理，不串门、不聚集。")
    assert dated(run(text), "lockdown") == set()
    text = "6月12日，祁县开展第三轮全员核酸检测。对不按时参加检测的人员，将实行静态管理。"
    assert dated(run(text), "lockdown") == set()
    text = ("6月12日6时起，祁县开展第三轮全员核酸检测。隔离人员另行安排。"
            "封控区内居民足不出户，由医护人员上门采样。")
    assert dated(run(text), "lockdown") == set()
    # a lockdown in the round's own sentence keeps its day, one after a case its day, and a
    # zone's rule with a day of its own that day
    text = "6月12日，祁县开展第三轮全员核酸检测，全县同步实行静态管理。"
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 12))}
    text = "6月12日，祁县开展第三轮全员核酸检测。全县实行静态管理，居民足不出户。"
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 12))}
    text = "6月12日，祁县开展第三轮全员核酸检测。祁县城关镇东关村实行封闭管理。"
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 12))}
    text = "6月12日，祁县新增确诊病例1例。该病例所在的城关镇东关村实行封闭管理。"
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 12))}
    text = ("6月12日，祁县开展第三轮全员核酸检测。"
            "封控区内居民自6月13日起足不出户，由医护人员上门采样。")
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 13))}
