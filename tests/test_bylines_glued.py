"""Bylines whose names a page dump glues to the text after them (all white space dropped):
the names end where a word that follows a byline begins (a date, a clock time, 今天, another
role or field word, a field label, the places a report is filed from)."""
from __future__ import annotations

import pytest

from etl.extract.bylines import scan_line


def _people(line: str) -> set[tuple[str, str]]:
    return {(c.name, c.role) for f in scan_line(line) for c in f.contributors}


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # two names glued to a day word after a sentence end
        ("防疫物资已经送到各村。记者陈岚许立凡今天上午走访了东河镇",
         {("陈岚", "reporter"), ("许立凡", "reporter")}),
        # a clock time with its part of the day (早8点) starts the text, not 早 a name's end
        ("街道恢复了往日的秩序”新华社记者孟涛曹一鸣早8点，菜市场里人来人往",
         {("孟涛", "reporter"), ("曹一鸣", "reporter")}),
        # a colon credit whose name runs into the next field's label
        ("请大家配合做好登记。记者:韩晓东后期制作:城南融媒中心",
         {("韩晓东", "reporter")}),
        # an editor credit glued after the reporter's name ends the reporter's
        ("出门请佩戴好口罩。文/记者谭悦编辑/孔明", {("谭悦", "reporter")}),
        # the places the report was filed from, then 报道
        ("群众对此很有信心。记者吴迪潘越河北保定报道", {("吴迪", "reporter"), ("潘越", "reporter")}),
        # a name of three characters whose last one may open a sentence (为)
        ("核酸检测点已经撤除。记者何有为今天从区里获悉", {("何有为", "reporter")}),
        # an editor title ending in 编辑 is no part of the name before it
        ("节目到此结束。（撰稿:张明网络编辑:李华）", {("张明", "reporter"), ("李华", "editor")}),
    ],
)
def test_glued_names_end_before_the_text(line: str, want: set[tuple[str, str]]) -> None:
    assert _people(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "。记者李四说，今天起暂停堂食",  # a reporter quoted: no word that follows a byline
        "图为采访组记者任飞在路口询问过往司机",  # a caption speaking of a reporter
        "作者:本站发布日期:2022",  # a site crediting itself
        "。记者李明当日从市里获悉",  # 当日 is no part of a name
        "图为记者郭明在疫情一线采访村民",  # a caption: 郭明在 is no name
    ],
)
def test_glued_text_is_no_byline(line: str) -> None:
    assert not {n for n, _ in _people(line)} - {"李明"}


def _page(run: str, width: int = 13) -> str:
    """A page dump of one item: a headline, then the run hard-wrapped with blank lines between."""
    lines = [run[k : k + width] for k in range(0, len(run), width)]
    return "东河镇生产生活秩序逐步回归正常\n\n " + "\n\n".join(lines) + "\n"


def _page_people(raw: str) -> set[tuple[str, str]]:
    from tests.test_bylines import page_items

    return {(c.name, c.role) for it in page_items(raw) for c in it.contributors if c.role not in ("editor", "agency")}


def test_wrap_after_glued_names_is_read_past() -> None:
    # the wrap falls inside the next field's label: the line alone would end the name 柯立后期
    run = "居民们的生活正在回到正轨。记者:柯立后期制作:城南融媒中心。东河镇今天全面恢复了往日的生活秩序。"
    assert _page_people(_page(run, 10)) == {("柯立", "reporter")}


def test_glossed_outlet_does_not_close_the_lead_bracket() -> None:
    # the outlet's pinyin gloss (报(bào)) is a bracket pair before the lead bracket, which a wrap
    # leaves open on this line: the names in it are no byline of their own, the bracket is
    # read whole over the wrap
    assert scan_line("东河都市报(bào)讯(记者柯立通讯员滕") == []



def test_photo_marker_inside_a_glued_run_is_running_text() -> None:
    # 摄 after a name, then a place and text up to a word that may follow a byline
    got = {n for n, _ in _people("下午召开了发布会。某某网记者郭明摄平遥县应对疫情的新举措")}
    assert got <= {"郭明"}
