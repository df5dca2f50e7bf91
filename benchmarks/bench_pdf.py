"""PDF reading speed, pages per second: the two candidate libraries and `etl load`'s PDF path.

    .venv/bin/python benchmarks/bench_pdf.py [--pages 24]

Generates A3 e-paper pages (tests/pdfgen.py), then times on the same files: pdfplumber
glyphs with boxes and sizes; pypdfium2 glyphs with boxes and sizes (and how many glyphs it
loses against pdfplumber); pdfminer.six alone (what etl uses); our reader (pdfminer + layout
analysis + items); and the whole per-page pipeline up to facts (reading, layout, bylines,
places, events). pdfplumber and pypdfium2 are not dependencies: `pip install pdfplumber`
(which brings pypdfium2) to compare them; without them their rows are skipped.
"""
from __future__ import annotations

import argparse
import ctypes
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import pdfgen  # noqa: E402


def plumber_glyphs(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return sum(len([c for c in p.chars if not c["text"].isspace()]) + 0 * len(p.rects) for p in pdf.pages)


def pdfium_glyphs(path: Path) -> int:
    import pypdfium2 as pdfium
    import pypdfium2.raw as c

    pdf = pdfium.PdfDocument(str(path))
    n = 0
    rect = c.FS_RECTF()
    for page in pdf:
        tp = page.get_textpage()
        for k in range(c.FPDFText_CountChars(tp.raw)):
            if c.FPDFText_IsGenerated(tp.raw, k) == 1 or chr(c.FPDFText_GetUnicode(tp.raw, k)).isspace():
                continue
            c.FPDFText_GetLooseCharBox(tp.raw, k, ctypes.byref(rect))
            c.FPDFText_GetFontSize(tp.raw, k)
            n += 1
    pdf.close()
    return n


def pdfminer_glyphs(path: Path) -> int:
    from etl.read_pdf import read_pdf

    return sum(len([g for g in p.glyphs if not g.ch.isspace()]) for p in read_pdf(path).pages)


def our_reader(path: Path) -> int:
    from etl.extract.blocks import compose
    from etl.extract.pdf_layout import analyse
    from etl.read_pdf import read_pdf

    return sum(len(compose(layout.furniture, layout.articles)[1]) for layout in map(analyse, read_pdf(path).pages))


def whole_page(path: Path) -> int:
    from etl.extract.context import shared
    from etl.extract.model import PageMeta
    from etl.pipeline import process_file
    from etl.read import Source

    return sum(len(r.derived.articles) for r in process_file(Source(path, path.name, PageMeta()), shared()))


def timed(fn, files: list[Path]) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    total = sum(fn(f) for f in files)
    return time.perf_counter() - t0, total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=24)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = [p for p, _ in pdfgen.write_pages(Path(tmp), args.pages)]
        whole_page(files[0])  # warm up: gazetteer and vocabularies load once
        rows = []
        for name, fn in (("pdfplumber glyphs", plumber_glyphs), ("pypdfium2 glyphs", pdfium_glyphs),
                         ("pdfminer.six glyphs (etl.read_pdf)", pdfminer_glyphs),
                         ("etl PDF reader (pdfminer + layout + items)", our_reader),
                         ("whole page to facts", whole_page)):
            try:
                seconds, count = timed(fn, files)
            except ImportError as exc:
                print(f"{name}: skipped ({exc.name} not installed)")
                continue
            rows.append((name, seconds, len(files) / seconds, count))
    print(f"| what ({len(files)} A3 pages) | seconds | pages/s | count |")
    print("|---|---|---|---|")
    for name, seconds, rate, count in rows:
        print(f"| {name} | {seconds:.2f} | {rate:.1f} | {count} |")


if __name__ == "__main__":
    main()
