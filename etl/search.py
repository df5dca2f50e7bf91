"""Chinese full-text search on both databases, over jieba-segmented text (index and query).

Neither SQLite's FTS5 tokenisers nor PostgreSQL's text-search parsers segment Chinese, so
the loader stores articles' headline and body as jieba words separated by spaces: an FTS5
table ``article_fts`` on SQLite, a ``tsvector`` column (``simple`` configuration, GIN
index) in ``article_search`` on PostgreSQL. No server extension is needed.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, text

_TOKEN_OK = re.compile(r"\w", re.UNICODE)


def query_terms(query: str) -> list[str]:
    """The words a query is made of, as the index segmented them."""
    from etl.extract.segment_words import query_words

    return [w for w in query_words(query) if _TOKEN_OK.search(w)]


def index_rows(conn: Connection, docs: Sequence[tuple[int, str]]) -> None:
    """Add (article id, space-separated words) to the index, inside the load transaction.

    The words are computed by the extraction workers (etl.pipeline.index_words), so the
    single writer only inserts.
    """
    if not docs:
        return
    rows = [{"id": i, "words": w} for i, w in docs]
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO article_fts(rowid, words) VALUES (:id, :words)"), rows)
    else:
        conn.execute(text("INSERT INTO article_search(article_id, tsv) VALUES (:id, to_tsvector('simple', :words))"), rows)


def index_articles(conn: Connection, article_ids: Sequence[int]) -> None:
    """(Re-)index stored articles from their headline and body (for rows written without words)."""
    from etl.extract.segment_words import search_words

    if not article_ids:
        return
    rows = conn.execute(
        text("SELECT id, coalesce(headline, '') AS h, coalesce(subheadline, '') AS s, body FROM article WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": list(article_ids)},
    ).all()
    index_rows(conn, [(r.id, " ".join(search_words("\n".join((r.h, r.s, r.body))))) for r in rows])


def unindex_file(conn: Connection, source_file_id: int) -> None:
    """Drop a file's articles from the index before the articles themselves go."""
    ids = "SELECT id FROM article WHERE source_file_id = :sf"
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"DELETE FROM article_fts WHERE rowid IN ({ids})"), {"sf": source_file_id})
    else:
        conn.execute(text(f"DELETE FROM article_search WHERE article_id IN ({ids})"), {"sf": source_file_id})


@dataclass(frozen=True)
class Hit:
    article_id: int
    rank: float


def search_ids(conn: Connection, query: str, limit: int = 20) -> list[Hit]:
    """Articles matching every word of the query, best first."""
    terms = query_terms(query)
    if not terms:
        return []
    if conn.dialect.name == "sqlite":
        match = " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows = conn.execute(
            text("SELECT rowid AS id, bm25(article_fts) AS rank FROM article_fts WHERE article_fts MATCH :q ORDER BY rank LIMIT :n"),
            {"q": match, "n": limit},
        ).all()
        return [Hit(r.id, -float(r.rank)) for r in rows]
    tsq = " & ".join("'" + t.replace("'", "''").replace("\\", "") + "'" for t in terms)
    rows = conn.execute(
        text(
            "SELECT article_id AS id, ts_rank(tsv, q) AS rank FROM article_search, to_tsquery('simple', :q) q "
            "WHERE tsv @@ q ORDER BY rank DESC, article_id LIMIT :n"
        ),
        {"q": tsq, "n": limit},
    ).all()
    return [Hit(r.id, float(r.rank)) for r in rows]


def snippet(body: str, terms: Sequence[str], width: int = 40, mark: tuple[str, str] = ("[", "]")) -> str:
    """A window of the body around the first query word, with every query word marked."""
    if not terms:
        return body[:width * 2]
    pos = min((i for i in (body.find(t) for t in terms) if i >= 0), default=0)
    start = max(0, pos - width)
    window = body[start : pos + width]
    for t in sorted(set(terms), key=len, reverse=True):
        window = window.replace(t, f"{mark[0]}{t}{mark[1]}")
    return ("…" if start else "") + window.replace("\n", " ") + ("…" if pos + width < len(body) else "")
