"""Helpers the place tests share: the counties a text's mentions roll up to, and those of the
item's own places once the background rules ([elsewhere] in places.toml) have run."""
from __future__ import annotations

from etl.extract.context import shared
from etl.extract.places import about, resolve_page


def counties(text: str) -> set[str]:
    """Every county the text's mentions roll up to (what events read)."""
    return {c.name for m in resolve_page([text], shared().places, None)[0] if (c := m.place.ancestor("county"))}


def listed(text: str) -> set[str]:
    """The counties of the item's own places (after the [elsewhere] rules)."""
    found = resolve_page([text], shared().places, None)[0]
    return {c.name for m in about(text, found, shared().places) if (c := m.place.ancestor("county"))}
