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


def test_a_document_addressing_its_readers_after_a_report_is_an_item_of_its_own() -> None:
    """A post prints a short report, then reposts a letter or notice to the residents: its title
    line, maybe its source and the notice's own title, then the line naming whom it addresses
    (``…朋友们：``). The document is an item of its own, titled by that line; quoted after
    ``全文如下：`` it stays in the report."""
    letter = ("写给青石县居民朋友的一封信\n各位居民朋友：\n"
              "近期周边地区疫情多点散发，请大家非必要不离开本县，外出时全程佩戴口罩，配合各项检查。\n"
              "青石县疫情防控指挥部\n2022年11月4日\n")
    assert _headlines(f"青石县启动城区全员核酸检测\n{PARA1}\n{PARA2}\n{letter}") == [
        "青石县启动城区全员核酸检测", "写给青石县居民朋友的一封信"]
    notice = ("此前报道\n柳河县关于组织一次核酸采样演练的通告\n来源：柳河融媒\n关于组织一次核酸采样演练的通告\n"
              "全县居民朋友：\n为检验应急处置能力，县指挥部决定于11月6日上午开展全员核酸检测演练，请大家按时参加。\n")
    assert _headlines(f"青石县启动城区全员核酸检测\n{PARA1}\n{PARA2}\n{notice}") == [
        "青石县启动城区全员核酸检测", "柳河县关于组织一次核酸采样演练的通告"]
    quoted = f"青石县启动城区全员核酸检测\n{PARA1}\n{PARA2}\n信的全文如下：\n{letter}"
    assert _headlines(quoted) == ["青石县启动城区全员核酸检测"]
