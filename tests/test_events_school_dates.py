"""School closures: which sentence reports one, and which day it starts (issue 12, set M).

Each test shows one general mechanism in invented wording, names and dates; none of the texts
comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run


def dated(text: str) -> set[tuple[str | None, date | None]]:
    return {p for p in pairs(run(text), "school_closure") if p[1] is not None}


# ------------------------------------------------ which day an undated closure takes ----


def test_an_undated_closure_after_a_case_count_takes_the_texts_day_not_the_count_window() -> None:
    text = ("本报平遥10月9日电 平遥县教育局今天发布通知。10月8日6时至20时，平遥县报告新增无症状感染者4例。"
            "通知说，平遥县所有中小学和幼儿园一律暂停线下教学。")
    assert dated(text) == {("平遥县", date(2022, 10, 9))}


def test_an_undated_closure_after_a_testing_round_takes_the_texts_day() -> None:
    text = ("本报灵石10月6日电 灵石县指挥部今天发布通告，自10月7日起在全县开展三轮全员核酸检测。"
            "检测期间，灵石县各类学校和培训机构一律停课。")
    assert dated(text) == {("灵石县", date(2022, 10, 6))}


def test_an_undated_closure_among_a_lockdowns_measures_takes_the_lockdowns_day() -> None:
    text = ("本报祁县10月6日电 祁县指挥部发布通告，自10月5日18时起对全县实行静态管理。"
            "全县中小学、幼儿园一律停课，商场、超市暂停营业。")
    assert dated(text) == {("祁县", date(2022, 10, 5))}


# ------------------------------------------------ sentences that report no closure ------


def test_online_teaching_set_as_a_task_to_do_well_is_no_closure() -> None:
    assert dated("介休市教育局要求各中小学继续做好网上教学各项工作，关心学生身心健康。") == set()
    assert dated("二是统筹抓好线上教学，确保离石区停课不停学落到实处。") == set()


def test_a_task_sentence_does_not_push_the_reported_start_out() -> None:
    # the task sentence takes the day of a press conference before the closure's own day; the
    # closure's first day must stay the county's row
    text = ("10月11日召开的发布会上，平遥县卫健局介绍了流调进展。各校转运师生之余还须组织好停课阶段的线上授课。"
            "平遥县教育局通知，自10月12日起全县中小学暂停到校上课。")
    assert dated(text) == {("平遥县", date(2022, 10, 12))}


def test_a_closure_still_in_force_for_some_pupils_in_a_reopening_is_no_new_closure() -> None:
    text = ("10月13日起，榆次区有序恢复线下教学。仍在隔离观察的学生依然实行居家学习，返校时间另行通知。")
    assert dated(text) == set()
    text = "10月14日零时起，灵石县解除临时管控措施。部分住校生仍实行线上教学，复课时间由县教育局另行通知。"
    assert dated(text) == set()


# ------------------------------------------------ closure wordings ----------------------


def test_pupils_kept_off_the_campus_in_other_words_are_a_closure() -> None:
    assert dated("10月8日起，祁县各中小学学生暂缓进入校园。") == {("祁县", date(2022, 10, 8))}
    assert dated("10月9日起，介休市小学和初中暂停进校。") == {("介休市", date(2022, 10, 9))}


def test_teaching_activities_suspended_are_a_closure() -> None:
    assert dated("10月7日起，离石区各类学校和托育机构暂停教学活动。") == {("离石区", date(2022, 10, 7))}


def test_a_winter_break_moved_forward_is_an_early_break() -> None:
    text = "本报平遥10月9日电 因疫情防控需要，平遥县中小学寒假放假时间提前到10月10日。"
    assert {(e.county.name if e.county else None, e.kind) for e in run(text) if e.type == "school_closure"} == {
        ("平遥县", "early_break")}
    text = "本报灵石10月9日电 根据疫情防控要求，灵石县教育局决定调整本学年全县中小学寒假放假时间。"
    assert dated(text) == {("灵石县", date(2022, 10, 9))}


def test_an_opening_not_before_a_day_is_a_delay_from_the_notice_not_from_that_day() -> None:
    text = "本报榆次10月9日电 据榆次区教育局消息，全区中小学不早于10月24日开学，开学时间视疫情另行通知。"
    evs = [e for e in run(text) if e.type == "school_closure"]
    assert {(e.county.name if e.county else None, e.start, e.end, e.kind) for e in evs} == {
        ("榆次区", date(2022, 10, 9), date(2022, 10, 24), "delayed_reopening")}


def test_with_no_day_of_the_text_an_undated_closure_still_takes_the_last_date() -> None:
    from etl.extract.model import DateContext

    text = "10月8日，平遥县报告新增无症状感染者4例。平遥县所有中小学暂停线下教学。"
    got = {p for p in pairs(run(text, DateContext(date(2022, 10, 10), "approximate")), "school_closure") if p[1]}
    assert got == {("平遥县", date(2022, 10, 8))}


def test_suspension_verbs_with_the_perfective_le_and_online_lessons_by_web_are_closures() -> None:
    assert dated("10月8日起，平遥县所有小学和幼儿园都暂停了线下教学。") == {("平遥县", date(2022, 10, 8))}
    assert dated("10月9日起，祁县高三年级学生改为网上授课。") == {("祁县", date(2022, 10, 9))}


def test_a_task_word_far_before_the_closure_word_governs_something_else() -> None:
    assert dated("10月8日起，为做好疫情防控平遥县所有中小学一律停课。") == {("平遥县", date(2022, 10, 8))}


def test_online_teaching_told_as_ending_is_a_reopening_not_a_closure() -> None:
    assert dated("10月20日起，介休市各中小学线上教学结束，师生返校上课。") == set()
    assert dated("10月21日起，离石区初中由线上教学转为线下教学。") == set()


def test_pupils_still_at_home_in_a_sentence_of_reopening_take_no_day_from_it() -> None:
    text = "经研判，灵石县中小学自10月18日起分批返校复课，申请暂缓返校的学生继续居家学习。"
    assert dated(text) == set()
    # a window of its own keeps the closure's day
    assert dated("自10月18日起，灵石县继续实行线上教学。") == {("灵石县", date(2022, 10, 18))}
