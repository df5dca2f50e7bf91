"""Pages whose items start only with an indented line: runs of one column width.

Some page dumps mark a new item with nothing but a leading space: each item is one
hard-wrapped run whose lines all have the run's width except the last, and its headline
is a single standalone line printed right before or right after the run. There are no
leads or headlines to split on, so the page is read from its line shapes alone:

1. ``find_openers`` decides whether the page uses indentation that way (wrapped text,
   openers few, and nearly every run that starts after a run end is indented)
   and returns the opening line of each item;
2. ``split_runs`` cuts the lines from each opener into the run (full lines continue it)
   and the standalone lines after it (a wider line, a line after a short last line, a
   title after a closing credit); ``detach_title`` takes a headline no wider than the
   column off the run's end;
3. ``assign_gaps`` gives each standalone line to the run before or after it from word
   overlap, each run taking at most one headline.

Everything here works on ``LineShape`` records and numbers: pure functions, no text
(``etl.extract.segment`` measures the lines and builds the items).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from etl.extract.normalise import layout


@dataclass(frozen=True)
class LineShape:
    """What the run reader needs to know about one physical line."""

    width: int  # characters without white space
    indented: bool  # the physical line starts with white space
    closes: bool  # ends a sentence
    title: bool = False  # headline-shaped: short, no sentence punctuation
    credit_end: bool = False  # ends with a bracketed credit (…（记者 X）, （来源：…）)
    joint: bool = False  # its indent may be a wrap artifact (``9`` / `` 月 12 日``, spaced-out text)
    signed: bool = False  # reads as a notice's signature: a date or an issuing office


@dataclass(frozen=True)
class RunTuning:
    """Thresholds of the run reader; ``[runs]`` in layout.toml says how each was chosen."""

    width_tolerance: int = 1
    min_openers: int = 2
    max_indent_share: float = 0.15
    paragraph_indent: int = 2
    min_start_share: float = 0.8
    min_run_lines: int = 3
    max_gap_lines: int = 3
    title_restates: float = 0.5
    title_margin: float = 0.3
    prior_after: float = 0.05
    extra_title_penalty: float = 0.6


def tuning() -> RunTuning:
    """The shipped thresholds (``[runs]`` in etl/data/layout.toml), read once at import."""
    return _TUNING


def tuning_from(runs: dict[str, Any]) -> RunTuning:
    """Thresholds from a ``[runs]`` table; a misspelt or missing key is an error naming it,
    never a silently changed rule."""
    known = set(RunTuning.__dataclass_fields__)
    if set(runs) != known:
        unknown, missing = sorted(set(runs) - known), sorted(known - set(runs))
        raise ValueError(f"etl/data/layout.toml [runs]: unknown key(s) {unknown}, missing key(s) {missing}")
    return RunTuning(**runs)


_TUNING = tuning_from(layout()["runs"])  # never changed after import


@dataclass(frozen=True)
class Run:
    """One item's lines: the run from its opener, and the standalone lines after it."""

    start: int  # index of the opener
    end: int  # one past the run's last line
    gap: tuple[int, ...]  # standalone lines after the run, up to the next opener


def _full(width: int, col: int, t: RunTuning) -> bool:
    return width >= col - t.width_tolerance


def may_open(n_lines: int, n_indented: int, t: RunTuning) -> bool:
    """Whether a page of ``n_lines`` lines, ``n_indented`` of them indented, can have the
    openers :func:`find_openers` needs (openers are indented lines): most pages cannot, and
    are told so before any line's shape is read."""
    return n_lines >= t.min_run_lines * t.min_openers and n_indented >= t.min_openers


def find_openers(shapes: list[LineShape], t: RunTuning) -> list[int] | None:
    """Indices of the lines that open an item, or None when the page is not laid out so.

    An opener is an indented line at the page top, after a sentence end or a closing
    credit, or where the width changes (the line above ends a run or stands alone). The
    page qualifies when it has enough openers, they are a small share of its lines and
    their indent takes no columns (a page indenting every paragraph is read the usual way) and nearly every run
    of equal-width lines that starts where the width changes starts indented.
    """
    n = len(shapes)
    indented = [i for i, s in enumerate(shapes) if s.indented]
    if not may_open(n, len(indented), t):
        return None
    openers = [i for i in indented if _opens(shapes, i, t)]
    if len(openers) < t.min_openers or len(openers) > t.max_indent_share * n:
        return None
    if sum(_indent_takes_columns(shapes, i, t) for i in openers) * 2 > len(openers):
        return None  # paragraph indents inside a column (``　　``), not item markers
    starts = [i for i in range(n) if _breaks(shapes, i, t) and _starts_run(shapes, i, t)]
    if sum(shapes[i].indented for i in starts) < t.min_start_share * len(starts):
        return None
    return openers


def _indent_takes_columns(shapes: list[LineShape], i: int, t: RunTuning) -> bool:
    """The indent of line i takes columns from its line (a paragraph indent printed in
    the column): the line is ``paragraph_indent`` or more narrower than the next one."""
    return i + 1 < len(shapes) and shapes[i].width <= shapes[i + 1].width - t.paragraph_indent


def _breaks(shapes: list[LineShape], i: int, t: RunTuning) -> bool:
    """Line i is not the same width as the line above it (or is the first line)."""
    return i <= 0 or abs(shapes[i].width - shapes[i - 1].width) > t.width_tolerance


def _opens(shapes: list[LineShape], i: int, t: RunTuning) -> bool:
    """An indented line that can open an item: at the page top, after a sentence end or a
    closing credit, or starting a run of its width where the width changes. A wrap at a
    space inside a sentence (the sentence's short last line; a spaced-out line or a
    number printed apart, ``joint``) is no opener."""
    if i == 0 or shapes[i - 1].closes or shapes[i - 1].credit_end:
        return True
    if not _starts_run(shapes, i, t):
        return False
    return not shapes[i].joint or _breaks(shapes, i, t) or _breaks(shapes, i - 1, t)


def _starts_run(shapes: list[LineShape], i: int, t: RunTuning) -> bool:
    """Line i opens a run of full lines: the next ones share its width."""
    if i < 0:
        return False
    nxt = shapes[i + 1 : i + t.min_run_lines]
    return len(nxt) == t.min_run_lines - 1 and all(
        not x.indented and abs(x.width - shapes[i].width) <= t.width_tolerance for x in nxt
    )


def split_runs(shapes: list[LineShape], openers: list[int], t: RunTuning) -> tuple[tuple[int, ...], list[Run]]:
    """The standalone lines before the first opener, and each opener's run with the
    standalone lines after it.

    A line continues the run while the line above it is full (at least the run's width)
    and the line itself fits the column; a title after a line closing with a bracketed
    credit (``…（记者 X）``) does not: the credit ended the item.
    """
    head = tuple(range(openers[0]))
    runs: list[Run] = []
    for k, o in enumerate(openers):
        stop = openers[k + 1] if k + 1 < len(openers) else len(shapes)
        end = _run_end(shapes, o, stop, t)
        runs.append(Run(o, end, tuple(range(end, stop))))
    return head, runs


def _run_end(shapes: list[LineShape], o: int, stop: int, t: RunTuning) -> int:
    """One past the last line of the run opened at ``o`` (the next opener at ``stop``).

    The run ends before a line wider than its column, after a line short of it (by more
    than ``width_tolerance`` unless it ends a sentence), and
    before a title after a closing credit; only where the lines left before the next
    opener are few (``max_gap_lines``) and all title-shaped, so a squeezed line inside a
    run does not cut it and running text never becomes a headline.
    """
    col = shapes[o].width
    for i in range(o + 1, stop):
        prev, cur = shapes[i - 1], shapes[i]
        col = max(col, prev.width)
        # a sentence ending on a line short of the column ends the paragraph; without a
        # sentence end a line may lose a column to a space (``记者 王``)
        short = prev.width < col if prev.closes else not _full(prev.width, col, t)
        ends = short or cur.width > col or (prev.credit_end and cur.title)
        if ends and stop - i <= t.max_gap_lines and all(shapes[j].title for j in range(i, stop)):
            return i
    return stop


def detach_title(shapes: list[LineShape], run: Run, own: float, nxt: float, t: RunTuning) -> Run:
    """The run without its last line when that line is a headline no wider than the column.

    ``own`` / ``nxt``: the last line's word overlap with the rest of the run / with the
    next run. After a sentence end on a full line, a title-shaped line that is no
    signature and restates either story (``title_restates``) is a headline, printed after
    this run or before the next. Without a sentence end (a truncated excerpt) only a
    line naming the next story clearly more than this one is. Otherwise the run as it is.
    """
    last = run.end - 1
    if last - 1 <= run.start:
        return run
    prev, cur = shapes[last - 1], shapes[last]
    if not cur.title or cur.signed:
        return run
    if prev.closes:
        title = max(own, nxt) >= t.title_restates
    else:
        title = nxt >= t.title_restates and nxt >= own + t.title_margin
    return Run(run.start, last, (last, *run.gap)) if title else run


def assign_gaps(
    head: tuple[int, ...], runs: list[Run], score: dict[tuple[int, int], float], t: RunTuning
) -> list[tuple[int, ...]]:
    """Headline lines of each run: every standalone line goes to the run before or after it.

    ``score[(line, run)]`` is the line's word overlap with the run's text. A gap between
    two runs is cut once: lines above the cut close the run above (printed after it),
    lines below open the run below. A run taking more than one line pays
    ``extra_title_penalty`` per extra line; ``prior_after`` leans a tie towards the run
    above. Solved exactly by dynamic programming over the runs, left to right.
    """
    n = len(runs)
    gaps = [head] + [r.gap for r in runs]  # gaps[i] lies before run i (and after run i-1)
    # best[i][b]: best score for runs < i given that b lines of gaps[i] go to run i-1
    best: list[dict[int, tuple[float, list[int]]]] = [{0: (0.0, [])}]
    for i in range(n):
        nxt: dict[int, tuple[float, list[int]]] = {}
        for b, (sc, cuts) in best[i].items():
            before = gaps[i][b:]
            for a in range(len(gaps[i + 1]) + 1):
                after = gaps[i + 1][:a] if i + 1 < n else gaps[i + 1]
                lines = [*before, *after]
                gain = math.fsum(score.get((x, i), 0.0) for x in lines) + t.prior_after * len(after)
                gain -= t.extra_title_penalty * max(0, len(lines) - 1)
                total = sc + gain
                if a not in nxt or total > nxt[a][0] + 1e-9:
                    nxt[a] = (total, [*cuts, b])
                if i + 1 == n:
                    break
        best.append(nxt)
    _, cuts = max(best[n].values(), key=lambda v: v[0])
    out: list[tuple[int, ...]] = []
    for i in range(n):
        b = cuts[i]
        a = cuts[i + 1] if i + 1 < n else len(gaps[i + 1])
        out.append((*gaps[i][b:], *gaps[i + 1][:a]))
    return out


__all__ = ["LineShape", "Run", "RunTuning", "assign_gaps", "detach_title", "find_openers", "split_runs", "tuning"]
