"""A later part of a testing round (issue 12, round 14, second pass): the rest of a round's area
taken on a day or so later, or the wrap-up of a round, is that round going on, not a round of
its own.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run


def test_the_rest_of_a_rounds_area_a_day_later_is_that_round() -> None:
    text = ("祁县于7月4日8时起，先对城北和城东两片区居民进行核酸检测。"
            "次日，即7月5日8时起，再对县内其余各乡镇的居民进行核酸检测。")
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 7, 4))}


def test_the_wrap_up_of_a_round_is_no_round() -> None:
    text = ("祁县、平遥两县的全员采样做到第三天，今天17时前已有三十万人拿到结果。"
            "两县将于明天起进行采样扫尾，为漏采人员补采。")
    got = pairs(run(text), "mass_testing")
    assert not {p for p in got if p[1] == date(2022, 10, 13)}, got
