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
