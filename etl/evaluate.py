"""Score exported articles against hand-made gold (the format of tests/gold/seeds.jsonl).

Articles align by the gold ``anchor`` (white space removed) found in exactly one exported
article of the same file, an article holding two gold anchors counting as a merge. Fields
are scored as precision / recall / F1 over sets: headlines and contributors per aligned
article, place counties per article, and events over the corpus as distinct
(county, date) pairs, which is what "which counties reported lockdowns on which dates" asks.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePath
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


def read_jsonl(path: Path) -> list[dict]:
    """The records of a JSON-lines file (gold or export), blank lines skipped."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _squash(s: str | None) -> str:
    return _WS.sub("", s or "")


def _sets(field: str, pred: set, gold: set) -> Score:
    return Score(field, len(pred & gold), len(pred), len(gold))


def _text(article: dict) -> str:
    """All the article's own text: an anchor read as its subtitle still lies in the article."""
    return _squash("".join(article.get(k) or "" for k in ("headline", "subheadline", "body")))


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


def _gold_files_aligned(gold: list[dict], export: list[dict]) -> tuple[list[dict], dict[int, dict]]:
    """The exported articles of the gold's files, and the gold items aligned with them."""
    files = {g["file"] for g in gold}
    export = [a for a in export if PurePath(a.get("source_file", "")).name in files]
    return export, align(gold, export)


def score(gold: list[dict], export: list[dict]) -> list[Score]:
    return _scores(gold, *_gold_files_aligned(gold, export))


def _scores(gold: list[dict], export: list[dict], matched: dict[int, dict]) -> list[Score]:
    """Every field's score, given the gold's exported articles and the items aligned with them."""
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
        want = set().union(*_gold_pairs(gold, field, gdate).values())
        pred = {(e.get("county"), e.get("start")) for a in export for e in a.get("events", [])
                if e.get("type") == etype and e.get("start") and e.get("county")}
        scores.append(_sets(f"{field}.county_date", pred, want))
    scores.append(_sets("lockdowns.county",
                        {e.get("county") for a in export for e in a.get("events", [])
                         if e.get("type") == "lockdown" and e.get("county")},
                        {e["county"] for g in gold for e in g.get("lockdowns", []) if e.get("county")}))
    return scores


def gold_as_export(gold: list[dict], texts: dict[str, str]) -> list[dict]:
    """A second annotator's gold as exported articles, so that ``score(first, gold_as_export(second))``
    measures how far two people agree with the same yardstick as the tool (F1 is symmetric).

    ``texts`` maps a file name to its text: an item's body runs from its anchor to the next
    item's anchor, so that the first annotator's anchors align with the second one's items.
    """
    by_file: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        by_file[g["file"]].append(g)
    out: list[dict] = []
    for name, items in by_file.items():
        text = texts.get(name, "")
        starts = sorted((max(text.find(g["anchor"]), 0) if g.get("anchor") else 0, i) for i, g in enumerate(items))
        ends = [at for at, _ in starts[1:]] + [len(text)]
        for k, ((at, i), end) in enumerate(zip(starts, ends, strict=True)):
            out.append(_annotation_as_article(items[i], name, text[0 if k == 0 else at:end]))
    return out


def _annotation_as_article(g: dict, name: str, body: str) -> dict:
    """One gold line in the export's shape: contributors by role, place counties, dated events."""
    events = [{"type": etype, "county": e.get("county"),
               "start": None if str(e.get(gdate) or "?").startswith("?") else e[gdate]}
              for field, (etype, gdate) in EVENT_FIELDS.items() for e in g.get(field, [])]
    return {"source_file": name, "headline": g.get("headline"), "body": body,
            "contributors": [{"name": n, "role": role} for field, role in ROLES for n in g.get(field, [])],
            "places": [{"county": p.get("county")} for p in g.get("places", [])], "events": events}


def mean_f1(scores: Iterable[Score]) -> float:
    values = [s.f1 for s in scores]
    return sum(values) / len(values) if values else 0.0


def as_rows(scores: list[Score]) -> list[dict[str, Any]]:
    return [{"field": s.field, "precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
             "tp": s.tp, "predicted": s.predicted, "gold": s.gold} for s in scores]


class Why(StrEnum):
    """Why one gold value was missed or one predicted value is wrong: the class of the mistake,
    so that a user (or a tuner) sees which mechanism fails before reading any text."""

    NOT_FOUND = "item not found"  # the gold item matches no exported article (split or merged)
    NO_HEADLINE = "no headline"  # the article has none where the gold has one
    HEADLINE_NOT_IN_GOLD = "headline, gold has none"
    PART_OF_TITLE = "part of the title"  # the headline is a piece of the gold title
    MORE_THAN_TITLE = "more than the title"  # the headline holds the gold title and more
    OTHER_LINE = "another line"
    MISSED = "missed"  # a contributor or county the gold names and the article lacks
    EXTRA = "extra"  # one the article names and the gold does not
    OTHER_DATE = "right county, other date"
    OTHER_COUNTY = "right date, other county"
    NO_COUNTY = "event without county"  # the file has the event, but none with a county
    NO_DATE = "event without date"
    NO_EVENT = "no such event"  # the file has no event of this type at all
    NONE_IN_GOLD = "gold has none"  # a pair predicted in a file whose gold has no event of the type


@dataclass(frozen=True)
class Mistake:
    """One wrong or missing value: which file and field, why, and what was expected and got."""

    file: str
    field: str
    why: Why
    expected: str | None
    got: str | None


def _headline_why(gold_title: str, title: str) -> Why:
    if not title:
        return Why.NO_HEADLINE
    if not gold_title:
        return Why.HEADLINE_NOT_IN_GOLD
    if title in gold_title:
        return Why.PART_OF_TITLE
    return Why.MORE_THAN_TITLE if gold_title in title else Why.OTHER_LINE


def headline_mistakes(gold: list[dict], matched: dict[int, dict]) -> list[Mistake]:
    out: list[Mistake] = []
    for gi, g in enumerate(gold):
        expected = _squash(g.get("headline"))
        if gi not in matched:
            out.append(Mistake(g["file"], "articles", Why.NOT_FOUND, g.get("anchor") or expected or None, None))
            continue
        got = _squash(matched[gi].get("headline"))
        if got != expected:
            out.append(Mistake(g["file"], "headline", _headline_why(expected, got), expected or None, got or None))
    return out


def name_mistakes(gold: list[dict], matched: dict[int, dict]) -> list[Mistake]:
    """Contributors and counties per aligned article: the names missed and the names added."""
    out: list[Mistake] = []
    for gi, a in sorted(matched.items()):
        g = gold[gi]
        for field, role in ROLES:
            want = set(g.get(field, []))
            have = {c["name"] for c in a.get("contributors", []) if c.get("role") == role}
            out += [Mistake(g["file"], field, Why.MISSED, n, None) for n in sorted(want - have)]
            out += [Mistake(g["file"], field, Why.EXTRA, None, n) for n in sorted(have - want)]
        want = {p["county"] for p in g.get("places", []) if p.get("county")}
        have = {p["county"] for p in a.get("places", []) if p.get("county")}
        out += [Mistake(g["file"], "places.county", Why.MISSED, n, None) for n in sorted(want - have)]
        out += [Mistake(g["file"], "places.county", Why.EXTRA, None, n) for n in sorted(have - want)]
    return out


def _pair_text(pair: tuple[str, str]) -> str:
    return f"{pair[0]} {pair[1]}"


def _missed_why(pair: tuple[str, str], events: list[dict], pairs: set[tuple[str, str]]) -> Why:
    if any(c == pair[0] for c, _ in pairs):
        return Why.OTHER_DATE
    if any(d == pair[1] for _, d in pairs):
        return Why.OTHER_COUNTY
    if not events:
        return Why.NO_EVENT
    return Why.NO_COUNTY if any(not e.get("county") for e in events) else Why.NO_DATE


def _extra_why(pair: tuple[str, str], want: set[tuple[str, str]]) -> Why:
    if not want:
        return Why.NONE_IN_GOLD
    if any(c == pair[0] for c, _ in want):
        return Why.OTHER_DATE
    return Why.OTHER_COUNTY if any(d == pair[1] for _, d in want) else Why.EXTRA


def _gold_pairs(gold: list[dict], field: str, gdate: str) -> dict[str, set[tuple[str, str]]]:
    by_file: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for g in gold:
        by_file[g["file"]] |= {(e["county"], e[gdate]) for e in g.get(field, [])
                               if e.get(gdate) and not str(e[gdate]).startswith("?") and e.get("county")}
    return by_file


def _exported_events(export: list[dict], etype: str) -> dict[str, list[dict]]:
    by_file: dict[str, list[dict]] = defaultdict(list)
    for a in export:
        by_file[PurePath(a.get("source_file", "")).name] += [e for e in a.get("events", []) if e.get("type") == etype]
    return by_file


def event_mistakes(gold: list[dict], export: list[dict]) -> list[Mistake]:
    """(county, date) pairs wrong over the whole set, explained within their file."""
    out: list[Mistake] = []
    for field, (etype, gdate) in EVENT_FIELDS.items():
        wanted, events = _gold_pairs(gold, field, gdate), _exported_events(export, etype)
        have = {f: {(e["county"], e["start"]) for e in evs if e.get("county") and e.get("start")}
                for f, evs in events.items()}
        all_want = set().union(*wanted.values()) if wanted else set()
        all_have = set().union(*have.values()) if have else set()
        name = f"{field}.county_date"
        for f in sorted(wanted):
            out += [Mistake(f, name, _missed_why(p, events.get(f, []), have.get(f, set())), _pair_text(p), None)
                    for p in sorted(wanted[f] - all_have)]
        for f in sorted(have):
            out += [Mistake(f, name, _extra_why(p, wanted.get(f, set())), None, _pair_text(p))
                    for p in sorted(have[f] - all_want)]
    return out


def mistakes(gold: list[dict], export: list[dict]) -> list[Mistake]:
    """Every value :func:`score` counts as missed or wrong, each with the class of its mistake
    (``lockdowns.county``, the pairs' counties alone, is left to the pairs)."""
    return score_and_mistakes(gold, export)[1]


def score_and_mistakes(gold: list[dict], export: list[dict]) -> tuple[list[Score], list[Mistake]]:
    """:func:`score` and :func:`mistakes` from one alignment (``etl eval --why`` shows both)."""
    export, matched = _gold_files_aligned(gold, export)
    found = headline_mistakes(gold, matched) + name_mistakes(gold, matched) + event_mistakes(gold, export)
    return _scores(gold, export, matched), found


def mistake_rows(found: list[Mistake]) -> list[dict[str, Any]]:
    return [{"file": m.file, "field": m.field, "why": str(m.why), "expected": m.expected, "got": m.got} for m in found]


def why_counts(found: list[Mistake]) -> list[dict[str, Any]]:
    """How many mistakes of each class per field: the summary a tuner reads first."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for m in found:
        counts[m.field, str(m.why)] += 1
    ordered = sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1]))
    return [{"field": f, "why": w, "count": n} for (f, w), n in ordered]
