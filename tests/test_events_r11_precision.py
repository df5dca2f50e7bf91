"""Precision of events (issue 12, round 11): sentences that name a measure or a case without
reporting one of their own day and place — a screening told as the time of what happened in
it, a measure named as the topic of another action, the place breakdown of cases released from
care, a bare testing word listed among the tasks of a response.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.model import Event


def dated(events: list[Event], type_: str) -> set[tuple[str | None, date | None]]:
    """The (county, day) pairs a score counts: a county and a day both told."""
    return {(c, d) for c, d in pairs(events, type_) if c and d}


def test_a_screening_told_as_a_frame_takes_no_earlier_day() -> None:
    # the day written before belongs to other news; the frame's own day is not told
    text = ("10月3日，平遥县通报新增本土确诊病例1例。\n"
            "第二次核酸检测时，每个村设两个采样点，居民分时段排队。")
    assert dated(run(text), "mass_testing") == set()
    text = ("10月3日，平遥县通报新增本土确诊病例1例。\n"
            "在第三轮核酸检测中，介休市两个村发现无症状感染者6例。")
    assert ("介休市", date(2022, 10, 3)) not in pairs(run(text), "case_report")
    text = ("10月3日，平遥县开展全员核酸检测。\n"
            "检测结果出来之前，全体村民一律不出户。")
    assert dated(run(text), "lockdown") == set()
    # a sentence of its own day keeps that day
    text = "10月5日，平遥县在第二轮核酸检测中发现阳性感染者2例。"
    assert pairs(run(text), "case_report") == {("平遥县", date(2022, 10, 5))}


def test_a_screening_frame_whose_words_run_past_the_trigger_found_a_case() -> None:
    text = "10月6日，灵石县在核酸检测筛查中，查出阳性感染者2人。"
    assert dated(run(text), "mass_testing") == set()
    assert pairs(run(text), "case_report") == {("灵石县", date(2022, 10, 6))}


def test_a_measure_named_as_the_topic_of_another_action_is_no_measure() -> None:
    text = "10月5日，副县长走访古陶镇三个路口，查看卡点值守、“封村、封户”、蔬菜供应等情况。"
    assert dated(run(text), "lockdown") == set()
    text = "10月5日，平遥县开展全员核酸检测。为了守住静态管理成果，县里决定再组织一轮全员核酸检测。"
    assert dated(run(text), "lockdown") == set()
    assert dated(run(text), "mass_testing") == {("平遥县", date(2022, 10, 5))}


def test_the_breakdown_of_cases_released_from_care_gives_no_new_cases() -> None:
    text = ("10月9日0-24时，晋中市新增本土确诊病例2例(榆次区2例)，"
            "另有无症状感染者5例解除医学观察(平遥县3例、介休市2例)。")
    assert dated(run(text), "case_report") == {("榆次区", date(2022, 10, 9))}
    text = ("10月9日0-24时，晋中市新增本土确诊病例2例(榆次区2例)，当日无症状感染者5例解除医学观察，"
            "其中平遥县3例、介休市2例。")
    assert dated(run(text), "case_report") == {("榆次区", date(2022, 10, 9))}
    text = ("10月9日，晋中市新增本土无症状感染者1例(榆次区1例)。"
            "当日解除医学观察无症状感染者3例(祁县3例)。")
    assert dated(run(text), "case_report") == {("榆次区", date(2022, 10, 9))}


def test_a_bare_testing_word_among_response_tasks_is_no_round() -> None:
    text = ("10月7日，平遥县报告新增无症状感染者1例。"
            "眼下，县里几个专班正抓紧做好密接排查、核酸筛查等应急处置工作。")
    assert pairs(run(text), "mass_testing") == set()
    text = ("10月7日，祁县报告新增无症状感染者1例。"
            "县里随即开展人员追踪、核酸检测等相关处置工作。")
    assert pairs(run(text), "mass_testing") == set()
    # a population's screening in such a list is still a round
    text = "10月7日，平遥县开展流行病学调查、全员核酸筛查等工作。"
    assert dated(run(text), "mass_testing") == {("平遥县", date(2022, 10, 7))}


def test_a_deadline_is_no_start() -> None:
    # the day work must be done by bounds the round; it is not the day the round starts
    text = "吕梁市要求离石区10月9日24时前完成，首轮全员核酸检测不漏一人。"
    assert dated(run(text), "mass_testing") == set()
    text = "全市日检能力充足，可以确保10月9日完成离石区全员核酸检测。"
    assert dated(run(text), "mass_testing") == set()
    # a start told with the deadline keeps the start
    text = "10月7日，离石区开展全员核酸检测，要求10月9日24时前完成。"
    assert dated(run(text), "mass_testing") == {("离石区", date(2022, 10, 7))}
