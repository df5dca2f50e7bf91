"""Testing timetables that name the place before its days (issue 12, round 10b).

City and county notices lay a testing round out over several places and days. Besides the
date-first lines read before (5月6日：甲区、乙县), three shapes recur in real notices and
reports: a line per county giving its own rounds (甲区：6月6日-8日；6月9日-11日), a list of
places with its day run into one sentence (甲区、乙区6日，丙县7日分别开展…) and the same in
running text (甲区于6日、乙区于7日开展…). Every text here is invented, with other names,
places and dates; places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events import JZ, PINGYAO, mentions
from test_events_real_patterns import ALL, pairs

from etl.extract.context import shared
from etl.extract.events import extract_events
from etl.extract.model import DateContext, Event, Place

PLACES = dict(ALL, 太谷区=Place("太谷区", "county", "140703", JZ), 段村镇=Place("段村镇", "town", None, PINGYAO),
              洪善镇=Place("洪善镇", "town", None, PINGYAO))
NOTICE_DAY = DateContext(date(2022, 6, 4), "exact")


def run(text: str) -> list[Event]:
    return extract_events(text, mentions(text, PLACES), NOTICE_DAY, shared())


def test_a_line_per_county_gives_each_county_its_own_rounds() -> None:
    text = ("晋中市端午前后各县区核酸采样安排\n为及时发现风险，各县区采样日期安排如下：\n"
            "太谷区：2022年6月6日-8日；6月9日-11日。\n祁县：6月7日-9日；6月10日-12日。\n"
            "平遥县：6月8日-10日。\n请广大居民配合。")
    got = {p for p in pairs(run(text), "mass_testing") if p[0] is not None}
    assert got == {("太谷区", date(2022, 6, 6)), ("太谷区", date(2022, 6, 9)), ("祁县", date(2022, 6, 7)),
                   ("祁县", date(2022, 6, 10)), ("平遥县", date(2022, 6, 8))}
    # the towns of one county sharing out one round over two days: still one round, at its first day
    towns = ("平遥县关于调整核酸检测范围的通告\n经研究，本轮区域核酸检测范围调整为平遥县全域。各乡镇采样时间如下：\n"
             "古陶镇、段村镇：2022年6月6日8:00-11:00；\n洪善镇：6月7日8:00-18:00。")
    assert pairs(run(towns), "mass_testing") == {("平遥县", date(2022, 6, 6))}


def test_lists_of_places_each_before_its_day_in_one_sentence() -> None:
    text = ("晋中市关于开展新一轮区域核酸检测的通告\n经研究，在全市开展一轮区域核酸检测。一、采样时间\n"
            "榆次区、太谷区2022年6月6日(星期一)，祁县、平遥县6月7日(星期二)分别开展核酸采样。")
    got = {p for p in pairs(run(text), "mass_testing") if p[0] is not None}
    assert got == {("榆次区", date(2022, 6, 6)), ("太谷区", date(2022, 6, 6)), ("祁县", date(2022, 6, 7)),
                   ("平遥县", date(2022, 6, 7))}
    # a date-first timetable run into one line: each list is the day's BEFORE it, not the next one's
    first = ("晋中市分区域开展核酸检测\n记者获悉，全市分区域开展新一轮核酸检测，具体安排如下："
             "2022年6月6日：榆次区、太谷区6月7日：祁县6月8日：平遥县")
    got = {p for p in pairs(run(first), "mass_testing") if p[0] is not None}
    assert got == {("榆次区", date(2022, 6, 6)), ("太谷区", date(2022, 6, 6)), ("祁县", date(2022, 6, 7)),
                   ("平遥县", date(2022, 6, 8))}


def test_each_county_with_its_own_day_in_running_text() -> None:
    text = "据介绍，按照市指挥部部署，榆次区于2022年6月6日、太谷区于6月7日分别开展全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("榆次区", date(2022, 6, 6)), ("太谷区", date(2022, 6, 7))}
