"""Event dates and over-generation in wordings first met on the real set F (issue 12).

Each test shows one mechanism with invented wording, names and dates; none of the texts
comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.dates import find_dates
from etl.extract.model import DateContext

LATER = DateContext(date(2022, 10, 16), "exact")  # an edition after the days the texts tell
ED_LATE = LATER


# ------------------------------------------------------------------ dates -------------


def test_days_of_a_list_share_the_month_of_its_first_day() -> None:
    ed = DateContext(date(2022, 10, 12), "exact")  # the notice plans the days after its own
    got = [d.date for d in find_dates("决定于10月13、14、15日在平遥县连续开展三轮全员核酸检测", ed, None)]
    assert got == [date(2022, 10, 13), date(2022, 10, 14), date(2022, 10, 15)]
    got = [d.date for d in find_dates("定于10月13日、14日和15日分三天完成", ed, None)]
    assert got == [date(2022, 10, 13), date(2022, 10, 14), date(2022, 10, 15)]
    text = "灵石县决定于10月13、14、15日在全县连续开展3轮全员核酸检测。"
    assert pairs(run(text, ed), "mass_testing") == {("灵石县", date(2022, 10, d)) for d in (13, 14, 15)}


def test_numbers_joined_like_days_are_no_dates_without_a_month() -> None:
    assert find_dates("封控区：古陶镇东街3号、5号、12号", LATER, None) == []
    assert find_dates("寺前村1、2、3组", LATER, None) == []


# ------------------------------------------------------------ timetables --------------


def test_round_rows_of_a_timetable_run_into_one_line() -> None:
    text = ("关于开展核酸检测的通告\n经研究，平遥县城区将分三轮开展核酸检测。现通告如下：一、安排："
            "第一轮：2022年10月13日8:00—11:00第二轮：2022年10月14日8:00—11:00第三轮：2022年10月15日14:00—17:00"
            "二、对象：城区常住和流动人员。")
    assert pairs(run(text, LATER), "mass_testing") == {("平遥县", date(2022, 10, d)) for d in (13, 14, 15)}


def test_an_undated_round_starts_on_the_first_day_of_its_timetable() -> None:
    text = ("祁县疫情防控指挥部关于进行全员核酸检测的通告\n经研究，决定在祁县全域进行一轮全员核酸检测。特此通告相关安排：\n"
            "一、采样安排\n东关镇、西关镇于10月13日7时至11时采样，城南街道于10月14日7时至11时采样。\n"
            "二、注意事项\n参检人员须携带手机，出示核酸采样码。")
    assert pairs(run(text, LATER), "mass_testing") == {("祁县", date(2022, 10, 13))}


def test_a_news_headline_takes_no_date_from_the_sentences_below_it() -> None:
    text = "迎检倒计时 全体参赛人员进行核酸检测\n本报讯 10月13日，平遥县召开赛事筹备会，部署各项保障工作。"
    assert ("平遥县", date(2022, 10, 13)) not in pairs(run(text, LATER), "mass_testing")


# ------------------------------------------------------------ over-generation ---------


def test_the_code_people_bring_to_a_test_is_no_round() -> None:
    text = "10月13日，榆次区新增1例无症状感染者。\n居民须随身携带核酸采样码，以便登记。"
    assert pairs(run(text, LATER), "mass_testing") == set()


def test_counts_of_a_bracketed_breakdown_and_the_items_after_it() -> None:
    text = "10月5日0—24时，全省新增无症状感染者9例，其中晋中市6例(平遥县4例，灵石县2例)、吕梁市离石区3例。"
    got = pairs(run(text), "case_report")
    assert {("平遥县", date(2022, 10, 5)), ("灵石县", date(2022, 10, 5)), ("离石区", date(2022, 10, 5))} <= got


# ------------------------------------------------------------------ places ------------


def test_a_county_short_that_ends_in_its_suffix_is_read_whole() -> None:
    from etl.extract.context import shared
    from etl.extract.places import county_of, resolve_page

    ms = resolve_page(["本省新增3例，其中和政县1例，东乡县2例。"], shared().places)[0]
    assert {c.name for m in ms if (c := county_of(m.place))} == {"和政县", "东乡族自治县"}  # not 东乡区 + 县
    ms = resolve_page(["察右中旗今日起开展全员核酸检测。"], shared().places)[0]
    assert [c.name for m in ms if (c := county_of(m.place))] == ["察哈尔右翼中旗"]
    assert resolve_page(["广场上升起五星红旗。"], shared().places)[0] == []  # a two-character one is a word


def test_a_statistical_development_zone_names_no_county() -> None:
    from etl.extract.context import shared
    from etl.extract.places import county_of, resolve_page

    ms = resolve_page(["合肥经济技术开发区和蜀山区各小区今天开展核酸检测。"], shared().places)[0]
    zone = next(m for m in ms if m.surface.endswith("开发区"))
    assert county_of(zone.place) is None
    assert "蜀山区" in {c.name for m in ms if (c := county_of(m.place))}


# ------------------------------------------------------------ dates of lockdowns -------


def test_an_extension_told_by_its_old_and_new_end_starts_nothing() -> None:
    text = ("自10月3日18时起，平遥县城区实行静默管理。\n"
            "10月5日，平遥县宣布：城区静默管理时间由10月6日零时延长至10月9日零时。")
    assert pairs(run(text), "lockdown") == {("平遥县", date(2022, 10, 3))}


# ------------------------------------------------------------ cases ---------------------


def test_a_running_total_after_the_case_word_is_no_new_count() -> None:
    text = "10月9日，灵石县发布通告。该航班乘客已在外地检出阳性感染者，累计超过20人。"
    assert pairs(run(text), "case_report") == set()


def test_cases_told_again_are_no_new_cases() -> None:
    text = ("10月9日，平遥县新增无症状感染者3例。\n"
            "以上3名阳性人员系一家人，10月8日已转运至定点医院。")
    assert pairs(run(text), "case_report") == {("平遥县", date(2022, 10, 9))}


def test_a_case_count_coordinated_with_a_city_wide_one_keeps_its_scope() -> None:
    text = ("10月9日，全市新增确诊病例1例，另有无症状感染者4例。\n"
            "10月8日起，榆次区在若干重点片区进行核酸筛查。")
    assert pairs(run(text), "case_report") == {(None, date(2022, 10, 9))}


def test_a_total_to_date_is_no_new_count() -> None:
    assert pairs(run("本轮疫情中，灵石县共报告确诊病例5例，均已治愈。"), "case_report") == set()
    assert pairs(run("10月9日，灵石县共报告新增确诊病例2例。"), "case_report") == {("灵石县", date(2022, 10, 9))}
    assert pairs(run("10月9日，平遥县确诊病例达到6例，其中4例已出院。"), "case_report") == set()


# ------------------------------------------------------------ the day a notice speaks from


def test_a_signature_run_into_the_last_paragraph_dates_the_notice() -> None:
    from etl.extract.dates import document_context

    text = "经研究决定，即日起对灵石县城区实施封控管理，居民足不出户。特此通告。灵石县疫情防控指挥部 2022年10月5日"
    ctx = document_context(text, ED_LATE)
    assert ctx.today == date(2022, 10, 5) and ctx.signed
    assert pairs(run(text, ctx), "lockdown") == {("灵石县", date(2022, 10, 5))}


def test_next_day_in_a_signed_notice_counts_from_its_date() -> None:
    from etl.extract.dates import document_context

    text = "关于实施静默管理的通告\n经研究，次日起对平遥县城区实施静默管理。\n平遥县疫情防控指挥部\n2022年10月5日"
    ctx = document_context(text, ED_LATE)
    assert pairs(run(text, ctx), "lockdown") == {("平遥县", date(2022, 10, 6))}


def test_a_lockdown_told_as_of_a_day_starts_nothing_that_day() -> None:
    assert pairs(run("截至10月8日，平遥县城区已连续静默管理5天，群众生活物资供应充足。"), "lockdown") == {("平遥县", None)}


def test_a_span_with_as_many_rounds_as_days_is_one_round_a_day() -> None:
    want = {("平遥县", date(2022, 10, d)) for d in (7, 8, 9)}
    assert pairs(run("平遥县定于10月7日至9日连续三天开展全员核酸检测。", ED_LATE), "mass_testing") == want
    assert pairs(run("10月7日至9日，平遥县开展了3轮全员核酸检测。", ED_LATE), "mass_testing") == want
    got = pairs(run("10月1日至9日，平遥县已开展了4轮全员核酸检测。", ED_LATE), "mass_testing")
    assert ("平遥县", date(2022, 10, 2)) not in got  # fewer rounds than days: no day told


def test_a_part_of_a_running_total_is_no_new_count() -> None:
    text = "截至10月8日24时，平遥县累计报告确诊病例30例，其中确诊病例25例为本地病例，5例为输入病例。"
    assert pairs(run(text), "case_report") == set()
    text = "10月8日，平遥县新增确诊病例3例，其中确诊病例2例在古陶镇。"
    assert pairs(run(text), "case_report") == {("平遥县", date(2022, 10, 8))}


def test_a_state_opened_earlier_in_the_sentence_governs_the_cases_after_it() -> None:
    text = "截至10月8日7时，全省现有确诊病例9例，本土确诊病例6例(平遥县4例、灵石县2例)。"
    assert {c for c, _ in pairs(run(text), "case_report")} <= {None}
    text = "10月8日，平遥县现有确诊病例9例，新增确诊病例2例。"
    assert pairs(run(text), "case_report") == {("平遥县", date(2022, 10, 8))}


def test_a_signed_notice_round_takes_the_day_of_its_timetable_not_the_signature() -> None:
    from etl.extract.dates import document_context

    text = ("灵石县关于开展全员核酸检测的通告\n为排查风险，决定在全县开展一轮全员核酸检测。现通告如下：\n一、检测时间\n"
            "10月8日8:00—17:00\n二、检测对象\n全县居民。\n灵石县疫情防控指挥部\n2022年10月7日")
    assert pairs(run(text, document_context(text, ED_LATE)), "mass_testing") == {("灵石县", date(2022, 10, 8))}


def test_a_round_named_only_in_the_notice_title_takes_the_day_of_its_timetable() -> None:
    from etl.extract.dates import document_context

    text = ("灵石县关于开展全员核酸检测的通告\n一、采样时间：2022年10月8日6:00开始，12:00结束。\n二、采样地点：各村采样点。\n"
            "灵石县疫情防控指挥部\n2022年10月7日")
    assert pairs(run(text, document_context(text, ED_LATE)), "mass_testing") == {("灵石县", date(2022, 10, 8))}
    text = "关于组织第三轮全员核酸检测的通告\n网友乙2022-10-06县城生活论坛\n经指挥部研究，10月8日进行第三轮全员核酸检测。"
    assert date(2022, 10, 6) not in {d for _, d in pairs(run(text, ED_LATE), "mass_testing")}  # a post's stamp


def test_a_county_in_brackets_after_a_count_is_where_the_cases_are() -> None:
    text = "10月7日0—24时，晋中市新增本土确诊病例1例（平遥县），新增本土无症状感染者2例（灵石县1例、介休市1例）。"
    got = pairs(run(text), "case_report")
    assert ("平遥县", date(2022, 10, 7)) in got and (None, date(2022, 10, 7)) not in got


def test_a_breakdown_opened_by_a_colon_keeps_its_first_item() -> None:
    text = "10月7日0—24时，晋中市新增无症状感染者5例，其中：平遥县3例，灵石县2例。"
    assert {("平遥县", date(2022, 10, 7)), ("灵石县", date(2022, 10, 7))} <= pairs(run(text), "case_report")


def test_counts_on_lines_of_their_own_after_a_case_report() -> None:
    text = "10月7日0—24时，晋中市新增无症状感染者5例，分布如下：\n平遥县3例\n灵石县2例\n请广大市民做好个人防护。"
    assert {("平遥县", date(2022, 10, 7)), ("灵石县", date(2022, 10, 7))} <= pairs(run(text), "case_report")
