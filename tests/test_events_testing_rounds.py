"""Mass-testing rounds: which sentence is a round, which day it takes, which county (issue 12).

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.dates import find_dates
from etl.extract.model import DateContext

# ------------------------------------------------------------------ dates -------------


def test_a_weekday_written_after_a_date_is_that_dates_note() -> None:
    ctx = DateContext(date(2022, 6, 8), "exact")
    got = find_dates("定于6月11日(周六)、12日(周日)各开展一次", ctx, None)
    assert [(d.date, d.text) for d in got] == [(date(2022, 6, 11), "6月11日(周六)"), (date(2022, 6, 12), "12日(周日)")]
    got = find_dates("首轮安排在6月3-4日（星期五、星期六），次轮另行通知", ctx, None)
    assert [(d.date, d.end_date) for d in got] == [(date(2022, 6, 3), date(2022, 6, 4))]
    got = find_dates("6月2日星期四上午", ctx, None)
    assert [d.date for d in got] == [date(2022, 6, 2)]
    # a weekday standing alone is still a day of the edition's week
    assert [d.date for d in find_dates("本周六起暂停堂食", ctx, None)] == [date(2022, 6, 11)]


def test_rounds_on_two_days_each_with_its_weekday() -> None:
    text = "为排查风险，祁县决定于10月15日（星期六）、16日（星期日）在全县开展两轮全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 15)), ("祁县", date(2022, 10, 16))}


def test_a_timetable_slot_shortly_after_the_edition_keeps_its_year() -> None:
    ctx = DateContext(date(2022, 10, 12), "exact")
    got = find_dates("第一轮时间为10月14日", ctx, None)
    assert [d.date for d in got] == [date(2022, 10, 14)]


def test_a_later_day_after_a_reference_day_beyond_the_edition_reads_on() -> None:
    # the edition is a guess (approximate); the timetable runs past it within one month
    ctx = DateContext(date(2022, 5, 10), "approximate")
    text = "按计划，11日、12日对管控片区采样；13日、14日对其余片区采样；未参检人员于16日、17日补采。"
    got = [d.date for d in find_dates(text, ctx, None)]
    assert got == [date(2022, 5, d) for d in (11, 12, 13, 14, 16, 17)]


# ------------------------------------------------------------ not a round -------------


def test_the_test_that_found_a_positive_is_no_round() -> None:
    assert pairs(run("10月3日，介休市一名返乡学生核酸检测初筛阳性。"), "mass_testing") == set()
    text = "10月4日，祁县为一批外来务工者做核酸检测时，查出2份样本呈阳性。"
    assert pairs(run(text), "mass_testing") == set()
    text = "10月4日，疾控人员为两名阳性者的家属逐一进行了核酸检测。"
    assert pairs(run(text), "mass_testing") == set()


def test_testing_as_the_exception_to_a_stay_home_rule_is_no_round() -> None:
    text = "10月5日起，祁县全体居民除按统一安排参加核酸采样外，一律不出家门。"
    assert pairs(run(text), "mass_testing") == set()


def test_the_day_of_a_round_as_the_time_of_a_rule_is_no_round() -> None:
    text = "灵石县决定于10月7日至8日开展全员核酸检测。核酸检测当天，全县暂停集市交易。"
    assert pairs(run(text), "mass_testing") == {("灵石县", date(2022, 10, 7))}


# ---------------------------------------------------------- inherited days -------------


def test_a_period_bound_is_no_day_later_sentences_take() -> None:
    text = "10月2日以来，周边多地陆续出现确诊病例。为尽快排查风险，祁县由此安排全县居民参加一次全员核酸检测。"
    assert all(d is None for _c, d in pairs(run(text), "mass_testing"))


def test_a_round_takes_no_day_from_a_sentence_that_told_only_a_case() -> None:
    text = ("10月6日，平遥县通报新增1例确诊病例，系外省来平务工者。"
            "平遥县相关部门连夜投入核酸采样和消杀工作。")
    assert all(d is None for _c, d in pairs(run(text), "mass_testing"))
    # a timetable line, which tells no measure, still dates the round told after it
    text = "一、采样时间\n10月8日6:00至18:00。\n二、平遥县全体居民按社区安排有序参加全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 8))}


# ----------------------------------------------------------- which day, which county ---


def test_a_round_decided_on_its_notice_day_starts_on_the_day_told_without_places() -> None:
    text = ("晋中市10月7日起组织新一轮全员核酸检测\n"
            "10月5日，晋中市指挥部发出通知，决定对灵石县、介休市两地组织全员核酸检测。")
    got = pairs(run(text), "mass_testing")
    assert ("灵石县", date(2022, 10, 7)) in got and ("介休市", date(2022, 10, 7)) in got
    assert ("灵石县", date(2022, 10, 5)) not in got
    # a round told as done on the notice's day keeps that day
    text = ("晋中市10月7日起组织新一轮全员核酸检测\n"
            "10月5日，晋中市指挥部通报，灵石县第二轮全员核酸检测已全部做完。")
    assert ("灵石县", date(2022, 10, 5)) in pairs(run(text), "mass_testing")


def test_a_zone_missing_from_the_gazetteer_does_not_break_a_list_of_counties() -> None:
    text = "10月9日，榆次区、示范区、祁县、平遥县的居民接受区域核酸筛查。"
    got = pairs(run(text), "mass_testing")
    assert got == {("榆次区", date(2022, 10, 9)), ("祁县", date(2022, 10, 9)), ("平遥县", date(2022, 10, 9))}


def test_a_round_ahead_takes_no_day_of_the_text() -> None:
    text = "10月8日晚，祁县举行新闻通气会。县领导表示，祁县很快将组织新一轮全员核酸检测。"
    assert all(d is None for _c, d in pairs(run(text), "mass_testing"))


def test_a_count_of_samples_makes_a_negative_result_a_round() -> None:
    text = "10月6日起，祁县在城区组织了核酸检测，共采集样本12万余份，结果均为阴性。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 6))}
    assert next(e.people for e in run(text) if e.type == "mass_testing") == 120000


def test_a_facility_or_a_meeting_named_by_a_testing_word_is_no_round() -> None:
    assert pairs(run("10月9日，介休市第二家核酸检测实验室建成启用。"), "mass_testing") == set()
    assert pairs(run("10月9日，介休市召开核酸检测工作调度会，安排下一步任务。"), "mass_testing") == set()


def test_testing_of_one_trade_or_of_arrivals_is_no_round() -> None:
    assert pairs(run("10月9日，灵石县对全县快递从业人员开展了核酸检测。"), "mass_testing") == set()
    assert pairs(run("10月9日起，灵石县对省外入县车辆人员实行落地核酸检测。"), "mass_testing") == set()
    assert pairs(run("10月9日，榆次区对近期来自灵石县的人员进行核酸检测。"), "mass_testing") == set()


def test_a_running_count_of_rounds_after_the_testing_word_is_no_round() -> None:
    text = "截至10月9日，灵石县已累计开展全员核酸检测6轮。"
    assert all(d is None for _c, d in pairs(run(text), "mass_testing"))


def test_a_citys_round_is_not_narrowed_to_a_county_of_an_earlier_clause() -> None:
    text = "祁县一名外地返乡人员确诊后，10月9日，晋中市开展全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {(None, date(2022, 10, 9))}
    text = "祁县融媒体中心消息，10月9日，晋中市在全市各县区组织全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {(None, date(2022, 10, 9))}
    # a county named in the round's own clause still takes it
    text = "10月9日，晋中市组织祁县开展全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 9))}


def test_a_whole_province_is_no_county() -> None:
    text = "10月9日，全省开展全员核酸检测，灵石县共设采样点260个。"
    assert pairs(run(text), "mass_testing") == {(None, date(2022, 10, 9))}


def test_a_number_of_days_is_no_day() -> None:
    ctx = DateContext(date(2022, 6, 8), "exact")
    for text in ("连续3日开展全员核酸检测", "为期5日的集中采样", "隔离满14日后解除", "近7日无新增"):
        assert [d.date for d in find_dates(text, ctx, None) if d.date is not None] == [], text


def test_a_round_waiting_on_a_result_is_no_round_of_that_day() -> None:
    text = "介休市北关片区要等10月9日的筛查结果出具后再安排下一轮核酸检测。"
    assert ("介休市", date(2022, 10, 9)) not in pairs(run(text), "mass_testing")


def test_a_result_without_anomaly_or_a_service_for_testing_is_no_round() -> None:
    text = "10月9日，祁县通报：两个小区的住户经三次核酸检测无异常，将于13日恢复出入。"
    assert ("祁县", date(2022, 10, 9)) not in pairs(run(text), "mass_testing")
    text = "10月9日，祁县新开8处便民采样亭，方便群众下班后就近做核酸检测。"
    assert pairs(run(text), "mass_testing") == set()


def test_a_round_over_two_days_split_by_area_is_one_round() -> None:
    text = ("平遥县10月10日至11日分片完成全员核酸检测。"
            "古陶镇城区的群众安排在10月10日采样；其余乡镇的群众10月11日参加核酸检测。")
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 10))}
    # numbered rounds on the days of a span are rounds of their own
    text = "灵石县10月10日至11日进行两轮全员核酸检测。第一轮：10月10日早上开始。第二轮：10月11日早上开始。"
    assert pairs(run(text), "mass_testing") == {("灵石县", date(2022, 10, 10)), ("灵石县", date(2022, 10, 11))}


def test_places_listed_each_with_its_count_of_people_are_each_a_county_of_the_round() -> None:
    text = "10月10日起，对祁县3万人、平遥县古陶镇近1万人、灵石县2万余人进行核酸检测。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 10)), ("平遥县", date(2022, 10, 10)),
                                                ("灵石县", date(2022, 10, 10))}


def test_sampling_told_without_the_testing_word_is_a_round() -> None:
    assert pairs(run("10月11日，祁县在城关镇开展全员采样，当天采集9万余人。"), "mass_testing") == {("祁县", date(2022, 10, 11))}
    text = "10月11日，灵石县启动第二次采样，覆盖县城全部社区。"
    assert pairs(run(text), "mass_testing") == {("灵石县", date(2022, 10, 11))}
    assert pairs(run("10月11日，平遥县完成16万余人的核酸采样。"), "mass_testing") == {("平遥县", date(2022, 10, 11))}


def test_sampling_of_things_or_of_drivers_is_no_round() -> None:
    assert pairs(run("10月11日，祁县对冷库环境进行采样检测。"), "mass_testing") == set()
    assert pairs(run("10月11日，祁县对进口冷链食品外包装开展核酸检测。"), "mass_testing") == set()
    assert pairs(run("10月11日，祁县疾控中心对该车司机进行采样送检。"), "mass_testing") == set()


def test_rounds_of_a_timetable_worded_with_their_time() -> None:
    text = ("祁县两轮核酸采样的安排\n全县共安排两轮核酸采样：第一轮时间为10月15-16日（周六、周日）、"
            "第二轮时间为10月17-18日（周一、周二），请居民按社区通知参加。")
    got = pairs(run(text), "mass_testing")
    assert ("祁县", date(2022, 10, 15)) in got and ("祁县", date(2022, 10, 17)) in got


def test_medical_teams_from_elsewhere_still_test_a_county() -> None:
    text = "10月12日，来自市直医院的200名医护人员在灵石县开展全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("灵石县", date(2022, 10, 12))}


# ------------------------------------------------------------ lists of counties -------------


def test_a_bracketed_note_on_a_list_member_keeps_the_list() -> None:
    # the bracket names a town inside the member, or gives a note without a place: the
    # members before it still belong to the round, and the town counts once with its county
    text = "10月5日起，对祁县、平遥县（含古陶镇）、介休市组织第二轮全员核酸检测。"
    got = run(text)
    assert pairs(got, "mass_testing") == {(c, date(2022, 10, 5)) for c in ("祁县", "平遥县", "介休市")}
    assert len([e for e in got if e.type == "mass_testing"]) == 3
    text = "10月5日起，对榆次区、灵石县（城区部分）、祁县同步启动首轮全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {(c, date(2022, 10, 5)) for c in ("榆次区", "灵石县", "祁县")}


def test_a_span_held_in_a_row_without_a_count_is_one_round_a_day() -> None:
    # 连续 before the verb says every day of the span is sampled, as 连续三天 does
    text = "经县指挥部研究，决定10月6日至8日在榆次区、灵石县连续进行全员核酸检测。"
    days = (date(2022, 10, 6), date(2022, 10, 7), date(2022, 10, 8))
    assert pairs(run(text), "mass_testing") == {(c, d) for c in ("榆次区", "灵石县") for d in days}
    # a plain span is one round at its first day
    text = "经县指挥部研究，决定10月6日至8日在榆次区进行全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("榆次区", date(2022, 10, 6))}


# ------------------------------------------------------------ which day -------------


def test_a_since_clause_gives_no_day_to_the_rounds_reported_after_it() -> None:
    # 自…以来 opens the period of the outbreak; the rounds reported as done take the day of the briefing
    text = ("10月11日，晋中市举行发布会通报，自10月2日祁县出现本土病例以来，祁县、介休市迅速启动区域核酸筛查。"
            "截至目前，介休市已经完成4轮核酸筛查，未发现阳性。")
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 11)), ("介休市", date(2022, 10, 11))}


def test_the_rounds_of_a_named_area_take_the_counties_listed_for_it() -> None:
    # the dated rounds name only the city's main area; another sentence lists its districts
    # without a day: each round is one row per listed district on its own day
    text = ("晋中市5日通报，晋中市主城区10月3日至4日进行的第一轮全员核酸检测已经结束，结果均未见异常。"
            "市卫健委负责人王强介绍，晋中市主城区此轮全员核酸检测覆盖榆次区、祁县全部常住居民。"
            "10月5日8时，晋中市主城区启动第2轮全员核酸检测，全天采样。")
    got = run(text)
    days = (date(2022, 10, 3), date(2022, 10, 5))
    assert pairs(got, "mass_testing") == {(c, d) for c in ("榆次区", "祁县") for d in days}


def test_testing_joined_to_the_response_to_cases_is_no_round() -> None:
    # tracing, testing and isolation after a case: the response, not a round of the county
    text = "10月7日，介休市报告1例阳性后，当地立即开展流调、核酸采样和隔离等处置。"
    assert pairs(run(text), "mass_testing") == set()
    text = "10月7日，祁县已排查密切接触者52人，均已进行核酸检测及隔离观察。"
    assert pairs(run(text), "mass_testing") == set()
    # a round named as such stays a round even beside such a task
    text = "10月7日，祁县启动全员核酸检测和流调溯源工作。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 7))}


def test_the_testing_framing_a_finding_is_no_round() -> None:
    # the testing word closes its clause as a frame of time (…中，): the next clause's positive
    # was found by it, so it is the finding's context, not a round of that day
    text = "10月3日，在当天的区域核酸检测中，祁县检出2名阳性人员。"
    assert pairs(run(text), "mass_testing") == set()
    text = "10月3日，在全县核酸筛查过程中，介休市查出1名阳性人员。"
    assert pairs(run(text), "mass_testing") == set()


def test_a_notice_timetable_line_dates_the_rounds_its_preamble_decided() -> None:
    # the preamble decides rounds for three counties on the notice's day; the timetable line names
    # no county (only the article's takes it) and gives each day a round: every county, every day
    text = ("晋中市疫情防控指挥部通告\n"
            "10月3日，为尽快排除隐患，经研究决定，在祁县、介休市和灵石县全域开展区域核酸检测，现通告如下：\n"
            "一、检测时间：10月4日至6日，每天组织1轮核酸检测。\n")
    got = pairs(run(text), "mass_testing")
    assert got == {(c, date(2022, 10, d)) for c in ("祁县", "介休市", "灵石县") for d in (4, 5, 6)}


def test_a_date_in_the_fields_after_a_source_label_is_page_metadata() -> None:
    # a portal's header run into the notice title: 来源 … 浏览 … 时间 are fields of the page,
    # the date is when it was posted, no day of the round the title names
    ctx = DateContext(date(2022, 10, 12), "exact")
    line = "关于组织全员核酸筛查的通告(第5号)来源:祁县防控办 浏览:35 时间:2022-10-11"
    assert [(d.text, d.meta) for d in find_dates(line, ctx, None)] == [("2022-10-11", True)]
    # a closed credit bracket ends the source field; a date in running text after it is no field
    line = "(图片来源:某图片社)【本报讯 2022年10月11日】祁县开展检测"
    assert [d.meta for d in find_dates(line, ctx, None)] == [False]
    assert [d.meta for d in find_dates("检测时间:2022-10-13", ctx, None)] == [False]
    text = ("关于组织全员核酸筛查的通告(第5号)来源:祁县防控办 浏览:35 时间:2022-10-11\n"
            "祁县决定再做一轮全员核酸检测。\n采样时间:2022年10月13日8时至18时。\n")
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 13))}


def test_registering_ahead_for_a_round_to_come_is_no_round() -> None:
    # the testing word names what people register for, or what a county gets ready for
    text = "为提升应急状态下的大规模核酸检测效率，平遥县自10月9日起开展全员核酸检测信息预登记，居民可扫码填报。"
    assert pairs(run(text), "mass_testing") == set()
    text = "10月9日起，介休市各社区先把核酸检测应对准备做足，需要时马上启动。"
    assert pairs(run(text), "mass_testing") == set()


def test_one_persons_own_test_is_no_round() -> None:
    # the tested is a named person (张某某) or people who went to a hospital for their test
    text = "10月6日，祁县疾控中心随即对张某某的丈夫赵某某进行核酸检测，结果待出。"
    assert pairs(run(text), "mass_testing") == set()
    text = "10月6日下午，两名返乡人员到介休市中医医院进行核酸检测。"
    assert pairs(run(text), "mass_testing") == set()


def test_a_round_told_at_a_briefing_starts_on_the_days_given_after_it() -> None:
    # the decision is dated by the briefing's day; the days of the round come a sentence later
    text = ("10月3日，晋中市召开发布会，市卫健委负责人介绍，经研判，决定对榆次区、祁县两地居民再做一次全员核酸检测。"
            "负责人说，近期外地输入压力仍然较大。"
            "10月5日至6日完成“两天一检”，请市民按社区安排错峰前往。")
    got = pairs(run(text), "mass_testing")
    assert got == {("榆次区", date(2022, 10, 5)), ("祁县", date(2022, 10, 5))}


def test_a_briefing_day_keeps_a_round_when_the_dates_after_it_are_earlier() -> None:
    # a later sentence looking back (a day before the briefing) starts no round
    text = ("10月8日，晋中市召开发布会，决定对榆次区居民再做一次全员核酸检测。"
            "10月6日至7日，市区共设置采样点300余个。")
    assert pairs(run(text), "mass_testing") == {("榆次区", date(2022, 10, 8))}


def test_a_day_in_an_aside_is_not_the_day_that_same_day_refers_to() -> None:
    # the bracket's day (a conversion two days before) must not become the bulletin's 当日
    text = ("10月9日0—24时，晋中市新增确诊病例3例。截至10月9日24时，累计报告确诊病例12例"
            "（10月7日，2例无症状感染者转为确诊病例）。\n"
            "其中：(一)祁县：当日新增2例(均为确诊病例)；累计8例。\n"
            "(二)榆次区：当日新增1例(均为确诊病例)；累计4例。")
    got = pairs(run(text), "case_report")
    assert ("祁县", date(2022, 10, 9)) in got and ("榆次区", date(2022, 10, 9)) in got
    assert not any(d == date(2022, 10, 7) for _, d in got)


def test_a_carried_over_day_yields_to_the_day_the_same_sentence_gives() -> None:
    # the first sentence's evening is when the notices came out; the second gives the round's days
    # (ASCII commas, as extract_events may be given them: the first testing word takes the
    # evening carried over, the second the days of its own clause)
    text = ("为尽快排查风险,山西省晋中市祁县等地11日晚间发布了组织全员核酸检测的通告。\n"
            "祁县的通告提出,该县全员核酸检测按村组织,全员核酸检测时间为10月12日-13日,请群众就近参加。")
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 12))}
