"""Memory and time of one `etl load` as it goes: is peak RSS flat, is time linear in size?

    .venv/bin/python benchmarks/bench_memory.py [--mb 40] [--corpus DIR] [--every 5] [--workers 1]

One load of a generated corpus (benchmarks/corpus.py) into SQLite, sampled every few
seconds: the loader's resident memory (VmRSS, and its peak so far VmHWM, from /proc), its
CPU seconds (and its workers', from /proc), and how much text the database holds by then
(a reader next to the writer: SQLite's WAL lets it read while the load writes). One run
gives the whole curve, so a 40 MB load says as much about 10, 20 and 40 MB as three loads
would, at a third of the machine time; figures per slice of the input show whether memory
and CPU per MB grow with what is already loaded.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from bench_load import family_cpu  # noqa: E402
from corpus import generate  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def proc_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def loaded_mb(db: Path) -> float:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return (conn.execute("SELECT COALESCE(SUM(size_bytes), 0) FROM source_file").fetchone()[0]) / 2**20
    except sqlite3.Error:
        return 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=40.0)
    ap.add_argument("--corpus", type=Path, help="an existing corpus folder (else one is generated)")
    ap.add_argument("--every", type=float, default=5.0, help="seconds between samples")
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="etl-mem-"))
    folder = args.corpus or work / "corpus"
    if not args.corpus:
        generate(folder, args.mb)
    db = work / "load.db"
    cmd = [sys.executable, "-m", "etl", "load", str(folder), "--db", f"sqlite:///{db}", "--workers", str(args.workers),
           "--quiet", "--format", "json"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.DEVNULL)
    print("wall s | MB loaded | CPU s | RSS MB | peak RSS MB | CPU s per MB since last", flush=True)
    last_mb, last_cpu = 0.0, 0.0
    while proc.poll() is None:
        time.sleep(args.every)
        try:
            rss, hwm, cpu = proc_kb(proc.pid, "VmRSS") / 1024, proc_kb(proc.pid, "VmHWM") / 1024, family_cpu(proc.pid)
        except (OSError, ValueError):
            break
        mb = loaded_mb(db)
        rate = f"{(cpu - last_cpu) / (mb - last_mb):.2f}" if mb - last_mb > 0.5 else ""
        if rate:
            last_mb, last_cpu = mb, cpu
        wall = time.perf_counter() - t0
        print(f"{wall:6.0f} | {mb:6.1f} | {cpu:6.1f} | {rss:5.0f} | {hwm:5.0f} | {rate}", flush=True)
    print(f"exit {proc.wait()}, {time.perf_counter() - t0:.0f} s wall", flush=True)


if __name__ == "__main__":
    main()
