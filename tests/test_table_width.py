"""Terminal tables are readable at 80 columns: one line per row, dates and codes whole, not_after
shown, evidence shortened there and whole in csv/json (issue 15)."""
from __future__ import annotations

import csv
import io

from conftest import run_etl  # type: ignore[import-not-found]
from rich.cells import cell_len
from test_query import fill_sample  # type: ignore[import-not-found]


def test_tables_fit_80_columns(db_url: str) -> None:
    fill_sample(db_url)
    for args, header in ((["query", "lockdowns"], "not_after"), (["query", "events"], "not_after"),
                         (["query", "timeline", "小店区"], "not_after"), (["query", "reporters"], "person_id"),
                         (["search", "核酸检测"], "snippet"), (["query", "panel"], "c6_general")):
        r = run_etl(*args, "--db", db_url, "--format", "table", env={"COLUMNS": "80"})
        assert r.returncode == 0, r.stderr
        lines = r.stdout.splitlines()
        assert all(cell_len(line) <= 80 for line in lines), "\n".join(lines)
        assert header in r.stdout, r.stdout
    r = run_etl("query", "lockdowns", "--db", db_url, "--format", "table", env={"COLUMNS": "80"})
    body = [line for line in r.stdout.splitlines() if "平遥县" in line]
    assert len(body) == 1 and "2022-11-07" in body[0] and "…" in body[0]  # one line, date whole, evidence cut
    assert any("2022-11-10" in line and "灵石县" in line for line in r.stdout.splitlines())  # not_after shown
    r = run_etl("query", "lockdowns", "--db", db_url, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert any(x["evidence"] == "11月7日8时起，平遥县按下“暂停键”，实行全县域静态管理。" for x in rows)
