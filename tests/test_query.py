"""etl.query and `etl query …` / `etl search` / `etl db grant-readonly`, on SQLite and PostgreSQL.

Two kinds of data: ``sample_db`` inserts a small hand-made database directly (it needs no
extraction, so it pins the query semantics exactly), and ``seeded_db`` runs the real
`etl load seeds` (end to end: the answers docs/design.md expects from the two seed pages).
"""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from conftest import SEEDS, run_etl  # type: ignore[import-not-found]
from sqlalchemy import insert, select, text

from db import models as m
from db.engine import get_engine, upgrade
from etl import query

CONTRACT = ["province", "prefecture", "county", "adcode", "start_date", "start_time", "end_date", "scope",
            "scope_name", "headline", "source_file", "evidence"]


# --- a small hand-made database ---------------------------------------------------------

_PLACES = [
    # key, name, level, adcode, official, parent key, province, prefecture, county, county_adcode
    ("山西省", "山西省", "province", "140000", True, None, "山西省", None, None, None),
    ("山西省/晋中市", "晋中市", "prefecture", "140700", True, "山西省", "山西省", "晋中市", None, None),
    ("山西省/晋中市/平遥县", "平遥县", "county", "140728", True, "山西省/晋中市", "山西省", "晋中市", "平遥县", "140728"),
    ("山西省/晋中市/灵石县", "灵石县", "county", "140729", True, "山西省/晋中市", "山西省", "晋中市", "灵石县", "140729"),
    ("山西省/晋中市/灵石县/南关镇", "南关镇", "town", None, True, "山西省/晋中市/灵石县", "山西省", "晋中市", "灵石县", "140729"),
    ("山西省/太原市", "太原市", "prefecture", "140100", True, "山西省", "山西省", "太原市", None, None),
    ("山西省/太原市/小店区", "小店区", "county", "140105", True, "山西省/太原市", "山西省", "太原市", "小店区", "140105"),
    ("山西省/太原市/小店区/山西大学", "山西大学", "sub", None, False, "山西省/太原市/小店区", "山西省", "太原市", "小店区", "140105"),
    ("山西省/太原市/小店区/龙保社区", "龙保社区", "community", None, True, "山西省/太原市/小店区", "山西省", "太原市", "小店区", "140105"),
]

_ARTICLES = [
    # file index, seq, headline, published, body, primary county key
    (0, 1, "平遥县实行全县域静态管理", date(2022, 11, 8),
     "11月7日8时起，平遥县按下“暂停键”，实行全县域静态管理。全县开展全员核酸检测。", "山西省/晋中市/平遥县"),
    (0, 2, None, date(2022, 11, 10), "连日来，灵石县南关镇居民居家不外出，志愿者上门服务。", "山西省/晋中市/灵石县"),
    (1, 1, "小店区多措并举守护群众健康", date(2022, 4, 4),
     "4月3日起，山西大学实行封闭管理，龙保社区实行封控管理，坞城路实行道路封闭。当日小店区开展全员核酸检测。", "山西省/太原市/小店区"),
    (1, 2, "中小学暂缓返校", date(2022, 4, 5), "4月3日，小店区中小学暂缓返校，开展线上教学。", "山西省/太原市/小店区"),
]

_PEOPLE = ["闫晓媛", "于亚军", "武玲芳", "杨洋"]
_CONTRIBUTORS = [  # article index, person, role, position
    (0, "闫晓媛", "reporter", 1), (0, "于亚军", "correspondent", 2), (1, "武玲芳", "reporter", 1),
    (2, "闫晓媛", "reporter", 1), (2, "杨洋", "photographer", 2), (3, "杨洋", "reporter", 1), (3, "杨洋", "photographer", 2),
]

_EVENTS = [
    # article, type, kind, scope, scope_name, place key, county key, start, time, precision, not_after, evidence
    (0, "lockdown", "static_management", "county", "平遥县", "山西省/晋中市/平遥县", "山西省/晋中市/平遥县",
     date(2022, 11, 7), "08:00", "exact", None, "11月7日8时起，平遥县按下“暂停键”，实行全县域静态管理。"),
    (0, "mass_testing", None, "county", "平遥县", "山西省/晋中市/平遥县", "山西省/晋中市/平遥县",
     date(2022, 11, 7), None, "exact", None, "全县开展全员核酸检测。"),
    (1, "lockdown", "stay_at_home", "town", "南关镇", "山西省/晋中市/灵石县/南关镇", "山西省/晋中市/灵石县",
     None, None, "approximate", date(2022, 11, 10), "连日来，灵石县南关镇居民居家不外出，志愿者上门服务。"),
    (2, "lockdown", "closed_management", "campus", "山西大学", "山西省/太原市/小店区/山西大学", "山西省/太原市/小店区",
     date(2022, 4, 3), None, "exact", None, "4月3日起，山西大学实行封闭管理，"),
    (2, "lockdown", "lockdown", "community", "龙保社区", "山西省/太原市/小店区/龙保社区", "山西省/太原市/小店区",
     date(2022, 4, 3), None, "exact", None, "龙保社区实行封控管理，"),
    (2, "lockdown", "closed_management", "road", "坞城路", None, "山西省/太原市/小店区",
     date(2022, 4, 3), None, "exact", None, "坞城路实行道路封闭。"),
    (2, "mass_testing", None, "county", "小店区", "山西省/太原市/小店区", "山西省/太原市/小店区",
     date(2022, 4, 3), None, "exact", None, "当日小店区开展全员核酸检测。"),
    (3, "school_closure", "delayed_reopening", "county", "小店区", "山西省/太原市/小店区", "山西省/太原市/小店区",
     date(2022, 4, 3), None, "exact", None, "4月3日，小店区中小学暂缓返校，开展线上教学。"),
    (3, "case_report", "confirmed", None, None, "山西省/太原市/小店区", "山西省/太原市/小店区",
     date(2022, 4, 4), None, "exact", None, "4月3日，小店区中小学暂缓返校，开展线上教学。"),
    (1, "mass_testing", None, None, "晋中市", "山西省/晋中市", None,
     date(2022, 11, 9), None, "exact", None, "连日来，灵石县南关镇居民居家不外出，志愿者上门服务。"),
]


def fill_sample(url: str) -> None:
    """Migrate ``url`` and insert the sample database (places, files, articles, people, events, index)."""
    from etl.panel import refresh as refresh_panel
    from etl.search import index_articles

    engine = get_engine(url)
    upgrade(engine)
    with engine.begin() as conn:
        place_ids: dict[str, int] = {}
        for key, name, level, adcode, official, parent, prov, pref, county, cc in _PLACES:
            place_ids[key] = conn.execute(insert(m.Place.__table__).values(
                key=key, name=name, level=level, adcode=adcode, official=official, parent_id=place_ids.get(parent) if parent else None,
                province=prov, prefecture=pref, county=county, county_adcode=cc).returning(m.Place.__table__.c.id)).scalar_one()
        files = []
        for i, (path, ed) in enumerate([("000_8d33f601fb21941f.txt", date(2022, 11, 10)), ("001_d67d24ce628e12ec.txt", date(2022, 4, 5))]):
            files.append(conn.execute(insert(m.SourceFile.__table__).values(
                path=path, location=f"/sample/{path}", location_key=f"{i:064d}", sha256=f"{i:064d}", size_bytes=100, encoding="utf-8", newspaper="晋中日报" if i == 0 else "太原日报",
                region=None, edition_date=ed, date_precision="approximate", page=None, status="loaded",
                extractor_version="test").returning(m.SourceFile.__table__.c.id)).scalar_one())
        article_ids = []
        for n, (fi, seq, headline, published, body, county) in enumerate(_ARTICLES):
            article_ids.append(conn.execute(insert(m.Article.__table__).values(
                source_file_id=files[fi], seq=seq, headline=headline, subheadline=None, body=body, raw_start=0,
                raw_end=len(body), published=published, content_hash=f"{n:064x}", primary_county_id=place_ids[county],
                extractor_version="test").returning(m.Article.__table__.c.id)).scalar_one())
        person_ids = {}
        for name in _PEOPLE:
            paper = "太原日报" if name == "杨洋" else "晋中日报"
            person_ids[name] = conn.execute(insert(m.Person.__table__).values(name=name, newspaper=paper)
                                            .returning(m.Person.__table__.c.id)).scalar_one()
        for ai, name, role, pos in _CONTRIBUTORS:
            conn.execute(insert(m.ArticleContributor.__table__).values(
                article_id=article_ids[ai], person_id=person_ids[name], byline_id=None, role=role, position=pos))
        for ai, type_, kind, scope, scope_name, place, county, start, tm, prec, not_after, evidence in _EVENTS:
            conn.execute(insert(m.Event.__table__).values(
                article_id=article_ids[ai], type=type_, kind=kind, scope=scope, scope_name=scope_name,
                place_id=place_ids[place] if place else None, county_id=place_ids[county] if county else None,
                start_date=start, start_time=tm, end_date=None, announced_date=None, not_after=not_after,
                date_precision=prec, date_text=None, people=None, count=5 if type_ == "case_report" else None,
                round=None, sampling_points=None, level=None, evidence=evidence, evidence_raw_start=0,
                evidence_raw_end=len(evidence), rule="test", confidence=0.9, extractor_version="test"))
        index_articles(conn, article_ids)
    refresh_panel(engine)


@pytest.fixture(scope="module")
def sample_db(module_db_url: str) -> str:
    """Filled once per backend: every test that uses it only reads."""
    fill_sample(module_db_url)
    return module_db_url


@pytest.fixture(scope="module")
def seeded_db(module_db_url: str) -> str:
    """The seeds loaded through the real CLI (needs the extraction stages), once per backend:
    every test that uses it only reads."""
    r = run_etl("load", str(SEEDS), "--db", module_db_url, "--quiet")
    assert r.returncode == 0, f"etl load seeds failed:\n{r.stderr[-3000:]}"
    return module_db_url


def _csv(stdout: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(stdout)))


# --- the Python API on the sample --------------------------------------------------------


def test_lockdowns_rows_and_order(sample_db: str) -> None:
    with get_engine(sample_db).connect() as conn:
        rows = query.lockdowns(conn)
    assert query.columns(query.LockdownRow)[:12] == CONTRACT
    # by county name, then start date; undated last within its county
    got = [(r.county, r.start_date, r.start_time, r.scope, r.scope_name) for r in rows]
    assert sorted((g for g in got if g[0] == "小店区"), key=lambda g: g[3]) == [
        ("小店区", date(2022, 4, 3), None, "campus", "山西大学"),
        ("小店区", date(2022, 4, 3), None, "community", "龙保社区"),
        ("小店区", date(2022, 4, 3), None, "road", "坞城路"),
    ]
    assert {g[0] for g in got} == {"平遥县", "小店区", "灵石县"}
    counties = [g[0] for g in got]
    assert counties == sorted(counties, key=counties.index)  # grouped by county (order: the database's collation)
    py = next(r for r in rows if r.county == "平遥县")
    assert (py.province, py.prefecture, py.adcode, py.start_date, py.start_time, py.scope, py.kind, py.date_precision) == (
        "山西省", "晋中市", "140728", date(2022, 11, 7), "08:00", "county", "static_management", "exact")
    assert py.headline == "平遥县实行全县域静态管理" and py.source_file == "000_8d33f601fb21941f.txt"
    ls = next(r for r in rows if r.county == "灵石县")
    assert (ls.start_date, ls.date_precision, ls.scope, ls.kind, ls.not_after) == (None, "approximate", "town", "stay_at_home", date(2022, 11, 10))
    assert ls.headline is None


def test_lockdown_filters(sample_db: str) -> None:
    with get_engine(sample_db).connect() as conn:
        assert {r.county for r in query.lockdowns(conn, prefecture="晋中市")} == {"平遥县", "灵石县"}
        assert {r.scope for r in query.lockdowns(conn, county="小店区")} == {"campus", "community", "road"}
        assert len(query.lockdowns(conn, province="山西省")) == 5
        with pytest.raises(query.PlaceError, match="no such place"):
            query.lockdowns(conn, province="河北省")
        assert [r.scope_name for r in query.lockdowns(conn, scope="campus")] == ["山西大学"]
        # date filters drop undated events unless asked, and then only those that may fall in range
        nov = query.lockdowns(conn, date_from=date(2022, 11, 1), date_to=date(2022, 11, 30))
        assert [r.county for r in nov] == ["平遥县"]
        nov_all = query.lockdowns(conn, date_from=date(2022, 11, 1), date_to=date(2022, 11, 30), include_undated=True)
        assert sorted(r.county for r in nov_all) == ["平遥县", "灵石县"]
        late = query.lockdowns(conn, date_from=date(2022, 12, 1), include_undated=True)
        assert late == []  # the undated one started by 2022-11-10 at the latest
        assert len(query.lockdowns(conn, limit=2)) == 2


def test_events_and_timeline(sample_db: str) -> None:
    with get_engine(sample_db).connect() as conn:
        ev = query.events(conn)
        assert len(ev) == len(_EVENTS)
        pref_only = next(e for e in ev if e.county is None)
        assert (pref_only.place, pref_only.place_level, pref_only.province, pref_only.prefecture) == ("晋中市", "prefecture", "山西省", "晋中市")
        assert {(e.place, e.county) for e in query.events(conn, type="mass_testing", prefecture="晋中市")} == {
            ("平遥县", "平遥县"), ("晋中市", None)}  # the prefecture-wide event has no county but is inside
        assert len(query.events(conn, type="mass_testing", province="山西省")) == 3
        assert [e.place for e in query.events(conn, type="mass_testing", county="平遥县")] == ["平遥县"]
        testing = query.events(conn, type="mass_testing", county="小店区")
        assert [(e.place, e.county_adcode, e.start_date) for e in testing] == [("小店区", "140105", date(2022, 4, 3))]
        assert sorted(e.scope_name for e in query.events(conn, kind="closed_management")) == sorted(["山西大学", "坞城路"])
        dates = [e.start_date or e.not_after for e in ev]
        assert dates == sorted(dates)

        tl = query.timeline(conn, "小店区")
        assert {t.type for t in tl} == {"lockdown", "mass_testing", "school_closure", "case_report"}
        assert [t.date for t in tl] == sorted(t.date for t in tl)
        assert {(t.adcode, t.prefecture, t.province) for t in tl} == {("140105", "太原市", "山西省")}
        assert [t.type for t in query.timeline(conn, "山西大学")] == ["lockdown"]
        assert {t.county for t in query.timeline(conn, "晋中市")} == {"平遥县", "灵石县", None}
        assert query.timeline(conn, "小店区", type="school_closure")[0].kind == "delayed_reopening"
        with pytest.raises(query.PlaceError):
            query.timeline(conn, "不存在县")
        ls = query.timeline(conn, "灵石县")  # undated: no date, sorted at the latest it can be
        assert (ls[0].date, ls[0].not_after, ls[0].date_precision) == (None, date(2022, 11, 10), "approximate")
        assert (ls[0].adcode, ls[0].province) == ("140729", "山西省")


def test_reporters(sample_db: str) -> None:
    with get_engine(sample_db).connect() as conn:
        rows = {r.name: r for r in query.reporters(conn)}
        assert rows["闫晓媛"].items == 2 and rows["闫晓媛"].first == date(2022, 4, 4) and rows["闫晓媛"].last == date(2022, 11, 8)
        assert rows["杨洋"].items == 2 and rows["杨洋"].roles == "reporter,photographer"  # both roles on one item count once
        assert rows["于亚军"].roles == "correspondent"
        assert [r.name for r in query.reporters(conn, role="correspondent")] == ["于亚军"]
        assert {r.name for r in query.reporters(conn, newspaper="太原日报")} == {"杨洋"}
        nov = {r.name: r.items for r in query.reporters(conn, date_from=date(2022, 11, 1))}
        assert nov == {"闫晓媛": 1, "于亚军": 1, "武玲芳": 1}
        first = query.reporters(conn)[0]
        assert first.items == 2


def test_search(sample_db: str) -> None:
    with get_engine(sample_db).connect() as conn:
        hits = query.search(conn, "核酸检测")
        assert {h.headline for h in hits} == {"平遥县实行全县域静态管理", "小店区多措并举守护群众健康"}
        assert all("[核酸检测]" in h.snippet for h in hits), [h.snippet for h in hits]
        assert query.search(conn, "疫苗接种率") == []


def test_query_module_keeps_jieba_out() -> None:
    import subprocess
    import sys

    code = "import sys, etl.query, etl.cli_query, etl.cli; print(any(m in sys.modules for m in ('jieba', 'rjieba')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


# --- the CLI on the sample --------------------------------------------------------------


def test_cli_lockdowns_formats(sample_db: str) -> None:
    r = run_etl("query", "lockdowns", "--db", sample_db, "--format", "csv")
    assert r.returncode == 0, r.stderr
    header = r.stdout.splitlines()[0].split(",")
    assert header[:12] == CONTRACT
    rows = _csv(r.stdout)
    py = next(x for x in rows if x["county"] == "平遥县")
    assert (py["start_date"], py["start_time"], py["scope"], py["kind"], py["adcode"]) == ("2022-11-07", "08:00", "county", "static_management", "140728")
    assert next(x for x in rows if x["county"] == "灵石县")["start_date"] == ""

    r = run_etl("query", "lockdowns", "--db", sample_db)  # a pipe: CSV by default
    assert r.returncode == 0 and r.stdout.splitlines()[0].startswith("province,prefecture,county,adcode")

    r = run_etl("query", "lockdowns", "--db", sample_db, "--format", "json", "--county", "小店区")
    data = json.loads(r.stdout)
    assert {d["scope_name"] for d in data} == {"山西大学", "龙保社区", "坞城路"}
    assert list(data[0])[:12] == CONTRACT

    r = run_etl("query", "lockdowns", "--db", sample_db, "--format", "table")
    assert r.returncode == 0 and "平遥县" in r.stdout and "scope_name" in r.stdout

    r = run_etl("query", "lockdowns", "--db", sample_db, "-f", "csv", "--from", "2022-11-01", "--no-undated")
    assert [x["county"] for x in _csv(r.stdout)] == ["平遥县"]
    r = run_etl("query", "lockdowns", "--db", sample_db, "-f", "csv", "--from", "2022-11-01")
    assert sorted(x["county"] for x in _csv(r.stdout)) == ["平遥县", "灵石县"]


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_cli_other_commands(sample_db: str, fmt: str) -> None:
    cases = [
        (["query", "timeline", "小店区"], "山西大学"),
        (["query", "events", "--type", "mass_testing", "--prefecture", "太原市"], "小店区"),
        (["query", "reporters", "--role", "reporter"], "闫晓媛"),
        (["search", "核酸检测"], "核酸检测"),
    ]
    for args, needle in cases:
        r = run_etl(*args, "--db", sample_db, "--format", fmt)
        assert r.returncode == 0, (args, r.stderr)
        assert needle in r.stdout, (args, r.stdout)
        if fmt == "json":
            assert isinstance(json.loads(r.stdout), list)
        if fmt == "csv":
            assert len(_csv(r.stdout)) >= 1


def test_cli_bad_input(sample_db: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    r = run_etl("query", "lockdowns", "--db", sample_db, "--from", "7 Nov")
    assert r.returncode == 2 and "YYYY-MM-DD" in r.stderr
    r = run_etl("query", "lockdowns", "--db", sample_db, "--scope", "planet")
    assert r.returncode == 2 and "county" in r.stderr
    r = run_etl("query", "lockdowns", "--db", f"sqlite:///{tmp_path / 'empty.db'}")
    assert r.returncode == 2 and "etl db upgrade" in r.stderr
    r = run_etl("query", "timeline", "不存在县", "--db", sample_db, "-f", "csv")
    assert r.returncode == 2 and "no such place" in r.stderr and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1


# --- grant-readonly -----------------------------------------------------------------------


def test_grant_readonly_refused_on_sqlite(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'x.db'}"
    upgrade(get_engine(url))
    r = run_etl("db", "grant-readonly", "bi_reader", "--db", url)
    assert r.returncode == 2 and "PostgreSQL" in r.stderr


def test_grant_readonly_on_postgresql(pg_url: str, pg_server_handle) -> None:  # type: ignore[no-untyped-def]
    import psycopg
    from sqlalchemy.engine import make_url

    fill_sample(pg_url)
    r = run_etl("db", "grant-readonly", "bad;drop", "--db", pg_url)
    assert r.returncode == 2 and "role name" in r.stderr
    r = run_etl("db", "grant-readonly", "bi_reader", "--password", "s3cret'%x", "--db", pg_url)
    assert r.returncode == 0, r.stderr
    assert "s3cret" not in r.stdout + r.stderr
    r = run_etl("db", "grant-readonly", "bi_reader", "--password", "s3cret'%x", "--db", pg_url)  # idempotent
    assert r.returncode == 0 and "updated" in r.stdout, r.stderr

    # a table a later migration creates is readable too (default privileges)
    with get_engine(pg_url).begin() as conn:
        conn.execute(text("CREATE TABLE later_table (x integer)"))
        conn.execute(text("INSERT INTO later_table VALUES (1)"))

    u = make_url(pg_url)
    conninfo = dict(host=u.host, port=u.port, dbname=u.database, user="bi_reader", password="s3cret'%x")
    with psycopg.connect(**conninfo, autocommit=True) as ro:
        assert ro.execute("SELECT count(*) FROM article").fetchone()[0] == len(_ARTICLES)
        assert ro.execute("SELECT count(*) FROM v_lockdowns").fetchone()[0] == 5
        assert ro.execute("SELECT count(*) FROM v_county_day").fetchone()[0] > 0
        assert ro.execute("SELECT x FROM later_table").fetchone()[0] == 1
        for stmt in ("INSERT INTO person (name, newspaper) VALUES ('x', '')", "UPDATE article SET headline = 'x'",
                     "DELETE FROM event", "CREATE TABLE sneaky (x integer)", "DROP VIEW v_events",
                     "CREATE VIEW sneaky_v AS SELECT 1 AS one"):
            # refused as a read-only session, and by privilege once the role turns that off
            with pytest.raises((psycopg.errors.InsufficientPrivilege, psycopg.errors.ReadOnlySqlTransaction)):
                ro.execute(stmt)
    with get_engine(pg_url).connect() as conn:
        assert conn.execute(select(m.Event.__table__.c.id)).all()  # nothing was deleted


# --- speed (issue 8) -------------------------------------------------------------------------


@pytest.mark.slow
def test_lockdowns_use_indexes_and_read_little(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A million events, 2 % lockdowns: the lockdown query reads the index, not the table.

    Slow: filling a million rows is the longest default test; runs under CI=true."""
    url = f"sqlite:///{tmp_path / 'big.db'}"
    fill_sample(url)
    engine = get_engine(url)
    with engine.begin() as conn:
        art, county = conn.execute(text("SELECT id, primary_county_id FROM article LIMIT 1")).one()
        other = conn.execute(text("SELECT id FROM place WHERE name = '灵石县'")).scalar_one()
        conn.execute(text(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
            "INSERT INTO event (article_id, type, kind, scope, scope_name, place_id, county_id, start_date, date_precision, "
            " evidence, evidence_raw_start, evidence_raw_end, rule, confidence, extractor_version) "
            "SELECT :a, CASE WHEN i % 50 = 0 THEN 'lockdown' ELSE 'case_report' END, NULL, 'county', NULL, :c, "
            " CASE WHEN i % 2 = 0 THEN :c ELSE :o END, date('2020-01-01', '+' || (i % 1000) || ' days'), 'exact', 'x', 0, 1, 't', 1, 't' "
            "FROM n"), {"a": art, "c": county, "o": other})
        conn.execute(text("ANALYZE"))
    with engine.connect() as conn:
        plan = _explain(conn, query.lockdowns_statement(date_from=date(2022, 6, 1), date_to=date(2022, 6, 7)))
        assert "ix_event_type_start" in plan, plan
        plan = _explain(conn, query.lockdowns_statement(query.area(conn, county="平遥县")))
        assert "ix_event_county_type" in plan or "ix_event_type_start" in plan, plan
        plan = _explain(conn, query.lockdowns_statement())
        assert "ix_event_type_start" in plan, plan
        # work counted in SQLite virtual-machine steps, not seconds: the same on any machine,
        # however busy. A month or a quarter of lockdowns (2% of a million events) must cost under a tenth of
        # one pass over the table (about 2-5% with the indexes).
        scan = _vm_steps(conn, lambda: conn.execute(text("SELECT count(*) FROM event WHERE evidence = 'y'")).all())
        for ask in ({"county": "平遥县", "date_from": date(2022, 1, 1), "date_to": date(2022, 1, 31)},
                    {"date_from": date(2022, 1, 1), "date_to": date(2022, 1, 31)},
                    {"province": "山西省", "date_from": date(2022, 1, 1), "date_to": date(2022, 3, 31)}):
            steps = _vm_steps(conn, lambda ask=ask: query.lockdowns(conn, **ask))
            assert steps < scan / 10, (ask, steps, scan)


def _vm_steps(conn, fn) -> int:  # type: ignore[no-untyped-def]
    """Thousands of SQLite virtual-machine instructions ``fn`` runs on ``conn`` (a progress handler)."""
    raw = conn.connection.driver_connection
    count = [0]

    def tick() -> int:
        count[0] += 1
        return 0

    raw.set_progress_handler(tick, 1000)
    try:
        fn()
    finally:
        raw.set_progress_handler(None, 0)
    return count[0]


def _explain(conn, stmt) -> str:  # type: ignore[no-untyped-def]
    sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
    return " ".join(str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))


# --- end to end on the seeds ------------------------------------------------------------


def test_seeds_lockdowns(seeded_db: str) -> None:
    r = run_etl("query", "lockdowns", "--db", seeded_db, "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0].split(",")[:12] == CONTRACT
    rows = _csv(r.stdout)
    py = [x for x in rows if x["county"] == "平遥县" and x["start_date"] == "2022-11-07"]
    assert py and py[0]["start_time"] == "08:00" and py[0]["scope"] == "county" and py[0]["kind"] == "static_management"
    assert py[0]["adcode"] == "140728" and py[0]["prefecture"] == "晋中市" and py[0]["province"] == "山西省"
    xd = [x for x in rows if x["county"] == "小店区" and x["start_date"] == "2022-04-03"]
    assert {"campus", "community", "road"} <= {x["scope"] for x in xd}
    names = {x["scope_name"] for x in xd}
    assert "山西大学" in names and names & {"龙保社区", "龙堡社区"}  # as printed, or the gazetteer's spelling
    ls = [x for x in rows if x["county"] == "灵石县"]
    assert any(x["start_date"] == "" and x["date_precision"] == "approximate" and x["scope"] == "town" and x["kind"] == "stay_at_home" for x in ls)


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_seeds_every_command(seeded_db: str, fmt: str) -> None:
    for args in (["query", "lockdowns"], ["query", "timeline", "平遥县"], ["query", "events"], ["query", "reporters"],
                 ["search", "核酸检测"]):
        r = run_etl(*args, "--db", seeded_db, "--format", fmt)
        assert r.returncode == 0, (args, r.stderr)
        if fmt == "json":
            assert json.loads(r.stdout), args
        elif fmt == "csv":
            assert _csv(r.stdout), args
    r = run_etl("search", "核酸检测", "--db", seeded_db, "--format", "json")
    hits = json.loads(r.stdout)
    assert hits and all("[" in h["snippet"] for h in hits)
    r = run_etl("query", "timeline", "平遥县", "--db", seeded_db, "--format", "json")
    assert any(t["type"] == "lockdown" and t["date"] == "2022-11-07" for t in json.loads(r.stdout))
