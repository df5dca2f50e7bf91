"""Credit forms met on real web reposts: an outlet glued to the role word before names without a
common surname, empty header fields, a source field inside a closing bracket, a line opened by
names closed with 报道, a bare name with a picture-and-text marker, and an office with one
person's name closing an item. Texts are invented."""
from __future__ import annotations

from etl.extract.bylines import item_bylines, scan_line
from etl.extract.segment import split_page


def found(line: str) -> set[tuple[str, str]]:
    return {(c.name, c.role) for f in scan_line(line) for c in f.contributors}


def test_outlet_before_role_word_and_a_name_without_common_surname() -> None:
    # the outlet (总台) glued before 记者 is an affiliation, not a name the check must know
    assert found("（总台记者 孟凡 其其格）") == {("孟凡", "reporter"), ("其其格", "reporter")}


def test_empty_author_field_names_nobody() -> None:
    assert found("刊发日期:2021-06-02 作者:  阅读次数:") == set()


def test_label_after_a_credit_is_not_a_name() -> None:
    got = found("文章来源:某某网 文章作者:孔令 责任编辑:孔令 浏览量:")
    assert got == {("孔令", "reporter"), ("孔令", "editor")}


def test_source_field_opening_a_closing_bracket() -> None:
    assert found("样本全部为阴性。(信息来源:新华社 记者 韩梅)") == {("韩梅", "reporter")}
    assert found("样本全部为阴性。(消息来源：中新社记者韩梅)") == {("韩梅", "reporter")}


def test_line_opening_with_names_closed_by_report() -> None:
    got = found("本报通讯员高林 吴桐报道 入冬以来，某镇提早部署，织密防控网。")
    assert got == {("高林", "correspondent"), ("吴桐", "correspondent")}


def test_bare_name_with_picture_and_text_marker_wrote_it_too() -> None:
    assert found("汪洋 图/文") == {("汪洋", "reporter"), ("汪洋", "photographer")}
    # a role word before the names keeps its role: the marker only adds the pictures
    assert found("（记者 汪洋 通讯员 何平 文/图）") == {
        ("汪洋", "reporter"), ("汪洋", "photographer"), ("何平", "correspondent"), ("何平", "photographer"),
    }


def test_office_and_person_line_closing_an_item_credits_the_writer() -> None:
    raw = ("1月5日，县里召开冬季防控推进会，各镇通报了卡口值守情况。\n"
           "会上明确，下周起加密对冷链仓库的抽检。\n"
           "县融媒体发展中心 梁小雨\n")
    items, _ = split_page(raw)
    assert len(items) == 1 and items[0].headline is None
    got = {(c.name, c.role) for b in item_bylines(items[0], raw) for c in b.contributors}
    assert got == {("梁小雨", "reporter")}


def test_an_office_and_a_place_are_no_credit() -> None:
    assert found("县疾控中心 青松镇") == set()


def test_lead_marker_then_an_unbracketed_credit_ended_by_white_space() -> None:
    # 本报讯 记者甲 正文: no bracket and no date after the name; the space ends the credit
    assert found("本报讯 记者孔令川 连日来，柳河县各村卡口坚持二十四小时值守。") == {("孔令川", "reporter")}
    assert found("青松日报讯 记者 孔令川 钱多多 连日来，柳河县各村卡口坚持值守。") == {
        ("孔令川", "reporter"), ("钱多多", "reporter")}
    assert found("本报讯 记者从柳河县防控办获悉 连日来各村坚持值守。") == set()


def test_teasers_of_other_stories_closed_by_a_details_link_credit_nobody_here() -> None:
    raw = ("柳河县开展区域核酸检测\n2022-06-03 09:40 来源：青松日报\n"
           "6月3日起，柳河县在城区分三个片区开展区域核酸检测，全县共设置采样点四十二个，请居民按社区通知错峰参加。\n"
           "责任编辑：郑可心\n"
           "春日里，白石湖公园的桃花竞相开放，游人在花间漫步，享受明媚春光。（青松日报记者 孔令川 报道 摄影 钱多多）[详细]\n")
    assert ("孔令川", "reporter") not in _credits(raw)
    assert ("钱多多", "photographer") not in _credits(raw)


def _credits(raw: str) -> set[tuple[str, str]]:
    items, _ = split_page(raw)
    return {(c.name, c.role) for it in items for b in item_bylines(it, raw) for c in b.contributors}
