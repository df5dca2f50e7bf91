"""Event days of round 17: which day a measure or a count takes when its sentence has none of
its own, or has more than one.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_r12_lockdowns import dated
from test_events_real_patterns import run

from etl.extract.dates import document_context
from etl.extract.model import DateContext


def _signed(text: str, edition: date) -> DateContext:
    return document_context(text, DateContext(edition, "exact"))


def test_a_count_window_closed_at_midnight_dates_no_measure_of_the_notice_after_it() -> None:
    # the cases were counted from 9时 to 24时 of the 3rd; the zone the signed notice draws on
    # them holds from the notice's day
    text = ("平遥县疫情防控工作领导小组\n第5号公告\n"
            "6月3日9时至24时，晋中市新增阳性感染者6人，其中平遥县3人。经研判，将古陶镇东街划为封控区。\n"
            "一、封控区实行足不出户、上门服务。\n平遥县疫情防控工作领导小组\n2022年6月4日")
    ctx = _signed(text, date(2022, 6, 4))
    assert dated(run(text, ctx), "lockdown") == {("平遥县", date(2022, 6, 4))}
    # a lockdown with a window of its own keeps that day
    text = "平遥县通告：6月3日9时至24时，古陶镇东街实行封控管理，居民足不出户。"
    assert dated(run(text), "lockdown") == {("平遥县", date(2022, 6, 3))}


def test_a_lifting_day_after_the_start_is_no_day_later_measures_take() -> None:
    # the timetable gives the start and the planned lifting; the area section after it seals
    # the townships with no day of its own: they are sealed from the start
    ctx = DateContext(date(2022, 7, 12), "exact")
    text = ("一、时间安排\n\n2022年7月12日20时起实行管控，预计2022年7月15日20时解除管控。\n\n二、范围\n\n"
            "按照上级有关规定，祁县领导小组决定对全县8个乡镇全部实行静默管理。")
    assert dated(run(text, ctx), "lockdown") == {("祁县", date(2022, 7, 12))}
    # a later day that widens the measure is still the one handed on
    text = text.replace("预计2022年7月15日20时解除管控", "2022年7月14日起扩大管控")
    assert dated(run(text, ctx), "lockdown") == {("祁县", date(2022, 7, 14))}


def _cases(text: str, edition: date) -> set[tuple[str | None, date | None]]:
    return dated(run(text, DateContext(edition, "exact")), "case_report")


def test_cases_found_among_people_in_quarantine_are_new_cases_of_their_day() -> None:
    # the clause of care qualifies the people searched, not the cases found among them
    text = "5月6日，灵石县在对已集中隔离的外地来灵人员例行检测中发现2例无症状感染者。"
    assert _cases(text, date(2022, 5, 7)) == {("灵石县", date(2022, 5, 6))}
    # cases in care told as a stock stay no report
    text = "5月6日，灵石县仍在定点医院隔离治疗的无症状感染者2例。"
    assert _cases(text, date(2022, 5, 7)) == set()


def test_a_headline_count_the_body_dates_on_another_day_takes_the_body_day() -> None:
    # the headline's 今天 is the day of the news; the body says the day the case was found
    head = "今天介休市疫情最新消息：新增1例无症状感染者\n\n  记者从介休市卫健局获悉，"
    text = head + "5月10日，介休市在对返乡人员的例行检测中发现无症状感染者1例。\n\n  该感染者5月9日返回。"
    assert _cases(text, date(2022, 5, 11)) == {("介休市", date(2022, 5, 10))}
    # a headline count the body gives another count keeps its day
    text = head + "5月10日，介休市在对返乡人员的例行检测中发现无症状感染者2例。"
    assert ("介休市", date(2022, 5, 11)) in _cases(text, date(2022, 5, 11))


def test_the_day_a_notice_went_out_dates_no_measure_named_in_its_title() -> None:
    # the title names the lockdown the notice adjusts; its day is when the notice was issued,
    # and the sentence tells the lockdown's own days after the title
    ctx = DateContext(date(2022, 8, 10), "exact")
    text = ("祁县指挥部8月9日晚发布关于调整乡镇静默管理期限的通告，10日零时起解除东观镇的静默管理，"
            "其余7个乡镇10日0时起仍实行静默管理。")
    assert ("祁县", date(2022, 8, 9)) not in dated(run(text, ctx), "lockdown")
    # a title whose measure the sentence does not word again keeps the notice's day
    text = "祁县指挥部8月9日晚发布关于在全县实施静默管理的通告。"
    assert dated(run(text, ctx), "lockdown") == {("祁县", date(2022, 8, 9))}
