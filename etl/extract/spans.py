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
from functools import cache


@cache
def _every_start(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as a lookahead: one match at every position where it matches."""
    return re.compile(f"(?=({pattern.pattern}))", pattern.flags)


@dataclass(frozen=True)
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
            found = ((m.start(1), m.end(1)) for m in _every_start(pattern).finditer(text, lo, hi))
        else:
            found = ((m.start(), m.end()) for m in pattern.finditer(text, lo, hi))
        spans = [(s, e) for s, e in found if e > s]
        min_end = [e for _, e in spans]
        for i in range(len(min_end) - 2, -1, -1):
            min_end[i] = min(min_end[i], min_end[i + 1])
        return cls([s for s, _ in spans], [e for _, e in spans], min_end)

    def first(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The leftmost match lying wholly inside [lo, hi), if any."""
        i = bisect.bisect_left(self.starts, lo)
        if i >= len(self.starts) or self.min_end[i] > hi:
            return None
        while self.ends[i] > hi:  # only matches running over hi are skipped: a bounded few
            i += 1
        return self.starts[i], self.ends[i]

    def nearest(self, pos: int, lo: int, hi: int) -> tuple[int, int] | None:
        """The match inside [lo, hi) whose start is closest to pos (ties: the earlier one)."""
        i = bisect.bisect_left(self.starts, pos)
        cands = [j for j in (i - 1, i) if 0 <= j < len(self.starts) and self.starts[j] >= lo and self.ends[j] <= hi]
        if not cands:
            return None
        j = min(cands, key=lambda k: (abs(self.starts[k] - pos), k))
        return self.starts[j], self.ends[j]


@dataclass
class Occurrences:
    """Lazily built :class:`SpanIndex` per pattern name over one stretch of one text.

    Made per sentence (or per call) and dropped after it: a stretch is scanned at most
    once per pattern, however many triggers or dates ask about it.
    """

    text: str
    lo: int
    hi: int
    patterns: dict[str, re.Pattern[str]]
    disjoint: frozenset[str] = frozenset()  # names scanned for disjoint matches (quantities)
    _built: dict[str, SpanIndex] = field(default_factory=dict)

    def __getitem__(self, name: str) -> SpanIndex:
        ix = self._built.get(name)
        if ix is None:
            ix = self._built[name] = SpanIndex.scan(self.patterns[name], self.text, self.lo, self.hi,
                                                         overlapping=name not in self.disjoint)
        return ix

    def first(self, name: str, lo: int, hi: int) -> tuple[int, int] | None:
        return self[name].first(lo, hi)
