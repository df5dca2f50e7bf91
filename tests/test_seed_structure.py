"""The seeds against the hand-made gold: alignment, headlines and contributors must be perfect.

Alignment mirrors /work/shared/tools/score_extraction.py: a gold article's anchor (white
space removed) must occur in the headline + body of exactly one item, and that item must
hold no other gold anchor.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from etl.extract.segment import split_page

ROOT = Path(__file__).resolve().parent.parent
GOLD = [json.loads(x) for x in (ROOT / "tests/gold/seeds.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
FILES = sorted({g["file"] for g in GOLD})
ROLES = {"reporters": "reporter", "correspondents": "correspondent", "photographers": "photographer"}


def squash(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


@pytest.fixture(scope="module")
def pages() -> dict[str, list]:
    return {f: split_page((ROOT / "seeds" / f).read_text(encoding="utf-8"))[0] for f in FILES}


def _align(items: list, gold: list[dict]) -> dict[int, object]:
    out = {}
    for g in gold:
        anchor = squash(g["anchor"])
        hits = [it for it in items if anchor in squash((it.headline or "") + it.body)]
        if len(hits) != 1:
            continue
        text = squash((hits[0].headline or "") + hits[0].body)
        if any(squash(o["anchor"]) in text for o in gold if o is not g):
            continue
        out[g["index"]] = hits[0]
    return out


def test_item_count(pages: dict[str, list]) -> None:
    assert sum(len(v) for v in pages.values()) == len(GOLD) == 12
    for f, items in pages.items():
        assert len(items) == sum(1 for g in GOLD if g["file"] == f)
        assert [it.seq for it in items] == list(range(1, len(items) + 1))


@pytest.mark.parametrize("g", GOLD, ids=lambda g: f"{g['file'][:3]}-{g['index']}")
def test_article(pages: dict[str, list], g: dict) -> None:
    gold = [x for x in GOLD if x["file"] == g["file"]]
    item = _align(pages[g["file"]], gold).get(g["index"])
    assert item is not None, "gold article not matched to exactly one item"
    assert squash(item.headline) == squash(g["headline"])
    if "subheadline" in g:
        assert squash(item.subheadline) == squash(g["subheadline"])
    for field, role in ROLES.items():
        got = {c.name for c in item.contributors if c.role == role}
        assert got == set(g[field]), field


def test_scores_perfect(pages: dict[str, list]) -> None:
    """Micro F1 over all fields, as the scorer computes it, is 1.00."""
    for field, role in ROLES.items():
        pred, want = set(), set()
        for f in FILES:
            gold = [x for x in GOLD if x["file"] == f]
            m = _align(pages[f], gold)
            for g in gold:
                want |= {(f, g["index"], n) for n in g[field]}
                if g["index"] in m:
                    pred |= {(f, g["index"], c.name) for c in m[g["index"]].contributors if c.role == role}
        assert pred == want, field
