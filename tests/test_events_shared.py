"""Mechanisms every event type shares (where a measure applies, who asks for it), each shown
on a type that did not have it before the mechanisms were made one per job.

Every text is invented (names, places, dates). Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events import BEIYING, LINGSHI, NANGUAN, XIAODIAN, mentions
from test_events_real_patterns import ALL, ED, pairs

from etl.extract.context import shared
from etl.extract.events import extract_events
from etl.extract.model import Event

PLACES = {**ALL, "小店区": XIAODIAN, "北营街道": BEIYING, "灵石县": LINGSHI, "南关镇": NANGUAN}


def run(text: str) -> list[Event]:
    return extract_events(text, mentions(text, PLACES), ED, shared())


# ------------------------------------------------------------- where it applies -------


def test_a_testing_round_announcing_a_list_covers_every_place_after_its_colon() -> None:
    text = "10月9日，在下列区域开展全员核酸检测：小店区北营街道；灵石县南关镇；平遥县古陶镇。"
    assert pairs(run(text), "mass_testing") == {("小店区", date(2022, 10, 9)), ("灵石县", date(2022, 10, 9)),
                                               ("平遥县", date(2022, 10, 9))}


def test_a_city_lockdown_whose_coverage_lists_counties_is_theirs() -> None:
    text = "自10月7日起，晋中市部分区域实施静态管理，此次管控范围涉及灵石县南关镇、平遥县古陶镇。"
    assert pairs(run(text), "lockdown") == {("灵石县", date(2022, 10, 7)), ("平遥县", date(2022, 10, 7))}


def test_a_measure_placed_all_in_one_place_is_that_place() -> None:
    evs = [e for e in run("10月8日起，平遥县对4个居民小区实施封闭管理，均在古陶镇。") if e.type == "lockdown"]
    assert [(e.place.name if e.place else None, e.start) for e in evs] == [("古陶镇", date(2022, 10, 8))]


def test_a_county_excepted_from_a_city_round_is_not_its_place() -> None:
    got = pairs(run("除平遥县外，晋中市其余各县10月9日起组织第四轮全员核酸采样。"), "mass_testing")
    assert ("平遥县", date(2022, 10, 9)) not in got
    assert got


def test_a_city_round_beside_the_only_county_named_is_that_countys() -> None:
    text = "介休市北关社区负责人介绍，10月6日晚晋中市就在小区门口设了采样点，10月7日晋中市启动全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("介休市", date(2022, 10, 7))}


# ------------------------------------------------------------- appeals ----------------


def test_work_deployed_on_a_lockdown_is_no_lockdown() -> None:
    evs = run("10月8日，平遥县召开调度会，部署各小区封闭管理工作。")
    assert pairs(evs, "lockdown") == set()


def test_experts_advising_a_school_closure_is_no_closure() -> None:
    evs = run("10月8日，灵石县专家组建议全县中小学暂停线下教学。")
    assert pairs(evs, "school_closure") == set()


def test_a_notice_asking_residents_to_stay_home_from_a_day_is_a_lockdown() -> None:
    evs = run("10月8日，祁县发布通告，请居民自10月9日0时起足不出户，由社区上门配送物资。")
    assert pairs(evs, "lockdown") == {("祁县", date(2022, 10, 9))}


def test_a_bare_appeal_to_stay_home_is_still_no_lockdown() -> None:
    assert pairs(run("10月8日，祁县呼吁广大群众非必要不外出。"), "lockdown") == set()


# ------------------------------------------------------------- what is no measure -----


def test_a_school_closure_drill_is_no_closure() -> None:
    text = "10月8日，平遥县第二中学开展停课应急演练，检验各班转入线上教学的准备。"
    assert pairs(run(text), "school_closure") == set()


def test_a_round_called_off_is_no_round() -> None:
    assert pairs(run("10月8日，灵石县决定取消原定的全员核酸检测。"), "mass_testing") == set()


def test_a_lockdown_already_imposed_takes_no_date_from_the_notice_after_it() -> None:
    text = "祁县在全县实行了静态管理，现将有关事项通告如下：1.自10月16日起，各超市延长营业时间。"
    assert pairs(run(text), "lockdown") == set()


# ------------------------------------------------------------- when and how much ------


def test_the_nth_day_of_online_teaching_dates_the_closure_back() -> None:
    evs = run("10月11日是平遥县中小学线上教学的第三天，各校课表照常。")
    assert pairs(evs, "school_closure") == {("平遥县", date(2022, 10, 9))}


def test_a_round_in_part_of_a_county_has_a_partial_scope() -> None:
    evs = [e for e in run("10月9日，灵石县部分区域开展全员核酸检测。") if e.type == "mass_testing"]
    assert [(e.scope, e.scope_name, e.start) for e in evs] == [("other", "灵石县部分区域", date(2022, 10, 9))]


def test_cases_named_in_a_notices_title_take_the_date_its_body_gives() -> None:
    from test_events_real_patterns import run as run_ctx

    from etl.extract.dates import document_context

    text = ("关于灵石县新增1例确诊病例的通报\n10月5日，灵石县在重点人群检测中发现确诊病例1例。\n"
            "灵石县疫情防控指挥部\n2022年10月6日")
    assert pairs(run_ctx(text, document_context(text, ED)), "case_report") == {("灵石县", date(2022, 10, 5))}


def test_a_closure_designating_its_areas_covers_each_county_heading_a_part() -> None:
    text = "晋中市10月9日起实行线上教学区域为：\n(一)平遥县城区。\n(二)灵石县城区。"
    assert pairs(run(text), "school_closure") == {("平遥县", date(2022, 10, 9)), ("灵石县", date(2022, 10, 9))}


def test_a_misspelt_type_in_the_per_type_table_is_refused() -> None:
    import pytest

    from etl.extract.taxonomy import compile_taxonomy
    from etl.extract.tuning import EventTuning
    from etl.extract.vocabulary import VocabularyError, load

    data = load("taxonomy")
    data["types"]["appeal"] = [*data["types"]["appeal"], "lockdwon"]
    with pytest.raises(VocabularyError, match="lockdwon"):
        compile_taxonomy(data, EventTuning())


def test_cue_words_compiled_as_a_trie_match_as_a_longest_first_alternation() -> None:
    import re

    from etl.extract.taxonomy import compile_taxonomy
    from etl.extract.tuning import EventTuning
    from etl.extract.vocabulary import load

    data = load("taxonomy")
    # words sharing prefixes, one a prefix of another: the longest word at a position wins
    words = ["停工", "停工停产", "停产", "停", "停课", "暂停课程"]
    data["cues"]["negation"] = words
    tax = compile_taxonomy(data, EventTuning())
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    text = "某镇停工停产三天，停课一周，暂停课程，停车场照常开放；停工停"
    assert [m.span() for m in tax.cue_re["negation"].finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in tax.cue_re["negation"].finditer(text)][:2] == ["停工停产", "停课"]
    for pos in range(len(text)):
        found, want = tax.cue_re["negation"].search(text, pos), plain.search(text, pos)
        assert (found and found.span()) == (want and want.span())


# ------------------------------------------------------------- a drill item -------


def test_a_drill_notice_stages_every_round_and_case_it_names() -> None:
    """The drill is named in the headline only; the purpose sentence's cases and the
    instruction's sampling are staged with it."""
    text = ("平遥县开展核酸检测应急演练的公告\n为检验快速发现感染者的能力，及时筛查出疑似病例和无症状感染者，"
            "确保处置有序。本县定于10月12日在古陶镇开展全员核酸检测。请居民按社区通知到指定地点完成核酸采样。")
    evs = run(text)
    assert not [e for e in evs if e.type in ("mass_testing", "case_report")]


def test_a_notice_naming_its_drill_in_many_sentences_is_a_drill_without_a_headline() -> None:
    text = ("为提升应急处置能力，平遥县定于10月12日开展大规模核酸检测演练。"
            "一、演练期间古陶镇居民按网格员安排分批前往采样点。二、演练只在古陶镇进行，其他乡镇照常生活。"
            "三、当天在古陶镇中心小学设点开展全员核酸检测。")
    assert not [e for e in run(text) if e.type == "mass_testing"]


def test_a_drill_that_sampled_people_is_a_round() -> None:
    text = ("平遥县开展全员核酸检测演练\n10月12日上午，古陶镇各社区居民分批接受了核酸采样。"
            "当天共采集样本5万余份，结果均为阴性。")
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 12))}


# ------------------------------------------------------------- no year anywhere -------


def _undated(text: str) -> list[Event]:
    from etl.extract.model import DateContext

    return extract_events(text, mentions(text, PLACES), DateContext(edition_date=None), shared())


def test_a_day_whose_year_nothing_gives_keeps_its_month_and_day() -> None:
    evs = [e for e in _undated("10月5日，平遥县在城区开展全员核酸检测。") if e.type == "mass_testing"]
    assert [(e.county.name if e.county else None, e.start, e.month_day) for e in evs] == [("平遥县", None, "10-05")]


def test_a_bare_day_after_a_yearless_date_reads_in_its_month() -> None:
    text = "10月5日，平遥县通报新增确诊病例2例。6日，灵石县新增无症状感染者1例。"
    got = {(e.county.name if e.county else None, e.month_day) for e in _undated(text) if e.type == "case_report"}
    assert got == {("平遥县", "10-05"), ("灵石县", "10-06")}


def test_a_written_year_still_dates_the_rows() -> None:
    evs = [e for e in _undated("2022年10月5日，平遥县在城区开展全员核酸检测。") if e.type == "mass_testing"]
    assert [(e.start, e.month_day) for e in evs] == [(date(2022, 10, 5), None)]
