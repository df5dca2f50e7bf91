"""Case reports, round 12: which wordings of a positive found count as a case report.

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article.
"""
from __future__ import annotations

from datetime import date

from test_events_case_lists import cases


def test_first_screening_positives_counted_as_found_are_a_case_and_others_a_state() -> None:
    # a finding word and a count right before 初筛: people found, as a bulletin counts them
    d = date(2022, 9, 7)
    assert cases("9月7日，灵石县对重点人员开展检测时发现3例初筛阳性，已转运隔离。") == {("灵石县", d)}
    assert cases("9月7日，祁县在例行检测中检出1例初筛阳性人员，当即启动应急处置。") == {("祁县", d)}
    # the count after the word, or a person described before it: still no case
    assert cases("9月7日，灵石县在封控区内初筛阳性6例，正在复核。") == set()
    assert cases("9月7日，祁县通报，1名返乡货车司机核酸检测初筛阳性。") == set()
