"""Testing rounds of notices, round 15: what a notice's sections say about the round its
opening sentence announces.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

OPENING = "按照上级部署要求，决定在部分区县开展一次区域核酸检测。现将相关事项通告如下：\n"
SCOPE = "二、检测范围\n榆次区、祁县、介休市全域\n三、其他事项\n请居民按社区安排参加。\n"
COUNTIES = ("榆次区", "祁县", "介休市")


def test_the_scope_section_names_the_counties_of_a_round_whose_sentence_names_none() -> None:
    """部分区县 names no county: the article's subject is no better guess than the scope part
    of the notice, which lists them."""
    text = OPENING + "一、检测时间\n2022年10月15日（星期六）7:00～12:00\n" + SCOPE
    assert pairs(run(text), "mass_testing") == {(c, date(2022, 10, 15)) for c in COUNTIES}


def test_a_timetable_one_day_a_line_is_one_round_a_day_at_every_county() -> None:
    text = (OPENING + "一、检测时间\n2022年10月15日（星期六）7:00～12:00\n2022年10月16日（星期日）7:00～12:00\n"
            + SCOPE)
    assert pairs(run(text), "mass_testing") == {(c, date(2022, 10, d)) for c in COUNTIES for d in (15, 16)}


def test_days_with_their_hours_run_into_one_line_are_one_round_a_day() -> None:
    text = (OPENING.replace("\n", "") + "一、检测时间：2022年10月15日（星期六）7:00～12:00"
            "2022年10月16日（星期日）7:00～12:00。" + SCOPE.replace("\n", "", 1))
    assert pairs(run(text), "mass_testing") == {(c, date(2022, 10, d)) for c in COUNTIES for d in (15, 16)}


def test_a_notice_telling_its_titles_span_again_a_round_each_day_keeps_each_day() -> None:
    """The title gives the span (10月2日-4日…), the notice below tells it again as three days in
    a row: one round a day, not parts of the title's one round."""
    text = ("10月2日-4日祁县开展全员核酸筛查\n"
            "经县指挥部研究，决定于2022年10月2日至2022年10月4日，继续在全县开展连续三天的全员核酸筛查。")
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, d)) for d in (2, 3, 4)}


def test_a_span_split_by_area_in_a_later_sentence_stays_one_round() -> None:
    text = "祁县于10月2日至3日分批次开展全员核酸检测。其中东观镇于2日开展，其余各镇于3日开展。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 2))}
