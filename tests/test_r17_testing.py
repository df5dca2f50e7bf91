"""Testing rounds, round 17: which rows a testing notice or report gives.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.model import DateContext

AUTUMN = DateContext(date(2022, 11, 7), "exact")

# ------------------------------------------ a timetable run into its measure's sentence ---


def test_lines_of_a_timetable_run_into_the_measure_give_each_place_its_own_day() -> None:
    """The heading, the hours and the per-day lists of a notice run together with no full
    stop: the places of the second line are tested on its day, not on the first day told."""
    text = ("晋中市指挥部通告〔〕第3号 根据有关规定，为做好全员核酸检测工作，现将安排通告如下："
            "一、检测时间 11月5日(星期六)7:00-11:00 11月6日(星期日)7:00-11:00 "
            "二、检测范围 11月5日(星期六)：平遥县、祁县全域 11月6日(星期日)：灵石县、介休市全域 "
            "三、有关要求 1、卧床不出门的老人可不参加本轮核酸筛查。")
    assert pairs(run(text, AUTUMN), "mass_testing") == {
        ("平遥县", date(2022, 11, 5)), ("祁县", date(2022, 11, 5)),
        ("灵石县", date(2022, 11, 6)), ("介休市", date(2022, 11, 6))}


# ------------------------------------ a routine test is no round of its own ------

MID_OCT = DateContext(date(2021, 10, 14), "exact")


def test_a_routine_test_in_the_rounds_own_clause_or_unfinished_is_still_no_round() -> None:
    assert pairs(run("祁县14日起对快递员开展定期核酸检测。", MID_OCT), "mass_testing") == set()
    assert pairs(run("凡有介休市旅居史的人员，14日起一律进行核酸检测。", MID_OCT), "mass_testing") == set()
