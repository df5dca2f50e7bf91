"""Testing schedules split into batches and scope lines: which rows a round gives (issue 12, round 11).

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. Places are built by hand, as in test_events.py, except in
the test of place resolution, which reads the gazetteer.
"""
from __future__ import annotations

from datetime import date

from test_events import BEIYING, PINGYANGLU, SX, TY, XIAODIAN, mentions

from etl.extract.context import shared
from etl.extract.events import extract_events
from etl.extract.model import DateContext, Event, Place
from etl.extract.places import resolve_page

YINGZE = Place("迎泽区", "county", "140106", TY)
XINGHUALING = Place("杏花岭区", "county", "140107", TY)
JIANCAOPING = Place("尖草坪区", "county", "140108", TY)
JINYUAN = Place("晋源区", "county", "140110", TY)
PLACES = {"平阳路街道": PINGYANGLU, "山西省": SX, "太原市": TY, "小店区": XIAODIAN, "迎泽区": YINGZE, "杏花岭区": XINGHUALING,
          "尖草坪区": JIANCAOPING, "晋源区": JINYUAN, "北营街道": BEIYING}
NOTICE_DAY = DateContext(date(2022, 5, 5), "exact")


def _pairs(text: str) -> set[tuple[str | None, date | None]]:
    events: list[Event] = extract_events(text, mentions(text, PLACES), NOTICE_DAY, shared())
    return {(e.county.name if e.county else None, e.start) for e in events if e.type == "mass_testing" and e.county}


def test_each_batch_of_a_schedule_gives_its_places_its_own_day() -> None:
    # the second batch's day is told on its own line before its places: they take that day
    text = ("太原市关于开展第二轮全员核酸检测的通告\n根据疫情防控需要，全市分两批进行第二轮核酸检测，特通告如下：\n"
            "一、检测安排（分两批进行）\n（一）第一批\n时间：2022年5月6日7时至17时；\n范围：小店区、迎泽区。\n"
            "（二）第二批\n时间：2022年5月7日7时至17时；\n范围：杏花岭区、尖草坪区等区域内全体居民。\n"
            "二、采样要求\n请居民佩戴口罩。")
    assert _pairs(text) == {("小店区", date(2022, 5, 6)), ("迎泽区", date(2022, 5, 6)),
                            ("杏花岭区", date(2022, 5, 7)), ("尖草坪区", date(2022, 5, 7))}


def test_a_batch_day_before_its_scope_label_dates_the_batch() -> None:
    text = ("太原市关于开展全员核酸检测的通告\n为切实保障群众身体健康，尽快阻断疫情传播，经市疫情防控指挥部"
            "研究，决定分批开展全员核酸检测，现通告如下：\n第一批：2022年5月6日，范围：小店区、迎泽区。\n"
            "第二批：2022年5月7日，范围：杏花岭区、尖草坪区。")
    assert _pairs(text) == {("小店区", date(2022, 5, 6)), ("迎泽区", date(2022, 5, 6)),
                            ("杏花岭区", date(2022, 5, 7)), ("尖草坪区", date(2022, 5, 7))}


def test_a_notice_reporting_one_round_and_announcing_the_next_gives_two_rows() -> None:
    # round 2 is not on the day of round 1 told just before it: its own time section dates it
    text = ("小店区关于开展第二轮全员核酸检测的通告\n5月3日，小店区完成第一轮全员核酸检测，共采样30万人。"
            "为切实保障群众身体健康，经区疫情防控指挥部研究，决定开展第二轮全员核酸检测，现通告如下：\n"
            "一、检测时间\n2022年5月6日7时至17时。\n二、检测范围\n小店区全体居民。")
    assert _pairs(text) == {("小店区", date(2022, 5, 3)), ("小店区", date(2022, 5, 6))}


def test_a_scope_line_lists_every_place_that_opens_an_item() -> None:
    # items that are no place (a development zone) or a place with words after it do not end
    # the line's list; a town in brackets is part of the item before it, not an item
    text = ("太原市关于开展全员核酸检测的通告\n经研究，决定于5月6日在全市开展一轮全员核酸检测。\n"
            "范围：小店区的部分街道（含北营街道），综改区；迎泽区、示范区、晋源区（除部分村外）等区域内全体居民。")
    assert _pairs(text) == {("小店区", date(2022, 5, 6)), ("迎泽区", date(2022, 5, 6)), ("晋源区", date(2022, 5, 6))}


def test_a_citys_districts_listed_short_after_the_city_are_its_districts() -> None:
    # 某市N区(甲、乙、丙): bare shorts listed in a row, each the short of one district of the
    # city the article names, are those districts, though no district is named in full
    text = "太原市六城区（小店、迎泽、杏花岭、尖草坪、万柏林、晋源）今天起开展全员核酸检测。"
    names = {m.place.name for m in resolve_page([text], shared().places)[0]}
    assert {"小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区"} <= names


def test_towns_of_one_county_are_one_row_of_that_county() -> None:
    # a round over two towns of a county is that county's round, the towns its scope
    text = "5月6日，小店区对北营街道、平阳路街道开展全员核酸检测，迎泽区同日开展全员核酸检测。"
    events = [e for e in extract_events(text, mentions(text, PLACES), NOTICE_DAY, shared()) if e.type == "mass_testing"]
    rows = sorted((e.county.name if e.county else None, e.scope, e.scope_name) for e in events)
    assert rows == [("小店区", "other", "北营街道、平阳路街道"), ("迎泽区", "county", "迎泽区")]


# ------------------------------------------------------------ not a round -------------


def test_a_strong_testing_word_among_the_tasks_of_a_case_response_is_no_round() -> None:
    # a case found, then its handling listed: tracing, screening of people, testing
    text = ("5月4日，小店区发现1例无症状感染者。目前，相关部门正在开展流调溯源、人员排查、核酸筛查等处置工作。")
    assert not any(county == "小店区" for county, _ in _pairs(text))
    text = "5月4日，迎泽区报告1例确诊病例。区里迅速组织开展轨迹追查、核酸检测等相关工作。"
    assert _pairs(text) == set()


def test_a_test_that_found_positives_is_no_round() -> None:
    # the testing word opens a short noun that 中 closes: the frame of the finding
    text = "2022年5月4日，杏花岭区在核酸检测排查中，检出2例阳性人员，目前流调工作正在进行中。"
    assert _pairs(text) == set()
    # a round that is reported as such stays one
    text = "2022年5月4日，杏花岭区开展全员核酸检测，共采样50万人。"
    assert _pairs(text) == {("杏花岭区", date(2022, 5, 4))}
