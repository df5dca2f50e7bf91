"""Lockdowns and testing as (county, date) pairs, round 19: the day a measure takes when its
places come from a list read before it and its date from the sentences around it.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_r12_lockdowns import dated
from test_events_real_patterns import run

from etl.extract.model import DateContext

UNDATED = DateContext(None, "unknown")

# ------------------- a zone list, a tally's as-of moment, then the zones' regimen ---

_LIST = ("晋中市应对疫情工作指挥部\n关于调整部分地区风险等级的公告\n"
         "综合研判后，决定从2022年10月5日起调整风险等级，新增高风险区三处。清单如下：\n"
         "1.祁县城关镇东关村；\n2.平遥县古陶镇南门小区；\n3.介休市某某花园5号楼。\n")


def test_a_listed_zone_takes_the_day_it_was_listed_not_a_later_tally_moment() -> None:
    """The count of all zones as of an hour, told between the list and the zones' regimen,
    is when figures were counted: the regimen of the listed zones holds from the list's day."""
    text = _LIST + "截至2022年10月5日20:00，晋中市累计划定高风险区11个。上述高风险区居民一律足不出户，由专人配送物资。"
    assert dated(run(text, UNDATED), "lockdown") == {
        ("祁县", date(2022, 10, 5)), ("平遥县", date(2022, 10, 5)), ("介休市", date(2022, 10, 5))}


def test_a_list_begun_after_the_tally_moment_takes_no_earlier_day() -> None:
    """A list under the tally itself (截至…共有高风险区3个：1.甲…) gives its zones no day they began:
    neither the tally's moment nor a day told before it."""
    text = ("10月1日，晋中市召开疫情防控会议。\n"
            "截至2022年10月5日20:00，晋中市共有高风险区3个：\n"
            "1.祁县城关镇东关村；\n2.平遥县古陶镇南门小区；\n3.介休市某某花园5号楼。\n"
            "上述高风险区居民一律足不出户，由专人配送物资。")
    assert dated(run(text, UNDATED), "lockdown") == set()
