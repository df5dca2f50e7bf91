"""Article and event ids survive `etl reprocess --all` and the reload of a changed file (issue 15).

A researcher cites event ids (v_county_day lists them) and article ids; re-extraction must
give the same rows the same ids, on SQLite and PostgreSQL.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from conftest import SEEDS, run_etl  # type: ignore[import-not-found]
from sqlalchemy import text

from db.engine import get_engine


def _ids(url: str) -> tuple[dict, dict, list]:
    with get_engine(url).connect() as conn:
        arts = {r[0]: r[1] for r in conn.execute(text("SELECT content_hash, id FROM article"))}
        events = {(r[1], r[2], r[3], r[4]): r[0] for r in conn.execute(text(
            "SELECT id, article_id, type, evidence, scope_name FROM event"))}
        panel = [tuple(r) for r in conn.execute(text(
            "SELECT adcode, CAST(day AS TEXT), c6_event_ids, c1_event_ids, h2_event_ids FROM v_county_day ORDER BY adcode, day"))]
    return arts, events, panel


def test_reprocess_all_keeps_ids(db_url: str) -> None:
    assert run_etl("load", str(SEEDS), "--db", db_url, "--quiet").returncode == 0
    before = _ids(db_url)
    assert before[0] and before[1] and before[2]
    r = run_etl("reprocess", "--all", "--db", db_url, "--format", "json")
    assert r.returncode == 0, r.stderr
    assert _ids(db_url) == before
    r = run_etl("load", str(SEEDS), "--db", db_url, "--quiet")  # a second load of the same files changes nothing
    assert r.returncode == 0 and _ids(db_url) == before


def test_changed_file_keeps_the_ids_of_what_is_found_again(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    assert run_etl("load", str(folder), "--db", db_url, "--quiet").returncode == 0
    arts, events, _ = _ids(db_url)
    page = next(p for p in sorted(folder.glob("*.txt")))
    page.write_text(page.read_text(encoding="utf-8") + "\n\n文化馆举办书法展\n\n本报讯 近日，县文化馆举办迎春书法作品展。\n",
                    encoding="utf-8")
    r = run_etl("load", str(folder), "--db", db_url, "--quiet", "--format", "json")
    assert r.returncode == 0, r.stderr
    arts2, events2, _ = _ids(db_url)
    assert {h: i for h, i in arts2.items() if h in arts} == arts
    assert {k: i for k, i in events2.items() if k in events} == events
