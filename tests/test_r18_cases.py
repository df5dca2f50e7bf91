"""Round 18, case reports (cases.county_date): per-county breakdowns and per-case homes.

Every text is invented (names, places, dates and wording); none comes from a real article.
"""
from __future__ import annotations

from datetime import date

from case_helpers import county_cases


def test_a_case_home_after_the_bare_word_xianju_gives_its_county() -> None:
    # a city's count, then each case's home written 现居 (the shortest home word)
    text = ("3月8日零时至3月9日12时，天津市新增3例无症状感染者。无症状感染者1现居河西区某家园，"
            "为南开区某超市理货员。无症状感染者2、3现居红桥区某公寓，系夫妻。\n")
    got = county_cases(text, date(2021, 3, 10))
    assert ("河西区", date(2021, 3, 9)) in got
    assert ("红桥区", date(2021, 3, 9)) in got
    assert ("南开区", date(2021, 3, 9)) not in got  # a workplace, no home


def test_a_note_on_the_kind_of_place_between_a_listed_county_and_its_count() -> None:
    # 其中甲市(乙州代管县级市)11例: the bracket says what the county is, the count follows it
    text = "7月14日，曲靖市新增9例本土无症状感染者，其中宣威市(曲靖市代管的县级市)8例、麒麟区1例。\n"
    assert county_cases(text, date(2022, 7, 15)) == {("宣威市", date(2022, 7, 14)), ("麒麟区", date(2022, 7, 14))}
    text = "7月14日，曲靖市新增9例本土无症状感染者，其中宣威市（县级市）8例、麒麟区1例。\n"
    assert county_cases(text, date(2022, 7, 15)) == {("宣威市", date(2022, 7, 14)), ("麒麟区", date(2022, 7, 14))}


def test_a_count_glued_before_a_date_leaves_the_date_whole() -> None:
    # a tally heading (省名：确诊+无症状) joined to the bulletin line under it: the digits
    # before the month are the tally's, the month is a real one
    from etl.extract.dates import find_dates
    from etl.extract.model import DateContext

    ctx = DateContext(date(2021, 2, 8), "exact")
    assert [d.date for d in find_dates("辽宁：12+351月7日0-24时，全省新增", ctx, None)] == [date(2021, 1, 7)]
    assert [d.date for d in find_dates("安徽：3+91月7日0—24时", ctx, None)] == [date(2021, 1, 7)]
    assert [d.date for d in find_dates("截至11月30日24时", ctx, None)] == [date(2020, 11, 30)]
    text = ("各地通报如下：\n\n辽宁：12+35\n\n1月7日0-24时，辽宁省新增确诊病例12例（皇姑区5例、铁西区7例）。"
            "新增无症状感染者35例（于洪区30例、浑南区5例）。\n")
    got = county_cases(text, date(2021, 1, 8))
    assert got == {(c, date(2021, 1, 7)) for c in ("皇姑区", "铁西区", "于洪区", "浑南区")}


def test_an_early_bulletin_naming_cases_by_the_disease_counts_confirmed_cases() -> None:
    # early 2020: 病例 after the disease's name, no 确诊, is a confirmed case; a city's count broken
    # down by its counties in brackets inside the province's breakdown
    text = ("1月30日，河南省新增新冠肺炎病例26例(郑州市8例、南阳市6例(唐河县2例、邓州市4例)、信阳市3例)。"
            "河南省累计报告新冠肺炎病例278例(南阳市39例(唐河县10例、邓州市9例))。"
            "新增疑似病例15例，出院病例2例。\n")
    assert county_cases(text, date(2020, 1, 31)) == {("唐河县", date(2020, 1, 30)), ("邓州市", date(2020, 1, 30))}
    assert county_cases("1月30日，唐河县新增疑似肺炎病例5例。\n", date(2020, 1, 31)) == set()
    assert county_cases("1月30日，唐河县新增疑似新冠肺炎病例5例。\n", date(2020, 1, 31)) == set()


def test_a_discharge_or_death_tally_after_the_new_cases_is_no_list_of_new_cases() -> None:
    # the per-county list of new cases closes with its bracket; the next clause is another tally
    day, ed = date(2020, 2, 26), date(2020, 2, 27)
    lead = "2月26日0-24时，全区新增确诊病例1例(海原县1例)，"
    for tally in ("新增出院病例6例(原州区2例、沙坡头区4例)。", "新增治愈病例6例(原州区2例、沙坡头区4例)。",
                  "死亡病例6例(原州区2例、沙坡头区4例)。", "新增疑似病例6例(原州区2例、沙坡头区4例)。"):
        assert county_cases(lead + tally + "\n", ed) == {("海原县", day)}, tally
    # a second list of new cases of another kind still counts
    text = lead + "新增无症状感染者6例(原州区2例、沙坡头区4例)。\n"
    assert county_cases(text, ed) == {("海原县", day), ("原州区", day), ("沙坡头区", day)}


def test_a_running_total_split_by_county_in_the_sentence_of_new_cases_gives_no_new_cases() -> None:
    text = "2月26日0-24时，全区新增确诊病例1例(海原县1例)，累计确诊病例9例(原州区5例、沙坡头区4例)。\n"
    assert county_cases(text, date(2020, 2, 27)) == {("海原县", date(2020, 2, 26))}


def test_a_case_of_elsewhere_told_for_its_movements_in_the_county_is_no_case_of_the_county() -> None:
    # the notice is about where an outside case went (…在我县的行动轨迹), not a case of the county
    text = "4月12日，宁武县发布外省一例无症状感染者在我县的行动轨迹，请相关人员主动报备。\n"
    assert county_cases(text, date(2022, 4, 13)) == set()
    # a county's own new case with its movements told after it stays
    text = "4月12日，宁武县新增无症状感染者1例，其行动轨迹已公布。\n"
    assert county_cases(text, date(2022, 4, 13)) == {("宁武县", date(2022, 4, 12))}
