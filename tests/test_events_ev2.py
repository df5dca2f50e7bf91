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
