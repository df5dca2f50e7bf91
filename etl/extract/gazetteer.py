"""The official administrative tree (province .. community) from the shipped snapshot.

The snapshot (``etl/data/gazetteer.tsv.gz``, built by ``scripts/build_gazetteer.py`` from
jionlp, Apache-2.0) has ~700k rows. Parsing the TSV costs about a second, so the parsed
columns are cached with :mod:`marshal` under the user cache dir, keyed by the snapshot's
sha256; later processes load in well under 0.2 s. ``Place`` objects are built lazily (a
frozen dataclass per row would cost more than the whole load).
"""
from __future__ import annotations

import functools
import gzip
import hashlib
import marshal
import os
import tempfile
from array import array
from collections.abc import Iterator
from pathlib import Path

from etl.extract.memo import remember
from etl.extract.model import Level, Place

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "gazetteer.tsv.gz"
# Counties renamed after the snapshot's release (湟中县 -> 湟中区): old code, name, code, year.
# Texts and readers use the current name; the code list lags it.
RENAMES = SNAPSHOT.with_name("gazetteer_renames.tsv")
LEVELS: tuple[Level, ...] = ("province", "prefecture", "county", "town", "community")
_CACHE_FORMAT = 4  # 4: the name index and the name ends are cached too


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "epinews-etl"


class Gazetteer:
    """Columnar tree: node ``i`` has ``names[i]``, ``parents[i]`` (-1 at the root) and ``levels[i]``.

    Nodes are in depth-first order, so a node's subtree is the contiguous run of rows after
    it with a deeper level.

    The memos of places, children and ancestors are bounded (:mod:`etl.extract.memo`).
    """

    def __init__(self, names: list[str], parents: array, levels: bytes,
                 shorts: dict[int, str], adcodes: dict[int, str],
                 prev_same: array | None = None, last: dict[str, int] | None = None,
                 ends: dict[str, tuple[int, ...]] | None = None) -> None:
        self.names = names
        self.parents = parents
        self.levels = levels
        self.shorts = shorts
        self.adcodes = adcodes
        # name -> last id with that name; prev_same chains the others (built in C via dict(zip)).
        # ``last`` from the cache: unmarshalled along with the names that are its keys, it loads
        # in less than half the time dict(zip) takes to hash and insert 700,000 names
        self._last: dict[str, int] = dict(zip(names, range(len(names)), strict=True)) if last is None else last
        self._prev_same: array | None = prev_same
        self._places: dict[int, Place] = {}
        self._children: dict[int, tuple[int, ...]] = {}
        self._ancestors: dict[int, tuple[int, ...]] = {}
        self._short_index: dict[str, list[int]] | None = None
        self._area_names: tuple[frozenset[str], frozenset[str], int] | None = None
        self._ends = ends

    # -- construction -------------------------------------------------------------------
    @classmethod
    def from_tsv(cls, data: bytes, renames: bytes = b"") -> Gazetteer:
        names: list[str] = []
        parents = array("i")
        levels = bytearray()
        shorts: dict[int, str] = {}
        adcodes: dict[int, str] = {}
        lines = data.decode("utf-8").split("\n")
        for i, line in enumerate(lines[1:]):
            if not line:
                continue
            _id, parent, level, name, short, code = line.split("\t")
            names.append(name)
            parents.append(int(parent))
            levels.append(int(level))
            if short:
                shorts[i] = short
            if code:
                adcodes[i] = code
        _rename(names, adcodes, renames)
        gaz = cls(names, parents, bytes(levels), shorts, adcodes)
        gaz._prev()
        return gaz

    def _dump(self) -> bytes:
        return marshal.dumps((_CACHE_FORMAT, self.names, self.parents.tobytes(), self.levels,
                              self.shorts, self.adcodes, self._prev().tobytes(), self._last, self.name_ends()))

    @classmethod
    def _undump(cls, blob: bytes) -> Gazetteer:
        fmt, names, parents, levels, shorts, adcodes, prev, last, ends = marshal.loads(blob)
        if fmt != _CACHE_FORMAT:
            raise ValueError("stale cache")
        arr, parr = array("i"), array("i")
        arr.frombytes(parents)
        parr.frombytes(prev)
        return cls(names, arr, levels, shorts, adcodes, parr, last, ends)

    # -- lookups ------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.names)

    @property
    def by_name(self) -> dict[str, int]:
        """Exact name -> one id (the last); use :meth:`ids` for all."""
        return self._last

    def ids(self, name: str) -> list[int]:
        """All node ids with this exact official name (cheap: linked list of duplicates)."""
        last = self._last.get(name)
        if last is None:
            return []
        prev = self._prev()
        out = [last]
        i = prev[last]
        while i >= 0:
            out.append(i)
            i = prev[i]
        out.reverse()
        return out

    def _prev(self) -> array:
        if self._prev_same is None:
            prev = array("i", [-1]) * len(self.names)
            seen: dict[str, int] = {}
            for i, n in enumerate(self.names):
                j = seen.get(n)
                if j is not None:
                    prev[i] = j
                seen[n] = i
            self._prev_same = prev
        return self._prev_same

    def name_ends(self) -> dict[str, tuple[int, ...]]:
        """The last two characters of every name -> the lengths of those names, longest first
        (the place scan's table; cached with the names, as it costs 0.08 s to build)."""
        if self._ends is None:
            lens: dict[str, set[int]] = {}
            for name in self._last:
                if len(name) >= 2:
                    lens.setdefault(name[-2:], set()).add(len(name))
            self._ends = {end: tuple(sorted(ls, reverse=True)) for end, ls in lens.items()}
        return self._ends

    def short_ids(self, short: str) -> list[int]:
        """Province/prefecture/county ids with this short name (平遥 -> 平遥县)."""
        if self._short_index is None:
            idx: dict[str, list[int]] = {}
            for i, s in self.shorts.items():
                if s != self.names[i]:
                    idx.setdefault(s, []).append(i)
            self._short_index = idx
        return self._short_index.get(short, [])

    def is_area(self, name: str) -> bool:
        """Whether ``name`` is the official or short name of a province, prefecture or county:
        one set look-up (built on first use) where walking every node of the name (a common
        village name has hundreds) made a title's many substrings costly."""
        return name in self._areas()[0]

    def area_chars(self) -> frozenset[str]:
        """Every character of those names: a text holding another one is not names alone."""
        return self._areas()[1]

    def longest_area(self) -> int:
        """The length of the longest such name: how far a reader of area names needs to look."""
        return self._areas()[2]

    def _areas(self) -> tuple[frozenset[str], frozenset[str], int]:
        if self._area_names is None:
            areas = [i for i, lv in enumerate(self.levels) if lv <= 2]
            names = frozenset([self.names[i] for i in areas] + [self.shorts[i] for i in areas if i in self.shorts])
            self._area_names = (names, frozenset("".join(names)), max(map(len, names), default=0))
        return self._area_names

    def level(self, i: int) -> int:
        return self.levels[i]

    def parent(self, i: int) -> int:
        return self.parents[i]

    def ancestors(self, i: int) -> list[int]:
        """``i`` and its ancestors, deepest first (memoised: resolution asks for the same nodes often)."""
        chain = self._ancestors.get(i)
        if chain is None:
            out = []
            j = i
            while j >= 0:
                out.append(j)
                j = self.parents[j]
            chain = tuple(out)
            remember(self._ancestors, i, chain)
        return list(chain)

    def ancestor_at(self, i: int, level: int) -> int | None:
        while i >= 0:
            if self.levels[i] == level:
                return i
            if self.levels[i] < level:
                return None
            i = self.parents[i]
        return None

    def children(self, i: int) -> list[int]:
        """Direct children of ``i``; memoised, since finding them scans the whole subtree."""
        kids = self._children.get(i)
        if kids is None:
            lv = self.levels[i]
            found = []
            j = i + 1
            n = len(self.names)
            while j < n and self.levels[j] > lv:
                if self.parents[j] == i:
                    found.append(j)
                j += 1
            kids = tuple(found)
            remember(self._children, i, kids)
        return list(kids)

    def place(self, i: int) -> Place:
        """The model.Place for node ``i`` with its parent chain (memoised)."""
        p = self._places.get(i)
        if p is None:
            par = self.parents[i]
            lv = self.levels[i]
            p = Place(
                name=self.names[i],
                level=LEVELS[lv],
                adcode=self.adcodes.get(i) if lv <= 2 else None,
                parent=self.place(par) if par >= 0 else None,
            )
            remember(self._places, i, p)
        return p

    def iter_places(self) -> Iterator[Place]:
        """Every node as a Place, parents before children (depth-first).

        ``etl gazetteer load`` walks the columns directly instead: 700k Place objects would
        cost more memory than the rows they become.
        """
        for i in range(len(self.names)):
            yield self.place(i)

    def find(self, name: str) -> list[Place]:
        return [self.place(i) for i in self.ids(name)]


def _rename(names: list[str], adcodes: dict[int, str], renames: bytes) -> None:
    """Give the counties of ``renames`` (RENAMES' rows) their current name and code, in place."""
    rows = [line.split("\t") for line in renames.decode("utf-8").splitlines()[1:] if line.strip()]
    new = {old: (name, code) for old, name, code, *_ in rows}
    for i, code in list(adcodes.items()):
        if code in new:
            names[i], adcodes[i] = new[code]


def load_from(path: Path = SNAPSHOT, cache: bool = True, renames: Path = RENAMES) -> Gazetteer:
    """Load a snapshot with its renames, via the marshal cache when possible (uncached, for tests)."""
    raw = path.read_bytes()
    ren = renames.read_bytes() if renames.exists() else b""
    sha = hashlib.sha256(raw + ren).hexdigest()[:16]
    cfile = _cache_dir() / f"gazetteer-{sha}-v{_CACHE_FORMAT}.marshal"
    if cache:
        try:
            return Gazetteer._undump(cfile.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            pass
    gaz = Gazetteer.from_tsv(gzip.decompress(raw), ren)
    if cache:
        try:
            cfile.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=cfile.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                fh.write(gaz._dump())
            os.replace(tmp, cfile)  # atomic: parallel workers never read half a file
        except OSError:
            pass
    return gaz


@functools.cache
def load() -> Gazetteer:
    """The process-wide gazetteer (loaded once)."""
    return load_from(SNAPSHOT)
