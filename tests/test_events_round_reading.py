"""Which testing sentences report a round and which round each trigger is (issue 12, round 7).

Each test shows one general mechanism with invented wording, names and dates; none of the
texts comes from a real article. Places are built by hand, as in test_events.py.
"""
from __future__ import annotations

from datetime import date

from test_events_real_patterns import pairs, run

# ------------------------------------------------------------ scenes at a site -------------


def test_a_scene_at_one_sampling_site_is_no_round() -> None:
    # photo captions and reporters' visits stand at one site: a moment, not a round
    text = "10月9日清晨，在介休市北关社区临时核酸检测点，几位老人排队接受核酸采样。王小明 摄"
    assert pairs(run(text), "mass_testing") == set()
    text = "10月9日上午，记者在祁县东街一处核酸采样点看到，居民们间隔一米有序进行核酸检测。"
    assert pairs(run(text), "mass_testing") == set()


def test_a_site_named_beside_a_whole_area_or_a_count_is_still_a_round() -> None:
    text = "10月9日，在各核酸采样点，祁县全县居民有序进行核酸检测。"
    assert pairs(run(text), "mass_testing") == {("祁县", date(2022, 10, 9))}
    text = "10月9日，在城区32个核酸采样点，介休市共完成核酸采样8.6万人。"
    assert pairs(run(text), "mass_testing") == {("介休市", date(2022, 10, 9))}
    # a round word (全员) is a round wherever it is done
    text = "10月9日，在村委会门前的采样点，灵石县开展全员核酸检测。"
    assert pairs(run(text), "mass_testing") == {("灵石县", date(2022, 10, 9))}


# ------------------------------------------------------- the round of each trigger -------------


def test_each_numbered_sampling_time_of_one_sentence_is_its_own_round() -> None:
    # the round number of a trigger is the one of its own clause, not the sentence's first
    text = "离石区决定开展两轮区域核酸筛查，第一次采样时间为：10月10日9:00-17:00，第二次采样时间为：10月11日9:00-17:00。"
    assert pairs(run(text), "mass_testing") == {("离石区", date(2022, 10, 10)), ("离石区", date(2022, 10, 11))}
    text = "平遥县开展两轮核酸检测，第一轮采样时间为10月10日，第二轮采样时间为10月11日。"
    assert pairs(run(text), "mass_testing") == {("平遥县", date(2022, 10, 10)), ("平遥县", date(2022, 10, 11))}
