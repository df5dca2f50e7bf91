"""A page's facts as insert-ready rows: what the extraction workers hand to the single writer.

Workers turn the object graph (items, places with their parents, events) into plain tuples
of column values, fitted to the columns, with places and people named by key; the writer
only swaps keys for ids and inserts. That keeps the writer, the one process every file
queues for, cheap, and the results crossing between processes small (no object graphs to
pickle). Nothing here touches a database.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from db import models as m
from etl.extract import EXTRACTOR_VERSION
from etl.extract.model import Event, ItemFacts, Place
from etl.extract.places import county_of

# PostgreSQL INTEGER; SQLite would take up to 2**63 but both must accept the same rows.
INT_RANGE = (-(2**31), 2**31 - 1)


def fit_text(value: str | None, column: Any) -> str | None:
    """A string cut to its column's length, so that PostgreSQL (which enforces VARCHAR(n))
    and SQLite (which does not) store the same value."""
    length = getattr(column.type, "length", None)
    if value is None or length is None or len(value) <= length:
        return value
    return value[: length - 1] + "…"


def fit_row(table: Any, row: dict[str, Any]) -> dict[str, Any]:
    """A row both databases store alike: strings cut to their columns, integers outside
    PostgreSQL's INTEGER (a 20-digit count in a hostile page) stored as unknown (NULL)."""
    out = dict(row)
    for name, value in row.items():
        column = table.c[name]
        if isinstance(value, str):
            out[name] = fit_text(value, column)
        elif isinstance(value, int) and not isinstance(value, bool) and not INT_RANGE[0] <= value <= INT_RANGE[1]:
            out[name] = None if column.nullable else max(INT_RANGE[0], min(value, INT_RANGE[1]))
    return out


@cache
def _limits(table: str, columns: tuple[str, ...]) -> tuple[tuple[int | None, bool], ...]:
    """(length of a string column or None, nullable) of each column."""
    t = m.Base.metadata.tables[table]
    return tuple((getattr(t.c[c].type, "length", None), bool(t.c[c].nullable)) for c in columns)


def fit_values(table: str, columns: tuple[str, ...], values: tuple[Any, ...]) -> tuple[Any, ...]:
    """``fit_row`` for a tuple of values in ``columns`` order, at a fraction of its cost."""
    limits = _limits(table, columns)
    for value, (length, _) in zip(values, limits, strict=True):  # most rows fit as they are
        if isinstance(value, str):
            if length is None or len(value) <= length:
                continue
        elif not isinstance(value, int) or INT_RANGE[0] <= value <= INT_RANGE[1]:
            continue
        return _fitted(values, limits)
    return values


def _fitted(values: tuple[Any, ...], limits: tuple[tuple[int | None, bool], ...]) -> tuple[Any, ...]:
    out = []
    for value, (length, nullable) in zip(values, limits, strict=True):
        if isinstance(value, str):
            if length is not None and len(value) > length:
                value = value[: length - 1] + "…"
        elif isinstance(value, int) and not isinstance(value, bool) and not INT_RANGE[0] <= value <= INT_RANGE[1]:
            value = None if nullable else max(INT_RANGE[0], min(value, INT_RANGE[1]))
        out.append(value)
    return tuple(out)


def iso(day: date | None) -> str | None:
    """A date as both databases take it from a driver (SQLite stores this very text)."""
    return day.isoformat() if day is not None else None


# Column order of the tuples below (the writer's INSERT statements name the same columns).
PLACE_COLUMNS = ("key", "name", "level", "adcode", "official", "parent_id", "province", "prefecture", "county",
                 "county_adcode")
_PLACE_VALUES = tuple(c for c in PLACE_COLUMNS[1:] if c != "parent_id")  # a PlaceRow's values after the key
ARTICLE_COLUMNS = ("seq", "headline", "subheadline", "body", "raw_start", "raw_end", "published", "content_hash",
                   "extractor_version", "page_number", "bbox")
MENTION_COLUMNS = ("surface", "raw_start", "raw_end", "confidence", "rule")
EVENT_COLUMNS = ("type", "kind", "scope", "scope_name", "start_date", "start_time", "end_date", "announced_date",
                 "not_after", "date_precision", "date_text", "people", "count", "round", "sampling_points", "level",
                 "evidence", "evidence_raw_start", "evidence_raw_end", "rule", "confidence", "extractor_version",
                 "month_day")


@dataclass(frozen=True)
class PlaceRow:
    """A place node to store once: its column values with the parent named by key."""

    key: str
    depth: int
    parent: str | None
    values: tuple[Any, ...]  # PLACE_COLUMNS without parent_id


@dataclass(frozen=True)
class BylineRow:
    text: str
    raw_start: int
    raw_end: int


@dataclass(frozen=True)
class ContributorRow:
    byline: int  # index into ArticleRows.bylines
    name: str
    role: str
    position: int


@dataclass(frozen=True)
class EventRow:
    values: tuple[Any, ...]  # EVENT_COLUMNS, fitted
    place: str | None  # place keys
    county: str | None
    kept: tuple[str, str | None, str, str | None]  # (type, kind, evidence, scope_name) as extracted: finds a kept id


@dataclass(frozen=True)
class ArticleRows:
    """One article and everything extracted from it, ready to insert."""

    seq: int
    content_hash: str
    span: tuple[int, int]  # raw offsets
    values: tuple[Any, ...]  # ARTICLE_COLUMNS
    county: str | None  # primary county's place key
    words: str  # full-text index words, space-separated
    bylines: tuple[BylineRow, ...]
    contributors: tuple[ContributorRow, ...]  # one per (name, role), first byline that gives it
    mentions: tuple[tuple[str, tuple[Any, ...]], ...]  # (place key, MENTION_COLUMNS fitted)
    events: tuple[EventRow, ...]
    places: tuple[str, ...]  # keys of every place node its rows refer to, ancestors included
    credited: int  # contributors as printed, repeats included (the summary's count)


@dataclass(frozen=True)
class Derived:
    """Everything the writer needs from one decoded page, as rows (etl.pipeline.derive)."""

    articles: list[ArticleRows] = field(default_factory=list)
    places: dict[str, PlaceRow] = field(default_factory=dict)  # every node the articles refer to, by key

    def select(self, keep: list[int]) -> Derived:
        """The same page restricted to some of its articles (by index)."""
        return Derived([self.articles[i] for i in keep], self.places)


def place_row(place: Place) -> PlaceRow:
    county = county_of(place)  # none for the code list's pseudo-counties (市直辖行政区划)
    province, prefecture = place.ancestor("province"), place.ancestor("prefecture")
    values = fit_values("place", _PLACE_VALUES, (
        place.name, place.level, place.adcode, place.official, province.name if province else None,
        prefecture.name if prefecture else None, county.name if county else None, county.adcode if county else None))
    return PlaceRow(place.key, len(place.path), place.parent.key if place.parent else None, (place.key, *values))


def event_row(e: Event, raw_span: tuple[int, int]) -> EventRow:
    values = fit_values("event", EVENT_COLUMNS, (
        e.type, e.kind, e.scope, e.scope_name, iso(e.start), e.start_time, iso(e.end), iso(e.announced),
        iso(e.not_after), e.precision, e.date_text, e.people, e.count, e.round, e.sampling_points,
        e.level, e.evidence, raw_span[0], raw_span[1], e.decision[:80], e.confidence, EXTRACTOR_VERSION,
        e.month_day))
    return EventRow(values, e.place.key if e.place else None, e.county.key if e.county else None,
                    (e.type, e.kind, e.evidence, e.scope_name))


def contributor_rows(f: ItemFacts) -> tuple[ContributorRow, ...]:
    """The article's contributors, once per (name, role): the first byline naming them keeps them."""
    seen: set[tuple[str, str]] = set()
    out = []
    for i, b in enumerate(f.item.bylines):
        for c in b.contributors:
            if (c.name, c.role) not in seen:
                seen.add((c.name, c.role))
                out.append(ContributorRow(i, c.name, c.role, c.order))
    return tuple(out)


def article_rows(f: ItemFacts, words: str, shown: Any, digest: str, published: date | None) -> ArticleRows:
    """One item's rows (``shown``: its texts as printed, etl.pipeline.Shown)."""
    from etl.search import bounded

    item, text = f.item, f.item.text
    mentions = []
    for pm in f.places:
        rs, re_ = text.raw_span(pm.start, pm.end)
        mentions.append((pm.place.key, fit_values("place_mention", MENTION_COLUMNS,
                                                  (pm.surface, rs, re_, pm.confidence, pm.rule))))
    events = tuple(event_row(e, text.raw_span(e.evidence_start, e.evidence_end)) for e in f.events)
    places = [pm.place for pm in f.places] + [p for e in f.events for p in (e.place, e.county) if p]
    places += [f.primary_county] if f.primary_county else []
    values = (item.seq, shown.headline, shown.subheadline, shown.body, item.start, item.end, iso(published), digest,
              EXTRACTOR_VERSION, item.page, ",".join(f"{v:g}" for v in item.bbox) if item.bbox else None)
    return ArticleRows(
        seq=item.seq, content_hash=digest, span=(item.start, item.end), values=values,
        county=f.primary_county.key if f.primary_county else None, words=bounded(words),
        bylines=tuple(BylineRow(b.text, b.start, b.end) for b in item.bylines), contributors=contributor_rows(f),
        mentions=tuple(mentions), events=events, places=tuple(dict.fromkeys(n.key for p in places for n in p.lineage)),
        credited=len(item.contributors))


def derived_rows(facts: list[ItemFacts], words: list[str], shown: list[Any], hashes: list[str],
                 published: date | None) -> Derived:
    """A page's rows; every place node is described once (the first description of a key wins,
    in the order mentions, events, primary counties)."""
    nodes: dict[str, PlaceRow] = {}
    named = [pm.place for f in facts for pm in f.places]
    named += [p for f in facts for e in f.events for p in (e.place, e.county) if p]
    named += [f.primary_county for f in facts if f.primary_county]
    for place in named:
        for node in place.lineage:
            if node.key not in nodes:
                nodes[node.key] = place_row(node)
    articles = [article_rows(f, w, s, h, published) for f, w, s, h in zip(facts, words, shown, hashes, strict=True)]
    return Derived(articles, nodes)
