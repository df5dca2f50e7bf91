"""Reading saved web pages (.html/.htm): main text and metadata with trafilatura (Apache-2.0).

The article's own markup says what its title and paragraphs are, so the page becomes one
structured article (headline, body paragraphs) for ``etl.extract.blocks``; navigation,
share buttons, related links and comments are left out by trafilatura.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from etl.extract.blocks import LaidArticle
from etl.read import InputError, decode

MAX_HTML_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class WebPage:
    sha256: str
    size: int
    encoding: str
    article: LaidArticle
    title: str | None
    published: date | None
    author: str | None
    url: str | None
    site: str | None


def read_html(data: bytes) -> WebPage:
    """The main article of a saved web page, or InputError when it has none."""
    if len(data) > MAX_HTML_BYTES:
        raise InputError(f"too large for a web page: {len(data) / 2**20:.1f} MB")
    html, encoding = decode(data)
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    meta = (doc.as_dict() if hasattr(doc, "as_dict") else doc) if doc is not None else {}
    text = (meta.get("text") or "").strip()
    if not text:
        raise InputError("no article text found in the web page")
    title = (meta.get("title") or "").strip() or None
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if title and paragraphs and "".join(paragraphs[0].split()) == "".join(title.split()):
        paragraphs = paragraphs[1:]  # the headline repeated as the first line of the text
    blocks = ([("headline", title)] if title else []) + [("body", p) for p in paragraphs]
    return WebPage(hashlib.sha256(data).hexdigest(), len(data), encoding, LaidArticle(blocks), title,
                   _date(meta.get("date")), meta.get("author"), meta.get("url"), meta.get("sitename"))


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
