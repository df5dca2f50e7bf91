"""Items of web pages, round 16 (third pass): what a one-story page prints around its title.

Each test shows one general mechanism with invented wording, places and dates; none of the
texts comes from a real article.
"""
from __future__ import annotations

from split_helpers import one_item

_PARA = ("东川县防疫指挥部今日发出通知，城关镇全体居民须按社区安排分批参加核酸采样，"
         "采样期间请保持一米间距，全程佩戴口罩，不聚集不扎堆，配合工作人员做好登记。\n")


def test_title_alone_over_marked_picture_lines_keeps_its_story() -> None:
    # a page's title, then a picture's line under a mark (▲), then the story: one item; the
    # title with nothing under it is no item of its own
    raw = ("东川县城关镇开展全员采样！三日内完成两轮检测\n\n"
           "▲▼东川县城关镇居民排队等候采样。（图/某某社）\n\n"
           "▲东川县城关镇居民排队等候采样，工作人员维持秩序。（图/某某社）\n\n"
           "记者江小河/综合报道\n\n" + _PARA + "\n" + _PARA.replace("今日", "昨日"))
    item = one_item(raw)
    assert item.headline is not None and item.headline.startswith("东川县城关镇开展全员采样")


def test_post_title_over_reprinted_notice_title_heads_the_post() -> None:
    # the post's own title (a comma and an exclamation: no title shape alone) printed over
    # the title of the notice it reprints: one item under the post's title
    raw = ("11月3日8时起，东川县城关镇有序恢复通行！\n"
           "关于调整城关镇防控措施的通告\n"
           "全镇广大居民：\n" + _PARA + _PARA.replace("今日", "昨日"))
    item = one_item(raw)
    assert item.headline == "11月3日8时起，东川县城关镇有序恢复通行！"
    assert item.subheadline == "关于调整城关镇防控措施的通告"


def test_wordy_first_paragraph_of_a_web_page_is_its_title() -> None:
    # a portal's title with commas and a semicolon, a paragraph of its own over the text and
    # with no date line under it: still the page's title
    raw = ("东川县昨日新增阳性感染者5例，在城关镇、河口乡；2地发布协查\n\n"
           + _PARA + "\n" + _PARA.replace("今日", "昨日"))
    item = one_item(raw)
    assert item.headline == "东川县昨日新增阳性感染者5例，在城关镇、河口乡；2地发布协查"
