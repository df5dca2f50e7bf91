"""Places, round 15: a county name that is also a conjunction plus 县 (和县) glued after a verb
is the speaker's own county office, not the county of that name.

Invented wording and places; none of the texts comes from a real article.
"""
from __future__ import annotations

from place_helpers import counties

NOTICE = "经专家组研判和县疫情防控办公室决定，自11月10日起，闽清坂东镇部分区域调整为低风险区。"


def test_he_xian_glued_after_a_verb_is_the_conjunction_before_the_county_office() -> None:
    assert "和县" not in counties(NOTICE)


def test_he_xian_after_its_prefecture_or_at_a_sentence_start_is_the_county() -> None:
    assert "和县" in counties("马鞍山市和县发布通告，全县开展核酸检测。")
    assert "和县" in counties("和县发布通告，全县开展核酸检测。")


def test_a_new_housing_compound_is_not_the_district_of_that_name() -> None:
    """新小区 is a district's name in the code list and the ordinary word for a new compound."""
    assert counties("七里河区划定封控区：滨河路新小区、园林路4号院。") == {"七里河区"}
    assert "新小区" in counties("台中市新小区发布通告。")
