"""Regenerate ``etl/data/gazetteer.tsv.gz`` from a pinned jionlp release.

jionlp (Apache-2.0) ships a province -> prefecture -> county -> town -> community tree in
``dictionary/china_location.txt``. jionlp itself must not be a run-time dependency (it
pulls the GPL ``jiojio``), so we copy the tree once into a compact snapshot that the ETL
reads with the standard library only.

Usage::

    python scripts/build_gazetteer.py                      # pip download jionlp==1.5.31
    python scripts/build_gazetteer.py --from /tmp/jl/jionlp/dictionary

Snapshot format: gzip'd UTF-8 TSV, one row per node in depth-first order, header row
``id parent_id level name short adcode``; ``parent_id`` is -1 for provinces, ``level`` is
0 province, 1 prefecture, 2 county, 3 town/street, 4 community/village; ``short`` and
``adcode`` are empty below county level.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

JIONLP_VERSION = "1.5.31"
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "etl" / "data" / "gazetteer.tsv.gz"
LICENSE = ROOT / "etl" / "data" / "GAZETTEER_LICENSE.txt"


def fetch_dictionary(tmp: Path) -> Path:
    """Download the pinned wheel (no dependencies) and unpack its dictionary folder."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", f"jionlp=={JIONLP_VERSION}",
         "--no-deps", "--only-binary", ":all:", "-d", str(tmp)],
        check=True,
    )
    wheel = next(tmp.glob("jionlp-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        for n in zf.namelist():
            if n.startswith("jionlp/dictionary/china_location"):
                zf.extract(n, tmp)
    d = tmp / "jionlp" / "dictionary"
    if not (d / "china_location.txt").exists() and (d / "china_location.zip").exists():
        with zipfile.ZipFile(d / "china_location.zip") as zf:
            zf.extractall(d)
    return d


def parse(path: Path) -> list[tuple[int, int, int, str, str, str]]:
    """Tab-indented tree -> rows (id, parent_id, level, name, short, adcode)."""
    rows: list[tuple[int, int, int, str, str, str]] = []
    stack: list[int] = []  # id of the latest node at each depth
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        fields = [f.strip() for f in line.strip().split("\t")]
        name = fields[0]
        code = fields[1] if len(fields) > 1 and fields[1].isdigit() else ""
        short = fields[2] if len(fields) > 2 else (fields[1] if len(fields) > 1 and not code else "")
        if depth > 4 or depth > len(stack):
            raise ValueError(f"bad indentation: {line!r}")
        del stack[depth:]
        parent = stack[-1] if stack else -1
        if depth >= 3:
            short, code = "", ""
        rid = len(rows)
        rows.append((rid, parent, depth, name, short, code))
        stack.append(rid)
    return rows


def write(rows: list[tuple[int, int, int, str, str, str]], out: Path) -> str:
    lines = ["id\tparent_id\tlevel\tname\tshort\tadcode"]
    lines += ["\t".join(map(str, r)) for r in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the file byte-identical across rebuilds (stable sha for the cache key).
    with open(out, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(data)
    return hashlib.sha256(out.read_bytes()).hexdigest()


NOTICE = """Gazetteer snapshot (etl/data/gazetteer.tsv.gz)

Source: jionlp {version} (https://github.com/dongrixinyu/JioNLP), file
jionlp/dictionary/china_location.txt, Copyright dongrixinyu, licensed under the
Apache License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0).

Modifications: the tab-indented tree was converted to a TSV with explicit ids and parent
ids (scripts/build_gazetteer.py); names, short names and codes are unchanged.
Rows: {rows}; sha256 of the snapshot: {sha}
Administrative codes follow GB/T 2260 as published by jionlp; they may lag official
changes after the jionlp release.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="src", type=Path, help="an unpacked jionlp/dictionary folder")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        src = args.src or fetch_dictionary(Path(tmp))
        rows = parse(src / "china_location.txt")
        sha = write(rows, args.out)
    LICENSE.write_text(NOTICE.format(version=JIONLP_VERSION, rows=len(rows), sha=sha), encoding="utf-8")
    print(f"{args.out}: {len(rows)} rows, {args.out.stat().st_size} bytes, sha256 {sha}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
