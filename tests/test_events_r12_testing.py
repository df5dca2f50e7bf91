"""Which day a mass-testing round gets (issue 12, round 12).

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.dates import find_dates
from etl.extract.model import DateContext

SEP30 = DateContext(date(2022, 9, 30), "exact")


# ------------------------------------------------------------------ date typos --------


def test_a_month_written_with_the_day_character_is_read_as_the_month() -> None:
    # 9日14日 is a slip for 9月14日: not the 9th of the anchor's month and a second day 14日
    ds = find_dates("二、采样时间9日14日7:00-18:00", SEP30, date(2022, 9, 10))
    assert [(d.date, d.time) for d in ds] == [(date(2022, 9, 14), "07:00")]


def test_a_day_written_with_the_month_character_keeps_its_span() -> None:
    # 11月6月-8日 is a slip for 11月6日-8日: the span starts on the 6th
    ds = find_dates("平遥县：11月2日-4日；11月6月-8日。", SEP30, date(2021, 10, 28))
    assert [(d.date, d.end_date) for d in ds][-1] == (date(2021, 11, 6), date(2021, 11, 8))


def test_a_notice_with_a_typed_date_dates_its_round() -> None:
    text = ("平遥县疫情防控指挥部决定在全县开展一次全员核酸检测，现通知如下：一、检测时间9日14日8:00-17:00，"
            "具体时间以社区通知为准。")
    assert pairs(run(text, SEP30), "mass_testing") == {("平遥县", date(2022, 9, 14))}



# ------------------------------------------------------------------ regimens ----------


def test_testing_every_few_days_after_a_lifting_is_a_regimen() -> None:
    text = "自2022年9月12日8时起，平遥县解除临时管控，实行5天居家健康监测，每2天开展1次全员核酸检测。"
    assert pairs(run(text, SEP30), "mass_testing") == set()


def test_testing_once_a_day_during_a_temporary_control_is_a_regimen() -> None:
    text = "9月20日起，祁县城关片区实行临时管控。\n（二）管控期间暂定5天，每天进行一次核酸检测，视检测结果调整措施。"
    assert pairs(run(text, SEP30), "mass_testing") == set()
    # a span of days tested once a day still tells its rounds
    text = "9月21日至23日，对祁县全域每天开展一次全员核酸检测。"
    assert ("祁县", date(2022, 9, 21)) in pairs(run(text, SEP30), "mass_testing")


# ------------------------------------------------------------------ schedules ---------


def test_a_notice_time_section_with_days_in_a_row_gives_a_round_each_day() -> None:
    # the day sits in the notice's time section below the round's sentence, as a span of as many
    # days in a row as it has days: one round a day, as a span in the round's own sentence gives
    text = ("关于在平遥县开展全员核酸检测的通告\n根据省防指统一安排，在平遥县全县各乡镇、街道开展全员核酸检测。"
            "具体安排通告如下：\n一、检测时间\n2022年9月20日至22日连续3天，每日上午6时至12时采样。\n"
            "二、采样地点\n各乡镇、街道统筹设立采样点。")
    assert pairs(run(text, SEP30), "mass_testing") == {
        ("平遥县", date(2022, 9, 20)), ("平遥县", date(2022, 9, 21)), ("平遥县", date(2022, 9, 22))}


# ------------------------------------------------------------------ a round going on ---


def test_sampling_still_going_on_the_next_day_is_the_same_round() -> None:
    text = ("9月26日下午，祁县启动全员核酸检测，对全体居民开展采样。\n"
            "9月27日凌晨2时，医护人员仍在为排队的居民做核酸采样。")
    assert pairs(run(text, SEP30), "mass_testing") == {("祁县", date(2022, 9, 26))}
    # a round run the next day with a verb of its own is a round of that day
    text = "9月26日，祁县启动全员核酸检测。\n9月27日，祁县对城区居民开展核酸采样。"
    assert ("祁县", date(2022, 9, 27)) in pairs(run(text, SEP30), "mass_testing")


def test_the_days_a_begun_round_took_are_no_rounds_of_their_own() -> None:
    text = ("9月20日，平遥县全员核酸检测正式启动，经过20、21日两天的连续作战，大面积核酸采样基本结束，"
            "22日各采样点排队人数明显减少。")
    assert pairs(run(text, SEP30), "mass_testing") == {("平遥县", date(2022, 9, 20))}


# ------------------------------------------------------------------ requests ----------


def test_a_request_opening_the_sentence_reaches_a_bare_test_in_a_later_clause() -> None:
    text = ("平遥县疫情防控指挥部提醒\n请广大居民增强防范意识，坚持戴口罩、勤洗手、少聚集，主动进行核酸检测，"
            "非必要不外出。\n平遥县疫情防控指挥部\n2022年9月24日")
    assert pairs(run(text, SEP30), "mass_testing") == set()
    # a request naming the population-wide round is the notice's own round
    text = ("平遥县疫情防控指挥部通告\n为尽快排查风险，请广大居民按社区安排，于9月25日到指定采样点参加全员核酸检测。\n"
            "平遥县疫情防控指挥部\n2022年9月24日")
    assert pairs(run(text, SEP30), "mass_testing") == {("平遥县", date(2022, 9, 25))}


# ------------------------------------------------------------------ one row a round ---


def test_a_test_word_placed_only_by_the_article_on_a_rounds_day_is_that_round() -> None:
    # the sampling desk added at one site the same day borrows the town read last: no second row
    text = ("今天上午8点，平遥县启动第二轮全员核酸检测，下午6点完成采样。\n古陶镇的居民有序排队。\n"
            "东街采样点今天又加开了两个核酸检测采样台，以缩短排队时间。")
    rows = [e for e in run(text, DateContext(date(2022, 9, 26), "exact")) if e.type == "mass_testing"]
    assert [(e.county.name if e.county else None, e.start) for e in rows] == [("平遥县", date(2022, 9, 26))]


# ------------------------------------------------------------------ a notice's day -----


def test_a_notice_issued_after_the_round_it_announces_yields_to_the_batch_day() -> None:
    # a heading run into its paragraph: the day after the testing word is the notice's issuing
    # day, which the round decided in the notice takes only until its first batch's day is told
    text = ("二、祁县启动区域核酸筛查工作9月18日，祁县疫情应急指挥部发布《关于分批进行区域核酸筛查的通告》。"
            "为保障群众身体健康，决定全县居民分批次开展区域核酸筛查。\n"
            "第一批时间为9月19日8时至18时，筛查人员为城关片区居民。")
    assert pairs(run(text, SEP30), "mass_testing") == {("祁县", date(2022, 9, 19))}
