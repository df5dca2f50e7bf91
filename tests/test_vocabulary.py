"""Every vocabulary in etl/data is checked on load: a misspelt or missing key is an error
naming the file and the key, never a rule silently switched off."""
from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

import pytest

from etl.extract import vocabulary
from etl.extract.vocabulary import VocabularyError

NAMES = sorted(vocabulary.SCHEMAS)


def _copy(tmp_path: Path, name: str) -> Path:
    src = resources.files("etl.data").joinpath(f"{name}.toml")
    dst = tmp_path / f"{name}.toml"
    with resources.as_file(src) as path:
        shutil.copy(path, dst)
    return dst


def _first_required(name: str) -> tuple[str, str]:
    """(table, key) of the first required plain key of ``name``'s schema ("" for the top level)."""
    schema = vocabulary.SCHEMAS[name]
    if any(isinstance(spec, type) for spec in schema.values()):
        return "", next(k for k, spec in schema.items() if isinstance(spec, type))
    for table, spec in schema.items():
        if isinstance(spec, dict):
            for key in spec:
                if not key.endswith("?") and not isinstance(spec[key], dict):
                    return table, key
    raise AssertionError(f"{name}: no table with a plain key")


def _rewrite(path: Path, table: str, key: str, new: str | None) -> None:
    """Rename (or, with ``new`` None, drop) ``key`` in ``[table]``; a dropped key's value
    may span lines, so the key is dropped by commenting out its first line and any
    continuation lines up to the next key or table."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = lines.index(f"[{table}]") if table else -1
    at = next(i for i in range(start + 1, len(lines)) if re.match(rf"{re.escape(key)}\s*=", lines[i]))
    if new is not None:
        lines[at] = new + lines[at][len(key):]
    else:
        end = at + 1
        while end < len(lines) and not re.match(r"\s*(\[|[\w\"']+\s*=)", lines[end]):
            end += 1
        lines[at:end] = ["# dropped"]
    path.write_text("\n".join(lines), encoding="utf-8")


def _dotted(table: str, key: str) -> str:
    return f"{table}.{key}" if table else key


@pytest.mark.parametrize("name", NAMES)
def test_shipped_file_matches_its_schema(name: str) -> None:
    assert vocabulary.load(name)


@pytest.mark.parametrize("name", NAMES)
def test_misspelt_key_is_an_error_naming_file_and_key(name: str, tmp_path: Path) -> None:
    path = _copy(tmp_path, name)
    table, key = _first_required(name)
    _rewrite(path, table, key, key + "x")
    with pytest.raises(VocabularyError) as err:
        vocabulary.load(name, tmp_path)
    message = str(err.value)
    assert str(path) in message and f"unknown key '{_dotted(table, key)}x'" in message
    assert "\n" not in message


@pytest.mark.parametrize("name", NAMES)
def test_missing_key_is_an_error_naming_file_and_key(name: str, tmp_path: Path) -> None:
    path = _copy(tmp_path, name)
    table, key = _first_required(name)
    _rewrite(path, table, key, None)
    with pytest.raises(VocabularyError, match=re.escape(f"{path}: missing key '{_dotted(table, key)}'")):
        vocabulary.load(name, tmp_path)


def test_wrong_type_and_row_keys_are_errors(tmp_path: Path) -> None:
    path = _copy(tmp_path, "places")
    text = path.read_text(encoding="utf-8")
    bad_row = text + '\n[[sub.kinds]]\nkind = "gate"\nsufixes = ["门"]\n'
    path.write_text(bad_row, encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"unknown key 'sub\.kinds\[\d+\]\.sufixes'"):
        vocabulary.load("places", tmp_path)
    path.write_text(re.sub(r"(?m)^min_core = \d+", 'min_core = "two"', text), encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"key 'official\.min_core' must be int, not str"):
        vocabulary.load("places", tmp_path)


def test_unreadable_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "web.toml").write_text("[selectors\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"web\.toml: cannot be read"):
        vocabulary.load("web", tmp_path)


def test_load_stops_with_one_line_naming_file_and_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """`etl load` builds the extraction context before any file: a vocabulary that does not
    fit its schema stops it with one error line (exit 2), not a failure per file."""
    import sys

    from etl import cli
    from etl.extract import context

    schemas = dict(vocabulary.SCHEMAS)
    schemas["places"] = {**schemas["places"], "needed": {"key": str}}  # as if places.toml had lost a table
    monkeypatch.setattr(vocabulary, "SCHEMAS", schemas)
    (tmp_path / "p.txt").write_text("甲县开展核酸检测。\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["etl", "load", str(tmp_path / "p.txt"), "--db", f"sqlite:///{tmp_path / 'v.db'}",
                                      "--quiet"])
    context.shared.cache_clear()
    try:
        with pytest.raises(SystemExit) as stop:
            cli.main()
    finally:
        context.shared.cache_clear()
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert err.strip().splitlines()[-1] == "error: etl/data/places.toml: missing key 'needed'", err
    assert "Traceback" not in err
