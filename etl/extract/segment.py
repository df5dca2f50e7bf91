"""Split a raw newspaper page into items (articles, photo captions) and page furniture.

The page is read line by line. Each line is classified from its own shape and its
neighbours (lead ``本报讯``, standalone byline, photo credit, furniture, standalone short
line, body). Runs of standalone short lines between bodies are headlines, subheadlines
or captions; whether a run belongs to the body before it (headline printed after the
article, caption) or after it (headline printed before) is decided by a page-level
layout vote, the words the line shares with each neighbouring body, and whether each
article still lacks a headline (one ended by a byline without lead wants one after it, one
opening with a lead or a standalone byline wants one before it). Page-top and page-bottom
zones (masthead, page number, date line, section label, editor credit) are furniture; a
photo credit after an article takes the article's last paragraph as its caption.
On web text (one long line per paragraph) a last pass keeps one story per page: items
that bring no headline or byline of their own, subheadings, pictures and repeated titles
join the story before, while a post bundling numbered notices gives one item per notice.
Every non-space raw character ends up in exactly one part.
"""
from __future__ import annotations

import bisect
import math
import operator
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from itertools import accumulate, pairwise, repeat
from types import MappingProxyType
from typing import ClassVar, NamedTuple

from etl.extract import bylines as bl
from etl.extract import runs as rn
from etl.extract.firsts import first_chars, needed_chars
from etl.extract.model import Byline, Contributor, Item, Part, PartKind, TextMap
from etl.extract.normalise import (
    CJK,
    DATE_FRAGMENT,
    PINYIN_GLOSS,
    WORD_RUN,
    ends_paragraph,
    join_lines,
    layout,
    line_spans,
    normalise_line,
    printed_width,
    to_simplified,
    word_pairs,
)
from etl.extract.tuning import WEB_LINE

_NO_HEADLINE_END = re.compile(r"[。，、；：！？…,;:!?]$")
_INNER_PUNCT = re.compile(r"[，、：“”,:]")


@dataclass(frozen=True)
class SegmentTuning:
    """The numbers of the page splitter, each with how it was chosen (on the seeds and the
    four dev sets; the real pages and articles confirmed them)."""

    # a standalone line is at most this share of the running text's width: a heading in a
    # 12-15 column page is 4-8 characters shorter than the wrapped line after it, while a
    # paragraph's last line (often 70-95% of the column) must stay running text
    narrow: float = 0.6
    # ...or clearly wider than the page's column (a headline spanning columns); 1.15 keeps
    # lines squeezed by digits (one or two characters wider) in the column
    wide: float = 1.15
    # weight of the page layout vote against per-line word overlap: overlap of a headline
    # with its own body is 0.3-1.0, so the vote only breaks near ties
    prior: float = 0.15
    # weight of "this article still lacks its headline" in a headline run split: as much as
    # a line that fully overlaps one side, so two articles lacking one share a run
    want: float = 1.0
    # longest paragraph split off an article as the caption of a photo credit: captions on
    # the seeds and dev sets are 20-100 characters, closing paragraphs of stories longer
    caption_max: int = 120
    # a line wider than any printed column: web text with one line per paragraph (one width
    # with the byline reader's, etl.extract.tuning.WEB_LINE)
    web_line: int = WEB_LINE
    # a question is a title only up to this length (the real ones run 12-35 characters)
    question_max: int = 40
    # a title line is at most this share of the column: a paragraph's first line fills it
    title_narrow: float = 0.9
    # a line after one at least this share of the column's width may end a sentence at the
    # edge; the line after it is running text when tiny (under ``tiny`` characters)
    edge_share: float = 0.9
    tiny: int = 6
    # web text: a later title of at most this many characters with no lead or byline under
    # it is a subheading of the story (小标题 are 4-10 characters: two 4-character phrases or
    # one short phrase); the dev sets' second headlines of real bundles run 12-30
    subheading_max: int = 10
    # web text: a later title sharing at least this share of its word pairs with the title
    # before is that title printed again (web headline, then the notice's own title)
    repeat_share: float = 0.5
    # web page chrome above a title over its date-and-source line (a spam or navigation line,
    # the site's or app's name, "下载客户端"): at most this many lines of at most chrome_len
    # characters each (the real pages' chrome: 1-6 lines of 2-45 characters; a title row runs
    # to 40, so a longer line is text and the page has no chrome)
    chrome_lines: int = 8
    chrome_len: int = 60
    # web text with no title found: its first line is the title when it is title-shaped, at
    # least this long (a column label or a kicker runs 2-5 characters) and at least
    # ``first_title_overlap`` of its word pairs recur in the text under it (a headline tells what
    # the body says: 0.3-1.0 on its own body, while a label or an issuer's line shares little)
    first_title_min: int = 6
    first_title_overlap: float = 0.5
    # a line over the date line at most this long under a longer title-shaped line is a topic or
    # account label printed between title and date (某地疫情防控 / 2022-…): the title stays
    label_max: int = 8
    # a web page's title sharing less than this share of its word pairs with the text is not
    # the story's (an SEO or spam line over the page): a title line under it that reads as
    # the story's is taken instead (a story's own title shares 0.3-1.0)
    unrelated_overlap: float = 0.15


TUNING = SegmentTuning()
_NO_WIDE = re.compile(r"[，,。；]")
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")  # a line of words alone, no mark or figure
_CONT_START = re.compile(r"[。，、；：！？,.;:!?]")


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")


@dataclass(frozen=True)
class _Gated:
    """A pattern searched for on every line, asked only of lines holding a character each of its
    matches needs (one scan for a few characters instead of the pattern tried at every offset)."""

    rx: re.Pattern[str]
    gate: re.Pattern[str] | None  # None: no character is needed

    def search(self, text: str) -> re.Match[str] | None:
        return None if self.gate is not None and self.gate.search(text) is None else self.rx.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return None if self.gate is not None and self.gate.search(text) is None else self.rx.match(text)

    def may_occur(self, page: str) -> bool:
        """Whether some stretch of ``page`` may match: a line's text is a stretch of its page, so
        a page holding none of the gate's characters answers every line at once."""
        return self.gate is None or self.gate.search(page) is not None


def _gated(pattern: str) -> _Gated:
    needs = needed_chars(pattern)
    gate = "[" + "".join(re.escape(c) for c in sorted(needs)) + "]" if needs else None
    return _Gated(re.compile(pattern), None if gate is None else re.compile(gate))


@dataclass(frozen=True)
class _Furniture:
    """The furniture patterns as one matcher, asked of nearly every line of a page.

    One alternation of them all spent most of its time backtracking through the branches that
    open with ``.{0,20}`` or ``[^，。,]{1,20}`` on lines that hold none of their words. Those
    branches are tried only when the line holds a character each match must contain (read from
    the parsed pattern); the branches opening with given characters stay in one alternation.
    """

    opening: re.Pattern[str]  # branches that fail on a line's first character
    keys: re.Pattern[str]  # any character that some other branch needs
    keyed: Mapping[str, re.Pattern[str]]  # those branches by the character they need

    def match(self, sq: str) -> bool:
        if self.opening.match(sq) is not None:
            return True
        return any(self.keyed[c].match(sq) is not None for c in set(self.keys.findall(sq)))


def _furniture_matcher(patterns: list[str]) -> _Furniture:
    opening: list[str] = []
    keyed: dict[str, list[str]] = {}
    for p in patterns:
        needs = needed_chars(p)
        if not needs or first_chars(p) is not None:  # no character needed, or fails on the first
            opening.append(p)
            continue
        for c in sorted(needs):
            keyed.setdefault(c, []).append(p)
    keys = re.compile("[" + "".join(re.escape(c) for c in keyed) + "]" if keyed else "(?!)")
    return _Furniture(_alternation(opening), keys,
                      MappingProxyType({c: _alternation(ps) for c, ps in keyed.items()}))


@dataclass(frozen=True)
class _Pats:
    furn: _Furniture
    labels: frozenset[str]
    sections: tuple[re.Pattern[str], ...]
    edge: tuple[re.Pattern[str], ...]
    top: tuple[re.Pattern[str], ...]
    bullets: str
    title_max: int
    list_gap: int
    kicker: re.Pattern[str]
    credit_field: re.Pattern[str]  # a header field after a byline (记者 甲 来源：某报)
    stamp_line: re.Pattern[str]  # a line of nothing but a date and a clock time (08-07 14:48)
    stamp_inside: re.Pattern[str]  # a post's timestamp with its year in figures anywhere in a line
    post_meta: re.Pattern[str]  # a post's meta row over its title: poster, date, reads (raw line)
    date_stamp: re.Pattern[str]  # a figure-only date stamp opening a page's title line (raw line)
    source: re.Pattern[str]
    jump_end: _Gated
    jump_start: _Gated
    title_label: re.Pattern[str]
    dangling: tuple[str, ...]
    coverbs: frozenset[str]
    verb_start: tuple[str, ...]
    second_max: int
    notice: re.Pattern[str]
    notice_open: re.Pattern[str]
    crumb_title: re.Pattern[str]
    notice_max: int
    signature_ends: tuple[str, ...]
    caption_marks: re.Pattern[str]
    picture_credit: re.Pattern[str]  # a picture's credit closing a line: a caption's end
    notice_number: re.Pattern[str]
    release_lead: re.Pattern[str]  # 某日某区发布：, a quoted release's lead
    order_number: re.Pattern[str]
    issuer_ends: tuple[str, ...]
    issuer_place: re.Pattern[str]
    breaks: re.Pattern[str]  # furniture even after an unfinished paragraph (one alternation)
    not_title: re.Pattern[str]
    person_fields: tuple[str, ...]
    qa_labels: tuple[str, ...]
    title_junk: _Gated
    title_site: _Gated
    author_in_header: _Gated
    place_tag: re.Pattern[str]
    site_tag: re.Pattern[str]
    account_tag: re.Pattern[str]  # 某地发布 | 标题: a government account's name
    web_header: re.Pattern[str]
    link_label: re.Pattern[str]  # one alternation
    link_lines: int
    original_title: re.Pattern[str]  # （原标题：…）
    named_title: re.Pattern[str]  # 1.《标题》… in a closing note
    latin_banner: re.Pattern[str]  # a site's name in Latin letters
    run_on_title: re.Pattern[str]  # 标题 日期 正文 on one line
    run_on_head: re.Pattern[str]  # 标题 正文 on a page's only line
    author_outlet: re.Pattern[str]  # 甲乙/某某晨报: the outlet after a header author's name
    place_line_ends: tuple[str, ...]  # a place-shaped line must be a place the gazetteer knows
    seo_query: re.Pattern[str]  # a search query in brackets closing a title (…（某地是风险区吗）)


def _patterns() -> _Pats:
    """The page splitter's patterns from layout.toml (built once, at import)."""
    return _PATS


def _compile_patterns() -> _Pats:
    f = (lay := layout())["furniture"]
    return _Pats(
        furn=_furniture_matcher([*f["patterns"], *f["breaks"]]),
        labels=frozenset("".join(x.split()) for x in f["column_labels"]),
        # one alternation (a line opening with any heading number): a line is asked about it often
        sections=(re.compile("|".join(f"(?:{p})" for p in lay["body"]["section_headings"]) or "(?!)"),),
        edge=tuple(re.compile(p) for p in f.get("edge_patterns", ())),
        top=tuple(re.compile(p) for p in f.get("top_labels", ())),
        bullets=str(lay.get("briefs", {}).get("bullets", "")),
        title_max=int(lay.get("briefs", {}).get("title_max", 10)),
        list_gap=int(lay.get("briefs", {}).get("list_gap", 4)),
        source=re.compile(f.get("source_credit", "(?!)")),
        credit_field=re.compile(lay["headline"].get("credit_field", "(?!)")),
        stamp_line=re.compile(lay["headline"].get("stamp_line", "(?!)")),
        stamp_inside=re.compile(lay["headline"].get("stamp_inside", "(?!)")),
        post_meta=re.compile(lay["headline"].get("post_meta", "(?!)")),
        date_stamp=re.compile(lay["headline"].get("date_stamp", "(?!)")),
        kicker=re.compile("|".join(re.escape(w) for w in lay.get("briefs", {}).get("kicker_words", ())) or "(?!)"),
        jump_end=_gated(f.get("jump_end", "(?!)")),
        jump_start=_gated(f.get("jump_start", "(?!)")),
        title_label=re.compile(f.get("title_label", "(?!)")),
        dangling=tuple(lay.get("headline", {}).get("dangling_end", ())),
        coverbs=frozenset(lay.get("headline", {}).get("coverbs", ())),
        verb_start=tuple(lay.get("headline", {}).get("verb_start", ())),
        second_max=int(lay.get("headline", {}).get("second_max", 12)),
        notice=re.compile(lay["headline"]["notice_title"]),
        notice_open=re.compile(lay["headline"].get("notice_open", "^关于")),
        crumb_title=re.compile(lay["headline"].get("crumb_title", "(?!)")),
        notice_max=int(lay["headline"]["notice_title_max"]),
        signature_ends=tuple(lay["headline"]["signature_ends"]),
        caption_marks=re.compile(lay["body"].get("caption_marks", "(?!)")),
        picture_credit=re.compile(lay["body"].get("picture_credit_end", "(?!)")),
        notice_number=re.compile(lay["headline"].get("notice_number", "(?!)")),
        release_lead=re.compile(lay["headline"].get("release_lead", "(?!)")),
        order_number=re.compile(lay["headline"].get("order_number", "(?!)")),
        issuer_ends=tuple(lay["headline"].get("issuer_title_ends", ())),
        issuer_place=re.compile(lay["headline"]["issuer_place"]),
        breaks=re.compile("|".join(f"(?:{p})" for p in f["breaks"]) or "(?!)"),
        not_title=re.compile("|".join(f"(?:{p})" for p in lay["headline"].get("not_title", ())) or "(?!)"),
        person_fields=tuple(f.get("person_fields", ())),
        title_junk=_gated(f.get("title_junk", "(?!)")),
        title_site=_gated(f.get("title_site", "(?!)")),
        author_in_header=_gated(f.get("author_in_header", "(?!)")),
        place_tag=re.compile(f.get("place_tag", "(?!)")),
        site_tag=re.compile(f.get("site_tag", "(?!)")),
        account_tag=re.compile(f.get("account_tag", "(?!)")),
        web_header=re.compile(f.get("web_header", "(?!)")),
        link_label=re.compile("|".join(f"(?:{p})" for p in f.get("link_labels", ())) or "(?!)"),
        link_lines=int(f.get("link_lines", 0)),
        qa_labels=tuple(f"{w}{c}" for w in lay["headline"].get("qa_labels", ()) for c in "：:"),
        original_title=re.compile(lay["headline"]["original_title"]),
        named_title=re.compile(lay["headline"]["named_title"]),
        latin_banner=re.compile(lay["headline"]["latin_banner"]),
        run_on_title=re.compile(lay["headline"].get("run_on_title", "(?!)")),
        run_on_head=re.compile(lay["headline"].get("run_on_head", "(?!)")),
        author_outlet=re.compile(lay["headline"].get("author_outlet", "(?!)")),
        place_line_ends=tuple(lay["headline"]["place_line_ends"]),
        seo_query=re.compile(lay["headline"].get("seo_query", "(?!)")),
    )


_PATS = _compile_patterns()  # never changed after import


def _is_furniture(sq: str, pats: _Pats) -> bool:
    return sq in pats.labels or pats.furn.match(sq)


def _stamp_row(sq: str) -> bool:
    """A short line without a sentence end carrying a post's timestamp: a post header or a
    date-source-hits row (:func:`_stamped`), furniture in the page's top or bottom zone."""
    return len(sq) <= TUNING.chrome_len and "。" not in sq and _stamped(sq)


def _author_field(raw: str, ln: _Line, pats: _Pats) -> bl.Parse | None:
    """A web header field naming a person (``作者:某报记者 张三``): a byline, not furniture.

    A site or a placeholder in the field (``作者:本站``, ``作者:佚名``, ``作者:某某网``) has
    no surname or ends like a body's name: the line stays furniture."""
    if not ln.sq.startswith(pats.person_fields):
        return None
    p = _person_byline(raw, ln)
    not_end = bl.vocab().scan["not_name_end"]
    if p is None or not p.surnames_ok or any(c.name[-1] in not_end for c in p.contributors):
        return None
    return p


def _editors_only(p: bl.Parse | None) -> bool:
    return p is not None and all(c.role == "editor" for c in p.contributors)


def _edge_furniture(raw: str, lines: list[_Line], pats: _Pats) -> set[int]:
    """Lines of the page-top and page-bottom zones that are page furniture.

    From the first line down (and the last line up) while every line is furniture-shaped:
    the paper's name (``长春日报``), page (``第2版``, ``A3``), date line, a short section
    label (``要闻``, only on the top) or an editor credit (``责任编辑 X``).
    """
    out: set[int] = set()

    def furn(i: int, top: bool) -> bool:
        ln = lines[i]
        if (ln.kind == "lead" or (len(ln.sq) > 30 and not _stamp_row(ln.sq)) or _author_field(raw, ln, pats)
                or _source_byline(raw, ln) or _maker_field(raw, ln)):
            return False
        if _is_furniture(ln.sq, pats) or any(p.match(ln.sq) for p in pats.edge) or _stamp_row(ln.sq):
            return True
        if top and any(p.match(ln.sq) for p in pats.top):
            return not _addressed_notice(lines, i)
        # a bracketed credit (``（编辑 赵六）``) closes the article above it: not furniture
        return ln.sq[:1] not in "（(" and _editors_only(bl.standalone_byline(raw[ln.start : ln.end]))

    for i in range(len(lines)):
        if not furn(i, True):
            break
        out.add(i)
    if len(out) == len(lines):  # nothing but furniture
        return out
    out |= _chrome_above_title(raw, lines, pats, len(out)) or _meta_over_title(raw, lines, pats, len(out))
    for i in range(len(lines) - 1, -1, -1):
        if i in out or not furn(i, False):
            break
        out.add(i)
    return out | _link_block(lines, pats, out)


def _link_block(lines: list[_Line], pats: _Pats, edge: set[int]) -> set[int]:
    """A block of links closing a web page (相关新闻 / title / title …): from its label down
    to the page-bottom furniture every line is short and ends no sentence."""
    end = min((i for i in edge if i > len(lines) // 2), default=len(lines))
    for k in range(1, end - 1):  # 新闻推荐 / 本报讯（记者 X）…: a teaser of another story under the label
        if pats.link_label.match(lines[k].sq) and lines[k + 1].kind == _K.LEAD:
            return set(range(k, end))
    for k in range(end - 1, max(-1, end - 2 - pats.link_lines), -1):
        sq = lines[k].sq
        if pats.link_label.match(sq):
            return set(range(k, end))
        if lines[k].kind == _K.LEAD or len(sq) > TUNING.web_line or "。" in sq or sq[-1:] in "：:":
            return set()
    return set()


def _addressed_notice(lines: list[_Line], i: int) -> bool:
    """``紧急通知`` / ``全县各学校：``: a short notice word over the line naming whom it
    addresses is the notice's title, not a column label at the page top."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is not None and lines[i].sq.endswith(_patterns().issuer_ends) and nxt.sq[-1:] in "：:"


def _chrome_above_title(raw: str, lines: list[_Line], pats: _Pats, start: int) -> set[int]:
    """A web page's chrome above its title: the title is the line over the page's date-and-source
    line (a credit line or the publishing office's name may stand between them, and is never the
    title itself), and every line
    above it, short and without a sentence end, is furniture (a spam or navigation row, the site's name, 下载客户端)."""
    for i in range(start, min(len(lines) - 1, start + TUNING.chrome_lines + 1)):
        if "。" in lines[i].sq or lines[i].kind == "lead":
            return set()  # running text first: no chrome
        if (i > start and lines[i].kind != _K.FURNITURE and not _is_furniture(lines[i].sq, pats)
                and not _dash_subtitle(lines[i]) and not (raw and _credit_line(raw, lines[i]))
                and not (i > start and _office_source(lines[i]))
                and _web_title(lines, i, pats, raw)):
            if any(p.match(lines[i].sq) for p in pats.top):
                return set()  # a column label over the date line (标题 / 时讯 / 2022-01-14 …): keep the page
            under = _label_under_title(lines, i, start, pats) or _plain_subtitle(raw, lines, i, start, pats)
            above = range(start, i - 1 if under else i)
            ok = all(len(lines[k].sq) <= TUNING.chrome_len for k in above)
            return set(above) if ok else set()
    return set()


def _meta_over_title(raw: str, lines: list[_Line], pats: _Pats, start: int) -> set[int]:
    """A post's meta row (poster, date, reads: ``post_meta``) under the page's top lines and over
    a title-shaped line with running text under it: the row and the short lines above it (the
    channel's or the account's name) are chrome; the line under the row is the title."""
    for i in range(start, min(len(lines) - 2, start + TUNING.chrome_lines + 1)):
        if "。" in lines[i].sq or lines[i].kind == "lead":
            return set()
        if raw and pats.post_meta.match(raw[lines[i].start : lines[i].end]):
            title, text = lines[i + 1], lines[i + 2]
            if ("。" in title.sq or not _title_shaped(title.sq) or len(text.sq) <= TUNING.web_line
                    or any(len(lines[k].sq) > TUNING.chrome_len for k in range(start, i))):
                return set()
            return set(range(start, i + 1))
    return set()


def _label_under_title(lines: list[_Line], i: int, start: int, pats: _Pats) -> bool:
    """Line ``i`` over the date line is a short label and the line above it a longer title."""
    up = lines[i - 1] if i - 1 >= start else None
    return (up is not None and len(lines[i].sq) <= TUNING.label_max < len(up.sq) <= pats.notice_max
            and "。" not in up.sq and not _is_furniture(up.sq, pats) and _short_shape(up, pats.sections))


def _plain_subtitle(raw: str, lines: list[_Line], i: int, start: int, pats: _Pats) -> bool:
    """Line ``i`` over the date line is a subtitle (副题) printed with no dash right under the
    title: the line above it is on the next line (no blank line between), longer than a label,
    title-shaped, and shares words with the text under the date line (a site's name or a
    navigation row shares none)."""
    up = lines[i - 1] if i - 1 >= start else None
    if (up is None or not raw or raw[up.end : lines[i].start].count("\n") != 1 or len(up.sq) <= TUNING.label_max
            or "。" in up.sq or _is_furniture(up.sq, pats) or not _title_shaped(up.sq)):
        return False
    text = "".join(ln.sq for ln in lines[i + 2 : i + 2 + TUNING.chrome_lines])
    return _overlap(up.sq, _Pairs(text), {}) > 0.0


class LineKind(StrEnum):
    """What one line of a page is (a unit of consecutive lines shares its line kind)."""

    LEAD = "lead"  # 本报讯（记者 X）, possibly wrapped over lines
    OPEN = "open"  # a person byline right under a headline: opens the article
    BYLINE = "byline"  # a standalone byline (ends or opens an article)
    CREDIT = "credit"  # a photo credit (记者 X 摄): closes a caption
    FURNITURE = "furniture"  # masthead, page number, date line, column label, jump mark
    SHORT = "short"  # a standalone short line: headline, subheadline or caption
    BODY = "body"  # running text


class _K:
    """LineKind's members as plain class attributes: on Python 3.11 looking up an enum member
    costs about 140 ns, and the splitter asks for line kinds millions of times a corpus."""

    # ClassVar: class attributes, as mypyc must be told (a bare assignment reads as an instance field)
    LEAD: ClassVar[LineKind] = LineKind.LEAD
    OPEN: ClassVar[LineKind] = LineKind.OPEN
    BYLINE: ClassVar[LineKind] = LineKind.BYLINE
    CREDIT: ClassVar[LineKind] = LineKind.CREDIT
    FURNITURE: ClassVar[LineKind] = LineKind.FURNITURE
    SHORT: ClassVar[LineKind] = LineKind.SHORT
    BODY: ClassVar[LineKind] = LineKind.BODY


@dataclass(slots=True)  # slots: its fields are read millions of times a corpus
class _Line:
    start: int
    end: int
    tm: TextMap
    sq: str  # normalised text without spaces
    kind: LineKind = _K.BODY
    spans: list[tuple[int, int]] = field(default_factory=list)  # lead: all raw spans
    byline: bl.Parse | None = None
    closes: bool = False  # ends_paragraph(tm.text), set with tm: the look-ahead asks it often
    brief: bool = False  # a body line opening a brief item (■市教育局昨日通知，…)
    header: bool = False  # an author field cut out of a web header line (作者：甲 来源：…)
    closer: bool = False  # furniture that ends the article above it (下转第3版, 【战疫一线】)


def _mk(raw: str, s: int, e: int, simp: str, tm: TextMap | None = None) -> _Line | None:
    """A line of raw[s:e]; ``simp`` is ``to_simplified(raw)`` (computed once per page), ``tm``
    the line normalised when the caller has it."""
    tm = normalise_line(raw, s, e, simp) if tm is None else tm
    if not tm.text:
        return None
    return _Line(s, e, tm, tm.text.replace(" ", ""), closes=ends_paragraph(tm.text))


def _squashed_map(lines: list[_Line]) -> tuple[str, list[int], list[bool]]:
    """Squashed text of lines, each char's raw offset, and whether white space preceded it."""
    chars: list[str] = []
    raw: list[int] = []
    gaps: list[bool] = []
    for ln in lines:
        pending = True
        for ch, r in zip(ln.tm.text, ln.tm.raw, strict=True):
            if ch == " ":
                pending = True
                continue
            chars.append(ch)
            raw.append(r)
            gaps.append(pending)
            pending = False
    return "".join(chars), raw, gaps


def _physical_lines(raw: str, simp: str) -> list[tuple[int, int, TextMap]]:
    """Raw span and normalised text of every physical line, read once for the whole page
    (the line reader and the run reader both look at every line)."""
    return [(s, e, normalise_line(raw, s, e, simp)) for s, e in line_spans(raw)]


def _read_lines(raw: str, simp: str, phys: list[tuple[int, int, TextMap]]) -> list[_Line]:
    """Physical lines, with leads (``本报讯（…）``, possibly wrapped) cut out as own units."""
    lines = [ln for s, e, tm in phys if (ln := _mk(raw, s, e, simp, tm))]
    bullets = _patterns().bullets
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        deco = len(ln.sq) - len(ln.sq.lstrip(bullets))  # ■本报讯 …: a brief's lead
        if not bl.is_lead(ln.sq[deco:]):
            out.append(ln)
            i += 1
            continue
        window = lines[i : i + 3]
        sq, rmap, gaps = _squashed_map(window)
        _, bend = bl.find_lead(sq[deco:], gaps[deco:]) or (0, 0)
        bend += deco
        raw_end = rmap[bend - 1] + 1
        spans: list[tuple[int, int]] = []
        rest: _Line | None = None
        j = i
        while j < len(lines) and lines[j].start < raw_end:
            cur = lines[j]
            spans.append((cur.start, min(cur.end, raw_end)))
            if cur.end > raw_end:
                rest = _mk(raw, raw_end, cur.end, simp)
            j += 1
        lead = _Line(spans[0][0], spans[-1][1], TextMap("", ()), sq[:bend], kind=_K.LEAD, spans=spans)
        lead.tm = join_lines([normalise_line(raw, s, e, simp) for s, e in spans])
        lead.closes = ends_paragraph(lead.tm.text)
        lead.byline = bl.parse(raw[spans[0][0] : spans[-1][1]])
        out.append(lead)
        if rest is not None:
            out.append(rest)
        i = j
    lines = _cut_notice_colon(raw, simp, _cut_run_on_title(raw, simp, _cut_marks(raw, simp, out)))
    lines = _cut_date_stamp(raw, simp, lines)
    return _cut_author_fields(raw, simp, lines)


def _cut_date_stamp(raw: str, simp: str, lines: list[_Line]) -> list[_Line]:
    """A page's first text line opening with a figure-only date stamp before a title with no
    sentence end (``03.07 某县…``): the stamp is furniture, the rest the title line."""
    pats = _patterns()
    first = next((i for i, ln in enumerate(lines) if ln.kind != _K.FURNITURE and not _is_furniture(ln.sq, pats)), None)
    if first is None or lines[first].kind == _K.LEAD:
        return lines
    ln = lines[first]
    m = pats.date_stamp.match(raw, ln.start, ln.end)
    rest = _mk(raw, m.end(), ln.end, simp) if m is not None else None
    if m is None or rest is None or "。" in rest.sq or not _title_sized(rest.sq, 2):
        return lines
    stamp = _mk(raw, ln.start, m.end(), simp)
    if stamp is None:
        return lines
    stamp.kind = _K.FURNITURE
    return [*lines[:first], stamp, rest, *lines[first + 1 :]]


def _cut_notice_colon(raw: str, simp: str, lines: list[_Line]) -> list[_Line]:
    """A page's first text line naming a notice and closed by a colon (``关于…的通告：``) introduces
    the notice printed under it: it is the title, and its colon furniture (a colon at the end
    of any other line opens the sentence it leads into, so no title ends with one)."""
    pats = _patterns()
    first = next((i for i, ln in enumerate(lines) if ln.kind != _K.FURNITURE and not _is_furniture(ln.sq, pats)), None)
    if first is None or lines[first].kind == _K.LEAD or lines[first].sq[-1:] not in "：:":
        return lines
    ln = lines[first]
    bare = replace(ln, sq=ln.sq[:-1])
    if not (_notice_title(bare) and _short_shape(bare, pats.sections)):
        return lines
    colon = ln.start + len(raw[ln.start : ln.end].rstrip()) - 1
    head, tail = _mk(raw, ln.start, colon, simp), _mk(raw, colon, ln.end, simp)
    if head is None or tail is None:
        return lines
    tail.kind = _K.FURNITURE
    return [*lines[:first], head, tail, *lines[first + 1 :]]


def _cut_run_on_title(raw: str, simp: str, lines: list[_Line]) -> list[_Line]:
    """A page whose first line is its title, a date and its text run together (a one-line
    copy): the title becomes a line of its own, the date furniture, the rest the text."""
    pats = _patterns()  # (the page's header lines above it, furniture-shaped, read past)
    first = next((i for i, ln in enumerate(lines) if ln.kind != _K.FURNITURE and not _is_furniture(ln.sq, pats)), None)
    if first is None or lines[first].kind == _K.LEAD or len(lines[first].sq) <= TUNING.web_line:
        return lines
    ln = lines[first]
    bare, where = _unglossed(simp[ln.start : ln.end])  # a converter's glosses read past (关(guān)于…)
    m = pats.run_on_title.match(bare)
    if m is None:
        return _cut_one_line_title(raw, simp, lines, first)
    group = "title" if m.group("title") else "notice"
    ends = [m.end(group), *([m.end()] if m.group("date") else [])]
    cuts = [ln.start, *(ln.start + where[e] for e in ends), ln.end]
    made = [_mk(raw, a, b, simp) for a, b in pairwise(cuts)]
    pieces = [x for x in made if x is not None]
    if len(pieces) < len(made):
        return lines
    if len(pieces) == 3:
        pieces[1].kind = _K.FURNITURE
    return [*lines[:first], *pieces, *lines[first + 1 :]]


def _cut_one_line_title(raw: str, simp: str, lines: list[_Line], first: int) -> list[_Line]:
    """A page that is one line of text (a copy that lost its line breaks) opening with its title
    and a white space, no date between (``run_on_head``): the title becomes a line of its own.
    Only there: on a page of many lines a white space inside a paragraph separates clauses."""
    pats, ln = _patterns(), lines[first]
    if any(x.kind != _K.FURNITURE and not _is_furniture(x.sq, pats) for x in lines[first + 1 :]):
        return lines
    bare, where = _unglossed(simp[ln.start : ln.end])
    m = pats.run_on_head.match(bare)
    if m is None or bl.is_lead(m.group("head")):
        return lines
    cut = ln.start + where[m.end("head")]
    pieces = [_mk(raw, ln.start, cut, simp), _mk(raw, cut, ln.end, simp)]
    if any(x is None for x in pieces):
        return lines
    return [*lines[:first], *(x for x in pieces if x is not None), *lines[first + 1 :]]


def _cut_author_fields(raw: str, simp: str, lines: list[_Line]) -> list[_Line]:
    """A web header line of several fields (date, source, hits) with an author field naming a
    person (``2021-03-04 作者：某某 来源：某某网``): the field is cut out as a line of its own,
    which reads as a byline; the other fields stay furniture."""
    pats = _patterns()
    out: list[_Line] = []
    for ln in lines:
        text = simp[ln.start : ln.end]
        m = pats.author_in_header.search(text) if ln.kind != _K.LEAD and len(ln.sq) <= 80 else None
        if m is None or not (m.start() > 0 or text[m.end() :].strip()):
            out.append(ln)
            continue
        s, e = ln.start + m.start("field"), ln.start + m.end("field")
        field_ln = _mk(raw, s, e, simp)
        p = _author_field(raw, field_ln, pats) if field_ln is not None else None
        if field_ln is None or p is None or not bl.credits_people(p):
            out.append(ln)
            continue
        field_ln.header = True
        pieces = [_mk(raw, ln.start, s, simp), field_ln, _mk(raw, e, ln.end, simp)]
        for piece in pieces:
            if piece is not None and piece is not field_ln:
                piece.kind = _K.FURNITURE
        out.extend(x for x in pieces if x is not None)
    return out


_TITLE_BYLINE = _gated(layout()["headline"]["title_byline"])


def _cut_marks(raw: str, simp: str, lines: list[_Line]) -> list[_Line]:
    """Cut jump marks (``（下转第3版）`` / ``（上接第1版）``) and a byline on a title line.

    A jump mark becomes a furniture line of its own; the one ending a line closes the
    article. ``XX新增确诊病例三例 本报记者 X``: the byline after the title is its own line.
    """
    pats = _patterns()
    # each gated pattern asked once of the whole page (raw, or every line's squashed text):
    # most pages hold no character a jump mark or a forum button needs, and no line is asked
    sqs = "\n".join(ln.sq for ln in lines)
    marks = _PageMarks(pats.jump_end.may_occur(raw) or pats.jump_start.may_occur(raw),
                       pats.jump_end.may_occur(sqs) or pats.jump_start.may_occur(sqs),
                       pats.title_junk.may_occur(raw), pats.title_site.may_occur(raw), _TITLE_BYLINE.may_occur(raw))
    out: list[_Line] = []
    for ln in lines:
        if ln.kind == "lead":
            out.append(ln)
            continue
        k, kind = _mark_cut(raw, simp, ln, pats, marks)
        if k is None:
            if marks.sq_jumps and (pats.jump_end.search(ln.sq) or pats.jump_start.match(ln.sq)):
                ln.kind = _K.FURNITURE
                ln.closer = pats.jump_end.search(ln.sq) is not None
            out.append(ln)
            continue
        head = _mk(raw, ln.start, ln.start + k, simp)
        tail = _mk(raw, ln.start + k, ln.end, simp)
        if head is None or tail is None:
            out.append(ln)
            continue
        if kind in ("jump_end", "junk"):
            tail.kind, tail.closer = _K.FURNITURE, kind == "jump_end"
        elif kind == "first":
            head.kind = _K.FURNITURE
        out += [head, tail]
    return out


class _PageMarks(NamedTuple):
    """Which of the title-line marks may occur on a page at all (see :meth:`_Gated.may_occur`)."""

    jumps: bool  # a jump mark in the raw text
    sq_jumps: bool  # a jump mark in a line's squashed text
    junk: bool
    site: bool
    byline: bool


def _mark_cut(raw: str, simp: str, ln: _Line, pats: _Pats, marks: _PageMarks) -> tuple[int | None, str]:
    """Where a title line is cut by a mark (:func:`_cut_marks`), and which side is furniture:
    ``jump_end`` and ``junk`` the tail, ``first`` the head, ``byline`` neither."""
    text = raw[ln.start : ln.end]
    if marks.jumps and (m := pats.jump_end.search(text)) and m.start() > 0:
        return m.start(), "jump_end"
    if marks.junk and (m := pats.title_junk.search(text)) and text[: m.start()].strip():
        return m.start(), "junk"  # 标题, [复制链接]: the forum's button is furniture
    if marks.site and (m := pats.title_site.search(text)) and _title_shaped(text[: m.start()]):
        return m.start(), "junk"  # 标题_某某网: the site's name is furniture
    if marks.jumps and (m := pats.jump_start.match(text.lstrip())) and text.strip()[m.end() :]:
        return len(text) - len(text.lstrip()) + m.end(), "first"
    if (label_end := _title_label(simp[ln.start : ln.end], pats)) is not None:
        return label_end, "first"  # 原标题：… / （专栏名）…: the label is furniture
    if marks.byline and len(ln.sq) <= 60 and (m := _TITLE_BYLINE.search(text)) and bl.standalone_byline(text) is None:
        head_sq = "".join(text[: m.start()].split())
        p = bl.standalone_byline(text[m.end() :])
        if (
            p is not None
            and not _editors_only(p)
            and 4 <= len(head_sq) <= 40
            and not _open_end(head_sq)
            and "。" not in head_sq
            and not _open_bracket(head_sq)
        ):
            return m.start(), "byline"
    return None, ""


def _open_bracket(text: str) -> bool:
    """A bracket left open (``（来源：某报``): what follows is inside it, one credit, not a
    byline after a title."""
    return sum(text.count(c) for c in "（(") > sum(text.count(c) for c in "）)")


def _title_shaped(text: str) -> bool:
    """What stands before a site's name on a line reads as a title: 4-40 characters (a
    converter's pinyin glosses not counted), no sentence end inside, and no open end (a
    final ？ or ！ allowed: a title may ask or exclaim)."""
    sq = "".join(PINYIN_GLOSS.sub("", text).split())
    return 4 <= len(sq) <= 40 and "。" not in sq and not _open_end(sq.rstrip("？！?!"))


def _title_label(text: str, pats: _Pats) -> int | None:
    """Where a label before a title on its line ends (``原标题：``, a bracketed column name), when
    what follows is title-shaped and the bracket holds no byline. A converter's pinyin glosses
    (``原標(biāo)題：``) are read past: the label is matched without them."""
    bare, where = _unglossed(text)
    m = pats.title_label.match(bare) or pats.site_tag.match(bare)  # 原标题：… / 某某网|标题
    if m is None:  # 某地发布|标题: a place's account (权威发布|… is a column tag and stays)
        m = pats.account_tag.match(bare)
        m = m if m is not None and _is_area(m.group("tag")) else None
    if m is None:
        # 某地|标题 naming the place again: a dateline-like tag (a keyword tag, 城区|…, stays)
        m = pats.place_tag.match(bare)
        if m is None or m.group("tag") not in bare[m.end() :] or not _is_area(m.group("tag")):
            return None
    rest = "".join(bare[m.end() :].split())
    marks_only = not any(c.isalnum() for c in m.group())  # a bullet or an arrow: a title may hold a comma
    stops = "。；;" if marks_only else "。，,；;"
    if not 4 <= len(rest) <= 40 or any(c in rest for c in stops) or bl.standalone_byline(m.group()) is not None:
        return None
    return where[m.end()]


def _unglossed(text: str) -> tuple[str, Sequence[int]]:
    """``text`` without a converter's pinyin glosses, and for each of its positions (and its
    end) the position in ``text`` (most lines hold none: the text itself, positions unmoved)."""
    glosses = list(PINYIN_GLOSS.finditer(text)) if "(" in text or "（" in text else []  # a gloss is bracketed
    if not glosses:
        return text, range(len(text) + 1)
    keep = [True] * len(text)
    for g in glosses:
        keep[g.start() : g.end()] = [False] * (g.end() - g.start())
    where = [i for i, k in enumerate(keep) if k]
    return "".join(text[i] for i in where), [*where, len(text)]


def _split_trailing(raw: str, simp: str, ln: _Line) -> list[_Line]:
    """Cut a byline printed at the end of a body line (``…疫情。（记者 王丹）``)."""
    text = raw[ln.start : ln.end]
    k = bl.find_trailing_byline(text)
    if k is None:
        return [ln]
    head = _mk(raw, ln.start, ln.start + k, simp)
    tail = _mk(raw, ln.start + k, ln.end, simp)
    if head is None or tail is None:
        return [ln]
    tail.byline = bl.standalone_byline(raw[tail.start : tail.end])
    tail.kind = _K.CREDIT if tail.byline and tail.byline.has_suffix_photo else _K.BYLINE
    return [head, tail]


def _headline_above(out: list[_Line], sections: tuple[re.Pattern[str], ...]) -> bool:
    """Before a byline printed under a headline: turn the headline line(s) into short lines.

    The lines directly above (at most three) must be headline-shaped and not end a
    sentence, and above them a sentence end, a byline, furniture or the page top.
    False (nothing changed) when the byline sits inside running text.
    """
    run: list[_Line] = []
    j = len(out) - 1
    while j >= 0 and len(run) < 3:
        x = out[j]
        if x.kind not in ("body", "short") or x.closes or not _short_shape(x, sections):
            break
        run.append(x)
        j -= 1
    if not run:
        return False
    above = out[j] if j >= 0 else None
    if above is not None and not (above.kind in ("byline", "credit", "furniture", "open") or above.closes):
        return False
    for x in run:
        x.kind = _K.SHORT
    return True


_SOURCE_FIELD = re.compile(r"^(?:图片)?(?:来源|稿源)[:：]")  # (a picture's source field: its credit)


def _source_byline(raw: str, ln: _Line) -> bl.Parse | None:
    """The people a source field names (``来源:某某日报记者 甲 乙 文/图``), if any: the
    field's value is read as a byline (a traditional repost's pinyin glosses left out)."""
    if not _SOURCE_FIELD.match(ln.sq) or bl.vocab().keyword.search(ln.sq) is None:
        return None
    text = raw[ln.start : ln.end]
    colon = min((i for i in (text.find(":"), text.find("：")) if i >= 0), default=-1)
    p = bl.standalone_byline(PINYIN_GLOSS.sub("", text[colon + 1 :]))
    return p if p is not None and any(c.role in ("reporter", "correspondent") for c in p.contributors) else None


def _maker_field(raw: str, ln: _Line) -> bl.Parse | None:
    """A labelled field line shaped as furniture (编辑：甲 记者：乙) that also names someone who
    made the item (a reporter, correspondent or photographer): a byline, not furniture."""
    p = _person_byline(raw, ln)
    makers = ("reporter", "correspondent", "photographer")
    return p if p is not None and p.surnames_ok and any(c.role in makers for c in p.contributors) else None


def _person_byline(raw: str, ln: _Line) -> bl.Parse | None:
    if len(ln.sq) > bl.vocab().tuning.line_max or bl.vocab().keyword.search(ln.sq) is None:
        return None  # cheap test first: most wrapped lines hold no role word
    p = bl.standalone_byline(raw[ln.start : ln.end])
    if p is None or p.has_suffix_photo or _editors_only(p):
        return None
    return p


def _classify(raw: str, simp: str, lines: list[_Line]) -> list[_Line]:
    """Give every line its kind from its shape and its neighbours (see ``LineKind``)."""
    pats = _patterns()
    edge = _edge_furniture(raw, lines, pats)
    col = _column_width(lines)
    standalone = _standalone_shape(lines, pats, edge, raw, col)
    lone = _lone_bullets(raw, lines, pats)
    out: list[_Line] = []
    in_list = False
    for idx, ln in enumerate(lines):
        if (ln.kind == _K.LEAD or ln.kind == _K.FURNITURE) and idx not in edge:
            out.append(ln)
            continue
        if idx in edge:
            ln.kind = _K.FURNITURE
            out.append(ln)
            continue
        prev = out[-1] if out else None
        if prev is None or prev.kind != _K.BODY:
            in_list = False
        # a ■ list opened after ``…如下：`` goes on as the article's list
        lone_mark = idx in lone or idx + 1 in lone  # (a lone marked line, or the line above one)
        kind = None if in_list or lone_mark else _brief_kind(raw, lines, idx, prev, pats, standalone[idx])
        if kind is None and _bullet_line(raw, ln, pats):
            in_list = True
        if kind is not None:
            ln.kind = kind
            ln.brief = kind == _K.BODY
            out.append(ln)
        elif pats.breaks.match(ln.sq):
            ln.kind = _K.FURNITURE  # a repost's separator line ("text"): never running text
            out.append(ln)
        elif not _after_break(prev):
            out.extend(_continued(raw, simp, ln, prev, out, pats.sections))
        elif _standalone_kind(raw, lines, idx, prev, out, standalone[idx], col):
            out.append(ln)
        else:
            out.extend(_split_trailing(raw, simp, ln))
    return out


def _after_break(prev: _Line | None) -> bool:
    """Whether the line after ``prev`` starts afresh (not the wrap of a running sentence)."""
    if prev is None:
        return True
    if prev.kind == _K.LEAD:
        return False  # the first body line of a lead
    # a dated line (``2022年9月3日``) under a notice's signature ends the notice
    return prev.closes or _FULL_DATE.match(prev.sq) is not None if prev.kind == _K.BODY else True


def _continued(
    raw: str, simp: str, ln: _Line, prev: _Line | None, out: list[_Line], sections: tuple[re.Pattern[str], ...]
) -> list[_Line]:
    """A line going on with the sentence above: running text, or a byline under a headline
    that looked like running text (a wide headline in a narrow column:
    ``花木街道：全员核酸检测有序进行`` / ``本报记者 陈 晨``)."""
    if (
        prev is not None
        and prev.kind == _K.BODY
        and _short_shape(prev, sections)
        and (p := _person_byline(raw, ln)) is not None
        and _headline_above(out, sections)
    ):
        ln.byline = p
        ln.kind = _K.OPEN
        return [ln]
    return _split_trailing(raw, simp, ln)


def _ambiguous(lines: list[_Line], idx: int, prev: _Line | None, out: list[_Line]) -> bool:
    """A sentence may end exactly at the column edge: after a full-width line a tiny line or
    one with inner punctuation is still running text, not a heading (unless a new lead
    follows: running text does not stop without a sentence end right before one)."""
    if prev is None or prev.kind != _K.BODY:
        return False
    ln = lines[idx]
    around = [len(x.sq) for x in out[-5:] if x.kind == _K.BODY]
    around += [len(x.sq) for x in lines[idx + 1 : idx + 2]]
    edge_w = len(prev.sq) >= TUNING.edge_share * max(around)
    if idx + 1 < len(lines) and lines[idx + 1].kind == _K.LEAD:
        return False
    return edge_w and (_INNER_PUNCT.search(ln.sq) is not None or len(ln.sq) < TUNING.tiny)


def _standalone_kind(
    raw: str, lines: list[_Line], idx: int, prev: _Line | None, out: list[_Line], standalone: bool, col: float
) -> bool:
    """Kind of a line that starts afresh: source credit, furniture, byline or photo credit,
    standalone short line. False (kind unchanged) for running text."""
    pats = _patterns()
    ln = lines[idx]
    if prev is not None and prev.kind == _K.BODY and pats.source.match(ln.sq):
        ln.kind = _K.BYLINE  # （来源：三亚发布） closes the article above it
        ln.byline = bl.parse(raw[ln.start : ln.end])
    elif prev is not None and prev.kind in (_K.BODY, _K.FURNITURE) and (p := _source_byline(raw, ln)) is not None:
        # 来源:某报记者 甲 文/图 closes the article above it; 图片来源:某社记者 乙 摄 credits a picture in it
        ln.kind, ln.byline = (_K.CREDIT if ln.sq.startswith("图片") and p.has_suffix_photo else _K.BYLINE), p
    elif _is_furniture(ln.sq, pats) and _author_field(raw, ln, pats) is None and _maker_field(raw, ln) is None:
        ln.kind = _K.FURNITURE
        # a column label or 【…】 marker mid-page starts a new item
        ln.closer = ln.sq in pats.labels or (ln.sq[:1] == "【" and "：" not in ln.sq and ":" not in ln.sq)
    elif (p := bl.standalone_byline(raw[ln.start : ln.end])) is not None:
        ln.byline = p
        ln.kind = _K.CREDIT if p.has_suffix_photo else _K.BYLINE
        # a person byline right under a headline opens the article (no 本报讯)
        if ln.kind == _K.BYLINE and prev is not None and prev.kind == _K.SHORT and not _editors_only(p):
            ln.kind = _K.OPEN
    elif standalone and not _ambiguous(lines, idx, prev, out):
        ln.kind = _K.SHORT
    elif (prev is None or prev.kind in (_K.BYLINE, _K.CREDIT)) and _title_line(
        ln, lines[idx + 1] if idx + 1 < len(lines) else None, col, pats.sections
    ):
        # page top or right after an end byline: a title-shaped line narrower than the
        # column, followed by running text, is the next article's headline
        ln.kind = _K.SHORT
    else:
        return False
    return True




def _title_line(ln: _Line, nxt: _Line | None, col: float, sections: tuple[re.Pattern[str], ...]) -> bool:
    """A headline-shaped line (no comma, no sentence end) clearly narrower than the column,
    followed by a running-text line wider than itself."""
    n = len(ln.sq)
    return (
        bool(col)
        and nxt is not None
        and nxt.kind not in ("lead", "furniture")
        and 6 <= n <= TUNING.title_narrow * col
        and not ln.closes
        and _short_shape(ln, sections)
        and not _NO_WIDE.search(ln.sq)
        and "、" not in ln.sq
        and not _CONT_START.match(nxt.sq)
        and len(nxt.sq) * TUNING.title_narrow >= n
        and bl.standalone_byline(ln.tm.text) is None
    )


def _after_titles(lines: list[_Line]) -> bool:
    """On a headline-after page: a title line (``XX社区：封闭管理有序推进``) right after a
    sentence-final body line, followed by running text, closes the article above it.
    Marks such lines short; True when any changed."""
    sections = _patterns().sections
    col = _column_width(lines)
    changed = False
    for i in range(1, len(lines) - 1):
        ln, prev = lines[i], lines[i - 1]
        if ln.kind != "body" or prev.kind != "body" or not prev.closes or ln.brief:
            continue
        if not ("：" in ln.sq or ":" in ln.sq or " " in ln.tm.text.strip()):
            continue
        if _title_line(ln, lines[i + 1], col, sections):
            ln.kind = _K.SHORT
            changed = True
    return changed


def _bullet_line(raw: str, ln: _Line, pats: _Pats) -> bool:
    """A line opening with a brief mark (■/●/▲/◆/□) that is not a byline (□本报记者 X) nor
    page furniture (◆编辑：甲, ◆三审：乙: the credits under a web story, each marked)."""
    if not pats.bullets or ln.sq[:1] not in pats.bullets or len(ln.sq.lstrip(pats.bullets)) < 2:
        return False
    return bl.standalone_byline(raw[ln.start : ln.end]) is None and not _is_furniture(ln.sq.lstrip(pats.bullets), pats)


def _lone_bullets(raw: str, lines: list[_Line], pats: _Pats) -> set[int]:
    """Marked lines (▲, ★) with ``list_gap`` or more paragraphs between them and any other
    marked line: a brief column prints its marked items one after another, while a web page
    marks a lone picture caption or site notice among its paragraphs (no brief starts there)."""
    marked = [i for i, ln in enumerate(lines) if _bullet_line(raw, ln, pats)]
    ends = list(accumulate(ln.closes for ln in lines))  # paragraphs closed up to each line

    def near(lo: int, hi: int) -> bool:
        return ends[hi - 1] - ends[lo] < pats.list_gap

    # the count of paragraphs between two marks only grows with their distance, so the
    # marks next to each one decide whether any other is near (linear in the marks)
    return {i for k, i in enumerate(marked)
            if not (k and near(marked[k - 1], i)) and not (k + 1 < len(marked) and near(i, marked[k + 1]))}


def _brief_kind(
    raw: str, lines: list[_Line], idx: int, prev: _Line | None, pats: _Pats, standalone: bool
) -> LineKind | None:
    """Brief columns (新闻速递 / 简讯): each ■ line starts an item; the title above is furniture.

    A ■ line is a brief's first line (kind body, ``brief``), or its headline when it is
    headline-shaped and stands alone (kind short). A ■ list after a line ending with a
    colon (``措施如下：``) is the article's own list: None. A short label line right above
    a ■ line is the column's title: furniture. None for other lines.
    """
    ln = lines[idx]
    if ln.kind == "lead":
        return None
    if _bullet_line(raw, ln, pats):
        if prev is not None and prev.kind in ("body", "short") and prev.sq[-1:] in "：:":
            return None
        if standalone and _short_shape(ln, pats.sections) and not _NO_WIDE.search(ln.sq):
            nxt = lines[idx + 1] if idx + 1 < len(lines) else None
            if nxt is not None and not _bullet_line(raw, nxt, pats):
                return _K.SHORT
        return _K.BODY
    nxt = lines[idx + 1] if idx + 1 < len(lines) else None
    if (
        nxt is not None
        and nxt.kind != "lead"
        and len(ln.sq) <= pats.title_max
        and (prev is None or prev.kind != "body" or prev.closes)
        and _short_shape(ln, pats.sections)
        and not _NO_WIDE.search(ln.sq)
        and _bullet_line(raw, nxt, pats)
        and bl.standalone_byline(raw[ln.start : ln.end]) is None
    ):
        return _K.FURNITURE
    return None


def _short_shape(ln: _Line, sections: tuple[re.Pattern[str], ...]) -> bool:
    """Title-shaped: short, no sentence punctuation (a notice's title may run longer)."""
    sq = ln.sq
    n = len(sq)
    # every test is pure: the cheapest ones first (running text holds a 。 and stops there)
    if (
        "。" in sq
        or "；" in sq
        or not (2 <= n <= 40 or (n <= _patterns().notice_max and _notice_title(ln)))
        or ln.kind == _K.LEAD
        or (_open_end(sq) and not _question_title(sq))
        or DATE_FRAGMENT.match(sq)  # ``12月23日0时`` wrapped before ``起，…``
        or (sq[-1:] in "）)" and _patterns().picture_credit.search(sq))  # a caption (…（图片来源：甲）)
    ):
        return False
    for p in sections:  # noqa: SIM110  a loop, not all() over a generator: asked for most lines of a page
        if p.match(sq):
            return False
    return True


def _stamped(sq: str) -> bool:
    """A line carrying a post's timestamp (``2021-10-13 16:10``) is the page's metadata (a post
    header, a date-source-hits row the site's name is glued to), whatever else it holds: no
    page-top title. Titles write a day and an hour otherwise (4月5日10时起)."""
    return _patterns().stamp_inside.search(sq) is not None


def _first_title(lines: list[_Line], i: int, pats: _Pats, raw: str, col: float) -> bool:
    """The page's first line is its title whatever follows: a web title over its date line, or on
    web text (no column) a title that exclaims."""
    return (_web_title(lines, i, pats, raw) or (not col and (_exclaimed(lines[i], pats.sections)
                                                             or _wordy_first(lines, i, raw)))
            or _printed_again(lines, i, pats))


def _wordy_first(lines: list[_Line], i: int, raw: str) -> bool:
    """Web text's first line standing as a paragraph of its own over a longer paragraph: its
    title even with commas (a portal's wordy title), when it has no sentence's full stop, does
    not end open, and is no longer than a notice title."""
    sq = lines[i].sq
    if i + 1 >= len(lines) or not _title_sized(sq, 4) or _open_end(sq):
        return False
    if raw[lines[i].end : lines[i + 1].start].count("\n") < 2:
        return False  # no blank line under it: the first line of a wrapped paragraph
    return len(lines[i + 1].sq) > len(sq)


def _title_sized(sq: str, least: int) -> bool:
    """A line that may be a title by its size and stops: ``least`` to a notice title's length,
    no sentence's full stop, no date stamp."""
    return least <= len(sq) <= _patterns().notice_max and "。" not in sq and not _stamped(sq)


def _printed_again(lines: list[_Line], i: int, pats: _Pats) -> bool:
    """The page's first line printed again a line or two below (a web copy gives the title once
    as the page's and once as the article's): its title, even with commas or asking, up to a
    notice title's length and with no sentence end."""
    sq = lines[i].sq
    if not 4 <= len(sq) <= pats.notice_max or "。" in sq or _open_end(sq.rstrip("？！?!")) or _stamped(sq):
        return False
    return any(ln.sq == sq for ln in lines[i + 1 : i + 4])


def _exclaimed(ln: _Line, sections: tuple[re.Pattern[str], ...]) -> bool:
    """A web page's first line exclaiming (``封城！停课！全面检测！``, ``即刻报备！!!``): its title,
    title-shaped once its final marks are read past. Further down a page an exclamation alone
    is as often a body line (请广大市民积极配合！), so only the first line is read so."""
    bare = ln.sq.rstrip("！!")
    if bare == ln.sq or "，" in bare or "," in bare:
        return False
    return _short_shape(replace(ln, sq=bare), sections)


def _open_end(sq: str) -> bool:
    """``_NO_HEADLINE_END.search(sq)``, tried only where a match can start: its class
    character is the last one, or the one before a final line break (``$``)."""
    return _NO_HEADLINE_END.search(sq, max(0, len(sq) - 2)) is not None


def _question_title(sq: str) -> bool:
    """A title may ask (``某地封控区域有哪些？``, ``直击一线：物资如何送到？``) where a
    question in the body runs on with commas or is quoted: one clause ending in ？, a
    kicker before a colon allowed (an exclamation alone is as often a body line)."""
    return (sq[-1:] in "？?" and not any(c in sq for c in "，,；;“”\"") and len(sq) <= TUNING.question_max
            and not sq.startswith(_patterns().qa_labels))  # 问：…？ asks inside an interview


def _notice_title(ln: _Line) -> bool:
    """``关于…的通告``: the title of a notice (its issuer's name may be printed above it)."""
    return _notice_text(ln.sq)


def _notice_text(sq: str) -> bool:
    return _patterns().notice.search(sq) is not None


def _notice_wrapped(first: str, second: str) -> bool:
    """``关于开展某某工作`` / ``演练的通告``: a notice's title wrapped over two lines (the first
    opens it with 关于, the two read together end with the notice word)."""
    return _patterns().notice_open.match(first) is not None and not _notice_text(first) and _notice_text(first + second)


def _notice_word(ln: _Line) -> bool:
    """A line that is only the notice word (``通 告``) under its issuer's name: the title's end."""
    return ln.sq in _patterns().issuer_ends


def _signature(lines: list[_Line], i: int) -> bool:
    """An issuing office (``…指挥部``, ``…中心``) with the date on the next line signs a
    notice: the end of its body, not a headline printed after it. The office's place may
    stand on a line of its own above it (``某某县`` / ``应对疫情工作指挥部`` / date)."""
    pats = _patterns()
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is not None and _place_line(lines[i]) and i + 2 < len(lines):
        return _signature(lines, i + 1)
    return nxt is not None and lines[i].sq.endswith(pats.signature_ends) and _DATE_LINE.match(nxt.sq) is not None


def _signature_ahead(lines: list[_Line]) -> list[bool]:
    """Per line: whether an issuing office over a date line stands at it or below it. Only
    then can ``_signature`` hold (it ends at such a line), so the gazetteer look-ups of its
    place lines are asked only there."""
    ends = _patterns().signature_ends
    out = [False] * (len(lines) + 1)
    for j in range(len(lines) - 2, -1, -1):
        out[j] = out[j + 1] or (lines[j].sq.endswith(ends) and _DATE_LINE.match(lines[j + 1].sq) is not None)
    return out


def _issuer_line(ln: _Line) -> bool:
    """A notice's issuer (``某某县``, ``…指挥部``) or its order number (``2号令``) over its text."""
    pats = _patterns()
    return (_place_line(ln) or ln.sq.endswith(pats.signature_ends) or pats.notice_number.match(ln.sq) is not None
            or pats.order_number.match(ln.sq) is not None)


def _is_area(name: str) -> bool:
    """An administrative area's official or short name (某某县, 某某)."""
    from etl.extract.gazetteer import load

    return load().is_area(name)


def _place_line(ln: _Line) -> bool:
    """A line that is only an administrative area's official name (``某某蒙古族自治县``), or a
    prefecture's and its county's (``某某市某某区``)."""
    from etl.extract.gazetteer import load

    gaz, sq = load(), ln.sq
    if len(sq) > 16:
        return False
    return bool(gaz.ids(sq)) or any(gaz.ids(sq[:k]) and gaz.ids(sq[k:]) for k in range(2, len(sq) - 1))


_FULL_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日[|｜丨]?$")
# the year's digits may have been stripped by the site (年1月24日); a copy may leave a bar after it
_DATE_LINE = re.compile(r"^(?:(?:\d{4}年|年)?\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2})[|｜丨]?$")


def _column_width(lines: list[_Line]) -> float:
    """Median width of wrapped running lines (0 when too few to tell, or on web text where
    most text stands in lines wider than any column: its short lines are titles and
    signatures, not a column)."""
    ws = sorted(len(x.sq) for x in lines if not x.closes and x.kind != _K.LEAD)
    wide = sum(len(x.sq) for x in lines if len(x.sq) > TUNING.web_line)
    if len(ws) < 6 or wide * 2 > sum(len(x.sq) for x in lines):
        return 0.0
    m = len(ws) // 2
    return float(ws[m]) if len(ws) % 2 else (ws[m - 1] + ws[m]) / 2


def _web_title(lines: list[_Line], i: int, pats: _Pats, raw: str = "") -> bool:
    """The page's first line over a web date-and-source line: its title, even with commas and
    as long as a portal's wordy title (no sentence end, no final punctuation). A credit line
    or the publishing office's name may stand between them (标题 / 甲 图/文 / 2020-02-16 17:02)."""
    ln = lines[i]
    j = i + 1
    if j + 1 < len(lines) and lines[j].kind == _K.FURNITURE and lines[j].start <= ln.end:
        j += 1  # the site's name cut off the title's own line (标题_某某网)
    if raw and j + 1 < len(lines) and _credit_line(raw, lines[j]):
        j += 1
    elif j + 1 < len(lines) and _office_source(lines[j]):
        j += 1  # the office publishing the post (标题 / 某省卫生健康委员会 / 2020-02-20 06:36)
    while (j + 1 < len(lines) and j - i <= 3 and pats.web_header.match(lines[j].sq) is None
           and (_is_furniture(lines[j].sq, pats) or _dash_subtitle(lines[j]))):
        j += 1  # page chrome or a subtitle between the title and its date line (字号：大 中 小, ——副题)
    if j >= len(lines) or pats.web_header.match(lines[j].sq) is None:
        return False
    wordy = 2 <= len(ln.sq) <= pats.notice_max and "。" not in ln.sq and not _open_end(ln.sq) and not _stamped(ln.sq)
    return wordy or _short_shape(ln, pats.sections)


def _office_source(ln: _Line) -> bool:
    """A line that is only an office's name (``…委员会``, ``…指挥部``): over a web post's date
    line it names the post's source, as a source field does, and is never the post's title."""
    sq = ln.sq
    return (len(sq) <= _SPLIT_WEIGHTS.issuer_max and sq.endswith(_patterns().signature_ends)
            and _CJK_ONLY.fullmatch(sq) is not None)


def _web_notice(lines: list[_Line], i: int, out: list[bool]) -> bool:
    """Web text: ``关于…的通告`` on a line of its own is a title whatever follows it (a short
    salutation line, 全县居民：), and so is its issuer's line right above it (``out``: the
    lines below already judged)."""
    ln, nxt = lines[i], lines[i + 1] if i + 1 < len(lines) else None
    if not _short_shape(ln, _patterns().sections) or (
            nxt is not None and nxt.kind != _K.FURNITURE and _CONT_START.match(nxt.sq)):
        return False
    return _notice_title(ln) or (nxt is not None and out[i + 1] and _notice_title(nxt) and _issuer_line(ln))


def _notice_second_line(lines: list[_Line], i: int, pats: _Pats) -> bool:
    """``关于开展某某工作`` / ``演练的通告``: line ``i`` is a notice title's second line."""
    return i > 0 and len(lines[i].sq) <= pats.second_max and _notice_wrapped(lines[i - 1].sq, lines[i].sq)


def _wrapped_notice_line(lines: list[_Line], i: int, pats: _Pats) -> bool:
    """``关于某某工作结果的`` / ``通 告``: line ``i`` is a line of a notice title wrapped over two
    or three lines, a title line even when it ends with a word no title ends with (的, 和)."""
    return _notice_second_line(lines, i, pats) or any(i - k >= 0 and _notice_span(lines, i - k) > k for k in range(3))


def _wrapped_notice_lines(lines: list[_Line], pats: _Pats) -> list[bool]:
    """Per line, :func:`_wrapped_notice_line`, asked only on a line that opens a notice title
    (``notice_open``, 关于…) and the two under it: either reading needs such a line at ``i``,
    ``i - 1`` or ``i - 2``, and most pages have none (each line was tried three times)."""
    out = [False] * len(lines)
    for j, ln in enumerate(lines):
        if pats.notice_open.match(ln.sq) is not None:
            for i in range(j, min(j + 3, len(lines))):
                out[i] = out[i] or _wrapped_notice_line(lines, i, pats)
        elif j + 1 < len(lines) and len(ln.sq + lines[j + 1].sq) <= pats.notice_max and _issuer_wrapped(
                ln.sq, lines[j + 1].sq):
            out[j] = out[j + 1] = True  # 某县新冠肺炎 / 疫情防控指挥部通告: one title over two lines
    return out


def _restates(above: _Line, notice: str) -> bool:
    """A title line above a notice's title (``notice``: all of it, however many lines it is
    wrapped over) that restates it (``某市：某日起开展全员检测`` over ``关于某日起开展全员检测的通告``):
    a news story's own title, no issuer's or number line."""
    w = _TITLE_WEIGHTS
    if not _title_candidate(above, _patterns(), w):
        return False
    # a title in two parts (某县…的公告：要点): one part alone (of a title's length) may restate it
    told = _Pairs(notice)
    parts = {above.sq, *(p for p in _TITLE_COLON.split(above.sq) if len(p) >= w.min_len)}
    return any(_overlap(part, told, {}) >= w.restates for part in parts)


_TITLE_COLON = re.compile(r"[：:]")


def _notice_span(lines: list[_Line], i: int) -> int:
    """How many lines from ``i`` (two or three) read together as one notice title opened by
    关于 on line ``i`` (``关于进一步加强`` / ``城区小区管理的`` / ``通 告``); 0 when none."""
    text = lines[i].sq if i < len(lines) else ""
    if _patterns().notice_open.match(text) is None or _notice_text(text):
        return 0
    for k in (1, 2):
        if i + k >= len(lines) or len(text + lines[i + k].sq) > _patterns().notice_max:
            return 0
        text += lines[i + k].sq
        if _notice_text(text):
            return k + 1
    return 0


def _credit_line(raw: str, ln: _Line) -> bool:
    """A line that is only a credit naming people (记者 甲, 甲 图/文)."""
    if len(ln.sq) > bl.vocab().tuning.line_max or bl.vocab().keyword.search(ln.sq) is None:
        return False
    p = bl.standalone_byline(raw[ln.start : ln.end])
    return p is not None and bl.credits_people(p)


def _standalone_shape(lines: list[_Line], pats: _Pats, skip: set[int], raw: str = "",
                      col: float | None = None) -> list[bool]:
    """Per line: short, no final punctuation, and clearly narrower than the text after it.

    In narrow e-paper columns a paragraph's first line is as wide as the column (minus
    its indent, and quotes squeeze), so the width of the next running line tells a wrapped line from a
    heading. Other standalone lines (a subheadline), furniture and paragraph ends are
    skipped when measuring, so the run ``caption / headline / 本报讯`` is recognised as a
    whole. A headline may also be clearly wider than the page's column (it spans
    several): such a line after a sentence end is standalone too. Person bylines
    (``□本报记者 周莹`` under a subheadline) are skipped as well. Computed right to left.
    """
    sections = pats.sections
    aside: dict[int, bool] = {}  # furniture or a person byline, each line asked once

    def is_aside(j: int) -> bool:
        if j not in aside:
            aside[j] = _is_furniture(lines[j].sq, pats) or (bool(raw) and _person_byline(raw, lines[j]) is not None)
        return aside[j]

    col = _column_width(lines) if col is None else col  # the caller's when it measured the lines already
    signed, notice = _signature_ahead(lines), _wrapped_notice_lines(lines, pats)
    first = next((i for i in range(len(lines)) if i not in skip), -1)
    out = [False] * len(lines)
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        if ((i == first and _first_title(lines, i, pats, raw, col)) or (i not in skip and notice[i])
                or ((not col or i <= first + 1) and i not in skip and _web_notice(lines, i, out))):
            out[i] = True  # a web title over its date line; a notice title (its 2nd line; on web text or a page's top)
            continue
        if i in skip or not _short_shape(ln, sections) or (signed[i] and _signature(lines, i)):
            continue
        n = len(ln.sq)
        if i + 1 < len(lines) and lines[i + 1].kind != _K.FURNITURE and _CONT_START.match(lines[i + 1].sq):
            continue  # the next line starts with ``。`` / ``，`` / ``”``: this one is wrapped text
        if not _NO_WIDE.search(ln.sq) and (
            (col and n >= TUNING.wide * col and (i == 0 or lines[i - 1].closes or i - 1 in skip))
            or (i > 0 and i - 1 in skip)  # first line under the masthead / page label zone
            or (not col and i == first and i + 1 < len(lines))  # web text: its first line
        ):
            out[i] = True
            continue
        width = 0
        seen: list[int] = []
        for j in range(i + 1, min(len(lines), i + 6)):
            f = lines[j]
            if f.kind == "lead":
                break
            if out[j] or j in skip or is_aside(j):
                continue
            if f.closes and len(seen) < 2:
                seen.append(len(f.sq))
                continue
            width = len(f.sq)
            break
        if seen and (width == 0 or not col):
            # web text (no wrapped column to measure): its paragraphs are the measure
            width = max([width, *seen])
        out[i] = width == 0 or n <= TUNING.narrow * width
    return out


# ---------------------------------------------------------------- page units and layout vote


@dataclass
class _Unit:
    kind: LineKind
    lines: list[_Line]
    brief: bool = False  # a body opening a brief item (its first line starts with ■)


def _units(lines: list[_Line]) -> list[_Unit]:
    units: list[_Unit] = []
    for ln in lines:
        k = ln.kind
        if k == "body" and ln.brief:
            units.append(_Unit(_K.BODY, [ln], brief=True))
        elif units and k in ("body", "short") and units[-1].kind == k:
            units[-1].lines.append(ln)
        elif units and k == "body" and units[-1].kind in ("lead", "open"):
            units.append(_Unit(_K.BODY, [ln]))
        else:
            units.append(_Unit(k, [ln]))
    return units


class _Pairs:
    """The word pairs of some body text (``word_pairs`` of each of its units), without building
    the set: a pair of two run characters is among them exactly when it occurs in one
    unit's text, and the units are joined by a line break, which no pair holds."""

    __slots__ = ("text",)

    def __init__(self, text: str = "") -> None:
        self.text = text

    def __contains__(self, pair: object) -> bool:
        return isinstance(pair, str) and pair in self.text

    def __bool__(self) -> bool:  # a set of pairs is empty unless a run holds two characters
        return _PAIR.search(self.text) is not None


_PAIR = re.compile(f"[{CJK}A-Za-z0-9]{{2}}")


class _PairCounts:
    """In how many regions of body text each asked pair occurs (``Counter`` of the regions'
    pair sets, counted only for the pairs of the short lines that ask)."""

    __slots__ = ("memo", "texts")

    def __init__(self, regions: list[_Pairs]) -> None:
        self.texts = [r.text for r in regions]
        self.memo: dict[str, int] = {}

    def get(self, pair: str, default: int) -> int:
        n = self.memo.get(pair)
        if n is None:
            n = self.memo[pair] = sum(map(operator.contains, self.texts, repeat(pair)))
        return n or default


@dataclass
class _Ctx:
    """Neighbouring body text of each short-line run, for word-overlap votes."""

    prev: dict[int, _Pairs]
    nxt: dict[int, _Pairs]
    next_is_caption: dict[int, bool]
    df: _PairCounts


def _context(units: list[_Unit]) -> _Ctx:
    regions: list[_Pairs] = []
    prev: dict[int, _Pairs] = {}
    cur: list[str] = []  # the body texts of the region being read
    texts = {i: "".join(ln.sq for ln in u.lines) for i, u in enumerate(units) if u.kind == "body"}
    for u_i, u in enumerate(units):
        if u.kind == "body":
            cur.append(texts[u_i])
        elif u.kind in ("short", "lead", "open", "credit", "byline"):
            if u.kind == "short":
                prev[u_i] = _Pairs("\n".join(cur))
            if cur and u.kind in ("short", "lead", "open"):
                regions.append(_Pairs("\n".join(cur)))
                cur = []
    if cur:
        regions.append(_Pairs("\n".join(cur)))
    nxt, cap = _after_shorts(units, texts)
    return _Ctx(prev, nxt, cap, _PairCounts(regions))


def _after_shorts(units: list[_Unit], texts: dict[int, str]) -> tuple[dict[int, _Pairs], dict[int, bool]]:
    """Per short unit: the body text after it (up to the next break), and whether a photo
    credit closes that body (the short line is a caption's title)."""
    nxt: dict[int, _Pairs] = {}
    cap: dict[int, bool] = {}
    for u_i, u in enumerate(units):
        if u.kind != "short":
            continue
        body: list[str] = []
        is_cap = False
        seen_lead = False
        for v_i in range(u_i + 1, len(units)):
            v = units[v_i]
            if v.kind == "body":
                body.append(texts[v_i])
            elif v.kind in ("lead", "open") and not body:
                seen_lead = True
            elif (v.kind == "byline" and not body) or v.kind == "furniture":
                continue
            else:
                is_cap = v.kind == "credit" and bool(body) and not seen_lead
                break
        nxt[u_i] = _Pairs("\n".join(body))
        cap[u_i] = is_cap
    return nxt, cap


def _overlap(line: str, body: set[str] | _Pairs, df: dict[str, int] | _PairCounts) -> float:
    """Share of a line's word pairs found in a body, rare pairs weighing more."""
    bg = word_pairs(line)
    if not bg or not body:
        return 0.0
    # integer weights summed exactly: the result must not depend on set iteration order
    # (which varies with PYTHONHASHSEED), so no float sum over a set
    dfs = [df.get(b, 1) for b in bg]
    hits = [d for b, d in zip(bg, dfs, strict=True) if b in body]
    if not hits:
        return 0.0
    return math.fsum(1.0 / d for d in hits) / math.fsum(1.0 / d for d in dfs)


def _layout_vote(units: list[_Unit], ctx: _Ctx) -> str:
    """'before' or 'after': where this page prints headlines relative to their bodies."""
    vote = 0.0
    content = [u for u in units if u.kind != "furniture"]
    if content:
        first, last = content[0], content[-1]
        if first.kind == "short":
            vote += 0.5
        elif first.kind == "lead":
            vote -= 0.5
        if last.kind == "short" and len(content) > 1 and content[-2].kind == "body":
            vote -= 0.5
    for u_i, u in enumerate(units):
        if u.kind != "short":
            continue
        if ctx.next_is_caption.get(u_i):
            vote -= 0.5
            continue
        p, n = ctx.prev.get(u_i, _Pairs()), ctx.nxt.get(u_i, _Pairs())
        if p and n:
            s = u.lines[-1].sq
            vote += _overlap(s, n, ctx.df) - _overlap(s, p, ctx.df)
    return "after" if vote < 0 else "before"


# ---------------------------------------------------------------- assembly


@dataclass
class _Build:
    parts: list[tuple[PartKind, list[_Line]]] = field(default_factory=list)
    bylines: list[_Line] = field(default_factory=list)
    has_lead: bool = False
    has_headline: bool = False
    has_body: bool = False
    closed: bool = False
    caption: bool = False
    brief: bool = False  # a brief column item: wants no headline
    sealed: bool = False  # ended by a jump mark or column marker: takes no headline after it

    def add(self, kind: PartKind, ln: _Line, join: bool = False) -> None:
        if self.parts and self.parts[-1][0] == kind and (join or kind in ("body", "caption")):
            self.parts[-1][1].append(ln)
        else:
            self.parts.append((kind, [ln]))
        self.has_body |= kind == "body"


def split_title_run(
    with_prev: list[float], with_next: list[float], prev_wants: bool, next_wants: bool, want: float = TUNING.want
) -> int:
    """How many lines of a run of standalone lines close the article above (the rest open
    the one below).

    ``with_prev[i]`` / ``with_next[i]``: line i's evidence for the article above / below
    (word overlap plus the page's layout prior). An article still lacking its headline
    adds ``want`` for taking at least one line. Cut k maximises the sum of line i's
    score on its side; ties go to the smaller k. Pure: tested on its own.
    """
    best: tuple[float, int] | None = None
    n = len(with_prev)
    for k in range(n + 1):
        terms = with_prev[:k] + with_next[k:]
        if prev_wants and k >= 1:
            terms.append(want)
        if next_wants and k < n:
            terms.append(want)
        sc = math.fsum(terms)
        if best is None or sc > best[0] + 1e-9:
            best = (sc, k)
    return best[1] if best else 0


def _same_people(c: _Build, ln: _Line) -> bool:
    """A header credit then a 讯 lead naming the same people, before any body: one article
    credited twice (a portal's dateline line, then the story's own lead)."""
    before = {x.name for b in c.bylines if b.byline for x in b.byline.contributors}
    now = {x.name for x in ln.byline.contributors} if ln.byline else set()
    return bool(now) and now <= before


@dataclass
class _Assembler:
    """Units in page order -> article builds and page furniture: one method per unit kind."""

    units: list[_Unit]
    ctx: _Ctx
    mode: str  # the page's layout vote: "before" or "after"
    web: bool = False  # paragraphs printed as one long line each (a web page, not a column)
    items: list[_Build] = field(default_factory=list)
    furniture: list[_Line] = field(default_factory=list)
    cur: _Build | None = None
    last_byline_item: _Build | None = None  # the article an end byline just closed

    def run(self) -> tuple[list[_Build], list[_Line]]:
        for u_i, u in enumerate(self.units):
            after_byline = self.last_byline_item
            self.last_byline_item = None
            if u.kind == _K.FURNITURE:
                self.furniture_unit(u, after_byline)
            elif u.kind in (_K.LEAD, _K.OPEN):
                self.lead_unit(u)
            elif u.kind == _K.BODY:
                self.body_unit(u)
            elif u.kind in (_K.BYLINE, _K.CREDIT):
                self.byline_unit(u, after_byline)
            else:
                self.title_run(u_i, u, after_byline)
        return self.items, self.furniture

    def new(self) -> _Build:
        self.cur = _Build()
        self.items.append(self.cur)
        return self.cur

    def open_item(self) -> _Build:
        """The current article while it is open, else a new one."""
        return self.cur if self.cur is not None and not self.cur.closed else self.new()

    def furniture_unit(self, u: _Unit, after_byline: _Build | None) -> None:
        self.furniture.extend(u.lines)
        self.last_byline_item = after_byline
        if any(ln.closer for ln in u.lines):
            self.last_byline_item = None
            if self.cur is not None:
                self.cur.closed = self.cur.sealed = True

    def lead_unit(self, u: _Unit) -> None:
        c = self.cur
        fresh = c is not None and not c.closed and not c.has_body and (
            not c.has_lead or _same_people(c, u.lines[0]) or not _signed(c))
        it = c if c is not None and (fresh or self._photos_first(c)) else self.new()
        it.has_lead = True
        it.bylines.append(u.lines[0])
        it.add("byline", u.lines[0])

    def _photos_first(self, c: _Build) -> bool:
        """A web page that opens with headless paragraphs (its pictures' captions) before
        the lead: they belong to the article the lead opens."""
        return self.web and len(self.items) == 1 and not (c.closed or c.has_lead or c.has_headline)

    def body_unit(self, u: _Unit) -> None:
        if u.brief:
            if self.cur is not None and (self.cur.has_body or self.cur.has_lead is False):
                self.cur.closed = True
            it = self.open_item()
            it.brief = True
        else:
            it = self.open_item()
        for ln in u.lines:
            it.add("body", ln)

    def byline_unit(self, u: _Unit, after_byline: _Build | None) -> None:
        ln = u.lines[0]
        cur = self.cur
        open_cur = cur is not None and not cur.closed
        if _editors_only(ln.byline) and after_byline is None and (cur is None or cur.closed or not cur.has_body):
            self.furniture.append(ln)  # a page's editor line, not an article's byline
            return
        if after_byline is not None:
            it = after_byline  # second line of an end byline (记者 X / 通讯员 Y)
        elif open_cur and cur is not None:
            it = self._split_before_byline(cur, u, ln) or cur
        else:
            it = self.new()
        it.bylines.append(ln)
        it.add("byline", ln)
        if u.kind == _K.CREDIT and not it.has_lead and not it.has_headline and it.has_body:
            it.caption = True
        if it.has_body:
            it.closed = True
        self.last_byline_item = it

    def _split_before_byline(self, cur: _Build, u: _Unit, ln: _Line) -> _Build | None:
        """The item an end byline or photo credit of an open article starts, if any: the
        photo's caption (the article's last paragraph) or a second article whose headline
        was taken for running text (the byline names other people than the lead)."""
        if u.kind == _K.CREDIT:
            cap_lines = _split_caption(cur)
            if not cap_lines:
                return None
            cur.closed = True
            it = self.new()
            for x in cap_lines:
                it.add("body", x)
            return it
        split = _split_other_article(cur, ln)
        if split is None:
            return None
        headline, body = split
        cur.closed = True
        it = self.new()
        if headline is not None:
            it.add("headline", headline)
            it.has_headline = True
        for x in body:
            it.add("body", x)
        return it

    def _title_owner(self, u_i: int, after_byline: _Build | None) -> _Build | None:
        """The article above a run of standalone lines that may take some of them."""
        cur = self.cur
        prev = cur if cur is not None and cur.has_body else None
        if prev is None and after_byline is not None and after_byline.has_body:
            prev = after_byline
        if prev is None or prev.sealed:
            return None
        if prev.brief and not self.ctx.next_is_caption.get(u_i):
            return None  # a brief takes no headline: the run opens the next item
        if prev is after_byline and prev.has_headline:
            return None  # closed by its end byline with its headline: the title opens the next
        return prev

    def title_run(self, u_i: int, u: _Unit, after_byline: _Build | None) -> None:
        """A run of standalone short lines: headlines, subheadlines or captions, cut
        between the article above and the one below (``split_title_run``)."""
        lines = u.lines
        c = self.cur
        # (on a web page a byline under the title does not complete a story: no text yet)
        if c is not None and c.has_headline and not (c.has_body or (c.has_lead and _signed(c) and not self.web)
                                                     or c.closed):
            for ln in lines:  # a web headline, then the title block again (issuer, number, title),
                if self.web and len(lines) == 1:  # or its author past the header's furniture
                    self._under_title(c, ln)
                else:
                    c.add("subheadline", ln)
            return
        prev_item = self._title_owner(u_i, after_byline)
        if prev_item is not None and _captioned_again(prev_item, lines):
            for ln in lines:
                prev_item.add("caption", ln)
            return
        k = self._title_cut(u_i, lines, prev_item)
        if self.ctx.nxt.get(u_i) and (self.mode == "before" or (prev_item is not None and prev_item.has_headline)):
            # a notice's title (关于…的通告) over text is that text's title, never a caption above
            k = min([k, *(j for j, ln in enumerate(lines) if _notice_title(ln))])
        if k and prev_item is not None:
            prev_wants = self._wants(prev_item)
            # a web notice signed and dated is complete: a line after its date is no title of it
            # (nor is the page's last line one of a web page's only story, opened by its lead: a
            # web page prints its title above; a copy cut off mid-sentence leaves such a line)
            give_headline = ((self.mode == "after" or prev_wants) and not prev_item.has_headline
                             and not (self.web and (_signed_off(prev_item) or self._lone_lead(prev_item, u_i))))
            for i, ln in enumerate(lines[:k]):
                # a picture's marked caption (图：…) under the text is its picture's, no title
                if give_headline and i == k - 1 and not _patterns().caption_marks.match(ln.sq):
                    prev_item.add("headline", ln)
                    prev_item.has_headline = True
                    prev_item.closed = True
                else:
                    prev_item.add("caption", ln)
        if k < len(lines):
            self._open_titled(lines[k:])

    def _lone_lead(self, b: _Build, u_i: int) -> bool:
        """``b`` opens the page, with its lead and no other lead following or with no lead on
        the page at all, and unit ``u_i`` ends the page (a footer word, a tag line, a notice or
        the last line of a copy cut off mid-sentence under a web page's only story)."""
        leads = sum(u.kind == _K.LEAD for u in self.units)
        return (b is self.items[0] and all(u.kind == _K.FURNITURE for u in self.units[u_i + 1 :])
                and (leads == 0 or (leads == 1 and _opened_by_lead(b))))

    def _wants(self, prev_item: _Build) -> bool:
        """An article still lacking its headline wants one: the one before it unless it
        opened with a lead on a headline-before page, or stands on a web page (text with no
        title over it is a story printed without one: a title below it opens a section)."""
        return not prev_item.has_headline and not prev_item.caption and (
            self.mode == "after" or not (prev_item.has_lead or self.web))

    def _title_cut(self, u_i: int, lines: list[_Line], prev_item: _Build | None) -> int:
        ctx = self.ctx
        nxt_body = ctx.nxt.get(u_i, _Pairs())
        if prev_item is None:
            return 0
        if self.mode == "before" and prev_item is self.cur and _inner_caption(self.units, u_i, prev_item):
            return 1  # a picture's caption inside the story: the paragraph after goes on with it
        if ctx.next_is_caption.get(u_i) and prev_item.closed and nxt_body:
            return 0  # after an article closed by its byline: the title of a photo item
        if not nxt_body or ctx.next_is_caption.get(u_i):
            return len(lines)
        # both wanting cancel out for a single line (word overlap and the page vote decide)
        # and split a run of several lines between the two articles
        nxt_unit = next((v for v in self.units[u_i + 1 :] if v.kind != _K.FURNITURE), None)
        next_wants = nxt_unit is not None and nxt_unit.kind in (_K.LEAD, _K.OPEN)
        pb = ctx.prev.get(u_i, _Pairs())
        with_prev = [_overlap(ln.sq, pb, ctx.df) + (TUNING.prior if self.mode == "after" else 0) for ln in lines]
        with_next = [_overlap(ln.sq, nxt_body, ctx.df) + (TUNING.prior if self.mode == "before" else 0) for ln in lines]
        return split_title_run(with_prev, with_next, self._wants(prev_item), next_wants)

    def _open_titled(self, rest: list[_Line]) -> None:
        """A new article opened by title lines: kicker, headline (one or two lines), subheadlines."""
        it = self.new()
        if len(rest) >= 2 and _kicker(rest[0]) and not (_kicker(rest[1]) or _dash_subtitle(rest[1])
                                                        or _under_title(rest[1])):
            self.furniture.append(rest[0])  # 引题 above the headline: not the headline
            rest = rest[1:]
        if len(rest) >= 2 and _places_alone(rest[0].sq) and _title_shaped(rest[1].sq):
            it.add("subheadline", rest[0])  # a digest's place label over the title: never its title
            rest = rest[1:]
        if len(rest) >= 2 and all(_issuer_line(x) for x in rest):
            for x in rest:  # headed only by its issuer and number (某县指挥部 / 2号令): no title
                it.add("subheadline", x)
            rest = []
        j = next((j for j, x in enumerate(rest) if _notice_title(x) or _notice_span(rest, j)), 0)
        notice = "".join(x.sq for x in rest[j : j + max(1, _notice_span(rest, j))])  # (wrapped: read whole)
        if any(_restates(x, notice) for x in rest[:j]):
            j = 0  # a news title over the notice it quotes is the headline (the notice's title its subheadline)
        for x in rest[:j]:
            it.add("subheadline", x)  # a notice's issuer and number above its title
        rest = rest[j:]
        n = _notice_span(rest, 0)  # a notice title wrapped over two or three lines
        two = len(rest) >= 2 and _one_title(rest[0], rest[1]) and not _under_title(rest[1])
        titled = rest[:n] if n else rest[:2] if two else rest[:1]
        for t_i, x in enumerate(titled):
            it.add("headline", x, join=t_i > 0)
        rest = rest[len(titled) :]
        quoted = _notice_span(rest, 0) if titled else 0  # the quoted notice's title, wrapped: one subheadline
        for t_i, x in enumerate(rest[:quoted]):
            it.add("subheadline", x, join=t_i > 0)
        rest = rest[quoted:]
        if rest and _notice_word(rest[0]) and titled and _patterns().issuer_place.search("".join(x.sq for x in titled)):
            it.add("headline", rest[0], join=True)  # 某县指挥部 / 通 告: one title (not a cut-off issuer)
            rest = rest[1:]
        for ln in rest:
            self._under_title(it, ln)
        it.has_headline = True

    def _under_title(self, it: _Build, ln: _Line) -> None:
        """A line under a story's title: the post's date and time (furniture), its author (a bare
        name: □ 于澄, 顾某某 under a forum title, 甲乙/某某晨报 in a web header), or a subheadline."""
        if _patterns().stamp_line.fullmatch(ln.sq):
            self.furniture.append(ln)
        elif _author_line(ln):
            ln.byline = bl.Parse([Contributor(_author_name(ln), "reporter", 1)], True, False, True)
            it.bylines.append(ln)
            it.add("byline", ln)
        else:
            it.add("subheadline", ln)


def _captioned_again(b: _Build, lines: list[_Line]) -> bool:
    """Every line of a run is printed already as a caption inside story ``b``: a post repeats
    its pictures' caption under each picture, so the copy is a caption again, no title."""
    captions = {x.sq for k, ls in b.parts if k == "caption" for x in ls}
    return bool(captions) and all(ln.sq in captions for ln in lines)


def _opened_by_lead(b: _Build) -> bool:
    """``b`` starts with its lead (某网某地某日电 / 本报讯): nothing printed above its text."""
    return bool(b.parts) and b.parts[0][0] == "byline" and b.parts[0][1][0].kind == _K.LEAD


def _signed(b: _Build) -> bool:
    """Whether ``b`` has a byline of its own beyond a web header's author field (作者：甲 in
    the date-and-source line): a lead or section after that field still belongs to it."""
    return any(not ln.header for ln in b.bylines)


def _has_text(b: _Build) -> bool:
    return any(k in ("body", "headline", "caption") for k, _ in b.parts)


def _body_chars(b: _Build) -> int:
    return sum(len(ln.sq) for k, ls in b.parts if k in ("body", "caption") for ln in ls)


def _heading(b: _Build) -> str:
    return "".join(ln.sq for k, ls in b.parts if k == "headline" for ln in ls)


def _area_names(sq: str) -> set[str]:
    """The administrative areas' names (2-4 characters: 天津, 秦皇岛, 某某县) written in a title."""
    return {sq[i : i + k] for k in (2, 3, 4) for i in range(len(sq) - k + 1) if _is_area(sq[i : i + k])}


def _deepest_areas(sq: str, names: set[str] | None = None) -> set[int]:
    """The gazetteer ids (province, prefecture, county) of the areas a title names (``names``
    when given), less any that holds another one named (浙江 and 金华 in 浙江金华某区: only
    the county counts)."""
    from etl.extract.gazetteer import load

    gaz = load()
    found = _area_names(sq) if names is None else names
    ids = {i for n in found for i in (*gaz.ids(n), *gaz.short_ids(n)) if gaz.levels[i] <= 2}
    held = {a for i in ids for a in gaz.ancestors(i) if a != i}
    return ids - held


_LEADING_DATE = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日")


def _title_opening(head: str) -> str:
    """Where a digest's title names its place: its opening, after a date (4月5日某市将…). A
    place named further on (…，全县公交停运) is no lead: a wrapped line of text names places too."""
    sq = _LEADING_DATE.sub("", "".join(WORD_RUN.findall(head)))
    return sq[: _SPLIT_WEIGHTS.title_place_chars]


def _leading_areas(sq: str) -> set[str]:
    """The areas' names a title opens with, one after another (浙江 金华市 婺城区 …): a place
    named after other words (进出车辆通道…) does not lead it."""
    names: set[str] = set()
    while True:
        k = next((k for k in range(min(len(sq), 7), 1, -1) if _is_area(sq[:k])), 0)
        if not k:
            return names
        names.add(sq[:k])
        sq = sq[k:]


def _places_alone(sq: str) -> bool:
    """A line of areas' names alone, perhaps numbered (2某市某区, 某市某县): a digest's section
    label over a place's report, never its title (no gold headline of the dev sets, the seeds or
    ../shared/real is one); a title tells some news besides its places."""
    from etl.extract.gazetteer import load

    if len(sq) > _SPLIT_WEIGHTS.issuer_max:
        return False
    rest = "".join(WORD_RUN.findall(sq))
    if not load().area_chars().issuperset(rest.translate(_LABEL_NUMBERING)):
        return False  # a character no area's name holds is left over whatever is taken out
    return bool(_area_names(sq)) and not _unplaced(sq).lstrip(_LABEL_DIGITS)


_LABEL_DIGITS = "0123456789、.．"  # a digest label's numbering before its places (2某市某区)
_LABEL_NUMBERING = str.maketrans("", "", _LABEL_DIGITS)


def _only_places(head: str) -> bool:
    """A title that is little more than places' names (``●某省``, ``某市 某区``): a section label."""
    return len(_unplaced(head)) < _SPLIT_WEIGHTS.label_news_min


def _unplaced(head: str) -> str:
    """A title's words less the areas' names it holds: a notice's title printed again with
    more or fewer of its places (关于对甲市乙县… / 关于对乙县…) reads the same; two notices of a
    bundle differ in their subject or their number (…第1号 / …第2号)."""
    rest = "".join(WORD_RUN.findall(head))
    for name in sorted(_area_names(rest), key=len, reverse=True):
        rest = rest.replace(name, "")
    return rest


def _elsewhere(head: str, before: str) -> bool:
    """A later title names only areas lying outside every area the story's title names (甲省
    乙县… under 甲省丙县…; 丁市… under 戊市…): the next report of a digest gathering several
    places' news. A roundup on one place titles its sections with places inside it (某市… /
    某区…), or with none; a national roundup labels its sections with a place's name alone
    (●某省), a label that tells no news of its own."""
    from etl.extract.gazetteer import load

    opening = _title_opening(head)
    mine, theirs = _deepest_areas(opening, _leading_areas(opening)), _deepest_areas(before)
    if not mine or not theirs or _only_places(head):
        return False
    gaz = load()
    return not any(a in gaz.ancestors(b) or b in gaz.ancestors(a) for a in mine for b in theirs)


def _same_subject(head: str, before: str) -> bool:
    """A later title ``head`` (with no lead or byline under it) speaks of the story whose
    title is ``before``: it names no place of its own (a subheading: 坚守一线不退缩), or the
    place the story's title names (天津 … / 天津 …). A roundup's next report names another
    place (甲县… / 乙市…) or leads with one of its own (某地某镇：…)."""
    kicker = _PLACE_KICKER.match(head)
    if kicker is not None and kicker.group(1) not in before:
        return False
    places = _area_names(head)
    return not places or any(p in before for p in places)


def _signed_off(b: _Build) -> bool:
    """The item's text ends with a signature's date line alone (…指挥部 / 2022年5月7日)."""
    body = [ln for k, ls in b.parts if k == "body" for ln in ls]
    return len(body) >= 3 and _DATE_LINE.match(max(body, key=lambda ln: ln.start).sq) is not None


def _told(prev: _Build) -> str:
    """What a titled story above speaks of, for a later title under it: its headline (or a
    first line printed as its title, title-shaped) and its text (a post's text names the places
    its sections report on). Text with no title tells nothing (its later titles are read against
    its own words, ``_same_subject_as``) until it has taken a section title."""
    body = [ln for k, ls in prev.parts if k == "body" for ln in ls]
    first = min(body, key=lambda ln: ln.start).sq if body else ""
    # untitled text that took a section title (``_same_subject_as``) tells of what it says too
    sub = "" if prev.has_headline else "".join(ln.sq for k, ls in prev.parts if k == "subheadline" for ln in ls)
    if not prev.has_headline and not sub and not _title_shaped(first):
        return ""
    return _heading(prev) + sub + "".join(ln.sq for ln in body)


def _same_subject_as(head: str, prev: _Build) -> bool:
    """A later title speaks of the story above (``_same_subject`` of what it told). Text with no
    title is read the same way against its own words: a title naming a place the text never
    names opens a report, and so does one sharing not one word pair with the text (多地… under
    a national case count); one naming the text's place or none, and sharing any word pair
    (甲省乙市新增… under a bulletin on 乙市; 病例…分布情况 under a case bulletin), is a section of
    a copy that lost its own title over its opening paragraph."""
    told = _told(prev)
    if told:
        return _same_subject(head, told)
    body = [ln.sq for k, ls in prev.parts if k == "body" for ln in ls]
    if body and _SPLIT_WEIGHTS.standfirst.match(body[0]):
        return False  # a labelled standfirst opens the story under its title (``_standfirst_over_title``)
    text = "\n".join(body)
    return _same_subject(head, text) and _overlap(head, _Pairs(text), {}) > 0.0


def _titled_follower(prev: _Build, b: _Build) -> bool:
    """A later titled item on a web page that is part of the story before: no text under
    its title, a short subheading (小标题) with no lead or byline, a longer one naming no
    place of its own (``_same_subject``), or the title before it
    printed again above the text (unless both are notice titles: a post bundling several
    notices; or a story already stands under the first: a roundup of like reports)."""
    if prev.caption:
        return False  # a picture item is complete: what follows is its own story
    if _body_chars(b) == 0:
        return True
    if _restated_notice(prev, b):
        return True
    if _signed_off(prev):
        return False  # the text before closed with its signature's date: a new notice or report
    head = _heading(b)
    own = b.has_lead or _own_byline(prev, b)
    if not own and not _notice_text(head) and _counted_roundup(prev):
        return True  # a section of a roundup counting its places (4省7地…): 甲市… / 乙县…
    if _elsewhere(head, _heading(prev)):
        return False  # a digest's next report: its title's place lies outside the story's
    if not own and len("".join(head.split())) <= TUNING.subheading_max:
        return True
    if not (own or _notice_text(head) or _place_led(head)) and _same_subject_as(head, prev):
        return True  # a longer subheading with no lead or byline of its own
    if _notice_text(head) and _notice_text(_heading(prev)):
        return False  # two notices' titles (the same one printed again is ``_restated_notice``)
    mine, before = word_pairs(head), word_pairs(_heading(prev))
    if not mine or not before:
        return False
    if _body_chars(prev) > TUNING.caption_max:
        return False  # a story told before it: a like-worded title opens the next report
    if own and not _same_subject(head, _heading(prev)):
        return False  # a like-worded title naming another place, over its own lead: the next report
    # the title printed again, or (under a short lead telling what it says) the notice the story reports
    told = before | word_pairs("".join(ln.sq for k, ls in prev.parts if k == "body" for ln in ls))
    return len(mine & told) / min(len(mine), len(before)) >= TUNING.repeat_share


def _counted_roundup(prev: _Build) -> bool:
    """The story's title or first paragraph counts the places it reports on (4省7地, 3个地区): a
    roundup written as one story, whose sections are titled with those places (甲市… / 乙县…). A
    digest reposting several places' reports counts none: each report keeps its own title."""
    count = _SPLIT_WEIGHTS.roundup_count
    body = [ln for k, ls in prev.parts if k == "body" for ln in ls]
    first = min(body, key=lambda ln: ln.start).sq if body else ""
    return prev.has_headline and (count.search(_heading(prev)) is not None or count.search(first) is not None)


def _restated_notice(prev: _Build, b: _Build) -> bool:
    """``b`` is titled with the notice title of ``prev`` printed again, with more or fewer of
    its places (``_unplaced``): a post printing its notice's title over a lead and then over
    the notice, not a second notice. After the notice's signature, only when the text under
    it opens alike too (the whole notice printed twice); two notices of a bundle differ in
    subject, number or text."""
    head, before = _heading(b), _heading(prev)
    if not (_notice_text(head) and _notice_text(before)) or _unplaced(head) != _unplaced(before):
        return False
    if not _signed_off(prev):
        return True
    first = [min(ls, key=lambda ln: ln.start).sq for x in (prev, b) for k, ls in x.parts if k == "body" and ls]
    return len(first) >= 2 and first[0] == first[-1]


def _own_byline(prev: _Build, b: _Build) -> bool:
    """Whether ``b`` has a byline of its own: one over its text, or one closing it when the
    story before had one too (not only a header's author field).
    A credit closing the last section of a story with none before (小标题 / text /
    （记者 甲）) signs the whole story, not that section."""
    if not b.bylines:
        return False
    first_text = _first_text(b)
    return first_text is None or min(ln.start for ln in b.bylines) < first_text or _signed(prev)


def _first_text(b: _Build) -> int | None:
    return min((ls[0].start for k, ls in b.parts if k == "body" and ls), default=None)


def _marked_captions(b: _Build) -> bool:
    """Every title line of ``b`` (every line, when it has none) is a picture's caption
    (``图一、…``, ``记者X在…采访``): pictures of the story before, not a new title."""
    marks = _patterns().caption_marks
    titles = [ln for k, ls in b.parts if k in ("headline", "subheadline") for ln in ls]
    text = titles or [ln for k, ls in b.parts if k != "byline" for ln in ls]
    return bool(text) and not b.has_lead and all(marks.match(ln.sq) for ln in text)


def _follows_on(prev: _Build, b: _Build, labelled: bool, opens_page: bool = False) -> bool:
    """On a web page, whether item ``b`` is the rest of the story ``prev`` opened: paragraphs
    with neither a headline nor a byline of their own (text after a picture or a credit),
    marked captions (``图一、…``), a picture's caption and credit under a story, a headless
    lead under a headline whose only text so far is short (date and source lines, a
    picture's caption), or a title that does not open a story (``_titled_follower``).
    ``labelled``: page furniture (a column label such as 【…】) stands between the two;
    ``opens_page``: ``prev`` is the first item of the page."""
    if b.brief:
        # a brief column item (■ …) is its own item by design, but a web page is one story:
        # marked paragraphs right under a story's text (marked sections, a dated list, marked
        # credits) carry on its text; marked items after a column label, or one after another
        # with no story above, are a column
        # a title with nothing under it yet opens such a story too: one title is no item, and
        # its text may start with a marked paragraph (a picture's line under ▲)
        opened = prev.has_body or prev.has_headline
        return not (labelled or prev.brief or b.has_lead or _own_byline(prev, b)) and opened
    if prev.has_body and _marked_captions(b):
        return True
    if b.has_headline:
        return _titled_follower(prev, b)
    if b.caption:  # the story's own picture, unless a picture page, a column label between,
        # or a story printed headline-last (the picture is the next item on such a page);
        # on a web page, untitled captions one after another under an untitled lead paragraph
        # are one gallery (the lead and the first caption are the first part's two lines)
        if prev.caption and prev.parts[0][0] == "body" and len(prev.parts[0][1]) > 1 and not labelled:
            return True
        # headless credited pictures one after another opening a web page: one gallery post
        # (under a story, each picture is an item of its own)
        if prev.caption and not prev.has_headline and opens_page:
            return not labelled
        return prev.has_body and not prev.caption and not labelled and prev.parts[0][0] == "headline"
    if not _own_byline(prev, b):
        return True  # no byline, or one closing the story begun above (``_own_byline``)
    return b.has_lead and prev.has_headline and not prev.has_lead and _body_chars(prev) <= TUNING.caption_max


def _start(b: _Build) -> int:
    return min((ls[0].start for _, ls in b.parts if ls), default=0)


def merge_web_followers(builds: list[_Build], furniture: list[_Line]) -> list[_Build]:
    """Web text (one line per paragraph) is one story per page unless a new item brings its
    own headline or byline: an item that does not (see ``_follows_on``) joins the one before."""
    out: list[_Build] = []
    marks = sorted(ln.start for ln in furniture)
    for b in builds:
        prev = out[-1] if out else None
        if prev is None or not _has_text(b) or not _has_text(prev):
            out.append(b)
            continue
        prev_end = max(ln.start for _, ls in prev.parts for ln in ls)
        labelled = bisect.bisect_left(marks, _start(b)) > bisect.bisect_right(marks, prev_end)
        announced = b.has_headline and _announced_part(_heading(b), _title_parts(_heading(out[0])),
                                                       _SPLIT_WEIGHTS.echo_share)
        if not (announced or _copy_of(prev, b) or _follows_on(prev, b, labelled, opens_page=len(out) == 1)):
            out.append(b)
            continue
        # the follower's own title is a subheading of the story (the story keeps its headline)
        prev.parts.extend(_titles_demoted(b.parts))
        prev.bylines.extend(b.bylines)
        prev.has_lead |= b.has_lead
        prev.has_body |= b.has_body
    return out


def _copy_of(prev: _Build, b: _Build) -> bool:
    """``b`` opens with the opening of ``prev`` printed again (its title, or its first
    paragraph): a web copy repeating its title over its credits, or its whole text after its
    byline, and no story of its own. Two reports or notices of one post open differently; an
    issuer's notices share its heading (某县指挥部通告), so after a signed notice only its
    first paragraph printed again is a copy."""
    mine = _opening(b, ("headline", "body"))
    if len(mine) < TUNING.first_title_min:
        return False
    return mine == _opening(prev, ("body",)) or (mine == _opening(prev, ("headline",)) and not _signed_off(prev))


def _opening(b: _Build, kinds: tuple[str, ...]) -> str:
    """The words of the first line of ``b`` of the given kinds (a site's 栏目| before a bar left out)."""
    first = min((ln for k, ls in b.parts if k in kinds for ln in ls), key=lambda ln: ln.start, default=None)
    return "".join(WORD_RUN.findall(first.sq.rsplit("|", 1)[-1])) if first is not None else ""


_ORDINAL = re.compile(r"^[（(]([一二三四五六七八九十]+)[）)]")


def _notice_cuts(flat: list[tuple[PartKind, _Line]]) -> list[int]:
    """Where the second and later notices of one web item start: at each document number
    line after the first, or at the issuer's title line just above it; and, in a post that
    bundles numbered notices, where a list starts again at （一） right after its （五）
    (the next notice printed without its issuer and number); and at each release quoted under
    its date and issuer (``release_lead``) when the post quotes two or more."""
    pats = _patterns()
    nums = [i for i, (_, ln) in enumerate(flat) if pats.notice_number.match(ln.sq)]
    cuts = []
    for i in nums[1:]:
        above = flat[i - 1][1].sq if i > 0 else ""
        issuer = len(above) <= pats.notice_max and above.endswith(pats.issuer_ends)
        cuts.append(i - 1 if issuer and i - 1 > nums[0] else i)
    if cuts:
        cuts += [i for i in range(nums[0] + 1, len(flat)) if _list_restarts(flat[i - 1][1], flat[i][1])]
    leads = [i for i, (k, ln) in enumerate(flat) if k == "body" and pats.release_lead.match(ln.sq)]
    if len(leads) >= 2:  # releases quoted one after another under their dates: one item each
        cuts += leads[1:]
    return sorted(set(cuts))


def _list_restarts(prev: _Line, ln: _Line) -> bool:
    """``（九）…`` then ``（一）…``: a list numbered anew with no heading between."""
    a, b = _ORDINAL.match(prev.sq), _ORDINAL.match(ln.sq)
    return a is not None and b is not None and b.group(1) == "一" and a.group(1) != "一"


def _notice_headed(b: _Build) -> bool:
    return any(_notice_title(ln) for k, ls in b.parts if k == "headline" for ln in ls)


def fold_bundle_intro(builds: list[_Build]) -> list[_Build]:
    """A web post gathering two or more notices under its own title and a short intro: the
    title and intro are the post's wrapping, kept with the first notice (which keeps its
    own title as the headline), not an item of their own."""
    if len(builds) < 3 or not all(_notice_headed(b) for b in builds[1:3]):
        return builds
    intro, first = builds[0], builds[1]
    if _notice_headed(intro) or intro.bylines or _body_chars(intro) > TUNING.caption_max:
        return builds
    first.parts[:0] = _titles_demoted(intro.parts)
    return builds[1:]


_PLACE_KICKER = re.compile(r"^([\u4e00-\u9fff]{2,12})[：:]")  # 甲省乙县：… — a title led by its place


def _place_led(sq: str) -> bool:
    m = _PLACE_KICKER.match(sq)
    return m is not None and any(_is_area(m.group(1)[-k:]) for k in range(2, min(len(m.group(1)), 7) + 1))


def retitle_bundle_first(builds: list[_Build]) -> list[_Build]:
    """A post gathering reports of several places (甲县：…, 乙县：…) under its own title: the
    first report's own place-led title, printed as a subheadline under the post's title,
    is its headline, as each later report's is; the post's title becomes its subheadline."""
    if len(builds) < 2 or not all(_place_led(_heading(b)) for b in builds[1:]):
        return builds
    first = builds[0]
    lead = next((i for i, (k, _) in enumerate(first.parts) if k not in ("headline", "subheadline")), len(first.parts))
    heads = [i for i in range(lead) if first.parts[i][0] == "headline"]
    own = [i for i in range(lead) if first.parts[i][0] == "subheadline" and _place_led(first.parts[i][1][0].sq)]
    if len(heads) != 1 or not own or _place_led(first.parts[heads[0]][1][0].sq):
        return builds
    parts = first.parts
    parts[heads[0]], parts[own[-1]] = ("subheadline", parts[heads[0]][1]), ("headline", parts[own[-1]][1])
    return builds


def retitle_labelled_first(builds: list[_Build]) -> list[_Build]:
    """A digest whose sections each open with a place label over the notice's title (某区 /
    某市某区指挥部通告), the first printed right under the post's title with no intro between:
    that first notice's title is its headline, as each later section's is; the post's title
    becomes its subheadline (an intro between keeps the post's title: its text is the post's)."""
    if len(builds) < 2 or not _label_opened(builds[1]):
        return builds
    parts = builds[0].parts
    if len(parts) < 3 or [k for k, _ in parts[:3]] != ["headline", "subheadline", "subheadline"]:
        return builds
    label, own = parts[1][1], parts[2][1]
    if len(label) != 1 or not _places_alone(label[0].sq) or not _title_shaped("".join(x.sq for x in own)):
        return builds
    parts[0], parts[2] = ("subheadline", parts[0][1]), ("headline", own)
    return builds


def _label_opened(b: _Build) -> bool:
    """The item opens with a line of places' names alone right over its headline."""
    kinds = [k for k, _ in b.parts[:2]]
    return (len(kinds) == 2 and kinds[1] == "headline" and kinds[0] != "headline"
            and len(b.parts[0][1]) == 1 and _places_alone(b.parts[0][1][0].sq))


def _reads_as_title(ln: _Line, rest: str) -> bool:
    """A line at a web story's top reads as its title: title-shaped (a final ！ or ？ allowed),
    not an issuer's, date or byline line, and its words recur in the text under it
    (``first_title_*``)."""
    bare = replace(ln, sq=ln.sq.rstrip("！？!?"))
    if (len(bare.sq) < TUNING.first_title_min or not _short_shape(bare, _patterns().sections)
            or _issuer_line(bare) or _DATE_LINE.match(bare.sq) or bl.standalone_byline(ln.tm.text) is not None):
        return False
    return _overlap(ln.sq, _Pairs(rest), {}) >= TUNING.first_title_overlap


def choose_web_title(builds: list[_Build]) -> list[_Build]:
    """The first story of a web page: its first line is its headline when it reads as one
    (``_reads_as_title``) and the layout rules found no title, or chose the line under it
    while that one shares little with the text (a site's or column's name printed between
    title and text, which then stays as a line under the title)."""
    b = builds[0] if builds else None
    if b is None or not b.parts or b.parts[0][0] != "body":
        return builds
    heads = [i for i, (k, _) in enumerate(b.parts) if k == "headline"]
    # a section label under the first line (a bare place name: 江北) is no title: the line may be
    label = (len(b.parts) > 1 and b.parts[1][0] == "subheadline"
             and len("".join(ln.sq for ln in b.parts[1][1])) < TUNING.first_title_min)
    if not heads and len(b.parts) > 1 and b.parts[1][0] == "subheadline" and not label:
        heads = [1]  # a title under the first line that stayed a section of its text
    elif any(k == "subheadline" for k, _ in b.parts) and not label:
        return builds
    first = b.parts[0][1][0]
    rest = "\n".join(ln.sq for k, ls in b.parts if k == "body" for ln in ls if ln is not first)
    if not rest or not _reads_as_title(first, rest):
        return builds
    if not heads:
        b.parts[0:1] = [("headline", [first]), ("body", b.parts[0][1][1:])] if len(b.parts[0][1]) > 1 else [
            ("headline", [first])]
        b.has_headline = True
    elif heads == [1] and len(b.parts[0][1]) == 1:
        b.has_headline = True
        chosen = "".join(ln.sq for ln in b.parts[1][1])
        pairs = _Pairs(rest)  # (a topic label under the title may share words too: then the title shares more)
        if _overlap(chosen, pairs, {}) < max(TUNING.first_title_overlap, _overlap(first.sq, pairs, {})):
            b.parts[0:2] = [("headline", [first]), ("subheadline", b.parts[1][1])]
        else:
            b.parts[1] = ("headline", b.parts[1][1])
    return builds



@dataclass(frozen=True)
class _TitleWeights:
    """The scored choice of a web story's title (layout.toml ``[web_title]``)."""

    lines: int
    min_len: int
    max_len: int
    header: float
    overlap: float
    position: float
    threshold: float
    end_marks: str
    header_gap: int
    unrelated_min: int
    restates: float


_TITLE_WEIGHTS = _TitleWeights(**layout()["web_title"])  # never changed after import


def _title_candidate(ln: _Line, pats: _Pats, w: _TitleWeights) -> bool:
    """A line that may compete for a web story's title: title-shaped once its closing marks
    (！, ？, →, a stray comma) are stripped, and no page chrome, date, issuer's, byline or
    question-and-answer line."""
    sq = ln.sq.rstrip(w.end_marks)
    if not w.min_len <= len(sq) <= w.max_len or "。" in sq or "；" in sq or _open_end(sq):
        return False
    if _is_furniture(ln.sq, pats) or pats.web_header.match(ln.sq) or pats.not_title.fullmatch(ln.sq):
        return False
    return not (_issuer_line(ln) or _DATE_LINE.match(sq) or any(p.match(sq) for p in pats.sections)
                or ln.sq.startswith(pats.qa_labels) or bl.standalone_byline(ln.tm.text) is not None)


def _story_top(b: _Build, w: _TitleWeights) -> list[_Line]:
    """The short lines at a web story's top, down to its first running paragraph, byline or
    lead (at most ``w.lines``): where its title stands when the page prints one."""
    top: list[_Line] = []
    for kind, ls in b.parts:
        if kind not in ("body", "subheadline"):
            break
        for ln in ls:
            if "。" in ln.sq or len(ln.sq) > w.max_len or len(top) >= w.lines:
                return top
            top.append(ln)
    return top


def _over_header(ln: _Line, around: list[_Line], pats: _Pats, w: _TitleWeights) -> bool:
    """Whether the page's date-and-source line stands under ``ln`` with at most
    ``w.header_gap`` chrome lines (a breadcrumb, a font-size switch) between them."""
    for x in [x for x in around if x.start >= ln.end][: w.header_gap + 1]:
        if pats.web_header.match(x.sq):
            return True
        if x.kind != _K.FURNITURE and not _is_furniture(x.sq, pats):
            return False
    return False


def score_web_title(builds: list[_Build], furniture: list[_Line]) -> list[_Build]:
    """The first story of a web page still without a title: the best-scoring line at its top
    (``_TitleWeights``: above the page's date line, words recurring in the text, near the top)
    is its headline when it scores enough; the short lines above it leave the text as chrome."""
    b = builds[0] if builds else None
    if b is None or b.has_headline or any(k == "headline" for k, _ in b.parts):
        return builds
    w, pats = _TITLE_WEIGHTS, _patterns()
    top = _story_top(b, w)
    if not top:
        return builds
    body = [ln for k, ls in b.parts if k in ("body", "subheadline") for ln in ls]
    after = [x for x in body if x.start >= top[-1].end][:1]  # the first running paragraph
    limit = after[0].start if after else math.inf
    around = sorted([*top, *after, *(f for f in furniture if f.start < limit)], key=lambda x: x.start)
    best: tuple[float, int] | None = None
    for rank, ln in enumerate(top):
        if not _title_candidate(ln, pats, w):
            continue
        rest = _Pairs("\n".join(x.sq for x in body if x is not ln))
        sc = w.header * _over_header(ln, around, pats, w) + w.overlap * _overlap(ln.sq, rest, {}) - w.position * rank
        if best is None or sc > best[0]:
            best = (sc, rank)
    if best is None or best[0] < w.threshold:
        return builds
    chosen, chrome = top[best[1]], set(map(id, top[: best[1]]))
    furniture.extend(top[: best[1]])
    parts = [(k, [x for x in ls if x is not chosen and id(x) not in chrome]) for k, ls in b.parts]
    b.parts = [("headline", [chosen]), *(part for part in parts if part[1])]
    b.has_headline = True
    return builds


def title_from_original(builds: list[_Build], raw: str, simp: str) -> list[_Build]:
    """A web story printed without its title that names it in a closing ``（原标题：…）`` line:
    that title is its headline (the line leaves the text), without the label and brackets."""
    for b in builds:
        heads = [ln for k, ls in b.parts if k == "headline" for ln in ls]
        found = next(((p_i, ln) for p_i, (k, ls) in enumerate(b.parts) if k in ("body", "headline", "caption")
                      for ln in ls if _original_title(simp, ln)), None)
        if found is None or (heads and heads != [found[1]]):
            continue  # (a titled story keeps its title: the line is only a note)
        p_i, ln = found
        at = simp.rfind("\n", 0, ln.start) + 1  # (a bare 原标题： label was cut off the line as furniture)
        m = _original_title(simp, ln)
        head = _mk(raw, at + m.start("title"), at + m.end("title"), simp) if m else None
        if head is None:
            continue
        b.parts[p_i][1].remove(ln)
        b.parts = [("headline", [head]), *(part for part in b.parts if part[1] and part[0] != "headline")]
        b.has_headline = True
    return builds


def _original_title(simp: str, ln: _Line) -> re.Match[str] | None:
    """``（原标题：…）`` or ``原标题：…`` on the physical line ``ln`` ends (read from its start)."""
    return _patterns().original_title.match(simp[simp.rfind("\n", 0, ln.start) + 1 : ln.end])


def title_from_quoted_notice(builds: list[_Build], raw: str, simp: str) -> list[_Build]:
    """A web story printed without its title (or under a title written for search engines,
    ``seo_query``) whose opening paragraph introduces a document it quotes in full (…发布通告，…。
    通告全文如下：) with that notice's title on the next line, maybe in 《》: the title names what
    the story is about, so it becomes the headline (the line leaves the text; a search title
    stays as the subheadline)."""
    b = builds[0] if len(builds) == 1 else None
    seo = b is not None and b.has_headline and _seo_titled(b, simp)
    if b is None or (b.has_headline and not seo):
        return builds
    body = [ln for k, ls in b.parts if k == "body" for ln in ls]
    k = next((i for i, ln in enumerate(body[:-1]) if ln.sq.endswith((":", "："))), None)
    if k is None or k > 1:
        return builds  # the introduction opens the story (after a dateline line at most)
    line = body[k + 1]
    title = _unquoted(raw, simp, line)
    if title is None or not _notice_title(title) or len(title.sq) > _patterns().notice_max:
        return builds
    for _, ls in b.parts:
        if line in ls:
            ls.remove(line)
    if seo:
        _drop_search_terms(b, raw, simp)
    b.parts = _titles_demoted([(kind, ls) for kind, ls in b.parts if ls])
    b.parts.insert(0, ("headline", [title]))
    b.has_headline = True
    return builds


def _titles_demoted(parts: list[tuple[PartKind, list[_Line]]]) -> list[tuple[PartKind, list[_Line]]]:
    """The parts with every headline made a subheadline: another title now heads them."""
    return [("subheadline" if k == "headline" else k, ls) for k, ls in parts]


def _seo_titled(b: _Build, simp: str) -> bool:
    """The story's title is written for search engines (``_search_term_at`` finds its term)."""
    heads = [ln for k, ls in b.parts if k == "headline" for ln in ls]
    return bool(heads) and _search_term_at(simp, heads[-1], _body_text(b)) is not None


def _body_text(b: _Build) -> str:
    return "".join(ln.sq for k, ls in b.parts if k == "body" for ln in ls)


def _search_term_at(simp: str, ln: _Line, told: str) -> int | None:
    """Where a search term closes a title line (page offset): a query in brackets
    (``seo_query``), or a phrase after a white space leading with a place the story (``told``)
    never names (…新增2个封控区 某区封控区域: a neighbouring search term); None when none does."""
    text = simp[ln.start : ln.end].rstrip()
    m = _patterns().seo_query.search(text)
    if m is None:
        m = _LAST_PHRASE.search(text)
        places = _leading_areas(m.group(1)) if m is not None else set()
        if not places or any(p in told for p in places):
            return None
    return ln.start + m.start() if m is not None else None


_LAST_PHRASE = re.compile(r"(?<=\S)\s+(\S+)$")


def _drop_search_terms(b: _Build, raw: str, simp: str) -> None:
    """Cut the search term off every title line of ``b`` (the title may be printed twice): it
    names no part of the story (its places are another search's)."""
    told = _body_text(b)
    for kind, ls in b.parts:
        if kind not in ("headline", "subheadline"):
            continue
        for i, ln in enumerate(ls):
            cut = _search_term_at(simp, ln, told)
            short = _mk(raw, ln.start, cut, simp) if cut is not None else None
            ls[i] = short if short is not None else ln


def title_from_notice_heading(builds: list[_Build], raw: str, simp: str) -> list[_Build]:
    """A story under a title written for search engines (``_seo_titled``) that prints a notice's
    heading under it (某县指挥部通告, 关于…的通告, before the text): the notice's title is the
    headline, the search title (less its search term) its subheadline."""
    for b in builds:
        top = next((i for i, (k, _) in enumerate(b.parts) if k not in ("headline", "subheadline")), len(b.parts))
        own = next((i for i in range(top) if b.parts[i][0] == "subheadline" and _notice_heading_line(b.parts[i][1])),
                   None)
        if own is None or not _seo_titled(b, simp):
            continue
        _drop_search_terms(b, raw, simp)
        b.parts = _titles_demoted(b.parts)
        b.parts[own] = ("headline", b.parts[own][1])
    return builds


def _notice_heading_line(lines: list[_Line]) -> bool:
    """Lines reading as a notice's title: 关于…的通告, or an issuer's name and the notice word
    (某市某区疫情防控指挥部通告)."""
    sq = "".join(ln.sq for ln in lines)
    return len(sq) <= _patterns().notice_max and (_notice_text(sq) or _issuer_title(sq))


def _unquoted(raw: str, simp: str, ln: _Line) -> _Line | None:
    """The line without the 《》 around it (the whole line when it has none)."""
    if not (ln.sq.startswith("《") and ln.sq.endswith("》")):
        return ln
    text = simp[ln.start : ln.end]
    return _mk(raw, ln.start + text.index("《") + 1, ln.start + text.rindex("》"), simp)


def title_from_notes(builds: list[_Build], raw: str, simp: str) -> list[_Build]:
    """A web story printed without its title whose closing notes name one work in 《》 at least
    twice (the site's notes on the story): that name is its headline unless it shares almost no
    words with the text (``unrelated_overlap``: named twice, it needs less than a bare first line).
    The notes stay in the text."""
    b = builds[0] if len(builds) == 1 else None
    if b is None or b.has_headline:
        return builds
    body = [ln for k, ls in b.parts if k == "body" for ln in ls]
    named = _patterns().named_title
    found = [(ln, m) for ln in body[-TUNING.chrome_lines:] if (m := named.match(simp[ln.start : ln.end]))]
    names = [m.group("title") for _, m in found]
    if len(found) < 2 or len(set(names)) != 1:
        return builds
    ln, m = found[0]
    rest = "\n".join(x.sq for x in body if x not in (f[0] for f in found))
    head = _mk(raw, ln.start + m.start("title"), ln.start + m.end("title"), simp)
    if head is None or _overlap(head.sq, _Pairs(rest), {}) < TUNING.unrelated_overlap:
        return builds
    b.parts.insert(0, ("headline", [head]))
    b.has_headline = True
    return builds


def title_from_crumbs(builds: list[_Build], furniture: list[_Line], raw: str, simp: str) -> list[_Build]:
    """A web story printed without its title whose breadcrumb trail above it ends with the title
    (首页 » 栏目 » 标题): that last crumb is its headline when it shares words with the text (a
    column's name shares almost none)."""
    b = builds[0] if len(builds) == 1 else None
    if b is None or b.has_headline:
        return builds
    first = min((ln.start for _, ls in b.parts for ln in ls), default=0)
    pat = _patterns().crumb_title
    found = next(((ln, m) for ln in furniture if ln.end <= first and (m := pat.match(simp[ln.start : ln.end]))), None)
    if found is None:
        return builds
    ln, m = found
    head = _mk(raw, ln.start + m.start("title"), ln.start + m.end("title"), simp)
    rest = "\n".join(x.sq for k, ls in b.parts if k == "body" for x in ls)
    if head is None or _overlap(head.sq, _Pairs(rest), {}) < TUNING.unrelated_overlap:
        return builds
    b.parts.insert(0, ("headline", [head]))
    b.has_headline = True
    return builds


def drop_unrelated_title(builds: list[_Build], furniture: list[_Line]) -> list[_Build]:
    """The first story of a web page under a title that shares almost none of its words (an
    SEO or spam line over the page: ``unrelated_overlap``): the first title line under the
    page's date-and-source line, or a notice's own title, that reads as the story's title
    (``_reads_as_title``) is the headline instead. (Otherwise the two are a headline and its
    subheadline: 党员冲在前 居民肩并肩 / 某社区完成首轮核酸检测.) With none, a lone title long
    enough to share some word pair (``unrelated_min``) that shares none is no title of the story."""
    b = builds[0] if builds else None
    if b is None or not b.parts or b.parts[0][0] != "headline":
        return builds
    lead = next((i for i, (k, _) in enumerate(b.parts) if k not in ("headline", "subheadline")), len(b.parts))
    rest = "\n".join(ln.sq for k, ls in b.parts if k == "body" for ln in ls)
    chosen = "".join(ln.sq for ln in b.parts[0][1])
    shared = _overlap(chosen, _Pairs(rest), {}) if rest else 1.0
    if shared >= TUNING.unrelated_overlap:
        return builds
    top = b.parts[0][1][-1].end
    header = [f.start for f in furniture if f.start >= top and _patterns().web_header.match(f.sq)]
    for i in range(1, lead):
        ln = b.parts[i][1][0]
        if not (_notice_title(ln) or any(h < ln.start for h in header)
                or (i == 1 and _chrome_title(chosen, shared, lead))):
            continue
        if b.parts[i][0] == "subheadline" and len(b.parts[i][1]) == 1 and _reads_as_title(ln, rest):
            b.parts[0], b.parts[i] = ("subheadline", b.parts[0][1]), ("headline", b.parts[i][1])
            return builds
    if lead == 1 and shared == 0.0 and len(chosen) >= _TITLE_WEIGHTS.unrelated_min:
        furniture.extend(b.parts.pop(0)[1])  # an SEO line over a story printed without its title
        b.has_headline = False
    return builds


def _chrome_title(chosen: str, shared: float, lead: int) -> bool:
    """A first title line sharing no word with the text that is not the story's title: a site's
    banner (its name spelled in Latin letters), a label (as short as a column label), or the
    kicker over a main title and its subtitle (three title lines). A slogan over one
    subtitle is the headline (党员冲在前 居民肩并肩 / 某社区完成首轮核酸检测)."""
    if shared > 0.0:
        return False
    return lead >= 3 or len(chosen) < TUNING.first_title_min or _patterns().latin_banner.search(chosen) is not None


def split_bundled_notices(builds: list[_Build]) -> list[_Build]:
    """A web post bundling several numbered notices: one item per notice (its issuer's
    title line, when printed above its number, is its headline)."""
    out: list[_Build] = []
    for b in builds:
        flat = sorted(((k, ln) for k, ls in b.parts for ln in ls), key=lambda x: x[1].start)
        cuts = _notice_cuts(flat)
        if not cuts:
            out.append(b)
            continue
        bylines = {id(ln) for ln in b.bylines}
        for lo, hi in zip([0, *cuts], [*cuts, len(flat)], strict=True):
            piece = _Build(has_lead=b.has_lead and lo == 0)
            for j, (k, ln) in enumerate(flat[lo:hi]):
                number = _patterns().notice_number.match(ln.sq) is not None
                issuer = (lo > 0 and j == 0 and not number and not _ORDINAL.match(ln.sq)
                          and not _patterns().release_lead.match(ln.sq))
                # a notice's number (〔2022〕3号) is the first line of its text, never its title
                piece.add("headline" if issuer else "body" if number else k, ln)
                piece.has_headline |= issuer or k == "headline"
                if id(ln) in bylines:
                    piece.bylines.append(ln)
            out.append(piece)
    return out


@dataclass(frozen=True)
class _SplitWeights:
    """The scored start of a new item inside one run of web text (layout.toml ``[web_split]``)."""

    threshold: float
    min_above: int
    signed_above: float
    closing_above: float
    dated_lead: float
    new_area: float
    announces: float
    title_shaped: float
    wire_lead: float
    bulletin_lead: float
    issuer_heads: float
    notice_block: float
    heading_after_close: float
    digest_label: float
    digest: re.Pattern[str]
    issuer_max: int
    credited_above: float
    credit_close: re.Pattern[str]
    label_news_min: int
    title_elsewhere: float
    title_place_chars: int
    echoes_title: float
    echo_share: float
    opening_chars: int
    closings: tuple[str, ...]
    announce: re.Pattern[str]
    dated: re.Pattern[str]
    bulletin: re.Pattern[str]
    roundup_count: re.Pattern[str]
    standfirst: re.Pattern[str]
    place_colon: re.Pattern[str]
    place_colon_min: int


def _split_weights() -> _SplitWeights:
    w = dict(layout()["web_split"])
    w.update(closings=tuple(w["closings"]), announce=re.compile(w["announce"]), dated=re.compile(w["dated"]),
             bulletin=re.compile(w["bulletin"]), digest=re.compile(w["digest"]),
             credit_close=re.compile(w["credit_close"]), roundup_count=re.compile(w["roundup_count"]),
             standfirst=re.compile(w["standfirst"]), place_colon=re.compile(w["place_colon"]))
    return _SplitWeights(**w)


_SPLIT_WEIGHTS = _split_weights()  # never changed after import


def _new_area(sq: str, above: str) -> bool:
    """The line's opening names an area (县, 市, 省) that the text above never named."""
    found = _area_names(sq)
    areas = {a for a in found if not any(a != b and a in b for b in found)}  # 德城区, not 城区 inside it
    return bool(areas) and not any(a in above or (len(a) > 2 and a[:-1] in above) for a in areas)


def _start_score(flat: list[_Line], i: int, above: str, w: _SplitWeights, head: list[_Pairs] | None = None,
                 title: str = "", digest: bool = False) -> float:
    """How strongly line ``i`` reads as the start of another report or notice than the text
    above it: a signature, closing formula or source credit ending that text, a dated lead, an
    office announcing a notice, a title over running text (more so when it leads with a place
    outside those of ``title``, the title of the report above: a digest's next report), an
    agency's dateline; and, only when
    those already point that way, a place the text above never named. A line restating the
    post's own title (``head``: the word pairs of the parts of a post titled 甲｜乙, which goes on
    with 乙) is a part the title announces."""
    ln, prev = flat[i], flat[i - 1]
    credited = w.credit_close.search(prev.sq) is not None
    if not credited and any(_ORDINAL.match(x.sq) or any(p.match(x.sq) for p in _patterns().sections)
                            for x in (ln, prev)):
        return 0.0  # a point of a list or a section heading, or the text right under one
    score = w.credited_above if credited else 0.0
    score += w.signed_above if i >= 2 and _DATE_LINE.match(prev.sq) and _signature(flat, i - 2) else 0.0
    score += w.closing_above if prev.sq.endswith(w.closings) else 0.0
    score += w.dated_lead if w.dated.match(ln.sq) else 0.0
    score += w.announces if w.announce.search(ln.sq) or _notice_text(ln.sq) else 0.0
    titled = _title_over_text(flat, i)
    score += w.title_shaped if titled else 0.0
    # right after text (under a label such as ●某省 it is that label's section of a roundup)
    after_text = len(prev.sq) > TUNING.web_line or "。" in prev.sq
    score += w.title_elsewhere if titled and after_text and _elsewhere(ln.sq, title) else 0.0
    score += w.wire_lead if ln.kind == _K.LEAD else 0.0
    score += w.bulletin_lead if w.bulletin.match(ln.sq) else 0.0
    closed = credited or prev.sq.endswith(w.closings) or (i >= 2 and _DATE_LINE.match(prev.sq) is not None
                                                          and _signature(flat, i - 2))
    score += _notice_heading(flat, i, above, closed, w)
    score += w.notice_block if _notice_block(flat, i, title) is not None else 0.0
    score += w.heading_after_close if closed and _announced_heading(flat, i, w) else 0.0
    score += w.digest_label if digest and _digest_label(flat, i, above, w) else 0.0
    if head and _announced_part(ln.sq, head, w.echo_share):
        score += w.echoes_title
    if w.threshold - w.new_area <= score < w.threshold and _new_area(ln.sq[: w.opening_chars], above):
        score += w.new_area
    return score


def _notice_title_rows(flat: list[_Line], i: int) -> int:
    """How many lines at ``i`` print a notice's title standing alone (关于…的通报, or one
    wrapped over two lines: 关于某地发现 / 1例…的通报), 0 when none does."""
    sq, nxt = flat[i].sq, flat[i + 1].sq if i + 1 < len(flat) else ""
    if "。" in sq or len(sq) > _patterns().notice_max:
        return 0
    return 1 if _notice_text(sq) else 2 if nxt and _notice_wrapped(sq, nxt) else 0


def _notice_block(flat: list[_Line], i: int, post_title: str) -> tuple[int, int] | None:
    """Where the notice's own title lies under line ``i`` (its offset from ``i``, its rows) when
    ``i`` heads a notice reposted after a report: a short line with no sentence end (the news
    title over the notice, or its issuer's full name, however long) right over the notice's
    title (``_notice_title_rows``), running text under it. Not under a line introducing what
    follows (…如下：), and not a line the post's title already holds (the post naming its part)."""
    sq, pats = flat[i].sq, _patterns()
    if ("。" in sq or len(sq) > pats.notice_max or sq.endswith(("：", ":")) or _notice_text(sq)
            or flat[i - 1].sq.endswith(("：", ":")) or sq in post_title):
        return None
    j = i + 1
    if j < len(flat) and flat[j].sq.endswith(pats.signature_ends) and len(flat[j].sq) <= pats.notice_max:
        j += 1  # the issuer's name between the news title and the notice's title
    rows = _notice_title_rows(flat, j) if j < len(flat) else 0
    below = flat[j + rows : j + rows + 2] if rows else []
    return (j - i, rows) if any(len(x.sq) > TUNING.web_line or "。" in x.sq for x in below) else None


def _block_titles(lines: list[_Line], lo: int) -> range:
    """The lines (offsets from ``lo``) that title a piece opened by a reposted notice's heading
    (``_notice_block``): the news title over it; when its issuer's name opens it, the notice's
    own title under the name (the name is the notice's first line, not its title)."""
    block = _notice_block(lines, lo, "") if lo > 0 else None
    if block is None:
        return range(0)
    at, rows = block
    return range(at, at + rows) if at == 1 and lines[lo].sq.endswith(_patterns().signature_ends) else range(1)


def _announced_heading(flat: list[_Line], i: int, w: _SplitWeights) -> bool:
    """Line ``i`` is a heading announcing a notice (``某地发布通知``: no sentence end, not left
    open by a comma) with running text somewhere below it: the heading of a document printed
    there (a title printed again at a page's foot heads nothing)."""
    sq = flat[i].sq
    if _announcement(sq, w) != "title" or _NO_HEADLINE_END.search(sq):
        return False
    return any(len(x.sq) > TUNING.web_line or "。" in x.sq for x in flat[i + 1 :])


def _heads_notice(flat: list[_Line], i: int, w: _SplitWeights) -> int:
    """How many lines at ``i`` are an issuer's short name (…指挥部办公室, or one wrapped over
    two lines: 某市某某疫情防控 / 应急指挥部) right over a notice's title (关于…的通告, or a
    short 发布…公告 with no sentence end): the notice's heading, 0 when there is none. A
    reposted notice opens there, and its issuer's name with its title is its headline."""
    rows = _issuer_rows(flat, i, w)
    if not rows or i + rows >= len(flat):
        return 0
    return rows if _announcement(flat[i + rows].sq, w) == "title" else 0


def _issuer_rows(flat: list[_Line], i: int, w: _SplitWeights) -> int:
    """1 when line ``i`` is an issuer's short name (ends with an office word), 2 when that
    name is wrapped over lines ``i`` and ``i + 1`` (the first, words only, names a place's
    office), else 0."""
    ends, sq = _patterns().signature_ends, flat[i].sq
    if len(sq) > w.issuer_max:
        return 0
    if sq.endswith(ends):
        return 1
    nxt = flat[i + 1].sq if i + 1 < len(flat) else ""
    wrapped = (_CJK_ONLY.fullmatch(sq) is not None and _patterns().issuer_place.search(sq) is not None
               and len(nxt) <= w.issuer_max and nxt.endswith(ends))
    return 2 if wrapped else 0


def _announcement(sq: str, w: _SplitWeights) -> str:
    """How a line announces a notice: ``title`` (its title, or a short 发布…通告 line with no
    sentence end), ``running`` (a sentence telling that an office issued one), or ``""``."""
    said = w.announce.search(sq) is not None
    if _notice_text(sq) or (said and len(sq) <= TUNING.web_line and "。" not in sq):
        return "title"
    return "running" if said else ""


def _place_label(flat: list[_Line], i: int, above: str, w: _SplitWeights) -> bool:
    """Line ``i`` is a short label of places' names only (某市某县) over a sentence in which
    an office of a place the label names announces its notice, that place never named in the
    text above (the issuing county changes): a digest of several counties' notices labels
    each so."""
    sq = flat[i].sq
    if i + 1 >= len(flat) or not _area_label(sq, w):
        return False
    opening = flat[i + 1].sq[: w.opening_chars]
    return (_announcement(flat[i + 1].sq, w) != "" and _new_area(opening, above)
            and any(a in opening for a in _area_names(sq)))


def _notice_heading(flat: list[_Line], i: int, above: str, closed: bool, w: _SplitWeights) -> float:
    """The weight of a notice's heading at line ``i``. An issuer's name over the notice's title
    (``_heads_notice``) opens a document of its own unless the line above introduces it (全文如下：)
    (``notice_block``). An issuer's name, or a label naming another county (``_place_label``),
    over a sentence announcing a notice opens one only after text that closed (a closing
    formula, a signature, a credit: ``closed``); with none, it is a section of one report
    telling several offices' notices (``issuer_heads``)."""
    rows = _issuer_rows(flat, i, w)
    said = _announcement(flat[i + rows].sq, w) if rows and i + rows < len(flat) else ""
    if said == "title":  # _heads_notice
        return 0.0 if flat[i - 1].sq.endswith(("：", ":")) else w.notice_block
    return w.issuer_heads if closed and (said != "" or _place_label(flat, i, above, w)) else 0.0


def _digest_label(flat: list[_Line], i: int, above: str, w: _SplitWeights) -> bool:
    """Line ``i`` is a short label of places' names only (某市某区, 某地) over more text, naming a
    place the text above never named: in a post gathering several places' notices
    (``_gathers_notices``), the next place's notice starts there. Not right under a line
    announcing what follows (…通知如下：): the first place's notice is the post's own text."""
    sq = flat[i].sq
    opened = i > 0 and flat[i - 1].sq.endswith(("：", ":"))
    return i + 1 < len(flat) and not opened and _area_label(sq, w) and _new_area(sq, above)


def _area_label(sq: str, w: _SplitWeights) -> bool:
    """A short line leading with places' names and little else (某市某县, 某地): a label of places,
    the shape both a digest's section label and a county's label over its notice have."""
    return len(sq) <= w.issuer_max and bool(_leading_areas(sq)) and _only_places(sq)


def _gathers_notices(flat: list[tuple[PartKind, _Line]], w: _SplitWeights) -> bool:
    """The post says, in its title or its first paragraph, that it gathers the notices of several
    places (``digest``: 多地发布通告): a digest whose place labels each open a notice."""
    title = "".join(ln.sq for k, ln in flat if k == "headline")
    first = next((ln.sq for k, ln in flat if k == "body"), "")
    return w.digest.search(title) is not None or w.digest.search(first) is not None


def _announced_part(line: str, parts: list[_Pairs], share: float) -> bool:
    """A post titled with parts (甲｜乙; ``parts``: ``_title_parts``) announces ``line`` when at
    least ``share`` of its word pairs are in one part: the part is printed in the post, no item
    of its own."""
    return any(_overlap(line, p, {}) >= share for p in parts)


def _title_parts(head: str) -> list[_Pairs]:
    """The word pairs of each part of a title written with parts (甲｜乙), read once per title;
    none for a title of one part."""
    parts = _TITLE_PARTS.split(head)
    return [_Pairs(p) for p in parts] if len(parts) >= 2 else []


_TITLE_PARTS = re.compile(r"[|｜丨]")


def _title_over_text(flat: list[_Line], i: int) -> bool:
    """Line ``i`` reads as a title (no date, issuer, label, chrome or byline line) over a
    running paragraph (a link list's next title, or a title's wrapped end, is not one)."""
    ln, nxt = flat[i], flat[i + 1].sq if i + 1 < len(flat) else ""
    running = len(nxt) > TUNING.web_line or "。" in nxt
    return (running and ln.kind != _K.LEAD and "：" not in ln.sq and _title_shaped(ln.sq)
            and _title_candidate(ln, _patterns(), _TITLE_WEIGHTS))


def _credited_title(flat: list[_Line], i: int, w: _SplitWeights) -> bool:
    """Line ``i`` follows a report closed by its source credit and is a short line with no
    sentence end over running text (``2、某地：某事``): the next report's title, even with a
    colon or a list number."""
    if i + 1 >= len(flat) or not w.credit_close.search(flat[i - 1].sq):
        return False
    ln, nxt = flat[i].sq, flat[i + 1].sq
    return len(ln) <= TUNING.web_line and not _NO_HEADLINE_END.search(ln) and "。" not in ln and len(nxt) > len(ln)


def _colon_place(sq: str, w: _SplitWeights) -> str:
    """The county's or town's name leading a paragraph of running text before a colon (某某镇：
    截至昨日，…。), or ``""``: a clause must follow (a comma), not a list of places (某区：甲小区、
    乙小区), and the name must be the gazetteer's."""
    from etl.extract.gazetteer import load

    m = w.place_colon.match(sq)
    if m is None or not (len(sq) > TUNING.web_line or "。" in sq):
        return ""
    rest, gaz = sq[m.end() :], load()
    if "，" not in rest or any(gaz.ids(rest[:k]) for k in range(2, min(len(rest), 8) + 1)):
        return ""
    place = m.group("place")
    return place if gaz.ids(place) or _is_area(place) else ""


def _labelled_starts(lines: list[_Line], w: _SplitWeights) -> set[int]:
    """The paragraphs of one run each led by another county's or town's name and a colon
    (``_colon_place``), when at least ``place_colon_min`` places are so labelled: each opens its
    place's report (at the short label of places' names right above it, 某市, when there is one)."""
    found = {i: p for i, ln in enumerate(lines) if (p := _colon_place(ln.sq, w))}
    if len(set(found.values())) < w.place_colon_min:
        return set()
    return {i - 1 if i > 0 and _area_label(lines[i - 1].sq, w) else i for i in found}


def _web_cuts(flat: list[tuple[PartKind, _Line]], w: _SplitWeights) -> list[int]:
    """The lines of one web item where ``_start_score`` opens a new item (only running text
    counts as told above: a title and a picture's caption do not), or a paragraph labelled with
    its place opens one (``_labelled_starts``, once a sentence stands above)."""
    cuts: list[int] = []
    lines = [ln for _, ln in flat]
    title = "".join(ln.sq for k, ln in flat if k == "headline")
    head, above = _title_parts(title), ""  # title: of the report told above, the post's, then each cut's own
    digest, labelled = _gathers_notices(flat, w), _labelled_starts(lines, w)
    section: str | None = None  # a digest's text since its last place label (None before the first)
    for i, (k, ln) in enumerate(flat):
        told = above if section is None else section
        if i > 0 and i in labelled and "。" in above:
            cuts.append(i)
            above, title = "", ""
        elif i > 0 and _told_enough(above, digest and _section_label(ln.sq, w), w) and _start_score(
                lines, i, told, w, head, title, digest) >= w.threshold:
            cuts.append(i)
            above, title = "", ln.sq if _title_over_text(lines, i) else ""
        above += ln.sq if k == "body" else ""
        section = "" if digest and _section_label(ln.sq, w) else None if section is None else section + ln.sq
    return _reprints_kept(lines, cuts)


def _reprints_kept(lines: list[_Line], cuts: list[int]) -> list[int]:
    """The cuts less those opening the piece above printed again (an aggregator copying the same
    notice or report twice on one page, with its date and source line between): a piece whose
    first two lines (under one line of its own at most: the copy's date and source) are the first
    two of the piece before it is the same text, not a second one."""
    kept: list[int] = []
    for cut in cuts:
        start = kept[-1] if kept else 0
        opening = [ln.sq for ln in lines[start:start + 2]]
        if not any([ln.sq for ln in lines[cut + off:cut + off + 2]] == opening for off in (0, 1)):
            kept.append(cut)
    return kept


def _told_enough(above: str, label: bool, w: _SplitWeights) -> bool:
    """The text above holds enough to be an item: ``min_above`` characters, or, over a digest's
    place label (``label``), one whole sentence (a county's notice in a digest may be one short
    sentence)."""
    return len(above) >= w.min_above or (label and "。" in above)


def _section_label(sq: str, w: _SplitWeights) -> bool:
    """A digest's label of one place's section (某市某区), not a list of the places it covers
    (甲区、乙县、丙市): what the post told under the last such label is what a new label's
    place is new to (the intro lists every place the digest covers)."""
    return _area_label(sq, w) and not any(m in sq for m in "、，,")


def split_web_runs(builds: list[_Build]) -> list[_Build]:
    """Web text printing several reports or notices one after another with no headline markup
    (a round-up, notices reposted in one post): one item per report, cut where the scored
    features of a start (``_start_score``) outweigh those of a continuation. A title-shaped
    first line of a later item is its headline."""
    w = _SPLIT_WEIGHTS
    out: list[_Build] = []
    for b in builds:
        flat_parts = sorted(((k, ln) for k, ls in b.parts for ln in ls), key=lambda x: x[1].start)
        cuts = _web_cuts(flat_parts, w) if not b.caption else []
        if not cuts:
            out.append(b)
            continue
        bylines = {id(ln) for ln in b.bylines}
        lines = [x for _, x in flat_parts]
        for lo, hi in zip([0, *cuts], [*cuts, len(flat_parts)], strict=True):
            piece = _Build(has_lead=b.has_lead and lo == 0, has_headline=b.has_headline and lo == 0)
            heads = _heads_notice(lines, lo, w) if lo > 0 and hi - lo > 2 else 0  # issuer + notice title
            titled = lo > 0 and (_title_over_text(lines, lo) or _credited_title(lines, lo, w)
                                 or _announced_heading(lines, lo, w))
            block = _block_titles(lines, lo)
            # a place label opening the piece (某市某县) is no title: a title line under it is
            labelled = lo > 0 and len(lines[lo].sq) <= w.issuer_max and _only_places(lines[lo].sq)
            for j, (k, ln) in enumerate(flat_parts[lo:hi]):
                title = lo > 0 and ((k == "body" and ((j == 0 and titled) or (heads > 0 and j <= heads)))
                                    or (labelled and j == 1 and k != "byline" and _title_shaped(ln.sq))
                                    or (j in block and k in ("body", "caption")))
                piece.add("headline" if title else k, ln, join=0 < j <= heads or j in block[1:])
                piece.has_headline |= title
                piece.has_lead |= k == "byline" and ln.kind == _K.LEAD
                if id(ln) in bylines:
                    piece.bylines.append(ln)
            out.append(piece)
    return out


def head_bundled_notices(builds: list[_Build]) -> list[_Build]:
    """A post bundling two or more numbered notices: each notice is headed by its issuer's
    title line (``_issuer_heads``), the first one too, under the post's own title."""
    number = _patterns().notice_number
    if sum(any(number.match(ln.sq) for _, ls in b.parts for ln in ls) for b in builds) < 2:
        return builds
    return [_issuer_heads(b) for b in builds]


def _issuer_heads(first: _Build) -> _Build:
    """A notice under the post's own title: its issuer's title line, printed right above
    its number, is its headline; the post's title becomes its subheadline."""
    pats, parts = _patterns(), first.parts
    num = next((i for i, (_, ls) in enumerate(parts) if pats.notice_number.match(ls[0].sq)), None)
    heads = [i for i in range(num or 0) if parts[i][0] == "headline"]
    if num is None or num < 2 or len(heads) != 1 or parts[num - 1][0] != "subheadline":
        return first
    issuer = parts[num - 1][1]
    if len(issuer) != 1 or len(issuer[0].sq) > pats.notice_max or not issuer[0].sq.endswith(pats.issuer_ends):
        return first
    parts[heads[0]], parts[num - 1] = ("subheadline", parts[heads[0]][1]), ("headline", issuer)
    return first


def _inner_caption(units: list[_Unit], u_i: int, prev: _Build) -> bool:
    """On a headline-before page: a single short line between two paragraphs of an open
    article (headline and lead, no end byline yet) is a caption inside it when the text
    after it is one short paragraph with no lead or byline of its own (``有序排队`` /
    ``居民刘女士说：…``): an article of its own would have them."""
    if len(units[u_i].lines) != 1 or prev.closed or prev.caption or prev.brief:
        return False
    if not (prev.has_headline and prev.has_lead and prev.has_body):
        return False
    size = 0
    seen = False
    for v in units[u_i + 1 :]:
        if v.kind == "furniture":
            continue
        if v.kind == "body" and not v.brief:
            size += sum(len(ln.sq) for ln in v.lines)
            seen = True
            continue
        if v.kind in ("byline", "credit") or not seen:
            return False
        break
    return seen and size <= TUNING.caption_max


def _one_title(a: _Line, b: _Line) -> bool:
    """Two title lines that read as one headline (the first cannot stand alone).

    ``XX市对XX镇部分区域`` / ``实行临时管控``: the first ends with a word that cannot end a
    title (对, 的, 与…), or holds a coverb (对/在/向…) and the short second line opens
    with a verb (实行, 开展, 启动…). A subheadline is a clause of its own.
    """
    pats = _patterns()
    x, y = a.sq, b.sq
    if _label_named_again(x, y):
        return False  # 某区 / 某市某区指挥部通告: a digest's place label over a whole title
    if (_notice_wrapped(x, y) or _issuer_wrapped(x, y)) and len(x + y) <= pats.notice_max:
        return True  # 关于实施某某管理 / 和逐步恢复某某秩序的通告: a notice's title runs longer
    if len(y) > pats.second_max or _NO_WIDE.search(x) or "：" in x or ":" in x or _dash_subtitle(b):
        return False
    if x.endswith(pats.dangling) or _notice_wrapped(x, y):
        return True
    return y.startswith(pats.verb_start) and any(c in pats.coverbs for c in x[1:-1])


def _issuer_title(sq: str) -> bool:
    """``…指挥部通告``: an office's name and the notice word, an issuer's notice title."""
    pats = _patterns()
    end = next((w for w in pats.issuer_ends if sq.endswith(w)), "")
    return bool(end) and sq[: -len(end)].endswith(pats.signature_ends)


def _issuer_wrapped(first: str, second: str) -> bool:
    """``某某县新冠肺炎`` / ``疫情防控指挥部通告``: an issuer's notice title (a place's office
    and the notice word) wrapped over two lines; the first, a cut name, cannot stand alone."""
    pats = _patterns()
    return (_issuer_title(second) and pats.issuer_place.search(first) is not None
            and not first.endswith(pats.issuer_ends) and not first.endswith(pats.signature_ends)
            and _CJK_ONLY.fullmatch(first) is not None)


def _label_named_again(label: str, title: str) -> bool:
    """``label`` is places' names alone, each named again in ``title``'s opening."""
    names = _leading_areas(label)
    return _places_alone(label) and bool(names) and all(n in title[: len(label) + 8] for n in names)


def _dash_subtitle(ln: _Line) -> bool:
    """``——某县扎实推进防控工作``: a subtitle (副题) opened by a dash, never the headline
    itself nor the second line of the one above it."""
    return ln.sq.startswith(("—", "--", "－－"))


def _author_name(ln: _Line) -> str:
    """The name an author line under a title gives (:func:`_author_line`): the line less its
    decoration and the outlet a web header prints after a slash (甲乙/某某晨报)."""
    sq = ln.sq.lstrip(bl.vocab().decoration)
    m = _patterns().author_outlet.search(sq)
    return sq[: m.start()] if m is not None and m.start() > 0 else sq


def _author_line(ln: _Line) -> bool:
    """A bare person name (``于澄``, ``□ 于澄``, a web header's ``于澄/某某晨报``) under a title:
    a commentary's or a post's author."""
    v = bl.vocab()
    sq = _author_name(ln)
    if not (2 <= len(sq) <= 4) or not re.fullmatch(f"[{CJK}]+", sq):
        return False
    # a surname-led word that is no name (连日来, 近日) is the text's first phrase; one ending as
    # a place or an office does (南平县, 某某局: the section of a bundle under its title)
    return (bl.has_surname(sq, v) and not any(w in sq for w in v.scan["not_name_words"])
            and sq[-1] not in v.scan["not_name_end"])


def _under_title(ln: _Line) -> bool:
    """A line a web page prints under its title, never a title itself: the post's bare date and
    time (``08-07 14:48``) or its credit line (``_credit_header``). Over such a line, a line
    with kicker words (a column tag in 【】, a slogan) is the title, not a kicker."""
    return _patterns().stamp_line.fullmatch(ln.sq) is not None or _credit_header(ln)


def _credit_header(ln: _Line) -> bool:
    """A credit line under a web title: it opens with a byline and goes on with a header field
    (``记者 甲 来源：某报（某日 第几版）``). It is the title's credits, never the headline under a
    kicker, and the line above it stays the title."""
    if _patterns().credit_field.search(ln.sq) is None:
        return False
    found = bl.scan_line(ln.tm.text)
    return bool(found) and found[0].start == 0 and bool(found[0].contributors)


def _kicker(ln: _Line) -> bool:
    """A kicker (引题) line: slogan wording (坚决打赢…阻击战, 齐心协力 共克时艰), not news."""
    return _patterns().kicker.search(ln.sq) is not None


def _split_caption(b: _Build) -> list[_Line] | None:
    """Before a photo credit: the article's last paragraph when it is the photo's caption.

    Only for an article that opened with a lead, an opening byline or a headline and
    already has an earlier paragraph; the paragraph must be short and end a sentence, in
    an article wrapped in a column (on a web page, one long line per paragraph, the
    credit is the article's own).
    Removes and returns its lines (None when the credit belongs to the article itself).
    """
    if not (b.has_lead or b.has_headline or b.brief) or not b.parts or b.parts[-1][0] != "body":
        return None
    lines = b.parts[-1][1]
    if not lines[-1].closes:
        return None
    j = len(lines) - 1
    while j > 0 and not lines[j - 1].closes:
        j -= 1
    if j == 0 or sum(len(x.sq) for x in lines[j:]) > TUNING.caption_max:
        return None
    if any(len(x.sq) > TUNING.web_line for kind, ls in b.parts if kind == "body" for x in ls):
        return None  # paragraphs printed as one long line each (web text): the credit is the article's
    cap = lines[j:]
    del lines[j:]
    return cap


def _names(b: bl.Parse | None) -> set[str]:
    return {c.name for c in b.contributors if c.role != "agency"} if b else set()


def _split_other_article(b: _Build, end: _Line) -> tuple[_Line | None, list[_Line]] | None:
    """An end byline under an article whose lead names other people belongs to another one.

    That article starts at the last paragraph-start line shaped like a headline (no
    comma, no sentence end) in the lead article's body; returns and removes its lines as
    (headline, body lines), or None when there is no such line.
    """
    if not b.has_lead or not b.parts or b.parts[-1][0] != "body":
        return None
    lead_names = set().union(*(_names(x.byline) for x in b.bylines))
    end_names = _names(end.byline)
    if not lead_names or not end_names or lead_names & end_names:
        return None
    sections = _patterns().sections
    lines = b.parts[-1][1]
    for j in range(len(lines) - 2, 0, -1):
        x = lines[j]
        if (lines[j - 1].closes and not x.closes and _short_shape(x, sections) and not _NO_WIDE.search(x.sq)
                and "、" not in x.sq):
            out = lines[j:]
            del lines[j:]
            return out[0], out[1:]
    # no title: an unheaded brief (its last paragraph, closed by its own byline)
    j = len(lines) - 1
    while j > 0 and not lines[j - 1].closes:
        j -= 1
    own_line = lines[-1].end != end.start  # not cut from the paragraph's last line
    reporter = any(c.role == "reporter" for c in end.byline.contributors) if end.byline else False
    if j > 0 and own_line and reporter and lines[-1].closes and sum(len(x.sq) for x in lines[j:]) <= TUNING.caption_max:
        out = lines[j:]
        del lines[j:]
        return None, out
    return None


def _part_text(lines: list[_Line]) -> TextMap:
    return join_lines([ln.tm for ln in lines])


def _finish(b: _Build, seq: int, raw: str) -> Item:
    parts: list[Part] = []
    not_title, area_ends = _patterns().not_title, _patterns().place_line_ends
    for kind, lines in b.parts:
        k: PartKind = "caption" if (b.caption and kind == "body") else kind
        if k == "headline" and all((not_title.fullmatch(ln.sq) and (not ln.sq.endswith(area_ends) or _place_line(ln)))
                                   or _places_alone(ln.sq) for ln in lines):
            k = "body"  # an issuer's name or a bare place name above a notice: no title (介休市新增高风险区 is one)
        parts.append(Part(k, _part_text(lines)))
    parts.sort(key=lambda p: p.text.raw[0] if p.text.raw else 0)
    order: dict[str, int] = {}
    bls: list[Byline] = []
    for ln in sorted(b.bylines, key=lambda x: x.start):
        contribs: list[Contributor] = []
        for c in ln.byline.contributors if ln.byline else []:
            order.setdefault(c.name, len(order) + 1)
            contribs.append(Contributor(c.name, c.role, order[c.name]))
        bls.append(Byline(ln.tm.text, ln.start, ln.end, tuple(contribs)))
    return Item(seq, parts, bls)


# ---------------------------------------------------------------- pages of indented runs


_CREDIT_BRACKET = re.compile(r"(^|.)[（(]([^（）()，。；,;、]{1,30})[）)]$")
_CLOSERS = ("）", ")", "）\n", ")\n")  # how a text _CREDIT_BRACKET matches ends ($: before a final newline too)
_CREDIT_NAME = re.compile(f"[{CJK}]{{2,6}}")


def _credit_end(text: str, pats: _Pats) -> bool:
    """Text ending with a bracketed credit after a sentence end, which closes an item: a
    byline (``。（记者 X）``), a source (``。（来源：…）``), a bare name or agency (``。（央视新闻）``)."""
    if not text.endswith(_CLOSERS):  # the pattern, anchored at the end, would be tried at every position
        return False
    m = _CREDIT_BRACKET.search(text)
    if m is None or m.group(1) not in ("", "。", "！", "？", "!", "?", "”"):
        return False  # ``…讯（记者 X）`` opens a lead: only a bracket after a sentence end closes
    inner = m.group(2)
    return (
        bl.vocab().keyword.search(inner) is not None
        or pats.source.match(m.group()[len(m.group(1)) :]) is not None
        or _CREDIT_NAME.fullmatch(inner) is not None
    )


# numbers printed apart from their units (``5 月 4 日 0``): a wrap at such a space leaves
# the next line indented although it goes on with the same sentence
_DIGIT_GAP = re.compile(r"\d\s|\s\d")


_ANY_DIGIT = re.compile(r"\d")  # compiled once: asked of every line of a page

# a title line of a run page may end with ！ or ？ but not with a comma or colon
_RUN_TITLE_END = re.compile(r"[，、；：,;:]$")


def _digit_gap(text: str) -> bool:
    """Numbers printed apart from their units (not a spaced-out line, spaced throughout)."""
    return _DIGIT_GAP.search(text.strip()) is not None and not _spaced(text)


def _balanced(sq: str) -> bool:
    """No bracket closed that was not opened on the line: ``岩发布）`` is the tail of a
    credit wrapped from the line above, not a title."""
    return sq.count("）") + sq.count(")") + sq.count("】") <= sq.count("（") + sq.count("(") + sq.count("【")


def _spaced(text: str) -> bool:
    """A spaced-out line (``本 报 讯 （记 者``): most of its segments are one character;
    a wrap after it may leave the next line indented."""
    segs = text.split()
    return len(segs) >= 3 and sum(len(x) == 1 for x in segs) * 2 > len(segs)


def _line_shapes(raw: str, texts: list[str], spans: list[tuple[int, int]], t: rn.RunTuning) -> list[rn.LineShape]:
    """The shape of every physical line (``texts``: each normalised), for the run reader
    (etl.extract.runs)."""
    pats = _patterns()
    raws = [raw[s:e] for s, e in spans]
    gapped = [_digit_gap(x) for x in raws]  # each line is the lower and the upper side of a joint
    out: list[rn.LineShape] = []
    for k, ((s, _), text) in enumerate(zip(spans, texts, strict=True)):
        sq = text.replace(" ", "")
        tail = ("".join(texts[k - 1].split()) if k else "")[-30:] + sq
        title = 2 <= len(sq) <= 60 and not _RUN_TITLE_END.search(sq) and "。" not in sq and _balanced(sq)
        joint = bool(k) and (_spaced(raws[k - 1]) or gapped[k - 1] or gapped[k])
        signed = _ANY_DIGIT.search(sq) is not None or sq.endswith(pats.signature_ends)
        width = printed_width(raw, *spans[k])  # a dropped gloss still took columns
        out.append(
            rn.LineShape(width, raw[s].isspace(), ends_paragraph(text), title, _credit_end(tail, pats), joint, signed)
        )
    return out


@dataclass
class _RunPage:
    """A page read as indented runs: its item lines by physical line, its furniture."""

    shapes: list[rn.LineShape]
    by_phys: dict[int, list[_Line]]
    furniture: list[_Line] = field(default_factory=list)

    def text(self, i: int) -> str:
        return "".join(ln.sq for ln in self.by_phys.get(i, []) if ln.kind != "furniture")

    def lines(self, idx: range | tuple[int, ...]) -> list[_Line]:
        return [ln for i in idx for ln in self.by_phys.get(i, [])]

    def keep(self, idx: tuple[int, ...]) -> tuple[int, ...]:
        """Standalone lines that are not page furniture (those go to ``furniture``)."""
        out = []
        for i in idx:
            lines = self.by_phys.get(i, [])
            self.furniture += [ln for ln in lines if ln.kind == "furniture"]
            if any(ln.kind != "furniture" for ln in lines):
                out.append(i)
        return tuple(out)


def _indented_page(raw: str, simp: str, lines: list[_Line],
                   phys: list[tuple[int, int, TextMap]]) -> tuple[list[_Build], list[_Line]] | None:
    """Items of a page whose items start only with an indented line (see etl.extract.runs);
    None when the page is not laid out that way. ``phys``: :func:`_physical_lines`."""
    spans = [(s, e) for s, e, _ in phys]
    t = rn.tuning()
    if not rn.may_open(len(spans), sum(raw[s].isspace() for s, _ in spans), t):
        return None
    shapes = _line_shapes(raw, [tm.text for _, _, tm in phys], spans, t)
    openers = rn.find_openers(shapes, t)
    if openers is None:
        return None
    starts = [s for s, _ in spans]
    by_phys: dict[int, list[_Line]] = {}
    for ln in lines:
        by_phys.setdefault(bisect.bisect_right(starts, ln.start) - 1, []).append(ln)
    page = _RunPage(shapes, by_phys)
    head, runs = rn.split_runs(shapes, openers, t)
    runs = _detach(page, runs, t)
    head = page.keep(head)
    runs = [rn.Run(r.start, r.end, page.keep(r.gap)) for r in runs]
    grams = [word_pairs("".join(page.text(i) for i in range(r.start, r.end))) for r in runs]
    titles = rn.assign_gaps(head, runs, _gap_scores(page, head, runs, grams), t)
    builds = [
        _run_build(page.lines(range(r.start, r.end)), [ln for ln in page.lines(tl) if ln.kind != "furniture"])
        for r, tl in zip(runs, titles, strict=True)
    ]
    return builds, page.furniture


def _detach(page: _RunPage, runs: list[rn.Run], t: rn.RunTuning) -> list[rn.Run]:
    """``runs.detach_title`` on each run, with its last line's word overlap with the rest of
    the run and with the next run (a headline printed before it)."""
    out = []
    for k, run in enumerate(runs):
        last = run.end - 1
        own = word_pairs("".join(page.text(i) for i in range(run.start, last)))
        nxt = runs[k + 1] if k + 1 < len(runs) else None
        after = word_pairs("".join(page.text(i) for i in range(nxt.start, nxt.end))) if nxt else set()
        line = page.text(last)
        out.append(rn.detach_title(page.shapes, run, _overlap(line, own, {}), _overlap(line, after, {}), t))
    return out


def _gap_scores(
    page: _RunPage, head: tuple[int, ...], runs: list[rn.Run], grams: list[set[str]]
) -> dict[tuple[int, int], float]:
    """Word overlap of each standalone line with the run before and after it."""
    df: Counter[str] = Counter()
    for g in grams:
        df.update(g)
    out: dict[tuple[int, int], float] = {}
    for gi, gap in enumerate([head, *(r.gap for r in runs)]):
        for i in gap:
            for ri in (gi - 1, gi):
                if 0 <= ri < len(runs):
                    out[(i, ri)] = _overlap(page.text(i), grams[ri], df)
    return out


def _run_build(body: list[_Line], titles: list[_Line]) -> _Build:
    """One item from its run (bylines kept as byline parts) and its title lines."""
    b = _Build()
    bylines = (_K.BYLINE, _K.CREDIT, _K.OPEN, _K.LEAD)
    for ln in titles:
        if ln.byline is not None and ln.kind in bylines:
            b.bylines.append(ln)
            b.add("byline", ln)
            continue
        b.add("headline" if not b.has_headline else "subheadline", ln)
        b.has_headline = True
    for ln in body:
        if ln.kind in bylines and ln.byline is not None:
            b.bylines.append(ln)
            b.add("byline", ln)
        else:
            b.add("body", ln)
    return b


def split_page(raw: str, simp: str | None = None) -> tuple[list[Item], list[Part]]:
    """Items in page order (seq 1..n) and the page-furniture parts of one raw page.

    Part texts are normalised with offsets into ``raw``; bylines are parsed into
    contributors. Works for e-paper dumps (wrapped, spaced out, several articles,
    headlines before/after/missing, photo captions) and for clean one-article text.
    ``simp``: ``to_simplified(raw)`` when the caller has it (the byline stage reads it too).
    """
    simp = to_simplified(raw) if simp is None else simp
    phys = _physical_lines(raw, simp)
    lines = _classify(raw, simp, _read_lines(raw, simp, phys))
    web = any(len(ln.sq) > TUNING.web_line for ln in lines if ln.kind == _K.BODY)
    indented = _indented_page(raw, simp, lines, phys)
    if indented is not None:
        builds, furn = indented
        # web text is told by its long running lines: a long headline standing apart from
        # the runs of a page dump does not make the page web text (a long line the run reader
        # took for a subheadline does: web paragraphs indented alike are no page's runs)
        web = any(len(ln.sq) > TUNING.web_line for b in builds for k, ls in b.parts if k != "headline" for ln in ls)
    else:
        units = _units(lines)
        ctx = _context(units)
        mode = _layout_vote(units, ctx)
        if mode == "after" and _after_titles(lines):
            units = _units(lines)
            ctx = _context(units)
        builds, furn = _Assembler(units, ctx, mode, web).run()
    if web:
        builds = head_bundled_notices(split_web_runs(split_bundled_notices(merge_web_followers(builds, furn))))
        builds = retitle_labelled_first(retitle_bundle_first(fold_bundle_intro(builds)))
        builds = title_from_original(drop_unrelated_title(choose_web_title(builds), furn), raw, simp)
        builds = title_from_notice_heading(title_from_quoted_notice(builds, raw, simp), raw, simp)
        builds = title_from_notes(builds, raw, simp)
        builds = title_from_crumbs(builds, furn, raw, simp)
        builds = score_web_title(builds, furn)
    items: list[Item] = []
    furniture = [Part("furniture", ln.tm) for ln in furn]
    builds = [_credited_pictures(b) for b in builds] if web else builds
    for b in _credits_close_page(_credit_over_title(_web_openers(builds) if web else builds)):
        if not any(k in ("body", "headline", "caption") for k, _ in b.parts):
            # a byline or lead with nothing else: keep its text as furniture
            furniture.extend(Part("furniture", _part_text(ls)) for _, ls in b.parts)
            continue
        items.append(_finish(b, len(items) + 1, raw))
    furniture.sort(key=lambda p: p.text.raw[0] if p.text.raw else 0)
    return items, furniture


def _credited_pictures(b: _Build) -> _Build:
    """A web story's line closed by its picture's credit (…（图片来源：某某）) is that picture's
    caption, a paragraph apart: run on into the text under it (a caption ends with no stop),
    it would lend that text's lead, date and places to the picture's words."""
    pats = _patterns()
    if not any(k == "body" and any(pats.picture_credit.search(ln.sq) for ln in ls) for k, ls in b.parts):
        return b
    parts: list[tuple[PartKind, list[_Line]]] = []
    for kind, ls in b.parts:
        if kind != "body":
            parts.append((kind, ls))
            continue
        for j, ln in enumerate(ls):
            k: PartKind = "caption" if pats.picture_credit.search(ln.sq) else "body"
            if j and parts[-1][0] == k == "body":
                parts[-1][1].append(ln)
            else:
                parts.append((k, [ln]))
    b.parts = parts
    return b


def _credit_over_title(builds: list[_Build]) -> list[_Build]:
    """A credit line alone at the page top over the story's title (a web header: outlet and time,
    ``作者：甲 乙``, then the title): it names who wrote the story under it, not an item of its own
    (left alone, its text would become furniture and its people lost)."""
    if len(builds) < 2 or any(k != "byline" for k, _ in builds[0].parts) or not builds[1].has_headline:
        return builds
    if not any(ln.byline is not None and bl.credits_people(ln.byline) for ln in builds[0].bylines):
        return builds
    builds[1].parts[:0] = builds[0].parts
    builds[1].bylines[:0] = builds[0].bylines
    return builds[1:]


def _web_openers(builds: list[_Build]) -> list[_Build]:
    """What a web story may print over its title and still own: a standfirst, a picture."""
    return _picture_over_title(_standfirst_over_title(_line_over_title(builds)))


def _picture_over_title(builds: list[_Build]) -> list[_Build]:
    """A picture's caption and its photo credit alone over the story's title (the copy kept the
    story's top picture first): a web page is one story, and the picture is that story's, not an
    item of its own (left alone, the story would lose its photographer)."""
    if len(builds) < 2 or builds[0].has_headline or builds[0].has_lead or not builds[1].has_headline:
        return builds
    first = builds[0]
    people = [c for ln in first.bylines if ln.byline is not None for c in ln.byline.contributors]
    if (not people or any(c.role not in ("photographer", "agency") for c in people)
            or _body_chars(first) > TUNING.caption_max or any(k == "subheadline" for k, _ in first.parts)):
        return builds
    builds[1].parts[:0] = [("caption" if k == "body" else k, ls) for k, ls in first.parts]
    builds[1].bylines[:0] = first.bylines
    return builds[1:]


def _line_over_title(builds: list[_Build]) -> list[_Build]:
    """One headless line alone opening a web page over a titled item: one line is no story, and
    a post's own title printed over the title of what it reprints (a notice's 关于…的通告) is the
    post's title; the title under it becomes the subheadline. A line with a sentence's full stop
    or longer than a notice title is text, not a title."""
    if len(builds) < 2 or builds[0].has_headline or not builds[1].has_headline:
        return builds
    first = builds[0]
    if [k for k, _ in first.parts] != ["body"] or len(first.parts[0][1]) != 1 or first.bylines:
        return builds
    ln = first.parts[0][1][0]
    if not _title_sized(ln.sq, 2):
        return builds
    rest = _titles_demoted(builds[1].parts)
    builds[1].parts = [("headline", [ln]), *rest]
    return builds[1:]


def _standfirst_over_title(builds: list[_Build]) -> list[_Build]:
    """A paragraph opening with a standfirst's label (【导语】：…) alone over the story's title: the
    post prints the story's summary above its title, so it opens that story, not an item of its own."""
    if len(builds) < 2 or builds[0].has_headline or not builds[1].has_headline:
        return builds
    body = [ln for k, ls in builds[0].parts if k == "body" for ln in ls]
    if len(body) != 1 or _SPLIT_WEIGHTS.standfirst.match(body[0].sq) is None:
        return builds
    builds[1].parts[:0] = builds[0].parts
    builds[1].bylines[:0] = builds[0].bylines
    builds[1].has_lead |= builds[0].has_lead
    return builds[1:]


def _credits_close_page(builds: list[_Build]) -> list[_Build]:
    """Credit lines alone closing the page (文稿：甲 / 摄影：乙、丙) after text printed one phrase
    a line: they sign the story above them, not an item of their own."""
    last = builds[-1] if len(builds) > 1 else None
    if last is None or any(k != "byline" for k, _ in last.parts) or not _has_text(builds[-2]):
        return builds
    if not any(ln.byline is not None and bl.credits_people(ln.byline) for ln in last.bylines):
        return builds
    builds[-2].parts.extend(last.parts)
    builds[-2].bylines.extend(last.bylines)
    return builds[:-1]


__all__ = ["split_page"]
