"""Round 18, items: a web copy opening with its story's summary paragraph printed before the
first section heading is one story (the heading does not open a second item), and a notice
reposted after a report, headed by a short news title or by its issuer's full name over its
own 关于…的通报 title (wrapped or not), opens an item of its own. Texts are invented (other
names, places and dates)."""
from __future__ import annotations

from etl.extract.segment import split_page


def _items(raw: str) -> list[tuple[str | None, str]]:
    items, _ = split_page(raw)
    return [(it.headline, "".join("".join(p.text.text.split()) for p in it.parts if p.kind == "body"))
            for it in items]


SUMMARY_FIRST = (
    "据岳西县融媒体中心消息，截至昨晚八点，全县已连续五天未出现新的感染者，"
    "城区十二个采样点仍照常开放，居民可凭身份证就近前往。\n"
    "城区采样点照常开放 周边乡镇错峰安排\n"
    "记者3日从岳西县防控指挥部了解到，城区各采样点每天早七点至晚九点开放，"
    "主簿镇、五河镇的居民按村组分时段采样，避免排队聚集，全县已累计采样十一万余份。\n"
    "指挥部相关负责人表示，采样结束后各村将逐户核对名单，对漏采人员上门补采。\n"
    "物资储备充足 价格总体平稳\n"
    "县商务局介绍，全县蔬菜、粮油储备可满足半月以上需求，超市价格与上周基本持平。\n"
)


def test_a_summary_over_the_first_section_heading_is_one_story() -> None:
    items = _items(SUMMARY_FIRST)
    assert len(items) == 1, items
    assert items[0][0] is None  # the heading under the summary is a section's, not the story's title
    assert items[0][1].startswith("据岳西县融媒体中心消息")


SUMMARY_WITH_PICTURE = (
    "据临泽县政府网消息，该县本轮采样已全部完成，累计采集样本八万六千余份，结果均为阴性。\n"
    "资料图：3月9日，在临泽县平川镇一处采样点，工作人员为村民登记信息。 县融媒记者 孟远 摄\n"
    "通气会介绍采样进展 城区值守再延一周\n"
    "记者9日从临泽县疫情防控新闻通气会上获悉，截至9日18时，全县累计采样八万六千余份，"
    "已全部送检，结果均为阴性，城区各小区出入口的值守仍将持续一周。\n"
    "县卫健局负责人介绍，下一步将对返乡人员开展常态化抽检。\n"
)


def test_a_summary_and_its_picture_over_a_section_heading_are_one_story() -> None:
    items = _items(SUMMARY_WITH_PICTURE)
    assert len(items) == 1, items
    assert items[0][0] is None
