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


def test_a_title_with_a_comma_over_an_unlabelled_timestamp_line_is_the_headline() -> None:
    raw = ("汾阳市第二轮全员检测完成，32.1万人结果均为阴性\n2022-10-08 19:42 某某晚报 原创\n"
           "10月7日至8日，汾阳市开展第二轮全员核酸检测，结果均为阴性。\n")
    assert headline(raw) == "汾阳市第二轮全员检测完成，32.1万人结果均为阴性"


def test_a_title_over_a_labelled_publication_time() -> None:
    raw = "汾阳市全员检测结果出炉，均为阴性\n发布时间：2022-10-08\n10月7日，汾阳市开展全员核酸检测，结果均为阴性。\n"
    assert headline(raw) == "汾阳市全员检测结果出炉，均为阴性"
