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


def _sentence_rounds(text: str) -> set[tuple[str | None, date | None]]:
    facts = extract_page(text, PageMeta(edition_date=date(2021, 10, 5), date_precision="exact"), shared())
    return {(e.county.name if e.county else None, e.start) for f in facts for e in f.events if e.type == "mass_testing"}


def test_a_deadline_per_list_of_counties_gives_each_its_day_past_a_quoted_count_of_the_list() -> None:
    """A city's notice gives the named counties one deadline and the rest another; the quoted
    count after the list (“两县一市”) only counts it."""
    text = "晋中市指挥部要求，祁县、平遥县、介休市“两县一市”10月5日18时前，其余县(市、区)10月6日18时前完成首轮全员核酸检测。"
    assert _sentence_rounds(text) == {("祁县", date(2021, 10, 5)), ("平遥县", date(2021, 10, 5)),
                                      ("介休市", date(2021, 10, 5)), (None, date(2021, 10, 6))}


def test_the_rest_of_the_counties_may_carry_a_bracketed_aside_after_their_unit() -> None:
    text = "晋中市指挥部要求，祁县、平遥县10月5日18时前，其他区县(市)10月6日18时前完成首轮全员核酸检测。"
    assert _sentence_rounds(text) == {("祁县", date(2021, 10, 5)), ("平遥县", date(2021, 10, 5)),
                                      (None, date(2021, 10, 6))}


def test_days_of_a_timetable_run_into_one_sentence_are_the_days_after_the_notice() -> None:
    """Told on 4 October, the days of each list are the next days, in the notice's year, and the
    sentence's trigger gives no row of its own beside the rows."""
    facts = extract_page("晋中市要求祁县、平遥县10月5日，介休市10月6日分别开展全员核酸检测。",
                         PageMeta(edition_date=date(2021, 10, 4), date_precision="exact"), shared())
    rows = [(e.county.name if e.county else None, e.start) for f in facts for e in f.events if e.type == "mass_testing"]
    assert sorted(rows) == [("介休市", date(2021, 10, 6)), ("平遥县", date(2021, 10, 5)), ("祁县", date(2021, 10, 5))]
