"""Lockdown and testing rows of round 16, second pass: requests to the reader, …

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run


def test_a_clause_opening_with_a_request_asks_the_reader_to_get_tested() -> None:
    # 请 first in a clause addresses whoever the clause names: a duty, no round of the day
    text = ("经流调，祁县一名确诊病例曾于10月3日下午到过东关菜市场，"
            "请同一时段到过该市场的人员及时报备，尽快到就近采样点进行核酸检测。")
    assert pairs(run(text), "mass_testing") == set()
    text = "请到过平遥县东关村的来访人员主动报备，按要求进行核酸检测。"
    assert pairs(run(text), "mass_testing") == set()
    # the notice's own round, told by its day after the request, keeps its row
    text = "请祁县全体居民于10月5日参加全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 5))}
    # a round told by the county itself, no request in the sentence
    text = "10月5日，祁县开展全员核酸检测，请居民带好身份证。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 5))}
