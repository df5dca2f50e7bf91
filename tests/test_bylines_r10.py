"""Bylines seen on real web copies in round 10, shown with invented sentences and names."""
from __future__ import annotations

from etl.extract.bylines import scan_line
from etl.extract.segment import split_page


def _people(line: str) -> set[tuple[str, str]]:
    return {(c.name, c.role) for f in scan_line(line) for c in f.contributors}


def test_writer_credit_with_a_bar() -> None:
    """``撰文 | 甲 乙``: a header credit of the people who wrote the piece."""
    assert _people("撰文 | 甘小禾 蓝一舟") == {("甘小禾", "reporter"), ("蓝一舟", "reporter")}


def test_bare_names_before_a_producer_credit_are_the_writers() -> None:
    """A bracket closing the text: bare names, then ``制作`` and the producer (an editor)."""
    got = _people("东川县今天开展全员检测。（甘小禾 蓝一舟 制作 钟守一）")
    assert ("甘小禾", "reporter") in got and ("蓝一舟", "reporter") in got
    assert ("钟守一", "reporter") not in got


def test_lead_bracket_after_an_outlet_label_in_corner_brackets() -> None:
    """``【某某网】（实习记者 甲 记者 乙）正文…``: the label is the outlet, the bracket its lead."""
    got = _people("【江北网】（实习记者 甘小禾 记者 蓝一舟）东川县今天开展第三轮全员核酸检测。")
    assert got == {("甘小禾", "reporter"), ("蓝一舟", "reporter")}


def test_the_word_for_the_page_itself_is_no_name() -> None:
    """An empty author field running into 文章来源, and a picture placeholder, credit nobody."""
    assert _people("作者: 文章来源:江北日报 发布时间:2021-03-04 10:25") == set()
    assert _people("文章插图") == set()


def test_picture_placeholder_line_is_furniture() -> None:
    """A copy's placeholder where a picture stood: no credit, and the story goes on after it."""
    raw = ("东川县开展全员核酸检测\n\n3月4日，东川县开展全员核酸检测，全县共设采样点120个。\n\n"
           "文章插图\n\n3月5日，西川县也开展检测。\n")
    items, _ = split_page(raw)
    assert len(items) == 1 and items[0].headline == "东川县开展全员核酸检测"
    assert not [c for b in items[0].bylines for c in b.contributors]


def test_names_before_where_they_filed_from() -> None:
    """``某报记者 甲 乙 发自某地`` signing off a story: the place they filed from is no name."""
    got = _people("临时帐篷里的用品十分简陋。 江北日报记者 甘小禾 蓝一舟 发自东川县城关镇")
    assert got == {("甘小禾", "reporter"), ("蓝一舟", "reporter")}


def test_chained_broadcaster_affiliation_before_the_role_word() -> None:
    """``（总台央视记者 甲 乙）`` closing a text: both outlet words are the affiliation, so a
    name without a common surname printed apart still passes."""
    got = _people("东川县今天新增病例三例。（总台央视记者 甘小禾 水若溪）")
    assert got == {("甘小禾", "reporter"), ("水若溪", "reporter")}


def test_credit_run_into_the_last_sentence_after_a_comma() -> None:
    """``…不落一户，通讯员 甲`` at the line end: the credit, not running text; a speaker
    (``，记者 甲说，…``) still credits nobody."""
    assert _people("各采样点秩序井然、不落一户，通讯员 甘小禾") == {("甘小禾", "correspondent")}
    assert _people("各采样点秩序井然，记者 甘小禾说，不落一户") == set()
