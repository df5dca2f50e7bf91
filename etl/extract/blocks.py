"""Items from articles whose structure is already known (PDF layout, web page markup).

A PDF page or a web page tells where each article starts and which lines are its headline,
body and captions; the text path has to guess that. This module writes such articles out
as one page text (the stored raw text, so evidence offsets point into it) and builds the
same ``Item`` records the text path builds, finding bylines with the same byline parser.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from etl.extract import bylines as bl
from etl.extract.model import Byline, Contributor, Item, Part, TextMap
from etl.extract.normalise import normalise_line

# roles a layout reader may give a block of text
Role = str  # "kicker" | "headline" | "subtitle" | "byline" | "body" | "caption"


@dataclass
class LaidArticle:
    """One article as laid out: (role, text) blocks in reading order, where it was printed."""

    blocks: list[tuple[Role, str]]
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom in points


@dataclass
class _Writer:
    """Accumulates the page text; each added line returns its normalised TextMap."""

    chunks: list[str] = field(default_factory=list)
    size: int = 0
    last: str = ""  # the last line as written (white space kept: it separates a photo credit)

    def line(self, text: str) -> TextMap:
        text = " ".join(text.split("\n")).strip()
        self.last = text
        start = self.size
        self.chunks.append(text + "\n")
        self.size += len(text) + 1
        tm = normalise_line(text, 0, len(text))
        return TextMap(tm.text, tuple(start + r for r in tm.raw))

    def gap(self) -> None:
        self.chunks.append("\n")
        self.size += 1

    @property
    def text(self) -> str:
        return "".join(self.chunks)


def compose(furniture: list[str], articles: list[LaidArticle]) -> tuple[str, list[Item]]:
    """The page text (furniture first, then each article) and its items, seq in order."""
    w = _Writer()
    for line in furniture:
        w.line(line)
    items: list[Item] = []
    for art in articles:
        if w.size:
            w.gap()
        item = _item(w, art, len(items) + 1)
        if item is not None:
            items.append(item)
    return w.text, items


def _item(w: _Writer, art: LaidArticle, seq: int) -> Item | None:
    """Write one article and build its item (None when it has no headline, body or caption)."""
    parts: list[Part] = []
    found: list[tuple[TextMap, list[Contributor]]] = []
    decks: list[TextMap] = []
    bodies = [i for i, (role, _) in enumerate(art.blocks) if role == "body"]
    for i, (role, text) in enumerate(art.blocks):
        if not text.strip():
            continue
        tm = w.line(text)
        if not tm.text:
            continue
        if role in ("kicker", "subtitle"):
            decks.append(tm)
        elif role == "headline":
            parts.append(Part("headline", tm))
        elif role == "caption":
            parts.extend(_caption_parts(tm, w.last, found))
        else:
            edge = bool(bodies) and i in (bodies[0], bodies[-1])
            parts.extend(_body_parts(tm, role, edge, found))
    if decks:
        parts.append(Part("subheadline", TextMap.join(decks, " ")))
    if not any(p.kind in ("headline", "body", "caption") for p in parts):
        return None
    parts.sort(key=lambda p: p.text.raw[0] if p.text.raw else 0)
    return Item(seq, parts, _bylines(found), page=art.page, bbox=art.bbox)


def _body_parts(tm: TextMap, role: Role, edge: bool, found: list[tuple[TextMap, list[Contributor]]]) -> list[Part]:
    """A body paragraph: a byline of its own, a lead (本报讯（记者…）) and the rest, or body."""
    if role == "byline" or (edge and (p := bl.standalone_byline(tm.text)) is not None and p.contributors):
        found.append((tm, bl.parse_byline(tm.text)))
        return [Part("byline", tm)]
    squashed = tm.text.replace(" ", "")
    lead = bl.find_lead(squashed) if edge else None
    if lead is None or lead[1] <= lead[0]:
        return [Part("body", tm)]
    keep = [i for i, ch in enumerate(tm.text) if ch != " "]
    cut = keep[lead[1] - 1] + 1
    head = TextMap(tm.text[:cut], tm.raw[:cut])
    found.append((head, bl.parse_byline(head.text)))
    rest = tm.text[cut:].lstrip()
    tail = TextMap(rest, tm.raw[len(tm.text) - len(rest):])
    return [Part("byline", head)] + ([Part("body", tail)] if tail.text else [])


def _caption_parts(tm: TextMap, written: str, found: list[tuple[TextMap, list[Contributor]]]) -> list[Part]:
    """A photo caption; a credit at its end (``记者 X 摄``) also names the photographer.

    The credit is looked for in the line as written, where the space before it still
    shows (normalising removes spaces between Chinese characters).
    """
    k = bl.find_trailing_byline(written)
    if k is not None and tm.raw:
        cut = tm.raw[0] + k + len(written[k:]) - len(written[k:].lstrip())
        at = next((i for i, r in enumerate(tm.raw) if r >= cut), len(tm.raw))
        credit = TextMap(tm.text[at:], tm.raw[at:])
        if credit.text:
            found.append((credit, bl.parse_byline(credit.text)))
    return [Part("caption", tm)]


def _bylines(found: list[tuple[TextMap, list[Contributor]]]) -> list[Byline]:
    """Byline records in page order, each person numbered once across the article."""
    order: dict[str, int] = {}
    out: list[Byline] = []
    for tm, contributors in sorted(found, key=lambda f: f[0].raw[0] if f[0].raw else 0):
        if not tm.raw:
            continue
        numbered = []
        for c in contributors:
            order.setdefault(c.name, len(order) + 1)
            numbered.append(Contributor(c.name, c.role, order[c.name]))
        out.append(Byline(tm.text, tm.raw[0], tm.raw[-1] + 1, tuple(numbered)))
    return out


def dump_layout(furniture: list[str], articles: list[LaidArticle]) -> str:
    """The structure a page was read with, as JSON: stored so that re-extraction (``etl
    reprocess``) rebuilds the same items without the original file."""
    return json.dumps({"furniture": furniture, "articles": [asdict(a) for a in articles]}, ensure_ascii=False)


def load_layout(data: str) -> tuple[list[str], list[LaidArticle]]:
    """Inverse of ``dump_layout``."""
    doc = json.loads(data)
    arts = [LaidArticle([(r, t) for r, t in a["blocks"]], a.get("page"), tuple(a["bbox"]) if a.get("bbox") else None)
            for a in doc["articles"]]
    return list(doc["furniture"]), arts


__all__ = ["LaidArticle", "compose", "dump_layout", "load_layout"]
