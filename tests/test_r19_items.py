"""Round 19, items and headlines. Texts are invented (other names, places and dates).

A web copy that lost its own title opens with untitled running text; a section title under it
that names the text's own place (or none) and shares its words is a section of that copy, not
the title of a second report. A title naming a place the text never names still opens one."""
from __future__ import annotations

from test_r18_items import items_with_bodies

UNTITLED_COPY = (
    "11月4日上午，凯里市举行疫情防控工作通气会，通报该市近两日新发现的9名阳性感染者情况，"
    "9人均在重点人群筛查中被发现，已转运至定点医院。\n"
    "凯里市随即启动应急机制，流调人员连夜追踪密切接触者，相关场所已完成消杀。\n"
    "{title}\n"
    "通气会上，市卫健局负责人介绍，自11月4日18时起，将开怀街道清江社区的两个小区划为封控区，"
    "实行足不出户、上门服务，其余区域居民非必要不离开本市。\n"
    "物资配送有序 药店照常营业\n"
    "市商务局表示，全市各大超市货源充足，封控区居民的生活物资由社区志愿者每日配送到户。\n"
)


def test_a_section_title_naming_the_untitled_texts_place_stays_in_it() -> None:
    items = items_with_bodies(UNTITLED_COPY.format(title="贵州凯里新划定两处封控区"))
    assert len(items) == 1, items
    assert items[0][0] is None
    assert "足不出户" in items[0][1] and "货源充足" in items[0][1]


def test_a_title_naming_a_place_the_text_never_names_opens_a_report() -> None:
    items = items_with_bodies(UNTITLED_COPY.format(title="云南蒙自新划定两处封控区"))
    assert len(items) >= 2, items
    assert "".join((items[1][0] or "").split()) == "云南蒙自新划定两处封控区"


NOTICE = (
    "关于调整部分区域风险等级的通告\n"
    "经县防控指挥部研判，自2022年12月3日10时起，将桃源镇南岭村一组、二组调整为低风险区，"
    "其余管控措施维持不变，请广大群众继续做好个人防护。\n"
    "自即日起，辖区居民凭健康码绿码可正常出行。\n"
    "特此通告。\n"
    "青田县疫情防控工作指挥部\n"
    "2022年12月3日\n"
)


def test_a_notice_printed_twice_under_a_copy_line_is_one_item() -> None:
    raw = NOTICE + "今日要闻2022-12-04 08:15:06百姓网\n" + NOTICE
    items = items_with_bodies(raw)
    assert len(items) == 1, items
    assert "".join((items[0][0] or "").split()) == "关于调整部分区域风险等级的通告"


def test_two_different_notices_one_after_another_stay_two() -> None:
    second = NOTICE.replace("调整部分区域风险等级", "解除临时管控措施").replace(
        "经县防控指挥部研判", "根据疫情形势变化")
    items = items_with_bodies(NOTICE + "今日要闻2022-12-04 08:15:06百姓网\n" + second)
    assert len(items) == 2, items


POST_WITH_META = (
    "{top}\n\n"
    "{meta}\n\n"
    "12月9日起南浔区双林镇恢复正常生产生活秩序\n\n"
    "据南浔区防控指挥部消息，经专家评估，自2022年12月9日12时起，双林镇各临时管控区域全部解除管控，"
    "镇内公交、集市和各类经营场所恢复运营。\n\n"
    "请广大群众继续做好个人防护，出现发热等症状及时就医。\n"
)


def test_a_posts_meta_row_over_its_title_leaves_the_title_under_it() -> None:
    items = items_with_bodies(POST_WITH_META.format(top="南浔发布", meta="湖畔晓风2022-12-09  48"))
    assert len(items) == 1, items
    assert "".join((items[0][0] or "").split()) == "12月9日起南浔区双林镇恢复正常生产生活秩序"


def test_a_date_with_a_count_glued_in_a_sentence_is_no_meta_row() -> None:
    # no white space between the day and the figure after it: not a poster, date and reads
    items = items_with_bodies(POST_WITH_META.format(top="南浔发布", meta="湖畔晓风2022-12-0948"))
    assert "".join((items[0][0] or "").split()) != "12月9日起南浔区双林镇恢复正常生产生活秩序"
