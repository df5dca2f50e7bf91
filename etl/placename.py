"""Places as users name them: 平遥县, 平遥, 山西省平遥县, 拉萨市城关区 or the code 140728.

Every place filter of the query API and CLI goes through ``resolve``: it returns exactly
one stored place, or raises ``PlaceError`` with one line a person can act on — the
candidates with their paths and codes when a name is ambiguous (two 城关区), the nearest
names when it is unknown (平摇县 → 平遥县). Endings that may be left out are data
(etl/data/placenames.toml). Only places in the database are found (those articles
mention, or the whole tree after `etl gazetteer load`).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, or_, select

from db import models as m
from etl.extract import vocabulary

_pl = m.Place.__table__


class PlaceError(ValueError):
    """A place filter that names no place, or more than one: the message is one line."""


@dataclass(frozen=True)
class PlaceRef:
    """One stored place, with what a person needs to tell it from its namesakes."""

    id: int
    key: str  # path of names from the province down, '/'-separated
    name: str
    level: str
    adcode: str | None

    @property
    def path(self) -> str:
        return self.key.replace("/", "")

    def label(self) -> str:
        return f"{self.path} ({self.adcode})" if self.adcode else self.path


def _rules() -> dict[str, Any]:
    return _RULES


def _suffix_re() -> re.Pattern[str]:
    return _SUFFIX_RE


def _compile_suffixes(r: dict[str, Any]) -> re.Pattern[str]:
    plain = "|".join(re.escape(s) for s in sorted(r["suffixes"], key=len, reverse=True))
    autonomous = "|".join(re.escape(s) for s in r["ethnic_before"])
    people = "|".join([r"[\u4e00-\u9fff]{1,4}?族", *map(re.escape, r["peoples"])])
    return re.compile(rf"(?:{people})+(?:{autonomous})|{plain}")


_RULES = vocabulary.load("placenames")  # read once at import, never changed
_SUFFIX_RE = _compile_suffixes(_RULES)


@cache
def short_forms(name: str) -> frozenset[str]:
    """The name and its stem without the longest administrative ending (山西省 → 山西; 广西壮族自治区 → 广西).

    A one-character stem is kept only before a one-character ending (沛县 → 沛).
    """
    ending = _suffix_re()
    for k in range(1, len(name)):
        if ending.fullmatch(name, k) and (k >= 2 or len(name) - k == 1):
            return frozenset({name, name[:k]})
    return frozenset({name})


def _refs(conn: Connection, *where: Any, levels: tuple[str, ...] | None) -> list[PlaceRef]:
    stmt = select(_pl.c.id, _pl.c.key, _pl.c.name, _pl.c.level, _pl.c.adcode).where(*where)
    if levels:
        stmt = stmt.where(_pl.c.level.in_(levels))
    return [PlaceRef(*r) for r in conn.execute(stmt.order_by(_pl.c.key))]


def _by_name(conn: Connection, text: str, levels: tuple[str, ...] | None) -> list[PlaceRef]:
    """Places called ``text``, else those whose short form is ``text``."""
    exact = _refs(conn, _pl.c.name == text, levels=levels)
    if exact:
        return exact
    like = _refs(conn, _pl.c.name.like(_escape(text) + "%", escape="\\"), levels=levels)
    return [p for p in like if text in short_forms(p.name)]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _head_fits(head: str, ancestors: list[str]) -> bool:
    """Whether ``head`` is some ancestors' names (full or short), in order: 山西省晋中市, 山西, 拉萨市."""
    if not head:
        return True
    for i, anc in enumerate(ancestors):
        for form in short_forms(anc):
            if head.startswith(form) and _head_fits(head[len(form):], ancestors[i + 1:]):
                return True
    return False


def _by_path(conn: Connection, text: str, levels: tuple[str, ...] | None) -> list[PlaceRef]:
    """Places named by a path: the tail is the place's name, the head names some of its ancestors."""
    found: dict[int, PlaceRef] = {}
    for i in range(1, len(text) - 1):
        head, tail = text[:i], text[i:]
        for p in _by_name(conn, tail, levels):
            if _head_fits(head, p.key.split("/")[:-1]):
                found[p.id] = p
    return list(found.values())


def resolve(conn: Connection, text: str, levels: tuple[str, ...] | None = None, option: str = "place") -> PlaceRef:
    """The one stored place ``text`` names (name, short name, path or GB/T 2260 code) at these levels."""
    q = "".join(text.split())
    if not q:
        raise PlaceError(f"{option}: empty place name")
    if q.isdigit():
        found = _refs(conn, or_(_pl.c.adcode == q, _pl.c.adcode == q.ljust(6, "0")), levels=levels)
    else:
        found = _by_name(conn, q, levels) or _by_path(conn, q, levels)
    if len(found) == 1:
        return found[0]
    if found:
        listed = ", ".join(p.label() for p in found[:8])
        raise PlaceError(f"{option} {text!r} is ambiguous: {listed}; give the path or the code")
    raise PlaceError(f"{option} {text!r}: no such place in the database{_suggest(conn, q, levels)}")


def _suggest(conn: Connection, q: str, levels: tuple[str, ...] | None) -> str:
    """'; did you mean …' with the nearest stored names (sharing a character), or ''."""
    r = _rules()
    chars = list(dict.fromkeys(c for c in q if not c.isdigit()))[:4]
    if not chars:
        return ""
    stmt = select(_pl.c.name).where(or_(*[_pl.c.name.like(f"%{_escape(c)}%", escape="\\") for c in chars])).distinct()
    if levels:
        stmt = stmt.where(_pl.c.level.in_(levels))
    names = [n for (n,) in conn.execute(stmt.limit(20000))]
    close = difflib.get_close_matches(q, names, n=int(r["suggest_max"]), cutoff=float(r["suggest_cutoff"]))
    if not close:
        return ""
    refs = [p for n in close for p in _refs(conn, _pl.c.name == n, levels=levels)][: int(r["suggest_max"])]
    return "; did you mean " + ", ".join(p.label() for p in refs) + "?"


def inside(ref: PlaceRef) -> Any:
    """SQL condition: a place row is ``ref`` or lies inside it (its key path starts with ref's)."""
    return or_(_pl.c.key == ref.key, _pl.c.key.like(_escape(ref.key) + "/%", escape="\\"))
