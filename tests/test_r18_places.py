"""Round 18, places: counties an item is given that it is not about, and counties it misses. The
breakdown of a whole province's or city's running tally (全省累计…，其中甲市…（乙区…）) lists every
county of the outbreak so far, not where the day's news is; a prefecture-level city without
counties (儋州, 嘉峪关) is its own county. Texts are invented (other names, places and dates)."""
from __future__ import annotations

from datetime import date

from place_helpers import listed

from etl.extract.context import shared
from etl.extract.model import PageMeta
from etl.extract.places import county_of, resolve_page
from etl.pipeline import extract_page


def test_a_provincial_tally_broken_down_by_county_is_no_place_of_the_item() -> None:
    text = ("3月9日0—24时，全省新增本土确诊病例2例（均在武都区）。截至3月9日24时，全省累计已报告本土确诊病例41例，"
            "其中陇南市30例（武都区21例、成县9例），天水市11例（秦州区11例）。")
    assert listed(text) == {"武都区"}


def test_a_tally_whose_breakdown_opens_the_next_sentence_is_background_too() -> None:
    # the bulletin's day ties its new cases to no county: the tally's counties are still not its own
    text = ("4月2日，自治区卫健委通报，4月1日全区新增确诊病例3例。截至4月1日24时，全区累计报告确诊病例19例（重症1例），"
            "现有疑似病例2例。其中乌鲁木齐市12例（天山区8例、沙依巴克区4例）、昌吉州7例（玛纳斯县7例）。")
    assert listed(text) == set()


def test_a_story_tally_of_one_city_keeps_its_counties() -> None:
    text = "10月3日以来，该市累计共报告本土确诊病例12例（秦州区10例，麦积区2例），麦积区已开展两轮全员核酸检测。"
    assert listed(text) == {"秦州区", "麦积区"}


def test_a_prefecture_level_city_without_counties_is_its_own_county() -> None:
    ms = resolve_page(["嘉峪关市峪泉镇今日起开展全员核酸检测。"], shared().places, None)[0]
    assert {c.name for m in ms if (c := county_of(m.place))} == {"嘉峪关市"}
    assert {c.adcode for m in ms if (c := county_of(m.place))} == {"620200"}
    # an ordinary prefecture is still no county
    ms = resolve_page(["天水市今日起开展全员核酸检测。"], shared().places, None)[0]
    assert {c.name for m in ms if (c := county_of(m.place))} == set()


def test_a_measure_in_a_city_without_counties_rolls_up_to_the_city() -> None:
    text = "儋州市关于调整风险区的通告\n自2022年6月5日起，将那大镇春风小区划为高风险区，实行封控管理，足不出户、上门服务。\n"
    facts = extract_page(text, PageMeta(edition_date=date(2022, 6, 5), date_precision="exact"), shared())
    got = {(e.county.name if e.county else None, e.start) for f in facts for e in f.events if e.type == "lockdown"}
    assert got == {("儋州市", date(2022, 6, 5))}
    assert {f.primary_county.name for f in facts if f.primary_county} == {"儋州市"}


def test_a_yes_no_question_on_a_lockdown_is_no_lockdown() -> None:
    # an aggregator's headline asks what readers search for, with no question mark
    text = ("岚皋县静默管理了吗 岚皋县最新通报\n10月8日0—24时，岚皋县新增本土无症状感染者1例，在集中隔离点检出。\n"
            "【岚皋县静默管理了吗】截至10月8日24时，岚皋县现有本土无症状感染者3例。\n")
    facts = extract_page(text, PageMeta(edition_date=date(2022, 10, 9), date_precision="exact"), shared())
    assert [e for f in facts for e in f.events if e.type == "lockdown"] == []
    # the statement keeps its lockdown
    text = "岚皋县城区自10月8日起实行静默管理，居民足不出户。\n"
    facts = extract_page(text, PageMeta(edition_date=date(2022, 10, 9), date_precision="exact"), shared())
    assert {(e.county.name if e.county else None, e.start) for f in facts for e in f.events
            if e.type == "lockdown"} == {("岚皋县", date(2022, 10, 8))}


def test_a_district_name_of_xining_glued_into_a_compound_name_is_no_place() -> None:
    # 城西区 of 西宁 inside 某某新城西区 (the west block of a housing estate) in a story of 牡丹江
    text = "10月9日起，牡丹江市爱民区将春晖新城西区、江滨花园一期调整为中风险区。"
    assert listed(text) == {"爱民区"}
    assert "城北区" in listed("西宁市城北区今日起开展全员核酸检测。")
    assert "城东区" in listed("全员核酸检测在“城东区”各街道同步展开。")
