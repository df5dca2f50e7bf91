"""Where the database is and how to connect: URL resolution, engines, Alembic wrappers."""
from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

ENV_VAR = "ETL_DATABASE_URL"
DEFAULT_SQLITE = "epinews.db"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


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
        raise DatabaseError(f"cannot parse database URL {redact(raw)!r}: expected sqlite:///FILE or postgresql://USER@HOST/DB") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if not (parsed.drivername.startswith("sqlite") or parsed.drivername.startswith("postgresql")):
        raise DatabaseError(f"unsupported database {parsed.drivername!r} in {redact(parsed)}: use sqlite or postgresql")
    return parsed


def redact(url: URL | str) -> str:
    """The URL as it may be printed: never with its password."""
    if isinstance(url, URL):
        return url.render_as_string(hide_password=True)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable database URL>"


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


@cache
def _engine_for(url_text: str) -> Engine:
    url = make_url(url_text)
    if url.drivername.startswith("sqlite"):
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    return engine


def get_engine(url: str | URL | None = None) -> Engine:
    """One engine per URL per process (SQLite in WAL mode with foreign keys on)."""
    parsed = url if isinstance(url, URL) else resolve_url(url)
    return _engine_for(parsed.render_as_string(hide_password=False))


def check_connection(engine: Engine) -> None:
    """Fail early, in words, when the database cannot be reached."""
    try:
        with engine.connect():
            pass
    except Exception as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
        pw = engine.url.password
        if pw:
            reason = reason.replace(str(pw), "***")
        raise DatabaseError(f"cannot connect to {redact(engine.url)}: {reason}") from None


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    """An Alembic Config pointing at the project's migrations and this engine."""
    from alembic.config import Config

    cfg = Config(str(PROJECT_ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def ensure_schema(engine: Engine) -> bool:
    """Bring the schema to head if it is behind; True when a migration ran."""
    if current_revision(engine) != head_revision(engine):
        upgrade(engine)
        return True
    return False
