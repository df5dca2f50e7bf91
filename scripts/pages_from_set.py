#!/usr/bin/env python3
"""Lay the single-item articles of a gold set out as page dumps, with page gold to score them.

usage: pages_from_set.py SET_DIR OUT_DIR [--seed N]

SET_DIR holds `articles/` (texts + manifest.csv) and `gold.jsonl`, the layout of the
development corpus (`.devcorpus/*/dev`). OUT_DIR receives `pages/*.txt`, `pages/manifest.csv`
and `pages_gold.jsonl`, the layout of `../shared/real/pages`: each article becomes one run
(its lines joined, white space and short "来源:" source lines dropped, a headline first line taken out),
hard-wrapped at 11-17 characters with a blank line between lines, the run's first line
indented by a space, the headline printed on its own line before or after the run, now and
then a line spaced out character by character, 3-5 items to a page in shuffled order.
Each gold line keeps the article's headline, bylines and places, gets the item's `index` and
an `anchor` (14 characters a third into the run, unique in the page) and no events (the
items of one page come from different dates). The same seed gives the same pages.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import hard_wrap, space_out

WIDTHS = (11, 17)
ITEMS_PER_PAGE = (3, 5)
SPACED_LINE_RATE = 0.015
ANCHOR_LEN = 14
SOURCE_LINE = re.compile(r"来源\s*[:：]")
# a source line is a short meta line (时间…来源:某报); a long line naming its source holds the
# story's own words (…请主动上报结果。(来源:某区)), which the gold was read from
SOURCE_LINE_MAX = 60
WS = re.compile(r"\s+")
# no Latin letter and no part of a converter's pinyin gloss (區(qū)) in an anchor: the extractor
# exports its text without glosses, so an anchor holding one would match no item
LATIN = re.compile(r"[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]")
GLOSS = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")
KEPT_FIELDS = ("headline", "reporters", "correspondents", "photographers", "places")
EVENT_FIELDS = ("lockdowns", "mass_testing", "cases", "school_closures")


@dataclass(frozen=True)
class Item:
    """One article ready for a page: its run (no white space), headline and gold."""

    run: str
    headline: str | None
    gold: dict
    edition_date: str


def article_run(text: str, headline: str | None) -> str:
    """The article as one run, source lines dropped and the headline too where it is the first line.

    A headline printed further down (after a column name, say) stays in the run, as it does
    in ../shared/real/pages; the page prints the headline on its own line either way.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    if headline and lines and WS.sub("", lines[0]) == WS.sub("", headline):
        del lines[0]
    return "".join(WS.sub("", line) for line in lines if not is_source_line(line))


def is_source_line(line: str) -> bool:
    """A page drops an article's source line, as an e-paper prints none; not a story's line citing one."""
    return bool(SOURCE_LINE.search(line)) and len(WS.sub("", line)) <= SOURCE_LINE_MAX


def read_items(set_dir: Path) -> list[Item]:
    """The set's articles that have exactly one gold item, in file order."""
    text = (set_dir / "gold.jsonl").read_text(encoding="utf-8")
    gold = [json.loads(line) for line in text.splitlines() if line.strip()]
    per_file = Counter(g["file"] for g in gold)
    dates = {}
    manifest = set_dir / "articles" / "manifest.csv"
    if manifest.exists():
        with manifest.open(encoding="utf-8", newline="") as fh:
            dates = {row["file"]: row.get("edition_date") or "" for row in csv.DictReader(fh)}
    items = []
    for g in sorted(gold, key=lambda g: g["file"]):
        path = set_dir / "articles" / g["file"]
        if per_file[g["file"]] != 1 or not path.exists():
            continue
        headline = (g.get("headline") or "").strip() or None
        run = article_run(path.read_text(encoding="utf-8", errors="replace"), headline)
        if run:
            items.append(Item(run, headline, g, dates.get(g["file"], "")))
    return items


def item_lines(item: Item, rng: random.Random) -> list[str]:
    """The item's printed lines: the wrapped run, first line indented, headline before or after."""
    run = hard_wrap(item.run, rng.randint(*WIDTHS))
    run = [run[0]] + [space_out(x) if rng.random() < SPACED_LINE_RATE else x for x in run[1:]]
    run[0] = " " + run[0]
    if not item.headline:
        return run
    return [item.headline, *run] if rng.random() < 0.5 else [*run, item.headline]


def anchor(run: str, page: str) -> str:
    """ANCHOR_LEN characters of ``run`` from a third in, moved on until the phrase is unique in
    ``page`` and holds no Latin letter or gloss."""
    start = len(run) // 3
    glossed = {k for m in GLOSS.finditer(run) for k in range(*m.span())}
    for i in list(range(start, len(run) - ANCHOR_LEN + 1)) + list(range(start - 1, -1, -1)):
        phrase = run[i : i + ANCHOR_LEN]
        if glossed.intersection(range(i, i + ANCHOR_LEN)) or LATIN.search(phrase):
            continue
        if page.count(phrase) == 1:
            return phrase
    return run


def page_gold(name: str, items: list[Item], text: str) -> list[dict]:
    """One gold line per item: index, anchor, the article's kept fields and no events."""
    squashed = WS.sub("", text)
    rows = []
    for index, item in enumerate(items, 1):
        row = {"file": name, "index": index, "anchor": anchor(item.run, squashed)}
        row.update({k: item.gold.get(k) if k != "headline" else item.headline for k in KEPT_FIELDS})
        row.update({k: [] for k in EVENT_FIELDS})
        row["from"] = item.gold["file"]
        rows.append(row)
    return rows


def page_sizes(total: int, rng: random.Random) -> list[int]:
    """Items per page, 3-5 each, summing to ``total`` (a set of fewer than 3 makes one page)."""
    sizes: list[int] = []
    left = total
    while left > 0:
        k = min(rng.randint(*ITEMS_PER_PAGE), left)
        if 0 < left - k < ITEMS_PER_PAGE[0]:
            k = left if left <= ITEMS_PER_PAGE[1] else left - ITEMS_PER_PAGE[0]
        sizes.append(k)
        left -= k
    return sizes


def write_pages(items: list[Item], out: Path, seed: int) -> tuple[int, int]:
    """Shuffle ``items`` onto pages under ``out``; returns (pages, items)."""
    rng = random.Random(seed)
    items = list(items)
    rng.shuffle(items)
    (out / "pages").mkdir(parents=True, exist_ok=True)
    manifest = ["file,newspaper,region,edition_date,date_precision,page"]
    gold: list[dict] = []
    at = 0
    for number, size in enumerate(page_sizes(len(items), rng), 1):
        on_page = items[at : at + size]
        at += size
        name = f"page_{number:02d}.txt"
        lines = [line for item in on_page for line in item_lines(item, rng)]
        text = "\n\n".join(lines) + "\n"
        (out / "pages" / name).write_text(text, encoding="utf-8")
        edition = max((i.edition_date for i in on_page), default="")
        manifest.append(f"{name},,,{edition},approximate,{number}")
        gold.extend(page_gold(name, on_page, text))
    (out / "pages" / "manifest.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    (out / "pages_gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold),
                                          encoding="utf-8")
    return len(manifest) - 1, len(gold)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not (args.set_dir / "gold.jsonl").is_file():
        print(f"error: {args.set_dir} has no gold.jsonl", file=sys.stderr)
        return 2
    pages, items = write_pages(read_items(args.set_dir), args.out_dir, args.seed)
    print(f"{pages} pages, {items} items -> {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
