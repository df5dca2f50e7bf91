"""The date grammar of news text: each row of dates.RULES and the year/anchor rules."""
from __future__ import annotations

from datetime import date

import pytest

from etl.extract.dates import DateMention, cn_int, find_dates, resolve, table
from etl.extract.model import DateContext

NOV10 = DateContext(date(2022, 11, 10), "approximate")
APR05 = DateContext(date(2022, 4, 5), "approximate")
EXACT = DateContext(date(2023, 1, 2), "exact")
NONE = DateContext(None)
A3 = date(2022, 4, 3)


def one(expr: str, ctx: DateContext, anchor: date | None = None) -> DateMention:
    m = resolve(expr, ctx, anchor)
    assert m is not None, expr
    return m


def test_date_with_hour_and_start_suffix() -> None:
    m = one("11月7日8时起", NOV10)
    assert (m.date, m.time, m.precision, m.from_, m.text) == (date(2022, 11, 7), "08:00", "exact", True, "11月7日8时起")


@pytest.mark.parametrize("expr, want, time", [
    ("4月3日凌晨", A3, None),
    ("4月3日早8时", A3, "08:00"),
    ("4月3日上午9时", A3, "09:00"),
    ("4月3日下午5时30分", A3, "17:30"),
    ("4月3日晚上10时半", A3, "22:30"),
    ("4月3日中午1时", A3, "13:00"),
    ("4月3日17:30", A3, "17:30"),
    ("2022年4月3日", A3, None),
    ("2022-04-03", A3, None),
])
def test_full_dates(expr: str, want: date, time: str | None) -> None:
    m = one(expr, APR05)
    assert (m.date, m.time, m.precision) == (want, time, "exact")


@pytest.mark.parametrize("expr", ["3日上午", "当日", "当天", "同日"])
def test_relative_to_anchor(expr: str) -> None:
    assert one(expr, APR05, A3).date == A3


def test_next_day_and_edition_relative_words() -> None:
    assert one("次日", APR05, A3).date == date(2022, 4, 4)
    assert one("昨日", APR05, A3).date == date(2022, 4, 4)  # the day before the edition
    assert one("今日", APR05).date == date(2022, 4, 5)


def test_same_day_without_anchor_is_approximate() -> None:
    m = one("当日", APR05)
    assert (m.date, m.precision, m.not_after) == (None, "approximate", date(2022, 4, 5))


@pytest.mark.parametrize("expr, time", [("截至4月3日23时", "23:00"), ("截至4月3日24时", "24:00")])
def test_as_of(expr: str, time: str) -> None:
    m = one(expr, APR05)
    assert (m.date, m.time, m.as_of, m.text) == (A3, time, True, expr)


def test_span_with_day_parts() -> None:
    m = one("从3日下午5时到4日凌晨零时许", APR05, A3)
    assert (m.date, m.time, m.end_date, m.end_time) == (A3, "17:00", date(2022, 4, 4), "00:00")
    assert m.text == "从3日下午5时到4日凌晨零时许"


def test_day_span() -> None:
    m = one("10日至12日", NOV10, date(2022, 11, 9))
    assert (m.date, m.end_date) == (date(2022, 11, 10), date(2022, 11, 12))


def test_span_with_times_only() -> None:
    m = one("11月8日0时至24时", NOV10)
    assert (m.date, m.time, m.end_date, m.end_time) == (date(2022, 11, 8), "00:00", date(2022, 11, 8), "24:00")


def test_span_across_month_end() -> None:
    m = one("10月30日至2日", NOV10)
    assert (m.date, m.end_date) == (date(2022, 10, 30), date(2022, 11, 2))


@pytest.mark.parametrize("expr", ["连日来", "日前", "近日", "近期"])
def test_vague(expr: str) -> None:
    m = one(expr, NOV10)
    assert (m.date, m.precision, m.not_after) == (None, "approximate", date(2022, 11, 10))


def test_vague_needs_its_own_word() -> None:
    assert find_dates("节日前后", NOV10, None) == []


def test_announced_future_kept_after_edition() -> None:
    m = find_dates("小店区各学校4月6日暂缓返校开学", APR05, None)[0]
    assert (m.date, m.future) == (date(2022, 4, 6), True)
    m = find_dates("全县将于11月20日起恢复正常", DateContext(date(2022, 11, 10), "exact"), None)[0]
    assert (m.date, m.future, m.from_) == (date(2022, 11, 20), True, True)


def test_future_across_new_year() -> None:
    m = find_dates("将于1月5日起实行", DateContext(date(2022, 12, 30), "exact"), None)[0]
    assert m.date == date(2023, 1, 5)


@pytest.mark.parametrize(("text", "edition", "day"), [
    # a deadline set ahead of the page's day lies after it, in the same month or year
    ("请各村于9日前完成登记。", date(2021, 3, 6), date(2021, 3, 9)),
    ("3月6日，全镇务必在9日12时前完成首轮筛查。", date(2021, 3, 6), date(2021, 3, 9)),
    ("全乡在4月2日前全部完成。", date(2021, 3, 28), date(2021, 4, 2)),
    # a deadline already passed when the page reports it stays before the page's day
    ("各乡镇在9日前完成了首轮筛查。", date(2021, 3, 12), date(2021, 3, 9)),
])
def test_a_deadline_is_read_on_the_side_of_the_page_day_nearer_to_it(text: str, edition: date, day: date) -> None:
    m = next(d for d in find_dates(text, DateContext(edition, "exact"), None) if d.until)
    assert m.date == day


def test_yearless_date_never_after_edition() -> None:
    assert one("12月31日", EXACT).date == date(2022, 12, 31)
    assert one("1月1日", EXACT).date == date(2023, 1, 1)
    # without a future cue a date after an exact edition date is last year's
    assert one("4月6日", DateContext(date(2022, 4, 5), "exact")).date == date(2021, 4, 6)


def test_full_width_and_chinese_numerals() -> None:
    assert one("１１月９日", NOV10).date == date(2022, 11, 9)
    assert one("十一月九日", NOV10).date == date(2022, 11, 9)
    assert one("三日", NOV10).date == date(2022, 11, 3)
    assert one("二〇二二年四月三日", NONE).date == A3
    assert one("十一月二十一日", DateContext(date(2022, 11, 30), "exact")).date == date(2022, 11, 21)


def test_day_only_uses_anchor_month() -> None:
    assert one("4日凌晨", APR05, A3).date == date(2022, 4, 4)
    # without an anchor, the edition's month, stepped back if it would pass the edition
    assert one("28日", APR05).date == date(2022, 3, 28)


def test_no_edition_date_keeps_expression() -> None:
    m = one("4月3日凌晨", NONE)
    assert (m.date, m.precision, m.text) == (None, "unknown", "4月3日凌晨")
    assert one("3日", NONE).date is None


@pytest.mark.parametrize("text", ["11月份第二轮", "14日内", "1小时内", "7个多小时", "354所学校", "第三日", "3号楼", "日产日清"])
def test_not_dates(text: str) -> None:
    assert find_dates(text, NOV10, date(2022, 11, 9)) == []


def test_sentence_anchor_moves_and_offsets() -> None:
    s = "4月3日，针对疫情，3日上午，三校区实行封闭管理。截至4月3日23时，全校共检测21811人。"
    ms = find_dates(s, APR05, None)
    assert [m.date for m in ms] == [A3, A3, A3]
    assert [s[m.start:m.end] for m in ms] == [m.text for m in ms]


def test_until_bound() -> None:
    ms = find_dates("实行静态管理，至11月10日", NOV10, None)
    assert ms[0].until and ms[0].date == date(2022, 11, 10)


def test_cn_int() -> None:
    assert [cn_int(x) for x in ("九", "十", "十一", "二十三", "三十一", "两", "二〇二二", "三百", "12")] == [
        9, 10, 11, 23, 31, 2, 2022, 300, 12]


def test_table_documents_every_rule() -> None:
    names = [n for n, _ in table()]
    assert names == ["iso", "ymd", "mlist", "lday", "rmd", "day", "mpart", "week", "bday", "rel", "vague"]


# -- generalisation rules (dev set) ------------------------------------------------------

def test_no_edition_yearless_date_takes_the_article_year() -> None:
    ms = find_dates("霍尔果斯市自2022年8月10日起实行静态管理。9月24日起，城区有序解封。", NONE, None)
    assert [(m.date, m.precision) for m in ms] == [(date(2022, 8, 10), "exact"), (date(2022, 9, 24), "exact")]


def test_no_edition_and_no_year_stays_undated() -> None:
    m = one("9月23日", NONE)
    assert (m.date, m.precision) == (None, "unknown")


def test_tomorrow_never_after_edition_without_announcement() -> None:
    assert one("明天的鸡蛋能到吗", APR05).date is None
    assert one("明日", EXACT).date is None


@pytest.mark.parametrize("expr, want", [
    ("明日起", date(2022, 4, 6)),
    ("明天将开展", date(2022, 4, 6)),
])
def test_tomorrow_announced(expr: str, want: date) -> None:
    assert one(expr, APR05).date == want


def test_iso_timestamp_with_clock_is_metadata() -> None:
    ms = find_dates("全员核酸检测2021-08-03 10:25来源：扬州日报7月28日，邗江区报告", APR05, None)
    assert [(m.text, m.meta) for m in ms] == [("2021-08-03 10:25", True), ("7月28日", False)]


def test_metadata_does_not_anchor_day_only_dates() -> None:
    ms = find_dates("2022-03-03 10:25 5日，全区开展核酸检测", APR05, date(2022, 4, 1))
    assert ms[0].meta and ms[1].date == date(2022, 4, 5)


@pytest.mark.parametrize("text", ["发布时间：2022年4月3日", "2022年4月3日 来源：新华社", "发布于 2022-04-03"])
def test_source_line_dates_are_metadata(text: str) -> None:
    assert find_dates(text, APR05, None)[0].meta


@pytest.mark.parametrize("text", ["采样时间：4月3日8时至18时", "4月3日来源于外地的车辆", "2022-04-03开展检测", "4月3日，编辑部"])
def test_event_dates_are_not_metadata(text: str) -> None:
    assert not find_dates(text, APR05, None)[0].meta


JUN13 = DateContext(date(2020, 6, 13), "exact")
NOV01 = DateContext(date(2022, 11, 1), "exact")


@pytest.mark.parametrize("text", [
    "丰台区中小学原定6月15日返校的年级暂停返校",
    "原计划6月20日举行的活动取消",
    "高三年级6月15日返校",
    "计划在本区的6月20日前完成",
])
def test_planned_date_shortly_after_edition_keeps_edition_year(text: str) -> None:
    m = find_dates(text, JUN13, None)[0]
    assert m.date is not None and m.date.year == 2020


@pytest.mark.parametrize("text", [
    "6月15日，丰台区报告病例",  # no plan cue: a date after the edition goes back a year
    "计划在本区的12月15日前完成",  # clause cue only, too far after the edition
])
def test_unplanned_or_far_date_after_edition_goes_back(text: str) -> None:
    m = find_dates(text, JUN13, None)[0]
    assert m.date is not None and m.date.year == 2019


def test_range_end_never_before_start() -> None:
    m = find_dates("自11月1日12时起至11月5日24时，童家桥街道实行静态管理", NOV01, None)[0]
    assert (m.date, m.end_date, m.end_time) == (date(2022, 11, 1), date(2022, 11, 5), "24:00")


def test_range_end_rolls_to_next_year() -> None:
    m = find_dates("12月28日至1月3日", DateContext(date(2022, 12, 29), "exact"), None)[0]
    assert (m.date, m.end_date) == (date(2022, 12, 28), date(2023, 1, 3))


def test_day_only_range_end_takes_start_month() -> None:
    m = find_dates("11月1日至5日，每日开展一次全员核酸检测", NOV01, None)[0]
    assert (m.date, m.end_date) == (date(2022, 11, 1), date(2022, 11, 5))
    m = find_dates("10月30日至2日", NOV01, None)[0]
    assert (m.date, m.end_date) == (date(2022, 10, 30), date(2022, 11, 2))


# ---- yearless announced dates, weekdays, parts of a month ----

def test_yearless_date_from_tomorrow_keeps_edition_year() -> None:
    ctx = DateContext(date(2021, 10, 28), "exact")
    assert one("10月29日起", ctx).date == date(2021, 10, 29)
    # after an explicit date of the edition's year in the article
    assert find_dates("开展采样，10月30日完成", ctx, date(2021, 10, 28))[0].date == date(2021, 10, 30)
    # no cue, no anchor: a date after the edition goes back a year
    assert one("10月29日", ctx).date == date(2020, 10, 29)


@pytest.mark.parametrize("expr,ed,want", [
    ("上周六起", date(2022, 3, 15), date(2022, 3, 12)),
    ("本周一以来", date(2022, 3, 20), date(2022, 3, 14)),
    ("下周三", date(2022, 3, 15), date(2022, 3, 23)),
    ("星期日", date(2022, 3, 20), date(2022, 3, 20)),
    ("周五", date(2022, 3, 15), date(2022, 3, 11)),  # bare weekday after the edition: last week's
    ("上个礼拜", date(2022, 3, 15), None),
])
def test_weekday_relative(expr: str, ed: date, want: date | None) -> None:
    found = find_dates(expr, DateContext(ed, "exact"), None)
    assert (found[0].date if found else None) == want


def test_weekday_needs_a_week_word_not_a_count() -> None:
    assert not [d for d in find_dates("每周三开展一次", DateContext(date(2022, 3, 15), "exact"), None) if d.rule.startswith("week")]


def test_month_part_is_approximate_and_never_copies_a_day() -> None:
    ctx = DateContext(date(2022, 4, 12), "exact")
    d = find_dates("今年3月下旬开展筛查", ctx, date(2022, 4, 10))[0]
    assert d.date is None and d.precision == "approximate" and d.not_after == date(2022, 3, 31)
    assert one("5月初", DateContext(date(2022, 6, 1), "exact")).not_after == date(2022, 5, 10)
    assert not [x for x in find_dates("3月中小学开学", ctx, None) if x.rule == "mpart"]


def test_a_weekday_right_after_a_written_date_restates_it() -> None:
    # 10月1日，周六: the weekday names the same day (it joins that date's mention), not the
    # Saturday of the paper's week
    ctx = DateContext(date(2022, 10, 20), "exact")
    got = [(d.text, d.date) for d in find_dates("10月1日，周六，清晨，平遥县发出通知。另定于下周三复查。", ctx, None)]
    assert got[0] == ("10月1日，周六", date(2022, 10, 1))
    assert all(d != date(2022, 10, 22) for _, d in got)  # no Saturday of the edition's week
    got = [d.date for d in find_dates("自2022年10月1日（星期六）8时至10月4日（星期二）8时", ctx, None)]
    assert got == [date(2022, 10, 1), date(2022, 10, 4)]
