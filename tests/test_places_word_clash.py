"""County names that a conjunction or an office title straddles (和 + 县相关, 代 + 县长), and bare
short names in a counted list of news (甲、乙、丙三区今日起…).
Texts are invented."""
from __future__ import annotations

import pytest

from etl.extract.context import shared
from etl.extract.places import resolve_page


def counties(text: str) -> set[str]:
    return {c.name for m in resolve_page([text], shared().places, None)[0] if (c := m.place.ancestor("county"))}


@pytest.mark.parametrize("text, want", [
    ("柳林镇党委和县相关部门联合开展入户排查。", set()),  # 和 + 县相关, not 和县
    ("平遥县代县长王某某到古陶镇检查卡口值守情况。", {"平遥县"}),  # 代县长: acting county head
    ("代县委书记李某某主持召开防控调度会。", set()),
])
def test_acting_head_and_conjunction_are_no_county(text: str, want: set[str]) -> None:
    assert counties(text) == want


def test_the_counties_themselves_still_stand() -> None:
    assert counties("忻州市代县开展全员核酸检测。") == {"代县"}
    assert counties("马鞍山市和县开展全员核酸检测。") == {"和县"}


def test_a_counted_list_in_news_names_its_counties() -> None:
    # 甲市乙、丙、丁三区今日起…: news of the three districts (a count of the list's kind alone
    # no longer marks a jurisdiction)
    assert counties("泉州市鲤城、丰泽、洛江三区今日起开展全员核酸检测。") == {"鲤城区", "丰泽区", "洛江区"}


def test_a_counted_list_after_a_jurisdiction_word_stays_a_description() -> None:
    text = "泉州市辖鲤城、丰泽、洛江三区和晋江、南安两市。"
    assert not {"丰泽区", "洛江区"} & counties(text)
