"""`etl load` and `etl export` end to end: the real CLI against real SQLite and PostgreSQL."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import GOLD, SEEDS, run_etl
from sqlalchemy import func, select, text

from db import models as m
from db.engine import get_engine

CONTRACT_KEYS = {"source_file", "seq", "headline", "subheadline", "published", "body", "contributors", "places", "events"}
EVENT_KEYS = {"type", "kind", "scope", "scope_name", "county", "prefecture", "province", "adcode", "start", "start_time",
              "end", "date_precision", "people", "count", "round", "sampling_points", "evidence"}
TABLES = (m.SourceFile, m.Article, m.Person, m.Byline, m.ArticleContributor, m.Place, m.PlaceMention, m.Event)


def counts(url: str) -> dict[str, int]:
    with get_engine(url).connect() as conn:
        return {t.__tablename__: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in TABLES}


def test_load_seeds_then_reload_adds_nothing(db_url: str) -> None:
    first = run_etl("load", str(SEEDS), "--db", db_url)
    assert first.returncode == 0, first.stderr
    assert "load summary" in first.stderr
    after_first = counts(db_url)
    assert after_first["article"] == 12
    assert after_first["source_file"] == 2
    assert after_first["event"] > 0 and after_first["place_mention"] > 0 and after_first["person"] > 0
    second = run_etl("load", str(SEEDS), "--db", db_url, "--format", "json")
    assert second.returncode == 0, second.stderr
    summary = json.loads(second.stdout)[0]
    assert summary["unchanged"] == 2 and summary["articles"] == 0
    assert counts(db_url) == after_first


def test_export_follows_the_contract(db_url: str, tmp_path: Path) -> None:
    assert run_etl("load", str(SEEDS), "--db", db_url).returncode == 0
    out = tmp_path / "export.jsonl"
    res = run_etl("export", "--format", "jsonl", "--db", db_url, "--output", str(out))
    assert res.returncode == 0, res.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 12
    for r in records:
        assert set(r) >= CONTRACT_KEYS
        assert r["source_file"] in {p.name for p in SEEDS.glob("*.txt")}
        for e in r["events"]:
            assert set(e) >= EVENT_KEYS
    assert [r["seq"] for r in records if r["source_file"].startswith("000")] == [1, 2, 3, 4, 5]
    assert {r["published"] for r in records} == {"2022-11-10", "2022-04-05"}


def test_bad_file_fails_alone_with_a_reason(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(SEEDS / "001_d67d24ce628e12ec.txt", folder / "good.txt")
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" + bytes(range(256)))
    (folder / "empty.txt").write_bytes(b"")
    res = run_etl("load", str(folder), "--db", db_url, "--edition-date", "2022-04-05")
    assert res.returncode == 1
    assert f"{folder / 'broken.txt'}: binary data" in res.stderr
    assert f"{folder / 'empty.txt'}: empty file" in res.stderr
    with get_engine(db_url).connect() as conn:
        rows = dict(conn.execute(select(m.SourceFile.path, m.SourceFile.status)).all())
        assert rows == {"good.txt": "loaded", "broken.txt": "failed", "empty.txt": "failed"}
        assert conn.execute(select(func.count()).select_from(m.Article)).scalar_one() == 7
    again = run_etl("load", str(folder), "--db", db_url, "--edition-date", "2022-04-05")
    assert again.returncode == 1
    assert counts(db_url)["source_file"] == 3


def test_changed_file_replaces_its_own_rows_only(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    assert run_etl("load", str(folder), "--db", db_url).returncode == 0
    before = counts(db_url)
    page = folder / "001_d67d24ce628e12ec.txt"
    original = page.read_text(encoding="utf-8")
    cut = original.index("深入一线开展监督检查")
    page.write_text(original[:cut], encoding="utf-8")  # drop the last article
    res = run_etl("load", str(folder), "--db", db_url, "--format", "json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)[0]["replaced"] == 1
    after = counts(db_url)
    assert after["source_file"] == 2
    assert after["article"] == before["article"] - 1
    with get_engine(db_url).connect() as conn:
        per_file = dict(conn.execute(text("SELECT s.path, count(*) FROM article a JOIN source_file s ON s.id = a.source_file_id GROUP BY s.path")).all())
    assert per_file == {"000_8d33f601fb21941f.txt": 5, "001_d67d24ce628e12ec.txt": 6}


def test_wrong_database_url_is_a_clear_error_without_the_password() -> None:
    res = run_etl("load", str(SEEDS), "--db", "postgresql://reader:s3cretpw@127.0.0.1:1/nowhere")
    assert res.returncode == 2
    assert "cannot connect" in res.stderr
    assert "s3cretpw" not in res.stderr + res.stdout


def test_eval_scores_the_database_against_gold(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'e.db'}"
    assert run_etl("load", str(SEEDS), "--db", url).returncode == 0
    res = run_etl("eval", str(GOLD), "--db", url, "--format", "json")
    assert res.returncode == 0, res.stderr
    fields = {r["field"]: r for r in json.loads(res.stdout)}
    assert fields["articles"]["f1"] == 1.0
    assert {"headline", "reporters", "places.county", "lockdowns.county_date"} <= set(fields)


def test_gazetteer_load_stores_a_province_subtree_once(db_url: str) -> None:
    """The place dimension for BI users: every node with its codes and roll-up names, idempotent.
    (A small province, about 5,800 nodes: the same checks as on a large one, at a fifth of
    the rows.)"""
    res = run_etl("gazetteer", "load", "--province", "天津市", "--db", db_url)
    assert res.returncode == 0, res.stderr
    with get_engine(db_url).connect() as conn:
        n = conn.execute(select(func.count()).select_from(m.Place)).scalar_one()
        assert n > 5_000
        assert conn.execute(select(func.count()).select_from(m.Place).where(m.Place.province != "天津市")).scalar_one() == 0
        row = conn.execute(select(m.Place).where(m.Place.name == "中河村", m.Place.county == "东丽区")).one()
        assert (row.prefecture, row.province, row.county_adcode) == ("天津市", "天津市", "120110")
        parent = conn.execute(select(m.Place).where(m.Place.id == row.parent_id)).one()
        assert (parent.name, parent.level) == ("新立街道", "town")
    again = run_etl("gazetteer", "load", "--province", "天津市", "--db", db_url)
    assert again.returncode == 0 and "0 places added" in again.stderr
    assert run_etl("gazetteer", "load", "--province", "火星省", "--db", db_url).returncode == 2


@pytest.mark.slow
def test_gazetteer_load_whole_tree_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'g.db'}"
    assert run_etl("gazetteer", "load", "--db", url).returncode == 0
    with get_engine(url).connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.Place)).scalar_one() > 700_000


@pytest.mark.slow_postgresql
def test_reprocess_reextracts_stored_text_of_older_versions_only(db_url: str) -> None:
    """`etl reprocess` re-runs extraction on stored raw text, replacing each file's facts atomically.

    Slow: a long load trial; its PostgreSQL variant runs under CI=true (slow_postgresql), its SQLite one by default."""
    assert run_etl("load", str(SEEDS), "--db", db_url).returncode == 0
    engine = get_engine(db_url)

    def content() -> list[tuple]:
        with engine.connect() as conn:
            return sorted(conn.execute(text(
                "SELECT s.path, a.seq, a.headline, a.body, e.type, e.start_date, e.evidence FROM article a "
                "JOIN source_file s ON s.id = a.source_file_id LEFT JOIN event e ON e.article_id = a.id")).all(), key=repr)

    before = content()
    with engine.begin() as conn:
        conn.execute(text("UPDATE source_file SET extractor_version = 'old' WHERE path LIKE '000%'"))
    res = run_etl("reprocess", "--db", db_url, "--format", "json")
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout)[0]
    assert (summary["files"], summary["reprocessed"], summary["articles"]) == (1, 1, 5)
    assert content() == before
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM source_file WHERE extractor_version = 'old'")).scalar_one() == 0
    again = json.loads(run_etl("reprocess", "--db", db_url, "--format", "json").stdout)[0]
    assert again["files"] == 0
    everything = json.loads(run_etl("reprocess", "--all", "--workers", "2", "--db", db_url, "--format", "json").stdout)[0]
    assert (everything["files"], everything["articles"]) == (2, 12)
    assert content() == before
    assert counts(db_url)["article"] == 12


def test_seed_pages_score_one_on_every_field(db_url: str) -> None:
    """The seeds against their hand-made gold through the real CLI: every field F1 = 1.00, on both databases."""
    assert run_etl("load", str(SEEDS), "--db", db_url).returncode == 0
    res = run_etl("eval", str(GOLD), "--db", db_url, "--format", "json", "--min-f1", "1.0")
    assert res.returncode == 0, res.stdout + res.stderr
    below = {r["field"]: r["f1"] for r in json.loads(res.stdout) if r["f1"] < 1.0}
    assert below == {}


def test_a_row_whose_year_nothing_gives_keeps_its_month_and_day_without_a_made_up_year(tmp_path: Path) -> None:
    """No edition date and no year in the text: the row keeps start_date NULL (a query by date
    never meets an invented year) and month_day "10-05", which the export carries beside a null
    start."""
    folder = tmp_path / "web"
    folder.mkdir()
    text = "榆社县开展全员核酸检测\n10月5日，榆社县在城区各社区开展全员核酸检测，共采样3万余人。\n"
    (folder / "a.txt").write_text(text, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'y.db'}"
    assert run_etl("load", str(folder), "--db", url, "--quiet").returncode == 0
    exp = run_etl("export", "--format", "jsonl", "--db", url)
    events = [e for line in exp.stdout.splitlines() for e in json.loads(line)["events"] if e["type"] == "mass_testing"]
    assert [(e["county"], e["start"], e["month_day"]) for e in events] == [("榆社县", None, "10-05")]
    with get_engine(url).connect() as conn:
        assert conn.execute(select(m.Event.start_date, m.Event.month_day)).all() == [(None, "10-05")]


def test_start_up_runs_without_the_collector_and_leaves_it_on_with_what_it_made_frozen() -> None:
    """etl.cli._start_up: the collector is off inside, on again after (even after an error),
    and the objects start-up made are frozen out of later collections."""
    import gc

    from etl.cli import _start_up

    try:
        with pytest.raises(RuntimeError), _start_up():
            assert not gc.isenabled()
            made = [[i] for i in range(1000)]  # long-lived containers, as start-up makes
            raise RuntimeError("start-up failed")
        assert gc.isenabled() and gc.get_freeze_count() >= len(made)
    finally:
        gc.unfreeze()
        gc.enable()
