"""A series of rounds announced over a range of days (定于5月3日至9日…开展三轮) begins on the range's
first day, while a series told as done over a range (自…至…已进行了五轮) dates no round (issue 12,
round 11: announced against done rounds). Invented wording, names and dates.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.model import DateContext

MAY09 = DateContext(date(2022, 5, 9), "exact")


def test_a_series_announced_over_a_range_starts_on_its_first_day() -> None:
    text = "晋中市定于5月3日至9日分批对介休市、灵石县开展三轮全员核酸检测。"
    assert pairs(run(text, MAY09), "mass_testing") == {("介休市", date(2022, 5, 3)), ("灵石县", date(2022, 5, 3))}
    # done over a range: rounds on days the text does not tell
    assert pairs(run("自4月20日至5月4日，介休市已进行了五轮全员核酸检测。", MAY09), "mass_testing") == set()
