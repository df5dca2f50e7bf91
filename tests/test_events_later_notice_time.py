"""A round whose time is left to the local notices (具体采样时间以各社区通知为准) takes no day of
the sentence before it: its day is another notice's, as with 时间另行通知 (issue 12, round 11).
Invented wording, names and dates.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.model import DateContext

MAY13 = DateContext(date(2022, 5, 13), "exact")


def test_a_time_left_to_local_notices_dates_no_round() -> None:
    text = ("介休市定于5月14日在城区开展全员核酸检测。\n"
            "5月15日8:00—12:00为补采时段。具体核酸采样时间以各社区通知为准。")
    assert pairs(run(text, MAY13), "mass_testing") == {("介休市", date(2022, 5, 14))}
