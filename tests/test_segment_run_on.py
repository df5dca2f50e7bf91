"""Headlines and item boundaries of web copies that print their title in an unusual place: a
notice title wrapped under its issuer's line, a whole page on one line, a breadcrumb's arrow
before the title, a site's name before a bar, an unbracketed 原标题 line closing the text, and a
post whose title announces the part printed under it. Texts are invented."""
from __future__ import annotations

from etl.extract.segment import split_page

NOTICE_TEXT = ("全体居民：\n"
               "经过全区上下连续五天的努力，青松区第二轮全员核酸检测已经全部完成，共采集样本三十一万份，结果均为阴性，"
               "做到了逐户登记、逐人采样。\n"
               "请大家继续做好个人防护，少聚集、勤通风，如有发热咳嗽请先电话联系社区再前往医院，"
               "外地返回人员要主动向所在社区报备并按要求接受检测。\n"
               "青松区疫情防控工作指挥部\n2022年6月9日\n")


def headlines(raw: str) -> list[str | None]:
    items, _ = split_page(raw)
    return ["".join(it.headline.split()) if it.headline else None for it in items]


def test_notice_title_wrapped_after_a_dangling_word_under_its_issuer() -> None:
    """关于…结果的 / 通 告 under the issuer's line: one title, though its first line ends with 的."""
    raw = "青松区疫情防控工作指挥部\n关于第二轮全员核酸检测结果的\n通 告\n" + NOTICE_TEXT
    assert headlines(raw) == ["关于第二轮全员核酸检测结果的通告"]


def test_notice_title_wrapped_with_a_long_second_line_under_its_issuer() -> None:
    """The second line of a notice's title may run longer than a headline's second line."""
    raw = ("白石县防疫工作领导小组\n关于调整部分乡镇防控措施\n和有序恢复正常生产经营秩序的通告\n"
           "根据专家组评估意见，领导小组商定：2022年9月3日8时起，解除三河镇、柳塘乡临时管控措施。\n"
           "各乡镇要继续落实常态化防控要求，严格查验健康码和行程卡。\n")
    assert headlines(raw) == ["关于调整部分乡镇防控措施和有序恢复正常生产经营秩序的通告"]


def test_page_on_one_line_with_title_date_and_text() -> None:
    """标题 Mon D, YYYY 正文 on one line: the title before the date is the headline."""
    raw = ("青松市再报两例本土个案 全市筛查已采样二百万人次 Mar 8, 2021 青松市卫生部门今日通报，"
           "过去一日新增两宗本土确诊个案，均为隔离人员。全市全员核酸检测已采样超过二百万人次，已出结果的均为阴性。\n")
    items, furniture = split_page(raw)
    assert headlines(raw) == ["青松市再报两例本土个案全市筛查已采样二百万人次"]
    assert items[0].body.startswith("青松市卫生部门今日通报")
    assert any("Mar 8, 2021" in f.text.text for f in furniture)


def test_notice_printed_on_one_line_with_its_text() -> None:
    raw = ("关于在出城道口 设置临时检查站的通告 为做好冬季疫情防控工作，县防控领导小组商定在我县主要出城道口"
           "设置临时检查站，对出入车辆和人员查验健康码。具体如下：一、检查站设在北环路口和东关大桥。\n")
    assert headlines(raw) == ["关于在出城道口设置临时检查站的通告"]


def test_one_line_sentence_with_a_date_inside_keeps_no_title() -> None:
    """A running sentence that names a date is no title: a comma stands before the date."""
    raw = ("据青松县通报，全县第三轮核酸检测于 2022-05-06 完成，共采样十二万人，结果均为阴性，"
           "各检测点将继续为外出返乡人员提供便民采样服务。\n")
    assert headlines(raw) == [None]


def test_breadcrumb_arrow_before_a_title_holding_a_comma() -> None:
    raw = ("青松论坛\n社区\n›\n本地生活\n› 关于“南街一户有人确诊，全家被带走”系谣言的说明\n"
           "发表于 2020-3-2 10:20\n"
           "近日，有网民在微信群中发布“南街一户有人确诊，全家被带走”的消息，经公安机关核查，该消息系编造。\n"
           "请广大网民不信谣、不传谣，以官方发布的信息为准。\n")
    assert headlines(raw) == ["关于“南街一户有人确诊，全家被带走”系谣言的说明"]


def test_site_name_before_a_bar_is_no_part_of_the_title() -> None:
    body = "\n某某网青松5月6日电 5月5日起，青松县在城区和各乡镇分片组织区域核酸筛查，当日采样8.7万人，结果均为阴性。\n"
    assert headlines("某某新闻网|青松县完成区域核酸筛查 八万余人结果阴性" + body) == [
        "青松县完成区域核酸筛查八万余人结果阴性"]


def test_unbracketed_original_title_line_closing_an_untitled_story() -> None:
    raw = ("记者从今天下午的发布会获悉，青松市继续调整部分区域防控措施，中小学生下周一暂不返校。\n"
           "目前，全市公交线路和出租车跨区运营继续暂停，何时恢复将视情况再定。\n"
           "原标题：青松调整部分区域防控措施 中小学生暂不返校\n")
    items, _ = split_page(raw)
    assert headlines(raw) == ["青松调整部分区域防控措施中小学生暂不返校"]
    assert "原标题" not in items[0].body


def test_part_restating_the_post_title_stays_in_the_post() -> None:
    """A post titled 甲｜乙 prints 乙's story after 甲's signed bulletin: one post, not two items."""
    raw = ("青松最新通报｜青松县8个区域解封、3个区域继续封控\n\n"
           "点击上方蓝字关注青松发布→设为星标，第一时间收到权威发布，转发扩散让更多人看到！\n\n"
           "青松省卫健委最新通报\n\n"
           "11月2日全天，青松省没有报告本土确诊病例和无症状感染者；到当天24时，全省在院治疗的确诊病例还有2例。\n\n"
           "青松省卫生健康委员会\n\n2021年11月3日\n\n"
           "白石市青松县8个区域解封、3个区域继续封控\n\n"
           "10月26日，我县接到协查通报后封控了11个小区，对封控区人员开展了四轮检测，全部阴性。"
           "县指挥部商定分批解除部分小区封控。\n")
    assert len(split_page(raw)[0]) == 1


def test_site_footer_lines_open_no_item() -> None:
    """A government site's footer under a notice (an image file name, the owner's label, the
    registration numbers) is page furniture, not a second item."""
    raw = ("关于恢复城区各学校线下教学的通告\n"
           "按照县防疫指挥部安排，结合当前防控形势，经研究决定，全县各中小学、幼儿园自5月9日起分批恢复线下教学，"
           "返校学生须带两天内的检测阴性报告。\n"
           "青松县教育局\n2022年5月6日\n"
           "bottom_logo_02.jpg\n"
           "主办单位：青松县人民政府办公室 版权所有：青松县人民政府\n"
           "网站标识码：9900000011 ICP备案序号：某ICP备00000000号-2\n")
    items, furniture = split_page(raw)
    assert len(items) == 1
    assert any("版权所有" in f.text.text for f in furniture)


def test_site_disclaimer_closing_a_story_is_furniture() -> None:
    """The site's disclaimer under a story (声明：本站仅提供信息存储服务…) is furniture, not text."""
    raw = ("青松县中小学4月6日起暂停到校上课\n"
           "青松县教育局今日通知，自4月6日起，全县各中小学、幼儿园暂停到校上课，恢复时间另行通知，"
           "各校要做好线上教学安排，保障学生居家学习。\n"
           "声明：本站仅提供信息存储服务，所载文章不代表本站立场，内容真假请读者自行甄别，如有疑问可来信告知。\n")
    items, _ = split_page(raw)
    assert len(items) == 1 and "信息存储服务" not in items[0].body


def test_lone_marked_lines_of_a_web_page_start_no_items() -> None:
    """A ▲ picture caption and a ★ site notice among a web story's paragraphs are no brief
    column: the story stays one item."""
    raw = ("青松市昨日新增5例确诊病例，其中2例为本土个案，均在隔离观察中发现，相关小区已实行封闭管理，居民足不出户。\n"
           "▲青松市南区一处小区实施封闭管理。（图/翻摄自网络）\n"
           "当地卫生部门今日通报，两名本土个案居住的小区已完成全员核酸检测，其余结果均为阴性，学校暂停到校上课。\n"
           "市防控指挥部表示，将视检测结果适时调整防控措施，请市民非必要不离开本市，出入公共场所佩戴口罩。\n"
           "另据通报，过去一日全市共采集核酸样本十二万份，发热门诊接诊量较前一日有所下降，医疗资源总体充足。\n"
           "★青松电视台提醒您：勤洗手、戴口罩，少去人多的地方。\n")
    assert len(split_page(raw)[0]) == 1


def test_notice_title_wrapped_over_three_lines_under_its_issuer() -> None:
    raw = ("青松县防疫指挥部\n关于进一步加强城区\n住宅小区出入管理的\n通 告\n" + NOTICE_TEXT)
    assert headlines(raw) == ["关于进一步加强城区住宅小区出入管理的通告"]


def test_news_title_over_the_notice_it_quotes_is_the_headline() -> None:
    """A news title restating the notice printed under it is the story's headline (no issuer's
    line); an issuer's line over a notice title still leaves the notice's title the headline."""
    text = ("为尽快排查潜在风险，市防疫指挥部商定，6月3日至5日在白石区、青松区连续开展三轮全员核酸检测，"
            "具体安排如下：每日清晨6时起采样，中午12时前结束，采样期间人员暂不流动。\n")
    raw = "青松市：6月3日至5日在主城区开展三轮全员核酸检测\n关于6月3日至5日在主城区开展全员核酸检测的通告\n" + text
    assert headlines(raw) == ["青松市：6月3日至5日在主城区开展三轮全员核酸检测"]
    raw = "青松市防疫指挥部\n关于6月3日至5日在主城区开展全员核酸检测的通告\n" + text
    assert headlines(raw) == ["关于6月3日至5日在主城区开展全员核酸检测的通告"]
