"""The word-pair context of headlines read from the body texts themselves (``_Pairs``,
``_PairCounts``) gives what the sets of word pairs gave (``word_pairs`` of each unit, unions
per region, a ``Counter`` over the regions)."""
from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.normalise import word_pairs
from etl.extract.segment import _overlap, _PairCounts, _Pairs

# run characters (CJK, ASCII letters and digits) and characters that break a run
_CHARS = "防控核酸检测甲乙区县封管aB7。，、：“” -（）"
_texts = st.text(alphabet=_CHARS, max_size=12)
_regions = st.lists(st.lists(_texts, max_size=4), max_size=5)


def _union(texts: list[str]) -> set[str]:
    out: set[str] = set()
    for t in texts:
        out |= word_pairs(t)
    return out


@settings(max_examples=400, deadline=None)
@given(_regions, _texts)
def test_pairs_answer_as_the_sets_of_pairs(regions: list[list[str]], line: str) -> None:
    counts: Counter[str] = Counter()
    for r in regions:
        counts.update(_union(r))
    lazy = _PairCounts([_Pairs("\n".join(r)) for r in regions])
    for r in regions:
        pairs, union = _Pairs("\n".join(r)), _union(r)
        assert bool(pairs) == bool(union)
        assert all((b in pairs) == (b in union) for b in word_pairs(line))
        assert _overlap(line, pairs, lazy) == _overlap(line, union, counts)
    assert all(lazy.get(b, 1) == counts.get(b, 1) for b in word_pairs(line))


def test_pairs_of_an_example() -> None:
    body = _Pairs("甲区开展核酸检测。\n乙县封控")
    assert "核酸" in body and "县封" in body
    assert "测乙" not in body  # the units' texts are not one run
    assert "。乙" not in body and not _Pairs("。，a") and _Pairs("a7")
