"""Case reports, round 19: which county and day a count of a bulletin belongs to.

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_case_lists import cases
from test_events_real_patterns import run

D = date(2022, 10, 9)


def test_a_list_items_count_placed_by_a_clause_after_it_is_that_countys() -> None:
    # 甲州1例，在乙县；丙州4例，均在丁区: each prefecture's count lies in the county named after it
    text = "10月9日0-24时，山西省报告新增本土无症状感染者7例，其中晋中市3例，在灵石县；吕梁市4例，均在离石区。"
    assert cases(text) == {("灵石县", D), ("离石区", D)}


def test_a_list_items_count_placed_in_a_bracket_after_a_note_is_that_countys() -> None:
    # (在乙县) and (含…，均在丁区): a bracket whose last clause says where the item's cases are
    text = ("10月9日0—24时，山西省报告新增本土确诊病例11例，其中晋中市5例(在介休市)、"
            "吕梁市6例(含1例自无症状转为确诊，均在离石区)。")
    assert cases(text) == {("介休市", D), ("离石区", D)}


def counts(text: str) -> set[tuple[str | None, int | None]]:
    return {(e.county.name if e.county else None, e.count) for e in run(text) if e.type == "case_report"}


def test_a_placing_clause_after_a_list_item_does_not_place_the_whole_count() -> None:
    # the province's 9 are not 离石区's: its 在 clause follows an item of the list, not the total
    text = "10月9日0-24时，山西省报告新增确诊病例9例，其中吕梁市2例(在离石区)、晋中市7例(均在祁县)。"
    assert counts(text) == {("离石区", 2), ("祁县", 7)}
    # a placing clause right after the total still places it (均为普通型 names no place)
    assert counts("10月9日，山西省报告新增确诊病例5例(均为普通型)，均在榆次区。") == {("榆次区", 5)}


def test_each_breakdown_of_a_bulletin_takes_the_kind_of_its_own_report() -> None:
    # 确诊病例…其中…；无症状感染者…其中…: the first list counts confirmed cases, the second the
    # asymptomatic ones (both lists were read as the sentence's last kind)
    text = ("10月9日0—24时，山西省报告新增本土确诊病例8例，其中晋中市3例(在祁县)、吕梁市5例(均在离石区)；"
            "另报告本土无症状感染者2例，其中晋中市2例(在平遥县)。")
    got = {(e.county.name if e.county else None, e.kind, e.count) for e in run(text) if e.type == "case_report"}
    assert got == {("祁县", "confirmed", 3), ("离石区", "confirmed", 5), ("平遥县", "asymptomatic", 2)}
