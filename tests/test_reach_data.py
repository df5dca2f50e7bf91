"""Reaches, gaps and keyword lists that were module constants of the extractor are data
(taxonomy.toml [reach], [days], [text], [scope], [cues]; layout.toml [headline]): what runs is
what the files say, compiled once. Every text is invented.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from test_events import mentions
from test_events_real_patterns import ED, pairs
from test_events_shared import PLACES

from etl.extract.context import shared
from etl.extract.events import extract_events
from etl.extract.memo import make_room
from etl.extract.taxonomy import compile_taxonomy
from etl.extract.tuning import EventTuning
from etl.extract.vocabulary import load


def test_the_taxonomy_carries_the_reaches_gaps_and_days_of_its_file() -> None:
    data = load("taxonomy")
    data["reach"]["claim"] = 5
    data["days"]["closure"] = 3
    data["text"]["zone_gap"] = "、新区、"
    data["scope"]["name_suffix"] = "县"
    tax = compile_taxonomy(data, EventTuning())
    assert tax.reach["claim"] == 5 and tax.days["closure"] == 3
    assert tax.zone_gap_re.fullmatch("、新区、") and not tax.zone_gap_re.fullmatch("、高新区、")
    assert tax.name_suffix == "县"


def test_a_list_announced_before_its_colon_follows_the_announcing_words_of_the_data() -> None:
    text = "10月3日，对以下地区实施全员核酸检测：灵石县南关镇；小店区北营街道。"
    ms = mentions(text, PLACES)
    shipped = pairs(extract_events(text, ms, ED, shared()), "mass_testing")
    assert shipped == {("灵石县", date(2022, 10, 3)), ("小店区", date(2022, 10, 3))}
    data = load("taxonomy")
    data["cues"]["list_announce"] = ["上述"]  # 以下 no longer announces a list
    ctx = replace(shared(), taxonomy=compile_taxonomy(data, EventTuning()))
    assert len(pairs(extract_events(text, ms, ED, ctx), "mass_testing")) == 1


def test_a_bounded_memo_starts_again_empty_when_the_next_entries_would_overflow_it() -> None:
    memo = {1: "a", 2: "b"}
    make_room(memo, 1, 3)
    assert memo == {1: "a", 2: "b"}
    make_room(memo, 2, 3)
    assert memo == {}
