"""Which sources the compiled extraction was built from: setup.py records them, ``import etl`` checks.

A compiled build (``ETL_COMPILE=1``, README) puts an extension module next to each .py file
of etl/extract, and Python imports the extension before the source beside it: after an edit
of a .py file the old compiled code would run and the edit would silently do nothing. The
build records the SHA-256 of every source it compiled (``compiled.json``); importing ``etl``
compares them with the sources and stops with one line when any differs. Without extension
modules (the default, pure-Python install) there is nothing to check.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

STAMP = "compiled.json"
REBUILD = "ETL_COMPILE=1 .venv/bin/python setup.py build_ext --inplace"
REMOVE = "rm etl/extract/*.so"


def source_hashes(folder: Path, names: Iterable[str]) -> dict[str, str]:
    """SHA-256 of each named source file of folder (absent files left out)."""
    return {n: hashlib.sha256((folder / n).read_bytes()).hexdigest() for n in names if (folder / n).is_file()}


def stale_sources(folder: Path) -> list[str]:
    """The .py files of folder's extension modules that differ from what the build recorded
    (all of them when there is no record)."""
    ext = tuple(EXTENSION_SUFFIXES)
    names = sorted({p.name.split(".")[0] + ".py" for p in folder.iterdir() if p.name.endswith(ext)})
    if not names:
        return []
    try:
        recorded = json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return names
    now = source_hashes(folder, names)
    return [n for n in names if n not in now or recorded.get(n) != now[n]]


def check_compiled(folder: Path) -> None:
    """Stop (one line, exit 1) when compiled modules of folder are older than their sources."""
    stale = stale_sources(folder)
    if stale:
        shown = ", ".join(stale[:3]) + (f" and {len(stale) - 3} more" if len(stale) > 3 else "")
        raise SystemExit(f"error: the compiled extraction in {folder} was built from other sources than "
                         f"{shown}: rebuild it ({REBUILD}) or remove it ({REMOVE})")
