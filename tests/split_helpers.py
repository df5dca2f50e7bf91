"""Helpers the item-splitting tests share: a page read as exactly one item, and a plain
notice body (invented text) to put under the lines a test is about."""
from __future__ import annotations

from etl.extract.model import Item
from etl.extract.segment import split_page

NOTICE_BODY = ("3月4日，东川县防疫指挥部发出通告，自3月4日12时起在城关镇开展全员核酸检测，"
               "请辖区居民按社区安排有序参加检测，做好个人防护。\n")


def headlines(raw: str) -> list[str]:
    """Each item's headline with its white space taken out, in page order."""
    items, _ = split_page(raw)
    return ["".join((it.headline or "").split()) for it in items]


def one_item(raw: str) -> Item:
    """The page's only item (the test fails, naming the headlines, when it splits)."""
    items, _ = split_page(raw)
    assert len(items) == 1, [it.headline for it in items]
    return items[0]
