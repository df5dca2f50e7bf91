"""PDF pages and web pages: article page number and bounding box, source URL and layout

Articles read from a PDF keep the page they are printed on and their box on it
("x0,top,x1,bottom" in points, top-left origin); a saved web page's canonical URL is kept
on its source row, and so is the structure a PDF or web page was read with (JSON), so
that `etl reprocess` rebuilds the same articles without the original file. Plain ADD COLUMN
on both databases (no batch rebuild, so the views of 0003 need not be dropped).

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("article", sa.Column("page_number", sa.Integer(), nullable=True))
    op.add_column("article", sa.Column("bbox", sa.String(length=80), nullable=True))
    op.add_column("source_file", sa.Column("url", sa.String(length=2048), nullable=True))
    op.add_column("source_file", sa.Column("layout", sa.Text(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35, PostgreSQL): no batch rebuild under the views
    for table, column in (
        ("source_file", "layout"),
        ("source_file", "url"),
        ("article", "bbox"),
        ("article", "page_number"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
