"""A signed notice announces what comes after it (issue 12).

A yearless date after the edition date is usually put a year back (a report tells what has
happened); a notice signed on its edition day tells what is to come, so its days shortly
after the signature keep the signature's year. Invented wording, names and dates.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

from etl.extract.model import DateContext

OCT04 = DateContext(date(2022, 10, 4), "exact")


def test_a_notice_signed_on_its_edition_day_dates_its_round_in_the_coming_days() -> None:
    text = ("关于开展新一轮核酸检测的通告\n"
            "为尽快阻断传播链，经指挥部研究，10月6日在全县开展一轮全员核酸检测，请居民携带证件就近采样。\n"
            "平遥县疫情防控工作指挥部\n"
            "2022年10月4日")
    assert pairs(run(text, OCT04), "mass_testing") == {("平遥县", date(2022, 10, 6))}


def test_a_report_of_the_same_day_still_puts_a_later_day_a_year_back() -> None:
    # no signature: a news report tells what happened, so 10月6日 after a 10月4日 edition is
    # last year's
    text = "10月6日，平遥县在全县开展一轮全员核酸检测，居民携带证件就近采样。"
    assert pairs(run(text, OCT04), "mass_testing") == {("平遥县", date(2021, 10, 6))}
