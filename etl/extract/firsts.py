"""The characters a match of a regex can begin with (or must contain), to guard a pattern.

A pattern made of many alternatives that start with groups or lookbehinds (the event
triggers: regex rows, then the word list) gives the regex engine no first character to
skip to, so a scan tries every alternative at every position. A lookahead for the
characters any alternative can begin with, ``(?=[...])``, turns most positions away with
one set test and leaves every match as it was. The set is read from the parsed pattern,
so it stays complete when the vocabulary changes; a pattern whose first character cannot
be bounded (a leading ``.`` or ``\\w``, a negated class, an alternative that may match
empty, case folding) is left unguarded.
"""
from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]  # the stdlib's own parser, no public API
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

Ranges = list[tuple[int, int]]  # code point ranges, both ends included
_ZERO_WIDTH = (_c.ASSERT, _c.ASSERT_NOT, _c.AT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


def _class(items: list[tuple[Any, Any]]) -> Ranges | None:
    """Ranges of a character class; None for negated classes and categories (\\w, \\d)."""
    out: Ranges = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append((av, av))
        elif op is _c.RANGE:
            out.append((av[0], av[1]))
        else:
            return None
    return out


def _item(op: Any, av: Any) -> tuple[Ranges, bool] | None:
    """First characters of one parsed item, and whether it may match empty."""
    if op is _c.LITERAL:
        return [(av, av)], False
    if op is _c.IN:
        cls = _class(av)
        return None if cls is None else (cls, False)
    if op in _ZERO_WIDTH:
        return [], True
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _sequence(sub)
    if op is _c.ATOMIC_GROUP:
        return _sequence(av)
    if op is _c.BRANCH:
        ranges: Ranges = []
        empty = False
        for alt in av[1]:
            got = _sequence(alt)
            if got is None:
                return None
            ranges += got[0]
            empty = empty or got[1]
        return ranges, empty
    if op in _REPEATS:
        low, _high, sub = av
        got = _sequence(sub)
        return None if got is None else (got[0], got[1] or low == 0)
    return None


def _sequence(items: Any) -> tuple[Ranges, bool] | None:
    """First characters of a sequence: those of each item up to the first that cannot be empty."""
    ranges: Ranges = []
    for op, av in items:
        got = _item(op, av)
        if got is None:
            return None
        ranges += got[0]
        if not got[1]:
            return ranges, False
    return ranges, True


def first_chars(pattern: str, flags: int = 0) -> Ranges | None:
    """Every character a non-empty match of ``pattern`` can begin with, or None when unbounded."""
    if flags & re.IGNORECASE:
        return None
    parsed = _p.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    got = _sequence(parsed)
    if got is None or got[1]:  # may match empty: every position can match
        return None
    return got[0]


def guarded(pattern: str) -> str:
    """``pattern`` behind a lookahead for its first characters (the same matches, found faster)."""
    ranges = first_chars(pattern)
    if not ranges:
        return pattern
    cls = "".join(re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in sorted(set(ranges)))
    return f"(?=[{cls}])(?:{pattern})"


def _needed(items: Any) -> list[frozenset[str]]:
    """Sets of characters of which a match must contain one each (from the parsed pattern)."""
    out: list[frozenset[str]] = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(frozenset(chr(av)))
        elif op is _c.IN and all(o is _c.LITERAL for o, _ in av):
            out.append(frozenset(chr(a) for _, a in av))
        elif op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
            out += _needed(av[-1])
        elif op is _c.BRANCH:
            alts = [_needed(a) for a in av[1]]
            if all(alts):
                out.append(frozenset().union(*(_fewest(a) for a in alts)))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            out += _needed(av[2])
        elif op is _c.ASSERT:  # what a lookaround must see is in the text too
            out += _needed(av[1])
    return out


def _fewest(needs: list[frozenset[str]]) -> frozenset[str]:
    """The smallest of the sets (the last of equals: a pattern's last words are its rarest)."""
    return min(reversed(needs), key=len)


def needed_chars(pattern: str) -> frozenset[str]:
    """A few characters of which every match of ``pattern`` holds one (empty: none is needed), so
    a text holding none of them cannot match: a cheap gate before a costly pattern."""
    needs = _needed(_p.parse(pattern))
    return _fewest(needs) if needs else frozenset()


def word_alternation(words: list[str] | tuple[str, ...]) -> str:
    """One alternation of words that matches the longest word at a position, written as a
    trie (封(?:控(?:区|)|闭)): the engine follows the text's characters down one path instead
    of trying every word at every position, and finds what longest-first ``a|b|…`` finds."""
    trie: dict[str, Any] = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_src(trie)


def _trie_src(node: dict[str, Any]) -> str:
    """A trie node as a regex: each longer continuation first, then the end of a word."""
    alts = [re.escape(ch) + _trie_src(sub) for ch, sub in sorted(node.items()) if ch]
    if "" in node:
        alts.append("")
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")" if alts else ""
