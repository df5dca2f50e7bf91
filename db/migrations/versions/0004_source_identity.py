"""source identity by location; every occurrence of an article

- ``source_file.location`` (absolute path) and ``location_key`` (sha256 of its bytes,
  unique) identify a file: two files named alike in two folders are two sources. The
  content hash ``sha256`` is no longer unique (the same content may sit at two paths) and
  is NULL for a file that was never read; ``path`` (the name relative to the folder
  loaded) becomes unbounded text without an index.
- ``article_occurrence`` records every (file, seq, content hash) an article is printed at,
  so that the article survives as long as any file holding it does.

Rows loaded before this revision have no location; the next load of a file with the same
content adopts them (see etl.load). The views of 0003 refer to ``source_file`` and are
dropped and recreated around the change (SQLite rebuilds the table by renaming).

SQLite rebuilds ``source_file`` by copy, drop and rename. With foreign keys enforced the
drop would cascade to every article, so the migration refuses to run on a connection that
enforces them (``etl db upgrade`` and ``alembic upgrade`` both migrate without).

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _views() -> ModuleType:
    """Migration 0003 as a module (its file name is not an importable identifier)."""
    spec = importlib.util.spec_from_file_location("bi_views_0003", Path(__file__).with_name("0003_bi_views.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _refuse_cascading_rebuild() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and bind.exec_driver_sql("PRAGMA foreign_keys").scalar():
        has_rows = bind.exec_driver_sql("SELECT count(*) FROM source_file").scalar()
        if has_rows:
            raise RuntimeError("rebuilding source_file with foreign keys enforced would delete every article; "
                               "upgrade with `etl db upgrade`")


def upgrade() -> None:
    _refuse_cascading_rebuild()
    views = _views()
    bind = op.get_bind()
    views.downgrade()
    op.create_table(
        "article_occurrence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_file_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_file_id"],
            ["source_file.id"],
            name=op.f("fk_article_occurrence_source_file_id_source_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_occurrence")),
        sa.UniqueConstraint("source_file_id", "seq", name=op.f("uq_article_occurrence_source_file_id_seq")),
    )
    with op.batch_alter_table("article_occurrence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_occurrence_content_hash"), ["content_hash"], unique=False)
    bind.exec_driver_sql("INSERT INTO article_occurrence (source_file_id, seq, content_hash) "
                         "SELECT source_file_id, seq, content_hash FROM article")
    with op.batch_alter_table("source_file", schema=None) as batch_op:
        batch_op.add_column(sa.Column("location", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("location_key", sa.String(length=64), nullable=True))
    table = sa.table(
        "source_file",
        sa.column("id", sa.Integer),
        sa.column("location_key", sa.String),
        sa.column("sha256", sa.String),
        sa.column("status", sa.String),
    )
    for (file_id,) in bind.execute(sa.select(table.c.id)).all():
        key = hashlib.sha256(f"before-0004:{file_id}".encode()).hexdigest()
        bind.execute(table.update().where(table.c.id == file_id).values(location_key=key))
    with op.batch_alter_table("source_file", schema=None) as batch_op:
        batch_op.drop_index("ix_source_file_path")
        batch_op.drop_constraint("uq_source_file_sha256", type_="unique")
        batch_op.alter_column("path", existing_type=sa.String(length=1024), type_=sa.Text(), existing_nullable=False)
        batch_op.alter_column("sha256", existing_type=sa.String(length=64), nullable=True)
        batch_op.alter_column("location_key", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_source_file_location_key"), ["location_key"])
        batch_op.create_index(batch_op.f("ix_source_file_sha256"), ["sha256"], unique=False)
    bind.execute(table.update().where(table.c.status != "loaded").values(sha256=None))  # was a placeholder
    views.upgrade()


def downgrade() -> None:
    _refuse_cascading_rebuild()
    views = _views()
    bind = op.get_bind()
    views.downgrade()
    bind.exec_driver_sql("UPDATE source_file SET sha256 = 'failed:' || CAST(id AS VARCHAR(20)) WHERE sha256 IS NULL")
    with op.batch_alter_table("source_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_file_sha256"))
        batch_op.drop_constraint(batch_op.f("uq_source_file_location_key"), type_="unique")
        batch_op.drop_column("location_key")
        batch_op.drop_column("location")
        batch_op.alter_column("sha256", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("path", existing_type=sa.Text(), type_=sa.String(length=1024), existing_nullable=False)
        batch_op.create_unique_constraint("uq_source_file_sha256", ["sha256"])
        batch_op.create_index("ix_source_file_path", ["path"], unique=False)
    with op.batch_alter_table("article_occurrence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_occurrence_content_hash"))
    op.drop_table("article_occurrence")
    views.upgrade()
