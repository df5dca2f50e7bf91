"""A web page that is a photo gallery: an untitled lead, then captions each with its credit
(issue 12, unseen text). Invented text; no real article."""
from __future__ import annotations

from etl.extract.segment import split_page

GALLERY = (
    "2022-03-02 09:15:20 来源：某某网\n"
    "为切实筑牢疫情防线，晋中市多个县区连日开展全员核酸检测，党员、干部、医务工作者和志愿者共同努力，检测工作平稳有序。\n"
    "3月1日，平遥县开展第二轮全员核酸检测，志愿者在采样点引导群众排队。（王晓川 摄）\n"
    "3月1日，灵石县南关镇医务人员入户为行动不便的老人采样。（刘青禾 摄）\n"
    "3月2日，祁县组织开展全员核酸检测，八百名医护人员分赴各村。（赵明远 摄）\n"
)


def test_untitled_lead_and_its_captions_are_one_story() -> None:
    items, _ = split_page(GALLERY)
    assert len(items) == 1
    names = {c.name for b in items[0].bylines for c in b.contributors if c.role == "photographer"}
    assert names == {"王晓川", "刘青禾", "赵明远"}


def test_an_issuer_or_a_bare_place_above_a_notice_is_no_headline() -> None:
    for top in ("祁县新型冠状病毒肺炎疫情防控指挥部\n", "晋中市祁县\n新冠肺炎疫情防控指挥部\n"):
        raw = (top + "2022年第15号通告\n"
               "根据当前疫情防控形势，经县指挥部研究，决定自2022年10月9日零时起，解除东观镇部分区域的封控管理措施。"
               "请广大群众继续做好个人防护，配合落实各项防控措施。\n")
        items, _ = split_page(raw)
        assert len(items) == 1
        assert not [p for p in items[0].parts if p.kind == "headline"]
