"""Word edges around county names: a one-character-core county inside ordinary words, an
autonomous county's everyday form holding a shorter county, units the code list lacks, shorts
recurring inside a longer word, a pair of listed shorts, a person's household registration.
Texts are invented."""
from __future__ import annotations

import pytest
from place_helpers import counties, listed

from etl.extract import vocabulary
from etl.extract.context import shared
from etl.extract.places import build_index, resolve_page
from etl.extract.tuning import PlaceTuning


def test_a_word_plus_a_county_word_is_no_one_character_county() -> None:
    # 规范 + 县域: no 范县, even beside another county of its province
    assert counties("郏县防控办要求各乡镇进一步规范县域交通卡口设置。") == {"郏县"}


def test_a_glued_one_character_county_without_a_county_word_stays() -> None:
    assert counties("关于恢复滑县常态化核酸采样的公告") == {"滑县"}


def test_the_old_town_is_no_district() -> None:
    assert counties("城管部门对新老城区的背街小巷统一消杀。") == set()
    assert counties("洛阳市老城区启动区域核酸检测。") == {"老城区"}


def test_conjunction_before_county_headquarters() -> None:
    assert counties("依据《第5号通告》和县指挥部的部署，临泉县开展入户排查。") == {"临泉县"}


@pytest.mark.parametrize("text, want", [
    ("海东市民和县中川乡新增2名无症状感染者。", "民和回族土族自治县"),
    ("普洱市澜沧县勐朗镇今日开展全员核酸检测。", "澜沧拉祜族自治县"),
])
def test_an_autonomous_county_everyday_form_beats_the_shorter_county(text: str, want: str) -> None:
    assert counties(text) == {want}


def test_an_administrative_committee_short_form() -> None:
    assert counties("海西州大柴旦行委新增1例无症状感染者。") == {"大柴旦行政委员会"}


def test_a_port_zone_maps_to_its_district() -> None:
    assert counties("东疆港区某物流园员工今日全员核酸检测。") == {"滨海新区"}


def test_an_alias_to_an_unknown_code_is_refused() -> None:
    cfg = vocabulary.load("places")
    cfg["official"]["aliases"] = {"某某港区": "999999"}
    with pytest.raises(ValueError, match="某某港区"):
        build_index(shared().gazetteer, cfg, PlaceTuning())


def test_a_short_recurring_inside_a_longer_word_is_no_county() -> None:
    # 权威信息 three times: 威信 is the middle of a word each time, no 威信县
    text = "请以权威信息为准。网传消息并非权威信息。市民应关注官方发布的权威信息。"
    assert counties(text) == set()


def test_two_listed_shorts_of_the_article_prefecture() -> None:
    text = "无锡市梁溪区今天开展核酸检测，江阴、宜兴也派出采样队伍。"
    assert {"江阴市", "宜兴市"} <= counties(text)


def test_a_lone_bare_short_is_not_listed() -> None:
    assert "宜兴市" not in counties("无锡市梁溪区今天开展核酸检测，宜兴派出采样队伍。")


def test_household_registration_county_is_not_the_article_place() -> None:
    text = "南漳县新增3例阳性感染者，城关镇2例，另1例户籍在枣阳市。"
    assert listed(text) == {"南漳县"}


def test_a_compound_headed_by_a_named_district_lies_in_it() -> None:
    # the city is named first, the compound carries the district's short, the district is named in full later
    text = "杭州市今日新增3例本土确诊病例，均住余杭金桂苑小区。杭州余杭区仓前街道金桂苑社区列为中风险区。"
    found = resolve_page([text], shared().places, None)[0]
    compound = next(m for m in found if m.surface.endswith("小区"))
    assert compound.surface == "余杭金桂苑小区"
    assert compound.place.ancestor("county").name == "余杭区"


def test_cases_all_living_in_a_compound_take_its_district() -> None:
    from test_events_real_patterns import ED, pairs

    from etl.extract.events import extract_events

    text = "杭州市今日新增3例本土确诊病例，均住余杭金桂苑小区。杭州余杭区仓前街道金桂苑社区列为中风险区。"
    found = resolve_page([text], shared().places, None)[0]
    got = pairs(extract_events(text, found, ED, shared()), "case_report")
    assert {c for c, _ in got} == {"余杭区"}


def test_new_town_is_a_district_only_after_its_city() -> None:
    assert counties("西安市新城区某某街道设立临时采样点。") == {"新城区"}
    assert counties("加快新城区建设，完善配套设施。") == set()


@pytest.mark.parametrize("text, own, background", [
    # a neighbour named beside the place the item is about
    ("巡查组来到岔口检查点，该点位于柳溪镇与长汀县古城镇交界处。连城县加强值守。", "连城县", "长汀县"),
    ("宁海县对毗邻奉化区的12个村开展核酸检测。", "宁海县", "奉化区"),
    # where a case came from
    ("涟源市昨日新发现1名阳性感染者，此人系长沙市雨花区返乡人员，已落实隔离。", "涟源市", "雨花区"),
    # the outbreak elsewhere that a notice's opening sentence names
    ("当前，省内疫情多点散发，岳阳市君山区、常德市鼎城区等地疫情仍在发展。决定在桃江县城区开展全员核酸检测。",
     "桃江县", "鼎城区"),
    ("目前本市疫情态势严峻，荷塘区出现多名阳性感染者。攸县将于明日开展全员核酸检测。", "攸县", "荷塘区"),
])
def test_background_places_beside_the_items_own_are_left_out(text: str, own: str, background: str) -> None:
    assert background in counties(text)  # events still read it
    assert own in listed(text) and background not in listed(text)


def test_background_is_kept_when_the_item_names_no_county_of_its_own() -> None:
    # the one county named, even in a background clause, stays the item's place
    assert listed("市民李某系长沙市雨花区返乡人员，已落实居家健康监测。") == {"雨花区"}
