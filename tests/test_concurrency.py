"""Concurrency: loaders racing on one database, and readers of SQLite during a load.

- Two `etl load` processes started together on the same (empty) database with
  overlapping inputs both succeed, and the result is exactly one clean load: no file,
  article, event, contributor or place twice.
- SQLite runs in WAL mode: queries never fail with "database is locked" while a load writes.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest
import test_reliability as rel
from conftest import ETL, ROOT, SEEDS, run_etl


class _Load:
    """`etl load` running in the background, its output going to a file (a pipe could fill up)."""

    def __init__(self, url: str, paths: list[Path], log: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.log = log
        with log.open("w") as out:
            self.proc = subprocess.Popen([*ETL, "load", *map(str, paths), "--db", url, "-q"], cwd=ROOT, env=env,
                                         stdout=out, stderr=subprocess.STDOUT)

    def poll(self) -> int | None:
        return self.proc.poll()

    def wait(self, timeout: float = 300) -> tuple[int, str]:
        try:
            code = self.proc.wait(timeout=timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
        return code, self.log.read_text(errors="replace")


@pytest.mark.slow
@pytest.mark.postgres
def test_two_loaders_at_once_give_one_clean_load(db_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Both loaders start on an empty database (both want to create the schema), one takes the
    seeds and the first pages, the other the last pages backwards and the seeds; they share
    the seeds and the middle pages. Both exit 0 and the tables equal one clean load of all.
    PostgreSQL is the shared database this is for; SQLite must cope too (it queues writers)."""
    from benchmarks.corpus import generate

    new_db = rel._new_db(db_url, request, tmp_path)

    pages = tmp_path / "generated"
    generate(pages, 0.08)
    files = sorted(pages.glob("*.txt"))
    assert len(files) >= 10
    first, second = [SEEDS, *files[: 2 * len(files) // 3]], [*reversed(files[len(files) // 3 :]), SEEDS]

    reference = new_db("reference")
    rel.load_ok(reference, SEEDS, *files)
    want = rel.snapshot(reference)

    for attempt in range(2):  # two rounds: the race is timing-dependent
        url = new_db(f"race{attempt}")
        a, b = _Load(url, first, tmp_path / f"a{attempt}.log"), _Load(url, second, tmp_path / f"b{attempt}.log")
        (code_a, out_a), (code_b, out_b) = a.wait(), b.wait()
        assert (code_a, code_b) == (0, 0), f"round {attempt}:\n{out_a[-1500:]}\n{out_b[-1500:]}"
        got = rel.snapshot(url)
        assert got == want, f"round {attempt}:\n{rel.diff(got, want)}"
        assert rel.consistency_problems(url) == []


@pytest.mark.slow  # a concurrency trial (a whole background load read over and over): the slowest default test
def test_sqlite_readers_are_never_locked_out_by_a_load(tmp_path: Path) -> None:
    """While `etl load` writes a corpus into SQLite, plain sqlite3 readers (1 s busy timeout)
    and `etl query lockdowns` keep answering: none fails with "database is locked" (a reader
    made to wait for the writer would), and the reads see the load's progress."""
    from benchmarks.corpus import generate

    pages = tmp_path / "generated"
    generate(pages, 0.6)
    db = tmp_path / "shared.db"
    url = f"sqlite:///{db}"
    rel.load_ok(url, SEEDS)  # schema and some rows exist before the readers start
    loader = _Load(url, [pages], tmp_path / "load.log")
    seen: list[int] = []
    slowest = 0.0
    cli_runs = 0
    errors: list[str] = []

    def cli_reader() -> None:  # the real query command, over and over, beside the plain reads
        nonlocal cli_runs
        while loader.poll() is None:
            res = run_etl("query", "lockdowns", "--db", url, "--format", "csv")
            cli_runs += 1
            if res.returncode != 0:
                errors.append(f"etl query lockdowns: {res.stderr.strip()[-300:]}")

    thread = threading.Thread(target=cli_reader)
    thread.start()
    try:
        while loader.poll() is None:
            try:
                con = sqlite3.connect(db, timeout=1.0)
                try:
                    t0 = time.perf_counter()
                    n = con.execute("SELECT count(*) FROM article").fetchone()[0]
                    con.execute("SELECT count(*) FROM v_lockdowns").fetchone()
                    con.execute("SELECT e.type, count(*) FROM event e JOIN article a ON a.id = e.article_id GROUP BY e.type").fetchall()
                    slowest = max(slowest, time.perf_counter() - t0)
                    seen.append(n)
                finally:
                    con.close()
            except sqlite3.OperationalError as exc:
                errors.append(f"sqlite3: {exc}")
            time.sleep(0.02)
    finally:
        code, out = loader.wait()
        thread.join()
    assert code == 0, out
    assert not errors, errors
    assert slowest < 5.0, f"a read took {slowest:.2f}s"  # CPU-bound only: a lock wait would have failed at 1 s
    assert cli_runs >= 2 and len(seen) >= 20, (cli_runs, len(seen))  # the load lasted long enough to test anything
    assert len(set(seen)) >= 3, "the reads did not overlap the load"
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        con.close()
