"""Headlines of web stories seen in round 15, written again with invented places and dates."""
from __future__ import annotations

from etl.extract.segment import split_page

QUOTED = (
    "某某网消息 3月14日晚，东湖区防疫指挥部对外发出一份通告，决定次日组织全体居民做核酸。原文如下：\n"
    "东湖区关于3月15日组织全区居民核酸采样的通告\n"
    "(2021年第12号)\n"
    "各位居民朋友：\n"
    "为尽快摸清底数，经区指挥部研究，定于2021年3月15日在辖区内组织一次全员核酸采样。具体安排通告如下：\n"
    "一、采样对象\n辖区内所有居住人员。\n"
    "东湖区防疫指挥部\n2021年3月14日\n"
)


def _headlines(page: str) -> list[str]:
    items, _ = split_page(page)
    return [p.text.text for it in items for p in it.parts if p.kind == "headline"]


def test_a_story_without_title_quoting_a_notice_in_full_is_headed_by_the_notice_title() -> None:
    assert _headlines(QUOTED) == ["东湖区关于3月15日组织全区居民核酸采样的通告"]


def test_a_titled_story_keeps_its_own_title_over_the_quoted_notice() -> None:
    titled = "东湖区明日开展全员核酸检测\n" + QUOTED
    assert _headlines(titled) == ["东湖区明日开展全员核酸检测"]


def test_a_colon_deep_in_the_story_does_not_make_a_later_notice_title_the_headline() -> None:
    """Only the story's opening paragraph can introduce the document it quotes."""
    late = ("3月14日，东湖区召开会议，部署疫情防控工作，要求各街道压实责任，做好物资保障。\n"
            "会议指出，要严格落实各项措施，确保群众生活不受影响，及时回应群众关切。\n"
            "会上，区领导宣读了文件，内容如下：\n"
            "东湖区关于3月15日组织全区居民核酸采样的通告\n"
            "全区户籍人口、来区人员均需参加检测，请大家相互转告，积极配合。\n")
    assert "东湖区关于3月15日组织全区居民核酸采样的通告" not in _headlines(late)
