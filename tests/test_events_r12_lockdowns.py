"""Lockdown rows (issue 12, round 12): what is and is not a lockdown, read more generally —
a quoted list of measure terms split by commas names the measures (not quoted speech), a zone
where people may only come in (只进不出) is a control-zone rule below a lockdown, and home
quarantine ordered for a place (对某市城区实行居家隔离管理) is a lockdown of that place.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.events import quoted_mask
from etl.extract.model import Event


def dated(events: list[Event], type_: str) -> set[tuple[str | None, date | None]]:
    """The (county, day) pairs a score counts: a county and a day both told."""
    return {(c, d) for c, d in pairs(events, type_) if c and d}


def test_a_quoted_list_of_measures_split_by_commas_is_no_speech() -> None:
    text = "甲楼实行“封闭隔离，足不出户，上门服务”。"
    assert not any(quoted_mask(text))
    # speech keeps its mask: a full stop inside, or clauses longer than a measure's name
    assert all(quoted_mask("他说“好，我们今天就去。”")[3:12])
    assert all(quoted_mask("他说“大家一定要坚持住，不出门就是做贡献”")[3:21])
    assert all(quoted_mask("她说“我们不怕，足不出户，一定能挺过去”")[3:21])


def test_stay_home_named_in_a_quoted_list_with_commas_is_a_lockdown() -> None:
    text = ("自2022年6月3日10时起，在祁县划定临时管控区域。\n"
            "一、城关镇幸福小区3栋、东关村四组，实行“足不出户，上门服务”。")
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 3))}


def test_only_coming_in_is_a_control_zone_rule_not_a_lockdown() -> None:
    text = "6月3日起，祁县城关镇各村卡口实行人员只进不出，外来车辆一律劝返。"
    assert dated(run(text), "lockdown") == set()
    text = "6月3日，祁县各中学实行封闭式管理，教职工“只进不出”。"
    assert dated(run(text), "lockdown") == set()
    # nobody in or out is a sealed area
    text = "6月3日起，祁县东关村所有出入口设卡，所有人员不进不出。"
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 3))}


def test_home_quarantine_ordered_for_a_place_is_a_lockdown() -> None:
    text = "从2022年6月3日8时起，对祁县实行居家隔离管理，解除时间另行通知。"
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 3))}
    text = "从6月3日8时至6月5日24时，对祁县城区全体居民实施居家隔离。"
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 3))}
    # home quarantine of people who came from somewhere is an individual measure
    text = "6月3日起，祁县对从中高风险区返回的人员实行居家隔离。"
    assert dated(run(text), "lockdown") == set()
    text = "6月3日起，对来自太原市的人员实行居家隔离14天。"
    assert dated(run(text), "lockdown") == set()
    text = "6月3日起，对祁县东关村管控区内人员实行居家隔离。"
    assert dated(run(text), "lockdown") == set()


def test_a_lockdown_after_a_tally_takes_no_start_from_it() -> None:
    # the moment figures were counted to, or a running total's period, is no day a lockdown began
    text = ("截至3月6日下午，全省共有12个村庄出现病例。\n"
            "据晋中日报报道，目前祁县农村封村的消息很多，其中昭馀镇、古县镇都已实施“封村”。")
    assert dated(run(text), "lockdown") == set()
    text = ("6月20日0-24时，祁县无新增阳性感染者。6月3日至6月20日，累计报告确诊病例41例。\n"
            "请广大市民不信谣、不传谣，勤洗手、常通风，严格落实祁县全域静态管理相关规定。")
    assert dated(run(text), "lockdown") == set()
    # a lockdown's own period keeps its start
    text = "静默管理时间：6月3日至6月6日。\n祁县全域实行静默管理，居民足不出户。"
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 3))}


def test_a_measure_asked_about_is_not_reported() -> None:
    text = "6月3日凌晨起，祁县封控管理如何进行，居民生活如何保障？"
    assert dated(run(text), "lockdown") == set()
    # a statement before the question stays a statement
    text = "6月3日起，祁县城区全域实行静默管理，这是怎么回事？"
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 3))}


def test_the_lockdown_and_control_areas_lifted_are_a_noun_not_a_lockdown() -> None:
    text = "经专家研判，决定自6月5日上午6时起，对祁县昭馀镇剩余的封控管控区域一并解除："
    assert dated(run(text), "lockdown") == set()
    # newly designated ones are designated: they start on their day
    text = "6月3日，祁县新增疫情防控封控管控区。"
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 3))}
    # new cases found in an area are no new area
    text = "6月3日0-24时，祁县新增的3例阳性感染者均在封控区内发现。"
    assert dated(run(text), "lockdown") == set()
    text = "6月3日，祁县新增3例无症状感染者在封控区内筛查发现。"
    assert dated(run(text), "lockdown") == set()
    text = "6月3日，祁县新增两例均在封控区内。"  # a count in words is a count too
    assert dated(run(text), "lockdown") == set()
