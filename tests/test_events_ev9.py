"""Campus measures and campus screenings read as a county's (issue 12, unseen text).

Invented wording, names and dates; places built by hand as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events import mentions
from test_events_real_patterns import ALL, ED, pairs

from etl.extract.context import shared
from etl.extract.events import extract_events


def events(text: str, type_: str) -> set[tuple[str | None, date | None]]:
    return pairs(extract_events(text, mentions(text, ALL), ED, shared()), type_)


def test_closed_management_of_a_whole_school_is_no_lockdown() -> None:
    # the measure's object is the school's own people (全校), a campus rule
    text = "灵石县卫生职业学院决定，从10月4日8时开始，对全校教工和学生实行全封闭式管理，非必要不离校。"
    assert events(text, "lockdown") == set()


def test_closed_management_of_a_county_still_counts() -> None:
    text = "从10月4日8时开始，灵石县全县实行封闭式管理。"
    assert events(text, "lockdown") == {("灵石县", date(2022, 10, 4))}


def test_screening_at_a_number_of_campuses_is_no_county_round() -> None:
    # counted institutions (在四所大学): their own people, a closed group
    text = "9月28日至29日，祁县分两批在境内四所大学组织核酸采样，结果全部为阴性。"
    assert events(text, "mass_testing") == set()


def test_a_county_round_that_also_covers_colleges_still_counts() -> None:
    text = "9月28日，祁县在全县各村、高校和工厂开展全员核酸检测。"
    assert events(text, "mass_testing") == {("祁县", date(2022, 9, 28))}



# ------------------------------------------------- a list split by a comma -----------


def test_a_list_of_places_over_a_comma_is_one_list() -> None:
    # the first clause holds nothing but places: the comma only continues the list
    text = "自9月30日零时起，平遥县古陶镇、祁县，离石区全域实行静默管理。"
    assert events(text, "lockdown") == {(c, date(2022, 9, 30)) for c in ("平遥县", "祁县", "离石区")}


def test_a_clause_with_its_own_verb_is_not_part_of_the_list() -> None:
    text = "9月30日，祁县通报疫情，离石区开展全员核酸检测。"
    assert events(text, "mass_testing") == {("离石区", date(2022, 9, 30))}


# ------------------------------------------- a round told by its number alone --------


def test_a_later_round_named_only_by_its_number() -> None:
    text = "介休市第三轮区域核酸筛查已于9月14日结束，第四轮定于9月16日进行，请市民留意社区通知。"
    assert events(text, "mass_testing") == {("介休市", date(2022, 9, 14)), ("介休市", date(2022, 9, 16))}


def test_a_round_number_closing_its_clause_after_its_day() -> None:
    text = "9月14日，介休市开展第三轮全员核酸检测，16日组织第四轮。"
    assert events(text, "mass_testing") == {("介休市", date(2022, 9, 14)), ("介休市", date(2022, 9, 16))}


def test_a_bare_round_number_with_no_testing_told_is_nothing() -> None:
    # no round was reported: 第二轮 may be of anything (an inspection, a vaccination drive)
    text = "介休市第二轮将于9月16日开展，各单位做好准备。"
    assert events(text, "mass_testing") == set()


# -------------------------------- parallel places, each with its own object ---------


def test_two_places_each_with_its_object_share_one_verb() -> None:
    text = "9月20日，离石区对城区全体居民，祁县对各乡镇集中居住人员同步开展全员核酸检测。"
    assert events(text, "mass_testing") == {("离石区", date(2022, 9, 20)), ("祁县", date(2022, 9, 20))}


def test_a_place_whose_object_has_its_own_verb_keeps_to_itself() -> None:
    text = "9月20日，离石区对返乡人员落实健康监测，祁县对各乡镇居民开展全员核酸检测。"
    assert events(text, "mass_testing") == {("祁县", date(2022, 9, 20))}


# ------------------------------------ a scope line, then a labelled time line --------


def test_a_time_line_dates_every_county_of_the_scope_line() -> None:
    text = "决定开展区域核酸筛查。\n筛查区域：离石区、祁县。\n筛查时间：9月25日7时至18时。"
    assert events(text, "mass_testing") == {("离石区", date(2022, 9, 25)), ("祁县", date(2022, 9, 25))}


def test_a_labelled_time_line_dates_the_sealed_counties() -> None:
    text = "现决定对下列地区实施临时封控：\n（一）范围：离石区、祁县。\n（二）执行时间：自9月25日18时起。"
    assert events(text, "lockdown") == {("离石区", date(2022, 9, 25)), ("祁县", date(2022, 9, 25))}


def test_a_measure_word_heading_its_scope_list_takes_every_place() -> None:
    text = "经研究，决定如下：\n（一）静默管理区域：离石区、祁县。\n（二）执行时间：自9月25日18时起。"
    assert events(text, "lockdown") == {("离石区", date(2022, 9, 25)), ("祁县", date(2022, 9, 25))}


def test_a_place_that_reacts_to_this_is_not_a_parallel_object() -> None:
    # 对此 refers back: the first place only reacts, it has no object of its own
    text = "9月20日，离石区对此十分关注，祁县对各乡镇居民开展全员核酸检测。"
    assert events(text, "mass_testing") == {("祁县", date(2022, 9, 20))}
