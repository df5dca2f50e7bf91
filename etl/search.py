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


# A query is a handful of words; thousands would nest PostgreSQL's tsquery past its stack
# ("stack depth limit exceeded") and make SQLite's MATCH crawl. Both refuse alike.
MAX_QUERY_TERMS = 64


class QueryTooLong(ValueError):
    """A search query with more distinct words than MAX_QUERY_TERMS."""


def query_terms(query: str) -> list[str]:
    """The distinct words a query is made of, as the index segmented them, in order."""
    from etl.extract.segment_words import query_words

    terms = list(dict.fromkeys(w for w in query_words(query) if _TOKEN_OK.search(w)))
    if len(terms) > MAX_QUERY_TERMS:
        raise QueryTooLong(
            f"the query has {len(terms)} distinct words; at most {MAX_QUERY_TERMS} are searched together"
        )
    return terms


# PostgreSQL refuses a tsvector whose distinct words exceed 1 MB; both databases index at
# most this many bytes of distinct words per article, so they accept the same pages.
MAX_DISTINCT_BYTES = 512 * 1024


def bounded(words: str) -> str:
    """The words in order, stopping before the distinct ones exceed MAX_DISTINCT_BYTES."""
    if len(words) * 4 <= MAX_DISTINCT_BYTES:  # (a character is at most 4 bytes)
        return words
    seen: set[str] = set()
    size = 0
    out: list[str] = []
    for word in words.split(" "):
        if word not in seen:
            size += len(word.encode("utf-8"))
            if size > MAX_DISTINCT_BYTES:
                break
            seen.add(word)
        out.append(word)
    return " ".join(out)


def index_rows(conn: Connection, docs: Sequence[tuple[int, str]]) -> None:
    """Add (article id, space-separated words) to the index, inside the load transaction.

    The words are computed by the extraction workers (etl.pipeline.index_words), so the
    single writer only inserts.
    """
    if not docs:
        return
    rows = [{"id": i, "words": bounded(w)} for i, w in docs]
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO article_fts(rowid, words) VALUES (:id, :words)"), rows)
    else:
        conn.execute(
            text("INSERT INTO article_search(article_id, tsv) VALUES (:id, to_tsvector('simple', :words))"), rows
        )


def index_articles(conn: Connection, article_ids: Sequence[int]) -> None:
    """(Re-)index stored articles from their headline and body (for rows written without words)."""
    from etl.extract.segment_words import search_words

    if not article_ids:
        return
    rows = conn.execute(
        text(
            "SELECT id, coalesce(headline, '') AS h, coalesce(subheadline, '') AS s, body FROM article WHERE id IN :ids"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": list(article_ids)},
    ).all()
    index_rows(conn, [(r.id, " ".join(search_words("\n".join((r.h, r.s, r.body))))) for r in rows])


def unindex_articles(conn: Connection, article_ids: Sequence[int]) -> None:
    """Drop articles from the index before the articles themselves go."""
    if not article_ids:
        return
    if conn.dialect.name == "sqlite":
        stmt = text("DELETE FROM article_fts WHERE rowid IN :ids")
    else:
        stmt = text("DELETE FROM article_search WHERE article_id IN :ids")
    conn.execute(stmt.bindparams(bindparam("ids", expanding=True)), {"ids": list(article_ids)})


@dataclass(frozen=True)
class Hit:
    article_id: int
    rank: float


# Matches ranked per query, in article-id order: the same candidates on both databases.
MAX_CANDIDATES = 5000
# A body this many characters long weighs a word's occurrences half as much as a short one.
RANK_LENGTH = 400.0


def match_ids(conn: Connection, terms: Sequence[str]) -> list[int]:
    """Ids of the articles holding every term (at most MAX_CANDIDATES, lowest ids first)."""
    if conn.dialect.name == "sqlite":
        match = " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)
        sql = "SELECT rowid AS id FROM article_fts WHERE article_fts MATCH :q ORDER BY rowid LIMIT :n"
    else:
        match = " & ".join("'" + t.replace("'", "''").replace("\\", "") + "'" for t in terms)
        sql = ("SELECT article_id AS id FROM article_search WHERE tsv @@ to_tsquery('simple', :q) "
               "ORDER BY article_id LIMIT :n")
    return [r.id for r in conn.execute(text(sql), {"q": match, "n": MAX_CANDIDATES})]


def rank(headline: str, body: str, terms: Sequence[str]) -> float:
    """How well an article answers the query: occurrences of each word (a headline's count
    twice), damped for long bodies. Computed from the stored text, so both databases rank
    alike, on one scale."""
    hits = sum(2 * headline.count(t) + body.count(t) for t in terms)
    return round(hits / (1.0 + len(body) / RANK_LENGTH), 6)


def search_ids(conn: Connection, query: str, limit: int = 20) -> list[Hit]:
    """Articles matching every word of the query, best first (ties: lower id first)."""
    terms = query_terms(query)
    if not terms:
        return []
    ids = match_ids(conn, terms)
    if not ids:
        return []
    rows = conn.execute(
        text("SELECT id, coalesce(headline, '') AS h, body FROM article WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)), {"ids": ids}).all()
    hits = sorted((Hit(r.id, rank(r.h, r.body, terms)) for r in rows), key=lambda h: (-h.rank, h.article_id))
    return hits[:limit]


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
