"""Where a new item starts inside one run of web text with no headline markup (a post
bundling notices or a round-up of reports): a scored decision over features of a start
(segment.split_web_runs, layout.toml [web_split]). Texts are invented."""
from __future__ import annotations

from etl.extract.segment import split_page


def items_of(raw: str) -> list[tuple[str | None, str]]:
    items, _ = split_page(raw)
    return [("".join(it.headline.split()) if it.headline else None, "".join(it.body.split())) for it in items]


def test_signed_notice_then_another_office_announcing_its_notice() -> None:
    raw = ("6月9日，松原县防疫领导小组就近期情况作出说明，原文如下：\n\n"
           "6月8日，我县在例行筛查中发现一份混检样本结果异常，已对相关人员全部落实管控并复检，目前复检结果均为阴性。\n\n"
           "松原县疫情防控工作\n\n领导小组办公室\n\n2021年6月9日\n\n"
           "长岭区疫情防控指挥部办公室发出《寻找一名确诊病例同时空人员的通告》，全文如下：\n\n"
           "6月7日下午在长岭区北门菜市场停留过的人员，请尽快向所在社区报备，并接受一次核酸检测，感谢大家的配合。\n")
    got = items_of(raw)
    assert len(got) == 2
    assert "混检样本" in got[0][1] and "北门菜市场" not in got[0][1]
    assert "北门菜市场" in got[1][1]


def test_roundup_title_naming_another_county_opens_its_report() -> None:
    raw = ("北州：\n\n东川县划定中风险区域\n\n"
           "经专家研判，现将东川县城关镇花园小区、东川县南山镇李家村划定为中风险区，采取人不出区、分时段取物的管控办法。\n\n"
           "以上区域的范围和管控措施将根据疫情形势变化作动态调整，请广大居民积极配合。\n\n"
           "3月3日，东川县又在集中隔离点发现1名阳性人员，现将其近日主要活动轨迹公布如下：\n\n"
           "西林区关于寻找相关接触人员的通告\n\n"
           "2022年3月4日，西林区接到外地协查通知，1名阳性人员曾于3月2日在西林区农贸市场购物，请同时段到过该处的人员主动报备。\n")
    got = items_of(raw)
    assert len(got) == 2
    assert got[1][0] == "西林区关于寻找相关接触人员的通告"
    assert "农贸市场" in got[1][1] and "农贸市场" not in got[0][1]


def test_signed_notice_followed_by_a_dated_explainer_stays_one_item() -> None:
    raw = ("为切实做好疫情防控工作，经县指挥部研究决定，自即日起在全县范围内开展一轮全员核酸检测，请广大群众按时参加。\n\n"
           "特此通告。\n\n"
           "青禾县应对疫情工作指挥部\n\n2022年4月2日\n\n"
           "4月2日，青禾县在省外返乡人员中排查出1例阳性，为尽快阻断传播链，该县决定开展全员核酸检测，群众反映检测点秩序良好。\n")
    assert len(items_of(raw)) == 1


def test_bundled_numbered_notices_each_headed_by_its_issuer_and_keep_their_numbers() -> None:
    raw = ("快讯！南原两市疫情通报汇总\n\n"
           "南原市防疫工作领导小组公告\n\n〔2022〕第12号\n\n"
           "（一）东湖区：当日新增18例（确诊病例2例，无症状感染者16例），均在集中隔离点发现。\n\n"
           "（二）西岭区：当日新增9例（均为无症状感染者），均在封控区内发现，社会面无新增。\n\n"
           "〔2022〕第13号\n\n"
           "（一）东湖区：当日新增11例（均为无症状感染者），均在集中隔离点发现，社会面无新增。\n\n"
           "（二）西岭区：当日新增4例（确诊病例1例，无症状感染者3例），均在封控区内发现。\n\n"
           "北原市防疫工作领导小组公告\n\n〔2022〕第7号\n\n"
           "（一）河口县：当日新增3例（均为无症状感染者），均为此前已公布感染者的密切接触者。\n")
    got = items_of(raw)
    assert [h for h, _ in got] == ["南原市防疫工作领导小组公告", None, "北原市防疫工作领导小组公告"]
    assert [b.startswith(n) for (_, b), n in zip(got, ("〔2022〕第12号", "〔2022〕第13号", "〔2022〕第7号"), strict=True)] == [True] * 3


def test_health_bulletin_after_a_signed_notice_is_its_own_item() -> None:
    raw = ("关于开展全员核酸检测的通告\n\n"
           "为尽快排查风险人群，经县指挥部研究决定，于6月2日在全县范围内开展一轮全员核酸检测，请全体居民按时就近参加检测。\n\n"
           "检测期间请佩戴口罩，保持一米间距，不聚集不交谈，检测后立即返回住所，配合工作人员做好登记。\n\n"
           "柳溪县新冠肺炎疫情防控指挥部\n\n2022年6月1日\n\n"
           "据江北省卫生健康委员会消息，6月1日0至24时，全省新增本土确诊病例3例，新增本土无症状感染者5例。\n")
    got = items_of(raw)
    assert len(got) == 2
    assert got[1][1].startswith("据江北省") and "全省新增" not in got[0][1]


def test_digest_of_county_notices_labelled_by_place_gives_one_item_per_county() -> None:
    raw = ("赣南多县最新防控通告汇总\n\n"
           "近日赣南多个县先后发布通告，对部分区域实施管控，现将各县通告要点汇总如下，供广大读者参考：\n\n"
           "赣州市于都县\n\n"
           "于都县疫情防控指挥部5月3日发布通告：自5月3日8时起，将于都县贡江镇长征小区划为封控区。\n\n"
           "封控区内人员足不出户，生活物资由社区统一配送上门。\n\n"
           "上述措施视当地情况变化适时调整。\n\n"
           "赣州市兴国县\n\n"
           "兴国县疫情防控指挥部5月3日发布通告：自5月3日12时起，将兴国县潋江镇滨江花园划为封控区。\n\n"
           "封控区内人员足不出户，生活物资由社区统一配送上门。\n\n"
           "上述措施视当地情况变化适时调整。\n")
    got = items_of(raw)
    assert len(got) == 2
    assert "长征小区" in got[0][1] and "滨江花园" not in got[0][1]
    assert "滨江花园" in got[1][1] and got[1][0] is None


def test_report_telling_several_offices_notices_stays_one_item() -> None:
    raw = ("南昌多区调整中小学教学安排\n\n"
           "5月6日起，南昌市东湖区、西湖区的中小学暂停线下教学，改为线上授课，具体安排以各区教育部门通知为准，各区通知摘要如下：\n\n"
           "东湖区教育局\n\n"
           "东湖区教育局发出通知，全区中小学即日起暂停线下教学，校园实行封闭管理，非必要不得进出校门。\n\n"
           "青山湖区教育局\n\n"
           "青山湖区教育局发出通知，区内各类校外培训机构一律暂停线下培训，复课时间另行研究确定后告知家长。\n")
    assert len(items_of(raw)) == 1


def test_wrapped_issuer_name_over_a_notice_title_after_a_report_opens_the_notice() -> None:
    raw = ("抚州通报新一轮核酸检测结果\n\n"
           "抚州市于5月8日开展新一轮区域核酸检测，累计采集样本三十余万份，检出阳性样本2份，均在此前划定的封控区内。\n\n"
           "抚州市新冠肺炎疫情防控\n\n应急指挥部\n\n"
           "发布关于调整部分风险区域的通告第3号\n\n"
           "根据疫情防控形势，经指挥部研判，决定将临川区上顿渡镇幸福小区划为封控区，实行足不出户、上门服务。\n")
    got = items_of(raw)
    assert len(got) == 2
    assert "幸福小区" in got[1][1] and "幸福小区" not in got[0][1]


def test_numbered_notice_title_after_a_report_opens_its_own_item() -> None:
    raw = ("萍乡湘东区发现3例阳性 连夜发布紧急通告\n\n"
           "记者从5月9日晚间举行的萍乡市湘东区疫情防控新闻发布会获悉，当日该区在对外地返乡人员的核酸筛查中发现一家3口检测结果呈阳性，"
           "经专家会诊均为确诊病例，三人已送往定点医院救治。\n\n"
           "相关部门已对病例住所及活动场所开展消杀，对密切接触者全部落实集中隔离，其余环境样本检测结果均为阴性。\n\n"
           "关于进一步加强全区疫情防控的紧急通告第2号\n\n"
           "5月9日，我区在返乡人员核酸检测中发现3人结果异常，为迅速阻断传播，现将有关事项通告如下：\n\n"
           "一、全区各小区、村实行封闭式管理，进出人员一律查验核酸检测结果。\n")
    got = items_of(raw)
    assert len(got) == 2
    assert got[1][0] == "关于进一步加强全区疫情防控的紧急通告第2号"


def test_notice_title_printed_again_with_fewer_places_is_one_notice() -> None:
    raw = ("关于对吉安永丰县城区实施临时管控的通告\n\n"
           "导读：自2022年4月9日18时起，永丰县城区实施临时管控，非必要不外出。\n\n"
           "关于对永丰县城区实施临时管控的通告\n\n"
           "为切实阻断疫情传播，经县指挥部研究决定，自2022年4月9日18时起，对永丰县城区实施临时管控，居民非必要不外出，"
           "各小区实行封闭管理，只进不出。\n\n"
           "永丰县疫情防控指挥部\n\n2022年4月9日\n")
    got = items_of(raw)
    assert len(got) == 1
    assert got[0][0] == "关于对吉安永丰县城区实施临时管控的通告"


def test_post_gathering_places_notices_opens_one_item_per_place_label() -> None:
    raw = ("江西多地最新通告\n\n"
           "南昌青山湖\n\n"
           "5月2日晚，南昌市青山湖区疫情防控指挥部发出提醒，请近14天内到过湖坊镇农贸市场的市民尽快报备，并配合社区完成两次核酸检测。\n\n"
           "九江濂溪\n\n"
           "5月2日晚，九江市濂溪区疫情防控指挥部通告，自5月3日起，区内各类培训机构暂停线下授课，影院、网吧暂停营业，恢复时间另行通知。\n\n"
           "上饶\n\n"
           "上饶市广丰区部分区域风险等级调整的通告\n\n"
           "经专家研判，自2022年5月2日20时起，将上饶市广丰区永丰街道桃源小区调整为中风险区，实行人不出区、错峰取物。\n")
    got = items_of(raw)
    assert len(got) == 3
    assert "湖坊镇" in got[0][1] and "培训机构" in got[1][1] and "桃源小区" in got[2][1]
    assert got[2][0] == "上饶市广丰区部分区域风险等级调整的通告"


def test_web_story_printed_again_after_its_byline_is_one_item() -> None:
    raw = ("宜春城区多个小区开展核酸检测\n\n"
           "江南都市报讯 5月6日上午，宜春市城区多个小区同步开展核酸检测。\n\n"
           "记者在袁州区城区春台小区看到，小区广场上搭起了采样台，居民按楼栋分批下楼，保持一米间距有序排队，现场秩序井然。\n\n"
           "江南都市报记者 周明远\n\n"
           "编辑 吴晓\n\n"
           "江南都市报讯 5月6日上午，宜春市城区多个小区同步开展核酸检测。\n\n"
           "记者在袁州区城区春台小区看到，小区广场上搭起了采样台，居民按楼栋分批下楼，保持一米间距有序排队，现场秩序井然。\n")
    assert len(items_of(raw)) == 1
