"""General byline mechanisms: a news unit's name printed among a credit's names, and a
picture credit written 图片：. Invented names; no real article."""
from __future__ import annotations

from etl.extract.bylines import parse_byline


def roles(text: str) -> list[tuple[str, str]]:
    return [(c.name, c.role) for c in parse_byline(text)]


def test_station_name_among_slash_credited_names_is_skipped() -> None:
    got = roles("（松原晚报记者/韩立新 曹雨桐 白城中心站 编辑/蒋文博）")
    assert got == [("韩立新", "reporter"), ("曹雨桐", "reporter"), ("蒋文博", "editor")]


def test_short_station_name_is_not_a_reporter() -> None:
    assert roles("（记者/韩立新 曹雨桐 洮南站）") == [("韩立新", "reporter"), ("曹雨桐", "reporter")]


def test_picture_credit_with_colon() -> None:
    assert roles("文字：韩立新 图片：曹雨桐") == [("韩立新", "reporter"), ("曹雨桐", "photographer")]
