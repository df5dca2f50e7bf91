"""A trip told in one sentence: the places between the first travel word and the way back
(驾车从某市出发，在某区留宿…后返回某县) are where a traveller went or passed, not the item's own
places; the place returned to stays. Texts are invented."""
from __future__ import annotations

from place_helpers import counties, listed


def test_the_places_passed_on_the_way_back_are_not_the_items() -> None:
    text = "新增确诊患者张某，1月15日驾车从成都市出发，在陕西省汉台区留宿一夜，途经西安市后返回灵宝市。"
    assert "汉台区" in counties(text)  # events still read it
    assert listed(text) == {"灵宝市"}


def test_the_place_visited_before_coming_back_is_not_the_items() -> None:
    text = "市民李某1月20日自驾前往浙江省义乌市，与亲友聚餐，25日从义乌自驾返回东至县，现已隔离。"
    assert listed(text) == {"东至县"}
