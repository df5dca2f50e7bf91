"""County x day panel: table county_day and a new v_county_day over it

v_county_day of 0003 marked only the day a measure starts. The panel now has a row for
every county and day a measure is in force, with OxCGRT-style ordinals; the days are
computed in Python (etl/panel.py) into the table county_day, so that SQLite and
PostgreSQL give the same rows, and the view adds the names and codes of the county.
The upgrade fills the table from the events already stored. docs/design.md explains the
rules, docs/views.md the columns.

Revision ID: 0006
Revises: 0005
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _previous() -> Any:
    """Migration 0003 as a module: its views, documentation and old v_county_day SQL."""
    path = Path(__file__).with_name("0003_bi_views.py")
    spec = importlib.util.spec_from_file_location("migration_0003", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


V_COUNTY_DAY = """
CREATE VIEW v_county_day AS
SELECT c.province AS province,
       c.prefecture AS prefecture,
       c.name AS county,
       c.adcode AS adcode,
       d.day AS day,
       d.c6 AS c6_stay_at_home,
       d.c6_general AS c6_general,
       d.c6_assumed_end AS c6_assumed_end,
       d.c6_undated AS c6_undated,
       d.c1 AS c1_school_closing,
       d.c1_general AS c1_general,
       d.c1_assumed_end AS c1_assumed_end,
       d.h2 AS h2_testing,
       d.h2_general AS h2_general,
       d.c6_event_ids AS c6_event_ids,
       d.c1_event_ids AS c1_event_ids,
       d.h2_event_ids AS h2_event_ids,
       d.county_id AS county_id
FROM county_day d
JOIN place c ON c.id = d.county_id
"""

COUNTY_DAY_COLS = {
    "province": "Province of the county.",
    "prefecture": "Prefecture of the county.",
    "county": "County-level division.",
    "adcode": "6-digit GB/T 2260 code of the county (group by this, names repeat).",
    "day": "A day on which at least one measure is in force in the county.",
    "c6_stay_at_home": "OxCGRT C6 ordinal 0-3: 1 staying home recommended, 2 required with exceptions, "
                       "3 minimal exceptions.",
    "c6_general": "1 when a C6 measure in force covers the whole county, 0 when only part of it (targeted).",
    "c6_assumed_end": "1 when a C6 measure in force that day has no reported end and runs to the assumed horizon.",
    "c6_undated": "1 when every C6 measure that day is undated and placed at the latest date it can have.",
    "c1_school_closing": "OxCGRT C1 ordinal 0-3: 1 recommended, 2 some levels or categories closed, 3 all levels.",
    "c1_general": "1 when a C1 measure in force covers the whole county, 0 when only part of it.",
    "c1_assumed_end": "1 when a C1 measure in force that day runs to the assumed horizon.",
    "h2_testing": "OxCGRT H2 ordinal: 3 when mass testing open to a whole population takes place that day, else 0.",
    "h2_general": "1 when that testing covers the whole county, 0 when only part of it.",
    "c6_event_ids": "Ids of the events behind c6_stay_at_home, ascending, comma-separated.",
    "c1_event_ids": "Ids of the events behind c1_school_closing, ascending, comma-separated.",
    "h2_event_ids": "Ids of the events behind h2_testing, ascending, comma-separated.",
    "county_id": "place.id of the county.",
}

COUNTY_DAY_COMMENT = ("County x day panel in OxCGRT terms: one row per county and day on which a measure is in "
                      "force (start to reported end, lifting or assumed horizon), with ordinals, flags and event ids.")


LOCKDOWNS_COMMENT = ("Lockdown events, one row each, with the columns of `etl query lockdowns` "
                     "(the CSV contract of docs/design.md) plus kind and date precision.")


def views() -> dict[str, tuple[str, dict[str, str]]]:
    """Every BI view with its comment and documented columns, as of this revision."""
    out = dict(_previous().VIEWS)
    out["v_lockdowns"] = (LOCKDOWNS_COMMENT, out["v_lockdowns"][1])
    out["v_county_day"] = (COUNTY_DAY_COMMENT, COUNTY_DAY_COLS)
    return out


VIEWS = views()


def _comment(bind: Any, view: str) -> None:
    quote = _previous().quote_literal
    comment, cols = VIEWS[view]
    bind.exec_driver_sql(f"COMMENT ON VIEW {view} IS {quote(comment)}")
    for col, text_ in cols.items():
        bind.exec_driver_sql(f'COMMENT ON COLUMN {view}."{col}" IS {quote(text_)}')


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("DROP VIEW IF EXISTS v_county_day")
    ints = [sa.Column(n, sa.Integer(), nullable=False) for n in (
        "c6", "c6_general", "c6_assumed_end", "c6_undated")]
    op.create_table(
        "county_day",
        sa.Column("county_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        *ints,
        sa.Column("c6_event_ids", sa.Text(), nullable=True),
        sa.Column("c1", sa.Integer(), nullable=False),
        sa.Column("c1_general", sa.Integer(), nullable=False),
        sa.Column("c1_assumed_end", sa.Integer(), nullable=False),
        sa.Column("c1_event_ids", sa.Text(), nullable=True),
        sa.Column("h2", sa.Integer(), nullable=False),
        sa.Column("h2_general", sa.Integer(), nullable=False),
        sa.Column("h2_event_ids", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["county_id"], ["place.id"], name=op.f("fk_county_day_county_id_place")),
        sa.PrimaryKeyConstraint("county_id", "day", name=op.f("pk_county_day")),
    )
    bind.exec_driver_sql(V_COUNTY_DAY)
    if bind.dialect.name == "postgresql":
        _comment(bind, "v_county_day")
        bind.exec_driver_sql(f"COMMENT ON VIEW v_lockdowns IS {_previous().quote_literal(LOCKDOWNS_COMMENT)}")
    from etl.panel import rebuild

    rebuild(bind)


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("DROP VIEW IF EXISTS v_county_day")
    op.drop_table("county_day")
    old = _previous()
    bind.exec_driver_sql(old.county_day_sql(bind.dialect.name))
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql(f"COMMENT ON VIEW v_lockdowns IS {old.quote_literal(old.VIEWS['v_lockdowns'][0])}")
        comment, cols = old.VIEWS["v_county_day"]
        bind.exec_driver_sql(f"COMMENT ON VIEW v_county_day IS {old.quote_literal(comment)}")
        for col, text_ in cols.items():
            bind.exec_driver_sql(f'COMMENT ON COLUMN v_county_day."{col}" IS {old.quote_literal(text_)}')
