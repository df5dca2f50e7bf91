"""Which county a lockdown belongs to, and when a lockdown word reports no lockdown (issue 12).

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

# ------------------------------------------------- the county a sentence goes on about ---


def test_a_sentence_naming_no_place_goes_on_about_the_county_just_named() -> None:
    # the article is about 平遥县; the paragraph before the measure moves to 灵石县 (named
    # with its city after it), and the measure's sentence names no place of its own
    text = ("平遥县10月8日完成第三轮全员核酸检测，平遥县各乡镇秩序平稳，平遥县城区商超正常营业。\n"
            "10月9日8时起，晋中市灵石县、晋中市开发区的城乡公交一律停运。\n"
            "全部居民小区也同步实行封闭管理，每户每三天可派1人外出采购。")
    assert pairs(run(text), "lockdown") == {("灵石县", date(2022, 10, 9))}


def test_a_place_elsewhere_named_after_the_county_breaks_the_thread() -> None:
    # 吕梁市 is not the city of 灵石县: the text has moved on, the measure is not 灵石县's
    text = ("平遥县10月8日完成第三轮全员核酸检测，平遥县各乡镇秩序平稳，平遥县城区商超正常营业。\n"
            "10月9日，灵石县报告了1例阳性感染者，吕梁市也发布了提示。\n"
            "全部居民小区也同步实行封闭管理，每户每三天可派1人外出采购。")
    assert ("灵石县", date(2022, 10, 9)) not in pairs(run(text), "lockdown")


# ------------------------------------------------ lockdown words that report no lockdown ---


def test_sealed_compounds_named_as_the_area_of_a_round_are_no_lockdown() -> None:
    text = ("10月9日，平遥县对封控小区居民开展第四轮全员核酸检测。\n"
            "10月10日，介休市在封控区核酸筛查中发现2名阳性人员。")
    assert pairs(run(text), "lockdown") == set()


def test_a_lifting_ruled_out_is_no_lifting() -> None:
    # 不解封 / 暂不解除: the compound stays sealed, nothing is lifted (and no row of a lifting)
    for text in ("10月9日，平遥县疫情防控指挥部表示，古陶镇东关社区本周不解封，请居民耐心等待。",
                 "10月9日，平遥县疫情防控指挥部表示，古陶镇东关社区暂不解除封控，请居民耐心等待。"):
        assert [e for e in run(text) if e.type == "lockdown"] == []


def test_a_lockdown_in_a_time_clause_is_the_backdrop() -> None:
    # 后，: the lockdown is what the main clause happens after, told with no date of its own
    text = "10月9日，介休市新增1例阳性感染者。介休市实施静态管理后，平遥县也加强了卡口管理。"
    assert ("介休市", date(2022, 10, 9)) not in pairs(run(text), "lockdown")
    # with a date of its own in the clause it is still reported, on that day
    text = "10月9日，介休市新增1例阳性感染者。10月10日介休市实施静态管理后，平遥县也加强了卡口管理。"
    assert ("介休市", date(2022, 10, 10)) in pairs(run(text), "lockdown")


# ------------------------------------------------------------- school closures --------


def test_schools_sent_on_a_holiday_of_days_are_closed() -> None:
    text = "10月9日，平遥县教育局通知：全县中小学校、幼儿园10月10日至12日放假，返校时间另行通知。"
    assert pairs(run(text), "school_closure") == {("平遥县", date(2022, 10, 10))}


def test_calendar_holidays_and_one_grade_sent_home_are_no_closure() -> None:
    for text in ("10月9日，平遥县教育局发布通知，全县中小学校寒假放假时间为1月15日。",
                 "10月9日，平遥县教育局通知：高三年级10月10日放假，12日返校。",
                 "10月9日，平遥县教育局要求各校做好放假学生的安全教育。"):
        assert pairs(run(text), "school_closure") == set()


# ------------------------------------------------------- which date a lockdown takes ---

# a long stretch of a report with no date and no measure of its own (about 300 characters)
_FILLER = ("记者走访了县城的几家超市，货架上的蔬菜、肉蛋和米面都很充足，价格也和平时差不多。"
           "一位姓王的店主说，店里每天早上从批发市场进货，顾客比往常少了一些，但买东西的人都很守秩序。"
           "县商务局的工作人员介绍，全县储备的粮油可以保障居民一个月以上的需求，"
           "还组织了二十多家蔬菜基地定点供应，每天有专门的车辆把新鲜蔬菜运到各个市场。"
           "不少居民在手机上下单，由快递员送货到小区门口，再由物业人员分送到各家各户。"
           "一些老年人不会使用手机，社区工作人员就挨家挨户登记他们需要的物品，代为购买后送上门去。"
           "县里还开通了多条服务热线，专门解答群众在就医、购药和出行等方面遇到的各种问题。")


def test_a_date_far_back_in_a_report_is_not_a_later_lockdown_start() -> None:
    assert len(_FILLER) > 260
    text = "10月3日，平遥县召开会议，部署秋收工作。\n" + _FILLER + "\n介休市全域实行封闭管理，每户每两天可派1人外出采购。"
    assert ("介休市", date(2022, 10, 3)) not in pairs(run(text), "lockdown")


def test_a_notice_s_numbered_items_keep_the_day_of_its_opening() -> None:
    text = ("平遥县疫情防控指挥部决定，自10月9日8时起在全县实行静态管理，现将有关事项通告如下：\n"
            "一、" + _FILLER + "\n二、各乡镇、社区全部实行封闭管理，每户每两天可派1人外出采购。")
    assert ("平遥县", date(2022, 10, 9)) in pairs(run(text), "lockdown")


# ------------------------------------------- which day a lockdown row takes (status) ---


def test_an_extension_of_a_signed_notice_starts_nothing_on_its_signature_day() -> None:
    # the lockdown began before; the notice tells only its new end, not the original start
    text = ("平遥县城区静默管理时间延长的通告\n经县指挥部研判，决定将城区静默管理时间继续延长至10月12日18时。\n"
            "其余措施仍按前期通告执行。\n平遥县疫情防控指挥部\n2022年10月9日")
    rows = [e for e in run(text) if e.type == "lockdown"]
    assert rows and all(e.start is None for e in rows)
    assert any(e.end == date(2022, 10, 12) for e in rows)


def test_the_day_a_lockdown_notice_was_issued_yields_to_the_start_it_tells() -> None:
    # issued on the 7th, the measure runs from the 8th: one start, the 8th
    text = ("平遥县疫情防控指挥部10月7日发布关于实行全域静默管理的通告。\n"
            "自10月8日0时起，平遥县全域实行3天静默管理，居民足不出户。")
    assert pairs(run(text), "lockdown") == {("平遥县", date(2022, 10, 8))}


def test_a_lifting_notice_keeps_the_start_of_the_area_it_tells_designated() -> None:
    # the verb's object stands between 划定 and 为: the area was sealed on the 2nd, lifted on the 11th
    text = ("关于平遥县古陶镇南关小区解除封控的通知\n"
            "2022年10月2日8时划定平遥县古陶镇南关小区3号楼为封控区。该区域连续10天无新增感染者，"
            "自2022年10月11日8时起解除封控。\n平遥县疫情防控指挥部\n2022年10月11日")
    assert ("平遥县", date(2022, 10, 2)) in pairs(run(text), "lockdown")


def test_the_rules_of_one_measure_for_some_of_its_areas_give_no_rows_of_their_own() -> None:
    # one county-wide measure; the sentences after it tell how its sealed blocks and its care
    # homes are run on that day: one row
    text = ("自10月8日0时起，介休市全域实行静默管理。\n"
            "其中，封控楼栋实行“足不出户、送货上门”。\n"
            "养老院和儿童福利机构一律封闭式管理。")
    rows = [e for e in run(text) if e.type == "lockdown"]
    assert [(e.county.name if e.county else None, e.start) for e in rows] == [("介休市", date(2022, 10, 8))]
