"""Mass-testing rounds in schedules and undated reposts: which days a round takes (issue 12).

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.dates import document_context, find_dates
from etl.extract.model import DateContext

NOTICE_DAY = DateContext(date(2022, 11, 20), "exact")
NO_DATE = DateContext(None)

# ------------------------------------------------------------------ dates -------------


def test_weekdays_of_a_weekly_schedule_are_no_days() -> None:
    # "every Monday and Thursday": neither weekday is a day of the edition's week
    assert find_dates("本月的筛查固定在每周一、周四进行", NOTICE_DAY, None) == []
    assert find_dates("每星期三和星期六上午开放", NOTICE_DAY, None) == []
    # a weekday of its own still is one
    assert [d.date for d in find_dates("定于本周四开展", NOTICE_DAY, None)] == [date(2022, 11, 17)]


def test_a_year_alone_in_a_title_gives_the_texts_days_their_year() -> None:
    text = "2021平遥县第四轮全民核酸采样安排\n采样日期为11月6日全天。"
    assert document_context(text, NO_DATE).written == (date(2021, 7, 2),)
    assert document_context("2022年灵石县冬季采样指引\n见下文", NO_DATE).written == (date(2022, 7, 2),)
    # no year at a line's start: the placeholder year, days stay month-days
    assert document_context("平遥县采样安排\n采样日期为11月6日全天。", NO_DATE).written[0].year == 2000


def test_a_title_year_dates_the_round_of_an_undated_repost() -> None:
    text = ("2021祁县全民核酸采样通知(11月6号)\n"
            "经县联防联控机制研究，祁县将在全县组织一次全民核酸采样，安排如下。\n"
            "一、采样日期\n11月6日为城区各社区，11月7日为各乡镇。")
    assert pairs(run(text, NO_DATE), "mass_testing") == {("祁县", date(2021, 11, 6))}


# -------------------------------------------------------- one round per listed day -----


def test_a_timetable_listing_single_days_gives_a_round_each_day() -> None:
    text = ("祁县关于开展全民核酸采样的通知\n"
            "经研究，本月起祁县一周组织两轮全员核酸检测，时间固定在每周一、周四。"
            "采样日期：11月7日、11月10日；11月14日、11月17日。\n"
            "祁县疫情防控指挥部\n2022年11月3日")
    want = {("祁县", date(2022, 11, d)) for d in (7, 10, 14, 17)}
    assert pairs(run(text, NOTICE_DAY), "mass_testing") == want


def test_an_area_by_area_timetable_is_still_one_round() -> None:
    # the days are split by area: one round, at its first day
    text = ("祁县关于开展全民核酸采样的通知\n经研究，祁县决定开展一轮全员核酸检测。"
            "采样日期：11月7日城区各社区，11月8日各乡镇。\n祁县疫情防控指挥部\n2022年11月3日")
    assert pairs(run(text, NOTICE_DAY), "mass_testing") == {("祁县", date(2022, 11, 7))}


def test_a_numbered_round_told_as_a_span_is_not_split_by_its_areas() -> None:
    # round 2 over three days, then the days given area by area: still one round
    text = ("记者从祁县疫情防控指挥部获悉，祁县定于11月5日至7日组织第二轮全员核酸检测。"
            "具体安排如下：城区：11月5日至6日，逐小区组织居民核酸采样；乡村：11月7日，逐村组织村民核酸采样。")
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 11, 5))}


# ------------------------------------------------------------ not a round -------------


def test_testing_among_the_rules_of_risk_zones_is_no_round() -> None:
    # the zones keep their rules after a partial lifting: the testing they name is their regimen
    text = ("10月9日起，祁县城区解除静态管理。管控区内除参加核酸采样、领取生活物资外，居民一律不出户；"
            "防范区内要做到不聚集，每两天开展一次全员核酸检测。")
    assert pairs(run(text), "mass_testing") == set()
    text = "10月9日，祁县发布通告。防范区内，居民须继续配合开展全员核酸检测。"
    assert pairs(run(text), "mass_testing") == set()


def test_testing_of_travellers_on_arrival_is_no_round() -> None:
    text = "10月9日，介休市发布通告：对外地来介人员和途经外省的人员，一律落地即开展核酸检测。"
    assert pairs(run(text), "mass_testing") == set()
    text = "10月9日，介休市决定，对省外返介人员，在高速出口就地进行核酸检测。"
    assert pairs(run(text), "mass_testing") == set()


def test_a_round_of_a_whole_county_still_reads_after_a_zone_is_named() -> None:
    text = "10月9日，祁县在全县范围内组织全员核酸检测，封控区内居民上门采样。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 9))}


def test_a_time_label_line_under_a_headline_dates_the_headlines_round() -> None:
    from etl.extract.context import shared
    from etl.extract.model import PageMeta
    from etl.pipeline import extract_page

    text = "祁县第五轮全员核酸采样安排\n采样时间：10月3日7:30-19:30\n采样对象：全县常住人口\n采样地点：就近采样点"
    facts = extract_page(text, PageMeta(edition_date=date(2022, 10, 12), date_precision="exact"), shared())
    got = {(e.county.name if e.county else None, e.start) for f in facts for e in f.events if e.type == "mass_testing"}
    assert got == {("祁县", date(2022, 10, 3))}


def test_a_round_done_by_now_takes_no_day_from_a_tally_before_it() -> None:
    # the day of a running tally (截至…) is when the count stood, not when the round was held
    text = "截至10月5日20时，祁县累计报告阳性感染者9人。目前已完成首轮全员核酸采样，共送检样本18.4万份。"
    assert all(d is None for _c, d in pairs(run(text), "mass_testing"))
    # a round said to be held that day (当日) still takes it
    text = "截至10月5日20时，祁县累计报告阳性感染者9人。当日，祁县组织第二轮全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 5))}


def test_thanks_to_the_helpers_of_a_round_is_no_round() -> None:
    text = ("关于全员核酸检测结果的通告\n经全县共同努力，祁县全员核酸检测已全部完成，结果均为阴性。"
            "衷心感谢为全员核酸检测作出贡献的每一位志愿者！\n祁县疫情防控指挥部\n2022年10月6日")
    assert all(d is None for _c, d in pairs(run(text), "mass_testing"))


def test_a_city_word_earlier_in_the_sentence_keeps_a_placeless_round_the_citys() -> None:
    # no place named in the sentence: 全市 in its first clause makes the round the city's,
    # not the county the article names elsewhere
    text = "10月9日，在全市各方的支持下，新一轮全员核酸检测正式启动。\n当天上午，祁县城区一处采样点前，居民有序排队。"
    assert pairs(run(text), "mass_testing") == {(None, date(2022, 10, 9))}
    # a county named in the sentence still takes it
    text = "10月9日，在全市各方的支持下，祁县新一轮全员核酸检测正式启动。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 9))}


def test_a_day_alone_in_a_reposted_dispatch_is_in_its_datelines_month() -> None:
    # a dispatch of 9月4日 reposted on a page dated months later: 4日 is the dispatch's day
    text = ("新华社太原9月4日电 祁县疫情防控指挥部4日发布通告称，祁县决定从2021年9月4日18时起开展全员核酸检测。")
    ctx = document_context(text, DateContext(date(2023, 3, 20), "exact"))
    assert [d.date for d in find_dates("4日发布通告", ctx, None)] == [date(2021, 9, 4)]


def test_a_day_alone_in_a_notice_posted_days_later_keeps_the_pages_month() -> None:
    # signed 9月28日, posted 10月3日: 将于5日 is the coming 5th of the page's month
    ctx = DateContext(date(2022, 10, 3), "exact", today=date(2022, 9, 28), signed=True)
    assert [d.date for d in find_dates("祁县将于5日开展全员核酸检测", ctx, None)] == [date(2022, 10, 5)]


def test_the_periodic_testing_that_found_a_case_is_no_round() -> None:
    text = "10月9日，祁县通过定期核酸检测新发现1例无症状感染者。"
    assert pairs(run(text), "mass_testing") == set()
    text = "10月9日，祁县在定期核酸检测对象里新发现1例无症状感染者。"
    assert pairs(run(text), "mass_testing") == set()
