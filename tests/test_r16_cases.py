"""Case reports and school closures, round 16: how bulletins and notices write their days.

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. The whole page is read (shipped gazetteer), as a load does.
"""
from __future__ import annotations

from datetime import date

from case_helpers import county_cases

from etl.extract.context import shared
from etl.extract.dates import cn_int
from etl.extract.model import PageMeta
from etl.pipeline import extract_page


def _closures(text: str, edition: date) -> set[tuple[str | None, date | None]]:
    facts = extract_page(text, PageMeta(edition_date=edition, date_precision="exact"), shared())
    return {(e.county.name if e.county else None, e.start) for f in facts for e in f.events
            if e.type == "school_closure"}


def test_twenty_and_thirty_written_as_one_character() -> None:
    # 廿 and 卅 stand for 二十 and 三十 in the day and hour of a date (卅日, 廿一日, 廿四时)
    assert (cn_int("廿"), cn_int("廿三"), cn_int("卅"), cn_int("卅一")) == (20, 23, 30, 31)
    text = "十月廿七日○时至廿四时，河南省新增确诊病例五例，均在武陟县。"
    assert county_cases(text, date(2022, 10, 29)) == {("武陟县", date(2022, 10, 27))}


def test_a_closure_dated_with_thirty_written_as_one_character() -> None:
    text = "武陟县教育局通知，全县中小学已于十一月卅日起暂停线下教学，改为线上教学。"
    assert _closures(text, date(2022, 12, 2)) == {("武陟县", date(2022, 11, 30))}


def test_a_count_told_again_as_the_topic_of_a_description_is_no_new_report() -> None:
    # the second sentence names no place and finds no one: the 6 positives of the first, described
    text = ("11月3日，修武县在重点人群筛查中发现6名返乡人员核酸检测阳性。\n"
            "4日下午，有关部门介绍，6名阳性人员，经基因测序均为同一变异株。")
    assert county_cases(text, date(2022, 11, 5)) == {("修武县", date(2022, 11, 3))}


def test_cases_counted_since_a_day_are_a_running_total() -> None:
    # 自…以来 opens the period the count covers: no day's report, nor the day of the sentence before
    d = date(2022, 6, 12)
    head = "6月11日，博爱县新增确诊病例2例。"
    assert county_cases(head + "自6月5日以来，全县新增阳性感染者17例。", d) == {("博爱县", date(2022, 6, 11))}
    assert county_cases("从6月5日以来，博爱县新增阳性感染者17例。", d) == set()
    # a day of its own in the count's clause keeps the report of that day
    assert county_cases("自6月5日以来，博爱县11日新增确诊病例3例。", d) == {("博爱县", date(2022, 6, 11))}


def test_a_count_split_among_provinces_is_no_count_of_the_fallback_county() -> None:
    # the national figure broken down by province: 贵州10例 is the province's, not the county's
    text = ("贵州紫云县发布通告。\n7月13日，全国新增确诊病例30例。"
            "当日新增确诊病例中，境外输入19例，分别为贵州10例，湖南5例，甘肃4例。")
    assert county_cases(text, date(2021, 7, 14)) == set()


def test_cases_in_an_exception_clause_are_no_new_report() -> None:
    # 除…外 tells how some of the cases just reported were found; the page's own county has none
    text = ("修武县教育局通知\n3月12日，焦作市新增无症状感染者3例，其中博爱县2例、温县1例。"
            "除博爱1例无症状感染者系社区排查时检出外，其他几例都在隔离点里找到。\n"
            "修武县：自3月14日起，全县中小学调整为线上教学。")
    assert county_cases(text, date(2022, 3, 13)) == {("博爱县", date(2022, 3, 12)), ("温县", date(2022, 3, 12))}


def test_a_count_told_again_under_a_borrowed_day_is_the_same_report() -> None:
    # the closing line repeats the county, kind and count of the window's report: no day of its own
    text = ("11月2日，记者从发布会获悉，11月1日18时至2日12时，修武县新增无症状感染者6例。\n"
            "截至10月29日，全县完成全员核酸检测，结果均为阴性；1日，修武县对重点人群开展第三轮检测。\n"
            "修武县新发现的6例无症状感染者都是该轮检测检出的")
    assert county_cases(text, date(2022, 11, 2)) == {("修武县", date(2022, 11, 2))}


def test_people_counted_with_ren_before_a_positive_result() -> None:
    text = "6月3日，温县在常态化抽检中发现2人检测结果呈阳性，已转运隔离。"
    assert county_cases(text, date(2022, 6, 4)) == {("温县", date(2022, 6, 3))}


def test_a_bulletins_day_yields_to_the_day_its_cases_were_found() -> None:
    # the first sentence dates the bulletin; the next tells the same two positives found the day before
    text = ("6月4日，温县卫健委发布疫情通报，发现2例阳性。\n"
            "6月3日，温县在常态化抽检中发现2人检测结果呈阳性，已转运隔离。")
    assert county_cases(text, date(2022, 6, 4)) == {("温县", date(2022, 6, 3))}
    # with no other day told, the bulletin's day stays the report's
    assert county_cases("6月4日，温县卫健委发布疫情通报，发现2例阳性。", date(2022, 6, 4)) == {("温县", date(2022, 6, 4))}
