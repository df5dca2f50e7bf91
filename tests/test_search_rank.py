"""Search ranks are computed from the stored text, so SQLite and PostgreSQL give the same
hits in the same order with the same rank values (FTS5's bm25 and PostgreSQL's ts_rank
differed in scale and order)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEEDS, run_etl

from etl.search import rank


def test_rank_counts_headline_twice_and_damps_long_bodies() -> None:
    assert rank("东城区核酸检测", "东城区开展核酸检测。", ["核酸"]) == pytest.approx(3 / (1 + 10 / 400))
    short, long_ = rank("", "核酸" * 2, ["核酸"]), rank("", "核酸" * 2 + "。" * 800, ["核酸"])
    assert short > long_ > 0
    assert rank("", "没有那个词", ["核酸"]) == 0


@pytest.mark.postgres
def test_search_gives_the_same_hits_ranks_and_order_on_both_databases(pg_url: str, tmp_path: Path) -> None:
    results = []
    for url in (f"sqlite:///{tmp_path / 's.db'}", pg_url):
        assert run_etl("load", str(SEEDS), "--db", url, "--quiet").returncode == 0
        res = run_etl("search", "核酸检测", "--db", url, "--format", "json")
        assert res.returncode == 0, res.stderr
        rows = json.loads(res.stdout)
        results.append([(r["headline"], r["rank"]) for r in rows])
    assert results[0] and results[0] == results[1]
    ranks = [r for _, r in results[0]]
    assert ranks == sorted(ranks, reverse=True)
