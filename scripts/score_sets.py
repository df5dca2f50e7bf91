#!/usr/bin/env python3
"""Score one or more gold sets with a given `etl` and sum them field by field.

usage: score_sets.py [--etl PATH] SET_DIR [SET_DIR ...]

Each SET_DIR holds `articles/` (texts + manifest.csv) and `gold.jsonl`, the layout of the
real development corpus kept outside the repository (`.devcorpus/*/dev|check`), or `pages/`
and `pages_gold.jsonl` (`../shared/real`, or what `pages_from_set.py` writes). Sets are
loaded into separate SQLite files (their file names may collide) and their true positives,
predictions and gold counts are added up, so several small sets read as one.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from etl.evaluate import Score, mistakes, read_jsonl, score, why_counts

# The fields a user's questions rest on: items, headline, reporters, county, and the four
# event kinds as (county, date) pairs (the target of the accuracy issue).
HEADLINE_FIELDS = ("articles", "headline", "reporters", "places.county", "lockdowns.county_date",
                   "mass_testing.county_date", "cases.county_date", "school_closures.county_date")


def export_set(etl: str, folder: Path, workdir: Path) -> list[dict]:
    """Load `folder` into a fresh SQLite database and return the JSONL export."""
    url = f"sqlite:///{workdir / 'set.db'}"
    subprocess.run([etl, "load", str(folder), "--db", url, "--quiet"], capture_output=True, check=False)
    out = subprocess.run([etl, "export", "--format", "jsonl", "--db", url], capture_output=True, text=True, check=True)
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def set_scores(etl: str, set_dir: Path, counts: dict[tuple[str, str], int] | None = None) -> list[Score]:
    """The set's scores; with ``counts``, its mistakes are added to them by field and class."""
    pages = not (set_dir / "gold.jsonl").exists()  # a set of page dumps (pages_from_set.py)
    texts, gold_file = ("pages", "pages_gold.jsonl") if pages else ("articles", "gold.jsonl")
    gold = read_jsonl(set_dir / gold_file)
    with tempfile.TemporaryDirectory() as tmp:
        exported = export_set(etl, set_dir / texts, Path(tmp))
    if counts is not None:
        for row in why_counts(mistakes(gold, exported)):
            counts[row["field"], row["why"]] = counts.get((row["field"], row["why"]), 0) + row["count"]
    return score(gold, exported)


def add_scores(totals: dict[str, Score], scores: list[Score]) -> None:
    """Add one set's counts to the pooled ones, field by field."""
    for s in scores:
        t = totals.get(s.field)
        totals[s.field] = s if t is None else Score(s.field, t.tp + s.tp, t.predicted + s.predicted, t.gold + s.gold)


def print_totals(totals: dict[str, Score], counts: dict[tuple[str, str], int] | None = None) -> None:
    """The pooled table, its two means, and the mistakes by field and class when counted."""
    print(f"{'field':30} {'P':>5} {'R':>5} {'F1':>5}  tp/pred/gold")
    for s in totals.values():
        print(f"{s.field:30} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}  {s.tp}/{s.predicted}/{s.gold}")
    print(f"mean F1 {sum(s.f1 for s in totals.values()) / len(totals):.3f}")
    headline_fields = [totals[f] for f in HEADLINE_FIELDS if f in totals]
    print(f"mean F1 over the eight answer fields {sum(s.f1 for s in headline_fields) / len(headline_fields):.3f}")
    for (field, why), n in sorted((counts or {}).items()):
        print(f"{field:30} {why:28} {n:4}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--etl", default=str(Path(sys.executable).with_name("etl")))
    parser.add_argument("--why", action="store_true", help="also count the mistakes by field and class")
    parser.add_argument("sets", nargs="+", type=Path)
    args = parser.parse_args()
    totals: dict[str, Score] = {}
    counts: dict[tuple[str, str], int] | None = {} if args.why else None
    for set_dir in args.sets:
        add_scores(totals, set_scores(args.etl, set_dir, counts))
    print_totals(totals, counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
