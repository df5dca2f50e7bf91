"""CPU time of extraction alone (``etl.pipeline.extract_page``), against another checkout.

    .venv/bin/python benchmarks/bench_extract.py [FOLDER ...] [--base PATH] [--repeats N] [--rounds R]

Reads the seeds and the given folders (default: /tmp/perfc, built with benchmarks/corpus.py)
once, then times ``extract_page`` over every page ``--repeats`` times in one process (after
one warm-up pass that loads the gazetteer and compiles the patterns) and keeps the fastest
pass. With ``--base`` (a checkout of an earlier commit, e.g. ``git worktree add /tmp/xbase
62484e7``) the same is done for that tree; the two trees run alternately in ``--rounds``
pairs of fresh processes, so a busy machine slows both alike, and the ratio of the medians
of the rounds' best passes is printed. Both run under PYTHONHASHSEED=0, as
extract_regression.py does.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[1] + "/benchmarks")
from pathlib import Path
from extract_regression import pages
from etl.pipeline import extract_page
try:  # trees with an ExtractionContext pass it; earlier trees had none
    from etl.extract.context import shared
    ctx = (shared(),)
except ImportError:
    ctx = ()
todo = pages([Path(p) for p in json.loads(sys.argv[2])])
for _, text, meta in todo:
    extract_page(text, meta, *ctx)
best = []
for _ in range(int(sys.argv[3])):
    t = time.process_time()
    for _, text, meta in todo:
        extract_page(text, meta, *ctx)
    best.append(time.process_time() - t)
chars = sum(len(text) for _, text, _ in todo)
print(json.dumps({"pages": len(todo), "chars": chars, "passes": best}))
"""


def run_tree(tree: Path, folders: list[Path], repeats: int) -> dict[str, object]:
    """One fresh process timing ``repeats`` passes of extract_page from ``tree``."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    out = subprocess.run([sys.executable, "-c", _CHILD, str(tree), json.dumps([str(f) for f in folders]), str(repeats)],
                         cwd=tree, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, default=[Path("/tmp/perfc")])
    ap.add_argument("--base", type=Path, help="another checkout to time against (same corpus, alternating)")
    ap.add_argument("--repeats", type=int, default=3, help="timed passes per process (the fastest counts)")
    ap.add_argument("--rounds", type=int, default=3, help="fresh processes per tree")
    args = ap.parse_args()
    folders = [f.resolve() for f in args.folders]
    trees = {"this": ROOT, **({"base": args.base.resolve()} if args.base else {})}
    best: dict[str, list[float]] = {name: [] for name in trees}
    t0 = time.perf_counter()
    for r in range(args.rounds):
        for name, tree in trees.items():
            res = run_tree(tree, folders, args.repeats)
            passes = res["passes"]
            assert isinstance(passes, list)
            best[name].append(min(passes))
            print(f"round {r + 1} {name:>4}: {res['pages']} pages, {res['chars']} chars, "
                  f"CPU s per pass {', '.join(f'{p:.2f}' for p in passes)}", flush=True)
    for name, times in best.items():
        print(f"{name:>4} ({trees[name]}): median best pass {statistics.median(times):.2f} CPU s")
    if args.base:
        ratio = statistics.median(best["base"]) / statistics.median(best["this"])
        print(f"speed-up this vs base: x{ratio:.2f} (wall {time.perf_counter() - t0:.0f} s for the run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
