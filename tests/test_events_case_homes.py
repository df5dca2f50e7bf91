"""A city's case count split by the homes its per-case paragraphs give (issue 12, round 10b):
甲市新增确诊病例3例, then 病例1：…现住乙区… / 患者2：…，丙县某镇人 — each case is a row of
the county it lives in, not a county-less row of the city.

Every text is invented (names, dates and wording); none comes from a real article.
"""
from __future__ import annotations

from datetime import date

from etl.extract.context import shared
from etl.extract.events import extract_events
from etl.extract.model import DateContext
from etl.extract.places import resolve_page

ED = DateContext(date(2020, 2, 6), "exact")


def rows(text: str, ctx: DateContext = ED) -> set[tuple[str | None, date | None, int | None]]:
    """(county, date, count) of the case rows read with the places the recogniser finds."""
    ec = shared()
    found = resolve_page([text], ec.places, None)[0]
    return {(e.county.name if e.county else None, e.start, e.count) for e in extract_events(text, found, ctx, ec)
            if e.type == "case_report"}


def test_each_case_paragraph_gives_its_home_county() -> None:
    text = ("2月5日0—24时，宜昌市新增新冠肺炎确诊病例3例。\n"
            "病例1：李某，女，52岁，现住伍家岗区某小区，2月3日出现咳嗽。\n"
            "病例2：王某，男，47岁，居住在伍家岗区某街道，2月4日就诊。\n"
            "病例3：周某，男，30岁，居住在夷陵区小溪塔街道，2月5日确诊。")
    d = date(2020, 2, 5)
    assert rows(text) == {("伍家岗区", d, 2), ("夷陵区", d, 1)}


def test_a_resident_or_native_of_a_county_is_its_case() -> None:
    # 某区某小区居民 / 某县某镇人 after the county: the case lives there
    text = ("2月4日0时至12时，荆州市新增1例新冠肺炎确诊病例。\n"
            "刘某某，男，33岁，荆州市沙市区人，在外地务工，2月1日返回。")
    assert rows(text) == {("沙市区", date(2020, 2, 4), 1)}
    text = ("2月4日，孝感市新增确诊病例2例。\n"
            "患者8：赵某，男，61岁，孝南区书院街道居民，1月30日发热。\n"
            "患者9：钱某，女，58岁，云梦县城关镇人，2月2日确诊。")
    d = date(2020, 2, 4)
    assert rows(text) == {("孝南区", d, 1), ("云梦县", d, 1)}


def test_a_place_a_case_travelled_to_is_no_home() -> None:
    # a county of another city (where the case worked or travelled) gives no row
    text = ("2月4日0时至12时，荆州市新增1例新冠肺炎确诊病例。\n"
            "孙某，男，40岁，曾在襄阳市樊城区工作，1月22日返回后出现发热。")
    assert all(c != "樊城区" for c, _, _ in rows(text))
