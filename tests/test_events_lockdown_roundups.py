"""Lockdown rows of roundups, liftings and notices on real text (issue 12, set L patterns).

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events import mentions
from test_events_real_patterns import ALL, ED, PINGYAO, pairs, run

from etl.extract.context import shared
from etl.extract.events import extract_events
from etl.extract.model import DateContext, Event, Place

TOWNS = {name: Place(name, "town", None, PINGYAO) for name in ("杜家庄乡", "洪善镇", "宁固镇", "南政乡", "中都乡", "岳壁乡")}


def _with_towns(text: str) -> list[Event]:
    places = {**ALL, **TOWNS}
    return extract_events(text, mentions(text, places), ED, shared())


def _rows(text: str) -> set[tuple[str | None, date | None, str | None]]:
    return {(e.county.name if e.county else None, e.start, e.place.name if e.place else None)
            for e in run(text) if e.type == "lockdown"}


# ------------------------------------------------- a roundup of places under one measure ---


def test_counties_and_cities_listed_side_by_side_each_get_a_row() -> None:
    # a list that mixes counties with a prefecture city: every member is a place of the measure
    text = ("10月11日，多家媒体梳理了近期情况。\n"
            "据梳理，晋中市平遥县、吕梁市、晋中市灵石县等地，都先后采取了不同形式的封控措施。")
    got = _rows(text)
    assert {c for c, _, _ in got} == {"平遥县", "灵石县", None}
    assert ("吕梁市" in {p for _, _, p in got})


def test_a_roundup_since_a_month_began_takes_no_day() -> None:
    # 进入10月以来: the measures of the list happened over a period, on no day the text gives
    text = ("10月11日，介休市宣布当天起全域实行静态管理。\n"
            "进入10月以来，平遥县、灵石县、祁县等地，都先后采取了不同形式的封控措施。")
    assert pairs(run(text), "lockdown") == {("介休市", date(2022, 10, 11)), ("平遥县", None), ("灵石县", None),
                                            ("祁县", None)}


# ------------------------------------------------------------- what a lifting ends ---


def test_a_zone_named_as_the_object_of_a_lifting_is_no_new_lockdown() -> None:
    # 划定为封控区的…解除封控: the designation only says which buildings the lifting frees
    text = ("平遥县疫情防控指挥部10月11日发布公告，自当日18时起，对划定为封控区的古陶镇东街5号院、"
            "西街2号楼解除封控，居民恢复正常生活。")
    rows = [e for e in run(text) if e.type == "lockdown"]
    assert {(e.county.name if e.county else None, e.start) for e in rows} == {("平遥县", None)}
    assert {e.end for e in rows} == {date(2022, 10, 11)}
    # a notice that designates a zone stays a lockdown from its day
    text = "平遥县疫情防控指挥部10月11日发布公告，自当日18时起，将古陶镇东街5号院划定为封控区，实行足不出户。"
    assert ("平遥县", date(2022, 10, 11)) in pairs(run(text), "lockdown")


def test_a_risk_label_dropped_before_the_ninth_edition_lifts_nothing() -> None:
    # in 2021 a high-risk area was a travel-risk label: its downgrade ends no lockdown
    text = "8月15日起，平遥县古陶镇高风险地区降为中风险地区。"
    assert [e for e in run(text, DateContext(date(2021, 8, 16), "exact")) if e.type == "lockdown"] == []
    # from the 9th edition on a high-risk area stays at home: its downgrade is a lifting
    text = "自10月11日起，平遥县古陶镇高风险区降级为低风险区。"
    rows = [e for e in run(text) if e.type == "lockdown"]
    assert [(e.kind, e.end) for e in rows] == [("lifted", date(2022, 10, 11))]
    # a sealed zone downgraded ends its lockdown whatever the year
    text = "8月15日，平遥县宣布，自当日起古陶镇东关小区由封控区调整为防范区。"
    rows = [e for e in run(text, DateContext(date(2021, 8, 16), "exact")) if e.type == "lockdown"]
    assert [e.end for e in rows] == [date(2021, 8, 15)]


# ------------------------------------------------------------ which month a bare day takes ---


def test_a_bare_day_takes_no_month_from_the_start_of_a_period() -> None:
    # 自9月20日…以来 opens a period; 11日 after it is a day of the story's own month
    text = ("10月11日，平遥县召开第30场疫情防控发布会，这是自9月20日平遥县发生疫情以来，首次没有新增病例。\n"
            "11日下午，古陶镇东关小区正式解封，居民走出家门。")
    rows = [e for e in run(text) if e.type == "lockdown"]
    assert rows and {e.end for e in rows} == {date(2022, 10, 11)}


def test_a_lifting_that_tells_when_its_zone_was_sealed_keeps_that_start() -> None:
    # the date before the lockdown word is its start; the lifting has a date of its own after it
    text = "10月11日，平遥县通报，10月2日起实行封控管理的古陶镇东关村，经评估于10月11日18时起解除封控。"
    rows = [e for e in run(text) if e.type == "lockdown"]
    assert {(e.county.name if e.county else None, e.start, e.end) for e in rows} == {
        ("平遥县", date(2022, 10, 2), date(2022, 10, 11))}


# ------------------------------------------------------- the area a sentence speaks of ---


def test_a_whole_city_word_earlier_in_the_sentence_places_the_measure() -> None:
    # 全市 opens the sentence; the closing clause names no place: the city, not the county of
    # the case told before
    text = ("平遥县10月10日报告1例确诊病例，晋中市随即发布通告。\n"
            "10月11日起全市进入静止状态，街道小区一律实行封闭管理，居民原则上居家。")
    got = pairs(run(text), "lockdown")
    assert ("平遥县", date(2022, 10, 11)) not in got
    assert (None, date(2022, 10, 11)) in got


# --------------------------------------------------------------------- liftings ---


def test_a_long_list_of_towns_freed_from_temporary_control_is_a_lifting() -> None:
    text = ("平遥县疫情防控指挥部通告\n一、调整管控范围\n自2022年10月11日8时起，解除杜家庄乡、洪善镇、宁固镇、"
            "南政乡、中都乡、岳壁乡6个乡镇临时管控，有序恢复生产生活。")
    rows = [e for e in _with_towns(text) if e.type == "lockdown"]
    assert rows and all(e.kind == "lifted" and e.start is None and e.end == date(2022, 10, 11) for e in rows)
    assert {e.county.name for e in rows if e.county} == {"平遥县"}


def test_a_lifting_put_off_lifts_nothing() -> None:
    text = "10月11日，平遥县指挥部通报，暂缓解除古陶镇两处临时管控区，管控措施照旧。"
    assert [e for e in run(text) if e.type == "lockdown" and e.end is not None] == []


# ------------------------------------------------------------------- extensions ---


def test_an_extension_announced_on_a_day_has_no_start_of_its_own() -> None:
    # the notice's day is when the extension was decided; the lockdown began before it
    for text in ("10月9日，平遥县指挥部通告：全域静态管理再延长至10月12日24时。",
                 "10月9日，平遥县发布通告，全县静态管理时间延长到10月12日24时。"):
        rows = [e for e in run(text) if e.type == "lockdown"]
        assert rows and {(e.start, e.end) for e in rows} == {(None, date(2022, 10, 12))}, text
    # with a window of its own (自…起至…) the extension is dated by it
    text = "10月9日，平遥县决定，自10月10日0时至10月12日24时继续实施全域静态管理。"
    assert ("平遥县", date(2022, 10, 10)) in pairs(run(text), "lockdown")


# ------------------------------------------------------------ whom a rule keeps home ---


def test_people_with_a_red_code_kept_home_are_no_lockdown() -> None:
    text = ("10月11日，平遥县开展新一轮全员核酸检测。\n采样要求：\n1.红码人员足不出户，由医务人员上门采样。\n"
            "2.黄码人员居家不外出，在指定时段采样。")
    assert pairs(run(text), "lockdown") == set()


# ------------------------------------------------------------ places that are no place ---


def test_a_place_inside_a_cited_guideline_title_is_not_where_a_lifting_applies() -> None:
    # the province and city named in the cited titles issued the rules; the notice is the county's
    text = ("平遥县疫情防控指挥部通告\n根据《山西省社区防控工作指引（第二版）》、《吕梁市封控区解封标准》等规定，"
            "经专家评估，自2022年10月11日12时起解除古陶镇东关社区封控措施。")
    rows = [e for e in run(text) if e.type == "lockdown"]
    assert rows and {e.county.name if e.county else None for e in rows} == {"平遥县"}
    assert all(e.place is None or e.place.level != "province" for e in rows)


def test_a_tally_of_unnamed_counties_is_not_the_article_county() -> None:
    # 已有9个县区…采取封控措施: a count of places the sentence does not name
    text = ("平遥县10月10日报告1例无症状感染者。\n"
            "10月11日，省级媒体报道，据统计，本月已有9个县区因疫情采取了封控措施。")
    assert ("平遥县", date(2022, 10, 11)) not in pairs(run(text), "lockdown")


def test_a_county_word_after_another_city_does_not_name_the_article_county() -> None:
    # 全域 after 吕梁市 (no county of its own): the city, not 平遥县 that the article is about
    text = ("平遥县10月10日报告1例无症状感染者。\n"
            "另据报道，吕梁市等地，也先后采取了“全域封控管理”等措施。")
    assert "平遥县" not in {c for c, _ in pairs(run(text), "lockdown")}


def test_a_compound_already_designated_in_a_case_story_takes_no_date() -> None:
    # 已列为封控区: a state the case report mentions, not a designation on the report's day
    text = ("10月11日，平遥县新增1例确诊病例，系古陶镇居民。\n"
            "该病例居住的东关小区已列为封控区，实行足不出户、上门服务。")
    assert ("平遥县", date(2022, 10, 11)) not in pairs(run(text), "lockdown")
    # designated with a date of its own, the designation is dated
    text = "10月11日，平遥县新增1例确诊病例。10月12日起，东关小区已划为封控区，实行足不出户。"
    assert ("平遥县", date(2022, 10, 12)) in pairs(run(text), "lockdown")


def test_places_set_against_our_county_are_no_list_for_its_measure() -> None:
    # 我省甲、乙等地疫情持续，我县…: the counties named are others, not the areas of the next measure
    text = ("平遥县城区静态管理延长通知\n平遥县疫情防控指挥部\n当前，我省离石区、介休市等地疫情持续，我县防控压力较大。\n"
            "县指挥部研究后明确，城区静态管理再延长至10月14日24时。")
    got = {c for c, _ in pairs(run(text), "lockdown")}
    assert not got & {"离石区", "介休市"}
