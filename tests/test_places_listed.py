"""Bare short county names listed beside a county of the same prefecture (issue 12).

Invented sentences: 石狮、惠安 style lists where only the first item carries its prefecture.
"""
from __future__ import annotations

from etl.extract.context import shared
from etl.extract.places import resolve_page


def counties(text: str) -> set[str]:
    return {c.name for m in resolve_page([text], shared().places)[0] if (c := m.place.ancestor("county"))}


def test_a_bare_short_after_a_chained_sibling_is_that_prefectures_county() -> None:
    assert counties("另外，泉州晋江、南安两地的图书馆自本周起暂停开放。") >= {"晋江市", "南安市"}


def test_a_bare_short_before_a_resolved_county() -> None:
    assert counties("介休、灵石县等地今天起开展核酸筛查。") == {"介休市", "灵石县"}


def test_bare_shorts_with_no_resolved_neighbour_stay_unresolved() -> None:
    assert counties("今天介休、灵石风很大。") == set()


def test_a_list_counted_by_its_kind_describes_a_jurisdiction() -> None:
    text = "晋中市辖榆次区、太谷区两区和平遥县、介休、灵石等九县市。"
    assert "介休市" not in counties(text) and "灵石县" not in counties(text)


def test_the_jurisdiction_word_is_looked_for_only_within_the_clause_reach() -> None:
    """Text run together without punctuation: a 辖 far back no longer governs the list (and the
    look-back stays bounded, so every counted list does not scan back to the page's start)."""
    reach = shared().places.clause_reach
    tail = "榆次区、太谷区两区和平遥县、介休、灵石等九县市。"
    near = "晋中市辖" + "许多村庄" * (reach // 8) + tail
    far = "晋中市辖" + "许多村庄" * (reach // 4 + 1) + tail
    assert "介休市" not in counties(near)
    assert {"介休市", "灵石县"} <= counties(far)


def test_a_bare_short_and_a_town_below_it_confirm_each_other() -> None:
    text = "这几天，平遥除古陶镇外，各乡镇的集市都已经恢复。"
    assert counties(text) == {"平遥县"}


def test_a_village_name_alone_does_not_back_a_bare_short() -> None:
    assert counties("这几天，平遥除道备村外，各地的集市都已经恢复。") == set()


def test_a_conjunction_before_a_county_office_is_no_county() -> None:
    assert "和县" not in counties("那天，他和县委办公室的两位同志一起去了平遥县。")
    assert "和县" not in counties("记者和县长一起察看了平遥县的卡口。")
    assert "和县" in counties("和县发布通告，全县开展核酸检测。")


def test_a_short_before_a_compound_named_city_is_no_place() -> None:
    assert "平遥县" not in counties("封控区：榆次区锦绣平遥城5号楼2单元、平遥城小区3号楼。")
    assert "平遥县" in counties("国庆期间，游客来到平遥城参观。")
