"""Byline wordings of web reposts beyond the tuned sets (issue 12). Invented names only."""
from __future__ import annotations

from etl.extract.bylines import parse_byline


def roles(text: str) -> list[tuple[str, str]]:
    return [(c.name, c.role) for c in parse_byline(text)]


def test_credit_markers_with_a_bar_after_them() -> None:
    assert roles("文|郝明远 图|苏立群") == [("郝明远", "reporter"), ("苏立群", "photographer")]
    assert roles("文｜郝明远 图｜苏立群") == [("郝明远", "reporter"), ("苏立群", "photographer")]
