"""Which files a loader takes when N loaders share one corpus (`etl load --shard K/N`).

A file belongs to shard ``1 + h mod N``, where ``h`` is the first 8 bytes (big-endian) of
the SHA-256 of its path relative to the folder given to `etl load` (POSIX separators,
UTF-8; for a file given by itself, its name). The hash depends on nothing else (not on the
machine, the Python version, the order of files or their content), so N loaders given the
same folder on different machines take every file exactly once between them, however the
folder is mounted; adding files later moves no file already assigned.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, TypeVar


class Named(Protocol):
    @property
    def name(self) -> str: ...


N = TypeVar("N", bound=Named)


@dataclass(frozen=True)
class Shard:
    """Shard ``index`` (1-based) of ``count``."""

    index: int
    count: int

    def __post_init__(self) -> None:
        if not (self.count >= 1 and 1 <= self.index <= self.count):
            raise ValueError(f"{self.index}/{self.count}: K must be between 1 and N")


def parse_shard(spec: str) -> Shard:
    """``"K/N"`` (e.g. ``"2/3"``) as a Shard; ValueError with a readable message otherwise."""
    k, sep, n = spec.partition("/")
    if not sep or not k.strip().isdigit() or not n.strip().isdigit():
        raise ValueError(f"{spec!r} is not K/N (e.g. 1/3, 2/3, 3/3)")
    return Shard(int(k), int(n))


def shard_of(name: str, count: int) -> int:
    """The shard (1-based) of a file recorded under ``name`` (its path relative to the root)."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return 1 + int.from_bytes(digest[:8], "big") % count


def in_shard(sources: Iterable[N], shard: Shard | None) -> Iterator[N]:
    """The sources of this shard, in their order (all of them without a shard)."""
    for src in sources:
        if shard is None or shard_of(src.name, shard.count) == shard.index:
            yield src
