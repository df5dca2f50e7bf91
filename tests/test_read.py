"""Reading input: encodings are detected and recorded, bad files say why, manifests are read."""
from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from etl.read import InputError, decode, discover, read_manifest, read_source

TEXT = "本报讯（记者 司勇）4月3日，小店区开展全员核酸检测。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-bom"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
    ],
)
def test_encodings_are_detected_and_named(data: bytes, encoding: str) -> None:
    text, found = decode(data)
    assert text.lstrip("\ufeff") == TEXT
    assert found == encoding


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" + bytes(range(256)) * 4, "binary"),
        (TEXT.encode("utf-8")[:-1], "truncated UTF-8"),
    ],
)
def test_undecodable_input_says_why(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode(data)


def test_whitespace_only_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "blank.txt"
    f.write_text("   \n\n\t  ", encoding="utf-8")
    with pytest.raises(InputError, match="only white space"):
        read_source(f)


def test_nul_bytes_in_text_are_refused(tmp_path: Path) -> None:
    f = tmp_path / "nul.txt"
    f.write_bytes(TEXT.encode("utf-8") + b"\x00" + TEXT.encode("utf-8"))
    with pytest.raises(InputError, match="NUL"):
        read_source(f)


def test_source_records_sha256_and_size(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(TEXT.encode("gb18030"))
    d = read_source(f)
    assert d.encoding == "gb18030" and d.size == f.stat().st_size and len(d.sha256) == 64


def test_manifest_gives_metadata_and_warns_about_unknown_columns(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_text(
        "file,newspaper,region,edition_date,date_precision,page,colour\n"
        "a.txt,晋中日报,晋中市,2022-11-10,approximate,3,red\n"
        "b.txt,,,2022-13-40,,,\n"
        "../c.txt,,,,,,\n",
        encoding="utf-8",
    )
    metas, notes = read_manifest(tmp_path)
    assert metas["a.txt"].newspaper == "晋中日报"
    assert metas["a.txt"].edition_date == date(2022, 11, 10)
    assert metas["a.txt"].date_precision == "approximate"
    assert metas["b.txt"].edition_date is None
    assert any("colour" in n for n in notes)
    assert any("bad date" in n and "b.txt" in n for n in notes)
    assert any("outside the folder" in n for n in notes)
    assert "../c.txt" not in metas


def test_a_manifest_beside_its_texts_applies_when_a_folder_above_is_loaded(tmp_path: Path) -> None:
    # a set kept as set/articles/ with its manifest there loads the same from set/
    articles = tmp_path / "set" / "articles"
    articles.mkdir(parents=True)
    (articles / "a.txt").write_text(TEXT, encoding="utf-8")
    (articles / "b.txt").write_text(TEXT, encoding="utf-8")
    (articles / "manifest.csv").write_text("file,newspaper,edition_date\na.txt,太谷报,2022-04-05\n", encoding="utf-8")
    (tmp_path / "set" / "manifest.csv").write_text("file,newspaper\narticles/b.txt,榆社报\n", encoding="utf-8")
    from_set = {s.name: s.meta for s in discover([tmp_path / "set"]).sources}
    assert from_set["articles/a.txt"].edition_date == date(2022, 4, 5)
    assert from_set["articles/a.txt"].newspaper == "太谷报"
    assert from_set["articles/b.txt"].newspaper == "榆社报"  # listed only by the folder above
    from_articles = {s.name: s.meta for s in discover([articles]).sources}
    assert from_articles["a.txt"] == from_set["articles/a.txt"]
    assert from_articles["b.txt"].newspaper is None  # a manifest above the given folder is not read


def test_discover_walks_folders_for_txt_and_notes_other_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "p.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "q.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    found = discover([tmp_path], edition_date=date(2022, 4, 5))
    names = sorted(s.name for s in found.sources)
    assert names == ["q.txt", "sub/p.txt"]
    assert all(s.meta.edition_date == date(2022, 4, 5) for s in found.sources)
    assert any("photo.jpg" in n and "ignored" in n for n in found.notes)
    assert any("symlink loop" in n for n in found.notes)
