"""A county name shared by several cities, read inside the city whose count a bracket breaks
down (甲市5例（乙区3例…）), and the everyday form of an autonomous banner (某某旗). Texts are invented."""
from __future__ import annotations

from etl.extract.context import shared
from etl.extract.places import resolve_page


def keys(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.place.key) for m in resolve_page([text], shared().places)[0]]


def test_shared_district_name_is_read_inside_the_city_whose_count_it_breaks_down() -> None:
    got = keys("全省昨日新增本土病例12例，其中南京市7例（鼓楼区4例、玄武区3例），徐州市5例（鼓楼区5例）。")
    drum = [k for s, k in got if s == "鼓楼区"]
    assert drum == ["江苏省/南京市/鼓楼区", "江苏省/徐州市/鼓楼区"]


def test_autonomous_banner_in_its_everyday_form() -> None:
    got = keys("当日鄂温克旗新增无症状感染者2例，均在集中隔离点发现。")
    assert ("鄂温克旗", "内蒙古自治区/呼伦贝尔市/鄂温克族自治旗") in got
