"""How a case count is tied to a county (issue 12, round 8): a place in a bracket after the
count, places sharing one count, counts that are no news of a county.

Every text is invented (names, dates and wording); none comes from a real article.
"""
from __future__ import annotations

from datetime import date

from etl.extract.context import shared
from etl.extract.events import extract_events
from etl.extract.model import DateContext
from etl.extract.places import resolve_page

ED = DateContext(date(2022, 6, 20), "exact")


def cases(text: str, ctx: DateContext = ED) -> set[tuple[str | None, date | None]]:
    """(county, date) of the case rows read with the places the recogniser finds."""
    ec = shared()
    found = resolve_page([text], ec.places, None)[0]
    return {(e.county.name if e.county else None, e.start) for e in extract_events(text, found, ctx, ec)
            if e.type == "case_report" and e.county is not None}


def test_a_bracket_of_only_zai_and_the_place_holds_the_cases() -> None:
    # (在甲市乙区) after the count: the province's report is of that district
    text = "2022年5月9日0时至24时，河北省报告本土确诊3例（在唐山市路北区），已隔离治疗。"
    assert cases(text) == {("路北区", date(2022, 5, 9))}
    text = "6月11日，安徽省通报无症状感染者2例(在蚌埠市禹会区)，均为密切接触者。"
    assert cases(text) == {("禹会区", date(2022, 6, 11))}


def test_one_count_after_a_list_of_districts_is_no_district_row() -> None:
    # which district had how many is not said: the count is the pair's together
    text = "5月3日以来，赤峰市红山区、松山区共发现3名新冠病毒阳性感染者，均已转运隔离。"
    assert cases(text) == set()
    text = "赤峰市红山区、元宝山区5月3日报告新增确诊病例两例。"
    assert cases(text) == set()


def test_a_list_sharing_each_its_count_keeps_a_row_per_county() -> None:
    d = date(2022, 5, 3)
    text = "5月3日0-24时，赤峰市红山区、元宝山区各新增本土确诊病例1例。"
    assert cases(text) == {("红山区", d), ("元宝山区", d)}
    text = "5月3日，赤峰市红山区、元宝山区分别报告无症状感染者2例和1例。"
    assert {c for c, _ in cases(text)} >= {"红山区", "元宝山区"}


def test_a_national_count_on_a_county_page_is_no_county_row() -> None:
    text = ("嘉禾县疾控中心提醒市民做好防护。\n6月19日0—24时，全国新增本土确诊病例12例，"
            "新增无症状感染者40例。嘉禾县继续开展常态化核酸检测。")
    assert cases(text) == set()


def test_the_wave_so_far_is_no_new_count() -> None:
    text = "发布会上介绍，湘潭市岳塘区本轮疫情已涉及三个小区，确诊病例15例，无症状感染者9例。"
    assert cases(text) == set()


def test_where_a_case_went_is_no_report() -> None:
    text = "6月12日上午，无症状感染者3号曾去岳塘区某菜市场购物。"
    assert cases(text) == set()


def kinds(text: str) -> set[tuple[str | None, str | None, int | None]]:
    ec = shared()
    found = resolve_page([text], ec.places, None)[0]
    return {(e.county.name if e.county else None, e.kind, e.count) for e in extract_events(text, found, ED, ec)
            if e.type == "case_report"}


def test_one_case_told_with_two_case_words_is_one_row_of_the_named_kind() -> None:
    # the verb 确诊 and the noun 阳性病例 tell one confirmed case, not a second positive one
    assert kinds("此前，祥云县已于6月3日确诊1例阳性病例，为外省返乡学生。") == {("祥云县", "confirmed", 1)}
    # positives the same sentence then says were judged asymptomatic: the asymptomatic row alone
    text = "6月3日，祥云县发现3名核酸检测阳性人员，经专家会诊，判定3名均为无症状感染者。"
    assert kinds(text) == {("祥云县", "asymptomatic", 3)}


def test_a_date_opening_the_next_item_is_not_the_counts_day() -> None:
    text = ("6月19日，全省通报确诊病例5例，其中弥勒市于集中隔离点检出确诊病例3例、"
            "6月16日入境的2名旅客经复核确诊。")
    ec = shared()
    found = resolve_page([text], ec.places, None)[0]
    rows = {(e.start, e.count) for e in extract_events(text, found, ED, ec) if e.type == "case_report" and e.county}
    assert (date(2022, 6, 19), 3) in rows and (date(2022, 6, 16), 3) not in rows


def test_a_conversion_is_no_new_case() -> None:
    # the asymptomatic cases are those reported before; the confirmed ones are not new
    text = "6月19日，弥勒市通报无症状感染者3例；另有无症状感染者1例转为确诊病例。"
    assert kinds(text) == {("弥勒市", "asymptomatic", 3)}


def test_one_city_case_described_next_by_its_label_is_of_the_county_named() -> None:
    text = ("聊城市疫情通报\n2022年7月12日，全市通报1例无症状感染者（感染者2）。\n"
            "感染者2系省外返回人员，7月10日乘火车抵达聊城市莘县，次日核酸初筛阳性。")
    assert cases(text) == {("莘县", date(2022, 7, 12))}
    text = "6月8日，杭州市新增1例本土确诊病例。病例3：现住址为杭州市萧山区某小区，为集中隔离人员。"
    assert cases(text) == {("萧山区", date(2022, 6, 8))}


def test_a_city_count_of_several_cases_is_not_given_to_the_first_ones_county() -> None:
    text = "6月8日，杭州市新增3例本土确诊病例。病例1：现住址为杭州市萧山区某小区。"
    assert cases(text) == set()
