"""Pages whose items start only with an indented line (etl.extract.runs and split_page)."""
from __future__ import annotations

import itertools
import random
import re

import pytest
from page_layouts import STORIES, Story, Where, lay_out
from test_segment import coverage

from etl.extract import runs as rn
from etl.extract.segment import split_page, split_title_run

T = rn.RunTuning()


def _sq(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _items(raw: str) -> list[tuple[str, str]]:
    items, _ = split_page(raw)
    out = []
    for it in items:
        head = "".join(p.text.text for p in it.parts if p.kind == "headline")
        rest = "".join(p.text.text for p in it.parts if p.kind != "headline")
        out.append((_sq(head), _sq(rest)))
    return out


WHERE = ["before", "after", "none"]


@pytest.mark.parametrize("seed", range(12))
def test_generated_pages_give_one_item_per_story_with_its_headline(seed: int) -> None:
    """Every story is one item, whatever width it wraps at and wherever its headline sits."""
    picks = list(itertools.product(WHERE, repeat=len(STORIES)))
    where = list(picks[(seed * 37) % len(picks)])
    raw = lay_out(STORIES, where, seed=seed)
    got = _items(raw)
    assert len(got) == len(STORIES), got
    for (head, text), story, w in zip(got, STORIES, where, strict=False):
        assert _sq(story.body)[10:30] in text
        assert head == (_sq(story.headline) if w != "none" else ""), (w, head)


@pytest.mark.parametrize("seed", range(0, 1500, 11))
def test_shuffled_generated_pages(seed: int) -> None:
    """Random story subsets, orders, widths, headline places and spaced-out lines."""
    rng = random.Random(seed)
    stories = rng.sample(STORIES, rng.randint(2, len(STORIES)))
    where: list[Where] = [rng.choice(WHERE) for _ in stories]  # type: ignore[misc]
    raw = lay_out(stories, where, seed=seed, spaced=0.1)
    got = _items(raw)
    assert [h for h, _ in got] == [_sq(s.headline) if w != "none" else "" for s, w in zip(stories, where, strict=False)]
    items, furniture = split_page(raw)
    coverage(raw, items, furniture)


def test_next_items_headline_under_a_full_closing_line_opens_it() -> None:
    """The story above ends its sentence exactly at the column edge; the headline of the
    next story, printed before it and no wider than the column, is not the story's tail."""
    body = "城西街道今天起恢复各类农贸市场经营，进场人员需要测温扫码并佩戴口罩。" * 2
    width = 17
    assert len(body) % width == 0
    run = [body[i : i + width] for i in range(0, len(body), width)]
    title = _sq(STORIES[2].headline)
    assert len(title) <= width
    rest = lay_out([STORIES[2], STORIES[4], STORIES[3]], ["none", "none", "none"], seed=4, spaced=0)
    raw = "\n\n".join([" " + run[0], *run[1:], title]) + "\n\n" + rest
    assert [h for h, _ in _items(raw)] == ["", title, "", ""]


def test_title_between_two_runs_goes_to_the_run_it_names() -> None:
    """One title line between two headline-less runs: printed after the first story or
    before the second, its words decide."""
    a, b = STORIES[3], STORIES[4]
    for where in (["after", "none"], ["none", "before"]):
        got = _items(lay_out([a, b], where, seed=3, spaced=0))
        heads = [h for h, _ in got]
        assert heads == ([_sq(a.headline), ""] if where[0] == "after" else ["", _sq(b.headline)])


def test_two_titles_between_runs_split_one_each() -> None:
    got = _items(lay_out(STORIES[:3], ["none", "after", "before"], seed=5, spaced=0))
    assert [h for h, _ in got] == ["", _sq(STORIES[1].headline), _sq(STORIES[2].headline)]


def test_title_of_column_width_after_a_closing_credit_is_a_headline() -> None:
    """A run ending with ``。（记者 X）`` on a full line: the next line, even as wide as the
    column, is the headline printed after it, not the run's last line."""
    body = (
        "南城区今日起恢复公交运行，首末班时间照常不变，部分线路临时绕行避开管控区域。"
        "市民乘车需全程佩戴口罩并主动扫码登记。（记者陶知远）"
    )
    width = 16
    run = [body[i : i + width] for i in range(0, len(body), width)]
    assert len(run[-1]) == width
    title = "南城区公交恢复运行首末班照常不变"
    assert len(title) == width
    rest = lay_out(STORIES[3:5], ["none", "none"], seed=1, spaced=0)
    raw = "\n\n".join([" " + run[0], *run[1:], title]) + "\n\n" + rest
    got = _items(raw)
    assert [h for h, _ in got] == [_sq(title), "", ""]


def test_signature_line_after_a_sentence_end_stays_in_the_run() -> None:
    """An issuing office and its date after a full closing line end the notice: body."""
    got = _items(lay_out([STORIES[1], STORIES[3]], ["before", "none"], seed=2, spaced=0))
    assert got[0][0] == _sq(STORIES[1].headline)
    assert got[0][1].endswith("2022年6月2日")


def _shape(width: int, indented: bool = False, closes: bool = False, joint: bool = False) -> rn.LineShape:
    return rn.LineShape(width, indented, closes, joint=joint)


def test_a_page_indenting_every_paragraph_is_read_the_usual_way() -> None:
    shapes = []
    for _ in range(8):  # paragraphs of four lines, each indented
        shapes += [_shape(14, indented=True), _shape(14), _shape(14), _shape(6, closes=True)]
    assert rn.find_openers(shapes, T) is None


def test_unindented_run_starts_mean_no_indented_layout() -> None:
    """Seed-style pages: runs start unindented after headlines; an indented lead is not enough."""
    shapes = [_shape(9), _shape(14, indented=True), *[_shape(14)] * 8, _shape(5, closes=True)]
    shapes += [_shape(10), *[_shape(13)] * 8, _shape(4, closes=True)]
    shapes += [_shape(8), _shape(13, indented=True), *[_shape(13)] * 6, _shape(3, closes=True)]
    assert rn.find_openers(shapes, T) is None


def test_wrap_artifact_indent_inside_a_run_is_no_opener() -> None:
    """`` 月 12 日起`` after a full line ending in a digit is the same sentence wrapped."""
    run = [_shape(13, indented=True), *[_shape(13)] * 5, _shape(13, indented=True, joint=True), *[_shape(13)] * 5]
    page = [*run, _shape(7, closes=True), _shape(15, indented=True), *[_shape(15)] * 9, _shape(4, closes=True)]
    assert rn.find_openers(page, T) == [0, 13]


def test_assign_gaps_cuts_each_gap_once_by_overlap() -> None:
    head = (0,)
    runs = [rn.Run(1, 5, (5, 6)), rn.Run(7, 12, (12,))]
    score = {(0, 0): 0.7, (5, 0): 0.8, (5, 1): 0.1, (6, 0): 0.0, (6, 1): 0.9, (12, 1): 0.2}
    assert rn.assign_gaps(head, runs, score, T) == [(0, 5), (6, 12)]


def test_assign_gaps_gives_a_lone_line_to_the_run_it_overlaps_most() -> None:
    runs = [rn.Run(0, 5, (5,)), rn.Run(6, 10, ())]
    assert rn.assign_gaps((), runs, {(5, 0): 0.2, (5, 1): 0.7}, T) == [(), (5,)]
    assert rn.assign_gaps((), runs, {(5, 0): 0.7, (5, 1): 0.2}, T) == [(5,), ()]


def test_headline_after_a_full_closing_line_is_detached_from_the_run() -> None:
    """``…及时就医。`` fills the last line; the headline under it, narrower than the
    column, restates the story: it is no body line."""
    title = rn.LineShape(11, False, False, title=True)
    shapes = [_shape(15, indented=True), *[_shape(15)] * 5, _shape(15, closes=True), title]
    run = rn.Run(0, 8, ())
    assert rn.detach_title(shapes, run, 0.8, 0.0, T) == rn.Run(0, 7, (7,))
    assert rn.detach_title(shapes, run, 0.0, 0.8, T) == rn.Run(0, 7, (7,))  # the next story's
    assert rn.detach_title(shapes, run, 0.1, 0.1, T) == run  # a last line that does not restate it
    signed = [*shapes[:-1], rn.LineShape(11, False, False, title=True, signed=True)]
    assert rn.detach_title(signed, run, 0.8, 0.0, T) == run  # an issuing office signs the notice


def test_truncated_run_gives_up_a_line_only_to_the_next_story() -> None:
    """A run cut off mid-sentence: its last line is the next item's headline only when it
    names the next story clearly more than its own."""
    title = rn.LineShape(11, False, False, title=True)
    shapes = [_shape(14, indented=True), *[_shape(14)] * 6, _shape(13), title]
    run = rn.Run(0, 9, ())
    assert rn.detach_title(shapes, run, 0.0, 0.9, T) == rn.Run(0, 8, (8,))
    assert rn.detach_title(shapes, run, 0.6, 0.0, T) == run
    assert rn.detach_title(shapes, run, 0.5, 0.6, T) == run


def test_shipped_tuning_loads() -> None:
    t = rn.tuning()
    assert t.width_tolerance >= 1 and t.max_gap_lines >= 2 and isinstance(STORIES[0], Story)


def test_split_title_run_cuts_where_the_words_belong() -> None:
    """The headline-run split alone: two lines between two articles, the first naming the
    story above, the second the story below."""
    assert split_title_run([0.9, 0.0], [0.1, 0.8], prev_wants=False, next_wants=False) == 1
    assert split_title_run([0.0, 0.0], [0.5, 0.5], prev_wants=False, next_wants=False) == 0
    assert split_title_run([0.2, 0.2], [0.0, 0.0], prev_wants=False, next_wants=False) == 2


def test_split_title_run_gives_an_article_lacking_a_headline_one_line() -> None:
    """Both articles lack a headline: a two-line run is shared even when the words lean
    towards one side."""
    assert split_title_run([0.3, 0.1], [0.4, 0.5], prev_wants=True, next_wants=True) == 1
    assert split_title_run([0.3], [0.4], prev_wants=True, next_wants=False, want=1.0) == 1


def test_forum_header_and_repost_note_are_furniture_not_headlines() -> None:
    """A forum post header (``… 发表于 日期 时间``) above the title and a repost note in
    brackets at the end are page chrome: the title stays the headline, nothing is taken
    for a headline printed after the article."""
    raw = (
        "河湾社区小编 发表于 2022-4-9 08:15:32\n"
        "东柳县城区开展核酸检测演练\n"
        "4月8日上午，东柳县在城区三个街道组织核酸检测演练，检验采样点设置和人员调度。\n"
        "演练共设置采样点四十个，参与群众一万余人。\n"
        "（本文来自某某新闻客户端，更多资讯请下载某某新闻APP）\n"
    )
    items, furniture = split_page(raw)
    assert len(items) == 1
    heads = [p.text.text for p in items[0].parts if p.kind == "headline"]
    assert heads == ["东柳县城区开展核酸检测演练"]
    assert any("发表于" in p.text.text for p in furniture)
    assert any("本文来自" in p.text.text for p in furniture)


def test_credit_tail_wrapped_onto_the_last_line_is_no_headline() -> None:
    """``…（来源：松`` / ``岩发布）``: a bracket closed on a line but opened above it is the
    tail of the credit, not a title, even when its words recur in the next story."""
    body = STORIES[5].body
    width = next(w for w in range(11, 18) if len(body) % w == 4)
    run = [body[i : i + width] for i in range(0, len(body), width)]
    assert run[-1].endswith("发布）")
    rest = lay_out([STORIES[4], STORIES[3]], ["none", "none"], seed=2, spaced=0)
    raw = "\n\n".join([" " + run[0], *run[1:]]) + "\n\n" + rest
    got = _items(raw)
    assert [h for h, _ in got] == ["", "", ""]
    assert got[0][1].endswith("发布）")


def test_spaced_out_opener_after_a_title_of_the_same_width_opens_an_item() -> None:
    """An indented line spaced out character by character (`` 1 1 月 2 0 日 …``) under a
    headline as wide as the runs around it is an item's first line, not a wrap artifact."""
    page = [_shape(15, indented=True), *[_shape(15)] * 5, _shape(15, closes=True), _shape(15)]
    page += [_shape(15, indented=True), *[_shape(15)] * 6, _shape(4, closes=True)]
    assert rn.find_openers(page, T) == [0, 8]


def test_indents_inside_the_column_are_paragraphs_not_items() -> None:
    """Long paragraphs indented by two full-width spaces (each first line two characters
    narrower than the column): paragraphs of articles, read the usual way."""
    shapes = []
    for _ in range(4):
        shapes += [_shape(12, indented=True), *[_shape(14)] * 8, _shape(5, closes=True)]
    assert rn.find_openers(shapes, T) is None
    runs_page = []
    for w in (14, 12, 16, 13):
        runs_page += [_shape(w, indented=True), *[_shape(w)] * 8, _shape(5, closes=True)]
    assert rn.find_openers(runs_page, T) == [0, 10, 20, 30]


def test_misspelt_tuning_key_is_an_error_naming_it() -> None:
    with pytest.raises(ValueError, match="widht_tolerance"):
        rn.tuning_from({**rn.RunTuning().__dict__, "widht_tolerance": 1})
