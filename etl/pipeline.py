"""From a source file to facts: read, normalise, split, bylines, places, events.

Pure apart from reading the file, so that it runs unchanged in worker processes; the
writer (``etl.load``) takes its results.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from etl.extract import EXTRACTOR_VERSION
from etl.extract.model import DateContext, ItemFacts, PageMeta
from etl.read import InputError, Source, read_source

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Shown:
    """An item's texts as stored and exported: normalised, in the script it was printed in."""

    headline: str | None
    subheadline: str | None
    body: str


def shown_texts(facts: list[ItemFacts], raw: str) -> list[Shown]:
    from etl.extract.normalise import as_printed

    out = []
    for f in facts:
        parts = {p.kind: p.text for p in f.item.parts if p.kind in ("headline", "subheadline")}
        body = "\n".join(as_printed(p.text, raw) for p in f.item.parts if p.kind in ("body", "caption"))
        out.append(Shown(*(as_printed(parts[k], raw) if k in parts else None for k in ("headline", "subheadline")), body))
    return out


@dataclass
class PageResult:
    """What one file gave: its facts, or the reason it failed."""

    source: Source
    sha256: str | None = None
    encoding: str | None = None
    size: int = 0
    text: str | None = None
    facts: list[ItemFacts] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # per item, for the full-text index
    shown: list[Shown] = field(default_factory=list)  # per item, headline/subheadline/body as printed
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    extractor_version: str = EXTRACTOR_VERSION

    @property
    def ok(self) -> bool:
        return self.error is None


def content_hash(facts: ItemFacts) -> str:
    """Identity of an article's content: headline and body with all white space removed."""
    item = facts.item
    key = "\x1f".join((item.headline or "", item.subheadline or "", item.body))
    return hashlib.sha256(_SPACE.sub("", key).encode("utf-8")).hexdigest()


def index_words(facts: list[ItemFacts]) -> list[str]:
    """Each item's headline and body as jieba words, for the full-text index."""
    from etl.extract.segment_words import search_words

    return [" ".join(search_words(f.item.text.text)) for f in facts]


def extract_page(text: str, meta: PageMeta) -> list[ItemFacts]:
    """All facts of one decoded page."""
    from etl.extract.bylines import item_bylines
    from etl.extract.events import extract_events
    from etl.extract.places import primary_county, resolve_page
    from etl.extract.segment import split_page

    items, _furniture = split_page(text)
    for item in items:  # bylines printed inside lines that segmentation kept as text
        item.bylines = item_bylines(item, text)
    texts = [item.text.text for item in items]
    mentions = resolve_page(texts, meta.region)
    ctx = DateContext(edition_date=meta.edition_date, edition_precision=meta.date_precision)
    out: list[ItemFacts] = []
    for item, item_text, found in zip(items, texts, mentions):
        events = extract_events(item_text, found, ctx)
        out.append(ItemFacts(item=item, places=found, events=events, primary_county=primary_county(found)))
    return out


def derive(text: str, meta: PageMeta) -> tuple[list[ItemFacts], list[str], list[Shown]]:
    """Everything the writer needs from one decoded page: facts, index words, texts as printed."""
    facts = extract_page(text, meta)
    return facts, index_words(facts), shown_texts(facts, text)


def process_source(source: Source) -> PageResult:
    """Read, decode and extract one file; never raises for bad input."""
    result = PageResult(source=source)
    try:
        decoded = read_source(source.path)
    except InputError as exc:
        result.error = str(exc)
        return result
    result.sha256, result.encoding, result.size, result.text = decoded.sha256, decoded.encoding, decoded.size, decoded.text
    try:
        result.facts, result.words, result.shown = derive(decoded.text, source.meta)
    except RecursionError:
        result.error = "page too deeply nested to extract"
        return result
    except Exception as exc:  # noqa: BLE001 - an extractor bug on one page must not abort the whole load
        result.error = f"extraction failed ({type(exc).__name__}: {exc})"
        return result
    if source.meta.edition_date is None:
        result.warnings.append(
            f"{source.path}: no edition date (manifest or --edition-date): dates without a year are kept as written, precision unknown"
        )
    if not result.facts:
        result.warnings.append(f"{source.path}: no articles found on the page")
    return result
