"""Typed records that flow one way through extraction: raw page -> items -> facts.

Every record carries offsets so that a fact can be traced back to its exact span in the
raw file. Offsets named ``start``/``end`` on items and parts are *raw* offsets (indices
into the decoded raw file text); offsets on mentions and events are indices into the
item's normalised ``text`` and are mapped back with ``TextMap.raw_span``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Literal

PartKind = Literal["headline", "subheadline", "byline", "body", "caption", "furniture"]
Role = Literal["reporter", "correspondent", "photographer", "editor", "intern", "agency"]
Level = Literal["province", "prefecture", "county", "town", "community", "sub"]
Precision = Literal["exact", "approximate", "unknown"]


@dataclass(frozen=True)
class TextMap:
    """Normalised text plus, for each of its characters, the raw offset it came from."""

    text: str
    raw: tuple[int, ...]  # len(raw) == len(text); raw[i] is the raw offset of text[i]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) covering normalised text[start:end]."""
        if not self.text:
            return (0, 0)
        if start >= end:
            pos = self.raw[min(start, len(self.raw) - 1)]
            return (pos, pos)
        return (self.raw[start], self.raw[end - 1] + 1)

    @staticmethod
    def join(pieces: list[TextMap], sep: str = "\n") -> TextMap:
        """Concatenate pieces; separator characters map to the raw offset of the next piece."""
        text: list[str] = []
        raw: list[int] = []
        for i, p in enumerate(pieces):
            if i and sep:
                anchor = p.raw[0] if p.raw else (raw[-1] if raw else 0)
                text.append(sep)
                raw.extend([anchor] * len(sep))
            text.append(p.text)
            raw.extend(p.raw)
        return TextMap("".join(text), tuple(raw))


@dataclass(frozen=True)
class Part:
    """One piece of a page: every non-space raw character belongs to exactly one part."""

    kind: PartKind
    text: TextMap


@dataclass(frozen=True)
class Contributor:
    name: str
    role: Role
    order: int  # 1-based position in the byline(s) of the item


@dataclass(frozen=True)
class Byline:
    text: str  # the byline as written (normalised)
    start: int  # raw offsets
    end: int
    contributors: tuple[Contributor, ...]


@dataclass
class Item:
    """One article (or a stand-alone photo caption) on a page."""

    seq: int  # 1-based order on the page
    parts: list[Part]
    bylines: list[Byline] = field(default_factory=list)
    page: int | None = None  # PDF page number, when read from a PDF
    bbox: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom in points on that page

    def _part(self, kind: PartKind) -> TextMap | None:
        return next((p.text for p in self.parts if p.kind == kind), None)

    @property
    def headline(self) -> str | None:
        p = self._part("headline")
        return p.text if p else None

    @property
    def subheadline(self) -> str | None:
        p = self._part("subheadline")
        return p.text if p else None

    @property
    def body(self) -> str:
        return "\n".join(p.text.text for p in self.parts if p.kind in ("body", "caption"))

    @property
    def text(self) -> TextMap:
        """What facts are extracted from: headline, subheadline, body, captions in order."""
        order = {"headline": 0, "subheadline": 1, "body": 2, "caption": 3}
        parts = sorted((p for p in self.parts if p.kind in order), key=lambda p: order[p.kind])
        return TextMap.join([p.text for p in parts])

    @property
    def start(self) -> int:
        return min(p.text.raw[0] for p in self.parts if p.text.raw)

    @property
    def end(self) -> int:
        return max(p.text.raw[-1] + 1 for p in self.parts if p.text.raw)

    @property
    def contributors(self) -> list[Contributor]:
        return [c for b in self.bylines for c in b.contributors]


@dataclass(frozen=True)
class Place:
    """A node of the administrative hierarchy (official) or a named place below it."""

    name: str
    level: Level
    adcode: str | None = None  # GB/T 2260 code, province..county only
    parent: Place | None = None
    official: bool = True

    @cached_property
    def path(self) -> tuple[str, ...]:
        up = self.parent.path if self.parent else ()
        return (*up, self.name)

    @cached_property
    def key(self) -> str:
        """Names from the province down: unique, and stable across loads and processes."""
        return "/".join(self.path)

    def ancestor(self, level: Level) -> Place | None:
        node: Place | None = self
        while node is not None:
            if node.level == level:
                return node
            node = node.parent
        return None

    @cached_property
    def lineage(self) -> list[Place]:
        """Ancestors from the province down to self."""
        return (self.parent.lineage if self.parent else []) + [self]


@dataclass(frozen=True)
class PlaceMention:
    surface: str  # as written in the item text
    start: int  # offsets in Item.text.text
    end: int
    place: Place
    confidence: float
    rule: str  # which rule decided (e.g. "chain", "article", "page", "region", "unique")


@dataclass(frozen=True)
class DateContext:
    """What relative dates resolve against."""

    edition_date: date | None
    edition_precision: Precision = "unknown"
    # the day the text itself speaks from (its dateline 本报2月28日讯, or the signature date
    # of a notice): 今天/即日起 mean this day, which may differ from the edition date
    today: date | None = None
    signed: bool = False  # today comes from a notice's signature line (…指挥部 2022年9月25日)
    # the text's top calls it a notice (关于…的通告, 特此通告如下): its days shortly
    # after the edition date are the ones it announces, even without a signature
    notice: bool = False
    # full dates the text writes with their year somewhere (2022年9月1日): the same month
    # and day written without a year elsewhere in it (a headline's 9月1日) is that day
    written: tuple[date, ...] = ()
    # the day a report's opening paragraph says a notice was issued (10月5日，某县指挥部发布
    #公告): the notice's 即日起 is that day, not the latest day its items name
    issued: date | None = None


@dataclass(frozen=True)
class Event:
    type: str  # lockdown, mass_testing, case_report, school_closure, ...
    kind: str | None
    scope: str | None  # county, town, community, campus, road, other
    scope_name: str | None
    place: Place | None  # most specific place
    county: Place | None  # the county-level place it rolls up to
    start: date | None
    start_time: str | None  # "HH:MM"
    end: date | None
    announced: date | None
    precision: Precision
    date_text: str | None  # the date expression as written
    evidence: str
    evidence_start: int  # offsets in Item.text.text
    evidence_end: int
    rule: str  # the taxonomy row that fired: "type:pattern"
    confidence: float
    people: int | None = None
    count: int | None = None
    round: int | None = None
    sampling_points: int | None = None
    level: int | None = None  # emergency response level
    not_after: date | None = None  # upper bound of approximate dates (连日来 -> edition date)
    place_how: str = ""  # how the place was decided: clause, deixis, sentence, listed, article, subject, none
    # how the date was decided: own, as_of, announced, inherited, notice, reference, ongoing, none,
    # bulletin (a case count dated by the day its bulletin was issued)
    date_how: str = ""
    month_day: str | None = None  # "MM-DD" of a start whose year nothing gives (start is then None)

    @property
    def decision(self) -> str:
        """rule, place_how and date_how as one string, as written to the ``rule`` column."""
        return f"{self.rule}|place={self.place_how}|date={self.date_how}"


@dataclass
class PageMeta:
    """What the manifest or the command line says about a file."""

    newspaper: str | None = None
    region: str | None = None
    edition_date: date | None = None
    date_precision: Precision = "unknown"
    page: str | None = None
    url: str | None = None  # a web page's canonical URL


@dataclass
class ItemFacts:
    item: Item
    places: list[PlaceMention]
    events: list[Event]
    primary_county: Place | None = None
