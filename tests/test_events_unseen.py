"""Lockdowns in wordings and layouts the first real sets did not show (issue 12, unseen text).

Each test shows one mechanism with invented wording, names and dates; none of the texts
comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import ALL, ED, JIEXIU, LISHI, pairs

from etl.extract.context import shared
from etl.extract.model import Place

FENYANG = Place("汾阳市", "county", "141182", LISHI.parent)
SUBURB = Place("西河街道", "town", None, FENYANG)
PLACES = {**ALL, "汾阳市": FENYANG, "西河街道": SUBURB}


def events(text: str) -> set[tuple[str | None, date | None]]:
    from test_events import mentions

    from etl.extract.events import extract_events

    return pairs(extract_events(text, mentions(text, PLACES), ED, shared()), "lockdown")


# ------------------------------------------------------- places listed before ---------


def test_counties_listed_before_their_measure() -> None:
    text = ("分两批实施管控。\n第一批区域\n包括平遥县、灵石县，祁县的部分乡镇。\n实施时间\n"
            "2022年10月3日6时起，先实施封控，同步开展核酸筛查。")
    assert events(text) == {("平遥县", date(2022, 10, 3)), ("灵石县", date(2022, 10, 3)), ("祁县", date(2022, 10, 3))}


def test_counties_heading_parts_then_one_measure() -> None:
    text = ("自10月5日12时起，将下列区域划为高风险区：\n平遥县：古陶镇东街3号院。\n介休市：北坛小区5号楼。"
            "防控措施：实行足不出户、上门服务。")
    assert events(text) == {("平遥县", date(2022, 10, 5)), ("介休市", date(2022, 10, 5))}


def test_a_measure_consumes_the_list_before_it() -> None:
    text = ("包括平遥县、灵石县。\n10月3日起实施封控。\n10月6日起对榆次区实施封控。\n10月8日起实施封控。")
    got = events(text)
    assert {("平遥县", date(2022, 10, 3)), ("灵石县", date(2022, 10, 3))} <= got
    assert len([c for c, d in got if d == date(2022, 10, 8)]) == 1  # the article's own county, as before


def test_a_list_far_before_the_measure_is_not_its_place() -> None:
    filler = "各部门要压实责任，做好物资保障和人员调度，确保群众生活不受影响。" * 12
    text = f"本周平遥县、灵石县的干部到介休市交流。\n{filler}\n10月9日起实施封控。"
    got = events(text)
    assert ("灵石县", date(2022, 10, 9)) not in got


# ------------------------------------------------------------- wording ----------------


def test_orders_not_to_leave_home_in_other_words() -> None:
    assert events("10月4日起，灵石县所有居民除参加核酸采样外，均不出户、不聚集。") == {("灵石县", date(2022, 10, 4))}
    assert events("10月5日起，祁县城区内非必要不出户，每户每两天一人外出采购。") == {("祁县", date(2022, 10, 5))}
    assert events("自10月6日起，平遥县全员居家，暂停一切人员流动。") == {("平遥县", date(2022, 10, 6))}


def test_a_whole_town_quarantined_at_home() -> None:
    text = "10月7日20时以后，介休市宣布全市城区人员居家隔离，时间暂定五天。"
    assert events(text) == {("介休市", date(2022, 10, 7))}


def test_other_names_of_static_management() -> None:
    assert events("自10月8日零时起，离石区实行静态管控。") == {("离石区", date(2022, 10, 8))}
    assert events("10月9日起，汾阳市全城静默三天。") == {("汾阳市", date(2022, 10, 9))}


def test_a_village_sealed_by_closing_its_ways_in() -> None:
    text = "10月2日，平遥县古陶镇的5个进出路口全部封闭，只留一处值守。"
    assert events(text) == {("平遥县", date(2022, 10, 2))}


def test_days_after_an_anchor_date_and_a_time_word_before_a_compound() -> None:
    text = "早在10月1日，汾阳市西河街道就开始排查，两天后杏林小区也开始封闭。"
    assert events(text) == {("汾阳市", date(2022, 10, 3))}


def test_orders_in_a_list_of_tasks_and_service_promises_are_told_apart() -> None:
    assert events("10月3日，灵石县的防疫小贴士：戴口罩、不出户、勤洗手。") == set()
    assert events("10月3日起，平遥县政务服务网上办，群众足不出户就能办理证件。") == set()
    assert events("10月3日，介休市倡议市民非必要不出户。") == set()


def test_a_time_word_is_not_part_of_a_compound_name() -> None:
    from etl.extract.places import resolve_page

    text = "平遥县古陶镇10月1日开始排查，两天后杏林小区也开始封闭。"
    surfaces = [m.surface for m in resolve_page([text], shared().places)[0]]
    assert "杏林小区" in surfaces and not any(s.startswith("两天后") for s in surfaces)


# ------------------------------------------------------------------ dates ---------------


def test_page_stamp_gives_the_year_when_the_edition_is_unknown() -> None:
    from etl.extract.dates import document_context
    from etl.extract.events import extract_events
    from etl.extract.model import DateContext

    text = "介休市发布通告\n2021-12-20 09:41:07 来源：某某网\n12月19日起，介休市实行静态管理。"
    ctx = document_context(text, DateContext(None))
    got = extract_events(text, [], ctx, shared())
    assert [e.start for e in got if e.type == "lockdown"] == [date(2021, 12, 19)]


# ------------------------------------------------------- places listed after ----------


def test_counties_on_the_lines_under_a_measure_ending_in_a_colon() -> None:
    text = "自10月7日起，下列县（市、区）实行静默管理：\n1.灵石县\n2.祁县\n3.介休市"
    got = {p for p in events(text) if p[0]}
    assert got == {("灵石县", date(2022, 10, 7)), ("祁县", date(2022, 10, 7)), ("介休市", date(2022, 10, 7))}


def test_lines_under_a_measure_stop_at_the_next_heading() -> None:
    text = ("自10月7日起，下列区域实行静默管理：\n灵石县：城关镇。\n祁县：东观镇。\n二、其他区域\n介休市北坛小区"
            "继续做好常态化防控。")
    assert {p for p in events(text) if p[0]} == {("灵石县", date(2022, 10, 7)), ("祁县", date(2022, 10, 7))}


def test_a_plain_control_zone_is_no_lockdown() -> None:
    # 管控区 (people stay inside the area, not at home) is not a lockdown; 足不出户 makes one
    assert events("10月7日起，将平遥县古陶镇东街划为管控区，实行人不出区。") == set()
    text = "10月7日起，将平遥县古陶镇东街划为临时管控区，区域内人员足不出户、上门服务。"
    assert events(text) == {("平遥县", date(2022, 10, 7))}


def test_more_wordings_of_a_lockdown() -> None:
    assert events("自10月7日起，祁县城区居民原则上居家，不得外出。") == {("祁县", date(2022, 10, 7))}
    assert events("10月7日起对平遥县古陶镇实行临时封闭。") == {("平遥县", date(2022, 10, 7))}
    assert events("10月7日起，灵石县实施为期3天的静默。") == {("灵石县", date(2022, 10, 7))}
    assert events("10月8日起，介休市静默三天。") == {("介休市", date(2022, 10, 8))}


def test_zone_names_with_their_district_in_brackets_stay_in_the_list() -> None:
    from test_events import mentions

    from etl.extract.events import extract_events

    places = {**PLACES, "晋中市": JIEXIU.parent}

    text = "自2022年10月8日8时起，在全市平遥县、开发区(灵石县)、园区(祁县)、介休市实行临时性静态管理。"
    got = pairs(extract_events(text, mentions(text, places), ED, shared()), "lockdown")
    assert {c for c, _ in got} == {"平遥县", "灵石县", "祁县", "介休市"}


def test_a_measure_as_an_attribute_or_a_cause_is_no_start() -> None:
    # a reference to a lockdown (undated), not one starting that day
    assert all(d is None for _, d in events("10月9日，平遥县对封闭管理的学校、敬老院上门采样。"))
    assert all(d is None for _, d in events("10月9日，灵石县志愿者说，由于小区封闭管理，生活物资配送成了重点。"))


# ------------------------------------------------------------- testing ----------------


def rounds(text: str, ctx: object = ED) -> set[tuple[str | None, date | None]]:
    from test_events import mentions

    from etl.extract.dates import document_context
    from etl.extract.events import extract_events

    own = document_context(text, ctx)  # type: ignore[arg-type]
    return pairs(extract_events(text, mentions(text, PLACES), own, shared()), "mass_testing")


def test_a_notice_title_takes_the_day_its_body_gives() -> None:
    text = ("祁县关于开展第四轮\n全员核酸检测的通告\n经研究，决定于10月14日7:00-12:00在全县开展第四轮全员核酸检测。\n"
            "祁县疫情防控指挥部\n2022年10月12日")
    assert rounds(text) == {("祁县", date(2022, 10, 14))}


def test_routine_screening_and_sampling_sites_are_no_round() -> None:
    assert rounds("10月10日，平遥县常态化全员核酸筛查时检出1例阳性人员。") == set()
    assert rounds("三、采样点设置\n灵石县区域核酸检测采样点见附件。") == set()
    assert rounds("10月10日起，介休市北坛小区实行足不出户，定期对居民进行核酸检测。") == set()


def test_none_reported_is_no_case_report() -> None:
    from test_events import mentions

    from etl.extract.events import extract_events

    for text in ("10月11日，祁县通报：我县目前无阳性感染者报告。", "截至10月11日，灵石县暂无确诊病例。"):
        assert not [e for e in extract_events(text, mentions(text, PLACES), ED, shared()) if e.type == "case_report"]


def test_a_measure_named_in_quotes_and_all_movement_forbidden() -> None:
    assert events("平遥县发布通告，10月7日起全县实施“静默”管理。") == {("平遥县", date(2022, 10, 7))}
    assert events("10月8日起，祁县禁止一切人员流动。") == {("祁县", date(2022, 10, 8))}


def test_staying_home_while_testing_runs_starts_with_the_testing() -> None:
    text = ("经研究，决定于10月15日至16日在全县开展两轮全员核酸检测。\n第一轮：10月15日7:00开始。\n"
            "第二轮：10月16日7:00开始。\n核酸检测期间，灵石县居民两天居家不外出。")
    assert events(text) == {("灵石县", date(2022, 10, 15))}


def test_a_labelled_list_run_into_its_heading_with_asides() -> None:
    text = ("经研究，决定于2022年10月17日在晋中市部分区域开展核酸检测。现通告如下：一、检测区域和时间"
            "区域：平遥县、灵石县(不含南关镇)、祁县。")
    got = {c for c, d in rounds(text) if d == date(2022, 10, 17)}
    assert {"平遥县", "灵石县", "祁县"} <= got


def test_counties_heading_the_parts_of_the_areas_a_notice_announces() -> None:
    text = ("经研究，决定于2022年10月18日10时起，对晋中市部分区域内的全体居民开展一轮区域全员核酸检测。"
            "现将相关事项通告如下：\n一、检测范围\n（一）平遥县（2个）。\n1.古陶镇东街区域。\n（二）灵石县（1个）。\n"
            "1.南关镇区域。\n二、检测要求\n请携带身份证。")
    assert rounds(text) == {("平遥县", date(2022, 10, 18)), ("灵石县", date(2022, 10, 18))}


# --------------------------------------------------------------- cases ----------------


def test_a_place_and_a_count_after_a_case_report_are_a_case_report() -> None:
    from test_events import mentions

    from etl.extract.events import extract_events

    text = "10月11日0-24时，晋中市平遥县新增本土确诊病例6例，晋中市灵石县3例；平遥县新增无症状感染者2例，祁县1例。"
    got = {(e.county.name if e.county else None, e.kind, e.count)
           for e in extract_events(text, mentions(text, PLACES), ED, shared()) if e.type == "case_report"}
    assert {("灵石县", "confirmed", 3), ("祁县", "asymptomatic", 1)} <= got


def test_a_series_of_day_counts_is_a_case_report_per_day() -> None:
    from test_events import mentions

    from etl.extract.events import extract_events

    text = ("10月3日后，平遥县新增本土无症状感染者快速增加(3日21例、4日40例、5日33例)，"
            "6日之后回落(其中6日为12例，7日为5例)。")
    got = {(e.start, e.count) for e in extract_events(text, mentions(text, PLACES), ED, shared()) if e.type == "case_report"}
    assert {(date(2022, 10, 4), 40), (date(2022, 10, 5), 33), (date(2022, 10, 7), 5)} <= got


def test_a_sealed_zone_downgraded_is_a_lifting() -> None:
    from test_events import mentions

    from etl.extract.events import extract_events

    text = "经县指挥部研判，决定自2022年10月20日22时起，将平遥县古陶镇东街3号院等2个高风险区降为低风险区。"
    got = [e for e in extract_events(text, mentions(text, PLACES), ED, shared()) if e.type == "lockdown"]
    assert [(e.county.name if e.county else None, e.kind, e.start, e.end) for e in got] == [
        ("平遥县", "lifted", None, date(2022, 10, 20))]


def test_movement_halted_in_an_area_and_entrances_closed_are_lockdowns() -> None:
    assert events("10月9日起，灵石县暂停城区所有人员车辆流动。") == {("灵石县", date(2022, 10, 9))}
    assert events("10月9日，平遥县古陶镇封闭了所有村庄出入口，只留一个卡点。") == {("平遥县", date(2022, 10, 9))}
    assert events("10月9日，祁县要求停止人员聚集活动。") == set()
