"""SpanIndex: one scan answers "any match in [lo, hi)?" as a fresh search would."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.spans import Occurrences, SpanIndex

PATTERNS = [
    re.compile("起将|将|计划"),  # overlapping words (起将 and 将)
    re.compile("[，。；]"),  # one-character marks
    re.compile("甲乙|乙丙|甲乙丙"),  # chains of overlaps
    re.compile("(?<!甲)乙+"),  # a lookbehind, repeats
    re.compile("丙?"),  # matches empty almost everywhere
    re.compile("(?=甲)|乙"),  # empty and non-empty alternatives
    re.compile("(?!)"),  # never matches
]


def _reference(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The match at every start position, by a lookahead scan (the definition)."""
    every = re.compile(f"(?=({pattern.pattern}))")
    return [(m.start(1), m.end(1)) for m in every.finditer(text, lo, hi) if m.end(1) > m.start(1)]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="甲乙丙起将计划，。；", max_size=40), which=st.integers(0, len(PATTERNS) - 1),
       cut=st.tuples(st.integers(0, 40), st.integers(0, 40)))
def test_overlapping_scan_finds_the_match_at_every_start(text: str, which: int, cut: tuple[int, int]) -> None:
    pattern = PATTERNS[which]
    lo, hi = sorted(min(c, len(text)) for c in cut)
    ix = SpanIndex.scan(pattern, text, lo, hi)
    spans = _reference(pattern, text, lo, hi)
    assert list(zip(ix.starts, ix.ends, strict=True)) == spans
    assert ix.min_end == [min(e for _, e in spans[i:]) for i in range(len(spans))]


def test_disjoint_scan_keeps_finditer_matches() -> None:
    ix = SpanIndex.scan(re.compile("[0-9]+人"), "检测1234人，又5人", 0, 12, overlapping=False)
    assert list(zip(ix.starts, ix.ends, strict=True)) == [(2, 7), (9, 11)]


def test_first_answers_for_a_sub_stretch() -> None:
    text = "暂缓起将开学"
    ix = SpanIndex.scan(re.compile("起将|将"), text, 0, len(text))
    assert ix.first(0, len(text)) == (2, 4)
    assert ix.first(3, len(text)) == (3, 4)
    assert ix.first(0, 3) is None


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="甲乙丙起将计划，。；", max_size=40), which=st.integers(0, len(PATTERNS) - 1),
       cut=st.tuples(st.integers(0, 40), st.integers(0, 40)), ask=st.tuples(st.integers(-2, 42), st.integers(-2, 42)))
def test_last_is_the_rightmost_match_inside_a_sub_stretch(text: str, which: int, cut: tuple[int, int],
                                                          ask: tuple[int, int]) -> None:
    """What an event rule asks of the text before its trigger (the last 其他 before it)."""
    lo, hi = sorted(min(c, len(text)) for c in cut)
    inside = [(s, e) for s, e in _reference(PATTERNS[which], text, lo, hi) if s >= ask[0] and e <= ask[1]]
    assert SpanIndex.scan(PATTERNS[which], text, lo, hi).last(*ask) == (inside[-1] if inside else None)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="甲乙丙起将计划，。；", max_size=40), which=st.integers(0, len(PATTERNS) - 1),
       bounds=st.tuples(st.integers(0, 40), st.integers(0, 40)),
       asks=st.lists(st.tuples(st.integers(-2, 42), st.integers(-2, 42)), min_size=1, max_size=4))
def test_occurrences_answer_as_the_index_does(text: str, which: int, bounds: tuple[int, int],
                                              asks: list[tuple[int, int]]) -> None:
    """The first question is searched, later ones use the index: the answers agree."""
    lo, hi = sorted(min(b, len(text)) for b in bounds)
    occ = Occurrences(text, lo, hi, {"p": PATTERNS[which]})
    ix = SpanIndex.scan(PATTERNS[which], text, lo, hi)
    for a, b in asks:
        assert occ.first("p", a, b) == ix.first(a, b)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="甲乙丙起将计划，。；", max_size=40), which=st.integers(0, len(PATTERNS) - 1),
       bounds=st.tuples(st.integers(0, 40), st.integers(0, 40)),
       asks=st.lists(st.tuples(st.integers(-2, 42), st.integers(-2, 42)), min_size=1, max_size=4))
def test_disjoint_occurrences_answer_as_their_index_does(text: str, which: int, bounds: tuple[int, int],
                                                         asks: list[tuple[int, int]]) -> None:
    """A question about a disjoint name from the stretch's start is one search: it agrees with the index."""
    lo, hi = sorted(min(b, len(text)) for b in bounds)
    occ = Occurrences(text, lo, hi, {"p": PATTERNS[which]}, frozenset({"p"}))
    ix = SpanIndex.scan(PATTERNS[which], text, lo, hi, overlapping=False)
    for a, b in asks:
        a = min(a, lo) if a % 2 else a  # half the questions from the start of the stretch
        assert occ.first("p", a, b) == ix.first(a, b)
