"""Item boundaries and titles seen on real web copies in round 12, shown with invented
sentences, names and places (each shape was seen in texts of two or more dev sets)."""
from __future__ import annotations

from split_helpers import NOTICE_BODY, one_item

from etl.extract.segment import split_page


def test_marked_paragraphs_under_a_web_story_are_its_own() -> None:
    """A web story's dated list or marked sections (■ …) right under its text go on with it:
    marked items under a column label, or one after another with no story above them, make a
    brief column (still split)."""
    timeline = (NOTICE_BODY +
                "■ 2月3日，东川县城关镇出现首例确诊病例，相关小区随即实行封闭管理至今。\n"
                "■ 2月9日，东川县对城关镇所有居民开展第一轮核酸检测，结果全部为阴性。\n"
                "■ 3月1日，东川县城关镇各小区解除封闭管理，居民恢复正常的生产生活秩序。\n")
    assert "解除封闭" in one_item(timeline).body
    sections = ("东川县开展全员核酸检测\n" + NOTICE_BODY
                + "■ 东川县城关镇设立十二个采样点\n城关镇在各小区门口设立采样点，由医护人员上门为行动不便的老人采样。\n"
                + "■ 东川县新桥镇：全镇居民分三批完成采样，镇里组织志愿者维持现场秩序，提醒居民保持间距。\n"
                + "■ 东川县西河镇：全员检测居家等待结果\n西河镇要求居民在检测结果出来以前居家等候，不要外出走动。\n")
    item = one_item(sections)
    assert item.headline == "东川县开展全员核酸检测" and "居家等候" in item.body
    # marked briefs under a column label, with a story above or none, stay items
    for above in ("", "东川县开展全员核酸检测\n" + NOTICE_BODY):
        raw = (above + "简讯\n"
               "■ 东川县卫健委昨日通知，全县发热门诊从本周起实行二十四小时接诊，方便群众就医看病。\n"
               "■ 北河县教育局昨日通知，全县中小学和幼儿园推迟开学，具体开学时间将另行通知家长。\n")
        items, _ = split_page(raw)
        assert len(items) == (2 if not above else 3)


def test_a_line_of_mixed_ascii_marks_is_no_title() -> None:
    """Random Latin letters, figures and symbols printed between paragraphs (against copying)
    are no title: the signature under them stays with the notice above."""
    raw = ("全县居民朋友：\n8d`.@5 K2 T+ Y-" + NOTICE_BODY + "特此通告。\n" + "9c; R%f+]3 K/w( p&Z! e\n"
           + "2Q!D! r5 X+ n3 W8 m) F东川县新冠疫情联防联控机制综合办公室\n2021年3月4日\n")
    assert one_item(raw).headline is None


def test_a_source_label_naming_what_it_sources_is_page_furniture() -> None:
    """``内容来源：``, ``文章来源：`` or ``消息来源：`` with a short value is the page header's
    source field (as ``来源：`` is), never the title of an untitled post."""
    for label in ("内容来源：某某网", "消息来源：东川在线"):
        item = one_item("发布时间：2021-03-04 10:20:31\n" + label + "\n" + NOTICE_BODY)
        assert item.headline is None, label


def test_a_notice_title_pointed_at_and_closed_by_a_colon() -> None:
    """An arrow before a page's first line (``➤ 标题``) points at the title; a notice's title
    closed by a colon introduces the notice under it: the title, without the colon."""
    body = NOTICE_BODY + "一、检测时间\n3月5日至6日，每天8时至18时。\n"
    for top in ("➤关于在东川县开展全员核酸检测的通告：", "关于在东川县开展全员核酸检测的通告：",
                "▶ 东川县开展全员核酸检测"):
        assert one_item(top + "\n" + body).headline == top.lstrip("➤▶ ").rstrip("："), top


def test_a_first_line_printed_again_below_is_the_title() -> None:
    """A web copy prints its title twice at the top (the page's, then the article's): that line
    is the title even with a comma and a question, not a subheading further down."""
    title = "西河小城，为何成了全省唯一的高风险地区？"
    raw = (title + "\n" + title + "\n" + NOTICE_BODY + "记者|钱进\n小城风险升级\n"
           + "西河在哪里？对很多外地人来说，在这次疫情以前，很少有人听说过这座县城。\n")
    assert one_item(raw).headline == title


def test_a_source_name_with_the_date_in_figures_is_no_title() -> None:
    """A site's or column's name glued to the post's date (``某某汇总 2021-03-04``) heads the
    page as its source-and-date line: no title of its own, and not over the real one."""
    assert one_item("江北镜像.资讯汇编 2021-03-04\n消息来源：江北在线 东川网消息：" + NOTICE_BODY).headline is None
    item = one_item("东川县开展全员核酸检测\n江北晨报2021-03-04\n" + NOTICE_BODY)
    assert item.headline == "东川县开展全员核酸检测"


def test_a_heading_numbered_in_formal_numerals_is_a_section() -> None:
    """``壹、检测时间`` numbers a section of the text as ``一、`` does: never the post's title."""
    raw = (NOTICE_BODY + "壹、检测时间\n3月5日至6日，每天8时至18时，请居民按时前往就近的采样点。\n"
           + "贰、检测地点\n城关镇各小区门口和镇卫生院，行动不便的老人可以预约上门采样。\n")
    assert one_item(raw).headline is None


def test_marked_credits_under_a_web_story_are_no_items() -> None:
    """The production credits under a web story, each marked (◆编辑：甲 / ◆二审：乙 / ◆三审：丙),
    are the page's furniture and the story's end, not brief items of their own."""
    raw = (NOTICE_BODY + "◆东川融媒编辑部\n◆编辑：钱进\n◆二审：孔令\n◆三审：赵明\n")
    one_item(raw)
