"""Speed and memory of `etl load`, as ratios against baselines measured in the same run.

    .venv/bin/python benchmarks/bench_load.py [--mb 20] [--events 1000000] [--no-postgres]

Prints, for a generated corpus (benchmarks/corpus.py): MB/s and articles/s of `etl load`
on SQLite and PostgreSQL with 1 and 2 workers; a bare `jieba.lcut` pass over the same text
(the baseline) and a bare bulk insert of the same texts (the database floor); the ratios of
the load to both; peak RSS of each load; start-up time of `etl --help`; and the time of
`etl.query.lockdowns` for one county on a database of N events built directly.
PostgreSQL is $ETL_BENCH_POSTGRES_URL, else a throwaway server (tests/pg_server.py).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from corpus import generate  # noqa: E402

WRAPPER = "import resource,subprocess,sys,json;r=subprocess.run(sys.argv[1:],capture_output=True,text=True);print(json.dumps({'rc':r.returncode,'rss_kb':resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,'out':r.stdout[-2000:],'err':r.stderr[-2000:]}))"


def texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def bench_jieba(corpus: list[str]) -> float:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    t0 = time.perf_counter()
    for t in corpus:
        jieba.lcut(t)
    return time.perf_counter() - t0


def bench_floor(url: str, corpus: list[str]) -> float:
    """Bare bulk insert of the same texts into a scratch table: what the database alone costs."""
    from sqlalchemy import Column, Integer, MetaData, Table, Text, create_engine, insert

    engine = create_engine(url)
    md = MetaData()
    table = Table("bench_floor", md, Column("id", Integer, primary_key=True), Column("body", Text))
    md.drop_all(engine)
    md.create_all(engine)
    t0 = time.perf_counter()
    with engine.begin() as conn:
        for i in range(0, len(corpus), 500):
            conn.execute(insert(table), [{"body": t} for t in corpus[i : i + 500]])
    elapsed = time.perf_counter() - t0
    md.drop_all(engine)
    engine.dispose()
    return elapsed


def run_load(url: str, folder: Path, workers: int) -> dict:
    cmd = [sys.executable, "-m", "etl", "load", str(folder), "--db", url, "--workers", str(workers), "--quiet", "--format", "json"]
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", WRAPPER, *cmd], capture_output=True, text=True, cwd=ROOT,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    elapsed = time.perf_counter() - t0
    info = json.loads(res.stdout)
    if info["rc"] != 0:
        raise SystemExit(f"load failed: {info['err']}")
    summary = json.loads(info["out"])[0]
    return {"seconds": elapsed, "rss_mb": info["rss_kb"] / 1024, "articles": summary["articles"]}


def build_events_db(url: str, n_events: int) -> None:
    """A database with n_events events (2 per article) spread over every county, built directly."""
    from sqlalchemy import insert

    from db import models as m
    from db.engine import get_engine, upgrade
    from etl.extract.gazetteer import load as gazetteer
    from etl.load import upsert_places

    engine = get_engine(url)
    upgrade(engine)
    gaz = gazetteer()
    counties = [gaz.place(i) for i in range(len(gaz)) if gaz.level(i) == 2]
    rng = random.Random(3)
    types = ["lockdown", "mass_testing", "case_report", "school_closure", "inspection", "supply_assurance"]
    with engine.begin() as conn:
        ids = upsert_places(conn, counties)
        county_ids = [ids[c.key] for c in counties]
        sf = conn.execute(insert(m.SourceFile.__table__).values(path="bench", location_key="0" * 64, sha256="0" * 64, size_bytes=0, status="loaded",
                                                                date_precision="exact").returning(m.SourceFile.id)).scalar_one()
    n_articles = n_events // 2
    batch = 20000
    start = date(2020, 1, 1)
    for lo in range(0, n_articles, batch):
        with engine.begin() as conn:
            arts = [{"id": lo + k + 1, "source_file_id": sf, "seq": lo + k + 1, "headline": f"标题{lo + k}", "body": "正文",
                     "raw_start": 0, "raw_end": 1, "content_hash": f"{lo + k:064d}", "extractor_version": "bench",
                     "published": start + timedelta(days=(lo + k) % 1000)} for k in range(min(batch, n_articles - lo))]
            conn.execute(insert(m.Article.__table__), arts)
            evs = []
            for a in arts:
                for _ in range(2):
                    c = rng.choice(county_ids)
                    evs.append({"article_id": a["id"], "type": rng.choice(types), "kind": None, "scope": "county", "scope_name": None,
                                "place_id": c, "county_id": c, "start_date": a["published"], "date_precision": "exact",
                                "evidence": "证据", "evidence_raw_start": 0, "evidence_raw_end": 1, "rule": "bench",
                                "confidence": 1.0, "extractor_version": "bench"})
            conn.execute(insert(m.Event.__table__), evs)
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")  # planner statistics, as a maintained database has them


def time_query(url: str) -> dict:
    from etl.query import lockdowns
    from db.engine import get_engine

    engine = get_engine(url)
    with engine.connect() as conn:
        # by code: county names repeat, and a name that fits two counties is refused
        county = conn.exec_driver_sql("SELECT adcode FROM place WHERE level = 'county' AND adcode IS NOT NULL "
                                      "ORDER BY id LIMIT 1 OFFSET 100").scalar()
        lockdowns(conn, county=county)  # warm
        t0 = time.perf_counter()
        rows = lockdowns(conn, county=county)
        one_county = time.perf_counter() - t0
        t0 = time.perf_counter()
        rows2 = lockdowns(conn, date_from=date(2021, 3, 1), date_to=date(2021, 3, 1))
        one_day = time.perf_counter() - t0
    return {"county_ms": one_county * 1000, "county_rows": len(rows), "day_ms": one_day * 1000, "day_rows": len(rows2)}


def startup() -> float:
    best = 9e9
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "etl", "--help"], capture_output=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="etl-bench-"))
    folder = work / "corpus"
    files, size = generate(folder, args.mb)
    corpus = texts(folder)
    mb = size / 1024 / 1024
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}, {date.today()}")
    print(f"corpus: {files} files, {mb:.1f} MB")
    base = bench_jieba(corpus)
    print(f"baseline jieba.lcut: {base:.1f} s = {mb / base:.2f} MB/s")

    targets: list[tuple[str, str]] = [("sqlite", f"sqlite:///{work / 'load.db'}")]
    server = None
    if not args.no_postgres:
        pg = os.environ.get("ETL_BENCH_POSTGRES_URL")
        if not pg:
            import pg_server

            server = pg_server.start()
            pg = server.create_database()
        targets.append(("postgresql", pg))
    rows = []
    try:
        for name, url in targets:
            floor = bench_floor(url, corpus)
            for w in args.workers:
                if name == "sqlite":
                    url = f"sqlite:///{work / f'load{w}.db'}"
                else:
                    url = server.create_database() if server else url
                r = run_load(url, folder, w)
                rows.append((name, w, r, floor))
                print(f"{name:10} workers={w}: {r['seconds']:.1f} s = {mb / r['seconds']:.2f} MB/s, {r['articles'] / r['seconds']:.0f} articles/s, "
                      f"x{r['seconds'] / base:.2f} jieba, x{r['seconds'] / floor:.1f} bare insert ({floor:.2f} s), peak RSS {r['rss_mb']:.0f} MB")
        print(f"etl --help start-up: {startup() * 1000:.0f} ms")
        if args.events:
            for name, url in targets:
                qurl = f"sqlite:///{work / 'events.db'}" if name == "sqlite" else (server.create_database() if server else url)
                t0 = time.perf_counter()
                build_events_db(qurl, args.events)
                q = time_query(qurl)
                print(f"{name:10} {args.events} events (built in {time.perf_counter() - t0:.0f} s): lockdowns(county=…) "
                      f"{q['county_ms']:.1f} ms for {q['county_rows']} rows; lockdowns(one day) {q['day_ms']:.1f} ms for {q['day_rows']} rows")
    finally:
        if server:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
