"""Case rows of round 15: county bulletins, daily counts in reports, cases tied to a county.

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_r12_lockdowns import dated
from test_events_real_patterns import run


def test_a_bracketed_note_after_an_item_of_a_county_list_does_not_end_the_list() -> None:
    # each county's count carries a note on how its cases were found: the list goes on after it
    text = ("10月10日全天，全市新增确诊病例3例，其中平遥县1例(在社区筛查中发现)、"
            "祁县1例(就医时发现)、高新区1例(在集中隔离点发现)。"
            "新增无症状感染者6例，其中榆次区3例(2例为居家观察对象，1例为就医时发现)、"
            "灵石县2例(均为外省协查对象)、祁县1例。")
    day = date(2022, 10, 10)
    assert dated(run(text), "case_report") == {("平遥县", day), ("祁县", day), ("榆次区", day), ("灵石县", day)}
    counts = {(e.county.name, e.kind, e.count) for e in run(text) if e.type == "case_report" and e.county}
    assert ("灵石县", "asymptomatic", 2) in counts and ("祁县", "confirmed", 1) in counts


def test_a_contrasting_clause_gives_another_county_its_own_day_and_count() -> None:
    # 而 opens the clause and the day stands between the place and its new count
    text = ("从走势看，榆次区10月9日新增无症状感染者15例，连续两天超过10例，而灵石县9日新增仅为3例。"
            "平遥县10月9日新增确诊病例5例，祁县3例，而介休市8日新增2例。")
    got = {(e.county.name, e.kind, e.start, e.count) for e in run(text) if e.type == "case_report" and e.county}
    assert ("灵石县", "asymptomatic", date(2022, 10, 9), 3) in got
    assert ("祁县", "confirmed", date(2022, 10, 9), 3) in got
    assert ("介休市", "confirmed", date(2022, 10, 8), 2) in got


def test_an_unsigned_notice_sets_its_day_after_the_edition_in_the_edition_year() -> None:
    # a notice posted on 6月2日, cut off before its signature, sets the sampling for 6月3日
    from etl.extract.dates import document_context, find_dates
    from etl.extract.model import DateContext

    text = ("甲市指挥部关于开展第三轮全员筛查的通告\n"
            "鉴于近期疫情形势，经研究在城区再开展一轮全员筛查，特通告如下：\n"
            "一、时间安排\n采样时段为6月3日7时-12时，各点位以所在社区安排为准。\n")
    ctx = document_context(text, DateContext(date(2022, 6, 2), "exact"))
    assert [d.date for d in find_dates(text, ctx, None) if d.date] == [date(2022, 6, 3)]
    # a news story of the same day is no notice: a day after its edition still reads as last year's
    story = "6月3日，甲市开展第三轮区域核酸检测。"
    ctx = document_context(story, DateContext(date(2022, 6, 2), "exact"))
    assert [d.date for d in find_dates(story, ctx, None)] == [date(2021, 6, 3)]


def test_cases_found_across_a_province_that_all_live_in_one_county_are_that_county_s() -> None:
    # the clause after the count says whose villagers they all are (均是, 都是)
    for tie in ("他们均是", "都是"):
        text = f"10月8日，山西省当地筛查出12例新增无症状感染者，{tie}平遥县古陶镇的村民。"
        assert dated(run(text), "case_report") == {("平遥县", date(2022, 10, 8))}


def test_a_new_area_run_as_one_district_is_that_district() -> None:
    # a state-level new area has no code of its own: its rows go to the district it is run as
    from etl.extract.context import shared
    from etl.pipeline import PageMeta, extract_page

    for text, county in (("11月3日，大连市新增确诊病例1例，现住金普新区某街道。", "金州区"),
                         ("11月3日，青岛西海岸新区对某街道开展全员核酸检测。", "黄岛区"),
                         ("11月3日，陕西省杨凌示范区某村开展全员核酸检测。", "杨陵区")):
        facts = extract_page(text, PageMeta(edition_date=date(2021, 11, 4)), shared())
        events = [e for f in facts for e in f.events]
        assert {(e.county.name if e.county else None, e.start) for e in events} == {(county, date(2021, 11, 3))}


def test_a_day_s_sampling_tally_of_another_county_in_a_testing_sentence_is_its_own_row() -> None:
    # the second clause names its own county and its sampling of that day (当日)
    text = "据通报，10月8日榆次区全员核酸检测已告结束，灵石县当日采样21万人份，其他区县正在准备。"
    assert dated(run(text), "mass_testing") == {("榆次区", date(2022, 10, 8)), ("灵石县", date(2022, 10, 8))}


def test_a_round_s_finish_told_in_the_next_sentence_is_no_round_of_its_own() -> None:
    # begun on the 5th; the 7th is the day its sampling and testing were done
    text = ("10月5日，祁县开始首轮全员核酸检测。10月7日，全县200个采集点完成了全县42万人的样本采集，"
            "至8日12时，核酸检测全部完成，均为阴性。")
    events = run(text)
    assert dated(events, "mass_testing") == {("祁县", date(2022, 10, 5))}
    assert [e.people for e in events if e.type == "mass_testing"] == [420000]
    # a later round finished a few days on is still a round of its own
    text = "10月5日，祁县完成首轮全员核酸检测。10月7日，全县完成第二轮全员核酸检测。"
    assert dated(run(text), "mass_testing") == {("祁县", date(2022, 10, 5)), ("祁县", date(2022, 10, 7))}


def test_an_official_s_words_quoted_at_a_briefing_announce_the_measure() -> None:
    # the quote is what was announced at the press conference, dated by the dateline's 今天
    from etl.extract.dates import document_context
    from etl.extract.model import DateContext

    text = ("本报太原10月9日电 “今天起，榆次区和灵石县将开展第二轮全员核酸检测，不漏一人。”"
            "10月9日，在市政府召开的新闻发布会上，市卫健委一位负责人表示。")
    ctx = document_context(text, DateContext(date(2022, 10, 10), "exact"))
    assert dated(run(text, ctx), "mass_testing") == {("榆次区", date(2022, 10, 9)), ("灵石县", date(2022, 10, 9))}
    # words quoted from a resident stay speech
    text = "“从今天开始，我们全家就去榆次区参加免费核酸检测，大家都很配合。”10月9日，一位居民说。"
    assert dated(run(text, ctx), "mass_testing") == set()
