"""Page dumps of whole articles (one wrapped run per item): how the run reader measures
lines, and the script that lays gold sets out that way (scripts/pages_from_set.py).

All texts are invented for these tests.
"""
from __future__ import annotations

import importlib.util
import itertools
import json
import re
import sys
from pathlib import Path

from page_layouts import Story, lay_out

from etl.extract.bylines import item_bylines, scan_line
from etl.extract.normalise import to_simplified
from etl.extract.segment import split_page

ROOT = Path(__file__).resolve().parent.parent
GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]{1,6}\)")


def _sq(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _plain(s: str) -> str:
    """White space and glosses dropped, simplified: what the extractor's part text holds."""
    return to_simplified(GLOSS.sub("", _sq(s)))


def _heads_and_texts(raw: str) -> list[tuple[str, str]]:
    items, _ = split_page(raw)
    return [("".join(p.text.text for p in it.parts if p.kind == "headline"),
             "".join(p.text.text for p in it.parts if p.kind != "headline")) for it in items]


# Text copied through a script converter keeps a pinyin gloss after some characters
# (``區(qū)``); the normaliser drops the gloss, but on the printed page it took columns.
GLOSSED = [
    Story("崇陽區(qū)第二輪全員核酸採樣今日開始",
          "本報訊（記者周望舒）6月3日起，臨川區(qū)在城區(qū)和各鄉(xiāng)鎮(zhèn)設置採樣點(diǎn)九十個，"
          "組織居民分批參加第三輪全員核酸檢測(cè)。區(qū)衛健局表示，行動不便的老人由網格員登記後上門採樣，"
          "各小區(qū)實行錯峰排隊，居民掃碼後按樓棟有序採樣，檢測(cè)結果將於次日公佈。"),
    Story("東林鎮(zhèn)部分區(qū)域實行臨時管控",
          "經專家組研判，自7月9日18時起對東林鎮(zhèn)南坡村、北坡村實行臨時管控，區(qū)域內人員原則上居家，"
          "生活物資由村委會統一配送到戶，管控時間視防控情況(kuàng)另行通知。"
          "東林縣(xiàn)疫情防控工作指揮部辦公室提醒居民配合登記，如實報告行程。"),
    Story("雲溪縣(xiàn)中小學轉為線上教學",
          "記者從雲溪縣(xiàn)教育局獲悉，全縣(xiàn)中小學及幼兒園自10月12日起暫停線下教學，"
          "學生居家參加線上課程，學校安排教師每日與家長聯繫，了解學生身體狀況(kuàng)，"
          "復課時間將根據疫情變化另行通知。（記者孫若川）"),
]


def test_glossed_items_are_measured_as_printed_and_split_one_per_story() -> None:
    """Widths of a run's lines are counted as printed: glosses the normaliser drops still
    filled the column, so a glossed line is as full as its neighbours and the page is
    still read as indented runs (one item per story, each with its own headline)."""
    for seed in range(6):
        where = [("before", "after", "before"), ("after", "before", "after")][seed % 2]
        raw = lay_out(GLOSSED, list(where), seed=seed, spaced=0.0)
        got = _heads_and_texts(raw)
        assert len(got) == len(GLOSSED), (seed, [h for h, _ in got])
        for (head, text), story in zip(got, GLOSSED, strict=True):
            assert _plain(head) == _plain(story.headline), (seed, head)
            assert _plain(story.body)[20:40] in _plain(text)


# glosses on nearly every other word, so the hard wrap breaks several of them across
# lines (務(w / ù), 區 / (qū)): the pieces still took the line's columns
DENSE = [
    Story("臨河縣(xiàn)今起開(kāi)展第二輪區(qū)域篩查",
          "臨河縣(xiàn)防控辦(bàn)通報(bào)，自9月5日起在城區(qū)和各鄉(xiāng)鎮(zhèn)開(kāi)展第二輪區(qū)域核酸篩查，"
          "請(qǐng)居民攜帶身份證(zhèng)按時(shí)到指定點(diǎn)採樣，行動(dòng)不便者由社區(qū)上門服務(wù)。"),
    Story("白沙鎮(zhèn)解除臨時(shí)管控",
          "經(jīng)評估，白沙鎮(zhèn)自10月2日零時(shí)起解除臨時(shí)管控，商鋪有序恢復營業(yè)，"
          "學(xué)校按計劃返校，鎮(zhèn)政府提醒居民繼續(xù)做好個人防護(hù)，減少聚集。"),
    Story("東坪縣(xiàn)新增兩例本土確診病例",
          "記者從東坪縣(xiàn)衛健局獲悉，11月8日該縣(xiàn)新增本土確診病例兩例，均在集中隔離點(diǎn)發(fā)現，"
          "相關(guān)密接人員已全部落實管控措施(shī)，流調(diào)工作正在進(jìn)行。"),
]


def test_glosses_broken_by_the_wrap_keep_their_columns_and_split_one_per_story() -> None:
    """Also on spaced-out lines: one that starts with the rest of a broken gloss (ī ) 構 …)
    is not an indented line opening a new item."""
    for seed in range(12):
        where = [("before", "after", "before"), ("after", "before", "after")][seed % 2]
        raw = lay_out(DENSE, list(where), seed=seed, spaced=0.0 if seed < 4 else 0.4)
        got = _heads_and_texts(raw)
        assert len(got) == len(DENSE), (seed, [h for h, _ in got])
        for (head, text), story in zip(got, DENSE, strict=True):
            assert _plain(head) == _plain(story.headline), (seed, head)
            assert _plain(story.body)[20:40] in _plain(text)


def _script():
    spec = importlib.util.spec_from_file_location("pages_from_set", ROOT / "scripts" / "pages_from_set.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["pages_from_set"] = mod
    spec.loader.exec_module(mod)
    return mod


ARTICLES = {
    "a1.txt": ("河湾县两轮核酸筛查未见阳性",
               "河湾县两轮核酸筛查未见阳性\n\n2022-05-02 来源：河湾融媒\n"
               "5月1日，河湾县完成第二轮全员核酸检测，共采集样本二十一万份，结果均为阴性。\n（记者 陶映雪）\n"),
    "a2.txt": (None, "各乡镇要落实网格责任，做好返乡人员登记。\n"
                     "县指挥部将每日调度各乡镇工作进展，对落实不力的通报批评。\n"),
    "a3.txt": ("石门镇恢复正常生产生活秩序",
               "石门镇恢复正常生产生活秩序\n自8月20日起，石门镇各村卡口撤除，商超和农贸市场恢复营业，"
               "学校按计划开学，镇里提醒居民继续做好个人防护。\n"),
    "a4.txt": ("关于调整北岭区风险区域的通告",
               "转发\n关于调整北岭区风险区域的通告\n经研判，北岭区东园小区自9月3日起调整为低风险区，"
               "其余区域防控措施不变，请广大市民配合。\n北岭区疫情防控办公室\n"),
    "two.txt": ("两条消息", "第一条。\n第二条。\n"),
}


def _gold_set(root: Path) -> Path:
    (root / "articles").mkdir(parents=True)
    gold = []
    for name, (head, text) in ARTICLES.items():
        (root / "articles" / name).write_text(text, encoding="utf-8")
        for k in range(2 if name == "two.txt" else 1):  # a file with two gold items is no single article
            gold.append({"file": name, "headline": head, "reporters": ["陶映雪"] if name == "a1.txt" else [],
                         "correspondents": [], "photographers": [], "places": [], "lockdowns": [{"county": "x"}],
                         "mass_testing": [], "cases": [], "school_closures": [], "index": k + 1})
    (root / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    (root / "articles" / "manifest.csv").write_text(
        "file,newspaper,region,edition_date,date_precision,page\n"
        + "".join(f"{n},,,2022-0{i + 1}-01,exact,\n" for i, n in enumerate(ARTICLES)), encoding="utf-8")
    return root


def test_pages_from_set_lays_single_articles_out_as_run_pages(tmp_path: Path) -> None:
    """Single-item articles become indented runs 3-5 to a page, with anchors unique in the
    page inside their item, the article's headline and bylines, no events; same seed, same pages."""
    mod = _script()
    src = _gold_set(tmp_path / "set")
    mod.write_pages(mod.read_items(src), tmp_path / "one", 3)
    mod.write_pages(mod.read_items(src), tmp_path / "two", 3)
    gold = [json.loads(x) for x in (tmp_path / "one" / "pages_gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(g["from"] for g in gold) == ["a1.txt", "a2.txt", "a3.txt", "a4.txt"]
    assert (tmp_path / "one" / "pages_gold.jsonl").read_text() == (tmp_path / "two" / "pages_gold.jsonl").read_text()
    page = (tmp_path / "one" / "pages" / "page_01.txt").read_text(encoding="utf-8")
    assert "来源" not in page and page.count("\n ") + page.startswith(" ") == 4
    lines = [x for x in page.split("\n\n") if x.strip()]
    heads = {g["headline"] for g in gold}
    full = [x for x, y in itertools.pairwise(lines) if x not in heads and y not in heads and not y.startswith(" ")]
    assert full and all(11 <= len(_sq(x)) <= 17 for x in full)  # every line of a run but its last
    assert page.count("河湾县两轮核酸筛查未见阳性") == 1  # the headline first line is not printed twice
    assert _sq(page).count("关于调整北岭区风险区域的通告") == 2  # a headline further down stays in the run
    for g in gold:
        assert _sq(page).count(g["anchor"]) == 1 and g["lockdowns"] == [] and g["index"] >= 1
    manifest = (tmp_path / "one" / "pages" / "manifest.csv").read_text(encoding="utf-8").splitlines()
    assert manifest[1] == "page_01.txt,,,2022-04-01,approximate,1"


def test_pages_from_set_keeps_a_story_line_that_cites_its_source() -> None:
    """Only a short meta line naming the source is dropped; a line of the story that ends by
    citing one holds words (and places) the gold was read from, so it stays on the page."""
    mod = _script()
    text = ("2022-06-03 来源：青川融媒\n"
            "青川县东岭镇、西岭镇自6月3日起开展两轮全员核酸检测，请各村组织群众错峰前往采样点，"
            "行动不便的老人由村医上门采样。（来源：青川发布）\n")
    run = mod.article_run(text, None)
    assert "青川融媒" not in run and "东岭镇、西岭镇" in run and run.endswith("（来源：青川发布）")


def test_a_line_wrapped_right_after_a_field_name_is_scanned_without_error() -> None:
    """A hard wrap can leave a header field's name and colon last on a line (``原标题：``):
    the byline scan finds nothing to read there instead of failing the whole page."""
    assert scan_line("各单位按要求做好排查工作。(原标题:") == []
    raw = (" 各乡镇按要求做好返乡人员排查登记工作。(原标题:\n\n做好返乡人员排查)下一步将继续加强\n\n"
           "值守，确保不漏一户一人。\n")
    items, _ = split_page(raw)
    assert all(item_bylines(it, raw) == [] for it in items)


def test_names_glued_in_a_lead_bracket_split_at_surnames() -> None:
    """A page dump drops the spaces between bracketed names after a dateline: each name
    is still found when the run splits into surname-led names of a usual length."""
    found = [(c.name, c.role) for f in scan_line("南溪日报6月2日讯(柯望川邓雨桐)当天上午") for c in f.contributors]
    assert found == [("柯望川", "reporter"), ("邓雨桐", "reporter")]
    two = [c.name for f in scan_line("北塘网7月9日电(钱朗方晓棠)记者获悉") for c in f.contributors]
    assert two == ["钱朗", "方晓棠"]


def test_a_lead_marker_glued_to_a_run_in_header_opens_its_byline() -> None:
    """A page dump runs a portal's header (paper, date, clock time) into the lead: after a
    decoration mark or a clock time, 本报讯 still opens the byline glued to it."""
    for line in ("北塘晚报2021-06-1409:30○本报讯记者柯望川昨日,区卫生健康局通报",
                 "北塘晚报2021-06-14 09:30本报讯记者柯望川昨日,区卫生健康局通报"):
        assert [c.name for f in scan_line(line) for c in f.contributors] == ["柯望川"], line
    assert [c.name for f in scan_line("东岭路2号楼○本报讯") for c in f.contributors] == []


def test_a_bar_before_an_outlet_is_decoration() -> None:
    """A post's line may open with a bar before the outlet's name (|某某晚报·某某壹点记者…):
    the bar is decoration, as ○ or ■ is, and the names glued after the role word are read."""
    line = "|北塘晚报·北塘壹点记者柯望川邓雨桐5月6日,北塘召开疫情防控新闻发布会。"
    assert [c.name for f in scan_line(line) for c in f.contributors] == ["柯望川", "邓雨桐"]


def test_a_glued_bracket_that_is_no_list_of_names_stays_unread() -> None:
    """Only a run that splits wholly into surname-led names is read as names."""
    assert [c.name for f in scan_line("南溪日报6月2日讯(东岭大桥北段工地)当天") for c in f.contributors] == []


LONG_HEADED = [
    Story("柳湾市通报10月5日疫情防控情况：全市新增本土确诊病例3例、无症状感染者12例，已全部转运隔离",
          "10月5日0时至24时，柳湾市新增本土确诊病例3例、无症状感染者12例，均在集中隔离点检出，"
          "社会面无新增。市疫情防控指挥部提醒市民非必要不离开本市，外出做好个人防护，配合做好核酸检测。"
          "全市各核酸采样点照常开放，行动不便的居民可以联系所在社区预约上门采样，发热门诊二十四小时接诊。"),
    Story("",
          "东平街道各社区连日来组织志愿者开展入户排查，逐户登记返乡人员信息，对独居老人和困难家庭"
          "提供送药送菜服务，社区工作人员每天两次通报排查进展，确保不漏一户。街道还在辖区设立三个"
          "物资中转点，由物业和志愿者分片配送，居民通过社区群登记需求，当天下单当天送达。"),
    Story("青石县中小学恢复线下教学",
          "青石县教育局通知，全县中小学自10月10日起恢复线下教学，各校返校前完成校园消杀，"
          "师生凭核酸检测阴性证明返校，学校每日开展晨午检并做好通风消毒工作。县教育局将派出督导组"
          "逐校检查返校准备情况，对准备不到位的学校暂缓复课，确保师生安全有序返校。"),
]


def test_a_long_headline_does_not_make_a_run_page_merge_its_items() -> None:
    """Web text (whose items without a headline or byline of their own join the story
    above) is told by long running lines: a headline longer than a web line, standing
    apart from the narrow runs of a page dump, does not make the page web text, so each
    run stays an item."""
    for seed in range(4):
        raw = lay_out(LONG_HEADED, ["before", "none", "after"], seed=seed, spaced=0.0)
        got = _heads_and_texts(raw)
        assert len(got) == 3, (seed, [h for h, _ in got])
        assert _plain(LONG_HEADED[1].body)[:20] in _plain(got[1][1])


def test_glued_names_split_into_fewer_three_character_names() -> None:
    """Many given names hold a character that is also a surname (田, 文): a split of a glued
    run is not better for cutting more surname-led pieces, and a surname with two
    characters is the usual name, so two three-character names beat three of two."""
    found = [c.name for f in scan_line("江城网讯(记者钟海田罗文杰)当天上午") for c in f.contributors]
    assert found == ["钟海田", "罗文杰"]
    team = [c.name for f in scan_line("本报讯(记者韦思远方文博孔令田陆岩)近日") for c in f.contributors]
    assert team == ["韦思远", "方文博", "孔令田", "陆岩"]


def test_a_dateline_run_into_the_text_above_still_opens_its_name_bracket() -> None:
    """A page dump joins the headline and header lines to the lead: a whole dateline
    (agency, place, date, 电) right before a bracket of bare names still credits them, however
    much text runs before it; a bare 电 deep in a run does not."""
    text = ("青石县各项秩序逐步回归正常发布时间2022年5月3日青石县各项秩序逐步回归正常"
            "江城日报青石5月2日电(柯望川邓雨桐)记者从县指挥部获悉")
    assert [c.name for f in scan_line(text) for c in f.contributors] == ["柯望川", "邓雨桐"]
    plain = ("青石县各项秩序逐步回归正常发布时间2022年5月3日青石县各项秩序逐步回归正常"
             "各乡镇按照县指挥部的统一部署有序推进复工复产县里各单位收到上级来电(柯望川邓雨桐)记者从县指挥部获悉")
    assert [c.name for f in scan_line(plain) for c in f.contributors] == []


HEADED_BYLINE = [
    Story("石门镇恢复线下教学",
          "首页>教育新闻>石门镇恢复线下教学记者陶映雪5月6日上午，石门镇各中小学恢复线下教学，"
          "镇里安排卫生院医生驻校值守，学生入校前测量体温并查验健康码，各班每天消毒通风两次。"
          "镇教育办负责人说，返校第一周以适应性教学为主，帮助学生尽快找回学习节奏。"),
    Story("东园社区志愿者连夜配送物资",
          "东园社区三十余名志愿者当晚把蔬菜和大米分装到户，第二天清晨前送到各楼栋门口，"
          "社区还为独居老人建立联系台账，每天电话问候一次，有需要的上门服务，确保居家期间生活不受影响。"
          "社区书记表示，物资配送将一直持续到管控解除。"),
]


def test_a_byline_run_into_the_repeated_headline_starts_where_the_headline_ends() -> None:
    """A web text repeated its title above the byline; laid out as one run the byline is
    glued to the title's last word, so the end of the item's headline, found again in its
    text, is where a byline may start."""
    raw = lay_out(HEADED_BYLINE, ["before", "before"], seed=3, spaced=0.0)
    items, _ = split_page(raw)
    names = [c.name for b in item_bylines(items[0], raw) for c in b.contributors]
    assert names == ["陶映雪"]


def test_names_glued_before_a_dotted_name_are_split_off_it() -> None:
    """Without spaces a dotted name swallows the names printed before it: the run before
    the dot splits at surnames and only its last piece opens the dotted name."""
    text = "北原网讯(记者韦思远方文博热依拉·吐尔洪)近日"
    assert [c.name for f in scan_line(text) for c in f.contributors] == ["韦思远", "方文博", "热依拉·吐尔洪"]
    alone = "北原网讯(记者 热依拉·吐尔洪)近日"
    assert [c.name for f in scan_line(alone) for c in f.contributors] == ["热依拉·吐尔洪"]
    long_first = "北原网讯(记者阿不都热合曼·吐尔洪)近日"  # a long first part, not a name glued before
    assert [c.name for f in scan_line(long_first) for c in f.contributors] == ["阿不都热合曼·吐尔洪"]
    pair = "北原网讯(记者王伟李明热依拉·吐尔洪)近日"
    assert [c.name for f in scan_line(pair) for c in f.contributors] == ["王伟", "李明", "热依拉·吐尔洪"]


def test_a_web_notice_whose_paragraphs_are_all_indented_stays_one_item() -> None:
    """Web text indents every paragraph alike; the run reader may take such a page for runs
    and read a long paragraph as a subheadline. A long line anywhere but in a headline still
    tells web text, whose closing formula and signature stay with the notice."""
    raw = ("8月3日南屏县公布风险区域名单\n\n"
           "发布时间:2022-08-03 10:20:11来源:南屏发布\n\n"
           "8月3日南屏县公布风险区域名单\n\n"
           "关于公布南屏县风险区域的通告\n\n"
           "  根据目前疫情防控形势，经县疫情防控指挥部专家组研判，自8月3日起对以下区域实施分级管控，"
           "请辖区居民严格遵守相关规定，配合做好核酸检测和健康监测工作，现将有关情况通告如下：\n\n"
           "  一、高风险区(4个)\n\n"
           "  1.东岭镇:东岭镇和平村\n\n"
           "  2.东岭镇:东岭镇新丰社区\n\n"
           "  3.东岭镇:东岭镇石桥村五组\n\n"
           "  4.北岭乡:北岭乡上坪村\n\n"
           "  二、中风险区(4个)\n\n"
           "  1.西岭镇:西岭镇向阳村\n\n"
           "  2.西岭镇:西岭镇河口村\n\n"
           "  3.北岭乡:北岭乡下坪村一组、二组\n\n"
           "  4.东岭镇:东岭镇和平村周边区域\n\n"
           "  三、低风险区:\n\n"
           "  全县其余地方均为低风险。\n\n"
           "  以上区域今后视疫情变化动态调整。\n\n"
           "  特此通告。\n\n"
           "南屏县防疫指挥部\n\n"
           "2022年8月3日\n\n"
           "本文标签：风险区域 南屏县\n")
    items, _ = split_page(raw)
    assert len(items) == 1
