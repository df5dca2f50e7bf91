"""General byline mechanisms: a news unit's name printed among a credit's names, and a
picture credit written 图片：. Invented names; no real article."""
from __future__ import annotations

from etl.extract.bylines import parse_byline, standalone_byline


def roles(text: str) -> list[tuple[str, str]]:
    return [(c.name, c.role) for c in parse_byline(text)]


def test_station_name_among_slash_credited_names_is_skipped() -> None:
    got = roles("（松原晚报记者/韩立新 曹雨桐 白城中心站 编辑/蒋文博）")
    assert got == [("韩立新", "reporter"), ("曹雨桐", "reporter"), ("蒋文博", "editor")]


def test_short_station_name_is_not_a_reporter() -> None:
    assert roles("（记者/韩立新 曹雨桐 洮南站）") == [("韩立新", "reporter"), ("曹雨桐", "reporter")]


def test_picture_credit_with_colon() -> None:
    assert roles("文字：韩立新 图片：曹雨桐") == [("韩立新", "reporter"), ("曹雨桐", "photographer")]


def test_place_filed_from_after_two_names_is_not_a_third_reporter() -> None:
    assert roles("（记者 韩立新 曹雨桐 柳河报道）") == [("韩立新", "reporter"), ("曹雨桐", "reporter")]


def test_one_name_before_report_word_stays_a_name() -> None:
    assert roles("（记者 黄平 报道）") == [("黄平", "reporter")]


def test_periodical_title_before_the_role_word_is_an_affiliation() -> None:
    p = standalone_byline("□《松原周刊》记者 韩立新")
    assert p is not None and [(c.name, c.role) for c in p.contributors] == [("韩立新", "reporter")]
