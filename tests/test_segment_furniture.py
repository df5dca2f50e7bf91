"""The furniture matcher (branches tried only when a line holds a character they need) answers
as the single alternation of every furniture pattern did, for the patterns of layout.toml."""
from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]  # what firsts parses with

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.firsts import _needed, needed_chars
from etl.extract.normalise import layout
from etl.extract.segment import _furniture_matcher, _gated

sre_parse = _parser.parse
_PATTERNS = [*layout()["furniture"]["patterns"], *layout()["furniture"]["breaks"]]
_ONE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))
_MATCHER = _furniture_matcher(_PATTERNS)

# characters the patterns name (so that generated lines reach into the keyed branches)
_CHARS = "".join(sorted({c for p in _PATTERNS for c in p if not c.isspace()})) + "防控甲乙区，。"
_LINES = [
    "第B3版", "2023年7月9日星期四", "某某晚报·某某客户端", "2021-11-02 17:40 某某在线", "阅读量:58 2023-01-05",
    "某某城市网>资讯>本地", "某某镇通告截图", "某甲社区 发表于2021-6-7 08:15:33", "某某融媒中心制作",
    "打开某某新闻 查看更多图片", "某某关注我们！", "访问次数：301", "某某新闻网移动版", "Beginning",
    "甲乙区今日开展核酸检测，检测点位于某某广场。", "某某文化第3版面", "（下转第2版）", "【防控一线】", "5楼",
]


def test_the_example_lines_answer_alike() -> None:
    for line in _LINES:
        assert _MATCHER.match(line) == (_ONE.match(line) is not None), line


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=30))
def test_any_line_answers_alike(line: str) -> None:
    assert _MATCHER.match(line) == (_ONE.match(line) is not None)


def test_needed_characters_of_a_pattern() -> None:
    needs = _needed(sre_parse(r"^[^，]{0,9}(?:甲乙|丙丁)[:：]\d+戊?$"))
    assert len(needs) == 2 and frozenset(":：") in needs  # one of the two words, and a colon
    for line in ("某甲乙:5", "丙丁：12戊"):
        assert all(not need.isdisjoint(line) for need in needs), line
    assert all(need.isdisjoint("某某：12") for need in needs if need != frozenset(":："))
    assert _needed(sre_parse(r"^(?:甲|\d)?乙*$")) == []
    assert needed_chars(r"^[^，]{0,9}(?:甲乙|丙丁)[:：]\d+戊?$") in needs  # the gate: the fewest of them
    assert needed_chars(r"^(?:甲|\d)?乙*$") == frozenset()


_LINE_PATTERNS = [layout()["furniture"][k]
                  for k in ("title_junk", "title_site", "author_in_header", "jump_end", "jump_start")]
_LINE_PATTERNS.append(layout()["headline"]["title_byline"])
_LINE_CHARS = "".join(sorted({c for p in _LINE_PATTERNS for c in p if not c.isspace()})) + " 防控甲乙区，。"


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=_LINE_CHARS, max_size=30))
def test_gated_patterns_find_what_the_patterns_find(line: str) -> None:
    for p in _LINE_PATTERNS:
        got, want = _gated(p).search(line), re.search(p, line)
        assert (got and got.span()) == (want and want.span()), (p, line)
        got, want = _gated(p).match(line), re.match(p, line)
        assert (got and got.span()) == (want and want.span()), (p, line)


def test_gated_examples() -> None:
    lines = ["某县开展核酸检测 本报记者 某甲", "某县疫情通报_某某日报", "某县通告，[复制链接]", "作者：某乙 来源：某网",
             "某县开展核酸检测", "甲乙区：[今日]",
             "（上接第5版）某县", "某县通报（下转第7版）"]
    for p in _LINE_PATTERNS:
        for line in lines:
            got, want = _gated(p).search(line), re.search(p, line)
            assert (got and got.span()) == (want and want.span()), (p, line)
