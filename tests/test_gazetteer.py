"""The gazetteer snapshot: shape, lookups, Place chains, cache."""
from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

from etl.extract.gazetteer import SNAPSHOT, Gazetteer, load, load_from

ROOT = Path(__file__).resolve().parents[1]


def test_load_is_cached():
    assert load() is load()


def test_snapshot_shape():
    g = load()
    assert len(g) > 700_000
    assert SNAPSHOT.stat().st_size < 8_000_000
    assert (ROOT / "etl/data/GAZETTEER_LICENSE.txt").read_text(encoding="utf-8").count("Apache") >= 1
    levels = {lv: g.levels.count(lv) for lv in range(5)}
    assert levels[0] == 34 and levels[2] > 3000 and levels[3] > 40_000


def test_place_chain_and_adcode():
    g = load()
    (i,) = g.ids("小店区")
    p = g.place(i)
    assert p.level == "county" and p.adcode == "140105"
    assert p.path == ("山西省", "太原市", "小店区")
    assert p.ancestor("prefecture").adcode == "140100"
    lb = [g.place(j) for j in g.ids("龙堡社区")]
    assert "山西省/太原市/小店区/北营街道/龙堡社区" in {x.key for x in lb}
    assert all(x.adcode is None for x in lb)


def test_duplicate_names():
    g = load()
    ids = g.ids("汇丰社区")
    assert len(ids) >= 7 and ids == sorted(ids)
    assert all(g.names[i] == "汇丰社区" for i in ids)
    assert g.ids("不存在的地名") == []


def test_short_and_children():
    g = load()
    assert [g.names[i] for i in g.short_ids("平遥")] == ["平遥县"]
    (bj,) = g.ids("北营街道")
    kids = {g.names[i] for i in g.children(bj)}
    assert {"龙堡社区", "南坪头社区"} <= kids


def test_iter_places_parents_first():
    g = load()
    seen: set[str] = set()
    for k, p in enumerate(g.iter_places()):
        if p.parent is not None:
            assert p.parent.key in seen
        seen.add(p.key)
        if k > 5000:
            break


def test_cache_roundtrip(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    a = load_from(SNAPSHOT)  # builds and writes the cache
    assert list(tmp_path.rglob("gazetteer-*.marshal"))
    b = load_from(SNAPSHOT)  # reads it
    assert a.names == b.names and a.parents == b.parents and a.levels == b.levels
    assert b.ids("汇丰社区") == a.ids("汇丰社区")
    # the name index comes from the cache too: the same names, ids and order as built from the names
    assert list(b.by_name.items()) == list(a.by_name.items())
    assert list(a.by_name.items()) == list(dict(zip(a.names, range(len(a.names)), strict=False)).items())
    assert b.name_ends() == a.name_ends() and a.name_ends()["遥县"][0] >= 3


def test_build_script_parses_tree(tmp_path):
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts/build_gazetteer.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    src = tmp_path / "china_location.txt"
    src.write_text("山西省\t140000\t山西\r\n\t太原市\t140100\t太原\r\n\t\t小店区\t140105\t小店\r\n"
                   "\t\t\t北营街道\r\n\t\t\t\t龙堡社区\r\n\t\t\t坞城街道\r\n", encoding="utf-8")
    rows = mod.parse(src)
    assert rows == [(0, -1, 0, "山西省", "山西", "140000"), (1, 0, 1, "太原市", "太原", "140100"),
                    (2, 1, 2, "小店区", "小店", "140105"), (3, 2, 3, "北营街道", "", ""),
                    (4, 3, 4, "龙堡社区", "", ""), (5, 2, 3, "坞城街道", "", "")]
    out = tmp_path / "g.tsv.gz"
    mod.write(rows, out)
    g = Gazetteer.from_tsv(gzip.decompress(out.read_bytes()))
    assert g.place(4).key == "山西省/太原市/小店区/北营街道/龙堡社区"


def _facts_of(folder: Path) -> list[tuple[object, ...]]:
    """What extraction finds on every page of ``folder``: headlines, place keys, events."""
    from etl.extract.context import shared
    from etl.extract.model import PageMeta
    from etl.pipeline import extract_page
    from etl.read import read_manifest, read_source

    manifest, _ = read_manifest(folder)
    out: list[tuple[object, ...]] = []
    for path in sorted(folder.glob("*.txt")):
        for f in extract_page(read_source(path).text, manifest.get(path.name, PageMeta()), shared()):
            out.append((f.item.headline, tuple(m.place.key for m in f.places),
                        tuple((e.type, e.county.key if e.county else None, e.start) for e in f.events)))
    return out


def test_bounded_memos_do_not_change_what_is_found(monkeypatch):
    """The gazetteer's and place index's memos start again when full: a memo of two entries,
    emptied at almost every look-up, finds exactly what the full-size memos find."""
    from etl.extract import memo

    folder = ROOT.parent / "shared" / "seeds"
    if not folder.is_dir():
        import pytest

        pytest.skip("../shared/seeds is not beside this checkout")
    expected = _facts_of(folder)
    assert any(events for *_, events in expected)
    monkeypatch.setattr(memo, "MEMO_LIMIT", 2)
    assert _facts_of(folder) == expected


def test_memo_starts_again_when_full(monkeypatch):
    from etl.extract import memo

    monkeypatch.setattr(memo, "MEMO_LIMIT", 3)
    d: dict[int, str] = {}
    for k in range(7):
        assert memo.remember(d, k, str(k)) == str(k)
        assert len(d) <= 3 and d[k] == str(k)


def test_is_area_agrees_with_walking_every_node_of_the_name() -> None:
    """``is_area`` (one set look-up) says what walking the name's nodes and short names says:
    a province, prefecture or county is named, whatever villages share the name."""
    from etl.extract.gazetteer import load

    gaz = load()
    names = [*gaz.names[::97], *gaz.shorts.values(), "平遥", "平遥县", "新村", "城关镇", "中心"]
    pieces = {n[i:i + k] for n in names for k in (2, 3) for i in range(0, max(0, len(n) - k + 1))}
    for name in [*names, *pieces]:
        walked = any(gaz.levels[i] <= 2 for i in [*gaz.ids(name), *gaz.short_ids(name)])
        assert gaz.is_area(name) == walked, name
        assert not gaz.is_area(name) or set(name) <= gaz.area_chars()
