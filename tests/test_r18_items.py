"""Round 18, items and headlines: a notice reposted after a report, headed by a short news title
or by its issuer's full name over its own 关于…的通报 title (wrapped or not), opens an item of
its own; a figure-only date stamp before a page's title is no part of it. Texts are invented
(other names, places and dates)."""
from __future__ import annotations

from etl.extract.segment import split_page


def items_with_bodies(raw: str) -> list[tuple[str | None, str]]:
    """Each item's headline and its body's text with white space dropped."""
    items, _ = split_page(raw)
    return [(it.headline, "".join("".join(p.text.text.split()) for p in it.parts if p.kind == "body"))
            for it in items]


TWO_NOTICES_AFTER_A_REPORT = (
    "5月8日0—24时，甘南州报告新增本土阳性感染者2例，均在集中隔离点检出，已落实管控措施。\n"
    "全州当天没有病例治愈出院，在院确诊病例6例，另有无症状感染者11例仍在观察。\n"
    "截至5月8日24时，全州累计报告确诊病例57例，其中境外输入病例3例。\n"
    "5月8日\n"
    "碌曲车站检出1例阳性\n"
    "关于碌曲汽车站检出\n"
    "1例阳性感染者的情况通报\n"
    "5月8日10时许，碌曲县汽车站在对到站旅客开展落地检时，发现1名旅客核酸检测结果异常，"
    "经复核为阳性，该旅客已被转运至定点医院，相关场所已完成终末消毒。\n"
    "碌曲县新冠肺炎疫情\n"
    "防控工作领导小组办公室\n"
    "2022年5月8日\n"
    "夏河隔离酒店检出1例阳性\n"
    "关于夏河县隔离酒店检出\n"
    "1例阳性感染者的情况通报\n"
    "5月8日15时，夏河县在集中隔离酒店检出1名阳性感染者，系5月6日报告病例的密切接触者，"
    "隔离期间第三次核酸检测时检出，已转运至定点医院。\n"
)


def test_notices_titled_under_a_news_title_after_a_report_are_items() -> None:
    items = items_with_bodies(TWO_NOTICES_AFTER_A_REPORT)
    assert [h for h, _ in items] == [None, "碌曲车站检出1例阳性", "夏河隔离酒店检出1例阳性"], items
    assert items[0][1].startswith("5月8日0—24时")
    assert "碌曲县汽车站在对到站旅客" in items[1][1]
    assert "夏河县在集中隔离酒店检出" in items[2][1]


NOTICE_UNDER_ITS_ISSUER = (
    "国家卫健委：7日新增本土确诊14例（江城发布紧急通告）\n"
    "3月8日，国家卫健委通报，3月7日0—24时，31个省（自治区、直辖市）报告新增确诊病例26例，"
    "其中境外输入病例12例，本土病例14例。\n"
    "当天出院的治愈病例19例，结束医学观察的密接者512人。\n"
    "江城发布紧急通告\n"
    "江城县新冠疫情防控应急处置工作领导小组办公室\n"
    "关于进一步加强返乡人员管理的紧急通告\n"
    "全县广大群众：\n"
    "3月6日，邻县报告1例核酸检测阳性人员。为阻断疫情传播，现就加强返乡人员管理有关事项通告如下。\n"
)


def test_a_notice_under_its_issuers_full_name_after_a_report_is_an_item() -> None:
    items = items_with_bodies(NOTICE_UNDER_ITS_ISSUER)
    assert len(items) == 2, items
    assert items[1][0] == "关于进一步加强返乡人员管理的紧急通告"
    assert "邻县报告1例核酸检测阳性人员" in items[1][1]
    assert "邻县" not in items[0][1]


NOTICE_ANNOUNCED = (
    "平川镇关于暂停集市的通告\n"
    "近日，平川镇防控指挥部研究决定暂停全镇集市交易，为便于群众了解，现将通告全文转发如下：\n"
    "平川镇疫情防控指挥部\n"
    "关于暂停农村集市的通告\n"
    "为减少人员聚集，自2021年1月12日起，全镇各村集市一律暂停，恢复时间另行通知。\n"
)


def test_a_notice_introduced_as_quoted_below_stays_with_the_post() -> None:
    items = items_with_bodies(NOTICE_ANNOUNCED)
    assert len(items) == 1, items


STAMPED_TITLE = (
    "11.02 岳西县两个村解除临时管控 村民恢复正常出行\n\n"
    "11月1日晚，岳西县主簿镇余畈村、中关镇中关村连续七日核酸筛查未发现阳性，经评估解除临时管控。\n\n"
    "两村卡口当晚撤除，村民可持绿码正常出行，村内小卖部和卫生室同步恢复营业。\n"
)


def test_a_figure_date_stamp_before_the_title_is_not_part_of_it() -> None:
    items = items_with_bodies(STAMPED_TITLE)
    assert [h for h, _ in items] == ["岳西县两个村解除临时管控 村民恢复正常出行"], items


def test_a_title_opening_with_a_date_in_words_keeps_it() -> None:
    items = items_with_bodies("11月2日起岳西县两个村解除临时管控\n\n" + STAMPED_TITLE.split("\n\n", 1)[1])
    assert items[0][0] == "11月2日起岳西县两个村解除临时管控", items
