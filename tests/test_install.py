"""A regular (non-editable) install works on its own: the wheel carries the migrations, so a
user who ran `pip install .` can create, upgrade and load a database without a checkout."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# a page written for this test (invented county and people)
PAGE = "示例县启动新一轮采样\n本报讯（记者 林某某）3月8日，示例县城乡居民排队接受核酸采样。\n"


def _wheel(out: Path) -> Path:
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    (wheel,) = out.glob("epinews_etl-*.whl")
    return wheel


@pytest.mark.slow
def test_a_regular_install_migrates_and_loads(tmp_path: Path) -> None:
    wheel = _wheel(tmp_path / "wheel")
    names = zipfile.ZipFile(wheel).namelist()
    assert "db/migrations/env.py" in names
    assert any(n.startswith("db/migrations/versions/0001_") for n in names)
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)  # a wheel is installed by unpacking it
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p1.txt").write_text(PAGE, encoding="utf-8")
    # the installed copy first on the path, run from elsewhere: nothing of the checkout is read
    env = {**os.environ, "PYTHONPATH": str(site)}
    run = [sys.executable, "-c", "import etl, sys; from etl.cli import main; "
           "assert etl.__file__.startswith(sys.argv.pop(1)), etl.__file__; main()", str(site)]
    db = f"sqlite:///{tmp_path / 'a.db'}"
    loaded = subprocess.run([*run, "load", str(pages), "--db", db], capture_output=True, text=True, cwd=tmp_path,
                            env=env, timeout=600)
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    current = subprocess.run([*run, "db", "current", "--db", db], capture_output=True, text=True, cwd=tmp_path,
                             env=env, timeout=600)
    assert current.returncode == 0 and "0007" in current.stdout + current.stderr
