"""Breakdowns of a case total by county (issue 12, round 10): which county rows a list gives.

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. The whole page is read (shipped gazetteer), as a load does.
"""
from __future__ import annotations

from datetime import date

from case_helpers import county_cases


def cases(text: str, edition: date = date(2022, 11, 8)) -> set[tuple[str | None, date | None]]:
    return county_cases(text, edition)


def test_a_county_in_brackets_after_its_city_takes_the_shared_count() -> None:
    d = date(2022, 11, 5)
    text = ("河南疫情通报\n11月5日0—24时，河南省报告新增确诊病例5例。其中：洛阳市3例(涧西区2例、"
            "西工区1例)，开封市(龙亭区)、新乡市(卫滨区)各1例。")
    got = cases(text)
    assert {("涧西区", d), ("西工区", d), ("龙亭区", d), ("卫滨区", d)} <= got


def test_a_list_opened_by_including_gives_every_county_a_row() -> None:
    d = date(2022, 11, 6)
    text = ("保定通报最新情况\n11月7日，保定市发布消息，11月6日0时至24时，保定市报告确诊病例4例，包括竞秀区3例、莲池区1例；"
            "无症状感染者12例，包括竞秀区5例、保定高新区2例、满城区4例、清苑区1例。")
    got = cases(text)
    assert {("竞秀区", d), ("莲池区", d), ("满城区", d), ("清苑区", d)} <= got


def test_a_reworded_among_them_opens_the_list_too() -> None:
    d = date(2022, 11, 6)
    text = ("黄南州新增无症状感染者\n据介绍，2022年11月6日0时至24时，黄南州新增9例无症状感染者，此中同仁市4例、尖扎县3例、泽库县2例。")
    assert {("同仁市", d), ("尖扎县", d), ("泽库县", d)} <= cases(text)


def test_county_headings_over_lines_of_their_people_each_take_the_reports_day() -> None:
    d = date(2022, 11, 6)
    text = ("宣城通报新增无症状感染者\n2022年11月6日，宣城市在重点人员筛查中发现5例新冠病毒阳性感染者，均已转运。"
            "经专家会诊，5人均为无症状感染者。\n宣州区(2例)\n无症状感染者1:\n11月2日：从省外返回，居家未外出。\n"
            "无症状感染者2:\n11月3日：判定为密接者，转运至隔离点。\n郎溪县(3例)\n无症状感染者3-5:\n"
            "11月1日-3日：3人分别从省外返回郎溪县，转运至隔离点。")
    got = cases(text)
    assert {("宣州区", d), ("郎溪县", d)} <= got
    assert ("宣州区", date(2022, 11, 2)) not in got


def test_a_case_in_a_tally_to_a_day_is_no_new_case() -> None:
    text = ("全省学校核酸检测情况\n截至11月5日，全省共有1300所学校开展核酸检测，检测42万人。"
            "其中，长沙市芙蓉区某小学1名学生确诊。")
    assert ("芙蓉区", date(2022, 11, 5)) not in cases(text)


def test_cases_still_under_observation_in_a_daily_bulletin_are_no_new_cases() -> None:
    text = ("湖北省各地疫情通报\n(二)黄石市11月5日0-24时，黄石市新增确诊病例0例、无症状感染者0例，"
            "尚在医学观察确诊病例2例(阳新县报告)。")
    assert cases(text) == set()


def test_the_day_someone_travelled_is_no_report_day() -> None:
    # no date before the case word in its sentence: the travel date after it must not be taken
    text = ("惠安县发现阳性病例\n11月6日，惠安县召开新闻发布会。据介绍，惠安县在例行检测中发现两例阳性病例，扩大采样后，"
            "其家人3人也呈核酸阳性，经查，陈某10月9日自境外经厦门机场入境。")
    got = cases(text)
    assert ("惠安县", date(2022, 10, 9)) not in got
    assert ("惠安县", date(2022, 11, 6)) in got
