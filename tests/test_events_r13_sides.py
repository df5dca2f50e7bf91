"""Sentences that name a measure without reporting it on an area's population (issue 12,
round 13): a school's campus rule, the measure as an attribute of the schools it names,
the rules of a sealed zone an adjustment notice keeps unchanged (no start on its day), a test
told by what it showed or found (no round).

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_r12_lockdowns import dated
from test_events_real_patterns import run


def test_quoted_closed_management_of_a_campus_is_a_school_rule() -> None:
    text = "9月1日，祁县各中小学开学，严格落实校园“封闭式”管理，校外人员不得入校。"
    assert dated(run(text), "lockdown") == set()
    # the quoted words of an area are still its lockdown
    text = "9月1日起，祁县城关镇实行“封闭式”管理，居民足不出户。"
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 9, 1))}


def test_closed_management_naming_the_schools_it_describes_is_no_lockdown() -> None:
    text = "5月8日，祁县机关单位暂停办公。县内封闭管理学校的住校生在校内接受检测，其余学生在家上网课。"
    assert dated(run(text), "lockdown") == set()
    text = "5月8日，祁县机关单位暂停办公。县内封闭管理学校住校生在校内接受检测，其余学生在家上网课。"
    assert dated(run(text), "lockdown") == set()


def test_a_zone_kept_unchanged_restates_rules_of_a_lockdown_begun_before() -> None:
    text = ("祁县疫情防控指挥部通告\n经专家研判，现将祁县城关镇三区范围调整如下：\n"
            "一、封控区（1个，无变化）：城关镇东关村三组。\n二、管控区（2个）：城关镇东关村一组、二组。\n"
            "封控区实行“区域封闭、足不出户、服务上门”。\n祁县疫情防控指挥部\n2022年6月10日")
    assert dated(run(text), "lockdown") == set()
    text = ("祁县疫情防控指挥部通告\n经专家研判，现将祁县城关镇三区范围调整如下：\n"
            "一、封控区（1个）：城关镇东关村三组。\n二、管控区（2个）：城关镇东关村一组、二组。\n"
            "封控区实行“区域封闭、足不出户、服务上门”。\n祁县疫情防控指挥部\n2022年6月10日")
    assert dated(run(text), "lockdown") == {("祁县", date(2022, 6, 10))}


def test_a_test_told_by_what_it_showed_is_no_round() -> None:
    text = "6月12日，祁县报告无症状感染者1例。两人6月11日核酸检测显示结果异常，经县人民医院复核，结果为阳性，已转运至定点医院。"
    assert dated(run(text), "mass_testing") == set()


def test_tests_joined_before_their_finding_are_no_rounds() -> None:
    text = "6月12日，祁县新增本土确诊病例3例，均在祁县全员检测和重点人员核酸检测中发现。"
    assert dated(run(text), "mass_testing") == set()
    # a round joined to another and told with its own day is still a round
    text = "6月12日，祁县开展全员检测和重点人员核酸检测，共采样21万人。"
    assert ("祁县", date(2022, 6, 12)) in dated(run(text), "mass_testing")
