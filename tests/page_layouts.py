"""A page-layout generator for tests: invented articles laid out the way page dumps print them.

Each item is one hard-wrapped run (every line the item's width but the last), its first
line indented by a space, blank lines between lines, the headline a single line before
or after the run or missing, and now and then a line spaced out character by character.
All text here is invented for the tests (names, places, dates).
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

Where = Literal["before", "after", "none"]


@dataclass(frozen=True)
class Story:
    headline: str
    body: str


STORIES = [
    Story(
        "青禾县启动第二轮全员核酸检测",
        "本报讯（记者 林远航）5月6日起，青禾县在城区和各乡镇设置采样点一百二十个，"
        "组织全县居民分批参加第二轮全员核酸检测。县卫健局表示，行动不便的老人由网格员"
        "登记后上门采样，检测期间各小区实行错峰排队，居民扫码登记后按楼栋有序采样。",
    ),
    Story(
        "关于对白石镇部分区域实行临时管控的通告",
        "为尽快阻断传播风险，经县专家组研判，自6月2日18时起对白石镇东岭村、西岭村实行临时"
        "管控，区域内人员原则上居家，不得外出，生活物资由村委会统一配送到户，"
        "管控时间视防控情况另行通知。白石县疫情防控工作指挥部办公室2022年6月2日",
    ),
    Story(
        "望川区中小学今起转为线上教学",
        "记者从望川区教育局获悉，根据当前防控形势，全区中小学及幼儿园自11月8日起暂停线下"
        "教学，学生居家参加线上课程，学校安排教师每日与家长联系，了解学生身体状况和学习情况，"
        "复课时间将根据疫情变化另行通知。（记者 苏明澜）",
    ),
    Story(
        "红桥街道志愿者连夜搬运保供物资",
        "11月20日夜里，红桥街道三十余名志愿者在社区仓库搬运蔬菜和大米，按照居民线上登记的"
        "需求分装打包，第二天清晨前送到各楼栋门口。街道负责人介绍，辖区已设立六个保供点，"
        "居民可以通过社区群预约配送，困难家庭由网格员优先上门。",
    ),
    Story(
        "安平县新增两处中风险区",
        "9月14日，安平县疫情防控指挥部发布通报，将城关镇南关小区和柳河镇北街村划为中风险区，"
        "实行人不出区、错峰取物等措施，其余区域为低风险区。指挥部提醒居民非必要不离开本县，"
        "外出做好个人防护，出现发热等症状及时就医。",
    ),
    Story(
        "松岩镇解除临时管控 恢复正常生产生活秩序",
        "松岩镇疫情防控工作组10月9日通报，经连续三轮核酸检测均未发现新的阳性人员，自10月10日0时起"
        "解除该镇临时管控措施，各村居卡口同步撤除，商超、农贸市场恢复营业，学校于10月11日恢复线下教学。"
        "（来源：松岩发布）",
    ),
    Story(
        "长宁市：核酸采样点延长服务时间",
        "长宁市卫健委介绍，为方便上班族采样，市区十八个常态化采样点自本周起每天服务到22时，"
        "周末不休息。记者在城北一处采样点看到，下班后前来采样的市民排起长队，工作人员分流引导，"
        "平均等待时间不超过十分钟。据了解，全市还将根据需求增设夜间采样点，具体位置将通过",
    ),
]


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def lay_out(stories: list[Story], where: list[Where], seed: int = 0, spaced: float = 0.05) -> str:
    """The page text: stories in order, each headline printed as ``where`` says."""
    rng = random.Random(seed)
    lines: list[str] = []
    for story, w in zip(stories, where, strict=False):
        width = rng.randint(11, 17)
        run = _wrap(story.body, width)
        run = [" ".join(x) if rng.random() < spaced and len(x) == width else x for x in run]
        run[0] = " " + run[0]
        if w == "before":
            lines.append(story.headline)
        lines.extend(run)
        if w == "after":
            lines.append(story.headline)
    return "\n\n".join(lines) + "\n"
