"""Extraction time on the worst inputs known (issue 16): one long line of a repeated
trigger word, date or place list, at doubling sizes.

    .venv/bin/python benchmarks/bench_pathological.py [--chars 25000]

Prints seconds per input and size and the ratio per doubling (about 2 when linear, 4 when
quadratic). tests/test_linear_cost.py guards the same shapes by counting work.
"""
from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.extract.context import shared  # noqa: E402
from etl.extract.model import PageMeta  # noqa: E402
from etl.pipeline import extract_page  # noqa: E402

WORST: dict[str, Callable[[int], str]] = {
    "lockdown word": lambda n: "封控" * (n // 2),
    "dates": lambda n: "5月3日" * (n // 4),
    "announced dates": lambda n: "将于5月3日" * (n // 6),
    "date and trigger": lambda n: "5月3日起封控" * (n // 7),
    "cue then triggers": lambda n: "如果" + "开展全员核酸检测" * (n // 8),
    "county list then trigger": lambda n: "平遥县、" * (n // 8) + "静默管理" * (n // 8),
    "counted cases": lambda n: "新增确诊病例3例" * (n // 8),
    "quoted": lambda n: "“封控”" * (n // 4),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=25000, help="size of the smallest input (doubled twice)")
    args = ap.parse_args()
    meta = PageMeta(edition_date=None)
    for name, make in WORST.items():
        times = []
        for k in range(3):
            text = make(args.chars * 2 ** k) + "\n"
            t0 = time.perf_counter()
            extract_page(text, meta, shared())
            times.append(time.perf_counter() - t0)
        ratios = " ".join(f"{b / a:.1f}" for a, b in itertools.pairwise(times) if a > 0)
        print(f"{name:26} " + " ".join(f"{t:7.2f}s" for t in times) + f"   x per doubling: {ratios}")


if __name__ == "__main__":
    main()
