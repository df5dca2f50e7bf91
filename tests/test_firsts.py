"""A pattern behind a lookahead for its first characters finds exactly what it found before."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.context import shared
from etl.extract.firsts import first_chars, guarded

GUARDED = [
    "(?P<a>(?:停止|暂停)(?:[^，。]){0,4}(?:上课|营业))|(?P<b>(?:(?<=例)|(?<=为))阳性(?!者))|(?P<lit>封控|封闭管理|核酸)",
    "(?P<n>[0-9]+)(?:余)?人|第[一二三]轮",
    "(?:全员|居民)?居家",  # an optional start: its characters and the next item's
    "(?P<lv>[一二1-4]|IV|I)级",
    "(?>甲+)乙|丙{2,}",
]
UNGUARDED = ["a?", "(?:x|)y?", ".阳性", r"\w+人", "[^，]+封控", "(?i)abc", "(?=甲)"]


ALPHABET = "停止暂上课营业例为阳性者封控闭管理核酸0129余人第一二轮全员居民家IV级甲乙丙，。"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=60),
       which=st.integers(0, len(GUARDED) - 1))
def test_guard_keeps_every_match(text: str, which: int) -> None:
    plain, fast = re.compile(GUARDED[which]), re.compile(guarded(GUARDED[which]))
    assert fast.pattern != plain.pattern
    got = [(m.span(), m.lastgroup, m.groupdict()) for m in fast.finditer(text)]
    assert got == [(m.span(), m.lastgroup, m.groupdict()) for m in plain.finditer(text)]


def test_first_characters_are_read_through_groups_and_lookbehinds() -> None:
    ranges = first_chars("(?:(?<=例)|(?<=为))阳性|(?P<x>[1-4])级|(?:全员)?居家")
    assert ranges is not None
    assert {chr(a) for a, b in ranges if a == b} == {"阳", "全", "居"}
    assert (ord("1"), ord("4")) in ranges


def test_patterns_without_bounded_first_characters_stay_as_they_are() -> None:
    for pattern in UNGUARDED:
        assert guarded(pattern) == pattern


def test_the_trigger_scan_is_guarded() -> None:
    assert shared().taxonomy.triggers_re.pattern.startswith("(?=[")


def _plain_triggers() -> re.Pattern[str]:
    """The trigger scan as the taxonomy's rows then its words, with no shortcut (the definition)."""
    from etl.extract import vocabulary

    rows, words = [], []
    for i, row in enumerate(vocabulary.load("taxonomy")["trigger"]):
        if "regex" in row:
            rows.append(f"(?P<r{i}>" + re.sub(r"\(\?P<(\w+)>", rf"(?P<r{i}_\1>", row["regex"]) + ")")
        words += row.get("terms", [])
    longest_first = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join([*rows, "(?P<lit>" + "|".join(re.escape(w) for w in longest_first) + ")"]))


_PLAIN = _plain_triggers()
_PIECES = sorted(set(shared().taxonomy.literal) | {"解除", "结束", "静态管理", "例", "阳性", "全县", "居民", "二", "级",
                                                  "响应", "，", "。"})


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.sampled_from([*_PIECES, "甲", "乙", "\n", "1", "“"]), max_size=30))
def test_the_trigger_scan_skips_rows_only_where_none_can_begin(parts: list[str]) -> None:
    """Rows tried only where one can begin: the same matches, from the same row, as rows|words."""
    text = "".join(parts)
    got = [(m.span(), m.lastgroup) for m in shared().taxonomy.triggers_re.finditer(text)]
    assert got == [(m.span(), m.lastgroup) for m in _PLAIN.finditer(text)]
