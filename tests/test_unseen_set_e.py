"""Patterns of real web text met in development set E (issue 12), in invented wording.

Each test shows one mechanism with made-up names, places and dates; no text comes from a real
article. Event tests use the hand-built places of test_events_real_patterns.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.segment import split_page

# ------------------------------------------------------------------ case bulletins -------


def test_a_bracketed_breakdown_after_a_count_gives_each_county_its_count() -> None:
    text = "3月14日全天，晋中市报告无症状感染者9例(平遥县5例、灵石县4例)，太原市小店区另报2例。"
    got = {(e.county.name, e.count) for e in run(text) if e.type == "case_report" and e.county}
    assert {("平遥县", 5), ("灵石县", 4)} <= got


def test_a_doubled_separator_of_a_mirror_does_not_end_the_list() -> None:
    text = "10月9日0至24时，全市新增无症状感染者9例（祁县2例,、平遥县3例、灵石县4例,）。"
    assert {"平遥县", "灵石县"} <= {county for county, _ in pairs(run(text), "case_report")}


# ------------------------------------------------------------------ web page chrome -------


def items_of(raw: str) -> list[tuple[str | None, str]]:
    items, _ = split_page(raw)
    return [(next((p.text.text for p in it.parts if p.kind == "headline"), None),
             "".join(p.text.text for p in it.parts if p.kind == "body")) for it in items]


def test_app_prompts_and_link_block_labels_are_no_headline_and_no_item() -> None:
    raw = ("打开某某资讯 查看更多图片\n\n平遥县调整两个小区风险等级\n\n"
           "10月8日，平遥县将古陶镇两个小区划为高风险区，实行足不出户、上门服务。\n\n"
           "下载某某新闻APP客户端，随时看本地新闻！\n\n（某某台记者 赵一 钱二 编辑 孙三）\n\n猜你喜欢\n\n推荐阅读\n")
    got = items_of(raw)
    assert len(got) == 1
    assert got[0][0] == "平遥县调整两个小区风险等级"


def test_a_mobile_site_label_a_picture_label_and_a_follow_prompt_are_no_headline() -> None:
    for chrome in ("•某某网移动版", "(资料图)", "某某发布关注我哟?", "请输入验证码", "打赏"):
        raw = f"{chrome}\n祁县新一轮筛查样本全部阴性\n10月7日，祁县组织的新一轮全员筛查，样本全部呈阴性。\n"
        assert items_of(raw)[0][0] == "祁县新一轮筛查样本全部阴性", chrome


# ------------------------------------------------------------------ lockdown wordings -------


def test_a_high_risk_heading_without_the_word_area_is_a_lockdown() -> None:
    text = ("经研判，自2022年10月8日20:00起划定风险区域，现通告如下：\n"
            "一、高风险：平遥县古陶镇东关村，执行“足不出户，上门服务”等管控措施。\n"
            "二、中风险：平遥县古陶镇北街，居民分批错时下楼取物。")
    assert ("平遥县", date(2022, 10, 8)) in pairs(run(text), "lockdown")


def test_an_outing_ban_with_only_exceptions_left_is_a_lockdown() -> None:
    text = "10月7日起，灵石县全县人员实行临时管控，无特殊情况不准外出。"
    assert ("灵石县", date(2022, 10, 7)) in pairs(run(text), "lockdown")
    # a ban on a named group, with no exception clause, is individual quarantine
    assert pairs(run("10月7日起，灵石县居家隔离人员不得外出。"), "lockdown") == set()


def test_residents_and_visitors_told_to_stay_home_is_a_lockdown() -> None:
    text = "祁县指挥部决定：2022年10月9日零时起，全县群众及外来人员一律居家，暂停一切聚集。"
    assert ("祁县", date(2022, 10, 9)) in pairs(run(text), "lockdown")


def test_schools_barred_from_opening_is_a_delayed_reopening() -> None:
    text = "自2020年2月6日起，平遥县所有企业一律停工，学校一律不得开课。"
    assert ("平遥县", date(2020, 2, 6)) in pairs(run(text), "school_closure")


# ------------------------------------------------------------------ lists after a measure -------


def test_a_list_opening_the_clause_after_a_measure_gives_each_county_the_measure() -> None:
    text = ("10月8日组织了部分地区的核酸筛查，包括平遥县(北城片区、工业园二期及岳壁乡)、灵石县静升镇、高新区，"
            "共采集样本9.6万份。")
    assert {("平遥县", date(2022, 10, 8)), ("灵石县", date(2022, 10, 8))} <= pairs(run(text), "mass_testing")


# ------------------------------------------------------------------ places -------


def test_a_county_short_name_before_urban_area_is_not_a_district_named_so() -> None:
    """某山城区 = 某山 (a county's short name) + 城区: not the 山城区 of another province (so 某西城区)."""
    from test_places import counties, one

    assert counties(one("霍山县发布通告。11月2日起，霍山城区实行严格管控。")) == {"霍山县"}
    assert counties(one("岳西县发布通告。11月2日起，岳西城区实行严格管控。")) == {"岳西县"}


def test_registering_for_a_round_by_a_deadline_is_no_round_on_that_day() -> None:
    text = ("平遥县定于10月9日上午组织新一轮全员核酸检测，7:00开始采样。"
            "各户须在10月8日以前通过小程序完成核酸采样信息登记。")
    assert ("平遥县", date(2022, 10, 8)) not in pairs(run(text), "mass_testing")


def test_a_designation_of_areas_of_two_counties_split_by_a_comma_gives_each_county() -> None:
    text = "即日起将平遥县古陶镇东关村、古陶镇南巷，灵石县翠峰镇由中风险地区升级为高风险地区。"
    got = pairs(run(text), "lockdown")
    assert {("平遥县", date(2022, 10, 12)), ("灵石县", date(2022, 10, 12))} <= got


def test_a_title_with_commas_over_a_yearless_labelled_date_is_the_headline() -> None:
    raw = ("山西祁县：从即时起，实行封闭管理48小时，对各出入口实行交通管制\n\n日期:10-07\n\n"
           "据祁县发布消息，祁县疫情防控指挥部10月6日发布第3号通告，全县实行封闭管理。\n")
    assert items_of(raw)[0][0] == "山西祁县：从即时起，实行封闭管理48小时，对各出入口实行交通管制"
