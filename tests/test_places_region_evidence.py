"""Which evidence accepts a bare or glued name (issue 12, round 8): the article's own region
backs a short it repeats and rules out a common word or a lone unique town of another
province; a written short form of a district the code list lacks.

Every text is invented (names, dates and wording); none comes from a real article.
"""
from __future__ import annotations

from etl.extract.context import shared
from etl.extract.places import resolve_page


def counties(text: str) -> set[str]:
    return {c.name for m in resolve_page([text], shared().places, None)[0] if (c := m.place.ancestor("county"))}


def test_a_common_word_short_of_another_province_is_the_word() -> None:
    # 延长 is the verb here, even before 全域; the notice is of a district in Jilin
    text = ("关于宽城区延长全域静默管理的通告\n经研究，长春市宽城区全域静默管理延长至4月12日24时，"
            "请居民继续居家。")
    assert counties(text) == {"宽城区"}


def test_a_common_word_short_in_its_own_province_stays() -> None:
    assert "延长县" in counties("延安市各县区启动核酸检测，延长全域居民于今日参检。")


def test_the_police_bureau_is_no_county() -> None:
    text = "网传某村一户出现确诊病例、公安局已上门带人，经核实为谣言。公安局提醒勿信谣。公安局将依法处理。"
    assert counties(text) == set()


def test_a_lone_unique_town_of_another_province_is_dropped() -> None:
    # 徐家楼街道 is listed in Shandong only; beside a Hunan county and its town, it is that county's
    text = "10月3日起，攸县在新市镇、徐家楼街道分片组织核酸采样。"
    assert counties(text) == {"攸县"}


def test_a_short_repeated_in_another_province_is_no_county() -> None:
    # a 片区 named like a county of Inner Mongolia, in a story of a Yunnan county
    text = ("沧源佤族自治县在勐董镇和清水河片区开展核酸筛查。清水河片区共设采样点8个。"
            "清水河片区居民须就近采样。")
    assert counties(text) == {"沧源佤族自治县"}


def test_a_short_twice_in_a_bulletin_of_its_province_is_the_county() -> None:
    text = ("8月3日0—24时，云南省新增确诊病例3例，均为本土病例，宁蒗在隔离人员中发现确诊病例2例。"
            "全省新增无症状感染者1例，宁蒗在隔离人员中发现1例。")
    assert counties(text) == {"宁蒗彝族自治县"}


def test_a_short_twice_without_its_province_is_not_enough() -> None:
    text = "宁蒗在隔离人员中发现确诊病例2例。宁蒗在隔离人员中发现1例。"
    assert counties(text) == set()


def test_the_written_short_form_of_a_district() -> None:
    assert counties("包头市昆区、东河区今日起开展全员核酸检测。") == {"昆都仑区", "东河区"}


def test_a_county_renamed_after_the_code_list_has_its_current_name() -> None:
    # the code list still has the county as 湟中县; texts since 2020 write 湟中区, older ones 湟中县
    assert counties("西宁市湟中区(含多巴新城)明天分片核酸筛查。") == {"湟中区"}
    assert counties("2019年，湟中县田家寨镇新建卫生院一所。") == {"湟中区"}


def test_renames_apply_to_a_snapshot_as_loaded(tmp_path) -> None:
    from etl.extract.gazetteer import SNAPSHOT, load_from

    table = tmp_path / "renames.tsv"
    table.write_text("old_adcode\tname\tadcode\tsince\n140105\t小店新区\t140199\t2030\n", encoding="utf-8")
    g = load_from(SNAPSHOT, cache=False, renames=table)
    (i,) = g.ids("小店新区")
    assert g.place(i).adcode == "140199" and g.ids("小店区") == []
