"""The full-text index rows of a batch are inserted once, at its end (etl.write.LaterIndex):
the index must still end as inserting each file's rows at once would leave it, on both
databases, when a file supersedes an article written earlier in the same batch, when a
file's savepoint is rolled back, and when SQLite gives a deleted article's id to another."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

import etl.load as load
from db.engine import get_engine, upgrade

_ARTICLES = {
    "flood": "河东区汛期排查全面展开\n\n本报讯（记者 周明远）6月2日，河东区组织干部对沿河村庄逐户排查，转移低洼地带群众。\n",
    "market": "西岭镇早市恢复营业\n\n本报讯（记者 孙晓雨）6月3日，西岭镇早市恢复营业，摊位按间隔摆放。\n",
    "school": "南湖中学开展安全演练\n\n本报讯（记者 钱立新）6月4日，南湖中学组织师生开展疏散演练。\n",
}


def _page(folder: Path, name: str, *stories: str) -> Path:
    path = folder / name
    path.write_text("\n".join(_ARTICLES[s] for s in stories), encoding="utf-8")
    return path


def _index(url: str) -> list[tuple[Any, ...]]:
    """(article id, headline, index words) of every index row, joined to its article."""
    table, key = ("article_fts", "rowid") if url.startswith("sqlite") else ("article_search", "article_id")
    words = "i.words" if url.startswith("sqlite") else "i.tsv::text"
    engine = get_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT i.{key}, a.headline, {words} FROM {table} i "
                                 f"LEFT JOIN article a ON a.id = i.{key} ORDER BY i.{key}")).all()
        articles = conn.execute(text("SELECT count(*) FROM article")).scalar()
    assert len(rows) == articles and all(r[1] is not None for r in rows), (rows, articles)
    return [tuple(r) for r in rows]


def _load(url: str, paths: list[Path], batch_files: int | None = None) -> load.LoadStats:
    engine = get_engine(url)
    upgrade(engine)
    return load.load_paths(engine, paths, batch_files=batch_files)


def _fresh(db_url: str, request: pytest.FixtureRequest, tmp_path: Path, name: str) -> str:
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / (name + '.db')}"
    return str(request.getfixturevalue("pg_server_handle").create_database())


@pytest.mark.postgres
def test_an_article_superseded_later_in_the_batch_is_indexed_once_under_its_new_home(
        db_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """z.txt stores 西岭镇早市; a.txt, written after it in the same batch, prints it too and
    comes first in location order, so the article moves to a.txt (its first row deleted, on
    SQLite its id given to a.txt's first article): the index equals one file per transaction."""
    z, a = _page(tmp_path, "z.txt", "flood", "market"), _page(tmp_path, "a.txt", "school", "market")
    stats = _load(db_url, [z, a])
    assert stats.loaded == 2 and stats.duplicates == 1, stats
    one_by_one = _fresh(db_url, request, tmp_path, "one_by_one")
    _load(one_by_one, [z, a], batch_files=1)
    assert _index(db_url) == _index(one_by_one)
    assert [h for _, h, _ in _index(db_url)].count("西岭镇早市恢复营业") == 1


@pytest.mark.postgres
def test_a_rolled_back_file_takes_its_index_rows_with_it(db_url: str, request: pytest.FixtureRequest, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """a.txt supersedes z.txt's last article (SQLite gives the freed id to a.txt's first
    article) and is then refused (a unique key, every attempt): its savepoint is rolled
    back, z.txt's article is stored again under its id, and the index holds z.txt's words
    for it, as a load of z.txt alone does."""
    z, a = _page(tmp_path, "z.txt", "flood", "market"), _page(tmp_path, "a.txt", "school", "market")
    original = load.insert_facts

    def refused(sql: Any, articles: list[Any], *args: Any, **kw: Any) -> None:
        original(sql, articles, *args, **kw)
        if any(row.values[1] == "南湖中学开展安全演练" for _, row in articles):  # (values[1]: the headline)
            raise IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed"))

    monkeypatch.setattr(load, "insert_facts", refused)
    stats = _load(db_url, [z, a])
    assert stats.loaded == 1 and stats.failed == 1, stats
    alone = _fresh(db_url, request, tmp_path, "alone")
    monkeypatch.setattr(load, "insert_facts", original)
    _load(alone, [z])
    assert _index(db_url) == _index(alone)
