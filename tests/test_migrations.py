"""The schema belongs to Alembic: models and migrations agree, and migrations run both ways."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from db.engine import current_revision, downgrade, get_engine, head_revision, upgrade
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
