"""Looser name check inside a lead bracket of bare names (issue 12). Invented names and places.

A bracket right after a lead marker (``某网某地6月9日电（甲 乙）``) is a credit: the lead
marker is the evidence that people are named there, so a rare surname or a name that is
also a village's passes; the same bracket in running text keeps the strict check.
"""
from __future__ import annotations

from etl.extract.bylines import scan_line


def _reporters(line: str) -> list[str]:
    return [c.name for f in scan_line(line) for c in f.contributors if c.role == "reporter"]


def test_rare_surname_after_lead() -> None:
    # 禚 and 郏 are not in the surname list: the lead marker vouches for the names
    line = "东岭网青川9月3日电 (禚晓宁 郏川)入秋以来，青川县的菜市场照常营业。"
    assert _reporters(line) == ["禚晓宁", "郏川"]


def test_name_that_is_also_a_village_after_lead() -> None:
    # 何平村 exists somewhere: as a bare name closing a sentence it stays rejected,
    # after a lead marker it is the reporter
    assert _reporters("某报网溪口11月2日电（何平）溪口镇今天起恢复堂食。") == ["何平"]


def test_lead_bracket_with_a_label_is_no_credit() -> None:
    # a label in the bracket (视频) or a county (罗山) names no person
    assert _reporters("某报网溪口11月2日电（视频）溪口镇今天起恢复堂食。") == []
    assert _reporters("某报网溪口11月2日电（罗山）溪口镇今天起恢复堂食。") == []
    # one piece that cannot be a name spoils the whole bracket
    assert _reporters("某报网溪口11月2日电（禚晓宁 草案）溪口镇今天起恢复堂食。") == []


def test_running_text_keeps_the_strict_check() -> None:
    # the same bracket closing a sentence, with no lead marker before it: not a credit
    assert _reporters("溪口镇今天起恢复堂食。（禚晓宁 郏川）") == []
    assert _reporters("溪口镇今天起恢复堂食。（何平）") == []


def test_rare_surname_after_a_role_word_in_a_lead_bracket() -> None:
    # 记者 glued to a name with a rare surname, and a name before the role word
    assert _reporters("东岭网青川9月3日电（记者禚晓宁）入秋以来，菜市场照常营业。") == ["禚晓宁"]
    assert _reporters("东岭网青川9月3日电（郏川 记者 王川）入秋以来，菜市场照常营业。") == ["郏川", "王川"]
