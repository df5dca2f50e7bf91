"""Round 17, items: a post printing several paragraphs each led by another town's or county's
name and a colon (an office's round-up of its towns' work, a digest of a city's counties'
notices) gives one item per place; a digest's county label over a one-sentence notice opens
the next item. Texts are invented (other names, places and dates)."""
from __future__ import annotations

from etl.extract.segment import split_page

TOWN_ROUNDUP = (
    "【乡镇防控简讯】\n\n"
    "发布时间：2021-02-03 09:15 来源：县防控办宣传组\n\n"
    "平川镇：截至2日，已走访返乡人员430余人，劝停集市2个、宴席9场，"
    "在镇区入口设置检查点3处，发放倡议书5000余份。\n\n"
    "板桥镇：组织党员志愿者80余名，每天对辖区商超、药店开展巡查，"
    "累计张贴公告260余张。\n\n"
    "新华镇：对全镇养老机构实行封闭式管理，同时暂停农家乐、棋牌室营业，"
    "逐户登记外来车辆。\n"
)


def _bodies(raw: str) -> list[str]:
    items, _ = split_page(raw)
    return ["".join("".join(p.text.text.split()) for p in it.parts if p.kind == "body") for it in items]


def test_paragraphs_led_by_town_names_are_one_item_each() -> None:
    bodies = _bodies(TOWN_ROUNDUP)
    assert len(bodies) == 3, bodies
    assert [b[:3] for b in bodies] == ["平川镇", "板桥镇", "新华镇"]


RISK_LIST = (
    "关于调整部分区域风险等级的通告\n\n"
    "根据疫情防控需要，经研究决定，自2022年9月3日起调整以下区域风险等级。\n\n"
    "一、高风险区\n"
    "临泽县：倪家营镇汪家墩村，平川镇三一村，新华镇大寨村一社、二社、三社的全部住户。\n"
    "岳西县：主簿镇余畈村，中关镇中关村，五河镇五河村一组、三组、四组的全部住户。\n\n"
    "特此通告。\n"
)


def test_a_list_of_places_under_county_labels_stays_one_notice() -> None:
    items, _ = split_page(RISK_LIST)
    assert len(items) == 1, [it.headline for it in items]


CITY_DIGEST = (
    "甘肃多地发布紧急通知\n\n"
    "受外省疫情影响，近日省内多地发布疫情防控通知，内容如下：\n"
    "张掖\n"
    "临泽县：居民非必要不去中高风险地区，从外省返回人员须提前向社区报备，"
    "落实核酸检测。\n"
    "高台县：近期暂停举办大型聚集活动，农贸市场每日消杀。\n"
    "安庆\n"
    "岳西县：全面排查近期从外省返乡人员，做好登记。\n"
)


def test_a_digest_gives_each_county_its_item_under_its_city_label() -> None:
    bodies = _bodies(CITY_DIGEST)  # the first county's notice stays with the post's opening
    assert len(bodies) == 3 and "临泽县：" in bodies[0], bodies
    assert [b[:3] for b in bodies[1:]] == ["高台县", "岳西县"], bodies


SHORT_DIGEST = (
    "注意！皖北多地发布最新通知\n"
    "近日外省出现本土疫情，皖北多地发布疫情防控最新通知，提醒市民减少非必要出行：\n"
    "宿州\n"
    "密切关注外省通报的确诊病例活动轨迹，近14天有中高风险地区旅居史的人员，抵宿后须主动报告并接受核酸检测。\n"
    "淮北\n"
    "市民近期非必要不离淮，确需离开的应持两天内核酸阴性证明，外地来淮人员须落地检。\n"
    "亳州\n"
    "暂停全市棋牌室、网吧营业，各类聚集性活动一律延期举办，公共场所须查验健康码。\n"
)


def test_a_digest_label_over_a_one_sentence_notice_opens_an_item() -> None:
    bodies = _bodies(SHORT_DIGEST)
    assert len(bodies) == 3, bodies
    assert "淮北" in bodies[1] and "棋牌室" not in bodies[1] and "棋牌室" in bodies[2], bodies


LONG_INTRO_DIGEST = (
    "提醒！豫南多地发布疫情防控通知\n"
    "2021年8月2日全天，全省没有新增本地病例。受外省疫情影响，"
    "近日豫南多地相继发布疫情防控最新通知：\n"
    "信阳\n"
    "密切关注外省通报的确诊病例活动轨迹，近14天有中高风险地区旅居史的人员，抵信后须主动报告并接受核酸检测。\n"
    "驻马店\n"
    "市民近期非必要不出省，确需离开的应持两天内核酸阴性证明，外地来驻人员须落地检测。\n"
)


def test_the_first_digest_label_under_an_announcing_line_stays_with_the_post() -> None:
    bodies = _bodies(LONG_INTRO_DIGEST)
    assert len(bodies) == 2, bodies
    assert "抵信后" in bodies[0] and "落地检测" in bodies[1], bodies


def _reporters(raw: str) -> list[str]:
    items, _ = split_page(raw)
    return [c.name for it in items for b in it.bylines for c in b.contributors if c.role == "reporter"]


STORY = ("5月9日，记者从白河县疫情防控指挥部获悉，全县已连续三天开展区域核酸检测，"
         "累计采样11万余人次，结果均为阴性。\n")


def test_two_outlets_joined_by_a_dash_before_the_role_word_are_an_affiliation() -> None:
    raw = "白河县连续三天开展区域核酸检测\n\n文/南晨-江城快讯记者 顾明远 沈秋禾\n\n" + STORY
    assert _reporters(raw) == ["顾明远", "沈秋禾"]


def test_a_picture_note_closing_a_byline_line_names_nobody() -> None:
    raw = "江城晚报记者 顾明远 沈秋禾 图片由受访者提供\n\n" + STORY
    assert _reporters(raw) == ["顾明远", "沈秋禾"]
