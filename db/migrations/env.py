"""Alembic environment: runs against the engine handed over by `etl db …`, else ETL_DATABASE_URL."""
from __future__ import annotations

from logging.config import fileConfig

from alembic import context

from db.engine import get_engine, migration_engine
from db.models import Base, include_object

config = context.config
if config.config_file_name is not None and "engine" not in config.attributes:
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or migration_engine(get_engine())
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            include_object=include_object,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) mode is not supported: run against a database")
run_migrations_online()
