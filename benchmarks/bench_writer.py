"""The writer alone: the same extraction results written into SQLite and PostgreSQL, timed.

    .venv/bin/python benchmarks/bench_writer.py [--mb 3] [--rounds 2] [--pickle FILE] [--no-postgres] [--hash DIR]

Extraction is the same whatever the writer does, and on a shared machine its noise hides the
writer's share of a whole load. This extracts a generated corpus (benchmarks/corpus.py) once
in-process (or reads the results pickled by an earlier run with ``--pickle``, so that two
checkouts write the very same results), then runs `etl.load.load_paths` with those results
in place of extraction, into a fresh database each round: the loader's CPU and wall seconds
for writing (panel refresh included) and, for the throwaway PostgreSQL server this script
starts, the server's CPU seconds. ``--hash DIR`` writes benchmarks/table_hash.py's JSON of
the last database of each kind into DIR (sqlite.json, postgresql.json).
"""
from __future__ import annotations

import argparse
import json
import pickle
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from bench_load import server_cpu  # noqa: E402
from corpus import generate  # noqa: E402
from table_hash import table_hashes  # noqa: E402


def extracted(folder: Path, pickled: Path | None) -> list[Any]:
    """Every file's PageResult, from the pickle when given and present."""
    if pickled and pickled.exists():
        return pickle.loads(pickled.read_bytes())
    from etl.load import iter_results
    from etl.read import discover

    results = list(iter_results(list(discover([folder]).sources)))
    if pickled:
        pickled.write_bytes(pickle.dumps(results))
    return results


def write_once(url: str, folder: Path, results: list[Any], datadir: str | None) -> dict[str, float]:
    """One load of ``folder`` into ``url`` with extraction replaced by ``results``."""
    import etl.load as load
    from db.engine import get_engine, upgrade
    from etl.extract.context import shared

    shared()  # the extraction context is built before timing: the writer's figure only

    engine = get_engine(url)
    upgrade(engine)
    by_key = {r.source.key: r for r in results}
    real = load.iter_results
    load.iter_results = lambda sources, workers=1, ec=None: (by_key[s.key] for s in sources)  # type: ignore[assignment]
    try:
        s0, c0, t0 = server_cpu(datadir), time.process_time(), time.perf_counter()
        stats = load.load_paths(engine, [folder])
        wall, cpu, s1 = time.perf_counter() - t0, time.process_time() - c0, server_cpu(datadir)
    finally:
        load.iter_results = real  # type: ignore[assignment]
        engine.dispose()
    assert stats.failed == 0, stats.failures[:3]
    return {"wall": wall, "cpu": cpu, "server": (s1 - s0) if s0 is not None and s1 is not None else 0.0,
            "articles": stats.articles}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=3.0)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--pickle", type=Path)
    ap.add_argument("--corpus", type=Path, help="a corpus folder to use (else one is generated)")
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--hash", type=Path, help="write the table hashes of the last databases here")
    args = ap.parse_args()
    import pg_server

    work = Path(tempfile.mkdtemp(prefix="etl-wbench-"))
    folder = args.corpus or work / "corpus"
    server = None
    try:
        if not args.corpus:
            generate(folder, args.mb)
        results = extracted(folder, args.pickle)
        mb = sum(r.size for r in results) / 2**20
        print(f"{len(results)} files, {mb:.1f} MB", flush=True)
        server = None if args.no_postgres else pg_server.start()
        for k in range(args.rounds):
            targets = [("sqlite", f"sqlite:///{work / f'w{k}.db'}")]
            if server:
                targets.append(("postgresql", server.create_database()))
            for name, url in targets:
                r = write_once(url, folder, results, server.datadir if server and name == "postgresql" else None)
                print(f"{name:10} round {k + 1}: {r['cpu']:.2f} CPU s, {r['wall']:.2f} s wall, "
                      f"{r['cpu'] / mb:.3f} CPU s/MB" + (f", server {r['server']:.2f} CPU s = {r['server'] / mb:.3f} "
                                                         "CPU s/MB" if r["server"] else ""), flush=True)
                if args.hash and k == args.rounds - 1:
                    args.hash.mkdir(parents=True, exist_ok=True)
                    (args.hash / f"{name}.json").write_text(json.dumps(table_hashes(url), indent=1, sort_keys=True))
    finally:
        if server:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
