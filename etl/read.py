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
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from etl.extract.model import PageMeta

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
    """A file to load: where it is and the name it is recorded under."""

    path: Path
    name: str  # relative to the folder given to `etl load` (the file name for a single file)
    meta: PageMeta


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


def read_source(path: Path) -> Decoded:
    """Read and decode one file, or raise InputError with the reason."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
            # a FIFO would block the load forever, /dev/zero would fill memory
            raise InputError("not a regular file (a pipe, socket or device)")
        size = st.st_size
        if size > MAX_BYTES:
            raise InputError(f"too large for a page: {size / 2**20:.1f} MB (the limit is {MAX_BYTES // 2**20} MB); split it into pages")
        data = path.read_bytes()
    except PermissionError:
        raise InputError("unreadable: permission denied") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as exc:
        raise InputError(f"unreadable: {exc.strerror or exc}") from None
    text, encoding = decode(data)
    if "\x00" in text:
        raise InputError("binary data, not text (NUL bytes)")
    if not text.strip():
        raise InputError("no text: the file holds only white space")
    return Decoded(text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest(), size=len(data))


# --- manifest ---------------------------------------------------------------------------


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"bad date {value!r}, expected YYYY-MM-DD") from None


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
                return {}, notes + [f"{path}: no 'file' column, manifest ignored"]
            for lineno, row in enumerate(reader, start=2):
                name = (row.get("file") or "").strip()
                if not name:
                    continue
                target = (folder / name).resolve()
                if not target.is_relative_to(folder.resolve()):
                    notes.append(f"{path}:{lineno}: file {name!r} is outside the folder, row ignored")
                    continue
                meta = PageMeta(
                    newspaper=(row.get("newspaper") or "").strip() or None,
                    region=(row.get("region") or "").strip() or None,
                    page=(row.get("page") or "").strip() or None,
                )
                raw_date = (row.get("edition_date") or "").strip()
                if raw_date:
                    try:
                        meta.edition_date = parse_date(raw_date)
                    except ValueError as exc:
                        notes.append(f"{path}:{lineno}: {exc}; edition date ignored for {name}")
                precision = (row.get("date_precision") or "").strip()
                if precision in ("exact", "approximate"):
                    meta.date_precision = precision  # type: ignore[assignment]
                elif precision:
                    notes.append(f"{path}:{lineno}: date_precision {precision!r} is not exact/approximate, ignored")
                elif meta.edition_date:
                    meta.date_precision = "exact"
                out[Path(name).as_posix()] = meta
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        notes.append(f"{path}: manifest unreadable ({exc}), ignored")
    return out, notes


# --- discovery --------------------------------------------------------------------------


def discover(paths: list[Path], edition_date: date | None = None) -> Discovery:
    """Expand files and folders into sources, reading each folder's manifest.

    Folders are walked recursively for ``*.txt`` (symlink loops are not followed); other
    files are noted and skipped. ``edition_date`` applies where no manifest says otherwise.
    """
    found = Discovery()
    for given in paths:
        if given.is_dir():
            manifest, notes = read_manifest(given)
            found.notes.extend(notes)
            for path in _walk(given, found.notes):
                rel = path.relative_to(given).as_posix()
                if path.name == MANIFEST:
                    continue
                if path.suffix.lower() not in TEXT_SUFFIXES:
                    found.notes.append(f"{path}: not a .txt, .pdf, .html or .mhtml file, ignored")
                    continue
                meta = manifest.get(rel) or PageMeta(edition_date=edition_date, date_precision="exact" if edition_date else "unknown")
                found.sources.append(Source(path=path, name=rel, meta=meta))
        elif given.exists() or given.is_symlink():
            manifest, notes = read_manifest(given.parent)
            found.notes.extend(notes)
            meta = manifest.get(given.name) or PageMeta(edition_date=edition_date, date_precision="exact" if edition_date else "unknown")
            found.sources.append(Source(path=given, name=given.name, meta=meta))
        else:
            found.sources.append(Source(path=given, name=given.name, meta=PageMeta()))
    return found


def _walk(folder: Path, notes: list[str]) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True, onerror=lambda e: notes.append(f"{e.filename}: unreadable folder, skipped")):
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in seen:
            notes.append(f"{root}: symlink loop, not followed")
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs.sort()
        for name in sorted(files):
            yield Path(root) / name
