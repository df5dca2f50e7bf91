"""Normalise raw page text into readable simplified Chinese while keeping raw offsets.

Every transformation here is either a 1:1 character mapping (traditional -> simplified,
half-width -> full-width punctuation, full-width digits -> ASCII) or the removal/insertion
of white space and of pinyin glosses that some sites print after characters (区(qū)域),
so ``TextMap.raw`` can always point back to the raw file.
"""
from __future__ import annotations

import operator
import re
from importlib import resources
from itertools import pairwise
from operator import itemgetter

from etl.extract import vocabulary
from etl.extract.model import TextMap

# (with the supplementary ideographs: a converter may simplify a rare character of a person's
# name into one of them, 晛 -> U+2C02A, and a name is no less a name for it)
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# runs of word characters (CJK, Latin letters, digits): what word pairs are read from
WORD_RUN = re.compile(f"[{CJK}A-Za-z0-9]+")


def word_pairs(text: str) -> set[str]:
    """Adjacent character pairs of each run of word characters: the pairs two lines or texts
    are compared by (a title against the text under it, a part against a post's title).

    Pairs are added in text order (``w[i] + w[i+1]``, built in C). Set iteration order
    varies with PYTHONHASHSEED, so every sum over these sets uses ``math.fsum`` (exactly
    rounded, hence order-independent).
    """
    out: set[str] = set()
    for w in WORD_RUN.findall(text):
        out.update(map(operator.add, w, w[1:]))
    return out

# CJK punctuation and full-width forms count as "Chinese context" for neighbouring marks
CJK_PUNCT = (r"\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
             r"\u2014\u2018\u2019\u201c\u201d\u2026\u00b7")
_CJK_CHAR = re.compile(f"[{CJK}]")
_CJK_OR_PUNCT = f"[{CJK}{CJK_PUNCT}]"

_BRACKET = re.compile(r"[()（）。，；,;]")
# a line that is only a date/time (``12 月 23 日 0 时``): wrapped running text when it
# does not end a sentence (full dates with a year are page furniture, see layout.toml)
DATE_FRAGMENT = re.compile(r"^[\d\s年月日时点分号—–\-~～至到:：.]*\d[\d\s年月日时点分号—–\-~～至到:：.]*[日时点分号]$")
_LINE = re.compile(r"[^\r\n\u2028\u2029\x0b\x0c\x85]+")
_WS = re.compile(r"\s+")
_SPACE_CHAR = re.compile(r"\s")  # \s is str.isspace, one character at a time
# a pinyin gloss right after a Chinese character (开(kāi)展区(qū)域): machine ruby, not text;
# a spaced-out line spaces it too (构 ( g ò u )), a hard wrap may break it (镇(zh⏎èn))
_PINYIN = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê"
PINYIN_GLOSS = re.compile(f"(?<=[{CJK}])\\s*[(（](?:\\s*[{_PINYIN}]){{1,6}}\\s*[)）]")
# a line break inside a gloss: the white space holding it runs up to a closing bracket, a
# pinyin letter, or an opening bracket before one (a gloss holding no break needs none of it)
_BROKEN_GLOSS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]\s*(?:[)）" + _PINYIN + r"]|[(（]\s*[" + _PINYIN + "])")
_HALF_FULL = dict(zip(",():;!?", "，（）：；！？", strict=True))
_CJK_NEIGHBOUR = f"{CJK}{CJK_PUNCT}"


def _punct(layout: dict) -> tuple[re.Pattern[str] | None, dict[str, str], re.Pattern[str] | None]:
    """Half-width marks made full width in Chinese context (``full_width_marks`` in layout.toml).

    Returns (any of the marks, each mark's full-width form, the marks in Chinese context).
    """
    marks = "".join(c for c in layout["normalise"]["full_width_marks"] if c in _HALF_FULL)
    if not marks:
        return None, {}, None
    cls = "[" + re.escape(marks) + "]"
    alts = [f"(?<=[{_CJK_NEIGHBOUR}]){cls}", f"{cls}(?=[{_CJK_NEIGHBOUR}])"]
    if "(" in marks:
        alts.append(f"[(](?=[^()\\n]{{0,20}}[{CJK}])")
    return re.compile(cls), {c: _HALF_FULL[c] for c in marks}, re.compile("|".join(alts))


# a line ending here closes a paragraph (closing quotes/brackets may follow the stop)
_STOPS, _CLOSERS = "。！？!?…；;", "”’」』）)]\"'"
PARA_END = re.compile(f"[{re.escape(_STOPS)}][{re.escape(_CLOSERS)}]*\\s*$")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
_LATIN_END = re.compile(r"[A-Za-z]$")
_LATIN_START = re.compile(r"^[A-Za-z]")
# a wrapped line starting with a closing quote/bracket or a stop still belongs to the
# sentence above (``…能到吗？`` / ``”在洋泾街道…``)
_CLOSE_START = re.compile(r"^[”’」』）)\]】。，、；：！？]")
# full-width digits -> ASCII (1:1): the one table, which dates and events extend
FULLWIDTH_DIGITS = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
# full-width ASCII letters and digits -> ASCII (1:1)
_FULLWIDTH_ALNUM = FULLWIDTH_DIGITS | {c: c - 0xFEE0 for r in ((0xFF21, 0xFF3B), (0xFF41, 0xFF5B)) for c in range(*r)}


_LAYOUT = vocabulary.load("layout")  # read-only; read once, when extraction is first imported


def layout() -> dict:
    """The shipped layout vocabulary (etl/data/layout.toml), for the page splitter too."""
    return _LAYOUT


def _t2s_table(keep: str) -> dict[int, int]:
    """Traditional -> simplified one character for one, plus full-width letters and digits to ASCII.

    OpenCC's t2s changes only characters its two dictionaries list (TSPhrases, TSCharacters),
    so converting each of those once gives the whole table (checked against converting
    every CJK code point: the same table); characters in ``keep`` stay as printed.
    """

    from opencc import OpenCC

    cc = OpenCC("t2s")
    listed: set[str] = set()
    for name in ("TSPhrases.txt", "TSCharacters.txt"):
        text = resources.files("opencc").joinpath("dictionary", name).read_text(encoding="utf-8")
        listed.update(key for line in text.splitlines() if len(key := line.split("\t", 1)[0]) == 1)
    table: dict[int, int] = {}
    for ch in sorted(listed):
        if ord(ch) >= 0x3400 and ch not in keep and len(out := cc.convert(ch)) == 1 and out != ch:
            table[ord(ch)] = ord(out)
    return table | _FULLWIDTH_ALNUM


# Built once at import and never changed (no per-character cache that grows with the input)
_T2S: dict[int, int] = _t2s_table(_LAYOUT["normalise"]["t2s_keep"])
_T2S_CHARS = frozenset(map(chr, _T2S))  # the characters _T2S changes: most text needs no translate at all
# the characters one pass of _T2S yields that a second pass still changes (a handful at most)
_T2S_TWICE = tuple(sorted(frozenset(map(chr, _T2S.values())) & _T2S_CHARS))
_PUNCT = _punct(_LAYOUT)


def _respellings(layout: dict) -> tuple[tuple[str, str], ...]:
    """The [wrong, right] spellings of layout.toml ``respell``; each pair keeps the length."""
    pairs = tuple((str(a), str(b)) for a, b in layout["normalise"].get("respell", []))
    if any(len(a) != len(b) for a, b in pairs):
        raise ValueError("layout.toml respell: a spelling and its fix must have the same length")
    return pairs


_RESPELL = _respellings(_LAYOUT)


def to_simplified(text: str) -> str:
    """Traditional -> simplified character by character, so length and offsets stay the same;
    a misspelt place name (满州里) is fixed in the same pass, one for one."""
    if not _T2S_CHARS.isdisjoint(text):
        text = text.translate(_T2S)
    for wrong, right in _RESPELL:
        if wrong in text:
            text = text.replace(wrong, right)
    return text


def resimplified(view: str) -> str:
    """``to_simplified`` of text already in the simplified view (normalised text, whose
    characters are those of ``to_simplified(raw)`` plus spaces, line breaks and full-width
    punctuation): only the few characters a second pass still changes are looked for, one
    substring search each, instead of testing every character."""
    if all(c not in view for c in _T2S_TWICE):
        return view
    return view.translate(_T2S)


def as_printed(tm: TextMap, raw: str) -> str:
    """The normalised text with every character as printed: only white space is normalised.

    Extraction reads a unified view (simplified characters, full-width punctuation, ASCII
    digits); people, and the gold annotations they write, quote the page as printed
    (traditional reposts, half-width ``,`` and ``:``, ``１２月``). Lines stay re-joined and
    spurious spaces stay removed; separators and kept spaces stay as they are.
    """
    text = tm.text
    if not text:
        return text
    out = _printed_chars(text, tm.raw, raw)
    end = tm.raw[-1] + 9  # a gloss may close the text
    if not _GLOSS_ONLY.search(raw, tm.raw[0], end):
        return out
    return _with_glosses(out, tm, raw)


def _printed_chars(text: str, offsets: tuple[int, ...], raw: str) -> str:
    """Each character of ``text`` as printed at its raw offset, except where either is white
    space (line joins, kept spaces): the few such places are patched in by slices."""
    chars = itemgetter(*offsets)(raw)  # a tuple of characters, or one character for one offset
    printed = "".join(chars) if len(offsets) > 1 else chars
    spots = sorted({m.start() for view in (text, printed) for m in _SPACE_CHAR.finditer(view)})
    if not spots:
        return printed
    pieces: list[str] = []
    pos = 0
    for i in spots:
        pieces += (printed[pos:i], text[i])
        pos = i + 1
    pieces.append(printed[pos:])
    return "".join(pieces)


_GLOSS_ONLY = re.compile(PINYIN_GLOSS.pattern.replace(f"(?<=[{CJK}])", ""))


def _with_glosses(printed: str, tm: TextMap, raw: str) -> str:
    """printed with the pinyin glosses the view dropped put back where they stood."""
    pieces: list[str] = []
    for i, ch in enumerate(printed):
        pieces.append(ch)
        if i + 1 < len(tm.raw) and tm.raw[i + 1] > tm.raw[i] + 1:
            gap = _WS.sub("", raw[tm.raw[i] + 1:tm.raw[i + 1]])  # a wrap may split the gloss
            if _GLOSS_ONLY.fullmatch(gap):
                pieces.append(gap)
    if printed and (last := _GLOSS_ONLY.match(raw, tm.raw[-1] + 1)) and PINYIN_GLOSS.match(raw, last.start()):
        pieces.append(_WS.sub("", last.group()))  # …檢測(cè) at the end of the title: it stood there too
    return "".join(pieces)


def line_spans(raw: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Raw [start, end) of every physical line holding non-space text (any line-end style),
    less the pieces of pinyin glosses a wrap broke across lines (鎮(zh⏎èn), 務⏎(wù)): a line
    cannot drop them itself."""
    end = len(raw) if end is None else end
    cuts = wrapped_glosses(raw, start, end)
    out = []
    for m in _LINE.finditer(raw, start, end):
        s, e = m.span()
        for gs, ge in cuts:
            if gs <= s < ge:  # the line starts inside the gloss: it starts after it (not indented)
                s = min(ge, e)
                s += len(raw[s:e]) - len(raw[s:e].lstrip())
            if s < gs < e <= ge:
                e = gs
        if s < e and not raw[s:e].isspace():
            out.append((s, e))
    return out


def printed_width(raw: str, start: int, end: int) -> int:
    """Characters printed on the physical line that holds raw[start:end], white space not
    counted: glosses, also the pieces of one a wrap broke that ``line_spans`` cut off, took
    columns."""
    line = _LINE.search(raw, raw.rfind("\n", 0, start) + 1)
    s, e = (start, end) if line is None else (min(start, line.start()), max(end, line.end()))
    return len("".join(raw[s:e].split()))


def wrapped_glosses(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """Raw spans of the glosses in raw[start:end] that hold a line break."""
    if _BROKEN_GLOSS.search(raw, start, end) is None:
        return []
    return [m.span() for m in PINYIN_GLOSS.finditer(raw, start, end)
            if any(c in m.group() for c in "\r\n\u2028\u2029\x0b\x0c\x85")]


# a bracketed column name printed before a title, glued to its first phrase
_COLUMN_TAG = re.compile(r"^[（(【][^（）()【】]{2,10}[）)】](?=.)")


def _is_headline_shape(segments: list[str]) -> bool:
    """Two to four CJK phrases of 2+ characters on a short line without a final stop.

    That is how two-phrase headlines are printed (``调运货源 小店区物资储备充足``); the
    space is meaningful there. Spaced-out text has one-character segments instead.
    """
    if not 2 <= len(segments) <= 4:
        return False
    segments = [_COLUMN_TAG.sub("", segments[0]), *segments[1:]]  # （专栏名）标题 一 标题二
    if sum(len(s) for s in segments) > 40 or segments[-1][-1] in "。，、；：,;:":
        return False
    # a colon may sit inside a headline phrase (成都：9月1日18时起…) but never end one
    return all(
        len(s) >= 2 and _CJK_CHAR.search(s) and not _BRACKET.search(s) and s[-1] not in "：:"
        for s in segments
    )


_PHRASE_CLOSE = "”’」』）)！？!?"  # a title phrase may end with a quote, a bracket or a ！ (实现“清零” 5月…)


def normalise_line(raw: str, start: int, end: int, simplified: str | None = None) -> TextMap:
    """Normalise one physical line raw[start:end] (no line breaks inside).

    ``simplified`` is ``to_simplified(raw)`` when the caller has it: the mapping is per
    character, so simplifying a page once equals simplifying each of its lines.
    """
    src = simplified[start:end] if simplified is not None else to_simplified(raw[start:end])
    base: list[int] | range = range(start, end)
    if "(" in src or "（" in src:
        src, base = _drop_glosses(src, start)
    if not _WS.search(src):  # most lines: nothing to drop, offsets run straight
        return _punctuate(src, tuple(base))
    gaps = [m.span() for m in _WS.finditer(src)]
    pieces: list[str] = []
    offs: list[int] = []
    keep_cjk_gap = len(gaps) <= 5 and _is_headline_shape(src.split())
    pos = 0
    n = len(src)
    for gs, ge in gaps:
        if gs > pos:
            pieces.append(src[pos:gs])
            offs.extend(base[pos:gs])
        pos = ge
        if gs == 0 or ge == n:
            continue
        left, right = src[gs - 1], src[ge]
        if _ASCII_WORD.match(left) and _ASCII_WORD.match(right):
            keep = True  # "COVID 19", "Omicron BA.5"
        elif left in ",():;!?.\"'" and _ASCII_WORD.match(right) and not _CJK_CHAR.match(src[max(0, gs - 2)]):
            keep = True  # "Hello, world"
        else:
            # two title phrases, the second opening with a number (某地划定高风险区 5例确诊…)
            keep = keep_cjk_gap and bool(_CJK_CHAR.match(left) or left in _PHRASE_CLOSE) and (
                bool(_CJK_CHAR.match(right)) or right.isdigit())
        if keep:
            pieces.append(" ")
            offs.append(base[gs])
    if pos < n:
        pieces.append(src[pos:])
        offs.extend(base[pos:n])
    return _punctuate("".join(pieces), tuple(offs))


def _drop_glosses(src: str, start: int) -> tuple[str, list[int] | range]:
    """src without pinyin glosses, and the raw offset of each character kept."""
    spans = [m.span() for m in PINYIN_GLOSS.finditer(src)]
    if not spans:
        return src, range(start, start + len(src))
    pieces: list[str] = []
    offs: list[int] = []
    pos = 0
    for gs, ge in spans:
        pieces.append(src[pos:gs])
        offs.extend(range(start + pos, start + gs))
        pos = ge
    pieces.append(src[pos:])
    offs.extend(range(start + pos, start + len(src)))
    return "".join(pieces), offs


def _punctuate(text: str, raw: tuple[int, ...]) -> TextMap:
    """Half-width marks in Chinese context made full width (1:1, offsets unchanged)."""
    marks, table, pat = _PUNCT
    if pat is not None and marks is not None and marks.search(text):
        text = pat.sub(lambda m: table[m.group()], text)  # every match is one mark
    return TextMap(text, raw)


def ends_paragraph(text: str) -> bool:
    """Whether a line ends a sentence, so the next line starts a new paragraph."""
    # PARA_END.search, read from the end: white space, then closing marks, then a stop (a
    # search would try every position of the line)
    tail = text.rstrip().rstrip(_CLOSERS)
    return bool(tail) and tail[-1] in _STOPS


def join_lines(lines: list[TextMap]) -> TextMap:
    """Re-join hard-wrapped lines into paragraphs (one ``\\n`` after a closing stop).

    A line continues the previous one unless the previous ended a sentence; two Latin
    words split by the wrap get a space back.
    """
    text: list[str] = []
    raw: list[int] = []
    prev = ""
    for ln in lines:
        if not ln.text:
            continue
        if text:
            if ends_paragraph(prev) and not _CLOSE_START.match(ln.text):
                text.append("\n")
                raw.append(ln.raw[0])
            elif _LATIN_END.search(prev) and _LATIN_START.match(ln.text):
                text.append(" ")
                raw.append(ln.raw[0])
        text.append(ln.text)
        raw.extend(ln.raw)
        prev = ln.text
    return TextMap("".join(text), tuple(raw))


def normalise(raw: str) -> TextMap:
    """Readable text of a whole raw string, with the raw offset of every character.

    Wrapped lines are re-joined, spurious spaces between Chinese characters and between
    numbers and units dropped, half-width punctuation in Chinese context made full
    width, traditional characters simplified. A line that is clearly a heading (short,
    no final stop, next line much longer or a lead) keeps its own line.
    """
    simp = to_simplified(raw)
    lines = [normalise_line(raw, s, e, simp) for s, e in line_spans(raw)]
    lines = [ln for ln in lines if ln.text]
    if not lines:
        return TextMap("", ())
    # break after heading-like lines that a plain join would glue onto the next paragraph
    groups: list[list[TextMap]] = [[lines[0]]]
    for prev, ln in pairwise(lines):
        if _looks_standalone(prev.text, ln.text):
            groups.append([ln])
        else:
            groups[-1].append(ln)
    return TextMap.join([join_lines(g) for g in groups], "\n")


_LEADISH = re.compile(r"^\s*(?:本报|新华社|据)")


def _looks_standalone(prev: str, nxt: str) -> bool:
    """A short line without a final stop followed by a much longer one or by a lead."""
    if ends_paragraph(prev) or DATE_FRAGMENT.match(prev):
        return False
    p = len(prev.replace(" ", ""))
    if p > 40 or prev[-1] in "，、：:,":
        return False
    return bool(_LEADISH.match(nxt)) or p < 0.6 * len(nxt.replace(" ", ""))
