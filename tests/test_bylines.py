"""Byline parsing: every written form the pages use, and body text that is not a byline."""
from __future__ import annotations

import pytest

from etl.extract.bylines import (
    find_lead,
    find_trailing_byline,
    is_lead,
    is_photo_credit,
    parse_byline,
    scan_line,
    standalone_byline,
)


def roles(text: str) -> set[tuple[str, str]]:
    return {(c.name, c.role) for c in parse_byline(text)}


def test_lead_reporter_and_correspondent() -> None:
    assert roles("本报讯（记者 闫晓媛 通讯员 于亚军）") == {("闫晓媛", "reporter"), ("于亚军", "correspondent")}


def test_wrapped_and_spaced_out() -> None:
    assert roles("本报讯 （记者 闫晓媛 通讯\n\n员 于亚军）") == {("闫晓媛", "reporter"), ("于亚军", "correspondent")}
    assert roles("本 报 讯 （记 者\n\n武玲芳）") == {("武玲芳", "reporter")}
    assert roles("（记 者 武 玲 芳）") == {("武玲芳", "reporter")}


def test_wen_she_makes_everyone_photographer() -> None:
    got = parse_byline("本报讯(记者 司勇 通讯员 赵娟 王佩琦 文/摄)")
    assert {(c.name, c.role) for c in got} == {
        ("司勇", "reporter"), ("司勇", "photographer"),
        ("赵娟", "correspondent"), ("赵娟", "photographer"),
        ("王佩琦", "correspondent"), ("王佩琦", "photographer"),
    }
    assert [c.order for c in got if c.role != "photographer"] == [1, 2, 3]
    assert {c.order for c in got if c.name == "司勇"} == {1}


def test_several_names_after_one_role() -> None:
    assert roles("通讯员 赵娟 王佩琦") == {("赵娟", "correspondent"), ("王佩琦", "correspondent")}
    assert roles("通讯员 赵娟、王佩琦") == {("赵娟", "correspondent"), ("王佩琦", "correspondent")}
    # written without separators: split at surnames
    assert roles("记者司勇通讯员赵娟王佩琦") == {("司勇", "reporter"), ("赵娟", "correspondent"), ("王佩琦", "correspondent")}


def test_caption_credit() -> None:
    assert roles("记者 杨洋 通讯员 张文军 摄") == {
        ("杨洋", "reporter"), ("杨洋", "photographer"), ("张文军", "correspondent"), ("张文军", "photographer")
    }
    assert is_photo_credit("记者 杨洋 通讯员 张文军 摄")
    assert roles("本报记者 张三 摄") == {("张三", "reporter"), ("张三", "photographer")}
    assert roles("张三 摄") == {("张三", "photographer")}
    assert roles("摄影 李四") == {("李四", "photographer")}


def test_end_bylines() -> None:
    assert roles("记者 王丹") == {("王丹", "reporter")}
    assert roles("通讯员 刘雪婷") == {("刘雪婷", "correspondent")}
    assert roles("（记者 王丹 通讯员 刘雪婷）") == {("王丹", "reporter"), ("刘雪婷", "correspondent")}
    assert standalone_byline("记者 王丹") is not None
    assert not is_photo_credit("记者 王丹")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("本报记者 张三", {("张三", "reporter")}),
        ("见习记者 李小明", {("李小明", "reporter")}),
        ("特约通讯员 王五", {("王五", "correspondent")}),
        ("实习生 王小明", {("王小明", "intern")}),
        ("责任编辑：张三", {("张三", "editor")}),
        ("编辑 李四 校对 王五", {("李四", "editor"), ("王五", "editor")}),
        ("新华社记者 张三", {("张三", "reporter")}),
        ("文/李四 图/王五", {("李四", "reporter"), ("王五", "photographer")}),
        ("记者 欧阳晓明", {("欧阳晓明", "reporter")}),
    ],
)
def test_roles(text: str, want: set[tuple[str, str]]) -> None:
    assert roles(text) == want


def test_agency() -> None:
    assert roles("据新华社报道") == {("新华社", "agency")}
    assert roles("新华社北京11月9日电（记者 李四）") == {("李四", "reporter"), ("新华社", "agency")}
    assert roles("来源：人民网") == {("人民网", "agency")}


def test_names_inside_role_words_not_split() -> None:
    assert roles("通讯员 张文军") == {("张文军", "correspondent")}  # 文 inside a name
    assert roles("记者 李文 通讯员 赵图") == {("李文", "reporter"), ("赵图", "correspondent")}


def test_body_text_is_not_a_byline() -> None:
    for text in ("记者在灵石县", "志愿者王璐依旧穿梭", "居民王奶奶", "社区党支部书记兼主任霍渊", "记者从小店区教育局了解到，", "疫情防控不松懈 垃圾清运不停歇"):
        assert standalone_byline(text) is None, text


def test_lead_markers() -> None:
    assert is_lead("本报讯（记者武玲芳）疫情就是命令")
    assert is_lead("本报11月9日讯")
    assert is_lead("晋中日报讯（记者张三）")
    assert is_lead("新华社太原4月3日电（记者李四）")
    assert not is_lead("报告新冠肺炎确诊病例后")
    s = "本报讯（记者闫晓媛通讯员于亚军）下沉包联"
    assert find_lead(s) == (3, s.index("）") + 1)
    assert find_lead("本报讯 记者") == (3, 3) or find_lead("本报讯记者") == (3, 3)


def test_trailing_byline() -> None:
    t = "…定能早日战胜疫情。（记者 王丹 通讯员 刘雪婷）"
    assert t[find_trailing_byline(t):] == "（记者 王丹 通讯员 刘雪婷）"
    t = "共筑疫情防控“防护墙”。 记者 杨洋 摄"
    assert t[find_trailing_byline(t):] == "记者 杨洋 摄"
    assert find_trailing_byline("他说。记者李四说") is None
    assert find_trailing_byline("没有署名的句子。") is None


def test_traditional_role_words() -> None:
    assert roles("（記者 李明 通訊員 朱江）") == {("李明", "reporter"), ("朱江", "correspondent")}
    assert roles("實習生 趙凡") == {("赵凡", "intern")}
    assert roles("責任編輯 王五") == {("王五", "editor")}
    assert standalone_byline("（記者 李明 通訊員 朱江）") is not None


def test_four_character_and_dotted_names_stay_whole() -> None:
    assert roles("（记者 阿依古丽 通讯员 刘涛）") == {("阿依古丽", "reporter"), ("刘涛", "correspondent")}
    assert roles("记者 买买提·吐尔逊") == {("买买提·吐尔逊", "reporter")}
    assert roles("通讯员 赵娟王佩琦") == {("赵娟", "correspondent"), ("王佩琦", "correspondent")}  # 5 chars: split


def test_names_without_common_surname_when_printed_apart() -> None:
    assert standalone_byline("（记者 其木格 通讯员 王海峰）") is not None
    assert standalone_byline("记者 阿依古丽") is not None
    assert standalone_byline("记者 在灵石县采访") is None
    assert standalone_byline("（记者在灵石县）") is None


def test_agency_is_never_a_reporter() -> None:
    assert roles("记者 新华社") == {("新华社", "agency")}
    assert roles("新华社") == {("新华社", "agency")}
    assert ("新华社", "reporter") not in roles("新华社成都9月1日电（记者 张海磊、童芳）")


def test_credit_marker_before_job_title() -> None:
    assert roles("文/图 记者 刘一") == {("刘一", "reporter"), ("刘一", "photographer")}
    assert roles("图/记者 王五") == {("王五", "photographer")}
    assert roles("文/摄 本报记者 张三") == {("张三", "reporter"), ("张三", "photographer")}


def test_affiliation_before_role_word() -> None:
    assert roles("某某日报记者 林一 摄") == {("林一", "reporter"), ("林一", "photographer")}
    assert roles("某某晚报通讯员 张三") == {("张三", "correspondent")}
    assert is_photo_credit("某某日报记者 林一 摄")


def test_decorated_byline() -> None:
    assert roles("□本报记者 周一") == {("周一", "reporter")}
    assert standalone_byline("□记者 王五") is not None
    assert standalone_byline("■市教育局昨日通知") is None


@pytest.mark.parametrize("text", [
    "人民网北京6月1日电（记者 王五）",
    "新华社北京6月1日电（记者 王五、李四）",
    "中新网兰州10月3日电 (记者 王五)",
    "本报北京6月1日电（记者 王五）",
])
def test_datelines_give_reporters(text: str) -> None:
    assert is_lead("".join(text.split()))
    assert ("王五", "reporter") in roles(text)


def test_unbracketed_lead_name_boundary() -> None:
    def lead(text: str) -> str:
        chars = [c for c in text if not c.isspace()]
        gaps = [i > 0 and text[i - 1].isspace() for i, c in enumerate(text) if not c.isspace()]
        s = "".join(chars)
        _, end = find_lead(s, gaps)
        return s[:end]

    assert lead("本报讯 记者孙一 为严防疫情") == "本报讯记者孙一"
    assert lead("本报讯 记者孙一为严防疫情") == "本报讯记者孙一"
    assert lead("本报讯 记者王小明近日从区卫健委获悉") == "本报讯记者王小明"
    assert lead("本报讯 记者 张三 通讯员 李四 4月8日，") == "本报讯记者张三通讯员李四"
    assert lead("本报讯 记者张三：近日，") == "本报讯记者张三："
    assert lead("本报讯 近日，全市开展排查") == "本报讯"
    assert roles("本报讯 记者孙一") == {("孙一", "reporter")}


def test_paper_affiliation_inside_brackets() -> None:
    assert roles("（江城日报记者 李明 通讯员 赵四）") == {("李明", "reporter"), ("赵四", "correspondent")}
    assert find_trailing_byline("正文到此结束。（江城日报记者 李明）") is not None


def test_wechat_tail_credits_are_editors() -> None:
    for kw in ("编辑", "审核", "监制"):
        assert roles(f"{kw}：王小明") == {("王小明", "editor")}


# --- bylines printed inside lines (web articles, reposts, narrow columns) ------------------
# Every text below is invented (names, places, dates); each shows a layout seen in real
# articles that segmentation leaves inside the body.

import json  # noqa: E402
from pathlib import Path  # noqa: E402

from etl.extract.bylines import item_bylines  # noqa: E402
from etl.extract.model import Item  # noqa: E402
from etl.extract.segment import split_page  # noqa: E402


def page_items(raw: str) -> list[Item]:
    """A page's items with all their bylines, as the pipeline finds them."""
    items, _ = split_page(raw)
    for it in items:
        it.bylines = item_bylines(it, raw)
    return items


def page_roles(raw: str) -> set[tuple[str, str]]:
    """(name, role) of every item of a page, editors and agencies left out."""
    return {(c.name, c.role) for it in page_items(raw) for c in it.contributors if c.role not in ("editor", "agency")}


BODY = "青川县今天起对城区实行封闭管理，居民非必要不外出。全县各乡镇同步开展核酸检测。"


def test_dateline_with_source_and_glued_reporter() -> None:
    # (already found before the line scan: a guard that the scan does not double or break it)
    raw = f"青川县城区今起实行封闭管理\n\n2021-07-14 来源:青川日报 记者柯一鸣\n\n  {BODY}\n"
    assert page_roles(raw) == {("柯一鸣", "reporter")}


def test_portal_header_with_a_bare_author_name() -> None:
    raw = f"青川县实行封闭管理\n2021-07-14 08:15:40 柯一鸣 来源:青川日报\n\n{BODY}\n"
    assert page_roles(raw) == {("柯一鸣", "reporter")}


def test_closing_bracket_with_station_reporters() -> None:
    raw = f"青川县实行封闭管理\n\n{BODY}（总台记者 邹小川 闵杰 卢畅 童一帆）\n"
    assert page_roles(raw) == {(n, "reporter") for n in ("邹小川", "闵杰", "卢畅", "童一帆")}


def test_bare_names_in_a_closing_bracket_and_after_a_dateline_lead() -> None:
    assert page_roles(f"青川县实行封闭管理\n\n{BODY}（邬晓岚、龚睿）\n") == {("邬晓岚", "reporter"), ("龚睿", "reporter")}
    lead = f"青川县实行封闭管理\n\n某某网青川7月14日电 （邬晓岚、龚睿）{BODY}\n"
    assert page_roles(lead) == {("邬晓岚", "reporter"), ("龚睿", "reporter")}
    # a bracket that is no byline: a quote's speaker inside a sentence, a place, a note
    assert page_roles(f"青川县实行封闭管理\n\n他说（柯一鸣）今天起封闭。{BODY}（城关镇）\n") == set()
    assert page_roles(f"青川县实行封闭管理\n\n{BODY}（完）\n") == set()
    assert page_roles(f"青川县实行封闭管理\n\n{BODY}联系人为（邬晓岚）\n") == set()  # no sentence closed before it
    # a place in brackets reads like a name (surname 张, 杨): the gazetteer knows it
    assert page_roles(f"青川县实行封闭管理\n\n{BODY}（张家港）\n") == set()
    assert page_roles(f"青川县实行封闭管理\n\n{BODY}（杨柳青）\n") == set()


def test_correspondents_as_a_colon_list_on_their_own_line() -> None:
    # the line above ends without a stop, so the list is re-joined into the paragraph
    raw = f"青川县实行封闭管理\n\n{BODY}请居民了解防护知识\n\n通讯员:詹明 骆菲菲 车志远\n"
    assert page_roles(raw) == {(n, "correspondent") for n in ("詹明", "骆菲菲", "车志远")}


def test_repeated_caption_credits_name_a_photographer_once() -> None:
    caps = "".join(f"7月14日，青川县第{k}采样点，居民排队检测。某某网记者 蓝一舟 摄\n" for k in "一二三")
    items = page_items(f"青川县开展核酸检测\n\n{caps}")
    people = [(c.name, c.role) for it in items for c in it.contributors]
    assert people == [("蓝一舟", "photographer")]  # a reporter with only photo credits shot them


def test_photographer_who_also_wrote_the_article_keeps_both_roles() -> None:
    raw = (
        "青川县开展核酸检测\n"
        "7月14日，青川县城关镇采样点，居民排队检测。某某网记者 蓝一舟 摄\n"
        f"某某网7月14日讯（记者 严可 蓝一舟）{BODY}\n"
    )
    assert page_roles(raw) == {("蓝一舟", "photographer"), ("蓝一舟", "reporter"), ("严可", "reporter")}


def test_photographer_credits_and_photo_reports() -> None:
    assert roles("摄影师:何一凡") == {("何一凡", "photographer")}
    assert roles("樊星 摄影报道") == {("樊星", "photographer")}
    assert page_roles(f"青川县开展核酸检测\n\n{BODY}（樊星 摄影报道）\n") == {("樊星", "photographer")}
    assert page_roles(f"青川县开展核酸检测\n\n{BODY}\n\n何一凡/摄影\n") == {("何一凡", "photographer")}


def test_media_centre_reporters_and_names_glued_to_the_role_word() -> None:
    for text in ("融媒体记者 韦东", "全媒体记者韦东", "总台记者 韦东", "央视记者 韦东"):
        p = standalone_byline(text)
        assert p is not None and {(c.name, c.role) for c in p.contributors} == {("韦东", "reporter")}, text


def test_editors_are_never_reporters_even_when_loosely_written() -> None:
    raw = f"青川县实行封闭管理\n\n{BODY}\n（记者 苗青 邵远 编辑 郝Q）\n"
    assert page_roles(raw) == {("苗青", "reporter"), ("邵远", "reporter")}
    assert roles("责编 苗青") == {("苗青", "editor")}


def test_outlet_leads_of_a_site_or_two_joined_outlets() -> None:
    assert is_lead("本网讯(记者韦东)5月1日")
    assert is_lead("某某报-某某新闻网讯(记者韦东)5月1日")
    raw = f"青川县实行封闭管理\n\n某某日报-某某网青川5月1日讯(记者韦东){BODY}\n"
    assert page_roles(raw) == {("韦东", "reporter")}


def test_byline_then_source_field_in_one_line() -> None:
    raw = f"青川县实行封闭管理\n\n{BODY} 记者:柯一鸣 严可 来源:青川县融媒体中心\n"
    assert page_roles(raw) == {("柯一鸣", "reporter"), ("严可", "reporter")}


def test_traditional_repost_byline_with_report_kind_and_outlet() -> None:
    raw = f"青川縣實行封閉管理\n記者葉書涵/綜合報導/某某新聞\n\n{BODY}\n"
    assert page_roles(raw) == {("葉書涵", "reporter")}  # as printed, as the headline


def test_running_text_with_role_words_is_not_a_byline() -> None:
    raw = f"青川县实行封闭管理\n\n记者从青川县指挥部了解到，{BODY}。记者柯一鸣说，居民都很配合。记者蓝一舟摄下了排队的场景。\n"
    assert page_roles(raw) == set()
    assert roles("记者郭成摄青川县城关镇第一采样点") == set()  # no name runs on for ten characters
    assert standalone_byline("记者 柯一鸣 近日") is None  # a word of the body printed apart is no name


def test_glued_names_of_two_common_surnames_are_two_people() -> None:
    assert roles("(记者王欣陈默)") == {("王欣", "reporter"), ("陈默", "reporter")}
    assert roles("记者 阿依古丽") == {("阿依古丽", "reporter")}  # rarer surnames: one name
    assert roles("(总台记者邹小川闵杰卢畅童一帆)") == {(n, "reporter") for n in ("邹小川", "闵杰", "卢畅", "童一帆")}


def test_compound_surnames_and_dotted_minority_names_in_a_closing_bracket() -> None:
    raw = f"青川县实行封闭管理\n\n{BODY}（记者 欧阳明月 买买提·艾山）\n"
    assert page_roles(raw) == {("欧阳明月", "reporter"), ("买买提·艾山", "reporter")}
    assert page_roles(f"青川县实行封闭管理\n\n{BODY}（司马青、严可）\n") == {("司马青", "reporter"), ("严可", "reporter")}
    # with no role word, a four-character piece without a compound surname is too unsure
    assert page_roles(f"青川县实行封闭管理\n\n{BODY}（司马青、阿依古丽）\n") == set()


NARROW = """青川县实行封闭管理

 某某网青川7月14日电(邬晓岚、龚

睿)7月14日，青川县对城区实行封

闭管理，居民非必要不外出。各采样

点居民排队检测。某某网记者蓝一舟

摄采样点工作人员为居民登记。

全县同步开展核酸检测。(总台记者

邹小川闵杰卢畅童一帆)
"""


def test_narrow_column_without_spaces_wraps_bylines_over_lines() -> None:
    assert page_roles(NARROW) == {
        ("邬晓岚", "reporter"), ("龚睿", "reporter"), ("蓝一舟", "photographer"),
        *((n, "reporter") for n in ("邹小川", "闵杰", "卢畅", "童一帆")),
    }


def test_colon_list_glued_between_two_items_of_a_page() -> None:
    raw = "青川县开展核酸检测\n\n请居民配合检测了解相关知识吧通讯员:詹明骆菲菲车志远\n\n7月3日，青川县开展核酸检测。\n"
    assert {r for r in page_roles(raw) if r[1] == "correspondent"} == {(n, "correspondent") for n in ("詹明", "骆菲菲", "车志远")}


REAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "real"


def test_real_articles_bylines_per_file() -> None:
    """Bylines of the real articles, pooled per file (article splitting is scored elsewhere)."""
    gold_file = REAL / "gold.jsonl"
    if not gold_file.exists():
        pytest.skip("../shared/real/ not present (a user's clone): real-text byline floor not measured")
    fields = {"reporters": "reporter", "correspondents": "correspondent", "photographers": "photographer"}
    want: dict[str, set] = {f: set() for f in fields}
    got: dict[str, set] = {f: set() for f in fields}
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        items = page_items((REAL / "articles" / g["file"]).read_text(encoding="utf-8"))
        for f, role in fields.items():
            want[f] |= {(g["file"], n) for n in g[f]}
            got[f] |= {(g["file"], c.name) for it in items for c in it.contributors if c.role == role}
    for f in fields:
        tp = len(want[f] & got[f])
        f1 = 2 * tp / (len(want[f]) + len(got[f])) if want[f] or got[f] else 1.0
        assert f1 >= 0.90, (f, f1, sorted(want[f] - got[f]), sorted(got[f] - want[f]))


def test_wechat_stroke_separator_and_video_reporters() -> None:
    assert roles("文丨柯一鸣") == {("柯一鸣", "reporter")}
    assert roles("记者丨柯一鸣 严可") == {("柯一鸣", "reporter"), ("严可", "reporter")}
    assert roles("编辑丨严可") == {("严可", "editor")}
    assert page_roles(f"青川县实行封闭管理\n\n{BODY}\n文丨柯一鸣 图丨严可\n") == {("柯一鸣", "reporter"), ("严可", "photographer")}
    p = standalone_byline("视频记者 柯一鸣")
    assert p is not None and {(c.name, c.role) for c in p.contributors} == {("柯一鸣", "reporter")}


def test_credit_after_caption_text_on_its_line_is_photographer_only_in_any_print() -> None:
    for credit in (" 新华社记者 蓝一舟 摄", "（新华社记者 蓝一舟 摄）", " （记者 蓝一舟 摄）"):
        raw = f"青川县开展核酸检测\n\n7月14日，青川县城关镇采样点，居民排队检测。{credit}\n"
        assert page_roles(raw) == {("蓝一舟", "photographer")}, credit
    # a credit line of its own under a picture item keeps the reporter (the project's convention)
    raw = "青川县开展核酸检测\n\n7月14日，青川县城关镇采样点，居民排队检测。\n\n记者 蓝一舟 摄\n"
    assert page_roles(raw) == {("蓝一舟", "reporter"), ("蓝一舟", "photographer")}
    # 文/摄 says the person also wrote: never reduced
    assert roles("本报讯（记者 蓝一舟 文/摄）") == {("蓝一舟", "reporter"), ("蓝一舟", "photographer")}


def test_names_of_a_traditional_repost_are_kept_as_printed() -> None:
    """The page prints 鍾曉鵬, the reader (and the gold) quote 鍾曉鵬: the name is not simplified."""
    raw = f"青川縣實行封閉管理\n\n{BODY}\n\n（記者 鍾曉鵬 通訊員 龍一帆）\n"
    assert page_roles(raw) == {("鍾曉鵬", "reporter"), ("龍一帆", "correspondent")}
    assert page_roles(f"青川县实行封闭管理\n\n{BODY}\n\n（记者 钟晓鹏）\n") == {("钟晓鹏", "reporter")}


def test_chained_outlet_before_the_role_word_is_an_affiliation() -> None:
    """某某日报·某某客户端记者 X: a paper and its app joined by a dot, then the reporter."""
    assert page_roles(f"青川县实行封闭管理\n青川日报·青川云客户端记者甘小禾\n\n{BODY}\n") == {("甘小禾", "reporter")}
    raw = f"青川县实行封闭管理\n青川日报·青川云客户端记者甘小禾 蓝一舟 柯一鸣\n\n{BODY}\n"
    assert page_roles(raw) == {("甘小禾", "reporter"), ("蓝一舟", "reporter"), ("柯一鸣", "reporter")}
    assert page_roles(f"青川县实行封闭管理\n\n{BODY}\n青川新闻记者 柯一鸣 报道\n") == {("柯一鸣", "reporter")}


def test_lead_bracket_after_an_outlet_name_or_a_news_dateline() -> None:
    """某某在线（记者 甲）, …8月7日消息（记者甲）, …电 （新闻记者 甲）: all open the story."""
    assert page_roles(f"青川县实行封闭管理\n\n青川在线(记者 甘小禾)9月3日,{BODY}\n") == {("甘小禾", "reporter")}
    raw = f"青川县实行封闭管理\n\n青川云客户端、青川网9月3日消息(记者蓝一舟)当天,{BODY}\n"
    assert page_roles(raw) == {("蓝一舟", "reporter")}
    raw = f"青川县实行封闭管理\n\n青川县9月3日电 (新闻记者 柯一鸣){BODY}\n"
    assert page_roles(raw) == {("柯一鸣", "reporter")}
    assert page_roles(f"青川县实行封闭管理\n\n城关镇(记者 柯一鸣)今天{BODY}\n") == set()  # a town is no outlet


def test_place_filed_from_before_baodao_is_no_author() -> None:
    """（记者甲 乙 某省某市报道）: the last piece is where they filed from."""
    raw = f"青川县实行封闭管理\n\n{BODY}(记者甘小禾 柯一鸣 四川广元报道)\n"
    assert page_roles(raw) == {("甘小禾", "reporter"), ("柯一鸣", "reporter")}
    assert roles("记者 甘小禾 北京报道") == {("甘小禾", "reporter")}


def test_written_by_and_words_and_pictures_credits() -> None:
    """撰稿:甲 (the writer), 文字/摄影:甲 (wrote and took the pictures), 网络编辑 is an editor."""
    raw = f"青川县实行封闭管理\n\n{BODY}\n(撰稿:甘小禾 网络编辑:蓝一舟)\n"
    assert page_roles(raw) == {("甘小禾", "reporter")}
    raw = f"青川县实行封闭管理\n\n{BODY}\n(文字/摄影:柯一鸣)\n"
    assert page_roles(raw) == {("柯一鸣", "reporter"), ("柯一鸣", "photographer")}


def test_glued_pair_with_a_fairly_common_second_surname_is_split() -> None:
    assert page_roles(f"青川县实行封闭管理\n\n{BODY}(总台记者廖禾邓川)\n") == {("廖禾", "reporter"), ("邓川", "reporter")}


def test_outlet_after_a_credit_marker_is_an_affiliation() -> None:
    raw = f"青川县实行封闭管理\n文/青川晚报全媒体记者 甘小禾\n通讯员 蓝一舟\n\n{BODY}\n"
    assert page_roles(raw) == {("甘小禾", "reporter"), ("蓝一舟", "correspondent")}


def test_slash_after_names_says_who_wrote_and_who_took_pictures() -> None:
    """某某在线记者 甲 乙/文 丙/图 heading the story: a byline line, not its headline."""
    raw = f"青川在线记者 甘小禾 柯一鸣/文 蓝一舟/图\n\n{BODY}\n"
    assert page_roles(raw) == {("甘小禾", "reporter"), ("柯一鸣", "reporter"), ("蓝一舟", "photographer")}
    assert page_items(raw)[0].headline is None


def test_interviewer_word_in_place_of_reporter() -> None:
    """采访人员 printed where other outlets print 记者, after a 作者: field and an outlet."""
    raw = f"青川县实行封闭管理\n\n{BODY}\n作者:青川日报全媒体采访人员 甘小禾\n"
    assert page_roles(raw) == {("甘小禾", "reporter")}
    assert roles("融媒体采访人员 柯一鸣 蓝一舟") == {("柯一鸣", "reporter"), ("蓝一舟", "reporter")}


def test_glued_photo_report_credit_at_the_end_of_a_caption() -> None:
    """…。融媒体中心记者甲乙摄影报道 at the very end of the text: both took the pictures and
    wrote the story (摄影报道), the pair glued without a space is split at the surnames."""
    raw = f"青川县开展核酸检测\n\n{BODY}\n\n图为城关镇某采样点。融媒体中心记者郑雨文晴摄影报道\n"
    want = {(n, r) for n in ("郑雨", "文晴") for r in ("reporter", "photographer")}
    assert page_roles(raw) == want
    # a plain 摄 credit glued at a line's end still credits only that picture
    raw = f"青川县开展核酸检测\n\n{BODY}\n\n图为城关镇某采样点。记者柯雨摄\n"
    assert page_roles(raw) == {("柯雨", "photographer")}


def test_unlabelled_name_before_the_reporter_in_a_lead_bracket() -> None:
    """某网9月3日讯(甲 记者 乙): the name before the role word wrote the story too."""
    raw = f"青川县实行封闭管理\n\n某某网9月3日讯(蓝一舟 记者 甘小禾){BODY}\n"
    assert page_roles(raw) == {("蓝一舟", "reporter"), ("甘小禾", "reporter")}


def test_team_and_names_closed_by_baodao() -> None:
    """某某采访突击队 甲 乙 报道 under the title: a byline, not the story's headline."""
    raw = f"城关镇物资如何送到居民家中\n青川县战疫报道小分队 柯一鸣 甘小禾 报道\n{BODY}\n"
    assert page_roles(raw) == {("柯一鸣", "reporter"), ("甘小禾", "reporter")}
    assert page_items(raw)[0].headline == "城关镇物资如何送到居民家中"
    assert standalone_byline("全县各地 报道") is None


def test_bare_author_name_under_a_forum_post_title() -> None:
    """A forum post: title, the post header, the title again, then the author's bare name."""
    raw = (f"守望乡村防疫一线\n\n发表于 2021-3-9 10:12:30 | 只看楼主 |阅读模式\n守望乡村防疫一线\n"
           f"蓝一舟\n{BODY}{BODY}\n{BODY}城关镇卡口实行二十四小时值守，进出车辆逐一登记。\n")
    assert page_roles(raw) == {("蓝一舟", "reporter")}


def _page_people(text: str) -> list[tuple[str, str]]:
    from etl.extract.bylines import item_bylines
    from etl.extract.segment import split_page

    items, _ = split_page(text)
    return sorted({(c.name, c.role) for it in items for b in item_bylines(it, text) for c in b.contributors})


@pytest.mark.parametrize("word", ["佚名", "未知", "匿名"])
def test_anonymous_author_field_names_nobody(word: str) -> None:
    """作者:佚名 / 未知 in a portal header: the site had no author to give, not a reporter."""
    text = f"县城启动全员核酸检测\n更新时间:2021-05-06 08:12:30作者:{word}\n5月5日，某县启动全员核酸检测，共采集样本三万份。\n"
    assert _page_people(text) == []


def test_outlet_before_role_words_in_a_lead_bracket_is_no_reporter() -> None:
    """(某媒体记者通讯员 甲): a scrambled repost keeps the outlet glued before the role words;
    the outlet is an affiliation and the name after 通讯员 the correspondent."""
    text = ("村民连夜架线保障网课\n\n华夏通信网消息(桃媒体记者通讯员郭春林)5月3日,柳河镇上湾村50多名村民"
            "在党员带领下一天架设了60多根电杆,保障了学生网课。\n")
    assert _page_people(text) == [("郭春林", "correspondent")]


def test_byline_as_the_value_of_a_source_field() -> None:
    """来源:某报·某客户端记者 甲 乙 文/图: the field's value is the byline; 文/图 after it
    credits the words and the pictures, not one picture under a caption."""
    found = scan_line("来源：东山日报·新东山客户端记者 黄立新 郑海 文/图")
    assert {(c.name, c.role) for f in found for c in f.contributors} == {
        ("黄立新", "reporter"), ("黄立新", "photographer"), ("郑海", "reporter"), ("郑海", "photographer")}


def test_dotted_outlet_chain_in_a_lead_bracket_is_an_affiliation() -> None:
    """某某客户端…讯（品牌·某某网记者 甲 通讯员 乙）: the dotted outlet chain before 记者 is
    where they work, not a minority name; a dotted person's name still stands."""
    assert roles("陇原客户端5月8日讯（陇原·每日陇原网记者韩立秋 通讯员程晓燕）") == {
        ("韩立秋", "reporter"), ("程晓燕", "correspondent")}
    assert roles("买买提·吐尔逊 摄") == {("买买提·吐尔逊", "photographer")}


def test_a_dateline_lead_with_place_and_date_keeps_every_name_of_its_bracket() -> None:
    """``某报某地3月5日讯（记者 甲 通讯员 乙）``: the bracket after a dateline that names a place
    and a day is read whole; a byline read from the line's start stopped inside it and lost
    the correspondent (and took an outlet before 电 for an agency)."""
    for lead in ("本报榆次11月2日讯", "汾河网介休11月2日电", "本报榆次讯"):
        for credit in ("（记者 赵明远 通讯员 钱思彤）", "（记者赵明远 通讯员钱思彤）"):
            got = {(c.name, c.role) for f in scan_line(f"{lead}{credit}11月1日，介休市启动新一轮区域核酸筛查。")
                   for c in f.contributors}
            assert got == {("赵明远", "reporter"), ("钱思彤", "correspondent")}, (lead, credit)


def test_author_field_repeating_a_correspondent_adds_no_reporter() -> None:
    """（通讯员 甲）… 作者:甲: the generic author field names the sender; the bracket says the
    job, so the person stays a correspondent only."""
    raw = ("柳溪镇暂停赶集\n\n青松日报6月9日讯(通讯员 潘慧林)六月八日起，柳溪镇暂停赶集，"
           "镇上各路口设点登记过往车辆。镇干部轮班值守。\n\n作者:潘慧林\n")
    assert page_roles(raw) == {("潘慧林", "correspondent")}


def test_contributed_by_an_office_is_a_correspondent() -> None:
    """（供稿 某局 甲）: the office that sent the piece in is no person, and the person named
    after it is a contributor, not the paper's reporter."""
    raw = ("风雪卡点\n\n石门区融媒体中心4月6日讯 4月5日夜里，石门区各交通卡点的干部冒雪守在路口，"
           "给来往司机逐一测体温。(供稿石门区交通运输局 严晓东)\n")
    assert page_roles(raw) == {("严晓东", "correspondent")}


def test_teaser_under_a_recommendation_label_credits_nobody_here() -> None:
    """新闻推荐 / 本报讯（记者 X）…: the lead under the label opens another story's teaser; its
    reporter did not write this one."""
    raw = ("义诊进社区\n\n7月2日，松原县人民医院的医生在东关社区为老人量血压。\n冯晓春 摄\n"
           "新闻推荐\n本报讯(乐中记者邵佳妮)6月28日，记者从松原县第一中学获悉，该校获评省级示范...\n")
    assert page_roles(raw) == {("冯晓春", "photographer")}


def test_outlet_brand_after_a_dot_is_an_affiliation() -> None:
    """某某晚报·某某壹点记者X: the brand after the outlet and its dot, whatever its name, is
    where the reporter works (a traditional repost prints it run together)."""
    found = scan_line("東海晚報·東海一點記者魏博文")
    assert {(c.name, c.role) for f in found for c in f.contributors} == {("魏博文", "reporter")}


def test_lead_marker_at_the_end_of_a_long_run_of_text() -> None:
    """A page dump runs a long stretch of text into a dateline lead (…反馈青松网青松5月6日电（…）):
    the marker is sought only up to the prefix's last 讯/电 (an earlier 电, 电话, starts none),
    and a bracket after text with no marker is no lead."""
    run = ("青松县各检测点连日来秩序井然，志愿者拨打电话提醒居民错峰前往，医护人员坚守岗位，"
           "确保应检尽检、不漏一人，全县累计采样数万人次，检测结果陆续反馈")
    both = [("林青", "reporter"), ("苏禾", "reporter")]
    for line in (run + "青松网青松5月6日电（记者 林青 苏禾）五月六日，", run + "青松网青松5月6日电（林青 苏禾）五月六日，"):
        assert [[(c.name, c.role) for c in f.contributors] for f in scan_line(line)] == [both]
    assert scan_line(run + "（林青 苏禾）五月六日，") == []
