"""Event extraction on the seed articles (places built by hand) and on negatives.

The places module and the segmenter are wired in later; here each article's text is
written as the normaliser gives it and its PlaceMentions are constructed directly, so
these tests pin the extractor's own decisions: trigger, place, scope, date, quantities.
"""
from __future__ import annotations

from datetime import date

import pytest

from etl.extract.context import shared
from etl.extract.events import extract_events, split_sentences
from etl.extract.model import DateContext, Event, Place, PlaceMention

SX = Place("山西省", "province", "140000")
JZ = Place("晋中市", "prefecture", "140700", SX)
TY = Place("太原市", "prefecture", "140100", SX)
PINGYAO = Place("平遥县", "county", "140728", JZ)
LINGSHI = Place("灵石县", "county", "140729", JZ)
ZUOQUAN = Place("左权县", "county", "140722", JZ)
YUCI = Place("榆次区", "county", "140702", JZ)
XIAODIAN = Place("小店区", "county", "140105", TY)
NANGUAN = Place("南关镇", "town", None, LINGSHI)
HUIFENG = Place("汇丰社区", "community", None, PINGYAO)
BEIYING = Place("北营街道", "town", None, XIAODIAN)
PINGYANGLU = Place("平阳路街道", "town", None, XIAODIAN)
LONGBAO = Place("龙保社区", "community", None, BEIYING)
NANPINGTOU = Place("南坪头社区", "community", None, BEIYING)
ZHONGFUYUAN = Place("中辐院社区", "community", None, PINGYANGLU)
SXU = Place("山西大学", "sub", None, XIAODIAN, official=False)
ROAD1 = Place("太行东街南三巷", "sub", None, BEIYING, official=False)
ROAD2 = Place("坞城东延路段", "sub", None, BEIYING, official=False)
LONGBAOJIE = Place("龙堡街", "sub", None, BEIYING, official=False)
XQ25 = Place("25公司小区", "sub", None, ZHONGFUYUAN, official=False)

ED000 = DateContext(date(2022, 11, 10), "approximate")
ED001 = DateContext(date(2022, 4, 5), "approximate")


def mentions(text: str, places: dict[str, Place]) -> list[PlaceMention]:
    """Every occurrence of each surface, longest surfaces first, never overlapping."""
    taken = bytearray(len(text))
    out: list[PlaceMention] = []
    for surface in sorted(places, key=len, reverse=True):
        i = text.find(surface)
        while i >= 0:
            if not any(taken[i:i + len(surface)]):
                taken[i:i + len(surface)] = b"\x01" * len(surface)
                out.append(PlaceMention(surface, i, i + len(surface), places[surface], 0.9, "test"))
            i = text.find(surface, i + len(surface))
    return sorted(out, key=lambda m: m.start)


def run(text: str, places: dict[str, Place], ctx: DateContext) -> list[Event]:
    return extract_events(text, mentions(text, places), ctx, shared())


def of(events: list[Event], type_: str) -> list[Event]:
    return [e for e in events if e.type == type_]


def pairs(events: list[Event], type_: str) -> set[tuple[str | None, date]]:
    """What the scorer counts: distinct (county, start) of dated events."""
    return {(e.county.name if e.county else None, e.start) for e in of(events, type_) if e.start}


# ------------------------------------------------------------------ seed 000 -----------

YUCI_TEXT = (
    "本报讯（记者闫晓媛通讯员于亚军）下沉包联、常态督导、精细部署，11月9日，记者从榆次区教育局获悉，"
    "榆次区健全党委、政府领导干部包联学校机制和属地、部门、学校联防联控机制，坚决守牢校园阵地，保护师生健康安全。\n"
    "榆次区354所学校、幼儿园和培训机构划分为30个小组，全部由处级干部对接包联。包联负责同志严格落实包联工作责任制，"
    "坚持一线工作法，对包联学校开展常态督导与专项督查，推动学校不折不扣落实疫情防控各项措施。\n"
    "同时，榆次区进一步完善了医疗包联机制和物资保障包联机制，坚持疫情源头管控、监测预警、重点环节防控、应急处置能力。\n"
    "日前，由22名处级干部分别带队的校园疫情联防联控督导组已全部下沉包联学校，全面展开对校园疫情防控工作的督查指导工作。\n"
    "榆次区党政领导包联到校疫情防控提级管理"
)

HUIFENG_TEXT = (
    "本报讯（记者武玲芳）\n党员冲锋在前，战疫凝心聚力。\n"
    "连日来，平遥县汇丰社区党员志愿者坚守核酸检测、消毒消杀、人员疏散等疫情防控工作一线，筑起疫情防控的“红色堡垒”。\n"
    "核酸检测、摸排登记、消毒测温、卡点布防、宣传政策……\n"
    "为有效防止疫情扩散蔓延，汇丰社区广大党员闻令而动，哪里需要去哪里，哪里缺位哪里补。\n"
    "“请大家有序排队，间隔一米！”“请扫描场所码、出示健康码。”在汇丰社区核酸采样点，广大党员佩戴党员徽章、袖标，"
    "身穿红马甲，分工协作，默契配合，组织居民有序进行核酸采样。\n"
    "汇丰社区党总支书记、居委会主任安苗表示，全员核酸检测工作时间紧，任务重，为了做好核酸采样工作，"
    "社区“两委”成员、医护人员、在职党员和热心居民组成临时志愿服务队，确保核酸采样工作高效快捷。\n"
    "“我是党员我先上”成为最响亮的战疫誓言。"
)

PINGYAO_TEXT = (
    "本报讯（记者武玲芳）疫情就是命令，防控就是责任。11月7日8时起，平遥县按下“暂停键”，实行全县域静态管理。"
    "平遥县市场监督管理局执法人员闻令而动，冲锋在前，逆行而上，扎实推动静态管理期间市场监管领域的疫情防控工作。\n"
    "“我是一名共产党员，平遥县发生了疫情，在这关键时刻，我必须站出来，坚守在防控一线。”该局所有党员是这样说，也是这样做的。\n"
    "他们的身影穿梭在市场、超市、药店、街道，关停非保障居民基本需要门店，做好生活物资保障，筑起市场监管的疫情防线。"
)

LINGSHI_TEXT = (
    "本报讯（记者张凯鹏通讯员赵青）街道干净整洁，垃圾及时清运，场所消杀彻底……在灵石县南关镇抗击疫情第一线，"
    "有这样一群“逆风”前行的勇士，全力保障南关人民疫情期间生活正常运转。\n"
    "连日来，灵石县南关镇居民居家不外出，镇区生活垃圾产量攀升，该镇环卫所加强生活垃圾清运管理，"
    "确保当日产生的垃圾当日处理完毕。\n"
    "11月5日一大早，记者在灵石县南关镇环卫所看到，垃圾清运车准备就绪。\n"
    "疫情防控不松懈垃圾清运不停歇"
)

ZUOQUAN_TEXT = (
    "11月9日清晨，左权县开展11月份第二轮全覆盖区域核酸检测，该县共设置核酸采样点近200个。\n"
    "为保证核酸检测工作的顺利进行，该县基层干部、医护人员、单位职工、网格员、志愿者等主动服务，共筑疫情防控“防护墙”。\n"
    "记者杨洋通讯员张文军摄"
)


def test_yuci_has_no_scored_events() -> None:
    ev = run(YUCI_TEXT, {"榆次区": YUCI}, ED000)
    for t in ("lockdown", "mass_testing", "case_report", "school_closure"):
        assert not of(ev, t), t
    assert of(ev, "inspection")  # 督导 / 督查 are inspections


def test_huifeng_undated_community_testing_and_list_is_not_an_event() -> None:
    ev = run(HUIFENG_TEXT, {"平遥县": PINGYAO, "汇丰社区": HUIFENG}, ED000)
    mt = of(ev, "mass_testing")
    assert mt and all(e.start is None for e in mt)
    assert {e.scope_name for e in mt} == {"汇丰社区"}
    assert mt[0].scope == "community" and mt[0].county == PINGYAO
    assert mt[0].precision == "approximate" and mt[0].not_after == date(2022, 11, 10)
    # the enumeration line and the first sentence's list produce nothing
    assert not any("摸排登记" in e.evidence for e in ev)
    assert not of(ev, "movement_restriction")  # 卡点布防 is an item of the list
    assert not of(ev, "lockdown")


def test_pingyao_county_static_management() -> None:
    ev = run(PINGYAO_TEXT, {"平遥县": PINGYAO}, ED000)
    lk = of(ev, "lockdown")
    assert len(lk) == 1
    e = lk[0]
    assert (e.kind, e.scope, e.scope_name, e.county) == ("static_management", "county", "平遥县", PINGYAO)
    assert (e.start, e.start_time, e.precision) == (date(2022, 11, 7), "08:00", "exact")
    assert e.evidence.startswith("本报讯") or "11月7日8时起" in e.evidence
    assert e.date_text == "11月7日8时起"
    assert text_at(PINGYAO_TEXT, e) == e.evidence
    assert of(ev, "supply_assurance")


def text_at(text: str, e: Event) -> str:
    return text[e.evidence_start:e.evidence_end]


def test_lingshi_town_stay_at_home_undated() -> None:
    ev = run(LINGSHI_TEXT, {"灵石县": LINGSHI, "南关镇": NANGUAN}, ED000)
    lk = of(ev, "lockdown")
    assert len(lk) == 1
    e = lk[0]
    assert (e.kind, e.scope, e.scope_name, e.county) == ("stay_at_home", "town", "南关镇", LINGSHI)
    assert e.start is None and e.precision == "approximate" and e.date_text == "连日来"


def test_zuoquan_second_round_with_sampling_points() -> None:
    ev = run(ZUOQUAN_TEXT, {"左权县": ZUOQUAN}, ED000)
    mt = of(ev, "mass_testing")
    assert pairs(ev, "mass_testing") == {("左权县", date(2022, 11, 9))}
    e = mt[0]
    assert (e.round, e.sampling_points, e.scope, e.county) == (2, 200, "county", ZUOQUAN)
    assert "第二轮" in e.evidence


# ------------------------------------------------------------------ seed 001 -----------

SUPPLY_TEXT = (
    "调运货源小店区物资储备充足\n"
    "本报讯（记者司勇通讯员赵娟王佩琦文/摄）报告新冠肺炎确诊病例后，小店区加强沟通协调，积极组织开展跨县区、"
    "跨市域货源调运工作，确保各类生活物资供应充足有序。\n"
    "4月4日，美特好超市小店区康宁街店内，蔬菜、水果、肉蛋奶等生活物资品种丰富，货物充足。超市蔬果主管任少斌说，"
    "该门店早6时开始上货补货，7时30分开门营业，当日联系物流加急调运菜品30余吨。\n"
    "针对当前疫情防控形势，小店区委、区政府高度重视，成立了物资保障工作组。小店区商务局、发改局等有关部门，"
    "及时为大型商超、市场等部门办理通行证。"
)

SCHOOL_TEXT = (
    "小店区学生暂缓返校\n"
    "本报讯（记者张晓丽）4月4日，记者从小店区教育局了解到，为了切实做好教育系统疫情防控工作，根据疫情防控要求，"
    "小店区各学校（幼儿园）4月6日暂缓返校开学，具体返校开学时间将根据疫情发展情况另行通知。同时，为有效解决中小学生"
    "因疫情无法正常到校上课的问题，学生在家期间，各中小学校会开展在线教学，实现学生停课不停学，离校不离师。"
)

TEACHERS_TEXT = (
    "放弃休假教师志愿者服务疫情防控\n"
    "本报讯(记者司勇通讯员孟海蓉)4月3日凌晨,小店区排查发现4例新冠肺炎阳性感染者。在这关键时刻,该区教育局机关干部"
    "及各学校青年志愿者放弃休假,在4月3日上午9时准时到岗,参加志愿服务。\n"
    "根据疫情防控要求,小店区教育局机关干部101人分5组,下沉到平阳路街道所属17个社区开展志愿服务。"
    "“您好,我们是志愿者,因疫情防控需要,请您和您的家人积极配合我们做好核酸采样工作。”志愿者们一遍遍在社区播报。\n"
    "此外,目前已有200余名教师奔赴就近的核酸检测点,参加疫情防控、核酸检测等相关工作。"
)

SXU_TEXT = (
    "80余名学生报名志愿者共筑校园安全屏障\n"
    "本报讯（记者周利芳通讯员雷佳璇文/摄）4月3日，针对当前疫情防控形势，山西大学团委紧急招募志愿者，"
    "协助学校开展全员核酸检测保障工作。1小时内，80余名学生报名志愿者，百余套防疫物资火速到位。\n"
    "3日上午，面对突如其来的疫情，山西大学迅速启动应急处置预案，三校区实行封闭管理。位于管控区的东山和坞城两校区，"
    "第一时间组织全员核酸检测，先学生、后老师，分组、分时段错峰检测。截至4月3日23时，全校共检测21811人。"
)

LONGBAO_TEXT = (
    "党员冲在前居民肩并肩\n北营街道龙保社区快速完成首轮核酸检测\n"
    "因邻近的南坪头社区发生疫情，为确保本社区居民健康安全，4月3日凌晨，北营街道龙保社区召开紧急会议，"
    "启动疫情防控一级应急响应，用了7个多小时，迅速完成了辖区7000余人的首轮核酸检测。\n"
    "4月3日凌晨，30名社区工作人员会后迅速行动，清点防疫物资支援南坪头社区；第一时间通过微信群工作群发布通知，"
    "告知辖区各物业在小区设卡封控，严格落实各项防疫措施。\n"
    "天色渐亮，社区工作人员赶紧在居民群内发通知，告知辖区要实施封闭管理，同时太行东街南三巷、坞城东延路段也实施封闭管理，"
    "所有人员和车辆皆从龙堡街出入，请居民们理解配合。\n"
    "4月3日早8时，龙保社区党支部充分发挥战斗堡垒作用，为即将开展的全员核酸检测做好充分准备。\n"
    "“我是党员我先上，有啥要做的告诉我！”“我们做完核酸检测了，也想当志愿者……”\n"
    "从3日下午5时到4日凌晨零时许，社区组织全体居民7000余人，错峰完成核酸检测，成为街道首个完成全员核酸检测的管控社区，"
    "随后继续做好宣传管控引导、生活物资保障、居民就医协调等工作。\n"
    "4月4日凌晨忙完，年轻的网格员干脆睡在了社区会议室。\n记者王丹\n通讯员刘雪婷"
)

ZFY_TEXT = (
    "连夜核酸检测居民送来台灯\n"
    "本报讯（记者郭晓华通讯员王玉宏文/摄）4月3日，中辐院社区网格员协助医务人员在25公司小区进行核酸检测。"
    "小区居民较多，网格员和医务人员工作量很大。\n"
    "4月3日上午，中辐院社区接到通知后，9名网格员前往25公司小区，排查统计行动不便的老年人、孕妇、残疾人，以便上门核酸检测。"
    "当日，有15位居民志愿者为工作人员提供帮助。"
)

INSPECT_TEXT = (
    "深入一线开展监督检查\n"
    "本报讯（记者司勇通讯员祁振洲）4月3日，小店区纪委监委闻令而动，迅速启动应急响应监督机制，第一时间部署开展疫情防控监督检查。"
    "截至4月3日24时，已对全区12个乡镇（街道）、43个重点单位（场所）现场监督检查，发现各类问题25个。"
)


def test_supply_article_undated_confirmed_case() -> None:
    ev = run(SUPPLY_TEXT, {"小店区": XIAODIAN}, ED001)
    cases = of(ev, "case_report")
    assert len(cases) == 1
    assert (cases[0].kind, cases[0].county, cases[0].start) == ("confirmed", XIAODIAN, None)
    assert of(ev, "supply_assurance") and of(ev, "movement_restriction")
    assert not of(ev, "mass_testing") and not of(ev, "lockdown")


def test_school_delayed_reopening_announced_future() -> None:
    ev = run(SCHOOL_TEXT, {"小店区": XIAODIAN}, ED001)
    sc = of(ev, "school_closure")
    assert pairs(ev, "school_closure") == {("小店区", date(2022, 4, 6))}
    first = sc[0]
    assert (first.kind, first.scope, first.start, first.announced) == ("delayed_reopening", "county", date(2022, 4, 6), date(2022, 4, 4))
    assert "online" in {e.kind for e in sc}  # 在线教学 (停课不停学 is a slogan)
    assert "suspended" not in {e.kind for e in sc}
    assert all(e.start is not None for e in sc)  # the undated headline repeat is dropped


def test_teachers_positive_cases() -> None:
    ev = run(TEACHERS_TEXT, {"小店区": XIAODIAN, "平阳路街道": PINGYANGLU}, ED001)
    cases = of(ev, "case_report")
    assert len(cases) == 1
    assert (cases[0].kind, cases[0].count, cases[0].start, cases[0].county) == ("positive", 4, date(2022, 4, 3), XIAODIAN)
    assert not of(ev, "mass_testing")  # quoted appeal and list of tasks


def test_sxu_campus_closed_management_and_tested_people() -> None:
    ev = run(SXU_TEXT, {"山西大学": SXU}, ED001)
    lk = of(ev, "lockdown")
    assert len(lk) == 1
    assert (lk[0].kind, lk[0].scope, lk[0].scope_name, lk[0].start, lk[0].county) == (
        "closed_management", "campus", "山西大学", date(2022, 4, 3), XIAODIAN)
    mt = of(ev, "mass_testing")
    assert pairs(ev, "mass_testing") == {("小店区", date(2022, 4, 3))}
    assert mt[0].people == 21811 and mt[0].scope == "campus"


LONGBAO_PLACES = {"北营街道": BEIYING, "龙保社区": LONGBAO, "南坪头社区": NANPINGTOU, "太行东街南三巷": ROAD1,
                  "坞城东延路段": ROAD2, "龙堡街": LONGBAOJIE}


def test_longbao_community_and_road_closures_inherit_date() -> None:
    ev = run(LONGBAO_TEXT, LONGBAO_PLACES, ED001)
    lk = of(ev, "lockdown")
    closed = {(e.scope, e.scope_name) for e in lk if e.kind == "closed_management"}
    assert ("community", "龙保社区") in closed
    assert ("road", "太行东街南三巷") in closed
    assert all(e.start == date(2022, 4, 3) for e in lk)
    assert pairs(ev, "lockdown") == {("小店区", date(2022, 4, 3))}
    assert not any(e.scope_name == "南坪头社区" for e in lk)


def test_longbao_first_round_testing() -> None:
    ev = run(LONGBAO_TEXT, LONGBAO_PLACES, ED001)
    mt = of(ev, "mass_testing")
    assert pairs(ev, "mass_testing") == {("小店区", date(2022, 4, 3))}
    lb = [e for e in mt if e.scope_name == "龙保社区"]
    assert lb[0].round == 1 and lb[0].people == 7000 and lb[0].scope == "community"
    er = of(ev, "emergency_response")
    assert er and er[0].level == 1


def test_longbao_span_testing_starts_on_span_start() -> None:
    ev = run(LONGBAO_TEXT, LONGBAO_PLACES, ED001)
    span = [e for e in of(ev, "mass_testing") if e.date_text and e.date_text.startswith("从3日")]
    assert not span or (span[0].start, span[0].start_time, span[0].end) == (date(2022, 4, 3), "17:00", date(2022, 4, 4))
    assert all(e.start != date(2022, 4, 4) for e in of(ev, "mass_testing"))


def test_zhongfuyuan_community_testing() -> None:
    ev = run(ZFY_TEXT, {"中辐院社区": ZHONGFUYUAN, "25公司小区": XQ25}, ED001)
    mt = of(ev, "mass_testing")
    assert pairs(ev, "mass_testing") == {("小店区", date(2022, 4, 3))}
    assert mt[0].place in (ZHONGFUYUAN, XQ25)


def test_inspection_article_is_not_a_level_response() -> None:
    ev = run(INSPECT_TEXT, {"小店区": XIAODIAN}, ED001)
    assert not of(ev, "emergency_response")
    assert of(ev, "inspection")
    for t in ("lockdown", "mass_testing", "case_report", "school_closure"):
        assert not of(ev, t)


def test_corpus_pairs_match_gold() -> None:
    """The scorer's view over both seed files: distinct (county, start) per type."""
    arts = [
        (YUCI_TEXT, {"榆次区": YUCI}, ED000), (HUIFENG_TEXT, {"平遥县": PINGYAO, "汇丰社区": HUIFENG}, ED000),
        (PINGYAO_TEXT, {"平遥县": PINGYAO}, ED000), (LINGSHI_TEXT, {"灵石县": LINGSHI, "南关镇": NANGUAN}, ED000),
        (ZUOQUAN_TEXT, {"左权县": ZUOQUAN}, ED000), (SUPPLY_TEXT, {"小店区": XIAODIAN}, ED001),
        (SCHOOL_TEXT, {"小店区": XIAODIAN}, ED001), (TEACHERS_TEXT, {"小店区": XIAODIAN, "平阳路街道": PINGYANGLU}, ED001),
        (SXU_TEXT, {"山西大学": SXU}, ED001), (LONGBAO_TEXT, LONGBAO_PLACES, ED001),
        (ZFY_TEXT, {"中辐院社区": ZHONGFUYUAN, "25公司小区": XQ25}, ED001), (INSPECT_TEXT, {"小店区": XIAODIAN}, ED001),
    ]
    ev = [e for text, places, ctx in arts for e in run(text, places, ctx)]
    d3, d7, d9, d6 = date(2022, 4, 3), date(2022, 11, 7), date(2022, 11, 9), date(2022, 4, 6)
    assert pairs(ev, "lockdown") == {("平遥县", d7), ("小店区", d3)}
    assert {e.county.name for e in of(ev, "lockdown") if e.county} == {"平遥县", "灵石县", "小店区"}
    assert pairs(ev, "mass_testing") == {("左权县", d9), ("小店区", d3)}
    assert pairs(ev, "case_report") == {("小店区", d3)}
    assert pairs(ev, "school_closure") == {("小店区", d6)}


# ------------------------------------------------------------------ negatives -----------

@pytest.mark.parametrize("sentence", [
    "疫情就是命令，防控就是责任。",
    "“我是党员我先上”成为最响亮的战疫誓言。",
    "核酸检测、摸排登记、消毒测温、卡点布防、宣传政策……",
    "4月3日，全县未发现阳性感染者。",
    "如果出现阳性感染者，将立即实行静态管理。",
    "一旦发现确诊病例，所在小区立即实施封闭管理。",
    "4月3日，该县没有实行静态管理。",
    "此前，平遥县曾实行全县域静态管理。",
    "党员志愿者坚守核酸检测、消毒消杀、人员疏散等工作一线。",
    "4月3日，小店区迅速启动应急响应监督机制。",
    "11月9日，为防止封控区人员外出，平遥县加强巡查。",
    "“全县实行静态管理，请大家居家不外出。”",
])
def test_negatives(sentence: str) -> None:
    ev = extract_events(sentence, mentions(sentence, {"平遥县": PINGYAO, "小店区": XIAODIAN}), ED000, shared())
    scored = [e for e in ev if e.type in ("lockdown", "mass_testing", "case_report", "school_closure", "emergency_response")]
    assert not scored, scored


# ------------------------------------------------------------------ general rules ------

def test_scope_name_is_the_surface_as_written() -> None:
    official = Place("龙堡社区", "community", None, BEIYING)
    text = "4月3日，龙保社区实施封闭管理。"
    ms = [PlaceMention("龙保社区", 5, 9, official, 0.8, "fuzzy")]
    e = of(extract_events(text, ms, ED001, shared()), "lockdown")[0]
    assert (e.scope_name, e.place) == ("龙保社区", official)


def test_lifting_sets_end_on_open_lockdown() -> None:
    text = "11月7日8时起，平遥县实行全县域静态管理。11月20日，平遥县解除静态管理，恢复正常生产生活秩序。"
    ev = run(text, {"平遥县": PINGYAO}, DateContext(date(2022, 11, 21), "exact"))
    lk = of(ev, "lockdown")
    assert len(lk) == 1
    assert (lk[0].start, lk[0].end, lk[0].kind) == (date(2022, 11, 7), date(2022, 11, 20), "static_management")


def test_lifting_without_open_lockdown_is_a_lifted_event() -> None:
    text = "11月20日，平遥县解除静态管理。"
    ev = run(text, {"平遥县": PINGYAO}, DateContext(date(2022, 11, 21), "exact"))
    lk = of(ev, "lockdown")
    assert [(e.kind, e.start, e.end) for e in lk] == [("lifted", None, date(2022, 11, 20))]


def test_vague_reopening_alone_is_nothing() -> None:
    text = "11月20日，平遥县各超市恢复正常营业。"
    assert not of(run(text, {"平遥县": PINGYAO}, ED000), "lockdown")


def test_case_counts_and_kinds() -> None:
    text = "11月8日0时至24时，平遥县新增本土确诊病例3例、无症状感染者12例。"
    ev = run(text, {"平遥县": PINGYAO}, ED000)
    got = {(e.kind, e.count) for e in of(ev, "case_report")}
    assert got == {("confirmed", 3), ("asymptomatic", 12)}
    assert all(e.start == date(2022, 11, 8) for e in of(ev, "case_report"))


def test_emergency_levels() -> None:
    text = "11月6日，平遥县启动突发公共卫生事件Ⅱ级应急响应。"
    ev = run(text, {"平遥县": PINGYAO}, ED000)
    assert [e.level for e in of(ev, "emergency_response")] == [2]


def test_no_places_no_county() -> None:
    ev = extract_events("11月7日起实行静态管理。", [], ED000, shared())
    assert ev and ev[0].county is None and ev[0].start == date(2022, 11, 7)


def test_until_bound_sets_end() -> None:
    text = "平遥县自11月7日8时起实行全县域静态管理，至11月10日。"
    ev = run(text, {"平遥县": PINGYAO}, ED000)
    e = of(ev, "lockdown")[0]
    assert (e.start, e.end) == (date(2022, 11, 7), date(2022, 11, 10))


def test_no_edition_date_keeps_expression() -> None:
    ev = run("11月7日8时起，平遥县实行全县域静态管理。", {"平遥县": PINGYAO}, DateContext(None))
    e = of(ev, "lockdown")[0]
    assert (e.start, e.precision, e.date_text) == (None, "unknown", "11月7日8时起")


def test_sentences_keep_offsets() -> None:
    text = "甲。“乙！”丙\n丁……\n戊"
    spans = split_sentences(text, shared().taxonomy)
    assert [text[s:e] for s, e in spans] == ["甲。", "“乙！”", "丙", "丁……", "戊"]


def test_full_width_digits_in_trigger_quantities() -> None:
    text = "１１月９日，左权县开展第二轮区域核酸检测，共检测１２０００人。"
    ev = run(text, {"左权县": ZUOQUAN}, ED000)
    e = of(ev, "mass_testing")[0]
    assert (e.start, e.round, e.people) == (date(2022, 11, 9), 2, 12000)


# ------------------------------------------------------ generalisation (dev set) ------

JL = Place("吉林省", "province", "220000")
CC = Place("长春市", "prefecture", "220100", JL)
CHAOYANG = Place("朝阳区", "county", "220104", CC)
JIUTAI = Place("九台区", "county", "220113", CC)
NANHU = Place("南湖街道", "town", None, CHAOYANG)
SC = Place("四川省", "province", "510000")
CD = Place("成都市", "prefecture", "510100", SC)
WUHOU = Place("武侯区", "county", "510107", CD)
CHENGHUA = Place("成华区", "county", "510108", CD)
JS = Place("江苏省", "province", "320000")
YZ = Place("扬州市", "prefecture", "321000", JS)
HANJIANG = Place("邗江区", "county", "321003", YZ)
GD = Place("广东省", "province", "440000")
GZ = Place("广州市", "prefecture", "440100", GD)
LIWAN = Place("荔湾区", "county", "440103", GZ)
SH = Place("上海市", "province", "310000")
PUDONG = Place("浦东新区", "county", "310115", SH)
ED_CC = DateContext(date(2022, 3, 18), "exact")


@pytest.mark.parametrize("sentence", [
    "3月17日上午，朝阳区南湖街道网格员李丽正在给封控小区的居民配送生活物资。",
    "3月17日，九台区新增确诊病例6例，均在封控区内发现。",
    "3月17日，九台区志愿者为封控小区居民搬运生活物资。",
])
def test_lockdown_word_as_noun_is_not_a_dated_lockdown(sentence: str) -> None:
    evs = run(sentence, {"朝阳区": CHAOYANG, "九台区": JIUTAI, "南湖街道": NANHU}, ED_CC)
    assert all(e.start is None for e in of(evs, "lockdown"))


@pytest.mark.parametrize("sentence", [
    "3月17日，南湖街道升级为封控区，居民足不出户。",
    "3月17日起，南湖街道实行封控管理。",
])
def test_designated_or_imposed_lockdown_is_dated(sentence: str) -> None:
    evs = run(sentence, {"南湖街道": NANHU}, ED_CC)
    assert ("朝阳区", date(2022, 3, 17)) in pairs(evs, "lockdown")


@pytest.mark.parametrize("sentence", [
    "8月2日，邗江区呼吁广大市民，非必要不外出，如出现发热症状应及时就医。",
    "8月2日，邗江区倡议居民非必要不外出。",
])
def test_appeals_are_not_stay_at_home(sentence: str) -> None:
    assert not of(run(sentence, {"邗江区": HANJIANG}, ED000), "lockdown")


def test_advocating_staying_home_is_an_appeal_not_a_measure() -> None:
    # 倡导 asks as 倡议 and 提倡 do: no one is ordered to stay in
    evs = run("3月17日，南湖街道倡导居民非必要不出户，少聚集、勤通风。", {"南湖街道": NANHU}, ED_CC)
    assert not of(evs, "lockdown")


def test_stay_at_home_measure_still_counts() -> None:
    evs = run("8月2日起，邗江区居民非必要不外出。", {"邗江区": HANJIANG}, DateContext(date(2021, 8, 3), "exact"))
    assert ("邗江区", date(2021, 8, 2)) in pairs(evs, "lockdown")


def test_past_cue_with_own_date_keeps_the_event_partial_scope() -> None:
    text = "此前，武侯区、成华区部分区域自8月29日起已实施静态管理。"
    evs = of(run(text, {"武侯区": WUHOU, "成华区": CHENGHUA}, DateContext(date(2022, 9, 1), "exact")), "lockdown")
    assert {(e.county.name, e.start, e.scope, e.scope_name) for e in evs} == {
        ("武侯区", date(2022, 8, 29), "other", "武侯区部分区域"), ("成华区", date(2022, 8, 29), "other", "成华区部分区域")}


def test_past_cue_without_date_blocks() -> None:
    text = "9月1日，记者获悉。此前，武侯区已实施静态管理。"
    assert not of(run(text, {"武侯区": WUHOU}, DateContext(date(2022, 9, 1), "exact")), "lockdown")


def test_cases_all_in_named_county() -> None:
    text = "5月28日0—24时，广州市新增本土确诊病例4例，均在荔湾区，为此前报告病例的密切接触者。"
    evs = of(run(text, {"广州市": GZ, "荔湾区": LIWAN}, DateContext(date(2021, 5, 30), "exact")), "case_report")
    assert [(e.county.name if e.county else None, e.start, e.count) for e in evs] == [("荔湾区", date(2021, 5, 28), 4)]


def test_cases_all_were_contacts_keeps_the_city() -> None:
    text = "5月28日，广州市新增本土确诊病例4例，均为此前报告病例的密切接触者。"
    evs = of(run(text, {"广州市": GZ}, DateContext(date(2021, 5, 30), "exact")), "case_report")
    assert [(e.place.name, e.county) for e in evs] == [("广州市", None)]


def test_continuation_clause_counts_for_its_county() -> None:
    text = "8月2日0—24时，扬州市新增本土确诊病例40例，其中邗江区38例。"
    evs = of(run(text, {"扬州市": YZ, "邗江区": HANJIANG}, DateContext(date(2021, 8, 3), "exact")), "case_report")
    got = {(e.county.name if e.county else None, e.start, e.count, e.kind) for e in evs}
    assert got == {(None, date(2021, 8, 2), 40, "confirmed"), ("邗江区", date(2021, 8, 2), 38, "confirmed")}


def test_continuation_needs_a_count() -> None:
    text = "8月2日，扬州市新增本土确诊病例40例，其中邗江区较多。"
    evs = of(run(text, {"扬州市": YZ, "邗江区": HANJIANG}, DateContext(date(2021, 8, 3), "exact")), "case_report")
    assert len(evs) == 1


HORGOS = Place("霍尔果斯市", "county", "654004", Place("伊犁哈萨克自治州", "prefecture", "654000"))


def test_lifting_with_reported_start_is_one_lockdown_no_edition_date() -> None:
    text = ("霍尔果斯市城区有序解封\n霍尔果斯市自2022年8月10日起实行静态管理。经过连续多轮全员核酸检测，9月24日起，"
            "霍尔果斯市城区有序解封。\n9月23日，霍尔果斯市完成第十二轮全员核酸检测。\n书记表示，解封不等于放松。")
    evs = run(text, {"霍尔果斯市": HORGOS}, DateContext(None))
    locks = of(evs, "lockdown")
    assert [(e.kind, e.start, e.end) for e in locks] == [("static_management", date(2022, 8, 10), date(2022, 9, 24))]
    assert pairs(evs, "mass_testing") == {("霍尔果斯市", date(2022, 9, 23))}


def test_lifting_in_headline_does_not_end_on_the_start_date() -> None:
    text = "街道有序解封\n4月30日起实行封控管理的南湖街道，经专家研判，5月5日12时起有序解除封控。"
    locks = of(run(text, {"南湖街道": NANHU}, DateContext(date(2022, 5, 6), "exact")), "lockdown")
    assert [(e.kind, e.start, e.end) for e in locks] == [("lockdown", date(2022, 4, 30), date(2022, 5, 5))]


def test_lifting_alone_keeps_kind_lifted() -> None:
    locks = of(run("5月5日起，南湖街道解除封控。", {"南湖街道": NANHU}, DateContext(date(2022, 5, 6), "exact")), "lockdown")
    assert [(e.kind, e.start, e.end) for e in locks] == [("lifted", None, date(2022, 5, 5))]


def test_city_wide_stay_at_home_prefecture_has_no_county() -> None:
    text = "成都：9月1日18时起全市居民居家\n自9月1日18时起，成都市全体居民原则上居家，每户每天可安排1人外出。"
    evs = of(run(text, {"成都市": CD, "成都": CD}, DateContext(date(2022, 9, 1), "exact")), "lockdown")
    assert [(e.kind, e.county, e.scope, e.scope_name, e.start) for e in evs if e.start] == [
        ("stay_at_home", None, "other", "成都市", date(2022, 9, 1))]


def test_individual_home_quarantine_is_not_stay_at_home() -> None:
    assert not of(run("9月1日，成都市全体居民居家观察情况良好。", {"成都市": CD}, DateContext(date(2022, 9, 1), "exact")), "lockdown")


def test_body_evidence_and_time_win_over_headline() -> None:
    text = "成都：9月1日18时起开展全员核酸检测\n9月1日至4日，成都市将在全市范围内开展全员核酸检测。"
    evs = of(run(text, {"成都市": CD, "成都": CD}, DateContext(date(2022, 9, 1), "exact")), "mass_testing")
    assert [(e.start, e.start_time, e.evidence[:4]) for e in evs] == [(date(2022, 9, 1), None, "9月1日")]


def test_quoted_tomorrow_dates_nothing() -> None:
    text = "洋泾街道：封控小区里的“团长”\n“团长，明天的鸡蛋能到吗？”居民在群里问。"
    evs = run(text, {"洋泾街道": Place("洋泾街道", "town", None, PUDONG)}, ED001)
    assert all(e.start is None for e in evs)


def test_metadata_timestamp_does_not_date_the_headline() -> None:
    text = "邗江区：部分小区实行封控管理 2021-08-03 10:25 来源：扬州日报7月28日，扬州市邗江区报告1例确诊病例。"
    evs = run(text, {"邗江区": HANJIANG, "扬州市": YZ}, DateContext(date(2021, 8, 3), "exact"))
    assert all(e.start is None for e in of(evs, "lockdown"))
    assert pairs(evs, "case_report") == {("邗江区", date(2021, 7, 28))}


def test_short_surface_gets_the_official_name() -> None:
    text = "自3月28日5时起，浦东实行封控管理。"
    evs = of(run(text, {"浦东": PUDONG}, ED001), "lockdown")
    assert evs[0].scope_name == "浦东新区"


# ------------------------------------------------------------- dev2 lessons -----------

HB = Place("湖北省", "province", "420000")
WUHAN = Place("武汉市", "prefecture", "420100", HB)
BJ = Place("北京市", "prefecture", "110000", Place("北京市", "province", "110000"))
FENGTAI = Place("丰台区", "county", "110106", BJ)
HUAXIANG = Place("花乡地区", "town", None, FENGTAI)
LUGOUQIAO = Place("卢沟桥街道", "town", None, FENGTAI)
HN = Place("湖南省", "province", "430000")
ZJJ = Place("张家界市", "prefecture", "430800", HN)
YONGDING = Place("永定区", "county", "430802", ZJJ)
XN = Place("西宁市", "prefecture", "630100", Place("青海省", "province", "630000"))
CHENGDONG = Place("城东区", "county", "630102", XN)
DGDJ = Place("东关大街街道", "town", None, CHENGDONG)
JAN24 = DateContext(date(2020, 1, 24), "exact")


@pytest.mark.parametrize("text", [
    "按照武汉市指挥部通告，自2020年1月23日10时起，全市城市公交、地铁、轮渡、长途客运暂停运营；无特殊原因，市民不要离开武汉市，机场、火车站离汉通道暂时关闭。",
    "武汉市自2020年1月23日起封城。",
    "武汉市自2020年1月23日起，离城通道全部关闭。",
])
def test_city_sealed_is_a_city_lockdown(text: str) -> None:
    evs = of(run(text, {"武汉市": WUHAN}, JAN24), "lockdown")
    assert evs and {(e.kind, e.scope, e.place, e.county, e.start) for e in evs} == {
        ("lockdown", "other", WUHAN, None, date(2020, 1, 23))}


@pytest.mark.parametrize("text", [
    "武汉市部分公交线路调整，地铁站点暂停运营。",  # not city-wide
    "武汉市开通绿色通道，保障物资运输。",
])
def test_partial_transport_or_green_channel_is_no_lockdown(text: str) -> None:
    assert of(run(text, {"武汉市": WUHAN}, JAN24), "lockdown") == []


@pytest.mark.parametrize("text, kind", [
    ("■1月9日，天津市教委通知，全市中小学、幼儿园自1月10日起提前放寒假。", "early_break"),
    ("武汉市中小学1月20日起延期开学。", "delayed_reopening"),
    ("武汉市中小学1月20日起推迟开学。", "delayed_reopening"),
])
def test_early_break_and_delayed_opening_are_school_closures(text: str, kind: str) -> None:
    evs = of(run(text, {"武汉市": WUHAN, "天津市": WUHAN}, JAN24), "school_closure")
    assert [e.kind for e in evs] == [kind]


def test_notice_date_is_announced_not_start() -> None:
    evs = of(run("■市教育局昨日通知，全市中小学、幼儿园推迟开学，具体开学时间另行通知。", {}, JAN24), "school_closure")
    assert [(e.kind, e.start, e.announced) for e in evs] == [("delayed_reopening", None, date(2020, 1, 23))]


@pytest.mark.parametrize("text", [
    "城东区要求，各街道要做好物资保障，严禁擅自离开封控区域。",
    "12月30日起，城东区东关大街街道两小区实行封闭管理。1月1日，城东区新增本土无症状感染者2例，均在封控区内发现。",
])
def test_lockdown_noun_or_prohibition_is_no_new_lockdown(text: str) -> None:
    evs = of(run(text, {"城东区": CHENGDONG, "东关大街街道": DGDJ}, DateContext(date(2022, 1, 2), "exact")), "lockdown")
    assert all(e.place == DGDJ and e.start == date(2021, 12, 30) for e in evs)


def test_city_wide_word_binds_to_the_city_not_the_district() -> None:
    text = "张家界永定区全员核酸检测 全市小区实行封闭管理\n7月31日起，张家界市城区所有居民小区实行封闭管理。"
    evs = of(run(text, {"张家界市": ZJJ, "张家界": ZJJ, "永定区": YONGDING}, DateContext(date(2021, 8, 1), "exact")), "lockdown")
    assert {(e.place, e.county) for e in evs} == {(ZJJ, None)}


def test_listed_places_each_get_an_event() -> None:
    text = "6月13日，丰台区对花乡地区、卢沟桥街道等重点区域居民开展全员核酸检测。"
    evs = of(run(text, {"丰台区": FENGTAI, "花乡地区": HUAXIANG, "卢沟桥街道": LUGOUQIAO},
                 DateContext(date(2020, 6, 13), "exact")), "mass_testing")
    # one round of their county, the towns its scope (round 11: rows are counted by county)
    assert [(e.place, e.county, e.scope, e.scope_name) for e in evs] == [
        (FENGTAI, FENGTAI, "other", "花乡地区、卢沟桥街道")]


# ---- designated zones, rumours, antigen, routine screening, drills, one kind per place ----
ED_HC = DateContext(date(2022, 3, 20), "exact")


def test_designated_control_zone_with_quoted_measure_terms_is_a_lockdown() -> None:
    text = "自3月20日18时起，将平遥县部分小区划为临时管控区，实行“区域封闭、足不出户、服务上门”。"
    evs = of(run(text, {"平遥县": PINGYAO}, ED_HC), "lockdown")
    assert pairs(evs, "lockdown") == {("平遥县", date(2022, 3, 20))}
    assert len(evs) == 1 and evs[0].kind == "closed_management"


def test_quoted_speech_still_masked() -> None:
    text = "3月20日，平遥县居民说：“我们小区已经封控了，大家都足不出户。”"
    assert not of(run(text, {"平遥县": PINGYAO}, ED_HC), "lockdown")


@pytest.mark.parametrize("text", [
    "网传“平遥县将于明日全域封城”系谣言，请以官方发布为准。",
    "3月20日，平遥县将实行静态管理的消息不实。",
    "辟谣：平遥县3月20日起封控管理。",
])
def test_rumour_denials_cancel_the_claim(text: str) -> None:
    assert not of(run(text, {"平遥县": PINGYAO}, ED_HC), "lockdown")


def test_antigen_testing_for_a_population() -> None:
    text = "3月21日起，在平遥县开展抗原检测，每日一次。"
    assert pairs(run(text, {"平遥县": PINGYAO}, ED_HC), "mass_testing") == {("平遥县", date(2022, 3, 21))}
    assert not of(run("抗原检测试剂要妥善保存。", {"平遥县": PINGYAO}, ED_HC), "mass_testing")


def test_routine_screening_is_the_context_of_a_case() -> None:
    text = "3月20日，平遥县在对重点人群例行检测中发现核酸检测阳性感染者3例。"
    evs = run(text, {"平遥县": PINGYAO}, ED_HC)
    assert not of(evs, "mass_testing")
    assert pairs(evs, "case_report") == {("平遥县", date(2022, 3, 20))}


def test_drills_cancel_cases_and_lockdowns() -> None:
    text = "3月11日，平遥县开展疫情防控应急演练，模拟发现阳性感染者后的封闭管控、核酸筛查。"
    evs = run(text, {"平遥县": PINGYAO}, ED_HC)
    assert not of(evs, "case_report") and not of(evs, "lockdown")


def test_one_lockdown_and_one_school_closure_per_place_and_date_in_a_sentence() -> None:
    text = "3月20日起，平遥县实行封闭管理，居民足不出户，中小学停止线下教学，转为线上教学。"
    evs = run(text, {"平遥县": PINGYAO}, ED_HC)
    assert [e.kind for e in of(evs, "lockdown")] == ["closed_management"]
    assert [e.kind for e in of(evs, "school_closure")] == ["suspended"]


# ---- a city-level subject with the county named later, bare counted 阳性, 截至 progress, slogans ----


@pytest.mark.parametrize("text", [
    "3月20日，晋中市报告新增1例确诊病例，现住平遥县，系外省来晋人员的密切接触者。",
    "3月20日，晋中市在对重点人员例行筛查中发现1例核酸检测阳性人员，系平遥县汇丰社区居民。",
    "3月20日，晋中市新增本土无症状感染者2例，均在平遥县。",
])
def test_city_subject_case_goes_to_the_county_named_in_the_sentence(text: str) -> None:
    evs = of(run(text, {"晋中市": JZ, "平遥县": PINGYAO, "汇丰社区": HUIFENG}, ED_HC), "case_report")
    assert pairs(evs, "case_report") == {("平遥县", date(2022, 3, 20))}


def test_city_subject_with_counties_of_two_places_stays_the_city() -> None:
    text = "3月20日，晋中市新增确诊病例2例，分别现住平遥县、灵石县。"
    evs = run(text, {"晋中市": JZ, "平遥县": PINGYAO, "灵石县": LINGSHI}, ED_HC)
    assert all(e.county is None for e in of(evs, "case_report"))  # two counties: no single one
    text2 = "3月20日，晋中市新增确诊病例1例，现住小店区。"
    evs2 = run(text2, {"晋中市": JZ, "小店区": XIAODIAN}, ED_HC)
    assert all(e.county is None for e in of(evs2, "case_report"))


@pytest.mark.parametrize("text,n", [
    ("3月20日，平遥县在对工作人员例行核酸检测中发现9例阳性。", 9),
    ("3月20日，平遥县核酸检测阳性3例。", 3),
    ("3月20日，平遥县发现2例核酸检测结果呈阳性。", 2),
])
def test_counted_bare_positive_is_a_case_report(text: str, n: int) -> None:
    evs = of(run(text, {"平遥县": PINGYAO}, ED_HC), "case_report")
    assert [(e.kind, e.count, e.start) for e in evs] == [("positive", n, date(2022, 3, 20))]
    assert not of(run(text, {"平遥县": PINGYAO}, ED_HC), "mass_testing")


@pytest.mark.parametrize("text", [
    "3月20日，平遥县一名返乡人员核酸检测结果呈阳性。",  # no count: left to the case nouns
    "3月20日，平遥县阳性率保持为零。",
])
def test_uncounted_bare_positive_is_no_case_report(text: str) -> None:
    assert not of(run(text, {"平遥县": PINGYAO}, ED_HC), "case_report")


def test_as_of_progress_merges_into_the_round_it_reports() -> None:
    text = "3月20日上午8时，平遥县启动第二轮全员核酸检测。截至21日18时，全县累计采样21.6万人。"
    evs = of(run(text, {"平遥县": PINGYAO}, DateContext(date(2022, 3, 22), "exact")), "mass_testing")
    assert pairs(evs, "mass_testing") == {("平遥县", date(2022, 3, 20))}
    assert [e.people for e in evs] == [216000]


def test_as_of_figure_without_an_earlier_round_is_its_own_event() -> None:
    text = "截至3月21日18时，平遥县累计采样21.6万人。"
    assert pairs(run(text, {"平遥县": PINGYAO}, DateContext(date(2022, 3, 22), "exact")), "mass_testing") == {("平遥县", date(2022, 3, 21))}


@pytest.mark.parametrize("text", [
    "封控不封爱 服务不打烊\n3月20日，平遥县开展核酸检测，共采样3000人。",
    "3月20日，平遥县志愿者坚守一线，封城不封心，温暖送到家。",
    "3月20日，平遥县汇丰社区做到隔离不隔情、封闭不封心。",
])
def test_parallel_slogans_are_no_lockdown(text: str) -> None:
    assert not of(run(text, {"平遥县": PINGYAO, "汇丰社区": HUIFENG}, ED_HC), "lockdown")


def test_lockdown_word_before_a_different_verb_is_still_a_lockdown() -> None:
    text = "3月20日起，平遥县汇丰社区实行封控管理，封控不解除前居民足不出户。"
    assert pairs(run(text, {"平遥县": PINGYAO, "汇丰社区": HUIFENG}, ED_HC), "lockdown") == {("平遥县", date(2022, 3, 20))}
