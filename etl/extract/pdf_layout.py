"""Page structure from positioned glyphs: lines, blocks, reading order, articles, roles.

Pure geometry on what a PDF text layer gives (each glyph's box, font size and weight, plus
rules and figures), so it is tested without a PDF library. Steps: glyphs -> lines on one
baseline -> blocks of lines in one column and size -> page furniture cut off (header above
the top rule, jump lines, page numbers) -> reading order by recursive XY cuts (columns and
bands of a newspaper page are separated by white space) -> articles: every run of title-size
blocks opens one; the largest of the run is the headline, smaller ones before it the kicker
(引题) and after it the subtitle (副题); small type is caption.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from etl.extract import vocabulary
from etl.extract.blocks import LaidArticle


@dataclass(frozen=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float

    def union(self, other: Box) -> Box:
        return Box(min(self.x0, other.x0), min(self.top, other.top), max(self.x1, other.x1),
                   max(self.bottom, other.bottom))

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class Glyph:
    ch: str
    box: Box
    size: float
    bold: bool = False


@dataclass
class PageGlyphs:
    """What the PDF reader gives for one page (top-left origin, points)."""

    number: int
    width: float
    height: float
    glyphs: list[Glyph]
    rules: list[Box] = field(default_factory=list)  # thin horizontal lines
    figures: list[Box] = field(default_factory=list)  # images and filled shapes


@dataclass
class _Line:
    text: str
    box: Box
    size: float
    bold: bool


@dataclass
class _Block:
    lines: list[_Line]
    box: Box
    size: float
    bold: bool
    role: str = "body"  # title | body | small | figure | furniture


@dataclass
class PageLayout:
    number: int
    furniture: list[str]
    articles: list[LaidArticle]
    newspaper: str | None = None
    edition_date: date | None = None
    edition: str | None = None  # as printed in the edition line, e.g. A02


_CONF = vocabulary.load("pdf_layout")  # read once at import, never changed
_PATTERNS = {name: re.compile(p) for name, p in _CONF["patterns"].items()}


def _conf() -> dict:
    return _CONF


def _pattern(name: str) -> re.Pattern[str]:
    return _PATTERNS[name]


# --- lines and blocks -------------------------------------------------------------------


def _body_size(glyphs: list[Glyph]) -> float:
    """The font size carrying most characters: the body text's."""
    sizes = Counter(round(g.size, 1) for g in glyphs if not g.ch.isspace())
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _lines(glyphs: list[Glyph], body: float) -> list[_Line]:
    """Glyphs on one baseline, of one size, without a wide gap, make a line.

    The gap is measured in body-size units even for headlines: two headlines of
    neighbouring columns on one baseline are a gutter apart, and gutters are body-sized.
    A headline set with letter-spacing keeps its even gaps: a gap splits only when it is
    also well over the gaps on either side of it.
    """
    gap = _conf()["distances"]["line_gap"] * body
    out: list[_Line] = []
    for row in _rows(glyphs):
        row.sort(key=lambda g: g.box.x0)
        gaps = [max(0.0, b.box.x0 - a.box.x1) for a, b in pairwise(row)]
        cur: list[Glyph] = [row[0]]
        for i, g in enumerate(row[1:]):
            near = min(gaps[max(0, i - 1) : i] + gaps[i + 1 : i + 2], default=0.0)
            if gaps[i] > max(min(gap, g.size), 1.5 * near + 1):
                out.append(_make_line(cur))
                cur = []
            cur.append(g)
        out.append(_make_line(cur))
    return [ln for ln in out if ln.text.strip()]


def _rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs of one size whose baselines lie within a fifth of that size of each other."""
    rows: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (round(g.size, 1), g.box.bottom)):
        last = rows[-1][-1] if rows else None
        if (last is not None and round(last.size, 1) == round(g.size, 1)
                and g.box.bottom - last.box.bottom <= 0.2 * g.size):
            rows[-1].append(g)
        else:
            rows.append([g])
    return rows


def _make_line(glyphs: list[Glyph]) -> _Line:
    box = glyphs[0].box
    for g in glyphs[1:]:
        box = box.union(g.box)
    bold = sum(g.bold for g in glyphs) * 2 > len(glyphs)
    return _Line("".join(g.ch for g in glyphs), box, glyphs[0].size, bold)


def _blocks(lines: list[_Line]) -> list[_Block]:
    """Stack lines into blocks: same size and weight, overlapping columns, close below."""
    gap = _conf()["distances"]["block_gap"]
    blocks: list[_Block] = []
    for ln in sorted(lines, key=lambda ln: (ln.box.top, ln.box.x0)):
        for b in reversed(blocks):
            last = b.lines[-1].box
            if (abs(b.size - ln.size) < 0.05 * ln.size and b.bold == ln.bold
                    and 0 <= ln.box.top - last.bottom < gap * ln.size
                    and _overlap(last, ln.box) > 0.5 * min(last.width, ln.box.width)
                    and ln.box.x0 > b.box.x0 - ln.size):
                b.lines.append(ln)
                b.box = b.box.union(ln.box)
                break
        else:
            blocks.append(_Block([ln], ln.box, ln.size, ln.bold))
    return blocks


def _inside(a: Box, b: Box) -> bool:
    """Whether a's centre lies in b (text over a tinted background is not beside a figure)."""
    cx, cy = (a.x0 + a.x1) / 2, (a.top + a.bottom) / 2
    return b.x0 <= cx <= b.x1 and b.top <= cy <= b.bottom


def _overlap(a: Box, b: Box) -> float:
    return max(0.0, min(a.x1, b.x1) - max(a.x0, b.x0))


def _paragraphs(b: _Block) -> list[str]:
    """A block's lines re-joined; a paragraph ends at a short line or before an indented one."""
    d = _conf()["distances"]
    paras: list[list[str]] = [[]]
    for i, ln in enumerate(b.lines):
        indented = ln.box.x0 > b.box.x0 + d["indent"] * ln.size or ln.text.startswith("\u3000")
        if i and indented and paras[-1]:
            paras.append([])
        paras[-1].append(ln.text)
        if ln.box.x1 < b.box.x1 - d["short_line"] * ln.size and i < len(b.lines) - 1:
            paras.append([])
    return ["".join(p).strip() for p in paras if "".join(p).strip()]


# --- furniture --------------------------------------------------------------------------


def _header_bottom(page: PageGlyphs) -> float:
    """The y above which everything is page header: the top rule, else a thin edge band."""
    bands = _conf()["bands"]
    rules = [r for r in page.rules
             if r.top < page.height * bands["header_rule"] and r.width >= page.width * bands["rule_width"]]
    if rules:
        return max(r.bottom for r in rules)
    return page.height * bands["edge"]


def _furniture_text(text: str) -> bool:
    """A jump line (下转第3版) or a bare page number, wherever it is printed."""
    text = "".join(text.split())
    return bool(_pattern("jump").match(text) or _pattern("page_number").match(text))


def _is_furniture(b: _Block, page: PageGlyphs, header: float) -> bool:
    return b.box.bottom <= header + 0.5 or b.box.top >= page.height * (1 - _conf()["bands"]["edge"])


def _page_facts(texts: list[str]) -> tuple[str | None, date | None, str | None]:
    """Paper name, date and edition from the page header lines."""
    joined = " ".join(texts)
    paper = next((m.group(1) for t in texts if (m := _pattern("paper").search(t))), None)
    day = None
    if m := _pattern("date").search(joined):
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            day = None
    ed = _pattern("edition").search(joined)
    return paper, day, ed.group(1) if ed else None


# --- reading order ----------------------------------------------------------------------


def _cut(items: list[_Block], horizontal: bool, min_gap: float) -> list[list[_Block]]:
    """Split blocks where a white gap runs across all of them (horizontally or vertically).

    Gaps narrower than ``min_gap`` do not count: a headline set a point below the headline
    of the next column is no band boundary.
    """
    lo = (lambda b: b.box.top) if horizontal else (lambda b: b.box.x0)
    hi = (lambda b: b.box.bottom) if horizontal else (lambda b: b.box.x1)
    groups: list[list[_Block]] = []
    reach = float("-inf")
    for b in sorted(items, key=lo):
        if groups and lo(b) < reach + min_gap:
            groups[-1].append(b)
            reach = max(reach, hi(b))
        else:
            groups.append([b])
            reach = hi(b)
    return groups


def _open_title(row: list[_Block], body: float) -> bool:
    """A strip ending, in some columns, with a title or a figure, beside other columns.

    Headlines of neighbouring articles on one line, a headline level with another
    article's byline, a photo whose caption and text follow below: cutting under the strip
    would read them away from what follows them. A strip holding one article's titles
    alone (kicker, headline, subtitle) may be cut off.
    """
    bottom = max(b.box.bottom for b in row)
    for t in row:
        if t.role not in ("title", "figure") or t.box.bottom < bottom - _conf()["distances"]["strip_end"] * body:
            continue
        if any(_overlap(t.box, b.box) > 0 and b.box.top > t.box.top for b in row if b is not t):
            continue
        if any(_overlap(t.box, b.box) <= 0 for b in row if b is not t):
            return True
    return False


def reading_order(blocks: list[_Block], body: float) -> list[_Block]:
    """Recursive XY cut: bands top to bottom, and within a band columns left to right."""
    if len(blocks) <= 1:
        return blocks
    min_gap = _conf()["distances"]["cut_gap"] * body
    rows: list[list[_Block]] = []
    for row in _cut(blocks, True, min_gap):
        if rows and _open_title(rows[-1], body):
            rows[-1] = rows[-1] + row  # a headline beside other columns stays with its body below
        else:
            rows.append(row)
    if len(rows) > 1:
        return [b for g in rows for b in reading_order(g, body)]
    cols = _cut(blocks, False, min_gap)
    if len(cols) > 1:
        return [b for g in cols for b in reading_order(g, body)]
    return sorted(blocks, key=lambda b: (b.box.top, b.box.x0))


# --- articles ---------------------------------------------------------------------------


def _roles(blocks: list[_Block], body: float) -> None:
    """Mark title, body and small blocks by size against the body size."""
    sizes = _conf()["sizes"]
    for b in blocks:
        if b.role == "body":
            b.role = ("title" if b.size >= body * sizes["title"]
                      else "small" if b.size < body * sizes["small"] else "body")


def _title_roles(run: list[_Block]) -> list[tuple[str, _Block]]:
    """In a run of title blocks the largest is the headline, before it kickers, after it subtitles.

    Between titles of one size the bold one is the headline (a bold headline under a kicker
    set in the same size).
    """
    top = max(range(len(run)), key=lambda i: (round(run[i].size, 1), run[i].bold, -i))
    out = []
    for i, b in enumerate(run):
        text = "".join(ln.text for ln in b.lines)
        role = "headline" if i == top else "kicker" if i < top else "subtitle"
        if role == "headline" and i > 0 and _pattern("subtitle_mark").match(text.strip()):
            role = "subtitle"
        out.append((role, b))
    return out


def _group(ordered: list[_Block], number: int) -> list[LaidArticle]:
    """Articles along the reading order: each run of titles opens one."""
    arts: list[list[tuple[str, _Block]]] = []
    run: list[_Block] = []
    for b in [*ordered, None]:
        if b is not None and b.role == "title":
            run.append(b)
            continue
        if run:
            arts.append(_title_roles(run))
            run = []
        if b is None or b.role == "figure":
            continue
        if not arts:
            arts.append([])
        arts[-1].append(("caption" if b.role == "small" else "body", b))
    return [_laid(a, number) for a in arts if a]


def _runs_on(prev: _Block, nxt: _Block) -> bool:
    """A paragraph continued from the bottom of one column to the top of the next."""
    last, first = prev.lines[-1], nxt.lines[0]
    d = _conf()["distances"]
    full = last.box.x1 >= prev.box.x0 + max(prev.box.width, nxt.box.width) - d["short_line"] * last.size
    indented = first.box.x0 > nxt.box.x0 + d["indent"] * first.size or first.text.startswith("\u3000")
    return full and not indented and not last.text.rstrip().endswith(("。", "！", "？", "”", "）"))


def _laid(blocks: list[tuple[str, _Block]], number: int) -> LaidArticle:
    box = blocks[0][1].box
    for _, b in blocks[1:]:
        box = box.union(b.box)
    out: list[tuple[str, str]] = []
    prev: _Block | None = None
    for role, b in blocks:
        if role == "body":
            paras = _paragraphs(b)
            if prev is not None and out and out[-1][0] == "body" and _runs_on(prev, b):
                out[-1] = ("body", out[-1][1] + paras.pop(0))
            out.extend(("body", p) for p in paras)
            prev = b
        elif role == "caption":
            out.append(("caption", "".join(ln.text for ln in b.lines).strip()))
        else:
            out.append((role, "".join(ln.text.strip() for ln in b.lines)))
    bbox = (round(box.x0, 1), round(box.top, 1), round(box.x1, 1), round(box.bottom, 1))
    return LaidArticle(out, number, bbox)


def analyse(page: PageGlyphs) -> PageLayout:
    """Furniture and articles of one page, in reading order."""
    body = _body_size(page.glyphs)
    lines = _lines(page.glyphs, body)
    marks = [ln for ln in lines if _furniture_text(ln.text)]
    header = _header_bottom(page)
    furniture: list[_Block] = [_Block([ln], ln.box, ln.size, ln.bold) for ln in marks]
    content: list[_Block] = []
    for b in _blocks([ln for ln in lines if not _furniture_text(ln.text)]):
        (furniture if _is_furniture(b, page, header) else content).append(b)
    _roles(content, body)
    figures = [_Block([], f, 0.0, False, "figure") for f in page.figures if not any(_inside(b.box, f) for b in content)]
    ordered = reading_order(content + figures, body)
    furn_text = [ln.text.strip() for b in sorted(furniture, key=lambda b: (b.box.top, b.box.x0)) for ln in b.lines]
    paper, day, edition = _page_facts([t for b in furniture if b.box.bottom <= header + 0.5
                                       for t in (ln.text for ln in b.lines)])
    return PageLayout(page.number, furn_text, _group(ordered, page.number), paper, day, edition)


__all__ = ["Box", "Glyph", "PageGlyphs", "PageLayout", "analyse", "reading_order"]
