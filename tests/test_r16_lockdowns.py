"""Lockdown rows of round 16: places described by a lockdown word as sealed before, and the
zone scheme named with no place of its own.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_r12_lockdowns import dated
from test_events_real_patterns import run


def test_a_lockdown_word_before_a_place_name_describes_it_and_takes_no_inherited_day() -> None:
    # the second sentence inherits the first one's day; the districts it calls sealed were sealed
    # on a day it does not tell
    text = ("平遥县、祁县从2022年5月4日到10日封控7天。"
            "已封控的榆次区和介休市继续实行全域封控，每天做一轮核酸检测。")
    got = dated(run(text), "lockdown")
    assert ("榆次区", date(2022, 5, 4)) not in got and ("介休市", date(2022, 5, 4)) not in got
    assert {("平遥县", date(2022, 5, 4)), ("祁县", date(2022, 5, 4))} <= got
    # a day of its own before the word still dates the place it describes
    text = "5月6日，平遥县发布通告。自5月2日起封控的榆次区东关村居民继续足不出户。"
    assert ("榆次区", date(2022, 5, 2)) in dated(run(text), "lockdown")


def test_the_kinds_of_zone_named_as_a_series_with_no_place_seal_no_area() -> None:
    # a report that the zone scheme was drawn names no sealed area: the article's county takes none
    text = "6月8日，祁县新增1例无症状感染者。随即划定封控区、管控区及防范区，分区分级落实管控。"
    assert not [e for e in run(text) if e.type == "lockdown"]
    # a sealed zone named with a place of its own keeps its row
    text = "6月8日起，将祁县东观镇南街村划为封控区，实行足不出户。"
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 8))}


def test_lifting_the_rules_of_a_lower_zone_ends_no_lockdown() -> None:
    # a medium-risk zone's control rules were no lockdown: their end is no lifting row
    text = "7月9日，祁县宣布解除中风险区管控措施。"
    assert not [e for e in run(text) if e.type == "lockdown"]
    # a high-risk zone among the zones lifted keeps the lifting
    text = "7月9日，祁县宣布解除中高风险区管控措施。"
    assert [e.kind for e in run(text) if e.type == "lockdown"] == ["lifted"]


def test_a_lockdown_to_be_adjusted_later_is_one_in_force_with_no_start_on_the_inherited_day() -> None:
    # adjusting the sealing later speaks of a lockdown already in force, begun on a day not told
    text = "5月4日，平遥县新增3例确诊病例。待连续7天无新增病例后，将根据形势适时调整全县封控措施。"
    assert dated(run(text), "lockdown") == set()
    assert {e.county.name for e in run(text) if e.type == "lockdown" and e.county} == {"平遥县"}


def test_closed_management_of_care_homes_prisons_and_quarantine_sites_seals_no_area() -> None:
    # an institution keeping its own people in is its regimen, not a lockdown of the county
    for text in ("5月4日，平遥县新增3例确诊病例。全县养老机构、监所实行封闭管理。",
                 "5月4日，平遥县新增3例确诊病例。启用两家宾馆作为集中隔离点，各隔离宾馆实行封闭管理。"):
        assert not [e for e in run(text) if e.type == "lockdown"]
    # a compound sealed keeps its row
    assert dated(run("5月4日起，平遥县东关小区实行封闭管理。"), "lockdown") == {("平遥县", date(2022, 5, 4))}
