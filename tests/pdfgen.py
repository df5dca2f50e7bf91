"""Generated e-paper PDFs with gold: invented articles laid out in 2, 3 and 4 columns.

reportlab (BSD) and its built-in CID font STSong-Light draw the pages, so no font file is
needed. Every page has a header (paper, date, edition line) over a rule; articles sit in
horizontal bands, each over a run of columns, with their headline spanning those columns
or set beside them, kickers and subtitles, bylines, a photo with its caption, jump lines;
bodies flow from one column into the next. All text is invented for these tests.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

PAGE_W, PAGE_H = 842.0, 1191.0  # A3 portrait, points
MARGIN = 40.0
GUTTER = 14.0
BODY, HEAD, KICK, CAP, HDR = 10.0, 22.0, 13.0, 8.0, 9.0
LEAD = 1.55  # body line height in font sizes
FONT = "STSong-Light"

COUNTIES = ["安泽县", "浮山县", "蒲县", "汾西县", "隰县", "永和县", "大宁县", "吉县", "乡宁县", "古县",
            "沁源县", "武乡县", "黎城县", "壶关县", "平顺县", "左权县", "和顺县", "昔阳县", "寿阳县", "榆社县"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "晓明华丽静敏强军磊洋勇艳杰娟涛超秀霞平刚桂英芳燕玲翔宇鹏飞岚雪松柏清源志远嘉琪思涵子墨"
PAPERS = ["临汾东部日报", "太岳晚报", "上党新闻", "晋中时报", "汾河日报"]
OPENERS = ["为切实做好疫情防控工作", "连日来", "按照上级统一部署", "为进一步巩固防控成果", "近期"]
SENTENCES = [
    "{c}组织医护人员和志愿者深入各村开展核酸采样工作，确保应检尽检、不漏一人。",
    "{c}疫情防控指挥部要求各乡镇严格落实值班值守制度，做好重点人员排查登记。",
    "在各采样点，工作人员有序引导群众保持一米间距，扫码登记后依次完成采样。",
    "社区网格员逐户上门摸排，对返乡人员建立台账，落实健康监测措施。",
    "{c}教育局通知，全县中小学暂停线下教学，改为线上教学，具体复课时间另行通知。",
    "各商超、药店严格执行测温、扫码、戴口罩等防控措施，保障群众生活物资供应。",
    "{c}累计设置采样点一百余个，投入采样人员八百余人，当日完成采样十二万余人次。",
    "志愿者们冒着严寒坚守岗位，为居家隔离群众配送生活物资和药品。",
    "疾控中心工作人员对重点场所开展环境消杀，并对冷链食品进行抽检。",
    "有关负责人表示，将继续做好常态化疫情防控，统筹推进经济社会发展。",
    "{c}各级党员干部下沉一线，协助社区做好卡口值守和秩序维护工作。",
    "医护人员加班加点检测样本，力争在最短时间内反馈检测结果。",
]
HEAD_TEMPLATES = ["{c}开展全员核酸检测", "{c}全力做好物资保障", "{c}中小学转为线上教学", "筑牢疫情防控坚固防线",
                  "{c}志愿者坚守一线", "{c}加强重点人员排查", "守护群众生命健康", "{c}推进疫苗接种工作",
                  "{c}严把冷链食品关口", "{c}党员干部下沉社区"]
KICKERS = ["众志成城  抗击疫情", "坚持外防输入  内防反弹", "科学精准  动态清零"]
SUBTITLES = ["——{c}疫情防控工作侧记", "——记{c}抗疫一线志愿者", "——{c}采样工作见闻"]


@dataclass
class Article:
    headline: str
    body: list[str]  # paragraphs
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None  # printed on its own line
    lead: str | None = None  # 本报讯（…） opening the first paragraph
    caption: str | None = None  # under a photo
    jump: str | None = None  # （下转第3版）
    tracking: float = 0.0  # extra space between headline characters (spaced-out headlines)
    people: list[str] = field(default_factory=list)
    photographer: str | None = None
    county: str = ""


@dataclass
class Placed:
    article: Article
    col: int  # first column
    span: int  # columns
    beside: bool = False  # headline set beside the body instead of over it


@dataclass
class Page:
    paper: str
    day: date
    edition: str
    columns: int
    bands: list[list[Placed]]

    def gold(self) -> list[dict]:
        """Articles in reading order: headline, subtitle, first and last body characters, people."""
        out = []
        for band in self.bands:
            for p in sorted(band, key=lambda p: p.col):
                a = p.article
                out.append({"headline": a.headline, "body_start": a.body[0][:12], "body_end": a.body[-1][-12:],
                            "people": a.people, "photographer": a.photographer, "county": a.county, "caption": a.caption})
        return out


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 1, 2))))


def make_article(rng: random.Random, size: int) -> Article:
    """An invented article of about ``size`` sentences."""
    c = rng.choice(COUNTIES)
    paras = []
    n = max(2, size)
    sents = [rng.choice(SENTENCES).format(c=c) for _ in range(n)]
    sents[0] = f"{rng.choice(OPENERS)}，" + sents[0]
    while sents:
        k = rng.randint(1, 3)
        paras.append("".join(sents[:k]))
        sents = sents[k:]
    reporter, helper = _name(rng), _name(rng)
    a = Article(headline=rng.choice(HEAD_TEMPLATES).format(c=c[:-1] if len(c) > 2 else c), body=paras, county=c)
    style = rng.random()
    if style < 0.4:
        a.lead = f"本报讯（记者 {reporter} 通讯员 {helper}）"
        a.people = [reporter, helper]
    elif style < 0.75:
        a.byline = f"本报记者  {reporter}"
        a.people = [reporter]
    if rng.random() < 0.25:
        a.kicker = rng.choice(KICKERS)
    elif rng.random() < 0.25:
        a.subtitle = rng.choice(SUBTITLES).format(c=c)
    if rng.random() < 0.2:
        a.tracking = HEAD * 0.6
    if rng.random() < 0.3:
        a.photographer = _name(rng)
        a.caption = f"图为{c}医护人员在采样点为群众进行核酸采样。 {a.photographer} 摄"
    return a


# --- drawing -----------------------------------------------------------------------------


def _register() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _wrap(text: str, width: float, size: float, indent: int = 0, tracking: float = 0.0) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _register()

    lines, cur, w = [], "", indent * size
    for ch in text:
        cw = stringWidth(ch, FONT, size) + tracking
        if cur and w + cw > width:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


class _Flow:
    """Body lines poured into a run of columns of equal height, top to bottom, left to right."""

    def __init__(self, xs: list[float], width: float, top: float, bottom: float) -> None:
        self.xs, self.width, self.top, self.bottom = xs, width, top, bottom
        self.col, self.y = 0, top

    def need(self, height: float) -> tuple[float, float]:
        if self.y - height < self.bottom and self.col < len(self.xs) - 1:
            self.col += 1
            self.y = self.top
        x, y = self.xs[self.col], self.y
        self.y -= height
        return x, y


def _column_geometry(columns: int) -> tuple[float, list[float]]:
    width = (PAGE_W - 2 * MARGIN - GUTTER * (columns - 1)) / columns
    return width, [MARGIN + i * (width + GUTTER) for i in range(columns)]


def _article_lines(a: Article, width: float) -> list[tuple[str, float, str]]:
    """(kind, size, text) lines of an article's body area: byline, photo, caption, paragraphs, jump."""
    out: list[tuple[str, float, str]] = []
    if a.byline:
        out.append(("byline", BODY, a.byline))
    if a.caption:
        out.append(("photo", BODY, ""))
        out += [("caption", CAP, ln) for ln in _wrap(a.caption, width, CAP)]
    for i, para in enumerate(a.body):
        text = (a.lead or "") + para if i == 0 else para
        out += [("body", BODY, ("\u3000\u3000" if j == 0 else "") + ln) for j, ln in enumerate(_wrap(text, width, BODY, indent=2))]
    if a.jump:
        out.append(("jump", BODY, a.jump))
    return out


def _height(kind: str, size: float) -> float:
    return {"photo": 120.0, "caption": size * 1.4}.get(kind, size * LEAD)


def _draw_band(c, band: list[Placed], columns: int, top: float) -> float:  # type: ignore[no-untyped-def]
    """Draw one band of articles from ``top`` down; returns the band's bottom."""
    width, xs = _column_geometry(columns)
    bottom = top
    for p in band:
        a = p.article
        x0 = xs[p.col]
        span_w = width * p.span + GUTTER * (p.span - 1)
        y = top
        head_w = span_w
        body_xs = xs[p.col : p.col + p.span]
        body_w = width
        if p.beside:
            head_w = HEAD * 4
            body_w = (span_w - head_w - GUTTER - GUTTER * (p.span - 1)) / p.span
            body_xs = [x0 + head_w + GUTTER + i * (body_w + GUTTER) for i in range(p.span)]
        if a.kicker:
            c.setFont(FONT, KICK)
            c.drawString(x0, y - KICK, a.kicker)
            y -= KICK * 1.8
        hy = y
        tracking = 0.0 if p.beside else a.tracking  # a narrow headline beside its body is set solid
        for ln in _wrap(a.headline, head_w, HEAD, tracking=tracking):
            t = c.beginText(x0, hy - HEAD)
            t.setFont(FONT, HEAD)
            t.setCharSpace(tracking)
            t.textLine(ln)
            t.setCharSpace(0)  # character spacing is graphics state: it would outlive the text object
            c.drawText(t)
            hy -= HEAD * 1.3
        if a.subtitle:
            c.setFont(FONT, KICK)
            indent = 0 if p.beside else KICK * 2
            for ln in _wrap(a.subtitle, head_w - indent, KICK):
                c.drawString(x0 + indent, hy - KICK - 4, ln)
                hy -= KICK * 1.5
        body_top = (y if p.beside else hy - 10)
        lines = _article_lines(a, body_w)
        total = sum(_height(k, s) for k, s, _ in lines)
        col_h = total / len(body_xs) + BODY * 4
        flow = _Flow(body_xs, body_w, body_top, body_top - col_h)
        for kind, size, text in lines:
            h = _height(kind, size)
            bx, by = flow.need(h)
            if kind == "photo":
                c.setFillGray(0.8)
                c.rect(bx, by - h + 6, body_w, h - 12, stroke=0, fill=1)
                c.setFillGray(0)
                continue
            c.setFont(FONT, size)
            c.drawString(bx + (body_w - c.stringWidth(text, FONT, size) if kind == "jump" else 0), by - size, text)
        lowest = min(flow.y, body_top - col_h, hy)
        bottom = min(bottom, lowest)
    return bottom - 24


def draw(page: Page, path: Path) -> None:
    """Write ``page`` as a one-page PDF."""
    from reportlab.pdfgen.canvas import Canvas

    _register()
    c = Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    _draw_page(c, page)
    c.showPage()
    c.save()


def _draw_page(c, page: Page) -> None:  # type: ignore[no-untyped-def]
    c.setFont(FONT, HDR)
    y = PAGE_H - MARGIN + 8
    c.drawString(MARGIN, y, page.paper)
    d = page.day
    c.drawCentredString(PAGE_W / 2, y, f"{d.year}年{d.month}月{d.day}日  星期{'一二三四五六日'[d.weekday()]}")
    c.drawRightString(PAGE_W - MARGIN, y, f"第{page.edition}版  要闻")
    c.setLineWidth(1.2)
    c.line(MARGIN, y - 6, PAGE_W - MARGIN, y - 6)
    top = y - 20
    for band in page.bands:
        top = _draw_band(c, band, page.columns, top)
    c.setFont(FONT, HDR)
    c.drawCentredString(PAGE_W / 2, MARGIN - 18, f"责任编辑：{page.paper[:2]}编辑部")


# --- page plans ---------------------------------------------------------------------------


def _band_plan(rng: random.Random, columns: int) -> list[tuple[int, int, bool]]:
    """(first column, span, beside) for the articles of one band, covering all columns."""
    out, col = [], 0
    while col < columns:
        span = rng.randint(1, columns - col)
        beside = span >= 2 and rng.random() < 0.3
        out.append((col, span, beside))
        col += span
    return out


def make_page(seed: int) -> Page:
    """A page in 2, 3 or 4 columns with two or three bands of invented articles."""
    rng = random.Random(seed)
    columns = (2, 3, 4)[seed % 3]
    day = date(2020, 2, 1) + timedelta(days=rng.randint(0, 1000))
    bands = []
    budget = PAGE_H - 2 * MARGIN - 40
    for _b in range(rng.randint(2, 3)):
        plan = _band_plan(rng, columns)
        band = [Placed(make_article(rng, 2 + span * 3), col, span, beside) for col, span, beside in plan]
        bands.append(band)
    page = Page(rng.choice(PAPERS), day, f"A{seed % 8 + 1:02d}", columns, bands)
    last = page.bands[-1][-1].article
    if rng.random() < 0.5:
        last.jump = f"（下转第{rng.randint(2, 8)}版）"
    _fit(page, budget)
    return page


def _fit(page: Page, budget: float) -> None:
    """Shorten bodies until the page fits (drawing measures the same heights)."""
    for _ in range(40):
        if _page_height(page) <= budget:
            return
        longest = max((p for band in page.bands for p in band), key=lambda p: sum(map(len, p.article.body)) / p.span)
        body = longest.article.body
        if len(body) > 1:
            body.pop()
        elif len(body[0]) > 60:
            body[0] = body[0][: len(body[0]) * 2 // 3].rstrip("，") + "。"
        else:
            page.bands.pop()
            return


def _page_height(page: Page) -> float:
    width, _ = _column_geometry(page.columns)
    total = 0.0
    for band in page.bands:
        worst = 0.0
        for p in band:
            a = p.article
            body_w = width if not p.beside else (width * p.span + GUTTER * (p.span - 1) - HEAD * 4 - GUTTER * p.span) / p.span
            lines = _article_lines(a, body_w)
            col_h = sum(_height(k, s) for k, s, _ in lines) / p.span + BODY * 4
            heads = (KICK * 1.8 if a.kicker else 0) + HEAD * 1.3 * 2 + (KICK * 3 if a.subtitle else 0) + 10
            worst = max(worst, col_h + (0 if p.beside else heads))
        total += worst + 24
    return total


def write_pages(folder: Path, n: int = 24, start: int = 1) -> list[tuple[Path, Page]]:
    """``n`` generated pages as ``page_NN.pdf`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for seed in range(start, start + n):
        page = make_page(seed)
        path = folder / f"page_{seed:02d}.pdf"
        draw(page, path)
        out.append((path, page))
    return out
