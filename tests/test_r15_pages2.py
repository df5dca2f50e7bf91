"""Round 15, pages (2): item boundaries, headlines, bylines and places of web posts. A post
counting the places whose notices it gathers is a digest cut at each place's label; a notice
printed right under the post's title is the first item's headline; 又讯 opens a further report
with its own byline; a picture's caption printed twice stays a caption. Texts are invented
(other names, places and dates)."""
from __future__ import annotations

from place_helpers import listed

from etl.extract.bylines import item_bylines
from etl.extract.segment import split_page


def _items(raw: str) -> list[tuple[str | None, str]]:
    items, _ = split_page(raw)
    return [(None if it.headline is None else "".join(it.headline.split()), it.body) for it in items]


def _people(raw: str) -> list[set[str]]:
    items, _ = split_page(raw)
    return [{c.name for b in item_bylines(it, raw) for c in b.contributors} for it in items]


COUNTED_DIGEST = (
    "紧急提醒！赣南3地最新通告发布\n"
    "近日，我省3地就区域核酸检测\n"
    "发布最新通知，具体如下：\n"
    "赣州市章贡区、于都县、瑞金市\n"
    "最新通告\n"
    "赣州市章贡区\n"
    "6月8日，赣州市章贡区启动第二轮区域核酸检测，全区设采样点210个，组织医务人员600余名分组上门采样。\n"
    "为减少排队聚集，章贡区开通线上预约通道，居民可错峰到就近采样点完成检测，行动不便者由社区上门采样。\n"
    "于都县\n"
    "于都县疫情防控指挥部关于开展全县第二轮区域核酸检测的通告\n"
    "当前疫情防控形势依然复杂，为尽快排查风险人群，经县指挥部研究，决定于6月9日至10日在全县开展第二轮核酸检测。\n"
    "一、各乡镇以村(社区)为单位设立采样点，做到应检尽检、不漏一人，检测期间请居民保持一米间距。\n"
)


def test_digest_counting_its_places_is_cut_at_the_next_places_label() -> None:
    got = _items(COUNTED_DIGEST)
    assert len(got) == 2
    assert got[0][0] == "紧急提醒！赣南3地最新通告发布" and "线上预约" in got[0][1]
    assert got[1][0] == "于都县疫情防控指挥部关于开展全县第二轮区域核酸检测的通告"
    assert "6月9日至10日" in got[1][1] and "6月9日至10日" not in got[0][1]


def test_a_post_of_one_place_with_a_label_stays_one_item() -> None:
    one = COUNTED_DIGEST.replace("赣南3地最新通告发布", "于都县检测安排").replace("我省3地", "于都县")
    assert len(_items(one)) == 1


LABELLED_FIRST = (
    "最新消息吉安2地重要通告\n\n"
    "发布时间：2022-05-07 09:12:30\n\n"
    "吉州区\n\n"
    "吉安市吉州区防疫指挥部通告\n\n"
    "根据疫情处置进展，经市指挥部研究同意，决定自2022年5月7日零时起，解除吉州区白塘街道部分区域的封控管理措施，现通告如下：\n\n"
    "一、解除白塘街道井冈路18号园丁小区3栋的封控管理措施\n\n"
    "解除封控不等于解除防控，广大居民要继续做好个人防护，非必要不聚集。\n\n"
    "吉州区防疫指挥部\n\n"
    "2022年5月6日\n\n"
    "青原区\n\n"
    "吉安市青原区防疫指挥部通告\n\n"
    "根据疫情处置进展，经研究同意，决定自5月7日零时起，取消青原区河东街道滨江小区的临时管控措施，恢复正常生产生活秩序。\n\n"
    "低风险不等于零风险，请广大居民继续配合做好扫码测温、佩戴口罩等防控措施。\n"
)


def test_digest_opening_with_a_places_label_titles_its_first_item_with_that_notice() -> None:
    got = _items(LABELLED_FIRST)
    assert [h for h, _ in got] == ["吉安市吉州区防疫指挥部通告", "吉安市青原区防疫指挥部通告"]
    assert "园丁小区" in got[0][1] and "滨江小区" in got[1][1]


FURTHER_REPORTS = (
    "江南网讯 (记者 丁一鸣) 据省卫健委6日消息：6月5日0-24时，全省新增本土确诊病例5例，新增本土无症状感染者12例，"
    "均在隔离观察人员中发现。\n"
    "至5日24时，在院治疗的确诊病例31例，接受医学观察的无症状感染者208例。\n"
    "又讯 (记者 柏青) 6月6日上午，宁城召开第三场疫情防控新闻发布会，通报截至当日10时，宁城新增本土阳性感染者3例。\n"
    "发布会介绍，宁城已调整划定5个封控区、9个管控区，全市组织志愿者上门做好生活物资配送。\n"
    "另讯 (记者 蒋舟) 6月6日，江州市疫情防控指挥部发布通告，6月6日0-12时，江州市丹阳区新增本土确诊病例1例。\n"
)


def test_you_xun_opens_a_further_report_with_its_own_byline() -> None:
    assert len(_items(FURTHER_REPORTS)) == 3
    assert _people(FURTHER_REPORTS) == [{"丁一鸣"}, {"柏青"}, {"蒋舟"}]


REPEATED_CAPTION = (
    "柳河县防疫指挥部通告\n\n"
    "〔2022〕第12号\n\n"
    "根据当前柳河县疫情防控工作需要，经综合研判疫情形势，决定自2022年9月3日6时起，城关镇新划定2个风险区域，具体如下：\n\n"
    "1.将城关镇锦绣家园小区划定为中风险区，其中5号楼划定为高风险区。\n\n"
    "柳河县通告：城关镇新增两处风险区\n\n"
    "2.将城关镇向阳路18号划定为中风险区。\n\n"
    "柳河县通告：城关镇新增两处风险区\n\n"
    "中风险区的居民不出小区，高风险区的居民不出家门。\n\n"
    "本通告即日施行，如有变化另行通知。\n\n"
    "柳河县防疫指挥部\n\n"
    "2022年9月3日\n"
)


def test_a_caption_printed_again_under_the_next_picture_is_no_new_item() -> None:
    got = _items(REPEATED_CAPTION)
    assert len(got) == 1
    assert got[0][0] == "柳河县防疫指挥部通告"


NOTICE_BODY = (
    "鉴于当前疫情形势复杂，为降低输入风险，按照市领导小组要求，现将重点场所从业人员纳入定期核酸检测范围，具体如下。\n"
    "1.隔离酒店和医院的工作人员隔天检测一次。\n"
    "2.快递员、货车司机每周检测一次。\n"
)


def test_a_news_title_in_two_parts_restating_the_notice_is_the_headline() -> None:
    raw = "青田县扩大常规检测人群的公告：近半年入境人员，2周1次检测\n关于全县进一步扩大常规检测人群的公告\n(第9号)\n" + NOTICE_BODY
    assert _items(raw)[0][0] == "青田县扩大常规检测人群的公告：近半年入境人员，2周1次检测"


def test_a_title_restating_nothing_of_the_notice_is_not_its_headline() -> None:
    raw = "青田县今日天气晴好：出行注意防晒保湿\n关于全县进一步扩大常规检测人群的公告\n(第9号)\n" + NOTICE_BODY
    assert _items(raw)[0][0] == "关于全县进一步扩大常规检测人群的公告"


FORUM_REPOST = ("[青田论坛] 青田发布 | 关于做好全县6月2日区域核酸检测工作的通知\n\n"
                "发表于 2022-6-1 20:15:40\n\n"
                "按照市指挥部统一部署，决定6月2日在全县开展区域核酸检测工作，现将有关事项通知如下。\n\n"
                "一、检测范围：全县范围内所有居民及在青田工作、学习的人员，做到不漏一人。\n")


def test_a_forum_tag_and_a_places_account_before_a_bar_are_no_part_of_the_title() -> None:
    assert _items(FORUM_REPOST)[0][0] == "关于做好全县6月2日区域核酸检测工作的通知"


def test_a_column_tag_ending_in_fabu_stays_in_the_title() -> None:
    assert "权威发布" in (_items(FORUM_REPOST.replace("青田发布", "权威发布"))[0][0] or "")


def test_a_pictures_caption_labelled_tu_is_no_headline() -> None:
    raw = ("3月2日，正月初十，是青溪县城区实行封闭管理的第一天。\n"
           "前一天，这个平日少有人关注的小县城，因为一纸通告成了很多人打听的地方。我也没想到，家乡会以这样的方式被人记住，"
           "亲戚朋友纷纷发来消息询问家里的情况，问菜够不够吃，问老人身体好不好。\n"
           "图：青溪县对城区住宅小区实行封闭管理的通告\n"
           "因为突然降温，县城显得更加冷清。我姐姐家所在的小区是城中心最大的一个，从她家窗户望出去，街上不仅没有行人，"
           "连车辆都很少，偶尔有运送物资的货车从唯一开放的大桥上驶过，风吹得路边的广告牌哗哗作响。\n"
           "小区门口有人值守，进出都要查验出入证和健康码。超市不再对个人开放，居民所需的蔬菜由社区志愿者统一采购后送到楼下，"
           "大家按楼栋分批排队领取，彼此隔开一米多远，很少有人说话。\n"
           "图：青溪县城区一个小区门口贴出的告示\n"
           "青溪县地处两省交界，距离省城一百六十多公里。高铁开通以后，从县城到省城只要四十分钟，"
           "每天往返两地上班、上学的人不在少数，封闭管理让不少家庭一时分隔两地。\n")
    assert [h for h, _ in _items(raw)] == [None]


SEO_TITLED = (
    "6月3日临江安平区调整风险区(临江是风险区吗)\n\n"
    "来源: 更新时间:2022-06-10 18:20:11\n\n"
    "  ➤2022年6月3日临江市防疫办发布:\n\n"
    "  《关于安平区调整风险区的通告》\n\n"
    "  根据当前安平区疫情防控工作需要，经市指挥部研究决定，调整安平区北关镇部分风险区域，调整后风险区详情如下：\n\n"
    "  (一)高风险区北关镇柳塘村。居民一律足不出户。\n\n"
    "  以上措施即时生效。\n"
)


def test_a_title_closing_with_a_search_query_yields_to_the_quoted_notices_title() -> None:
    items, _ = split_page(SEO_TITLED)
    assert len(items) == 1
    assert items[0].headline == "关于安平区调整风险区的通告"
    assert "".join((items[0].subheadline or "").split()) == "6月3日临江安平区调整风险区"  # the query cut off


def test_a_plain_title_over_a_quoted_notice_stays_the_headline() -> None:
    items, _ = split_page(SEO_TITLED.replace("(临江是风险区吗)", ""))
    assert "".join((items[0].headline or "").split()) == "6月3日临江安平区调整风险区"


SEARCH_TAIL = (
    "5月9日长河南湖区新增3个封控区 西城区封控区域\n\n"
    "时间: 2022-08-01 06:10:20\n\n"
    "5月9日长河南湖区新增3个封控区 西城区封控区域\n\n"
    "  长河市南湖区防疫指挥部通告\n\n"
    "  (第21号)\n\n"
    "  根据当前长河市南湖区疫情防控工作情况，为守护市民健康，自5月9日18时起南湖区实行以下防控措施，现通告如下：\n\n"
    "  对南湖区青枫街道松林社区柳岸路8号、南湖区青枫街道湖光社区采取封控管理，实行“封控隔离，足不出户，服务上门”。\n\n"
    "  长河市南湖区防疫指挥部\n\n"
    "  2022年5月9日\n"
)


def test_a_search_term_naming_a_place_the_story_never_names_marks_a_search_title() -> None:
    items, _ = split_page(SEARCH_TAIL)
    assert [it.headline for it in items] == ["长河市南湖区防疫指挥部通告"]
    # the search term names another search's place, no place of the story
    assert "西城区" not in (items[0].subheadline or "") and "新增3个封控区" in (items[0].subheadline or "")


def test_a_title_whose_second_phrase_names_the_storys_own_place_stays_the_headline() -> None:
    items, _ = split_page(SEARCH_TAIL.replace("西城区封控区域", "南湖区封控区域"))
    assert "".join((items[0].headline or "").split()) == "5月9日长河南湖区新增3个封控区南湖区封控区域"


def test_a_stations_name_and_date_in_brackets_open_the_report_as_its_lead() -> None:
    raw = ("【青松之音2020年12月21日】(本台记者柯望川综合报导)12月21日，青石县新增确诊病例2例，"
           "当局宣布升级防控措施，全县中小学停课。\n据当地通报，两名病例均为此前的隔离人员。\n")
    assert _people(raw) == [{"柯望川"}]


def test_fu_is_a_surname_a_two_character_name_glued_to_its_report_word_is_read() -> None:
    raw = ("本报讯(记者傅川综合报道)12月21日，青石县新增确诊病例2例，当局宣布升级防控措施，全县中小学停课。\n"
           "据当地通报，两名病例均为此前的隔离人员。\n")
    assert _people(raw) == [{"傅川"}]


def test_a_town_spelt_with_a_homophone_before_its_official_community_names_both() -> None:
    text = ("家乐镇卢湾社区开展全员核酸检测演练\n"
            "3月5日上午，家乐镇组织卢湾社区居民开展核酸采样演练，共设采样点两处，演练过程规范有序。\n")
    assert listed(text) == {"高县"}


def test_a_town_off_by_a_character_that_does_not_sound_alike_names_nothing() -> None:
    text = ("述乐镇卢湾社区开展全员核酸检测演练\n"
            "3月5日上午，述乐镇组织卢湾社区居民开展核酸采样演练，共设采样点两处，演练过程规范有序。\n")
    assert listed(text) == set()


def test_a_state_level_new_area_is_read_for_the_district_it_is_governed_from() -> None:
    text = "5月2日，金普新区对一处居民小区实行封闭管理，区内各中小学暂停线下教学。\n"
    assert listed(text) == {"金州区"}
