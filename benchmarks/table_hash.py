"""A hash of every table of a loaded database, surrogate ids included, to prove a writer change
stores exactly the same rows.

    .venv/bin/python benchmarks/table_hash.py URL [--out FILE] [--compare FILE]

Every table (and the full-text index: FTS5 words on SQLite, the tsvector as text on
PostgreSQL) is read in primary-key order, all columns except the load timestamp; one
SHA-256 per table is printed (and written as JSON to FILE). ``--compare`` names the tables
whose hash differs from an earlier run's and exits 1 if any does.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

SKIP_COLUMNS = {"loaded_at"}  # a timestamp: differs between any two loads
INDEX = {"sqlite": "SELECT rowid, words FROM article_fts ORDER BY rowid",
         "postgresql": "SELECT article_id, tsv::text FROM article_search ORDER BY article_id"}


def table_hashes(url: str) -> dict[str, str]:
    """table name -> sha256 of its rows in key order (values as their repr)."""
    engine = create_engine(url)
    out: dict[str, str] = {}
    try:
        with engine.connect() as conn:
            insp = inspect(conn)
            for table in sorted(insp.get_table_names()):
                if table.startswith(("article_fts", "article_search", "alembic")):
                    continue
                cols = [c["name"] for c in insp.get_columns(table) if c["name"] not in SKIP_COLUMNS]
                order = insp.get_pk_constraint(table)["constrained_columns"] or cols
                sql = f"SELECT {', '.join(cols)} FROM {table} ORDER BY {', '.join(order)}"
                out[table] = _digest(conn.execute(text(sql)))
            out["full_text_index"] = _digest(conn.execute(text(INDEX[conn.dialect.name])))
    finally:
        engine.dispose()
    return out


def _digest(rows) -> str:  # type: ignore[no-untyped-def]
    h = hashlib.sha256()
    n = 0
    for row in rows:
        h.update(repr(tuple(v if isinstance(v, (str, int, float, bool, type(None))) else str(v) for v in row)).encode())
        n += 1
    return f"{h.hexdigest()[:16]} ({n} rows)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("url")
    ap.add_argument("--out")
    ap.add_argument("--compare")
    args = ap.parse_args()
    got = table_hashes(args.url)
    for name, digest in got.items():
        print(f"{name:22} {digest}")
    if args.out:
        Path(args.out).write_text(json.dumps(got, indent=1), encoding="utf-8")
    if args.compare:
        want = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        differ = sorted(n for n in set(got) | set(want) if got.get(n) != want.get(n))
        print("identical" if not differ else f"DIFFERENT: {', '.join(differ)}")
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
