"""CPU time of one extraction function, this tree's against another checkout's, in one process.

    .venv/bin/python benchmarks/ab_function.py BASE_CHECKOUT MODULE FUNCTION [--repeats N] [FOLDER ...]
    .venv/bin/python benchmarks/ab_function.py /tmp/xbase etl.extract.events _not_excepted

Runs ``extract_page`` once over the pages (default /tmp/perfc) recording every call of
MODULE.FUNCTION (arguments deep-copied), loads the other checkout's MODULE beside this
one's (its imports resolve to this tree), then times both functions over the recorded
calls, alternating, ``--repeats`` times each, and prints each pass and the best. On a
shared machine this resolves a change of a few per cent in one function where whole passes
(``bench_extract.py``) move by more than that. Functions taking a large object (the event
reader, whose taxonomy is deep-copied with it) record slowly: time their callers instead.
"""
from __future__ import annotations

import argparse
import copy
import importlib
import importlib.util
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract_regression import pages  # noqa: E402

from etl.extract.context import shared  # noqa: E402
from etl.pipeline import extract_page  # noqa: E402


def _record(modname: str, fn: str, folders: list[Path]) -> list[tuple[Any, Any]]:
    """Every call of modname.fn during one pass, deep-copied (a call may change its arguments)."""
    mod = importlib.import_module(modname)
    real = getattr(mod, fn)
    calls: list[tuple[Any, Any]] = []

    def rec(*a: Any, **k: Any) -> Any:
        calls.append(copy.deepcopy((a, k)))
        return real(*a, **k)

    patched = [m for m in list(sys.modules.values())
               if m is not None and getattr(m, "__name__", "").startswith("etl") and getattr(m, fn, None) is real]
    for m in patched:
        setattr(m, fn, rec)
    ec = shared()
    for _, text, meta in pages(folders):
        extract_page(text, meta, ec)
    for m in patched:
        setattr(m, fn, real)
    return calls


def _base_function(base: Path, modname: str, fn: str) -> Any:
    """modname.fn as the other checkout has it, loaded under another module name."""
    name = modname + "_base"
    spec = importlib.util.spec_from_file_location(name, base / (modname.replace(".", "/") + ".py"))
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up while the class is made
    spec.loader.exec_module(mod)
    return getattr(mod, fn)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base", type=Path)
    ap.add_argument("module")
    ap.add_argument("function")
    ap.add_argument("folders", nargs="*", type=Path, default=[Path("/tmp/perfc")])
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    calls = _record(args.module, args.function, args.folders)
    funcs = {"base": _base_function(args.base, args.module, args.function),
             "this": getattr(importlib.import_module(args.module), args.function)}
    times: dict[str, list[float]] = {"base": [], "this": []}
    for r in range(args.repeats):
        for name in (("base", "this") if r % 2 == 0 else ("this", "base")):
            todo = copy.deepcopy(calls)
            t0 = time.process_time()
            for a, k in todo:
                funcs[name](*a, **k)
            times[name].append(time.process_time() - t0)
    print(f"{len(calls)} calls of {args.module}.{args.function}")
    for name, ts in times.items():
        print(f"{name}: " + " ".join(f"{t:.4f}" for t in ts) + f"  best {min(ts):.4f} CPU s")


if __name__ == "__main__":
    main()
