"""Places named in passing (issue 12, round 13): a frame around a place can give it a role other
than what the item is about — the index case a new case was a contact of, the outbreak of
elsewhere a measure answers, where a returnee came home from, a trip told in one sentence.
Such places leave the item's places while the item names a county of its own, and the frames
that say nothing happens at the place keep it from giving an event its county; a neighbour
still may. The frames are data ([[elsewhere.frames]] in places.toml).

Invented wording, names and dates; none of the texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from place_helpers import counties, listed

from etl.extract.context import shared
from etl.extract.events import extract_events
from etl.extract.model import DateContext
from etl.extract.places import resolve_page


def pairs(text: str, type_: str) -> set[tuple[str | None, date | None]]:
    """The (county, day) pairs of the text's events of one type, its places read from the text."""
    found = resolve_page([text], shared().places, None)[0]
    events = extract_events(text, found, DateContext(date(2022, 2, 5), "exact"), shared())
    return {(e.county.name if e.county else None, e.start) for e in events if e.type == type_}


def test_the_index_cases_district_is_not_the_items() -> None:
    text = ("鄞州区新增1例确诊病例，系北仑区病例的密接者。\n"
            "该病例于集中隔离期间核酸检测时发现，系北仑区病例的密切接触者。")
    assert "北仑区" in counties(text)
    assert listed(text) == {"鄞州区"}
    # a frame that is all the item says of where is what it is about
    assert listed("新增1例确诊病例，系北仑区病例的密接者。") == {"北仑区"}


def test_the_outbreak_a_measure_answers_is_not_the_items() -> None:
    text = "针对嘉兴海盐的疫情，桐乡市已在相关镇街开展核酸检测。"
    assert listed(text) == {"桐乡市"}
    # a place answering its own outbreak stays
    text = "针对安吉县当前疫情，安吉县对居民小区实行封闭管理。"
    assert listed(text) == {"安吉县"}


def test_a_returnee_from_elsewhere_names_no_place_of_the_item() -> None:
    text = "田阳区在排查中发现一名阳性人员(黄某某，从浙江省杭州市萧山区新塘街道返乡)。"
    assert listed(text) == {"田阳区"}


def test_a_case_is_not_counted_where_its_carrier_travelled_a_neighbours_round_is() -> None:
    text = ("东至县通报患者情况。患者李某1月21日自驾前往浙江义乌，与其姐姐(长期居住杭州，已于25日确诊)"
            "同住，26日从义乌自驾返回东至县，2月2日出现发热。")
    assert "义乌市" in counties(text)
    assert "义乌市" not in {c for c, _ in pairs(text, "case_report")}
    # a neighbour may still hold an event
    text = "1月14日，与明水县毗邻的青冈县完成全员核酸采样。"
    assert ("青冈县", date(2022, 1, 14)) in pairs(text, "mass_testing")


def test_a_bulletins_discharges_and_releases_name_no_place_of_the_item() -> None:
    text = ("新增本土确诊病例1例（平遥县）。新增治愈出院病例1例（太原市小店区），"
            "当日解除医学观察的共4例，包括晋中市介休市1例、灵石县3例。")
    assert listed(text) == {"平遥县"}
    text = "新增无症状感染者3例，其中晋中市平遥县3例；新增吕梁市汾阳市2例无症状者解除隔离医学观察。"
    assert listed(text) == {"平遥县"}
    # a count that is all the item says of where is what it is about
    assert listed("当日治愈出院病例3例（祁县3例）。") == {"祁县"}
    # a running tally is left as it was, its notes included (its lines joined on a page)
    assert "祁县" in listed("新增本土确诊病例1例（平遥县）。累计治愈出院病例3例（祁县3例）。")
    text = "累计报告确诊病例5例，其中：1.甲市3例（平遥县2例、介休市1例已治愈出院）2.乙市2例（祁县2例）"
    assert "祁县" in listed(text)
