"""General web-story structure: a first line taken as the title by how it reads (shape and
words shared with the text under it) rather than by the line under it, and long subheadings
told from a roundup's next story by the place they name. Texts are invented."""
from __future__ import annotations

from etl.extract.segment import split_page


def headlines(raw: str) -> list[str | None]:
    items, _ = split_page(raw)
    return ["".join(it.headline.split()) if it.headline else None for it in items]


BODY = ("5月7日起，青松镇分三个片区启动第二轮全员核酸检测，全镇设置采样点四十二个，"
        "组织医护人员两百余名上门为行动不便的老人采样。\n"
        "据介绍，本轮全员核酸检测要求做到不漏一户、不落一人，镇里同时安排志愿者维持秩序。\n")


STORY = ("柳河县今日新增本土确诊病例3例\n\n2022-04-02 18:20 某某新闻客户端\n\n"
         "4月2日下午，柳河县召开疫情防控新闻发布会，通报全县最新疫情情况和下一步防控安排。\n\n"
         "{sub}\n\n"
         "县疾控中心负责人介绍，新增病例均在集中隔离点检出，其密切接触者已全部落实管控措施，"
         "相关场所已完成终末消毒，后续将继续开展多轮区域核酸检测。\n")


def test_long_subheading_naming_the_story_place_stays_in_the_story() -> None:
    raw = STORY.format(sub="柳河县城区将再开展两轮区域核酸检测")
    assert len(split_page(raw)[0]) == 1


def test_titles_naming_other_places_stay_stories_of_their_own() -> None:
    raw = STORY.format(sub="梅河口市中小学幼儿园明日起暂停线下教学")
    assert len(split_page(raw)[0]) == 2


def test_long_subheading_naming_no_place_stays_in_the_story() -> None:
    raw = STORY.format(sub="医护人员和志愿者连续奋战不言退")
    assert len(split_page(raw)[0]) == 1


def test_site_name_glued_after_the_title_is_not_part_of_it() -> None:
    for sep in ("_", " | ", "-", " — "):
        raw = f"柳河县第三轮区域核酸检测顺利完成{sep}通化新闻网\n2022-04-05 09:30\n" + BODY
        assert headlines(raw) == ["柳河县第三轮区域核酸检测顺利完成"], sep


def test_column_tag_after_a_bar_stays_in_the_title() -> None:
    raw = "柳河县第三轮区域核酸检测顺利完成 | 战疫日记\n2022-04-05 09:30\n" + BODY
    assert headlines(raw) == ["柳河县第三轮区域核酸检测顺利完成|战疫日记"]


def test_first_line_over_a_site_line_is_the_title_when_it_says_what_the_body_says() -> None:
    raw = "青松镇启动第二轮全员核酸检测！\n柳河融媒\n" + BODY
    assert headlines(raw) == ["青松镇启动第二轮全员核酸检测！"]


def test_author_field_inside_a_web_header_line_is_a_byline() -> None:
    from etl.extract.bylines import item_bylines

    for header in ("2022-04-05 09:30 作者：韩立新 来源：松原日报", "发布时间：2022-04-05 来源：松原日报 作者：韩立新 浏览次数：57"):
        raw = f"青松镇启动第二轮全员核酸检测\n{header}\n" + BODY
        items, _ = split_page(raw)
        assert headlines(raw) == ["青松镇启动第二轮全员核酸检测"]
        got = [(c.name, c.role) for b in item_bylines(items[0], raw) for c in b.contributors]
        assert got == [("韩立新", "reporter")], header


def test_author_field_listing_two_names_is_left_whole() -> None:
    from etl.extract.bylines import item_bylines

    raw = f"青松镇启动第二轮全员核酸检测\n{BODY}作者：韩立新 曹雨桐\n"
    items, _ = split_page(raw)
    got = [c.name for b in item_bylines(items[0], raw) for c in b.contributors]
    assert got == ["韩立新", "曹雨桐"]


def test_notice_title_after_a_story_opens_the_notice_item() -> None:
    raw = ("柘城县城区明起实行静态管理\n"
           "5月20日，柘城县在发热门诊就诊人员中发现两例初筛阳性人员，县里连夜召开会议研究部署，"
           "当晚即决定城区居民居家，并在全县各乡镇同步组织核酸采样，加强各路口卡点值守，"
           "全力阻断疫情传播链条，具体安排以县防控指挥部发布的通告为准。\n"
           "柘城县新冠肺炎疫情防控指挥部\n2022年5月21日\n"
           "关于在柘城县城区实行静态管理的通告\n"
           "为尽快阻断疫情传播，经研究决定，自5月22日0时起在城区实行静态管理，居民足不出户，由社区提供上门服务。\n")
    assert headlines(raw) == ["柘城县城区明起实行静态管理", "关于在柘城县城区实行静态管理的通告"]


def test_spam_line_over_the_page_gives_way_to_the_story_title() -> None:
    raw = "最新高清影视资源免费下载大全\n2022-04-05 09:30 来源：松原日报\n青松镇启动第二轮全员核酸检测\n" + BODY
    assert headlines(raw) == ["青松镇启动第二轮全员核酸检测"]


def test_page_title_sharing_some_words_with_the_text_stays_the_headline() -> None:
    raw = "青松镇发布最新通知\n2022-04-05 09:30 来源：松原日报\n青松镇启动第二轮全员核酸检测\n" + BODY
    assert headlines(raw) == ["青松镇发布最新通知"]


def test_spam_line_over_a_notice_title_is_not_the_headline() -> None:
    raw = ("最新高清影视资源免费下载大全\n来源：青松发布\n关于在青松镇开展全员核酸检测的通告\n"
           "为尽快阻断疫情传播，经研究决定，5月8日在青松镇开展全员核酸检测，请居民按时参加，"
           "行动不便的老人由村里安排上门采样，各村做好组织。\n")
    assert headlines(raw) == ["关于在青松镇开展全员核酸检测的通告"]



def test_editor_first_footer_that_also_names_a_reporter_is_a_byline() -> None:
    from etl.extract.bylines import item_bylines

    for footer in ("编辑：蒋文博 记者：韩立新", "责任编辑：蒋文博 记者：韩立新"):
        raw = "青松镇启动第二轮全员核酸检测\n" + BODY + footer + "\n"
        items, _ = split_page(raw)
        got = {(c.name, c.role) for b in item_bylines(items[0], raw) for c in b.contributors}
        assert ("韩立新", "reporter") in got, footer


def test_like_worded_title_naming_another_place_over_its_own_lead_is_a_new_report() -> None:
    raw = ("柳河县启动第二轮全员核酸检测\n2022-05-07 10:20 来源：松原日报\n"
           "5月7日起，柳河县分三个片区启动第二轮全员核酸检测，全县设置采样点四十二个。\n"
           "据介绍，本轮检测要求做到不漏一户、不落一人，县里同时安排志愿者在各采样点维持秩序。\n"
           "梅河口市启动第二轮区域核酸检测\n"
           "松原日报讯（记者 曹雨桐）5月7日，梅河口市在城区启动第二轮区域核酸检测，共设采样点三十个。\n")
    assert headlines(raw) == ["柳河县启动第二轮全员核酸检测", "梅河口市启动第二轮区域核酸检测"]


def test_notice_signed_and_dated_ends_before_the_next_notice_of_the_same_issuer() -> None:
    first = "为切实做好疫情防控工作，经研究决定，自6月3日18时起，柘城县城区实行临时管控，居民非必要不外出，商超暂停营业。"
    second = "经研究决定，自6月6日18时起，柘城县城区解除临时管控，恢复正常生产生活秩序，请居民继续做好个人防护。"
    raw = (f"柘城县疫情防控指挥部通告\n（第7号）\n{first}\n柘城县疫情防控指挥部\n2022年5月21日\n"
           f"柘城县疫情防控指挥部通告\n（第8号）\n{second}\n柘城县疫情防控指挥部\n2022年6月6日\n")
    assert len(split_page(raw)[0]) == 2


def test_credit_closing_the_last_section_signs_the_whole_story() -> None:
    # the story has no byline above; the reporters' credit after its last section is the
    # story's, so that section's subheading does not open an item of its own
    raw = ("柳河县明日起开展全员核酸检测\n\n2022-04-02 18:20 某某新闻客户端\n\n"
           "根据县指挥部安排，柳河县将于4月3日至4日在全县开展一轮全员筛查，望群众积极配合。\n\n"
           "分片安排\n\n"
           "1。4月3日安排城关镇12个行政村及3个社区采样，采样时间为7:00至20:00，各采样点连续作业。\n\n"
           "2。4月4日安排白石乡、青松镇各行政村采样，各村以村委会广场为主要采样点。\n\n"
           "采样点设置\n\n"
           "1。县城区以街道、小区为单位设置采样点，每个采样点配备采样人员不少于四名。\n\n"
           "2。各乡镇以行政村为单位设置采样点，行动不便人员由村医上门采样。\n\n"
           "（总台记者 孔令川 钱多多）\n")
    items, _ = split_page(raw)
    assert headlines(raw) == ["柳河县明日起开展全员核酸检测"]
    assert len(items) == 1


def test_a_section_closed_by_a_credit_after_a_credited_story_is_a_story_of_its_own() -> None:
    raw = ("柳河县今日新增本土确诊病例3例\n\n2022-04-02 18:20 某某新闻客户端\n\n"
           "4月2日下午，柳河县举行发布会，介绍全县近况和接下来的防控安排，新增病例都在隔离点检出。\n\n"
           "（记者 孔令川）\n\n白石镇昨日解除封控\n\n"
           "4月1日起，白石镇全域由封控区调整为防范区，镇内商超、农贸市场有序恢复营业，公共交通同步恢复运行。\n\n"
           "（记者 钱多多）\n")
    assert headlines(raw) == ["柳河县今日新增本土确诊病例3例", "白石镇昨日解除封控"]


def test_web_text_printed_without_a_title_takes_none_from_its_sections() -> None:
    # a copy that lost the page title opens with text; the section headings under it
    # (病例分布 / 密接情况) stay in the story and none becomes its headline
    raw = ("4月9日，记者从柳河县疫情防控指挥部获悉，4月8日0—24时，柳河县又有3人确诊，都是在集中隔离点查出。\n"
           "截至4月8日24时，柳河县这一轮共确诊21例，全部病例已转运至定点医院治疗。\n"
           "病例19、20分布情况\n病例19、20：均住城关镇东风社区，此前已作为密接者集中隔离。\n"
           "病例21分布情况\n病例21：住白石乡青松村，此前已作为次密接者居家隔离。\n"
           "（总臺(tái)記者 孔令川 錢多多）\n")
    items, _ = split_page(raw)
    assert headlines(raw) == [None]
    assert [p.kind for p in items[0].parts].count("byline") == 1


def test_reporter_credit_with_a_converter_gloss_is_a_byline() -> None:
    from etl.extract.bylines import standalone_byline

    p = standalone_byline("（總臺(tái)記者 孔令川 錢多多）")
    assert p is not None and [c.name for c in p.contributors] == ["孔令川", "钱多多"]


def test_credit_closing_the_last_untitled_section_joins_the_story_above() -> None:
    # headings sharing words with the text above make the page vote "titles after text";
    # the closing credit under the last section still signs the one story, not a second one
    raw = ("4月9日，记者从柳河县疫情防控指挥部获悉，4月8日0—24时，柳河县又有3人确诊，都是在集中隔离点查出。\n"
           "截至4月8日24时，柳河县这一轮共确诊21例，全部病例已转运至定点医院治疗。\n"
           "新增病例分布情况\n病例19、20：均住城关镇东风社区，此前已作为密接者集中隔离。\n"
           "病例21：住白石乡青松村，此前已作为次密接者居家隔离。\n"
           "密接者管控情况\n以上病例的密切接触者已全部落实集中隔离，相关场所已完成终末消毒。\n"
           "（总台记者 孔令川 钱多多）\n")
    assert len(split_page(raw)[0]) == 1
