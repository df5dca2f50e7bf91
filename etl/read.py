"""Reading input: finding files, the manifest beside them, and decoding bytes to text.

Everything here turns a path into a decoded page or a sentence saying why it cannot be
one; nothing here knows about extraction or the database.
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from etl.extract.model import PageMeta, Precision

MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ("file", "newspaper", "region", "edition_date", "date_precision", "page")
TEXT_SUFFIXES = (".txt", ".pdf", ".html", ".htm", ".mhtml", ".mht")  # .pdf and web pages: etl.read_structured
# A newspaper page or web article is tens of kilobytes; extraction runs at roughly 0.1 MB/s
# and a few hundred bytes of memory per character, so a file this big is not a page
# (a whole archive concatenated, a log, a disk image renamed .txt) and is refused unread.
MAX_BYTES = 16 * 1024 * 1024


class InputError(Exception):
    """A file that cannot be loaded; the message is the reason, for a person."""


@dataclass(frozen=True)
class Source:
    """A file to load: where it is, the name it is recorded under and its identity.

    The identity is the absolute path (not resolved through symlinks), so that two files
    with the same name in two folders are two sources; ``key`` hashes the path's bytes so
    that a name that is not valid UTF-8 still has one exact identity.
    """

    path: Path
    name: str  # relative to the folder given to `etl load` (the file name for a single file)
    meta: PageMeta
    part: str = ""  # one page row of a file that gives several (a PDF's ``#page=N``)
    location: str = ""  # absolute path (+ part), printable (undecodable bytes shown as U+FFFD)
    key: str = ""  # sha256 of the absolute path's bytes (+ part)

    def __post_init__(self) -> None:
        absolute = os.path.abspath(self.path)
        object.__setattr__(self, "name", printable_path(self.name))
        object.__setattr__(self, "location", printable_path(absolute) + self.part)
        object.__setattr__(self, "key", hashlib.sha256(os.fsencode(absolute) + self.part.encode("utf-8")).hexdigest())


def printable_path(name: str) -> str:
    """A path as text that any database and terminal accepts: bytes that are not UTF-8
    (kept by Python as surrogates) become U+FFFD."""
    return os.fsencode(name).decode("utf-8", "replace")


@dataclass
class Discovery:
    sources: list[Source] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # ignored files, manifest warnings


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    sha256: str
    size: int


# --- decoding ---------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> tuple[str, str]:
    """Decode page bytes, returning (text, encoding name).

    Byte-order marks first, then strict UTF-8, then strict GB18030 (a superset of GBK and
    GB2312, the usual encodings of mainland e-paper exports), then charset-normalizer for
    the rest (Big5 reposts, BOM-less UTF-16). Binary data is refused rather than guessed.
    """
    if not data:
        raise InputError("empty file")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "-bom") if name == "utf-8-sig" else name
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {name} text after its byte-order mark (byte {exc.start})") from None
    if b"\x00" in data[:4096] and not _looks_utf16(data):
        raise InputError("binary data, not text (NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        if utf8_error.start >= len(data) - 3 and utf8_error.reason == "unexpected end of data":
            raise InputError(f"truncated UTF-8 sequence at byte {utf8_error.start} (file cut short?)") from None
    try:
        text = data.decode("gb18030")
        if _mostly_text(text):
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and _mostly_text(str(best)):
        return str(best), best.encoding
    raise InputError("undecodable: not UTF-8, UTF-16, GB18030 or another text encoding")


def _looks_utf16(data: bytes) -> bool:
    head = data[:4096]
    return head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4


def _mostly_text(text: str) -> bool:
    """Reject decodings that are full of control characters (binary that happened to decode)."""
    if not text:
        return False
    bad = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\r\n\t\f")
    return bad <= len(text[:20000]) * 0.01


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file, never blocking: the file is opened non-blocking and
    checked on the open descriptor (a FIFO or device swapped in after discovery is refused,
    not waited on), and at most MAX_BYTES are read even if it grows meanwhile."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError:
        raise InputError("unreadable: permission denied") from None
    except OSError as exc:
        raise InputError(f"unreadable: {exc.strerror or exc}") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError("is a directory")
        if not stat.S_ISREG(st.st_mode):
            # a FIFO would block the load forever, /dev/zero would fill memory
            raise InputError("not a regular file (a pipe, socket or device)")
        if st.st_size > MAX_BYTES:
            raise InputError(
                f"too large for a page: {st.st_size / 2**20:.1f} MB (the limit is {MAX_BYTES // 2**20} MB); "
                "split it into pages"
            )
        chunks, total = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_BYTES:
                raise InputError(f"too large for a page: more than {MAX_BYTES // 2**20} MB; split it into pages")
        return b"".join(chunks)
    except BlockingIOError:
        raise InputError("unreadable: reading would block (not an ordinary file)") from None
    except OSError as exc:
        raise InputError(f"unreadable: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def read_source(path: Path) -> Decoded:
    """Read and decode one file, or raise InputError with the reason."""
    data = read_bytes(path)
    text, encoding = decode(data)
    if "\x00" in text:
        raise InputError("binary data, not text (NUL bytes)")
    if not text.strip():
        raise InputError("no text: the file holds only white space")
    return Decoded(text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest(), size=len(data))


# --- manifest ---------------------------------------------------------------------------


# Edition dates outside these years are typing errors (0001-01-01, 9999-12-31), not papers;
# date arithmetic around them would leave the calendar.
EDITION_YEARS = (1900, 2099)


def parse_date(value: str) -> date:
    """An edition date, YYYY-MM-DD, within EDITION_YEARS."""
    try:
        parsed = date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"bad date {value!r}, expected YYYY-MM-DD") from None
    if not EDITION_YEARS[0] <= parsed.year <= EDITION_YEARS[1]:
        raise ValueError(f"date {value.strip()!r} is outside the years {EDITION_YEARS[0]}-{EDITION_YEARS[1]}")
    return parsed


def _field(row: dict[str, str | None], column: str, where: str, notes: list[str]) -> str | None:
    """A manifest value, stripped; one holding a NUL byte is refused (no database stores it)."""
    value = (row.get(column) or "").strip()
    if "\x00" in value:
        notes.append(f"{where}: {column} holds a NUL byte, ignored")
        return None
    return value or None


# the date_precision values a manifest may give ("unknown" is what a missing one means)
MANIFEST_PRECISIONS: dict[str, Precision] = {"exact": "exact", "approximate": "approximate"}


def read_manifest(folder: Path) -> tuple[dict[str, PageMeta], list[str]]:
    """Per-file metadata from ``folder/manifest.csv`` and warnings about what was ignored."""
    path = folder / MANIFEST
    if not path.is_file():
        return {}, []
    notes: list[str] = []
    out: dict[str, PageMeta] = {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            unknown = [c for c in (reader.fieldnames or []) if c not in MANIFEST_COLUMNS]
            if unknown:
                notes.append(f"{path}: unknown manifest column(s) ignored: {', '.join(unknown)}")
            if "file" not in (reader.fieldnames or []):
                return {}, [*notes, f"{path}: no 'file' column, manifest ignored"]
            for lineno, row in enumerate(reader, start=2):
                where = f"{path}:{lineno}"
                name = _field(row, "file", where, notes)
                if not name:
                    continue
                target = (folder / name).resolve()
                if not target.is_relative_to(folder.resolve()):
                    notes.append(f"{path}:{lineno}: file {name!r} is outside the folder, row ignored")
                    continue
                meta = PageMeta(
                    newspaper=_field(row, "newspaper", where, notes),
                    region=_field(row, "region", where, notes),
                    page=_field(row, "page", where, notes),
                )
                raw_date = _field(row, "edition_date", where, notes) or ""
                if raw_date:
                    try:
                        meta.edition_date = parse_date(raw_date)
                    except ValueError as exc:
                        notes.append(f"{path}:{lineno}: {exc}; edition date ignored for {name}")
                precision = _field(row, "date_precision", where, notes) or ""
                if (given := MANIFEST_PRECISIONS.get(precision)) is not None:
                    meta.date_precision = given
                elif precision:
                    notes.append(f"{path}:{lineno}: date_precision {precision!r} is not exact/approximate, ignored")
                elif meta.edition_date:
                    meta.date_precision = "exact"
                out[Path(name).as_posix()] = meta
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        notes.append(f"{path}: manifest unreadable ({exc}), ignored")
    return out, notes


# --- discovery --------------------------------------------------------------------------


def discover(paths: list[Path], edition_date: date | None = None, follow_outside: bool = False) -> Discovery:
    """Expand files and folders into sources, reading the manifests of the folders they are in.

    Folders are walked recursively for ``*.txt`` (symlink loops are not followed); other
    files are noted and skipped. A symlink inside a folder is followed only when it leads
    to a regular file or folder inside one of the given paths (``follow_outside`` allows
    any target); devices, pipes and sockets found in a folder are skipped unread.
    ``edition_date`` applies where no manifest says otherwise.
    """
    found = Discovery()
    roots = [Path(os.path.realpath(p)) for p in paths]
    inside = (lambda p: True) if follow_outside else (lambda p: _within(p, roots))
    for given in paths:
        if given.is_dir():
            manifests: dict[Path, dict[str, PageMeta]] = {}
            for path in _walk(given, found.notes, inside):
                rel = path.relative_to(given).as_posix()
                if path.name == MANIFEST:
                    continue
                if path.suffix.lower() not in TEXT_SUFFIXES:
                    found.notes.append(f"{printable_path(str(path))}: not a .txt, .pdf, .html or .mhtml file, ignored")
                    continue
                meta = _listed(path, given, manifests, found.notes) or PageMeta(
                    edition_date=edition_date, date_precision="exact" if edition_date else "unknown"
                )
                found.sources.append(Source(path=path, name=rel, meta=meta))
        elif given.exists() or given.is_symlink():
            manifest, notes = read_manifest(given.parent)
            found.notes.extend(notes)
            meta = manifest.get(given.name) or PageMeta(
                edition_date=edition_date, date_precision="exact" if edition_date else "unknown"
            )
            found.sources.append(Source(path=given, name=given.name, meta=meta))
        else:
            found.sources.append(Source(path=given, name=given.name, meta=PageMeta()))
    return found


def _listed(path: Path, given: Path, manifests: dict[Path, dict[str, PageMeta]],
            notes: list[str]) -> PageMeta | None:
    """The row of the nearest manifest that lists ``path``: its own folder's, else a folder's
    above it up to ``given`` (a set kept as ``set/articles/`` with the manifest beside the texts
    loads the same from ``set/`` as from ``set/articles/``). Each manifest is read once."""
    folder = path.parent
    while True:
        if folder not in manifests:
            manifests[folder], read_notes = read_manifest(folder)
            notes.extend(read_notes)
        meta = manifests[folder].get(path.relative_to(folder).as_posix())
        if meta is not None or folder == given or folder == folder.parent:
            return meta
        folder = folder.parent


def _within(path: Path, roots: list[Path]) -> bool:
    real = Path(os.path.realpath(path))
    return any(real == root or real.is_relative_to(root) for root in roots)


def _walk(folder: Path, notes: list[str], inside: Callable[[Path], bool]) -> Iterator[Path]:
    """Regular files under ``folder``, sorted; symlinks only where ``inside`` allows them."""
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(
        folder,
        followlinks=True,
        onerror=lambda e: notes.append(f"{printable_path(str(e.filename))}: unreadable folder, skipped"),
    ):
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in seen:
            notes.append(f"{printable_path(root)}: symlink loop, not followed")
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        kept = []
        for name in sorted(dirs):
            sub = Path(root) / name
            if sub.is_symlink() and not inside(sub):
                notes.append(f"{printable_path(str(sub))}: symlink to a folder outside the given paths, not followed")
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            path = Path(root) / name
            if skipped := _unsafe_file(path, inside):
                notes.append(f"{printable_path(str(path))}: {skipped}, skipped")
                continue
            yield path


def _unsafe_file(path: Path, inside: Callable[[Path], bool]) -> str | None:
    """Why a file found in a folder must not be opened (None: it may)."""
    if path.is_symlink() and not inside(path):
        return "symlink to a file outside the given paths (etl load --follow-symlinks allows it)"
    try:
        mode = path.stat().st_mode  # (follows the link)
    except OSError:
        return None  # a broken or looping link: reading it reports why, as a failed file
    if not stat.S_ISREG(mode):
        return "not a regular file (a pipe, socket or device)" if path.is_symlink() else None
    return None
