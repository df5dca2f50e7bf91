"""County tallies of case bulletins (issue 12, round 10b): the counties of a city written short
after the first one, each with its count (甲县17例，乙8例，丙1例), and the year of a bulletin
whose only full dates are its running-total span (2020年1月21日至2022年8月20日24时).

Every text is invented (names, dates and wording); none comes from a real article.
"""
from __future__ import annotations

from datetime import date

from etl.extract.context import shared
from etl.extract.dates import document_context, find_dates
from etl.extract.model import DateContext
from etl.extract.places import resolve_page


def counties(text: str) -> set[str]:
    return {c.name for m in resolve_page([text], shared().places)[0] if (c := m.place.ancestor("county"))}


def test_shorts_in_a_tally_after_a_full_county_are_its_siblings() -> None:
    text = "截至2月3日24时，全市累计报告确诊病例12例，其中：枝江市6例，当阳3例，远安2例，兴山1例。"
    assert {"当阳市", "远安县", "兴山县"} <= counties(text)
    # no resolved county beside them: 当阳 and 远安 alone are not read as places
    assert counties("当阳8例，远安2例。") == set()


def test_a_tally_of_people_counts_too() -> None:
    text = "目前在院治疗病例：宜都市4人，五峰2人，长阳1人。"
    assert {"五峰土家族自治县"} <= counties(text)


def test_a_running_total_span_gives_the_year_of_its_end_day() -> None:
    text = ("8月11日0—24时，全省新增本土无症状感染者3例。\n"
            "2020年1月21日至2022年8月11日24时，全省累计报告确诊病例3000例。")
    ctx = document_context(text, DateContext(None, "unknown"))
    days = [d.date for d in find_dates(text.split("\n")[0], ctx, None)]
    assert days[0] == date(2022, 8, 11)
