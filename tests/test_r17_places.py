"""Round 17, places: the counties an item is given that it is not about. A county written with the
unit word it had before an upgrade (某丰县 for 某丰市) is that county, not a shorter county name inside
it; a bare short that is also a common noun (沿河地区: riverside areas) in an item whose other places
all lie in another province is a stray; a few places given as examples of a larger group (甲、乙、丙
等十余个县市为…) are background of the item. Texts are invented (other names, places and dates)."""
from __future__ import annotations

import pytest
from place_helpers import counties, listed


@pytest.mark.parametrize(("text", "want"), [
    ("3月5日，禄丰县报告新增无症状感染者2例，都在隔离点检出。", {"禄丰市"}),
    ("楚雄州禄丰县、大姚县今日起开展区域核酸检测。", {"禄丰市", "大姚县"}),
])
def test_a_county_under_its_unit_word_before_an_upgrade_is_that_county(text: str, want: set[str]) -> None:
    # 禄丰县 became 禄丰市: the older form holds 丰县, a county of another province
    assert counties(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("山西夏县今日起开展全员核酸检测。", {"夏县"}),  # 山西 + 夏县, not an older form of 西夏区
    ("湖南省益阳市南县今日新增确诊病例1例。", {"南县"}),  # 益阳市 + 南县, not an older form of 市南区
])
def test_a_province_or_city_before_a_county_is_no_older_form(text: str, want: set[str]) -> None:
    assert counties(text) == want


def test_a_common_noun_short_of_a_county_of_another_province_is_a_stray() -> None:
    # 沿河 is the short of a county of 贵州; here the riverside villages of 都昌县 (江西)
    text = "7月12日，都昌县组织沿河地区群众开展核酸检测，全县共设采样点86个。"
    assert listed(text) == {"都昌县"}
    assert counties(text) == {"都昌县"}


def test_a_short_alone_or_in_the_items_province_stays() -> None:
    assert listed("游客们纷纷前往平遥古城参观，古城内实行预约入园。") == {"平遥县"}
    assert listed("晋中市榆次区今日开展核酸检测，平遥古城暂停开放。") == {"榆次区", "平遥县"}


def test_examples_of_a_group_of_ten_or_more_are_background() -> None:
    text = ("4月3日，省里公布东宁市、绥芬河市、虎林市等十余个县市为沿边防控重点地区。"
            "同日，密山市开展全员核酸检测。")
    assert listed(text) == {"密山市"}
    assert counties(text) == {"东宁市", "绥芬河市", "虎林市", "密山市"}  # events still read them


def test_a_short_list_closed_by_its_own_count_stays() -> None:
    text = "4月3日，东宁市、虎林市等2个县市开展全员核酸检测。同日，密山市开展全员核酸检测。"
    assert listed(text) == {"东宁市", "虎林市", "密山市"}
