"""Patterns seen in real notices and web reports (issue 12), in texts written for these tests.

Each test shows one mechanism with invented wording, names and dates; none of the texts
comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events import JZ, LINGSHI, PINGYAO, SX, YUCI, mentions  # the places and mentions test_events builds

from etl.extract.context import shared
from etl.extract.dates import document_context, find_dates
from etl.extract.events import extract_events, split_sentences
from etl.extract.model import DateContext, Event, Place, PlaceMention

LL = Place("吕梁市", "prefecture", "141100", SX)
JIEXIU = Place("介休市", "county", "140781", JZ)
QIXIAN = Place("祁县", "county", "140727", JZ)
LISHI = Place("离石区", "county", "141102", LL)
GUDAO = Place("古陶镇", "town", None, PINGYAO)

ED = DateContext(date(2022, 10, 12), "exact")


ALL = {"山西省": SX, "晋中市": JZ, "吕梁市": LL, "平遥县": PINGYAO, "灵石县": LINGSHI, "介休市": JIEXIU, "祁县": QIXIAN,
       "榆次区": YUCI, "离石区": LISHI, "古陶镇": GUDAO, "平遥": PINGYAO}


def run(text: str, ctx: DateContext = ED) -> list[Event]:
    return extract_events(text, mentions(text, ALL), ctx, shared())


def pairs(events: list[Event], type_: str) -> set[tuple[str | None, date | None]]:
    return {(e.county.name if e.county else None, e.start) for e in events if e.type == type_}


# ------------------------------------------------------------------ dates -------------


def test_day_span_inside_one_date() -> None:
    d = find_dates("11月3-6日，各校停课", ED, None)[0]
    assert (d.date, d.end_date) == (date(2022, 11, 3), date(2022, 11, 6)) or d.date == date(2021, 11, 3)
    d = find_dates("9月3—6日，各校停课", ED, None)[0]
    assert (d.date, d.end_date) == (date(2022, 9, 3), date(2022, 9, 6))


def test_dateline_gives_the_day_today_means() -> None:
    text = "本报晋中10月9日讯 今天上午，榆次区开展第二轮全员核酸检测。"
    ctx = document_context(text, DateContext(date(2022, 10, 11), "approximate"))
    assert ctx.today == date(2022, 10, 9)
    assert pairs(run(text, DateContext(date(2022, 10, 11), "approximate")), "mass_testing") == {("榆次区", date(2022, 10, 9))}


def test_signature_date_dates_a_notice() -> None:
    text = ("关于古陶镇实行封闭管理的通告\n经县指挥部研究，自即日起平遥县古陶镇实行封闭管理。\n"
            "平遥县疫情防控指挥部\n2022年10月4日")
    ctx = document_context(text, ED)
    assert ctx.today == date(2022, 10, 4) and ctx.signed
    assert pairs(run(text), "lockdown") == {("平遥县", date(2022, 10, 4))}


def test_undated_measure_of_a_signed_notice_holds_from_its_date() -> None:
    text = ("关于灵石县实行封控管理的通告\n一、全县实行封控管理。\n二、各村只留一个出入口。\n"
            "灵石县疫情防控工作领导小组 2022年10月6日")
    assert pairs(run(text), "lockdown") == {("灵石县", date(2022, 10, 6))}


def test_signature_year_stands_in_for_an_unknown_edition() -> None:
    ctx = document_context("平遥县实行静默管理。\n平遥县指挥部\n2021年12月2日", DateContext(None))
    assert ctx.edition_date == date(2021, 12, 2) and ctx.edition_precision == "approximate"


def test_from_now_on_is_the_day_the_notice_was_issued() -> None:
    text = ("10月8日，离石区疫情防控指挥部发布公告。\n一、从即时起，离石区全域实行静态管理；"
            "二、居民于10月9日8时起有序参加核酸采样。")
    assert pairs(run(text), "lockdown") == {("离石区", date(2022, 10, 8))}


def test_yearless_day_takes_the_year_the_text_writes_for_it() -> None:
    # the headline's 10月13日 is a day after the edition: the body writes it with its year
    text = "祁县10月13日开展区域核酸检测\n一、检测时间\n2022年10月13日上午8:00至12:00。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 13))}


# ------------------------------------------------------------------ places and dates of triggers


def test_timetable_rows_under_a_measure() -> None:
    text = ("晋中市决定对全市居民开展区域核酸检测，现将安排通告如下：采样时间10月10日：榆次区、祁县"
            "10月11日：介休市10月12日：平遥县、灵石县。")
    got = pairs(run(text), "mass_testing")
    assert {("榆次区", date(2022, 10, 10)), ("祁县", date(2022, 10, 10)), ("介休市", date(2022, 10, 11)),
            ("平遥县", date(2022, 10, 12)), ("灵石县", date(2022, 10, 12))} <= got


def test_one_sentence_listing_counties_under_one_measure() -> None:
    text = "晋中市榆次区、祁县、平遥县、介休市等地自10月7日起实行静默管理。"
    assert pairs(run(text), "lockdown") == {(c, date(2022, 10, 7)) for c in ("榆次区", "祁县", "平遥县", "介休市")}


def test_clause_list_ahead_of_the_measure_clause() -> None:
    text = "市教育局于6日晚发出通知，10月7-9日，榆次区、祁县、介休市的中小学暂停线下教育教学，改为线上教学。"
    got = pairs(run(text), "school_closure")
    assert got == {(c, date(2022, 10, 7)) for c in ("榆次区", "祁县", "介休市")}


def test_date_in_the_trigger_clause_beats_an_earlier_one() -> None:
    text = "10月9日，记者从县指挥部获悉，平遥县第三轮全员核酸检测已于10月8日6时至10月9日6时完成采样。"
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 8))}


def test_date_of_another_trigger_clause_is_not_taken() -> None:
    text = ("10月5日灵石县发现1例核酸检测结果阳性人员，为尽早发现风险，祁县决定开展区域核酸检测，"
            "请全县居民于10月6日8时至18时参加采样。")
    ev = run(text)
    assert pairs(ev, "mass_testing") == {("祁县", date(2022, 10, 6))}
    assert pairs(ev, "case_report") == {("灵石县", date(2022, 10, 5))}


def test_our_city_is_the_article_city() -> None:
    text = "介休市疾控中心通报\n截止2022年10月3日24时，经山西省卫生健康委员会通报，我市共确诊病例3例。"
    assert ("介休市", date(2022, 10, 3)) in pairs(run(text), "case_report")


# ------------------------------------------------------------------ over-generation -----


def test_testing_words_that_are_no_round() -> None:
    texts = [
        "10月3日，祁县在核酸筛查发现4例阳性人员。",
        "10月3日，祁县某核酸采样点前，居民排队等候。",
        "根据10月3日全员核酸检测情况，祁县调整了风险区。",
    ]
    for t in texts:
        assert not pairs(run(t), "mass_testing"), t


def test_results_of_earlier_rounds_are_no_new_round() -> None:
    text = "自10月1日至10月6日，平遥县已进行了三轮全员核酸检测，其结果均为阴性。"
    assert not pairs(run(text), "mass_testing")


def test_cases_named_as_a_reference_are_no_report() -> None:
    text = "10月4日，平遥县将阳性人员所在小区划定为高风险区。"
    assert not pairs(run(text), "case_report")


def test_cases_counted_over_a_window_are_dated_at_its_end() -> None:
    text = "10月6日20时至7日24时，平遥县新增阳性感染者12例。"
    assert pairs(run(text), "case_report") == {("平遥县", date(2022, 10, 7))}


def test_counted_asymptomatic_and_place_chain() -> None:
    text = "山西10日新增8例无症状，均在晋中市灵石县。"
    assert pairs(run(text), "case_report") == {("灵石县", date(2022, 10, 10))}


def test_extension_yields_to_the_start() -> None:
    text = ("10月8日，平遥县指挥部发布通告，平遥县继续实施全域静态管理，期限延长至10月10日。\n"
            "10月5日18时起，平遥县实行全域静态管理。")
    assert pairs(run(text), "lockdown") == {("平遥县", date(2022, 10, 5))}


def test_extension_alone_keeps_its_date() -> None:
    text = "经研究，决定将榆次区全域静态管理时间延长1天，从2022年10月9日12时至10月10日12时。"
    assert pairs(run(text), "lockdown") == {("榆次区", date(2022, 10, 9))}


def test_repeated_lockdown_does_not_take_a_later_date() -> None:
    text = ("5日18时至8日24时 晋中市祁县实施静态管理\n10月5日，祁县指挥部发布通告。\n"
            "自10月6日起开展两轮核酸检测。\n祁县全域实施静态管理，各村、小区封闭管理。")
    assert pairs(run(text), "lockdown") == {("祁县", date(2022, 10, 5))}


def test_designated_area_list_by_county_heading() -> None:
    text = ("现将晋中市新增封控区名单通告如下：一、封控区(一)榆次区锦绣家园3号楼、滨河小区。\n"
            "(二)祁县东关街12号院。\n二、管控区(一)榆次区锦绣家园全域。\n本通告自2022年10月9日起执行。")
    dated = {p for p in pairs(run(text), "lockdown") if p[1]}
    assert dated == {("榆次区", date(2022, 10, 9)), ("祁县", date(2022, 10, 9))}


def test_more_suspension_words() -> None:
    text = "10月9日，介休市所有学校一律暂停上课。"
    assert pairs(run(text), "school_closure") == {("介休市", date(2022, 10, 9))}


def test_signature_left_after_the_item_still_dates_the_notice() -> None:
    from etl.extract.context import shared
    from etl.extract.model import PageMeta
    from etl.pipeline import extract_page

    page = ("平遥县应对疫情工作指挥部关于古陶镇实行封控管理的通告\n"
            "为阻断疫情传播，现将古陶镇封控管理有关事项通告如下：\n一、严格实行全域封控管理。\n"
            "所有村居只保留一个出入口，人员只进不出。\n二、本通告自发布之日起施行。\n"
            "平遥县应对疫情工作指挥部\n2022年10月4日\n")
    events = [e for f in extract_page(page, PageMeta(), shared()) for e in f.events if e.type == "lockdown"]
    assert events and {(e.county.name if e.county else None, e.start) for e in events} == {("平遥县", date(2022, 10, 4))}


def test_running_totals_are_no_case_rows() -> None:
    assert not pairs(run("截至10月5日24时，本轮疫情中祁县已累计报告确诊病例31例。"), "case_report")
    got = pairs(run("10月5日，祁县新增确诊病例2例，累计报告确诊病例31例。"), "case_report")
    assert got == {("祁县", date(2022, 10, 5))}


def test_whole_district_of_each_listed_district() -> None:
    text = "10月6日，晋中市榆次区、祁县、介休市发布通告，将对全区（县、市）居民开展全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {(c, date(2022, 10, 6)) for c in ("榆次区", "祁县", "介休市")}


def test_going_on_and_appeals_are_no_new_lockdown() -> None:
    text = "10月6日，榆次区、祁县继续保持静默管理，请广大市民严格落实静默管理要求。"
    assert not {p for p in pairs(run(text), "lockdown") if p[1]}


def test_lifting_of_a_named_area_is_no_lockdown() -> None:
    text = "自2022年10月6日8时起，解除对平遥县古陶镇东关村第三村民小组区域的封闭管理。"
    assert not {p for p in pairs(run(text), "lockdown") if p[1]}


def test_places_listed_right_after_a_measure() -> None:
    text = "10月6日起，晋中市分片区开展全员核酸检测。包括榆次区、祁县、介休市。"
    assert {("榆次区", date(2022, 10, 6)), ("祁县", date(2022, 10, 6)), ("介休市", date(2022, 10, 6))} <= pairs(
        run(text), "mass_testing")


def test_timetable_days_just_after_the_notice_keep_its_year() -> None:
    ctx = DateContext(date(2022, 10, 12), "exact")
    text = "经研究，决定在祁县全县开展区域核酸检测。一、检测时间10月13日：榆次区10月14日：介休市。"
    got = {p for p in pairs(run(text, ctx), "mass_testing") if p[0] in ("榆次区", "介休市")}
    assert got == {("榆次区", date(2022, 10, 13)), ("介休市", date(2022, 10, 14))}


def test_lockdown_words_inside_a_lifting_clause_are_lifted() -> None:
    text = "自2022年10月6日0时起，解除榆次区锦绣家园封控区、管控区相应封控管控措施。"
    assert not {p for p in pairs(run(text), "lockdown") if p[1]}


def test_a_lifting_names_each_place_it_lifts() -> None:
    text = "于2022年10月6日零时起，解除晋中市榆次区、祁县、介休市静态管理措施。"
    lifted = {e.county.name for e in run(text) if e.type == "lockdown" and e.kind == "lifted" and e.county}
    assert lifted == {"榆次区", "祁县", "介休市"}


def test_state_of_things_is_no_start() -> None:
    text = "10月6日，介休市召开疫情防控工作会议。目前，介休市已全面启动提级管理，各小区原则上封闭管控。"
    assert not {p for p in pairs(run(text), "lockdown") if p[1]}


def test_going_on_with_its_own_dates_is_dated() -> None:
    text = "平遥县自2022年10月6日零时至10月9日24时，继续实施静态管理。"
    assert pairs(run(text), "lockdown") == {("平遥县", date(2022, 10, 6))}


def test_case_statistics_are_no_report() -> None:
    assert not pairs(run("10月6日，在晋中市各县区中，祁县的确诊人数始终位列前三。"), "case_report")


def test_breakdown_in_a_sentence_of_its_own() -> None:
    text = "10月5日12时至10月6日12时，晋中市新增本土确诊病例9例。其中祁县7例，介休市2例。"
    got = pairs(run(text), "case_report")
    assert {("祁县", date(2022, 10, 6)), ("介休市", date(2022, 10, 6))} <= got


def test_people_counted_with_ming() -> None:
    text = "10月6日，祁县在重点人群检测中发现3名人员核酸检测结果为阳性。"
    assert pairs(run(text), "case_report") == {("祁县", date(2022, 10, 6))}


def test_pseudo_county_of_a_city_without_counties_is_the_city() -> None:
    guangdong = Place("广东省", "province", "440000")
    dongguan = Place("东莞市", "prefecture", "441900", guangdong)
    pseudo = Place("市直辖行政区划", "county", None, dongguan)
    text = "10月6日，东莞市新增确诊病例3例。"
    ms = [PlaceMention("东莞市", 5, 8, pseudo, 0.9, "test")]
    assert {e.county for e in extract_events(text, ms, ED, shared()) if e.type == "case_report"} == {dongguan}


def test_large_scale_testing_words() -> None:
    text = "10月6日，介休市已完成了第三轮大规模核酸检测。"
    ev = [e for e in run(text) if e.type == "mass_testing"]
    assert {(e.county.name if e.county else None, e.start) for e in ev} == {("介休市", date(2022, 10, 6))}
    assert ev[0].round == 3


# ------------------------------------------------------------- recall (round ev2) -----


def test_no_edition_date_yearless_day_takes_the_year_of_a_full_date_written_later() -> None:
    # a web page without a publication date: the measure's day is written without its year
    # before the text gives a full date
    text = ("祁县疫情通报\n11月4日6时起，祁县实施封闭管理。\n二、最新情况\n"
            "截至2020年11月4日上午8时，祁县现有确诊病例2例。")
    evs = extract_events(text, mentions(text, ALL), DateContext(None), shared())
    assert pairs(evs, "lockdown") == {("祁县", date(2020, 11, 4))}
    assert find_dates("1月3日", DateContext(None, written=(date(2021, 12, 30),)), None)[0].date == date(2022, 1, 3)


def test_strict_regime_of_a_whole_area_is_a_lockdown() -> None:
    text = "灵石县指挥部发布通告：自10月3日0时起，全县实行从严管理。"
    assert pairs(run(text), "lockdown") == {("灵石县", date(2022, 10, 3))}
    text = "平遥县于10月4日20时起，在全域实施“战时管制”。"
    assert pairs(run(text), "lockdown") == {("平遥县", date(2022, 10, 4))}
    text = "祁县自10月5日零时启动全域居家防疫。"
    assert pairs(run(text), "lockdown") == {("祁县", date(2022, 10, 5))}


def test_strict_wording_without_a_whole_area_is_no_lockdown() -> None:
    text = "10月6日，介休市对党员干部实行从严管理，严明纪律。"
    assert pairs(run(text), "lockdown") == set()


def test_nobody_in_or_out_is_a_closed_area() -> None:
    # 只进不出 (people may come in, none may leave) is a control zone's rule, no lockdown (round 12)
    text = "10月7日起，离石区某村所有人员实行只进不出。"
    assert pairs(run(text), "lockdown") == set()
    text = "10月7日起，离石区某村所有人员实行不进不出。"
    assert pairs(run(text), "lockdown") == {("离石区", date(2022, 10, 7))}


def test_lifting_word_after_the_measure_ends_it() -> None:
    text = ("古陶镇某村封闭管理解除\n自10月1日起，平遥县对古陶镇某村实施封闭管理。"
            "10月9日起，该村封闭管理解除。")
    evs = [e for e in run(text) if e.type == "lockdown"]
    assert pairs(evs, "lockdown") == {("平遥县", date(2022, 10, 1))}
    assert {e.end for e in evs if e.kind != "lifted"} == {date(2022, 10, 9)}


def test_lifting_home_quarantine_and_residents_of_a_closed_estate_are_no_new_lockdown() -> None:
    text = "介休市10日宣布，10日20时起，解除城区居家隔离，其中某小区封闭管理住户于15日解除居家隔离。"
    assert {e.start for e in run(text) if e.type == "lockdown"} == {None}


def test_areas_listed_after_a_lifting_are_no_new_lockdown() -> None:
    text = ("榆次区防控指挥部通告\n经研究，决定于2022年10月11日0时起对某镇各区域全面解封。\n"
            "具体如下：封控区：某村1号、2号；管控区：某村5号、8号，全面恢复常态化防控。")
    assert {e.start for e in run(text) if e.type == "lockdown"} == {None}


def test_lifting_reaches_over_bracketed_asides_with_commas() -> None:
    text = ("自2022年10月11日0时起，解除榆次区封控区(某花园小区)和管控区(东至甲路，西至乙街，"
            "北至丙河区域)封控管控措施，恢复正常秩序。")
    assert {e.start for e in run(text) if e.type == "lockdown"} == {None}


def test_topic_tag_is_a_title_apart_from_the_report_dated_after_it() -> None:
    text = ("#介休市全体居民居家隔离一周#10月5日0时至24时，本省新增确诊病例3例，均在介休市。\n"
            "10月6日，介休市指挥部通告：全体居民居家隔离一周。")
    assert pairs(run(text), "lockdown") == {("介休市", date(2022, 10, 6))}
    assert split_sentences("3#楼、5#楼封控。", shared().taxonomy) == [(0, 10)]
