"""Where returnees came from: a run of places right before a word for people who came back
(某市某区返乡人员, 从某市某区返某人员) names their origin, not what the item is about; a place
below the list that took its county from that origin loses it. Texts are invented."""
from __future__ import annotations

from place_helpers import counties, listed


def test_the_run_before_a_returnee_word_is_their_origin() -> None:
    text = "2月6日，靖西市出现广州市白云区太和镇返乡人员阳性病例，靖西市随即升级防控措施。"
    assert "白云区" in counties(text)  # events still read it
    assert listed(text) == {"靖西市"}
    # a place a few words before the returnee word is no origin; people back at work name none
    assert listed("鄞州区全面排查返乡人员，海曙区同步开展。") == {"鄞州区", "海曙区"}
    assert listed("慈溪市通知，余姚市返岗人员须持核酸阴性证明。") == {"慈溪市", "余姚市"}


def test_a_one_character_short_after_the_return_word() -> None:
    text = "城固县今日开展疫情处置演练，以1名家住柳林小区从西安市雁塔区返汉人员核酸阳性为情景。"
    assert listed(text) == {"城固县"}  # the compound took 雁塔区 from its sentence: no county
