"""The code stays checkable: lint and type check clean, short functions, no private coupling.

These are the project's code rules (issue 13) stated as tests, so that CI catches a breach
the day it is written rather than at the next review:

- ``ruff check etl db scripts benchmarks tests`` and ``mypy etl db`` (configured in pyproject.toml) find nothing;
- no function or method in ``etl/`` or ``db/`` is longer than MAX_LINES lines;
- no module imports another module's ``_private`` name (shared names are public);
- no module keeps mutable state in module globals rebound through ``global``.
"""
from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("etl", "db")
MAX_LINES = 60


MIGRATIONS = Path("db") / "migrations"  # schema declarations run once by Alembic, not modules of the program


def _modules(root: Path = ROOT) -> list[Path]:
    return sorted(p for pkg in PACKAGES if (root / pkg).is_dir() for p in (root / pkg).rglob("*.py")
                  if not p.relative_to(root).is_relative_to(MIGRATIONS))


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(name: str, root: Path) -> bool:
    base = root.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def _tool(name: str) -> str:
    """The tool installed next to this Python (the test extra pins it), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return found


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)


def test_ruff_finds_nothing() -> None:
    done = _run([_tool("ruff"), "check", "--no-cache", "--output-format", "concise", "etl", "db", "scripts",
                 "benchmarks", "tests"])
    assert done.returncode == 0, f"ruff findings:\n{done.stdout}{done.stderr}"


def test_mypy_finds_nothing() -> None:
    # no incremental cache: a stale cache must not hide an error, and CI starts clean anyway
    done = _run([_tool("mypy"), "--no-incremental", "--cache-dir", os.devnull, "etl", "db"])
    assert done.returncode == 0, f"mypy findings:\n{done.stdout}{done.stderr}"


def long_functions(root: Path = ROOT, max_lines: int = MAX_LINES) -> list[str]:
    """``path:line name (n lines)`` for every function or method over ``max_lines`` lines,
    counted from the ``def`` line to the last line of its body."""
    out = []
    for path in _modules(root):
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > max_lines:
                    out.append(f"{path.relative_to(root)}:{node.lineno} {node.name} ({length} lines)")
    return out


def test_no_function_is_longer_than_sixty_lines() -> None:
    assert long_functions() == [], "split these into functions with one job each"


def private_imports(root: Path = ROOT) -> list[str]:
    """``path:line module._name`` for every private name of another module this one uses:
    ``from X import _name`` (absolute or relative, at any depth) or ``X._name`` on a module
    it imported (``import X``, ``import X as Y``, ``from package import X``)."""
    out = []
    for path in _modules(root):
        here = _module_name(path, root)
        package = here if path.name == "__init__.py" else here.rpartition(".")[0]
        tree = _tree(path)
        modules: dict[str, str] = {}  # local alias -> module it names
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules.update({a.asname or a.name: a.name for a in node.names if a.asname})
            elif isinstance(node, ast.ImportFrom):
                source = _absolute(node, package)
                for alias in node.names:
                    if _private(alias.name) and source != here:
                        out.append(f"{path.relative_to(root)}:{node.lineno} {source}.{alias.name}")
                    elif _is_module(f"{source}.{alias.name}", root):
                        modules[alias.asname or alias.name] = f"{source}.{alias.name}"
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and _private(node.attr) and isinstance(node.value, ast.Name)
                    and modules.get(node.value.id, here) != here):
                out.append(f"{path.relative_to(root)}:{node.lineno} {modules[node.value.id]}.{node.attr}")
    return out


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    parts = package.split(".")
    base = parts[: len(parts) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def test_no_private_name_is_imported_across_modules() -> None:
    # the project's own modules; etl/extract/firsts.py reads the stdlib's regex parser
    # (re._parser), which has no public form, and says so where it imports it
    ours = [found for found in private_imports() if found.split()[1].split(".")[0] in ("etl", "db")]
    assert ours == [], "make a name public where modules genuinely share it"


def test_private_name_scan_sees_each_way_of_reaching_a_private_name(tmp_path: Path) -> None:
    pkg = tmp_path / "etl" / "extract"
    pkg.mkdir(parents=True)
    (tmp_path / "etl" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "words.py").write_text("def _split(s):\n    return s\n\n\ndef split(s):\n    return _split(s)\n")
    (pkg / "lines.py").write_text(
        "from etl.extract import words\n"
        "from etl.extract import words as w\n"
        "from .words import split\n"
        "\n\ndef f(s):\n"
        "    from .words import _split\n"
        "    return words._split(s) + w._split(s) + _split(s) + split(s)\n")
    found = private_imports(tmp_path)
    assert found == ["etl/extract/lines.py:7 etl.extract.words._split",
                     "etl/extract/lines.py:8 etl.extract.words._split",
                     "etl/extract/lines.py:8 etl.extract.words._split"]


def global_statements(root: Path = ROOT) -> list[str]:
    """``path:line name`` for every ``global`` statement: module state rebound at run time."""
    out = []
    for path in _modules(root):
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Global):
                out.extend(f"{path.relative_to(root)}:{node.lineno} {name}" for name in node.names)
    return out


def test_no_module_state_is_rebound_through_global() -> None:
    assert global_statements() == [], "pass state explicitly (or keep it in an object) instead of module globals"


MUTATORS = {"append", "extend", "insert", "add", "update", "setdefault", "pop", "popitem", "remove", "discard",
            "clear", "sort", "reverse", "difference_update", "intersection_update", "symmetric_difference_update"}
CONTAINER_CALLS = {"list", "dict", "set", "defaultdict", "OrderedDict", "Counter", "deque", "bytearray"}
# Module-level containers a function may change in place: none (state lives in the ExtractionContext).
KNOWN_MUTATED: set[str] = set()


def mutated_module_containers(root: Path = ROOT) -> list[str]:
    """``path name`` for each module-level list, dict or set (a literal, comprehension or
    constructor call) that a function of the module changes in place."""
    out = set()
    for path in _modules(root):
        tree = _tree(path)
        containers = {target.id for node in tree.body for target in _assigned(node)
                      if _is_container(node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None)}
        for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)):
            out.update(f"{path.relative_to(root)} {name}" for node in ast.walk(fn)
                       if (name := _mutated_name(node)) in containers)
    return sorted(out)


def _assigned(node: ast.stmt) -> list[ast.Name]:
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
    return [t for t in targets if isinstance(t, ast.Name)]


def _is_container(value: ast.expr | None) -> bool:
    if isinstance(value, ast.List | ast.Dict | ast.Set | ast.ListComp | ast.DictComp | ast.SetComp):
        return True
    return (isinstance(value, ast.Call) and isinstance(value.func, ast.Name | ast.Attribute)
            and (value.func.id if isinstance(value.func, ast.Name) else value.func.attr) in CONTAINER_CALLS)


def _mutated_name(node: ast.AST) -> str | None:
    """The name whose container ``node`` changes in place: ``NAME.append(...)``, ``NAME[k] = v``,
    ``NAME[k] += v``, ``del NAME[k]``."""
    target: ast.expr | None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in MUTATORS:
        target = node.func.value
    elif isinstance(node, ast.Assign | ast.AugAssign | ast.Delete):
        targets = node.targets if isinstance(node, ast.Assign | ast.Delete) else [node.target]
        target = next((t.value for t in targets if isinstance(t, ast.Subscript)), None)
    else:
        return None
    return target.id if isinstance(target, ast.Name) else None


def test_no_function_mutates_a_module_level_container() -> None:
    found = set(mutated_module_containers()) - KNOWN_MUTATED
    assert not found, f"module-level lists, dicts and sets are constants (copy before changing): {sorted(found)}"


def test_module_state_scans_find_global_and_in_place_changes(tmp_path: Path) -> None:
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "cache.py").write_text(
        "SEEN = set()\nLIMITS = {'a': 1}\nNAMES = ['x']\ncount = 0\n\n\n"
        "def note(k):\n    global count\n    count += 1\n    SEEN.add(k)\n    LIMITS[k] = 2\n"
        "    return sorted(NAMES)\n")
    assert global_statements(tmp_path) == ["db/cache.py:8 count"]
    assert mutated_module_containers(tmp_path) == ["db/cache.py LIMITS", "db/cache.py SEEN"]


def test_long_function_scan_counts_from_def_to_last_line(tmp_path: Path) -> None:
    (tmp_path / "etl").mkdir()
    def body(n: int) -> str:
        return "".join(f"    x{i} = {i}\n" for i in range(n))

    (tmp_path / "etl" / "long.py").write_text(f"def fits():\n{body(59)}\n\ndef too_long():\n{body(60)}")
    assert long_functions(tmp_path) == ["etl/long.py:63 too_long (61 lines)"]
