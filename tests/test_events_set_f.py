"""Event dates and over-generation in wordings first met on the real set F (issue 12).

Each test shows one mechanism with invented wording, names and dates; none of the texts
comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.dates import find_dates
from etl.extract.model import DateContext

LATER = DateContext(date(2022, 10, 16), "exact")  # an edition after the days the texts tell


# ------------------------------------------------------------------ dates -------------


def test_days_of_a_list_share_the_month_of_its_first_day() -> None:
    ed = DateContext(date(2022, 10, 12), "exact")  # the notice plans the days after its own
    got = [d.date for d in find_dates("决定于10月13、14、15日在平遥县连续开展三轮全员核酸检测", ed, None)]
    assert got == [date(2022, 10, 13), date(2022, 10, 14), date(2022, 10, 15)]
    got = [d.date for d in find_dates("定于10月13日、14日和15日分三天完成", ed, None)]
    assert got == [date(2022, 10, 13), date(2022, 10, 14), date(2022, 10, 15)]
    text = "灵石县决定于10月13、14、15日在全县连续开展3轮全员核酸检测。"
    assert pairs(run(text, ed), "mass_testing") == {("灵石县", date(2022, 10, d)) for d in (13, 14, 15)}


def test_numbers_joined_like_days_are_no_dates_without_a_month() -> None:
    assert find_dates("封控区：古陶镇东街3号、5号、12号", LATER, None) == []
    assert find_dates("寺前村1、2、3组", LATER, None) == []


# ------------------------------------------------------------ timetables --------------


def test_round_rows_of_a_timetable_run_into_one_line() -> None:
    text = ("关于开展核酸检测的通告\n经研究，决定在平遥县城区开展三轮次核酸检测。现通告如下：一、时间安排："
            "第一轮：2022年10月13日8:00—11:00第二轮：2022年10月14日8:00—11:00第三轮：2022年10月15日14:00—17:00"
            "二、检测对象：城区所有人员。")
    assert pairs(run(text, LATER), "mass_testing") == {("平遥县", date(2022, 10, d)) for d in (13, 14, 15)}


def test_an_undated_round_starts_on_the_first_day_of_its_timetable() -> None:
    text = ("祁县疫情防控指挥部关于开展全员核酸检测的通告\n经研究，决定在祁县开展一轮全员核酸检测。现将有关事项通告如下：\n"
            "一、采样时间\n分区域进行：10月13日7:00-11:00，采样区域为东关镇、西关镇；10月14日7:00-11:00，采样区域为城南街道。\n"
            "二、有关要求\n所有人员提前准备好核酸采样码，按社区通知分批前往指定地点。")
    assert pairs(run(text, LATER), "mass_testing") == {("祁县", date(2022, 10, 13))}


def test_a_news_headline_takes_no_date_from_the_sentences_below_it() -> None:
    text = "迎检倒计时 全体参赛人员进行核酸检测\n本报讯 10月13日，平遥县召开赛事筹备会，部署各项保障工作。"
    assert ("平遥县", date(2022, 10, 13)) not in pairs(run(text, LATER), "mass_testing")


# ------------------------------------------------------------ over-generation ---------


def test_the_code_people_bring_to_a_test_is_no_round() -> None:
    text = "10月13日，榆次区新增1例无症状感染者。\n所有人员须提前准备好核酸采样码，方便工作人员登记。"
    assert pairs(run(text, LATER), "mass_testing") == set()
