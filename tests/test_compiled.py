"""The mypyc-compiled extraction (``ETL_COMPILE=1 pip install .``) gives pure Python's output.

The slow test builds the extension modules the way setup.py does (the same module list, the
same mypy pins) in a copy of the tree, then dumps extraction over the seeds, the real
articles where present and extract_regression.py's edge cases from both trees and requires
the dumps to be byte-identical, and a source edited after the build to stop ``import etl``.
The fast tests check the build backend (mypy a build requirement of the compiled build, an
editable compiled install refused) and the stale-build check of etl/stamp.py.
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
REAL = ROOT.parent / "shared" / "real" / "articles"


def _backend() -> ModuleType:
    spec = importlib.util.spec_from_file_location("etl_build_backend", ROOT / "build_support" / "backend.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_compiled_build_requires_the_pinned_mypy(monkeypatch: pytest.MonkeyPatch) -> None:
    import tomllib

    test_pins = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    mypy = [p for p in test_pins["test"] if p.startswith("mypy==")]
    monkeypatch.setenv("ETL_COMPILE", "1")
    assert mypy and mypy[0] in _backend().get_requires_for_build_wheel()


def test_editable_compiled_install_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    backend = _backend()
    monkeypatch.setenv("ETL_COMPILE", "1")
    with pytest.raises(SystemExit, match="build_ext --inplace"):
        backend.get_requires_for_build_editable()
    with pytest.raises(SystemExit, match="build_ext --inplace"):
        backend.build_editable("unused")


def test_stale_compiled_modules_are_found(tmp_path: Path) -> None:
    from importlib.machinery import EXTENSION_SUFFIXES

    from etl.stamp import STAMP, check_compiled, source_hashes, stale_sources

    (tmp_path / "dates.py").write_text("A = 1\n")
    (tmp_path / "events.py").write_text("B = 2\n")
    assert stale_sources(tmp_path) == []  # pure Python: nothing to check
    for name in ("dates", "events"):
        (tmp_path / f"{name}{EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    assert stale_sources(tmp_path) == ["dates.py", "events.py"]  # compiled, but no record of what from
    (tmp_path / STAMP).write_text(json.dumps(source_hashes(tmp_path, ["dates.py", "events.py"])))
    assert stale_sources(tmp_path) == []
    (tmp_path / "events.py").write_text("B = 3\n")  # edited after the build
    assert stale_sources(tmp_path) == ["events.py"]
    with pytest.raises(SystemExit, match=r"events\.py: rebuild it"):
        check_compiled(tmp_path)


def test_version_says_whether_extraction_is_compiled() -> None:
    out = subprocess.run([sys.executable, "-m", "etl", "--version"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0 and "compiled extraction: no" in out.stdout, out.stdout + out.stderr


def _copy_tree(to: Path) -> None:
    """What the build and the dump need, without compiled leftovers of the working tree."""
    skip = shutil.ignore_patterns("__pycache__", "*.so", "*.c")
    for name in ("etl", "db", "seeds"):
        shutil.copytree(ROOT / name, to / name, ignore=skip)
    for name in ("setup.py", "pyproject.toml", "benchmarks/extract_regression.py"):
        (to / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, to / name)


def _is_compiled(tree: Path) -> bool:
    code = f"import sys; sys.path.insert(0, {str(tree)!r}); from etl.extract import compiled; print(compiled())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tree)
    return out.stdout.strip() == "True"


@pytest.mark.slow
def test_compiled_extraction_gives_the_same_output(tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"no seeds at {SEEDS}")
    if shutil.which("gcc") is None or importlib.util.find_spec("mypyc") is None:
        pytest.skip("the compiled build needs gcc and mypyc (pip install -e '.[test]')")
    tree = tmp_path / "tree"
    _copy_tree(tree)
    build = subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace", "-j", "2"], cwd=tree,
                           env={**os.environ, "ETL_COMPILE": "1"}, capture_output=True, text=True, timeout=1800)
    assert build.returncode == 0, f"mypyc build failed:\n{build.stdout[-3000:]}{build.stderr[-3000:]}"
    assert _is_compiled(tree) and not _is_compiled(ROOT)
    folders = [str(SEEDS), *([str(REAL)] if REAL.is_dir() else [])]
    pure, fast = tmp_path / "pure.json", tmp_path / "compiled.json"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extract_regression.py"), str(pure), *folders],
                   check=True, capture_output=True, timeout=600)
    cmp = subprocess.run([sys.executable, str(tree / "benchmarks" / "extract_regression.py"), str(fast), *folders,
                          "--compare", str(pure)], capture_output=True, text=True, timeout=600)
    assert cmp.returncode == 0 and "identical" in cmp.stdout, cmp.stdout + cmp.stderr
    events = tree / "etl" / "extract" / "events.py"
    events.write_text(events.read_text(encoding="utf-8") + "# edited after the build\n", encoding="utf-8")
    stale = subprocess.run([sys.executable, "-c", "import etl"], cwd=tree, capture_output=True, text=True)
    assert stale.returncode == 1 and "rebuild it" in stale.stderr, stale.stderr  # never the old compiled code
