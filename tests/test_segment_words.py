"""The index and query words (rjieba) are exactly jieba's, so indexes built before and after agree."""
from __future__ import annotations

from pathlib import Path

import pytest

from etl.extract.segment_words import query_words, search_words

jieba = pytest.importorskip("jieba")
REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TEXTS = [
    "本报讯（记者 陈晓航 通讯员 郑一鸣）5月12日起，青川县木鱼镇开展第三轮全员核酸检测。",
    "截至6月2日18时，临湘市累计报告新冠肺炎确诊病例7例、无症状感染者15例。",
    "COVID-19 (Omicron BA.2) 疫情：ＡＢＣ１２３ abc_def 全角　空格\t制表\n换行",
    "寧鄉市開展全員核酸檢測，學校暫緩返校。",
    "①②③ Ⅻ ½ ％ —— …… 《》 😀核酸🙂 __ _ 1_2",
    "",
    "   ",
]


def jieba_search(text: str) -> list[str]:
    """The words as the index made them with jieba (HMM off, letters or digits kept)."""
    return [w for w in jieba.cut_for_search(text, HMM=False) if w.strip() and any(ch.isalnum() for ch in w)]


def jieba_query(text: str) -> list[str]:
    return [w for w in jieba.cut(text, HMM=False) if w.strip() and any(ch.isalnum() for ch in w)]


@pytest.mark.parametrize("text", TEXTS)
def test_words_equal_jieba(text: str) -> None:
    assert search_words(text) == jieba_search(text)
    assert query_words(text) == jieba_query(text)


def test_search_mode_has_fine_and_coarse_words() -> None:
    words = search_words("小学生")
    assert "小学" in words and "学生" in words and "小学生" in words


def test_underscore_alone_is_not_a_word() -> None:
    assert "_" not in search_words("甲 _ 乙") and "__" not in query_words("__ 核酸")


def assert_same_words(files: list[Path]) -> None:
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert search_words(text) == jieba_search(text), path.name
        assert query_words(text) == jieba_query(text), path.name


def test_words_equal_jieba_on_seeds() -> None:
    assert_same_words(sorted(SEEDS.glob("*.txt")))


def test_words_equal_jieba_on_real_texts() -> None:
    if not REAL.is_dir():
        pytest.skip("../shared/real is not beside the project")
    assert_same_words(sorted((REAL / "articles").glob("*.txt")) + sorted((REAL / "pages").glob("*.txt")))
