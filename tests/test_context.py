"""The extraction context: built once per process, handed to workers by reference, and the
only process-wide memo extraction keeps besides the two named below."""
from __future__ import annotations

import ast
import dataclasses
import pickle
from pathlib import Path

import pytest

from etl.extract.context import ExtractionContext, shared

EXTRACT = Path(__file__).resolve().parents[1] / "etl" / "extract"
# memos that remain, each for a reason: the gazetteer (a second to load, read by bylines too)
# and the context itself
ALLOWED_MEMOS = {("gazetteer.py", "load"), ("context.py", "shared")}


def _memoised(path: Path) -> set[tuple[str, str]]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef):
            for dec in node.decorator_list:
                name = ast.unparse(dec.func if isinstance(dec, ast.Call) else dec)
                if name.split(".")[-1] in ("cache", "lru_cache"):
                    found.add((path.name, node.name))
    return found


def test_no_function_caches_in_extraction_but_the_named_ones() -> None:
    found = set().union(*(_memoised(p) for p in EXTRACT.glob("*.py")))
    assert found == ALLOWED_MEMOS, "a new cache in etl/extract: put what it holds in the context or a constant"


def test_context_is_frozen_and_shared_once() -> None:
    ec = shared()
    assert shared() is ec
    with pytest.raises(dataclasses.FrozenInstanceError):
        ec.taxonomy = ec.taxonomy  # type: ignore[misc]


def test_a_worker_receives_the_context_by_reference() -> None:
    """Pickling (how a pool hands arguments to a worker) sends a reference, not the gazetteer."""
    data = pickle.dumps(shared())
    assert len(data) < 200
    assert pickle.loads(data) is shared()


def test_load_builds_a_new_context_from_the_shipped_files() -> None:
    fresh = ExtractionContext.load()
    assert fresh is not shared()
    assert fresh.events == shared().events and fresh.places.tuning == shared().places.tuning
