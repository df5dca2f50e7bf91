"""Items, headlines, bylines and places of the sixteenth round's second items pass, in invented
wording (names, places and dates made up): each test fails on main f308838."""
from __future__ import annotations

from etl.extract.bylines import scan_line
from etl.extract.context import shared
from etl.extract.places import resolve_page, short_readings


def counties(text: str) -> set[str]:
    return {c.name for m in resolve_page([text], shared().places)[0] if (c := m.place.ancestor("county"))}


def reporters(line: str) -> list[str]:
    return [c.name for f in scan_line(line) for c in f.contributors if c.role == "reporter"]


def test_a_county_short_the_gazetteer_also_lists_as_a_bare_village_core_is_read_in_a_list() -> None:
    """甲、乙区 (two districts sharing one ending): the first is a county's short. A village listed
    with no 村 (its bare core) denotes nothing, so it must not claim the short's characters. The
    shorts so shadowed are taken from the gazetteer, not written here."""
    ix, gaz = shared().places, shared().gazetteer
    checked = 0
    for short in sorted(ix.shorts):
        if short not in gaz.by_name or short in ix.stop or short.endswith((*ix.town_suffixes, *ix.comm_suffixes)):
            continue  # (a name with its ending, 某某村, is a village the text may mean)
        counties_of = [i for i in short_readings(gaz, short) if gaz.levels[i] == 2]
        if len(counties_of) != 1 or gaz.names[counties_of[0]] != short + "区":
            continue  # (甲、乙区: the two share the ending the short left off)
        node = counties_of[0]
        parent = gaz.ancestor_at(node, 1)
        siblings = [c for c in gaz.children(parent) if c != node and gaz.names[c].endswith("区")
                    and not gaz.names[c].startswith(short)] if parent is not None else []
        if not siblings:
            continue
        text = f"本周起，{short}、{gaz.names[siblings[0]]}暂停堂食，市民外出须佩戴口罩。"
        assert gaz.names[node] in counties(text), text
        checked += 1
    assert checked >= 1


def test_the_outlet_of_a_bracketed_lead_is_no_part_of_the_reporters_name() -> None:
    """【某某2022年3月9日讯】（某某记者 甲综合报导）: the outlet the lead names, printed again before
    记者, is where the reporter works, even when its name ends like no paper, site or station."""
    line = "【远望2022年3月9日讯】（远望记者柯望川综合报导）青石县疫情持续，全县暂停堂食。"
    assert reporters(line) == ["柯望川"]
    assert reporters("远望讯（远望记者 柯望川）青石县疫情持续，全县暂停堂食。") == ["柯望川"]
    # a bracket opening with another word than the lead's outlet stays unread
    assert reporters("【远望2022年3月9日讯】（青石县记者协会柯望川）全县暂停堂食。") == []


def test_a_line_closed_by_its_pictures_credit_is_a_caption_not_the_title() -> None:
    """A web story opening with its picture's caption (…（图片来源：某某）) and no title: the line
    is the picture's caption, a paragraph of its own, and the story has no headline."""
    from etl.extract.segment import split_page

    body = ("【远望2022年3月9日讯】青石县自3月2日起对城关镇实行封闭管理，居民生活物资由社区统一配送，"
            "部分居民反映配送不及时，县里随后增设了三个临时供应点。")
    more = "县指挥部表示，将根据核酸检测结果适时调整管控范围，请居民理解配合，不信谣不传谣。"
    items, _ = split_page(f"城关镇街头行人稀少 (图片来源：某某图库)\n{body}\n{more}\n")
    assert len(items) == 1 and items[0].headline is None
    assert [p.kind for p in items[0].parts][:2] == ["caption", "body"]


def test_a_news_title_over_the_wrapped_notice_it_quotes_is_the_headline() -> None:
    """A post's own title over the title of the notice it reposts, that title wrapped over two
    lines (关于… / …的通报): the two lines are read whole, so the post's title, restating it, is the
    headline, and the notice's title one subheadline."""
    from etl.extract.segment import split_page

    raw = ("快讯｜青石县19日新增2例无症状感染者\n\n关于青石县新增2例\n无症状感染者的通报\n"
           "4月19日，青石县在对城关镇重点人群开展核酸检测时，发现2例初筛阳性，经复核结果为阳性，"
           "均已转运至定点医院隔离观察。\n"
           "请广大群众不要恐慌，主动配合疫情防控工作，做好个人防护，戴口罩、勤洗手、常通风。\n")
    items, _ = split_page(raw)
    assert items[0].headline == "快讯｜青石县19日新增2例无症状感染者"
    assert items[0].subheadline == "关于青石县新增2例无症状感染者的通报"


def test_a_quarter_of_one_storey_houses_is_no_district_without_its_city() -> None:
    """平房区 is a quarter of one-storey houses anywhere (楼房区…平房区居民…) as well as a district
    of one city: read as that district only after its city (or where the article names it)."""
    text = "自4月2日起，青石县城区实行封闭管理，楼房区居民足不出单元，平房区居民足不出院落。"
    assert "平房区" not in counties(text)
    assert "平房区" in counties("哈尔滨市平房区4月2日起开展全员核酸检测。")
