"""Agreement between two annotators, measured with the tool's own yardstick: a second person's
gold read as an export (`etl.evaluate.gold_as_export`) and scored against the first
(`scripts/agree_gold.py`), so that the tool's scores can be read against what two careful
people reach on the same texts."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from etl.evaluate import gold_as_export, score

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = "一、松岗县通告\n松岗县自3月2日起开展全员核酸检测。\n二、梅溪区通告\n梅溪区3月4日起实行静默管理。\n"


def _line(file: str, anchor: str | None, headline: str, **fields: object) -> dict:
    base = {"file": file, "headline": headline, "reporters": [], "correspondents": [], "photographers": [],
            "places": [], "lockdowns": [], "mass_testing": [], "cases": [], "school_closures": []}
    return {**base, **({"anchor": anchor} if anchor else {}), **fields}


def _testing(county: str, date: str) -> dict:
    return {"county": county, "date": date, "evidence": "核酸检测"}


def _first() -> list[dict]:
    return [_line("b.txt", "松岗县自3月2日起", "松岗县通告", mass_testing=[_testing("松岗县", "2022-03-02")]),
            _line("b.txt", "梅溪区3月4日起", "梅溪区通告",
                  lockdowns=[{"county": "梅溪区", "start": "2022-03-04", "evidence": "静默管理"}])]


def _scores(first: list[dict], second: list[dict]) -> dict[str, float]:
    return {s.field: s.f1 for s in score(first, gold_as_export(second, {"b.txt": BUNDLE}))}


def test_an_annotation_agrees_fully_with_itself_even_when_its_items_are_listed_out_of_order() -> None:
    first = _first()
    f1 = _scores(first, list(reversed(first)))
    assert f1["articles"] == f1["headline"] == f1["lockdowns.county_date"] == f1["mass_testing.county_date"] == 1.0


def test_a_round_dated_a_day_apart_and_a_year_left_unknown_count_as_disagreement() -> None:
    second = _first()
    second[0] = {**second[0], "mass_testing": [_testing("松岗县", "2022-03-03")]}
    second[1] = {**second[1], "lockdowns": [{"county": "梅溪区", "start": "????-03-04", "evidence": "静默管理"}]}
    f1 = _scores(_first(), second)
    assert f1["mass_testing.county_date"] == 0.0
    assert f1["lockdowns.county_date"] == 0.0
    assert f1["headline"] == 1.0


def test_the_script_counts_a_bundle_read_as_one_item_as_a_merge(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "b.txt").write_text(BUNDLE, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in _first()),
                                         encoding="utf-8")
    second = _first()[:1]  # the second person read the two notices as one item
    (tmp_path / "b.jsonl").write_text(json.dumps(second[0], ensure_ascii=False) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "agree_gold.py"), str(tmp_path),
                          str(tmp_path / "b.jsonl")], capture_output=True, text=True, check=True).stdout
    rows = {line.split()[0]: line.split()[-1] for line in out.splitlines()
            if line.startswith(("articles", "lockdowns.county_date"))}
    assert rows["articles"] == "0/1/2"  # one item holding both anchors aligns with neither
    assert rows["lockdowns.county_date"] == "0/0/1"
