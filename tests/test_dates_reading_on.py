"""The day a date without a year or month picks is the day the text has reached, not the page's
date (issue 12, round 11): a month-day a little after the text's latest full date reads on in
its year (a timetable's next day, a plan told from its notice's day), and 今天 or 昨天 counted
from a page dated months after the story does not move the month later bare days take.
Invented wording, names and dates.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.dates import find_dates
from etl.extract.model import DateContext

MAR05 = DateContext(date(2022, 3, 5), "exact")
AUG07 = DateContext(date(2022, 8, 7), "exact")  # a page posted long after the story it carries
DEC06 = DateContext(date(2021, 12, 6), "exact")


def test_reading_on_crosses_new_year() -> None:
    dec31 = DateContext(date(2021, 12, 31), "exact")
    ds = find_dates("1月2日起暂停堂食", dec31, date(2021, 12, 30))
    assert [d.date for d in ds] == [date(2022, 1, 2)]
    ds = find_dates("12月20日发现首例阳性", dec31, date(2021, 12, 30))  # before the anchor: the edition's year
    assert [d.date for d in ds] == [date(2021, 12, 20)]


def test_a_plan_is_told_from_the_text_day_not_from_a_late_page_date() -> None:
    ds = find_dates("城区居民将于10月21日8时起进行全员核酸检测", AUG07, date(2021, 10, 20))
    assert [d.date for d in ds] == [date(2021, 10, 21)]


def test_a_plan_in_a_story_carried_on_a_late_page() -> None:
    text = ("10月20日，介休市在例行筛查中发现1名阳性人员。\n"
            "城区居民将于10月21日8时起进行全员核酸检测。")
    assert pairs(run(text, AUG07), "mass_testing") == {("介休市", date(2021, 10, 21))}


def test_today_on_a_late_page_does_not_move_the_month_of_bare_days() -> None:
    text = ("9月14日，介休市一处社区检测点前，居民排队等候采样。\n"
            "今天一早，志愿者又赶到检测点帮忙。\n"
            "据了解，13日介休市发现1名阳性人员后，立即启动全员核酸检测。")
    assert pairs(run(text, DEC06), "mass_testing") == {("介休市", date(2021, 9, 13))}
    text = "今天，介休市发现1名阳性人员。\n4日，介休市启动全员核酸检测。"  # a paper of its own day: 今天 anchors
    assert pairs(run(text, MAR05), "mass_testing") == {("介休市", date(2022, 3, 4))}


def test_a_reporters_scene_near_the_top_dates_the_text_like_a_dateline() -> None:
    text = ("介休市一小区实行封闭管理\n"
            "3月10日上午，记者在介休市一处小区门口看到，值守人员正在登记来往车辆。\n"
            "社区主任说，小区从昨天下午起实行封闭管理。")
    assert pairs(run(text, DateContext(date(2022, 3, 12), "approximate")), "lockdown") >= {("介休市", date(2022, 3, 9))}
    text = "记者11日走访发现，介休市城区从昨天起实行封闭管理。"
    assert pairs(run(text, DateContext(date(2022, 3, 13), "approximate")), "lockdown") == {("介休市", date(2022, 3, 10))}


def test_weekday_notes_give_a_yearless_text_its_year() -> None:
    text = ("关于开展区域核酸检测的通告\n"
            "定于5月14日(星期六)在介休市城区开展一轮区域核酸检测，5月15日(星期日)公布结果。")
    assert pairs(run(text, DateContext(None)), "mass_testing") == {("介休市", date(2022, 5, 14))}
    # notes that fit no one year leave the text yearless: month and day only
    text = text.replace("(星期日)", "(星期一)")
    assert pairs(run(text, DateContext(None)), "mass_testing") == {("介休市", None)}
