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
