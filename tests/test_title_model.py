"""The learned headline chooser (etl/extract/title_model.py): its candidates, features and the
shipped weights, on pages written for this test."""

from __future__ import annotations

import pytest

from etl.extract import title_model as tm
from etl.extract.normalise import to_simplified
from etl.extract.vocabulary import load

BODY = ("8月9日，青石县疫情防控指挥部说，第二轮区域核酸筛查8月10日起在青石县城和四个镇进行，"
        "青石县各村居民可凭身份证就近去采样点排队，每户至少一人陪同老人前往。")


def _page(*lines: str) -> tuple[list[str], list[str]]:
    raw = [ln for ln in lines if ln.strip()]
    return raw, [to_simplified(ln) for ln in raw]


@pytest.fixture(scope="module")
def model() -> tm.TitleModel:
    return tm.load_model(load("title_model"))


def test_shipped_model_reads_known_features(model: tm.TitleModel) -> None:
    assert model.columns and len(model.columns) == len(model.weights)
    assert 0.0 < model.threshold < 1.0


def test_unknown_feature_is_refused() -> None:
    data = dict(load("title_model"))
    data["model"] = {"features": ["no_such_feature"], "weights": [1.0], "bias": 0.0, "threshold": 0.5}
    with pytest.raises(ValueError, match="retrain"):
        tm.load_model(data)


def test_site_name_glued_to_title_gives_its_pieces() -> None:
    pats = tm.compile_patterns(load("title_model"))
    raw, simp = _page("青石县启动第二轮区域核酸筛查_石城融媒网", "2021-08-09 10:20 来源：石城融媒", BODY)
    texts = {c.text for c in tm.candidates(raw, simp, None, pats)}
    assert {"青石县启动第二轮区域核酸筛查", "石城融媒网"} <= texts


def test_original_title_note_and_wrapped_title_are_candidates() -> None:
    pats = tm.compile_patterns(load("title_model"))
    raw, simp = _page("关于在青石县城区开展", "第二轮核酸筛查的通告", BODY, "（原标题：青石县城区再查一轮核酸）")
    cands = tm.candidates(raw, simp, None, pats)
    assert any(c.joined and c.text == "关于在青石县城区开展第二轮核酸筛查的通告" for c in cands)
    assert any(c.original and c.text == "青石县城区再查一轮核酸" for c in cands)


def test_title_over_date_line_is_chosen_over_chrome(model: tm.TitleModel) -> None:
    raw, simp = _page("石城融媒网", "首页 > 本地新闻", "青石县启动第二轮区域核酸筛查",
                      "2021-08-09 10:20 来源：石城融媒", BODY)
    chosen, prob = tm.choose(model, raw, simp, None)
    assert chosen == "青石县启动第二轮区域核酸筛查" and prob >= model.threshold


def test_story_without_title_lines_has_none(model: tm.TitleModel) -> None:
    raw, simp = _page(BODY, BODY.replace("第二轮", "第三轮"))
    assert tm.choose(model, raw, simp, None)[0] is None
