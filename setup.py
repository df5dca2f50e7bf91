"""Build hook: plain Python by default; ``ETL_COMPILE=1`` compiles the extraction stages with mypyc.

The compiled build is opt-in and for regular installs only (``ETL_COMPILE=1 pip install .``):
an editable install would import the compiled modules and ignore later edits of their .py
files, so build_support/backend.py refuses that combination. Everything else (metadata,
dependencies, packages) lives in pyproject.toml.
"""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

from setuptools import setup

# etl/extract modules left as Python: vocabulary.py is read once at start-up (no gain), and
# mypyc cannot build its dataclass annotations that name a type alias defined further down
# (import fails with KeyError: 'Schema'); title_model.py is the headline chooser measured in
# docs/accuracy.md (ninth round), which extraction does not call yet.
NOT_COMPILED = {"vocabulary.py", "title_model.py"}


def compiled_modules() -> list[str]:
    """The .py files mypyc compiles: every extraction stage but NOT_COMPILED."""
    here = Path(__file__).resolve().parent
    return sorted(str(p.relative_to(here)) for p in (here / "etl" / "extract").glob("*.py")
                  if p.name not in NOT_COMPILED)


def record_sources(modules: list[str]) -> None:
    """etl/extract/compiled.json: the hash of every source compiled, which ``import etl`` checks
    (etl/stamp.py, loaded by path: importing etl itself would run that check on a stale build)."""
    spec = importlib.util.spec_from_file_location("etl_stamp", Path(__file__).resolve().parent / "etl" / "stamp.py")
    assert spec is not None and spec.loader is not None
    stamp = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(stamp)
    folder = Path(__file__).resolve().parent / "etl" / "extract"
    hashes = stamp.source_hashes(folder, [Path(m).name for m in modules])
    (folder / stamp.STAMP).write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def ext_modules() -> list[object]:
    """mypyc extensions when ETL_COMPILE=1, else none (a pure-Python build needs no mypy)."""
    if os.environ.get("ETL_COMPILE", "") != "1":
        return []
    from mypyc.build import mypycify

    record_sources(compiled_modules())
    # mypyc fails on any mypy message, and pyproject's overrides for modules extraction does not
    # import (lxml) would each be a note under warn_unused_configs
    return list(mypycify(["--no-warn-unused-configs", *compiled_modules()], opt_level="3"))


setup(ext_modules=ext_modules())
