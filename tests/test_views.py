"""The BI views (migrations 0003 and 0006) and the SQL of docs/queries.md, on SQLite and PostgreSQL."""
from __future__ import annotations

import importlib.util
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SEEDS, run_etl  # type: ignore[import-not-found]
from sqlalchemy import inspect, text
from test_query import fill_sample  # type: ignore[import-not-found]

from db.engine import current_revision, downgrade, get_engine, upgrade

DOCS = ROOT / "docs"


def _migration() -> Any:
    spec = importlib.util.spec_from_file_location("migration_0006", ROOT / "db" / "migrations" / "versions" / "0006_county_day_panel.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


VIEWS: dict[str, tuple[str, dict[str, str]]] = _migration().VIEWS


def _norm(value: Any) -> Any:
    """One spelling for both databases: ISO dates, plain ints, rounded floats."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, bool):
        return int(value)
    return value


def _rows(url: str, view: str, drop: tuple[str, ...] = ()) -> list[tuple]:
    with get_engine(url).connect() as conn:
        result = conn.execute(text(f"SELECT * FROM {view}"))
        keys = list(result.keys())
        keep = [i for i, k in enumerate(keys) if k not in drop]
        rows = [tuple(_norm(r[i]) for i in keep) for r in result]
    return sorted(rows, key=lambda t: tuple((v is None, str(v)) for v in t))


def _by_key(url: str, view: str) -> list[dict[str, Any]]:
    with get_engine(url).connect() as conn:
        return [{k: _norm(v) for k, v in r._mapping.items()} for r in conn.execute(text(f"SELECT * FROM {view}"))]


@pytest.fixture
def sample_db(db_url: str) -> str:
    fill_sample(db_url)
    return db_url


def test_view_columns_are_the_documented_ones(sample_db: str) -> None:
    with get_engine(sample_db).connect() as conn:
        assert set(VIEWS) <= set(inspect(conn).get_view_names())
        for view, (_comment, cols) in VIEWS.items():
            assert list(conn.execute(text(f"SELECT * FROM {view} WHERE 1 = 0")).keys()) == list(cols), view
    assert list(VIEWS["v_lockdowns"][1])[:12] == ["province", "prefecture", "county", "adcode", "start_date", "start_time",
                                                   "end_date", "scope", "scope_name", "headline", "source_file", "evidence"]


def test_views_content(sample_db: str) -> None:
    lock = _by_key(sample_db, "v_lockdowns")
    assert len(lock) == 5
    py = next(r for r in lock if r["county"] == "平遥县")
    assert (py["adcode"], py["start_date"], py["start_time"], py["scope"], py["kind"]) == ("140728", "2022-11-07", "08:00", "county", "static_management")
    assert next(r for r in lock if r["county"] == "灵石县")["start_date"] is None

    ev = _by_key(sample_db, "v_events")
    assert len(ev) == 10
    pref = next(r for r in ev if r["county"] is None)
    assert (pref["place"], pref["prefecture"], pref["province"]) == ("晋中市", "晋中市", "山西省")

    arts = {r["headline"]: r for r in _by_key(sample_db, "v_articles")}
    a = arts["平遥县实行全县域静态管理"]
    assert (a["reporters"], a["correspondents"], a["photographers"], a["n_contributors"], a["n_events"], a["county"]) == (
        "闫晓媛", "于亚军", None, 2, 2, "平遥县")
    b = arts["中小学暂缓返校"]
    assert (b["reporters"], b["photographers"], b["n_contributors"]) == ("杨洋", "杨洋", 1)
    assert a["body_chars"] == len(a["body"])

    panel = {(r["county"], r["day"]): r for r in _by_key(sample_db, "v_county_day")}
    # 平遥县 from 11-07 to the edition of 11-10 (assumed end); 灵石县's undated stay-at-home on its latest date
    assert sorted(d for c, d in panel if c == "平遥县") == ["2022-11-07", "2022-11-08", "2022-11-09", "2022-11-10"]
    py_day = panel[("平遥县", "2022-11-07")]
    assert (py_day["c6_stay_at_home"], py_day["c6_general"], py_day["c6_assumed_end"], py_day["h2_testing"]) == (3, 1, 1, 3)
    assert panel[("平遥县", "2022-11-08")]["h2_testing"] == 0
    ls = panel[("灵石县", "2022-11-10")]
    assert (ls["c6_stay_at_home"], ls["c6_general"], ls["c6_undated"]) == (2, 0, 1)
    xd = panel[("小店区", "2022-04-03")]
    ev_ids = {r["type"]: r["event_id"] for r in _by_key(sample_db, "v_events") if r["county"] == "小店区"}
    assert (xd["c6_stay_at_home"], xd["c6_general"], xd["c1_school_closing"], xd["h2_testing"]) == (3, 0, 2, 3)
    assert xd["c1_event_ids"] == str(ev_ids["school_closure"])
    assert xd["adcode"] == "140105"


def test_views_agree_between_databases(pg_url: str, tmp_path: Path) -> None:
    lite = f"sqlite:///{tmp_path / 'lite.db'}"
    fill_sample(lite)
    fill_sample(pg_url)
    for view in VIEWS:
        assert _rows(lite, view) == _rows(pg_url, view), view


def test_aggregated_ids_keep_numeric_order(db_url: str) -> None:
    """Event ids 9 and 10 on one county-day: '9,10' on both databases (not text order)."""
    fill_sample(db_url)
    engine = get_engine(db_url)
    with engine.begin() as conn:
        art = conn.execute(text("SELECT * FROM article WHERE seq = 1 ORDER BY id LIMIT 1")).mappings().one()
        ev = conn.execute(text("SELECT * FROM event WHERE type = 'lockdown' AND start_date IS NOT NULL ORDER BY id LIMIT 1")).mappings().one()
        for n in range(10):
            new = conn.execute(text(
                "INSERT INTO article (source_file_id, seq, headline, body, raw_start, raw_end, published, content_hash, extractor_version) "
                "VALUES (:sf, :seq, NULL, 'x', 0, 1, NULL, :h, 't') RETURNING id"),
                {"sf": art["source_file_id"], "seq": 100 + n, "h": f"extra{n}"}).scalar_one()
            conn.execute(text(
                "INSERT INTO event (article_id, type, county_id, place_id, start_date, date_precision, evidence, evidence_raw_start, "
                "evidence_raw_end, rule, confidence, extractor_version) "
                "VALUES (:a, 'lockdown', :c, :c, :d, 'exact', 'x', 0, 1, 't', 1, 't')"),
                {"a": new, "c": ev["county_id"], "d": ev["start_date"]})
    from etl.panel import refresh

    refresh(engine)
    with engine.connect() as conn:
        ids = conn.execute(text("SELECT c6_event_ids FROM v_county_day WHERE county_id = :c AND day = :d"),
                           {"c": ev["county_id"], "d": ev["start_date"]}).scalar_one()
    numbers = [int(x) for x in ids.split(",")]
    assert numbers == sorted(numbers) and len(numbers) == 11 and max(numbers) >= 10


def test_postgresql_comments_on_every_view_and_column(pg_url: str) -> None:
    upgrade(get_engine(pg_url))
    with get_engine(pg_url).connect() as conn:
        for view, (comment, cols) in VIEWS.items():
            assert conn.execute(text("SELECT obj_description(CAST(:v AS regclass), 'pg_class')"), {"v": view}).scalar() == comment
            got = dict(conn.execute(text(
                "SELECT a.attname, col_description(a.attrelid, a.attnum) FROM pg_attribute a "
                "WHERE a.attrelid = CAST(:v AS regclass) AND a.attnum > 0 AND NOT a.attisdropped"), {"v": view}).all())
            assert got == cols, view


def test_views_documented_in_docs() -> None:
    doc = (DOCS / "views.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", doc, flags=re.M)
    for view, (_comment, cols) in VIEWS.items():
        section = next((s for s in sections if s.startswith(view)), None)
        assert section is not None, f"docs/views.md has no section for {view}"
        for col in cols:
            assert f"| `{col}` |" in section, f"{view}.{col} undocumented"
    schema = (DOCS / "schema.md").read_text(encoding="utf-8")
    assert "erDiagram" in schema
    for table in ("source_file", "article", "person", "byline", "article_contributor", "place", "place_mention", "event"):
        assert f"    {table} {{" in schema, table


def test_downgrade_drops_the_views(db_url: str) -> None:
    engine = get_engine(db_url)
    upgrade(engine)
    downgrade(engine, "0002")
    assert current_revision(engine) == "0002"
    assert "county_day" not in inspect(engine).get_table_names()
    assert not set(VIEWS) & set(inspect(engine).get_view_names())
    upgrade(engine)
    assert set(VIEWS) <= set(inspect(engine).get_view_names())


# --- docs/queries.md ------------------------------------------------------------------------


def doc_queries() -> list[tuple[str, str]]:
    """(dialect or '' for both, SQL) for every ```sql block of docs/queries.md."""
    doc = (DOCS / "queries.md").read_text(encoding="utf-8")
    return [(m.group(1) or "", m.group(2).strip()) for m in re.finditer(r"```sql[ \t]*(\w*)\n(.*?)```", doc, flags=re.S)]


def _run_doc_queries(url: str) -> dict[str, list[tuple]]:
    engine = get_engine(url)
    results = {}
    with engine.connect() as conn:
        for dialect, sql in doc_queries():
            if dialect and dialect != engine.dialect.name:
                continue
            statement = sql.rstrip().rstrip(";")
            results[sql] = [tuple(_norm(v) for v in r) for r in conn.exec_driver_sql(statement)]
    return results


def test_doc_has_the_promised_examples() -> None:
    blocks = doc_queries()
    assert len(blocks) >= 6
    joined = "\n".join(sql for _d, sql in blocks)
    for needle in ("v_lockdowns", "140728", "general_days", "SUBSTR(CAST(a.published AS TEXT), 1, 7)", "v_county_day", "article_contributor"):
        assert needle in joined
    assert {d for d, _ in blocks} == {"", "sqlite", "postgresql"}


def test_doc_queries_run_on_sample(sample_db: str) -> None:
    results = _run_doc_queries(sample_db)
    first = next(rows for sql, rows in results.items() if "GROUP BY province, prefecture, county, adcode, start_date" in sql)
    assert ("山西省", "晋中市", "平遥县", "140728", "2022-11-07", 1, 1, 1) in first
    who = next(rows for sql, rows in results.items() if "lockdown_articles" in sql)
    assert {r[0] for r in who} == {"闫晓媛", "于亚军"}
    per_month = next(rows for sql, rows in results.items() if "AS month" in sql)
    assert ("闫晓媛", "晋中日报", "2022-11", 1) in per_month
    fts = next(rows for sql, rows in results.items() if "核酸" in sql)
    assert len(fts) == 2


def test_doc_queries_same_answers_on_both(pg_url: str, tmp_path: Path) -> None:
    lite = f"sqlite:///{tmp_path / 'lite.db'}"
    fill_sample(lite)
    fill_sample(pg_url)
    a, b = _run_doc_queries(lite), _run_doc_queries(pg_url)
    for sql in set(a) & set(b):  # the portable ones; order compared loosely (ties may fall either way)
        assert sorted(a[sql], key=str) == sorted(b[sql], key=str), sql


# --- end to end on the seeds ------------------------------------------------------------


@pytest.fixture
def seeded_db(db_url: str) -> str:
    r = run_etl("load", str(SEEDS), "--db", db_url, "--quiet")
    assert r.returncode == 0, f"etl load seeds failed:\n{r.stderr[-3000:]}"
    return db_url


def test_doc_queries_run_on_seeds(seeded_db: str) -> None:
    results = _run_doc_queries(seeded_db)
    first = next(rows for sql, rows in results.items() if "GROUP BY province, prefecture, county, adcode, start_date" in sql)
    assert any(r[2] == "平遥县" and r[4] == "2022-11-07" for r in first), first
    assert any(r[2] == "小店区" and r[4] == "2022-04-03" for r in first), first
    undated = next(rows for sql, rows in results.items() if "WHERE start_date IS NULL" in sql)
    assert any(r[0] == "灵石县" and r[4] == "approximate" for r in undated), undated
    chart = {r[3]: r for sql, rows in results.items() if "general_days" in sql for r in rows}
    assert chart["140728"][4:] == (4, 0, 4, "2022-11-07", "2022-11-10"), chart  # 平遥县: county-wide, assumed end
    assert chart["140105"][4] == 0 and chart["140105"][5] > 0, chart  # 小店区: targeted only


def test_seed_views_agree_between_databases(pg_url: str, tmp_path: Path) -> None:
    lite = f"sqlite:///{tmp_path / 'lite.db'}"
    for url in (lite, pg_url):
        r = run_etl("load", str(SEEDS), "--db", url, "--quiet")
        assert r.returncode == 0, f"etl load seeds failed:\n{r.stderr[-3000:]}"
    # ids can differ (PostgreSQL spends sequence values on ON CONFLICT DO NOTHING), so leave them out
    ids = ("article_id", "event_id", "county_id", "c6_event_ids", "c1_event_ids", "h2_event_ids")
    for view in VIEWS:
        assert _rows(lite, view, drop=ids) == _rows(pg_url, view, drop=ids), view


# Each BI view restates a query-module SELECT in migration SQL: the two must give the same
# rows (on the view's columns that the function returns), or a BI user and an `etl query`
# user would read different answers from one database. v_articles has no query function.
VIEW_FUNCTIONS = {"v_lockdowns": "lockdowns", "v_events": "events", "v_county_day": "panel"}


def _view_vs_function(url: str, view: str) -> tuple[list[tuple], list[tuple]]:
    from dataclasses import astuple, fields

    from etl import query

    row_type = {"v_lockdowns": query.LockdownRow, "v_events": query.EventRow, "v_county_day": query.PanelRow}[view]
    names = [f.name for f in fields(row_type)]
    with get_engine(url).connect() as conn:
        from_view = [tuple(_norm(r._mapping[n]) for n in names) for r in conn.execute(text(f"SELECT * FROM {view}"))]
        from_function = [tuple(_norm(v) for v in astuple(r)) for r in getattr(query, VIEW_FUNCTIONS[view])(conn)]

    def order(rows: list[tuple]) -> list[tuple]:
        return sorted(rows, key=lambda t: tuple((v is None, str(v)) for v in t))

    return order(from_view), order(from_function)


@pytest.mark.parametrize("view", sorted(VIEW_FUNCTIONS))
def test_view_returns_the_rows_of_its_query_function(sample_db: str, view: str) -> None:
    from_view, from_function = _view_vs_function(sample_db, view)
    assert from_view, f"{view}: the sample gives no rows, the comparison would prove nothing"
    assert from_view == from_function


def test_views_return_the_rows_of_their_query_functions_on_seeds(seeded_db: str) -> None:
    for view in VIEW_FUNCTIONS:
        from_view, from_function = _view_vs_function(seeded_db, view)
        assert from_view and from_view == from_function, view
