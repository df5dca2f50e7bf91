"""Who a notice's testing sentences test, round 15: the county's round is told once, with a
timetable by town; the requirements below it for particular people (patients, people in
quarantine) tell how those people are tested, not another round on the timetable's last day.

Invented wording, places and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from etl.extract.context import shared
from etl.extract.model import PageMeta
from etl.pipeline import extract_page

NOTICE = (
    "祁县关于组织第二轮全区域核酸检测工作的通告\n"
    "为尽早发现风险，经县指挥部研究，决定在全县范围内组织第二轮全区域核酸检测。\n"
    "一、采样时间\n东观镇、古县镇：\n8月3日（星期三）下午16:00-20:00；\n其他乡镇：\n8月4日（星期四）上午6:00—11:00。\n"
    "二、采样对象\n全县范围内所有居民。\n三、有关要求\n{rule}\n"
    "祁县防疫指挥部\n2022年8月2日\n"
)


def _rounds(rule: str) -> set[tuple[str | None, date | None]]:
    facts = extract_page(NOTICE.format(rule=rule), PageMeta(edition_date=date(2022, 8, 2), date_precision="exact"),
                         shared())
    return {(e.county.name if e.county else None, e.start) for f in facts for e in f.events if e.type == "mass_testing"}


def test_a_patient_sent_to_a_clinic_for_a_test_is_no_round() -> None:
    rule = "(五)有咳嗽、咽痛症状的居民，应及时前往就近医院发烧门诊就诊并进行核酸检测，不得参与此轮区域核酸检测。"
    assert _rounds(rule) == {("祁县", date(2022, 8, 3))}


def test_people_barred_from_the_round_are_no_round() -> None:
    assert _rounds("(五)正在居家观察的人员不得参与此轮核酸检测，由社区安排上门采样。") == {("祁县", date(2022, 8, 3))}


def test_a_group_named_as_the_sentences_topic_is_tested_as_that_group() -> None:
    """The people come first as the topic, the testing word in the next clause: the group's
    own testing, as when the testing word follows them in one clause."""
    assert _rounds("(六)居家隔离人员、集中隔离人员，仍按原有方式进行核酸检测。") == {("祁县", date(2022, 8, 3))}


def test_the_whole_population_as_the_topic_still_takes_part_in_the_round() -> None:
    assert _rounds("(一)全县居民，请按时参加本轮核酸检测。") == {("祁县", date(2022, 8, 3))}
