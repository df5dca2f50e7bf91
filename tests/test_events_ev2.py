"""Event rules of the second round of issue 12 (g6ev2): when a sentence reports a new measure.

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run


def test_staying_put_until_called_to_sampling_is_no_lockdown() -> None:
    # the people of a screening's area asked to stay still until their turn: how a round runs
    text = "10月6日，平遥县在古陶镇开展区域核酸检测，请片区内群众保持静止状态，按村委会通知分批前往采样。"
    assert pairs(run(text), "lockdown") == set()
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 6))}


def test_a_whole_area_held_still_is_a_lockdown() -> None:
    text = "10月6日起，平遥县全域人员保持相对静止，非必要不外出。"
    assert pairs(run(text), "lockdown") == {("平遥县", date(2022, 10, 6))}


def test_waiting_indoors_for_ones_own_result_is_no_lockdown() -> None:
    text = "10月6日，榆次区完成一轮全员核酸检测，检测结果出来前居民如无特殊情况不得外出。"
    assert pairs(run(text), "lockdown") == set()


def test_a_whole_county_kept_home_until_the_screening_results_is_a_lockdown() -> None:
    text = "10月6日起，全县居民在全员核酸检测结果出来前一律居家，无特殊情况不得外出。"
    assert pairs(run(text.replace("全县", "平遥县全县")), "lockdown") == {("平遥县", date(2022, 10, 6))}


def test_a_numbered_round_over_key_areas_and_groups_is_a_round() -> None:
    text = "平遥县定于10月7日8时至14时对重点场所、重点人员开展第四轮核酸检测。"
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 7))}


def test_key_groups_without_a_round_number_are_still_no_round() -> None:
    text = "10月7日，平遥县对集中隔离人员开展核酸检测。"
    assert pairs(run(text), "mass_testing") == set()


def test_a_span_screened_daily_gives_a_round_per_day_to_the_testing_told_after_it() -> None:
    # the span and "3 days in a row" in one sentence, the testing word in the next
    text = ("灵石县指挥部发布通告：2022年10月7日至9日，每天7时起，连续筛查3天。"
            "筛查期间，居民按社区安排到指定地点配合进行核酸检测。")
    days = {d for _, d in pairs(run(text), "mass_testing")}
    assert days == {date(2022, 10, 7), date(2022, 10, 8), date(2022, 10, 9)}


def test_a_county_named_as_a_neighbour_does_not_take_the_screening() -> None:
    text = "10月7日，介休市对毗邻灵石县的5个乡镇开展全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("介休市", date(2022, 10, 7))}


def test_a_running_total_as_of_a_moment_gives_no_case_rows() -> None:
    text = ("截至10月9日16时，全省3个市6个县报告阳性感染者14例（晋中市榆次区5例、平遥县4例、"
            "吕梁市离石区5例）。")
    assert {c for c, _ in pairs(run(text), "case_report")} <= {None}


def test_new_cases_as_of_a_moment_are_still_cases() -> None:
    # (a notice's own first tally without a breakdown stays a report: test_our_city_is_the_article_city)
    text = "截至10月9日16时，平遥县新增无症状感染者4例。"
    assert pairs(run(text), "case_report") == {("平遥县", date(2022, 10, 9))}


def test_a_positive_person_passing_through_is_not_the_countys_case() -> None:
    text = "10月9日，平遥县收到外地协查通报，1名新冠阳性感染者在我县有活动轨迹，请有接触的人员主动报备。"
    assert pairs(run(text), "case_report") == set()


def test_cases_already_diagnosed_in_a_compound_are_no_new_report() -> None:
    text = "10月9日，平遥县古陶镇某小区已确诊3例病例，即日起对该小区实施封闭管理。"
    assert pairs(run(text), "case_report") == set()
    assert pairs(run(text), "lockdown") == {("平遥县", date(2022, 10, 9))}


def test_a_bracketed_start_of_an_outbreak_dates_no_later_measure() -> None:
    # (10月2日)以来 bounds a period; the closure told after it takes the report's day
    text = ("本报晋中10月9日讯 本轮疫情（10月2日）以来，平遥县累计报告无症状感染者9例。\n"
            "平遥县决定：全县中小学校停止线下教学，改为线上教学。")
    got = pairs(run(text), "school_closure")
    assert ("平遥县", date(2022, 10, 2)) not in got


def test_pupils_deferred_by_a_condition_are_no_school_closure() -> None:
    # a heading naming the pupils a rule covers, then the condition closed by 的 before the rule
    text = ("平遥县中小学10月10日起恢复线下教学。\n三、延迟返校学生范围\n"
            "学生本人或同住家人被判定为密切接触者的，暂缓返校，解除管理后凭阴性证明返校。")
    assert pairs(run(text), "school_closure") == set()


def test_cases_that_all_were_converted_from_another_kind_are_no_new_cases() -> None:
    text = ("10月9日0-24时，山西省新增本土确诊病例2例（晋中市榆次区1例、吕梁市离石区1例），"
            "均为此前已通报的无症状者转为确诊。")
    assert {c for c, _ in pairs(run(text), "case_report")} <= {None}


def test_conversions_counted_apart_leave_the_new_cases() -> None:
    text = "10月9日0-24时，平遥县新增本土确诊病例4例，另有2例原无症状者转为确诊。"
    assert pairs(run(text), "case_report") == {("平遥县", date(2022, 10, 9))}


def test_the_day_before_and_cases_counted_in_zong_are_read() -> None:
    # 宗 counts cases in Hong Kong writing; 前一日 is the day before the article's date
    text = "平遥县10月9日召开发布会。\n前一日平遥县新增2宗确诊病例，均为集中隔离人员。"
    assert pairs(run(text), "case_report") == {("平遥县", date(2022, 10, 8))}


def test_a_screening_run_compound_by_compound_is_one_round_on_its_first_day() -> None:
    text = ("平遥县10月6日、7日先为管控楼院做全员核酸检测；8日为头一批封控楼院做全员核酸检测，"
            "其余封控小区于10日进行全员核酸检测。")
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 6))}


def test_rounds_on_listed_days_without_batches_stay_one_a_day() -> None:
    text = "平遥县于10月6日、7日分别开展了两轮全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 6)), ("平遥县", date(2022, 10, 7))}


def test_online_teaching_named_as_a_need_is_no_closure() -> None:
    text = "10月6日起，为照顾学生线上教学需要，平遥县城区夜间施工一律暂停。"
    assert pairs(run(text), "school_closure") == set()


def test_days_ahead_counted_from_now_are_no_date() -> None:
    text = "本报晋中10月9日讯 平遥县将在未来3日开展两轮区域核酸筛查。"
    assert date(2022, 10, 3) not in {d for _, d in pairs(run(text), "mass_testing")}


def test_a_start_with_days_in_a_row_gives_a_round_a_day() -> None:
    text = "10月8日起，灵石县连续三天开展全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("灵石县", date(2022, 10, d)) for d in (8, 9, 10)}


def test_a_start_of_another_measure_spreads_no_testing_days() -> None:
    text = "经研究决定，自10月8日20时起，灵石县全域实施静态管理，并开展连续2日的全员核酸检测。"
    assert date(2022, 10, 9) not in {d for _, d in pairs(run(text), "mass_testing")}


def test_a_screening_named_without_the_words_nucleic_acid_test_is_a_round() -> None:
    for word in ("全员筛查", "全域核酸", "核酸大筛查"):
        text = f"10月8日，灵石县开展{word}。"
        assert pairs(run(text), "mass_testing") == {("灵石县", date(2022, 10, 8))}, word


def test_a_case_that_was_counted_before_is_no_new_case() -> None:
    text = "10月9日，灵石县新增本土确诊病例1例，为此前报告的无症状感染者。"
    assert pairs(run(text), "case_report") == set()
    text = "10月9日，灵石县新增确诊病例1例（系10月6日通报的无症状感染者）。"
    assert pairs(run(text), "case_report") == set()
    text = "10月9日，灵石县新增确诊病例2例（均为轻型）。"
    assert pairs(run(text), "case_report") == {("灵石县", date(2022, 10, 9))}


def test_a_numbered_round_of_a_sealed_areas_residents_is_still_no_county_round() -> None:
    text = "10月9日，平遥县对封控区居民开展第三轮核酸检测。"
    assert pairs(run(text), "mass_testing") == set()


def test_the_movements_of_a_case_told_before_are_no_case_report() -> None:
    text = "10月9日，祁县发布协查通告，介休市1名确诊病例曾于10月5日到祁县某超市购物。"
    assert pairs(run(text), "case_report") == set()
