"""Write datasette/metadata.json: titles, descriptions of every view and column, facets, canned queries.

The descriptions come from the migrations (the same texts as the PostgreSQL comments and
docs/views.md), so the three never drift apart; tests/test_datasette.py checks that the
file is what this script writes. Run after changing a view:

    .venv/bin/python scripts/build_datasette_metadata.py
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "datasette" / "metadata.json"
DATABASE = "epinews"  # datasette names a database after its file: serve epinews.db

TITLES = {
    "v_lockdowns": "Lockdowns, one row per event",
    "v_events": "Every event with its place, county and source",
    "v_articles": "Articles with their contributors",
    "v_county_day": "County x day panel (OxCGRT C6, C1, H2)",
}
FACETS = {
    "v_lockdowns": ["province", "prefecture", "county", "scope", "kind", "date_precision"],
    "v_events": ["type", "province", "county", "date_precision"],
    "v_articles": ["newspaper", "province", "county"],
    "v_county_day": ["province", "county", "c6_stay_at_home", "c6_general", "c6_assumed_end"],
}
SORT = {"v_lockdowns": "start_date", "v_events": "start_date", "v_county_day": "day"}

QUERIES: dict[str, dict[str, str]] = {
    "days_under_lockdown": {
        "title": "Days under stay-at-home orders per county",
        "description": "County-wide and targeted days with a C6 measure in force, and how many rest on an assumed end.",
        "sql": """SELECT province, prefecture, county, adcode,
       SUM(CASE WHEN c6_stay_at_home > 0 AND c6_general = 1 THEN 1 ELSE 0 END) AS general_days,
       SUM(CASE WHEN c6_stay_at_home > 0 AND c6_general = 0 THEN 1 ELSE 0 END) AS targeted_days,
       SUM(CASE WHEN c6_stay_at_home > 0 AND c6_assumed_end = 1 THEN 1 ELSE 0 END) AS assumed_days
FROM v_county_day GROUP BY province, prefecture, county, adcode ORDER BY adcode""",
    },
    "county_panel": {
        "title": "One county day by day",
        "description": "The panel rows of one county, by its GB/T 2260 code (e.g. 140728).",
        "sql": """SELECT day, c6_stay_at_home, c6_general, c6_assumed_end, c1_school_closing, h2_testing,
       c6_event_ids, c1_event_ids, h2_event_ids
FROM v_county_day WHERE adcode = :adcode ORDER BY day""",
    },
    "county_lockdowns": {
        "title": "Lockdowns of one county",
        "description": "Every lockdown event of a county (by code), with its evidence sentence and source.",
        "sql": """SELECT start_date, start_time, end_date, not_after, scope, scope_name, kind, evidence, headline,
       source_file, event_id
FROM v_lockdowns WHERE adcode = :adcode ORDER BY start_date IS NULL, start_date, event_id""",
    },
    "reporters_of_lockdowns": {
        "title": "Who reported lockdowns",
        "description": "People credited on articles that report a lockdown, with their role and count.",
        "sql": """SELECT p.name, ac.role, COUNT(DISTINCT l.article_id) AS lockdown_articles
FROM v_lockdowns l JOIN article_contributor ac ON ac.article_id = l.article_id
JOIN person p ON p.id = ac.person_id
GROUP BY p.name, ac.role ORDER BY lockdown_articles DESC, p.name""",
    },
}


def views() -> dict[str, tuple[str, dict[str, str]]]:
    """The documented views of the newest migration that defines them."""
    path = ROOT / "db" / "migrations" / "versions" / "0006_county_day_panel.py"
    spec = importlib.util.spec_from_file_location("migration_0006", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.VIEWS


def metadata() -> dict[str, Any]:
    tables: dict[str, Any] = {}
    for view, (comment, cols) in views().items():
        entry: dict[str, Any] = {"title": TITLES[view], "description": comment, "columns": cols, "facets": FACETS[view]}
        if view in SORT:
            entry["sort"] = SORT[view]
        tables[view] = entry
    return {
        "title": "epinews: epidemic-control measures in Chinese local newspapers",
        "description": "Lockdowns, mass testing, school closures and cases read from local newspapers, 2020-2022, "
                       "county by county, each with its evidence sentence. See docs/design.md and docs/views.md.",
        "license": "Data: as the source newspapers allow; code Apache-2.0",
        "databases": {DATABASE: {"tables": tables, "queries": QUERIES}},
    }


def render() -> str:
    return json.dumps(metadata(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    TARGET.parent.mkdir(exist_ok=True)
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}", file=sys.stderr)
