"""The project carries its own design document, and everything that cites one cites it."""
from __future__ import annotations

import re

from conftest import ROOT  # type: ignore[import-not-found]


def test_design_doc_is_in_the_project_and_holds_the_contracts() -> None:
    doc = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    for needle in ("## Entities", "## Event taxonomy", "JSONL export (contract)", "Lockdown CSV (contract)",
                   "manifest.csv", "province, prefecture,\ncounty, adcode, start_date", "county × day panel", "Stable ids"):
        assert needle in doc, needle


def test_nothing_cites_a_design_file_outside_the_project() -> None:
    files = [ROOT / "README.md", *(ROOT / "docs").glob("*.md"), *(ROOT / "etl").rglob("*.py"),
             *(ROOT / "db").rglob("*.py")]
    stray = [str(f.relative_to(ROOT)) for f in files if re.search(r"(?<!docs/)DESIGN\.md", f.read_text(encoding="utf-8"))]
    assert stray == []
    assert "docs/design.md" in (ROOT / "README.md").read_text(encoding="utf-8")
