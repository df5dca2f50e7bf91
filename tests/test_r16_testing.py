"""Testing rounds, round 16: the day a round is on.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import ED, pairs, run

from etl.extract.dates import cn_int, document_context, find_dates
from etl.extract.model import DateContext

# ------------------------------------------------- tens written as one character -------


def test_tens_characters_are_read_as_numbers() -> None:
    assert (cn_int("廿三"), cn_int("卅一"), cn_int("廿")) == (23, 31, 20)


def test_a_date_written_with_a_tens_character_is_that_day() -> None:
    ctx = DateContext(date(2022, 4, 6), "exact")
    assert [d.date for d in find_dates("三月卅日起，甲地开展检测；四月廿二日复查", ctx, None)] == [
        date(2022, 3, 30), date(2022, 4, 22)]


def test_a_round_from_a_tens_character_day_keeps_its_month() -> None:
    text = "九月廿八日清晨起，祁县开展全员核酸检测，共采样十余万人。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 9, 28))}


# ------------------------------------------------- the day a notice was issued ----------

REPORT = ("甲市通告\n2022年10月3日，晋中市疫情防控指挥部发布第7号通告。\n"
          "一、10月4日起，离开市区须持核酸阴性证明。\n"
          "二、9月27日以来到过外省的人员主动报备。\n"
          "三、即日起，平遥县、祁县开展全员核酸检测。")


def test_from_today_in_a_retold_notice_is_the_day_it_was_issued() -> None:
    """The notice's items name other days (a rule from the 4th, stays since 27 September);
    即日起 is still the 3rd, the day the opening paragraph says the notice came out."""
    assert pairs(run(REPORT), "mass_testing") == {("平遥县", date(2022, 10, 3)), ("祁县", date(2022, 10, 3))}


def test_the_issue_day_is_read_only_from_an_opening_that_tells_an_issue() -> None:
    ctx = document_context("10月3日，祁县召开会议。\n即日起，祁县开展全员核酸检测。", ED)
    assert ctx.issued is None
    assert document_context(REPORT, ED).issued == date(2022, 10, 3)


# ------------------------------------------------- a count of rounds after the verb ----


def test_rounds_counted_after_the_verb_over_a_longer_range_are_no_round_of_its_first_day() -> None:
    text = "平遥县、祁县从9月10日到25日的16天里，进行全员核酸检测9次以上。"
    assert pairs(run(text), "mass_testing") == set()
    # one day with its one round stays that day's round
    assert pairs(run("9月10日，祁县进行全员核酸检测1次。"), "mass_testing") == {("祁县", date(2022, 9, 10))}


# ------------------------------------------------- a notice's list run into its sentence


def test_the_scope_part_of_a_list_run_into_the_announcing_sentence_names_the_counties() -> None:
    """The page ran the notice's first lines into its opening sentence (…如下：一、检测时间…。):
    the scope part below still names the counties of a round the sentence places at the city."""
    text = ("晋中市防控办研究决定，于10月15日至16日连续两天在市区开展全员核酸检测，特通告如下：一、检测时间"
            "2022年10月15日、16日7时开始。\n二、检测范围\n榆次区、祁县全域。\n三、其他\n请居民配合。")
    assert pairs(run(text), "mass_testing") == {(c, date(2022, 10, d)) for c in ("榆次区", "祁县") for d in (15, 16)}


# ------------------------------------------------- testing told by what it found ------


def test_screening_framed_by_what_it_found_abnormal_is_no_round() -> None:
    text = "10月8日，祁县在区域核酸筛查中，检出3个混采管异常，正在复核。"
    assert pairs(run(text), "mass_testing") == set()


def test_rounds_framed_by_their_negative_results_are_no_round() -> None:
    text = "10月8日，介休市新增阳性2人；平遥县及祁县两轮核酸检测中，检测结果全部为阴性。"
    assert pairs(run(text), "mass_testing") == set()
    # a round whose frame is followed by its sampling, not a result, still counts
    text = "10月8日，祁县在全员核酸检测中，共采样8万人。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 8))}


# ------------------------------------------------- a round told as already begun -------


def test_a_round_told_begun_at_a_briefing_keeps_the_briefing_day() -> None:
    """The date of a later sentence (a zone's new risk level from the 9th) is no day of a round
    the briefing of the 8th told as already begun."""
    text = ("8日下午召开的新闻发布会通报：祁县已启动全员核酸检测，预计两日内完成。\n"
            "8日，祁县报告1例阳性感染者。\n"
            "自10月9日起，祁县某小区调整为中风险地区。")
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 8))}


# ------------------------------------------------- one screening given several days -----


def test_one_screening_given_two_days_is_one_round_on_its_first_day() -> None:
    text = ("为尽快排除风险，决定用两天时间在祁县县城开展区域核酸检测，现通告如下：一、采样时间"
            "本次采样定于2022年10月15日和10月16日，每日7时开始。")
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 15))}
    # without that word, two listed days are two rounds
    text = text.replace("用两天时间", "")
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 15)), ("祁县", date(2022, 10, 16))}


# ------------------------------------------------- a bare day after a backstory ---------


def test_a_bare_day_after_a_backstory_of_last_month_is_in_the_story_month() -> None:
    """The source case's history runs through September; 8日当天 then tells the story's own day
    in October (the page is of 12 October), not a day before the history's last."""
    text = ("10月8日，平遥县通报发现3名阳性人员。\n"
            "通报称，源头疑为外省返乡人员，9月3日抵达，9月20日起居家健康监测。\n"
            "8日当天，平遥县全员进行核酸检测。")
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 8))}


def test_a_bare_day_of_a_late_copy_keeps_the_story_month() -> None:
    ctx = DateContext(date(2022, 12, 6), "exact")
    ds = find_dates("13日发现1名阳性人员", ctx, date(2022, 9, 14))
    assert [d.date for d in ds] == [date(2022, 9, 13)]
    ds = find_dates("8日当天开展检测", ED, date(2022, 9, 20))  # ED: 12 October
    assert ds[0].date == date(2022, 10, 8)


# ------------------------------------------------- key groups of key areas; a source ----


def test_a_numbered_round_of_the_key_groups_of_key_areas_is_no_county_round() -> None:
    text = "10月8日，平遥县对重点片区重点人员开展第三轮核酸检测。"
    assert pairs(run(text), "mass_testing") == set()
    # key areas and key groups side by side: one of the county's rounds
    text = "10月8日，平遥县在重点片区和重点人员中开展第三轮核酸检测。"
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 8))}


def test_the_round_the_new_cases_came_from_is_no_new_round() -> None:
    text = "10月8日，祁县新增无症状感染者5例，均来自第四轮全员核酸检测。"
    assert pairs(run(text), "mass_testing") == set()
