"""Byline wordings of reposted web texts (issue 12). Invented names; no real article."""
from __future__ import annotations

from etl.extract.bylines import parse_byline


def test_aggregator_word_for_reporter() -> None:
    # reposting sites replace 记者 by 采访人员
    got = parse_byline("晋中日报全媒体采访人员 白晓川")
    assert [(c.name, c.role) for c in got] == [("白晓川", "reporter")]
    got = parse_byline("（采访人员 乔木然 柳青禾）")
    assert [(c.name, c.role) for c in got] == [("乔木然", "reporter"), ("柳青禾", "reporter")]
