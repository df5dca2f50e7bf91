"""Page structure from positioned glyphs, without a PDF: lines, reading order, title roles."""
from __future__ import annotations

from etl.extract.pdf_layout import Box, Glyph, PageGlyphs, analyse

W, H = 600.0, 800.0


def text(x: float, y: float, size: float, chars: str, spacing: float = 0.0, bold: bool = False) -> list[Glyph]:
    """Glyphs of one line, each a square of the font size, starting at (x, y) (top-left)."""
    out = []
    for i, ch in enumerate(chars):
        x0 = x + i * (size + spacing)
        out.append(Glyph(ch, Box(x0, y, x0 + size, y + size), size, bold))
    return out


def column(x: float, y: float, lines: list[str], size: float = 10.0) -> list[Glyph]:
    return [g for i, ln in enumerate(lines) for g in text(x, y + i * size * 1.5, size, ln)]


BODY_A = ["　　青禾县今天开展全员核酸检测工作，", "设采样点一百二十个，组织医护人员八百", "余人参加采样。"]
BODY_B = ["　　各乡镇落实值守制度，对返乡人员逐", "一登记，确保应检尽检、不漏一人，各村", "同步开展环境消杀。"]


def page(glyphs: list[Glyph], rules: list[Box] | None = None) -> PageGlyphs:
    header = text(40, 20, 9, "青禾日报") + text(250, 20, 9, "2022年12月3日") + text(500, 20, 9, "第A02版")
    return PageGlyphs(1, W, H, header + glyphs, rules if rules is not None else [Box(40, 34, 560, 35)], [])


def test_spanning_headline_over_two_columns_and_header() -> None:
    glyphs = text(40, 60, 22, "全县开展核酸检测") + column(40, 100, BODY_A) + column(320, 100, BODY_B)
    layout = analyse(page(glyphs))
    assert str(layout.edition_date) == "2022-12-03" and layout.newspaper == "青禾日报" and layout.edition == "A02"
    (art,) = layout.articles
    assert art.blocks[0] == ("headline", "全县开展核酸检测")
    assert [r for r, _ in art.blocks] == ["headline", "body", "body"]
    assert art.blocks[1][1].startswith("青禾县今天") and art.blocks[2][1].endswith("同步开展环境消杀。")


def test_neighbouring_headlines_on_one_line_stay_with_their_columns() -> None:
    glyphs = (text(40, 60, 22, "青禾县开展检测") + text(320, 60, 22, "各乡镇落实值守")
              + column(40, 100, BODY_A) + column(320, 100, BODY_B))
    heads = [a.blocks[0][1] for a in analyse(page(glyphs)).articles]
    assert heads == ["青禾县开展检测", "各乡镇落实值守"]


def test_letter_spaced_headline_is_one_line() -> None:
    glyphs = text(40, 60, 22, "抗疫一线", spacing=14) + column(40, 100, BODY_A)
    (art,) = analyse(page(glyphs)).articles
    assert art.blocks[0] == ("headline", "抗疫一线")


def test_kicker_headline_subtitle_by_size_and_weight() -> None:
    glyphs = (text(40, 50, 14, "众志成城") + text(40, 72, 14, "全县开展核酸检测", bold=True)
              + text(40, 94, 12, "——青禾县防控工作侧记") + column(40, 120, BODY_A))
    (art,) = analyse(page(glyphs)).articles
    assert art.blocks[:3] == [("kicker", "众志成城"), ("headline", "全县开展核酸检测"), ("subtitle", "——青禾县防控工作侧记")]


def test_jump_line_and_page_number_are_furniture() -> None:
    glyphs = text(40, 60, 22, "全县开展核酸检测") + column(40, 100, BODY_A) + text(200, 150, 10, "（下转第3版）") + text(295, 770, 9, "2")
    layout = analyse(page(glyphs))
    assert "（下转第3版）" in layout.furniture
    assert all("下转" not in t for _, t in layout.articles[0].blocks)
