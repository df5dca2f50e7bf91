"""Item boundaries, titles and bylines seen on real web copies in round 11, shown with invented
sentences, names and places (each shape was seen in texts of two or more dev sets)."""
from __future__ import annotations

from split_helpers import NOTICE_BODY, one_item

from etl.extract.bylines import item_bylines, scan_line
from etl.extract.normalise import to_simplified
from etl.extract.segment import split_page


def _names(raw: str) -> list[set[str]]:
    """Per item of the page, the people its bylines credit (as the loader reads them)."""
    items, _ = split_page(raw)
    return [{c.name for b in item_bylines(it, raw) for c in b.contributors} for it in items]


def test_a_line_with_a_post_timestamp_is_never_the_title() -> None:
    """A date-source-hits row with the site's name glued in, or a forum's post header, carries
    the post's time (year in figures and clock time): page metadata, no title."""
    item = one_item("2021-10-31 19:16:17江北财经网来源：东川网阅读量：1234\n" + NOTICE_BODY)
    assert item.headline is None
    item = one_item("TA的心情 | 开心 2021-10-13 16:10 |\n东川县开展全员核酸检测\n" + NOTICE_BODY)
    assert item.headline == "东川县开展全员核酸检测"


def test_a_rare_name_character_simplified_outside_the_basic_block() -> None:
    """A converter may simplify a rare character of a name into a supplementary ideograph
    (勣 -> U+2A7DD): the name in a lead bracket is still a name."""
    line = to_simplified("江北网东川3月4日电 （甘勣）东川县今天开展全员核酸检测。")
    assert [c.name for f in scan_line(line) for c in f.contributors] == [to_simplified("甘勣")]


def test_author_field_before_a_qualified_source_field() -> None:
    """``作者：甲 信息来源：某中心``: the source label's qualifier is no second author."""
    raw = ("东川县开展全员核酸检测\n\n作者：甘小禾 信息来源：东川融媒体中心 时间：2022-04-05 阅读次数：\n\n"
           + NOTICE_BODY)
    assert _names(raw) == [{"甘小禾"}]


def test_author_credit_over_the_title_names_the_story_under_it() -> None:
    """A web header printing outlet and time, then ``作者：甲 乙``, then the title: the credit is
    the story's, not page furniture."""
    raw = "江北青年报客户端  |  2021-11-26 19:17\n作者:甘小禾 蓝一舟\n东川大学:志愿者在一线\n\n" + NOTICE_BODY
    assert _names(raw) == [{"甘小禾", "蓝一舟"}]


def test_glossed_notice_title_run_into_its_text_under_a_header() -> None:
    """A converter's copy (pinyin glosses after some characters) whose notice title runs into
    its text on one line, under a furniture header line: the title is cut off as the headline."""
    raw = ("時間:2022-07-19 作者:東川縣衛(wèi)生健康局 點擊數(shù): |\n|\n"
           "關(guān)于調(diào)整部分中高風(fēng)險區(qū)的通告 根據(jù)國務(wù)院聯(lián)防聯(lián)控機制有關規定，"
           "經專家綜合研判，決定將城關鎮東門社區調整為低風險區，其他區域風險等級不變。\n")
    item = one_item(raw)
    assert item.headline == "关于调整部分中高风险区的通告"  # (the headline's text reads past the glosses)


def test_notice_title_opening_a_page_of_short_list_lines() -> None:
    """An issuer's line and a notice's title opening a page whose lines are mostly short list
    rows (zones, addresses): the notice's title is the headline, as on any web page."""
    rows = "".join(f"城关镇东门村{k}号楼{k}单元\n" for k in range(1, 9))
    raw = ("东川县防疫指挥部办公室\n关于变更若干区域风险级别的通告\n"
           "根据当前防控形势变化，经县指挥部研判，决定对若干区域的风险级别作出变更。\n"
           "一、以下区域列为高风险区(8个)\n" + rows
           + "上述区域实行封控，居民足不出户，物资上门配送。\n")
    item = one_item(raw)
    assert item.headline == "关于变更若干区域风险级别的通告"


def test_picture_source_credit_inside_a_story_keeps_the_story_whole() -> None:
    """``图片来源：某社记者 甲 摄`` under a picture (its file name printed as a line) in the
    middle of a story: a picture's credit, neither a new item's title nor the story's end."""
    raw = ("东川县新增阳性病例23例\n\n" + NOTICE_BODY + "截至7月3日20时，东川县共报告阳性病例98例，均已转运隔离。\n"
           "5944710496911151104.jpeg\n图片来源：江北社记者 甘小禾 摄\n"
           "7月3日，东川县防疫指挥部又发通告，城关镇新增3个高风险区，实行封控管理。\n")
    items, _ = split_page(raw)
    assert len(items) == 1 and items[0].headline == "东川县新增阳性病例23例"
    people = {(c.name, c.role) for b in item_bylines(items[0], raw) for c in b.contributors}
    assert ("甘小禾", "photographer") in people


def test_labelled_date_with_a_source_field_under_the_title() -> None:
    """``时间：2020-10-13 来源：某某网`` (a labelled date, then the source and author fields) is the
    page's date-and-source line: the line over it is the title, the chrome above that furniture."""
    raw = "江北讲坛网 学习正当时 焦点图\n\n东川县开展全员核酸检测\n\n时间:2020-10-13   来源:江北网\n\n" + NOTICE_BODY
    assert one_item(raw).headline == "东川县开展全员核酸检测"
    raw = "东川县开展全员核酸检测\n时间:2022-03-17 19:49:50  来源:东川新闻  作者:江北网\n" + NOTICE_BODY
    assert one_item(raw).headline == "东川县开展全员核酸检测"


def test_notice_reported_by_a_short_lead_is_the_story_s_own_text() -> None:
    """A report's title, a one-paragraph lead telling what a notice says, then that notice in full
    (its title restating the lead) and a credit closing it all: one story, not a bundle."""
    raw = ("东川城区封闭管理 市民居家隔离\n\n"
           "记者从东川县防控指挥部了解到，从7月7日0时起，东川县城区全员居家，实行封闭管理。\n\n"
           "关于东川县城区全员居家隔离的通告\n\n"
           "为保障全县群众健康，经县指挥部研究决定，现将有关事项通告如下：\n\n"
           "一、从7月7日0时起，对城区实行封闭管理，居民居家隔离，每户每天可派一人外出采购。\n\n"
           "二、居家隔离期间，学校一律停课，除保障运行的单位外一律停业。\n\n"
           "（江北台记者 甘小禾 蓝一舟）\n")
    item = one_item(raw)
    assert item.headline == "东川城区封闭管理 市民居家隔离"
    assert {c.name for b in item_bylines(item, raw) for c in b.contributors} == {"甘小禾", "蓝一舟"}


def test_a_web_page_s_first_line_may_exclaim() -> None:
    """A repost's title ending with exclamation marks (``…即刻报备！!!``, ``封城！停课！检测！``)
    on the page's first line: its title, once the final marks are read past."""
    raw = "急请有以下旅行史人员即刻报备！!!\n一、报备对象：\n" + NOTICE_BODY + "二、报备方式：\n" + NOTICE_BODY
    headline = one_item(raw).headline
    assert headline is not None and headline.rstrip("！!") == "急请有以下旅行史人员即刻报备"
    raw = "东川深夜通报：封城！停课！全员核酸检测！\n新增本土确诊病例2例\n" + NOTICE_BODY
    assert one_item(raw).headline == "东川深夜通报：封城！停课！全员核酸检测！"
