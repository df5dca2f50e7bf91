"""Held-out development sets: pages from other papers and provinces (tests/pages, pages2,
pages3, pages4), gold in tests/gold/dev*.jsonl. Each is loaded with the real CLI, exported,
scored with etl.evaluate, and fails when any field's F1 drops below its floor.

The floors sit a little below what the extractor reached when the set was written
(mean F1 0.711); raise them as fixes land, never lower them to make a change pass.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, run_etl

from etl.evaluate import as_rows, mean_f1, score

PAGES = ROOT / "tests" / "pages"
DEV_GOLD = ROOT / "tests" / "gold" / "dev.jsonl"

# F1 measured when the set was written -> floor (raised after the page-structure rules:
# masthead/edge furniture, opening bylines, caption split, headline wants; 0.996 mean)
FLOORS = {
    "articles": 0.95,                      # 1.000 (0.615 when written)
    "headline": 0.90,                      # 0.960 (0.333)
    "reporters": 0.95,                     # 1.000 (0.545)
    "correspondents": 0.95,                # 1.000 (0.500)
    "photographers": 0.95,                 # 1.000 (0.571)
    "places.county": 0.95,                 # 1.000 (0.735)
    "lockdowns.county_date": 0.90,         # 1.000 (0.765)
    "mass_testing.county_date": 0.90,      # 1.000 (0.923)
    "cases.county_date": 0.90,             # 1.000 (0.900)
    "school_closures.county_date": 0.95,   # 1.000 (1.000)
    "lockdowns.county": 0.93,              # 1.000 (0.929)
}
MEAN_FLOOR = 0.94                          # 0.996 (0.711 when written)


def _load_and_export(tmp_path: Path, pages: Path = PAGES) -> tuple[list[dict], str]:
    url = f"sqlite:///{tmp_path / 'dev.db'}"
    res = run_etl("load", str(pages), "--db", url, "--quiet")
    assert res.returncode == 0, res.stderr
    out = tmp_path / "dev.jsonl"
    exp = run_etl("export", "--format", "jsonl", "--db", url)
    assert exp.returncode == 0, exp.stderr
    out.write_text(exp.stdout, encoding="utf-8")
    return [json.loads(line) for line in exp.stdout.splitlines() if line.strip()], res.stderr + res.stdout


def test_dev_set_covers_every_page_and_the_no_date_file_warns_once(tmp_path: Path) -> None:
    export, log = _load_and_export(tmp_path)
    pages = {p.name for p in PAGES.glob("*.txt")}
    assert {Path(a["source_file"]).name for a in export} == pages
    gold_files = {json.loads(line)["file"] for line in DEV_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert gold_files == pages
    # horgos_web.txt has no edition date in the manifest: exactly one note/warning names it
    lines = [ln for ln in log.splitlines() if "horgos_web.txt" in ln]
    assert len(lines) == 1 and "edition date" in lines[0], lines
    assert all("edition date" not in ln for ln in log.splitlines() if "horgos_web.txt" not in ln)


# Second held-out set (tests/pages2, gold tests/gold/dev2.jsonl): other provinces and papers,
# CRLF / GBK / BOM / full-width digits, kickers, ■ briefs, notices, web datelines. Written
# after the rules were tuned on tests/pages, so it measures generalisation. Floors sit a
# little below the scores when written (mean F1 0.812); raise them as fixes land.
PAGES2 = ROOT / "tests" / "pages2"
DEV2_GOLD = ROOT / "tests" / "gold" / "dev2.jsonl"
FLOORS2 = {  # raised after briefs, page codes, kickers, datelines, unbracketed leads (1.000 mean)
    "articles": 0.95,                      # 1.000 (0.750 when written)
    "headline": 0.93,                      # 1.000 (0.800)
    "reporters": 0.95,                     # 1.000 (0.769)
    "correspondents": 0.95,                # 1.000 (0.667)
    "photographers": 0.95,                 # 1.000 (0.500)
    "places.county": 0.93,                 # 1.000 (0.837)
    "lockdowns.county_date": 0.95,         # 1.000
    "mass_testing.county_date": 0.95,      # 1.000
    "cases.county_date": 0.95,             # 1.000
    "school_closures.county_date": 0.90,   # 1.000 (0.667)
    "lockdowns.county": 0.93,              # 1.000 (0.947)
}
MEAN_FLOOR2 = 0.96                         # 1.000 (0.812 when written)


# Third held-out set (tests/pages3, gold tests/gold/dev3.jsonl): county papers and 融媒体 /
# WeChat posts from provinces in neither earlier set (云南, 广西, 内蒙古, 黑龙江, 吉林, 山东,
# 河南, 安徽, 福建, 湖北, 西藏); GB18030 and UTF-16 pages, split headlines, bylines on the
# headline line, jump lines, photo news, a 短评, an interview, relative weekdays, rumours and
# drills. Floors sit a little below the scores when written (mean F1 0.731); raise them as
# fixes land, never lower them to make a change pass.
PAGES3 = ROOT / "tests" / "pages3"
DEV3_GOLD = ROOT / "tests" / "gold" / "dev3.jsonl"
FLOORS3 = {
    "articles": 0.95,                      # 1.000 (0.788 when written)
    "headline": 0.93,                      # 1.000 (0.538)
    "reporters": 0.95,                     # 1.000 (0.571)
    "correspondents": 0.93,                # 1.000 (0.500)
    "photographers": 0.93,                 # 1.000 (0.667)
    "places.county": 0.93,                 # 0.973 (0.788)
    "lockdowns.county_date": 0.95,         # 1.000 (0.737 before the event/date rules of round 3)
    "mass_testing.county_date": 0.95,      # 1.000 (0.727)
    "cases.county_date": 0.95,             # 1.000 (0.941)
    "school_closures.county_date": 0.95,   # 1.000 (0.833)
    "lockdowns.county": 0.95,              # 1.000 (0.947)
}
MEAN_FLOOR3 = 0.95                         # 0.998 (0.924 before round 3; 0.731 when written)


# Fourth held-out set (tests/pages4, gold tests/gold/dev4.jsonl): e-paper PDF text dumps in
# the seeds' raw style from papers and provinces in no earlier set (沈阳, 廊坊, 长沙, 银川, 深圳,
# 杭州, 南京, 延安): hard wraps at 10-24 columns, blank lines between every line or none,
# spaced-out characters, numbers split from units, half-width punctuation, headlines after the
# body, headline + subheadline, caption items and caption lines inside articles, closing
# bylines. Floors sit a little below the scores when written (mean F1 0.923); raise them as
# fixes land, never lower them to make a change pass.
PAGES4 = ROOT / "tests" / "pages4"
DEV4_GOLD = ROOT / "tests" / "gold" / "dev4.jsonl"
FLOORS4 = {
    "articles": 0.98,                      # 0.938 when written; 0.985 after segment fixes; 1.000 inner caption
    "headline": 0.89,                      # 0.791; 0.920
    "reporters": 0.97,                     # 0.968; 1.000
    "correspondents": 0.97,                # 0.923; 1.000
    "photographers": 0.95,                 # 1.000
    "places.county": 0.93,                 # 0.966
    "lockdowns.county_date": 0.95,         # 0.947; 1.000 after the slogan fix
    "mass_testing.county_date": 0.95,      # 0.957; 1.000 after 截至 progress merges into its round
    "cases.county_date": 0.95,             # 0.667; 1.000 after county-in-city ties and counted 阳性
    "school_closures.county_date": 0.95,   # 1.000
    "lockdowns.county": 0.95,              # 1.000
}
MEAN_FLOOR4 = 0.89                         # 0.923 when written


DEV_SETS = {
    "dev1": (PAGES, DEV_GOLD, FLOORS, MEAN_FLOOR),
    "dev2": (PAGES2, DEV2_GOLD, FLOORS2, MEAN_FLOOR2),
    "dev3": (PAGES3, DEV3_GOLD, FLOORS3, MEAN_FLOOR3),
    "dev4": (PAGES4, DEV4_GOLD, FLOORS4, MEAN_FLOOR4),
}


@pytest.mark.parametrize("name", list(DEV_SETS))
def test_dev_set_scores_stay_above_floors(name: str, tmp_path: Path) -> None:
    pages, gold_path, floors, mean_floor = DEV_SETS[name]
    export, _ = _load_and_export(tmp_path, pages)
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert {g["file"] for g in gold} == {p.name for p in pages.glob("*.txt")}
    scores = score(gold, export)
    print(f"\n{name}: {'field':24} {'P':>6} {'R':>6} {'F1':>6}  tp/pred/gold")
    for r in as_rows(scores):
        print(f"{r['field']:30} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}  {r['tp']}/{r['predicted']}/{r['gold']}")
    print(f"{'mean F1':30} {mean_f1(scores):20.3f}")
    by_field = {s.field: s for s in scores}
    assert set(floors) <= set(by_field), set(floors) - set(by_field)
    low = {f: round(by_field[f].f1, 3) for f, floor in floors.items() if by_field[f].f1 < floor}
    assert not low, f"F1 below floor: {low}"
    assert mean_f1(scores) >= mean_floor
