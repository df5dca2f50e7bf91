"""Reading saved web pages (.html/.htm): main text and metadata with trafilatura (Apache-2.0).

The article's own markup says what its title and paragraphs are, so the page becomes one
structured article (headline, body paragraphs) for ``etl.extract.blocks``. trafilatura
gives the metadata (title, date, canonical URL, site name) and the main text; known article
containers (数字报, WeChat) and boilerplate (navigation, share bars, related links,
comments) listed in ``etl/data/web.toml`` are applied first, so that those shapes are exact.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from etl.extract import vocabulary
from etl.extract.blocks import LaidArticle
from etl.read import InputError, decode

if TYPE_CHECKING:
    from lxml.html import HtmlElement

MAX_HTML_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class WebPage:
    sha256: str
    size: int
    encoding: str
    article: LaidArticle
    title: str | None
    published: date | None
    url: str | None
    site: str | None


_CONF = vocabulary.load("web")  # read once at import, never changed


def _conf() -> dict:
    return _CONF


# web.toml [lines] compiled once: chrome lines to drop, info lines, a source credit's prefix
_DROP_LINES = tuple(re.compile(p) for p in _CONF["lines"]["drop"])
_INFO_LINE = re.compile(_CONF["lines"]["info"])
_SOURCE_PREFIX = re.compile(_CONF["lines"]["source_prefix"])


def read_html(data: bytes) -> WebPage:
    """The main article of a saved web page, or InputError when it has none."""
    if len(data) > MAX_HTML_BYTES:
        raise InputError(f"too large for a web page: {len(data) / 2**20:.1f} MB")
    html, encoding = decode(data)
    import trafilatura

    tree = _tree(html)
    doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    meta = (doc.as_dict() if hasattr(doc, "as_dict") else doc) if doc is not None else {}
    title = (meta.get("title") or "").strip() or None
    paragraphs = _clean(_container_text(tree) or (meta.get("text") or "").split("\n"), title)
    if not paragraphs:
        raise InputError("no article text found in the web page")
    blocks = ([("headline", title)] if title else []) + [("body", p) for p in paragraphs]
    site = _first_text(tree, _conf()["selectors"]["site"]) or meta.get("sitename")
    return WebPage(hashlib.sha256(data).hexdigest(), len(data), encoding, LaidArticle(blocks), title,
                   _date(meta.get("date")), meta.get("url"), site)


def html_from_mhtml(data: bytes) -> bytes:
    """The HTML part of a saved ``.mhtml`` archive (MIME multipart, as browsers save it)."""
    import email
    from email import policy

    msg = email.message_from_bytes(data, policy=policy.compat32)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                charset = part.get_content_charset()
                return payload.decode(charset, "replace").encode("utf-8") if charset else payload
    raise InputError("no HTML page inside the .mhtml archive")


def _tree(html: str) -> HtmlElement:
    """The parsed page with boilerplate elements removed."""
    from lxml import html as lxml_html

    tree = lxml_html.document_fromstring(html)
    for xpath in _conf()["selectors"]["drop"]:
        for el in tree.xpath(xpath):
            if el.getparent() is not None:
                el.drop_tree()
    return tree


def _container_text(tree: HtmlElement) -> list[str]:
    """Paragraphs of a known article container, or [] when the page has none."""
    for xpath in _conf()["selectors"]["content"]:
        found = tree.xpath(xpath)
        if found:
            paras = found[0].xpath(".//p") or [found[0]]
            return [line for p in paras for line in p.text_content().split("\n")]
    return []


def _first_text(tree: HtmlElement, xpaths: list[str]) -> str | None:
    for xpath in xpaths:
        for el in tree.xpath(xpath):
            if text := " ".join(el.text_content().split()):
                return text
    return None


def _clean(lines: list[str], title: str | None) -> list[str]:
    """Article paragraphs: chrome lines dropped, the repeated title and source credits cut."""
    drop, info, source = _DROP_LINES, _INFO_LINE, _SOURCE_PREFIX
    out = []
    for line in (ln.strip() for ln in lines):
        if not line or any(p.search(line) for p in drop) or (info.search(line) and "记者" not in line):
            continue
        if title and "".join(line.split()) == "".join(title.split()):
            continue
        line = source.sub("", line) if "记者" in line else line
        if line.startswith("|") or not line:
            continue
        out.append(line)
    return out


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
