"""Lockdowns and school closures read on the untuned sets of round 14 (issue 12, round 14,
second pass): where a measure is and when it starts.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_r12_lockdowns import dated
from test_events_real_patterns import pairs, run


def test_a_city_acting_on_the_areas_just_named_seals_them_in_their_county() -> None:
    # the city is the actor (its party committee, its plan), the areas sealed the ones told before
    text = ("3月2日，祁县城关镇东关村被列为中风险区。"
            "晋中市委、市政府迅速部署，连夜对小区实行封闭管理、环境消杀等措施。")
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 3, 2))}
    text = ("3月2日，祁县城关镇东关村新增一个高风险区。"
            "各项措施依照晋中市防控预案执行，具体如下：一、对封控单元实行物理隔断，人员不进不出。")
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 3, 2))}


def test_a_city_named_in_the_measures_own_clause_keeps_the_city() -> None:
    # the city named where the measure is taken: a city's measure, no county of its own
    text = "3月2日，祁县城关镇东关村被列为中风险区。晋中市对全市小区实行封闭管理。"
    assert ("祁县", date(2022, 3, 2)) not in pairs(run(text), "lockdown")
    # two counties of the city named before: which one is not said
    text = ("3月2日，祁县城关镇东关村、平遥县古陶镇被列为中风险区。"
            "晋中市委、市政府迅速部署，连夜对小区实行封闭管理、环境消杀等措施。")
    assert dated(run(text), "lockdown") == set()
