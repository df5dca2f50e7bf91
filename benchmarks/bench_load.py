"""Speed and memory of `etl load`, as ratios against a bare jieba pass paired with each load.

    .venv/bin/python benchmarks/bench_load.py [--mb 10] [--events 1000000] [--no-postgres] [--shards 3]

Prints, for a generated corpus (benchmarks/corpus.py):

- a bare `jieba.lcut` pass over the same text (the baseline), run again right before each
  load so that every ratio compares two runs made under the same machine load (paired
  runs: the machine may be shared, so CPU seconds are the figure to trust, wall seconds
  are noisy);
- `etl load` on SQLite with 1 and 2 workers and on PostgreSQL with 1 worker: wall and CPU
  seconds (the loader and its workers), MB/s, articles/s, × jieba, peak RSS;
- `etl load --shard K/N` with N loaders at once on one PostgreSQL database: each loader's
  throughput, and the server's CPU seconds per MB of text (all postgres processes, read
  from /proc; only for the throwaway server this script starts), and from both how many
  loaders one server core can feed;
- a bare bulk insert of the same texts (the database floor); start-up time of `etl --help`;
  the time of `etl.query.lockdowns` for one county on a database of N events built directly.

PostgreSQL is $ETL_BENCH_POSTGRES_URL (no server CPU figures), else a throwaway server
(tests/pg_server.py, fsync off).
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
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from corpus import generate  # noqa: E402

# Runs a command and reports its exit code, output, peak RSS and CPU seconds (with its workers).
WRAPPER = ("import resource,subprocess,sys,json,time;t=time.perf_counter();"
           "r=subprocess.run(sys.argv[1:],capture_output=True,text=True);"
           "u=resource.getrusage(resource.RUSAGE_CHILDREN);print(json.dumps({'rc':r.returncode,'rss_kb':u.ru_maxrss,"
           "'cpu':u.ru_utime+u.ru_stime,'wall':time.perf_counter()-t,'out':r.stdout[-2000:],'err':r.stderr[-2000:]}))")
TICK = os.sysconf("SC_CLK_TCK")


def texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


@dataclass
class Timing:
    wall: float
    cpu: float


def bench_jieba(corpus: list[str]) -> Timing:
    """A bare `jieba.lcut` pass over every text (dictionary loaded beforehand)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    t0, c0 = time.perf_counter(), time.process_time()
    for t in corpus:
        jieba.lcut(t)
    return Timing(time.perf_counter() - t0, time.process_time() - c0)


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


def server_cpu(datadir: str | None) -> float | None:
    """CPU seconds used so far by a local PostgreSQL server: the postmaster, its exited
    children (reaped into its cutime/cstime) and its live children (the backends)."""
    if not datadir:
        return None
    master = int(Path(datadir, "postmaster.pid").read_text().split()[0])
    return family_cpu(master, reaped=True)


def family_cpu(parent: int, reaped: bool = False) -> float:
    """CPU seconds of a process and its live children (from /proc); with ``reaped`` also
    what its exited children used (cutime/cstime)."""
    last = 15 if reaped else 13  # utime stime [cutime cstime]
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == parent or int(fields[1]) == parent:
            total += sum(int(f) for f in fields[11:last])
    return total / TICK


def start_load(url: str, folder: Path, workers: int, shard: str | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "etl", "load", str(folder), "--db", url, "--workers", str(workers),
           "--quiet", "--format", "json"]
    if shard:
        cmd += ["--shard", shard]
    return subprocess.Popen([sys.executable, "-c", WRAPPER, *cmd], stdout=subprocess.PIPE, text=True, cwd=ROOT,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))


def finish_load(proc: subprocess.Popen) -> dict:
    out, _ = proc.communicate()
    info = json.loads(out)
    if info["rc"] != 0:
        raise SystemExit(f"load failed: {info['err']}")
    summary = json.loads(info["out"])[0]
    return {"seconds": info["wall"], "cpu": info["cpu"], "rss_mb": info["rss_kb"] / 1024,
            "articles": summary["articles"], "files": summary["files"]}


def run_load(url: str, folder: Path, workers: int) -> dict:
    return finish_load(start_load(url, folder, workers))


def shard_megabytes(folder: Path, count: int) -> dict[int, float]:
    """MB of text in each shard of the folder (as `etl load --shard K/N` splits it)."""
    from etl.shard import shard_of

    sizes = {k: 0.0 for k in range(1, count + 1)}
    for p in folder.rglob("*.txt"):
        sizes[shard_of(p.relative_to(folder).as_posix(), count)] += p.stat().st_size / 1024 / 1024
    return sizes


def run_shards(url: str, folder: Path, count: int, datadir: str | None) -> dict:
    """``count`` loaders at once, one shard each, on one database; the server's CPU meanwhile."""
    sizes = shard_megabytes(folder, count)
    cpu0, t0 = server_cpu(datadir), time.perf_counter()
    procs = [start_load(url, folder, 1, f"{k}/{count}") for k in range(1, count + 1)]
    loaders = [finish_load(p) | {"mb": sizes[k]} for k, p in zip(range(1, count + 1), procs, strict=False)]
    wall = time.perf_counter() - t0
    cpu1 = server_cpu(datadir)
    return {"loaders": loaders, "wall": wall, "server_cpu": None if cpu0 is None or cpu1 is None else cpu1 - cpu0}


def build_events_db(url: str, n_events: int) -> None:
    """A database with n_events events (2 per article) spread over every county, built directly."""
    from sqlalchemy import insert

    from db import models as m
    from db.engine import get_engine, upgrade
    from etl.extract.gazetteer import load as gazetteer
    from etl.rows import place_row
    from etl.write import Sql, upsert_places

    engine = get_engine(url)
    upgrade(engine)
    gaz = gazetteer()
    counties = [gaz.place(i) for i in range(len(gaz)) if gaz.level(i) == 2]
    rng = random.Random(3)
    types = ["lockdown", "mass_testing", "case_report", "school_closure", "inspection", "supply_assurance"]
    with engine.begin() as conn:
        nodes = {n.key: place_row(n) for c in counties for n in c.lineage}
        ids = upsert_places(Sql(conn), nodes, list(nodes))
        county_ids = [ids[c.key] for c in counties]
        row = insert(m.SourceFile.__table__).values(path="bench", location_key="0" * 64, sha256="0" * 64, size_bytes=0,
                                                     status="loaded", date_precision="exact")
        sf = conn.execute(row.returning(m.SourceFile.id)).scalar_one()
    n_articles = n_events // 2
    batch = 20000
    start = date(2020, 1, 1)
    for lo in range(0, n_articles, batch):
        with engine.begin() as conn:
            arts = [{"id": lo + k + 1, "source_file_id": sf, "seq": lo + k + 1, "headline": f"标题{lo + k}",
                     "body": "正文", "raw_start": 0, "raw_end": 1, "content_hash": f"{lo + k:064d}",
                     "extractor_version": "bench",
                     "published": start + timedelta(days=(lo + k) % 1000)} for k in range(min(batch, n_articles - lo))]
            conn.execute(insert(m.Article.__table__), arts)
            evs = []
            for a in arts:
                for _ in range(2):
                    c = rng.choice(county_ids)
                    evs.append({"article_id": a["id"], "type": rng.choice(types), "kind": None, "scope": "county",
                                "scope_name": None, "place_id": c, "county_id": c, "start_date": a["published"],
                                "date_precision": "exact",
                                "evidence": "证据", "evidence_raw_start": 0, "evidence_raw_end": 1, "rule": "bench",
                                "confidence": 1.0, "extractor_version": "bench"})
            conn.execute(insert(m.Event.__table__), evs)
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")  # planner statistics, as a maintained database has them


def time_query(url: str) -> dict:
    from db.engine import get_engine
    from etl.query import lockdowns

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
        subprocess.run([sys.executable, "-m", "etl", "--help"], capture_output=True, cwd=ROOT,
                       env=dict(os.environ, PYTHONPATH=str(ROOT)))
        best = min(best, time.perf_counter() - t0)
    return best


def report(name: str, r: dict, mb: float, base: Timing, server: float | None = None) -> None:
    """One load's figures, its ratios against the jieba pass run just before it."""
    line = (f"{name:28} {r['seconds']:6.1f} s wall {r['cpu']:6.1f} s CPU = {mb / r['seconds']:.2f} MB/s, "
            f"{mb / r['cpu']:.2f} MB per CPU s, {r['articles'] / r['seconds']:.0f} articles/s, "
            f"x{r['seconds'] / base.wall:.2f} jieba wall, x{r['cpu'] / base.cpu:.2f} jieba CPU "
            f"(jieba {base.wall:.1f} s wall {base.cpu:.1f} s CPU), peak RSS {r['rss_mb']:.0f} MB")
    if server is not None:
        line += f", server {server / mb:.3f} CPU s/MB"
    print(line, flush=True)


def report_shards(res: dict, mb: float, base: Timing) -> None:
    """Each loader's throughput; the server's CPU per MB; how many loaders a server core feeds."""
    for k, r in enumerate(res["loaders"], 1):
        print(f"  shard {k}/{len(res['loaders'])}: {r['mb']:.1f} MB, {r['files']} files, {r['seconds']:.1f} s wall "
              f"{r['cpu']:.1f} s CPU = {r['mb'] / r['seconds']:.2f} MB/s, {r['mb'] / r['cpu']:.2f} MB per CPU s, "
              f"peak RSS {r['rss_mb']:.0f} MB", flush=True)
    cpu = sum(r["cpu"] for r in res["loaders"])
    print(f"  all {len(res['loaders'])}: {res['wall']:.1f} s wall = {mb / res['wall']:.2f} MB/s together, "
          f"x{res['wall'] / base.wall:.2f} jieba wall, x{cpu / base.cpu:.2f} jieba CPU (jieba {base.wall:.1f} s wall "
          f"{base.cpu:.1f} s CPU)", flush=True)
    if res["server_cpu"]:
        per_mb = res["server_cpu"] / mb
        print(f"  server: {res['server_cpu']:.1f} CPU s = {per_mb:.3f} CPU s/MB; loaders use {cpu / mb:.2f} CPU s/MB, "
              f"so one server core feeds about {cpu / res['server_cpu']:.0f} loaders", flush=True)


def bench_postgres(args: argparse.Namespace, folder: Path, corpus: list[str], mb: float) -> None:
    """One loader, then N shard loaders at once, each against a new database on one server."""
    import pg_server

    url = os.environ.get("ETL_BENCH_POSTGRES_URL")
    server = None if url else pg_server.start()
    datadir = server.datadir if server else None
    try:
        new_db = (lambda: server.create_database()) if server else (lambda: url)
        floor = bench_floor(new_db(), corpus)
        print(f"postgresql bare bulk insert: {floor:.2f} s", flush=True)
        base = bench_jieba(corpus)
        cpu0 = server_cpu(datadir)
        r = run_load(new_db(), folder, 1)
        cpu1 = server_cpu(datadir)
        report("postgresql workers=1", r, mb, base, None if cpu0 is None or cpu1 is None else cpu1 - cpu0)
        if args.shards > 1:
            base = bench_jieba(corpus)
            print(f"postgresql --shard K/{args.shards}, {args.shards} loaders at once:", flush=True)
            report_shards(run_shards(new_db(), folder, args.shards, datadir), mb, base)
        if args.events:
            bench_events("postgresql", new_db(), args.events)
    finally:
        if server:
            server.stop()


def bench_events(name: str, url: str, n_events: int) -> None:
    t0 = time.perf_counter()
    build_events_db(url, n_events)
    q = time_query(url)
    print(f"{name:10} {n_events} events (built in {time.perf_counter() - t0:.0f} s): lockdowns(county=…) "
          f"{q['county_ms']:.1f} ms for {q['county_rows']} rows; "
          f"lockdowns(one day) {q['day_ms']:.1f} ms for {q['day_rows']} rows")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--workers", type=int, nargs="*", default=[1, 2], help="SQLite loads with these worker counts")
    ap.add_argument("--shards", type=int, default=3, help="concurrent shard loaders on PostgreSQL (1: none)")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="etl-bench-"))
    folder = work / "corpus"
    try:
        files, size = generate(folder, args.mb)
        corpus = texts(folder)
        mb = size / 1024 / 1024
        print(f"machine: {platform.machine()} {os.cpu_count()} cores, "
              f"Python {platform.python_version()}, {date.today()}, "
              f"load average {os.getloadavg()[0]:.1f}")
        print(f"corpus: {files} files, {mb:.1f} MB", flush=True)
        floor = bench_floor(f"sqlite:///{work / 'floor.db'}", corpus)
        print(f"sqlite bare bulk insert: {floor:.2f} s", flush=True)
        for w in args.workers:
            base = bench_jieba(corpus)
            report(f"sqlite workers={w}", run_load(f"sqlite:///{work / f'load{w}.db'}", folder, w), mb, base)
        if not args.no_postgres:
            bench_postgres(args, folder, corpus, mb)
        print(f"etl --help start-up: {startup() * 1000:.0f} ms")
        if args.events:
            bench_events("sqlite", f"sqlite:///{work / 'events.db'}", args.events)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
