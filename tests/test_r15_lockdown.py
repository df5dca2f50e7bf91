"""Lockdown rows of round 15: notices that list sealed zones by numbered items, and outing
bans whose exceptions are told in a bracketed aside.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_r12_lockdowns import dated
from test_events_real_patterns import run


def test_an_outing_ban_keeps_its_row_when_a_bracketed_aside_names_its_exception() -> None:
    # the 的 closing the aside's own condition does not make the ban a rule of whoever meets it
    text = ("经县指挥部研究，定于2022年10月5日8时起，对平遥县古陶镇部分区域实行临时管控。"
            "居民除特殊情况外一律不得外出（确有就医需要的，可联系所在村委），外来车辆不得进入。")
    assert dated(run(text), "lockdown") == {("平遥县", date(2022, 10, 5))}
    # a condition closed by 的 in the clause itself still names whom a rule is for
    text = ("10月5日起，平遥县古陶镇实行临时管控。"
            "对拒不配合、一律不得外出的，依法处理。")
    assert dated(run(text), "lockdown") == set()
