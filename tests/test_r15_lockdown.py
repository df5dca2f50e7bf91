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
            "村民除看病等急事外均不得外出（确有就医需要的，可联系所在村委），外来车辆不得进入。")
    assert dated(run(text), "lockdown") == {("平遥县", date(2022, 10, 5))}
    # a condition closed by 的 in the clause itself still names whom a rule is for
    text = ("10月5日起，平遥县古陶镇实行临时管控。"
            "对拒不配合、一律不得外出的，依法处理。")
    assert dated(run(text), "lockdown") == set()


ZONES = ("经研究决定，自2022年10月3日0时起，新增中高风险区域如下："
         "一、高风险区1.平遥县东关小区2.平遥县南街3号3.城西路88号4.祁县西大街5.灵石县北关村"
         "二、中风险区1.平遥县西关菜市场2.介休市顺城路"
         "高风险区内一律“足不出户、送货上门”，中风险区内“人员不出小区”。")


def test_a_high_risk_heading_over_numbered_items_gives_each_county_listed_a_row() -> None:
    # a web page's lines run together: each county opening an item under the high-risk heading
    # is sealed from the notice's day, up to the heading of the lower zone
    assert dated(run(ZONES), "lockdown") == {("平遥县", date(2022, 10, 3)), ("祁县", date(2022, 10, 3)),
                                             ("灵石县", date(2022, 10, 3))}


def test_the_regimen_of_listed_sealed_zones_takes_their_counties() -> None:
    # the stay-home rule after the lists is the high-risk zones' regimen: not a county of the
    # lower zone the text named last
    assert "介休市" not in {c for c, _ in dated(run(ZONES), "lockdown")}
    # with no list designated before, the rule keeps the place of its own sentence
    text = "10月3日起，灵石县北关村划为高风险区，高风险区内一律“足不出户、送货上门”。"
    assert dated(run(text), "lockdown") == {("灵石县", date(2022, 10, 3))}
