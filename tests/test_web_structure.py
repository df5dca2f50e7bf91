"""Web articles and official notices as stored from web pages: one paragraph per line,
titles repeated, notices under their issuer's name, photos with credits. Invented texts."""
from __future__ import annotations

from etl.extract.segment import split_page


def _heads(item) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text.text for p in item.parts if p.kind == "headline"]


NOTICE = (
    "北岭县新冠肺炎疫情防控工作领导小组办公室通告\n"
    "（2022年第7号）\n"
    "关于延长北岭县城区临时管控时间的通告\n"
    "根据当前疫情形势，经县专家组研判，决定将城区临时管控时间延长两天，至5月12日24时。管控期间居民非必要不外出。\n"
    "管控期间超市、药店正常营业，其余经营场所暂停营业，请广大群众理解支持。\n"
    "北岭县新冠肺炎疫情防控工作领导小组办公室\n"
    "2022年5月10日\n"
)


def test_notice_title_under_its_issuer_is_the_headline() -> None:
    """Issuer name, number, then ``关于…的通告``: the 关于 line is the headline."""
    items, _ = split_page(NOTICE)
    assert len(items) == 1
    assert _heads(items[0]) == ["关于延长北岭县城区临时管控时间的通告"]


def test_site_label_above_a_notice_is_not_its_headline() -> None:
    """A follow label (``关注…``) above the issuer's name and the 关于 title."""
    items, _ = split_page("关注北岭发布\n" + NOTICE.replace("（2022年第7号）\n", ""))
    assert len(items) == 1
    assert _heads(items[0]) == ["关于延长北岭县城区临时管控时间的通告"]


def test_long_notice_title_with_its_issuer_glued_and_the_signature_at_the_end() -> None:
    """A 45-character title (issuer + 关于…的通告) is still a title; the office and date
    that sign the notice at its end are body, not a headline printed after it."""
    raw = (
        "南坪市新型冠状病毒感染肺炎疫情防控工作指挥部关于进一步加强城东片区及周边村居封控管理的通告\n"
        "为阻断疫情传播，现将城东片区封控管理有关事项通告如下：\n"
        "一、片区内所有小区实行封闭管理，人员只进不出。\n"
        "二、片区内商铺一律暂停营业，生活物资由社区统一配送。\n"
        "三、本通告自发布之日起施行。\n"
        "南坪市新型冠状病毒感染肺炎疫情防控工作指挥部\n"
        "2021年8月3日\n"
    )
    items, _ = split_page(raw)
    assert len(items) == 1
    assert _heads(items[0]) == [raw.splitlines()[0]]


def test_signature_at_the_end_of_a_headless_report_is_no_headline() -> None:
    raw = (
        "截至3月2日24时，全市累计报告确诊病例三例，均在定点医院隔离治疗，病情平稳。\n"
        "全部密切接触者已按要求实行集中医学观察，目前情况正常。\n"
        "清河市疾控中心\n"
        "2020年3月3日\n"
    )
    items, _ = split_page(raw)
    assert len(items) == 1
    assert _heads(items[0]) == []
    assert "清河市疾控中心" in "".join(p.text.text for p in items[0].parts)


def test_web_headline_then_the_notice_block_again_is_one_item() -> None:
    """A web page's own title, its date and source lines, then the notice with its
    issuer, number and 关于 title: one item, headed by the page title."""
    raw = "北岭县城区临时管控延长两天\n日期：05-10\n来源：北岭发布\n" + NOTICE
    items, _ = split_page(raw)
    assert len(items) == 1
    assert _heads(items[0]) == ["北岭县城区临时管控延长两天"]


def test_photo_credit_at_the_end_of_a_web_article_credits_the_article() -> None:
    """On a web page (one long line per paragraph) the short last paragraph before a
    photo credit is the article's own text, not a separate photo caption."""
    raw = (
        "河东区开展全员核酸检测演练\n"
        "4月2日上午，河东区在五个街道同时开展全员核酸检测演练，检验采样点布局、人员调度和样本转运流程。\n"
        "演练按照真实场景进行，社区工作人员提前通知居民错峰到达，采样点设置一米线和临时等候区。\n"
        "此次演练共采集样本两万余份。\n"
        "周立平/摄影\n"
    )
    items, _ = split_page(raw)
    assert len(items) == 1
    assert [c.name for b in items[0].bylines for c in b.contributors] == ["周立平"]


def test_web_photo_captions_before_the_lead_belong_to_the_article() -> None:
    """A web article showing its pictures first: caption paragraphs, then the lead
    ``某某网…讯（记者 …）``: one item."""
    raw = (
        "3月5日上午，河阳市召开疫情防控新闻发布会，通报近期防控工作进展情况。东川网记者范思远摄\n"
        "河阳市卫生健康委员会副主任介绍全市核酸检测工作安排和重点人群排查情况。东川网记者范思远摄\n"
        "东川网3月5日讯（记者 顾一鸣 范思远）3月5日上午，河阳市召开疫情防控新闻发布会，"
        "介绍城区第三轮核酸检测已经完成。\n"
        "下一步，河阳市将在各县区有序开展常态化核酸检测，做到应检尽检。\n"
    )
    items, _ = split_page(raw)
    assert len(items) == 1


BUNDLE = (
    "两地发布最新防控通告\n"
    "东源县新冠肺炎疫情防控指挥部\n"
    "关于东源县城区实行临时静态管理的通告\n"
    "为尽快阻断疫情传播，经研究决定，自9月3日18时起，东源县城区实行临时静态管理，居民非必要不出户。\n"
    "静态管理期间，每日开展一次全员核酸检测，超市、药店和医疗机构正常运营，其余经营场所暂停营业，请广大居民积极配合。\n"
    "东源县新冠肺炎疫情防控指挥部\n"
    "2022年9月3日\n"
    "西川区新冠肺炎疫情防控指挥部\n"
    "关于西川区开展全员核酸检测的通告\n"
    "为及时发现风险，西川区定于9月4日在全区开展一轮全员核酸检测，请居民按社区安排就近采样。\n"
    "采样时请全程佩戴口罩，保持一米间距，不聚集不交谈，行动不便的老人由社区工作人员上门采样，请相互转告。\n"
    "西川区新冠肺炎疫情防控指挥部\n"
    "2022年9月3日\n"
)


def test_a_post_bundling_two_counties_notices_gives_one_item_per_notice() -> None:
    """Each notice has its issuer, 关于 title, body, signing office and date: after one
    notice's date line the next notice's issuer and title open a new item."""
    items, _ = split_page(BUNDLE)
    heads = [_heads(it) for it in items]
    assert heads == [["关于东源县城区实行临时静态管理的通告"], ["关于西川区开展全员核酸检测的通告"]]
    first = "".join(p.text.text for p in items[0].parts)
    assert "东源县城区" in first and "西川区" not in first


def test_paragraphs_after_a_picture_credit_go_on_with_the_web_story() -> None:
    """A web story with a picture and its credit in the middle: the paragraphs after the
    credit have neither a headline nor a byline of their own, so they are not a new item."""
    raw = (
        "青石县开展第三轮全员核酸检测\n"
        "6月14日，青石县启动第三轮全员核酸检测，全县共设置采样点一百二十个，各乡镇同步开展采样工作，力争当日完成。\n"
        "采样点现场，工作人员引导群众保持一米间距，有序排队，现场秩序井然。\n"
        "图为采样点工作人员为群众采样\n"
        "（梁远帆 摄）\n"
        "据介绍，此次检测覆盖全县所有常住人口和流动人口，检测结果将于次日上午公布，请群众留意短信通知。\n"
        "县疫情防控指挥部提醒，未按要求参加检测的人员，健康码将被赋黄码，请广大群众积极配合。\n"
    )
    items, _ = split_page(raw)
    assert len(items) == 1
    assert _heads(items[0]) == ["青石县开展第三轮全员核酸检测"]
    assert "次日上午公布" in "".join(p.text.text for p in items[0].parts)


def test_lead_under_a_web_headline_and_its_summary_is_the_same_story() -> None:
    """Headline, a one-sentence summary, then the ``…讯`` lead: the lead opens the story
    the headline names, not a second item."""
    raw = (
        "白河镇解除临时封控\n"
        "7月1日18时起，白河镇全面解除临时封控措施，镇区商超、农贸市场、餐饮门店有序恢复营业，居民出行不再查验核酸证明。\n"
        "白河日报讯（记者 宋立言）7月1日，经专家组评估，白河镇自当日18时起解除临时封控措施，全面恢复正常生产生活秩序。\n"
        "解封后，镇区商超、农贸市场有序恢复营业，居民仍需坚持戴口罩、勤洗手、少聚集。\n"
    )
    items, _ = split_page(raw)
    assert len(items) == 1
    assert _heads(items[0]) == ["白河镇解除临时封控"]


WEB_STORY = (
    "东岚县医护人员坚守发热门诊\n"
    "入冬以来，东岚县人民医院发热门诊接诊量明显上升，医护人员放弃休假，轮班值守，确保每一位患者都能及时就诊。\n"
    "放弃休假 坚守岗位\n"
    "夜里十一点，护士长周敏仍在分诊台前登记信息，她已经连续工作了十四个小时，却说这是分内的事，同事们都很敬佩她。\n"
    "医院负责人表示，将继续优化门诊流程，增派人手，为群众提供更加便捷的诊疗服务，让群众看病更安心。\n"
    "优化流程 服务群众\n"
    "为优化流程、服务群众，门诊大厅新增了自助挂号机和分诊指引牌，患者平均候诊时间缩短了一半。\n"
    "不少患者说，门诊流程优化以后，看病不再像过去那样排长队，挂号、就诊、取药都方便多了。\n"
)


def test_short_subheadings_inside_a_web_story_do_not_open_items() -> None:
    """小标题 between long paragraphs (two short phrases, no lead or byline under them)
    are the story's own subheadings, the second one too."""
    items, _ = split_page(WEB_STORY)
    assert len(items) == 1
    assert _heads(items[0]) == ["东岚县医护人员坚守发热门诊"]


def test_a_web_title_printed_again_above_the_lead_is_one_story() -> None:
    """The page title, a picture's caption with its credit, then the same title again with
    a tag in front and the lead: the second title is the first printed again."""
    raw = (
        "南溪镇恢复正常生产生活秩序\n"
        "图为南溪镇街头。（邱一鸣 摄）\n"
        "（战疫一线）南溪镇恢复正常生产生活秩序\n"
        "南溪日报讯（记者 邱一鸣）5月20日，南溪镇疫情防控指挥部发布公告，全镇范围内的商超、农贸市场、餐饮门店等有序恢复营业，公共交通恢复运行。\n"
        "指挥部提醒，居民仍需做好个人防护，进入公共场所主动扫码测温。\n"
    )
    items, _ = split_page(raw)
    assert len(items) == 1
    assert _heads(items[0]) == ["南溪镇恢复正常生产生活秩序"]


def test_credit_lines_printed_as_titles_under_a_web_story_are_not_items() -> None:
    """Production credits after the text (short lines with nothing under them)."""
    raw = "".join(WEB_STORY.splitlines(keepends=True)[:4]) + "监制丨赵启明\n剪辑丨 钱小禾\n"
    items, _ = split_page(raw)
    assert len(items) == 1


def test_like_worded_reports_of_a_web_roundup_stay_apart() -> None:
    """A post gathering two counties' reports under one umbrella title: the second
    report's title shares most words with the first's, but a story already stands under
    the first, so it opens its own item."""
    raw = (
        "江州多地继续开展全员核酸检测\n"
        "江州石门：3月9日再次开展全员核酸检测\n"
        "鉴于当前疫情形势，石门县定于3月9日8时起在全县范围内再次开展全员核酸检测，请全体居民按所在村（社区）安排的时段就近采样。\n"
        "一、采样时请全程佩戴口罩，排队时保持一米以上间距，不聚集、不交谈。\n"
        "二、行动不便的老人和重症患者，由村（社区）安排上门采样。\n"
        "江州青峰：继续开展全员核酸检测\n"
        "青峰市定于3月9日9时起继续开展全员核酸检测，城区各采样点同步开放，请市民携带身份证件有序参加，做到应检尽检、不漏一人。\n"
        "一、采样时间：3月9日9时起至当日完成。\n"
        "二、请市民错峰前往，配合工作人员做好信息登记。\n"
    )
    items, _ = split_page(raw)
    assert len(items) == 2
    assert _heads(items[1]) == ["江州青峰：继续开展全员核酸检测"]


PICTURED = (
    "松原市开展区域核酸筛查\n"
    "6月3日，志愿者在宁江区一处小区门口维持秩序。（汤可心 摄）\n"
    "本报松原6月3日电（记者 韩晓舟）6月3日，松原市在主城区开展区域核酸筛查，共设置采样点二百余个，全市医护人员和志愿者提前到岗，筛查工作有序推进。\n"
    "{label}"
    "6月3日，医护人员在宁江区一处采样点为居民采样。\n"
    "（邓佳音 摄）\n"
    "6月3日，扶余市一处采样点外，居民间隔一米有序排队。\n"
    "（孔令书 摄）\n"
)


def test_a_picture_under_a_web_story_belongs_to_it() -> None:
    """Captions and their credits right under a web story: the story's own pictures."""
    items, _ = split_page(PICTURED.format(label=""))
    assert len(items) == 1
    assert _heads(items[0]) == ["松原市开展区域核酸筛查"]


def test_a_picture_under_a_column_label_stays_its_own_item() -> None:
    """With a column label (【…】) between story and pictures, the pictures are items."""
    items, _ = split_page(PICTURED.format(label="【抗疫一线】\n"))
    assert len(items) == 3


def test_source_and_editor_lines_with_a_bar_are_page_furniture() -> None:
    """App pages print ``来源 | …`` and ``责编 | …`` with a bar, not a colon: furniture,
    not a headline for the text above them."""
    raw = (
        "柳湾镇完成第二轮全员核酸检测\n"
        "9月8日，柳湾镇第二轮全员核酸检测工作顺利完成，共采集样本四万余份，结果均为阴性。\n"
        "镇疫情防控指挥部表示，下一步将继续做好重点人群排查，巩固防控成果。\n"
        "来源 | 柳湾融媒\n"
        "责编 | 郑可欣\n"
    )
    items, furn = split_page(raw)
    assert len(items) == 1
    assert _heads(items[0]) == ["柳湾镇完成第二轮全员核酸检测"]
    assert [p.text.text for p in furn] == ["来源|柳湾融媒", "责编|郑可欣"]


def test_numbered_picture_captions_after_a_web_story_are_its_pictures() -> None:
    """``图一、…`` / ``图二、…`` lines after the story and its photo credit: the story's
    pictures, not another item."""
    raw = (
        "“快检快报”，核酸检测提速\n"
        "连日来，临溪市各核酸检测实验室加班加点，检测人员分成三个班次轮流上岗，确保样本当日送检、当日出结果。\n"
        "本报记者 方一舟 摄影报道\n"
        "图一、临溪市人民医院实验室工作人员正在对送检样本进行分类处理和登记录入工作。\n"
        "图二、桃源镇驻村干部组织村民采样\n"
    )
    items, _ = split_page(raw)
    assert len(items) == 1
    assert _heads(items[0]) == ["“快检快报”，核酸检测提速"]


def test_a_post_bundling_numbered_notices_gives_one_item_per_notice() -> None:
    """Several offices' numbered bulletins in one web post: each document number after the
    first starts a notice, headed by its issuer's title line when printed above it."""
    raw = (
        "最新！江州三地疫情通报\n"
        "石门县疫情防控工作领导小组办公室公告\n"
        "〔2022〕第31号\n"
        "2022年10月4日0—24时，石门县新增本土无症状感染者12例，均在集中隔离点发现，已全部转运至定点医院。\n"
        "（一）城南街道：当日新增7例。\n"
        "（二）城北街道：当日新增5例。\n"
        "〔2022〕第12号\n"
        "2022年10月4日0—24时，青峰市新增本土确诊病例2例、无症状感染者9例，均为此前报告病例的密切接触者。\n"
        "（一）青峰镇：当日新增6例。\n"
        "白沙县疫情防控工作领导小组办公室公告\n"
        "〔2022〕8号\n"
        "2022年10月4日0—24时，白沙县新增本土无症状感染者3例，均在管控区内发现，社会面无新增。\n"
    )
    items, _ = split_page(raw)
    assert len(items) == 3
    assert _heads(items[2]) == ["白沙县疫情防控工作领导小组办公室公告"]
    assert "青峰市新增" in "".join(p.text.text for p in items[1].parts)


def _notice(county: str, title: str, measure: str) -> str:
    return (
        f"{county}新冠肺炎疫情防控指挥部\n{title}\n（2022年第9号）\n"
        f"根据当前疫情防控形势需要，为坚决遏制疫情扩散蔓延，经研究决定，{measure}，请广大群众理解支持、积极配合。\n"
        "管控期间，超市、药店、农贸市场正常营业，其余经营场所暂停营业，居民非必要不外出，确需外出的须持核酸阴性证明。\n"
        f"{county}新冠肺炎疫情防控指挥部\n2022年11月2日\n"
    )


def test_the_title_and_intro_of_a_post_bundling_notices_are_not_an_item() -> None:
    """A post's own title and a short intro, then two counties' notices (paragraphs apart,
    as web pages print them): two items, each headed by its notice's 关于 title."""
    raw = (
        "江州多地发布最新通告！请相互转告\n"
        "当前疫情形势严峻复杂，江州多地发布最新通告。\n"
        + _notice("石门县", "关于进一步加强城区疫情防控的通告", "自11月2日起城区实行临时管控")
        + _notice("白沙县", "关于全面加强社会面管控的通告", "自11月3日起全县暂停堂食")
    ).replace("\n", "\n\n")
    items, _ = split_page(raw)
    assert [_heads(it) for it in items] == [["关于进一步加强城区疫情防控的通告"], ["关于全面加强社会面管控的通告"]]


REPORTERS_AT_WORK = (
    "战疫一线的融媒记者\n"
    "2022-03-06 18:20 青峰网\n"
    "“电话一响，大家就往一线赶。”疫情发生以来，青峰市融媒体中心的记者们一直奔波在抗疫一线。\n"
    "记者唐明远在市中心医院采访\n"
    "记者何露在高速卡口采访\n"
    "融媒体记者季川在村口采访防控措施\n"
    "面对突如其来的疫情，市融媒体中心迅速组建报道小分队，二十多名记者分赴医院、卡口、社区，记录下一个个感人瞬间，推出各类报道三百余篇，阅读量累计超过千万。\n"
    "（通讯员 骆晴）\n"
)


def test_a_web_timestamp_with_the_site_name_is_furniture() -> None:
    """``2022-03-06 18:20 XX网`` under the title is the page's dateline, not a headline."""
    items, furn = split_page(REPORTERS_AT_WORK)
    assert _heads(items[0]) == ["战疫一线的融媒记者"]
    assert "2022-03-0618:20青峰网" in [p.text.text.replace(" ", "") for p in furn]


def test_captions_of_reporters_at_work_do_not_open_an_item() -> None:
    """Short lines ``记者X在…采访`` between paragraphs are the pictures' captions."""
    items, _ = split_page(REPORTERS_AT_WORK)
    assert len(items) == 1
