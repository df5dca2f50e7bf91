#!/usr/bin/env python3
"""Find real text copied into the repository: 12-character runs of the real texts kept outside
it, in the lines a change adds (working tree against BASE) and in its commit messages.

usage: copy_check.py BASE [--width N] [REAL_DIR ...]

Real texts are other people's writing and never go into the repository (DEVELOPERS.md), not
even as one sentence of a test. A test written "in other words" still tends to keep a stock
formula of the notice it imitates; this lists each added line holding a run of ``--width``
characters (white space removed, at least two thirds of them Chinese) that a real text holds,
so that it can be reworded before it lands. REAL_DIR defaults to the dev corpus
(`.devcorpus/*/all/articles`) and `../shared/real` (articles and pages). Exit status 1 when
anything is found.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPACE = re.compile(r"\s+")
HAN = re.compile(r"[\u4e00-\u9fff]")


def real_runs(folders: list[Path], width: int) -> dict[str, Path]:
    """Every mostly-Chinese run of ``width`` characters of the texts, with a file holding it."""
    runs: dict[str, Path] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = SPACE.sub("", path.read_text(encoding="utf-8", errors="replace"))
            for i in range(len(text) - width + 1):
                run = text[i : i + width]
                if len(HAN.findall(run)) * 3 >= width * 2:
                    runs.setdefault(run, path)
    return runs


def added_lines(base: str) -> list[str]:
    """Lines the working tree adds against ``base`` (URL lists left out), then commit messages."""
    diff = subprocess.run(["git", "-C", str(ROOT), "diff", base, "--", ".", ":!docs/devcorpus/sources.tsv"],
                          capture_output=True, text=True, check=True).stdout
    lines = [ln[1:] for ln in diff.splitlines() if ln.startswith("+") and not ln.startswith("+++")]
    log = subprocess.run(["git", "-C", str(ROOT), "log", "--format=%B", f"{base}..HEAD"],
                         capture_output=True, text=True, check=True).stdout
    return lines + log.splitlines()


def copied(line: str, runs: dict[str, Path], width: int) -> tuple[str, Path] | None:
    """The first run of ``line`` that a real text holds, and that text."""
    text = SPACE.sub("", line)
    for i in range(len(text) - width + 1):
        if (path := runs.get(text[i : i + width])) is not None:
            return text[i : i + width], path
    return None


def default_folders() -> list[Path]:
    shared = ROOT.parent / "shared" / "real"
    return [*sorted(ROOT.glob(".devcorpus/*/all/articles")), shared / "articles", shared / "pages"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", help="the commit the change starts from")
    ap.add_argument("folders", nargs="*", type=Path, help="folders of real .txt texts")
    ap.add_argument("--width", type=int, default=12)
    args = ap.parse_args()
    runs = real_runs(args.folders or default_folders(), args.width)
    hits = [(line, hit) for line in added_lines(args.base) if (hit := copied(line, runs, args.width))]
    for line, (run, path) in hits:
        print(f"{run}  <- {path}  | {line.strip()[:100]}")
    print(f"{len(hits)} lines hold a run of {args.width} characters of {len(runs):,} taken from real texts")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
