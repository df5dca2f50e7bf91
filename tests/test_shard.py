"""`etl load --shard K/N`: N loaders split one corpus by a stable hash of each file's relative path.

- The split is a partition (every file in exactly one shard), stable (pinned values: a
  change of hash would move files between machines mid-corpus) and roughly even.
- Loading the shards one after another, or three at once into one PostgreSQL server,
  gives exactly the tables of a single load (content compared without surrogate ids,
  including the full-text index).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import test_reliability as rel
from conftest import ETL, ROOT, SEEDS, run_etl
from sqlalchemy import create_engine, text

from etl.shard import Shard, in_shard, parse_shard, shard_of


@dataclass(frozen=True)
class Named:
    name: str


NAMES = [f"{y}/{m:02d}/page{p:03d}.txt" for y in (2020, 2021, 2022) for m in range(1, 13) for p in range(30)]


def test_every_file_is_in_exactly_one_shard() -> None:
    files = [Named(n) for n in NAMES]
    for count in (1, 2, 3, 7):
        taken = [s.name for k in range(1, count + 1) for s in in_shard(files, Shard(k, count))]
        assert sorted(taken) == sorted(NAMES)


def test_no_shard_means_every_file_in_order() -> None:
    files = [Named(n) for n in NAMES[:5]]
    assert list(in_shard(files, None)) == files


def test_the_hash_is_pinned() -> None:
    """SHA-256 of the UTF-8 relative path, first 8 bytes big-endian, mod N, plus one: these
    values must never change, or a corpus half-loaded by N machines would be split anew."""
    names = ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "县报/第一版.txt", "2021/03/page007.txt")
    assert [shard_of(n, 3) for n in names] == [3, 1, 2, 3, 1, 1, 1]
    assert [shard_of(n, 5) for n in names] == [5, 3, 1, 1, 2, 4, 1]
    h = int.from_bytes(hashlib.sha256("县报/第一版.txt".encode()).digest()[:8], "big")
    assert shard_of("县报/第一版.txt", 7) == 1 + h % 7


def test_shards_are_roughly_even() -> None:
    counts = Counter(shard_of(n, 3) for n in NAMES)
    assert min(counts.values()) > len(NAMES) / 3 * 0.8, counts


@pytest.mark.parametrize("spec, want", [("1/3", Shard(1, 3)), (" 3 / 3 ", Shard(3, 3)), ("1/1", Shard(1, 1))])
def test_parse_shard(spec: str, want: Shard) -> None:
    assert parse_shard(spec) == want


@pytest.mark.parametrize("spec", ["0/3", "4/3", "1/0", "3", "a/b", "-1/3", "1/3/5", ""])
def test_parse_shard_rejects(spec: str) -> None:
    with pytest.raises(ValueError):
        parse_shard(spec)


def test_cli_rejects_a_bad_shard_in_one_line(tmp_path: Path) -> None:
    res = run_etl("load", str(SEEDS), "--db", f"sqlite:///{tmp_path / 'x.db'}", "--shard", "4/3")
    assert res.returncode == 2 and "K must be between 1 and N" in res.stderr and "Traceback" not in res.stderr


# --- loads ---------------------------------------------------------------------------------


def _corpus(tmp_path: Path, megabytes: float) -> Path:
    """One root with generated pages (manifest) and the seeds in a subfolder (their own manifest)."""
    from benchmarks.corpus import generate

    root = tmp_path / "corpus"
    generate(root, megabytes)
    shutil.copytree(SEEDS, root / "seeds")
    return root


def _words(url: str) -> list[tuple[str, str]]:
    """The full-text index by article content hash (the words as stored)."""
    sql = ("SELECT a.content_hash, f.words FROM article_fts f JOIN article a ON a.id = f.rowid" if url.startswith("sqlite") else
           "SELECT a.content_hash, x.tsv::text FROM article_search x JOIN article a ON a.id = x.article_id")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return sorted(tuple(r) for r in conn.execute(text(sql)))
    finally:
        engine.dispose()


def _tables(url: str) -> dict[str, str]:
    """A hash of every table's rows (ids resolved to content), the full-text index included."""
    snap = {**rel.snapshot(url), "full_text_index": _words(url)}
    return {name: hashlib.sha256(repr(rows).encode()).hexdigest() for name, rows in snap.items()}


def test_shards_loaded_one_after_another_equal_one_load(tmp_path: Path) -> None:
    root = _corpus(tmp_path, 0.05)
    whole, parts = f"sqlite:///{tmp_path / 'whole.db'}", f"sqlite:///{tmp_path / 'parts.db'}"
    rel.load_ok(whole, root)
    files = 0
    for k in (1, 2, 3):
        res = run_etl("load", str(root), "--db", parts, "--shard", f"{k}/3", "-q", "-f", "csv")
        assert res.returncode == 0, res.stderr
        files += int(res.stdout.splitlines()[1].split(",")[0])
    assert files == len(list(root.rglob("*.txt")))
    assert rel.snapshot(parts)["article"], "nothing loaded"
    assert _tables(parts) == _tables(whole), rel.diff(rel.snapshot(parts), rel.snapshot(whole))


@pytest.mark.slow
@pytest.mark.postgres
def test_three_shards_at_once_on_one_postgresql_equal_one_load(pg_server_handle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Three `etl load --shard K/3` processes start together on one empty PostgreSQL database
    (all three want to create the schema and upsert the same places and people); all exit
    0 and every table equals a single load of the same folder."""
    root = _corpus(tmp_path, 0.3)
    whole = pg_server_handle.create_database()
    rel.load_ok(whole, root)
    want = _tables(whole)
    url = pg_server_handle.create_database()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    logs = [tmp_path / f"shard{k}.log" for k in (1, 2, 3)]
    procs = []
    for k, log in zip((1, 2, 3), logs, strict=False):
        with log.open("w") as out:
            procs.append(subprocess.Popen([*ETL, "load", str(root), "--db", url, "--shard", f"{k}/3", "-q"], cwd=ROOT, env=env,
                                          stdout=out, stderr=subprocess.STDOUT))
    codes = [p.wait(timeout=900) for p in procs]
    assert codes == [0, 0, 0], "\n".join(log.read_text(errors="replace")[-1500:] for log in logs)
    assert _tables(url) == want, rel.diff(rel.snapshot(url), rel.snapshot(whole))
    assert rel.consistency_problems(url) == []
