"""Which counts are new cases of which county (issue 12, round 13): a running total's
breakdown by county and a total spread over several counties give no county rows.

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. The whole page is read (shipped gazetteer), as a load does.
"""
from __future__ import annotations

from datetime import date

from case_helpers import county_cases


def cases(text: str, edition: date = date(2021, 5, 4)) -> set[tuple[str | None, date | None]]:
    return county_cases(text, edition)


def test_a_running_totals_breakdown_in_a_sentence_of_its_own_gives_no_rows() -> None:
    text = ("宜春市疫情通报\n2021年5月3日0时-24时，宜春市新增确诊病例4例，其中袁州区3例，樟树市1例。"
            "截至5月3日24时，宜春市累计报告确诊病例95例，其中重症病例2例。"
            "确诊病例中，袁州区40例，樟树市30例，高安市25例。\n宜春市防控指挥部\n2021年5月4日")
    got = cases(text)
    assert {("袁州区", date(2021, 5, 3)), ("樟树市", date(2021, 5, 3))} <= got
    assert not any(county == "高安市" for county, _ in got)


def test_a_case_word_naming_the_cases_of_a_running_total_gives_no_rows() -> None:
    text = ("宜春市确诊病例分布情况\n现将宜春市确诊病例分布情况通报如下：截至2021年5月3日24时，"
            "宜春市累计报告确诊病例95例(袁州区40例，樟树市30例，高安市25例)；出院病例6例(袁州区6例)。")
    assert cases(text) == set()


def test_one_total_over_several_listed_counties_is_no_countys() -> None:
    text = ("连日来，本市接连出现确诊病例。从5月1日0时至昨日12时，本市已报告确诊病例36例，"
            "涉及袁州区、樟树市、高安市三个县市区。各地学校将暂停线下教学。")
    assert cases(text) == set()
    each = "宜春市通报\n5月3日，袁州区、樟树市、高安市各新增确诊病例1例。"  # a count each has stays
    d = date(2021, 5, 3)
    assert {("袁州区", d), ("樟树市", d), ("高安市", d)} <= cases(each)


