"""Round 15, structure and places: a roundup that counts the places it covers is one story
however many places title its sections; a standfirst printed over the title opens the story
under it; a bare name before a post's timestamp is its author; a street placed only by a stray
reading of another province is stray; a demonstration zone names its district. Texts are
invented (other names, places and dates)."""
from __future__ import annotations

from datetime import date

from place_helpers import counties, listed
from split_helpers import headlines

from etl.extract.bylines import item_bylines
from etl.extract.context import shared
from etl.extract.dates import document_context
from etl.extract.events import extract_events
from etl.extract.model import DateContext
from etl.extract.places import resolve_page
from etl.extract.segment import split_page

COUNTED_ROUNDUP = (
    "疫情波及校园 三省五地通知学生居家\n\n"
    "【本网2022年4月12日讯】近日多地出现散发病例，截至目前，至少三个省份五个地区要求学校暂停线下教学。\n\n"
    "天津一所小学停课三天\n\n"
    "4月11日，天津市通报新增一例确诊病例，其子女就读的学校自当日起停课三天，师生全部居家。\n\n"
    "郑州金水区中小学改为线上教学\n\n"
    "同日，郑州市金水区教育局发出通知，辖区各中小学自4月12日起改为线上教学，学生全部参加核酸检测。"
    "当晚，该区九个街道启动区域核酸检测，共设采样点一百余个。\n\n"
    "福建厦门思明区幼儿园停课\n\n"
    "4月11日，厦门市思明区发布通告，区内各幼儿园暂停入园，托育机构同步停止服务，恢复时间另行通知。\n"
)


def test_roundup_counting_its_places_is_one_story_with_place_titled_sections() -> None:
    assert headlines(COUNTED_ROUNDUP) == ["疫情波及校园三省五地通知学生居家"]


def test_place_titled_reports_under_a_title_counting_nothing_still_split() -> None:
    digest = COUNTED_ROUNDUP.replace("三省五地", "各地").replace("至少三个省份五个地区", "有些学校")
    assert len(headlines(digest)) > 1


STANDFIRST = (
    "【导语】：据市指挥部通报，自2022年6月3日20时起，将长河市东湖区部分区域划为高风险区。\n"
    "长河市东湖区划定高风险区\n"
    "为尽快阻断疫情传播，保护好市民的健康，结合本区防疫实际，"
    "经研判决定，自2022年6月3日20时起，将长河市东湖区部分区域划为高风险区。\n"
    "一、高风险区(1个)\n"
    "青枫小区(东湖区青枫路以北)划为高风险区，实行足不出户、上门服务管控措施。\n"
    "来源：东湖区疫情防控指挥部\n"
    "发布时间：2022年6月3日\n"
)


def test_standfirst_over_the_title_opens_the_story_under_it() -> None:
    items, _ = split_page(STANDFIRST)
    assert len(items) == 1
    assert "".join((items[0].headline or "").split()) == "长河市东湖区划定高风险区"
    assert "足不出户" in items[0].body



def test_the_same_paragraph_without_the_label_is_one_untitled_story() -> None:
    # round 19: unlabelled, the paragraph is the opening of a copy that lost its title, and the
    # title under it (naming the paragraph's place, sharing its words) a section heading of it
    items, _ = split_page(STANDFIRST.replace("【导语】：", ""))
    assert len(items) == 1
    assert items[0].headline is None


def _roles(raw: str) -> set[tuple[str, str]]:
    items, _ = split_page(raw)
    return {(c.name, c.role) for it in items for b in item_bylines(it, raw) for c in b.contributors}


HEADER_AUTHOR = (
    "社会\n\n"
    "“孤岛”青松镇\n\n"
    "{who}  2022-05-06 10:20:30\n\n"
    "青松镇的油菜花每年四月开得最盛，镇上的游客也在这时最多。\n\n"
    "5月3日起，镇里接连出现阳性感染者，全镇随即暂停旅游接待，滞留游客被安排在三家酒店集中居住，每日开展核酸检测。\n"
)


def test_bare_name_before_the_posts_timestamp_is_its_author() -> None:
    assert _roles(HEADER_AUTHOR.format(who="欧阳倩")) == {("欧阳倩", "reporter")}


def test_an_outlet_before_the_timestamp_is_no_author() -> None:
    assert _roles(HEADER_AUTHOR.format(who="青松新闻网")) == set()


STREETS = ("11月20日，记者从天水市疫情防控新闻发布会获悉，自11月21日8时起，秦州区分时段解除部分街道的静默管理，"
           "分别是大城街道、七里墩街道；靠山街道、九站街道（青园小区除外）。其他区域继续实行静默管理。")


def test_a_street_placed_only_by_a_stray_unique_street_of_another_province_is_stray_too() -> None:
    # 九站街道 is unique in the code list (another province's city) and is found stray; 靠山街道,
    # a name of two streets elsewhere, must not be settled by that stray reading's city either
    assert counties(STREETS) == {"秦州区"}


def test_the_demonstration_zone_is_written_for_the_district_it_covers() -> None:
    text = "4月2日，杨凌示范区五泉镇对辖区居民开展全员核酸检测，共设采样点12个。"
    assert counties(text) == {"杨陵区"}


def test_a_role_word_before_a_name_and_a_verb_speaks_of_the_person_and_credits_nobody() -> None:
    text = ("年关将至\n\n摄影师高远是在2月3日，也就是腊月二十三这一天从省城回到老家青禾村的，"
            "到家当天就到村委会登记了返乡信息，随后按要求完成了两次核酸检测。\n")
    assert _roles(text) == set()


SUBTITLED = (
    "{top}\n"
    "恢复通行路段共计12条 涉及6个乡镇 3.2万人\n"
    "2022-12-02 09:15:40 来源:\n\n"
    "    本网讯：12月1日，记者从青川县防疫发布会上了解到，自12月2日8时起，青川县分批恢复"
    "乡村道路通行，首批恢复通行路段共计12条，涉及6个乡镇，群众出行不再查验核酸证明。\n"
)


def test_an_unmarked_subtitle_over_the_date_line_leaves_the_title_above_it() -> None:
    items, _ = split_page(SUBTITLED.format(top="青川县分批恢复乡村道路通行"))
    assert "".join((items[0].headline or "").split()) == "青川县分批恢复乡村道路通行"


def test_a_line_sharing_no_words_with_the_text_is_no_title_over_the_subtitle() -> None:
    items, _ = split_page(SUBTITLED.format(top="欢迎访问本站首页频道推荐栏目"))
    assert "".join((items[0].headline or "").split()) != "欢迎访问本站首页频道推荐栏目"


BORDER = ("11月3日，自治区卫健委通报，城关区新增无症状感染者8例。{border}，城关区疫情发生后，"
          "邻近各地也第一时间开展了全员核酸检测，结果均为阴性。")


def test_counties_listed_before_a_border_with_the_items_county_are_its_neighbours() -> None:
    text = BORDER.format(border="由于山南市的乃东区、扎囊县与拉萨市城关区交界")
    assert listed(text) == {"城关区"}


def test_a_county_the_item_goes_on_about_stays_although_it_borders_another() -> None:
    text = BORDER.format(border="由于山南市的乃东区、扎囊县与拉萨市城关区交界") + "当日，扎囊县新增无症状感染者2例。"
    assert listed(text) == {"城关区", "扎囊县"}


def _cases(text: str) -> set[tuple[str | None, int | None]]:
    ctx = document_context(text, DateContext(date(2022, 11, 5), "exact"))
    found = resolve_page([text], shared().places)[0]
    return {(e.county.name if e.county else None, e.count) for e in extract_events(text, found, ctx, shared())
            if e.type == "case_report"}


def test_a_note_of_how_cases_were_found_does_not_end_the_list_of_counts() -> None:
    text = ("2022年11月3日0时至24时，全市新增本土无症状感染者9例，其中东昌府区3例(都在居家观察中查出)、"
            "茌平区2例(1例为隔离点内查出，1例系社区筛查检出)、临清市4例(系就医时查出)。")
    assert _cases(text) == {(None, 9), ("东昌府区", 3), ("茌平区", 2), ("临清市", 4)}


def test_a_bracket_listing_places_is_still_read_as_the_items_breakdown() -> None:
    text = "2022年11月3日，全市新增确诊病例12例，其中东昌府区10例(古楼街道6例、柳园街道4例)、茌平区2例。"
    assert ("茌平区", 2) in _cases(text) and ("东昌府区", 10) in _cases(text)
