"""Resolve the date expressions of Chinese news text into calendar dates.

News text rarely gives a year and often gives only a day (3日上午) or a relative word
(当日, 次日), so every expression is resolved against two reference points: the *anchor*
(the article's own latest full date, passed in by the caller as it reads on) and the
*edition date* of the page. The grammar is a small explicit TABLE (``RULES``): each row is
a shape of expression with its meaning; the vocabulary that fills the shapes lives in
``etl/data/dates.toml``. One combined regex scans a sentence left to right, so finding
dates is linear in the length of the text.

Two guards keep page furniture and speech out: an ISO timestamp with a clock time
(``2021-08-03 10:25``) or a date on a source line (``发布时间：…``, ``…来源：``) is marked
``meta`` (publication metadata: it anchors nothing), and an edition-relative future word
(明天/明日) without an announcement cue (将, 明日起) resolves to no date, since a date is
never later than the edition date unless the text says so.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from etl.extract import vocabulary
from etl.extract.firsts import guarded, needed_chars, word_alternation
from etl.extract.model import DateContext, Precision
from etl.extract.normalise import FULLWIDTH_DIGITS
from etl.extract.spans import Occurrences

# full-width digits and colon -> ASCII (1:1, offsets unchanged)
_FW = FULLWIDTH_DIGITS | {0xFF1A: ord(":")}
_FW_RE = re.compile("[\uff10-\uff1a]")  # whether _FW changes anything (translate is per character)
_CLAUSE_END = "，,；;。！!？?\n：:"


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a sentence, resolved as far as the context allows."""

    start: int  # offsets into the string given to find_dates
    end: int
    text: str  # the expression as written
    date: date | None
    time: str | None = None  # "HH:MM" (24:00 kept as written for 截至…24时)
    end_date: dt.date | None = None  # spans: 从3日下午5时到4日凌晨零时许
    end_time: str | None = None
    precision: Precision = "unknown"
    future: bool = False  # announced for later (将于, 暂缓): may lie after the edition date
    not_after: dt.date | None = None  # upper bound of approximate dates (连日来 -> edition date)
    rule: str = ""  # row of RULES that matched
    as_of: bool = False  # 截至…: a figure holds as of this moment
    until: bool = False  # 至…/直到… alone: an end bound, not a start
    from_: bool = False  # …起: start of an open-ended measure
    meta: bool = False  # publication metadata (2021-08-03 10:25, 来源：…): not an event date


# ---------------------------------------------------------------- vocabulary ----------


def vocab() -> dict[str, Any]:
    """The shipped date vocabulary (etl/data/dates.toml), read once at import."""
    return _VOCAB


_CN_DIGIT = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def cn_int(s: str) -> int | None:
    """Parse ASCII digits or a Chinese numeral (九, 十一, 二十三, 廿三, 二〇二二, 三百) to an int."""
    if not s:
        return None
    if s.isdigit() and s.isascii():
        return int(s)
    if all(c in _CN_DIGIT for c in s):  # digit by digit: 二〇二二
        n = 0
        for c in s:
            n = n * 10 + _CN_DIGIT[c]
        return n
    total, section, num = 0, 0, 0
    tens = vocab()["tens_numerals"]
    for c in s:
        if c in _CN_DIGIT:
            num = _CN_DIGIT[c]
        elif c in tens:  # 廿九 = 29, 卅一 = 31: a tens word holds its own ten
            section += int(tens[c])
            num = 0
        elif c in _CN_UNIT:
            unit = _CN_UNIT[c]
            if unit == 10000:
                total += (section + num) * unit
                section, num = 0, 0
            else:
                section += (num or 1) * unit
                num = 0
        else:
            return None
    return total + section + num


# ------------------------------------------------------------------ the table ---------

def _number() -> str:
    """A month, day or hour number: digits, or Chinese numerals with the one-character tens of
    the data (三月卅一日, 廿四时)."""
    return rf"[0-9]{{1,2}}|{_numerals()}"


def _numerals() -> str:
    """Chinese numerals of one to three characters, the data's one-character tens included."""
    return rf"[一二三四五六七八九十〇○零两{''.join(vocab()['tens_numerals'])}]{{1,3}}"


def _month() -> str:
    """A month number: a real month's digits (so 43+681月13日, a count glued to the date after
    it, reads 1月13日, not a month 81), or Chinese numerals as in :func:`_number`."""
    return rf"1[0-2]|0?[1-9]|{_numerals()}"


def _time(p: str) -> str:
    """Part of day + optional clock time, group names prefixed with p (a rule's name)."""
    dp = vocab()["day_parts"]
    parts = word_alternation(dp["am"] + dp["pm"] + dp["noon"])
    return (
        f"(?P<{p}_part>{parts})?"
        f"(?:(?P<{p}_hh>[0-9]{{1,2}}):(?P<{p}_mm>[0-9]{{2}})"
        f"|(?P<{p}_h>{_number()})[时点](?:(?P<{p}_mi>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})分|(?P<{p}_half>半))?)?"
        f"(?P<{p}_q>许|左右|前后)?"
        f"(?P<{p}_from>{word_alternation(vocab()['start_suffix'])})?"
    )


def _firsts(words: list[str] | dict[str, Any]) -> str:
    """The first characters of a word list (what a row built from it can start with)."""
    return "".join(sorted({w[0] for w in words}))


_DIGITS = "0123456789"
_CN_DIGITS = "〇零一二三四五六七八九○十两"


def _rules() -> tuple[tuple[str, str, str, str], ...]:
    """The date grammar: (name, regex, starts, meaning). Order matters where shapes overlap.

    ``starts`` lists every character a match of the row can begin with: the combined
    regex looks ahead for one of them, so the scan skips plain text in C instead of trying
    every row at every position. Keep it complete when changing a row.
    """
    v = vocab()
    joins = "[" + re.escape("".join(v["day_list_joiners"])) + "]"
    tens = "".join(v["tens_numerals"])
    n, mo = _number(), _month()
    return (
        ("iso", r"(?P<iso_y>[0-9]{4})[-/.](?P<iso_m>[0-9]{1,2})[-/.](?P<iso_d>[0-9]{1,2})日?" + _time("iso"),
         _DIGITS,
         "2022-04-03: full calendar date"),
        ("ymd", r"(?:(?P<ymd_y>[0-9]{4}|[〇零一二三四五六七八九○]{4})年|(?P<ymd_yr>今年|去年|明年))?"
                rf"(?P<ymd_m>{mo})月(?P<ymd_d>{n})(?:[-－—~～](?P<ymd_d2>[0-9]{{1,2}}))?[日号]" + _time("ymd"),
         _DIGITS + _CN_DIGITS + tens + "今去明",
         ("[年]月日[时段][时分][起]: calendar date; a missing year comes from the edition date, or, when "
          "the edition date is unknown, from the nearest preceding explicit date of the article (exact)")),
        ("mlist", r"(?:(?P<mlist_y>[0-9]{4})年|(?P<mlist_yr>今年|去年|明年))?"
                  rf"(?P<mlist_m>{mo})月(?P<mlist_d>[0-9]{{1,2}})(?=(?:{joins}[0-9]{{1,2}})+[日号])" + _time("mlist"),
         _DIGITS + _CN_DIGITS + tens + "今去明",
         "11月5、6、7日: the first day of a list of days sharing its month (resolved as a calendar date)"),
        ("lday", rf"(?<={joins})(?P<lday_d>[0-9]{{1,2}})(?:(?=(?:{joins}[0-9]{{1,2}})+[日号])|[日号](?![内以之]))"
                 + _time("lday"),
         _DIGITS,
         "、6日 / 和7日 after a date: a later day of a list, in the month of the day before it"),
        ("rmd", rf"(?P<rmd_rm>本月|当月|上月|下月)(?P<rmd_d>{n})日" + _time("rmd"),
         "本当上下",
         "本月3日: day in the month of the anchor (or edition), shifted by the month word"),
        ("day", r"(?<![0-9第两几数每月年同一续期满近来])"  # 未来3日: three days ahead, no date
                rf"(?P<day_d>[0-9]{{1,2}}|[一二三]?十[一二三四五六七八九]?|[{tens}][一二三四五六七八九]?|[一二三四五六七八九])日(?![内以之])"
                + _time("day"),
         _DIGITS + "一二三四五六七八九十" + tens,
         "3日上午: day of the anchor's month (else the edition's), never after the edition (连续2日, 为期3日, "
         "满14日, 近7日: a number of days, no day)"),
        ("mpart", r"(?:(?P<mpart_y>[0-9]{4})年|(?P<mpart_yr>今年|去年|明年))?"
                  rf"(?P<mpart_m>{mo})月(?:份)?(?P<mpart_p>{word_alternation(list(v['month_parts']))})",
         _DIGITS + _CN_DIGITS + tens + "今去明",
         "3月下旬/5月初/1月底: part of a month, approximate (no day), not after the period's end"),
        ("week", rf"(?<![每一两几数个])(?P<week_w>{word_alternation(list(v['week_shift']))})"
                 rf"(?P<week_d>[{''.join(v['weekdays'])}])" + _time("week"),
         _firsts(v["week_shift"]),
         "上周六/本周一/星期三: weekday of the edition date's ISO week (Monday first), shifted by weeks"),
        ("bday", r"(?P<bday_w>[昨今明])[(（](?P<bday_d>[0-9]{1,2})[)）]日" + _time("bday"),
         "昨今明",
         "昨(21)日/今（3）日: the day in brackets, of the anchor's month (else the edition's); 明: ahead"),
        ("rel", f"(?P<rel_w>{word_alternation(list(v['relative_days']))})" + _time("rel"),
         _firsts(v["relative_days"]),
         "当日/次日/昨日: offset in days from the anchor or the edition date"),
        ("vague", f"(?P<vague_w>{word_alternation(v['vague'])})",
         _firsts(v["vague"]),
         "连日来/日前/近日: approximate, no day, not after the edition date"),
    )


# Span ends may also be a bare clock time (4月3日8时至18时).
_END_RULES = ("ymd", "rmd", "day", "rel", "time")


def _compiled() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return _GRAMMAR


def _grammar_starts() -> str:
    """Every character a date expression can begin with (the rows' ``starts``)."""
    return "".join(sorted({c for _, _, first, _ in _rules() for c in first}))


def _build_compiled() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rules = _rules()
    starts = _grammar_starts()
    # each row behind its own first characters too (read from the row: the same matches)
    alts = "|".join(f"(?P<{n}>{guarded(src)})" for n, src, _, _ in rules)
    main = re.compile(f"(?=[{re.escape(starts)}])(?:{alts})")
    ends = [(n, src) for n, src, _, _ in rules if n in _END_RULES]
    ends.append(("time", "(?=[^0-9]{0,3}[0-9一二三四五六七八九十零〇两])" + _time("time")))
    end = re.compile("|".join(f"(?P<{n}>{src})" for n, src in ends))
    return main, end


def table() -> list[tuple[str, str]]:
    """(name, meaning) of every row of the grammar, for documentation and reports."""
    return [(n, meaning) for n, _, _, meaning in _rules()]


# ------------------------------------------------------------------ resolution --------


def _clock(m: re.Match[str], p: str) -> str | None:
    """HH:MM from a rule's time groups, applying the part of day (下午5时 -> 17:00)."""
    if m.group(f"{p}_hh") is not None:
        return f"{int(m.group(f'{p}_hh')):02d}:{m.group(f'{p}_mm')}"
    h_txt = m.group(f"{p}_h")
    if h_txt is None:
        return None
    h = cn_int(h_txt)
    if h is None or h > 24:
        return None
    mi_txt = m.group(f"{p}_mi")
    mi = 30 if m.group(f"{p}_half") else (cn_int(mi_txt) if mi_txt else 0) or 0
    part = m.group(f"{p}_part")
    dp = vocab()["day_parts"]
    if (part in dp["pm"] and h < 12) or (part in dp["noon"] and h < 6):
        h += 12
    if mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _slack(ctx: DateContext) -> int:
    return int(vocab()["future_slack_days"].get(ctx.edition_precision, 0))


def _year_for(m: int, d: int, ctx: DateContext, future: bool, anchor: date | None = None) -> date | None:
    """The latest year that keeps the date on or before the edition date, unless announced
    or read on from the text's latest full date.

    An announced-future date takes the earliest year that is not long before the edition
    (将于1月5日 in a 12月30日 paper is next January).
    """
    ed = ctx.edition_date
    assert ed is not None
    same = next((w for w in ctx.written if (w.month, w.day) == (m, d)), None)
    if same is not None:
        return same
    if (on := _reads_on(m, d, anchor) or _reads_back(m, d, anchor, ed)) is not None:
        return on
    for y in (ed.year, ed.year - 1, ed.year - 2):  # 2月29日 may need to skip a year
        cand = _safe_date(y, m, d)
        if cand is None:
            continue
        if future:
            if cand < ed - timedelta(days=183):
                nxt = _safe_date(y + 1, m, d)
                return nxt or cand
            return cand
        if cand <= ed + timedelta(days=_slack(ctx)):
            return cand
    return None


def _reads_on(m: int, d: int, anchor: date | None) -> date | None:
    """The month-day a little after the text's latest full date (its anchor): the year it reads on
    in, even past the edition date. A timetable's next rows (10月1日…10月3日), a span's end (2月25日至
    2月27日) and a plan told from its notice's day (…将于10月21日) continue the days the text has
    reached; the edition date (a page's, possibly a repost's months later) does not set them back
    a year. None when no such day lies within ``reads_on_days`` after the anchor."""
    return None if anchor is None else _day_near(m, d, anchor, 1)


def _reads_back(m: int, d: int, anchor: date | None, ed: date) -> date | None:
    """In a repost (its latest full date more than ``repost_days`` before the edition date), a
    month-day a little before that full date (2022年5月3日…；5月1日…) is of the days the text
    tells, in their year, not of the repost's year. None otherwise."""
    if anchor is None or (ed - anchor).days <= int(vocab()["repost_days"]):
        return None
    return _day_near(m, d, anchor, -1)


def _day_near(m: int, d: int, anchor: date, way: int) -> date | None:
    """Month-day m-d within ``reads_on_days`` of the anchor on its side ``way`` (1 after, -1
    before), in the anchor's year or the next (the one before) across New Year."""
    for y in (anchor.year, anchor.year + way):
        cand = _safe_date(y, m, d)
        if cand is not None and 0 <= (cand - anchor).days * way <= int(vocab()["reads_on_days"]):
            return cand
    return None


def _nearest_written(m: int, d: int, written: tuple[date, ...]) -> date | None:
    """No edition date and no full date read yet: the day in the year that puts it nearest
    a full date the text writes later (12月7日起… 截至2021年12月7日 -> 2021-12-07)."""
    cands = [(abs((c - w).days), c) for w in written for y in (w.year - 1, w.year, w.year + 1)
             for c in [_safe_date(y, m, d)] if c is not None]
    return min(cands)[1] if cands else None


def _day_in_month(d: int, ref: date, ctx: DateContext, future: bool, months_back: int = 0) -> date | None:
    """Day d in ref's month; stepped back a month while it would pass the edition date."""
    y, mo = ref.year, ref.month
    for _ in range(months_back):
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    if future and months_back == 0 and d < ref.day:
        # 28日发现病例，将于2日开展检测: a plan lies after the day it is told from, in the next month
        y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)
    for _ in range(2):
        cand = _safe_date(y, mo, d) if d <= calendar.monthrange(y, mo)[1] else None
        ed = ctx.edition_date
        if cand is not None and (future or ed is None or cand <= ed + timedelta(days=_slack(ctx))
                                 or (ed < ref <= cand and months_back == 0)):
            # 25日、26日开展…；其余小区于28日、29日: past a reference day already beyond the edition,
            # a later day of its month reads on in time, it does not go back a month
            return cand
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    return None


def _back_to_the_present(d: int, anchor: date, present: date | None, ctx: DateContext) -> date | None:
    """Day d in the month after the anchor's, when the anchor is a day of a month before the one
    the text speaks from (``present``: its dateline, else its edition; a backstory: 8月4日入境…8月26日
    起居家监测) and d lies before the anchor's day: 10日当天 goes back to the story's present (10
    September in a page of 11 September), not to a day before the backstory's last. None when that
    day would pass the present or lie in another month than the present's."""
    if present is None or d >= anchor.day or (present.year, present.month) <= (anchor.year, anchor.month):
        return None
    y, mo = (anchor.year, anchor.month + 1) if anchor.month < 12 else (anchor.year + 1, 1)
    cand = _safe_date(y, mo, d)
    # only into the present's own month: a page printed months after its story (a late copy)
    # keeps the story's months
    ok = cand is not None and (cand.year, cand.month) == (present.year, present.month)
    return cand if ok and cand is not None and cand <= present + timedelta(days=_slack(ctx)) else None


_CLAUSE_END_RE = re.compile("[" + re.escape(_CLAUSE_END) + "]")


def _future_cues() -> tuple[tuple[str, ...], dict[str, re.Pattern[str]]]:
    return _FUTURE_CUES


def _build_future_cues() -> tuple[tuple[str, ...], dict[str, re.Pattern[str]]]:
    """``future_before`` as a tuple for ``str.endswith``; ``future_after`` and
    ``future_clause`` as one alternation each, and clause ends, for :class:`Occurrences`."""
    v = vocab()
    return tuple(v["future_before"]), {
        "after": re.compile(_future_after_src(v)),
        "clause": re.compile(word_alternation(v["future_clause"]) if v["future_clause"] else "(?!)"),
        "end": _CLAUSE_END_RE,
    }


def _future_after_src(v: dict[str, Any]) -> str:
    """``future_after`` as one alternation, where a word ending in the object marker 将 is a
    plan only when no disposal verb (``disposal_verbs``: 列为, 调整为…) follows it in its clause:
    18日将甲村列为高风险区 tells what was done that day (将 as 把), not what will be."""
    words = v["future_after"]
    if not words:
        return "(?!)"
    marked = [w for w in words if w.endswith("将")]
    verbs = v["disposal_verbs"]
    if not marked or not verbs:
        return word_alternation(words)
    plain = [w for w in words if w not in marked]
    gap = f"[^{re.escape(_CLAUSE_END)}]{{1,{int(v['disposal_reach'])}}}?"
    guarded_marked = f"(?:{word_alternation(marked)})(?!{gap}(?:{word_alternation(verbs)}))"
    return f"{guarded_marked}|{word_alternation(plain)}" if plain else guarded_marked


def _clause_of(occ: Occurrences, start: int, end: int) -> tuple[int, int]:
    """Start of the clause before offset start, end of the clause after offset end."""
    ends = occ["end"].starts
    i = bisect.bisect_left(ends, start)
    lo = ends[i - 1] + 1 if i else 0
    j = bisect.bisect_left(ends, end)
    return lo, ends[j] if j < len(ends) else len(occ.text)


def _is_future(occ: Occurrences, start: int, end: int) -> bool:
    """Announced plan: a future cue right before the date or later in its clause."""
    before_words, _ = _future_cues()
    if occ.text[max(0, start - 6):start].endswith(before_words):
        return True
    return occ.first("after", end, _clause_end(occ, end)) is not None


def _clause_end(occ: Occurrences, end: int) -> int:
    """End of the clause after offset end, as :func:`_clause_of` gives it: the first
    question is one search, not an index of every clause mark of the sentence (most
    sentences have one date); later ones use the index (linear on a line of dates)."""
    hit = occ.first("end", end, len(occ.text))
    return hit[0] if hit else len(occ.text)


def _near_future(m: re.Match[str], occ: Occurrences, start: int, ctx: DateContext, d: date,
                 anchor: date | None = None) -> date | None:
    """A yearless date put a year back that is a plan shortly after the edition date.

    原定6月15日返校 in a 6月13日 paper, 计划于…的6月20日: when the clause before the date holds
    a plan cue (``future_clause``) and the date in the edition's own year lies at most
    ``future_window_days`` after the edition date, the edition's year is kept; so it is in an
    unsigned notice (ctx.notice) up to ``notice_window_days`` after it.
    """
    ed = ctx.edition_date
    if ed is None or d.year == ed.year:
        return None
    mo, dd = cn_int(m.group("ymd_m")), cn_int(m.group("ymd_d"))
    cand = _safe_date(ed.year, mo or 0, dd or 0)
    if cand is None or not (ed < cand <= ed + timedelta(days=int(vocab()["future_window_days"]))):
        return None
    if m.group("ymd_from") or (anchor is not None and anchor.year == ed.year and anchor >= ed - timedelta(days=1)):
        # 10月29日起 in a 10月28日 notice, or after 自2021年10月28日20时起 in the same article:
        # a measure announced from a day shortly after the edition
        return cand
    if ctx.signed and ctx.today is not None and ctx.today >= ed - timedelta(days=1):
        # a notice signed on its edition day (or the day before) announces what comes after it:
        # 10月5日在全县开展… in a notice of 10月4日 is the coming 5th, not last year's
        return cand
    if ctx.notice and not ctx.signed and cand <= ed + timedelta(days=int(vocab()["document"]["notice_window_days"])):
        # an unsigned notice (关于开展…的通告) of 4月24日 setting its sampling for 4月25日: the coming day
        return cand
    lo, stop = _clause_of(occ, start, m.end())
    if occ.first("clause", lo, start) is not None:
        return cand
    return cand if occ.first("after", m.end(), stop) else None


def _day_span_end(m: re.Match[str], d: date | None) -> date | None:
    """The end of a day span written inside one date (10月25-30日), else None."""
    if d is None or m.lastgroup != "ymd" or not m.group("ymd_d2"):
        return None
    dd = int(m.group("ymd_d2"))
    y, mo = d.year, d.month
    if dd < d.day:  # 10月30-2日: into the next month
        y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)
    return _safe_date(y, mo, dd)


def _span_end(em: re.Match[str], erule: str, d: date) -> date | None:
    """The end of a span resolved against its start, never before it.

    11月1日12时起至11月5日24时: a yearless end takes the start's year (the next year if it
    would fall before the start); 11月1日至5日: a day-only end takes the start's month (the
    next month if the day is before the start's day).
    """
    if erule == "ymd" and not (em.group("ymd_y") or em.group("ymd_yr")):
        mo, dd = cn_int(em.group("ymd_m")), cn_int(em.group("ymd_d"))
        if not mo or not dd or not 1 <= mo <= 12:
            return None
        cand = _safe_date(d.year, mo, dd)
        if cand is not None and cand < d:
            cand = _safe_date(d.year + 1, mo, dd)
        return cand
    if erule == "day":
        dd = cn_int(em.group("day_d")) or 0
        y, mo = d.year, d.month
        if dd < d.day:
            y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)
        return _safe_date(y, mo, dd)
    return None


Resolved = tuple[date | None, Precision, date | None]  # date, precision, not_after


def _resolve_match(m: re.Match[str], ctx: DateContext, anchor: date | None,
                   future: bool) -> tuple[str, Resolved, str | None, bool]:
    """(rule, (date, precision, not_after), time, from_) for one match of the table."""
    rule = m.lastgroup or ""
    ed = ctx.edition_date
    if rule == "vague":
        return rule, (None, "approximate" if ed else "unknown", ed), None, False
    if rule == "mpart":
        return rule, _resolve_mpart(m, ed, anchor, future), None, False
    t = _clock(m, rule)
    # 今起/明起: a relative day word that is itself a start
    frm = bool(m.group(f"{rule}_from")) or (rule == "rel" and m.group("rel_w").endswith(_START_WORDS))
    if rule == "time":
        return rule, (anchor, "exact" if anchor else "unknown", None), t, frm
    if rule == "rel":
        return rule, _resolve_rel(m, ctx, anchor, future or frm), t, frm
    if rule == "week":
        # 上周六起 in a Tuesday paper: Saturday of the week before the edition's ISO week
        return rule, ((_resolve_week(m, ed, future or frm), "exact", None) if ed else (None, "unknown", None)), t, frm
    d: date | None = None
    if rule == "iso":
        d = _safe_date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
    elif rule in ("ymd", "mlist"):
        d = _resolve_ymd(m, ctx, anchor, future, rule)
    elif rule in ("rmd", "day", "lday"):
        d = _resolve_day(m, rule, ctx, anchor, future)
    elif rule == "bday":
        d = _resolve_day(m, rule, ctx, anchor, future or m.group("bday_w") == "明")
    return rule, (d, "exact" if d else "unknown", None), t, frm


def _resolve_mpart(m: re.Match[str], ed: date | None, anchor: date | None, future: bool) -> Resolved:
    """今年3月下旬: approximate, no day (never an earlier exact date), bounded by the period's end."""
    mo = cn_int(m.group("mpart_m")) or 0
    y_txt, yr = m.group("mpart_y"), m.group("mpart_yr")
    if not 1 <= mo <= 12:
        return None, "unknown", None
    year = int(y_txt) if y_txt else (ed.year + {"今年": 0, "去年": -1, "明年": 1}[yr] if yr and ed else None)
    if year is None and ed is not None:
        year = ed.year if (mo <= ed.month or future) else ed.year - 1
    if year is None and anchor is not None:
        year = anchor.year
    if year is None:
        return None, "unknown", None
    last = vocab()["month_parts"][m.group("mpart_p")]
    last = min(last, calendar.monthrange(year, mo)[1]) if last else calendar.monthrange(year, mo)[1]
    return None, "approximate", date(year, mo, last)


def _resolve_ymd(m: re.Match[str], ctx: DateContext, anchor: date | None, future: bool,
                 p: str = "ymd") -> date | None:
    """A month and day, with the year written, relative (今年), or taken from the context."""
    mo, dd = cn_int(m.group(f"{p}_m")), cn_int(m.group(f"{p}_d"))
    y_txt, yr = m.group(f"{p}_y"), m.group(f"{p}_yr")
    ed = ctx.edition_date
    if not (mo and dd and 1 <= mo <= 12):
        return None
    if y_txt:
        return _safe_date(cn_int(y_txt) or 0, mo, dd)
    if yr and ed:
        return _safe_date(ed.year + {"今年": 0, "去年": -1, "明年": 1}[yr], mo, dd)
    if ed:
        return _year_for(mo, dd, ctx, future, anchor)
    if anchor is not None:
        # no edition date: the year of the nearest preceding explicit date of the
        # article (霍尔果斯市自2022年8月10日起… 9月24日起 -> 2022-09-24)
        return _safe_date(anchor.year, mo, dd)
    if ctx.written:
        return _nearest_written(mo, dd, ctx.written)
    return None


def _resolve_day(m: re.Match[str], rule: str, ctx: DateContext, anchor: date | None, future: bool) -> date | None:
    """A day alone (3日) or with a relative month (上月3日), in the anchor's month, else the month
    the text speaks from (its dateline 3月2日电 …2日通报, which a repost's later page date is
    not), else the edition's."""
    dd = cn_int(m.group(f"{rule}_d")) or 0
    ed, today = ctx.edition_date, ctx.today
    reposted = today is not None and (ed is None or (ed - today).days > int(vocab()["repost_days"]))
    ref = anchor or (today if reposted else ed)
    if not (ref and 1 <= dd <= 31):
        return None
    back = {"上月": 1, "下月": -1}.get(m.group("rmd_rm") or "", 0) if rule == "rmd" else 0
    if back < 0:  # 下月: one month forward
        ny, nm = (ref.year, ref.month + 1) if ref.month < 12 else (ref.year + 1, 1)
        return _safe_date(ny, nm, dd)
    if anchor is not None and back == 0 and not future \
            and (later := _back_to_the_present(dd, anchor, today or ed, ctx)) is not None:
        return later
    return _day_in_month(dd, ref, ctx, future, back)


def _resolve_week(m: re.Match[str], ed: date, ahead: bool) -> date:
    """A weekday of this, last or next week, counted in the edition's ISO week."""
    v = vocab()
    shift = v["week_shift"][m.group("week_w")]
    wd = v["weekdays"][m.group("week_d")]
    bare = shift == 99  # 周六/星期六 alone: this week's, else the latest one unless announced
    d = ed - timedelta(days=ed.isoweekday() - 1) + timedelta(days=7 * (0 if bare else shift) + wd - 1)
    if bare and d > ed and not ahead:
        d -= timedelta(days=7)
    return d


def _resolve_rel(m: re.Match[str], ctx: DateContext, anchor: date | None, ahead: bool) -> Resolved:
    """今天, 次日, 当日…: a day counted from the anchor, the notice's date or the edition."""
    ed = ctx.edition_date
    base, off = vocab()["relative_days"][m.group("rel_w")]
    if base == "notice":
        ref = ctx.today if ctx.signed else (ctx.issued or anchor or ctx.today or ed)
    elif base == "anchor":
        # 次日起 in a signed notice that names no day before it: the day after the notice's
        ref = anchor or (ctx.today if ctx.signed else None)
    else:
        ref = ctx.today or ed
    if ref is not None:
        if base == "edition" and off > 0 and not ahead:
            # 明天/明日 with no announcement cue (将, 明日起) — quoted speech, a feature's
            # dialogue: a date is never later than the edition date unless the text says so
            return None, "unknown", None
        return ref + timedelta(days=off), "exact", None
    if base == "anchor" and ed is not None:  # 当日 with no date yet: some day up to the edition
        return None, "approximate", ed
    return None, "unknown", None


_META_CLOCK = re.compile(r"[ \t\u3000]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?")


def _meta_cues() -> tuple[tuple[str, ...], re.Pattern[str]]:
    return _META_CUES


_SOURCE_LINE_REACH = 60  # how far back a source label (来源：…) may stand on a date's line
_SENTENCE_MARKS = "，。；！？,;!?)）】"  # between a source label and a date: the field closed, running text


def _build_meta_cues() -> tuple[tuple[str, ...], re.Pattern[str]]:
    v = vocab()["meta"]
    return tuple(v["before"]), re.compile(word_alternation(v["after"]))


def _is_meta(s: str, start: int, end: int) -> bool:
    """A date on a source line: 发布时间：2022年8月10日 / 2022年8月10日 10:25 来源：… /
    来源：甲市指挥部 浏览：12 时间：2022-08-10 (a field's value, in the fields run on from a source
    label; 来源：某报7月28日，… is the story's own dateline).

    Only a few characters either side are read (bounded work per date).
    """
    before, after_re = _meta_cues()
    lo = s.rfind("\n", max(0, start - 8), start) + 1
    head = s[max(lo, start - 8):start].rstrip(" \t\u3000：:")
    if head.endswith(before):
        return True
    lo = s.rfind("\n", max(0, start - _SOURCE_LINE_REACH), start) + 1
    labels = list(after_re.finditer(s, max(lo, start - _SOURCE_LINE_REACH), start))
    label = labels[-1] if labels else None  # the last source label before the date on its line
    field = s[label.end():start] if label is not None else ""
    if label is not None and field.rstrip(" \t\u3000").endswith(("：", ":")) \
            and not any(c in field for c in _SENTENCE_MARKS):
        return True  # the value of a field (时间：) in the fields run on from the source label
    nl = s.find("\n", end, end + 4)
    stop = min(len(s) if nl < 0 else nl, end + 4)
    return after_re.match(s[end:stop].lstrip(" \t\u3000")) is not None


def may_hold_dates(text: str, lo: int, hi: int) -> bool:
    """False only where :func:`find_dates` finds nothing in text[lo:hi] (full-width digits
    already made ASCII): every date expression begins with one of the grammar's first
    characters, and a stretch with none of them is skipped by one search in C."""
    return _GRAMMAR_STARTS.search(text, lo, hi) is not None


def find_dates(sentence: str, ctx: DateContext, anchor: date | None, offset: int = 0) -> list[DateMention]:
    """All date expressions of a sentence, left to right, each resolved.

    The anchor moves forward as full dates are read, so 4月3日…3日上午 resolves 3日 against
    4月3日 and a span end (到4日凌晨) against its start. ``offset`` is added to every
    start/end, for callers that pass one sentence of a longer text.
    """
    main, end_re = _compiled()
    s = _mended(sentence.translate(_FW) if _FW_RE.search(sentence) else sentence)
    v = vocab()
    out: list[DateMention] = []
    occ: Occurrences | None = None  # cue words, made at the first date (most sentences have none)
    pos = 0
    while True:
        m = main.search(s, pos)
        if m is None:
            break
        rule = m.lastgroup or ""
        if rule == "vague" and m.group(0) == "日前" and m.start() > 0 and s[m.start() - 1] in v["vague_blockers"]:
            pos = m.end()
            continue
        if not m.group(0):
            pos = m.end() + 1
            continue
        if rule == "week" and out and (end := _weekday_note_end(s, out[-1], offset)) > m.start():
            # the note becomes part of its date (6月11日(周六)、12日 still lists two days)
            out[-1] = replace(out[-1], end=end + offset, text=sentence[out[-1].start - offset:end])
            pos = end
            continue
        if rule == "week" and _RECURRING_WEEKDAYS.search(s, max(0, m.start() - 16), m.start()):
            pos = m.end()  # 每周一、周四: the weekdays of a weekly schedule, no day of their own
            continue
        occ = occ or Occurrences(s, 0, len(s), _future_cues()[1])
        mention, stop = _mention(sentence, s, m, occ, ctx, anchor, end_re, offset)
        listed = _in_day_list(s, out[-1] if out else None, mention, m, offset)
        pos = max(stop, m.end())
        if listed is None:
            continue
        mention = listed
        out.append(mention)
        if (mention.precision == "exact" and mention.date is not None and not mention.meta
                and moves_anchor(mention, anchor)):
            anchor = mention.end_date or mention.date
    return out


def _mended(s: str) -> str:
    """s with the slips of the pen in its dates mended ([typos] of dates.toml: 9日14日 is
    9月14日, 11月6月-8日 is 11月6日-8日), one character for one so offsets hold. A notice's
    typed date is still its date: read as written, 9日 alone would take the anchor's month
    and 14日 would be a second, unrelated day."""
    for pattern, mend in _TYPOS:
        spots = [m.start("at") for m in pattern.finditer(s)]  # most sentences: none, one scan in C
        for at in spots:
            s = s[:at] + mend + s[at + 1:]
    return s


def moves_anchor(d: DateMention, anchor: date | None) -> bool:
    """Whether a day the text reads (exact, resolved) becomes the day later bare days count from.

    Not a day counted from the edition date (今天, 昨天) that lies more than ``repost_days`` after
    the day the text has reached by its written dates: the page is a repost or a late copy, its
    date is no day of the story, and 21日 a little further on is still in the month the text
    wrote (9月22日 … 今天 … 21日 in a page dated in December is in September)."""
    if anchor is None or d.date is None or not d.rule.startswith("rel"):
        return True
    word = next((w for w in _EDITION_WORDS if d.text.lstrip("自从于在").startswith(w)), None)
    return word is None or (d.date - anchor).days <= int(vocab()["repost_days"])


def _weekday_note_end(s: str, prev: DateMention, offset: int) -> int:
    """End of the weekday note written right after the date prev (6月11日(周六)、12日(周日);
    6月3-4日(周五、周六); 6月2日星期四), else -1: the note names that date's weekday, no
    date of its own — read alone it would fall in the edition's week, days away from it."""
    m = _WEEKDAY_NOTE.match(s, prev.end - offset)
    return m.end() if m is not None else -1


def _build_weekday_note() -> re.Pattern[str]:
    """Bare weekdays (weekday words of week_shift 99), joined by day_list_joiners, either
    right after a date (or after a comma, weekday_note_gap) or in a bracket (weekday_note_open)
    opened right after it."""
    v = vocab()
    words = word_alternation([w for w, k in v["week_shift"].items() if k == _BARE_WEEKDAY])
    day = f"(?:{words})[{''.join(v['weekdays'])}]"
    joins = word_alternation(v["day_list_joiners"])
    opener = re.escape(v["weekday_note_open"])
    gap = re.escape(v["weekday_note_gap"])
    return re.compile(f"[{opener}]{day}(?:(?:{joins}){day})*[)）]?|[{gap}]?{day}")


def _build_recurring_weekdays() -> re.Pattern[str]:
    """每周一、 (every week's Monday and…) right before a weekday: that weekday is listed in
    the same weekly schedule (每周一、周四), recurring like the first."""
    v = vocab()
    words = word_alternation([w for w, k in v["week_shift"].items() if k == _BARE_WEEKDAY])
    day = f"[{''.join(v['weekdays'])}]"
    joins = word_alternation(v["day_list_joiners"])
    return re.compile(f"每(?:{words}){day}(?:(?:{joins})(?:{words})?{day})*(?:{joins})$")


_BARE_WEEKDAY = 99  # week_shift of a weekday with no week word (周六, 星期六)


def _build_weekday_date() -> re.Pattern[str]:
    """A month-day with its bare weekday right after it, bracketed or not (7月16日(星期六),
    7月16日周六): the weekday words are week_shift's, as for the weekday notes."""
    v = vocab()
    words = word_alternation([w for w, k in v["week_shift"].items() if k == _BARE_WEEKDAY])
    opener, days = re.escape(v["weekday_note_open"]), "".join(v["weekdays"])
    return re.compile(f"(?P<m>[0-9]{{1,2}})月(?P<d>[0-9]{{1,2}})日[{opener}]?(?:{words})(?P<w>[{days}])")


def _in_day_list(s: str, prev: DateMention | None, mention: DateMention, m: re.Match[str],
                 offset: int) -> DateMention | None:
    """A day joined to the date before it (11月26、27、28日; 10月8日、9日): a day of that
    date's month, or of the next month when it is smaller — the list's head already
    settled the year and whether it lies ahead, so the edition date does not push it back.
    None for a number that only looks like a later day of a list (甲村22号、26号: no date
    before it); a day written with 日 stays a day of the anchor's month."""
    rule = m.lastgroup or ""
    if rule not in ("day", "lday"):
        return mention
    joined = (prev is not None and prev.date is not None and prev.precision == "exact" and not prev.until
              and not prev.as_of and s[prev.end - offset:m.start()] in vocab()["day_list_joiners"])
    if not joined or prev is None or prev.date is None:
        return None if rule == "lday" and not s.startswith("日", m.end("lday_d")) else mention
    last = prev.end_date or prev.date
    dd = cn_int(m.group(f"{rule}_d")) or 0
    y, mo = last.year, last.month
    if dd <= last.day:
        y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)
    day = _safe_date(y, mo, dd)
    return replace(mention, date=day, precision="exact") if day is not None else mention


def _mention(sentence: str, s: str, m: re.Match[str], occ: Occurrences, ctx: DateContext, anchor: date | None,
             end_re: re.Pattern[str], offset: int) -> tuple[DateMention, int]:
    """The mention one match of the table makes (offsets into ``s`` plus ``offset``), and where it stops."""
    start, stop = m.start(), m.end()
    future, planned = _is_future(occ, start, stop), _planned_end(s, start, stop)
    rule, (d, prec, na), t, frm = _resolve_match(m, ctx, anchor, future)
    if not future and d is not None and planned:
        d = _deadline_day(m, ctx, anchor, d)
    if not future and d is not None and rule == "ymd" and not (m.group("ymd_y") or m.group("ymd_yr")):
        near = _near_future(m, occ, start, ctx, d, anchor)
        if near is not None:
            d, future = near, True
    m_end, end_date, end_time = stop, _day_span_end(m, d), None
    # span: X 至/到 Y
    if rule != "vague" and (span := _span_after(s, stop, end_re, ctx, d, anchor, future)) is not None:
        stop, end_date, end_time = span
        m_end, rule = stop, f"{rule}-span"
    m_start, as_of, until = _prefixed(s, start, end_date)
    # a span's end moved m_end past the match: ask again there (the match alone was asked above)
    until = until or (end_date is None and (planned if m_end == m.end() else _planned_end(s, start, m_end)))
    m_end, meta = _metadata(s, rule, m_start, m_end)
    return DateMention(m_start + offset, m_end + offset, sentence[m_start:m_end], d, t, end_date, end_time,
                       precision=prec, future=future, not_after=na, rule=rule, as_of=as_of, until=until, from_=frm,
                       meta=meta), stop


def _deadline_day(m: re.Match[str], ctx: DateContext, anchor: date | None, back: date) -> date:
    """A deadline (7日前完成) is set ahead of the day it is told on, or reported once passed:
    of the day read back from the text's reference day (``back``: never past the edition date)
    and the same day read forward as a plan, the one nearer that reference day. So a notice
    of 6月4日 asking for 7日前完成 means 6月7日, not 5月7日, and a report of 6月10日 about a 8日前
    deadline keeps 6月8日."""
    ref = anchor or ctx.edition_date
    ahead = _resolve_match(m, ctx, anchor, True)[1][0]
    if ref is None or ahead is None:
        return back
    return ahead if abs((ahead - ref).days) < abs((back - ref).days) else back


def _span_after(s: str, stop: int, end_re: re.Pattern[str], ctx: DateContext, d: date | None, anchor: date | None,
                future: bool) -> tuple[int, date | None, str | None] | None:
    """(end offset, end date, end time) of a span's end after a connector (至, 到), if any."""
    if not s.startswith(_CONNECTORS, stop):  # most dates: one test in C
        return None
    for c in vocab()["connectors"]:
        if s.startswith(c, stop):
            em = end_re.match(s, stop + len(c))
            if not (em and em.group(0) and em.end() > stop + len(c)):
                return None
            erule, (ed_, _ep, _na), et, _ = _resolve_match(em, ctx, d or anchor, future)
            if erule == "time":
                ed_ = d
            elif d is not None:
                ed_ = _span_end(em, erule, d) or ed_
            return em.end(), ed_, et
    return None


def _prefixed(s: str, start: int, end_date: date | None) -> tuple[int, bool, bool]:
    """(start, as_of, until) after the words before a date: 截至 (as of), 至/直到 (until),
    从/自 (a span's start, kept in the text)."""
    v = vocab()
    lead = s[max(0, start - 3):start]
    asof = next((w for w in v["as_of"] if lead.endswith(w)), None) if lead.endswith(_AS_OF) else None
    if asof:
        return start - len(asof), True, False
    word = next((w for w in v["until"] if lead.endswith(w)), None) if lead.endswith(_UNTIL) else None
    if word and end_date is None:
        return start, False, True
    if end_date is not None and start > 0 and s[start - 1] in v["span_open"]:
        return start - 1, False, False
    return start, False, False


def _planned_end(s: str, start: int, end: int) -> bool:
    """计划于5日24时完成, 预计6日前结束: a day a plan sets for finishing is an end bound, not
    the day the measure starts (a plan word just before the date, a finishing word right after);
    so is a deadline (9日12时前完成), which needs no plan word."""
    before, after, deadline = _PLANNED_END
    return (s[max(0, start - 4):start].endswith(before) and s.startswith(after, end)) or s.startswith(deadline, end)


def _metadata(s: str, rule: str, m_start: int, m_end: int) -> tuple[int, bool]:
    """(end, meta): publication metadata — an ISO timestamp with a clock time (2021-08-03 10:25),
    or a date on a source line (发布时间：…, …来源：) — dates the page, not an event."""
    if rule.startswith("iso"):
        ck = _META_CLOCK.match(s, m_end)
        if ck is not None:
            return ck.end(), True
    return m_end, _is_meta(s, m_start, m_end)


def _document_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return _DOCUMENT_RES


def _build_document_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    doc = vocab()["document"]
    # the dateline is searched in every article's first lines: guarded by its first characters
    return re.compile(guarded(doc["dateline"])), re.compile(doc["signature"]), re.compile(doc["effective"])


def document_context(text: str, ctx: DateContext) -> DateContext:
    """ctx with ``today``: the day the text speaks from (a notice's effective date, its
    signature date, else the dateline, else a reporter's scene opening a paragraph near the top).

    Bounded work: the dateline is looked for in the first ``dateline_chars`` characters,
    the signature in the last ``signature_lines`` non-empty lines. Where the edition date
    is unknown, a signature date (which has its year) stands in for it, approximately.
    Where nothing gives a year, days are read in the placeholder year ``YEARLESS``.
    """
    return _yearless(text, _issued(text, _as_notice(text, _document_context(text, ctx))))


def _issued(text: str, ctx: DateContext) -> DateContext:
    """ctx with ``issued``: the day a paragraph near the top opens with, in a sentence telling a
    notice was issued (10月5日，某县指挥部发布第8号公告). A report that retells a notice gives its
    day there; the notice's items name other days (a stay since 9月28日, a rule from 10月6日)
    that are no day it was issued on. A signed notice's own date comes first."""
    if ctx.signed:
        return ctx
    m = _ISSUED_RE.search(text, 0, int(vocab()["document"]["dateline_chars"]))
    found = find_dates(m.group("d"), ctx, None) if m else []
    if found and found[0].date is not None and found[0].precision == "exact":
        return replace(ctx, issued=found[0].date)
    return ctx


def _as_notice(text: str, ctx: DateContext) -> DateContext:
    """ctx marked as a notice's when the text's top has a notice's title or formula (a notice
    announces what follows its day; see _near_future)."""
    doc = vocab()["document"]
    return replace(ctx, notice=True) if _NOTICE_RE.search(text, 0, int(doc["dateline_chars"])) else ctx


# The year of days whose year neither the text nor its edition gives: a leap year (2月29日 is a
# day) long before any text the tool reads. Events turn such a day into a month and day only
# (Event.month_day), so the placeholder never reaches a stored date.
YEARLESS = 2000
_YEARLESS_MIDDLE = date(YEARLESS, 7, 2)  # every day of YEARLESS lies nearer to it than the same day a year off


def _yearless(text: str, ctx: DateContext) -> DateContext:
    """ctx whose month-day dates, with no year from anywhere, take the year a title gives alone
    (2022某县全员核酸检测通知), else the one year their weekday notes fit (7月16日(星期六)), else the
    year YEARLESS: their month and day still count (and 28日 after 3月27日 is 3月28日)."""
    if ctx.edition_date is not None or ctx.today is not None or ctx.written:
        return ctx
    doc = vocab()["document"]
    tm = re.search(doc["title_year"], text[:int(doc["dateline_chars"])])
    year = int(tm.group("y")) if tm else _weekday_year(text) or YEARLESS
    return replace(ctx, written=(_YEARLESS_MIDDLE.replace(year=year),))


def _weekday_year(text: str) -> int | None:
    """The one year of ``weekday_years`` in which every month-day the text writes with its
    weekday (7月16日(星期六), 5月3日周二) falls on that weekday: a notice's timetable names the
    weekdays of its days, and they name its year. None when no such note is written, or when
    the notes fit no year or several."""
    years: set[int] | None = None
    weekdays = vocab()["weekdays"]
    for m in _WEEKDAY_DATE.finditer(text):
        mo, dd = cn_int(m.group("m")) or 0, cn_int(m.group("d")) or 0
        fit = {y for y in vocab()["weekday_years"]
               if (c := _safe_date(y, mo, dd)) is not None and c.isoweekday() == weekdays[m.group("w")]}
        years = fit if years is None else years & fit
        if not years:
            return None
    return next(iter(years)) if years is not None and len(years) == 1 else None


def _document_context(text: str, ctx: DateContext) -> DateContext:
    """document_context before the placeholder year."""
    ctx = _with_published(text, _with_written(text, ctx))
    doc = vocab()["document"]
    dateline_re, signature_re, effective_re = _document_res()
    em = effective_re.search(text)
    found = find_dates(em.group("d"), ctx, None) if em else []
    if found and found[0].date is not None:
        return replace(ctx, today=found[0].date, signed=True)
    tail = text[-2000:].rstrip().split("\n")
    lines = [ln.strip() for ln in tail if ln.strip()][-int(doc["signature_lines"]):]
    for line in reversed(lines):
        if _SIGNATURE_NEEDS and not any(c in line for c in _SIGNATURE_NEEDS):
            continue  # no character every signature holds (年): neither match below can succeed
        # (…特此通告。甲县指挥部 2022年10月5日: a mirror ran the signature into the last paragraph)
        sm = signature_re.match(line) or signature_re.match(line[max(line.rfind(c) for c in _STOPS) + 1:])
        found = find_dates(sm.group("d"), ctx, None) if sm else []
        if found and found[0].date is not None:
            d = found[0].date
            if ctx.edition_date is None:
                return replace(ctx, edition_date=d, edition_precision="approximate", today=d, signed=True)
            return replace(ctx, today=d, signed=True)
    dm = dateline_re.search(text, 0, int(doc["dateline_chars"]))
    found = find_dates(dm.group("d"), ctx, None) if dm else []
    if not found:  # no dateline: a reporter's scene near the top (2月10日上午，记者在…看到) is one
        sm = _SCENE_RE.search(text, 0, int(doc["dateline_chars"]))
        found = find_dates(sm.group("d") or sm.group("d2"), ctx, None) if sm else []
    if found and found[0].date is not None:
        return replace(ctx, today=found[0].date)
    return ctx


# a year as the grammar writes it (2022年, 二〇二二年, 2022-04-03, with full-width digits too):
# four digits right before 年 or an ISO separator. Any date expression holding four digits
# in a row holds its year this way (month, day and hour fields have at most three, and
# are separated by 月/日/时), so a text without such a year has no dated year to collect.
_WRITTEN_YEAR = re.compile(r"[0-9\uff10-\uff19〇零一二三四五六七八九○]{4}[年\-/.]")
def _with_published(text: str, ctx: DateContext) -> DateContext:
    """Where the edition date is unknown, the page's own publication stamp (发布时间：…,
    2022-11-17 18:09 来源：…) stands in for it, approximately: it gives yearless days their
    year. A signature date found later still replaces it."""
    if ctx.edition_date is not None:
        return ctx
    top = text[:int(vocab()["document"]["stamp_chars"])]
    stamp = next((d.date for d in find_dates(top, ctx, None) if d.meta and d.date is not None), None)
    return replace(ctx, edition_date=stamp, edition_precision="approximate") if stamp else ctx


_STOPS = "。！？"  # sentence ends: a signature run into a paragraph follows the last one


def _with_written(text: str, ctx: DateContext) -> DateContext:
    """ctx with the full dates text writes with their year (not publication metadata)."""
    if not _WRITTEN_YEAR.search(text):  # most articles: skip reading every date a second time
        return ctx
    full = [d for d in find_dates(text, ctx, None)
            if d.date is not None and not d.meta and d.rule.startswith(("ymd", "iso")) and _YEAR_DIGITS.search(d.text)]
    # a span written with both years (2020年1月21日至2022年8月20日24时, a bulletin's running
    # total since the first case) writes its end day in full too
    ends = [d.end_date for d in full if d.end_date is not None and len(_YEAR_DIGITS.findall(d.text)) > 1]
    years = tuple(dict.fromkeys([d.date for d in full if d.date is not None] + ends))
    return replace(ctx, written=years) if years else ctx


_YEAR_DIGITS = re.compile(r"[0-9〇零一二三四五六七八九○]{4}")


def resolve(expr_text: str, ctx: DateContext, anchor: date | None) -> DateMention | None:
    """Resolve one expression as written (the first date expression found in it)."""
    found = find_dates(expr_text, ctx, anchor)
    return found[0] if found else None


# Built once at import from the shipped dates.toml, never changed after
_VOCAB = vocabulary.load("dates")
_GRAMMAR = _build_compiled()
_GRAMMAR_STARTS = re.compile(f"[{re.escape(_grammar_starts())}]")  # may_hold_dates
_FUTURE_CUES = _build_future_cues()
_META_CUES = _build_meta_cues()
_DOCUMENT_RES = _build_document_res()
_SIGNATURE_NEEDS = needed_chars(_VOCAB["document"]["signature"])  # a line holding none of them signs nothing
# a month-day with its weekday right after it, bracketed or not (7月16日(星期六), 7月16日周六)
_WEEKDAY_DATE = _build_weekday_date()
_SCENE_RE = re.compile(_VOCAB["document"]["scene"])
_NOTICE_RE = re.compile(_VOCAB["document"]["notice"])
_ISSUED_RE = re.compile(_VOCAB["document"]["issued"])
_WEEKDAY_NOTE = _build_weekday_note()
_RECURRING_WEEKDAYS = _build_recurring_weekdays()
# word lists asked first with one str.startswith/endswith (most dates have none of them)
_TYPOS = tuple((re.compile(row["pattern"]), row["mend"]) for row in _VOCAB.get("typos", {}).values())
_CONNECTORS = tuple(_VOCAB["connectors"])
_AS_OF = tuple(_VOCAB["as_of"])
_UNTIL = tuple(_VOCAB["until"])
_START_WORDS = tuple(_VOCAB["start_suffix"])
_EDITION_WORDS = tuple(w for w, (base, _off) in _VOCAB["relative_days"].items() if base == "edition")
_PLANNED_END = (tuple(_VOCAB["planned_end"]["before"]), tuple(_VOCAB["planned_end"]["after"]),
                tuple(_VOCAB["planned_end"].get("deadline_after", ())))


__all__: list[str] = ["YEARLESS", "DateMention", "cn_int", "document_context", "find_dates", "may_hold_dates",
                       "moves_anchor", "resolve", "table"]
