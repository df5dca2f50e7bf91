"""High-risk areas before and after the 9th edition of the national protocol (2022-06-28).

From that day a high-risk area is by definition sealed (stay home, services brought to the
door); before it, 高风险地区 mostly labelled a town or county for travellers. The cut-off
(trigger stay_home_from) and the stay-home words (cue stay_home) are data in taxonomy.toml.
Every text is invented; places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import ALL, pairs

from etl.extract.context import shared
from etl.extract.events import extract_events
from etl.extract.model import DateContext, Event


def lockdowns(text: str, edition: date) -> list[Event]:
    from test_events import mentions

    evs = extract_events(text, mentions(text, ALL), DateContext(edition, "exact"), shared())
    return [e for e in evs if e.type == "lockdown"]


def test_a_high_risk_label_before_the_cutoff_without_stay_home_words_is_no_lockdown() -> None:
    text = "2021年8月3日，经省里评估，将灵石县南关镇调整为高风险地区，其余乡镇为低风险地区。"
    assert not lockdowns(text, date(2021, 8, 4))


def test_a_high_risk_heading_before_the_cutoff_dated_by_the_article_is_no_lockdown() -> None:
    text = "祁县风险等级公告\n高风险地区：昭馀镇东关村。\n中风险地区：无。"
    assert not lockdowns(text, date(2022, 1, 20))


def test_a_high_risk_label_before_the_cutoff_with_stay_home_words_is_a_lockdown() -> None:
    text = "2021年8月3日，将灵石县南关镇调整为高风险地区，区内居民足不出户，生活物资上门服务。"
    assert pairs(lockdowns(text, date(2021, 8, 4)), "lockdown") == {("灵石县", date(2021, 8, 3))}


def test_stay_home_words_in_the_listed_areas_count_for_a_heading_before_the_cutoff() -> None:
    text = "祁县风险等级公告\n高风险地区：昭馀镇东关村（实行封控管理，居民居家不外出）。\n中风险地区：无。"
    assert {p[0] for p in pairs(lockdowns(text, date(2022, 1, 20)), "lockdown")} == {"祁县"}


def test_a_high_risk_label_on_or_after_the_cutoff_stays_a_lockdown_without_stay_home_words() -> None:
    text = "2022年6月28日，将灵石县南关镇调整为高风险区。"
    assert pairs(lockdowns(text, date(2022, 6, 29)), "lockdown") == {("灵石县", date(2022, 6, 28))}


def test_its_own_date_decides_over_the_article_date() -> None:
    # an article of the autumn recalling a designation of the spring: the spring date decides
    text = "2022年3月9日，将介休市北坛街道调整为高风险区。"
    assert not lockdowns(text, date(2022, 9, 30))


def test_a_round_after_a_label_alone_does_not_take_the_label_date() -> None:
    # the label gives no row, yet its sentence told a designation: the round has no day of its own
    from test_events import mentions

    text = "2021年9月14日零时起，祁县昭馀镇西关村被列为高风险地区。\n该村居民已有序进行核酸检测。"
    evs = extract_events(text, mentions(text, ALL), DateContext(date(2021, 9, 15), "exact"), shared())
    assert not [e for e in evs if e.type == "lockdown"]
    assert [e.start for e in evs if e.type == "mass_testing"] in ([], [None])
