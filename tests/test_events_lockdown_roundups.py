"""Lockdown rows of roundups, liftings and notices on real text (issue 12, set L patterns).

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run


def _rows(text: str) -> set[tuple[str | None, date | None, str | None]]:
    return {(e.county.name if e.county else None, e.start, e.place.name if e.place else None)
            for e in run(text) if e.type == "lockdown"}


# ------------------------------------------------- a roundup of places under one measure ---


def test_counties_and_cities_listed_side_by_side_each_get_a_row() -> None:
    # a list that mixes counties with a prefecture city: every member is a place of the measure
    text = ("10月11日，多家媒体梳理了近期情况。\n"
            "据梳理，晋中市平遥县、吕梁市、晋中市灵石县等地，都先后采取了不同形式的封控措施。")
    got = _rows(text)
    assert {c for c, _, _ in got} == {"平遥县", "灵石县", None}
    assert ("吕梁市" in {p for _, _, p in got})


def test_a_roundup_since_a_month_began_takes_no_day() -> None:
    # 进入10月以来: the measures of the list happened over a period, on no day the text gives
    text = ("10月11日，介休市宣布当天起全域实行静态管理。\n"
            "进入10月以来，平遥县、灵石县、祁县等地，都先后采取了不同形式的封控措施。")
    assert pairs(run(text), "lockdown") == {("介休市", date(2022, 10, 11)), ("平遥县", None), ("灵石县", None),
                                            ("祁县", None)}
