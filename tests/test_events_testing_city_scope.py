"""City-wide rounds that name the counties they cover, and which day each row takes (issue 12,
round 9: testing pairs on unseen text).

Invented wording, names and dates; places built by hand as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events import mentions
from test_events_real_patterns import ALL, ED, pairs

from etl.extract.context import shared
from etl.extract.events import extract_events


def events(text: str, type_: str = "mass_testing") -> set[tuple[str | None, date | None]]:
    return pairs(extract_events(text, mentions(text, ALL), ED, shared()), type_)


def counties(text: str) -> set[str | None]:
    return {c for c, _ in events(text)}


# ------------------------------------- a list of counties with zones among them -------


def test_two_zones_inside_a_list_of_counties_keep_it_one_list() -> None:
    # the development zones are no counties, but the list goes on past them
    text = "10月6日0时至24时，晋中市在榆次区、祁县、经济开发区、物流园区、平遥县、介休市开展了第二轮全员核酸筛查。"
    assert events(text) == {(c, date(2022, 10, 6)) for c in ("榆次区", "祁县", "平遥县", "介休市")}


def test_a_zone_joined_by_ji_inside_a_list_keeps_it_one_list() -> None:
    text = "10月7日，晋中市决定在榆次区及高新区、祁县、灵石县开展全员核酸检测。"
    assert events(text) == {(c, date(2022, 10, 7)) for c in ("榆次区", "祁县", "灵石县")}


# ------------------------------------------------ what the round covers -----------------


def test_a_city_round_whose_range_is_told_after_it() -> None:
    text = "10月8日，晋中市继续在重点区域开展核酸检测，检测范围是榆次区、开发区以及祁县。"
    assert events(text) == {(c, date(2022, 10, 8)) for c in ("榆次区", "祁县")}


def test_the_scope_part_of_a_city_notice_gives_the_counties() -> None:
    text = ("晋中市将于10月2日至4日在市区组织全员核酸检测，有关安排通告如下：\n\n"
            "一、检测范围：晋中市市区（榆次区、高新区）全体居民。\n\n二、检测地点：听从所在社区安排。")
    assert {p for p in events(text) if p[0]} == {("榆次区", date(2022, 10, 2))}


def test_a_scope_part_after_a_time_part_still_counts() -> None:
    text = ("晋中市决定在市区开展核酸筛查，现将有关事宜通告如下：\n\n一、采样时间\n\n10月14日8:00开始采样。\n\n"
            "二、采样对象\n\n榆次区、祁县区域内所有居民。\n\n三、采样地点\n\n就近采样。")
    assert counties(text) - {None} == {"榆次区", "祁县"}


def test_a_city_notice_without_a_scope_part_stays_the_citys() -> None:
    text = ("晋中市将于10月2日在全市组织全员核酸检测，有关安排通告如下：\n\n"
            "一、检测对象：全市居民。\n\n二、检测地点：听从所在社区安排。")
    assert counties(text) == {None}


# ------------------------------------------------------- one round a day ---------------


def test_three_days_in_a_row_said_with_zuo() -> None:
    text = "榆次区全员核酸筛查时间为10月3日至5日，连做三天。"
    assert events(text) == {("榆次区", date(2022, 10, d)) for d in (3, 4, 5)}


def test_one_round_each_day_of_a_span() -> None:
    text = "灵石县的筛查安排：10月3日—5日早8时起，每天做1轮区域核酸检测。"
    assert events(text) == {("灵石县", date(2022, 10, d)) for d in (3, 4, 5)}


def test_a_span_with_a_single_round_is_one_row() -> None:
    text = "祁县于10月3日至5日开展一轮区域核酸检测。"
    assert events(text) == {("祁县", date(2022, 10, 3))}


# ---------------------------------------------- a since-date names no round's day ------


def test_a_since_date_qualifying_the_compounds_is_not_the_rounds_day() -> None:
    text = "（二）平遥县、介休市，从9月25日以来出现过病例的小区，所有封控区开展核酸筛查，10月10日9时启动。"
    assert events(text) == {(c, date(2022, 10, 10)) for c in ("平遥县", "介休市")}


# ------------------------------------- a section that names no place after a city scope ----


def test_a_time_section_after_a_city_wide_scope_is_the_citys() -> None:
    # the districts of the earlier round are not where the new city-wide round runs
    text = ("9月5日，晋中市对灵石县、祁县做了区域核酸检测，结果全部阴性。\n"
            "为巩固防控成效，决定全市再做一轮区域核酸检测，具体安排通告如下：\n"
            "一、检测范围：晋中市全域居民。\n二、本轮区域核酸检测定在9月7日6:00-18:00采样。")
    got = events(text)
    assert {("灵石县", date(2022, 9, 5)), ("祁县", date(2022, 9, 5))} <= got
    assert not {p for p in got if p[1] == date(2022, 9, 7) and p[0] is not None}


def test_a_time_section_after_a_countys_own_scope_stays_the_countys() -> None:
    text = ("为排查风险，决定在灵石县再做一轮区域核酸检测，具体安排通告如下：\n"
            "一、检测范围：全县居民。\n二、本轮区域核酸检测定在9月7日6:00-18:00采样。")
    assert ("灵石县", date(2022, 9, 7)) in events(text)


def test_testing_once_a_day_over_a_span_is_one_row() -> None:
    # 每日一次 is how often, not a count of rounds
    text = "10月3日至5日，对祁县全域每日开展一次全员核酸检测。"
    assert events(text) == {("祁县", date(2022, 10, 3))}
