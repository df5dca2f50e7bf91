"""Which counties a lockdown sentence covers, and which statement is a new lockdown (issue 12).

General mechanisms, each shown with invented wording, names and dates (no real article):
a place written inside an exception (除…外, …除外, 不含…) is where the measure does not apply.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import ALL, ED, pairs

from etl.extract.context import shared


def events(text: str, type_: str = "lockdown") -> set[tuple[str | None, date | None]]:
    from test_events import mentions

    from etl.extract.events import extract_events

    return pairs(extract_events(text, mentions(text, ALL), ED, shared()), type_)


# ------------------------------------------------------------- exceptions --------------


def test_counties_in_a_bracketed_exception_get_no_lockdown() -> None:
    got = events("晋中市防控指挥部通告\n自10月14日零时起，全市（除平遥县、祁县以外）实行静默管理。")
    assert ("平遥县", date(2022, 10, 14)) not in got
    assert ("祁县", date(2022, 10, 14)) not in got


def test_a_county_named_before_chu_wai_is_left_out() -> None:
    got = events("自10月14日起，介休市、灵石县实行静态管理，平遥县除外。")
    assert got == {("介休市", date(2022, 10, 14)), ("灵石县", date(2022, 10, 14))}


def test_the_counties_after_the_exception_keep_the_measure() -> None:
    got = events("自10月14日起，除祁县外的介休市、灵石县两地实行静态管理。")
    assert got == {("介休市", date(2022, 10, 14)), ("灵石县", date(2022, 10, 14))}


def test_words_with_chu_inside_open_no_exception() -> None:
    # 解除 and 消除 are words, not 除…外; 外出 after a place does not close anything
    got = events("平遥县解除隐患消除后，自10月14日起，平遥县实行静态管理，居民非必要不外出。")
    assert ("平遥县", date(2022, 10, 14)) in got


def test_every_exception_holds_a_word_of_its_gate() -> None:
    # excepted_needs gates the exception scan: an exception without one of its words would be missed
    tax = shared().taxonomy
    for text in ("全县（除东关镇、西关镇以外）暂停堂食", "北坡乡、南坡乡除外", "撤销临时管控（不包括丁家村）",
                 "除了城关社区之外，各村继续封闭", "解除管控（不含东山村）后恢复通行"):
        found = [m.group(0) for m in tax.excepted_re.finditer(text)]
        assert found, text
        assert all(tax.excepted_needs_re.search(x) for x in found), text


# ------------------------------------------------------------- going on ----------------


def test_a_lockdown_going_on_takes_no_date_of_a_lifting_before_it() -> None:
    # the date opens the lifting; the town that keeps its lockdown has no new start
    text = ("平遥县防控指挥部通告\n自10月8日8时起，解除全县其他区域的静态管理，古陶镇继续实行静态管理。")
    assert ("平遥县", date(2022, 10, 8)) not in events(text)


def test_a_lockdown_going_on_with_its_own_window_keeps_it() -> None:
    text = "平遥县防控指挥部通告\n古陶镇自10月8日8时至10月11日8时，继续实行静态管理。"
    assert ("平遥县", date(2022, 10, 8)) in events(text)


# ------------------------------------------------------------- which date --------------


def test_a_notice_period_after_the_measure_dates_it() -> None:
    # the stay-home rule has no date of its own (only the day the notice came out, read before
    # it); the notice's period, told after it, gives its start
    text = ("10月4日平遥县发布关于加强古陶镇城区临时管控的通告\n古陶镇城区居民非必要不出户，每户每三天可派一人外出采购。\n"
            "本通告执行时间暂定四天，从2022年10月5日12时至10月9日12时。")
    assert events(text) == {("平遥县", date(2022, 10, 5))}


def test_a_period_does_not_redate_a_lockdown_with_its_own_start() -> None:
    text = ("自10月3日起，平遥县古陶镇实行静态管理。\n本通告执行时间为10月6日至10月9日。")
    assert ("平遥县", date(2022, 10, 3)) in events(text)
    assert ("平遥县", date(2022, 10, 6)) not in events(text)


# ------------------------------------------------------------- which statement ---------


def test_a_measure_word_in_a_cited_notice_title_is_no_measure() -> None:
    # the title names the earlier notice whose rules still apply; its word is not a new lockdown
    text = ("平遥县防控指挥部通告\n自10月8日18时至10月11日18时，古陶镇继续实行静默管理，"
            "具体要求按10月2日发布的《平遥县关于在全县实行封控管理的通告》执行。")
    assert events(text) == {("平遥县", date(2022, 10, 8))}


def test_a_quoted_claim_denied_in_the_next_sentence_is_no_lockdown() -> None:
    text = ("10月8日，网络群里流传“平遥县明天起要静态管理”的说法，部分超市出现抢购。经查证，该消息为不实信息，"
            "请市民不要轻信。")
    assert events(text) == set()


def test_a_quoted_claim_called_a_rumour_right_after_is_no_lockdown() -> None:
    assert events("近日有人转发关于“灵石县全面封城”的传言，县指挥部提醒市民理性看待。") == set()


def test_a_measure_ruled_out_right_before_its_word_is_no_lockdown() -> None:
    text = "10月8日，平遥县开展区域核酸检测，实行“严管出入口、小区不封控”，居民采样后照常上班。"
    assert events(text) == set()


def test_a_clause_naming_whom_a_rule_covers_is_no_lockdown() -> None:
    # 的 right after the measure word closes a criterion: people whose home lies in a sealed zone
    text = ("平遥县教育局通知：10月9日起分批返校。本人或同住家属为密切接触者的，或住所被划入“封控区”的，"
            "暂缓返校。")
    assert events(text) == set()


def test_a_stay_home_rule_for_one_group_is_no_lockdown() -> None:
    text = "平遥县教育局通知：10月9日起中小学改为线上授课，学生居家学习期间，非必要不外出，家长要做好看护。"
    assert events(text) == set()


def test_a_stay_home_rule_for_a_whole_county_still_is_one() -> None:
    text = "10月9日起，全县居民（含在校学生）非必要不外出，平遥县进入静默状态。"
    assert ("平遥县", date(2022, 10, 9)) in events(text)


def test_a_lifting_of_listed_zones_lifts_the_areas_headed_below_it() -> None:
    # what the lifting ends goes on as a list (解除封控、管控); the zones headed under it are the
    # lifted ones, not new lockdowns
    text = ("平遥县疫情防控指挥部通告\n综合研判，自2022年11月3日9时起，对城关镇封控区、管控区解除封控、管控。"
            "有关事项通告如下：\n一、封控区：和平小区5号楼；北关村3组。上述区域于11月3日9时起解除封控。")
    assert events(text) == {("平遥县", None)}  # the lifting only: no start of its own
