"""Round 16, items and headlines: a web post's header names its source between the title and
the date line (an office's bare name, or a labelled source field) and that line is never the
title. Texts are invented (other names, places and dates)."""
from __future__ import annotations

from etl.extract.segment import split_page


def _heads(raw: str) -> list[str]:
    items, _ = split_page(raw)
    return ["".join((it.headline or "").split()) for it in items]


OFFICE_HEADER = (
    "青川省新增本土确诊病例12例，累计340例\n\n"
    "青川省卫生健康委员会\n"
    "2020-03-11 07:45\n\n"
    "2020年3月10日0—24时，全省新增本土确诊病例12例，其中：白湾市7例、石岭市3例、东河市2例。"
    "新增病例均为集中隔离人员，已转运至定点医院治疗。\n\n"
    "全省新增出院病例21例，其中：白湾市15例、石岭市6例。\n"
)


def test_office_name_between_title_and_date_line_is_the_source_not_the_title() -> None:
    assert _heads(OFFICE_HEADER) == ["青川省新增本土确诊病例12例，累计340例"]


LABELLED_SOURCE = (
    "关于对云溪县部分小区实行临时管控的通告\n\n"
    "资讯来源：云溪县融媒体中心\n"
    "发布时间：2022-05-09\n\n"
    "为有效阻断疫情传播，经县疫情防控指挥部研究决定，自即日起对云溪县桂香苑小区实行临时管控，"
    "管控期间人员只进不出。\n\n"
    "特此通告。\n"
)


def test_news_source_label_is_a_header_field_not_the_title() -> None:
    assert _heads(LABELLED_SOURCE) == ["关于对云溪县部分小区实行临时管控的通告"]
