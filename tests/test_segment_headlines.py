"""Headline shapes of real local news the tuned sets did not show (issue 12, generalisation).

Invented texts only.
"""
from __future__ import annotations

from etl.extract.segment import split_page


def headline(raw: str) -> str | None:
    items, _ = split_page(raw)
    assert len(items) == 1
    return next((p.text.text for p in items[0].parts if p.kind == "headline"), None)


def test_a_headline_shaped_like_city_plus_area_word_is_still_a_headline() -> None:
    raw = "汾阳市调整风险区\n10月6日，汾阳市将西河街道两个小区划定为高风险区，实行足不出户。\n"
    assert headline(raw) == "汾阳市调整风险区"


def test_a_bare_prefecture_and_county_line_over_a_notice_is_no_headline() -> None:
    raw = "晋中市榆次区\n经研究决定，自10月6日起对部分小区实施封控管理，请居民予以配合。\n"
    assert headline(raw) is None


def test_a_title_with_a_comma_over_an_unlabelled_timestamp_line_is_the_headline() -> None:
    raw = ("汾阳市第二轮全员检测完成，32.1万人结果均为阴性\n2022-10-08 19:42 某某晚报 原创\n"
           "10月7日至8日，汾阳市开展第二轮全员核酸检测，结果均为阴性。\n")
    assert headline(raw) == "汾阳市第二轮全员检测完成，32.1万人结果均为阴性"


def test_a_title_over_a_labelled_publication_time() -> None:
    raw = "汾阳市全员检测结果出炉，均为阴性\n发布时间：2022-10-08\n10月7日，汾阳市开展全员核酸检测，结果均为阴性。\n"
    assert headline(raw) == "汾阳市全员检测结果出炉，均为阴性"


def test_a_post_of_place_led_reports_gives_the_first_its_own_title() -> None:
    raw = ("晋中多地开展新一轮核酸筛查\n\n某某客户端 2022-10-08 09:10\n\n"
           "晋中祁县：10月8日开展第三轮全员核酸检测\n\n"
           "为早日查清风险，经县防控工作领导小组决定，祁县10月8日对全县居民和来祁人员进行第三轮全员核酸检测，"
           "现将有关事项通告如下：\n\n"
           "一、请居民根据所在村（社区）的通知，于当日8:00-18:00就近到指定地点有序采样。\n\n"
           "二、采样时请全程佩戴口罩，与他人保持一米以上距离，不聚集、不交谈。\n\n"
           "晋中介休：继续开展全员核酸检测\n\n"
           "介休市疫情防控指挥部10月7日发出通告，为守住前段防控成效，10月8日全市再开展一轮全员核酸检测。\n\n"
           "一、时间：2022年10月8日8:00起至10月9日20:00止。\n\n"
           "二、请广大市民携带身份证件到指定地点进行核酸采样，做好个人防护。\n")
    items, _ = split_page(raw)
    heads = [next(p.text.text for p in it.parts if p.kind == "headline") for it in items]
    assert heads == ["晋中祁县：10月8日开展第三轮全员核酸检测", "晋中介休：继续开展全员核酸检测"]
