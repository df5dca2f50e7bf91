"""Reading e-paper PDFs: each page's glyphs with boxes and sizes, rules and figures.

pdfminer.six (MIT; pure Python, the engine of pdfplumber, used directly: 1.6 times faster
than through pdfplumber) reads the text layer. pypdfium2 (Apache-2.0 / BSD) reads glyphs
about 2.6 times faster (benchmarks/bench_pdf.py, docs/inputs.md); an early comparison found
it short of one-character lines that pdfminer read, which could not be reproduced on the
final test pages, so correctness and a pure-Python dependency decided. Swapping readers
touches this module only. Only the library calls live here; the page structure is worked out by
``etl.extract.pdf_layout`` on plain records.
"""
from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from etl.extract.pdf_layout import Box, Glyph, PageGlyphs
from etl.read import InputError

if TYPE_CHECKING:
    from pdfminer.layout import LTComponent, LTPage

MAX_PDF_BYTES = 256 * 1024 * 1024  # an e-paper page PDF is a few MB; a whole archive is refused
_BOLD = re.compile(r"Bold|Heavy|Black|Semibold|Hei|黑", re.I)  # font names of heavy faces
_RULE_THICKNESS = 3.0  # points: a path thinner than this and wide is a rule
_FIGURE_SIDE = 24.0  # points: an image or filled shape larger than this both ways is a figure


@dataclass(frozen=True)
class PdfPages:
    sha256: str
    size: int
    pages: list[PageGlyphs]
    empty: list[int]  # page numbers without a text layer


def read_pdf(path: Path) -> PdfPages:
    """All pages of a PDF, or InputError with the reason (scan, encrypted, corrupt)."""
    data = _read_bytes(path)
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    pages: list[PageGlyphs] = []
    empty: list[int] = []
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        manager = PDFResourceManager(caching=True)
        device = PDFPageAggregator(manager, laparams=None)  # raw objects: our own layout analysis follows
        interpreter = PDFPageInterpreter(manager, device)
        for i, page in enumerate(PDFPage.create_pages(doc)):
            interpreter.process_page(page)
            glyphs = _page(device.get_result(), i + 1)
            (pages.append(glyphs) if glyphs.glyphs else empty.append(i + 1))
    except Exception as exc:
        raise InputError(_open_error(exc)) from None
    if not pages:
        raise InputError("no text layer (a scanned image?): OCR is not supported, load the PDF's text or an OCR'd copy")
    return PdfPages(hashlib.sha256(data).hexdigest(), len(data), pages, empty)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_PDF_BYTES:
            raise InputError(
                f"too large for an e-paper PDF: {size / 2**20:.0f} MB (the limit is {MAX_PDF_BYTES // 2**20} MB)"
            )
        data = path.read_bytes()
    except PermissionError:
        raise InputError("unreadable: permission denied") from None
    except OSError as exc:
        raise InputError(f"unreadable: {exc.strerror or exc}") from None
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError("not a PDF (no %PDF header)")
    return data


def _open_error(exc: Exception) -> str:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc  # a wrapped cause
    name = type(inner).__name__
    if "Password" in name or "Encrypt" in name or "password" in str(inner).lower():
        return "encrypted PDF: remove the password first (qpdf --decrypt), then load it again"
    return "damaged or truncated PDF: it cannot be read (download it again)"


def _page(layout: LTPage, number: int) -> PageGlyphs:
    """Glyphs, rules and figures of one pdfminer page, in top-left coordinates."""
    from pdfminer.layout import LTChar, LTCurve, LTImage

    height = float(layout.height)
    glyphs: list[Glyph] = []
    rules: list[Box] = []
    figures: list[Box] = []
    for obj in _objects(layout):
        box = Box(float(obj.x0), height - float(obj.y1), float(obj.x1), height - float(obj.y0))
        if isinstance(obj, LTChar):
            text = obj.get_text()
            if obj.upright and text and box.width > 0:
                glyphs.append(Glyph(text, box, round(float(obj.size), 2), bool(_BOLD.search(obj.fontname or ""))))
        elif isinstance(obj, LTCurve) and box.height <= _RULE_THICKNESS:
            rules.append(box)
        elif (isinstance(obj, LTImage) or (isinstance(obj, LTCurve) and obj.fill)) and min(
            box.width, box.height
        ) > _FIGURE_SIDE:
            figures.append(box)
    return PageGlyphs(number, float(layout.width), height, glyphs, rules, figures)


def _objects(container: Iterable[LTComponent]) -> Iterator[LTComponent]:
    """Every object on a page, form XObjects (LTFigure) opened."""
    from pdfminer.layout import LTFigure

    for obj in container:
        if isinstance(obj, LTFigure):
            yield from _objects(obj)
        else:
            yield obj
