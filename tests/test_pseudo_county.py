"""A town of a city without counties (东莞市, 中山市) has no county: the official list's
pseudo-node 市直辖行政区划 is never exported as one (issue 12)."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import run_etl


def test_town_of_a_city_without_counties_has_no_county(tmp_path: Path) -> None:
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
