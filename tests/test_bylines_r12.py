"""Byline mechanisms of the twelfth accuracy round, in invented wording (names, places and
dates made up): each test fails on main 84798f1."""
from __future__ import annotations

from etl.extract.bylines import item_bylines
from etl.extract.segment import split_page

BODY = "白河县今天起在城区组织第三轮全员核酸采样，各乡镇同步设点，居民凭码有序排队。"


def page_roles(raw: str) -> set[tuple[str, str]]:
    """(name, role) of every item of a page, editors and agencies left out."""
    items, _ = split_page(raw)
    return {(c.name, c.role) for it in items for b in item_bylines(it, raw) for c in b.contributors
            if c.role not in ("editor", "agency")}


def test_credit_in_a_picture_source_line_names_the_photographer_only() -> None:
    """图片来源：某社记者 甲 摄 (or the credit with the field after it): the picture's taker."""
    raw = f"白河县开展第三轮全员核酸检测\n\n{BODY}\n图片来源：东岭社记者 柯望川 摄\n"
    assert page_roles(raw) == {("柯望川", "photographer")}
    raw = "居民在白河县城关镇采样点排队检测。\n东岭社记者 柯望川 摄 图片来源：东岭网\n"
    assert page_roles(raw) == {("柯望川", "photographer")}
    # a lead naming the same person as reporter still stands
    raw = f"白河县开展第三轮全员核酸检测\n\n本报讯（记者 柯望川）{BODY}\n图片来源：记者 柯望川 摄\n"
    assert page_roles(raw) == {("柯望川", "reporter"), ("柯望川", "photographer")}


def test_a_converters_pinyin_gloss_is_no_part_of_a_name() -> None:
    """A repost with a converter's glosses (鎮(zhèn)) credits the same person as a clean copy:
    the name keeps its printed script and drops the gloss."""
    raw = ("白河縣開展第三輪全員核酸檢測\n\n"
           "白河縣今天起在城區(qū)開展第三輪全員核酸檢測，各鄉(xiāng)鎮(zhèn)同步設置採樣點。\n"
           "記者 柯遠(yuǎn)川 龍一帆\n")
    assert page_roles(raw) == {("柯遠川", "reporter"), ("龍一帆", "reporter")}


def test_one_character_role_word_printed_apart_between_names() -> None:
    """记者 甲 乙 图 丙 丁: 图 between names and white space credits the pictures to those after
    it; a spaced-out name's single characters (张 文 军) are still one name."""
    raw = f"白河县开展第三轮全员核酸检测\n\n{BODY}\n记者 柯远川 龙一帆 图 甘小禾 蓝一舟\n"
    assert page_roles(raw) == {("柯远川", "reporter"), ("龙一帆", "reporter"),
                               ("甘小禾", "photographer"), ("蓝一舟", "photographer")}
    raw = f"白河县开展第三轮全员核酸检测\n\n{BODY}\n记者 柯 文 川\n"
    assert page_roles(raw) == {("柯文川", "reporter")}


def test_trainee_note_after_a_name_and_a_counter_field_after_the_byline() -> None:
    """作者：甲 乙（见习） then the page's view counter: the note is no person, the counter field
    ends the byline as any header field does."""
    raw = ("白河县开展第三轮全员核酸检测\n"
           "2021-06-03 09:12:40    来源:白河县融媒体中心 | 编辑:甘小禾 | 作者:柯远川 龙一帆(见习)     浏览量:512\n\n"
           f"{BODY}\n")
    assert page_roles(raw) == {("柯远川", "reporter"), ("龙一帆", "reporter")}
    raw = f"白河县开展第三轮全员核酸检测\n\n{BODY}\n记者：柯远川 龙一帆（见习）\n"
    assert page_roles(raw) == {("柯远川", "reporter"), ("龙一帆", "reporter")}


def test_a_place_alone_under_a_title_is_no_author() -> None:
    """A bundle's section line (石桥县) under its title opens like a surname-led name: a place
    or an office is no commentary's author (tests/test_segment.py keeps a bare name one)."""
    raw = f"7月26日各县区核酸检测安排\n石桥县\n筛查范围：城关镇、河西乡全体居民。\n{BODY}\n"
    assert page_roles(raw) == set()


def test_a_name_that_is_also_a_villages_among_other_names_closing_the_text() -> None:
    """（甲 乙 丙） closing the text, 乙 also the name of a village somewhere: among names that
    are no place it is a name; a bracket of village names alone is still no credit."""
    raw = f"白河县开展第三轮全员核酸检测\n\n{BODY}居民有序排队。（柯远川 马丽 龙一帆）\n"
    assert page_roles(raw) == {("柯远川", "reporter"), ("马丽", "reporter"), ("龙一帆", "reporter")}
    raw = f"白河县开展第三轮全员核酸检测\n\n{BODY}居民有序排队。（马丽）\n"
    assert page_roles(raw) == set()
