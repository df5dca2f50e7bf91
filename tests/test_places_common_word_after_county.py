"""A county short name that is also a plain word, written right after another county's full
name, is that word (甲区延长…), not a county chained to it (issue 12, set L). Texts are invented."""
from __future__ import annotations

from etl.extract.context import shared
from etl.extract.places import resolve_page


def counties(text: str) -> set[str]:
    return {c.name for m in resolve_page([text], shared().places, None)[0] if (c := m.place.ancestor("county"))}


def test_a_verb_after_a_district_name_is_no_county() -> None:
    # 延长 (to extend) after a district of another province: the district extends its measure
    assert counties("丰台区延长全域静态管理三天，居民继续居家。") == {"丰台区"}


def test_the_county_itself_after_its_city_still_stands() -> None:
    assert "延长县" in counties("延安市延长全域开展核酸检测。")
