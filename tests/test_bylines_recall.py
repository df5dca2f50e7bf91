"""Byline recall on reposted web texts and page dumps (issue 12): a credit bracket that opens
with a source field, the 采写 credit word, a role word glued to a link before it, and a run
of names printed without separators. Names, places and dates are invented."""
from __future__ import annotations

from etl.extract.bylines import item_bylines, parse_byline, scan_line
from etl.extract.segment import split_page


def people(raw: str) -> set[tuple[str, str]]:
    items, _ = split_page(raw)
    return {(c.name, c.role) for it in items for b in [*it.bylines, *item_bylines(it, raw)] for c in b.contributors}


def test_source_bracket_closing_an_article_is_one_credit() -> None:
    # the space inside the bracket is no cut between a title and a byline
    raw = ("芦湾镇增设两处便民采样点\n"
           "11月4日起，芦湾镇在集市东口和卫生院门前各增设一处采样点，每天开放到晚上八点。\n"
           "（来源：河谷晨报 记者：庞远舟）\n")
    assert ("庞远舟", "reporter") in people(raw)
    raw2 = raw.replace("记者：庞远舟", "记者 庞远舟 左思齐")
    assert {("庞远舟", "reporter"), ("左思齐", "reporter")} <= people(raw2)


def test_caixie_credits_the_writers() -> None:
    assert [(c.name, c.role) for c in parse_byline("采写：庞远舟 左思齐")] == [
        ("庞远舟", "reporter"), ("左思齐", "reporter")]
    raw = ("柏溪乡开展冬季消杀\n"
           "12月2日，柏溪乡组织志愿者对农贸市场和候车亭开展消杀。\n"
           "采写：庞远舟\n")
    assert ("庞远舟", "reporter") in people(raw)


def test_role_word_glued_to_a_link_opens_a_byline() -> None:
    line = "https://example.org/n/20211103/77.htm记者庞远舟/综合报道/11月3日，柏溪乡暂停集市。"
    assert {(c.name, c.role) for f in scan_line(line) for c in f.contributors} == {("庞远舟", "reporter")}
    # a header's clock time run into the byline by a page dump
    line2 = "2021-11-03 09:12记者 庞远舟 左思齐11月3日，柏溪乡暂停集市。"
    assert {(c.name, c.role) for f in scan_line(line2) for c in f.contributors} == {
        ("庞远舟", "reporter"), ("左思齐", "reporter")}
    # glued to Chinese text it stays running text
    assert not [f for f in scan_line("昨天下午记者庞远舟说，集市暂停。") if f.contributors]


def test_glued_names_split_where_common_surnames_start() -> None:
    got = [c.name for c in parse_byline("（总台记者庞远黄鹂王玉成）")]
    assert got == ["庞远", "黄鹂", "王玉成"]


def test_names_wrapped_over_lines_of_a_page_dump() -> None:
    # a colon credit whose second name is cut by the wrap: not a two-character name
    raw = ("桐林镇恢复早市\n\n 12月6日起，桐林镇早市恢复营\n\n业，摊位间隔两米。记者：庞远\n\n舟、左思齐\n")
    got = people(raw)
    assert {("庞远舟", "reporter"), ("左思齐", "reporter")} <= got and ("庞远", "reporter") not in got
    # bare names in a closing bracket, wrapped at the space between two of them
    raw2 = ("桐林镇恢复早市\n\n 12月6日起，桐林镇早市恢复营\n\n业，摊位间隔两米。(庞远舟 \n\n左思齐 柯小满)\n")
    assert {("庞远舟", "reporter"), ("左思齐", "reporter"), ("柯小满", "reporter")} <= people(raw2)
    # a text credit cut inside its name, a picture credit whole on the next line
    raw3 = ("桐林镇恢复早市\n\n 12月6日起，桐林镇早市恢复营\n\n业，摊位间隔两米。文/庞\n\n远舟 图/左思齐\n")
    assert {("庞远舟", "reporter"), ("左思齐", "photographer")} <= people(raw3)


def test_outlets_printed_one_after_another_before_the_role_word() -> None:
    raw = ("柏溪乡开展冬季消杀\n"
           "12月2日，柏溪乡组织志愿者对农贸市场和候车亭开展消杀。\n"
           "总台央视记者 庞远舟 左思齐\n")
    assert {("庞远舟", "reporter"), ("左思齐", "reporter")} <= people(raw)
    raw2 = raw.replace("总台央视记者", "柏溪新闻客户端记者")
    assert ("庞远舟", "reporter") in people(raw2)


def test_byline_run_into_the_text_ends_at_a_date() -> None:
    # a page dump joins the byline line to the body under it
    raw = ("桐林镇恢复早市\n\n 融媒体记者庞远舟12月6\n\n日起，桐林镇早市恢复营\n\n业，摊位间隔两米。\n")
    assert ("庞远舟", "reporter") in people(raw)
    line = "记者 庞远舟 左思齐2021年12月6日，桐林镇早市恢复营业。"
    assert {(c.name, c.role) for f in scan_line(line) for c in f.contributors} == {
        ("庞远舟", "reporter"), ("左思齐", "reporter")}


def test_photo_marker_after_a_slash_and_picture_credit_before_the_name() -> None:
    found = {(c.name, c.role) for f in scan_line("志愿者为独居老人送菜。（记者 柯小满/摄）") for c in f.contributors}
    assert found == {("柯小满", "photographer")}  # under one picture: who took it
    assert [(c.name, c.role) for c in parse_byline("柯小满/摄")] == [("柯小满", "photographer")]
    assert [(c.name, c.role) for c in parse_byline("供图：柯小满")] == [("柯小满", "photographer")]


def test_office_and_several_names_closing_an_item_credit_the_writers() -> None:
    raw = ("柏溪乡开展冬季消杀\n"
           "12月2日，柏溪乡组织志愿者对农贸市场和候车亭开展消杀。\n"
           "柏溪县融媒体中心 庞远舟 左思齐\n")
    assert {("庞远舟", "reporter"), ("左思齐", "reporter")} <= people(raw)
    assert ("柯小满", "reporter") in people(raw.replace("柏溪县融媒体中心 庞远舟 左思齐", "柏溪县委宣传部 柯小满"))


def test_lead_marker_printed_in_square_brackets() -> None:
    for lead in ("【柏溪日报讯】（记者 庞远舟 通讯员 左思齐）", "【柏溪网12月2日讯】记者 庞远舟 通讯员 左思齐 报道："):
        line = lead + "12月2日，柏溪乡组织志愿者对农贸市场开展消杀。"
        got = {(c.name, c.role) for f in scan_line(line) for c in f.contributors}
        assert got == {("庞远舟", "reporter"), ("左思齐", "correspondent")}, lead
