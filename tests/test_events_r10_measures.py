"""Lockdown words that seal venues, not areas (issue 12, round 10).

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run


def test_undated_sealing_of_the_venues_a_case_visited_is_no_lockdown() -> None:
    # a report repeats in passing that the sites were sealed; the date belongs to the cases
    text = ("5月6日，平遥县新增确诊病例2例。\n"
            "县指挥部已对病例开展流行病学调查，对有关场所实施封闭管理并做好消毒。")
    assert pairs(run(text), "lockdown") == set()


def test_undated_sealing_of_markets_and_goods_in_a_roundup_is_no_lockdown() -> None:
    text = ("5月6日起，晋中市累计排查密接人员300余人。\n"
            "灵石县和介休市对涉疫农贸市场、冷链物品等及时封控，多轮核酸检测结果均为阴性。")
    assert pairs(run(text), "lockdown") == set()


def test_an_area_lockdown_in_the_same_clause_shape_stays() -> None:
    # the same 对…实行封闭管理 with a residential area as its object is a lockdown, and so is a
    # venue sealed from a time of its own
    text = "5月6日18时起，平遥县对古陶镇全部小区实行封闭管理。"
    assert pairs(run(text), "lockdown") == {("平遥县", date(2022, 5, 6))}
    text = "5月6日18时起，平遥县对古陶镇农贸市场实行封闭管理。"
    assert pairs(run(text), "lockdown") == {("平遥县", date(2022, 5, 6))}
