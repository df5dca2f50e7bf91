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
