"""Posts bundling several places' reports (a portal's digest, a repost of several notices):
where a new item starts, and where a roundup on one place keeps its sections. Texts are invented."""
from __future__ import annotations

from test_segment_web_titles import headlines


def test_digest_titles_naming_other_places_open_items() -> None:
    # a later title naming a county of the same province, and a short one naming another city
    raw = ("福建宁德蕉城区启动区域核酸检测\n"
           "福建省宁德市蕉城区疫情防控指挥部发布通告，决定于2022年6月3日在城区各街道开展区域核酸检测，请居民按时参加。\n"
           "福建泉州丰泽区应急响应调整为三级\n"
           "福建泉州市丰泽区疫情防控指挥部通报，自6月3日0时起，丰泽区应急响应由二级调整为三级，相关管控措施同步调整。\n"
           "岳阳市将再开展一轮核酸检测工作\n"
           "从岳阳市疫情防控指挥部获悉，为巩固前期防控成果，决定6月3日在城区再开展一轮核酸检测，时间为上午七点到十二点。\n"
           "株洲市恢复堂食服务\n"
           "株洲市疫情防控指挥部2日通报，全市已连续多日无新增病例，自3日起餐饮门店有序恢复堂食服务。\n")
    assert headlines(raw) == ["福建宁德蕉城区启动区域核酸检测", "福建泉州丰泽区应急响应调整为三级",
                              "岳阳市将再开展一轮核酸检测工作", "株洲市恢复堂食服务"]


def test_roundup_on_one_city_keeps_its_district_sections() -> None:
    raw = ("天津多区开展新一轮全员核酸检测\n"
           "天津市疫情防控指挥部今天发布消息，全市多个区将于明日开展新一轮全员核酸检测，请市民就近有序参加采样。\n"
           "南开区增设采样点\n"
           "南开区在各社区增设采样点三百个，老人和儿童可以走绿色通道，采样时间为早上七点至晚上九点。\n")
    assert headlines(raw) == ["天津多区开展新一轮全员核酸检测"]


def test_numbered_reports_closed_by_their_source_are_items() -> None:
    raw = ("防疫信息摘编(第五期)\n"
           "1、本周全省新增本土病例九例\n"
           "5月2日0—24时，全省报告新增本土确诊病例九例，均在集中隔离点发现，已全部转运至定点医院。(来源：省卫健委)\n"
           "2、湖北：一批冷冻食品抽检结果均为阴性\n"
           "5月1日，湖北襄阳市对一批进口冷冻食品及相关环境开展抽检，共采集样本八十份，结果均为阴性。(来源：襄阳市疫情防控指挥部)\n")
    assert headlines(raw)[1:] == ["2、湖北：一批冷冻食品抽检结果均为阴性"]


def test_numbered_points_of_one_notice_stay_one_item() -> None:
    raw = ("关于加强疫情防控工作的通告\n"
           "为做好当前疫情防控工作，现将有关事项通告如下，请广大市民群众遵照执行并相互转告，共同守护家园。\n"
           "1、严格落实出入登记\n"
           "所有人员进入公共场所须扫码测温并规范佩戴口罩，不得扎堆聚集，经营者须每日对场所进行消毒。\n"
           "2、暂停聚集性活动\n"
           "婚丧事宜从简办理，宴席规模不得超过十桌，各类演出和展会一律暂停举办，违者依法依规处理。\n")
    assert headlines(raw) == ["关于加强疫情防控工作的通告"]


def test_plain_title_line_naming_another_city_opens_the_next_report() -> None:
    # the post's own title, then a second report's title printed as a plain line over its text
    raw = ("丽水部分区域开展两轮检测\n"
           "10月9日，丽水市莲都区接连发布两份通告，自10月9日8时起在全区启动全员核酸检测，请居民按时参加。\n"
           "对紫金街道部分小区实行“人不出小区、错时取物”等管理措施，10月9日对上述小区全部人员开展两轮核酸检测。\n"
           "嘉兴南湖区全员核酸“一天两检”\n"
           "从10月8日起，嘉兴市南湖区连续3天开展全员核酸检测，对不参加检测的居民，健康码将弹窗提醒，请大家配合。\n")
    assert headlines(raw) == ["丽水部分区域开展两轮检测", "嘉兴南湖区全员核酸“一天两检”"]
