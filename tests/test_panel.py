"""The county x day panel (etl/panel.py): days in force, liftings, extensions, horizons, ordinals.

Unit tests drive the pure functions with hand-made measures; the database tests load a
small folder of pages written for this test (other places and dates than the seeds) and
compare the panel on SQLite and PostgreSQL.
"""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from conftest import SEEDS, run_etl  # type: ignore[import-not-found]
from sqlalchemy import text

from db.engine import get_engine
from etl.panel import Lifting, Measure, days, ordinal, spells

D = date(2021, 8, 2)


def _m(eid: int, start: date | None, end: date | None = None, place: int | None = 10, general: bool = False,
       kind: str = "lockdown", ind: str = "c6", not_after: date | None = None, evidence: str = "") -> Measure:
    return Measure(eid, 1, ind, kind, place, general, start, not_after, end, evidence)


def _span(rows, ind: str = "c6") -> list[date]:  # type: ignore[no-untyped-def]
    return [r.day for r in rows if r.values[ind] > 0]


def test_open_measure_runs_to_the_last_edition_with_an_assumed_end() -> None:
    rows = days(spells([_m(1, D, general=True)], [], {1: D + timedelta(days=3)}))
    assert _span(rows) == [D + timedelta(days=i) for i in range(4)]
    assert all(r.values["c6_assumed_end"] == 1 and r.values["c6_general"] == 1 for r in rows)
    assert rows[0].values["c6_event_ids"] == "1"


def test_horizon_is_capped_and_defaults_without_an_edition() -> None:
    far = days(spells([_m(1, D)], [], {1: D + timedelta(days=200)}))
    assert len(far) == 14  # max_open_days
    none = days(spells([_m(1, D)], [], {}))
    assert len(none) == 7  # default_days
    before = days(spells([_m(1, D)], [], {1: D - timedelta(days=1)}))  # announced for after the edition
    assert len(before) == 7


def test_a_lifting_closes_the_measure_the_day_before() -> None:
    lift = Lifting(1, 10, False, D + timedelta(days=5))
    rows = days(spells([_m(1, D)], [lift], {1: D + timedelta(days=10)}))
    assert _span(rows)[-1] == D + timedelta(days=4)
    assert all(r.values["c6_assumed_end"] == 0 for r in rows)


def test_a_county_wide_lifting_closes_every_open_measure_but_a_local_one_only_its_place() -> None:
    measures = [_m(1, D, place=10), _m(2, D, place=11)]
    local = days(spells(measures, [Lifting(1, 11, False, D + timedelta(days=2))], {1: D + timedelta(days=6)}))
    assert [r.values["c6_event_ids"] for r in local] == ["1,2", "1,2", "1", "1", "1", "1", "1"]
    whole = days(spells(measures, [Lifting(1, 1, True, D + timedelta(days=2))], {1: D + timedelta(days=6)}))
    assert len(whole) == 2


def test_a_lifting_before_the_start_does_not_end_it() -> None:
    rows = days(spells([_m(1, D)], [Lifting(1, 10, True, D - timedelta(days=3))], {1: D + timedelta(days=1)}))
    assert len(rows) == 2 and rows[0].values["c6_assumed_end"] == 1


def test_an_end_date_in_the_text_wins_and_a_later_report_extends_an_open_one() -> None:
    given = days(spells([_m(1, D, end=D + timedelta(days=20))], [], {1: D}))
    assert len(given) == 21 and given[0].values["c6_assumed_end"] == 0
    extended = days(spells([_m(1, D), _m(2, D + timedelta(days=3), end=D + timedelta(days=9))], [], {1: D + timedelta(days=4)}))
    assert _span(extended)[-1] == D + timedelta(days=9)
    assert all(r.values["c6_assumed_end"] == 0 for r in extended)


def test_undated_measure_sits_on_its_latest_date() -> None:
    rows = days(spells([_m(1, None, not_after=D)], [], {1: D}))
    assert [r.day for r in rows] == [D] and rows[0].values["c6_undated"] == 1
    assert days(spells([_m(1, None)], [], {1: D})) == []


def test_testing_lasts_its_day_and_ordinals_follow_kind_and_wording() -> None:
    rows = days(spells([_m(1, D, ind="h2", kind="")], [], {1: D + timedelta(days=5)}))
    assert [r.day for r in rows] == [D] and rows[0].values["h2"] == 3
    assert ordinal("c6", "static_management", "全域实行静态管理") == 3
    assert ordinal("c6", "closed_management", "某小区实行封闭管理") == 2
    assert ordinal("c6", "stay_at_home", "倡导市民非必要不外出") == 1
    assert ordinal("c1", "suspended", "全县中小学停课") == 2
    assert ordinal("c1", "suspended", "各级各类学校停课") == 3


def test_days_combine_indicators_per_county_day() -> None:
    rows = days(spells([_m(1, D, general=True), _m(2, D, ind="c1", kind="online", general=True)], [], {1: D}))
    assert len(rows) == 1
    v = rows[0].values
    assert (v["c6"], v["c1"], v["h2"], v["c1_event_ids"], v["h2_event_ids"]) == (3, 2, 0, "2", None)


def test_one_measure_cell_equals_the_general_reading() -> None:
    """A county-day with one measure of an indicator takes a shortcut (no set, no sort): the
    same columns, in the same order, as the general reading of that measure told twice."""
    from itertools import product

    from etl.panel import Spell, _cell

    for ind, general, assumed, undated in product(("c6", "c1", "h2"), (False, True), (False, True), (False, True)):
        s = Spell(_m(7, D, general=general, ind=ind), D, D, 2, assumed, undated)
        one, twice = _cell(ind, [s]), _cell(ind, [s, s])
        assert list(one.items()) == list(twice.items())


# --- through the CLI and the databases ----------------------------------------------------

_PAGE_A = """七台河日报 2021年8月3日 第2版

新兴区全域实行静态管理

本报讯（记者 苏明远）8月2日8时起，新兴区实行全域静态管理，全区居民居家不外出。

8月2日，新兴区开展全员核酸检测，共设采样点120个。
"""

_PAGE_B = """七台河日报 2021年8月8日 第1版

新兴区有序解封

本报讯（记者 苏明远）8月6日起，新兴区解除静态管理，恢复正常生产生活秩序。
"""


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(_PAGE_A, encoding="utf-8")
    (folder / "b.txt").write_text(_PAGE_B, encoding="utf-8")
    (folder / "manifest.csv").write_text(
        "file,newspaper,region,edition_date,date_precision,page\n"
        "a.txt,七台河日报,七台河市,2021-08-03,exact,2\nb.txt,七台河日报,七台河市,2021-08-08,exact,1\n", encoding="utf-8")
    return folder


def _panel(url: str) -> list[tuple]:
    with get_engine(url).connect() as conn:
        return [tuple(str(v) for v in r) for r in conn.execute(text(
            "SELECT county, adcode, day, c6_stay_at_home, c6_general, c6_assumed_end, h2_testing "
            "FROM v_county_day ORDER BY adcode, day"))]


def test_lifting_in_a_later_edition_closes_the_lockdown(db_url: str, tmp_path: Path) -> None:
    r = run_etl("load", str(_corpus(tmp_path)), "--db", db_url, "--quiet")
    assert r.returncode == 0, r.stderr[-2000:]
    rows = [x for x in _panel(db_url) if x[0] == "新兴区"]
    assert [x[2] for x in rows] == ["2021-08-02", "2021-08-03", "2021-08-04", "2021-08-05"], rows
    assert all(x[3] == "3" and x[4] == "1" and x[5] == "0" for x in rows), rows
    assert rows[0][6] == "3"


def test_seed_panel_same_on_both_databases(pg_url: str, tmp_path: Path) -> None:
    lite = f"sqlite:///{tmp_path / 'lite.db'}"
    for url in (lite, pg_url):
        r = run_etl("load", str(SEEDS), "--db", url, "--quiet")
        assert r.returncode == 0, r.stderr[-2000:]
    assert _panel(lite) == _panel(pg_url)
    py = [x for x in _panel(lite) if x[0] == "平遥县"]
    assert [x[2] for x in py] == ["2022-11-07", "2022-11-08", "2022-11-09", "2022-11-10"]
    assert all(x[3] == "3" and x[4] == "1" and x[5] == "1" for x in py)
    xd = [x for x in _panel(lite) if x[0] == "小店区" and x[3] != "0"]
    assert xd and all(x[4] == "0" for x in xd)  # targeted: a campus and a community, not the district


def test_panel_query_and_cli(db_url: str) -> None:
    import json

    from etl import query

    r = run_etl("load", str(SEEDS), "--db", db_url, "--quiet")
    assert r.returncode == 0, r.stderr[-2000:]
    with get_engine(db_url).connect() as conn:
        py = query.panel(conn, county="平遥")
        assert [str(p.day) for p in py] == ["2022-11-07", "2022-11-08", "2022-11-09", "2022-11-10"]
        assert query.panel(conn, county="140728") == py == query.panel(conn, county="山西省平遥县")
        assert {p.county for p in query.panel(conn, prefecture="太原")} == {"小店区"}
        assert [str(p.day) for p in query.panel(conn, county="平遥", date_from=date(2022, 11, 9))] == ["2022-11-09", "2022-11-10"]
    r = run_etl("query", "panel", "--county", "平遥县", "--db", db_url, "-f", "json")
    rows = json.loads(r.stdout)
    assert r.returncode == 0 and {(x["adcode"], x["c6_stay_at_home"], x["c6_assumed_end"]) for x in rows} == {("140728", 3, 1)}
    r = run_etl("query", "panel", "--county", "平摇县", "--db", db_url)
    assert r.returncode == 2 and "平遥县" in r.stderr
