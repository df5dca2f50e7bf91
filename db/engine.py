"""Where the database is and how to connect: URL resolution, engines, Alembic wrappers."""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

if TYPE_CHECKING:
    from alembic.config import Config

ENV_VAR = "ETL_DATABASE_URL"
DEFAULT_SQLITE = "epinews.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"  # package data: a plain `pip install .` migrates too
# the newest migration's revision, known without importing Alembic (about 0.3 s of every load's
# start-up); tests/test_migrations.py checks that it equals Alembic's head
HEAD_REVISION = "0007"


class DatabaseError(Exception):
    """A database problem told in a sentence, with any password masked."""


def resolve_url(url: str | None = None) -> URL:
    """``--db`` beats ``ETL_DATABASE_URL`` beats a SQLite file in the working directory.

    ``postgresql://`` URLs are routed to psycopg 3; a bare path is taken as a SQLite file.
    """
    raw = url or os.environ.get(ENV_VAR) or f"sqlite:///{DEFAULT_SQLITE}"
    if "://" not in raw:
        raw = f"sqlite:///{raw}"
    try:
        parsed = make_url(raw)
    except Exception as exc:  # sqlalchemy.exc.ArgumentError and friends
        raise DatabaseError(
            f"cannot parse database URL {redact(raw)!r}: expected sqlite:///FILE or postgresql://USER@HOST/DB"
        ) from exc
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg2", "postgres+psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3 reads the same URLs as psycopg2
    if parsed.drivername.startswith("postgresql+") and parsed.drivername != "postgresql+psycopg":
        raise DatabaseError(f"driver {parsed.drivername.split('+')[1]!r} is not installed in {redact(parsed)}: "
                            "use postgresql://USER@HOST/DB (psycopg 3)")
    if not (parsed.drivername.startswith("sqlite") or parsed.drivername.startswith("postgresql")):
        raise DatabaseError(f"unsupported database {parsed.drivername!r} in {redact(parsed)}: use sqlite or postgresql")
    return parsed


_SECRET_PARAMS = ("password", "passwd", "pwd", "sslpassword", "sslkey", "passfile")


def redact(url: URL | str) -> str:
    """The URL as it may be printed: never with its password, in the user part or in the
    query (``?password=``)."""
    try:
        parsed = url if isinstance(url, URL) else make_url(url)
    except Exception:
        return "<unparseable database URL>"
    hidden = {k: "***" for k in parsed.query if k.lower() in _SECRET_PARAMS}
    if not hidden:
        return parsed.render_as_string(hide_password=True)
    return parsed.update_query_dict(hidden).render_as_string(hide_password=True).replace("%2A%2A%2A", "***")


def secrets_of(url: URL) -> list[str]:
    """Every password a URL carries, to be masked wherever a driver message might repeat it."""
    found = [str(url.password)] if url.password else []
    for key, value in url.query.items():
        if key.lower() in _SECRET_PARAMS:
            found += [value] if isinstance(value, str) else list(value)
    return [s for s in found if s]


def one_line(exc: BaseException, url: URL | None = None) -> str:
    """An exception as one line for a person, with any password of ``url`` masked."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    line = text.splitlines()[0] if text else type(exc).__name__
    for secret in secrets_of(url) if url is not None else []:
        line = line.replace(secret, "***")
    return line


def _sqlite_pragmas(dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry, foreign_keys: bool = True) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")  # first: switching to WAL waits for other connections too
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON" if foreign_keys else "PRAGMA foreign_keys=OFF")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_migration_pragmas(dbapi_conn: DBAPIConnection, record: ConnectionPoolEntry) -> None:
    """As for loading, but without foreign-key enforcement: SQLite rebuilds a table by
    copy, drop and rename, and an enforced drop would cascade to the referring rows."""
    _sqlite_pragmas(dbapi_conn, record, foreign_keys=False)


@cache
def _engine_for(url_text: str) -> Engine:
    url = make_url(url_text)
    if url.drivername.startswith("sqlite"):
        if url.database and url.database != ":memory:":
            try:
                Path(url.database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    f"cannot create the folder of the SQLite file {url.database}: {exc.strerror or exc}"
                ) from None
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    return engine


def get_engine(url: str | URL | None = None) -> Engine:
    """One engine per URL per process (SQLite in WAL mode with foreign keys on)."""
    parsed = url if isinstance(url, URL) else resolve_url(url)
    try:
        return _engine_for(parsed.render_as_string(hide_password=False))
    except DatabaseError:
        raise
    except Exception as exc:  # a missing driver, a bad option
        raise DatabaseError(f"cannot use {redact(parsed)}: {one_line(exc, parsed)}") from None


def check_connection(engine: Engine) -> None:
    """Fail early, in words, when the database cannot be reached."""
    try:
        with engine.connect():
            pass
    except Exception as exc:
        raise DatabaseError(f"cannot connect to {redact(engine.url)}: {one_line(exc, engine.url)}") from None


def alembic_config(engine: Engine) -> Config:
    """An Alembic Config pointing at the project's migrations and this engine."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _sqlite_no_implicit_tx(dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    dbapi_conn.isolation_level = None  # the driver stops managing transactions; _sqlite_begin does


def migration_engine(engine: Engine) -> Engine:
    """The engine migrations run on: for SQLite one whose transactions really cover DDL.

    Python's sqlite3 driver emits no BEGIN before CREATE/ALTER/DROP, so without this a
    migration killed half-way leaves some tables behind and no version row, and every later
    `etl load` fails with "table already exists". With an explicit BEGIN IMMEDIATE each
    migration (DDL and version row) commits or vanishes as a whole, and concurrent
    upgraders queue behind the lock and then find the schema current.
    """
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return engine  # (an in-memory database exists only on the engine's own connection)
    from sqlalchemy.pool import NullPool

    mig = create_engine(engine.url, poolclass=NullPool)
    event.listen(mig, "connect", _sqlite_migration_pragmas)
    event.listen(mig, "connect", _sqlite_no_implicit_tx)
    event.listen(mig, "begin", _sqlite_begin)
    return mig


MIGRATION_LOCK = 0x65706E657773  # PostgreSQL advisory lock key ("epnews"): one migrator at a time


LOCK_WAIT_ENV = "ETL_LOCK_WAIT_SECONDS"
LOCK_WAIT_SECONDS = 120.0  # how long a migrator waits for another before giving up


def _take_migration_lock(lock: Connection, engine: Engine) -> None:
    """The migration lock, waited for at most LOCK_WAIT_SECONDS ($ETL_LOCK_WAIT_SECONDS):
    a session that took it and went idle (any role may take advisory locks) must not hang
    every loader forever."""
    import time

    wait = float(os.environ.get(LOCK_WAIT_ENV) or LOCK_WAIT_SECONDS)
    deadline = time.monotonic() + wait
    while not lock.exec_driver_sql(f"SELECT pg_try_advisory_lock({MIGRATION_LOCK})").scalar():
        lock.commit()
        if time.monotonic() >= deadline:
            holders = lock.execute(
                text(
                    "SELECT l.pid, a.usename FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid "
                    "WHERE l.locktype = 'advisory' AND l.granted AND l.objid = :objid"
                ),
                {"objid": MIGRATION_LOCK & 0xFFFFFFFF},
            ).all()
            who = ", ".join(f"pid {pid} ({user or 'another role'})" for pid, user in holders) or "another session"
            raise DatabaseError(
                f"waited {wait:.0f} s for the schema-migration lock of {redact(engine.url)}, held by {who}; "
                f"end that session (SELECT pg_terminate_backend(pid)) or retry later (${LOCK_WAIT_ENV} sets the wait)"
            )
        time.sleep(0.2)
    lock.commit()


@contextmanager
def _migrating(engine: Engine) -> Iterator[Engine]:
    """The engine to migrate with, held exclusively against other processes migrating.

    Two `etl load`s started together on an empty database both find the schema missing;
    without the lock both create it and the second dies on "already exists". Under the
    lock the second one's Alembic run reads the revision the first committed and does
    nothing. (SQLite serialises through BEGIN IMMEDIATE, see migration_engine.)
    """
    if engine.dialect.name == "postgresql":
        with engine.connect() as lock:
            _take_migration_lock(lock, engine)
            try:
                yield engine
            finally:
                lock.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")
                lock.commit()
        return
    mig = migration_engine(engine)
    try:
        yield mig
    finally:
        if mig is not engine:
            mig.dispose()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision``; a failure (disk full, permission denied) is a DatabaseError
    in one line, and the failed migration's transaction leaves the schema as it was."""
    from alembic import command

    with _migration_errors(engine, "upgrade"), _migrating(engine) as mig:
        command.upgrade(alembic_config(mig), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with _migration_errors(engine, "downgrade"), _migrating(engine) as mig:
        command.downgrade(alembic_config(mig), revision)


@contextmanager
def _migration_errors(engine: Engine, verb: str) -> Iterator[None]:
    from alembic.util import CommandError
    from sqlalchemy.exc import SQLAlchemyError

    try:
        yield
    except DatabaseError:
        raise
    except (SQLAlchemyError, OSError, CommandError, RuntimeError) as exc:
        raise DatabaseError(f"cannot {verb} the schema of {redact(engine.url)}: {one_line(exc, engine.url)}") from None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def recorded_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, read without importing Alembic."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def ensure_schema(engine: Engine) -> bool:
    """Bring the schema to head if it is behind; True when a migration ran."""
    if recorded_revision(engine) == HEAD_REVISION:  # the usual case, decided without Alembic
        return False
    if current_revision(engine) != head_revision(engine):
        try:
            upgrade(engine)
        except DatabaseError:
            # SQLite has no migration lock: a loader started at the same moment may have
            # brought the schema to head first, and then there is nothing left to do
            if current_revision(engine) != head_revision(engine):
                raise
        return True
    return False
