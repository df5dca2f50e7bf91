"""Which testing sentences report a round and which round each trigger is (issue 12, round 7).

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

# ------------------------------------------------------------ scenes at a site -------------


def test_a_scene_at_one_sampling_site_is_no_round() -> None:
    # photo captions and reporters' visits stand at one site: a moment, not a round
    text = "10月9日清晨，在介休市北关社区临时核酸检测点，几位老人排队接受核酸采样。王小明 摄"
    assert pairs(run(text), "mass_testing") == set()
    text = "10月9日上午，记者在祁县东街一处核酸采样点看到，居民们间隔一米有序进行核酸检测。"
    assert pairs(run(text), "mass_testing") == set()


def test_a_site_named_beside_a_whole_area_or_a_count_is_still_a_round() -> None:
    text = "10月9日，在各核酸采样点，祁县全县居民有序进行核酸检测。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 9))}
    text = "10月9日，在城区32个核酸采样点，介休市共完成核酸采样8.6万人。"
    assert pairs(run(text), "mass_testing") == {("介休市", date(2022, 10, 9))}
    # a round word (全员) is a round wherever it is done
    text = "10月9日，在村委会门前的采样点，灵石县开展全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("灵石县", date(2022, 10, 9))}
    # many sites, or a verb that organises a round, make the sites those of a round
    text = "10月9日，平遥县在城关各核酸采样点开展核酸检测。"
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 9))}
    text = "10月9日，在古陶镇的核酸采样点，平遥县启动核酸检测。"
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 9))}


def test_counties_sending_help_to_a_round_do_not_hold_it() -> None:
    text = "10月9日，离石区启动全员核酸检测，介休市、灵石县也抽调医护人员，支援这一轮核酸采样。"
    assert pairs(run(text), "mass_testing") == {("离石区", date(2022, 10, 9))}
    # the place helped, named after the support verb, keeps its round
    text = "10月9日，祁县派出80名医务人员支援平遥县全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 9))}


def test_testing_listed_among_response_tasks_is_no_round() -> None:
    text = "10月9日，灵石县启动应急预案，迅速采取了人员排查、核酸检测、环境消杀等措施。"
    assert pairs(run(text), "mass_testing") == set()
    text = "10月9日，离石区随即开展流调排查、核酸检测、物资保障等工作。"
    assert pairs(run(text), "mass_testing") == set()
    # a round word keeps its round inside such a list
    text = "10月9日，离石区随即开展流调排查、全员核酸检测、物资保障等工作。"
    assert pairs(run(text), "mass_testing") == {("离石区", date(2022, 10, 9))}


# ------------------------------------------------------- the round of each trigger -------------


def test_each_numbered_sampling_time_of_one_sentence_is_its_own_round() -> None:
    # the round number of a trigger is the one of its own clause, not the sentence's first
    text = "离石区安排两轮区域筛查，第一次采样时间为10月10日上午，第二次采样时间为10月11日上午。"
    assert pairs(run(text), "mass_testing") == {("离石区", date(2022, 10, 10)), ("离石区", date(2022, 10, 11))}
    text = "平遥县开展两轮核酸检测，第一轮采样时间为10月10日，第二轮采样时间为10月11日。"
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 10)), ("平遥县", date(2022, 10, 11))}


# ------------------------------------------------------------------ quantities -------------


def test_a_count_of_ten_thousands_with_yu_before_wan_is_a_tally() -> None:
    # 余/多 stands before 万 as often as after it (30余万人 = 30多万人 = 30万余人)
    text = "10月9日，介休市在一天内完成30余万人采样。"
    got = [e for e in run(text) if e.type == "mass_testing"]
    assert [(e.county.name if e.county else None, e.start, e.people) for e in got] == \
        [("介休市", date(2022, 10, 9), 300000)]
    text = "10月9日，灵石县共采样12多万人，结果均为阴性。"
    got = [e for e in run(text) if e.type == "mass_testing"]
    assert [(e.start, e.people) for e in got] == [(date(2022, 10, 9), 120000)]


# ------------------------------------------------------------- where a finding is -------------


def test_a_case_found_in_a_search_belongs_to_the_searcher_not_the_travellers_origin() -> None:
    text = "10月9日，介休市在对离石区来介人员的排查中，发现1名核酸检测阳性人员。"
    assert pairs(run(text), "case_report") == {("介休市", date(2022, 10, 9))}
    text = "10月9日，灵石县在对榆次区返乡人员例行核酸检测时检出2例无症状感染者。"
    assert pairs(run(text), "case_report") == {("灵石县", date(2022, 10, 9))}
    # no searcher written before the frame: the place inside it is all the sentence gives
    text = "10月9日，在对离石区返乡人员的排查中发现2例无症状感染者。"
    assert pairs(run(text), "case_report") == {("离石区", date(2022, 10, 9))}


def test_a_measure_word_naming_the_tested_area_does_not_cut_a_list_of_days() -> None:
    # 封控小区 says whom the round tests; the days listed before it are each a day of the round
    text = "介休市于10月8日、9日开展封控小区全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("介休市", date(2022, 10, 8)), ("介休市", date(2022, 10, 9))}
    # a measure of its own between the date and the round keeps the date to itself
    text = "自10月8日起，介休市实施静态管理，开展连续2日的全员核酸检测。"
    assert pairs(run(text), "mass_testing") <= {("介休市", date(2022, 10, 8))}


def test_a_later_report_without_a_place_keeps_the_citys_scope() -> None:
    # a city bulletin: the unplaced later count is the city's, not the county named between
    text = ("晋中市疫情通报\n10月9日，全市另报告本土确诊病例3例。\n10月8日起，榆次区在两个街道做核酸筛查。\n"
            "10月9日，另报告入境人员无症状感染者1例，已由专车送往隔离酒店。")
    assert {(c, d) for c, d in pairs(run(text), "case_report")} == {(None, date(2022, 10, 9))}
