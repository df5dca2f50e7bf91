"""Mass testing, case reports and school closures in wordings seen on unseen real text (issue 12).

Each test shows one mechanism with invented wording, names and dates; none of the texts
comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import ED, pairs, run

from etl.extract.dates import document_context

# ------------------------------------------------------------ mass testing -----------


def test_screening_that_found_the_cases_is_no_round() -> None:
    text = "9月21日，平遥县报告无症状感染者3例，系对集中隔离者做核酸检测时筛查发现。"
    assert pairs(run(text), "mass_testing") == set()
    text = "9月22日，灵石县报告确诊病例1例，系在隔离期的一次核酸检测筛查中发现。"
    assert pairs(run(text), "mass_testing") == set()


def test_a_testing_service_or_support_task_is_no_round() -> None:
    assert pairs(run("10月5日，医护人员为祁县行动不便的老人提供上门核酸采样服务。"), "mass_testing") == set()
    assert pairs(run("10月6日，完成了核酸检测保障任务的平遥县志愿者回到家中。"), "mass_testing") == set()



def test_rules_of_designated_areas_are_no_round() -> None:
    text = "9月25日起，将平遥县古陶镇南巷列为中风险区。管控措施：人员不离开本区，居民按通知到采样点做核酸检测。"
    assert pairs(run(text), "mass_testing") == set()


def test_people_already_tested_are_no_round() -> None:
    text = "9月28日已经做过核酸检测的灵石县北城居民，这次不用参加采样。"
    assert pairs(run(text), "mass_testing") == set()


def test_the_duty_of_travellers_is_no_round() -> None:
    text = "10月4日以来，有平遥县旅居史的返乡人员请立即报备，严格落实核酸检测、居家健康监测等措施。"
    assert pairs(run(text), "mass_testing") == set()


def test_sampling_in_other_words() -> None:
    assert pairs(run("10月11日，祁县城区居民正在进行核酸采集。"), "mass_testing") == {("祁县", date(2022, 10, 11))}


def test_the_day_in_the_body_wins_over_the_signature() -> None:
    text = ("关于开展第二轮全员核酸检测的通告\n为保障群众健康，决定在平遥县范围内开展第二轮全员核酸检测。\n"
            "一、检测时间\n2022年10月14日6:00-12:00，各采样点开放核酸采样。\n平遥县疫情防控指挥部\n2022年10月13日")
    ctx = document_context(text, ED)
    assert ctx.signed
    assert pairs(run(text, ctx), "mass_testing") == {("平遥县", date(2022, 10, 14))}



def test_the_counties_a_round_covers_listed_after_it() -> None:
    text = "10月10日，晋中市在重点地区开展全人群筛查，本次筛查覆盖平遥县全域，灵石县城区；祁县部分乡镇。"
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 10)), ("灵石县", date(2022, 10, 10)),
                                                ("祁县", date(2022, 10, 10))}


def test_people_exempt_from_a_round_give_no_round() -> None:
    text = "10月9日至10日期间接种过疫苗者，不参加此次区域核酸检测。"
    assert pairs(run(text), "mass_testing") == set()


def test_people_urged_to_a_round_give_no_round() -> None:
    text = "9月26日，平遥县教育局发文，督促全体教师按居住地安排按时参加区域核酸检测。"
    assert pairs(run(text), "mass_testing") == set()


def test_testing_of_a_school_is_no_round_of_its_county() -> None:
    text = "9月27日，介休市安排对全市30所小学的6000余名师生做全员核酸检测。"
    assert pairs(run(text), "mass_testing") == set()



def test_a_numbered_round_told_again_keeps_its_first_date() -> None:
    text = "9月18日，介休市已做完第二轮全员核酸检测采样。\n9月19日，记者了解到，第二轮全员核酸检测的样本将当天送检。"
    assert pairs(run(text), "mass_testing") == {("介休市", date(2022, 9, 18))}



def test_one_persons_test_is_no_round() -> None:
    assert pairs(run("10月5日，患者李某到平遥县人民医院进行核酸检测。"), "mass_testing") == set()
    assert pairs(run("10月6日，该人员在祁县采样点进行核酸采样。"), "mass_testing") == set()
    assert pairs(run("10月5日，平遥县对密切接触者进行核酸检测。"), "mass_testing") == set()


def test_a_bare_test_with_a_negative_result_stays_no_round() -> None:
    assert pairs(run("10月5日，他在平遥县人民医院进行核酸检测，结果为阴性。"), "mass_testing") == set()


def test_weekly_testing_meetings_and_preparations_are_no_round() -> None:
    assert pairs(run("10月6日起，灵石县居民每周开展一次核酸检测。"), "mass_testing") == set()
    assert pairs(run("10月8日，平遥县召开疫情防控会议，部署核酸检测工作。"), "mass_testing") == set()
    assert pairs(run("10月8日，平遥县要求各乡镇做好全员核酸检测准备工作。"), "mass_testing") == set()



def test_a_list_of_days_gives_a_round_on_each() -> None:
    text = "平遥县于10月5日、7日分别开展了两轮全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 5)), ("平遥县", date(2022, 10, 7))}
    text = "灵石县分别于10月3日和10月6日开展了两轮全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("灵石县", date(2022, 10, 3)), ("灵石县", date(2022, 10, 6))}



def test_the_day_a_notice_was_issued_yields_to_the_day_of_the_round() -> None:
    text = "10月6日，晋中市下辖的平遥县、灵石县等地发布通告，启动全员核酸检测。\n灵石县定于10月7日开展全员核酸检测。"
    got = pairs(run(text), "mass_testing")
    assert ("灵石县", date(2022, 10, 7)) in got and ("灵石县", date(2022, 10, 6)) not in got
    assert ("平遥县", date(2022, 10, 6)) in got  # no later day told: the notice's day stands



def test_door_to_door_sampling_in_a_sealed_area_is_no_round() -> None:
    assert pairs(run("10月5日，平遥县封控区内实行足不出户、上门核酸采样。"), "mass_testing") == set()


def test_several_rounds_without_days_in_a_signed_notice_give_no_round() -> None:
    text = "关于实行静态管理的通告\n经研究，全县实行静态管理，期间开展多轮全员核酸检测。\n平遥县疫情防控指挥部\n2022年10月4日"
    ctx = document_context(text, ED)
    assert ctx.signed
    assert pairs(run(text, ctx), "mass_testing") == set()



def test_the_result_of_a_round_done_on_its_day_keeps_the_round() -> None:
    text = "平遥县于9月15日组织的全员核酸检测结果全部为阴性。"
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 9, 15))}
    assert pairs(run("9月15日，平遥县全员核酸检测结果全部为阴性。"), "mass_testing") == set()


def test_the_day_a_plan_sets_for_finishing_is_no_new_round() -> None:
    text = "10月5日8时起，平遥县开展全员核酸检测。平遥县计划于10月6日18时完成本轮全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 5))}
    text = "10月5日起，灵石县开展全员核酸检测，预计10月7日前完成。"
    assert pairs(run(text), "mass_testing") == {("灵石县", date(2022, 10, 5))}


def test_a_running_count_of_rounds_is_no_round_of_that_day() -> None:
    text = "截至10月9日18时，平遥县已经完成六轮全员核酸检测，累计采样52万人次。"
    assert pairs(run(text), "mass_testing") == set()
    text = "截至10月9日，灵石县共开展了3轮核酸检测。"
    assert pairs(run(text), "mass_testing") == set()


def test_residents_asked_to_cooperate_is_no_round() -> None:
    text = "关于加强疫情防控的通告\n三、平遥县全体居民主动配合，按时到指定地点进行核酸检测，做到应检尽检。"
    assert pairs(run(text), "mass_testing") == set()


def test_a_checkpoint_test_or_a_sealed_areas_testing_is_no_county_round() -> None:
    text = "10月4日：16:05在祁县东高速口下高速，在防疫监测点进行核酸采样。"
    assert pairs(run(text), "mass_testing") == set()
    text = "10月4日，将平遥县古陶镇东街划定为封控区，已安排对封控区全体居民进行核酸检测。"
    assert pairs(run(text), "mass_testing") == set()


# ------------------------------------------------------------ case reports -----------


def test_cases_as_the_backdrop_are_no_report() -> None:
    text = "10月7日，专家认为，介休市确诊病例传播链清晰，涉及范围有限。"
    assert pairs(run(text), "case_report") == set()
    text = "自10月8日零时起，对确诊病例所居住的平遥县古陶镇3号楼实行封闭管理。"
    assert pairs(run(text), "case_report") == set()


def test_no_cases_found_is_no_report() -> None:
    text = "10月6日，灵石县完成新一轮核酸检测，结果全部为阴性，实现阳性人员零检出。"
    assert pairs(run(text), "case_report") == set()


def test_a_running_total_to_date_is_no_report_of_the_day() -> None:
    text = "10月9日通报：截至目前，祁县共确诊3例，均为外地输入。"
    assert pairs(run(text), "case_report") == set()
    text = "10月9日，所有已发现的确诊病例均已转运至定点医院治疗。"
    assert pairs(run(text), "case_report") == set()
    assert pairs(run("10月9日，祁县新增确诊病例3例。"), "case_report") == {("祁县", date(2022, 10, 9))}


def test_testing_of_key_groups_is_no_round() -> None:
    assert pairs(run("9月24日起，平遥县对重点行业人员做了全员核酸检测。"), "mass_testing") == set()
    assert pairs(run("10月5日，祁县对集中隔离人员进行核酸检测。"), "mass_testing") == set()


def test_a_testing_regimen_inside_a_sealed_area_is_no_round() -> None:
    text = "10月6日起，对平遥县古陶镇东街实行封控管理，足不出户，前5天每天开展一次核酸检测。"
    got = run(text)
    assert pairs(got, "mass_testing") == set()
    assert pairs(got, "lockdown") == {("平遥县", date(2022, 10, 6))}


def test_a_dated_round_with_negative_results_is_a_round() -> None:
    text = "灵石县于10月3日至4日完成了全员核酸检测，结果全部为阴性。"
    assert pairs(run(text), "mass_testing") == {("灵石县", date(2022, 10, 3))}
    assert pairs(run("平遥县古陶镇南巷全部人员检测结果均为阴性，9月30日起解除封控。"), "mass_testing") == set()


def test_fewer_rounds_than_days_is_a_series_without_days() -> None:
    text = "自9月20日至10月4日，介休市已进行了五轮全员核酸检测。"
    assert pairs(run(text), "mass_testing") == set()
    # as many rounds as days: one round a day (the annotated sets' daily-round rule, set F)
    assert pairs(run("10月2日至4日，祁县开展了三轮核酸检测。"), "mass_testing") == {
        ("祁县", date(2022, 10, 2)), ("祁县", date(2022, 10, 3)), ("祁县", date(2022, 10, 4))}


def test_progress_read_before_its_round_is_no_new_round() -> None:
    text = "截至10月7日24时，榆次区第一轮全员核酸共采样40万人。\n10月5日，榆次区启动全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("榆次区", date(2022, 10, 5))}
    text = "截至10月7日24时，榆次区第一轮全员核酸共采样40万人。"
    assert pairs(run(text), "mass_testing") == {("榆次区", date(2022, 10, 7))}  # no round told: the figure dates it


def test_testing_of_the_whole_population_in_other_words() -> None:
    assert pairs(run("10月8日，介休市开展全人群筛查。"), "mass_testing") == {("介休市", date(2022, 10, 8))}


def test_an_appeal_to_take_part_is_no_round() -> None:
    text = "10月8日，灵石县发布疫情通报。\n希望广大群众积极参加全员核酸检测，做好个人防护。"
    assert pairs(run(text), "mass_testing") == set()


def test_a_done_round_takes_no_date_written_after_its_clause() -> None:
    text = "全县居民：我县组织进行了全员核酸检测，现通告如下：1.自10月9日0时起，平遥县实行封闭管理。"
    assert pairs(run(text), "mass_testing") == set()



def test_coordinated_case_words_share_the_reference_after_them() -> None:
    text = "10月7日，专家认为，确诊病例和无症状感染者活动轨迹集中在介休市城区。"
    assert pairs(run(text), "case_report") == set()


def test_cases_in_a_time_clause_are_the_backdrop() -> None:
    text = "介休市自10月2日发现确诊病例以来，已开展三轮全员核酸检测。"
    assert pairs(run(text), "case_report") == set()
    text = "自10月2日介休市出现确诊病例后，全市暂停堂食。"
    assert pairs(run(text), "case_report") == set()
    text = "10月2日，介休市一名居民确诊后，其所在小区实行封闭管理。"
    assert pairs(run(text), "case_report") == {("介休市", date(2022, 10, 2))}


def test_cases_since_the_outbreak_or_every_day_are_no_report_of_a_day() -> None:
    text = "10月9日，本轮疫情发生以来，平遥县古陶镇出现了6例阳性病例。"
    assert pairs(run(text), "case_report") == set()
    text = "10月9日，疫情持续，灵石县每日均有新增确诊病例。"
    assert pairs(run(text), "case_report") == set()


def test_the_start_of_the_measure_cases_caused_is_not_their_day() -> None:
    text = "因祁县发现一例无症状感染者，县指挥部发布通告，自10月11日起，划定封控区。"
    assert ("祁县", date(2022, 10, 11)) not in pairs(run(text), "case_report")



def test_cases_in_a_state_are_no_new_cases() -> None:
    assert pairs(run("10月6日，平遥县治愈出院确诊病例2例。"), "case_report") == set()
    assert pairs(run("10月6日，平遥县现有确诊病例5例，均在定点医院治疗。"), "case_report") == set()
    assert pairs(run("9月26日，当日解除隔离的无症状感染者有9例。"), "case_report") == set()


def test_a_clause_of_only_the_place_after_a_count() -> None:
    text = "10月6日0—24时，山西省无新增确诊病例；新增无症状感染者1例，在吕梁市离石区。"
    assert pairs(run(text), "case_report") == {("离石区", date(2022, 10, 6))}



def test_people_and_moves_tied_to_cases_are_no_report() -> None:
    assert pairs(run("10月5日，灵石县一名确诊病例的家属也被隔离。"), "case_report") == set()
    assert pairs(run("10月5日，平遥县阳性感染者已转运至定点医院隔离治疗。"), "case_report") == set()


def test_a_list_of_counts_names_chains_and_unknown_areas() -> None:
    text = ("10月6日0至24时，山西省新增本土无症状感染者30例，其中，晋中市平遥县12例、工业园区2例、"
            "晋州灵石县9例，吕梁市离石区7例。")
    got = {(e.county.name, e.count) for e in run(text) if e.type == "case_report" and e.county}
    assert {("平遥县", 12), ("灵石县", 9), ("离石区", 7)} <= got


def test_new_cases_leaving_care_are_no_new_cases() -> None:
    text = "9月26日0至24时，全省新增治愈出院确诊病例4例，其中，平遥县1例、灵石县3例。"
    assert pairs(run(text), "case_report") == set()
    text = "9月26日，全省新增无症状感染者解除医学观察6例，其中，祁县6例。"
    assert pairs(run(text), "case_report") == set()


def test_a_heading_over_the_cases_details_is_no_report() -> None:
    text = "10月6日0至24时，晋中市新增无症状感染者3例，均在平遥县。\n新增无症状感染者情况\n病例8，居住于平遥县古陶镇。"
    assert pairs(run(text), "case_report") == {("平遥县", date(2022, 10, 6))}
    text = "10月7日，灵石县公布新增确诊病例情况。"
    assert pairs(run(text), "case_report") == set()


def test_one_persons_diagnosis_or_a_first_screening_is_no_count() -> None:
    text = "病例5于9月23日回到灵石县，9月24日经省级专家会诊，诊断为确诊病例（普通型）。"
    assert pairs(run(text), "case_report") == set()
    text = "10月5日，在例行抽检中，祁县一中混检初筛发现阳性病例，目前来源不明。"
    assert pairs(run(text), "case_report") == set()
    text = "10月5日，祁县在筛查中检出1例阳性，经诊断为无症状感染者。"
    assert pairs(run(text), "case_report") == {("祁县", date(2022, 10, 5))}


# ---------------------------------------------------------- school closures -----------


def test_pupils_kept_from_entering_school() -> None:
    text = "10月3日，祁县教育局通知全县中小学师生10月4日暂缓入校。"
    assert pairs(run(text), "school_closure") == {("祁县", date(2022, 10, 4))}


def test_a_closure_told_again_continues_the_first() -> None:
    text = "10月3日起，平遥县中小学转为线上教学。\n10月10日起，平遥县继续实行线上教学，灵石县中小学停课。"
    assert pairs(run(text), "school_closure") == {("平遥县", date(2022, 10, 3)), ("灵石县", date(2022, 10, 10))}



def test_the_end_of_a_school_measure_is_no_closure() -> None:
    assert pairs(run("10月9日，平遥县中小学结束线上教学，恢复到校上课。"), "school_closure") == set()
    assert pairs(run("10月9日起，平遥县中小学恢复线下教学，结束居家学习。"), "school_closure") == set()


def test_a_meeting_deploying_closures_is_no_closure() -> None:
    text = "10月8日，平遥县召开会议，研究部署全员核酸检测和学校停课等工作。"
    assert pairs(run(text), "school_closure") == set()


def test_kindergartens_closed_and_pupils_kept_home_in_other_words() -> None:
    assert pairs(run("10月8日起，平遥县幼儿园停园。"), "school_closure") == {("平遥县", date(2022, 10, 8))}
    assert pairs(run("10月8日起，灵石县中小学生暂不返校。"), "school_closure") == {("灵石县", date(2022, 10, 8))}


def test_an_undated_school_closure_starts_on_the_day_of_the_text() -> None:
    text = "平遥县教育局关于推迟开学的通知\n经研究决定，平遥县中小学延期开学，具体开学时间另行通知。"
    assert pairs(run(text), "school_closure") == {("平遥县", date(2022, 10, 12))}


def test_a_delayed_opening_yields_to_the_online_teaching_day_the_notice_gives() -> None:
    text = ("平遥县教育局关于秋季学期延期开学的通知\n一、平遥县中小学秋季学期延期开学，开学时间另行通知。\n"
            "二、平遥县中小学自10月15日起开展线上教学，学生居家学习。")
    dated = {p for p in pairs(run(text), "school_closure") if p[1] is not None}
    assert dated == {("平遥县", date(2022, 10, 15))}


def test_places_a_list_word_introduces_after_the_closure_each_close() -> None:
    text = "10月8日起，暂停线下教学的区域包括平遥县(古陶镇除外)、灵石县、祁县。"
    assert pairs(run(text), "school_closure") == {("平遥县", date(2022, 10, 8)), ("灵石县", date(2022, 10, 8)),
                                                   ("祁县", date(2022, 10, 8))}
