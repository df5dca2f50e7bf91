"""Reading e-paper PDFs: each page's glyphs with boxes and sizes, rules and figures.

pdfplumber / pdfminer.six (MIT) were chosen over pypdfium2 (Apache-2.0 / BSD) by
measurement (benchmarks/bench_pdf.py, docs/inputs.md): pypdfium2 reads glyphs about eight
times faster, but its text page drops characters (PDFium suppresses text it takes for
duplicated fake-bold strokes: a one-character second headline line vanished), and a
missing character is wrong data while pdfminer's speed is still a fraction of extraction
time. Only the library calls live here; the page structure is worked out by
``etl.extract.pdf_layout`` on plain records.
"""
from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from etl.extract.pdf_layout import Box, Glyph, PageGlyphs
from etl.read import InputError

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
    import pdfplumber

    pages: list[PageGlyphs] = []
    empty: list[int] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for i, page in enumerate(pdf.pages):
                glyphs = _page(page, i + 1)
                (pages.append(glyphs) if glyphs.glyphs else empty.append(i + 1))
                page.close()
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds for broken files
        raise InputError(_open_error(exc)) from None
    if not pages:
        raise InputError("no text layer (a scanned image?): OCR is not supported, load the PDF's text or an OCR'd copy")
    return PdfPages(hashlib.sha256(data).hexdigest(), len(data), pages, empty)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_PDF_BYTES:
            raise InputError(f"too large for an e-paper PDF: {size / 2**20:.0f} MB (the limit is {MAX_PDF_BYTES // 2**20} MB)")
        data = path.read_bytes()
    except PermissionError:
        raise InputError("unreadable: permission denied") from None
    except OSError as exc:
        raise InputError(f"unreadable: {exc.strerror or exc}") from None
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError("not a PDF (no %PDF header)")
    return data


def _open_error(exc: Exception) -> str:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc  # pdfplumber wraps pdfminer's
    name = type(inner).__name__
    if "Password" in name or "Encrypt" in name or "password" in str(inner).lower():
        return "encrypted PDF: remove the password first (qpdf --decrypt), then load it again"
    return "damaged or truncated PDF: it cannot be read (download it again)"


def _page(page, number: int) -> PageGlyphs:  # type: ignore[no-untyped-def]
    glyphs = [
        Glyph(c["text"], Box(c["x0"], c["top"], c["x1"], c["bottom"]), round(float(c["size"]), 2), bool(_BOLD.search(c.get("fontname") or "")))
        for c in page.chars
        if c.get("upright", True) and c["text"] and c["x1"] > c["x0"]
    ]
    rules = [Box(r["x0"], r["top"], r["x1"], r["bottom"]) for r in page.lines + page.rects if r["bottom"] - r["top"] <= _RULE_THICKNESS]
    figures = [Box(r["x0"], r["top"], r["x1"], r["bottom"]) for r in page.images + [r for r in page.rects if r.get("fill")]
               if r["x1"] - r["x0"] > _FIGURE_SIDE and r["bottom"] - r["top"] > _FIGURE_SIDE]
    return PageGlyphs(number, float(page.width), float(page.height), glyphs, rules, figures)
