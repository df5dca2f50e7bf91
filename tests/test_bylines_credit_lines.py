"""What makes a credit a credit (issue 12, round 9): a bracket of role words and names opening
a paragraph with no lead marker, outlets joined by a slash before a lead bracket, the office
or town printed before the names of a bracket, labelled header and credit lines the page
splitter sets apart, and notes after the names. Names, outlets, places and dates are invented."""
from __future__ import annotations

from etl.extract.bylines import item_bylines, parse_byline, scan_line
from etl.extract.segment import split_page


def found(line: str) -> set[tuple[str, str]]:
    return {(c.name, c.role) for f in scan_line(line) for c in f.contributors}


def people(raw: str) -> set[tuple[str, str]]:
    items, _ = split_page(raw)
    return {(c.name, c.role) for it in items for b in [*it.bylines, *item_bylines(it, raw)] for c in b.contributors}


def test_role_bracket_opening_a_paragraph_is_its_byline() -> None:
    # no 本报讯 before it: the paragraph start is the lead's place
    line = "  （记者 邝书华 通讯员 柯远 褚明川） 入冬以来，溪口镇每周在集镇开设两次流动采样点。"
    assert found(line) == {("邝书华", "reporter"), ("柯远", "correspondent"), ("褚明川", "correspondent")}
    # a credit marker with a space before the closing bracket
    assert found("(文/图 阮青禾 )去年春天，我在老家的村口当了十天志愿者。") == {
        ("阮青禾", "reporter"), ("阮青禾", "photographer")}
    # bare names opening a paragraph say nothing of who they are: no byline
    assert not found("（邝书华 柯远）入冬以来，溪口镇每周开设两次流动采样点。")
    # nor a bracket of notes
    assert not found("（二）加强集贸市场管理")


def test_outlets_joined_by_a_slash_open_a_lead_bracket() -> None:
    line = "河谷商报/河谷网（记者 阮青禾 文/图）城西社区的志愿者每天在小区门口轮班。"
    assert found(line) == {("阮青禾", "reporter"), ("阮青禾", "photographer")}


def test_office_or_town_before_the_names_of_a_bracket() -> None:
    # a lead bracket: the office is where the writer works
    assert found("河谷网讯（溪口镇政府 邝书华） 连日来，溪口镇在各村路口设置劝导点。") == {("邝书华", "reporter")}
    # a bracket closing the item: a town, then the writer
    assert found("确保采样不漏一户。（溪口镇 邝书华）") == {("邝书华", "reporter")}
    # two places are no credit
    assert not found("确保采样不漏一户。（溪口镇 柳湾乡）")


def test_labelled_credit_lines_set_apart_inside_the_item() -> None:
    # a government site's header line between the title and the text
    raw = ("当前位置：首页 > 乡镇动态\n\n"
           "柳湾乡完成第三轮区域核酸检测\n\n"
           "时间：2022-06-14 10:20:31 来源：柳湾乡 作者：邝书华 责任编辑：点击数：\n\n"
           "6月13日，柳湾乡第三轮区域核酸检测结束，累计采样四千余人，结果均为阴性。\n\n"
           "乡里同时提醒返乡人员主动报备行程。\n")
    got = people(raw)
    assert ("邝书华", "reporter") in got
    # the page's credit block between the text and a closing picture caption
    raw2 = ("【战疫作品】河谷晚报 坚守系列之三\n\n"
            "连日来，高速河谷出口的检查点全天轮班，对每辆入城车辆测温登记。\n\n"
            "检查点实行二十四小时值守，做到不漏一车、不漏一人。\n\n"
            "本版撰稿：首席记者 阮青禾\n\n"
            "本版摄影：摄友 褚明川 （除署名外）\n\n"
            "image02.jpg\n\n"
            "请出示健康码，配合测一下体温。\n")
    got2 = people(raw2)
    assert {("阮青禾", "reporter"), ("褚明川", "photographer")} <= got2
    assert not any(n.startswith("除") for n, _ in got2)


def test_an_outlet_or_a_word_in_an_author_field_is_nobody() -> None:
    raw = ("柳湾乡完成第三轮区域核酸检测\n\n"
           "时间：2022-06-14 10:20:31 来源：河谷新闻 作者：河谷网 责任编辑：点击数：\n\n"
           "6月13日，柳湾乡第三轮区域核酸检测结束，累计采样四千余人，结果均为阴性。\n\n"
           "乡里同时提醒返乡人员主动报备行程。\n")
    assert not {r for _, r in people(raw)} & {"reporter", "photographer", "correspondent"}
    assert not found("2020-02-08 10:41:00 来源：河谷县政府 作者：消息 责任编辑：褚明")


def test_magazine_reporter_and_a_filing_note() -> None:
    assert [(c.name, c.role) for c in parse_byline("本刊记者/褚明川")] == [("褚明川", "reporter")]
    assert found("进入溪口镇前，转运的大巴停在路边。图/本刊记者 褚明川 摄") == {("褚明川", "photographer")}
    # where the story was filed from is a note, not a second author
    assert found("记者 | 阮青禾 （发自河谷）") == {("阮青禾", "reporter")}
    # a periodical in 《》 before 采访人员 glued to the name and to 摄
    assert found("凌晨一点，排队等候采样的居民。《河谷周刊》采访人员褚明川摄") == {("褚明川", "photographer")}


def test_an_outlet_printed_apart_before_its_reporter() -> None:
    from etl.extract.bylines import standalone_byline

    p = standalone_byline("柳湾网  邝书华")  # three characters: too short for an office
    assert p is not None and [(c.name, c.role) for c in p.contributors] == [("邝书华", "reporter")]
    # an outlet before a word or a place credits nobody
    assert standalone_byline("溪口新闻网 今日要闻") is None and standalone_byline("河谷网 北京") is None


def test_a_transcripts_speaker_label_credits_the_reporter() -> None:
    # a TV report written down: the reporter's name, a colon, what the reporter says
    line = "柳湾县融媒体中心记者 邝书华：按照县指挥部安排，今天上午全县开展新一轮核酸采样。"
    assert found(line) == {("邝书华", "reporter")}
    # an empty author field before the next field's label names nobody
    assert not found("发布日期：2022-06-14 09:10:11 来源：柳湾县卫生健康局 作者： 点击：[]")
    # a resident quoted with a colon is no credit
    assert not found("市民 邝书华：我们都很配合。")
    # an interview's question label on the line under the byline is no part of the name
    raw = "柳湾县：一天完成全员采样\n——访柳湾县卫生健康局负责人\n□本报记者 邝书华\n问：采样怎么安排？\n答：全县设采样点四百个，一天内完成。\n"
    assert ("邝书华", "reporter") in people(raw) and not any(n.endswith("问") for n, _ in people(raw))


def test_a_converters_gloss_inside_a_credit_bracket() -> None:
    # a traditional mirror keeps the converter's pinyin after a character: no bracket of the text
    assert found("(溪口新聞網(wǎng)  周海平)菜市場是市民每天出入的地方。") == {("周海平", "reporter")}
    assert found("採樣工作有序進行。(總臺(tái)記者 周海平 秦立)") == {("周海平", "reporter"), ("秦立", "reporter")}
