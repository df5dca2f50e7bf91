"""Case counts per county in bulletins (issue 12): which counties a count is tied to.

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import ALL, ED, pairs

from etl.extract.context import shared


def cases(text: str) -> set[tuple[str | None, date | None]]:
    from test_events import mentions

    from etl.extract.events import extract_events

    got = pairs(extract_events(text, mentions(text, ALL), ED, shared()), "case_report")
    return {(c, d) for c, d in got if c is not None}  # the province's own row is no county's


def test_groups_of_a_bulletin_split_by_semicolons_each_give_their_counties() -> None:
    # every group names its prefecture before each county; groups are split by semicolons
    text = ("10月9日0-24时，全省新增本土确诊病例17例（晋中市榆次区2例；晋中市平遥县3例、晋中市灵石县4例、"
            "晋中市介休市1例；吕梁市离石区6例、晋中市祁县1例）。")
    d = date(2022, 10, 9)
    assert cases(text) == {("榆次区", d), ("平遥县", d), ("灵石县", d), ("介休市", d), ("离石区", d), ("祁县", d)}
