"""Bylines that a page dump glues to the text around them (white space dropped, lines
hard-wrapped): where the names end and where a credit closing the text begins. All names,
outlets, places and dates are invented."""
from __future__ import annotations

import pytest

from tests.test_bylines_page_wraps import _page, _page_people, _people

WIDTHS = (11, 13, 17)


@pytest.mark.parametrize("width", WIDTHS)
def test_names_end_before_an_opening_quote(width: int) -> None:
    # the story opens with a quoted phrase right after the reporter's name
    run = "南岭晚报·南岭一点首席记者贺春林“排了三个小时队”在边城，这样的说法并不夸张。"
    assert _page_people(_page("一座小城的一百次核酸", run, width=width)) == {("贺春林", "reporter")}


@pytest.mark.parametrize("width", WIDTHS)
def test_names_end_before_a_note_on_the_pictures(width: int) -> None:
    run = "西岭新闻记者韩晓岚秦可欣柴明远图片由受访者提供天色渐暗，小区里的灯一盏盏亮起。"
    assert _page_people(_page("居家隔离的日子", run, width=width)) == {
        ("韩晓岚", "reporter"), ("秦可欣", "reporter"), ("柴明远", "reporter")}


@pytest.mark.parametrize("width", WIDTHS)
def test_names_end_where_two_place_names_open_the_story(width: int) -> None:
    # 杜安 + 河北承德…: a province and a prefecture in a row start the text, not a longer name
    run = "极光新闻记者杜安河北承德成了又一个疫情感染源地。7月3日，承德市通报新增病例。"
    assert _page_people(_page("承德通报新增病例", run, width=width)) == {("杜安", "reporter")}


@pytest.mark.parametrize("width", WIDTHS)
def test_a_credit_closing_the_text_is_read_after_its_last_sentence(width: int) -> None:
    run = ("10月5日，南川区完成首轮全员核酸采样，共采样12万人，检测工作有序推进。"
           "北河日报客户端记者孙明琪牛仲坤李湘瑶")
    assert _page_people(_page("南川区完成首轮核酸采样", run, width=width)) == {
        ("孙明琪", "reporter"), ("牛仲坤", "reporter"), ("李湘瑶", "reporter")}


@pytest.mark.parametrize(
    "line",
    [
        "检测工作有序推进。记者孙明琪牛仲坤李湘瑶说",  # no outlet: a sentence about reporters, cut off
        "检测工作有序推进。北河日报记者来到现场",  # an outlet, then no names
        "检测工作有序推进。北河日报记者孙明琪来到现场采访",  # the credit does not close the text
    ],
)
def test_text_cut_off_after_a_role_word_credits_nobody(line: str) -> None:
    assert _people(line) == set()
