"""Which lockdown rows a text gives and the day each takes (issue 12, round 9).

Texts written for these tests with invented wording, names and dates, showing patterns seen
in real notices and reports: a notice that closes its list with the day its measures take
effect, and the like. Pipeline-level, so that the document's own dates (signature, effective
clause) are read as a user's load reads them.
"""
from __future__ import annotations

from datetime import date

from etl.extract.context import shared
from etl.extract.model import PageMeta
from etl.pipeline import extract_page


def lockdown_pairs(page: str) -> set[tuple[str | None, date | None]]:
    facts = extract_page(page, PageMeta(), shared())
    return {(e.county.name if e.county else None, e.start) for f in facts for e in f.events if e.type == "lockdown"}


def test_closing_effective_clause_dates_the_measures_above_it() -> None:
    page = ("平遥县疫情防控指挥部关于划定风险区域的通告\n"
            "经专家组研判，现将有关事项通告如下：\n"
            "一、古陶镇南门村列入高风险区，封控管理，居民一律居家、物资由专人配送。\n"
            "二、古陶镇北关社区列入中风险区，居民不离开社区。\n"
            "以上措施自2022年10月8日0时起执行，后续视情况调整。\n"
            "平遥县疫情防控指挥部\n2022年10月7日\n")
    assert lockdown_pairs(page) == {("平遥县", date(2022, 10, 8))}


def test_extension_past_a_comma_gives_no_new_start() -> None:
    page = ("晋中市疫情防控办公室通知\n"
            "经研判，榆次区、祁县两地的静态管理时间，统一延长至11月3日9时，"
            "到期后视情况调整。\n晋中市疫情防控办公室\n2022年10月9日\n")
    assert {p for p in lockdown_pairs(page) if p[1] is not None} == set()


def test_notice_day_yields_to_the_start_told_in_its_sentence() -> None:
    page = ("据报道，2022年10月9日平遥县政府网站发布《关于古陶镇实行全员居家隔离的通知》，要求从10月8日18时起，"
            "对平遥县古陶镇实行封闭管理，所有居民居家隔离。\n")
    assert {p for p in lockdown_pairs(page) if p[1] is not None} == {("平遥县", date(2022, 10, 8))}


def test_each_county_of_a_list_of_town_parts_gets_a_row() -> None:
    page = "2022年10月9日讯。晋中市7日通告，对平遥县城区、祁县古县镇城区实施静态管理。\n"
    assert lockdown_pairs(page) == {("平遥县", date(2022, 10, 7)), ("祁县", date(2022, 10, 7))}


def test_the_day_of_a_finding_in_a_cause_clause_is_no_start() -> None:
    page = ("2022年10月9日讯。晋中市7日发布通告，由于5日在祁县发现2例无症状感染者，因此对祁县县城"
            "实施静默管理。\n")
    assert {p for p in lockdown_pairs(page) if p[1] is not None} == {("祁县", date(2022, 10, 7))}


def test_a_count_window_day_is_not_inherited_by_a_measure() -> None:
    page = ("平遥县疫情防控指挥部通告\n"
            "2022年10月6日0至24时，平遥县在重点人群筛查中发现3名阳性人员。\n"
            "经研判，决定划定高风险区如下：古陶镇南门村。\n"
            "该村封控管理，村民足不出户。\n"
            "平遥县疫情防控指挥部\n2022年10月7日\n")
    assert {p for p in lockdown_pairs(page) if p[1] is not None} == {("平遥县", date(2022, 10, 7))}
