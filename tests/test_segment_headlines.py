"""Headline shapes of real local news the tuned sets did not show (issue 12, generalisation).

Invented texts only.
"""
from __future__ import annotations

from etl.extract.segment import split_page


def headline(raw: str) -> str | None:
    items, _ = split_page(raw)
    assert len(items) == 1
    return next((p.text.text for p in items[0].parts if p.kind == "headline"), None)


def test_a_headline_shaped_like_city_plus_area_word_is_still_a_headline() -> None:
    raw = "汾阳市调整风险区\n10月6日，汾阳市将西河街道两个小区划定为高风险区，实行足不出户。\n"
    assert headline(raw) == "汾阳市调整风险区"


def test_a_bare_prefecture_and_county_line_over_a_notice_is_no_headline() -> None:
    raw = "晋中市榆次区\n经研究决定，自10月6日起对部分小区实施封控管理，请居民予以配合。\n"
    assert headline(raw) is None
