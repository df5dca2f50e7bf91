"""Browse it: Datasette serves the database with the project's metadata (one documented command).

Starts `datasette serve epinews.db --metadata datasette/metadata.json` on a loopback port
and reads v_lockdowns and a canned query as JSON. Datasette reads SQLite files only.
"""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, run_etl  # type: ignore[import-not-found]

pytest.importorskip("datasette")
sys.path.insert(0, str(ROOT / "scripts"))
import build_datasette_metadata as meta  # type: ignore[import-not-found]


def test_metadata_file_is_current_and_describes_every_view_and_column() -> None:
    assert (ROOT / "datasette" / "metadata.json").read_text(encoding="utf-8") == meta.render()
    tables = meta.metadata()["databases"]["epinews"]["tables"]
    for view, (_comment, cols) in meta.views().items():
        assert tables[view]["description"] and set(tables[view]["columns"]) == set(cols)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "datasette serve epinews.db --metadata datasette/metadata.json" in readme


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> object:
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.loads(resp.read().decode("utf-8"))


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    db = tmp_path / "epinews.db"
    r = run_etl("load", str(SEEDS), "--db", f"sqlite:///{db}", "--quiet")
    assert r.returncode == 0, r.stderr[-2000:]
    port = _free_port()
    exe = Path(sys.executable).with_name("datasette")
    proc = subprocess.Popen([str(exe), "serve", str(db), "--metadata", str(ROOT / "datasette" / "metadata.json"),
                             "--host", "127.0.0.1", "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(base + "/-/versions.json")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"datasette did not start: {proc.stdout.read().decode() if proc.stdout else ''}") from None
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_datasette_serves_the_views_as_json(served: str) -> None:
    rows = _get(served + "/epinews/v_lockdowns.json?_shape=array")
    assert isinstance(rows, list)
    py = [r for r in rows if r["adcode"] == "140728"]
    assert py and py[0]["start_date"] == "2022-11-07" and py[0]["scope"] == "county"
    panel = _get(served + "/epinews/county_panel.json?adcode=140728&_shape=array")
    assert [r["day"] for r in panel] == ["2022-11-07", "2022-11-08", "2022-11-09", "2022-11-10"]  # type: ignore[index]
    info = _get(served + "/-/metadata.json")
    assert info["databases"]["epinews"]["tables"]["v_county_day"]["title"]  # type: ignore[index]
