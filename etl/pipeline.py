"""From a source file to facts: read, normalise, split, bylines, places, events.

Pure apart from reading the file, so that it runs unchanged in worker processes; the
writer (``etl.load``) takes its results.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from etl.extract import EXTRACTOR_VERSION
from etl.extract.model import DateContext, Item, ItemFacts, PageMeta
from etl.read import InputError, Source, read_source
from etl.rows import Derived, derived_rows

if TYPE_CHECKING:
    from etl.extract.context import ExtractionContext
    from etl.read_structured import StructuredPage



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
        headline, subheadline = (as_printed(parts[k], raw) if k in parts else None for k in ("headline", "subheadline"))
        out.append(Shown(headline, subheadline, body))
    return out


@dataclass
class PageResult:
    """What one file gave: its facts, or the reason it failed."""

    source: Source
    sha256: str | None = None
    encoding: str | None = None
    size: int = 0
    text: str | None = None
    derived: Derived = field(default_factory=Derived)  # the page's rows, ready to insert
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    layout: str | None = None  # PDF and web pages: the structure read (JSON), for re-extraction
    # A PDF's first page: rows at ``replaces_prefix`` (the file's location, its pages' locations)
    # whose key is not in ``replaces`` (this version's pages) belonged to an earlier version
    replaces: tuple[str, ...] = ()
    replaces_prefix: str | None = None
    extractor_version: str = EXTRACTOR_VERSION

    @property
    def ok(self) -> bool:
        return self.error is None


def content_hash(facts: ItemFacts) -> str:
    """Identity of an article's content: headline and body with all white space removed."""
    item = facts.item
    key = "\x1f".join((item.headline or "", item.subheadline or "", item.body))
    # str.split() cuts at exactly the characters \s matches (str.isspace): all white space goes
    return hashlib.sha256("".join(key.split()).encode("utf-8")).hexdigest()


def warm_up() -> None:
    """Build the process's extraction context and import every stage now, not on the first
    page: a command's start-up (etl.cli) then holds all that lives as long as the process."""
    from etl.extract import bylines, dates, events, normalise, segment, segment_words  # noqa: F401
    from etl.extract.context import shared

    shared()


def index_words(facts: list[ItemFacts]) -> list[str]:
    """Each item's headline and body as jieba words, for the full-text index."""
    from etl.extract.segment_words import search_words

    return [" ".join(search_words(f.item.text.text)) for f in facts]


SIGNATURE_REACH = 120  # raw characters after an item where its signature date may stand


def extract_page(text: str, meta: PageMeta, ec: ExtractionContext) -> list[ItemFacts]:
    """All facts of one decoded page (``ec``: the process's extraction context)."""
    from etl.extract.bylines import item_bylines
    from etl.extract.normalise import to_simplified
    from etl.extract.segment import split_page

    simple = to_simplified(text)  # read by both stages
    items, _furniture = split_page(text, simple)
    for item in items:  # bylines printed inside lines that segmentation kept as text
        item.bylines = item_bylines(item, text, simple, alone=len(items) == 1)
    return extract_items(items, meta, ec, text)


def extract_items(items: list[Item], meta: PageMeta, ec: ExtractionContext, text: str = "") -> list[ItemFacts]:
    """Places and events of a page's items, however the items were found (``text``: the page)."""
    from etl.extract.dates import document_context
    from etl.extract.events import extract_events
    from etl.extract.places import about, primary_county, resolve_page

    texts = [item.text.text for item in items]
    mentions = resolve_page(texts, ec.places, meta.region)
    ctx = DateContext(edition_date=meta.edition_date, edition_precision=meta.date_precision)
    out: list[ItemFacts] = []
    for item, item_text, found in zip(items, texts, mentions, strict=True):
        # a dateline (本报太原2月28日讯) sits in the byline part, a notice's signature date may
        # be left just after the item (…指挥部 / 2021年9月13日): read them with the text
        tail = text[item.end:item.end + SIGNATURE_REACH]
        own = document_context("\n".join([b.text for b in item.bylines] + [item_text, tail]), ctx)
        events = extract_events(item_text, found, own, ec)
        places = about(item_text, found, ec.places)  # events read every mention, the article's places only its own
        out.append(ItemFacts(item=item, places=places, events=events, primary_county=primary_county(places)))
    return out


def derive(text: str, meta: PageMeta, ec: ExtractionContext, layout: str | None = None) -> Derived:
    """Everything the writer needs from one decoded page, as rows (facts, index words, texts as printed).

    ``layout`` (stored for PDF and web pages) gives the items as read from the file's
    structure; it rebuilds exactly ``text``.
    """
    if layout is None:
        facts = extract_page(text, meta, ec)
    else:
        from etl.extract.blocks import compose, load_layout

        rebuilt, items = compose(*load_layout(layout))
        facts = extract_items(items, meta, ec, text) if rebuilt == text else extract_page(text, meta, ec)
    return rows_of(facts, text, meta)


def rows_of(facts: list[ItemFacts], text: str, meta: PageMeta) -> Derived:
    """A page's facts as insert-ready rows: plain tuples, what crosses to the writer."""
    hashes = [content_hash(f) for f in facts]
    return derived_rows(facts, index_words(facts), shown_texts(facts, text), hashes, meta.edition_date)


def process_source(source: Source, ec: ExtractionContext) -> PageResult:
    """Read, decode and extract one file; never raises for bad input."""
    result = PageResult(source=source)
    try:
        decoded = read_source(source.path)
    except InputError as exc:
        result.error = str(exc)
        return result
    result.sha256, result.encoding = decoded.sha256, decoded.encoding
    result.size, result.text = decoded.size, decoded.text
    try:
        result.derived = derive(decoded.text, source.meta, ec)
    except RecursionError:
        result.error = "page too deeply nested to extract"
        return result
    except Exception as exc:
        result.error = f"extraction failed ({type(exc).__name__}: {exc})"
        return result
    if source.meta.edition_date is None:
        result.warnings.append(
            f"{source.path}: no edition date (manifest or --edition-date): dates without a year are kept as written, "
            "precision unknown"
        )
    if not result.derived.articles:
        result.warnings.append(f"{source.path}: no articles found on the page")
    return result


STRUCTURED_SUFFIXES = (".pdf", ".html", ".htm", ".mhtml", ".mht")


def process_file(source: Source, ec: ExtractionContext) -> list[PageResult]:
    """One result per page row: a text file is one, a PDF one per page, a web page one."""
    suffix = source.path.suffix.lower()
    if suffix not in STRUCTURED_SUFFIXES:
        return [process_source(source, ec)]
    from etl.read_structured import read_structured

    pdf = suffix == ".pdf"
    try:
        pages = read_structured(source)
    except InputError as exc:
        return [PageResult(source=source, error=str(exc))]
    results = [_structured_result(page, ec) for page in pages]
    if pdf:  # the first page's row replaces the rows of an earlier version of the PDF, or of its failure
        results[0].replaces = tuple(r.source.key for r in results)
        results[0].replaces_prefix = source.location
    return results


def _structured_result(page: StructuredPage, ec: ExtractionContext) -> PageResult:
    """Facts of a page whose articles the PDF layout or the web page markup gave."""
    result = PageResult(source=page.source, sha256=page.sha256, encoding=page.encoding, size=page.size, text=page.text,
                        layout=page.layout)
    try:
        facts = extract_items(page.items, page.source.meta, ec, page.text)
        result.derived = rows_of(facts, page.text, page.source.meta)
    except Exception as exc:
        result.error = f"extraction failed ({type(exc).__name__}: {exc})"
        return result
    result.warnings.extend(f"{page.source.path}: {w}" for w in page.warnings)
    if page.source.meta.edition_date is None:
        result.warnings.append(f"{page.source.path}: no edition date (manifest, page header or page metadata)")
    if not result.derived.articles:
        result.warnings.append(f"{page.source.name}: no articles found on the page")
    return result
