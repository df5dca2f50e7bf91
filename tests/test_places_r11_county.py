"""Which county a place name gives (issue 12, round 11): a short shared by a city and a county
under it, and the everyday form of a unit named for its peoples.

Every text is invented (names, dates and wording); none comes from a real article.
"""
from __future__ import annotations

from datetime import date

from etl.extract.context import shared
from etl.extract.dates import document_context
from etl.extract.events import extract_events
from etl.extract.model import DateContext
from etl.extract.places import resolve_page


def resolved(text: str, region: str | None = None) -> list[tuple[str, str | None]]:
    """(surface, county) of every place mention."""
    return [(m.surface, c.name if (c := m.place.ancestor("county")) else None)
            for m in resolve_page([text], shared().places, region)[0]]


def counties(text: str) -> set[str]:
    return {c for _, c in resolved(text) if c}


def pairs(text: str, type_: str) -> set[tuple[str | None, date | None]]:
    ctx = document_context(text, DateContext(date(2022, 11, 5), "exact"))
    found = resolve_page([text], shared().places)[0]
    return {(e.county.name if e.county else None, e.start) for e in extract_events(text, found, ctx, shared())
            if e.type == type_}


def test_a_short_shared_by_a_city_and_its_own_county_is_the_city() -> None:
    text = "11月3日，新乡全市启动新一轮全员核酸检测。"
    assert ("新乡", None) in resolved(text)
    assert counties(text) == set()
    assert pairs(text, "mass_testing") == {(None, date(2022, 11, 3))}
    assert counties("11月2日，新乡县启动全员核酸检测。") == {"新乡县"}  # written in full: the county


def test_a_manifest_region_written_short_is_the_city() -> None:
    assert resolved("幸福家园小区实行封闭管理。", region="安阳") == [("幸福家园小区", None)]


def test_a_district_named_for_its_peoples_written_without_them() -> None:
    text = "11月4日，郑州市管城区新增本土无症状感染者2例。"
    assert counties(text) == {"管城回族区"}
    assert pairs(text, "case_report") == {("管城回族区", date(2022, 11, 4))}


def test_a_banner_named_for_its_peoples_written_without_them() -> None:
    text = "截至11月4日，呼伦贝尔市海拉尔区3例、莫力达瓦旗2例。"
    assert "莫力达瓦达斡尔族自治旗" in counties(text)
