"""Case counts per county in bulletins (issue 12): which counties a count is tied to.

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import ALL, ED, pairs

from etl.extract.context import shared


def cases(text: str) -> set[tuple[str | None, date | None]]:
    from test_events import mentions

    from etl.extract.events import extract_events

    got = pairs(extract_events(text, mentions(text, ALL), ED, shared()), "case_report")
    return {(c, d) for c, d in got if c is not None}  # the province's own row is no county's


def test_groups_of_a_bulletin_split_by_semicolons_each_give_their_counties() -> None:
    # every group names its prefecture before each county; groups are split by semicolons
    text = ("10月9日0-24时，全省新增本土确诊病例17例（晋中市榆次区2例；晋中市平遥县3例、晋中市灵石县4例、"
            "晋中市介休市1例；吕梁市离石区6例、晋中市祁县1例）。")
    d = date(2022, 10, 9)
    assert cases(text) == {("榆次区", d), ("平遥县", d), ("灵石县", d), ("介休市", d), ("离石区", d), ("祁县", d)}


def test_a_bracketed_aside_before_all_in_does_not_hide_the_county() -> None:
    # (均为普通型) names no place; the 均在 clause after it ties the count to the county
    text = "10月9日0-24时，山西省报告新增本土确诊病例6例（均为普通型），均在晋中市祁县。"
    assert cases(text) == {("祁县", date(2022, 10, 9))}


def test_a_first_screening_positive_as_a_state_is_no_case() -> None:
    assert cases("10月9日，平遥县在区域核酸筛查中初筛阳性4例，正在复核。") == set()
    assert cases("11月2日，榆社县通报，外省入境的1名冷链从业人员核酸检测初筛阳性。") == set()


def test_a_first_screening_positive_confirmed_or_counted_as_people_is_a_case() -> None:
    d = date(2022, 10, 9)
    assert cases("10月9日，平遥县发现2名核酸检测初筛阳性，经省级复核确认为阳性。") == {("平遥县", d)}
    assert cases("10月9日，祁县古城村发现3例初筛阳性病例。") == {("祁县", d)}


def test_a_case_count_with_no_place_takes_no_county_listed_before_it() -> None:
    # the county in the running total's aside is where one patient is registered, not a list
    # of counties for the next count
    text = ("截至10月8日24时，平遥县累计报告确诊病例12例（其中1例户籍祁县、1例户籍介休市）。"
            "另：原排除的1例今日复查阳性，订正为新增确诊病例。")
    got = cases(text)
    assert ("祁县", date(2022, 10, 12)) not in got and ("介休市", date(2022, 10, 12)) not in got


def test_places_listed_before_one_shared_count_each_get_the_count() -> None:
    # 各N例 after a list joined by 、: every listed county has that count, after 其中 or a comma
    d = date(2022, 10, 9)
    text = "10月9日，山西省新增本土无症状感染者6例，其中榆次区、平遥县、祁县各1例；灵石县3例。"
    assert cases(text) == {("榆次区", d), ("平遥县", d), ("祁县", d), ("灵石县", d)}
    text = "10月9日，山西省新增本土确诊病例7例，离石区、介休市各3例，灵石县1例。"
    assert cases(text) == {("离石区", d), ("介休市", d), ("灵石县", d)}


def test_what_became_of_cases_already_told_is_no_new_report() -> None:
    # the last sentence follows the two cases already reported; the day it would inherit is a
    # reference to an earlier report: no row of its own
    text = ("10月9日，平遥县在居家观察对象中发现无症状感染者1例。同日另有1名阳性人员在隔离酒店被发现，"
            "系7日通报的阳性人员的密接。当晚2名阳性人员均已由专车送往定点医院。")
    assert cases(text) == {("平遥县", date(2022, 10, 9))}


def test_a_province_tally_is_no_row_of_its_own() -> None:
    from test_events import mentions

    from etl.extract.events import extract_events

    text = "10月9日0-24时，山西省新增本土确诊病例3例（晋中市平遥县3例），新增无症状感染者5例。"
    got = pairs(extract_events(text, mentions(text, ALL), ED, shared()), "case_report")
    assert got == {("平遥县", date(2022, 10, 9))}


def test_a_count_of_none_is_no_case() -> None:
    assert cases("平遥县10月9日通报：全县确诊病例0例，另有2人正在排查。") == set()


def test_a_citys_share_of_a_province_tally_is_no_row_either() -> None:
    from test_events import mentions

    from etl.extract.events import extract_events

    text = "10月9日0-24时，山西省当日新增无症状感染者40例（其中晋中市12例，吕梁市离石区3例）。"
    got = pairs(extract_events(text, mentions(text, ALL), ED, shared()), "case_report")
    assert got == {("离石区", date(2022, 10, 9))}


def test_a_breakdown_of_a_running_total_takes_no_as_of_day() -> None:
    # the count after the running total spreads that total over places: no day of report
    text = ("截至10月9日24时，晋中市累计报告确诊病例52例，其中本地49例。"
            "此外还有无症状感染者20例，其中平遥县14例，灵石县6例。")
    assert {d for _, d in cases(text)} <= {None}


def test_a_running_total_of_people_tested_leaves_the_next_cases_dated() -> None:
    text = ("截至10月9日20时，平遥县核酸检测累计采样15万人。"
            "在封控区检测中筛查出阳性3人，经诊断为确诊病例3例。")
    assert cases(text) == {("平遥县", date(2022, 10, 9))}


def test_a_list_under_a_running_total_gives_no_new_cases() -> None:
    # the day's new cases, then a running total whose per-prefecture list opens a sentence of
    # its own with 其中: only the day's breakdown is new, the total's list is no report
    text = ("2021年3月4日0时至24时，山西省报告新增确诊病例2例。其中：晋中市1例(祁县1例)、吕梁市1例(离石区1例)。"
            "截至3月4日24时，山西省累计报告确诊病例30例。其中：晋中市21例(平遥县12例、介休市9例)吕梁市9例(离石区9例)")
    d = date(2021, 3, 4)
    assert cases(text) == {("祁县", d), ("离石区", d)}


def test_counts_written_before_their_districts_follow_the_case_report() -> None:
    # the day's report names no county; the next sentence places its cases: 2例在甲县，另1例在乙区
    text = ("2021年5月8日0至24时，山西省新增3例本土确诊病例，均为普通型。"
            "新增病例中2例在平遥县，为同一家庭成员；另1例在榆次区，系集中隔离人员。")
    d = date(2021, 5, 8)
    assert cases(text) == {("平遥县", d), ("榆次区", d)}


def test_travellers_found_positive_in_routine_testing_are_the_county_cases() -> None:
    # a count of people then 核酸检测阳性 without a case noun: the county's positives of that day;
    # the routine testing that found them is no round
    from test_events import mentions

    from etl.extract.events import extract_events

    text = "6月14日，平遥县在常规核酸检测中，发现3名外地自驾游客核酸检测阳性。3人均已转运隔离。"
    got = extract_events(text, mentions(text, ALL), ED, shared())
    assert cases(text) == {("平遥县", date(2022, 6, 14))}
    assert pairs(got, "mass_testing") == set()
