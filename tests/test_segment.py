"""split_page(): items, parts and furniture of a page; nothing lost, nothing doubled."""
from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.model import Item, Part
from etl.extract.segment import split_page

ROOT = Path(__file__).resolve().parent.parent
SEEDS = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))}
SEED1 = SEEDS["001_d67d24ce628e12ec.txt"]


def squash(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def coverage(raw: str, items: list[Item], furniture: list[Part]) -> None:
    """Every non-space raw character is in exactly one part."""
    got: list[int] = []
    for part in [p for it in items for p in it.parts] + furniture:
        assert len(part.text.text) == len(part.text.raw)
        got.extend(r for ch, r in zip(part.text.text, part.text.raw, strict=False) if not ch.isspace())
    want = [i for i, c in enumerate(raw) if not c.isspace()]
    assert sorted(got) == want


# ------------------------------------------------------------------ short literal pages

WEB = """小店区学生暂缓返校
4月4日，记者从小店区教育局了解到，为了切实做好教育系统疫情防控工作，全力保障广大师生身体健康和生命安全。
同时，为有效解决中小学生因疫情无法正常到校上课的问题，各中小学校会开展在线教学，实现停课不停学。
"""


def test_web_article_is_one_item_with_headline() -> None:
    for raw in (WEB, WEB.replace("\n", "\r\n"), WEB.replace("\n", "\n\n"), "\t" + WEB.replace("，", ",")):
        items, furn = split_page(raw)
        assert len(items) == 1
        assert items[0].headline == "小店区学生暂缓返校"
        assert "停课不停学" in items[0].body
        coverage(raw, items, furn)


def test_web_article_traditional() -> None:
    raw = "小店區學生暫緩返校\n4月4日，記者從小店區教育局瞭解到，為了切實做好教育系統疫情防控工作，全力保障廣大師生身體健康。\n"
    items, _ = split_page(raw)
    assert items[0].headline == "小店区学生暂缓返校"
    assert "记者从小店区教育局" in items[0].body


def test_web_article_byline_at_start_and_end() -> None:
    raw = "深入一线开展监督检查\n记者 司勇\n4月3日，小店区纪委监委闻令而动，聚焦疫情防控最新要求，迅速启动应急响应监督机制。\n下一步将持续加大监督检查力度。（通讯员 祁振洲）\n"
    items, furn = split_page(raw)
    assert len(items) == 1
    assert {(c.name, c.role) for c in items[0].contributors} == {("司勇", "reporter"), ("祁振洲", "correspondent")}
    assert [c.order for c in items[0].contributors] == [1, 2]
    assert "（通讯员" not in items[0].body
    coverage(raw, items, furn)


def test_lead_byline_and_body_split() -> None:
    raw = "本报讯（记者 闫晓媛 通讯\n\n员 于亚军） 下沉包联、常态督导、\n\n精细部署，保护师生健康安全。\n"
    items, furn = split_page(raw)
    (it,) = items
    assert it.body == "下沉包联、常态督导、精细部署，保护师生健康安全。"
    (b,) = it.bylines
    assert raw[b.start : b.end].startswith("本报讯") and raw[b.end - 1] == "）"
    assert {(c.name, c.role) for c in b.contributors} == {("闫晓媛", "reporter"), ("于亚军", "correspondent")}
    coverage(raw, items, furn)


HEADLINE_AFTER = """本报讯（记者 张三）榆次区持续压紧压实校园疫情防控各方责任，组建校园疫情联合防控机制，保护师生健康安全。
榆次区建立党政领导包联学校机制。
榆次区党政领导包联学校疫情防控
本报讯（记者 李四）连日来，平遥县汇丰社区党员志愿者坚守核酸检测一线，筑起疫情防控的红色堡垒。
汇丰社区广大党员闻令而动，组织居民有序进行核酸采样。
汇丰社区党员志愿者坚守一线
"""


def test_headline_after_body() -> None:
    items, furn = split_page(HEADLINE_AFTER)
    assert [it.headline for it in items] == ["榆次区党政领导包联学校疫情防控", "汇丰社区党员志愿者坚守一线"]
    assert [[c.name for c in it.contributors] for it in items] == [["张三"], ["李四"]]
    coverage(HEADLINE_AFTER, items, furn)


def test_caption_line_inside_article_and_next_headline() -> None:
    raw = (
        "调运货源 小店区物资储备充足\n本报讯(记者 司勇)小店区加强货源调运，确保蔬菜等生活物资供应充足有序。\n"
        "市场能够满足供给。\n蔬菜供应充足\n小店区学生暂缓返校\n本报讯(记者 张晓丽)小店区各学校暂缓返校开学，学生暂缓返校期间在线教学。\n"
    )
    items, furn = split_page(raw)
    assert [it.headline for it in items] == ["调运货源 小店区物资储备充足", "小店区学生暂缓返校"]
    assert [p.text.text for p in items[0].parts if p.kind == "caption"] == ["蔬菜供应充足"]
    coverage(raw, items, furn)


def test_short_line_between_paragraphs_is_caption_inside_article() -> None:
    raw = (
        "西城区启动全员核酸检测\n本报讯(记者 马明 通讯员 林立)3月2日上午\n"
        "9时,西城区启动全员核酸检测。全区共设置采样\n点86个,调派医务人员900余名,当天完成采\n样。\n"
        "温暖守护\n市民王先生说:\"家门口就能做,几分钟就做完\n了。\"\n"
        "东城区暂停堂食\n本报讯(记者 何青)3月2日起,东城区餐饮单位\n暂停堂食服务,提供外卖打包服务,恢复时间\n另行通知。\n"
    )
    items, furn = split_page(raw)
    assert [it.headline for it in items] == ["西城区启动全员核酸检测", "东城区暂停堂食"]
    assert [p.text.text for p in items[0].parts if p.kind == "caption"] == ["温暖守护"]
    coverage(raw, items, furn)


def test_headline_subheadline_end_byline() -> None:
    raw = (
        "党员冲在前 居民肩并肩\n\n北营街道龙保社区快速完成首轮核酸检测\n\n"
        "因邻近的南坪头社区发生疫情，4月3日凌晨，北营街道龙保社区召开紧急会议，启动疫情防控一级应急响应，迅速完成了辖区7000余人的首轮核酸检测。\n\n"
        "社区党支部书记兼主任霍渊带领班子成员开始往返辖区各卡口，志愿者王璐依旧穿梭在小区内。\n\n记者 王丹\n通讯员 刘雪婷\n"
    )
    items, furn = split_page(raw)
    (it,) = items
    assert it.headline == "党员冲在前 居民肩并肩"
    assert it.subheadline == "北营街道龙保社区快速完成首轮核酸检测"
    assert {(c.name, c.role) for c in it.contributors} == {("王丹", "reporter"), ("刘雪婷", "correspondent")}
    coverage(raw, items, furn)


def test_photo_caption_item() -> None:
    raw = (
        "本报讯（记者 张凯鹏）连日来，灵石县南关镇环卫所加强生活垃圾清运管理，确保垃圾日产日清。\n"
        "垃圾清运不停歇\n"
        " 11月9日清晨，左权县开展11月份第二轮全覆盖区域核酸检测，该县共设置核酸采样点近200个。\n"
        "记者 杨洋 通讯员 张文军 摄\n"
    )
    items, furn = split_page(raw)
    assert len(items) == 2
    assert items[0].headline == "垃圾清运不停歇"
    cap = items[1]
    assert cap.headline is None and [p.kind for p in cap.parts] == ["caption", "byline"]
    assert {(c.name, c.role) for c in cap.contributors} == {
        ("杨洋", "reporter"), ("杨洋", "photographer"), ("张文军", "correspondent"), ("张文军", "photographer")
    }
    coverage(raw, items, furn)


def test_furniture() -> None:
    raw = "第3版\n2022年11月10日 星期四\n" + WEB + "A3\n"
    items, furn = split_page(raw)
    assert len(items) == 1 and items[0].headline == "小店区学生暂缓返校"
    assert [p.text.text for p in furn] == ["第3版", "2022年11月10日 星期四", "A3"]
    coverage(raw, items, furn)


def test_editor_lines() -> None:
    raw = "责任编辑：王五\n" + WEB + "（编辑 赵六）\n"
    items, furn = split_page(raw)
    assert len(items) == 1
    assert {(c.name, c.role) for c in items[0].contributors} == {("赵六", "editor")}
    assert [p.text.text for p in furn] == ["责任编辑：王五"]
    coverage(raw, items, furn)


def test_body_people_are_not_contributors() -> None:
    items, _ = split_page(SEED1)
    names = {c.name for it in items for c in it.contributors}
    assert not names & {"王璐", "王奶奶", "霍渊", "杨贵花", "任少斌"}


def test_empty_and_blank() -> None:
    assert split_page("") == ([], [])
    assert split_page(" \r\n\t\n") == ([], [])


# ------------------------------------------------------------------ properties over seeds and variants


def test_seed_coverage() -> None:
    for raw in SEEDS.values():
        coverage(raw, *split_page(raw))


def _variant(raw: str, crlf: bool, blank: bool, tabs: bool) -> str:
    lines = [ln for ln in raw.splitlines() if ln.strip()]
    sep = "\r\n" if crlf else "\n"
    if blank:
        sep = sep * 2
    out = sep.join(lines)
    return out.replace(" ", "\t") if tabs else out


def _rewrap(raw: str, width: int) -> str:
    out = []
    for ln in raw.splitlines():
        s = ln.strip()
        out.extend(s[i : i + width] for i in range(0, len(s), width)) if s else out.append("")
    return "\n".join(out)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(SEEDS)), st.booleans(), st.booleans(), st.booleans())
def test_seed_variants_keep_structure(name: str, crlf: bool, blank: bool, tabs: bool) -> None:
    raw = _variant(SEEDS[name], crlf, blank, tabs)
    items, furn = split_page(raw)
    coverage(raw, items, furn)
    base, _ = split_page(SEEDS[name])
    assert [squash(it.headline) for it in items] == [squash(it.headline) for it in base]
    assert [squash(it.body) for it in items] == [squash(it.body) for it in base]


GOLD = [json.loads(x) for x in (ROOT / "tests/gold/seeds.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=32, max_value=90), st.booleans())
def test_rewrapped_columns_keep_headlines(width: int, blank: bool) -> None:
    """Seed 001 re-wrapped into columns of another width: same items and headlines."""
    raw = _rewrap(SEED1, width)
    if blank:
        raw = raw.replace("\n", "\n\n")
    items, furn = split_page(raw)
    coverage(raw, items, furn)
    gold = [g["headline"] for g in GOLD if g["file"] == "001_d67d24ce628e12ec.txt"]
    assert [squash(it.headline) for it in items] == [squash(h) for h in gold]


ARTICLES = [
    ("调运货源 小店区物资储备充足", "记者 司勇", ["小店区加强沟通协调，积极组织开展跨县区、跨市域货源调运工作，协调区内大型商超和集贸市场，确保各类生活物资供应充足有序。", "美特好超市小店区康宁街店内，蔬菜、水果、肉蛋奶等生活物资品种丰富，货物充足。"]),
    ("小店区学生暂缓返校", "记者 张晓丽", ["记者从小店区教育局了解到，小店区各学校暂缓返校开学，具体返校开学时间将根据疫情发展情况另行通知。", "学生在家期间，各中小学校会开展在线教学，实现学生停课不停学，离校不离师。"]),
    ("深入一线开展监督检查", "记者 司勇 通讯员 祁振洲", ["小店区纪委监委闻令而动，迅速启动应急响应监督机制，第一时间部署开展疫情防控监督检查。", "对发现的同类型共性问题，第一时间同相关单位、部门沟通，约谈负责同志，推动各项防控举措落实落细。"]),
    ("灵石县南关镇垃圾清运不停歇", "记者 张凯鹏 通讯员 赵青", ["灵石县南关镇居民居家不外出，镇区生活垃圾产量攀升，该镇环卫所加强生活垃圾清运管理，合理调度清运车辆。", "灵石县南关镇环卫所负责人说，将进一步加强生活垃圾清运管理，确保生活垃圾日产日清。"]),
]


@settings(max_examples=60, deadline=None)
@given(
    st.permutations(range(len(ARTICLES))),
    st.lists(st.booleans(), min_size=4, max_size=4),
    st.integers(min_value=8, max_value=60),
    st.booleans(),
)
def test_generated_pages_nothing_lost(order: list[int], after: list[bool], width: int, crlf: bool) -> None:
    """Generated pages, headline before/after mixed, any column width: full coverage;
    with one layout per page and columns wide enough, headlines land on their articles."""
    def page(flags: list[bool]) -> str:
        lines: list[str] = []
        for i, k in enumerate(order):
            head, by, paras = ARTICLES[k]
            body = [f"本报讯（{by}）" + paras[0], *paras[1:]]
            wrapped = [p[j : j + width] for p in body for j in range(0, len(p), width)]
            lines.extend([*wrapped, head] if flags[i] else [head, *wrapped])
        return ("\r\n" if crlf else "\n").join(lines)

    mixed = page(after)
    coverage(mixed, *split_page(mixed))
    for flag in (True, False):
        raw = page([flag] * len(order))
        items, furn = split_page(raw)
        coverage(raw, items, furn)
        if width >= 30:
            assert [it.headline for it in items] == [ARTICLES[k][0] for k in order]
            assert all(it.contributors for it in items)


# ------------------------------------------------------------------ layout conventions of other papers


def _kinds(item: Item) -> list[str]:
    return [p.kind for p in item.parts]


def _people(item: Item) -> set[tuple[str, str]]:
    return {(c.name, c.role) for c in item.contributors}


BODY_A = "记者从区教育局获悉，全区各中小学自5月5日起停课，\n实行线上教学，做到停课不停学。\n"
BODY_B = "5月4日0时起，金水区实行静默管理，居民居家不外出。\n金水区组织保供企业配送蔬菜。\n"


def test_page_top_and_bottom_furniture() -> None:
    raw = "郑州日报\n2022年5月6日 星期五\n第3版\n要闻\n某某区实行静默管理\n本报讯（记者 孔令）" + BODY_B + "责任编辑 李 明\n"
    items, furn = split_page(raw)
    assert [p.text.text for p in furn] == ["郑州日报", "2022年5月6日 星期五", "第3版", "要闻", "责任编辑李明"]
    assert len(items) == 1 and items[0].headline == "某某区实行静默管理"
    assert _people(items[0]) == {("孔令", "reporter")}
    coverage(raw, items, furn)


def test_masthead_only_counts_on_the_page_edge() -> None:
    raw = "战疫\n某某区实行静默管理\n本报讯（记者 孔令）" + BODY_B + "战疫\n" + BODY_A
    items, furn = split_page(raw)
    # a short label on the page top is furniture; mid-page the same line is content
    assert [p.text.text for p in furn] == ["战疫"] and furn[0].text.raw[0] == 0
    coverage(raw, items, furn)


def test_photo_caption_is_last_paragraph_not_the_article() -> None:
    raw = "某某区实行静默管理\n本报讯（记者 孔令）" + BODY_B + "5月5日，志愿者为居民配送物资。\n记者 王 欣 摄\n"
    items, furn = split_page(raw)
    assert len(items) == 2
    assert items[0].headline == "某某区实行静默管理" and "保供企业" in items[0].body
    assert "caption" in _kinds(items[1]) and "志愿者为居民配送物资" in "".join(p.text.text for p in items[1].parts)
    assert _people(items[1]) == {("王欣", "reporter"), ("王欣", "photographer")}
    assert _people(items[0]) == {("孔令", "reporter")}
    coverage(raw, items, furn)


def test_standalone_opening_byline_starts_an_article() -> None:
    raw = BODY_A + "记者 李 娜\n紫荆山南路街道有序解封\n 本报记者 刘 畅 见习记者 孟 凡\n" + BODY_B
    items, furn = split_page(raw)
    assert len(items) == 2
    assert items[1].headline == "紫荆山南路街道有序解封"
    assert _people(items[1]) == {("刘畅", "reporter"), ("孟凡", "reporter")}
    assert _people(items[0]) == {("李娜", "reporter")}
    coverage(raw, items, furn)


def test_wide_headline_in_narrow_column_before_opening_byline() -> None:
    raw = (
        "花木街道：全员核酸检测有序进行\n 本报记者 陈 晨\n4月4日，按照全市统\n一部署，花木街道组织辖区\n"
        "开展全员核酸检测。街道共\n设置采样点120个，当日累\n计采样15.6万人。\n"
    )
    items, furn = split_page(raw)
    assert len(items) == 1 and items[0].headline == "花木街道：全员核酸检测有序进行"
    assert _people(items[0]) == {("陈晨", "reporter")}
    coverage(raw, items, furn)


def test_headline_after_end_byline_and_next_headline_before_lead() -> None:
    raw = BODY_A + "记者 李 娜 通讯员 王 勇\n区中小学停课开展线上教学\n金水区静默管理期间生活物资保障有力\n本报讯（记者 孔令）" + BODY_B
    items, furn = split_page(raw)
    assert [it.headline for it in items] == ["区中小学停课开展线上教学", "金水区静默管理期间生活物资保障有力"]
    coverage(raw, items, furn)


def test_end_byline_with_other_names_than_the_lead_is_another_article() -> None:
    raw = (
        "枫亭镇实行封控管理\n本报讯（记者 林群 通讯员 陈志坚）" + BODY_B
        + "榜头镇：志愿者坚守采样点\n连日来，榜头镇志愿者坚守在核酸采样点，协助医护人员开展核酸采样。\n记者 黄 伟 特约通讯员 郑 清\n"
    )
    items, furn = split_page(raw)
    assert [it.headline for it in items] == ["枫亭镇实行封控管理", "榜头镇：志愿者坚守采样点"]
    assert _people(items[1]) == {("黄伟", "reporter"), ("郑清", "correspondent")}
    coverage(raw, items, furn)


def test_web_source_line_and_trailing_bracketed_byline() -> None:
    for src in ("来源：阿拉善日报\u30002021-10-21 08:30", "2021-08-03 10:25\u3000来源：扬州日报"):
        raw = "额济纳旗达来呼布镇实行封闭管理\n" + src + "\n\n10月19日，额济纳旗报告新增本土确诊病例3例。\n\n额济纳旗要求，全力做好生活物资保障。\n\n（记者 其木格 通讯员 王海峰）\n"
        items, furn = split_page(raw)
        assert len(items) == 1 and items[0].headline == "额济纳旗达来呼布镇实行封闭管理"
        assert "subheadline" not in _kinds(items[0])
        assert [p.text.text.replace(" ", "") for p in furn] == [src.replace("\u3000", "").replace(" ", "")]
        assert _people(items[0]) == {("其木格", "reporter"), ("王海峰", "correspondent")}
        coverage(raw, items, furn)


def test_traditional_web_article_byline() -> None:
    raw = "揚州邗江區：部分小區實行封控管理\n\n7月28日，揚州市邗江區報告1例新冠肺炎確診病例。\n\n（記者 李明 通訊員 朱江）\n"
    items, _furn = split_page(raw)
    assert items[0].headline == "扬州邗江区：部分小区实行封控管理"
    assert _people(items[0]) == {("李明", "reporter"), ("朱江", "correspondent")}


def test_wrapped_date_line_is_running_text() -> None:
    raw = "12月31日，雁塔区开展第五轮全员核酸检测。\n12 月 23 日 0 时\n起，雁塔区全区所有小区（村）实行封闭管理。\n"
    items, _ = split_page(raw)
    assert len(items) == 1 and items[0].headline is None
    assert "12月23日0时起，雁塔区" in items[0].body


_DUMP = """
import json, sys
from pathlib import Path
from etl.read import decode
from etl.extract.segment import split_page
out = []
for f in sys.argv[1:]:
    raw = decode(Path(f).read_bytes())[0]
    items, furn = split_page(raw)
    out.append([[(p.kind, p.text.text, list(p.text.raw)) for p in it.parts] + [[(c.name, c.role, c.order) for c in it.contributors]] for it in items])
    out.append([(p.text.text, list(p.text.raw)) for p in furn])
print(json.dumps(out, ensure_ascii=False))
"""


def test_segmentation_does_not_depend_on_hash_seed() -> None:
    import os
    import subprocess
    import sys

    files = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "pages").glob("*.txt"))]
    runs = []
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        res = subprocess.run([sys.executable, "-c", _DUMP, *files], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
        runs.append(res.stdout)
    assert runs[0] == runs[1]


# ------------------------------------------------------------------ briefs, page codes, kickers, □ bylines


LONG_A = "本报讯（记者 钱进）5月6日起，某某区对城区三个小区实行封闭管理，居民足不出户，\n由社区工作人员配送生活物资。\n"


def test_brief_column_items_and_title() -> None:
    for sep in ("\n", "\n\n"):
        raw = sep.join([
            "某某区三个小区封闭管理", LONG_A.strip(), "简讯",
            "■区卫健委昨日通知，全区发热门诊\n实行24小时接诊。",
            "■昨日起，某某街道对农贸市场开展消杀，每日两次。",
            "● 5月5日，某某镇完成一轮全员核酸检测。",
        ]) + "\n"
        items, furn = split_page(raw)
        coverage(raw, items, furn)
        assert "简讯" in [p.text.text for p in furn]
        assert [it.headline for it in items] == ["某某区三个小区封闭管理", None, None, None]
        assert "24小时接诊" in items[1].body and "农贸市场" in items[2].body and "全员核酸" in items[3].body


def test_bullet_list_after_colon_stays_in_article() -> None:
    raw = "某某区发布防控措施\n本报讯（记者 钱进）某某区提出以下措施：\n■严格小区出入登记。\n■做好生活物资保供。\n"
    items, furn = split_page(raw)
    coverage(raw, items, furn)
    assert len(items) == 1 and "保供" in items[0].body


def test_page_code_with_section_label_and_kicker() -> None:
    for code in ("B3 社会", "05｜要闻", "A1要闻"):
        raw = f"某某日报\n2022年5月6日\n{code}\n坚决打赢疫情防控攻坚战\n某某区实行静默管理\n本报讯（记者 孔令）" + BODY_B
        items, furn = split_page(raw)
        coverage(raw, items, furn)
        texts = [squash(p.text.text) for p in furn]
        assert squash(code) in texts and "坚决打赢疫情防控攻坚战" in texts
        assert len(items) == 1 and items[0].headline == "某某区实行静默管理"


def test_square_byline_under_subheadline() -> None:
    raw = (
        "某某日报\n第2版\n某某区暂停公交运营\n城区地铁轮渡长途客运同步暂停\n□本报记者 钱进\n"
        "按照区疫情防控指挥部通告，自5月6日10时起，全\n区城市公交、地铁暂停运营；恢复时间另\n行通告。\n"
    )
    items, furn = split_page(raw)
    coverage(raw, items, furn)
    assert len(items) == 1
    assert items[0].headline == "某某区暂停公交运营" and items[0].subheadline == "城区地铁轮渡长途客运同步暂停"
    assert _people(items[0]) == {("钱进", "reporter")}
    assert items[0].body.startswith("按照")


def test_unbracketed_lead_byline_before_body() -> None:
    for lead in ("本报讯 记者孔令 为严防疫情扩散，", "本报讯 记者孔令为严防疫情扩散，", "本报讯 记者 孔令 为严防疫情扩散，"):
        raw = "某某区小区封闭管理\n" + lead + "自5月6日起，某某区所有小区实行封闭管理。\n"
        items, furn = split_page(raw)
        coverage(raw, items, furn)
        assert len(items) == 1 and _people(items[0]) == {("孔令", "reporter")}
        assert items[0].body.startswith("为严防"), items[0].body


def test_dateline_lead_gives_reporter() -> None:
    raw = "某某区封闭管理\n人民网郑州5月6日电（记者 孔令）记者从发布会获悉，某某区实行封闭管理。\n"
    items, furn = split_page(raw)
    coverage(raw, items, furn)
    assert ("孔令", "reporter") in _people(items[0]) and items[0].body.startswith("记者从")


def test_source_credit_closes_article_before_photo_item() -> None:
    raw = (
        "某某区实行静态管理\n5月6日起，某某区实行静态管理，居民居家不外出。\n（来源：某某发布）\n"
        "志愿者为居民配送物资\n5月6日，某某社区志愿者为居民配送蔬菜。\n某某日报记者 孔令 摄\n"
    )
    items, furn = split_page(raw)
    coverage(raw, items, furn)
    assert [it.headline for it in items] == ["某某区实行静态管理", "志愿者为居民配送物资"]
    assert _people(items[1]) == {("孔令", "reporter"), ("孔令", "photographer")}


# ---- layout rules from the third held-out set (invented text)

BODY = "3月1日，某县在城区开展全员核酸检测，共设置采样点二十个，检测群众三万余人次。"


def _heads(items: list[Item]) -> list[str]:
    return [p.text.text for it in items for p in it.parts if p.kind == "headline"]


def _check(raw: str) -> tuple[list[Item], list[Part]]:
    items, furn = split_page(raw)
    coverage(raw, items, furn)
    return items, furn


def test_page_labels_with_section_are_furniture() -> None:
    for top in ("07 要闻·战疫前线", "第五版 综合", "2022年5月6日   03 新闻"):
        raw = f"江城日报\n{top}\n\n某县启动全员核酸检测\n本报记者 李明\n{BODY}\n"
        items, furn = _check(raw)
        assert _heads(items) == ["某县启动全员核酸检测"], top
        assert squash(top) in {squash(p.text.text) for p in furn}


def test_two_line_headline_joined() -> None:
    raw = f"江城日报\n第2版\n\n某县对城关镇部分小区\n实行封闭管理\n本报记者 李明\n{BODY}\n"
    items, _ = _check(raw)
    assert _heads(items) == ["某县对城关镇部分小区实行封闭管理"]


def test_headline_and_subheadline_kept_apart() -> None:
    raw = f"江城日报\n第2版\n\n某县解除临时管控\n全县生产生活秩序逐步恢复正常\n本报记者 李明\n{BODY}\n"
    items, _ = _check(raw)
    kinds = [p.kind for p in items[0].parts]
    assert "subheadline" in kinds and _heads(items) == ["某县解除临时管控"]


def test_jump_lines_close_and_open_articles() -> None:
    raw = (
        "江城日报\n第2版\n\n（上接第1版）某镇继续做好物资保供工作，居民生活平稳有序。\n\n"
        f"某县开展核酸检测\n本报记者 李明\n{BODY}（下转第3版）\n\n"
        f"某镇：巡逻一刻不停\n本报记者 赵四\n{BODY}\n"
    )
    items, furn = _check(raw)
    assert _heads(items) == ["某县开展核酸检测", "某镇：巡逻一刻不停"]
    f = {squash(p.text.text) for p in furn}
    assert {"（上接第1版）", "（下转第3版）"} <= f


def test_byline_on_headline_line() -> None:
    raw = f"江城日报\n第3版\n\n某县新增本土确诊病例两例 本报记者 李明\n{BODY}\n"
    items, _ = _check(raw)
    assert _heads(items) == ["某县新增本土确诊病例两例"]
    assert [c.name for b in items[0].bylines for c in b.contributors] == ["李明"]


def test_column_markers_and_commentary_author() -> None:
    raw = (
        "江城日报\n第5版\n\n图片新闻\n3月1日，志愿者为居民配送生活物资。\n本报记者 李明 摄\n\n"
        "短评\n守住防控的每一道关口\n王　澄\n防控工作没有局外人，每个人都要做好自身防护。\n\n"
        "【一线见闻】\n3月2日，医务人员在采样点为居民采集核酸样本。\n本报记者 赵四 摄\n"
    )
    items, furn = _check(raw)
    assert len(items) == 3
    assert _heads(items) == ["守住防控的每一道关口"]
    assert not any(p.kind == "subheadline" for it in items for p in it.parts)
    assert {"短评", "【一线见闻】"} <= {squash(p.text.text) for p in furn}


def test_unheaded_brief_after_article_is_separate() -> None:
    raw = (
        f"江城日报\n第3版\n\n某县开展核酸检测\n本报记者 李明 通讯员 赵四\n{BODY}\n"
        "全县各乡镇同步开展排查工作，目前社会面总体平稳。\n\n"
        "本周一，某社区志愿者为居家老人送去蔬菜和药品。\n（本报记者 钱五）\n"
    )
    items, _ = _check(raw)
    assert len(items) == 2
    assert _heads(items) == ["某县开展核酸检测"]
    assert [c.name for b in items[1].bylines for c in b.contributors] == ["钱五"]


def test_wechat_post_header_is_furniture() -> None:
    raw = f"某县发布一项重要通告\n原创 某县发布 2022-04-02 21:30 发表于云南\n{BODY}\n编辑：王小明\n审核：钱五\n"
    items, _furn = _check(raw)
    assert _heads(items) == ["某县发布一项重要通告"]
    assert not any(p.kind == "subheadline" for it in items for p in it.parts)


def test_title_after_end_byline_opens_next_article_when_previous_has_headline() -> None:
    raw = (
        "甲区新增病例一例\n乙月乙日，甲区报告新增病例一例，系集中隔离人员，已转运\n至定点医院治疗。\n记者 王明\n"
        "丙区：核酸采样不停歇\n连日来，丙区在各街道增设便民核酸采样点，方便市民就近\n检测，全程不到十分钟。\n记者 李强\n"
    )
    items, _ = split_page(raw)
    heads = [[p.text.text for p in it.parts if p.kind == "headline"] for it in items]
    assert heads == [["甲区新增病例一例"], ["丙区：核酸采样不停歇"]]


def test_colon_title_before_lead_is_not_running_text() -> None:
    raw = (
        "本报讯（记者马静）\n十月二十日，甲区一小\n区实行封闭管理，居民\n居家不外出，物资配送\n到户。\n甲社区：干部连夜进驻\n"
        "本报讯（记者苏燕）\n十月二十一日，乙区设\n置核酸采样点，当日共\n采样九万人次。\n乙区：秩序井然\n"
    )
    items, _ = split_page(raw)
    assert [p.text.text for p in items[0].parts if p.kind == "headline"] == ["甲社区：干部连夜进驻"]
    assert not any("干部连夜进驻" in p.text.text for p in items[0].parts if p.kind == "body")


def test_breadcrumb_and_publishing_lines_are_no_headline() -> None:
    """A site's trail (某某网>新闻>本地) or its publishing line (某某在线 发布时间:…,
    访客 阅读:…) above the title is furniture: the title below is the headline."""
    body = "3月4日，青川县新增确诊病例2例。青川县自3月5日起在城区开展全员核酸检测。\n"
    for top in ("青川网>即时新闻>本地", "青川在线 发布时间:2021-03-04", "访客 阅读:120 2021-03-04 10:25:12"):
        items, _ = split_page(f"{top}\n\n青川县城区开展全员核酸检测\n\n{body}")
        assert items[0].headline == "青川县城区开展全员核酸检测", top


def test_a_title_may_end_with_a_question_mark() -> None:
    raw = "青川县哪些小区实行封控？\n\n访客 阅读:120 2021-03-04 10:25:12\n\n3月4日，青川县新增确诊病例2例，城关镇三个小区实行封控管理。\n"
    items, _ = split_page(raw)
    assert items[0].headline == "青川县哪些小区实行封控？"
    raw = "青川县哪些小区实行封控？\n3月4日，青川县新增确诊病例2例，城关镇三个小区实行封控管理。居民要怎么办？\n"
    assert split_page(raw)[0][0].headline == "青川县哪些小区实行封控？"


def test_label_before_a_title_is_not_part_of_it() -> None:
    """原标题：… before the title is a label, not headline text; a bracketed column name stays
    in the title, as the gold sets quote it (the title as printed)."""
    body = "青川网3月4日电(记者甘小禾)4日,记者从青川县指挥部了解到,全县完成新一轮核酸检测。\n"
    items, _ = split_page(f"2021-03-04 15:14:02\n原標題:青川縣核酸檢測結果均為陰性\n{body}")
    assert items[0].headline == "青川县核酸检测结果均为阴性"  # the view; export prints it as printed
    items, _ = split_page(f"（战疫一线）封村十天：一个山村的守护\n\n{body}")
    assert items[0].headline == "（战疫一线）封村十天：一个山村的守护"
    items, _ = split_page("青川县城区开展核酸检测\n\n（记者 甘小禾）4日，全县完成新一轮核酸检测。\n")
    assert items[0].headline == "青川县城区开展核酸检测"


def test_corner_bracketed_source_note_is_furniture() -> None:
    raw = "「本文来源:青川日报」\n\n青川日报·青川云客户端记者甘小禾\n\n3月4日，青川县开展全员核酸检测，全县共设采样点120个。\n\n记者记录下了这群最可爱的人!\n"
    items, _ = split_page(raw)
    assert all(it.headline is None for it in items)


def test_production_credit_closing_a_video_story_is_no_new_item() -> None:
    raw = ("青川县夜访核酸采样点\n\n3月4日夜，青川县城关镇核酸采样点仍有市民排队，医护人员坚守岗位。\n\n"
           "记者:甘小禾\n\n青川台融媒体中心制作\n")
    items, _ = split_page(raw)
    assert len(items) == 1 and items[0].headline == "青川县夜访核酸采样点"
    items, _ = split_page("青川县加紧口罩生产制作\n\n3月4日，青川县两家企业加紧生产口罩，日产量达到十万只。\n")
    assert items[0].headline == "青川县加紧口罩生产制作"


def test_web_gallery_of_credited_captions_is_one_post() -> None:
    """A web post with no headline: an intro, then pictures each captioned and credited
    (``…。（甲 摄）``): one post whose photographers are all the credited people."""
    raw = (
        "2021-06-03 09:12:40 来源:某某网\n"
        "为守住秋冬防疫关口，江北多地连日组织全员核酸检测，各级干部下沉一线服务群众。\n"
        "6月1日，东川县城关镇设立十二个采样点，医务人员从清晨开始为排队的居民采集咽拭子样本。（蓝一舟 摄）\n"
        "6月2日，西川县志愿者在采样点维持秩序，提醒前来检测的居民保持一米间距并全程佩戴口罩。（甘小禾 摄）\n"
        "6月2日，南川县医务人员上门为行动不便的老人采样，当天全县共完成入户采样三百余人。（严可 摄）\n"
    )
    items, _ = _check(raw)
    assert len(items) == 1
    assert {c.name for c in items[0].contributors if c.role == "photographer"} == {"蓝一舟", "甘小禾", "严可"}


def test_question_title_with_a_kicker_before_a_colon() -> None:
    """``直击一线：物资如何送到？`` over a byline: the question is the headline, the kicker
    before its colon is part of it; a question that runs on with commas stays body text."""
    raw = (
        "战疫现场|直击一线：城关镇的蔬菜如何送进封控小区？\n"
        "青川县融媒体中心记者 蓝一舟\n"
        "连日来，城关镇组织志愿者分片包干，每天清晨把蔬菜和药品送到各封控小区门口，再由楼栋长分发到户。\n"
        "居民们说，有了这支队伍，足不出户也能按时收到生活物资，心里很踏实。\n"
    )
    items, _ = _check(raw)
    assert _heads(items) == ["战疫现场|直击一线：城关镇的蔬菜如何送进封控小区？"]
    # an interview's question is no title: 问：…？ stays in the story
    interview = (
        "青川县：三天完成两轮核酸检测\n——访青川县疾控中心负责人\n□本报记者 蓝一舟\n"
        "问：全县的核酸检测怎么安排？\n答：各乡镇按网格分批采样，做到不漏一户、不落一人，请居民错峰前往采样点。\n"
        "问：封控小区的居民怎样采样？\n答：由医务人员上门入户采样，居民在家等候即可，不必下楼排队。\n"
    )
    items, _ = _check(interview)
    assert len(items) == 1 and _heads(items) == ["青川县：三天完成两轮核酸检测"]


def test_forum_thread_name_copy_link_button_and_floor_number_are_furniture() -> None:
    """A forum thread: the forum's name, the title with the board's [复制链接] button after
    it, the floor number (1#), then the post: the title alone is the headline."""
    raw = (
        "江川县论坛\n\n青川县城关镇开展第二轮全员核酸检测, [复制链接]\n\n1#\n\n"
        "据青川县融媒体中心消息，9月3日上午8时起，城关镇开展第二轮全员核酸检测，对象为镇区全体居民。\n\n"
        "据介绍，此前9月1日城关镇已完成第一轮检测，结果均为阴性，全镇各采样点秩序良好。\n"
    )
    items, furn = _check(raw)
    assert _heads(items) == ["青川县城关镇开展第二轮全员核酸检测"]
    assert {"江川县论坛", "1#"} <= {squash(p.text.text) for p in furn}


def test_issuer_split_over_two_lines_and_a_stripped_year_sign_the_notice() -> None:
    """…另行通知。 / 某某自治县 / 应对疫情工作指挥部 / 年3月2日 (the site dropped the year's
    digits): the county's name is the first line of the signature, not a headline."""
    raw = (
        "为切实做好疫情防控工作，经县指挥部研究决定，自3月2日起全县城区实行封闭管理，请广大居民积极配合。\n"
        "一、城区各小区实行封闭管理，居民非必要不外出，外出须持有效核酸检测阴性证明。\n"
        "解除时间视情况另行发布。\n"
        "北川羌族自治县\n应对新冠肺炎疫情工作指挥部\n年3月2日\n"
        "为方便群众咨询，县疾控中心开通二十四小时咨询热线，请有需要的居民拨打咨询。\n"
    )
    items, _ = _check(raw)
    assert _heads(items) == []


def test_screenshot_label_is_no_headline() -> None:
    raw = (
        "2022-03-04 10:20:31 来源:某某网\n"
        "3月4日，某县疫情防控指挥部发布通告称，对城关镇部分小区实行封控管理，居民足不出户、上门服务。\n"
        "全文如下：\n"
        "一、城关镇东苑小区、西苑小区实行封控管理，实行“足不出户、上门服务”，期限暂定七天。\n"
        "北川县疫情防控指挥部通告截图\n"
    )
    items, _furn = _check(raw)
    assert _heads(items) == []


def test_notice_headed_only_by_its_issuer_and_number_has_no_headline() -> None:
    """某某市某某区 / 疫情防控指挥部 / 2022年15号通告 over the text, or 某某县…指挥部 / 3号令:
    the issuer and the number are no title."""
    text = ("按照上级关于疫情防控的工作要求，经指挥部研究，自即日起对下列区域实行封控管理。\n"
            "封控区：城关镇东苑小区、西苑小区，实行“足不出户、上门服务”。\n")
    for head in ("绵阳市涪城区\n新冠肺炎疫情防控指挥部\n2022年15号通告\n", "北川羌族自治县新冠肺炎疫情防控指挥部\n3号令\n"):
        items, _ = _check(head + text)
        assert _heads(items) == [], head


def test_place_tag_before_a_bar_is_a_label_of_the_title() -> None:
    """北川|标题 naming 北川 again: the place tag is a dateline-like label (as 原标题：); a tag
    that is no place, or a place the title does not repeat (an aggregator's keyword), stays:
    the real set keeps a title's prefixes as written."""
    body = "\n某某网绵阳3月5日电 3月4日，北川县在例行核酸检测中发现一名阳性人员，目前已进行隔离治疗，相关区域实行封控管理。\n"
    items, _furn = _check("北川|羌乡北川县城发现一例新冠阳性感染者" + body)
    assert _heads(items) == ["羌乡北川县城发现一例新冠阳性感染者"]
    for head in ("一线直击|羌乡县城发现一例新冠阳性感染者", "北川|羌乡县城发现一例新冠阳性感染者"):
        items, _ = _check(head + body)
        assert _heads(items) == [head]


def test_bundle_notice_printed_without_issuer_starts_where_its_list_restarts() -> None:
    """A post bundling numbered case bulletins: the third one lost its issuer and number,
    but its list starts again at （一） right after the second one's （三）: a new item."""
    raw = (
        "川西三地疫情通报汇总\n"
        "绵阳市疫情防控指挥部办公室公告\n【2022】第12号\n"
        "（一）涪城区：当日新增12例（无症状感染者12），均在集中隔离点发现，相关人员已全部转运至集中隔离点实行闭环管理。\n"
        "（二）游仙区：当日新增3例（无症状感染者3），均在管控区内发现，相关人员已全部转运至集中隔离点实行闭环管理。\n"
        "【2022】第8号\n"
        "（一）旌阳区：当日新增9例（确诊病例2，无症状感染者7），相关人员已全部转运至集中隔离点实行闭环管理。\n"
        "（二）罗江区：当日新增4例（无症状感染者4），均为此前密切接触者，相关人员已全部转运至集中隔离点实行闭环管理。\n"
        "（三）广汉市：当日新增1例（无症状感染者1），在社区筛查中发现，相关人员已全部转运至集中隔离点实行闭环管理。\n"
        "（一）利州区：当日新增2例（均为无症状感染者），累计报告36例，相关人员已全部转运至集中隔离点实行闭环管理。\n"
        "（二）昭化区：当日新增1例（无症状感染者1），已转运至定点医院，相关人员已全部转运至集中隔离点实行闭环管理。\n"
    )
    items, _ = _check(raw)
    assert len(items) == 3
    assert items[2].text.text.lstrip().startswith("（一）利州区")


def test_web_title_with_a_comma_over_its_date_and_source_line() -> None:
    """标题（with a comma） / 2021-03-02 08:15:20 来源: 某某报 / text: the first line is the title."""
    raw = (
        "新增病例0,这个三千人回流的山区小镇做对了什么\n2021-03-02 08:15:20 来源: 某某日报\n\n"
        "村里的年轻人当起志愿者，挨家挨户宣传防疫知识。 某某社记者蓝一舟摄\n\n  “又是零！”\n\n"
        "  3月1日一早，镇卫生院的医生又一次来到卡口，为返乡人员测量体温、登记信息，全镇已连续二十天无新增病例。\n"
        "  镇党委书记介绍，早在春节前，全镇就在各主要路口设置了卡点，对进出人员逐一排查登记。\n"
    )
    items, _ = _check(raw)
    assert _heads(items) == ["新增病例0，这个三千人回流的山区小镇做对了什么"]


def test_header_credit_then_lead_with_the_same_people_is_one_article():
    """A portal prints its date, source and credit line under the headline, then the story
    opens with its own 讯 lead naming the same people: one article, not two."""
    raw = ("【战疫前线】村村响起小喇叭\n\n"
           " 2022/03/14/ 09:10 来源:陇原网 记者韩立秋 通讯员程晓燕\n\n"
           "  陇原客户端3月14日讯(陇原·每日陇原网记者韩立秋 通讯员程晓燕)为做好疫情防控，某县自3月13日起"
           "开展全员核酸检测，各村用广播通知村民有序采样。\n\n"
           "  截至目前，采样工作正在有序进行。\n")
    items, _ = split_page(raw)
    assert len(items) == 1
    assert items[0].headline == "【战疫前线】村村响起小喇叭"


def test_contact_list_under_a_notice_is_no_new_article():
    """Names with phone numbers printed under a notice (值班电话 lists) are not a headline
    that starts a second item: the notice and its signature stay one article."""
    raw = ("关于将青禾苑小区划定为封控区的通告\n\n"
           "  全体居民朋友:\n\n"
           "  2022年6月3日,我县青禾苑小区发现一名核酸检测异常人员,经研究决定,自即日起将该小区划定为封控区。\n\n"
           "  如有特殊困难请联系以下工作人员。\n\n"
           "  马 骏13912345678 冯 玲13887654321\n\n"
           "  唐晓峰13700001111\n\n"
           "  某县新冠肺炎疫情防控指挥部\n\n"
           "  2022年6月4日\n")
    items, _ = split_page(raw)
    assert len(items) == 1
    assert items[0].headline == "关于将青禾苑小区划定为封控区的通告"


def test_source_field_with_a_byline_closes_the_article_and_credits_its_people():
    """A repost ends with 來源:某報·某客戶端記者 甲 乙 文/圖 (traditional, with a converter's
    pinyin glosses): the field names the reporters and photographers, in the printed script
    without the glosses;
    an outlet-only line under the headline is no headline."""
    from etl.extract.bylines import item_bylines

    raw = ("三河縣開展第二輪全員核酸檢測\n"
           "潮州日報(bào)·新潮州客戶端\n"
           "從5月2日開始,三河縣啟動第二輪區(qū)域核酸檢測工作,截至昨日共采樣十二萬人次。\n"
           "縣衛(wèi)健局提醒,請廣大市民按所在社區(qū)通知有序參加檢測。\n"
           "來源:潮州日報(bào)·新潮州客戶端記者 許明(míng)華 蔡鎮(zhèn) 文/圖\n"
           "責(zé)任編輯:林小英\n")
    items, _ = split_page(raw)
    assert len(items) == 1
    assert items[0].headline == "三河县开展第二轮全员核酸检测"
    people = {(c.name, c.role) for b in item_bylines(items[0], raw) for c in b.contributors}
    assert people == {("許明華", "reporter"), ("許明華", "photographer"),
                      ("蔡鎮", "reporter"), ("蔡鎮", "photographer")}


def test_cut_issuer_name_or_dated_signature_is_no_headline():
    """A repost that starts inside the issuer's name (…领导小组办公室) or a notice whose
    signature has its date glued on (某县指挥部办公室2022年6月2日): neither is a title."""
    cut = ("领导小组办公室\n"
           "通 告\n"
           "2022年6月1日0—24时,某县无新增确诊病例,新增无症状感染者3例,均在隔离点检出。\n"
           "全县上下齐心协力,各项防控措施开展有力有序。\n")
    items, _ = split_page(cut)
    assert [it.headline for it in items] == [None]
    signed = ("为尽早查清传播风险,决定8月14日在南关街道做一次区域核酸检测,具体安排通告如下:\n"
              "一、采样时间\n"
              "南关街道7时起采样,争取10时前采完。\n"
              "桐柏县疫情防控应急指挥部办公室2022年8月13日\n")
    items, _ = split_page(signed)
    assert [it.headline for it in items] == [None]


def test_epaper_date_line_without_ri_and_with_a_nav_mark_is_furniture():
    """An e-paper page opens with ">2020年5月7星期四" (日 dropped, a navigation mark before
    it) and the paper's name: furniture, so the story's own title is the headline."""
    raw = (">2020年5月7星期四\n\n"
           "彭水电子报\n\n"
           "复课在即 全体教职工进行核酸检测\n\n"
           "本报讯 (全媒体记者 冉 林 何小梅)复课在即,为做好开学前疫情防控工作,全县教职工积极参加核酸检测。\n\n"
           "    5月6日上午,在县体育馆,医护人员按规范对教职工进行咽拭子采样。\n")
    items, _ = split_page(raw)
    assert [it.headline for it in items] == ["复课在即 全体教职工进行核酸检测"]


def test_wordy_portal_title_over_a_publishing_date_field_is_the_headline():
    """An aggregator's long title with commas, then 发布日期:… on its own line: the title is
    the headline (kept as given) and the date field is furniture."""
    raw = ("甘肃疫情今天(9月3日)最新通报:昨日新增本土2+35,已有3个县区连续七天无新增病例\n\n"
           "发布日期:2022-09-03 10:05:41\n\n"
           "甘肃省卫生健康委通报,9月2日0至24时,全省新增本土确诊病例2例,均在兰州市七里河区。\n")
    items, _ = split_page(raw)
    assert [it.headline for it in items] == ["甘肃疫情今天(9月3日)最新通报：昨日新增本土2+35，已有3个县区连续七天无新增病例"]
