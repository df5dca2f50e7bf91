"""Throughput of place recognition/resolution vs a bare jieba pass, and gazetteer start-up.

    .venv/bin/python benchmarks/bench_places.py [--mb 2]

Text: the seed pages, repeated with their article order shuffled, split into pages of
~6 items so that resolution (not only recognition) is exercised.
"""
from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def startup() -> tuple[float, float]:
    """Fresh-process gazetteer load (cold = no marshal cache, warm = cache present)."""
    code = ("import time;t=time.perf_counter();from etl.extract import gazetteer as g;"
            "g.load();print(time.perf_counter()-t)")
    env_cold = {"XDG_CACHE_HOME": "/tmp/bench-places-cold-cache"}
    import os
    import shutil
    shutil.rmtree(env_cold["XDG_CACHE_HOME"], ignore_errors=True)
    run = lambda env: float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,  # noqa: E731
                                           capture_output=True, text=True,
                                           env={**os.environ, **env}).stdout)
    cold = run(env_cold)
    warm = min(run(env_cold) for _ in range(3))
    return cold, warm


def corpus(mb: float) -> list[list[str]]:
    items: list[str] = []
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        items += [p for p in re.split(r"\n\s*\n(?=\s*本报讯)|(?=本报讯)", text) if p.strip()]
    rnd = random.Random(7)
    pages: list[list[str]] = []
    size = 0
    while size < mb * 1e6:
        page = rnd.sample(items, k=min(6, len(items)))
        pages.append(page)
        size += sum(len(t.encode("utf-8")) for t in page)
    return pages


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=2.0)
    args = ap.parse_args()
    cold, warm = startup()
    print(f"gazetteer start-up: cold {cold:.3f} s (builds cache), warm {warm:.3f} s")

    import jieba

    from etl.extract import gazetteer, places
    from etl.extract.context import shared

    t = time.perf_counter()
    gazetteer.load()
    places.resolve_page(["预热"], shared().places)
    print(f"in-process load + index: {time.perf_counter() - t:.3f} s")
    jieba.initialize()

    pages = corpus(args.mb)
    mb = sum(len(t.encode("utf-8")) for p in pages for t in p) / 1e6
    t = time.perf_counter()
    n = sum(len(m) for p in pages for m in places.resolve_page(p, shared().places, "晋中市"))
    tp = time.perf_counter() - t
    t = time.perf_counter()
    for p in pages:
        for text in p:
            jieba.lcut(text)
    tj = time.perf_counter() - t
    print(f"text {mb:.2f} MB in {sum(map(len, pages))} items, {n} mentions")
    print(f"resolve_page: {mb / tp:.2f} MB/s   jieba.lcut: {mb / tj:.2f} MB/s   "
          f"ratio places/jieba: {tj / tp:.2f}x faster")


if __name__ == "__main__":
    main()
