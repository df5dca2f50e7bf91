"""Where a pattern occurs in one stretch of text, found by a single left-to-right scan.

Extraction asks many questions of the form "does any cue word occur between here and
there?" — once per trigger word or date. Rescanning the stretch for every question is
quadratic on a long line of repeated triggers (issue 16); scanning once and answering
each question with a bisect keeps every stage linear in the length of the text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import accumulate


def _every_start(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The match at every position of text[lo:hi] where pattern matches, empty ones left out.

    The same as finditer over the lookahead ``(?=(pattern))``, but a lookahead defeats the
    regex engine's skip to a possible first character, so it tries every alternative at
    every position: finditer finds the disjoint matches at C speed, and only the positions
    inside a match are searched again for matches overlapping it.
    """
    out: list[tuple[int, int]] = []
    search = pattern.search
    for m in pattern.finditer(text, lo, hi):
        s, e = m.span()
        if s == e:  # after an empty match finditer differs from a search at each position
            return _search_each(pattern, text, lo, hi)
        out.append((s, e))
        p = s + 1
        while p < e and (inner := search(text, p, hi)) is not None and inner.start() < e:
            if inner.end() > inner.start():
                out.append(inner.span())
            p = inner.start() + 1
    return out


def _search_each(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """:func:`_every_start` one search per match (patterns that can match empty)."""
    out: list[tuple[int, int]] = []
    p = lo
    while p <= hi and (m := pattern.search(text, p, hi)) is not None:
        if m.end() > m.start():
            out.append(m.span())
        p = m.start() + 1
    return out


@dataclass(slots=True)  # not frozen: one per pattern and sentence, and a frozen __init__ pays a call per field
class SpanIndex:
    """The matches of one pattern in text[lo:hi], one per start position, left to right.

    Matches may overlap (起将 and 将 both count), so a question about any sub-stretch gets
    the answer a fresh search of that sub-stretch would give.
    """

    starts: list[int]
    ends: list[int]
    min_end: list[int]  # min_end[i] = min(ends[i:]): whether any match from i on ends by hi

    @classmethod
    def scan(cls, pattern: re.Pattern[str], text: str, lo: int, hi: int, overlapping: bool = True) -> SpanIndex:
        """One scan of text[lo:hi]; ``overlapping=False`` keeps finditer's disjoint matches
        (a number such as 1234人 must not also count as 234人)."""
        if overlapping:
            spans = _every_start(pattern, text, lo, hi)
        else:
            spans = [sp for sp in (m.span() for m in pattern.finditer(text, lo, hi)) if sp[1] > sp[0]]
        ends = [e for _, e in spans]
        min_end = list(accumulate(reversed(ends), min))[::-1]
        return cls([s for s, _ in spans], ends, min_end)

    def first(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The leftmost match lying wholly inside [lo, hi), if any."""
        i = bisect.bisect_left(self.starts, lo)
        if i >= len(self.starts) or self.min_end[i] > hi:
            return None
        while self.ends[i] > hi:  # only matches running over hi are skipped: a bounded few
            i += 1
        return self.starts[i], self.ends[i]

    def last(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The rightmost-starting match lying wholly inside [lo, hi), if any."""
        i = bisect.bisect_left(self.starts, hi) - 1
        while i >= 0 and self.ends[i] > hi:  # only matches running over hi: a bounded few
            i -= 1
        return (self.starts[i], self.ends[i]) if i >= 0 and self.starts[i] >= lo else None

    def nearest(self, pos: int, lo: int, hi: int) -> tuple[int, int] | None:
        """The match inside [lo, hi) whose start is closest to pos (ties: the earlier one)."""
        i = bisect.bisect_left(self.starts, pos)
        cands = [j for j in (i - 1, i) if 0 <= j < len(self.starts) and self.starts[j] >= lo and self.ends[j] <= hi]
        if not cands:
            return None
        j = min(cands, key=lambda k: (abs(self.starts[k] - pos), k))
        return self.starts[j], self.ends[j]


_NONE = -1  # Occurrences._seen: the search found no match


@dataclass(slots=True)  # one per sentence: slotted, as SpanIndex
class Occurrences:
    """Lazily built :class:`SpanIndex` per pattern name over one stretch of one text.

    Made per sentence (or per call) and dropped after it: a stretch is scanned at most
    once per pattern, however many triggers or dates ask about it. Most patterns are asked
    about a few times per stretch, each time up to a later trigger: a question is answered
    by one search from its ``lo`` (which reads no further than one scan would), whose
    result is kept (no match starts in [from, q), the match at q) and answers every later
    question starting in that gap; only a question before the gap, or one whose answer
    lies past a match running over its end, builds the index.
    """

    text: str
    lo: int
    hi: int
    patterns: dict[str, re.Pattern[str]]
    disjoint: frozenset[str] = frozenset()  # names scanned for disjoint matches (quantities)
    _built: dict[str, SpanIndex] = field(default_factory=dict)
    _seen: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # name -> (from, q, q's end) of a search

    def __getitem__(self, name: str) -> SpanIndex:
        ix = self._built.get(name)
        if ix is None:
            ix = self._built[name] = SpanIndex.scan(self.patterns[name], self.text, self.lo, self.hi,
                                                         overlapping=name not in self.disjoint)
        return ix

    def first(self, name: str, lo: int, hi: int) -> tuple[int, int] | None:
        """The leftmost match lying wholly inside [lo, hi), as :meth:`SpanIndex.first` gives it."""
        seen = self._seen.get(name)
        p = lo if lo > self.lo else self.lo
        if seen is not None and seen[1] == _NONE and p >= seen[0] and name not in self.disjoint:
            return None  # most cue words: none from there on (the answer any index would give)
        ix = self._built.get(name)
        if ix is not None:
            return ix.first(lo, hi)
        if name in self.disjoint:
            return self._first_disjoint(name, lo, hi)
        if seen is not None:
            if p < seen[0]:
                return self[name].first(lo, hi)  # before the stretch searched: the index answers
            if seen[1] == _NONE:
                return None  # no match from there on
            if p > seen[1]:
                seen = None  # past the match found: search on from p
        if seen is None:
            m = self.patterns[name].search(self.text, p, self.hi)
            if m is None:
                self._seen[name] = (p, _NONE, _NONE)
                return None
            if m.start() == m.end():  # an empty match: search on as the scan does
                return self._search_first(self.patterns[name], p, hi)
            seen = self._seen[name] = (p, m.start(), m.end())
        _, q, q_end = seen
        if q_end <= hi:
            return q, q_end  # the leftmost match from p: no match starts in [from, q)
        if q >= hi:
            return None  # the first match from p starts at or after hi: none lies inside
        return self[name].first(lo, hi)  # the match at q runs over hi: a later one may not

    def _first_disjoint(self, name: str, lo: int, hi: int) -> tuple[int, int] | None:
        """:meth:`first` of a name scanned for disjoint matches: a question from the start of the
        stretch (the first quantity of a sentence) is the first match of finditer, one search."""
        if lo > self.lo:
            return self[name].first(lo, hi)
        seen = self._seen.get(name)
        if seen is None:
            m = self.patterns[name].search(self.text, self.lo, self.hi)
            if m is not None and m.start() == m.end():  # finditer steps over an empty match: the index does too
                return self[name].first(lo, hi)
            seen = self._seen[name] = (self.lo, _NONE, _NONE) if m is None else (self.lo, m.start(), m.end())
        if seen[1] == _NONE or seen[2] > hi:
            return None  # later matches start after this one ends: none ends by hi either
        return seen[1], seen[2]

    def _search_first(self, pattern: re.Pattern[str], p: int, hi: int) -> tuple[int, int] | None:
        """:meth:`first` without an index: the match at each start from p, as the scan has it."""
        while p <= self.hi and (m := pattern.search(self.text, p, self.hi)) is not None and m.start() < hi:
            if m.start() < m.end() <= hi:
                return m.start(), m.end()
            p = m.start() + 1
        return None
