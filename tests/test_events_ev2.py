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
