"""Lockdown words that seal venues, not areas (issue 12, round 10).

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events import JZ, mentions
from test_events_real_patterns import ALL, ED, pairs, run

from etl.extract.context import shared
from etl.extract.events import extract_events


def test_undated_sealing_of_the_venues_a_case_visited_is_no_lockdown() -> None:
    # a report repeats in passing that the sites were sealed; the date belongs to the cases
    text = ("5月6日，平遥县新增确诊病例2例。\n"
            "县指挥部已对病例开展流行病学调查，对有关场所实施封闭管理并做好消毒。")
    assert pairs(run(text), "lockdown") == set()
    # the same 对…实行封闭管理 with a residential area as its object is a lockdown, and so is a
    # venue sealed from a time of its own
    text = "5月6日18时起，平遥县对古陶镇全部小区实行封闭管理。"
    assert pairs(run(text), "lockdown") == {("平遥县", date(2022, 5, 6))}
    text = "5月6日18时起，平遥县对古陶镇农贸市场实行封闭管理。"
    assert pairs(run(text), "lockdown") == {("平遥县", date(2022, 5, 6))}


def test_undated_sealing_of_markets_and_goods_in_a_roundup_is_no_lockdown() -> None:
    text = ("5月6日起，晋中市累计排查密接人员300余人。\n"
            "灵石县和介休市对涉疫农贸市场、冷链物品等及时封控，多轮核酸检测结果均为阴性。")
    assert pairs(run(text), "lockdown") == set()


def test_a_city_wide_closure_is_not_pinned_on_the_county_of_one_pupils_school() -> None:
    # the only county of the city in the sentence is where one pupil studies, told in a bracket
    # on the case count of another clause: the closure stays the city's (no county)
    places = {**ALL, "晋中": JZ}
    text = ("截至10月10日，全省共有900所学校开展核酸检测；确诊病例1人(平遥县城关小学1名学生)；"
            "晋中800所中小学、幼儿园一律停课。")
    evs = extract_events(text, mentions(text, places), ED, shared())
    assert pairs(evs, "school_closure") == {(None, date(2022, 10, 10))}
    # the county told as the sentence's own subject still narrows the city's measure
    text = "10月10日，平遥县城关小学1名学生确诊，晋中800所中小学、幼儿园一律停课。"
    evs = extract_events(text, mentions(text, places), ED, shared())
    assert pairs(evs, "school_closure") == {("平遥县", date(2022, 10, 10))}


def test_a_closure_whose_clause_names_no_place_takes_none_from_an_aside_before_it() -> None:
    # the only place of the sentence is the school of one pupil, in a bracket of another item
    text = "截至10月10日，确诊病例1人(平遥县城关小学1名学生)；2市800所中小学、幼儿园一律停课。"
    assert pairs(run(text), "school_closure") == {(None, date(2022, 10, 10))}
