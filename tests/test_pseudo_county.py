"""A city without counties (东莞市, 中山市, 儋州市, 嘉峪关市) is its own county-level unit: its
towns roll up to the city, and the official list's pseudo-node 市直辖行政区划 is never exported
as a county (issue 12)."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import run_etl


def test_town_of_a_city_without_counties_rolls_up_to_the_city(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = "东莞市长安镇开展全员核酸检测\n10月5日，东莞市长安镇在全镇开展全员核酸检测，共设采样点40个。\n"
    (folder / "a.txt").write_text(text, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    loaded = run_etl("load", str(folder), "--db", url, "--edition-date", "2022-10-06")
    assert loaded.returncode == 0, loaded.stderr
    out = run_etl("export", "--format", "jsonl", "--db", url)
    places = [p for line in out.stdout.splitlines() for p in json.loads(line)["places"]]
    assert any(p["name"].startswith("长安镇") for p in places)
    assert all(not p["county"] or "直辖" not in p["county"] for p in places)
    assert {p["county"] for p in places if p["name"].startswith("长安镇")} == {"东莞市"}


def test_a_measure_of_a_city_without_counties_is_a_county_row(tmp_path: Path) -> None:
    """The lockdown table answers "which counties": a town of 儋州 sealed is a row of 儋州市."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = ("白马井镇实行静默管理\n7月30日，儋州市疫情防控指挥部发布通告，"
            "自7月30日20时起，白马井镇全域实行静默管理。\n")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert run_etl("load", str(folder), "--db", url, "--edition-date", "2022-07-31").returncode == 0
    out = run_etl("export", "--format", "jsonl", "--db", url)
    events = [e for line in out.stdout.splitlines() for e in json.loads(line)["events"]]
    assert [(e["type"], e["county"], e["prefecture"], e["start"]) for e in events] == [
        ("lockdown", "儋州市", "儋州市", "2022-07-30")]


def test_the_cities_without_counties_are_those_of_the_code_list() -> None:
    """places.toml's own_county_cities is exactly the prefectures whose only county-level node
    is the pseudo-node carrying the city's own code, so the list cannot drift from the data."""
    from etl.extract import gazetteer
    from etl.extract.places import OWN_COUNTY_CITIES, PSEUDO_COUNTIES

    gaz = gazetteer.load()
    children: dict[int, list[int]] = {}
    for i in range(len(gaz)):
        if gaz.levels[i] == 2:
            children.setdefault(gaz.parents[i], []).append(i)
    found = {gaz.adcodes[p] for p, kids in children.items()
             if gaz.levels[p] == 1 and all(gaz.names[k] in PSEUDO_COUNTIES for k in kids)
             and {gaz.adcodes.get(k) for k in kids} == {gaz.adcodes[p]}}
    assert found == OWN_COUNTY_CITIES
