"""Case and school rows of round 16 (second pass): asides, schedules of closures.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from case_helpers import county_cases

from etl.extract.context import shared
from etl.extract.model import PageMeta
from etl.pipeline import extract_page


def _closures(text: str, edition: date) -> set[tuple[str | None, date | None]]:
    facts = extract_page(text, PageMeta(edition_date=edition, date_precision="exact"), shared())
    return {(e.county.name if e.county else None, e.start) for f in facts for e in f.events
            if e.type == "school_closure"}


def test_a_day_in_a_bracketed_aside_dates_the_aside_not_the_case() -> None:
    # the bracket tells which flight the contacts came on; the finding is on the day before it
    text = ("3月14日，晋中市平遥县在外省确诊病例所乘航班(3月11日某次航班)的同机人员中"
            "排查出1人核酸检测结果呈阳性。")
    assert county_cases(text, date(2022, 3, 15)) == {("平遥县", date(2022, 3, 14))}
    # 周五(18日): a bracket that only restates a day is no aside and still dates
    text = "晋中市祁县通报，周五(18日)在集中隔离点发现阳性感染者2例。"
    assert county_cases(text, date(2022, 3, 19)) == {("祁县", date(2022, 3, 18))}


def test_closures_of_more_classes_in_steps_of_one_sentence_are_each_a_row() -> None:
    # one sentence gives a schedule: each step closes other classes from its own day
    text = ("晋中市灵石县中小学分批转入线上教学。自4月2日起，初三年级率先开展线上教学；"
            "4月9日起，初一、初二年级开展线上教学；4月16日起，小学各年级开展线上教学。")
    day = [date(2022, 4, 2), date(2022, 4, 9), date(2022, 4, 16)]
    assert _closures(text, date(2022, 4, 17)) == {("灵石县", d) for d in day}
    # a step told as still in force (继续) is the first one continued
    text = "自4月2日起，灵石县中小学开展线上教学；4月9日起，灵石县继续线上教学。"
    assert _closures(text, date(2022, 4, 10)) == {("灵石县", date(2022, 4, 2))}


def test_a_repost_reads_days_just_before_its_full_date_in_that_year() -> None:
    # reposted a year and more later: 6月2日 comes two days before the text's own full date
    text = ("2022年6月4日全天，晋中市新发现本土无症状感染者12例，其中平遥县10例。\n"
            "6月2日全天，晋中市新发现本土无症状感染者5例，均在祁县。")
    got = county_cases(text, date(2023, 8, 20))
    assert ("祁县", date(2022, 6, 2)) in got and ("平遥县", date(2022, 6, 4)) in got
    # a paper of the same days still reads a day before its full date by the edition date
    assert ("祁县", date(2022, 6, 2)) in county_cases(text, date(2022, 6, 5))


def test_cases_of_a_city_that_the_next_sentence_puts_all_in_one_county() -> None:
    # the city's counts are told first; the next sentence points back and names their one county
    text = ("7月9日，晋中市卫健委通报，7月8日0时至24时，全市新增本土确诊病例3例，新增本土无症状感染者41例。"
            "据了解，上述病例均在祁县，且多为集中隔离人员。")
    assert county_cases(text, date(2022, 7, 10)) == {("祁县", date(2022, 7, 8))}
    # no pointing back: the city's cases stay the city's
    other = ("7月8日0时至24时，晋中市新增本土确诊病例3例。"
             "据了解，祁县均在开展核酸检测。")
    assert county_cases(other, date(2022, 7, 10)) == set()
