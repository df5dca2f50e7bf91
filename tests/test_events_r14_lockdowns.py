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

