"""Lockdown and lifting wordings beyond the ones the tuned sets show (issue 12, generalisation).

Every text is invented (names, places, dates); each test pins one family of wordings that
real notices use for the same measure. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import ALL, ED, pairs

from etl.extract.context import shared
from etl.extract.events import extract_events
from etl.extract.model import Event


def lockdowns(text: str) -> list[Event]:
    from test_events import mentions

    return [e for e in extract_events(text, mentions(text, ALL), ED, shared()) if e.type == "lockdown"]


def started(text: str) -> set[tuple[str | None, date | None]]:
    return {p for p in pairs(lockdowns(text), "lockdown") if p[1] is not None and "lifted" not in p}


def test_ending_a_lockdown_with_zhongzhi_is_a_lifting_not_a_start() -> None:
    evs = lockdowns("经综合研判，介休市决定自10月9日18时起终止全域静态管理，有序恢复生产生活秩序。")
    assert [(e.kind, e.start, e.end) for e in evs] == [("lifted", None, date(2022, 10, 9))]


def test_leaving_a_lockdown_with_tuichu_is_a_lifting() -> None:
    evs = lockdowns("10月8日起，灵石县城区退出静默管理，转入常态化防控。")
    assert {e.kind for e in evs} == {"lifted"}


def test_quoted_closed_style_management_is_a_lockdown() -> None:
    assert started("10月5日晚，祁县发布通告，自当晚20时起，对县城实行“封闭式”管理。") == {("祁县", date(2022, 10, 5))}


def test_standstill_management_is_static_management() -> None:
    evs = lockdowns("离石区决定，从10月4日8时起实施全域静止管理，居民原则上不出家门。")
    assert [(e.county.name if e.county else None, e.start, e.kind) for e in evs] == [
        ("离石区", date(2022, 10, 4), "static_management")]


def test_an_extension_end_is_neither_a_start_nor_last_year() -> None:
    text = "平遥县静态管理再延长至10月16日\n平遥县决定，全县静态管理时间延长至10月16日24时。"
    evs = lockdowns(text)
    assert evs and all(e.start is None for e in evs)
    assert {e.end for e in evs} == {date(2022, 10, 16)}


def test_a_list_of_written_paths_gives_each_path_its_county() -> None:
    from test_events import BEIYING, LINGSHI, LONGBAO, NANGUAN, XIAODIAN, mentions

    places = {"小店区": XIAODIAN, "北营街道": BEIYING, "龙保社区": LONGBAO, "灵石县": LINGSHI, "南关镇": NANGUAN}
    text = "省指挥部10月9日通报：即日起，将小店区北营街道龙保社区、灵石县南关镇划为封控区。"
    evs = extract_events(text, mentions(text, places), ED, shared())
    assert pairs(evs, "lockdown") == {("小店区", date(2022, 10, 9)), ("灵石县", date(2022, 10, 9))}


def test_a_lockdown_in_a_notice_title_takes_the_body_date_not_the_signature() -> None:
    text = ("关于对平遥县古陶镇实施临时封闭管理的通告\n为阻断传播链条，自10月8日0时起，对古陶镇实施临时封闭管理。\n"
            "平遥县新冠肺炎疫情防控指挥部\n2022年10月7日")
    from test_events import mentions

    from etl.extract.dates import document_context

    evs = extract_events(text, mentions(text, ALL), document_context(text, ED), shared())
    assert started(text) <= {("平遥县", date(2022, 10, 8))}
    assert {e.start for e in evs if e.type == "lockdown"} == {date(2022, 10, 8)}


def test_a_numbered_part_naming_the_measure_time_is_not_a_task_list() -> None:
    text = "介休市实行静态管理\n一、静态管理时间：10月9日0时至10月11日24时。\n"
    assert started(text) == {("介休市", date(2022, 10, 9))}


def test_the_notice_day_yields_to_the_start_its_parts_write_out() -> None:
    from test_events import mentions

    from etl.extract.dates import document_context

    text = ("关于全市实施静态管理的通告\n经指挥部研究，全市将实施为期三天的静态管理，具体事项通告如下：\n"
            "一、静态管理时间：10月9日0时-10月11日24时。\n二、静态管理期间，居民足不出户。\n"
            "介休市新冠肺炎疫情防控指挥部\n2022年10月8日")
    evs = extract_events(text, mentions(text, ALL), document_context(text, ED), shared())
    assert {e.start for e in evs if e.type == "lockdown"} == {date(2022, 10, 9)}


def test_a_whole_population_told_to_stay_home_on_its_own() -> None:
    assert started("自10月9日起，全县市民自行居家一周。\n平遥县疫情防控指挥部") == {("平遥县", date(2022, 10, 9))}


def test_households_rationed_to_one_outing_are_a_lockdown() -> None:
    text = "9月19日起，灵石县北城各小区严格管理，每户每两天可派1人出门购买生活用品。"
    assert started(text) == {("灵石县", date(2022, 9, 19))}


def test_a_lockdown_turned_into_a_milder_regime_ends_it() -> None:
    for text in ("10月12日6时起，介休市城区静态管理调整为常态化防控。",
                 "经研判，介休市自10月12日起由全域静默管理转为分区分类管理。"):
        evs = lockdowns(text)
        assert [(e.kind, e.start, e.end) for e in evs] == [("lifted", None, date(2022, 10, 12))], text


def test_closed_style_control_is_closed_management() -> None:
    assert started("10月9日起，介休市城区实行封闭式管控。") == {("介休市", date(2022, 10, 9))}


def test_the_nth_day_of_a_lockdown_dates_its_start_back() -> None:
    assert started("10月11日是介休市实行静默管理的第三天，街头行人稀少。") == {("介休市", date(2022, 10, 9))}
    assert started("10月11日，灵石县全域静态管理第1天，各小区秩序井然。") == {("灵石县", date(2022, 10, 11))}


def test_a_measure_announcing_a_list_covers_every_place_after_its_colon() -> None:
    from test_events import BEIYING, LINGSHI, NANGUAN, XIAODIAN, mentions

    places = {"小店区": XIAODIAN, "北营街道": BEIYING, "灵石县": LINGSHI, "南关镇": NANGUAN, "平遥县": ALL["平遥县"]}
    text = "自10月9日起，对以下区域实施封控管理：小店区北营街道；灵石县南关镇；平遥县古陶镇。"
    evs = extract_events(text, mentions(text, places), ED, shared())
    assert pairs(evs, "lockdown") == {("小店区", date(2022, 10, 9)), ("灵石县", date(2022, 10, 9)),
                                      ("平遥县", date(2022, 10, 9))}


def test_a_lockdown_running_out_is_a_lifting() -> None:
    evs = lockdowns("10月11日12时，介休市全域静态管理期满，城区各项生活秩序逐步恢复。")
    assert [(e.kind, e.start, e.end) for e in evs] == [("lifted", None, date(2022, 10, 11))]


def test_removing_a_lockdown_with_chechu_is_a_lifting() -> None:
    evs = lockdowns("10月11日起，介休市撤除城区各小区封控措施。")
    assert {e.kind for e in evs} == {"lifted"}


def test_rules_issued_during_a_lockdown_are_not_a_new_lockdown() -> None:
    text = ("从10月8日8时起，介休市全域实施3天静态管理。\n"
            "10月10日，介休市发布关于加强静态管理期间小区秩序的通告，要求各小区严格实行封闭管理。\n"
            "通告称，对拒不执行静态管理要求的人员，将依法处置。")
    assert started(text) == {("介休市", date(2022, 10, 8))}


def test_a_ban_on_leaving_home_is_a_stay_at_home_order() -> None:
    assert started("介休市决定，从10月9日0时起，城区所有人员禁止出户。") == {("介休市", date(2022, 10, 9))}
    assert started("灵石县决定，从10月9日0时起，城区居民一律不得出户。") == {("灵石县", date(2022, 10, 9))}


def test_a_notice_period_written_out_dates_its_undated_measures() -> None:
    from test_events import mentions

    from etl.extract.dates import document_context

    text = ("关于对介休市城区实施临时管控的通告\n对城区实行封控管理，期间严格做到足不出户、上门服务。\n"
            "本通告执行时间暂定三天，从2022年10月9日14时至10月12日14时。\n介休市新冠肺炎疫情防控指挥部\n2022年10月8日")
    evs = extract_events(text, mentions(text, ALL), document_context(text, ED), shared())
    assert {e.start for e in evs if e.type == "lockdown"} == {date(2022, 10, 9)}


def test_a_lockdown_placed_at_a_city_goes_to_the_one_county_its_sentence_names() -> None:
    text = "据平遥县东城社区负责人介绍，早在10月3日，晋中市就封闭了进城的道路，两天后阳光小区也开始封闭。"
    assert started(text) == {("平遥县", date(2022, 10, 5))}


def test_a_compound_closed_with_a_space_before_the_stop() -> None:
    assert started("10月5日，平遥县阳光小区也开始封闭 。") == {("平遥县", date(2022, 10, 5))}


def test_a_date_past_a_notice_title_is_not_the_title_measure_date() -> None:
    # the title run into the body: the day a positive was found is not the day of the zone
    text = ("关于将古陶镇划定为封控区的通告各位居民：2022年10月6日，我县古陶镇发现一名核酸检测异常人员，"
            "经研究决定，自即日起，将平遥县古陶镇划定为封控区县指挥部已安排核酸检测。\n平遥县疫情防控指挥部\n2022年10月7日")
    from test_events import mentions

    from etl.extract.dates import document_context

    evs = extract_events(text, mentions(text, ALL), document_context(text, ED), shared())
    assert {e.start for e in evs if e.type == "lockdown"} == {date(2022, 10, 7)}


def test_a_high_risk_area_designated_or_headed_with_its_count_is_a_lockdown() -> None:
    assert started("10月8日18时起，将平遥县古陶镇东关村划定为高风险区。") == {("平遥县", date(2022, 10, 8))}
    text = "平遥县关于调整风险区域的通告\n一、高风险区（3个）\n古陶镇东关村\n平遥县疫情防控指挥部\n2022年10月7日"
    from test_events import mentions

    from etl.extract.dates import document_context

    evs = extract_events(text, mentions(text, ALL), document_context(text, ED), shared())
    assert pairs(evs, "lockdown") == {("平遥县", date(2022, 10, 7))}


def test_travellers_from_medium_and_high_risk_areas_are_no_lockdown() -> None:
    assert not lockdowns("请来自中高风险区(3个)的返乡人员主动报备。")


def test_staying_in_written_with_chumen_is_stay_at_home() -> None:
    evs = lockdowns("10月9日起，平遥县城区居民非必要不出门。")
    assert [(e.county.name if e.county else None, e.start, e.kind) for e in evs] == [
        ("平遥县", date(2022, 10, 9), "stay_at_home")]


def test_a_zone_after_a_case_trail_takes_the_bulletin_date_not_a_movement_date() -> None:
    text = ("平遥县新增1例确诊病例\n2022年10月7日0时-12时，平遥县新增1例本土确诊病例。\n病例1活动轨迹如下：\n10月4日：\n"
            "18:00自驾返回平遥县。\n10月5日：\n9:10到古陶镇农贸市场购物。\n经研判，将平遥县古陶镇东关村划为封控区。")
    assert started(text) == {("平遥县", date(2022, 10, 7))}


def test_a_school_keeping_pupils_on_campus_is_no_lockdown() -> None:
    assert not lockdowns("10月8日起，平遥县第二中学实行全封闭式管理，住校生不离校。")
    assert started("10月8日起，平遥县古陶镇东关村实行封闭管理。") == {("平遥县", date(2022, 10, 8))}


def test_staying_in_during_a_measure_period_is_its_rule_not_advice() -> None:
    text = ("平遥县关于临时管控的通告\n一、管控时间\n2022年10月8日至10月10日\n二、有关要求\n"
            "1.请全县居民于此次临时管控期内非必要不出门。")
    assert started(text) == {("平遥县", date(2022, 10, 8))}
    assert not lockdowns("请广大居民非必要不出门。")


def test_a_heading_that_designates_the_places_listed_after_it_gives_no_placeless_row() -> None:
    text = "自10月6日8时起，将下列区域划为封控区：\n祁县：昭馀镇南街2号院。\n灵石县：南关镇东村。"
    assert {p[0] for p in pairs(lockdowns(text), "lockdown")} == {"祁县", "灵石县"}


def test_a_high_risk_heading_under_an_as_of_status_is_an_ongoing_lockdown() -> None:
    evs = lockdowns("截至10月7日24时，平遥县共有高风险区1个。\n高风险区：古陶镇东关村。")
    assert [(e.county.name if e.county else None, e.start) for e in evs] == [("平遥县", None)]
    assert started("自10月8日起，将以下区域划定为风险区域：\n高风险区：平遥县古陶镇东关村。") == {
        ("平遥县", date(2022, 10, 8))}
    assert not lockdowns("平遥县风险区域\n高风险区：无\n中风险区：无")


def test_a_ban_on_leaving_home_and_not_leaving_the_door_are_stay_at_home() -> None:
    assert started("10月9日起，祁县城乡居民一律不得离开家门，时间暂定五天。") == {("祁县", date(2022, 10, 9))}
    assert started("自10月9日起，祁县城区居民不出家门。") == {("祁县", date(2022, 10, 9))}


def test_everyone_held_still_is_static_management() -> None:
    evs = lockdowns("自10月9日20时起，祁县全域人员保持相对静止。")
    assert [(e.county.name if e.county else None, e.start, e.kind) for e in evs] == [
        ("祁县", date(2022, 10, 9), "static_management")]


def test_lifting_silence_without_management_is_a_lifting() -> None:
    evs = lockdowns("自10月9日起，祁县城区解除静默，恢复正常秩序。")
    assert [(e.kind, e.start, e.end) for e in evs] == [("lifted", None, date(2022, 10, 9))]


def test_a_further_extension_is_no_new_start() -> None:
    evs = lockdowns("10月9日起，祁县全域静态管理再延长3天。")
    assert evs and all(e.date_how == "ongoing" for e in evs)
