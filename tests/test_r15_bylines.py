"""Bylines seen on real web pages in round 15, written again with invented names and places."""
from __future__ import annotations

from etl.extract.bylines import parse_byline
from etl.extract.context import shared
from etl.pipeline import PageMeta, extract_page


def test_an_empty_author_field_does_not_lend_its_role_to_the_editor_after_it() -> None:
    """A portal header prints ``作者:`` with nothing after it and then ``编辑:甲``: 甲 edited
    the page, so the item has no reporter."""
    assert [(c.name, c.role) for c in parse_byline("作者:  编辑:罗晓峰")] == [("罗晓峰", "editor")]
    assert [(c.name, c.role) for c in parse_byline("作者:责任编辑:罗晓峰")] == [("罗晓峰", "editor")]


def test_a_credit_marker_still_stands_over_a_job_title_after_it() -> None:
    """``文/图 记者 甲``: the marker says what 甲 did; the job title adds nothing."""
    roles = {(c.name, c.role) for c in parse_byline("文/图 记者 韩一鸣")}
    assert roles == {("韩一鸣", "reporter"), ("韩一鸣", "photographer")}


def test_a_notice_page_with_an_empty_author_field_names_no_reporter() -> None:
    page = ("某某市疫情防控指挥部关于调整风险区域的通告\n"
            "发布时间:2021-03-05   来源:某某新闻网某某频道  作者:  编辑:罗晓峰\n\n"
            "  根据当前疫情防控需要,经研判,决定调整以下风险区域。\n\n  特此通告。\n")
    facts = extract_page(page, PageMeta(), shared())
    assert [c.name for f in facts for c in f.item.contributors if c.role == "reporter"] == []
