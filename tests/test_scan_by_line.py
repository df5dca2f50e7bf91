"""Scans narrowed to the lines or pages that can hold a match give the same matches (round 12).

Each narrowing is checked against the plain scan it replaces, on generated text built from
the characters the pattern turns on (so the edge cases come up thousands of times).
"""
from __future__ import annotations

import random

from etl.extract import events, segment
from etl.extract.context import shared

# the words and marks an exception turns on, with line breaks between them
_PIECES = ["除", "外", "除外", "以外", "之外", "不含", "不包括", "（", "）", "(", ")", "甲县", "乙区", "、", "，",
           "\n", "\n", "地", "解除", "也", "全市"]


def test_exceptions_read_by_line_are_those_of_the_whole_text() -> None:
    tax = shared().taxonomy
    rnd = random.Random(12)
    found = 0
    for _ in range(6000):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 40)))
        whole = [m.span() for m in tax.excepted_re.finditer(text)]
        assert [m.span() for m in events._exceptions(text, tax)] == whole, text
        found += bool(whole)
    assert found > 1000  # the generator does make exceptions


def test_a_page_without_a_gate_character_matches_on_no_line() -> None:
    # may_occur answers for every line of a page: a line is a stretch of it
    pats = segment._patterns()
    for gated in (pats.jump_end, pats.jump_start, pats.title_junk, pats.title_site, segment._TITLE_BYLINE):
        assert gated.gate is not None  # each of them is asked of the page first
        page = "某地开展核酸检测\n本报记者 甲 摄\n（下转第3版）\n标题_某某网\n"
        lines = page.split("\n")
        if not gated.may_occur(page):
            assert not any(gated.search(ln) or gated.match(ln) for ln in lines)
        assert gated.may_occur(page) == any(gated.gate.search(ln) is not None for ln in lines)
