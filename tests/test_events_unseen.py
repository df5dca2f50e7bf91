"""Lockdowns in wordings and layouts the first real sets did not show (issue 12, unseen text).

Each test shows one mechanism with invented wording, names and dates; none of the texts
comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import ALL, ED, LISHI, pairs

from etl.extract.model import Place

FENYANG = Place("汾阳市", "county", "141182", LISHI.parent)
SUBURB = Place("西河街道", "town", None, FENYANG)
PLACES = {**ALL, "汾阳市": FENYANG, "西河街道": SUBURB}


def events(text: str) -> set[tuple[str | None, date | None]]:
    from test_events import mentions

    from etl.extract.events import extract_events

    return pairs(extract_events(text, mentions(text, PLACES), ED), "lockdown")


# ------------------------------------------------------- places listed before ---------


def test_counties_listed_before_their_measure() -> None:
    text = ("分两批实施管控。\n第一批区域\n包括平遥县、灵石县，祁县的部分乡镇。\n实施时间\n"
            "2022年10月3日6时起，先实施封控，同步开展核酸筛查。")
    assert events(text) == {("平遥县", date(2022, 10, 3)), ("灵石县", date(2022, 10, 3)), ("祁县", date(2022, 10, 3))}


def test_counties_heading_parts_then_one_measure() -> None:
    text = ("自10月5日12时起，将下列区域划为高风险区：\n平遥县：古陶镇东街3号院。\n介休市：北坛小区5号楼。"
            "防控措施：实行足不出户、上门服务。")
    assert events(text) == {("平遥县", date(2022, 10, 5)), ("介休市", date(2022, 10, 5))}


def test_a_measure_consumes_the_list_before_it() -> None:
    text = ("包括平遥县、灵石县。\n10月3日起实施封控。\n10月6日起对榆次区实施封控。\n10月8日起实施封控。")
    got = events(text)
    assert {("平遥县", date(2022, 10, 3)), ("灵石县", date(2022, 10, 3))} <= got
    assert len([c for c, d in got if d == date(2022, 10, 8)]) == 1  # the article's own county, as before


def test_a_list_far_before_the_measure_is_not_its_place() -> None:
    filler = "各部门要压实责任，做好物资保障和人员调度，确保群众生活不受影响。" * 12
    text = f"本周平遥县、灵石县的干部到介休市交流。\n{filler}\n10月9日起实施封控。"
    got = events(text)
    assert ("灵石县", date(2022, 10, 9)) not in got
