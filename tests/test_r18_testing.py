"""Testing rounds and school closures, round 18: which places a round covers, and which
school notices close nothing.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.model import DateContext

SUMMER = DateContext(date(2022, 7, 14), "exact")

# -------------------------- districts left out of a round, and its list after a label ---


def test_districts_said_to_be_outside_a_round_are_no_places_of_it() -> None:
    """A sentence saying which districts a round does not cover names no place for the
    dated sentence after it: that one lists its own districts after a labelled colon."""
    text = ("晋中市决定开展第二轮区域核酸筛查。"
            "榆次区、介休市不在此轮筛查范围。"
            "按照这轮核酸检测的日程，启动时间定为：平遥县、祁县、灵石县7月13日。")
    assert {(c, d) for c, d in pairs(run(text, SUMMER), "mass_testing") if d is not None} == {
        ("平遥县", date(2022, 7, 13)), ("祁县", date(2022, 7, 13)), ("灵石县", date(2022, 7, 13))}



def test_districts_outside_a_round_are_not_the_list_a_later_dated_round_takes() -> None:
    """Places written as outside a round's range are no list read before the measure: the
    dated sentence after them, naming no place, stays with the article's place."""
    text = "平遥县决定开展区域核酸筛查。榆次区、介休市不在此轮筛查范围。7月13日起开展核酸检测。"
    assert {c for c, d in pairs(run(text, SUMMER), "mass_testing") if d is not None} == {"平遥县"}


# ------------------------------- a reopening notice's conditions close no school ---


def test_a_heading_listing_conditions_keeps_home_only_who_meets_them() -> None:
    """A reopening plan lists who does not come back yet under a heading of conditions; the
    items run into the heading's sentence. No school is closed, in no county and on no day."""
    text = ("平遥县、祁县可于7月5日起分批返校上课。"
            "具备下列情形之一的暂缓返校 1.所在村居仍属封控区域的幼儿园暂缓返校。")
    assert pairs(run(text, SUMMER), "school_closure") == set()


def test_pupils_picked_out_by_a_condition_stay_home_no_school_closes() -> None:
    text = "介休市各校7月5日复学，近十天去过外省涉疫地区的学生暂缓返校。"
    assert pairs(run(text, SUMMER), "school_closure") == set()


def test_schools_of_a_county_put_off_are_still_closed() -> None:
    text = "7月6日，灵石县全县中小学暂缓返校。"
    assert pairs(run(text, SUMMER), "school_closure") == {("灵石县", date(2022, 7, 6))}


def test_a_heading_listing_conditions_makes_no_measure_of_any_kind() -> None:
    # the heading is any rule's, not the schools' alone: a compound sealed "if one of these
    # holds" is a plan, while the same words without the heading report a measure taken
    plan = ("平遥县疫情防控指挥部明确，7月6日起出现下列情况之一时，所在小区即实行封控管理："
            "一是发现阳性感染者；二是密接人员未落实管控。")
    assert pairs(run(plan, SUMMER), "lockdown") == set()
    done = "平遥县疫情防控指挥部明确，7月6日起城关镇两个小区实行封控管理。"
    assert pairs(run(done, SUMMER), "lockdown") == {("平遥县", date(2022, 7, 6))}
