"""Mass testing, case reports and school closures in wordings seen on unseen real text (issue 12).

Each test shows one mechanism with invented wording, names and dates; none of the texts
comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import ED, pairs, run

# ------------------------------------------------------------ mass testing -----------


def test_screening_that_found_the_cases_is_no_round() -> None:
    text = "10月3日，平遥县新增无症状感染者4例，均为对集中隔离人员进行核酸检测筛查发现。"
    assert pairs(run(text), "mass_testing") == set()
    text = "10月4日，灵石县新增确诊病例2例，均在隔离期间核酸检测筛查中发现。"
    assert pairs(run(text), "mass_testing") == set()


def test_a_testing_service_or_support_task_is_no_round() -> None:
    assert pairs(run("10月5日，医护人员为祁县行动不便的老人提供上门核酸采样服务。"), "mass_testing") == set()
    assert pairs(run("10月6日，完成了核酸检测保障任务的平遥县志愿者回到家中。"), "mass_testing") == set()


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
