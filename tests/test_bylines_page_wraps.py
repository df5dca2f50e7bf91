"""Bylines an article prints on their own line that a page dump runs into its neighbours
(white space dropped, lines hard-wrapped at a narrow width): each case here is found in
the article and must survive the page layout. All names, places and dates are invented."""
from __future__ import annotations

import pytest

from etl.extract.bylines import scan_line


def _people(line: str) -> set[tuple[str, str]]:
    return {(c.name, c.role) for f in scan_line(line) for c in f.contributors}


def _page(head: str, run: str, width: int = 13, head_after: bool = False) -> str:
    """One item as a page dump prints it: the run wrapped with blank lines between, its first
    line indented by a space, the headline on its own line before or after it."""
    lines = [run[k : k + width] for k in range(0, len(run), width)]
    lines[0] = " " + lines[0]
    return "\n\n".join([*lines, head] if head_after else [head, *lines]) + "\n"


def _page_people(raw: str) -> set[tuple[str, str]]:
    from tests.test_bylines import page_roles

    return page_roles(raw)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a caption's credit glued to the caption and to the next caption after it
        ("图为东坪镇采样点的居民排队等候。符晓岚摄图为志愿者在登记", {("符晓岚", "photographer")}),
        # two photographers glued, the credit closing the line
        ("医护人员在小区门口为居民采样。邵凯文杜若摄", {("邵凯文", "photographer"), ("杜若", "photographer")}),
        # glued to a date opening the next paragraph
        ("白河广场上的临时检测点。柯远帆摄10月9日以来", {("柯远帆", "photographer")}),
    ],
)
def test_bare_photo_credit_glued_to_its_caption(line: str, want: set[tuple[str, str]]) -> None:
    assert _people(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "工作人员正在整理物资。我们摄下了这一幕",  # 摄 a verb (摄下)
        "活动结束后。大家摄影留念",  # no surname-led name before the marker
    ],
)
def test_glued_text_with_a_photo_word_is_no_credit(line: str) -> None:
    assert _people(line) == set()


def test_byline_line_cut_inside_a_name_is_read_over_the_wrap() -> None:
    # the item opens with its credit line; the wrap falls inside the last reporter's name,
    # and the photographer's credit runs on into the next line
    run = ("东河晚报记者甘若溪邵文博/文雷鸣/图6月9日上午,东河镇在镇文化广场设立临时采样点,"
           "组织镇区居民分批参加核酸检测,行动不便的老人由网格员上门采样。")
    raw = _page("东河镇设立临时采样点", run, width=11)
    assert " 东河晚报记者甘若溪邵文\n" in raw  # the cut this test is about
    assert _page_people(raw) == {("甘若溪", "reporter"), ("邵文博", "reporter"), ("雷鸣", "photographer")}


def test_closing_bracket_credit_cut_inside_a_name_is_read_to_its_close() -> None:
    # a credit bracket closing the item on lines of its own, wrapped inside the second name,
    # an editor field after the close
    lines = [" 南坡村今天解除临时管控,村口", "卡点同步撤除,村民生产生活恢", "复正常,防控转入常态化管理。",
             "(中央台记者鲁天成岑", "波)【编辑:孔明】", "南坡村解除临时管控"]
    raw = "\n\n".join(lines) + "\n"
    assert _page_people(raw) >= {("鲁天成", "reporter"), ("岑波", "reporter")}


def test_byline_line_of_an_article_is_not_joined_to_the_paragraph_under_it() -> None:
    # an article prints its dateline byline on a line of its own and indents the paragraph
    # after it: the name ends at the line's end, the next line's first word is no part of it
    raw = ("西岭县完成第三轮核酸检测\n\n2021-04-11 来源:西岭日报 记者邬晴\n\n"
           "  从4月9日起,西岭县在城区设立采样点四十个,组织居民分批参加核酸检测。\n")
    assert _page_people(raw) == {("邬晴", "reporter")}


def test_byline_line_followed_by_a_field_line_keeps_its_name() -> None:
    # a credit line, then the next field's label on the line under it (no wrap inside a name)
    raw = ("东湖社区的一天\n\n东湖社区今天开展了第二轮核酸检测,居民有序排队。\n\n"
           "记者丨柯定文\n\n剪辑丨岑小雨\n")
    assert ("柯定文", "reporter") in _page_people(raw)


def test_report_marker_cut_by_the_wrap_still_credits_the_story() -> None:
    # 摄影报道 split over two lines: the line alone reads a photo credit (摄影), the joined
    # reading sees the report marker and credits the story as well
    lines = [" 东湖社区的居民今天有序参加", "第二轮核酸检测,现场秩序井然", "。图为东湖社区的采样点。区",
             "融媒记者岑远邬小禾摄影报", "道", "东湖社区开展第二轮核酸检测"]
    raw = "\n\n".join(lines) + "\n"
    got = _page_people(raw)
    assert {("岑远", "reporter"), ("邬小禾", "reporter")} <= got


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a closing bracket: two names, then a province and a prefecture, then 报道
        ("复工复产正在有序推进。(记者柯定文邬晴湖南岳阳报道)", {("柯定文", "reporter"), ("邬晴", "reporter")}),
        # one name and one place
        ("居民们情绪稳定。(记者岑小雨江西报道)", {("岑小雨", "reporter")}),
    ],
)
def test_places_glued_to_the_names_in_a_bracket_are_where_the_report_came_from(
        line: str, want: set[tuple[str, str]]) -> None:
    assert _people(line) == want


def test_production_credits_glued_after_the_reporter_end_the_name() -> None:
    # a video report's credits run together: the director's label ends the reporter's name
    got = _people("制片人丨邬小禾记者丨柯定文编导丨岑远责任编辑:孔明")
    assert ("柯定文", "reporter") in got
    assert not {n for n, r in got if r == "reporter"} - {"柯定文"}


@pytest.mark.parametrize(
    "line",
    [
        # the team's credit glued to the body that follows it
        "西岭县战疫融媒报道组邬晴柯定文报道连日来,西岭县各乡镇",
        # the same credit alone, spaces dropped
        "西岭县战疫融媒报道组邬晴柯定文报道",
    ],
)
def test_team_credit_with_its_spaces_dropped(line: str) -> None:
    assert _people(line) == {("邬晴", "reporter"), ("柯定文", "reporter")}


def test_report_word_in_running_text_is_no_team_credit() -> None:
    assert _people("据西岭县战疫融媒报道组报道连日来") == set()
