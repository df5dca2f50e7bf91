"""Page-layout mechanisms of the fourteenth accuracy round, in invented wording (names, places
and dates made up): each test fails on main 1c2fb29."""
from __future__ import annotations

from etl.extract.segment import split_page

PARA1 = "11月4日，青石县疫情防控指挥部决定，自即日起在城区开展为期三天的全员核酸检测，请居民按时参检。"
PARA2 = "检测期间，各采样点每天早七点至晚九点开放，行动不便的老人可由社区安排上门采样，不漏一户。"


def _headlines(raw: str) -> list[str | None]:
    items, _ = split_page(raw)
    return [("".join(it.headline.split()) if it.headline else None) for it in items]


def test_a_header_field_counting_with_a_figure_is_no_title() -> None:
    """An e-paper's current-page marker or a post's comment count at the page top (label, a
    figure, at most a unit): page furniture, the story's title is the line under it."""
    raw = f"本期版：7版\n青石县启动城区全员核酸检测\n{PARA1}\n{PARA2}\n"
    assert _headlines(raw) == ["青石县启动城区全员核酸检测"]
    raw = f"• 2022-11-04 09:12:30\n• 留言(15)\n• 记者4日从青石县疫情防控指挥部获悉，{PARA1}\n{PARA2}\n"
    assert _headlines(raw) == [None]


def test_a_digests_place_label_is_no_headline() -> None:
    """A post gathering several places' notices labels each with its places' names (numbered or
    not): the label opens the next place's part but is not its title."""
    raw = (f"停课！多地最新通知！\n\n{PARA1}\n\n1青川县\n\n"
           "凌晨，青川县发布通告，全县中小学校自11月5日起暂停线下教学，恢复时间另行通知，请家长做好安排。\n\n"
           "特此通告。\n\n青川县防疫指挥部办公室\n\n2022年11月4日\n\n"
           "2通化市柳河县\n\n"
           "此外，柳河县也于昨晚发布通告，自11月5日起，县内各中小学、幼儿园暂停线下教学活动。\n\n"
           "学校会在停课期间按课表安排网课，家长请每天留意孩子的体温和作业情况。\n")
    assert _headlines(raw) == ["停课！多地最新通知！", None]


def test_title_run_into_the_text_of_a_one_line_page() -> None:
    """A copy that lost its line breaks: title, a white space, then the text (the title may
    hold a colon); a page of several lines keeps a white space inside a paragraph as text."""
    raw = f"河北青石：11月5日起在全县开展全员核酸检测 {PARA1}{PARA2}\n"
    assert _headlines(raw) == ["河北青石：11月5日起在全县开展全员核酸检测"]
    raw = f"青石县防控指挥部今日通告说 {PARA1}\n{PARA2}\n{PARA1}\n"
    assert "青石县防控指挥部今日通告说" not in _headlines(raw)


def test_a_web_headers_author_line_names_the_writer() -> None:
    """A web header prints the author under the title, past its source or time line: a bare
    name, or the name and the outlet after a slash. The name is the story's reporter."""
    items, _ = split_page(f"青石县启动城区全员核酸检测\n\n柯望川/青石晨报\n2022-11-04 08:30\n\n{PARA1}\n\n{PARA2}\n")
    assert [(c.name, c.role) for it in items for c in it.contributors] == [("柯望川", "reporter")]
    assert [it.subheadline for it in items] == [None]
    raw = f"青石县启动城区全员核酸检测\n本文转自：青石日报客户端\n柯望川\n{PARA1}\n{PARA2}\n"
    items, _ = split_page(raw)
    assert [(c.name, c.role) for it in items for c in it.contributors] == [("柯望川", "reporter")]
