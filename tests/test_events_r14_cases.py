"""Which counts are new cases of which county (issue 12, round 14): a count split by places
is no count of the article's fallback county, and cases in care, under watch or released are
no new cases of the places their lists name.

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. The whole page is read (shipped gazetteer), as a load does.
"""
from __future__ import annotations

from datetime import date

from case_helpers import county_cases


def test_a_count_split_by_cities_in_its_sentence_is_no_fallback_countys() -> None:
    # the one county the report names (a county added to a list) is no place of the header
    text = ("江西日报南昌2月20日电 记者刚从省卫健委获悉，2月19日0-24时，江西省新增确诊病例6例。\n"
            "新增确诊病例中，宜春市4例、赣州市2例。\n"
            "截至2月20日0时，江西省累计报告确诊病例520例，现有疫情县98个（增加袁州区1个）。")
    assert county_cases(text, date(2020, 2, 20)) == set()


def test_cases_in_care_or_under_watch_list_no_new_cases_of_their_places() -> None:
    d = date(2022, 10, 23)
    head = "10月22日，全省新增本土无症状感染者9例(宜春市5例，赣州市4例)。"
    assert county_cases(head + "在市定点医院治疗的确诊病例3例(新余市2例，樟树市1例)。", d) == set()
    watched = "仍在集中医学观察的本地无症状病例61例(宜春市33例，赣州市20例，新余市5例，樟树市2例，丰城市1例)"
    assert county_cases(head + watched, d) == set()


def test_the_places_after_a_release_count_are_no_new_cases() -> None:
    text = ("10月22日，全省新增本土无症状感染者9例(宜春市5例，赣州市4例)，当天出院病例0，"
            "当天解除无症状感染者观察12宜春3例，樟树3例，丰城市2例；境外输入3")
    assert county_cases(text, date(2022, 10, 23)) == set()


def test_a_breakdown_sentence_lists_places_before_its_split_by_kind() -> None:
    # the sentence opens with 其中 after the counted report; its own case word (a split by kind
    # at its end) does not keep the places ahead of it from being the report's parts
    text = ("5月8日0时至12时，宜春市新增本土感染者300例。其中，集中隔离点检出210例、社区筛查发现90例；"
            "袁州区120例，樟树市80例，高安市60例，丰城市40例；轻症6例、无症状感染者294例。")
    d = date(2022, 5, 8)
    assert {("袁州区", d), ("樟树市", d), ("高安市", d), ("丰城市", d)} <= county_cases(text, date(2022, 5, 9))


def test_one_case_of_a_city_told_on_by_words_pointing_back_takes_the_county_named() -> None:
    d, ed = date(2021, 6, 3), date(2021, 6, 4)
    nxt = "6月3日，宜春市通报新增本地确诊病例1例，系省外返回人员。该患者为樟树市某物流园搬运工，在例行检测中发现。"
    assert county_cases(nxt, ed) == {("樟树市", d)}
    same = "6月3日，宜春市通报新增1例确诊病例，该病例系高安市某厂职工。"
    assert county_cases(same, ed) == {("高安市", d)}
    # two cases: the words point back to no one case
    assert county_cases(nxt.replace("1例", "2例"), ed) == set()
