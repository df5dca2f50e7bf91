"""Case reports, round 12: which wordings of a positive found count as a case report.

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_case_lists import cases


def test_first_screening_positives_counted_as_found_are_a_case_and_others_a_state() -> None:
    # a finding word and a count right before 初筛: people found, as a bulletin counts them
    d = date(2022, 9, 7)
    assert cases("9月7日，灵石县对重点人员开展检测时发现3例初筛阳性，已转运隔离。") == {("灵石县", d)}
    assert cases("9月7日，祁县在例行检测中检出1例初筛阳性人员，当即启动应急处置。") == {("祁县", d)}
    # the count after the word, or a person described before it: still no case
    assert cases("9月7日，灵石县在封控区内初筛阳性6例，正在复核。") == set()
    assert cases("9月7日，祁县通报，1名返乡货车司机核酸检测初筛阳性。") == set()


def test_a_recheck_of_one_person_told_before_is_a_case_on_the_rechecks_day() -> None:
    # the first result of one counted person, then a recheck with no count of its own
    text = ("10月3日，一名外省返乡人员在介休市医院就诊时检测结果异常。10月4日经市疾控复核阳性，"
            "随后被诊断为无症状感染者。")
    assert cases(text) == {("介休市", date(2022, 10, 4))}
    text = "10月3日，祁县1名货车司机核酸检测结果异常，10月4日，该司机复核阳性，所住小区随即封控。"
    assert cases(text) == {("祁县", date(2022, 10, 4))}
    # a recheck with no one counted before it: cases named, counted nowhere, no row of a day
    assert cases("10月4日经市疾控复核阳性，随后被诊断为无症状感染者。") == set()


def test_one_person_written_without_a_measure_word_counts_one_case() -> None:
    # 1居民 / 一村民: one person counted as 1名居民 would be, before a positive result
    d = date(2022, 10, 6)
    assert cases("10月6日，灵石县指挥部通报，静升镇1居民的样本复查结果呈新冠病毒阳性。") == {("灵石县", d)}
    assert cases("10月6日，介休市在例行检测中发现义安镇一村民核酸检测结果呈阳性。") == {("介休市", d)}
