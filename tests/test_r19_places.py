"""Round 19, places: the counties an item names in a role other than its own news. A bulletin's
breakdown of the whole outbreak so far (a running tally whose subject is the province counted by
its cities, 某省9个市累计…; the people still in care, 现有…（甲区…）) is background beside the
counties of the day's own counts. Texts are invented (other names, places and dates)."""
from __future__ import annotations

from place_helpers import counties, listed


def test_a_tally_of_a_province_counted_by_its_cities_is_background() -> None:
    text = ("5月7日0时至24时，云南省新增确诊病例2例，其中：曲靖市2例（麒麟区2例）。"
            "截至5月7日24时，云南省8个州市累计报告确诊病例52例。其中：昆明市30例（五华区20例、盘龙区10例），"
            "大理州22例（宾川县22例）。")
    assert listed(text) == {"麒麟区"}
    # the same with the numeral in words, and an autonomous region counted by its leagues
    text = ("6月2日，内蒙古新增确诊病例1例（新城区1例）。截至6月2日24时，自治区十二个盟市累计报告确诊病例20例，"
            "其中呼伦贝尔市9例（海拉尔区9例），通辽市11例（科尔沁区11例）。")
    assert listed(text) == {"新城区"}


def test_the_breakdown_of_people_still_in_care_is_background_beside_the_days_counts() -> None:
    text = ("9月4日0—24时，吐鲁番市新增本土确诊病例2例（鄯善县2例）。截至9月4日24时，吐鲁番市现有本土确诊病例11例"
            "（高昌区7例、托克逊县2例、鄯善县2例），现有无症状感染者5例，其中高昌区5例。")
    assert listed(text) == {"鄯善县"}


def test_people_still_in_care_are_the_item_s_places_when_it_names_no_other() -> None:
    # a report with no new count names its places only there: guarded, they stay
    text = "截至6月3日9时，全区现有本土确诊1例（在满洲里市），正在医院接受治疗，今日无新增。"
    assert listed(text) == {"满洲里市"}


def test_a_common_word_county_name_after_a_city_it_is_not_in_is_no_county() -> None:
    # 城区 is a district of a few cities and the urban area of any: after a city without one it is
    # the word, not the district of the same name in another city of the province
    assert counties("10月5日，广东省中山市城区一名居民检测阳性，已转运至定点医院。") == set()
    assert counties("陕西铜川市城区今日起分片开展核酸检测，市民就近采样。") == set()
    # after its own city it stays the district
    assert counties("10月5日，广东省汕尾市城区一名居民检测阳性，已转运至定点医院。") == {"城区"}
