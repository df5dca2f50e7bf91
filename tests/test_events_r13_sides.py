"""Sentences that name a measure without reporting it on an area's population (issue 12,
round 13): a school's campus rule, the measure as an attribute of the schools it names.

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
