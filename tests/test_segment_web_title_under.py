"""Lines a web page prints under its title are never the title: a reporter's credit line over
the date-and-source line, a credit line that goes on with the source field, and the post's bare
date and time. Over the last two, a title with kicker words (a slogan, a column tag in 【】) is
the title, not a kicker. A 原标题 label before a title is cut off even with a converter's pinyin
glosses inside it. Texts are invented."""
from __future__ import annotations

from test_segment_web_titles import headlines


def test_reporter_credit_over_a_date_and_source_line_is_not_the_title() -> None:
    raw = ("青松镇为居家观察的返乡人员送上年货\n某某晚报记者 王立新\n"
           "2021-01-20 18:12:05 发布来源：某某晚报\n"
           "连日来，青松镇对120名返乡人员落实居家观察措施，镇村干部每天为他们测量体温、送去生活物资。\n")
    assert headlines(raw) == ["青松镇为居家观察的返乡人员送上年货"]


def test_kicker_worded_title_over_a_credit_and_source_line() -> None:
    raw = ("2022年3月4日 星期五\n\n柳河抗疫进行时\n\n"
           "某某报记者 李文博  来源：某某报  （2022年3月4日   05 版）\n\n"
           "    3月3日，柳河县启动新一轮区域核酸检测，城区各小区居民在楼下排队等候采样，工作人员现场消杀。\n\n"
           "    3月1日、2日，柳河县接连两日出现本土确诊病例，县疫情防控指挥部随即发布通告，要求居民非必要不出小区。\n\n"
           "    家住城东社区的老周说，采样点离家只有几十米，排队十多分钟就做完了，社区还安排了志愿者上门为老人采样。\n")
    assert headlines(raw) == ["柳河抗疫进行时"]


def test_column_tag_title_over_the_posts_date_and_time() -> None:
    raw = ("【同心抗疫 共克时艰】青松镇：为返乡人员开展免费核酸检测\n\n03-12 09:30\n\n"
           "3月11日，青松镇在文化广场设置核酸采样点，为全镇800余名返乡人员免费开展核酸检测，现场分区排队。\n\n"
           "采样点划分为等候区、登记区和采样区，工作人员提前按村分配采样时间，避免人员聚集。\n")
    assert headlines(raw) == ["【同心抗疫共克时艰】青松镇：为返乡人员开展免费核酸检测"]


def test_original_title_label_with_a_converters_pinyin_gloss_is_cut_off() -> None:
    raw = ("原標(biāo)題:江西某縣新增3例本土無(wú)癥狀感染者\n"
           "今天(5月8日)上午,江西省某縣召開新聞發(fā)布會(huì),介紹疫情防控最新情況。\n"
           "發(fā)布會(huì)上通報(bào),5月7日該縣在對(duì)重點(diǎn)人群開展核酸檢測時(shí)發(fā)現(xiàn)3人結(jié)果呈陽性,均已轉(zhuǎn)運(yùn)至定點(diǎn)醫(yī)院。\n")
    assert headlines(raw) == ["江西某县新增3例本土无症状感染者"]
