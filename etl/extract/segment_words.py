"""Word segmentation for the full-text index and queries, with jieba-rs (the ``rjieba`` binding).

rjieba is jieba's algorithm and dictionary in Rust: with the HMM off it cuts exactly as
``jieba.cut`` / ``jieba.cut_for_search`` do (tests/test_segment_words.py compares them), at
about 25 × less CPU and half the memory, and loads its dictionary in 0.1 s instead of 0.7 s.
Importing this module is cheap; the dictionary loads on first use.
"""
from __future__ import annotations

import re

# a word is indexed when it has a letter or digit (str.isalnum, without the "_" that \w adds);
# most words are all letters, and w.isalnum() answers those at a third of the regex's cost
_WORD = re.compile(r"[^\W_]")


def search_words(text: str) -> list[str]:
    """Fine and coarse words (search mode) so that both 小学 and 小学生 are found.

    HMM off: the HMM guesses unknown words (mostly names) and costs 40% of the time;
    without it an unknown name is indexed as its characters, and queries are cut the same
    way, so it is still found.
    """
    from rjieba import cut_for_search

    return [w for w in cut_for_search(text, False) if w.isalnum() or _WORD.search(w)]


def query_words(query: str) -> list[str]:
    """A query cut the way a reader would (and as the index was), its words kept as whole terms."""
    from rjieba import cut

    return [w for w in cut(query, False) if w.isalnum() or _WORD.search(w)]
