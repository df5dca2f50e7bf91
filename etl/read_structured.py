"""PDF pages and web pages as page rows: the text written out, its items, its metadata.

A PDF gives one page row per printed page (recorded as ``file.pdf#page=N``); a web page
gives one. The page header (paper, date, edition) or the web page's metadata fills what the
manifest left empty: the manifest, where it speaks, wins.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date

from etl.extract.blocks import compose, dump_layout
from etl.extract.model import Item, PageMeta
from etl.read import InputError, Source


@dataclass
class StructuredPage:
    source: Source
    sha256: str
    encoding: str
    size: int
    text: str
    items: list[Item]
    layout: str  # JSON of the structure read, kept for re-extraction
    warnings: list[str] = field(default_factory=list)


def read_structured(source: Source) -> list[StructuredPage]:
    """Page rows of a .pdf, .html/.htm or .mhtml file, or InputError with the reason."""
    if source.path.suffix.lower() == ".pdf":
        return _pdf_pages(source)
    return [_web_page(source)]


def _filled(meta: PageMeta, newspaper: str | None, day: date | None, page: str | None,
            url: str | None = None) -> PageMeta:
    out = replace(meta)
    out.newspaper = meta.newspaper or newspaper
    if meta.edition_date is None and day is not None:
        out.edition_date, out.date_precision = day, "exact"
    out.page = meta.page or page
    out.url = meta.url or url
    return out


def _pdf_pages(source: Source) -> list[StructuredPage]:
    from etl.extract.pdf_layout import analyse
    from etl.read_pdf import read_pdf

    pdf = read_pdf(source.path)
    out = []
    for glyphs in pdf.pages:
        layout = analyse(glyphs)
        text, items = compose(layout.furniture, layout.articles)
        meta = _filled(source.meta, layout.newspaper, layout.edition_date, layout.edition or str(glyphs.number))
        name = f"{source.name}#page={glyphs.number}"
        sha = hashlib.sha256(f"{pdf.sha256}#page={glyphs.number}".encode()).hexdigest()
        out.append(
            StructuredPage(
                Source(source.path, name, meta, part=f"#page={glyphs.number}"),
                sha,
                "pdf",
                pdf.size,
                text,
                items,
                dump_layout(layout.furniture, layout.articles),
            )
        )
    if pdf.empty:
        out[0].warnings.append(
            f"page(s) {', '.join(map(str, pdf.empty))} have no text layer (scanned?): skipped, OCR is not supported"
        )
    return out


def _web_page(source: Source) -> StructuredPage:
    from etl.read_html import html_from_mhtml, read_html

    try:
        data = source.path.read_bytes()
    except OSError as exc:
        raise InputError(f"unreadable: {exc.strerror or exc}") from None
    if source.path.suffix.lower() in (".mhtml", ".mht"):
        sha = hashlib.sha256(data).hexdigest()
        page = replace(read_html(html_from_mhtml(data)), sha256=sha, size=len(data))
    else:
        page = read_html(data)
    text, items = compose([], [page.article])
    meta = _filled(source.meta, page.site, page.published, None, page.url)
    return StructuredPage(replace(source, meta=meta), page.sha256, page.encoding, page.size, text, items,
                          dump_layout([], [page.article]))
