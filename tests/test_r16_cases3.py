"""Case reports and school closures, round 16 pass 3: lists and notices as they are written.

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. The whole page is read (shipped gazetteer), as a load does.
"""
from __future__ import annotations

from datetime import date

from case_helpers import county_cases


def test_a_breakdown_counting_people_with_ming() -> None:
    # a total counted in 名 is broken down in 名 too: each place's count is its own row
    text = ("2022年6月7日0-24时，洛阳市新增阳性感染者9名，其中：栾川县新增5名，嵩县新增4名。")
    assert county_cases(text, date(2022, 6, 8)) == {("栾川县", date(2022, 6, 7)), ("嵩县", date(2022, 6, 7))}
