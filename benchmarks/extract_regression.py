"""Byte-identical regression check for extraction (speed work must not change output).

    .venv/bin/python benchmarks/extract_regression.py OUT.json [FOLDER ...]
    .venv/bin/python benchmarks/extract_regression.py NEW.json --compare BASE.json [FOLDER ...]

Runs ``etl.pipeline.extract_page`` (and ``split_page`` for page furniture) over the seeds,
the given folders (default: /tmp/perfc, built with benchmarks/corpus.py) and a few
hand-made edge cases, and writes a canonical JSON dump of everything: item parts (kind,
text, raw offsets), bylines, contributors, furniture, place mentions and events (all
fields). ``--compare`` reports the first differing pages against a saved dump and exits 1.

Runs under PYTHONHASHSEED=0 (re-executing itself if needed), a guard only: the headline/caption
vote in ``segment._overlap`` once summed floats in set order (which follows string hashing);
it now sums with ``math.fsum``, which rounds once and so does not depend on the order, and
dumps under other seeds (1, 2, 12345) are identical to the seed-0 one on the benchmark corpus.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.extract.context import shared  # noqa: E402
from etl.extract.model import Event, ItemFacts, PageMeta, Place, TextMap  # noqa: E402
from etl.extract.segment import split_page  # noqa: E402
from etl.pipeline import extract_page  # noqa: E402
from etl.read import read_manifest, read_source  # noqa: E402

# inputs no generated page has: spacing, traditional characters, half-width marks, wraps
EDGE_CASES: list[tuple[str, str, PageMeta]] = [
    ("edge:spaced", "平 遥 县 新 冠 肺 炎\n\n本 报 讯 （记者 王 丹）4月3日，平遥县古陶镇实施封闭管理。\n",
     PageMeta(region="晋中市", edition_date=date(2022, 4, 5), date_precision="exact")),
    ("edge:trad", "太原市小店區開展全員核酸檢測\n"
     "本報訊（記者 李明）4月3日，小店區開展第2輪全員核酸檢測，檢測12萬人。\n",
     PageMeta(region="太原市", edition_date=date(2022, 4, 5))),
    ("edge:halfwidth", "COVID 19 (Omicron BA.5) 疫情:晋中市榆次区,4月3日起实行静态管理;居民居家.\n", PageMeta()),
    ("edge:wrapped",
     "本报讯（记者 赵娟王佩琦）3日上午，灵石县南关镇龙保社区\n"
     "开展核酸检测，共设采样点5个。\n（记者 王丹 通讯员 刘雪婷）\n",
     PageMeta(region="晋中市", edition_date=date(2022, 4, 5))),
]


def _tm(tm: TextMap) -> dict[str, Any]:
    return {"text": tm.text, "raw": list(tm.raw)}


def _place(p: Place | None) -> Any:
    return None if p is None else {"key": p.key, "level": p.level, "adcode": p.adcode, "official": p.official}


def _event(ev: Event) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(ev):
        v = getattr(ev, f.name)
        out[f.name] = _place(v) if isinstance(v, Place) or f.name in ("place", "county") else (
            v.isoformat() if isinstance(v, date) else v)
    return out


def dump_page(text: str, meta: PageMeta) -> dict[str, Any]:
    facts: list[ItemFacts] = extract_page(text, meta, shared())
    _items, furniture = split_page(text)
    return {
        "items": [
            {
                "seq": f.item.seq,
                "parts": [{"kind": p.kind, **_tm(p.text)} for p in f.item.parts],
                "bylines": [{"text": b.text, "start": b.start, "end": b.end,
                             "contributors": [dataclasses.astuple(c) for c in b.contributors]} for b in f.item.bylines],
                "contributors": [dataclasses.astuple(c) for c in f.item.contributors],
                "mentions": [{"surface": m.surface, "start": m.start, "end": m.end, "place": _place(m.place),
                              "rule": m.rule, "confidence": m.confidence} for m in f.places],
                "events": [_event(e) for e in f.events],
                "primary_county": _place(f.primary_county),
            }
            for f in facts
        ],
        "furniture": [{"kind": p.kind, **_tm(p.text)} for p in furniture],
    }


def pages(folders: list[Path]) -> list[tuple[str, str, PageMeta]]:
    """Every page keyed by its folder as given (the seeds as `seeds`), so that two folders
    holding the same file names (every set's `articles/001.txt`) are all compared."""
    out: list[tuple[str, str, PageMeta]] = []
    labelled = [("seeds", ROOT / "seeds"), *((str(f).rstrip("/"), f) for f in folders)]
    if len({label for label, _ in labelled}) < len(labelled):
        raise SystemExit("extract_regression: the same folder was given twice")
    for label, folder in labelled:
        manifest, _ = read_manifest(folder)
        for path in sorted(folder.glob("*.txt")):
            out.append((f"{label}/{path.name}", read_source(path).text, manifest.get(path.name, PageMeta())))
    return out + EDGE_CASES


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("folders", nargs="*", type=Path, default=[Path("/tmp/perfc")])
    ap.add_argument("--compare", type=Path, help="saved dump to diff against")
    args = ap.parse_args()
    todo = pages(args.folders)
    t0 = time.perf_counter()
    result = {name: dump_page(text, meta) for name, text, meta in todo}
    took = time.perf_counter() - t0
    blob = json.dumps(result, ensure_ascii=False, sort_keys=True, indent=0)
    args.out.write_text(blob, encoding="utf-8")
    print(f"{len(todo)} pages in {took:.2f} s -> {args.out}")
    if args.compare:
        base = json.loads(args.compare.read_text(encoding="utf-8"))
        if blob == args.compare.read_text(encoding="utf-8"):
            print("identical")
            return 0
        new = json.loads(blob)
        bad = [n for n in sorted(set(base) | set(new)) if base.get(n) != new.get(n)]
        print(f"DIFFERENT: {len(bad)} page(s): {', '.join(bad[:20])}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
