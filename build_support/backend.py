"""PEP 517 backend: setuptools, plus mypy (and what it type-checks against) when ``ETL_COMPILE=1``.

A default install (``pip install -e '.[test]'``) is pure Python and needs nothing beyond
setuptools. ``ETL_COMPILE=1 pip install .`` compiles the extraction stages with mypyc
(setup.py), so only then does the isolated build environment need mypy, at the versions
pyproject.toml pins. An editable compiled install is refused: a checkout is compiled in place
with ``setup.py build_ext --inplace`` instead, whose record of the compiled sources ``import
etl`` checks (etl/stamp.py).
"""
from __future__ import annotations

import os
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (every hook not overridden here)

ROOT = Path(__file__).resolve().parent.parent


def compiling() -> bool:
    """Whether this build compiles extraction (ETL_COMPILE=1 in the environment)."""
    return os.environ.get("ETL_COMPILE", "") == "1"


# what mypy must see to type the compiled modules as in development: itself, and the typed
# libraries etl/extract imports (without them their calls would compile as untyped)
COMPILE_REQUIRES = ("mypy", "rjieba", "pypinyin")


def compile_requirements() -> list[str]:
    """COMPILE_REQUIRES at the versions pyproject.toml pins (one pin for development and build)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    out = []
    for name in COMPILE_REQUIRES:
        found = [str(r) for r in pins if re.fullmatch(rf"{name}\s*==\s*[\w.]+", r)]
        if len(found) != 1:
            raise RuntimeError(f"pyproject.toml must pin {name} exactly once ({name}==X.Y.Z)")
        out += found
    return out


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    # not setuptools' own hook when compiling: it runs setup.py, which then imports mypyc
    # before it is installed (the project declares no setup_requires of its own)
    if compiling():
        return compile_requirements()
    return list(_setuptools.get_requires_for_build_wheel(config_settings))


def _refuse_editable() -> None:
    if compiling():
        sys.exit("ETL_COMPILE=1 is for a regular install (ETL_COMPILE=1 pip install .); to compile a checkout "
                 "in place: ETL_COMPILE=1 .venv/bin/python setup.py build_ext --inplace (README)")


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    _refuse_editable()
    return list(_setuptools.get_requires_for_build_editable(config_settings))


def build_editable(wheel_directory: str, config_settings: dict[str, Any] | None = None,
                   metadata_directory: str | None = None) -> str:
    _refuse_editable()
    return str(_setuptools.build_editable(wheel_directory, config_settings, metadata_directory))
