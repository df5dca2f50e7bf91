"""One line for every error, and no side effects (issue 15): each case through the real CLI."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_etl  # type: ignore[import-not-found]

from db.engine import get_engine, upgrade


def _one_line(r) -> str:  # type: ignore[no-untyped-def]
    err = r.stderr.strip()
    assert err.startswith("error:") and "\n" not in err and "Traceback" not in err, r.stderr
    return err


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_reading_commands_in_an_empty_folder_create_nothing(tmp_path: Path) -> None:
    for args in (["query", "lockdowns"], ["query", "timeline", "平遥"], ["search", "核酸"], ["export"], ["db", "current"],
                 ["query", "lockdowns", "--db", "sqlite:///typo/epinwes.db"], ["query", "events", "--db", "sqlite:///epinwes.db"],
                 ["export", "--db", "sqlite:/x.db"], ["load", str(tmp_path), "--db", "sqlite:/x.db"]):
        r = run_etl(*args, cwd=tmp_path, env={"ETL_DATABASE_URL": ""})
        assert r.returncode == 2, (args, r.stderr)
        _one_line(r)
        assert _files(tmp_path) == set(), (args, _files(tmp_path))
    r = run_etl("query", "lockdowns", cwd=tmp_path, env={"ETL_DATABASE_URL": ""})
    assert "epinews.db" in r.stderr and "etl load" in r.stderr
    r = run_etl("export", "--db", "sqlite:/x.db", cwd=tmp_path)
    assert "sqlite:///" in r.stderr


def test_export_to_a_missing_folder(db_url: str, tmp_path: Path) -> None:
    upgrade(get_engine(db_url))
    target = tmp_path / "missing_dir" / "x.jsonl"
    r = run_etl("export", "-o", str(target), "--db", db_url)
    assert r.returncode == 2 and "missing_dir" in _one_line(r)
    assert not target.parent.exists()


@pytest.mark.parametrize("args", [["db", "upgrade", "0009"], ["db", "downgrade", "0042"], ["db", "downgrade", "zz"]])
def test_unknown_revision(db_url: str, args: list[str]) -> None:
    upgrade(get_engine(db_url))
    r = run_etl(*args, "--db", db_url)
    assert r.returncode == 2 and "revision" in _one_line(r)


def test_read_only_role_gets_one_line(pg_url: str) -> None:
    from sqlalchemy.engine import make_url

    upgrade(get_engine(pg_url))
    r = run_etl("db", "grant-readonly", "ro_user", "--password", "ro-pass", "--db", pg_url)
    assert r.returncode == 0, r.stderr
    ro = make_url(pg_url).set(username="ro_user", password="ro-pass").render_as_string(hide_password=False)
    for args in (["gazetteer", "load", "--province", "澳门特别行政区"], ["db", "downgrade", "base"], ["db", "downgrade", "-1"]):
        r = run_etl(*args, "--db", ro)
        # a refused load is exit 1; a refused migration is exit 2, like every failing migration
        assert r.returncode == (2 if args[0] == "db" else 1), (args, r.stderr)
        refusal = _one_line(r)  # the role's sessions are read-only, and its grants read-only too
        assert any(w in refusal for w in ("permission denied", "must be owner", "read-only transaction")), r.stderr
        assert "ro-pass" not in r.stderr


def test_gazetteer_load_counts_what_it_added(db_url: str) -> None:
    r = run_etl("gazetteer", "load", "--province", "澳门特别行政区", "--db", db_url)
    assert r.returncode == 0, r.stderr
    first = int(r.stderr.strip().splitlines()[-1].split()[0])
    assert first > 0
    r = run_etl("gazetteer", "load", "--province", "澳门特别行政区", "--db", db_url)
    assert r.returncode == 0 and r.stderr.strip().splitlines()[-1].startswith("0 places added"), r.stderr
