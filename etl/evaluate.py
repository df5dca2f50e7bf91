"""Score exported articles against hand-made gold (the format of tests/gold/seeds.jsonl).

Articles align by the gold ``anchor`` (white space removed) found in exactly one exported
article of the same file, an article holding two gold anchors counting as a merge. Fields
are scored as precision / recall / F1 over sets: headlines and contributors per aligned
article, place counties per article, and events over the corpus as distinct
(county, date) pairs, which is what "which counties reported lockdowns on which dates" asks.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

_WS = re.compile(r"\s+")
ROLES = (("reporters", "reporter"), ("correspondents", "correspondent"), ("photographers", "photographer"))
EVENT_FIELDS = {"lockdowns": ("lockdown", "start"), "mass_testing": ("mass_testing", "date"),
                "cases": ("case_report", "date"), "school_closures": ("school_closure", "start")}


@dataclass(frozen=True)
class Score:
    field: str
    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _squash(s: str | None) -> str:
    return _WS.sub("", s or "")


def _sets(field: str, pred: set, gold: set) -> Score:
    return Score(field, len(pred & gold), len(pred), len(gold))


def _text(article: dict) -> str:
    return _squash((article.get("headline") or "") + (article.get("body") or ""))


def align(gold: list[dict], export: list[dict]) -> dict[int, dict]:
    """Gold index -> the one exported article that holds its anchor and no other."""
    by_file: dict[str, list[dict]] = defaultdict(list)
    for art in export:
        by_file[PurePath(art.get("source_file", "")).name].append(art)
    gold_by_file: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        gold_by_file[g["file"]].append(g)
    matched: dict[int, dict] = {}
    for gi, g in enumerate(gold):
        cands = by_file.get(g["file"], [])
        anchor = _squash(g.get("anchor"))
        if anchor:
            hits = [a for a in cands if anchor in _text(a)]
        else:
            hits = cands if len(gold_by_file[g["file"]]) == 1 and len(cands) == 1 else []
        if len(hits) == 1:
            others = [_squash(o.get("anchor")) for o in gold_by_file[g["file"]] if o is not g and o.get("anchor")]
            if not any(o in _text(hits[0]) for o in others):
                matched[gi] = hits[0]
    return matched


def _scored_day(day: str) -> bool:
    return not day.startswith("?") or day.startswith("????")


def _yearless_match(pair: tuple[str, str], want: set) -> tuple[str, str]:
    """A dated row as scored: a gold row whose year nothing gives (????-11-03) is matched on
    month and day, by a row with a year as by one without."""
    county, day = pair
    if pair in want:
        return pair
    return (county, "????" + day[4:]) if (county, "????" + day[4:]) in want else pair


def score(gold: list[dict], export: list[dict]) -> list[Score]:
    files = {g["file"] for g in gold}
    export = [a for a in export if PurePath(a.get("source_file", "")).name in files]
    matched = align(gold, export)
    scores = [Score("articles", len(matched), len(export), len(gold))]
    scores.append(_sets("headline",
                        {(gi, _squash(a["headline"])) for gi, a in matched.items() if a.get("headline")},
                        {(gi, _squash(g["headline"])) for gi, g in enumerate(gold) if g.get("headline")}))
    for field, role in ROLES:
        scores.append(_sets(field,
                            {(gi, c["name"]) for gi, a in matched.items() for c in a.get("contributors", [])
                             if c.get("role") == role},
                            {(gi, n) for gi, g in enumerate(gold) for n in g.get(field, [])}))
    scores.append(_sets("places.county",
                        {(gi, p["county"]) for gi, a in matched.items() for p in a.get("places", [])
                         if p.get("county")},
                        {(gi, p["county"]) for gi, g in enumerate(gold) for p in g.get("places", [])
                         if p.get("county")}))
    for field, (etype, gdate) in EVENT_FIELDS.items():
        # ?2022-03-21 (a day the text only bounds) is not scored; ????-03-21 (no year given) is
        want = {(e["county"], e[gdate]) for g in gold for e in g.get(field, [])
                if e.get(gdate) and _scored_day(str(e[gdate])) and e.get("county")}
        pred = {_yearless_match((e.get("county"), e.get("start")), want) for a in export for e in a.get("events", [])
                if e.get("type") == etype and e.get("start") and e.get("county")}
        scores.append(_sets(f"{field}.county_date", pred, want))
    scores.append(_sets("lockdowns.county",
                        {e.get("county") for a in export for e in a.get("events", [])
                         if e.get("type") == "lockdown" and e.get("county")},
                        {e["county"] for g in gold for e in g.get("lockdowns", []) if e.get("county")}))
    return scores


def mean_f1(scores: Iterable[Score]) -> float:
    values = [s.f1 for s in scores]
    return sum(values) / len(values) if values else 0.0


def as_rows(scores: list[Score]) -> list[dict[str, Any]]:
    return [{"field": s.field, "precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
             "tp": s.tp, "predicted": s.predicted, "gold": s.gold} for s in scores]
