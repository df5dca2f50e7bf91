"""Page-layout mechanisms of the fourteenth round's second pass (untuned sets AU-AW and the
same shapes in older sets), in invented wording (names, places and dates made up): each test
fails on main 08cd0c6."""
from __future__ import annotations

from etl.extract.segment import split_page

PARA1 = "11月4日，青石县疫情防控指挥部决定，自即日起在城区开展为期三天的全员核酸检测，请居民按时参检。"
PARA2 = "检测期间，各采样点每天早七点至晚九点开放，行动不便的老人可由社区安排上门采样，不漏一户。"


def _headlines(raw: str) -> list[str | None]:
    items, _ = split_page(raw)
    return [("".join(it.headline.split()) if it.headline else None) for it in items]


def test_a_day_first_date_line_stands_under_the_title() -> None:
    """Some aggregators print the date day first with its clock time (``05.11.2022 16:40``) on
    a line of its own under the title: it is the page's date line, so the line above it is the
    title even when that title holds a comma and a kicker."""
    raw = f"探访|菜场小店陆续开门，青石县城区烟火气回来了\n\n05.11.2022  16:40\n\n{PARA1}\n\n{PARA2}\n"
    assert _headlines(raw) == ["探访|菜场小店陆续开门，青石县城区烟火气回来了"]
