"""PDF pages and saved web pages: layout F1 on generated pages, broken PDFs, web page shapes, mixed folders."""
from __future__ import annotations

import json
from pathlib import Path

import pdfgen  # type: ignore[import-not-found]
import pytest
from conftest import run_etl  # type: ignore[import-not-found]

from etl.extract.blocks import compose
from etl.extract.pdf_layout import analyse
from etl.read import InputError
from etl.read_html import read_html
from etl.read_pdf import read_pdf

# The issue asks for 0.98; 1.00 measured on these 24 pages and on 80 more (seeds 25-104).
ARTICLES_FLOOR = 0.98
HEADLINE_FLOOR = 0.98


def _squash(s: str | None) -> str:
    return "".join((s or "").split())


def _score(pages: list[tuple[Path, pdfgen.Page]]) -> tuple[float, float, int]:
    tp = fp = fn = heads = total = 0
    for path, page in pages:
        layout = analyse(read_pdf(path).pages[0])
        _, items = compose(layout.furniture, layout.articles)
        gold = page.gold()
        total += len(gold)
        matched: set[int] = set()
        for it in items:
            body = _squash("".join(p.text.text for p in it.parts if p.kind == "body"))
            g = next((i for i, g in enumerate(gold) if i not in matched and body.startswith(_squash(g["body_start"]))
                      and body.endswith(_squash(g["body_end"]))), None)
            if g is None:
                fp += 1
                continue
            matched.add(g)
            tp += 1
            heads += _squash(it.headline) == _squash(gold[g]["headline"])
        fn += len(gold) - len(matched)
    return 2 * tp / (2 * tp + fp + fn), heads / total, total


def test_generated_pages_articles_and_headlines(tmp_path: Path) -> None:
    pages = pdfgen.write_pages(tmp_path, 24)
    assert {p.columns for _, p in pages} == {2, 3, 4}
    articles, headlines, total = _score(pages)
    assert total >= 80
    assert articles >= ARTICLES_FLOOR, articles
    assert headlines >= HEADLINE_FLOOR, headlines


def test_page_header_gives_paper_date_and_edition(tmp_path: Path) -> None:
    (path, page), = pdfgen.write_pages(tmp_path, 1, start=3)
    layout = analyse(read_pdf(path).pages[0])
    assert layout.edition_date == page.day
    assert layout.newspaper == page.paper
    assert layout.edition == page.edition
    assert not any("版" in t for a in layout.articles for _, t in a.blocks)  # jump and edition lines are furniture


def _scan(path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path))
    c.rect(50, 50, 400, 600, fill=1)  # an image-only page: no text layer
    c.showPage()
    c.save()


def _encrypted(path: Path) -> None:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    c.drawString(100, 700, "locked")
    c.showPage()
    c.save()


@pytest.mark.parametrize("kind", ["scan", "encrypted", "truncated", "corrupt"])
def test_unreadable_pdfs_one_clear_reason(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.pdf"
    if kind == "scan":
        _scan(path)
    elif kind == "encrypted":
        _encrypted(path)
    else:
        pdfgen.draw(pdfgen.make_page(2), path)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3] if kind == "truncated" else data[:20] + b"\x00garbage" * 400)
    with pytest.raises(InputError) as err:
        read_pdf(path)
    message = str(err.value)
    assert "\n" not in message
    expected = {"scan": "OCR is not supported", "encrypted": "encrypted", "truncated": "damaged", "corrupt": "damaged"}[kind]
    assert expected in message


NEWSPAPER = """<html><head><meta charset="utf-8"><title>蒲县开展全员核酸检测--临汾东部日报数字报</title>
<meta name="publishdate" content="2022-03-14"><link rel="canonical" href="https://epaper.example.cn/html/2022-03/14/content_88.htm"></head>
<body><div class="nav">上一版 下一版 第01版：要闻 PDF下载</div>
<table><tr><td class="title"><h1>蒲县开展全员核酸检测</h1></td></tr>
<tr><td id="ozoom"><founder-content><p>本报讯（记者 尚文轩 通讯员 邬敏）3月13日，蒲县在全县范围内开展全员核酸检测，共设采样点96个。</p>
<p>县疫情防控指挥部要求各乡镇落实值守制度，对返乡人员逐一登记，确保应检尽检、不漏一人。</p></founder-content></td></tr></table>
<div class="bottom">上一篇 下一篇 返回目录 本网站所有内容版权所有</div></body></html>"""

PORTAL = """<html><head><meta charset="utf-8"><title>汾西县中小学转为线上教学_汾西县融媒体中心</title>
<meta property="og:site_name" content="汾西融媒"><meta name="author" content="汾西融媒"><meta property="article:published_time" content="2021-11-02T09:30:00+08:00">
<link rel="canonical" href="http://www.fenxi.example.gov.cn/xwzx/2021/1102/4412.html"></head>
<body><header><ul><li><a href="/">首页</a></li><li><a href="/xw">新闻中心</a></li><li><a href="/zw">政务公开</a></li></ul></header>
<div class="crumbs">当前位置：首页 &gt; 新闻中心 &gt; 本地新闻</div>
<article><h1>汾西县中小学转为线上教学</h1><div class="info">来源：汾西融媒 发布时间：2021-11-02 浏览次数：1024</div>
<p>11月1日，汾西县教育局发布通知，全县中小学自11月2日起暂停线下教学，转为线上教学，复课时间另行通知。</p>
<p>各学校已完成线上课程安排，班主任逐一联系学生家长，确保每名学生都能按时参加线上学习。</p>
<p>（记者 祁红梅 通讯员 郜海）</p></article>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/a">汾西县召开安全生产会议</a></li><li><a href="/b">汾西县举办农民丰收节</a></li></ul></div>
<footer>主办：汾西县融媒体中心 备案号：晋ICP备00000000号</footer></body></html>"""

WECHAT = """<html><head><meta charset="utf-8"><meta property="og:title" content="隰县：志愿者坚守采样一线"><meta property="og:site_name" content="微信公众平台">
<meta property="og:url" content="http://mp.weixin.qq.com/s/AbCdEfGh123"><title>隰县：志愿者坚守采样一线</title></head>
<body><div id="js_article"><h1 class="rich_media_title" id="activity-name">隰县：志愿者坚守采样一线</h1>
<div class="rich_media_meta_list"><span id="js_name">隰县发布</span><em id="publish_time">2022-01-18 20:15</em></div>
<div class="rich_media_content" id="js_content"><section><p>1月17日起，隰县组织志愿者三百余人，协助医护人员在全县各采样点维持秩序、登记信息。</p>
<p>志愿者们冒着严寒坚守岗位，为居家隔离群众配送生活物资和药品，保障群众基本生活需要。</p>
<p>来源：隰县融媒体中心　记者：郗振宇</p></section></div>
<div class="rich_media_tool">阅读 2万+ 在看 56 分享 点赞</div>
<div id="js_cmt_area"><p>留言</p><p>网友甲：辛苦了！</p><p>网友乙：为志愿者点赞</p></div></div></body></html>"""


@pytest.mark.parametrize("html,headline,body,not_in", [
    (NEWSPAPER, "蒲县开展全员核酸检测", "共设采样点96个", "下一篇"),
    (PORTAL, "汾西县中小学转为线上教学", "暂停线下教学", "相关新闻"),
    (WECHAT, "隰县：志愿者坚守采样一线", "配送生活物资", "网友甲"),
])
def test_web_page_shapes(html: str, headline: str, body: str, not_in: str) -> None:
    page = read_html(html.encode("utf-8"))
    _, items = compose([], [page.article])
    assert len(items) == 1
    assert items[0].headline == headline
    assert body in items[0].body
    assert not_in not in items[0].body


def test_web_page_metadata() -> None:
    page = read_html(PORTAL.encode("utf-8"))
    assert page.url == "http://www.fenxi.example.gov.cn/xwzx/2021/1102/4412.html"
    assert str(page.published) == "2021-11-02"
    _, items = compose([], [read_html(NEWSPAPER.encode("utf-8")).article])
    assert [c.name for c in items[0].contributors] == ["尚文轩", "邬敏"]


@pytest.mark.slow_postgresql
def test_mixed_folder_loads_idempotently(tmp_path: Path, db_url: str) -> None:
    folder = tmp_path / "in"
    pdfgen.write_pages(folder, 2)
    (folder / "portal.html").write_text(PORTAL, encoding="utf-8")
    (folder / "brief.txt").write_text("蒲县开展全员核酸检测\n本报讯（记者 尚文轩）3月13日，蒲县在全县范围内开展全员核酸检测。\n", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n% not really a pdf\n")
    first = run_etl("load", str(folder), "--db", db_url)
    assert "scan.pdf" in first.stdout + first.stderr
    again = run_etl("load", str(folder), "--db", db_url)
    out = run_etl("export", "--format", "jsonl", "--db", db_url)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    again_rows = run_etl("export", "--format", "jsonl", "--db", db_url).stdout
    assert again_rows == out.stdout, again.stdout
    pdf_rows = [r for r in rows if r["source_file"].endswith(".pdf#page=1")]
    assert len(pdf_rows) >= 5 and all(r["page_number"] == 1 and len(r["bbox"]) == 4 for r in pdf_rows)
    assert all(r["published"] for r in pdf_rows)  # from the page header
    web = [r for r in rows if r["source_file"] == "portal.html"]
    assert web and web[0]["url"].startswith("http://www.fenxi.example.gov.cn/")
    assert any(r["source_file"] == "brief.txt" for r in rows)


def test_generated_pages_bylines_and_places_as_on_text(tmp_path: Path) -> None:
    """The PDF path credits every reporter, correspondent and photographer, and finds the
    same county as the text path does on the same article written out as plain text.

    Slow: a long load trial; its PostgreSQL variant runs under CI=true (slow_postgresql), its SQLite one by default."""
    from etl.extract.context import shared
    from etl.extract.model import PageMeta
    from etl.pipeline import extract_items, extract_page

    same = total = 0
    for path, page in pdfgen.write_pages(tmp_path, 8):
        layout = analyse(read_pdf(path).pages[0])
        _, items = compose(layout.furniture, layout.articles)
        meta = PageMeta(edition_date=layout.edition_date, date_precision="exact")
        facts = extract_items(items, meta, shared())
        gold = page.gold()
        assert len(facts) == len(gold)
        for f, g, placed in zip(facts, gold, [p.article for band in page.bands for p in sorted(band, key=lambda p: p.col)], strict=False):
            names = {(c.name, c.role) for c in f.item.contributors}
            assert {n for n, _ in names} >= set(g["people"])
            if g["photographer"]:
                assert (g["photographer"], "photographer") in names
            text = "\n".join([placed.headline, (placed.lead or "") + placed.body[0], *placed.body[1:], placed.caption or ""])
            plain = [x.primary_county.name for x in extract_page(text, meta, shared()) if x.primary_county]  # a caption may stand alone there
            total += 1
            same += (plain[0] if plain else None) == (f.primary_county and f.primary_county.name)
    assert same / total >= 0.97


def test_reprocess_rebuilds_pdf_articles_from_stored_layout(tmp_path: Path) -> None:
    """`etl reprocess --all` re-extracts PDF and web page rows from their stored structure:
    the same articles come out without the original files."""
    folder = tmp_path / "in"
    pdfgen.write_pages(folder, 2)
    (folder / "portal.html").write_text(PORTAL, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'r.db'}"
    run_etl("load", str(folder), "--db", db)
    before = run_etl("export", "--format", "jsonl", "--db", db).stdout
    for f in folder.iterdir():
        f.unlink()
    done = run_etl("reprocess", "--all", "--db", db)
    assert done.returncode == 0, done.stdout + done.stderr
    assert run_etl("export", "--format", "jsonl", "--db", db).stdout == before


def test_pdf_evidence_spans_point_into_the_stored_page_text(tmp_path: Path) -> None:
    import sqlite3

    folder = tmp_path / "in"
    pdfgen.write_pages(folder, 3)
    db = tmp_path / "e.db"
    run_etl("load", str(folder), "--db", f"sqlite:///{db}")
    con = sqlite3.connect(db)
    rows = con.execute("SELECT sf.raw_text, e.evidence, e.evidence_raw_start, e.evidence_raw_end FROM event e "
                       "JOIN article a ON a.id = e.article_id JOIN source_file sf ON sf.id = a.source_file_id").fetchall()
    assert rows
    for raw, evidence, start, end in rows:
        assert _squash(raw[start:end]) == _squash(evidence)


def test_changed_pdf_replaces_its_page_rows(tmp_path: Path) -> None:
    """A PDF that failed and then loads, or that changes, leaves no row of its old version;
    one that cannot be read again keeps the pages of its last good read."""
    import sqlite3

    folder = tmp_path / "in"
    folder.mkdir()
    target = folder / "paper.pdf"
    db = tmp_path / "c.db"
    target.write_bytes(b"%PDF-1.4\n% cut short")
    run_etl("load", str(folder), "--db", f"sqlite:///{db}")
    for seed in (4, 5):
        pdfgen.draw(pdfgen.make_page(seed), target)
        run_etl("load", str(folder), "--db", f"sqlite:///{db}")
        paths = [r[0] for r in sqlite3.connect(db).execute("SELECT path || ':' || status FROM source_file")]
        assert paths == ["paper.pdf#page=1:loaded"]
    target.write_bytes(b"%PDF-1.4\n% damaged again")
    res = run_etl("load", str(folder), "--db", f"sqlite:///{db}")
    assert "kept" in res.stderr + res.stdout
    assert [r[0] for r in sqlite3.connect(db).execute("SELECT path || ':' || status FROM source_file")] == ["paper.pdf#page=1:loaded"]


def test_mhtml_archive(tmp_path: Path) -> None:
    """A page saved by a browser as .mhtml (MIME, quoted-printable) reads like its HTML."""
    import quopri

    body = quopri.encodestring(PORTAL.encode("utf-8")).decode("ascii")
    archive = ("From: <Saved by Blink>\r\nSubject: page\r\nMIME-Version: 1.0\r\n"
               'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
               "------B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n"
               f"Content-Location: http://www.fenxi.example.gov.cn/xwzx/2021/1102/4412.html\r\n\r\n{body}\r\n------B--\r\n")
    path = tmp_path / "page.mhtml"
    path.write_text(archive, encoding="ascii")
    from etl.extract.context import shared
    from etl.extract.model import PageMeta
    from etl.pipeline import process_file
    from etl.read import Source

    (result,) = process_file(Source(path, path.name, PageMeta()), shared())
    assert result.ok, result.error
    assert result.derived.articles[0].values[1] == "汾西县中小学转为线上教学"  # the headline as printed
    assert result.source.meta.url == "http://www.fenxi.example.gov.cn/xwzx/2021/1102/4412.html"
