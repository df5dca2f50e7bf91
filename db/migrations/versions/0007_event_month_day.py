"""Events dated by month and day only: event.month_day

A text that gives no year anywhere (and has no known edition date) still dates its rows by
month and day (11月3日). Such a row keeps start_date NULL, so no made-up year reaches a query
or the county-day panel, and stores "MM-DD" in month_day, which the JSONL export carries
beside a null start. Plain ADD COLUMN on both databases.

Revision ID: 0007
Revises: 0006
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("event", sa.Column("month_day", sa.String(length=5), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35, PostgreSQL): no batch rebuild under the views
    op.execute("ALTER TABLE event DROP COLUMN month_day")
