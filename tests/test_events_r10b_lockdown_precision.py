"""Lockdown precision: states already in force and the regimens of lower zones (issue 12,
round 10, second pass).

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run


def test_a_closure_told_as_already_in_force_takes_no_day_from_a_caption() -> None:
    # a photo caption gives a day and a place; the next sentence says the closure is already
    # in force: its start is not told
    text = "2021年6月3日，平遥县古陶镇南关社区一处路口。该社区全部楼院已实行封闭管理。资料图"
    assert pairs(run(text), "lockdown") == {("平遥县", None)}
    # a closure imposed from a day of its own keeps that day
    text = "2021年6月3日起，平遥县古陶镇南关社区全部楼院实行封闭管理。"
    assert pairs(run(text), "lockdown") == {("平遥县", date(2021, 6, 3))}


def test_the_regimen_of_a_control_zone_is_no_lockdown() -> None:
    # 管控区 and 防范区 rules are below a lockdown even when they use a closure word
    text = ("4月9日起，平遥县古陶镇南关社区调整为管控区。\n"
            "管控区实行封闭管理，人不出区、严禁聚集；防范区实行封闭式管理，严格限制人员聚集。")
    assert {d for _c, d in pairs(run(text), "lockdown")} <= {None}
    # a high-risk area sealed in the same notice is still a lockdown
    text = ("4月9日起，平遥县古陶镇南关社区1号楼调整为封控区，实行足不出户、上门服务；"
            "管控区实行封闭管理，人不出区。")
    assert pairs(run(text), "lockdown") == {("平遥县", date(2022, 4, 9))}
