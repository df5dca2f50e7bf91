"""Round 16, items, headlines and places: a web post's header names its source between the
title and the date line (an office's bare name, or a labelled source field) and that line is
never the title; a picture over a web story's title is that story's; a signed notice followed
by a heading announcing another opens a second item; releases quoted under their dates are one
item each; a manifest region written as a path of names (province, prefecture, county) places
ambiguous names. Texts are invented (other names, places and dates)."""
from __future__ import annotations

from place_helpers import listed
from split_helpers import headlines

from etl.extract.context import shared
from etl.extract.places import resolve_page
from etl.extract.segment import split_page

OFFICE_HEADER = (
    "青川省新增本土确诊病例12例，累计340例\n\n"
    "青川省卫生健康委员会\n"
    "2020-03-11 07:45\n\n"
    "2020年3月10日0—24时，全省新增本土确诊病例12例，其中：白湾市7例、石岭市3例、东河市2例。"
    "新增病例均为集中隔离人员，已转运至定点医院治疗。\n\n"
    "全省新增出院病例21例，其中：白湾市15例、石岭市6例。\n"
)


def test_office_name_between_title_and_date_line_is_the_source_not_the_title() -> None:
    assert headlines(OFFICE_HEADER) == ["青川省新增本土确诊病例12例，累计340例"]


LABELLED_SOURCE = (
    "关于对云溪县部分小区实行临时管控的通告\n\n"
    "资讯来源：云溪县融媒体中心\n"
    "发布时间：2022-05-09\n\n"
    "为切断传播链条，县指挥部决定从今天开始对云溪县桂香苑小区实行临时管控，"
    "管控期间人员只进不出。\n\n"
    "特此通告。\n"
)


def test_news_source_label_is_a_header_field_not_the_title() -> None:
    assert headlines(LABELLED_SOURCE) == ["关于对云溪县部分小区实行临时管控的通告"]


PICTURE_FIRST = (
    "志愿者在青禾小区门口为居民测量体温。 林晓川 摄\n"
    "（战疫进行时）白湾市新增确诊病例8例 城区启动第二轮检测\n"
    "中新网白湾2月6日电 （记者 方若溪）白湾市卫生健康委6日通报，2月5日0时至24时，"
    "全市新增本地确诊病例8例，均为集中隔离人员。\n"
    "目前，白湾市城区正在开展第二轮全员核酸检测，共设采样点310个。\n"
)


def test_picture_over_a_web_story_title_belongs_to_that_story() -> None:
    items, _ = split_page(PICTURE_FIRST)
    assert len(items) == 1
    people = {(c.name, c.role) for b in items[0].bylines for c in b.contributors}
    assert ("林晓川", "photographer") in people
    assert "".join((items[0].headline or "").split()).startswith("（战疫进行时）白湾市新增")


SIGNED_THEN_HEADING = (
    "关注石岭市疫情防控最新进展\n\n"
    "发表时间：2022-04-18 09:12\n\n"
    "2022年4月17日，石岭市新增3例新冠肺炎确诊病例，7例无症状感染者。其中，东河区6例，"
    "南川县4例，全部是此前已在隔离点的人员，已送医院观察治疗。\n\n"
    "请广大市民继续遵守疫情防控规定，做好个人防护，如有发热等症状及时到发热门诊就诊。\n\n"
    "石岭市卫生健康委员会\n\n"
    "2022年4月18日\n\n"
    "石岭东河区、南川县发布通知\n\n"
    "4月19日起\n\n"
    "全区中小学校暂停线下教学\n\n"
    "东河区\n\n"
    "各位家长：\n\n"
    "近期周边县区相继出现确诊病例，为保障师生健康，经区疫情防控指挥部研究决定，"
    "自4月19日起，全区中小学校、幼儿园暂停线下教学，改为居家线上学习，恢复时间另行通知。\n"
)


def test_heading_announcing_a_notice_after_a_signed_notice_opens_the_next_item() -> None:
    assert headlines(SIGNED_THEN_HEADING) == ["关注石岭市疫情防控最新进展", "石岭东河区、南川县发布通知"]


RELEASES = (
    "南川县全员核酸检测安排\n"
    "2022年6月9日南川县发布：\n"
    "为尽快排查风险人群，南川县定在6月10日做第三轮全员核酸检测。\n"
    "★检测对象★\n"
    "县内全体居民（常住的、暂住的都包括在内）。\n"
    "★采样时间★\n"
    "2022年6月10日星期五，7:30-19:30。\n"
    "2022年6月6日南川县发布《》：\n"
    "为尽快排查风险人群，南川县定在6月7日做第二轮全员核酸检测。\n"
    "★采样时间★\n"
    "2022年6月7日星期二，8:00-20:00。\n"
    "2022年6月3日，南川发布“”：\n"
    "根据全市统一部署，南川县将于6月4日开展首轮全员核酸检测，请居民按社区通知就近采样。\n"
)


def test_releases_quoted_under_their_dates_are_one_item_each() -> None:
    items, _ = split_page(RELEASES)
    assert len(items) == 3
    leads = ("2022年6月9日南川县发布", "2022年6月6日南川县发布", "2022年6月3日，南川发布")
    assert [[lead in "".join(it.body.split()) for lead in leads] for it in items] == [
        [True, False, False], [False, True, False], [False, False, True]]


def test_timetable_line_with_a_weekday_stays_in_the_text() -> None:
    items, _ = split_page(RELEASES)
    assert "2022年6月10日星期五，7:30-19:30。" in "".join(items[0].body.split())


def _county_rules(text: str, region: str) -> list[tuple[str, str]]:
    found = resolve_page([text], shared().places, region)[0]
    return [(c.name, m.rule) for m in found if (c := m.place.ancestor("county"))]


def test_region_written_as_a_path_of_names_places_an_ambiguous_community() -> None:
    text = "在清风社区核酸采样点，居民有序排队，志愿者维持秩序。"
    assert _county_rules(text, "龙泉市") == [("龙泉市", "region")]
    assert _county_rules(text, "浙江省丽水市龙泉市") == [("龙泉市", "region")]


def test_region_path_listing_two_places_reads_each_under_the_first_ones_province() -> None:
    text = "狮山社区今日开展核酸采样，居民有序排队。"
    assert _county_rules(text, "浙江省丽水市庆元县、云和县") == [("云和县", "region")]


def test_neighbour_frame_ends_at_de_and_the_places_after_it_are_the_items_own() -> None:
    text = "四、即日起，毗邻衢州市的遂昌县、松阳县开展全员核酸检测，请群众积极配合。"
    assert {"遂昌县", "松阳县"} <= listed(text)


COLUMN_HEADER = (
    "白湾市部分街道开展全员核酸检测\n\n"
    "作者：方若溪    栏目：要闻    来源：白湾新闻网   发布时间：2022-03-02 08:15   阅读量：2301\n\n"
    "记者从白湾市东河区疫情防控指挥部获悉，3月2日10时至20时，东河区南屏街道、前湖街道开展全员核酸检测，"
    "请辖区居民按社区安排有序参加。\n"
)


def test_author_field_before_a_column_field_is_the_story_byline() -> None:
    items, _ = split_page(COLUMN_HEADER)
    people = {(c.name, c.role) for it in items for b in it.bylines for c in b.contributors}
    assert ("方若溪", "reporter") in people
