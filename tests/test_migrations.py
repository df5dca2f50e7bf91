"""The schema belongs to Alembic: models and migrations agree, and migrations run both ways."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from db.engine import (
    HEAD_REVISION,
    current_revision,
    downgrade,
    ensure_schema,
    get_engine,
    head_revision,
    recorded_revision,
    upgrade,
)
from db.models import Base, include_object


def _diff(engine) -> list:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
        return compare_metadata(ctx, Base.metadata)


def test_models_and_migrations_agree(db_url: str) -> None:
    engine = get_engine(db_url)
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    assert _diff(engine) == []


def test_head_revision_constant_is_alembic_head(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A load decides "schema at head" without Alembic: the constant must follow every new migration."""
    engine = get_engine(f"sqlite:///{tmp_path / 'h.db'}")
    assert head_revision(engine) == HEAD_REVISION


def test_ensure_schema_without_alembic_when_at_head(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An empty database is migrated; one already at head is left alone and says so."""
    engine = get_engine(f"sqlite:///{tmp_path / 'e.db'}")
    assert recorded_revision(engine) is None
    assert ensure_schema(engine) is True
    assert recorded_revision(engine) == HEAD_REVISION
    assert ensure_schema(engine) is False


def test_downgrade_to_base_and_upgrade_again(db_url: str) -> None:
    engine = get_engine(db_url)
    upgrade(engine)
    downgrade(engine, "base")
    assert current_revision(engine) is None
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    assert {"article", "event", "place", "person"} <= set(inspect(engine).get_table_names())


def test_plain_alembic_with_the_environment_variable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`alembic upgrade head` works without the etl CLI, reading ETL_DATABASE_URL."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    url = f"sqlite:///{tmp_path / 'plain.db'}"
    env = dict(os.environ, ETL_DATABASE_URL=url, PYTHONPATH=str(root))
    alembic = [sys.executable, "-m", "alembic", "-c", str(root / "alembic.ini")]
    up = subprocess.run([*alembic, "upgrade", "head"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert up.returncode == 0, up.stderr
    engine = get_engine(url)
    assert current_revision(engine) == head_revision(engine)
    down = subprocess.run([*alembic, "downgrade", "base"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert down.returncode == 0, down.stderr
    assert current_revision(engine) is None


def test_upgrade_to_source_identity_keeps_every_row(db_url: str) -> None:
    """Migration 0004 rebuilds source_file (SQLite copies, drops and renames it): the articles
    that refer to it must survive (an enforced foreign key would cascade the drop to them),
    each gains its occurrence, and a failed file's placeholder hash becomes NULL."""
    from sqlalchemy import text

    engine = get_engine(db_url)
    upgrade(engine, "0003")
    with engine.begin() as conn:
        for i, status in ((1, "loaded"), (2, "failed")):
            conn.execute(text("INSERT INTO source_file (id, path, sha256, size_bytes, date_precision, status) "
                              "VALUES (:i, :p, :h, 10, 'unknown', :s)"), {"i": i, "p": f"p{i}.txt", "h": f"{i:064d}", "s": status})
        conn.execute(text("INSERT INTO article (id, source_file_id, seq, body, raw_start, raw_end, content_hash, extractor_version) "
                          "VALUES (1, 1, 1, '正文', 0, 2, :h, 'v')"), {"h": "a" * 64})
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT source_file_id, seq, content_hash FROM article")).all() == [(1, 1, "a" * 64)]
        assert conn.execute(text("SELECT source_file_id, seq, content_hash FROM article_occurrence")).all() == [(1, 1, "a" * 64)]
        rows = conn.execute(text("SELECT id, sha256, location, location_key IS NOT NULL FROM source_file ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [(1, f"{1:064d}", None, True), (2, None, None, True)]
