"""Word segmentation with jieba, shared by the search index and queries.

jieba loads its dictionary on first use (about a second); importing this module is cheap.
"""
from __future__ import annotations

import logging
from functools import cache


@cache
def _jieba():  # type: ignore[no-untyped-def]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def search_words(text: str) -> list[str]:
    """Fine and coarse words (jieba search mode) so that both 核酸 and 核酸检测 are found.

    HMM=False: the HMM guesses unknown words (mostly names) and costs 40% of the time;
    without it an unknown name is indexed as its characters, and queries are cut the same
    way, so it is still found.
    """
    return [w for w in _jieba().cut_for_search(text, HMM=False) if w.strip() and any(ch.isalnum() for ch in w)]


def query_words(query: str) -> list[str]:
    """A query cut the way a reader would (and as the index was), its words kept as whole terms."""
    return [w for w in _jieba().cut(query, HMM=False) if w.strip() and any(ch.isalnum() for ch in w)]
