"""Bounded memos for values that depend only on their key (gazetteer walks, name look-ups).

A national corpus keeps reaching new villages and names, so a memo that only grows would
hold most of the ~700k-node gazetteer by the end of a long load. A memo here starts again
empty when it is full: recomputing an entry costs a few steps, and a loader's memory stays
flat however much text it reads.
"""
from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")

# entries a memo holds before it starts again: far above what one page asks for, small
# beside the gazetteer (20,000 short tuples or places are a few MB)
MEMO_LIMIT = 20_000


def make_room(memo: MutableMapping[Any, Any], adding: int, limit: int) -> None:
    """Empty ``memo`` when ``adding`` more entries would take it over ``limit``: the one policy of
    every bounded memo (this module's and the loader's committed ids, ``etl.write.KnownIds``)."""
    if len(memo) + adding > limit:
        memo.clear()


def remember(memo: dict[K, V], key: K, value: V) -> V:
    """Store ``value`` under ``key`` (emptying ``memo`` first when it is full) and return it."""
    make_room(memo, 1, MEMO_LIMIT)
    memo[key] = value
    return value
