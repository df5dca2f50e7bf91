#!/usr/bin/env python3
"""How far two annotators agree: score one gold file against another, as `etl eval` scores the tool.

usage: agree_gold.py SET_DIR GOLD_B [SET_DIR GOLD_B ...]

SET_DIR holds `articles/` and `gold.jsonl` (the first annotation); GOLD_B is a second person's
annotation of some of the same files, written without seeing the first. Only the files GOLD_B
covers are scored, pooled over the pairs given like `score_sets.py`. The tool's score on a
set means little above this: where two careful people disagree, the conventions are loose.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from score_sets import add_scores, print_totals

from etl.evaluate import Score, gold_as_export, read_jsonl, score


def agreement(set_dir: Path, second: Path) -> list[Score]:
    """The first annotation (``set_dir/gold.jsonl``) scored against the second, on the files both cover."""
    other = read_jsonl(second)
    files = {g["file"] for g in other}
    first = [g for g in read_jsonl(set_dir / "gold.jsonl") if g["file"] in files]
    texts = {name: (set_dir / "articles" / name).read_text(encoding="utf-8") for name in files}
    return score(first, gold_as_export(other, texts))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="+", type=Path, help="SET_DIR GOLD_B, repeated")
    args = parser.parse_args()
    if len(args.pairs) % 2:
        parser.error("give SET_DIR GOLD_B pairs")
    totals: dict[str, Score] = {}
    for set_dir, second in zip(args.pairs[::2], args.pairs[1::2], strict=True):
        add_scores(totals, agreement(set_dir, second))
    print_totals(totals)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
