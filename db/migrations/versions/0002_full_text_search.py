"""full-text search over jieba-segmented articles

SQLite: an FTS5 table ``article_fts(words)`` whose rowid is the article id.
PostgreSQL: ``article_search(article_id, tsv)`` with a GIN index ('simple' configuration).
Both hold text the loader segmented with jieba, since neither database segments Chinese.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE article_fts USING fts5(words, tokenize = 'unicode61')")
    else:
        op.execute(
            "CREATE TABLE article_search ("
            " article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,"
            " tsv tsvector NOT NULL)"
        )
        op.execute("CREATE INDEX ix_article_search_tsv ON article_search USING gin (tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE article_fts")
    else:
        op.execute("DROP TABLE article_search")
