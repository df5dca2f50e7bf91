"""`etl eval --why / --mistakes`: every value the score counts as wrong, with the class of its
mistake, so that a user sees which mechanism fails (a wrong date, a missing county, a title cut
short) before reading any text."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import run_etl

from etl.evaluate import Why, mistakes, score, why_counts


def _gold(file: str, headline: str | None, **fields: object) -> dict:
    return {"file": file, "anchor": f"锚{file}", "headline": headline, "reporters": [], "correspondents": [],
            "photographers": [], "places": [], "lockdowns": [], "mass_testing": [], "cases": [],
            "school_closures": [], **fields}


def _article(file: str, headline: str | None, events: list[dict] | None = None, **fields: object) -> dict:
    return {"source_file": file, "headline": headline, "body": f"锚{file}正文", "contributors": [], "places": [],
            "events": events or [], **fields}


def _testing(county: str | None, start: str | None) -> dict:
    return {"type": "mass_testing", "county": county, "start": start}


def _why(found: list, field: str) -> list[Why]:
    return [m.why for m in found if m.field == field]


def test_a_title_cut_short_a_longer_one_and_another_line_are_told_apart() -> None:
    gold = [_gold("a.txt", "青禾县开展第二轮检测"), _gold("b.txt", "柳岸区发布通告"), _gold("c.txt", "石门镇复课"),
            _gold("d.txt", None), _gold("e.txt", "东坪县暂停堂食")]
    export = [_article("a.txt", "青禾县开展"), _article("b.txt", "柳岸区发布通告_柳岸网"), _article("c.txt", "首页"),
              _article("d.txt", "导航"), _article("e.txt", None)]
    assert _why(mistakes(gold, export), "headline") == [Why.PART_OF_TITLE, Why.MORE_THAN_TITLE, Why.OTHER_LINE,
                                                        Why.HEADLINE_NOT_IN_GOLD, Why.NO_HEADLINE]


def test_an_item_that_no_article_holds_is_reported_once_as_not_found() -> None:
    gold = [_gold("a.txt", "题一")]
    found = mistakes(gold, [_article("a.txt", "题一", body="别的正文")])
    assert [(m.field, m.why) for m in found] == [("articles", Why.NOT_FOUND)]


def test_an_anchor_the_tool_reads_as_the_subtitle_still_finds_its_article() -> None:
    gold = [_gold("a.txt", "题一", anchor="白沙县今日起恢复堂食")]
    export = [_article("a.txt", "题一", body="正文另起", subheadline="白沙县今日起恢复堂食")]
    assert score(gold, export)[0].tp == 1


def test_names_missed_and_added_per_article() -> None:
    gold = [_gold("a.txt", "题", reporters=["林小溪", "周青"])]
    export = [_article("a.txt", "题", contributors=[{"name": "林小溪", "role": "reporter"},
                                                    {"name": "周青山", "role": "reporter"}])]
    found = [(m.why, m.expected, m.got) for m in mistakes(gold, export) if m.field == "reporters"]
    assert found == [(Why.MISSED, "周青", None), (Why.EXTRA, None, "周青山")]


def test_a_missed_pair_says_whether_its_date_its_county_or_the_whole_event_went_wrong() -> None:
    files = ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt")
    gold = [_gold(f, "题", mass_testing=[{"county": "青禾县", "date": f"2022-05-1{i}"}]) for i, f in enumerate(files)]
    export = [_article("a.txt", "题", [_testing("青禾县", "2022-05-20")]),  # the county, another day
              _article("b.txt", "题", [_testing("白沙县", "2022-05-11")]),  # the day, another county
              _article("c.txt", "题", [_testing(None, "2022-05-03")]),  # the city-wide round, no county
              _article("d.txt", "题", [_testing("青禾县", None)]),
              _article("e.txt", "题")]
    whys = [m.why for m in mistakes(gold, export) if m.field == "mass_testing.county_date" and m.expected]
    assert whys == [Why.OTHER_DATE, Why.OTHER_COUNTY, Why.NO_COUNTY, Why.NO_DATE, Why.NO_EVENT]


def test_a_pair_in_a_file_whose_gold_has_no_such_event_is_over_generation() -> None:
    gold = [_gold("a.txt", "题")]
    export = [_article("a.txt", "题", [_testing("青禾县", "2022-05-01")])]
    found = [m for m in mistakes(gold, export) if m.field == "mass_testing.county_date"]
    assert [(m.why, m.got) for m in found] == [(Why.NONE_IN_GOLD, "青禾县 2022-05-01")]


def test_the_mistakes_are_exactly_what_the_score_counts_as_missed_and_wrong() -> None:
    gold = [_gold("a.txt", "题一", reporters=["林小溪"], mass_testing=[{"county": "青禾县", "date": "2022-05-02"},
                                                                      {"county": "白沙县", "date": "2022-05-02"}])]
    export = [_article("a.txt", "题二", [_testing("青禾县", "2022-05-02"), _testing("柳岸区", "2022-05-02")])]
    by_field = {s.field: s for s in score(gold, export)}
    found = mistakes(gold, export)
    for field in ("headline", "reporters", "mass_testing.county_date"):
        s = by_field[field]
        assert sum(m.field == field and m.expected is not None for m in found) == s.gold - s.tp
        assert sum(m.field == field and m.got is not None for m in found) == s.predicted - s.tp
    counts = {(c["field"], c["why"]): c["count"] for c in why_counts(found)}
    assert counts[("mass_testing.county_date", str(Why.OTHER_COUNTY))] == 2


def test_the_cli_lists_and_counts_mistakes_for_machines(tmp_path: Path) -> None:
    gold, export = tmp_path / "gold.jsonl", tmp_path / "export.jsonl"
    gold.write_text(json.dumps(_gold("a.txt", "青禾县开展第二轮检测"), ensure_ascii=False) + "\n", encoding="utf-8")
    export.write_text(json.dumps(_article("a.txt", "青禾县开展"), ensure_ascii=False) + "\n", encoding="utf-8")
    listed = run_etl("eval", str(gold), "--export", str(export), "--mistakes", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == [{"file": "a.txt", "field": "headline", "why": "part of the title",
                                          "expected": "青禾县开展第二轮检测", "got": "青禾县开展"}]
    counted = run_etl("eval", str(gold), "--export", str(export), "--why", "--format", "csv")
    assert counted.stdout.splitlines() == ["field,why,count", "headline,part of the title,1"]
