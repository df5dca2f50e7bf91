"""Byline mechanisms of the fourteenth accuracy round, in invented wording (names, places and
dates made up): each test fails on main 1c2fb29."""
from __future__ import annotations

from etl.extract.bylines import item_bylines
from etl.extract.segment import split_page

# one paragraph a line, wider than any printed column: web text
PARA1 = "11月4日，青石县在城关镇举行疫情防控应急演练，模拟发现阳性病例后的流调、转运和消杀全过程。"
PARA2 = "演练结束后，县指挥部对各环节逐一点评，要求各乡镇查漏补缺，确保一旦有情况能迅速处置到位。"


def page_roles(raw: str) -> set[tuple[str, str]]:
    """(name, role) of every item of a page, editors and agencies left out."""
    items, _ = split_page(raw)
    return {(c.name, c.role) for it in items for b in item_bylines(it, raw, alone=len(items) == 1) for c in b.contributors
            if c.role not in ("editor", "agency")}


def test_photo_credit_line_of_a_web_story_names_the_photographer_only() -> None:
    """A web article whose only credit is a line 本报记者甲摄 after its text: the staff member
    took the picture, the story is not signed (the dev gold and ../shared/real read it so)."""
    raw = f"青石县开展疫情防控应急演练\n\n{PARA1}\n\n{PARA2}\n\n本报记者柯望川摄\n"
    assert page_roles(raw) == {("柯望川", "photographer")}
    raw = f"青石县开展疫情防控应急演练\n\n{PARA1}\n\n本报记者 柯望川 龙一帆 摄\n"
    assert page_roles(raw) == {("柯望川", "photographer"), ("龙一帆", "photographer")}
    # a lead naming the person as reporter still makes them the story's reporter
    raw = f"青石县开展疫情防控应急演练\n\n本报讯（记者 柯望川）{PARA1}\n\n{PARA2}\n\n本报记者柯望川摄\n"
    assert page_roles(raw) == {("柯望川", "reporter"), ("柯望川", "photographer")}


def test_photo_report_credit_of_a_web_story_names_the_photographer_only() -> None:
    """本报记者 甲 摄影报道 under the title or glued after a caption sentence of a web story."""
    raw = f"青石县开展疫情防控应急演练\n本报记者 柯望川 摄影报道\n{PARA1}\n"
    assert page_roles(raw) == {("柯望川", "photographer")}
    raw = f"图片新闻\n\n{PARA1}图为演练现场。本报记者柯望川、通讯员龙一帆摄影报道\n"
    assert page_roles(raw) == {("柯望川", "photographer"), ("龙一帆", "photographer")}



def test_a_web_page_of_one_picture_names_the_photographer_only() -> None:
    """A web page holding one picture's caption and its credit (记者 甲 通讯员 乙 摄): both took
    the picture; nobody wrote a story."""
    raw = f"{PARA1}\n某某报记者 柯望川 通讯员 龙一帆 摄\n"
    assert page_roles(raw) == {("柯望川", "photographer"), ("龙一帆", "photographer")}
