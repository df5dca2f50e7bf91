"""Where each gold event's date sits relative to its evidence sentence (its own sentence, the
few before or after it, only the edition date, elsewhere in the text, not read), per event kind.

    .venv/bin/python scripts/gold_date_places.py SET_DIR [SET_DIR ...]

A SET_DIR holds gold.jsonl and articles/ with manifest.csv (as ../shared/real and the sets of
docs/devcorpus do). Dates are read with the project's own date reader, relative days against
the manifest's edition date. docs/accuracy.md (twelfth round) gives the table for the dev parts:
it tells a date chooser which places a gold date comes from.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from etl.extract.dates import find_dates
from etl.extract.model import DateContext

FIELDS = {"lockdowns": "start", "mass_testing": "date", "cases": "date", "school_closures": "start"}
_ENDS = re.compile(r"[。！？!?\n]")


def sentences(text: str) -> list[tuple[int, int]]:
    """The text's sentences as (start, end) offsets, each ending after its stop or line break."""
    out, start = [], 0
    for m in _ENDS.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return out


def dates_in(text: str, span: tuple[int, int], ctx: DateContext) -> list[date]:
    return [d.date for d in find_dates(text[span[0]:span[1]], ctx, ctx.edition_date) if d.date is not None]


def place_of(gold_day: date, text: str, at: int, ctx: DateContext) -> tuple[str, str | None]:
    """Where the gold day is first found from the evidence at ``at`` outwards, and, in its own
    sentence, which of the sentence's dates it is."""
    sents = sentences(text)
    k = next(i for i, (a, b) in enumerate(sents) if a <= at < b)
    own = dates_in(text, sents[k], ctx)
    if gold_day in own:
        which = "only date" if len(set(own)) == 1 else "first of several" if own[0] == gold_day else "later of several"
        return "own sentence", which
    places = [("1-3 sentences before", range(max(0, k - 3), k)), ("1-2 sentences after", range(k + 1, k + 3))]
    for name, around in places:
        if any(gold_day in dates_in(text, sents[i], ctx) for i in around if i < len(sents)):
            return name, None
    if gold_day == ctx.edition_date:
        return "edition date only", None
    return ("elsewhere in the text" if gold_day in dates_in(text, (0, len(text)), ctx) else "not read"), None


def tally(set_dir: Path, where: dict[str, Counter[str]], which: dict[str, Counter[str]]) -> None:
    """Count the places of one set's gold dates (rows with a county and a full date)."""
    with open(set_dir / "articles" / "manifest.csv", encoding="utf-8") as f:
        manifest = {r["file"]: r for r in csv.DictReader(f)}
    for line in (set_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        text = (set_dir / "articles" / g["file"]).read_text(encoding="utf-8")
        edition = manifest.get(g["file"], {}).get("edition_date")
        ctx = DateContext(edition_date=date.fromisoformat(edition) if edition else None)
        for field, key in FIELDS.items():
            for ev in g.get(field) or []:
                day, evidence = ev.get(key), ev.get("evidence") or ""
                if not day or "?" in day or not ev.get("county"):
                    continue
                at = text.find(evidence) if evidence else -1
                if at < 0:
                    where[field]["evidence not found"] += 1
                    continue
                name, nth = place_of(date.fromisoformat(day), text, at, ctx)
                where[field][name] += 1
                if nth:
                    which[field][nth] += 1


def main(args: list[str]) -> None:
    where: dict[str, Counter[str]] = defaultdict(Counter)
    which: dict[str, Counter[str]] = defaultdict(Counter)
    for set_dir in args:
        tally(Path(set_dir), where, which)
    for field in FIELDS:
        print(field, sum(where[field].values()), dict(where[field].most_common()), dict(which[field]))


if __name__ == "__main__":
    main(sys.argv[1:])
