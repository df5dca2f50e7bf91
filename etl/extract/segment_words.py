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
    """Fine and coarse words (jieba search mode) so that both 核酸 and 核酸检测 are found."""
    return [w for w in _jieba().cut_for_search(text) if w.strip() and any(ch.isalnum() for ch in w)]


def query_words(query: str) -> list[str]:
    """A query cut the way a reader would, its words kept as whole index terms."""
    return [w for w in _jieba().cut(query) if w.strip() and any(ch.isalnum() for ch in w)]
