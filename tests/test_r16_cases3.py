"""Case reports and school closures, round 16 pass 3: lists and notices as they are written.

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. The whole page is read (shipped gazetteer), as a load does.
"""
from __future__ import annotations

from datetime import date

from case_helpers import county_cases

from etl.extract.context import shared
from etl.extract.model import PageMeta
from etl.pipeline import extract_page


def _closures(text: str, edition: date) -> set[tuple[str | None, date | None, date | None]]:
    facts = extract_page(text, PageMeta(edition_date=edition, date_precision="exact"), shared())
    return {(e.county.name if e.county else None, e.start, e.end) for f in facts for e in f.events
            if e.type == "school_closure"}


def test_a_breakdown_counting_people_with_ming() -> None:
    # a total counted in 名 is broken down in 名 too: each place's count is its own row
    text = ("2022年6月7日0-24时，洛阳市新增阳性感染者9名，其中：栾川县新增5名，嵩县新增4名。")
    assert county_cases(text, date(2022, 6, 8)) == {("栾川县", date(2022, 6, 7)), ("嵩县", date(2022, 6, 7))}


def test_a_list_item_whose_count_lies_in_one_county_named_in_brackets() -> None:
    # 甲州N例(乙市): the item's count is all in the one county its brackets name
    text = ("9月12日，河南新增无症状感染者20例，其中：南阳市15例(邓州市)、"
            "信阳市5例(均在固始县)。")
    assert county_cases(text, date(2022, 9, 13)) == {("邓州市", date(2022, 9, 12)), ("固始县", date(2022, 9, 12))}


def test_a_list_goes_on_after_a_note_written_without_brackets() -> None:
    # 甲区2例为管控人员、乙县…: the note after a count does not end the list
    text = ("10月4日0-24时，湖北全省新增无症状感染者9例，其中宜城市2例为隔离人员、"
            "南漳县3例为密接人员、谷城县4例。")
    assert county_cases(text, date(2022, 10, 5)) == {
        ("宜城市", date(2022, 10, 4)), ("南漳县", date(2022, 10, 4)), ("谷城县", date(2022, 10, 4))}


def test_an_opening_put_off_to_a_day_written_inside_the_phrase() -> None:
    # 延期至X以后开学 is 延期开学 with the day it is put off to: from the notice, until that day
    text = "2月20日，沁阳市教育局通知，全市中小学延期至3月6日以后开学。"
    assert _closures(text, date(2022, 2, 22)) == {("沁阳市", date(2022, 2, 20), date(2022, 3, 6))}


def test_cases_cleared_to_zero_are_no_new_report() -> None:
    # 甲县无症状感染者清零: the place has none left, it reports no new cases
    text = ("3月5日0-24时，河南省新增无症状感染者2例(焦作市温县2例)；同日解除无症状感染者隔离观察4例"
            "(其中焦作市博爱县无症状感染者清零)，全省仍在隔离观察的有40例。")
    assert county_cases(text, date(2022, 3, 6)) == {("温县", date(2022, 3, 5))}


def test_a_count_over_several_days_is_no_report_of_a_day() -> None:
    # 甲县3天新增N例: the sum of three days; the day the sentence is told on is not its day
    text = "河北省沧州市献县3天新增9例无症状感染者，当地政府8日上午通报，县城小区实行封闭管理。"
    assert county_cases(text, date(2022, 4, 9)) == set()


def test_list_items_telling_how_their_cases_were_found() -> None:
    # 甲区隔离点检出N例、乙县在…中检出N例: the finding between the place and its count
    text = ("6月2日0时至24时，山西省报告新增确诊病例3例，其中，介休市集中隔离点检出1例、"
            "平遥县在重点人员排查中检出2例。")
    assert county_cases(text, date(2022, 6, 3)) == {("介休市", date(2022, 6, 2)), ("平遥县", date(2022, 6, 2))}
