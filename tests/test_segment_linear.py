"""Splitting a page costs time in proportion to its length, however many of its lines are
marked (▲, ■): a marked line is a brief only with another mark near it, and finding that
out must not compare every mark with every other one."""
from __future__ import annotations

import time

from etl.extract.segment import split_page


def _marked_page(marks: int) -> str:
    """A long web page whose picture captions are marked, each far from the next."""
    blocks = []
    for i in range(marks):
        paragraphs = "\n".join(f"　　江北区第{i}号小区今天的第{k}段正文，说的是排查和复工的事情。" for k in range(4))
        blocks.append(f"▲第{i}号小区门口的志愿者\n{paragraphs}")
    return "\n".join(blocks)


def _cpu(marks: int) -> float:
    page = _marked_page(marks)
    start = time.process_time()
    split_page(page)
    return time.process_time() - start


def test_many_lone_marked_lines_split_in_linear_time() -> None:
    """Four times the marks cost less than eight times the CPU (a pairwise test costs sixteen)."""
    _cpu(50)  # warm the vocabulary and patterns
    small, large = _cpu(1000), _cpu(4000)
    assert large < 8 * small, (small, large)
