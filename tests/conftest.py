"""Shared fixtures: real databases (SQLite files and a PostgreSQL server) and the CLI.

``db_url`` runs a test once on SQLite and once on PostgreSQL. The PostgreSQL server is
``ETL_TEST_POSTGRES_URL`` when set (each test gets a fresh database on it), else a
throwaway server this suite starts. Under ``CI=true`` a PostgreSQL test that cannot run
fails instead of skipping.
"""
from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pg_server  # type: ignore[import-not-found]
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "seeds.jsonl"
ETL = [sys.executable, "-m", "etl"]


class _External:
    """A configured server: fresh databases are created through its URL."""

    def __init__(self, url: str) -> None:
        self.base = url

    def create_database(self) -> str:
        import psycopg
        from sqlalchemy.engine import make_url

        u = make_url(self.base)
        name = "t_" + uuid.uuid4().hex[:12]
        conninfo = f"host={u.host or 'localhost'} port={u.port or 5432} user={u.username or ''} dbname={u.database or 'postgres'}"
        if u.password:
            conninfo += f" password={u.password}"
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return u.set(drivername="postgresql+psycopg", database=name).render_as_string(hide_password=False)

    def stop(self) -> None:
        pass


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="also run the trials marked slow (always on under CI=true)")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Slow trials (crash, concurrency, whole-corpus scoring) run under CI and on request.

    A developer's default run stays short; CI always runs everything, so nothing is
    skipped where it counts. ``slow_postgresql`` marks a long load trial whose PostgreSQL
    variant counts as slow (its SQLite variant runs by default); it runs first so that
    ``-m slow`` selects those variants too.
    """
    for item in items:
        params = getattr(item, "callspec", None)
        if "slow_postgresql" in item.keywords and params and params.params.get("db_url") == "postgresql":
            item.add_marker(pytest.mark.slow)
    if os.environ.get("CI", "").lower() == "true" or config.getoption("--run-slow") or config.getoption("-m"):
        return
    skip = pytest.mark.skip(reason="slow trial: runs under CI=true or with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def pg_server_handle() -> Iterator[object]:
    url = os.environ.get("ETL_TEST_POSTGRES_URL")
    if url:
        yield _External(url)
        return
    try:
        server = pg_server.start()
    except pg_server.ServerUnavailable as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL tests cannot run under CI: {exc}")
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server_handle):  # type: ignore[no-untyped-def]
    """A fresh database; afterwards the pooled connections this process opened to it are
    closed (engines are cached per URL, so otherwise every test's pool stays connected and a
    long run exhausts the server's connection slots)."""
    from db.engine import get_engine

    url = pg_server_handle.create_database()
    yield url
    get_engine(url).dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_db_url(request, tmp_path_factory) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Like ``db_url`` but one fresh database per module and backend: for fixtures that fill a
    database once and then serve tests that only read it (loading per test was most of the
    suite's time)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('shared') / 'test.db'}"
        return
    from db.engine import get_engine

    url = request.getfixturevalue("pg_server_handle").create_database()
    yield url
    get_engine(url).dispose()


def run_etl(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, input: str | None = None) -> subprocess.CompletedProcess[str]:
    """The real `etl` entry point in a subprocess."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200", **(env or {})}
    return subprocess.run([*ETL, *args], capture_output=True, text=True, cwd=cwd or ROOT, env=full_env, input=input, timeout=600)


@pytest.fixture
def etl():  # type: ignore[no-untyped-def]
    return run_etl
