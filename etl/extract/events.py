"""Extract epidemic-control events from one article's normalised text.

Reading order matters in news text: a sentence often gives no date or place of its own
and relies on what came before (天色渐亮,…实施封闭管理 happens on the 4月3日 stated two
sentences earlier, 辖区 is the community the article is about). So the extractor reads
sentences in order, carrying the latest date and the places mentioned so far, and for
each trigger word of the taxonomy decides whether it is a real measure (not negated,
hypothetical, quoted, a list of tasks or a slogan), where it applies and when.

Ends of measures (解除/解封/恢复正常…) are represented on the lockdown they end: the
``end`` of the open lockdown events of the same county in the article is set. If the
article reports no such lockdown, a lockdown event of kind ``"lifted"`` is emitted with
``start=None`` and ``end`` = the date of lifting (only for explicit 解除/解封 cues; vague
ones such as 恢复正常 need an open lockdown in the article).
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from etl.extract import taxonomy as tx
from etl.extract.dates import YEARLESS, DateMention, cn_int, document_context, find_dates, may_hold_dates, moves_anchor
from etl.extract.dates import vocab as date_vocab
from etl.extract.model import DateContext, Event, Place, PlaceMention, Precision
from etl.extract.normalise import FULLWIDTH_DIGITS
from etl.extract.places import county_of as _county
from etl.extract.places import for_events, primary_county
from etl.extract.spans import Occurrences
from etl.extract.tuning import EventTuning

if TYPE_CHECKING:
    from etl.extract.context import ExtractionContext

_FW_DIGITS = FULLWIDTH_DIGITS
_FW_DIGIT_RE = re.compile("[\uff10-\uff19]")  # whether _FW_DIGITS changes anything
# a topic tag (#某市全员居家一周#) is a title of its own: the date after it starts the report
_SENT_END = re.compile(r"[。！？!?]+[”’」』）)\"']*|……[”’」』）)\"']*(?=\n|$)|\n"
                       r"|(?<![0-9A-Za-z#])#[\u4e00-\u9fff][^#\n。！？]{1,40}#")
_CLAUSE_MARKS = frozenset("，,；;：:。！？!?\n")
_OPEN_Q = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_SPEECH_MARKS = frozenset("，,。！!？?；;：:…")
# the only characters quoted_mask acts on: openers, closers, line ends
_QUOTE_EVENTS = re.compile("[" + re.escape("".join(_OPEN_Q) + "".join(_OPEN_Q.values()) + '"\n') + "]")
# a quoted list of measure terms is split by these; any other speech mark makes it speech
_LIST_SEP_RE = re.compile("[、，,]")
# (and the words of a speaker: pronouns and particles, “我们不怕，足不出户，一定能挺过去”)
_LIST_STOP_RE = re.compile("[" + re.escape("".join(sorted(_SPEECH_MARKS - {"，", ","}))) + "我你您咱俺吧啊呀呢吗嘛哦]")
_SPEECH_RE = re.compile("[" + re.escape("".join(sorted(_SPEECH_MARKS))) + "]")
_OWN_DEIXIS = "我本"  # 我市, 本县: the article's own place at that level
_CITY_PEERS = frozenset({"prefecture", "county"})  # levels a list of places may mix as equals
_LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2, "town": 3, "community": 4, "sub": 5}
_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "I": 1, "II": 2, "III": 3, "IV": 4}
_ROUND_ONLY = frozenset({"mass_testing"})  # the types told by a sentence of a round alone
_QUANT_FIELDS = ("people", "count", "round", "sampling_points", "level")


def missing_quantities(into: Event, source: Event) -> dict[str, Any]:
    """The quantities ``into`` lacks and ``source`` has: the one merge of two reports of an event."""
    return {f: getattr(source, f) for f in _QUANT_FIELDS if getattr(into, f) is None and getattr(source, f) is not None}


# ------------------------------------------------------------------- text helpers ------


def split_sentences(text: str, tax: tx.Taxonomy) -> list[tuple[int, int]]:
    """[start, end) of each sentence (closing quotes stay with their sentence), trimmed.

    A leading dateline (本报讯（记者…）) is a sentence of its own, so that evidence starts
    with the report itself.
    """
    dateline = tax.dateline_re
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        end = m.end() if m.group(0) != "\n" else m.start()
        spans.append((pos, end))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            d = dateline.match(text, s, e)
            if d and d.end() < e:
                out.append((s, d.end()))
                s = d.end()
                while s < e and text[s].isspace():
                    s += 1
            out.append((s, e))
    return out


def quoted_mask(text: str, briefing: re.Pattern[str] | None = None) -> bytearray:
    """1 for characters inside quoted speech; quotes never run past the end of a line.

    Short quoted terms without clause punctuation (“足不出户”) stay unmasked: newspapers
    quote the names of measures as often as they quote people. So is an official's word at a
    briefing (``briefing`` in the quote's sentence: “从今天起，对甲区开展检测。”在新闻发布会上，
    …说): the measure announced, as a notice would.
    """
    mask = bytearray(len(text))
    close: str | None = None
    start = 0
    for q in _QUOTE_EVENTS.finditer(text):  # other characters never change the state
        i, ch = q.start(), q.group()
        if close is None:
            if ch in _OPEN_Q:
                close, start = _OPEN_Q[ch], i
            elif ch == '"':
                close, start = '"', i
        elif ch == close:
            # speech or a pledge, not a quoted term such as “足不出户” or “暂停键”
            # a quoted list of short measure terms (“区域封闭、足不出户、服务上门”, also with
            # commas: “封闭隔离，足不出户，上门服务”) is a measure
            if not _quoted_terms(text, start + 1, i) and (i - start - 1 > 12 or _SPEECH_RE.search(text, start + 1, i)) \
                    and not _at_briefing(text, start, i, briefing):
                mask[start:i + 1] = b"\x01" * (i + 1 - start)
            close = None
        elif ch == "\n":
            close = None  # unbalanced: leave the line unmasked
    return mask


def _at_briefing(text: str, start: int, close: int, briefing: re.Pattern[str] | None) -> bool:
    """Whether the sentence around the quote from start to close (the line's text before it,
    and after it up to the next full stop) names a briefing where the words were said."""
    if briefing is None:
        return False
    far = max(0, start - _BRIEFING_REACH)  # (bounded: a long line of quotes stays linear)
    lo = max(text.rfind("。", far, start), text.rfind("\n", far, start), far - 1) + 1
    stop = min(len(text), close + 1 + _BRIEFING_REACH)
    ends = [j for j in (text.find("。", close + 1, stop), text.find("\n", close + 1, stop)) if j >= 0]
    hi = min(ends) if ends else stop
    return briefing.search(text, lo, start) is not None or briefing.search(text, close + 1, hi) is not None


_BRIEFING_REACH = 120  # characters of the quote's sentence read on each side for a briefing's name


def _quoted_terms(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] is a short list of measure terms, split by 、 or commas and with no
    other speech mark nor a speaker's word: a quoted name of measures, not quoted speech
    (“好，我们马上去。”)."""
    if hi - lo > 24 or _LIST_STOP_RE.search(text, lo, hi):
        return False
    return all(0 < len(t) <= 6 for t in _LIST_SEP_RE.split(text[lo:hi]))


_CLAUSE_MARK_RE = re.compile("[" + re.escape("".join(sorted(_CLAUSE_MARKS))) + "]")


def clause_marks(text: str) -> list[int]:
    """Offsets of every clause mark in text, for :func:`_clause_bounds` (once per article)."""
    return [m.start() for m in _CLAUSE_MARK_RE.finditer(text)]


def _clause_bounds(marks: list[int], pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause (between commas/semicolons/stops) around pos, within [lo, hi).

    ``marks`` are the clause marks of the text (:func:`clause_marks`).
    """
    i = bisect.bisect_left(marks, pos)
    s = marks[i - 1] + 1 if i and marks[i - 1] >= lo else lo
    e = marks[i] if i < len(marks) and marks[i] < hi else hi
    return s, e


# ------------------------------------------------------------------- places -------------


def _deixis_before(occ: Occurrences, s: int, clause: tuple[int, int], pos: int, wide: bool) -> tuple[int, int] | None:
    """The deictic word (全市, 该县) before pos in its clause, else (``wide``: the sentence names no
    place before it) in an earlier clause (9日，经全市各方配合，新一轮检测启动)."""
    dm = occ.first("deixis", clause[0], pos)
    return occ.first("deixis", s, clause[0]) if dm is None and wide else dm


def subject_place(mentions: list[PlaceMention], primary: Place | None) -> Place | None:
    """What the article is about: the most mentioned place below county level in the
    primary county (ties: the first mentioned), else the primary county."""
    counts: dict[str, tuple[int, int, Place]] = {}
    for i, m in enumerate(mentions):
        p = m.place
        if _LEVEL_RANK.get(p.level, 0) <= 2:
            continue
        if primary is not None and _county(p) is not None and _county(p) != primary:
            continue
        n, first, _ = counts.get(p.key, (0, i, p))
        counts[p.key] = (n + 1, first, p)
    if counts:
        return max(counts.values(), key=lambda t: (t[0], -t[1]))[2]
    return primary


def _alike(listed: list[Place], base: Place | None) -> bool:
    """Whether the places of a list read before a measure are peers, each a place of it: all of
    one level, or counties and cities side by side (甲市乙县、丙市、丁市戊区等地均…)."""
    return len(listed) > 1 and base is not None and (
        all(p.level == base.level for p in listed) or all(p.level in _CITY_PEERS for p in listed))


def _at_level(base: Place, level: str, primary: Place | None) -> Place:
    """The place a deictic word (该县, 全校, 辖区) names, seen from base."""
    if level == "county":  # (a city's 全域 names the article's county only if that county is the city's)
        inside = primary is not None and base.key in {a.key for a in primary.lineage}
        return base.ancestor("county") or (primary if inside else None) or base
    if level == "city":
        c = base.ancestor("county")
        if c is not None and c.name.endswith("市"):
            return c
        return base.ancestor("prefecture") or c or base
    if level == "province":
        return base.ancestor("province") or base
    if level == "town":
        return base.ancestor("town") or base
    if level == "community":
        return base.ancestor("community") or base
    return base  # subject, campus


def scope_of(place: Place | None, tax: tx.Taxonomy) -> str | None:
    """Scope from the place type: official levels directly, named places by their ending."""
    if place is None:
        return None
    if place.level == "sub" or not place.official:
        for suffix, scope in tax.scope_suffix:
            if place.name.endswith(suffix):
                return scope
        return "other" if place.level == "sub" else tax.scope_levels.get(place.level, "other")
    return tax.scope_levels.get(place.level, "other")


# ------------------------------------------------------------------- extractor ----------


@dataclass
class _Reader:
    """State carried through an article in reading order."""

    text: str
    scan: str  # text with ASCII digits, same offsets
    mentions: list[PlaceMention]
    starts: list[int]
    ctx: DateContext
    tax: tx.Taxonomy
    tuning: EventTuning
    quoted: bytearray
    marks: list[int]  # clause marks (clause_marks)
    primary: Place | None
    subject: Place | None
    last_date: DateMention | None = None  # most recent date mention before the sentence
    anchor: date | None = None  # most recent exact date
    group: tuple[int, int] | None = None  # [first, last] mention indices place_for took from the clause
    head_end: int = 0  # end of the leading headline lines (0: none)
    sent_start: int = 0  # the sentence being read
    sent_end: int = 0
    occ: Occurrences | None = None  # cue words of the sentence being read (one scan each)
    chain: list[int] = field(default_factory=list)  # chain[k]: first mention coordinated with k
    in_primary: list[int] = field(default_factory=list)  # last mention index <= k in the primary county
    tied: dict[str, PlaceMention | None] = field(default_factory=dict)  # _tied_inside per city, this sentence
    groups: dict[tuple[int, int], list[Place]] = field(default_factory=dict)  # group_places, this sentence
    void: list[tuple[int, int]] | None = None  # cited titles and denied quoted claims, this sentence
    written: dict[str, str] = field(default_factory=dict)  # place key -> name as the article writes it
    listed_before: list[Place] = field(default_factory=list)  # counties listed before their measure
    listed_end: int = 0  # where the last of them ends
    listed_on: DateMention | None = None  # the last date of the text when the list began
    listed_start: int = 0  # where its first place is written
    in_trail: bool = False  # reading a case's movements: their dates are not carried on
    last_told: frozenset[str] = frozenset()  # the types of measure the sentence of last_date told
    designated: list[Place] = field(default_factory=list)  # counties of the last designated zone list

    def place_for(self, s: int, e: int, pos: int, clause: tuple[int, int],
                  take_listed: bool = True) -> tuple[list[Place], str]:
        """Where a trigger at pos applies, and how (may it take a list read before, a 全市 of an earlier clause)."""
        ms, text, occ = self.mentions, self.text, self.occ
        assert occ is not None
        lo = bisect.bisect_left(self.starts, clause[0])
        hi = bisect.bisect_left(self.starts, clause[1])
        at = min(hi, bisect.bisect_left(self.starts, pos))  # mentions lo..at-1 start before pos
        last = _last_ending_by(ms, lo, at, pos)
        self.group = None
        if spread := _spread_list(self, s, e, clause, pos, last is not None, max(lo, at) < hi):
            return spread, "clause"
        if last is not None:
            self.group = (self.chain[last], last)
            up = occ.first("scope_up", ms[last].end, pos)
            if up is not None:
                # 永定区全员核酸检测 全市小区实行封闭管理: 全市 is the city of 永定区, not 永定区
                level = self.tax.deixis.get(text[up[0]:up[1]], "county")
                p = ms[last].place
                if _LEVEL_RANK.get(p.level, 0) > (1 if level == "city" else 2):
                    target = _at_level(p, level, None)
                    if target is not p:
                        self.group = None
                        return [target], "deixis"
            return self.group_places(*self.group), "clause"
        nxt = max(lo, at)
        if nxt < hi:
            intro = _introduced_list(self, pos, nxt, clause[1])
            self.group = (nxt, bisect.bisect_left(self.starts, intro[-1].start) if intro else nxt)
            return ([pm.place for pm in intro] or [ms[nxt].place]), "clause"
        s_lo = bisect.bisect_left(self.starts, s)
        prev = _last_ending_by(ms, s_lo, lo, pos)
        base = ms[prev].place if prev is not None else None
        # 甲区、乙区、丙县发布通告，…对全区居民开展核酸检测: each place of the list, alike
        listed = self.group_places(self.chain[prev], prev) if prev is not None else []
        alike = _alike(listed, base)
        dm = _deixis_before(occ, s, clause, pos, base is None)
        if dm is not None:
            level = self.tax.deixis[text[dm[0]:dm[1]]]
            # 辖区 and 我市/本县 name the article's own place, not whatever the sentence
            # mentioned last (经山西省卫健委通报，我市共确诊2例)
            own = level == "subject" or text[dm[0]] in _OWN_DEIXIS
            if alike and not own and base is not None and base.level == "county" and level == "county":
                return listed, "deixis"
            root = self.subject if own else (base or self.subject)
            if root is not None:
                return [_at_level(root, level, self.primary)], "deixis"
        if base is not None and prev is not None:
            return _sentence_places(text, s, ms[prev], clause[0], listed if alike else [base])
        if _list_follows(self, e):  # …以下区域实行静默管理：\n1.甲区\n2.乙县: the lines below say where
            return [], "none"
        if take_listed and (listed_before := _listed_for(self, s)):
            return listed_before, "listed"  # 包括甲区、乙区、丙县。…起实施封控: the list read just before
        # the most recent place mentioned earlier in the article, within the article's county
        k = self.in_primary[s_lo - 1] if s_lo else -1
        if k >= 0:
            return [_city_told_after(self, k, s_lo) or ms[k].place], "article"
        if self.subject is not None:
            return [self.subject], "subject"
        return [], "none"

    def since_clause(self, d: DateMention) -> bool:
        """Whether d opens a time clause that a period starts in (自10月3日甲县出现疫情以来，), or
        starts a period right before 以来 inside its clause: the backdrop of what the sentence
        reports, not the day of a measure told after it."""
        lo, hi = _clause_bounds(self.marks, d.start, self.sent_start, self.sent_end)
        cues = self.tax.cue_words
        opens = cues.get("case_since_open", ())  # 自 opening the clause, or right before the date (这是自…以来)
        ends = cues.get("since_clause_end", ())
        # 从12月26日以来出现病例的小区: the period's start right before 以来 bounds a noun's period
        return ((self.scan.startswith(opens, lo) or self.scan.endswith(opens, lo, d.start))
                and (self.scan.endswith(ends, lo, hi) or (bool(ends) and self.scan.startswith(ends, d.end))))

    def aside_date(self, d: DateMention, pos: int) -> bool:
        """Whether d stands in a bracket of the sentence that pos is outside of and that tells more
        than the date (甲县在(3日某次列车)同乘人员中发现阳性): a detail of the noun the aside
        explains, not the day of the word before or after it. 周五(16日) only restates a day."""
        lo, hi = self.sent_start, self.sent_end
        opened = max(self.scan.rfind(c, lo, d.start) for c in _BREAKDOWN_OPEN)
        if opened < 0 or any(c in self.scan[opened:d.start] for c in _BREAKDOWN_CLOSE):
            return False
        closes = [i for i in (self.scan.find(c, d.end, hi) for c in _BREAKDOWN_CLOSE) if i >= 0]
        if not closes or opened < pos <= min(closes):
            return False
        return opened + 1 < d.start or d.end < min(closes)

    def cause_clause(self, d: DateMention) -> bool:
        """Whether d stands in a clause that tells the cause (由于6日甲县发现1例阳性，因此…实施静默
        管理): the day of the finding, not of the measure told after it."""
        lo, _ = _clause_bounds(self.marks, d.start, self.sent_start, self.sent_end)
        return self.scan.startswith(self.tax.cue_words.get("cause_open", ()), lo, d.start)

    def claimed(self, sd: _SentenceDates, d: DateMention, pos: int) -> bool:
        """Whether another trigger than the one at pos stands in the clause of date d."""
        lo, hi = _clause_bounds(self.marks, d.start, self.sent_start, self.sent_end)
        i = bisect.bisect_left(sd.triggers, lo)
        return any(t != pos for t in sd.triggers[i:i + 3] if t < hi)

    def group_places(self, first: int, last: int) -> list[Place]:
        """The places of mentions first..last, built once per sentence (a list of a hundred
        counties is read by every trigger after it)."""
        got = self.groups.get((first, last))
        if got is None:
            ms = self.mentions[first:last + 1]
            # 甲区乙街道丙小区、丁区戊街道己小区: each written path counts by its deepest place
            # 甲县(含乙镇)、丙县: the town in the bracket is a note on its county, counted once
            got = self.groups[(first, last)] = [
                m.place for m, n, b in zip(ms, [*ms[1:], None], [None, *ms[:-1]], strict=True)
                if (n is None or not _above(m, n)) and not _bracketed_in(self.text, b, m)]
        return got

    def asked(self, clause: tuple[int, int]) -> bool:
        """Whether the clause asks (cues question) in a sentence that ends in a question mark."""
        cue, end = self.tax.cue_re.get("question"), self.sent_end
        while end > self.sent_start and self.scan[end - 1].isspace():
            end -= 1
        # the sentence's last mark first (no copy of it; most sentences ask nothing), then the clause
        return cue is not None and self.scan[end - 1:end] in ("？", "?") and cue.search(self.scan, *clause) is not None

    def blocked(self, s: int, pos: int, end: int, clause: tuple[int, int], kind: str | None, counted: bool,
                sd: _SentenceDates) -> str | None:
        """Why a trigger is not a measure (None if it is one)."""
        text, cues, occ = self.text, self.tax.cues, self.occ
        cue = self.tax.cue_re
        assert occ is not None
        # a rumour denied (网传“…全域封城”系谣言): the claim is no measure
        if occ.first("rumour_before", s, pos):
            return "rumour"
        ra = cue["rumour_after"].search(text, end, min(self.sent_end, end + 30))
        if ra is not None:
            return "rumour"
        if self.quoted[pos]:
            return "quoted"
        if self.asked(clause) or ((qp := cue.get("question_particle")) is not None and qp.match(text, end)):
            return "question"  # 当地封控管理如何进行？; 某区封城了吗: asked about, not reported
        if _criterion(self, end, clause) or _under_criteria(self, s, pos):
            return "criterion"  # 居住区被划定为封控区的，暂缓返校: who a rule is for, not a measure
        if _in_void(self, pos, end):
            return "cited"  # 按…《…静默管理的通告》执行; 网上出现“甲县又要静态管理”等信息…为不实信息
        for x in self.tax.exclusions_re.finditer(text, max(s, pos - 8), min(len(text), end + 8)):
            if x.start() <= pos and x.end() >= end:
                return "excluded"
        for x in self.tax.slogan_re.finditer(text, max(s, pos - 3), min(self.sent_end, end + 6)):
            if x.start() <= pos < x.end():
                return "slogan"  # 封控不封爱 服务不打烊: a slogan, not a measure
        if kind != "lifted" and occ.first("negation", clause[0], pos):
            return "negated"
        if text.endswith(self.tax.cue_words.get("negation_right_before", ()), clause[0], pos):
            return "negated"  # 内部不封控: ruled out, right before the measure word
        if occ.first("hypothetical", s, pos):
            return "hypothetical"
        past = occ.first("past", s, pos)
        if past is not None:
            # 此前，…自8月29日起已实施静态管理: an earlier episode that carries its own date
            # is still a dated event; without one it is only a reference
            d = sd.exact_after(past[1])
            if d is None or d.start >= clause[1]:
                return "past"
        # an item of an enumeration of tasks, with no verb making it a measure
        tail = end
        if text.startswith(self.tax.cue_words["item_tail"], tail):  # most triggers: one test in C
            for t in cues["item_tail"]:
                if text.startswith(t, tail):
                    tail += len(t)
                    break
        marks = cues["list_marks"]
        # 一、静态管理时间：… — the 、 of a heading's number opens a part, not a list of tasks
        # (…、第二轮时间为10月17日: an ordinal opening the trigger numbers a timetable's row)
        numbered = _heading_number(text, s, pos) or text.startswith(_ORDINAL, pos)
        in_list = (pos > 0 and text[pos - 1] in marks and not numbered) or (tail < len(text) and text[tail] in marks)
        ordered = text.endswith(self.tax.cue_words["order_before"], max(s, pos - 2), pos)  # 均不出户、不聚集
        # 对乙镇两类区域解除封控、管控: what a lifting ends may go on as a list
        if in_list and not counted and not ordered and kind != "lifted" \
                and not occ.first("conduct_verbs", clause[0], pos):
            return "list"
        return None

    def date_for(self, sd: _SentenceDates, pos: int,
                 clause: tuple[int, int]) -> tuple[DateMention | None, DateMention | None, str]:
        """(start date mention, end-bound mention, how): own date first, else inherited.

        Own dates are taken from the trigger's clause first (…获悉，甲县第四轮检测已于3月3日
        …完成), then the sentence: the latest one before it unless that one belongs to another
        trigger's clause and a date follows (9月27日甲县发现1例阳性，乙区决定开展检测，请居民于
        9月28日…). A metadata timestamp (``sd.metas``) is a barrier: a headline run into
        ``2021-08-03 10:25 来源：…`` and the body takes no date from across it.
        """
        k = bisect.bisect_left(sd.metas, pos)
        meta_before = sd.metas[k - 1] if k else -1  # dates starting at or before it are cut off
        meta_after = sd.metas[k] if k < len(sd.metas) else None  # dates starting after it are cut off
        i = bisect.bisect_left(sd.until_starts, pos)
        until = sd.untils[i] if i < len(sd.untils) else None
        if until is not None and meta_after is not None and until.start > meta_after:
            until = None
        i = bisect.bisect_right(sd.own_ends, pos) - 1
        while i >= 0 and sd.own[i].start < clause[0] and (self.since_clause(sd.own[i]) or self.cause_clause(sd.own[i])):
            i -= 1  # 自10月3日甲县出现疫情以来，…开展检测: the period's start is no day of the measure
        while i > 0 and self.aside_date(sd.own[i], pos):
            i -= 1  # 5日，甲县在(3日某次航班)同机人员中发现阳性: the aside's day dates its own noun
        prev = sd.own[i] if i >= 0 and sd.own[i].start > meta_before else None
        i = bisect.bisect_left(sd.own_starts, pos)
        while prev is not None and i < len(sd.own) and self.aside_date(sd.own[i], pos):
            i += 1
        nxt = sd.own[i] if i < len(sd.own) and (meta_after is None or sd.own[i].start <= meta_after) else None
        if prev is not None and prev.start >= clause[0]:
            return prev, until, "own"
        if nxt is not None and nxt.start < clause[1]:
            return nxt, until, "own"
        if prev is not None and not (nxt is not None and self.claimed(sd, prev, pos)):
            return prev, until, "own"
        if nxt is not None and not self.claimed(sd, nxt, pos):
            return nxt, until, "own"
        if self.last_date is not None:
            return self.last_date, until, "inherited"
        return None, until, "none"


@dataclass(slots=True)  # not frozen: one per sentence, and a frozen __init__ pays a call per field
class _SentenceDates:
    """The dates of one sentence, indexed once so that each trigger's questions are bisects."""

    dms: list[DateMention]
    metas: list[int]  # starts of metadata dates (barriers)
    own: list[DateMention]  # dates that are not bare end bounds
    own_starts: list[int]
    own_ends: list[int]
    untils: list[DateMention]
    until_starts: list[int]
    triggers: list[int]  # starts of the trigger words of the sentence
    exact: list[DateMention]  # exact, resolved dates
    exact_ends: list[int]
    any_exact: bool  # some date of the sentence is exact (even if unresolved)

    @classmethod
    def of(cls, dms: list[DateMention], metas: list[int], triggers: list[int]) -> _SentenceDates:
        if not dms:  # most sentences with a trigger word have no date
            return cls(dms, sorted(metas), [], [], [], [], [], triggers, [], [], False)
        own = [d for d in dms if not d.until]
        untils = [d for d in dms if d.until]
        exact = [d for d in dms if d.precision == "exact" and d.date is not None]
        return cls(dms, sorted(metas), own, [d.start for d in own], [d.end for d in own], untils,
                   [d.start for d in untils], triggers, exact, [d.end for d in exact],
                   any(d.precision == "exact" for d in dms))

    def exact_after(self, pos: int) -> DateMention | None:
        """The first exact date ending after pos."""
        i = bisect.bisect_right(self.exact_ends, pos)
        return self.exact[i] if i < len(self.exact) else None

    def latest_before(self, pos: int, than: date, lookback: int = 8) -> date | None:
        """The latest date ending by pos that is earlier than ``than`` (bounded look-back)."""
        i = bisect.bisect_right(self.dms, pos, key=lambda d: d.end)
        for d in reversed(self.dms[max(0, i - lookback):i]):
            if d.date is not None and d.date < than:
                return d.date
        return None


_CRITERION_END = re.compile(r"[”’\"]*的$")


def _criterion(r: _Reader, end: int, clause: tuple[int, int]) -> bool:
    """A clause closed by 的 right after the measure word (…或居住区被划定为“封控区”的，或…的，暂不返校):
    it names whom a rule covers, a condition, not a measure taken."""
    tail_end, head, reach = clause[1], clause[0], r.tax.reach["criterion_tail"]
    if head >= 2 and r.text[head - 1] in "，," and r.text[head - 2] == "的" and end - head <= reach:
        return True  # …或被判定为密切接触者的，暂不返校: the rule of whoever meets the condition before
    return 0 <= tail_end - end <= reach and tail_end < len(r.text) and r.text[tail_end] in "，,；;" \
        and _CRITERION_END.search(r.text, end, tail_end) is not None and "的" not in r.text[end:tail_end - 1] \
        and not _bracket_open(r.text, end, tail_end)


def _under_criteria(r: _Reader, s: int, pos: int) -> bool:
    """Whether a heading earlier in the sentence lists conditions the measure is for (有下列情形之一
    的…暂缓返校, …情况之一的，实行居家隔离): whoever meets one of them, not a measure taken."""
    return ("criterion_heading" in r.tax.cue_re and r.occ is not None
            and r.occ.first("criterion_heading", s, pos) is not None)


def _bracket_open(text: str, lo: int, hi: int) -> bool:
    """Whether a bracket opened in [lo, hi) is still open at hi: a 的 there closes the aside's own
    condition (不得外出(确有就医需求的，可联系社区)), not the clause of the measure word."""
    return sum(text.count(c, lo, hi) for c in "(（") > sum(text.count(c, lo, hi) for c in ")）")


_QUOTE_PAIR = re.compile("“[^“”\n]*”")


def _in_void(r: _Reader, pos: int, end: int) -> bool:
    """Whether the trigger [pos, end) lies inside a stretch of its sentence that reports no
    measure (_void_spans), found with one scan per sentence."""
    if r.void is None:
        r.void = _void_spans(r, r.sent_start, r.sent_end)
    i = bisect.bisect_right(r.void, (pos, len(r.text))) - 1
    return i >= 0 and r.void[i][0] <= pos and end <= r.void[i][1]


def _void_spans(r: _Reader, s: int, e: int) -> list[tuple[int, int]]:
    """The title of a document cited for its rules (按…印发的《某县静默管理实施方案》办理)
    and a quoted claim the words after it deny (“甲县又要静态管理”…的传言, …该信息为不实信息,
    also in the next sentence): measure words there are no measure."""
    text, out = r.text, []
    if text.find("《", s, e) >= 0:  # a cited title opens with 《 (as read below): most sentences hold none
        for x in r.tax.cited_title_re.finditer(text, s, e):
            out.append((text.rfind("《", x.start(), x.end()), x.end()))
    denied = r.tax.cue_re.get("claim_denied_after")
    if denied is not None and text.find("“", s, e) >= 0:  # every claim is quoted (_QUOTE_PAIR)
        out += [q.span() for q in _QUOTE_PAIR.finditer(text, s, e)
                if denied.search(text, q.end() - 1, min(len(text), q.end() - 1 + r.tax.reach["claim"]))]
    return sorted(out)


def _heading_number(text: str, s: int, pos: int) -> bool:
    """Whether a part's number (一、 / 3、) opening its line, its sentence or what follows a
    colon ends right at pos."""
    j = pos - 1
    if j <= s or text[j] != "、":
        return False
    while j > s and text[j - 1] in _NUMERALS and pos - j <= 4:
        j -= 1
    return pos - 1 - j in (1, 2, 3) and (j == s or text[j - 1] in _PART_OPENERS)


_NUMERALS = "一二三四五六七八九十0123456789"
_ORDINAL = "第"
_PART_OPENERS = "\n：:。；; "


def _last_ending_by(ms: list[PlaceMention], lo: int, hi: int, pos: int) -> int | None:
    """Index of the last of ms[lo:hi] (all starting before pos) that ends by pos.

    Mentions are sorted by start; only mentions spanning pos are stepped over.
    """
    for i in range(hi - 1, lo - 1, -1):
        if ms[i].end <= pos:
            return i
    return None


_CLAUSE_OPENERS = "，,。；;：:\n"  # what may stand right before a clause's first word


def _chains(text: str, ms: list[PlaceMention], tax: tx.Taxonomy) -> list[int]:
    """For each mention, the first mention of the run joined to it by 、/和/及/与
    (太行东街南三巷、坞城东延路段): one pass, so every trigger reads its group in O(1)."""
    chain = list(range(len(ms)))
    zone_gap, count_gap, most = tax.zone_gap_re, tax.count_gap_re, tax.reach["list_gap"]
    for k in range(1, len(ms)):
        gap = text[ms[k - 1].end:ms[k].start]
        if (gap in ("、", "和", "及", "与", "以及")
                or zone_gap.fullmatch(gap)  # bounded by its own pattern (up to three zones)
                or (len(gap) <= most and (_ALIAS_GAP.fullmatch(gap) or count_gap.fullmatch(gap)))
                or (chain[k - 1] != k - 1 and _above(ms[k - 1], ms[k]))
                or ((gap in ("，", ",") or _parallel_object(text, gap, ms[k].end, tax))
                    and _bare_run(text, ms, chain[k - 1]))):
            chain[k] = chain[k - 1]
    return chain


def _parallel_object(text: str, gap: str, after: int, tax: tx.Taxonomy) -> bool:
    """甲县对全县居民，乙县对城区居民开展检测: two places, each with its own 对 object and no verb
    of its own before the comma, share the one verb that follows: one list."""
    return (len(gap) <= _PARALLEL_GAP and gap.startswith("对") and not gap.startswith(("对此", "对于"))
            and gap.endswith(("，", ","))
            and not any(c in gap[:-1] for c in _CLAUSE_OPENERS) and text.startswith("对", after)
            and tax.cue_re["conduct_verbs"].search(gap) is None)


_PARALLEL_GAP = 30  # the longest 对 object read as one part of a parallel list


def _bare_run(text: str, ms: list[PlaceMention], first: int) -> bool:
    """A run of places that opens its clause and fills it up to a comma (甲县乙镇、丙县，丁县实施
    封控): a clause with no verb of its own, the first part of one list, so the comma joins it."""
    while first > 0 and ms[first - 1].end == ms[first].start:  # a written path (甲县乙镇) opens it
        first -= 1
    start = ms[first].start
    return start == 0 or text[start - 1] in _CLAUSE_OPENERS


def _above(m: PlaceMention, n: PlaceMention) -> bool:
    """Whether n, written right after m, is a place inside m (小店区北营街道)."""
    return n.start == m.end and m.place.key in {a.key for a in n.place.lineage[:-1]}


def _bracketed_in(text: str, m: PlaceMention | None, n: PlaceMention) -> bool:
    """Whether n is a place inside m written in a bracket after it (甲县(含乙镇)、丙县): a note
    on the list member m, which the list counts once."""
    return (m is not None and text[m.end:m.end + 1] in ("(", "（") and n.start - m.end <= 4
            and m.place.key in {a.key for a in n.place.lineage[:-1]})


# 甲区、高新区(乙区)、经开区(丙区)、丁区: a zone's name with its official district in brackets
_ALIAS_GAP = re.compile(r"[)）]?(?:、|和|及|与|以及)[^\s、，,。；;()（）]{1,6}[(（]|[)）](?:、|和|及|与|以及)")


def _in_primary(ms: list[PlaceMention], primary: Place | None) -> list[int]:
    """For each k, the last mention index <= k inside the primary county (-1: none)."""
    out, last = [], -1
    for k, m in enumerate(ms):
        if primary is None or _county(m.place) == primary:
            last = k
        out.append(last)
    return out


def _people(m: re.Match[str]) -> int | None:
    n = float(m.group("n"))
    return int(n * 10000) if m.group("wan") else int(n)


def _one_rechecked(r: _Reader, m: re.Match[str], s: int) -> bool:
    """Whether a case word with no count of its own follows a recheck in its sentence (经复核阳性,
    该村民复核阳性) of one person the text counted just before, telling that person's first
    result (1名村民核酸检测结果异常): the case of that one person, on the recheck's day."""
    one, reach = r.tax.quantity.get("one_counted"), r.tax.reach.get("recheck_person")
    if one is None or reach is None or r.occ is None or "preliminary_confirmed" not in r.occ.patterns:
        return False
    check = r.occ.first("preliminary_confirmed", s, m.end())
    return check is not None and one.search(r.scan, max(0, s - reach), check[0]) is not None


_OWN_ORDINAL = re.compile(r"第([0-9]+|[一二三四五六七八九十]+)(?:轮|次)")


def _quantities(r: _Reader, trig: tx.Trigger, m: re.Match[str], s: int, e: int,
                clause: tuple[int, int]) -> dict[str, int | None]:
    """Quantities the sentence gives for this trigger."""
    text, q, occ = r.scan, r.tax.quantity, r.occ
    assert occ is not None
    out: dict[str, int | None] = {}
    if trig.type == "mass_testing":
        near = occ["q_people"].nearest(m.start(), s, e)
        pm = q["people"].match(text, near[0], near[1]) if near else None
        out["people"] = _people(pm) if pm else None
        # 第一次采样时间为…，第二次采样时间为…: each trigger takes the round of its own clause
        first = occ["q_round"].nearest(m.start(), clause[0], clause[1]) or occ.first("q_round", s, e)
        rm = q["round"].match(text, first[0], first[1]) if first else None
        own = _OWN_ORDINAL.match(m.group())  # 第二轮将于10日开展: the trigger names its round
        if own:
            out["round"] = cn_int(own.group(1))
        elif rm:
            out["round"] = 1 if rm.group("first") else cn_int(rm.group("n"))
        first = occ.first("q_points", s, e)
        sm = q["sampling_points"].match(text, first[0], first[1]) if first else None
        if sm:
            out["sampling_points"] = cn_int(sm.group("n") or sm.group("n2"))
    elif trig.type == "case_report":
        cm = q["count_after"].search(text[m.end():min(clause[1], m.end() + 8)])
        if cm is None:  # the pattern reads at most a count and 8 characters before the trigger
            cm = q["count_before"].search(text[max(clause[0], m.start() - 24):m.start()])
        if cm:
            out["count"] = cn_int(cm.group("n") or cm.groupdict().get("n2") or cm.groupdict().get("one") or "")
        elif _one_rechecked(r, m, s):
            out["count"] = 1
    elif trig.type == "emergency_response":
        lv = tx.group(m, "level")
        if lv:
            out["level"] = _ROMAN.get(lv) or cn_int(lv)
    return out


_DISJOINT = frozenset({"q_people", "q_round", "q_points"})


def _cue_patterns(tax: tx.Taxonomy) -> dict[str, re.Pattern[str]]:
    """Every pattern a trigger asks about in its sentence, by name, for :class:`Occurrences`."""
    q = tax.quantity
    extra = {"q_any_count": q["any_count"]} if "any_count" in q else {}
    return {**tax.cue_re, "deixis": tax.deixis_re, "place_tie": tax.residence_re, "part_end": _PART_END,
            "q_people": q["people"], "q_round": q["round"], "q_points": q["sampling_points"], **extra}


def _designation(scan: str, pos: int, tax: tx.Taxonomy) -> bool:
    """封控区有：甲小区、乙楼 — an area word followed by the list of areas it designates."""
    if not scan.startswith(tax.noun_after, pos):  # most triggers: one test in C
        return False
    for w in tax.noun_after:
        if scan.startswith(w, pos):
            return scan.startswith(tax.cue_words["designation_after"], pos + len(w))
    return False


_SUB_ITEM = re.compile(r"[(（][一二三四五六七八九十]{1,3}[)）]|(?<![0-9.．])[0-9]{1,2}[.．、](?![0-9])")
_TOP_ITEM = re.compile(r"(?:^|[\n。；;])\s*[一二三四五六七八九十]{1,3}、")
_HEADING_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}、")


def _designated(r: _Reader, pos: int) -> list[PlaceMention]:
    """The places heading the numbered parts of a designated list after pos.

    一、封控区 (一)甲区 …。(二)乙县 …。二、管控区 …: the mention right after each (一), (二)
    (or 1. 2.) up to the next top-level item, each county once. Empty when the list has no such parts.
    """
    text, ms = r.scan, r.mentions
    stop = _designated_stop(r, pos)
    out: list[PlaceMention] = []
    for sub in _SUB_ITEM.finditer(text, pos, stop):
        i = bisect.bisect_left(r.starts, sub.end())
        if i < len(ms) and ms[i].start == sub.end():
            while i + 1 < len(ms) and ms[i + 1].start == ms[i].end:
                i += 1  # (一)太原市小店区: the last of a chain
            if all(_county(o.place) != _county(ms[i].place) or _county(o.place) is None for o in out):
                out.append(ms[i])
    return out


def _designated_stop(r: _Reader, pos: int) -> int:
    """Where a designated list after pos ends: the next top-level item, or a numbered heading of
    a lower zone even where a web page's lines were run together (…白渔村二、中风险区1.…)."""
    text, far = r.scan, min(len(r.scan), pos + r.tax.reach["designation"])
    top = _TOP_ITEM.search(text, pos, far)
    stop = top.start() if top else far
    lower = r.tax.cue_words.get("lower_zone_opening", ())
    for m in _HEADING_NUMBER.finditer(text, pos, stop):
        if text.startswith(lower, m.end()):
            return m.start()
    return stop


def _announced_list(r: _Reader, e: int, after: int = -1) -> int:
    """Where the 如下： of a list the sentence ending at e announces stands (in that sentence,
    or a 现通告如下 right after it), or -1. Where the list's first lines were run into the
    sentence (…通告如下：一、采样时间5月3日…。), its 如下 stands anywhere after the trigger
    ending at ``after``."""
    lo = after if 0 <= after < e - 3 else e - 3
    at = r.scan.find("如下", lo, e + r.tax.reach["heading"])
    return at if at >= 0 and r.scan.startswith(("：", ":"), at + 2) else -1


def _parts_below(r: _Reader, e: int) -> list[PlaceMention]:
    """The counties heading the parts of the list a sentence announces (…通告如下：一、检测范围
    (一)甲区…(二)乙县…): _designated from the first top-level heading right below it."""
    at = _announced_list(r, e)
    if at < 0:
        return []
    top = _FIRST_HEADING.search(r.scan, at, at + r.tax.reach["heading"])
    return _designated(r, top.end()) if top else []


_PART_END = re.compile(r"[；;。]")


def _day_left_to_later_notice(r: _Reader, h: _Hit, dm: DateMention | None, date_how: str) -> bool:
    """…；丙县对重点区域开展筛查，时间另行通知: the part of the sentence holding the trigger
    leaves its day to a later notice, and no date of its own is written in that part."""
    if not r.tax.serves("later_notice", h.trig.type) or not _left_to_later_notice(r, h.end):
        return False
    last = _last_before(r, "part_end", h.s, h.pos)
    part_start = last[1] if last else h.s
    return not (date_how == "own" and dm is not None and dm.start >= part_start)


def _last_before(r: _Reader, name: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The last match of cue ``name`` lying wholly inside [lo, pos) of the sentence (one index
    per sentence, so asking for every trigger stays linear)."""
    assert r.occ is not None
    return r.occ[name].last(lo, pos)


def _left_to_later_notice(r: _Reader, pos: int) -> bool:
    """…；丙县、丁县结合研判对重点区域筛查，由各县另行通告。: the part of the list after pos
    leaves its measure to a later notice, so its places take no row of this one."""
    if "later_notice_after" not in r.tax.cue_re or r.occ is None:
        return False
    end = r.occ.first("part_end", pos, r.sent_end)  # the list's part ends with the sentence at the latest
    return r.occ.first("later_notice_after", pos, end[0] if end else r.sent_end) is not None


_FIRST_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、")


def _routine_before(occ: Occurrences | None, s: int, e: int, end: int) -> bool:
    """A routine-screening phrase (例行检测) starting before the trigger ends, reaching at
    most 4 characters past it."""
    assert occ is not None
    hit = occ.first("routine", s, min(e, end + 4))
    return hit is not None and hit[0] < end


def _supported(r: _Reader, m: re.Match[str], sd: _SentenceDates, quants: dict[str, int | None],
               clause: tuple[int, int]) -> bool:
    """A weak trigger (bare 核酸检测) counts with a quantity, an own date or a conduct verb."""
    if any(v is not None for v in quants.values()):
        return True
    if sd.any_exact:
        return True
    assert r.occ is not None
    return r.occ.first("conduct_verbs", clause[0], m.start()) is not None


def extract_events(text: str, mentions: list[PlaceMention], ctx: DateContext, ec: ExtractionContext) -> list[Event]:
    """Events of one article (headline, subheadline, body joined by newlines)."""
    tax = ec.taxonomy
    if ctx.today is None:  # the pipeline passes the context found with the item's bylines
        ctx = document_context(text, ctx)
    every = sorted(mentions, key=lambda m: (m.start, -m.end))
    primary = primary_county(every)
    subject = subject_place(every, primary)  # the article is still about a place a measure leaves out
    ms = for_events(text, _not_cited(text, _not_landmarks(text, _not_excepted(text, every, tax), tax), tax), ec.places)
    scan = text.translate(_FW_DIGITS) if _FW_DIGIT_RE.search(text) else text  # same length: offsets hold
    r = _Reader(text=text, scan=scan, mentions=ms, starts=[m.start for m in ms], ctx=ctx, tax=tax, tuning=ec.events,
                quoted=quoted_mask(text, tax.cue_re.get("briefing")), marks=clause_marks(text), primary=primary,
                subject=subject,
                chain=_chains(text, ms, tax), in_primary=_in_primary(ms, primary), written=_written_names(ms),
                head_end=headline_end(text))
    raw: list[tuple[Event, bool]] = []  # (event, needs_open)
    patterns = _cue_patterns(tax)
    sentences = split_sentences(text, tax)
    for s, e in sentences:
        _read_sentence(r, s, e, raw, patterns)
    if _staged(r, sentences):
        raw = [(ev, o) for ev, o in raw if not tax.serves("drill", ev.type)]
    raw = _drop_progress_of_later_rounds(_announced_to_unplaced_start(raw, tax), tax)
    raw = _drop_parts_of_a_span(_drop_repeated_rounds(_drop_announced_days(raw, tax)))
    raw = _rounds_of_named_areas(_kept_zones_undated(r, raw))
    out = _cases_at_homes(r, _finish(_drop_school_continuations(_drop_notice_dates(raw, tax), tax), r.head_end))
    tallies = {ev.evidence_start for ev in out if _province_tally(ev, tax)}
    return [_yearless(ev) for ev in out if not _no_row(ev, tax, tallies)]


_CLAUSE_END = re.compile("[，,。；;：:\n]")


def _cases_at_homes(r: _Reader, out: list[Event]) -> list[Event]:
    """A city's case count with no county (甲市新增确诊病例3例) followed by one paragraph per case
    giving where each lives (病例1：…现住乙区…；病例2：…丙县某镇人) is that city's counties' cases:
    the row becomes one row per home county, same day and kind, counting the cases living there.
    The paragraphs read run from the count to the article's next counted case report; rows read
    in them without a day or count at one of those homes (a case's label or detail) are dropped."""
    counted = sorted((ev.evidence_start, ev.evidence_end) for ev in out if ev.type == "case_report" and ev.count)
    homed: dict[int, list[Event]] = {}
    spans: list[tuple[int, int, set[str]]] = []
    for i, ev in enumerate(out):
        city = ev.place if ev.place is not None and ev.place.level == "prefecture" else None
        if ev.type != "case_report" or ev.county is not None or city is None:
            continue
        hi = next((s for s, _ in counted if s >= ev.evidence_end), len(r.text))
        homes = _homes_in(r, city, ev.evidence_end, hi) or _case_told_next(r, ev, city) or _all_told_next(r, ev, city)
        if homes:
            homed[i] = [replace(ev, place=county, county=county, count=k, place_how="listed") for county, k in homes]
            spans.append((ev.evidence_end, hi, {county.key for county, _ in homes}))
    return [row for i, ev in enumerate(out) if not _told_home(ev, spans) for row in homed.get(i, [ev])]


def _case_told_next(r: _Reader, ev: Event, city: Place) -> list[tuple[Place, int]]:
    """甲市新增确诊病例1例。该病例为乙区某单位职工…: one case of a city, told on right after its
    count by words pointing back to it (cue case_self_reference), in its own sentence or the
    next; the one county of the city named from those words to the sentence's end is its county."""
    words = tuple(r.tax.cue_words.get("case_self_reference", ()))
    if ev.count != 1 or not words:
        return []
    stop = _SENT_END.search(r.scan, ev.evidence_end + 1)
    hi = stop.end() if stop is not None else len(r.scan)
    at = next((i for i in (r.scan.find(w, ev.evidence_start, hi) for w in words) if i >= 0), -1)
    if at < 0:
        return []
    stop = _SENT_END.search(r.scan, at)
    end = stop.end() if stop is not None else len(r.scan)
    found = {c.key: c for m in r.mentions[bisect.bisect_left(r.starts, at):bisect.bisect_left(r.starts, end)]
             if (c := _county(m.place)) is not None and _is_within(c, city)}
    return [(next(iter(found.values())), 1)] if len(found) == 1 else []


def _all_told_next(r: _Reader, ev: Event, city: Place) -> list[tuple[Place, int]]:
    """甲市新增确诊2例、无症状9例。…上述病例均在乙县: the next sentence points back to the
    cases just counted (cue case_anaphora_opening) and puts them all (cases_all_in) in one county of
    the city, named right after; the count is that county's, as it is when the clause is its own."""
    back, alls = r.tax.cue_words.get("case_anaphora_opening", ()), r.tax.cue_words.get("cases_all_in", ())
    stop = _SENT_END.search(r.scan, ev.evidence_end + 1)
    hi = stop.end() if stop is not None else len(r.scan)
    for w in back:
        at = r.scan.find(w, ev.evidence_end, hi)
        clause = _CLAUSE_END.search(r.scan, at, hi) if at >= 0 else None
        end = clause.start() if clause is not None else hi
        tie = min((i + len(a) for a in alls if (i := r.scan.find(a, at, end)) >= 0), default=-1) if at >= 0 else -1
        i = bisect.bisect_left(r.starts, tie)
        if tie < 0 or i >= len(r.mentions) or r.mentions[i].start != tie:
            continue
        i = _chain_end(r.mentions, i, len(r.scan))  # 均在乙市丙县: the last of a chain
        county = _county(r.mentions[i].place)
        if county is not None and _is_within(county, city) and ev.count:
            return [(county, ev.count)]
    return []


def _told_home(ev: Event, spans: list[tuple[int, int, set[str]]]) -> bool:
    """A case row without a day or a count, read inside the case paragraphs of a count split by
    homes, at one of those homes: a detail of a case already counted there."""
    return (ev.type == "case_report" and ev.county is not None and (ev.start is None or not ev.count)
            and any(lo <= ev.evidence_start < hi and ev.county.key in keys for lo, hi, keys in spans))


def _homes_in(r: _Reader, city: Place, lo: int, hi: int) -> list[tuple[Place, int]]:
    """Counties of city that the text between lo and hi names as a case's home, each with how many
    times: after a home word (cue case_home_before) or before a home tail (case_home_tail)."""
    before = r.tax.cue_words.get("case_home_before", ())
    counts: dict[str, tuple[Place, int]] = {}
    last: dict[str, int] = {}  # where each county's last home ended: 乙县某镇人 is one home, not two
    for m in r.mentions[bisect.bisect_left(r.starts, lo):bisect.bisect_left(r.starts, hi)]:
        county = _county(m.place)
        pref = county.ancestor("prefecture") if county is not None else None
        if county is None or pref is None or pref.key != city.key or m.end > hi:
            continue
        if not (before and r.scan.endswith(before, lo, m.start)) and not r.tax.home_tail_re.match(r.scan, m.end, hi):
            continue
        seen = counts.get(county.key)
        if seen and _CLAUSE_END.search(r.scan, last[county.key], m.start) is None:
            continue
        last[county.key] = m.end
        counts[county.key] = (county, (seen[1] if seen else 0) + 1)
    return list(counts.values())


def _province_tally(ev: Event, tax: tx.Taxonomy) -> bool:
    """A row of a province_total type placed at a whole province or at no place."""
    return ev.county is None and tax.serves("province_total", ev.type) and (
        ev.place is None or ev.place.level == "province")


def _no_row(ev: Event, tax: tx.Taxonomy, tallies: set[int]) -> bool:
    """A province's tally, a city's share of it told in the same sentence with no county
    (全省新增…353例（其中甲市5例）), or a count of none (确诊病例0例: like 无新增, no cases)."""
    if ev.type == "case_report" and ev.count == 0:
        return True  # (a tally itself is in tallies: its own sentence)
    return ev.county is None and ev.evidence_start in tallies and tax.serves("province_total", ev.type)


def _yearless(ev: Event) -> Event:
    """An event whose days were read in the placeholder year (nothing gives their year): its
    start kept as a month and day only, its other days dropped, so no made-up year is stored
    (its date precision stays unknown: the stored date is NULL)."""
    days = (ev.start, ev.end, ev.announced, ev.not_after)
    if not any(d is not None and d.year == YEARLESS for d in days):
        return ev
    start, end, announced, not_after = (None if d is not None and d.year == YEARLESS else d for d in days)
    month_day = ev.start.strftime("%m-%d") if ev.start is not None and start is None else None
    return replace(ev, start=start, end=end, announced=announced, not_after=not_after, month_day=month_day,
                   precision="unknown")


def _staged(r: _Reader, sentences: list[tuple[int, int]]) -> bool:
    """Whether the item is about a drill (a drill word in its headline, or in many of its sentences:
    a drill notice names it in its announcement and again in each instruction) that it reports no
    result of (共采集样本…份, 结果均为阴性): the rounds, cases and closures it names are staged."""
    drill, scan = r.tax.cue_re["drill"], r.scan  # one alternation: a bounded search finds a word wholly inside
    if "drill_done" in r.tax.cue_re and r.tax.cue_re["drill_done"].search(scan):
        return False
    if drill.search(scan, 0, r.head_end):
        return True
    return sum(drill.search(scan, s, e) is not None for s, e in sentences) >= r.tuning.drill_sentences


def _not_excepted(text: str, ms: list[PlaceMention], tax: tx.Taxonomy) -> list[PlaceMention]:
    """The mentions a measure may apply to: those written inside an exception (全市（除甲区外）
    实行静默管理, 乙县除外) name where it does not, unless the sentence goes on to say they
    have it too (除甲县外，乙县也…)."""
    if not tax.excepted_needs_re.search(text):
        return ms
    spans = [x.span() for x in _exceptions(text, tax) if not tax.excepted_additive_re.match(text, x.end())]
    if not spans:
        return ms
    starts = [a for a, _ in spans]
    out = []
    for m in ms:
        i = bisect.bisect_right(starts, m.start) - 1
        if i < 0 or m.end > spans[i][1]:
            out.append(m)
    return out


def _exceptions(text: str, tax: tx.Taxonomy) -> list[re.Match[str]]:
    """``excepted_re.finditer(text)``, read only in the lines holding a word of excepted_needs.
    Every exception holds one, and none runs over a line break (no class of the pattern takes
    one), so a line without one holds none; each line is read up to and including its break,
    so the one-character lookahead after an exception sees what it sees in the whole text.
    (The pattern tries a 30-character stretch at every character: most lines of an item
    holding an exception are not read at all.)"""
    out: list[re.Match[str]] = []
    done = 0  # every line before this offset has been read
    for w in tax.excepted_needs_re.finditer(text):
        if w.start() < done:
            continue
        lo = text.rfind("\n", 0, w.start()) + 1
        hi = text.find("\n", w.start())
        done = len(text) if hi < 0 else hi + 1
        out += tax.excepted_re.finditer(text, lo, done)
    return out


_TITLE = re.compile("《[^》\n]{0,80}》")
_NEXT_TITLE = re.compile("(?:[(（][^)）\n]{0,40}[)）])?[、和及与]《[^》\n]{0,80}》")  # …》(文号)、《…》


def _not_cited(text: str, ms: list[PlaceMention], tax: tx.Taxonomy) -> list[PlaceMention]:
    """The mentions a measure may apply to, without those inside the titles of documents cited
    for their rules (根据《甲省…指南》、《乙市…方案》，解除…): a title's place issued the rules,
    it is not where this text's measure applies."""
    titles: list[tuple[int, int]] = []
    for x in tax.cited_title_re.finditer(text):
        end = x.end()
        while (more := _NEXT_TITLE.match(text, end)) is not None:
            end = more.end()
        titles += [t.span() for t in _TITLE.finditer(text, x.start(), end)]
    if not titles:
        return ms
    starts = [a for a, _ in titles]
    return [m for m in ms if (i := bisect.bisect_right(starts, m.start) - 1) < 0 or m.end > titles[i][1]]


def _not_landmarks(text: str, ms: list[PlaceMention], tax: tx.Taxonomy) -> list[PlaceMention]:
    """The mentions a measure may apply to, without those after a word of nearness (对毗邻
    甲县的乙镇开展筛查): a landmark locating the area, which lies in another county; a
    chain of places after the word (毗邻丙市甲县) is one landmark."""
    words = tax.cue_words.get("landmark_before", ())
    out: list[PlaceMention] = []
    landmark_end = -1
    for m in ms:
        if (words and text.endswith(words, max(0, m.start - 3), m.start)) or m.start == landmark_end:
            landmark_end = m.end
            continue
        out.append(m)
    return out


def _zones_kept(r: _Reader) -> bool:
    """Whether the article says its sealed zone is unchanged (封控区（保持不变）, 封控区（1个，无变化）):
    an adjustment notice whose lockdown zone was set by an earlier notice and is still in force."""
    words, reach = r.tax.cue_words.get("zone_kept", ()), r.tax.reach.get("zone_kept", 0)
    pattern = r.tax.cue_re.get("zone_kept")
    if pattern is None or not words:
        return False
    zones = r.tax.cue_words.get("sealed_zone", ())
    return any(any(r.scan.find(z, max(0, m.start() - reach), m.start()) >= 0 for z in zones)
               for m in pattern.finditer(r.scan))


def _kept_zones_undated(r: _Reader, raw: list[tuple[Event, bool]]) -> list[tuple[Event, bool]]:
    """In a notice that keeps its sealed zone unchanged, a lockdown with no date of its own (its
    rules restated: 封控区实行足不出户、上门服务, dated by the notice or an earlier sentence) goes
    on from the earlier notice: the notice's day is no start of it."""
    def restated(ev: Event) -> bool:
        return ev.type == "lockdown" and ev.kind != "lifted" and ev.date_how in ("notice", "inherited")

    if not any(restated(ev) for ev, _ in raw) or not _zones_kept(r):
        return raw
    return [(replace(ev, start=None, start_time=None, precision="unknown", date_text=None, date_how="ongoing")
             if restated(ev) else ev, o) for ev, o in raw]


def _drop_repeated_rounds(raw: list[tuple[Event, bool]]) -> list[tuple[Event, bool]]:
    """One date per numbered round of a county: 第二轮 told again further on (第二轮全员核酸检测
    工作将做到日检日清) is the round already dated, so only its earliest own date stands."""
    first: dict[tuple[str, int], date] = {}
    for ev, _ in raw:
        k = _round_key(ev)
        if k is not None and ev.date_how in ("own", "announced") and ev.start is not None:
            first[k] = min(first.get(k, ev.start), ev.start)
    out = []
    for ev, n in raw:
        k = _round_key(ev)
        if k is None or ev.start is None or k not in first or first[k] >= ev.start:
            out.append((ev, n))
    return out


def _drop_parts_of_a_span(raw: list[tuple[Event, bool]]) -> list[tuple[Event, bool]]:
    """One round told as a span (11月5日-6日分批次开展核酸检测), then split by area over its days
    in a later sentence (其中甲街道于5日…；其余镇街于6日…): the later days are parts of that
    round, not rounds of their own — unless numbered (第二轮：6日). A numbered span (定于5日至7日开展
    第三轮) splits the same way."""
    spans: dict[str, list[Event]] = {}
    out = []
    for ev, n in raw:
        if ev.type == "mass_testing" and ev.county is not None and ev.start is not None:
            k = ev.county.key
            inside = [sp.evidence_start for sp in spans.get(k, ()) if sp.end is not None and sp.start is not None
                      and sp.start < ev.start <= sp.end]
            # (a sentence that tells the span again, a round each day of it, keeps its days)
            if ev.round is None and inside and ev.evidence_start not in inside:
                continue
            if ev.end is not None and ev.date_how == "own":
                spans.setdefault(k, []).append(ev)
        out.append((ev, n))
    return out


_SCOPE_ONLY = ("none", "inherited")  # how a sentence listing an area's counties may be dated


def _named_areas(raw: list[tuple[Event, bool]]) -> dict[str, list[Event]]:
    """Areas of a city named in a testing row without a county (甲市主城区), each with the
    county rows of one sentence that names it and lists two or more counties of that city
    (主城区检测范围包括甲区、乙区、丙区) with no day of its own: the counties the area stands for
    in this article (a listing with its own day is a round of its own, told apart)."""
    names = {ev.scope_name.removeprefix(ev.place.name) for ev, _ in raw
             if ev.type == "mass_testing" and ev.county is None and ev.scope == "other"
             and ev.scope_name and ev.place is not None and ev.place.level == "prefecture"}
    groups: dict[int, list[Event]] = {}
    for ev, _ in raw:
        if ev.type == "mass_testing" and ev.county is not None and ev.scope == "county" and ev.date_how in _SCOPE_ONLY:
            groups.setdefault(ev.evidence_start, []).append(ev)
    areas: dict[str, list[Event]] = {}
    for name in sorted(n for n in names if len(n) >= 2):
        for group in groups.values():
            cities = {ev.county.parent.key for ev in group if ev.county is not None and ev.county.parent}
            counties = {ev.county.key for ev in group if ev.county is not None}
            if name in group[0].evidence and len(counties) >= 2 and len(cities) == 1:
                areas.setdefault(name, group)
                break
    return areas


def _rounds_of_named_areas(raw: list[tuple[Event, bool]]) -> list[tuple[Event, bool]]:
    """A dated round told of a named area only (11月8日，甲市主城区第二轮检测启动), whether placed
    at no county or at the article's county by default: one row per county the article lists
    for that area; the undated rows of the listing sentence are then told by those rounds."""
    areas = _named_areas(raw)
    if not areas:
        return raw
    out: list[tuple[Event, bool]] = []
    used: set[int] = set()
    for ev, n in raw:
        name = next((a for a in areas if a in ev.evidence), None) if ev.type == "mass_testing" else None
        group = areas.get(name) if name is not None else None
        if (group is None or ev.start is None or ev.evidence_start == group[0].evidence_start
                or not (ev.county is None or ev.place_how in ("article", "subject"))):
            out.append((ev, n))
            continue
        used.add(group[0].evidence_start)
        out.extend((replace(ev, county=g.county, place=g.place, scope=g.scope, scope_name=g.scope_name,
                            place_how="listed"), n) for g in group)
    return [(ev, n) for ev, n in out if not (ev.evidence_start in used and ev.start is None and ev.county is not None)]


def _round_key(ev: Event) -> tuple[str, int] | None:
    """(county, round number) of a numbered mass-testing round, else None."""
    if ev.type == "mass_testing" and ev.county is not None and ev.round is not None:
        return ev.county.key, ev.round
    return None


def _drop_notice_dates(raw: list[tuple[Event, bool]], tax: tx.Taxonomy) -> list[tuple[Event, bool]]:
    """A round or a closure dated only by its notice's signature (…决定在全县开展第二轮核酸检测。
    …指挥部 9月26日) when the article dates it in its body (时间：9月27日6:00-12:00): the body wins
    (for the types [types] body_dated lists)."""
    dated = {(ev.type, ev.county.key) for ev, _ in raw if tax.serves("body_dated", ev.type)
             and ev.county is not None and ev.start is not None and ev.date_how != "notice"}
    return [(ev, n) for ev, n in raw if not (
        ev.date_how == "notice" and ev.county is not None and (ev.type, ev.county.key) in dated)]


def _drop_school_continuations(raw: list[tuple[Event, bool]], tax: tx.Taxonomy) -> list[tuple[Event, bool]]:
    """One school closure per county in an article: later dates of the same county (甲区3月1日起
    线上教学 … 3月14日起甲区继续线上教学; 26日暂缓入校 … 27日通知暂缓返校) continue it
    (for the types [types] told_again_continues lists). Not the later steps of the first one's
    own sentence (3日起高三线上教学；10日起其他年级线上教学): a schedule closing more classes."""
    first: dict[tuple[str, str], tuple[date, int]] = {}
    for ev, _ in raw:
        if (tax.serves("told_again_continues", ev.type) and ev.county is not None and ev.start is not None
                and ev.kind != "lifted"):
            k = (ev.type, ev.county.key)
            first[k] = min(first.get(k, (ev.start, ev.evidence_start)), (ev.start, ev.evidence_start))
    return [(ev, n) for ev, n in raw if not (
        ev.county is not None and ev.start is not None and ev.kind != "lifted" and (ev.type, ev.county.key) in first
        and 0 < (ev.start - first[(ev.type, ev.county.key)][0]).days <= tax.days["closure"]
        and not _schedule_step(ev, first[(ev.type, ev.county.key)][1], tax))]


def _schedule_step(ev: Event, first_start: int, tax: tx.Taxonomy) -> bool:
    """Whether a later closure stands in the sentence of the county's first one with no word of a
    closure still in force (继续, 仍): a further step of one schedule, not the first told again."""
    still = tax.cue_words.get("school_still_before", ())
    return ev.evidence_start == first_start and not any(w in ev.evidence for w in still)


def _drop_announced_days(raw: list[tuple[Event, bool]], tax: tx.Taxonomy) -> list[tuple[Event, bool]]:
    """A round dated by the day its notice was issued, when the article tells a later start of
    a round of that county within a week (甲县定于2月8日开展): the notice's day is no round
    (only the types [types] announced_day_yields lists are marked "announced")."""
    later: dict[tuple[str, str], list[date]] = {}
    told: set[tuple[str, str, int]] = set()  # own starts by the sentence they stand in
    for ev, _ in raw:
        if ev.county is not None and ev.start is not None and ev.date_how == "own":
            later.setdefault((ev.type, ev.county.key), []).append(ev.start)
            told.add((ev.type, ev.county.key, ev.evidence_start))
    # 17日发布通知，要求从16日14时起对甲乡实行封闭管理: the sentence tells the measure's own start,
    # the notice's day (before or after it) is no start
    # 通告指出，该区全员核酸检测…，检测时间为15日-17日: a day carried over from the sentence
    # before is no round of a county whose own day the same sentence tells
    return [(ev, n) for ev, n in raw if not (
        ev.date_how == "inherited" and ev.county is not None and ev.start is not None
        and (ev.type, ev.county.key, ev.evidence_start) in told) and not (
        ev.date_how == "announced" and ev.county is not None and ev.start is not None
        and ((ev.type, ev.county.key, ev.evidence_start) in told
             or any(0 < (d - ev.start).days <= tax.days["progress"] for d in later.get((ev.type, ev.county.key), ()))))]


def _announced_to_unplaced_start(raw: list[tuple[Event, bool]], tax: tx.Taxonomy) -> list[tuple[Event, bool]]:
    """Rounds decided on the day their notice was issued (5日发布消息：决定对甲区、乙区开展全员
    核酸筛查) when the article tells the start of the round only without its places (7日至9日
    开展“3天2检”; a headline; a notice's timetable line 二、检测时间：7日至9日每天1轮, which takes
    only the article's county): the rounds start that day, the first such start within a week
    after the notice's day, on each day that line gives. A round told as done that day (5日通报，
    甲区已完成第二轮) keeps it."""
    decided = tax.cue_words.get("decided", ())
    days = _unplaced_days(raw)
    if not days:
        return raw
    out: list[tuple[Event, bool]] = []
    for ev, n in raw:
        if (ev.date_how == "announced" and ev.type == "mass_testing" and ev.county is not None and ev.start is not None
                and any(w in ev.evidence for w in decided)):
            first = next((d for d in sorted(days) if 0 < (d - ev.start).days <= tax.days["progress"]), None)
            if first is not None:
                out.extend((replace(ev, start=d, start_time=None, end=None, announced=ev.start, date_how="own"), n)
                           for d in days[first])
                continue
        out.append((ev, n))
    return out


def _unplaced_days(raw: list[tuple[Event, bool]]) -> dict[date, list[date]]:
    """The first day of each own-dated round with no place of its own (none, or only the
    article's county) -> every day its sentence gives such a round."""
    by_sentence: dict[int, list[date]] = {}
    for ev, _ in raw:
        if (ev.type == "mass_testing" and ev.start is not None and ev.date_how == "own"
                and (ev.county is None or ev.place_how == "article")):
            by_sentence.setdefault(ev.evidence_start, []).append(ev.start)
    return {min(ds): sorted(set(ds)) for ds in by_sentence.values()}


def _drop_progress_of_later_rounds(raw: list[tuple[Event, bool]], tax: tx.Taxonomy) -> list[tuple[Event, bool]]:
    """A progress figure (截至7日24时，甲市第一轮共采样…) read before the round it belongs to
    (甲市4日启动全员核酸检测, told further on): the round's own start stands, the figure's
    date is no new round. Progress merged into an earlier round never reaches here."""
    starts: dict[str, list[date]] = {}
    for ev, _ in raw:
        if ev.type == "mass_testing" and ev.county is not None and ev.start is not None and ev.date_how != "as_of":
            starts.setdefault(ev.county.key, []).append(ev.start)
    return [(ev, n) for ev, n in raw if not (
        ev.date_how == "as_of" and ev.county is not None and ev.start is not None
        and any(0 < (ev.start - d).days <= tax.days["progress"] for d in starts.get(ev.county.key, ())))]


def _written_names(ms: list[PlaceMention]) -> dict[str, str]:
    """Place key -> the name as the article writes it (龙保社区, even where the official list
    spells it 龙堡社区); a short form (浦东, 成都) becomes the official full name."""
    written: dict[str, str] = {}
    official: dict[str, str] = {}
    for pm in ms:
        official.setdefault(pm.place.key, pm.place.name)
        written.setdefault(pm.place.key, pm.surface)
        if pm.surface == pm.place.name:
            written[pm.place.key] = pm.surface
    for k, w in written.items():
        full = official[k]
        if full != w and full.startswith(w):
            written[k] = full
    return written


def _read_sentence(r: _Reader, s: int, e: int, raw: list[tuple[Event, bool]],
                   patterns: dict[str, re.Pattern[str]]) -> None:
    """Append the events of sentence [s, e) to raw and move the reader's dates on."""
    text, scan, tax = r.text, r.scan, r.tax
    # publication metadata (2021-08-03 10:25 来源：…) and relative words inside quoted
    # speech (“团长，明天的鸡蛋能到吗？”) date nothing
    found = find_dates(text[s:e], r.ctx, r.anchor, offset=s) if may_hold_dates(scan, s, e) else []
    dms = [d for d in found if not d.meta and not (d.rule.startswith("rel") and r.quoted[d.start])]
    trig_matches = list(tax.triggers_re.finditer(scan, s, e))
    n_raw = len(raw)
    r.sent_start, r.sent_end = s, e
    r.occ = None  # half the sentences have no trigger word: no cue is asked about, their dates are not indexed
    if trig_matches:
        r.occ, r.tied, r.groups, r.void = Occurrences(scan, s, e, patterns, _DISJOINT), {}, {}, None
        sd = _SentenceDates.of(dms, [d.start for d in found if d.meta], [m.start() for m in trig_matches])
        emitted: set[tuple[object, ...]] = set()
        for m in trig_matches:
            pos = m.start()
            raw.extend(_read_trigger(r, _Hit(m, tax.trigger_of(m), _clause_bounds(r.marks, pos, s, e), s, e, pos,
                                             m.end()), sd, raw, emitted))
    raw.extend(_schedule_rows(r, s, e, dms, raw))
    if len(raw) == n_raw:
        _dated_by_timetable(r, s, dms, raw)
    if not trig_matches:
        _dated_by_period(r, s, e, dms, raw)
    if len(raw) > n_raw:
        raw[n_raw:] = _in_batches(r, s, e, _strongest(raw[n_raw:], tax))
    if len(raw) > n_raw and any(tax.trigger_of(m).type == "lockdown" and scan.startswith(tax.reference_after, m.end())
                                for m in trig_matches):
        # 静态管理期间，小区实行封闭管理: the rules of a lockdown going on, not a new one
        raw[n_raw:] = [(replace(ev, date_how="ongoing") if _lockdown(ev) and ev.date_how not in _WEAK_DATES else ev, n)
                       for ev, n in raw[n_raw:]]
    _continuations(r, s, e, raw[n_raw:], raw)
    if len(raw) == n_raw:
        _counties_listed(r, s, e)
    else:
        r.listed_before = []
    if "trail" in tax.cue_re and (r.occ.first("trail", s, e) if r.occ else tax.cue_re["trail"].search(scan, s, e)):
        r.in_trail = True
    elif len(raw) > n_raw:
        r.in_trail = False
    # 延长至10月9日: an end bound starts nothing later on; 8月10日以来: a period's bound leaves
    # the sentences after it with no day to take
    starts = _without_lifting_days(r, s, e, [d for d in dms if not d.until and not r.since_clause(d)])
    if starts and not r.in_trail:
        bound = tax.cue_words.get("date_bound_after", ())
        after = starts[-1].end + (scan[starts[-1].end:starts[-1].end + 1] in _BREAKDOWN_CLOSE)  # 疫情(3月4日)以来
        r.last_date = None if (bound and scan.startswith(bound, after)) or _day_list(scan, starts) else starts[-1]
        r.last_told = frozenset(ev.type for ev, _ in raw[n_raw:]) or _labels_told(tax, trig_matches)
    if dms:
        # 自7月20日…以来: a period's start gives later bare days (15日) no month
        asides = _in_asides(scan, s, dms)
        exact = [d for d in dms if d.precision == "exact" and d.date is not None and not r.since_clause(d)
                 and d.start not in asides and moves_anchor(d, r.anchor)]
        if exact:
            r.anchor = exact[-1].end_date or exact[-1].date


def _without_lifting_days(r: _Reader, s: int, e: int, starts: list[DateMention]) -> list[DateMention]:
    """The sentence's dates less its last ones whose clause lifts the measure after an earlier date
    (自21日18时起实施管控，暂定24日18时解除管控; cues ends_after_date): the day a measure ends, no
    day that later sentences with no date of their own begin on."""
    words = r.tax.cue_words.get("lifting_after", ())
    k = len(starts)
    while k > 1 and words:
        d = starts[k - 1]
        _, hi = _clause_bounds(r.marks, d.start, s, e)
        if not any(r.scan.find(w, d.end, hi) >= 0 for w in words):
            break
        k -= 1
    return starts[:k]


def _day_list(scan: str, starts: list[DateMention]) -> bool:
    """Whether the sentence's last date closes a list of separate days (3月1日、3月2日，多份通知…):
    a later sentence with no date of its own may belong to any of them, not to the last."""
    if len(starts) < 2 or starts[-1].date is None or starts[-2].date is None or starts[-1].date == starts[-2].date:
        return False
    return scan[starts[-2].end:starts[-1].start] in date_vocab()["day_list_joiners"]


def _dated_by_period(r: _Reader, s: int, e: int, dms: list[DateMention], raw: list[tuple[Event, bool]]) -> None:
    """本通告执行时间暂定三天，从5日14时至8日14时: a notice's period dates the lockdowns just
    described with no date of their own (only an inherited one), back to the last dated one."""
    m = r.tax.notice_period_re.search(r.scan, s, e)
    dm = next((d for d in dms if m is not None and d.start >= m.end() and not d.until and d.date is not None), None)
    if dm is None:
        return
    end = dm.end_date or next((d.date for d in dms if d.until and d.start > dm.end), None)
    for i in range(len(raw) - 1, -1, -1):
        ev, n = raw[i]
        if ev.type != "lockdown" or s - ev.evidence_start > r.tax.reach["period"]:
            break
        if ev.kind == "lifted" or ev.date_how not in ("inherited", "none"):
            break
        raw[i] = (replace(ev, start=dm.date, start_time=dm.time, end=end or ev.end, date_how="own"), n)


def _counties_listed(r: _Reader, s: int, e: int) -> None:
    """Gather the counties that sentences with no measure list, for a measure that follows
    with no place of its own (包括甲区、乙区、丙县的丁镇。3月8日起实施封控; 甲区：…。乙区：…。
    管控措施：足不出户): the list grows over such sentences and is dropped after a measure."""
    lo, hi = bisect.bisect_left(r.starts, s), bisect.bisect_left(r.starts, e)
    if lo < hi and _own_place_after(r, r.mentions[hi - 1].end, e):
        return  # 我省甲市、乙县等地疫情持续，我县…: other places, set against the article's own
    home = r.primary.lineage[0].key if r.primary is not None else None
    for m in r.mentions[lo:hi]:
        c = _county(m.place)
        if c is not None and (home is None or c.lineage[0].key == home):
            if not r.listed_before:
                r.listed_on, r.listed_start = r.last_date, m.start
            if all(p.key != c.key for p in r.listed_before):
                r.listed_before.append(c)
            r.listed_end = m.end


def _own_place_after(r: _Reader, pos: int, e: int) -> bool:
    """Whether the article's own place (我县, 本市) is named between pos and e."""
    return any(r.text[x.start()] in _OWN_DEIXIS for x in r.tax.deixis_re.finditer(r.text, pos, e))


def _listed_for(r: _Reader, s: int) -> list[Place]:
    """The counties listed before sentence s (two or more, the last one close to it), else none."""
    if len(r.listed_before) > 1 and s - r.listed_end <= r.tax.reach["listed"]:
        return r.listed_before
    return []


@dataclass(slots=True)  # not frozen: one per trigger word (see _SentenceDates)
class _Hit:
    """One trigger match in its sentence [s, e) and clause."""

    m: re.Match[str]
    trig: tx.Trigger
    clause: tuple[int, int]
    s: int
    e: int
    pos: int  # m.start(), m.end(): read by every check of the trigger
    end: int


@dataclass(slots=True)  # not frozen: one per trigger word (see _SentenceDates)
class _Where:
    """Where a trigger applies: its places, how that was decided, the end of the run of
    place names in its clause (for 部分区域), and a key for repeated measures."""

    places: list[Place]
    how: str
    group_end: int | None
    sig: Hashable  # not `object`: mypyc's dataclass annotations cannot load that name


class _When(NamedTuple):
    """When a trigger applies, as the Event fields it fills (a named tuple: one per trigger,
    hashed into the trigger's signature, built and hashed in C)."""

    start: date | None = None
    start_time: str | None = None
    end: date | None = None
    precision: Precision = "unknown"
    not_after: date | None = None
    announced: date | None = None
    date_text: str | None = None
    how: str = "none"


def _read_trigger(r: _Reader, h: _Hit, sd: _SentenceDates, raw: list[tuple[Event, bool]],
                  emitted: set[tuple[object, ...]]) -> list[tuple[Event, bool]]:
    """The events one trigger word gives (none when it is no measure or repeats one)."""
    trig, scan, tax, quants = h.trig, r.scan, r.tax, _quantities(r, h.trig, h.m, h.s, h.e, h.clause)
    # 一、封控区 (一)甲区…: a heading designating areas, not an item of a task list
    designation = tax.serves("designation", trig.type) and _designation(scan, h.end, tax)
    if _not_a_measure(r, h, sd, quants, designation) or _count_told_again(r, h, quants, raw):
        return []
    if trig.needs_told and not any(ev.type == trig.type for ev, _ in raw):
        return []  # 第二轮将于10日开展 with no round told before: the round's noun is not known
    where = _continued_scope(r, h, raw, _coordinated(h, raw, _where_applies(r, h, designation)))
    where = _next_round_scope(r, h, raw, where, quants)
    dm, until, date_how = _list_date(r, where, _date_of(r, h, sd))
    checked = _date_checked(r, h, raw, where, quants, dm, date_how)
    if checked is None or _risk_label_only(r, h, checked[0], designation):
        return []
    dm, date_how = checked
    going_on, extended = _going_on(r, h) or _after_going_on(r, h), _extended(r, h)
    # going on or extended with dates of its own (甲区自4月23日零时至26日24时继续实施静态管理) is
    # dated like an extension; with none (继续保持静默管理; 决定将…延长至9月2日) it is a reference
    reference = scan.startswith(tax.reference_after, h.end) or (
        (going_on or extended) and not _own_window(sd, h, dm, date_how)) or (
        _title_takes_no_date(r, h, dm, date_how)) or (
        # 截至…共有高风险区2个。高风险区：…
        designation and date_how == "inherited" and dm is not None and dm.as_of) or (
        # 截至8日，已连续静默管理5天: a lockdown's state as of a day, not its start
        _tally_date(r, h, dm, date_how)) or (
        _no_count_in_sentence(r, h, quants)) or (
        # …进行核酸筛查，由各县另行通告: no day of its own, its day left to a later notice
        _day_left_to_later_notice(r, h, dm, date_how)) or (
        _backdrop_clause(r, h, date_how) or _closure_still_in_force(r, h, sd, dm, date_how)) or (
        _lifting_object(r, h, sd) or _done_designation(r, h, date_how) or _told_in_passing(r, h, date_how)) or (
        _attribute_of_place(r, h, date_how) or _unnamed_and_undated(r, h, where, date_how))
    ongoing = extended or going_on
    if (trig.imposes_lockdown and scan.startswith(tax.noun_after, h.end)
            and not _designates(r, h) and not designation):
        # 给封控小区的居民配送, 均在封控区内发现: an area named by the measure, not a
        # measure being imposed — undated, and dropped in _finish when the article
        # reports a lockdown of that county itself
        reference = True
    when = _when_applies(r, h, sd, dm, until, date_how, reference)
    if trig.imposes_lockdown and date_how != "own" and not reference:
        when = _during_testing(r, h, raw) or when  # 核酸检测期间，两天居家不外出
    conf = _confidence(r.tuning, trig.confidence, where.how, when.how)
    date_how = "reference" if reference else "ongoing" if ongoing and dm is not None else when.how
    date_how = _announced_how(r, h, raw, dm, date_how)
    partial = None
    if where.group_end is not None:
        # 武侯区、成华区部分区域 / 瑞丽市主城区: part of each place, scope other
        partial = next((w for w in tax.partial_after if scan.startswith(w, where.group_end)), None)
    sig = (trig.type, trig.pattern, where.how, date_how, conf, partial, where.sig, when, tuple(quants.items()),
           trig.needs_open)
    if sig in emitted:
        return []  # the same measure again in this sentence (封控…封控): nothing new to add
    emitted.add(sig)
    out = _events_at(r, h, where, when, partial, date_how, conf, quants)
    if dm is not None and when.start is not None and tax.serves("one_per_listed_day", trig.type):
        days = _more_days(r, h, sd, dm, date_how)
        out += [(replace(ev, start=day, end=None, start_time=None), n) for day in days for ev, n in out]
    return out


def _list_date(r: _Reader, where: _Where, got: tuple[DateMention | None, DateMention | None, str]
               ) -> tuple[DateMention | None, DateMention | None, str]:
    """The date a measure on the list read before it inherits (自10月5日起划定高风险区3个：1.甲区…
    2.乙县…。截至5日20时全县共计高风险区9个，上述区域一律足不出户): a tally's as-of moment told
    after the list began is when figures were counted, not the list's day; the list keeps the
    day the text was at when it began."""
    dm, until, date_how = got
    on = r.listed_on
    if (where.how == "listed" and date_how == "inherited" and dm is not None and dm.as_of
            and on is not None and not on.as_of and on.date is not None and r.listed_start < dm.start):
        return on, until, date_how
    return got


def _count_told_again(r: _Reader, h: _Hit, quants: dict[str, int | None], raw: list[tuple[Event, bool]]) -> bool:
    """A clause of only a count and the case word (6名阳性人员，经测序属同一毒株): no verb finds
    or reports them, they are the topic of what follows; with the count and kind of a case row
    read before, they are those cases described further, not a new report of the article's place."""
    n = quants.get("count")
    if h.trig.type != "case_report" or n is None:
        return False
    m = _COUNT.match(r.scan, h.clause[0], h.pos)
    units = r.tax.cue_words.get("case_number_units", ())
    if m is None or m.end() == h.clause[0] or m.end() + 1 != h.pos or not r.scan.startswith(units, m.end()):
        return False
    return any(ev.type == "case_report" and ev.count == n and ev.kind == h.trig.kind for ev, _ in raw)


def _tally_date(r: _Reader, h: _Hit, dm: DateMention | None, date_how: str) -> bool:
    """Whether a lockdown's date is no day it began: the moment figures were counted to (its
    own 截至8日，已连续静默管理5天, or inherited from 截至1月25日下午，…) or, inherited, the
    period of a running total (3日至22日，累计发现…) the text told before; the lockdown was in
    force then, begun on a day not told."""
    if h.trig.type != "lockdown" or date_how not in ("own", "inherited") or dm is None:
        return False
    if dm.as_of:
        return True
    if date_how != "inherited" or dm.date is None or dm.end_date is None or dm.end_date <= dm.date:
        return False
    after = dm.end + (r.scan[dm.end:dm.end + 1] in _CLAUSE_MARKS)
    return r.scan.startswith(r.tax.cue_words["cumulative"], after)


def _closure_still_in_force(r: _Reader, h: _Hit, sd: _SentenceDates, dm: DateMention | None, date_how: str) -> bool:
    """A school closure told as still in force (部分学生仍实行线上教学; 15日起返校复课，其余学生继续
    居家学习) with no window of its own: one begun before, a reference (cues school_still_before),
    not a closure the text reports; 自14日起甲区继续线上教学 keeps its day (as lockdowns going on)."""
    return (h.trig.type == "school_closure" and not _own_window(sd, h, dm, date_how) and r.occ is not None
            and r.occ.first("school_still_before", h.clause[0], h.pos) is not None)


def _going_on(r: _Reader, h: _Hit) -> bool:
    """A lockdown told as going on (继续实施静态管理; 仍实行封控): one begun before, dated like an
    extension when it has dates of its own."""
    return h.trig.imposes_lockdown and r.occ is not None and (
        r.occ.first("ongoing_before", h.clause[0], h.pos) is not None
        or r.scan.startswith(r.tax.cue_words["ongoing_opening"], h.s))


def _after_going_on(r: _Reader, h: _Hit) -> bool:
    """A lockdown word in a clause after one that tells a lockdown going on (各楼栋继续实行封闭
    管理，全镇居民足不出户): the later clauses list the rules of that lockdown, going on too, not a
    new one. The nearest continuing word (cues ongoing_before) before the trigger's clause counts
    when a lockdown word follows it in its own clause; a clause naming a place of its own before
    the trigger (甲镇继续实行封闭管理，乙镇实行静态管理) tells a measure of that place."""
    if not h.trig.imposes_lockdown or r.occ is None or h.clause[0] <= h.s:
        return False
    if _place_in(r, h.clause[0], h.pos):
        return False
    cue = r.occ["ongoing_before"].last(h.s, h.clause[0])
    if cue is None:
        return False
    m = r.tax.triggers_re.search(r.scan, cue[1], _clause_bounds(r.marks, cue[0], h.s, h.e)[1])
    return m is not None and r.tax.trigger_of(m).imposes_lockdown


def _extended(r: _Reader, h: _Hit) -> bool:
    """A lockdown word followed by an extension (静态管理延长至9月2日): a lockdown in force
    extended, whose notice's day is no start of it."""
    return h.trig.imposes_lockdown and _extension_follows(r, h.end)


def _extension_follows(r: _Reader, pos: int) -> bool:
    """Whether an extension word follows pos, right away or past the period's word and a comma
    (两区静默管理的时间，统一延长至4日: [text] extension_gap)."""
    words = r.tax.cue_words["extension_after"]
    gap = r.tax.extension_gap_re.match(r.scan, pos)
    return r.scan.startswith(words, pos) or (gap is not None and r.scan.startswith(words, gap.end()))


def _done_designation(r: _Reader, h: _Hit, date_how: str) -> bool:
    """An area told as already designated (其居住的甲小区已列为封控区) or already closed (该社区所有
    小区已实施封闭管理, cues imposed_before) with no date of its own: a state the story or a
    photo caption mentions, not a designation or a lockdown begun on the day it inherits."""
    if date_how != "inherited":
        return False
    lo = max(h.clause[0], h.pos - 6)
    if h.trig.imposes_lockdown and r.scan.endswith(r.tax.cue_words.get("imposed_before", ()), lo, h.pos):
        return True
    return r.scan.startswith(r.tax.cue_words["designate"], h.pos) and \
        r.scan.endswith(r.tax.cue_words["perfective_before"], max(h.clause[0], h.pos - 2), h.pos)


def _lifting_object(r: _Reader, h: _Hit, sd: _SentenceDates) -> bool:
    """A lockdown word closed by 的 with a lifting after it in the sentence (自当日起对划定为封控区
    的甲楼解除封控): it names the area the lifting ends, not a lockdown imposed on the lifting's
    day. With a date after it for the lifting (3月28日起实行封控的甲镇于4月7日解除), the date
    before it is the lockdown's own start."""
    if not h.trig.imposes_lockdown or not r.scan.startswith("的", h.end):
        return False
    if bisect.bisect_left(sd.own_starts, h.end) < len(sd.own_starts):
        return False
    return r.occ is not None and "lifting_after" in r.occ.patterns and \
        r.occ.first("lifting_after", h.end, h.e) is not None


def _unnamed_and_undated(r: _Reader, h: _Hit, where: _Where, date_how: str) -> bool:
    """A measure whose sentence names neither a place nor its day (no place name in it, the
    place the article's default, the day the last one told): a step of a schedule, a purpose,
    a tally of progress, not a round begun that day; the types of [types] unnamed_undated stay
    undated then. A sentence on the span of the testing told before (cues during_testing:
    筛查期间，居民配合进行核酸检测) still takes that span's days."""
    if date_how != "inherited" or where.how not in _DEFAULT_PLACES \
            or not r.tax.serves("unnamed_undated", h.trig.type) or _place_in(r, h.s, h.e):
        return False
    return not any(r.scan.find(w, h.s, h.pos) >= 0 for w in r.tax.cue_words.get("during_testing", ()))


def _attribute_of_place(r: _Reader, h: _Hit, date_how: str) -> bool:
    """A lockdown word closed by 的 right before a place's name (重点封控的甲区、乙县仍在…): it
    describes places sealed before, so the day the sentence inherits is no start of theirs; a
    date of its own (3日起封控的甲镇) still is."""
    if not h.trig.imposes_lockdown or date_how == "own":
        return False
    mark = next((w for w in r.tax.cue_words.get("attribute_after", ()) if r.scan.startswith(w, h.end)), None)
    return mark is not None and _place_in(r, h.end + len(mark), h.end + len(mark) + 1)


def _zone_series(r: _Reader, h: _Hit) -> bool:
    """A sealed-zone name in a series with lower zones' (封控区、管控区和防范区) in a clause that
    names no place: the kinds of zone a county draws, not an area sealed, which the article's
    county would otherwise take."""
    if not h.trig.imposes_lockdown or _place_in(r, h.clause[0], h.clause[1]):
        return False
    cues = r.tax.cue_words
    name = max((w for w in cues.get("sealed_zone_name", ()) if r.scan.startswith(w, h.pos)), key=len, default="")
    if not name:
        return False
    at = h.pos + len(name)
    join = next((w for w in cues.get("zone_series_joins", ()) if r.scan.startswith(w, at)), None)
    return join is not None and r.scan.startswith(cues.get("lower_zone_opening", ()), at + len(join))


def _labels_told(tax: tx.Taxonomy, trig_matches: list[re.Match[str]]) -> frozenset[str]:
    """The types a sentence of risk labels alone told (2021年1月5日，甲村被列为高风险地区 gives no row
    before the stay-home cut-off): its date is a designation's, not one a later round of another
    type may take."""
    return frozenset(t.type for t in map(tax.trigger_of, trig_matches) if t.stay_home_from is not None)


def _risk_label_only(r: _Reader, h: _Hit, dm: DateMention | None, designation: bool) -> bool:
    """A high-risk area named before its trigger's stay_home_from day (the 9th edition of the
    protocol) with no stay-home wording in its sentence or its list: a travel-risk label of a
    town or county then, not a lockdown. Dated by its own date, else the article's."""
    cut = h.trig.stay_home_from
    day = dm.date if dm is not None and dm.date is not None else r.ctx.today or r.ctx.edition_date
    if cut is None or day is None or day >= cut:
        return False
    end = h.e
    if designation:  # 高风险区：甲村（足不出户）…: the listed areas' text up to the next part
        reach = min(len(r.scan), h.end + r.tax.reach["designation"])
        top = _TOP_ITEM.search(r.scan, h.end, reach)
        line = r.scan.find("\n", h.end, reach)
        end = max(end, top.start() if top else line if line >= 0 else reach)
    cue = r.tax.cue_re.get("stay_home")
    return cue is None or cue.search(r.scan, h.s, end) is None


def _more_days(r: _Reader, h: _Hit, sd: _SentenceDates, dm: DateMention, date_how: str) -> list[date]:
    """The other days a round told on dm is held: a list of days or a span read one day each,
    own dates; a span inherited from the sentence before (…16日至18日，连续筛查3天。…进行核酸检测)."""
    if dm.end_date is None and _measure_between(r, sd, dm.end, h.pos):
        return []  # 自29日起实施静态管理，开展连续2日的检测: the start is the other measure's
    if date_how == "own":
        return _listed_days(r, sd, dm) or _days_of_span(r, h, dm)
    return _days_of_span(r, h, dm) if date_how == "inherited" else []


def _measure_between(r: _Reader, sd: _SentenceDates, lo: int, hi: int) -> bool:
    """_trigger_between, not counting a measure word that only names an area (于5日、6日开展封控
    小区全员核酸检测: 封控小区 is whom the round tests, no measure with days of its own)."""
    i = bisect.bisect_left(sd.triggers, lo)
    while i < len(sd.triggers) and sd.triggers[i] < hi:
        m = r.tax.triggers_re.match(r.scan, sd.triggers[i])
        if m is None or not r.scan.startswith(r.tax.noun_after, m.end()):
            return True
        i += 1
    return False


def _date_of(r: _Reader, h: _Hit, sd: _SentenceDates) -> tuple[DateMention | None, DateMention | None, str]:
    """(date mention, end-bound mention, how) of a trigger: a date its colon labels, else its
    own or the last one of the text where it may take that (_may_inherit)."""
    dm, until, date_how = _labelled_date(r, h, sd) or r.date_for(sd, h.pos, h.clause)
    if date_how == "own" and _next_item_date(r, h, dm):
        dm, date_how = _date_before(sd, h) or (r.last_date, "inherited")
    if date_how == "own":
        dm = _begun_before_finished(r, h, sd, dm) or dm
    if date_how == "inherited" and (not _may_inherit(r, h) or _too_far_back(r, h, dm) or _count_window(r, h, dm)):
        return None, until, "none"
    return dm, until, date_how


def _begun_before_finished(r: _Reader, h: _Hit, sd: _SentenceDates, dm: DateMention | None) -> DateMention | None:
    """甲市自5日起开展核酸检测工作，…，9日全面完成全员核酸检测 (or …，要求在9日前完成): the day
    written before the testing word is when the round finished or must finish; the sentence told
    it begun earlier, and a round is dated by its start. That earlier date, else None."""
    if dm is None or dm.date is None or dm.end > h.pos or not r.tax.serves("begun_over_finished", h.trig.type):
        return None
    if not r.tax.cue_re["finish_between"].search(r.scan, dm.end, h.pos):
        return None
    begun = [m.start() for m in r.tax.testing_begun_re.finditer(r.scan, h.s, dm.start)]
    if not begun:
        return None
    i = bisect.bisect_right(sd.own_ends, begun[-1]) - 1
    start = sd.own[i] if i >= 0 and sd.own[i].start >= h.s else None
    return start if start is not None and start.date is not None and start.date < dm.date else None


def _count_window(r: _Reader, h: _Hit, dm: DateMention | None) -> bool:
    """Whether the inherited date opens a day's count window (24日0至24时，甲县发现7名阳性人员):
    the day cases were counted, not the day of a measure decided on them ([types] no_window_inherit).
    The window may be read as a span of one day closed at 24时 (5日0时至24时, 5日8时-24时)."""
    if dm is None or not r.tax.serves("no_window_inherit", h.trig.type):
        return False
    day_window = dm.end_time == "24:00" and dm.date is not None and dm.end_date == dm.date
    return day_window or r.tax.count_window_re.match(r.scan, dm.end) is not None


def _next_item_date(r: _Reader, h: _Hit, dm: DateMention | None) -> bool:
    """甲县发现确诊病例4例、9月19日报告的无症状感染者转为确诊1例: a date after a case count, past
    the 、 that closes the count's item, opens the next item of the list; it is not the count's day."""
    return h.trig.type == "case_report" and dm is not None and dm.start >= h.end \
        and (r.scan.find("、", h.end, dm.start) >= 0 or _movement_date(r, h, dm))


def _movement_date(r: _Reader, h: _Hit, dm: DateMention) -> bool:
    """…也呈阳性，经查，某某3月2日自外省入境: a date in a later clause than the case word, in a
    clause telling of a journey (cues movement), is when someone travelled, not the report day."""
    words = r.tax.cue_words.get("movement", ())
    if not words or not any(c in _CLAUSE_MARKS for c in r.scan[h.end:dm.start]):
        return False
    _, end = _clause_bounds(r.marks, dm.start, h.s, h.e)
    return any(w in r.scan[dm.end:end] for w in words)


def _date_before(sd: _SentenceDates, h: _Hit) -> tuple[DateMention, str] | None:
    """The last date of the trigger's sentence written before it, as the trigger's own."""
    i = bisect.bisect_right(sd.own_ends, h.pos) - 1
    return (sd.own[i], "own") if i >= 0 and sd.own[i].start >= h.s else None


def _too_far_back(r: _Reader, h: _Hit, dm: DateMention | None) -> bool:
    """Whether the last date of the text is too far back for the trigger to take (for the types
    [types] inherits_near lists): written more than [reach] inherit characters before
    it, the date belongs to other news the report told on the way, no longer the day it is at.
    Not in a notice's numbered items (…自5日起实行静态管理，现公告如下：…二、…实施封闭管理),
    which all take the day of its opening, nor after a case's movements (cues trail), a
    parenthesis the text steps out of back to its own day."""
    reach = r.tax.reach.get("inherit")
    if dm is None or reach is None or h.pos - dm.end <= reach or r.in_trail \
            or not r.tax.serves("inherits_near", h.trig.type):
        return False
    return r.tax.notice_item_re.match(r.text, r.text.rfind("\n", 0, h.s) + 1) is None


def _may_inherit(r: _Reader, h: _Hit) -> bool:
    """Whether a trigger with no date of its own may take the last date of the text: for the
    types [types] inherits_own_kind lists, not when that date's sentence told only measures of
    other types (a case found) and not for a measure ahead (甲市很快将组织新一轮全员核酸检测)."""
    if h.trig.type == "case_report" and _part_of_running_total(r, h):
        return False
    if r.occ is not None and "period_before" in r.occ.patterns and r.occ.first("period_before", h.s, h.pos):
        return False  # 5月以来，甲县、乙市等地均采取了封控措施: a roundup of a period, no day
    if _rule_of_round(r, h):
        return False
    if not r.tax.serves("inherits_own_kind", h.trig.type):
        return True
    if r.last_told and h.trig.type not in r.last_told and not _takes_other_kinds_date(r, h):
        return False
    return r.occ is None or r.occ.first("ahead_before", h.clause[0], h.pos) is None


def _rule_of_round(r: _Reader, h: _Hit) -> bool:
    """A measure told after a sentence of a round of testing alone, naming no place and no whole
    area of its own (居家等候结果时不外出; 封控区内居民不出户，上门采样): a rule of that round for
    some people, no measure begun on the round's day ([types] not_dated_by_round). 全县实行静态
    管理 or a named place after the round is a measure of its own and still takes that day."""
    if not r.tax.serves("not_dated_by_round", h.trig.type) or r.last_told != _ROUND_ONLY or r.occ is None:
        return False
    if r.occ.first("whole_area", h.s, h.e) is not None:
        return False
    return not _place_in(r, h.s, h.e)


def _told_in_passing(r: _Reader, h: _Hit, date_how: str) -> bool:
    """A measure or case the sentence names on the way to telling something else: within a
    screening whose day it does not give (第二轮筛查中，甲镇发现2例), or as the topic of another
    action (巩固静态管理成果). A reference: no day, so no dated event."""
    return (date_how != "own" and _within_screening(r, h)) or _named_as_topic(r, h)


def _named_as_topic(r: _Reader, h: _Hit) -> bool:
    """A measure named inside a noun phrase that closes its clause as what is looked into, kept
    or learnt from (了解封村、封楼等情况; 巩固静态管理成果; 总结核酸检测经验; cues topic_close):
    the measure is the topic of another action, a reference with no day, not a measure imposed."""
    ends = r.tax.cue_words.get("topic_close", ())
    return bool(ends) and h.end < h.clause[1] and r.scan.endswith(ends, h.end, h.clause[1])


def _screening_frame(r: _Reader, lo: int, hi: int) -> bool:
    """Whether the clause [lo, hi) is a screening told as a frame of time (第二轮核酸检测时，/
    在全员筛查中，/ 本轮检测结果出来前，): it names a screening word (cues frame_screening),
    ends with a frame word (cues frame_close) and leads the clause after it (a comma)."""
    words = r.tax.cue_words
    ends, screening = words.get("frame_close", ()), words.get("frame_screening", ())
    if not ends or hi >= len(r.scan) or r.scan[hi] not in "，,":
        return False
    return r.scan.endswith(ends, lo, hi) and any(r.scan.find(w, lo, hi) >= 0 for w in screening)


def _within_screening(r: _Reader, h: _Hit) -> bool:
    """A trigger in a screening frame or in a clause after one: what the sentence tells
    happened within that screening (检测时发现2例阳性; 结果出来前居民不出户; the screening word itself
    as the time of a rule), told without its day. It is no event of the day the text last wrote,
    which belongs to other news: a sentence of its own day keeps that day."""
    if _screening_frame(r, h.clause[0], h.clause[1]):
        return True
    lo = h.s
    while lo < h.clause[0] - 1:
        clause = _clause_bounds(r.marks, lo, h.s, h.e)
        if _screening_frame(r, clause[0], clause[1]):
            return True
        lo = clause[1] + 1
    return False


def _takes_other_kinds_date(r: _Reader, h: _Hit) -> bool:
    """Whether a trigger may still take the last date when its sentence told other kinds: a
    closure among a lockdown notice's measures ([types] inherits_from_lockdown), or one whose text
    gives no day of its own to start from (undated_from_today finds none): the last date is all
    there is."""
    if "lockdown" in r.last_told and r.tax.serves("inherits_from_lockdown", h.trig.type):
        return True
    return r.tax.serves("undated_from_today", h.trig.type) and _undated_start(r.ctx, h.trig, r.tax) is None


def _part_of_running_total(r: _Reader, h: _Hit) -> bool:
    """A count whose last date is the as-of day of a running total told in that date's sentence
    (截至…累计报告确诊病例40例。其中甲镇12例…), with no word of new cases in its own sentence:
    a part of that total, which has no day of report. (A running total of people tested,
    累计检测16万人, counts no cases: the total must be one of 例.)"""
    last = r.last_date
    if last is None or not last.as_of:
        return False
    end = r.scan.find("。", last.end)
    told = r.scan[last.end:end if end >= 0 else len(r.scan)]
    at = min((i for w in r.tax.cue_words["cumulative"] if (i := told.find(w)) >= 0), default=-1)
    return at >= 0 and "例" in told[at:] and _NEW_WORD not in r.scan[h.s:h.e]


def _own_window(sd: _SentenceDates, h: _Hit, dm: DateMention | None, date_how: str) -> bool:
    """A lockdown going on with a window of its own (甲区自4月23日零时至26日24时继续实施静态管理):
    an own start or span not opening another trigger before it in the sentence."""
    return date_how == "own" and dm is not None and (dm.from_ or dm.end_date is not None) \
        and not _trigger_between(sd, dm.end, h.pos)


def _trigger_between(sd: _SentenceDates, lo: int, hi: int) -> bool:
    """Whether another trigger stands between a date and a trigger after it (自5日起解除甲镇以外
    区域的静态管理，甲镇继续实行静态管理): the date is that trigger's, not the later one's."""
    i = bisect.bisect_left(sd.triggers, lo)
    return i < len(sd.triggers) and sd.triggers[i] < hi


def _coordinated(h: _Hit, raw: list[tuple[Event, bool]], where: _Where) -> _Where:
    """A case word coordinated with one its sentence scoped by a deixis word (全市新增确诊病例1例，
    另有无症状感染者4例): the same scope, not the article's county found by default."""
    if h.trig.type != "case_report" or where.how not in _DEFAULT_PLACES:
        return where
    prev = next((ev for ev, _ in reversed(raw[-_COORDINATED_BACK:])
                 if ev.evidence_start == h.s and ev.type == "case_report"), None)
    if prev is None or prev.place_how != "deixis":
        return where
    places = [prev.place] if prev.place is not None else []
    return _Where(places, "deixis", None, tuple(p.key for p in places))


def _continued_scope(r: _Reader, h: _Hit, raw: list[tuple[Event, bool]], where: _Where) -> _Where:
    """A report with no place of its own after a city-wide report of its kind (全市新增确诊病例2例。
    …另有入境阳性1例): the city's scope goes on, not the county named elsewhere."""
    if where.how not in _DEFAULT_PLACES or not r.tax.serves("scope_continues", h.trig.type):
        return where
    prev = next((ev for ev, _ in reversed(raw) if ev.type == h.trig.type and ev.evidence_start < h.s), None)
    if prev is None or prev.place_how != "deixis" or prev.county is not None or prev.place is None:
        return where
    return _Where([prev.place], "deixis", None, (prev.place.key,))


def _next_round_scope(r: _Reader, h: _Hit, raw: list[tuple[Event, bool]], where: _Where,
                      quants: dict[str, int | None]) -> _Where:
    """第三轮…已于今天开始, with no place of its own, after a sentence that listed the places of the
    round before (已完成对甲区、乙区、丙县的第二轮检测): the next round covers those places, not
    the article's county found by default ([types] round_scope_continues)."""
    n = quants.get("round")
    if n is None or n < 2 or where.how not in _DEFAULT_PLACES or \
            not r.tax.serves("round_scope_continues", h.trig.type):
        return where
    groups: dict[int, dict[Hashable, Place]] = {}  # sentence -> places of an earlier round told there
    for ev, _ in raw:
        if ev.type == h.trig.type and ev.round is not None and ev.round < n and ev.evidence_start < h.s \
                and ev.place is not None:
            groups.setdefault(ev.evidence_start, {})[ev.place.key] = ev.place
    places = next((list(g.values()) for _, g in sorted(groups.items(), reverse=True) if len(g) >= 2), None)
    if places is None:
        return where
    return _Where(places, "listed", None, tuple(p.key for p in places))


_DEFAULT_PLACES = ("subject", "article")  # place_for's fallbacks: no place of the sentence's own
_COORDINATED_BACK = 8  # events read back for the sentence's earlier case word


def _labelled_date(r: _Reader, h: _Hit, sd: _SentenceDates) -> tuple[DateMention, None, str] | None:
    """The date a trigger ending in a colon labels (第二轮：5月6日…): the one right after it,
    not one of the row before it run into the same line."""
    if not r.scan.endswith(_LABEL_MARKS, h.pos, h.end):
        return None
    i = bisect.bisect_left(sd.own_starts, h.end)
    if i < len(sd.own) and sd.own[i].start - h.end <= r.tax.reach["label_gap"]:
        return sd.own[i], None, "own"
    return None


_LABEL_MARKS = (":", "：", "为")  # 第二轮：5月6日 / 第二轮时间为5月6日


def _events_at(r: _Reader, h: _Hit, where: _Where, when: _When, partial: str | None, date_how: str, conf: float,
               quants: dict[str, int | None]) -> list[tuple[Event, bool]]:
    """One event of the trigger per place it applies to (an event without a place too)."""
    trig = h.trig
    out: list[tuple[Event, bool]] = []
    places = [] if _total_over_counties(r, h, where, quants) else where.places
    for place, scope, scope_name in _row_targets(r, places, partial, trig.type):
        ev = Event(type=trig.type, kind=trig.kind, scope=scope, scope_name=scope_name, place=place,
                   county=_county(place),
                   start=when.start, start_time=when.start_time, end=when.end, announced=when.announced,
                   precision=when.precision, date_text=when.date_text, evidence=r.text[h.s:h.e], evidence_start=h.s,
                   evidence_end=h.e, rule=f"{trig.type}:{trig.pattern}", place_how=where.how, date_how=date_how,
                   confidence=conf, not_after=when.not_after, month_day=None, **quants)
        out.append((ev, trig.needs_open))
    return out


def _total_over_counties(r: _Reader, h: _Hit, where: _Where, quants: dict[str, int | None]) -> bool:
    """Whether a case count is the total of two or more counties its sentence lists (确诊病例51例，
    涉及甲区、乙区、丙区六个区), with no word that each has it (cues cases_each): the count is tied
    to none of them, and a row per county would copy the total to each."""
    if h.trig.type != "case_report" or quants.get("count") is None:
        return False
    return len(_county_keys(where.places)) > 1 and not _cue_in(r, "cases_each", h.s, h.e)


def _county_keys(places: Iterable[Place | None]) -> set[str]:
    """The keys of the counties the places roll up to (a place above county level has none)."""
    return {c.key for p in places if p is not None and (c := _county(p)) is not None}


def _cue_in(r: _Reader, name: str, lo: int, hi: int) -> bool:
    """Whether a word of cue ``name`` lies wholly inside [lo, hi) of the sentence being read,
    asked of its occurrence index (no copy of the stretch)."""
    return r.occ is not None and name in r.occ.patterns and r.occ.first(name, lo, hi) is not None


def _row_targets(r: _Reader, places: list[Place], partial: str | None,
                 etype: str) -> list[tuple[Place | None, str | None, str | None]]:
    """The (place, scope, scope name) of each row of a measure over ``places``. For the types
    counted by county ([types] county_rows), two or more towns of one county (对甲镇、乙镇、丙街道
    开展全员核酸检测) are one row of that county, the towns written as its scope."""
    if not places:
        return [(None, "other" if partial else scope_of(None, r.tax), None)]
    towns: dict[str, list[Place]] = {}
    if r.tax.serves("county_rows", etype):
        for p in places:
            if (c := _county_above(p)) is not None:
                towns.setdefault(c.key, []).append(p)
    out: list[tuple[Place | None, str | None, str | None]] = []
    for p in places:
        c = _county_above(p)
        group = towns.get(c.key, []) if c is not None else []
        if c is not None and len(group) > 1:
            if group[0] is p:
                out.append((c, "other", "、".join(r.written.get(t.key, t.name) for t in group)))
            continue
        name = r.written.get(p.key, p.name)
        out.append((p, "other" if partial else scope_of(p, r.tax), name + partial if partial else name))
    return out


def _county_above(p: Place) -> Place | None:
    """The county a place below county level (a town, a community) lies in."""
    return _county(p) if _LEVEL_RANK.get(p.level, 0) > _LEVEL_RANK["county"] else None


_DAY_JOINERS = ("、", "和", "及", "与")  # between the days of a list (5日、7日; 5日和7日)


def _listed_days(r: _Reader, sd: _SentenceDates, dm: DateMention) -> list[date]:
    """The other days of a list of days that dm ends or starts (于10月5日、7日分别开展了两轮):
    one round on each day (a comma does not join: 10月5日，7日起… is a report date, then a start)."""
    dms = sd.dms
    k = next((i for i, d in enumerate(dms) if d is dm), None)
    if k is None:
        return []
    days: list[date] = []
    for step in (-1, 1):
        i = k
        while 0 <= i + step < len(dms) and len(days) < _LIST_DAYS_MAX:
            a, b = (dms[i + step], dms[i]) if step < 0 else (dms[i], dms[i + step])
            day = dms[i + step].date
            if r.scan[a.end:b.start] not in _DAY_JOINERS or day is None:
                break
            if a.as_of or b.as_of or a.end_date or b.end_date or a.from_ or b.from_:
                break
            i += step
            days.append(day)
    return [d for d in days if d != dm.date]


_LIST_DAYS_MAX = 6  # days read in one list (bounded work)


def _days_of_span(r: _Reader, h: _Hit, dm: DateMention) -> list[date]:
    """The later days of a span with as many rounds or days in a row as it has days (10月2日至4日
    开展3轮; 5日至7日连续三天开展): one round a day, the first being the span's start."""
    # an inherited span: read its own sentence (…5月16日至18日，每日开展), not the text up to the trigger
    full_stop = r.scan.find("。", dm.end, h.s)
    return _span_days(r, dm, h.e if dm.start >= h.s else full_stop if full_stop >= 0 else h.s)


def _span_days(r: _Reader, dm: DateMention, stop: int) -> list[date]:
    """The later days of dm's span (or of its start) when the words from dm to stop give as many
    rounds or days in a row as it has days (_days_of_span); else none."""
    if dm.date is None or (dm.end_date is None and not dm.from_):
        return []
    # a start (10月8日起，连续三天开展): as many days from it as the days in a row say
    n_days = (dm.end_date - dm.date).days + 1 if dm.end_date is not None else None
    if n_days is not None and not 1 < n_days <= _LIST_DAYS_MAX:
        return []
    q = r.tax.quantity
    for name in ("series", "consecutive_days") if n_days is not None else ("consecutive_days",):
        pat = q.get(name)
        m = pat.search(r.scan, dm.end, stop) if pat is not None else None
        n = cn_int(m.group("n")) if m is not None and m.group("n") else n_days if m is not None else None
        if n is not None and (n == n_days or (n_days is None and 1 < n <= _LIST_DAYS_MAX)):
            return [dm.date + timedelta(days=k) for k in range(1, n)]
    return []


def _testing_how(r: _Reader, h: _Hit, dm: DateMention) -> str:
    """How a round's own date reads: "as_of" for progress (截至…已采样) of a round the article
    may report further on, "announced" for the day a notice was issued (2月7日，甲县发布通告，
    启动全员核酸检测), which a later day of the round told further on replaces."""
    if dm.as_of:
        return "as_of"
    if dm.end <= h.pos and r.tax.cue_re["announce_after"].search(r.scan, dm.end, h.pos):
        return "announced"
    if dm.start >= h.end and _issued_on(r, dm):
        return "announced"  # 甲县启动核酸筛查(heading)5月14日，甲县指挥部发布《通告》: the notice's day
    return "own"


def _announced_how(r: _Reader, h: _Hit, raw: list[tuple[Event, bool]], dm: DateMention | None, date_how: str) -> str:
    """How a round's day reads for the types whose notice's day yields to a later day of their
    own ([types] announced_day_yields): its own day may be the notice's (_testing_how), and a day
    inherited from the notice's issuing (5月14日，甲县发布《通告》。…决定分批开展核酸筛查) is too."""
    if dm is None or not r.tax.serves("announced_day_yields", h.trig.type):
        return _bulletin_how(r, h, dm, date_how)
    if date_how == "own":
        return _testing_how(r, h, dm)
    return "announced" if date_how == "inherited" and _notice_day(raw, h.trig.type, dm) else date_how


def _bulletin_how(r: _Reader, h: _Hit, dm: DateMention | None, date_how: str) -> str:
    """A case count's own day written before a word of issuing (9月2日，甲县卫健委发布疫情通报，
    称检出2例阳性): "bulletin", the day the cases were announced, which yields to an earlier day the
    article gives the same cases (_drop_inherited_case_repeats)."""
    if h.trig.type != "case_report" or date_how != "own" or dm is None or dm.end > h.pos:
        return date_how
    return "bulletin" if r.tax.cue_re["announce_after"].search(r.scan, dm.end, h.pos) else date_how


def _notice_day(raw: list[tuple[Event, bool]], etype: str, dm: DateMention | None) -> bool:
    """Whether an inherited day is the day the article's last measure of this type was announced
    (its notice's issuing day): a round decided in the notice then takes it only until a day of its
    own is told (_dated_by_timetable, _drop_announced_days)."""
    last = next((ev for ev, _ in reversed(raw) if ev.type == etype), None)
    return dm is not None and last is not None and last.date_how == "announced" and last.start == dm.date


_TITLE_OPENERS = ("《", "了《")  # a notice's title right after the word of issuing


def _issued_on(r: _Reader, dm: DateMention) -> bool:
    """A date after the testing word followed, in the next clause, by an issuer and a word of
    issuing (5月14日，某县指挥部发布《…的通告》): the day a notice went out, told after the round
    it announces (a heading run into its paragraph); the round's own day is told further on."""
    if r.scan[dm.end:dm.end + 1] not in ("，", ","):
        return False
    _, end = _clause_bounds(r.marks, dm.end + 1, r.sent_start, r.sent_end)
    m = r.tax.cue_re["announce_after"].search(r.scan, dm.end + 1, end)
    # the notice named as issued (发布《…》), not a word of the clause (请居民按社区通知参加)
    return m is not None and r.scan.startswith(_TITLE_OPENERS, m.end())


def _date_checked(r: _Reader, h: _Hit, raw: list[tuple[Event, bool]], where: _Where, quants: dict[str, int | None],
                  dm: DateMention | None, date_how: str) -> tuple[DateMention | None, str] | None:
    """None when the trigger's date shows it is no new event; else its date mention and how."""
    trig = h.trig
    if (trig.type == "mass_testing" and dm is not None and dm.as_of and date_how == "own"
            and _progress_of_round(raw, where.places, dm, quants)):
        return None  # 截至14日18时，全区累计采样21.6万人: progress of a round already reported
    if trig.type == "mass_testing" and date_how == "own" and dm is not None \
            and _later_part_of_round(r, h, raw, where, dm):
        return None  # 9日起先测甲区北部。10日起，对甲区其余街镇开展检测: a later batch of that round
    if trig.type == "mass_testing" and date_how == "own" and _finish_of_told_round(r, h, raw, where, quants, dm):
        assert dm is not None
        _progress_of_round(raw, where.places, dm, quants)  # its figures (采样50万人) are the round's
        return None  # 5日启动首轮全员核酸检测。7日，全区完成样本采集…全部完成核酸检测: that round done
    if trig.type == "mass_testing" and _round_still_going(r, h, raw, where, quants, dm):
        return None  # 24日启动全员核酸检测。…25日凌晨，医护人员仍在为居民做核酸采样: that round's next day
    if trig.type == "mass_testing" and dm is not None and dm.as_of and _rounds_to_date(r, h, dm):
        return None  # 截至10日24时，甲县已完成五轮核酸检测: a running count of rounds, no round of that day
    if trig.type == "mass_testing" and date_how == "own" and dm is not None and _series_over_range(r, h, dm):
        return None  # 自3月1日至20日，已进行了四轮全员核酸检测: rounds on days the text does not tell
    if _done_undated(r, h, dm, date_how):
        return None
    if trig.type == "mass_testing" and date_how == "inherited" and dm is not None and dm.as_of:
        return None  # 截至2日20时，累计…。眼下首轮筛查已结束: a tally's day is no round's day
    if trig.type == "mass_testing" and date_how == "inherited" and _another_rounds_day(raw, dm, quants.get("round")):
        return None, "none"  # 3日完成第一轮检测。…决定开展第二轮检测: round 2 is not on round 1's day
    if trig.type == "mass_testing" and date_how != "own" and r.occ and r.occ.first("many_rounds", h.clause[0], h.pos):
        return None  # 期间开展多轮全员核酸检测: rounds on days the text does not tell
    if trig.type == "case_report" and date_how == "inherited" and dm is not None and dm.as_of \
            and not _found_here(r, h):
        # 截至5日，全市共检测…人。其中，甲区某校1名学生确诊: a case in a tally to a day, and its
        # sentence tells of no case found (cues case_found), so the as-of day is no report day
        return None
    if trig.type == "case_report" and date_how == "own" and dm is not None and dm.as_of and dm.end <= h.pos \
            and r.scan.find(_NEW_WORD, dm.end, h.pos) < 0 and r.tax.count_then_bracket_re.match(r.scan, h.end, h.e):
        # 截至14日17时，全省报告阳性感染者17例（甲县3例、…）: the outbreak's running total spread
        # over its areas, no new cases (a notice's own first tally, 截至…我市共确诊3例, stays a report)
        return None
    if trig.type == "case_report" and date_how == "own" and dm is not None and dm.from_ and dm.start >= h.clause[1]:
        # 因甲县发现1例无症状感染者，…自3月30日起划定封控区: the start of the measure the
        # cases caused, written after them, is not the day they were found
        return None, "none"
    return dm, date_how


def _round_still_going(r: _Reader, h: _Hit, raw: list[tuple[Event, bool]], where: _Where,
                       quants: dict[str, int | None], dm: DateMention | None) -> bool:
    """A bare testing word with no verb that runs a round before it in its clause and no round
    number (…仍在为居民做核酸采样; 经过13、14日两日的工作，核酸采样基本完毕), dated the day after a
    round of its county the article told: the work of that round going on, not a new round."""
    if dm is None or dm.date is None or quants.get("round") is not None or not _bare_testing(r, h):
        return False
    assert r.occ is not None
    if r.occ.first("conduct_verbs", h.clause[0], h.pos) is not None:
        return False
    counties = _county_keys(where.places)
    return any(ev.type == "mass_testing" and ev.county is not None and ev.county.key in counties
               and ev.start is not None and 0 < (dm.date - ev.start).days <= r.tax.days["campaign"]
               for ev, _ in raw[-_ROUND_LOOKBACK:])


def _later_part_of_round(r: _Reader, h: _Hit, raw: list[tuple[Event, bool]], where: _Where, dm: DateMention) -> bool:
    """A testing word whose clause tells the wrap-up of a round (cues round_wrapup: 采样收尾), or the
    rest of the area of a round of the same counties told a few days before (cues round_rest:
    对甲区其余街镇开展检测): a later batch of one round, which is dated by its start (as batches
    told in one sentence are, _in_batches), not a round of its own."""
    lo, hi = h.clause
    wrapup, rest = r.tax.cue_re.get("round_wrapup"), r.tax.cue_re.get("round_rest")
    if wrapup is not None and wrapup.search(r.scan, lo, hi) is not None:
        return True
    return rest is not None and rest.search(r.scan, lo, h.pos) is not None and _round_told_before(r, raw, where, dm)


def _finish_of_told_round(r: _Reader, h: _Hit, raw: list[tuple[Event, bool]], where: _Where,
                          quants: dict[str, int | None], dm: DateMention | None) -> bool:
    """A day written before a testing word with a word of finishing between (7日，全区完成了样本采集，
    …全部完成核酸检测), after an earlier sentence told a round of the same counties begun a few days
    before it (at most [days] progress): the day that round finished, not a round of its own (in
    one sentence, _begun_before_finished dates it by its start). Another round number is a round."""
    if dm is None or dm.date is None or dm.end > h.pos or dm.start < r.sent_start:
        return False
    if not r.tax.cue_re["finish_between"].search(r.scan, dm.end, h.pos):
        return False
    n, counties = quants.get("round"), _county_keys(where.places)
    return any(ev.type == "mass_testing" and ev.county is not None and ev.county.key in counties
               and ev.start is not None and 0 < (dm.date - ev.start).days <= r.tax.days["progress"]
               and ev.evidence_end <= r.sent_start and (n is None or ev.round in (None, n))
               for ev, _ in raw[-_ROUND_LOOKBACK:])


def _round_told_before(r: _Reader, raw: list[tuple[Event, bool]], where: _Where, dm: DateMention) -> bool:
    """Whether a testing row of the trigger's counties was told on one of the [days] campaign
    days up to the day dm: the round a later batch belongs to."""
    if dm.date is None:
        return False
    counties = _county_keys(where.places)
    return any(ev.type == "mass_testing" and ev.county is not None and ev.county.key in counties
               and ev.start is not None and 0 <= (dm.date - ev.start).days <= r.tax.days["campaign"]
               for ev, _ in raw[-_ROUND_LOOKBACK:])


def _another_rounds_day(raw: list[tuple[Event, bool]], dm: DateMention | None, n: int | None) -> bool:
    """Whether the day a numbered round would inherit is the day of another numbered round told
    in the day's sentence (5月3日完成第一轮全员核酸检测。…决定开展第二轮全员核酸检测，时间：…): a
    notice reporting one round and announcing the next, whose day it tells later or not at all."""
    if dm is None or n is None:
        return False
    rounds = {ev.round for ev, _ in raw[-_ROUND_LOOKBACK:] if ev.type == "mass_testing" and ev.round is not None
              and ev.evidence_start <= dm.start < ev.evidence_end}
    return bool(rounds) and n not in rounds


def _confidence(t: EventTuning, trigger: float, place_how: str, date_how: str) -> float:
    """A trigger's confidence discounted by how its place and its date were found."""
    # one comparison chain, not a dict built per trigger
    place_f = (t.place_clause if place_how == "clause" else t.place_deixis if place_how == "deixis"
               else t.place_sentence if place_how == "sentence" else t.place_listed if place_how == "listed"
               else t.place_article if place_how == "article" else t.place_subject if place_how == "subject"
               else t.place_other)
    date_f = t.date_own if date_how == "own" else t.date_inherited if date_how == "inherited" else t.date_other
    return round(trigger * place_f * date_f, 2)


def _during_testing(r: _Reader, h: _Hit, raw: list[tuple[Event, bool]]) -> _When | None:
    """A lockdown bound to the testing the article reported (核酸检测期间，全县居家不外出):
    it starts on the first day of that testing campaign (the latest round and the rounds
    on the days just before it)."""
    assert r.occ is not None
    if r.occ.first("during_testing", h.s, h.pos) is None:
        return None
    days = [ev.start for ev, _ in raw if ev.type == "mass_testing" and ev.start is not None]
    if not days:
        return None
    last = max(days)
    first = min(d for d in days if (last - d).days <= r.tax.days["campaign"])
    return _When(start=first, end=last if last != first else None, precision="exact", how="inherited")


def _notice_title(r: _Reader, h: _Hit) -> tuple[int, int] | None:
    """(start of its opener, start of its end word) of the notice's title the trigger stands in
    (甲县关于开展…核酸检测的通告, the title possibly wrapped over two lines), else None."""
    cues, scan = r.tax.cues, r.scan
    lo = max(0, h.pos - r.tax.reach["title_tail"])
    opener = -1
    for w in cues["notice_title"]:
        i = scan.rfind(w, lo, h.pos)
        if i > opener:
            opener = i
    if opener < 0 or any(c in scan[opener:h.pos] for c in "。！？；;"):
        return None
    hi = min(len(scan), h.end + r.tax.reach["title_tail"])
    ends = [i for w in cues["notice_title_end"] if (i := scan.find(w, h.end, hi)) >= 0]
    if not ends or any(c in scan[h.end:min(ends)] for c in "。！？；;"):
        return None
    return opener, min(ends)


def _title_takes_no_date(r: _Reader, h: _Hit, dm: DateMention | None, date_how: str) -> bool:
    """Whether a trigger in a notice's title names the measure the body reports: it has no
    date of its own, or its date stands outside the title (past its end, or before its opener:
    the day the notice was issued) while the sentence words the same measure again after the
    title (关于将甲小区划为封控区的通告 各位居民：10月6日发现…，自即日起，将甲小区划为封控区;
    9日夜发布关于调整甲镇静默管理的通告，乙镇10日起继续静默管理): that day is not the measure's."""
    title = _notice_title(r, h)
    if title is None:
        return False
    if date_how != "own" or dm is None:
        return True
    tax, scan = r.tax, r.scan
    opener, end = title  # the title's end word, the first after the trigger
    if (dm.start > h.end and dm.start <= end) or (dm.start < h.end and dm.end > opener):
        return False  # a date inside the title is the measure's own
    return any(tax.trigger_of(m).type == h.trig.type for m in tax.triggers_re.finditer(scan, end, r.sent_end))


def _inside(r: _Reader, pos: int, end: int) -> list[Place]:
    """Places named inside a trigger's own words, ancestors of another one left out."""
    i = bisect.bisect_left(r.starts, pos)
    found: list[Place] = []
    while i < len(r.mentions) and r.mentions[i].end <= end and len(found) < _INSIDE_MAX:
        found.append(r.mentions[i].place)
        i += 1
    parents = {a.key for p in found for a in p.lineage[:-1]}
    return [p for p in found if p.key not in parents]


_INSIDE_MAX = 32  # places read inside one trigger match (bounded work)


def _listed_below(r: _Reader, h: _Hit) -> list[Place]:
    """The places listed after the colon that closes a trigger announcing a list (对以下区域
    实施封控管理：甲区乙街道丙小区；丁县戊村。), each written path by its deepest place."""
    scan = r.scan
    reach, announce = min(h.e, h.end + r.tax.reach["colon"]), r.tax.cue_words["list_announce"]
    colon = min((i for i in (scan.find("：", h.end, reach), scan.find(":", h.end, reach)) if i >= 0), default=None)
    if colon is None or "。" in scan[h.end:colon] or not any(w in scan[h.s:h.pos] for w in announce):
        return []
    i = bisect.bisect_right(r.starts, colon)
    later = r.tax.serves("later_notice", h.trig.type)  # 丙县…另行通告: no place of this list
    ms = [m for m in r.mentions[i:bisect.bisect_left(r.starts, h.e)]
          if m.end <= h.e and not (later and _left_to_later_notice(r, m.end))]
    out: list[Place] = []
    for m, n in zip(ms, [*ms[1:], None], strict=False):
        if (n is None or not _above(m, n)) and m.place not in out:
            out.append(m.place)
    out = [p for p in out if _county(p) is not None]  # an issuer's city run into the list is none of it
    return out if len(out) > 1 else []


def _not_a_measure(r: _Reader, h: _Hit, sd: _SentenceDates, quants: dict[str, int | None], designation: bool) -> bool:
    """Whether the trigger is blocked, a case's context, unsupported or uncounted."""
    trig, scan, cues, occ = h.trig, r.scan, r.tax.cues, r.occ
    assert occ is not None
    # an enumeration of counted items (确诊病例3例、无症状感染者12例) is a report, not a task list
    counted = trig.type == "case_report" and quants.get("count") is not None
    if r.blocked(h.s, h.pos, h.end, h.clause, trig.kind, counted or designation, sd) or _appealed(r, h, sd):
        return True
    if r.tax.serves("drill", trig.type) and occ.first("drill", h.s, h.e):
        return True  # 应急演练，模拟发现阳性感染者后的封闭管控; 停课演练
    if _venue_sealed(r, h, sd):
        return True  # 对相关场所采取封闭管理: the places a case passed through, no area locked down
    if h.trig.imposes_lockdown and not designation and (_lower_zone_rule(r, h) or _zone_series(r, h)):
        return True  # 管控区实行封闭管理: a zone's regimen, below a lockdown; 已划定封控区、管控区: the scheme
    if trig.type == "mass_testing" and (
            (_result_follows(r, h) and not _done_round_result(r, h, sd))
            or scan.startswith(r.tax.cue_words["test_noun_after"], h.end)
            or _routine_before(occ, h.s, h.e, h.end)
            or (occ.first("key_groups", _object_clause(r, h), h.pos) and not _round_over_key_areas(r, h, quants))
            or occ.first("test_exempt_before", h.clause[0], h.pos)
            or _tested_people(r, h)
            or _told_of_another_thing(r, h, quants)
            or scan.startswith(r.tax.cue_words["area_rules_opening"], h.s)
            or _zone_rule(r, h)
            or _regimen_in_lockdown(r, h) or _testing_at_a_frequency(r, h, sd)
            or _found_a_positive(r, h) or _source_of_cases(r, h)
            or _excepted_testing(r, h)
            or (occ.first("negative_result", h.end, h.e) and not any(v is not None for v in quants.values())
                and not _dated_round(r, h, sd))):
        return True  # 核酸检测阳性感染者, 例行检测中发现, 核酸采样点, 结果均为阴性: not a round
    if trig.needs_support and not _supported(r, h.m, sd, quants, h.clause):
        return True
    if trig.kind != "lifted" and r.tax.serves("end_before", trig.type) and occ.first("end_before", h.clause[0], h.pos):
        return True  # 解除…封控区、管控区相应封控管控措施, 结束线上教学: what ends, not a measure starting
    if trig.type == "case_report" and _no_new_cases(r, h, sd, quants):
        return True  # 阳性人员所在小区, 已累计报告…, 截至目前共确诊…: cases reported before, or a running total
    if trig.type == "case_report" and _preliminary(r, h):
        return True  # 核酸检测初筛阳性5例: a first screening, no case until a recheck confirms it
    if trig.needs_count and quants.get("count") is None:
        return True  # a bare 阳性 counts only with its case count (发现9例阳性)
    if _names_area_of_other_event(r, h) or _lower_zone_lifted(r, h):
        return True  # 解除中风险区管控措施: the end of a lower zone's rules, no lockdown's
    if trig.kind == "closed_management" and "campus_before" in cues and occ.first("campus_before", h.clause[0], h.pos):
        return True  # 乙中学实行封闭式管理: a school's campus rule, not an area sealed
    if trig.type == "lockdown" and "until_result" in r.tax.cue_re and occ.first("until_result", h.s, h.pos) \
            and occ.first("whole_area", h.s, h.pos) is None:
        return True  # 核酸结果出来前不得外出: the tested person's wait, not a whole area kept home
    if trig.type == "school_closure" and _no_school_closed(r, h):
        return True  # 暂缓返校人员范围, 线上教学结束, 各校做好网上教学工作, …的师生暂缓返校
    if trig.needs_area and occ.first("whole_area", h.clause[0], h.pos) is None:
        return True  # 从严管理 of cadres, 战时管制 as a noun: a lockdown only of a whole area
    if trig.kind == "stay_at_home" and "group_before" in cues and occ.first("group_before", h.s, h.pos) \
            and occ.first("whole_area", h.s, h.pos) is None:
        return True  # 学生居家期间，非必要不外出: one group's rule, not a population kept home
    return trig.needs_level and quants.get("level") is None


def _no_school_closed(r: _Reader, h: _Hit) -> bool:
    """Whether a school-closure word closes no school: it names the pupils a rule covers
    (暂缓返校人员范围), ends a closure (线上教学结束), sets the teaching of a closure told elsewhere
    as a task (各校做好网上教学工作), or keeps home only the people a 的 clause picks out right
    before it (…旅居史的师生暂缓返校); a heading of conditions before it is any measure's
    (:func:`_under_criteria`)."""
    scan, words, occ = r.scan, r.tax.cue_words, r.occ
    assert occ is not None
    if scan.startswith((*words.get("school_noun_after", ()), *words.get("school_end_after", ())), h.end):
        return True
    if "school_task_before" in r.tax.cues \
            and occ.first("school_task_before", max(h.clause[0], h.pos - r.tax.reach.get("school_task", 0)), h.pos):
        return True
    return scan.endswith(words.get("school_people_before", ()), h.clause[0], h.pos)


def _case_told_before(r: _Reader, h: _Hit, quants: dict[str, int | None]) -> bool:
    """A case word that tells of cases already reported or of a running total, not new cases."""
    scan, occ = r.scan, r.occ
    assert occ is not None
    return bool(_case_reference(r, h)
            or scan.startswith(r.tax.cue_words["case_none_after"], h.end)
            or scan.startswith(r.tax.cue_words.get("case_total_after", ()), h.end)
            or scan.startswith(r.tax.cue_words.get("total_reached_after", ()), h.end)
            or _total_to_date(r, h)
            or _part_of_total(r, h)
            or _ahead_of_running_total(r, h, quants)
            or scan.startswith(r.tax.cue_words.get("case_anaphora_opening", ()), h.clause[0])
            or _since_clause(r, h)
            or occ.first("cumulative", h.clause[0], h.pos)
            or occ.first("case_total_before", h.s, h.pos)
            or occ.first("case_state_before", h.clause[0], h.pos)
            or _in_state_clause(r, h.clause[0], h.pos)
            or ("case_state_after" in occ.patterns and occ.first("case_state_after", h.end, h.clause[1]))
            or _uncounted_diagnosis(r, h, quants)
            or _case_pointed_back(r, h))


def _no_new_cases(r: _Reader, h: _Hit, sd: _SentenceDates, quants: dict[str, int | None]) -> bool:
    """A case word that reports no new cases of a day: part of a tally, cases told before or a
    running total, or the cases of a period since a day."""
    return _tally_part(r, h, sd) or _case_told_before(r, h, quants) or _counted_since(r, h, sd) \
        or _excepted_cases(r, h) or _counted_over_days(r, h)


def _counted_over_days(r: _Reader, h: _Hit) -> bool:
    """A case word whose clause counts over several days before it (甲县3天新增9例, 连续4天共
    报告20例; quantity span_count): the sum of a span, no one day's report."""
    pattern = r.tax.quantity.get("span_count")
    return pattern is not None and pattern.search(r.scan, h.clause[0], h.pos) is not None


def _excepted_cases(r: _Reader, h: _Hit) -> bool:
    """A case word in an exception clause (除甲镇1例系就诊时检出外，其他都在隔离点): the clause
    tells how some of the cases just reported were found, it reports none of its own."""
    cues = r.tax.cue_words
    opens, closes = tuple(cues.get("case_except_open", ())), tuple(cues.get("case_except_close", ()))
    clause = r.scan[h.clause[0]:h.clause[1]].strip().rstrip("，,；;")
    return bool(opens) and clause.startswith(opens) and clause.endswith(closes)


def _counted_since(r: _Reader, h: _Hit, sd: _SentenceDates) -> bool:
    """A case clause with no date of its own right after a time clause opened by 自/从 and closed
    by 以来 (自10月3日以来，全县新增阳性感染者12例): the cases of the whole period since that day, a
    running total, not the report of a day (nor of the day another sentence gives)."""
    cues = r.tax.cue_words
    head = r.scan[h.s:h.clause[0]].rstrip("，, ")
    if not head or not head.endswith(tuple(cues.get("since_clause_end", ()))):
        return False
    if not _CLAUSE_END.split(head)[-1].startswith(tuple(cues.get("case_since_open", ()))):
        return False
    i = bisect.bisect_left(sd.own_starts, h.clause[0])
    return i >= len(sd.own_starts) or sd.own_starts[i] >= h.clause[1]


def _in_state_clause(r: _Reader, lo: int, pos: int) -> bool:
    """仍在隔离观察的感染者40例: a clause of care or watch before pos, qualifying the
    case word with 的 (quantity case_state_clause), makes the count a stock of cases in that state."""
    pattern = r.tax.quantity.get("case_state_clause")
    m = pattern.search(r.scan, lo, pos) if pattern is not None else None
    if m is None:
        return False
    # 在对已集中隔离的返乡人员检测中发现1例: the people in care are where new cases were found
    # (cues case_found after the clause), not the cases' own state
    return not any(r.scan.find(w, m.end(), pos) >= 0 for w in r.tax.cue_words.get("case_found", ()))


_NUMBER = re.compile(r"[0-9]+")
_COUNT = re.compile(r"[0-9一二两三四五六七八九十]*")


def _case_pointed_back(r: _Reader, h: _Hit) -> bool:
    """该2名阳性人员系…, 感染者3：住甲镇…: cases a determiner points back to, or persons of a
    numbered list (a number after the case word labelling a paragraph, or joined to another
    number: 病例12、13). Their sentence tells the movements of cases reported already, so its
    dates are no report day (确诊病例13，无症状感染者25 is a breakdown of counts)."""
    words, scan = r.tax.cue_words, r.scan
    det = next((w for w in words.get("case_determiner", ()) if scan.startswith(w, h.clause[0])), None)
    units = words.get("case_number_units", ())
    if det is not None:
        m = _COUNT.match(scan, h.clause[0] + len(det), h.pos)
        end = m.end() + scan.startswith(units, m.end(), h.pos) if m is not None else -1  # units are one character
        if end == h.pos:
            return True
    m = _NUMBER.match(scan, h.end, h.e)
    if m is None:
        return False
    if scan.startswith(words.get("case_label_marks", ()), m.end()):
        return True  # 感染者3：住甲镇…
    joiner = next((w for w in words.get("case_label_joiners", ()) if scan.startswith(w, m.end())), "")
    return bool(joiner) and _NUMBER.match(scan, m.end() + len(joiner), h.e) is not None  # 病例12、13


def _names_area_of_other_event(r: _Reader, h: _Hit) -> bool:
    """A lockdown word naming a kind of area (cues noun_after) in the clause of a measure of
    another type ([types] area_of: 对封控小区开展全员核酸检测, 在封控区核酸检测中筛查出阳性):
    the place where that measure was done, not a lockdown the text reports."""
    kinds = r.tax.types.get("area_of")
    if not kinds or not h.trig.imposes_lockdown \
            or not r.scan.startswith(r.tax.noun_after, h.end):
        return False
    if _designates(r, h):
        return False  # 该小区升级为封控区: a designation
    lo, hi = h.clause
    return any(r.tax.trigger_of(m).type in kinds for m in r.tax.triggers_re.finditer(r.scan, lo, hi))


def _designates(r: _Reader, h: _Hit) -> bool:
    """Whether the trigger's clause designates an area as the trigger's kind: a designating word
    before it (升级为封控区), or a verb whose object comes before 为 (划定甲小区1号楼为封控区)."""
    if r.occ is None:
        return False
    if r.occ.first("designate", h.clause[0], h.pos) or _newly_designated(r, h):
        return True
    return r.scan[h.pos - 1:h.pos] == "为" and "designate_split" in r.tax.cue_re and bool(
        r.occ.first("designate_split", h.clause[0], h.pos))


def _newly_designated(r: _Reader, h: _Hit) -> bool:
    """Whether a designate_near word (新增) stands a few characters before the trigger in its
    clause with no count of cases between (新增封控管控区, 新增2个封控区): new areas designated,
    not new cases found in an area (新增3例阳性，均在封控区内; 新增三例…)."""
    near = r.tax.reach.get("designate_near", 0)
    if not near or r.occ is None or "designate_near" not in r.occ.patterns:
        return False
    hit = r.occ.first("designate_near", max(h.clause[0], h.pos - near), h.pos)
    return hit is not None and _CASE_NUMBER.search(r.scan, hit[1], h.pos) is None


def _previous_place(r: _Reader, h: _Hit, places: list[Place], how: str) -> tuple[list[Place], str]:
    """The places place_for found, or for a sentence that names none (its fallbacks
    _DEFAULT_PLACES) the county named just before it, even outside the article's county (…甲区
    …停运。各小区也开始实行封闭管理), for the types [types] previous_place lists."""
    if how not in _DEFAULT_PLACES or not r.tax.serves("previous_place", h.trig.type):
        return places, how
    j = _previous_county(r, bisect.bisect_left(r.starts, h.s), h.s)
    return ([r.mentions[j].place], "article") if j is not None else (places, how)


def _previous_county(r: _Reader, s_lo: int, s: int) -> int | None:
    """The mention of the county (or a place in it) named last before sentence s, within
    [reach] previous_place characters, with only its own city or province named after
    it in its own sentence (北林区、绥化经开区…): the place a sentence naming none goes on
    about. None when a place elsewhere was named after it (…甲县的病例。乙市也传出封城的消息),
    or its own city in a later sentence (the text went on about the whole city)."""
    reach = r.tax.reach["previous_place"]
    j = s_lo - 1
    while j >= 0 and s - r.mentions[j].end <= reach:
        p = r.mentions[j].place
        if _county(p) is not None:
            after = {m.place.key for m in r.mentions[j + 1:s_lo]}
            if _own_place_after(r, r.mentions[j].end, s):  # …乙县等地疫情持续，我县…: back to its own
                return None
            if j + 1 < s_lo and _sentence_between(r, r.mentions[j].end, r.mentions[j + 1].start):
                return None  # …甲区、乙区检测结果均为阴性。全市居民参加新一轮检测。时间为…: the city's
            return j if after <= {a.key for a in p.lineage} else None
        j -= 1
    return None


def _city_told_after(r: _Reader, k: int, s_lo: int) -> Place | None:
    """The city (or province) of mention k named last before sentence s_lo in a later sentence
    than k (…甲区、乙区检测结果均为阴性。全市域内居民均需参加。时间为…): the text has gone on
    about the whole city, which a sentence naming no place takes, not k's county."""
    last = r.mentions[s_lo - 1]
    lineage = {a.key for a in r.mentions[k].place.lineage}
    if last.place.level not in ("prefecture", "province") or last.place.key not in lineage:
        return None
    return last.place if _sentence_between(r, r.mentions[k].end, last.start) else None


def _sentence_between(r: _Reader, lo: int, hi: int) -> bool:
    """Whether a sentence ends between lo and hi (a full stop or a line break)."""
    return any(r.scan.find(c, lo, hi) >= 0 for c in ("。", "\n"))


def _round_over_key_areas(r: _Reader, h: _Hit, quants: dict[str, int | None]) -> bool:
    """在重点场所和重点人员中做第4轮检测: a numbered round over key areas (and groups) is
    one of the county's rounds; key groups alone (隔离人员, 封控区居民) stay closed groups, and so do
    the key groups of key areas, written as one phrase (重点地区重点人群)."""
    assert r.occ is not None
    if quants.get("round") is None or "key_areas" not in r.tax.cue_re:
        return False
    area = r.occ.first("key_areas", h.clause[0], h.pos)
    # 对重点地区重点人群开展第二轮检测: the key groups of key areas, the areas only qualify them
    return area is not None and not r.tax.cue_re["key_groups"].match(r.scan, area[1])


def _found_a_positive(r: _Reader, h: _Hit) -> bool:
    """A positive finding after the testing word in its clause (核酸检测初筛阳性), or in the next
    clause when the testing word closes its own as a frame of time (进行核酸检测时，发现2人阳性;
    在例行筛查中，甲县发现1人阳性; 在核酸检测排查中，…), or another result there (frame_result:
    …筛查中，发现2个混管异常): the test that found a case, not a round."""
    assert r.occ is not None
    if "positive_after" not in r.tax.cue_re:
        return False
    if r.occ.first("positive_after", h.end, h.clause[1]) is not None:
        return True
    frames = r.tax.cue_words.get("frame_after", ())
    if not any(r.scan.startswith(w, h.end) and h.end + len(w) == h.clause[1] for w in frames) \
            and not _screening_frame(r, h.clause[0], h.clause[1]):
        return False  # (在核酸检测筛查中，检出3例阳性: a frame whose screening words run past the trigger)
    nxt = _clause_bounds(r.marks, h.clause[1] + 1, h.s, h.e)
    return any(r.occ.first(cue, nxt[0], nxt[1]) is not None for cue in ("positive_after", "frame_result")
               if cue in r.tax.cue_re)


def _source_of_cases(r: _Reader, h: _Hit) -> bool:
    """均来自第二轮核酸检测: the testing the cases just told came from, named as their source."""
    lo = max(h.clause[0], h.pos - r.tax.reach.get("case_source", 0))
    return any(r.scan.find(w, lo, h.pos) >= 0 for w in r.tax.cue_words.get("case_source_before", ()))


def _result_follows(r: _Reader, h: _Hit) -> bool:
    """A result or a finding after the testing word (核酸检测阳性, 检测中发现): right after it,
    after a verb of showing (核酸检测显示结果异常), or after a testing word joined to it in its
    clause (甲市全员检测和重点人员核酸检测中发现): the tests told by what they found."""
    scan, words = r.scan, r.tax.cue_words
    results = words["result_after"]
    at = h.end + next((len(w) for w in words.get("result_link", ()) if scan.startswith(w, h.end)), 0)
    if scan.startswith(results, at):
        return True
    if not scan.startswith(words.get("task_joins", ()), h.end):
        return False
    nxt = r.tax.triggers_re.search(scan, h.end + 1, min(h.clause[1], h.end + 1 + r.tax.reach.get("joined_test", 0)))
    return nxt is not None and r.tax.trigger_of(nxt).type == h.trig.type and scan.startswith(results, nxt.end())


def _excepted_testing(r: _Reader, h: _Hit) -> bool:
    """除统一安排参加核酸采样外，一律足不出户: testing as the exception to a rule, not a round;
    also the first of a list of exceptions (除参加核酸检测、领取药品外)."""
    assert r.occ is not None
    after = r.tax.cue_words.get("except_after", ())
    if not after or r.occ.first("except_before", h.clause[0], h.pos) is None:
        return False
    if r.scan.startswith(after, h.end):
        return True
    return r.scan.startswith(_DAY_JOINERS, h.end) and r.scan[h.end:h.clause[1]].endswith(after)


def _object_clause(r: _Reader, h: _Hit) -> int:
    """Where the people a testing word tests are written: its clause, or the clause before when
    that one is a 对 phrase (对省外来甲县人员，落地即检) or names the people as the sentence's
    topic (居家隔离人员，按原方式进行核酸检测)."""
    lo = _clause_bounds(r.marks, h.clause[0] - 1, h.s, h.e)[0] if h.clause[0] > h.s else h.clause[0]
    opening = r.scan[lo:lo + 4].lstrip("一二三四五六七八九十0123456789、.．（）() ")
    topic = r.scan[lo:h.clause[0]].rstrip("，,").endswith(tuple(r.tax.cue_words["tested_people"]))
    return lo if lo < h.clause[0] and (opening.startswith("对") or topic) else h.clause[0]


def _zone_rule(r: _Reader, h: _Hit) -> bool:
    """管控区内除…外足不出户；防范区内…，隔日一检: testing among the rules of a risk
    zone, told in a clause or a semicolon part that opens with the zone, not a round."""
    words = r.tax.cue_words.get("zone_rules_opening", ())
    part = max(r.scan.rfind("；", h.s, h.pos), r.scan.rfind(";", h.s, h.pos)) + 1 or h.s
    return bool(words) and (r.scan.startswith(words, h.clause[0]) or r.scan.startswith(words, part)
                            or r.scan.startswith(words, h.s))


def _sealed_zone_regimen(r: _Reader, h: _Hit) -> bool:
    """A stay-home word right after a sealed zone's name and a rule verb (高风险区实行“足不出户…”,
    封控区内，执行足不出户): the regimen of the zones a list designated, not a place of its own."""
    zones, verbs = r.tax.cue_words.get("sealed_zone_name", ()), r.tax.cue_words.get("regimen_verbs", ())
    if not zones or h.trig.kind != "stay_at_home":
        return False
    at = h.pos
    while at > h.s and r.scan[at - 1] in "“\"‘「，,、":
        at -= 1
    verb = next((v for v in verbs if r.scan.endswith(v, h.s, at)), "")
    at -= len(verb)
    while at > h.s and r.scan[at - 1] in "，,":
        at -= 1
    return bool(verb) and r.scan.endswith(zones, h.s, at)


def _lower_zone_rule(r: _Reader, h: _Hit) -> bool:
    """A lockdown word in a clause or semicolon part that opens with a zone below a lockdown
    (管控区实行封闭管理; 防范区内…封闭式管理): the zone's rules, not a closure. A designation
    (管控区内发现阳性者转为封控区) is not passed here."""
    words = r.tax.cue_words.get("lower_zone_opening", ())
    part = max(r.scan.rfind("；", h.s, h.pos), r.scan.rfind(";", h.s, h.pos)) + 1 or h.s
    return bool(words) and any(r.scan.startswith(words, at) for at in (h.clause[0], part))


def _lower_zone_lifted(r: _Reader, h: _Hit) -> bool:
    """A lifting whose words name only zones below a lockdown (解除中风险区管控措施, 解除甲村管控区
    管控): the end of those zones' rules, which were no lockdown, so it ends none; a sealed zone or
    lockdown word among them (解除封控区、管控区…; 中高风险区) keeps it."""
    if h.trig.type != "lockdown" or h.trig.kind != "lifted":
        return False
    said, cues = r.scan[h.pos:h.end], r.tax.cue_words
    sealed = cues.get("sealed_zone_name", ()) + cues.get("stay_home", ())
    return any(z in said for z in cues.get("lower_zone_opening", ())) and not any(w in said for w in sealed)


def _preliminary(r: _Reader, h: _Hit) -> bool:
    """A positive of a first screening told as a state (司机核酸检测初筛阳性), not as people
    (1名初筛阳性病例), that its sentence does not say a recheck confirmed (经复核确认阳性)."""
    if "preliminary" not in r.tax.cue_re or r.occ is None:
        return False
    first = r.occ.first("preliminary", max(h.clause[0], h.pos - 4), h.end)
    return first is not None and r.occ.first("preliminary_confirmed", h.s, h.e) is None \
        and not r.scan.startswith(r.tax.cue_words.get("preliminary_persons", ()), h.end) \
        and not _counted_as_found(r, h.clause[0], first[0])


def _counted_as_found(r: _Reader, lo: int, at: int) -> bool:
    """Whether a finding word and a count of cases stand right before a first-screening word at
    ``at`` (发现3例初筛阳性, 检出1例初筛阳性人员): positives counted as people found, which a
    report counts like any case (a state is told without them: 司机核酸检测初筛阳性)."""
    if r.occ is None or "preliminary_found" not in r.occ.patterns:
        return False
    found = r.occ["preliminary_found"].last(lo, at)
    return found is not None and r.tax.quantity["count_before"].search(r.scan[found[1]:at]) is not None


def _uncounted_diagnosis(r: _Reader, h: _Hit, quants: dict[str, int | None]) -> bool:
    """A case word after a diagnosis or first-screening word (确定为确诊病例, 初筛阳性) with no
    count of cases anywhere before it in its sentence (检出1例阳性，经诊断为无症状感染者 counts)."""
    assert r.occ is not None
    if quants.get("count") is not None or r.occ.first("case_uncounted_before", h.clause[0], h.end) is None:
        return False
    return r.tax.quantity["count_part"].search(r.scan, h.s, h.pos) is None


def _no_count_in_sentence(r: _Reader, h: _Hit, quants: dict[str, int | None]) -> bool:
    """A case word in a sentence with no number of people or cases at all (又发现确诊病例,
    出现多起阳性病例): cases named, not counted — a reference, no case report of a day."""
    if h.trig.type != "case_report" or "any_count" not in r.tax.quantity or quants.get("count") is not None:
        return False
    assert r.occ is not None
    return r.occ.first("q_any_count", h.s, h.e) is None


def _total_to_date(r: _Reader, h: _Hit) -> bool:
    """甲县共报告确诊病例7例: a total word before the case word in its clause, with no 新增
    between them (今日共报告新增确诊病例3例 is new cases)."""
    assert r.occ is not None
    if r.scan.endswith(r.tax.cue_words.get("case_already_before", ()), h.clause[0], h.pos):
        return True  # 小区已确诊7例: cases diagnosed before, a state, not a report of new ones
    if "total_before" not in r.tax.cue_re:
        return False
    hit = r.occ.first("total_before", h.clause[0], h.pos)
    return hit is not None and r.scan.find(_NEW_WORD, hit[1], h.pos) < 0


_NEW_WORD = "新增"


def _tally_part(r: _Reader, h: _Hit, sd: _SentenceDates) -> bool:
    """截至…累计报告…例。确诊病例中，甲县75例: a case sentence with no date of its own and no
    word of cases found, after a running total's sentence, tells that total's parts, no new cases."""
    return not sd.own and _part_of_running_total(r, h) and not _found_here(r, h)


def _found_here(r: _Reader, h: _Hit) -> bool:
    """Whether the case word's sentence tells cases found (cues case_found: 发现, 检出…), not
    a tally's parts."""
    return _cue_in(r, "case_found", h.s, h.e)


def _ahead_of_running_total(r: _Reader, h: _Hit, quants: dict[str, int | None]) -> bool:
    """现将甲市确诊病例分布通报如下：截至…累计报告确诊病例30例(乙县10例…): a case word with no
    count of its own whose sentence goes on to a running total of cases, with no 新增 between:
    the word names the cases that total counts, and the places after it are the total's parts."""
    assert r.occ is not None
    if quants.get("count") is not None:
        return False
    hit = r.occ.first("cumulative", h.clause[1], h.e)
    return hit is not None and "例" in r.scan[hit[1]:h.e] and r.scan.find(_NEW_WORD, h.end, hit[0]) < 0


def _part_of_total(r: _Reader, h: _Hit) -> bool:
    """累计报告确诊病例30例，其中确诊病例25例…; 全省现有确诊病例9例，本土确诊病例6例: a case word
    after a running total or a state an earlier clause of its sentence opened, with no 新增
    between them, counts that total too, not new cases."""
    assert r.occ is not None
    hits = [x for x in (r.occ.first("cumulative", h.s, h.clause[0]), r.occ.first("case_state_before", h.s, h.clause[0]))
            if x is not None]
    return bool(hits) and r.scan.find(_NEW_WORD, max(x[1] for x in hits), h.pos) < 0


def _case_reference(r: _Reader, h: _Hit) -> bool:
    """Whether the words after a case word (or after the case words coordinated with it:
    确诊病例和无症状感染者活动轨迹) make the cases a reference, not a report."""
    scan, cues, pos = r.scan, r.tax.cues, h.end
    if "case_visit_after" in r.tax.cue_re and r.occ is not None and r.occ.first("case_visit_after", h.end, h.clause[1]):
        return True  # 1名阳性感染者在我县有活动轨迹: a case of elsewhere passing through
    if _converted(r, h):
        return True
    before = r.tax.cue_words.get("case_told_before", ())
    if before and scan.endswith(before, h.clause[0], h.pos) and not scan.endswith(_NEW_WORD[0], h.clause[0], h.pos - 3):
        return True  # （系7日报告的无症状感染者）: a case told before, named again (新报告的 is new)
    for _ in range(_JOINED_MAX):
        if scan.startswith(r.tax.cue_words["case_reference_after"], pos):
            return True
        join = next((w for w in cues["case_join"] if scan.startswith(w, pos)), None) if scan.startswith(
            r.tax.cue_words["case_join"], pos) else None
        m = r.tax.triggers_re.match(scan, pos + len(join), h.e) if join else None
        if m is None or r.tax.trigger_of(m).type != "case_report":
            return False
        pos = m.end()
    return False


_JOINED_MAX = 3  # case words read in one coordination (bounded work)


def _converted(r: _Reader, h: _Hit) -> bool:
    """新增确诊病例2例（甲县1例、乙县1例），均为此前报告的无症状感染者转为确诊: the clause after
    the count says all of them were cases already reported under another kind, no new
    cases (另有3例无症状感染者转为确诊 counts others: it opens with no word of "all of them")."""
    words = r.tax.cue_re.get("conversion")
    if words is None:  # (an empty list compiles to a pattern that never matches)
        return False
    parts: list[tuple[int, int]] = []
    m = r.tax.count_then_bracket_re.match(r.scan, h.end, h.e)  # 确诊病例1例（系此前报告的无症状感染者）
    if m is not None:
        close = r.scan.find("）" if r.scan[m.end() - 1] == "（" else ")", m.end(), h.e)
        parts.append((m.end(), close if close >= 0 else h.e))
    if h.clause[1] < h.e:
        parts.append((h.clause[1] + 1, _clause_bounds(r.marks, h.clause[1] + 1, h.s, h.e)[1]))
    opening = r.tax.cue_words["conversion_opening"]
    return any(r.scan.startswith(opening, a) and words.search(r.scan, a, b) is not None for a, b in parts)


def _since_clause(r: _Reader, h: _Hit) -> bool:
    """A case word in a time clause (…发现确诊病例以来，; 自5日甲区出现确诊病例后，)."""
    scan, cues = r.scan, r.tax.cue_words
    if scan.endswith(cues["case_since_end"], h.end, h.clause[1]):
        return True
    opened = scan.startswith(cues["case_since_open"], h.clause[0])
    return opened and scan.endswith("后", h.end, h.clause[1])


def _covered_after(r: _Reader, h: _Hit) -> list[Place]:
    """The counties of the places listed after a coverage word (覆盖, 涉及) later in the
    sentence of a testing word, each once, in reading order."""
    at = r.tax.cue_re["coverage_after"].search(r.scan, h.end, h.e)
    if at is None:
        return []
    out: list[Place] = []
    i = bisect.bisect_left(r.starts, at.end())
    while i < len(r.mentions) and r.mentions[i].start < h.e and len(out) < _INSIDE_MAX:
        c = _county(r.mentions[i].place)
        if c is not None and all(c.key != o.key for o in out):
            out.append(c)
        i += 1
    return out


def _scope_below(r: _Reader, h: _Hit) -> list[Place]:
    """The counties of the scope part of the notice a round's sentence announces (…开展全员核酸
    检测。现通告如下：一、检测范围：甲市中心城区(乙区、丙区)全体居民。): each county of that part
    once, in reading order, up to the part's end (。/；) or the next numbered heading."""
    labels = r.tax.cue_words.get("scope_label", ())
    at = _announced_list(r, h.e, h.end) if labels else -1
    if at < 0:
        return []
    far = at + r.tax.reach.get("scope_label", 0)
    found = [i for w in labels if (i := r.scan.find(w, at, far)) >= 0]
    if not found:
        return []
    lo = min(found)
    end = _PART_END.search(r.scan, lo, lo + r.tax.reach["designation"])
    top = _TOP_ITEM.search(r.scan, lo + 1, end.start() if end else lo + r.tax.reach["designation"])
    hi = top.start() if top else end.start() if end else lo + r.tax.reach["designation"]
    out: list[Place] = []
    i = bisect.bisect_left(r.starts, lo)
    while i < len(r.mentions) and r.mentions[i].start < hi and len(out) < _INSIDE_MAX:
        c = _county(r.mentions[i].place)
        if c is not None and all(c.key != o.key for o in out):
            out.append(c)
        i += 1
    return out


def _tested_people(r: _Reader, h: _Hit) -> bool:
    """已进行核酸检测的人员: the testing word describes people who were tested."""
    if not r.scan.startswith("的", h.end):
        return False
    return any(r.scan.find(w, h.end, h.clause[1]) >= 0 for w in r.tax.cues["tested_people"])


def _told_of_another_thing(r: _Reader, h: _Hit, quants: dict[str, int | None]) -> bool:
    """A testing word that tells a scene at one site, help sent to another's round, or one task
    of a list of response tasks: no round of the sentence's places."""
    return (_scene_at_a_site(r, h, quants) or _helpers_of_a_round(r, h) or _task_list_item(r, h)
            or _with_response_tasks(r, h))


def _with_response_tasks(r: _Reader, h: _Hit) -> bool:
    """甲县开展流调、核酸采样和隔离管控; 密接人员全部进行核酸检测和隔离: a bare testing word joined
    to a task of the response to cases (流调, 隔离, 消杀) is that response, not a round."""
    tasks, joins = r.tax.cue_words.get("response_tasks", ()), r.tax.cue_words.get("task_joins", ())
    if not _bare_testing(r, h) or not tasks:
        return False
    scan, reach = r.scan, 8
    tail = h.end + next((len(t) for t in r.tax.cue_words["item_tail"] if scan.startswith(t, h.end)), 0)
    join = next((j for j in joins if scan.startswith(j, tail)), None)
    if join is not None and any(scan.find(w, tail + len(join), min(h.clause[1], tail + len(join) + reach)) >= 0
                                for w in tasks):
        return True
    join = next((j for j in joins if scan.endswith(j, h.clause[0], h.pos)), None)
    lo = max(h.clause[0], h.pos - len(join) - reach) if join is not None else h.pos
    return join is not None and any(scan.find(w, lo, h.pos - len(join)) >= 0 for w in tasks)


def _bare_testing(r: _Reader, h: _Hit) -> bool:
    """A testing word that names no population (核酸检测, 核酸筛查, 核酸采样; not 全员核酸检测,
    区域筛查: cues population_words): a test, which only the sentence around it makes a round."""
    words = r.tax.cue_words
    if h.trig.needs_support or h.m.group(0) in words.get("bare_testing", ()):
        return True
    population = words.get("population_words", ())
    return bool(population) and not any(w in h.m.group(0) for w in population)


def _task_list_item(r: _Reader, h: _Hit) -> bool:
    """组织排查、核酸检测、消毒等工作: a bare testing word listed among response tasks
    that the clause closes as such (等工作, 等措施) is one task of the list, not a round; so is a
    strong testing word that names no population (cue words bare_testing: 开展流调、人员排查、
    核酸筛查等处置工作, the handling of a case found), unlike a round word (全员核酸检测)."""
    closes = r.tax.cue_words.get("task_list_close", ())
    if not _bare_testing(r, h) or not closes:
        return False
    marks = r.tax.cues["list_marks"]
    tail = h.end + next((len(t) for t in r.tax.cue_words["item_tail"] if r.scan.startswith(t, h.end)), 0)
    listed = (h.pos > h.clause[0] and r.scan[h.pos - 1] in marks) or (tail < h.clause[1] and r.scan[tail] in marks)
    return listed and any(r.scan.find(w, h.end, h.clause[1]) >= 0 for w in closes)


def _helpers_of_a_round(r: _Reader, h: _Hit) -> bool:
    """甲县、乙县亦抽人手前往，援助那里的核酸采样: a support verb before the testing word in its
    clause with no place between them: the places named send help, the round is another's."""
    assert r.occ is not None
    if "support_before" not in r.tax.cue_re:
        return False
    hit = r.occ["support_before"].last(h.clause[0], h.pos)
    if hit is None:
        return False
    i = bisect.bisect_left(r.starts, hit[1])
    return not (i < len(r.mentions) and r.mentions[i].start < h.pos)


def _scene_at_a_site(r: _Reader, h: _Hit, quants: dict[str, int | None]) -> bool:
    """在甲社区的检测点，两位老人接受核酸采样: a bare testing word after a sampling site
    written as where the sentence stands tells a scene at that site (a caption, a reporter's
    visit), not a round; a whole area or a quantity in the sentence still makes it one."""
    assert r.occ is not None
    words = r.tax.cue_words
    if "scene_venue" not in words or h.m.group(0) not in words.get("scene_terms", ()):
        return False
    site = r.occ.first("scene_venue", h.s, h.pos)
    if site is None or r.occ.first("whole_area", h.s, h.e) is not None or any(v is not None for v in quants.values()):
        return False
    if r.scan.endswith(words.get("scene_round_verbs", ()), max(h.clause[0], h.pos - _VERB_REACH), h.pos) \
            or any(r.scan.find(w, max(h.s, site[0] - _VERB_REACH), site[0]) >= 0 for w in words.get("scene_many", ())):
        return False  # 在各采样点开展核酸检测: sites of a round, not one scene
    opening = max(r.scan.rfind(w, h.s, site[0]) for w in words.get("scene_frame", ()))
    return opening >= 0 and not any(c in r.scan[opening:site[0]] for c in _SENTENCE_STOPS)


_VERB_REACH = 4  # characters a plural word or a round verb may stand before the site or the testing word


_SENTENCE_STOPS = "。；;！？\n，,"  # the site's phrase stays inside one clause


def _regimen_in_lockdown(r: _Reader, h: _Hit) -> bool:
    """Testing at a frequency (每天一次, 五天四检) in a sentence that seals an area first: the
    regimen of the sealed area, not a round of testing of its county."""
    assert r.occ is not None
    if r.occ.first("periodic", h.clause[0], h.pos) is None:
        return False
    return any(r.tax.trigger_of(m).type == "lockdown" for m in r.tax.triggers_re.finditer(r.scan, h.s, h.pos))


def _testing_at_a_frequency(r: _Reader, h: _Hit, sd: _SentenceDates) -> bool:
    """每3天开展1次全员核酸检测; 留校人员每7天进行一次核酸检测: a testing word whose clause says how
    often it is repeated (quantity frequency) is a standing regimen, not a round of a day, unless
    the sentence gives the days it runs on (a span of days: 5日至7日每天开展一次, or days in a
    row), which are that many rounds."""
    pat = r.tax.quantity.get("frequency")
    if pat is None or pat.search(r.scan, h.clause[0], h.clause[1]) is None:
        return False
    if any(d.end_date is not None for d in sd.dms):
        return False
    days = r.tax.quantity.get("consecutive_days")
    return days is None or days.search(r.scan, h.s, h.e) is None


def _appealed(r: _Reader, h: _Hit, sd: _SentenceDates) -> bool:
    """An appeal or an instruction to others before the trigger (呼吁市民非必要不外出, 督促师生
    参加核酸检测, 部署停课工作): advice, not a measure. The same cues for every type, each list
    with its reach (the sentence, or the clause for words that also make plain requests and
    nouns: 请居民…, 工作部署); the types they cancel are data ([types] of taxonomy.toml). A date of
    the trigger's own written after the cue makes it the notice's order for that day (请全体
    居民于5日参加核酸检测); a measure's period in force after it (管控期间请居民非必要不出门)
    makes it the rule of that measure."""
    tax, occ, kind = r.tax, r.occ, h.trig.type
    assert occ is not None
    if not tax.serves("appeal", kind):
        return False
    # 请广大居民提高防范意识，…，主动开展核酸检测: a request opening the sentence reaches a bare test
    # word in a later clause too (a person's duty); 请居民…参加全员核酸检测 names the notice's round
    lo = h.s if kind == "mass_testing" and _bare_testing(r, h) else h.clause[0]
    hits = [x for x in (occ.first("appeal", h.s, h.pos), occ.first("appeal_in_clause", lo, h.pos),
                        _request_opening(r, lo, h.pos)) if x]
    if not hits:
        return False
    cue_end = max(x[1] for x in hits)
    if "measure_period" in tax.cue_re and occ.first("measure_period", cue_end, h.pos):
        return False
    if tax.serves("appeal_yields_to_own_date", kind):
        dm, _until, how = r.date_for(sd, h.pos, h.clause)
        return how != "own" or dm is None or dm.start < cue_end
    return True


def _request_opening(r: _Reader, lo: int, pos: int) -> tuple[int, int] | None:
    """The first clause from lo (a clause's start) up to pos that opens with a request to the
    reader (cues appeal_opening: 请在…的市民…, 请上述人员…): a notice asks its readers with the word
    first in the clause, whoever it then names, so no list of addressees is needed."""
    words = r.tax.cue_words.get("appeal_opening", ())
    if not words:
        return None
    i = bisect.bisect_left(r.marks, lo)
    starts = itertools.chain((lo,), (m + 1 for m in r.marks[i : bisect.bisect_left(r.marks, pos, i)]))
    at = next((c for c in starts if c < pos and r.scan.startswith(words, c)), None)
    return None if at is None else (at, at + 1)


def _venue_sealed(r: _Reader, h: _Hit, sd: _SentenceDates) -> bool:
    """A sealing word whose object, after the object marker (对) in its clause, is a venue
    (对相关场所采取封闭管理): the sites a case visited are sealed and disinfected, which reports
    repeat in passing without a date; read as an area's lockdown it takes the county and a date
    from elsewhere. Only without a date of its own: a notice sealing a market from an hour on
    is a measure of that day."""
    occ = r.occ
    assert occ is not None
    if not r.tax.serves("venue_sealing", h.trig.type) or "venue_object" not in r.tax.cue_re:
        return False
    marker = occ.first("object_marker", h.clause[0], h.pos)
    if marker is None or occ.first("venue_object", marker[1], h.pos) is None:
        return False
    _dm, _until, how = r.date_for(sd, h.pos, h.clause)
    return how != "own"


def _done_undated(r: _Reader, h: _Hit, dm: DateMention | None, date_how: str) -> bool:
    """A round already done whose only date comes after it beyond its clause (组织进行了全员核酸
    检测，…现通告如下：1.自16日起…): no round on a date the text gives."""
    if date_how != "own" or dm is None:
        return False
    done = r.scan.endswith(r.tax.cue_words["perfective_before"], max(h.clause[0], h.pos - 2), h.pos)
    return done and dm.start >= h.clause[1]


def _series_over_range(r: _Reader, h: _Hit, dm: DateMention) -> bool:
    """Fewer rounds than days in the date range before the trigger (3月1日至20日…四轮): a series
    whose days are not told, no round of the range's first day. As many rounds as days
    (10月2日至4日…三轮) is one a day (_days_of_span). A series announced over a range (定于3月1日至
    5日分批开展三轮) is a plan that begins on the range's first day: its first round is that day's.
    The count may follow the trigger too (3月1日至20日…进行全员核酸检测十三次)."""
    if dm.date is None or dm.end_date is None or dm.end > h.pos or dm.future:
        return False
    m = r.tax.quantity["series"].search(r.scan, dm.end, min(h.e, h.end + 4))
    if m is None or (m.start() > h.pos and m.start() != h.end):
        return False
    rounds = cn_int(m.group("n"))
    return rounds is not None and 2 <= rounds < (dm.end_date - dm.date).days + 1


def _rounds_to_date(r: _Reader, h: _Hit, dm: DateMention) -> bool:
    """Two or more rounds counted between an as-of date and the trigger, or right after it
    (截至…已完成五轮核酸检测; 截至…已累计开展全员核酸检测5轮)."""
    if dm.end > h.pos:
        return False
    m = r.tax.quantity["series"].search(r.scan, dm.end, min(h.e, h.end + 4))
    rounds = cn_int(m.group("n")) if m is not None and (m.start() <= h.pos or m.start() == h.end) else None
    return rounds is not None and rounds >= 2


def _done_round_result(r: _Reader, h: _Hit, sd: _SentenceDates) -> bool:
    """甲市3月2日组织的全员检测结果全部阴性: the result of a round done on its own day."""
    done = r.scan.endswith(r.tax.cue_words["done_attributive"], max(h.clause[0], h.pos - 3), h.pos)
    return done and _dated_round(r, h, sd)


def _dated_round(r: _Reader, h: _Hit, sd: _SentenceDates) -> bool:
    """A round done on a date of its own written before it (甲县于5月3日至4日完成了全员核酸检测，
    结果全部为阴性): the negative result reports that round, which still took place."""
    dm, _until, how = r.date_for(sd, h.pos, h.clause)
    return (not h.trig.needs_support and how == "own" and dm is not None and dm.end <= h.pos and dm.precision == "exact"
            and not dm.as_of and not dm.until and not _series_over_range(r, h, dm))


def _where_applies(r: _Reader, h: _Hit, designation: bool) -> _Where:
    """The places of a trigger: place_for, then the refinements of real text."""
    take_listed = "listed_before" not in r.tax.types or r.tax.serves("listed_before", h.trig.type)
    places, how = _previous_place(r, h, *r.place_for(h.s, h.e, h.pos, h.clause, take_listed))
    group_end = r.mentions[r.group[1]].end if r.group else None  # end of the places' run in the clause
    if (searcher := _searcher(r, h)) is not None:  # 甲县在对乙市来人排查中发现…: the searcher's
        places, how, group_end = [searcher.place], "sentence", None
    sig: Hashable = tuple(p.key for p in places) if len(places) <= 4 else r.group
    inside = _inside(r, h.pos, h.end)
    if inside:  # 解除西宁市城中区、城西区静态管理: the places the trigger itself names
        places, how, group_end, sig = inside, "clause", None, tuple(p.key for p in inside)
    below = _listed_below(r, h) if not inside else []
    if below:  # 对以下区域实施封控管理：甲区乙小区；丙县丁村。 each place of the list after the colon
        places, how, group_end, sig = below, "clause", None, tuple(p.key for p in below)
    if len(places) == 1 and places[0] is not None and places[0].level == "prefecture":
        tied = _county_of_city_event(r, h, places[0], how)
        if tied is not None:
            places, group_end, sig = [tied.place], tied.end, (tied.place.key,)
    if designation:
        listed = _designated(r, h.end)
        if listed:  # 一、封控区 (一)甲区 … (二)乙县 …: each county heading its part of the list
            places, how, group_end = [pm.place for pm in listed], "clause", None
            sig = tuple(pm.place.key for pm in listed)
            r.designated = places
    elif r.designated and _sealed_zone_regimen(r, h):
        # …一、高风险区1.甲区…2.乙县…高风险区实行“足不出户”: the regimen of the zones listed
        places, how, group_end, sig = r.designated, "listed", None, tuple(p.key for p in r.designated)
    no_county = all(_county(p) is None for p in places)  # asked twice below: read once
    if not designation and no_county:
        listed = _parts_below(r, h.e)
        if listed:  # …对甲市部分区域开展核酸检测。现通告如下：一、检测范围 (一)乙区…(二)丙县…
            places, how, group_end = [pm.place for pm in listed], "clause", None
            sig = tuple(pm.place.key for pm in listed)
            no_county = all(_county(p) is None for p in places)
    if no_county or how == "subject":  # the article's subject is only a guess; a scope part says
        covered = (_covered_after(r, h) if no_county else []) or _scope_below(r, h)
        if covered:  # …开展全人群筛查，本次筛查覆盖甲区全域，乙区丙街: each county the round covers
            places, how, group_end, sig = covered, "clause", None, tuple(p.key for p in covered)
    # 新增本土确诊病例4例，均在荔湾区: what was just reported belongs to the place named
    at = _all_in_place(r, h.end, h.e) or _bracketed_place(r, h)
    if at is not None:
        places, how, group_end, sig = [at.place], "clause", at.end, (at.place.key,)
    elif any(_county(p) is not None for p in places) and _others_unnamed(r, h):
        # 其他8个县全体居民…采样: the counties left unnamed, known only by their city
        places = [a for p in places[:1] if (a := p.ancestor("prefecture") or p.ancestor("province")) is not None]
        group_end, sig = None, ("others", *(p.key for p in places))
    elif _counted_jointly(r, h, places, group_end):  # 甲区、乙区确诊两名病例: no county's own count
        places = [a for p in places[:1] if (a := p.ancestor("prefecture") or p.ancestor("province")) is not None]
        group_end, sig = None, ("jointly", *(p.key for p in places))
    elif how in _DEFAULT_PLACES and _nation_wide(r, h):  # 全国新增…: no count of the article's county
        places, how, group_end, sig = [], "nation", None, ("nation",)
    elif how in _DEFAULT_PLACES and _counted_units(r, h):  # 已有12个市县区采取封控措施: unnamed places
        places, how, group_end, sig = [], "none", None, ("counted",)
    return _Where(places, how, group_end, sig)


def _county_of_city_event(r: _Reader, h: _Hit, city: Place, how: str) -> PlaceMention | None:
    """The one county of a city an event placed at that city is told of, if any."""
    # 银川市报告新增1例确诊病例，现住金凤区: the county named in the sentence
    tied = _tied_inside(r, city, h.s, h.e)
    # (全市小区实行封闭管理, deixis: the city itself)
    if tied is None and how != "deixis" and r.tax.serves("city_to_only_county", h.trig.type):
        tied = _only_county_in(r, city, h.s, h.e) if not _whole_city_said(r, h) else None
        if tied is not None and tied.end <= h.clause[0] and (_in_cause_clause(r, h, tied)
                                                              or _in_closed_aside(r.scan, h.s, tied, h.clause[0])):
            tied = None  # 甲县一人确诊后，乙市开展全员核酸检测: the county is the cause
    if tied is None:  # 全市新增1例(病例2)。病例2…回到甲县: the case's own description
        tied = _described_next(r, h, city)
    if tied is None and how != "deixis" and not _whole_city_said(r, h):
        tied = _city_as_actor(r, h, city)
    return tied


def _city_as_actor(r: _Reader, h: _Hit, city: Place) -> PlaceMention | None:
    """A lockdown whose own clause names no place, placed at a city only because the city is
    named elsewhere in its sentence or article as an actor or an owner (甲市委、市政府…，对小区
    实行封闭管理; 按照甲市应急预案执行…：对封控单元实行物理隔断): the areas it seals are the ones
    the text named before, so it is the county's when the text so far names exactly one county
    of that city."""
    if not r.tax.serves("city_from_text_before", h.trig.type) or _place_in(r, *h.clause):
        return None
    return _only_county_in(r, city, 0, h.pos)


def _place_in(r: _Reader, lo: int, hi: int) -> bool:
    """Whether a place mention starts in [lo, hi)."""
    return bisect.bisect_left(r.starts, lo) < bisect.bisect_left(r.starts, hi)


def _nation_wide(r: _Reader, h: _Hit) -> bool:
    """A case count of the whole country or the world (全国新增无症状感染者25例, 内地新增30宗) that
    names no place of its own: the national figure quoted by a local page, not its county's."""
    cue = r.tax.cue_re.get("nation_scope")
    return h.trig.type == "case_report" and cue is not None and cue.search(r.scan, h.s, h.pos) is not None


_CASE_NUMBER = re.compile(r"(?:[0-9]+|[一二两三四五六七八九十百]+)(?:例|名|人|宗)")
_ONE_CASE = ("1", "一")
_CASE_LABEL = re.compile(r"[。；;！!？?\s]*(?P<label>(?:本土)?(?:确诊病例|病例|无症状感染者|阳性感染者|感染者)[0-9]+)")


def _described_next(r: _Reader, h: _Hit, city: Place) -> PlaceMention | None:
    """One case a city reports (全市新增1例确诊病例(病例2)), described in the next sentence that
    opens with the case's label (病例2为外地返乡人员，…回到甲县; 感染者6：现住址为乙区…): the case is
    of the one county of that city the description names."""
    if h.trig.type != "case_report":
        return None
    counts = _CASE_NUMBER.findall(r.scan, h.s, h.e)
    if not counts or not all(c.startswith(_ONE_CASE) and c[1:2] in "例名人宗" for c in counts):
        return None
    label = _CASE_LABEL.match(r.scan, h.e)
    if label is None:
        return None
    start = label.start("label")
    end = min((i for mark in "。\n" if (i := r.scan.find(mark, start)) >= 0), default=len(r.scan))
    return _only_county_in(r, city, start, end)


def _counted_jointly(r: _Reader, h: _Hit, places: list[Place], group_end: int | None) -> bool:
    """A case count written once after a list of counties (甲区、乙区确定两名确诊病例) with no
    word giving each its own (各1例, 分别): the cases are the list's together, and which county
    has how many is not said, so no county has a row of its own."""
    if h.trig.type != "case_report" or group_end is None or group_end > h.pos:
        return False
    if len(_county_keys(places)) < 2:
        return False
    after = r.scan[group_end:h.e]
    return _CASE_NUMBER.search(after) is not None and not any(w in after for w in r.tax.cue_words.get("cases_each", ()))



_COUNT_CHARS = "0123456789一二三四五六七八九十两几多"


def _counted_units(r: _Reader, h: _Hit) -> bool:
    """A count of county-level units before the trigger in its clause (十多个市县区采取了封控措施):
    the measure's places are a tally the text does not name, not the article's own county."""
    units = r.tax.cue_words.get("others_units", ())
    k = r.scan.find("个", h.clause[0] + 1, h.pos)
    while k >= 0 and units:
        unit = next((u for u in units if r.scan.startswith(u, k + 1)), None)
        if unit is not None and r.scan[k - 1] in _COUNT_CHARS and not r.scan.startswith("域", k + 1 + len(unit)):
            return True
        k = r.scan.find("个", k + 1, h.pos)
    return False


_COUNT_BEFORE_UNIT = re.compile(r"(?:[0-9]+|[一二三四五六七八九十两]+)?个?各?")  # 8个 / 三个 / 各


def _others_unit_end(r: _Reader, cue_end: int) -> int | None:
    """Where the unit of counties closes after an others cue ending at ``cue_end`` (其他|8个县,
    其余|各区, 其他|区县): None when no unit of counties follows."""
    at = _COUNT_BEFORE_UNIT.match(r.scan, cue_end).end()  # type: ignore[union-attr]  # all optional: always
    unit = next((u for u in r.tax.cue_words.get("others_units", ()) if r.scan.startswith(u, at)), None)
    # 其他区域 / 其余3个区域: areas, not counties — a one-character unit needs a count before it
    if unit is None or (len(unit) == 1 and (at == cue_end or r.scan.startswith("域", at + 1))):
        return None
    return at + len(unit)


def _searcher(r: _Reader, h: _Hit) -> PlaceMention | None:
    """The place written right before a search frame (甲县在对乙市返乡人员排查中，发现…) when the
    last place before the trigger lies inside that frame: the people searched came from there,
    what was found and done is the searcher's."""
    if "search_frame_open" not in r.tax.cue_re or r.occ is None or not r.tax.serves("searcher_holds", h.trig.type):
        return None
    opened = r.occ["search_frame_open"].last(h.s, h.pos)
    closed = r.occ["search_frame_close"].first(opened[1], h.pos) if opened is not None else None
    if opened is None or closed is None:
        return None
    i = bisect.bisect_left(r.starts, h.pos) - 1  # the last place starting before the trigger
    while i >= 0 and r.mentions[i].end > h.pos:
        i -= 1
    if i < 0 or not opened[1] <= r.mentions[i].start < closed[0]:
        return None
    j = bisect.bisect_left(r.starts, opened[0]) - 1
    if j < 0 or r.mentions[j].start < h.s or _county(r.mentions[j].place) is None:
        return None
    gap = r.scan[r.mentions[j].end:opened[0]]
    return r.mentions[j] if len(gap) <= _SEARCHER_GAP and not any(c in gap for c in _SENTENCE_STOPS) else None


_SEARCHER_GAP = 6  # characters between the searcher and 在对 (甲县疾控部门在对…)


def _others_unnamed(r: _Reader, h: _Hit) -> bool:
    """其他8个县 / 其余各区 before the trigger, no place named after it: the measure is of
    the counties the sentence did not name, not of one named before the cue."""
    units = r.tax.cue_words.get("others_units", ())
    if "others_before" not in r.tax.cue_re or not units:
        return False
    last = _last_before(r, "others_before", h.s, h.pos)
    if last is None or _others_unit_end(r, last[1]) is None:
        return False
    k = bisect.bisect_left(r.starts, last[1])  # a place named between the cue and the trigger
    return not (k < len(r.starts) and r.starts[k] < h.pos)


def _undated_start(ctx: DateContext, trig: tx.Trigger, tax: tx.Taxonomy) -> date | None:
    """The day an undated measure starts: a signed notice's date; for the types [types]
    undated_from_today lists (school closures), also the text's dateline or its exact
    publication day (a closure is told the day it is decided)."""
    if ctx.signed:
        return ctx.today
    if not tax.serves("undated_from_today", trig.type):
        return None
    return ctx.today or (ctx.edition_date if ctx.edition_precision == "exact" else None)


def _when_applies(r: _Reader, h: _Hit, sd: _SentenceDates, dm: DateMention | None, until: DateMention | None,
                  date_how: str, reference: bool) -> _When:
    """The dates of a trigger from its date mention, the notice it is in, and its kind."""
    ctx, trig = r.ctx, h.trig
    extended = _extension_follows(r, h.end)
    if (dm is None and date_how == "none" and not reference and not extended
            and (day := _undated_start(ctx, trig, r.tax)) is not None):
        # an undated measure of a signed notice (…指挥部 2021年9月13日) holds from that day; an
        # undated school closure (延期开学，开学时间另行通知) from the day the text speaks from;
        # not an extension (静态管理时间延长至9日): the measure began before, on a day not told
        w = _When(start=day, precision="exact", how="notice")
    elif date_how != "own" and not reference and (day := _going_on_today(r, h)) is not None:
        w = _When(start=day, precision="exact", how="own")  # 目前…正在开展第二轮核酸检测
    elif dm is not None and not reference:
        w = _dated(r, trig, sd, dm, date_how)
    else:
        w = _When(how=date_how)
    if (r.tax.serves("announce_blanks_start", trig.type) and date_how == "own" and dm is not None and not reference
            and dm.end <= h.pos and not dm.from_ and r.scan.startswith(r.tax.cue_words["announce_after"], dm.end)):
        # 市教育局昨日通知，全市中小学推迟开学: the date of the notice, not of the closure
        w = w._replace(announced=w.start, start=None, start_time=None, end=None, precision="unknown", date_text=None)
    if until is not None and until.date is not None:
        w = w._replace(end=until.date)
    if trig.kind == "lifted":
        w = w._replace(end=w.start, start=None, start_time=None)
    elif w.start is not None and (nth := r.tax.day_of_re.match(r.scan, h.end)):
        n = cn_int(nth.group("n"))  # 8月23日是静默管理的第三天: it started on the 21st
        if n and n > 1:
            w = w._replace(start=w.start - timedelta(days=n - 1), start_time=None)
    return w


def _going_on_today(r: _Reader, h: _Hit) -> date | None:
    """The day of the text for a measure told as going on now (目前，甲县正在开展第二轮全员核酸
    检测), with no date of its own: it holds on the day the text speaks from."""
    if not r.tax.serves("now_ongoing", h.trig.type) or r.occ is None or "now_ongoing_before" not in r.tax.cue_re:
        return None
    # opened by 目前/当前 (cues ongoing_opening): the state of things as the text speaks, not a
    # scene (图为…医务人员正在进行核酸采样)
    if (not r.scan.startswith(r.tax.cue_words["ongoing_opening"], h.s)
            or r.occ.first("now_ongoing_before", h.clause[0], h.pos) is None):
        return None
    ctx = r.ctx
    return ctx.today or (ctx.edition_date if ctx.edition_precision == "exact" else None)


def _dated(r: _Reader, trig: tx.Trigger, sd: _SentenceDates, dm: DateMention, date_how: str) -> _When:
    """The dates a trigger takes from its date mention (its own or inherited)."""
    ctx = r.ctx
    start, precision = dm.date, dm.precision
    start_time = end = announced = None
    if date_how == "own":
        start_time, end = dm.time, dm.end_date
        if dm.future and start is not None:
            announced = sd.latest_before(dm.start, start) or (
                r.anchor if r.anchor and r.anchor < start else
                ctx.edition_date if ctx.edition_date and ctx.edition_date < start else None)
    if trig.type == "case_report" and dm.end_date is not None:
        start = dm.end_date  # 11月8日21时至9日24时新增54例: counted as of the window's end
    if start is None and precision == "exact":
        precision = "unknown"
    return _When(start, start_time, end, precision, dm.not_after, announced, dm.text, date_how)


_HEAD_STOP = re.compile("[。！？!?；;]")


def headline_end(text: str) -> int:
    """End of the leading headline lines (short lines with no sentence end), 0 if none.

    Only when a body follows: a one-line text is its own body.
    """
    pos = 0
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            return pos if pos and text[pos:].strip() else 0
        line = text[pos:nl]
        if len(line.strip()) > 40 or _HEAD_STOP.search(line):
            return pos
        pos = nl + 1


def _whole_city_said(r: _Reader, h: _Hit) -> bool:
    """乙市在全市开展全员核酸检测: a whole-city word in the trigger's clause keeps the city."""
    assert r.occ is not None
    hit = r.occ.first("scope_up", h.clause[0], h.pos)
    return hit is not None and r.tax.deixis.get(r.scan[hit[0]:hit[1]]) == "city"


def _backdrop_clause(r: _Reader, h: _Hit, date_how: str) -> bool:
    """A lockdown told in a time clause before the sentence's main one (甲区实施临时封闭管理后，
    乙校也随即停课), with no date of its own: the backdrop of what the sentence reports, an
    undated reference to a lockdown, not one it reports on the date it inherits."""
    hi = h.clause[1]
    return (h.trig.imposes_lockdown and date_how != "own" and hi < h.e
            and hi - h.end <= r.tax.reach["backdrop_tail"]
            and r.scan.endswith(r.tax.cue_words.get("cause_clause_end", ()), h.end, hi))


def _in_cause_clause(r: _Reader, h: _Hit, m: PlaceMention) -> bool:
    """Whether mention m stands in a time clause before the trigger's (甲县一人确诊后，…)."""
    lo, hi = _clause_bounds(r.marks, m.start, h.s, h.e)
    return r.scan.endswith(r.tax.cue_words.get("cause_clause_end", ()), lo, hi)


def _sentence_places(text: str, s: int, m: PlaceMention, clause_start: int,
                     places: list[Place]) -> tuple[list[Place], str]:
    """The places of a trigger whose clause names none, from the sentence's last mention m; none
    when m stands in an aside of another item (确诊1人(甲区某小学学生)；各校停课)."""
    return ([], "none") if _in_closed_aside(text, s, m, clause_start) else (places, "sentence")


def _in_closed_aside(text: str, s: int, m: PlaceMention, clause_start: int) -> bool:
    """Whether mention m, in the sentence from s, stands in a bracket closed before the clause
    starting at clause_start (确诊1人(甲区某小学1名学生)；乙市各校停课): a detail of another
    item, where one patient lives or studies, not where a measure of a later clause is taken."""
    if m.end > clause_start:
        return False
    before, after = text[s:m.start], text[m.end:clause_start]
    opened = max(before.rfind(c) for c in _BREAKDOWN_OPEN)
    if opened < 0 or any(c in before[opened:] for c in _BREAKDOWN_CLOSE):
        return False
    closes = [i for i in (after.find(c) for c in _BREAKDOWN_CLOSE) if i >= 0]
    opens = [i for i in (after.find(c) for c in _BREAKDOWN_OPEN) if i >= 0]
    return bool(closes) and (not opens or min(closes) < min(opens))


def _only_county_in(r: _Reader, city: Place, s: int, e: int) -> PlaceMention | None:
    """甲区乙社区负责人介绍，…甲市就封闭了公路，两天后丙小区也开始封闭: a lockdown placed at a
    city whose sentence names exactly one of its counties is that county's."""
    lo, hi = bisect.bisect_left(r.starts, s), bisect.bisect_left(r.starts, e)
    excepted = tuple(r.tax.cues.get("except_before", ()))  # 除甲县外，乙市…: the county left out
    found = [m for m in r.mentions[lo:hi] if m.place.level == "county" and m.place.parent is not None
             and m.place.parent.key == city.key and not (excepted and r.scan.endswith(excepted, s, m.start))]
    return found[0] if found and all(m.place.key == found[0].place.key for m in found) else None


def _tied_inside(r: _Reader, city: Place, s: int, e: int) -> PlaceMention | None:
    """The most specific place inside city that the sentence ties the event to.

    A tie word (现住, 系, 居住, 位于, 均在, 在) directly before a place mention inside the city,
    followed by any mentions running on from it (系拱墅区祥符街道居民 -> 祥符街道). None when
    no such place is named or the tied places lie in different counties.
    """
    if city.key in r.tied:
        return r.tied[city.key]
    r.tied[city.key] = _tied_scan(r, city, s, e)
    return r.tied[city.key]


def _tied_scan(r: _Reader, city: Place, s: int, e: int) -> PlaceMention | None:
    """:func:`_tied_inside` computed (once per sentence and city)."""
    ms = r.mentions
    found: list[PlaceMention] = []
    for t in r.tax.residence_re.finditer(r.scan, s, e):
        i = bisect.bisect_left(r.starts, t.end())
        if i >= len(ms) or ms[i].start != t.end() or ms[i].end > e:
            continue
        pref = ms[i].place.ancestor("prefecture")
        if pref is None or pref.key != city.key or _LEVEL_RANK.get(ms[i].place.level, 0) < 2:
            continue
        j = i
        while (j + 1 < len(ms) and ms[j + 1].start == ms[j].end and ms[j + 1].end <= e
               and _county(ms[j + 1].place) is not None and _county(ms[j + 1].place) == _county(ms[i].place)):
            j += 1
        found.append(ms[j])
        while (j + 1 < len(ms) and ms[j + 1].end <= e
               and r.text[ms[j].end:ms[j + 1].start] in ("、", "和", "及", "与", "以及")):
            j += 1  # 现住平遥县、灵石县: every county listed counts
            found.append(ms[j])
    counties = {c.key for pm in found if (c := _county(pm.place)) is not None}
    return found[0] if len(counties) == 1 else None


_LIST_SEPS = "、，,和及与 \t"


def _schedule_rows(r: _Reader, s: int, e: int, dms: list[DateMention],
                   raw: list[tuple[Event, bool]]) -> list[tuple[Event, bool]]:
    """The rows of a timetable under a measure: ``4月25日：甲区、乙县 4月26日：丙县``.

    A date followed by a colon and nothing but a list of places, read after a measure
    (the latest measure of the article, this sentence included), gives that measure once
    per place listed, on that date. Lines of a timetable are often run into one paragraph.
    """
    timetable = r.tax.types.get("timetable", ())
    template = next((ev for ev, _ in reversed(raw[-8:]) if ev.type in timetable and ev.kind != "lifted"), None)
    if template is None:
        return []
    out: list[tuple[Event, bool]] = []
    near = 0 <= s - template.evidence_end <= r.tax.reach["schedule"]
    start = _list_start(r, s, e, template) if near else None
    if start is not None:
        # 包括甲区、乙区、丙县。 right after the measure: the measure, once per place listed
        labelled = r.text[start - 1] in ":："
        # 第二批：5月7日，范围：甲区、乙区: a batch's own day before its scope label
        own = [d for d in dms if labelled and template.evidence_end <= d.start < start and d.date is not None
               and not (d.until or d.as_of or d.meta)]
        batch = own[-1] if own else _batch_day(r, template) if labelled else None
        listed = _scope_line_items(r, start, e) if labelled else _listed_after(r, start, e)
        for pm in listed:
            row = replace(template, place=pm.place, county=_county(pm.place), scope=scope_of(pm.place, r.tax),
                          scope_name=pm.surface, evidence=r.text[s:e], evidence_start=s, evidence_end=e,
                          rule=f"{template.type}:listed", place_how="clause")
            out.append((row if batch is None else _on_batch_day(row, batch), False))
        if out and template.place is None:  # 将下列区域划为封控区：甲县…乙县…: the heading's row is theirs
            raw[:] = [(ev, n) for ev, n in raw if ev is not template]
    out.extend(_dated_lines(r, s, e, dms, template, raw))
    out.extend(_place_first_rows(r, s, e, dms, template, raw))
    paired = _paired_rows(r, s, e, dms, template)
    if paired and template.evidence_start == s:
        raw[:] = [(ev, n) for ev, n in raw if ev is not template]  # the sentence's rows are its measure
    out.extend(paired)
    return out


def _dated_lines(r: _Reader, s: int, e: int, dms: list[DateMention], template: Event,
                 raw: list[tuple[Event, bool]]) -> list[tuple[Event, bool]]:
    """The rows of the date-first lines of a timetable (``4月25日：甲区、乙县 4月26日：丙县``):
    each place on the day of its own line. The sentence's measure read at the same places
    (the lines run into the sentence that names the measure, all on its first day) is told
    again by the lines: their rows replace it."""
    out: list[tuple[Event, bool]] = []
    for d in dms:
        if (d.date is None or d.end >= e or r.text[d.end] not in ":："
                or d.start - template.evidence_end > r.tax.reach["schedule"]):
            continue
        out.extend((_on_day(r, template, pm, d, d.start, pm.end, "schedule"), False)
                   for pm in _listed_after(r, d.end + 1, e))
    timed = {ev.place.key for ev, _ in out if ev.place is not None}
    if timed:
        raw[:] = [(ev, n) for ev, n in raw if not (
            ev.evidence_start == s and ev.type == template.type and ev.place is not None and ev.place.key in timed)]
    return out


def _batch_day(r: _Reader, template: Event) -> DateMention | None:
    """The day of a later batch of a schedule (第二批 时间：3月24日 …。范围：甲区、乙区): a date told
    on a line of its own between the measure the list continues and the list, that names no
    measure of its own and differs from the measure's day, is the listed places' day, not the
    measure's (each batch of a schedule gives its day, then its places)."""
    d = r.last_date
    if (d is None or d.date is None or d.until or d.as_of or d.meta or d.start < template.evidence_end
            or template.start is None or d.date == template.start or r.last_told):
        return None
    return d


def _on_batch_day(row: Event, d: DateMention) -> Event:
    """A listed row moved to its batch's day (see _batch_day)."""
    return replace(row, start=d.date, start_time=d.time, end=d.end_date, date_text=d.text, precision=d.precision,
                   date_how="own")


def _scope_line_items(r: _Reader, start: int, e: int) -> list[PlaceMention]:
    """The places a labelled scope line lists (范围：甲县的乡镇(含某镇)，乙区；丙区、开发区、丁区(除某镇外)):
    every place that opens an item of the line (after the label or a separator), outside brackets,
    even where an item that is no place (a development zone) or words after a place break the
    plain list. Places in brackets are parts or exceptions of the item before them."""
    seps, depth, pos = "、，,；;", 0, start
    out: list[PlaceMention] = []
    i = bisect.bisect_left(r.starts, start)
    for m in r.mentions[i:]:
        if m.start >= e:
            break
        seg = r.text[pos:m.start]
        depth = max(0, depth + seg.count("(") + seg.count("（") - seg.count(")") - seg.count("）"))
        pos = m.start
        if depth == 0 and (m.start == start or r.text[m.start - 1] in seps) and not (out and _above(out[-1], m)):
            out.append(m)
    return out


def _place_first_rows(r: _Reader, s: int, e: int, dms: list[DateMention], template: Event,
                      raw: list[tuple[Event, bool]]) -> list[tuple[Event, bool]]:
    """The rows of a timetable that names its places first (甲区：5月6日-8日；5月9日-10日, or
    甲镇、乙镇：5月6日7:00-12:00), read after a measure: every date or span after the row's
    colon, joined to the next by a round joiner only, is one round of each county listed
    before the colon. A county's own line gives its own days, which a date-first reading
    (4月25日：甲区) never sees."""
    marks = r.tax.cue_words.get("row_label_marks", ())
    out: list[tuple[Event, bool]] = []
    for k, d in enumerate(dms):
        if (d.date is None or d.start <= s or r.text[d.start - 1] not in marks
                or d.start - template.evidence_end > r.tax.reach["schedule"]):
            continue
        counties = _row_counties(r, s, d.start - 1)
        # 甲镇：6日；乙镇：7日: the towns of one county share out one round, read at its first day
        done = {ev.county.key for ev, _ in (*raw[-16:], *out) if ev.county is not None and ev.rule.endswith(":row")}
        counties = [pm for pm in counties
                    if pm.place.level == "county" or getattr(_county(pm.place), "key", None) not in done]
        if counties:
            rounds = _row_rounds(r, dms[k:])
            out.extend(_row_events(r, template, counties, rounds, min(pm.start for pm in counties), rounds[-1].end))
    return out


def _row_events(r: _Reader, template: Event, places: list[PlaceMention], rounds: list[DateMention],
                start: int, end: int) -> list[tuple[Event, bool]]:
    """The template measure once per place and round of a timetable row spanning [start, end)."""
    return [(_on_day(r, template, pm, day, start, end, "row"), False) for day in rounds for pm in places]


def _on_day(r: _Reader, template: Event, pm: PlaceMention | None, day: DateMention, start: int, end: int,
            rule: str) -> Event:
    """The template measure at one place of a timetable on one of its days, told by text[start:end]
    (``pm`` None: at the counties the timetable leaves unnamed, 其他区县10月6日)."""
    when = _near(day.date, template.start or r.ctx.today or r.ctx.edition_date) if day.date else None
    place = pm.place if pm is not None else None
    return replace(template, place=place, county=_county(place) if place is not None else None,
                   scope=scope_of(place, r.tax) if place is not None else None,
                   scope_name=pm.surface if pm is not None else None, start=when, start_time=day.time,
                   end=day.end_date, date_text=day.text, precision=day.precision, evidence=r.text[start:end],
                   evidence_start=start, evidence_end=end, rule=f"{template.type}:{rule}",
                   place_how="clause" if pm is not None else "none", date_how="own")


_ASIDE_RE = re.compile(r"^[（(][^）)]{1,5}[）)]")  # 6月6日(星期一): a weekday after a date


def _paired_rows(r: _Reader, s: int, e: int, dms: list[DateMention],
                 template: Event) -> list[tuple[Event, bool]]:
    """A timetable run into one sentence, each list of places right before its own day
    (甲区、乙区6月6日，丙县6月7日分别开展…; 甲区于6日、乙区于7日开展…): one row per place and
    day, when at least two days of the sentence have a list of their own."""
    leads, marks = r.tax.cue_words.get("row_date_leads", ()), r.tax.cue_words.get("row_label_marks", ())
    if any(d.end < e and r.text[d.end] in marks for d in dms):
        return []  # 4月25日：甲区、乙县4月26日：丙县: a date-first timetable, each list after its day
    found: list[tuple[list[PlaceMention], DateMention]] = []
    rest: list[DateMention] = []  # 其他区县10月6日: the days of the counties left unnamed
    for d in dms:
        if d.date is None or d.start <= s or d.start - template.evidence_end > r.tax.reach["schedule"]:
            continue
        at = d.start
        lead = next((w for w in leads if r.text.startswith(w, at - len(w))), "")
        stop = _before_count_label(r.text, s, at - len(lead))
        listed = _list_ending_at(r, s, stop)
        if listed:
            found.append((listed, d))
        elif _others_end_at(r, s, stop):
            rest.append(d)
    if len(found) + len(rest) < 2 or len({pm.start for listed, _ in found for pm in listed}) < 2:
        return []
    if template.evidence_start == s:  # the sentence's own trigger: its date is one of the rows' days, no anchor
        template = replace(template, start=None)
    out: list[tuple[Event, bool]] = []
    for listed, d in found:
        out.extend(_row_events(r, template, listed, [d], listed[0].start, d.end))
    out.extend((_on_day(r, template, None, d, template.evidence_start, template.evidence_end, "row"), False)
               for d in rest)
    return out


def _before_count_label(text: str, s: int, end: int) -> int:
    """Where a list ends that is followed by a quoted count of itself (甲区、乙区、丙县“两区一县”
    10月5日…): the label only counts the list, the list's day is still the date after it."""
    if end - 1 <= s or text[end - 1] not in "”\"":
        return end
    opened = max(text.rfind("“", s, end - 1), text.rfind('"', s, end - 1))
    return opened if opened >= 0 and end - opened <= _COUNT_LABEL_MAX else end


_COUNT_LABEL_MAX = 8  # “三区一县”, “两县一市”: a count of a list's units is a few characters


def _others_end_at(r: _Reader, s: int, end: int) -> bool:
    """其他区县 / 其余县(市、区) ends right at ``end``: the counties a timetable leaves unnamed."""
    lo = max(s, end - _OTHERS_REACH)
    aside = _ASIDE_END_RE.search(r.scan, lo, end)  # 其他区县(市): the kinds a bracket adds after the unit
    stops = {end, aside.start() if aside else end}  # (县(市、区) is a unit of its own)
    for w in r.tax.cue_words.get("others_before", ()):
        at = r.scan.rfind(w, lo, end)
        if at >= 0 and _others_unit_end(r, at + len(w)) in stops:
            return True
    return False


_ASIDE_END_RE = re.compile(r"[（(][^（()）]{1,5}[）)]$")
_OTHERS_REACH = 12  # 其余县（市、区）: the longest others phrase, cue and unit together


def _list_ending_at(r: _Reader, s: int, end: int) -> list[PlaceMention]:
    """The list of county-level places ending right at ``end`` (甲区、乙区|6月6日), read back
    over list separators; empty when no county-level place ends there."""
    k = bisect.bisect_left(r.starts, end) - 1
    listed: list[PlaceMention] = []
    pos = end
    while k >= 0 and r.mentions[k].start >= s:
        m = r.mentions[k]
        if m.end != pos or m.place.level != "county":
            break
        listed.insert(0, m)
        pos = m.start
        while pos > s and r.text[pos - 1] in "、和及与":
            pos -= 1
        k -= 1
        while k >= 0 and r.mentions[k].end > pos:
            k -= 1
    return listed


def _row_counties(r: _Reader, s: int, colon: int) -> list[PlaceMention]:
    """The places that make up a row's label, the whole of it from a row opener (or the
    sentence start, an item number skipped) to the colon at ``colon``, one per county;
    none when anything but places and list separators stands there."""
    openers = r.tax.cue_words.get("row_openers", ())
    start = max((r.text.rfind(o, s, colon) + len(o) for o in openers if r.text.rfind(o, s, colon) >= 0), default=s)
    num = _ENUMERATOR.match(r.scan, start)
    start = num.end() if num else start
    while start < colon and r.text[start] in _LIST_SEPS:
        start += 1
    listed = _listed_after(r, start, colon)
    if not listed or listed[-1].end != colon or listed[0].start != start:
        return []
    seen: dict[object, PlaceMention] = {}
    for pm in listed:
        c = _county(pm.place)
        if c is not None:
            seen.setdefault(c.key, pm)
    return list(seen.values())


def _row_rounds(r: _Reader, dms: list[DateMention]) -> list[DateMention]:
    """The first date of a row and the dates after it joined to it by round joiners only
    (5月6日-8日；5月9日-10日): one round each."""
    joiners = r.tax.cue_words.get("round_joiners", ())
    rounds = [dms[0]]
    for b in dms[1:]:
        gap = r.scan[rounds[-1].end:b.start].strip()
        gap = _ASIDE_RE.sub("", gap).strip()
        if b.date is None or (gap and gap not in joiners) or len(rounds) >= _LIST_DAYS_MAX * 2:
            break
        rounds.append(b)
    return rounds


def _dated_by_timetable(r: _Reader, s: int, dms: list[DateMention], raw: list[tuple[Event, bool]]) -> None:
    """A measure announced with no date of its own (决定在全县开展一次全员核酸检测。, or dated only
    by the notice's signature, or named in the notice's title) and a sentence of dates soon
    after it that names no measure of its own (采样时间：5月6日7:00-12:00，甲镇…；5月7日…): the
    measure starts on the first of those dates."""
    # (a bare ISO date, 2022-04-11, is a post's stamp on a forum line, not a timetable's day)
    starts = [d for d in dms if d.date is not None and not (d.until or d.as_of or d.meta or d.rule.startswith("iso"))]
    if not starts:
        return
    if _next_timetable_line(r, s, starts, raw):
        return
    k = next((i for i in range(len(raw) - 1, max(-1, len(raw) - 9), -1)
              if r.tax.serves("timetable", raw[i][0].type) and raw[i][0].kind != "lifted"), None)
    if k is None:
        return
    ev = raw[k][0]
    titled = ev.evidence_start < r.head_end and any(w in r.scan[ev.evidence_start:r.head_end]
                                                    for w in r.tax.cues["notice_title_end"])
    d = starts[0]
    labelled = _time_label(r, s, d)  # a line labelled as the measure's time (管理时间：10月7日0时起)
    undated = ev.date_how in ("none", "notice") or (ev.date_how == "reference" and (titled or labelled)) \
        or _announced_before(r, ev, d)
    if (not (r.tax.serves("dated_by_timetable", ev.type) or labelled) or not undated
            or not 0 <= s - ev.evidence_end <= r.tax.reach["schedule"]):
        return
    if ev.evidence_start < r.head_end and not titled and not labelled:
        return  # a news headline (…参赛人员进行核酸检测) is no notice with a timetable
    same = sorted(_same_measure(raw, k))
    for i in same:  # 范围：甲县、乙县。时间：…: every place of the one measure
        raw[i] = (replace(raw[i][0], start=d.date, start_time=d.time, end=d.end_date, date_text=d.text,
                          precision=d.precision, date_how="own"), raw[i][1])
    if r.tax.serves("one_per_listed_day", ev.type):  # 采样日期：5月6日、5月9日；5月13日: a round each day
        firsts = [raw[i] for i in same]  # …at every place of the measure
        raw[k + 1:k + 1] = [(replace(one, start=day.date, start_time=day.time, date_text=day.text), m)
                            for day in _timetable_days(r, starts) for one, m in firsts]
        # 检测时间\n5月6日至8日连续3天，每日…: a span with as many days in a row, one round a day
        raw[k + 1:k + 1] = [(replace(one, start=day, start_time=None, end=None), m)
                            for day in _span_days(r, d, r.sent_end) for one, m in firsts]


def _bare_date_line(r: _Reader, lo: int, hi: int, d: DateMention) -> bool:
    """Whether [lo, hi) holds nothing but the date d and maybe its clock hours
    (2022年5月6日（星期五）7:00~12:00): a row of a timetable set out one day a line."""
    return not r.scan[lo:d.start].strip() and _CLOCK_TAIL.fullmatch(r.scan, d.end, hi) is not None


_CLOCK = r"[0-9]{1,2}[:：][0-9]{2}(?:\s*[-~～至—－]+\s*[0-9]{1,2}[:：][0-9]{2})?"  # 7:00 / 7:00~12:00
_CLOCK_TAIL = re.compile(rf"\s*(?:{_CLOCK})?\s*")  # what may follow a bare date line's date
_CLOCK_GAP = re.compile(rf"\s*{_CLOCK}\s*[、，,；;]?\s*")  # 5月6日 7:00-12:00；5月7日…: each day its hours


def _next_timetable_line(r: _Reader, s: int, starts: list[DateMention], raw: list[tuple[Event, bool]]) -> bool:
    """A timetable set out one day a line (检测时间\n5月6日 7:00-12:00\n5月7日 7:00-12:00): a
    bare date line right after the bare date line that dated a round is one more round, at every
    place of that round, on its own day. True when the line was read so."""
    d, last = starts[0], r.last_date
    if (len(starts) > 1 or last is None or last.date is None or not _bare_date_line(r, s, r.sent_end, d)
            or not _bare_date_line(r, r.scan.rfind("\n", 0, last.start) + 1, s, last)):
        return False
    k = next((i for i in range(len(raw) - 1, max(-1, len(raw) - 9), -1)
              if r.tax.serves("one_per_listed_day", raw[i][0].type) and raw[i][0].kind != "lifted"), None)
    if k is None or raw[k][0].start != last.date or raw[k][0].date_how != "own" or d.date == last.date:
        return False
    seen: set[str | None] = set()
    for i in reversed(_same_measure(raw, k)):
        ev, n = raw[i]
        key = ev.place.key if ev.place is not None else None
        if key not in seen:
            seen.add(key)
            raw.append((replace(ev, start=d.date, start_time=d.time, end=d.end_date, date_text=d.text), n))
    return True


def _in_asides(scan: str, s: int, dms: list[DateMention]) -> set[int]:
    """The starts of the dates that stand inside a bracket opened earlier in their sentence
    (累计5例（3日，2例转为确诊）): an aside's day is no day the text goes on from, so 当日 after
    it is not that day. One pass over the sentence, however many dates it holds."""
    depth, at, inside = 0, s, set()
    for start in sorted(d.start for d in dms):
        seg = scan[at:start]
        depth += seg.count("(") + seg.count("（") - seg.count(")") - seg.count("）")
        at = start
        if depth > 0:
            inside.add(start)
    return inside


def _announced_before(r: _Reader, ev: Event, d: DateMention) -> bool:
    """A round dated by the day it was announced (10日发布会上表示，决定对甲区开展筛查), and a
    sentence of dates soon after it (12日至14日开展“两天一检”): the round starts on that later
    day, within a week of the announcement (the day it was told is no day of the round)."""
    return (ev.date_how == "announced" and ev.start is not None and d.date is not None
            and 0 < (d.date - ev.start).days <= r.tax.days["progress"] and not _told_begun(r, ev))


def _told_begun(r: _Reader, ev: Event) -> bool:
    """发布会公布：甲市已启动全员核酸检测: a round told as already begun when it was announced
    waits for no later day; a date told after it dates something else."""
    done = tuple(r.tax.cue_words["perfective_before"])
    return any(r.scan.endswith(done, ev.evidence_start, m.start())
               for m in r.tax.testing_begun_re.finditer(r.scan, ev.evidence_start, ev.evidence_end))


def _same_measure(raw: list[tuple[Event, bool]], k: int) -> list[int]:
    """raw[k] and the events just before it that the same words gave (one per listed place)."""
    ev = raw[k][0]
    same = [k]
    while same[-1] > 0 and (o := raw[same[-1] - 1][0]).type == ev.type and o.date_how == ev.date_how \
            and (o.evidence_start, o.evidence_end, o.rule) == (ev.evidence_start, ev.evidence_end, ev.rule):
        same.append(same[-1] - 1)
    return same


def _time_label(r: _Reader, s: int, d: DateMention) -> bool:
    """A sentence opening with a time label and its colon (采样时间：10月9日…): a timetable line,
    under a headline that names the round (某县第二轮全员核酸检测安排)."""
    lead = r.scan[s:d.start].strip().removesuffix("自").removesuffix("从")  # 时间：自10月9日起
    return (0 < len(lead) <= r.tax.reach["time_label"] and lead.endswith(_LABEL_MARKS[:2])
            and lead[:-1].endswith(r.tax.cue_words.get("time_labels", ())))


_TIMETABLE_JOINERS = (*_DAY_JOINERS, "；", ";")  # a timetable's days, a week's pair per clause


def _timetable_days(r: _Reader, starts: list[DateMention]) -> list[DateMention]:
    """The days after the first in a timetable's list of single days (5月6日、5月9日；5月13日):
    nothing but a joiner between each two."""
    days: list[DateMention] = []
    for a, b in itertools.pairwise(starts):
        gap = r.scan[a.end:b.start]
        if (gap not in _TIMETABLE_JOINERS and not _CLOCK_GAP.fullmatch(gap)) or a.end_date or b.end_date \
                or len(days) >= _LIST_DAYS_MAX:
            break
        days.append(b)
    return days


def _introduced_list(r: _Reader, pos: int, nxt: int, end: int) -> list[PlaceMention]:
    """The places a list word after a trigger introduces (暂停线下教学区域包括甲区(某镇除外)、乙区):
    each of them, asides skipped; none when no list word stands right before the first place."""
    first = r.mentions[nxt]
    lead = r.scan[max(pos, first.start - 4):first.start]
    if not lead.endswith(r.tax.cue_words["list_intro"]):
        return []
    listed = _listed_after(r, first.start, end)
    return listed if len(listed) > 1 else []


def _spread_list(r: _Reader, s: int, e: int, clause: tuple[int, int], pos: int, before: bool,
                 after: bool) -> list[Place]:
    """The places of a list a measure covers beyond its own clause: a 将… object list over
    commas before a designation (将甲区某社区，乙区某村升级为高风险区), or, when the clause
    names no place at all, the list opening the next clause (…核酸筛查，包括甲县、乙区)."""
    if before:
        return _designated_objects(r, s, clause[0], pos)
    return [] if after else [pm.place for pm in _list_after_clause(r, clause[1], e)]


def _designated_objects(r: _Reader, s: int, clause_start: int, pos: int) -> list[Place]:
    """The places of a 将… object list that runs over commas up to a designation trigger
    (将甲区某社区、某社区，乙区某村由中风险升级为高风险区), when they lie in two or more counties."""
    if not r.scan.startswith(r.tax.cue_words["designate"], pos):
        return []
    k = r.scan.rfind("将", s, clause_start)
    if k < 0 or any(v in r.scan[k:clause_start] for v in r.tax.cues["conduct_verbs"]):
        return []
    ms = r.mentions[bisect.bisect_left(r.starts, k):bisect.bisect_left(r.starts, pos)]
    deepest = [m.place for m, n in zip(ms, [*ms[1:], None], strict=True) if n is None or not _above(m, n)]
    counties = _county_keys(deepest)
    return deepest if len(counties) > 1 else []


def _list_after_clause(r: _Reader, clause_end: int, e: int) -> list[PlaceMention]:
    """The places a list word opening the clause right after a trigger's introduces, when the
    trigger's own clause names none (…开展部分区域核酸筛查，包括甲县(某镇除外)、乙区)."""
    pos = clause_end
    words = r.tax.cue_words["list_intro"]
    intro: str | None
    if r.scan.endswith(words, 0, pos + 1):  # 封控区域：甲县、乙区: the clause ends in the list word
        pos, intro = pos + 1, ""
    else:
        while pos < e and r.scan[pos] in "，,；; ":
            pos += 1
        if not r.scan.startswith(words, pos):  # most clauses: one test in C
            return _list_after_label(r, pos, e)
        intro = next((w for w in r.tax.cues["list_intro"] if r.scan.startswith(w, pos)), None)
        if intro is None:
            return []
    i = bisect.bisect_left(r.starts, pos + len(intro))
    if i >= len(r.mentions) or r.mentions[i].start != pos + len(intro) or r.mentions[i].end > e:
        return []
    ms = _listed_after(r, r.mentions[i].start, e)
    # 甲县乙镇: a written path counts by its deepest place
    return [m for m, n in zip(ms, [*ms[1:], None], strict=True) if n is None or not _above(m, n)]


def _list_after_label(r: _Reader, pos: int, e: int) -> list[PlaceMention]:
    """The places listed right after a short label clause closed by a colon that follows the
    trigger's clause (…核酸检测的安排，采集时间为：甲区、乙区、丙县5月3日): two or more of
    them, each the deepest of its written path; none when the clause after the trigger is no label."""
    colon = _clause_bounds(r.marks, pos, pos, e)[1]
    if colon >= e or r.scan[colon] not in ":：" or colon - pos > r.tax.reach.get("list_label", 0):
        return []
    i = bisect.bisect_left(r.starts, colon + 1)
    if i >= len(r.mentions) or r.mentions[i].start != colon + 1 or r.mentions[i].end > e:
        return []
    ms = _listed_after(r, colon + 1, e)
    deepest = [m for m, n in zip(ms, [*ms[1:], None], strict=True) if n is None or not _above(m, n)]
    return deepest if len(deepest) > 1 else []


def _list_follows(r: _Reader, e: int) -> bool:
    """Whether the sentence ending at e ends in a colon and the next line starts with a place
    (after an optional number): the measure's places are listed below it."""
    if e == 0 or r.text[e - 1] not in ":：":
        return False
    nxt = e
    while nxt < len(r.text) and r.text[nxt].isspace():
        nxt += 1
    num = _ENUMERATOR.match(r.scan, nxt)
    at = num.end() if num else nxt
    i = bisect.bisect_left(r.starts, at)
    return i < len(r.mentions) and r.mentions[i].start == at


_ENUMERATOR = re.compile(
    r"(?:[0-9]{1,2}[.、．]|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\s*")


def _list_start(r: _Reader, s: int, e: int, template: Event) -> int | None:
    """Where the list of places of sentence s starts, when it lists the places of the measure
    read before it: after a list_intro word (包括甲区、乙区), or after an optional number on
    the lines under a measure that ends in a colon (…实行静默管理：\n1.甲区\n2.乙县)."""
    intros = r.tax.cues["list_intro"]  # one test in C first: most sentences start with none
    intro = next((w for w in intros if r.scan.startswith(w, s)), None) if r.scan.startswith(tuple(intros), s) else None
    if intro is not None:
        return s + len(intro)
    # 一、检测区域和时间区域：甲区、乙县 (headings run into one line): a labelled list inside
    has_colon = r.scan.find("：", s, e) >= 0 or r.scan.find(":", s, e) >= 0  # most sentences have none
    labels = [(i, w) for w in r.tax.cues["list_intro"] if w.endswith((":", "："))
              and (i := r.scan.find(w, s, e)) >= 0] if has_colon else []
    if labels:
        i, w = min(labels)
        return i + len(w)
    under_colon = template.evidence_end > 0 and r.text[template.evidence_end - 1] in ":："
    if (under_colon or template.rule.endswith(":listed")) and not r.text[template.evidence_end:s].strip():
        num = _ENUMERATOR.match(r.scan, s)
        return num.end() if num else s
    return None


def _near(day: date, ref: date | None) -> date:
    """day moved to the year that puts it closest to ref: a timetable's days are the
    days just after its notice, even where a yearless date would otherwise go back a year."""
    if ref is None:
        return day
    cands: list[date] = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cands.append(day.replace(year=y))
        except ValueError:
            continue
    return min(cands, key=lambda c: abs((c - ref).days), default=day)


def _listed_after(r: _Reader, pos: int, e: int) -> list[PlaceMention]:
    """The places listed from pos on (甲区、乙县和丙镇), up to the first thing that is not
    a place or a list separator."""
    ms, text = r.mentions, r.text
    listed: list[PlaceMention] = []
    i = bisect.bisect_left(r.starts, pos)
    while pos < e:
        if listed and text[pos] in "(（":  # 花溪区(不含大学城)、清镇市: an aside after a place
            close = next((k for k in range(pos + 1, min(e, pos + r.tax.reach["aside"])) if text[k] in ")）"), None)
            pos = close + 1 if close is not None else pos
        while pos < e and text[pos] in _LIST_SEPS:
            pos += 1
        while i < len(ms) and ms[i].start < pos:
            i += 1
        if i >= len(ms) or ms[i].start != pos or ms[i].end > e:
            break
        listed.append(ms[i])
        pos = ms[i].end
    return listed




_ROUND_LOOKBACK = 64  # events looked back over for the round a progress figure belongs to (bounded work)


def _progress_of_round(raw: list[tuple[Event, bool]], places: list[Place], dm: DateMention,
                       quants: dict[str, int | None]) -> bool:
    """Merge a 截至… progress figure into the testing round of the same county it reports on.

    The round is the latest mass-testing event of the article in that county that started
    before the 截至 date (within a week); its missing quantities are filled. True if merged.
    """
    if dm.date is None:
        return False
    counties = _county_keys(places)
    for k in range(len(raw) - 1, max(-1, len(raw) - 1 - _ROUND_LOOKBACK), -1):
        ev = raw[k][0]
        if ev.type != "mass_testing" or ev.county is None or ev.county.key not in counties:
            continue
        if ev.start is None:
            continue
        if not (0 < (dm.date - ev.start).days <= 7):
            return False
        # quantity fields by name: their values are ints, the names only known at run time
        fill: dict[str, Any] = {f: v for f, v in quants.items() if v is not None and getattr(ev, f) is None}
        if fill:
            raw[k] = (replace(ev, **fill), raw[k][1])
        return True
    return False


def _all_in_place(r: _Reader, pos: int, e: int) -> PlaceMention | None:
    """The place of a 均在X clause after a case count (…4例，均在荔湾区), if any."""
    assert r.occ is not None
    ms = r.mentions
    m = r.occ.first("cases_all_in", pos, e)
    i = len(ms)
    while m is not None:
        i = bisect.bisect_left(r.starts, m[1])
        if i < len(ms) and ms[i].start == m[1] and ms[i].end <= e:
            break
        m = r.occ.first("cases_all_in", m[1], e)  # …7例(均为轻型)，均在甲区: 均为 names no place
    if m is None or _item_counted_between(r, pos, m[0]):
        return None  # …5例，其中甲市1例，在乙县: where the list's item lies, not the whole count
    while i + 1 < len(ms) and ms[i + 1].start == ms[i].end and ms[i + 1].end <= e:
        i += 1  # 均在绥化市望奎县: the last of a chain of places is the one meant
    return ms[i]


def _item_counted_between(r: _Reader, lo: int, hi: int) -> bool:
    """Whether a place with a count of its own (甲市1例) stands in [lo, hi): a list's item."""
    ms, count = r.mentions, r.tax.quantity["count_part"]
    i = bisect.bisect_left(r.starts, lo)
    while i < len(ms) and ms[i].end <= hi:
        j = _chain_end(ms, i, hi)
        if count.match(r.scan, ms[j].end, hi) is not None:
            return True
        i = j + 1
    return False


def _bracketed_place(r: _Reader, h: _Hit) -> PlaceMention | None:
    """新增确诊病例1例（甲县）: the one place in brackets right after a case count is where the
    cases are (a bracket holding counts, （甲县3例、乙县1例）, is a breakdown instead)."""
    if h.trig.type != "case_report":
        return None
    reach = min(h.e, h.end + r.tax.reach["count"])
    cm = r.tax.quantity["count_after"].match(r.scan[h.end:reach])  # the pattern is ^-anchored
    at = h.end + cm.end() if cm is not None else h.e
    if at >= h.e or r.scan[at] not in _BREAKDOWN_OPEN:
        return None
    ms = r.mentions
    i = bisect.bisect_left(r.starts, at + 1)
    if i >= len(ms) or ms[i].start != at + 1:
        return None
    while i + 1 < len(ms) and ms[i + 1].start == ms[i].end:
        i += 1  # （乙市丙县）: the last of a chain
    return ms[i] if ms[i].end < h.e and r.scan[ms[i].end] in _BREAKDOWN_CLOSE else None


def _continuations(r: _Reader, s: int, e: int, sentence_events: list[tuple[Event, bool]],
                   raw: list[tuple[Event, bool]]) -> None:
    """Case counts of continuation clauses: 新增本土确诊病例40例，其中邗江区38例(、广陵区2例).

    The case word is left out; kind and date are those of the last case report before
    the clause in the same sentence.
    """
    cases = [ev for ev, _ in sentence_events if ev.type == "case_report"]
    own = bool(cases)  # the sentence has case words of its own
    if not cases and all(ev.type != "case_report" for ev, _ in raw[-8:]):
        return  # no case report here or just before (most sentences): nothing for a clause to continue
    own_line = not cases and _count_line(r, s, e, raw)
    at_place = r.tax.quantity.get("count_at_place")
    if not cases and (own_line or r.scan.startswith(r.tax.cue_words["cases_part"], s)
                      or (at_place is not None and at_place.search(r.scan, s, e) is not None)):
        # …新增确诊病例22例。其中甲县16例，乙县6例: the breakdown in a sentence of its own
        # (…5例，分布如下：\n甲县3例\n乙县2例: or a line of its own each)
        reports = [ev for ev, _ in raw[-8:] if ev.type == "case_report"]
        # the breakdown is of the last counted total (发现9例…。经会诊都是无症状感染者。甲区(2例))
        cases = [ev for ev in reports if ev.count is not None][-1:] or reports[-1:]
        if cases and _total_between(r, cases[-1].evidence_end, s):
            return
    if not cases:
        return
    tax, scan = r.tax, r.scan
    n_before = len(raw)
    guessed = [ev for ev in cases if _header_placed_by_default(r, ev, s)]
    placed = [ev for ev in cases if not any(ev is g for g in guessed)]
    have = {(ev.place.key if ev.place else None, ev.start) for ev in placed}
    _counts_after_commas(r, s, e, cases, raw,
                         {(ev.place.key if ev.place else None, ev.start, ev.kind) for ev in placed},
                         _breakdown_lead(r, s, raw, n_before - len(sentence_events)) if own else None)
    _daily_series(r, s, e, cases, raw)
    _counts_before_places(r, s, e, cases[-1], have, raw)
    if own_line:
        n_raw = len(raw)
        _read_items(r, s, e, cases[-1], have, raw)
        # the line is the rows' evidence: the next line of the list is measured from it
        raw[n_raw:] = [(replace(ev, evidence=r.text[s:e], evidence_start=s, evidence_end=e), o)
                       for ev, o in raw[n_raw:]]
    for cm in tax.cue_re["cases_part"].finditer(scan, s, e):
        if _breakdown_of_state(r, s, cm.start()):
            continue
        pos = cm.end()
        if pos < e and scan[pos] in "，,：:":  # 其中：甲县3例
            pos += 1
        _read_items(r, pos, e, _report_before(r, s, cm.start(), cases), have, raw)
    if guessed and (any(ev.rule == _CONTINUATION for ev, _ in raw[n_before:]) or _split_elsewhere(r, s, e, guessed)):
        raw[:] = [(ev, o) for ev, o in raw if not any(ev is g for g in guessed)]


def _report_before(r: _Reader, s: int, at: int, cases: list[Event]) -> Event:
    """The case report a breakdown at ``at`` splits: the last of ``cases`` of the kind of the
    last case word before it in the sentence (确诊病例9例，其中…；无症状感染者4例，其中…: each
    list is of its own kind), else the sentence's last report."""
    kind = None
    for m in r.tax.triggers_re.finditer(r.scan, s, at):
        trig = r.tax.trigger_of(m)
        if trig.type == "case_report":
            kind = trig.kind
    return next((ev for ev in reversed(cases) if ev.kind == kind), cases[-1])


def _split_elsewhere(r: _Reader, s: int, e: int, guessed: list[Event]) -> bool:
    """Whether the sentence gives a count to a place outside the counties its fallback-placed
    case reports guessed (新增确诊病例中，甲省10例，乙省5例): the count is split among other places,
    even where they are too large to give rows of their own, so it is not the guessed county's."""
    keys = {ev.county.key for ev in guessed if ev.county is not None}
    count = r.tax.quantity["count_part"]
    i, ms = bisect.bisect_left(r.starts, s), r.mentions
    while i < len(ms) and ms[i].end <= e:
        j = _chain_end(ms, i, e)
        if count.match(r.scan, ms[j].end, e) is not None and not keys & {a.key for a in ms[j].place.lineage}:
            return True
        i = j + 1
    return False


def _breakdown_lead(r: _Reader, s: int, raw: list[tuple[Event, bool]], n_sentence: int) -> Event | None:
    """…新增本土感染者90例。其中，甲区50例，乙县40例；无症状感染者70例: a sentence opening with
    a breakdown word (cues cases_part) after a counted case report breaks that report down, also
    where the sentence has case words of its own later on (a split by kind); the counted report
    before it, unless a running total comes between, is the base of the places listed ahead of them."""
    if not r.scan.startswith(r.tax.cue_words["cases_part"], s):
        return None
    before = [ev for ev, _ in raw[max(0, n_sentence - 8):n_sentence] if ev.type == "case_report"]
    lead = next((ev for ev in reversed(before) if ev.count is not None), None)
    return None if lead is None or _total_between(r, lead.evidence_end, s) else lead


def _header_placed_by_default(r: _Reader, ev: Event, s: int) -> bool:
    """A case report of this sentence placed only by the article's fallback (its subject or
    first county): when the sentence goes on to split the count by place (新增确诊病例中，甲市4例、
    乙州2例), the count is the sum of those places, not the fallback county's; it gives no row
    of its own once the places' rows are read."""
    return ev.evidence_start >= s and ev.place_how in _DEFAULT_PLACES


def _breakdown_of_state(r: _Reader, s: int, pos: int) -> bool:
    """A breakdown opened at pos (其中, a bracket) whose clause tells a count of cases in a state
    (治愈出院病例1例(甲区); 无症状感染者40例解除医学观察(甲区1例、乙县3例); cues
    case_state_before, case_state_after), or another tally (累计确诊病例7例(甲区2例…), 疑似病例;
    cue case_list_other_tally): it splits those cases by place, no new ones of any county."""
    lo = _clause_bounds(r.marks, pos, s, pos + 1)[0]
    if lo == pos and lo - 1 > s:  # 其中 opening its clause: the count is in the clause before
        lo = _clause_bounds(r.marks, lo - 2, s, pos)[0]
    states = [r.tax.cue_re[k] for k in ("case_state_before", "case_state_after") if k in r.tax.cue_re]
    return (any(p.search(r.scan, lo, pos) is not None for p in states) or _in_state_clause(r, lo, pos)
            or _other_tally(r, lo, pos))


def _counts_before_places(r: _Reader, s: int, e: int, base: Event, have: set[tuple[str | None, date | None]],
                          raw: list[tuple[Event, bool]]) -> None:
    """新增病例中3例在甲区，另1例在乙县: a count written before the place it lies in, after a
    case report, is a count of that report's kind and day for the place."""
    pattern, ms = r.tax.quantity.get("count_at_place"), r.mentions
    for m in pattern.finditer(r.scan, s, e) if pattern is not None else ():
        i = bisect.bisect_left(r.starts, m.end())
        if i >= len(ms) or ms[i].start != m.end() or ms[i].end > e:
            continue
        pm = ms[_chain_end(ms, i, e)]  # 3例在甲市乙区: the last of a chain
        if (pm.place.key, base.start) in have:
            continue
        have.add((pm.place.key, base.start))
        raw.append((_continuation_row(r, base, pm, cn_int(m.group("n"))), False))


_CONTINUATION = "case_report:continuation"  # the rule of a row read from a place's count in a list


def _continuation_row(r: _Reader, base: Event, pm: PlaceMention, n: int | None) -> Event:
    """The case report ``base`` again for the place ``pm`` with its own count ``n``: one item of a
    list continuing the report (甲区3例、乙区2例), a little less sure than the report itself."""
    return replace(base, place=pm.place, county=_county(pm.place), scope=scope_of(pm.place, r.tax),
                   scope_name=pm.surface, count=n, rule=_CONTINUATION, place_how="clause",
                   date_how="own", confidence=round(base.confidence * r.tuning.continuation, 2))


def _total_between(r: _Reader, a: int, b: int) -> bool:
    """A running total (截至…累计报告…119例。其中：) between a case report and a breakdown:
    the breakdown lists the total's counts, not the new cases of the report before it."""
    return a < b and any(w in r.scan[a:b] for w in r.tax.cue_words["cumulative"])


def _count_line(r: _Reader, s: int, e: int, raw: list[tuple[Event, bool]]) -> bool:
    """A sentence that is only a place and its count (甲县3例), close after a case report."""
    last = next((ev for ev, _ in reversed(raw[-8:]) if ev.type == "case_report"), None)
    if last is None or not 0 <= s - last.evidence_end <= r.tax.reach["schedule"]:
        return False
    item = _listed_count(r, s, e)
    if item is None or item[0] is None:
        return False
    # 甲区(2例) heading the lines of its people (with their own days of travel) below it
    return item[1].group("open") is not None or not r.scan[item[1].end():e].strip("。；;，,、 \n")


def _read_items(r: _Reader, pos: int, e: int, base: Event, have: set[tuple[str | None, date | None]],
                raw: list[tuple[Event, bool]]) -> None:
    """The items of a per-area case list from pos (甲县3例、乙县2例), each a case report of base's kind."""
    scan = r.scan
    while True:
        group = _shared_count(r, pos, e)
        item = group if group is not None else _listed_count(r, pos, e)
        if item is None:
            break
        pms, q = item
        if pms is None and _other_tally(r, pos, q.start()):
            break  # …(甲县1例)，新增出院病例7例(…): a tally of another state, no area of this list
        n = cn_int(q.group("n"))
        counted: list[PlaceMention | None] = list(pms) if isinstance(pms, list) else [
            _lone_county_in_brackets(r, q.end(), e, pms) or pms]  # 甲州12例(乙市): all in 乙市
        for pm in counted:
            if pm is not None and (pm.place.key, base.start) not in have:
                raw.append((_continuation_row(r, base, pm, n), False))
        pos = _past_note(r, q.end(), e)
        if pos < e and scan[pos] in _BREAKDOWN_OPEN:
            pos += 1  # 甲州12例(乙县5例，丙县7例)、丁区2例: the item's breakdown, item by item
            continue
        if pos < e and scan[pos] in _BREAKDOWN_CLOSE:
            pos += 1  # …丙县7例)、丁区2例: the list goes on after the breakdown
        if pos >= e or scan[pos] not in "、，,":
            break
        while pos < e and scan[pos] in "、，,":
            pos += 1  # 甲县2例，、乙市3例: a mirror's doubled separator is one


def _other_tally(r: _Reader, lo: int, hi: int) -> bool:
    """Whether the name of a list item in [lo, hi) (no place of the gazetteer) names another
    tally of a bulletin (cue case_list_other_tally: 出院病例, 累计确诊病例) rather than an area."""
    return ("case_list_other_tally" in r.tax.cue_re and r.occ is not None
            and r.occ.first("case_list_other_tally", lo, hi) is not None)


_BREAKDOWN_OPEN = "(（"  # a per-area count broken down by its counties in brackets
_BREAKDOWN_CLOSE = ")）"
_ITEM_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}?(?=(?:新增|报告|有|共|为)?(?:[0-9]+|[一二两三四五六七八九十百]+)例)")


def _lone_county_in_brackets(r: _Reader, pos: int, e: int, outer: PlaceMention | None) -> PlaceMention | None:
    """甲州12例(乙市), 甲州12例(均在乙市), 甲州6例(含2例由…转为确诊病例，均在乙市), 甲州1例，在乙市:
    a list item's count followed by one place alone, in brackets or in a clause of only a
    placing word (cues cases_all_in) and the place, is all in that place (the last of its
    chain), when it lies within the item's own place or the item names an area the gazetteer
    does not know; else None."""
    scan = r.scan
    if pos >= e or scan[pos] not in _BREAKDOWN_OPEN + "，,":
        return None
    if scan[pos] in "，,":  # 甲州1例，在乙市；: the clause is only where the count lies
        pm = _placed_by_lead(r, pos + 1, e, False)
        ok = pm is not None and (pm.end >= e or scan[pm.end] in _ITEM_PLACE_AFTER)
    else:
        reach = min(e, pos + r.tax.reach["count_note"])
        close = next((k for k in range(pos + 1, reach) if scan[k] in _BREAKDOWN_CLOSE), None)
        if close is None:
            return None
        # (含2例…，均在乙市): a note on the count, then the place its last clause puts it in
        last = max(scan.rfind("，", pos, close), scan.rfind(",", pos, close))
        pm = _placed_by_lead(r, (last if last > pos else pos) + 1, close, last <= pos)
        ok = pm is not None and pm.end == close
    if pm is None or not ok or _county(pm.place) is None:
        return None
    return pm if outer is None or _is_within(pm.place, outer.place) else None


_ITEM_PLACE_AFTER = "；;。，,、(（"  # what may follow the place of 甲州1例，在乙市 (乙市(某新区)；)


def _placed_by_lead(r: _Reader, pos: int, e: int, bare: bool) -> PlaceMention | None:
    """The place (the last of its chain) that a placing word at pos (均在, 在; cues cases_all_in)
    leads to, or (``bare``) that stands at pos without one; None when none starts right there."""
    leads = sorted({w.lstrip("，,(（") for w in r.tax.cue_words["cases_all_in"]}, key=len, reverse=True)
    lead = next((len(w) for w in leads if r.scan.startswith(w, pos)), 0)
    if not lead and not bare:
        return None
    i = bisect.bisect_left(r.starts, pos + lead)
    ms = r.mentions
    if i >= len(ms) or ms[i].start != pos + lead or ms[i].end > e:
        return None
    return ms[_chain_end(ms, i, e)]


def _past_note(r: _Reader, pos: int, e: int) -> int:
    """Where a per-area list goes on after an item's count at ``pos``: past a bracketed note
    holding no item of its own (甲区1例(系就医时查出)、乙县1例: how the case was found), else at
    ``pos`` (a breakdown, 甲州12例(乙县5例…), is read item by item); or up to the 、 that ends
    a note written without brackets (甲区2例为管控人员、乙县3例)."""
    scan = r.scan
    if pos >= e:
        return pos
    if scan[pos] not in _BREAKDOWN_OPEN:
        return _past_plain_note(r, pos, e)
    if _shared_count(r, pos + 1, e) is not None or _listed_count(r, pos + 1, e) is not None:
        return pos
    close = next((k for k in range(pos + 1, min(e, pos + r.tax.reach["count_note"])) if scan[k] in _BREAKDOWN_CLOSE),
                 None)
    return close + 1 if close is not None else pos


def _past_plain_note(r: _Reader, pos: int, e: int) -> int:
    """The 、 closing a short note after an item's count (2例为管控人员、): the list goes on there
    when the note holds no digit, no place and no clause mark; else ``pos``."""
    scan, end = r.scan, min(e, pos + r.tax.reach["count_note"])
    k = next((k for k in range(pos, end) if not "\u4e00" <= scan[k] <= "\u9fff"), end)
    if k == pos or k >= end or scan[k] != "、":
        return pos
    i = bisect.bisect_left(r.starts, pos)
    return pos if i < len(r.mentions) and r.mentions[i].start < k else k


def _listed_count(r: _Reader, pos: int, e: int) -> tuple[PlaceMention | None, re.Match[str]] | None:
    """One item of a per-area case list at pos (乙市丙区12例, 某州丙市3例, 开发区1例): the place
    it names (the last of a chain, after a short prefecture name the gazetteer may not know;
    None for an area that is no place of the gazetteer, which the list steps over) and its count."""
    ms, scan = r.mentions, r.scan
    i = bisect.bisect_left(r.starts, pos)
    if i < len(ms) and ms[i].end <= e and 0 < ms[i].start - pos <= r.tax.reach["item_prefix"] \
            and all("\u4e00" <= c <= "\u9fff" for c in scan[pos:ms[i].start]):
        pos = ms[i].start  # 伊犁州甲市: a prefecture short name not in the gazetteer
    if i < len(ms) and ms[i].start == pos and ms[i].end <= e:
        i = _chain_end(ms, i, e)  # 乙市丙区12例: the count belongs to the last place of the chain
        found = r.tax.quantity.get("found_count_part")  # 甲区隔离点检出2例: how, then the count
        at = _past_gloss(r, ms[i].end, e)  # 甲市(乙州下辖县级市)12例: a note on the name, then the count
        q = r.tax.quantity["count_part"].match(scan, at, e) or (
            found.match(scan, at, e) if found is not None else None)
        if q is not None:
            return ms[i], q  # (甲市开发区2例: a zone the gazetteer does not know, read as a name below)
    name = _ITEM_NAME.match(scan, pos, e)
    q = r.tax.quantity["count_part"].match(scan, name.end(), e) if name else None
    return (None, q) if q is not None else None


def _past_gloss(r: _Reader, pos: int, e: int) -> int:
    """Where a listed place's count may start after a bracketed note on the name itself (甲市
    (乙州代管的县级市)3例: what kind of place it is): past the bracket when it closes within
    reach aside and holds no digit, no list mark and no place of its own; else ``pos``."""
    scan = r.scan
    if pos >= e or scan[pos] not in _BREAKDOWN_OPEN:
        return pos
    close = next((k for k in range(pos + 1, min(e, pos + r.tax.reach["aside"])) if scan[k] in _BREAKDOWN_CLOSE), None)
    if close is None or _GLOSS_BLOCK.search(scan, pos + 1, close) is not None:
        return pos
    i = bisect.bisect_left(r.starts, pos + 1)
    own = i < len(r.mentions) and r.mentions[i].start == pos + 1 and r.mentions[i].end == close
    return pos if own else close + 1


_GLOSS_BLOCK = re.compile(r"[0-9０-９、，,；;。一二两三四五六七八九十百]")


def _chain_end(ms: list[PlaceMention], i: int, e: int) -> int:
    """Index of the last mention of the chain ms[i] opens (乙市丙区: names written edge to edge),
    ending by e: a count written after a chain is its last place's."""
    while i + 1 < len(ms) and ms[i + 1].start == ms[i].end and ms[i + 1].end <= e:
        i += 1
    return i


def _shared_count(r: _Reader, pos: int, e: int) -> tuple[list[PlaceMention], re.Match[str]] | None:
    """甲区、乙区、丙县各1例: places joined by 、 from pos, then one count that each of them
    has; the items of the list (the last of each chain, 乙市丙区), or None for any other text."""
    pattern = r.tax.quantity.get("shared_count")
    ms, i, out = r.mentions, bisect.bisect_left(r.starts, pos), []
    while pattern is not None and i < len(ms) and ms[i].start == pos and ms[i].end <= e:
        i, end = _bracketed_part(r, _chain_end(ms, i, e), e)  # 乙市丙区, 乙市(丙区): the last place
        out.append(ms[i])
        suffix = r.tax.name_suffix
        if end == ms[i].end:
            end += r.scan[end:end + 1] in suffix and ms[i].surface[-1] not in suffix
        if r.scan.startswith("、", end):  # 秀山县: a short name the gazetteer matched without its 县
            pos, i = end + 1, i + 1
            continue
        q = pattern.match(r.scan, end, e)
        return (out, q) if q is not None and len(out) > 1 else None
    return None


def _bracketed_part(r: _Reader, i: int, e: int) -> tuple[int, int]:
    """乙市(丙区)、丁市(戊县)各1例: a county written in brackets right after its city is the
    place the count is for; the index of that county's mention (else i) and where the item's
    names end (after the closing bracket, else at the end of ms[i])."""
    ms, scan = r.mentions, r.scan
    end = ms[i].end
    if end >= e or scan[end] not in _BREAKDOWN_OPEN or i + 1 >= len(ms) or ms[i + 1].start != end + 1:
        return i, end
    j = _chain_end(ms, i + 1, e)
    if ms[j].end < e and scan[ms[j].end] in _BREAKDOWN_CLOSE and _is_within(ms[j].place, ms[i].place):
        return j, ms[j].end + 1
    return i, end


def _is_within(inner: Place, outer: Place) -> bool:
    """Whether ``outer`` is ``inner`` or one of the places above it."""
    up = inner.ancestor(outer.level)
    return up is not None and up.key == outer.key


def _daily_series(r: _Reader, s: int, e: int, cases: list[Event], raw: list[tuple[Event, bool]]) -> None:
    """新增无症状感染者激增(12日69例、13日129例、14日136例): a series of day counts after a
    case report is one case report per day (the month and year of the report's date)."""
    base = next((ev for ev in reversed(cases) if ev.start is not None), None)
    series = list(r.tax.quantity["daily_count"].finditer(r.scan, s, e))
    if base is None or base.start is None or len(series) < 2:
        return
    month = base.start.month
    for m in series:
        month = int(m.group("m")) if m.group("m") else month
        try:
            day = date(base.start.year, month, int(m.group("d")))
        except ValueError:
            continue
        if any(ev.start == day and ev.kind == base.kind and ev.place == base.place for ev in cases):
            continue
        raw.append((replace(base, start=day, end=None, count=int(m.group("n")), evidence=r.text[s:e],
                            rule="case_report:daily", date_how="own",
                            confidence=round(base.confidence * r.tuning.continuation, 2)), False))


def _counts_after_commas(r: _Reader, s: int, e: int, cases: list[Event], raw: list[tuple[Event, bool]],
                         have: set[tuple[str | None, date | None, str | None]], lead: Event | None = None) -> None:
    """甲区新增确诊病例10例，乙市丙区4例: a clause of only a place and a count after a case
    report is a count of the same kind for that place (the kind of the case word before it);
    with ``lead`` (the report a breakdown sentence opens on), the clauses before the
    sentence's first case word are counts of the lead's kind."""
    tax, scan, ms = r.tax, r.scan, r.mentions
    words = [(m.start(), tax.trigger_of(m).kind) for m in tax.triggers_re.finditer(scan, s, e)
             if tax.trigger_of(m).type == "case_report"]
    if lead is not None:
        words.insert(0, (s - 1, lead.kind))
    for comma in re.finditer("[，,；;]", scan[s:e]):
        pos = s + comma.end()
        pos += next((len(w) for w in tax.cue_words["count_clause_open"] if scan.startswith(w, pos)), 0)
        before = [kind for at, kind in words if at < pos]
        i = bisect.bisect_left(r.starts, pos)
        if not before or i >= len(ms) or ms[i].start != pos:
            continue
        last_at = max(at for at, _ in words if at < pos)
        if last_at >= s and _word_in_state(r, s, last_at):
            continue  # 解除感染者隔离5例，甲市2例: the places of released cases
        shared_base = lead if lead is not None and last_at < s else next(
            (ev for ev in reversed(cases) if ev.kind == before[-1]), None)
        if shared_base is not None and _shared_count(r, pos, e) is not None:  # ，甲区、乙区各2例
            _group_goes_on(r, pos, e, shared_base, have, raw)
            continue
        pm = ms[_chain_end(ms, i, len(scan))]  # 大同市云州区: the last of a chain
        q = tax.quantity["count_part"].match(scan, pm.end, e) or tax.quantity["dated_count_part"].match(scan, pm.end, e)
        base = _on_own_day(shared_base, q)
        if q is None or base is None or (q.end() < e and scan[q.end()] not in "，,；;。、" + _BREAKDOWN_CLOSE):
            continue
        pm = _lone_county_in_brackets(r, q.end(), e, pm) or pm  # ；甲州4例，均在乙市: all in 乙市
        if (pm.place.key, base.start, base.kind) not in have:
            have.add((pm.place.key, base.start, base.kind))
            raw.append((_continuation_row(r, base, pm, cn_int(q.group("n"))), False))
        if q.end() < e and scan[q.end()] == "、":  # …；乙市丙区4例、乙市丁县2例: the group goes on
            _group_goes_on(r, q.end() + 1, e, base, have, raw)


def _on_own_day(base: Event | None, q: re.Match[str] | None) -> Event | None:
    """base moved to the day a continuing clause gives its count for (而乙县6日新增4例: the 6th of
    base's month, or of the month it writes), None when that day does not exist; base itself
    when the clause gives no day."""
    if base is None or q is None or "d" not in q.re.groupindex or base.start is None:
        return base
    try:
        day = date(base.start.year, int(q.group("m") or base.start.month), int(q.group("d")))
    except ValueError:
        return None
    return base if day == base.start else replace(base, start=day, end=None)


def _word_in_state(r: _Reader, s: int, at: int) -> bool:
    """Whether the case word at ``at`` counts cases in a state (released, in care, watched) by
    the cues of its clause: a list of places after it splits those cases, no new ones."""
    lo, hi = _clause_bounds(r.marks, at, s, r.sent_end)
    if _in_state_clause(r, lo, at):
        return True
    occ = r.occ
    if occ is None:
        return False
    return bool(occ.first("case_state_before", lo, at)
                or ("case_state_after" in occ.patterns and occ.first("case_state_after", at, hi)))


def _group_goes_on(r: _Reader, pos: int, e: int, base: Event, have: set[tuple[str | None, date | None, str | None]],
                   raw: list[tuple[Event, bool]]) -> None:
    """The items of a bulletin's group after its first (甲市乙区2例、甲市丙县3例；), each a count
    of base's kind; ``have`` (place, day, kind) grows with them."""
    n_raw = len(raw)
    _read_items(r, pos, e, base, set(), raw)
    kept = []
    for ev, n in raw[n_raw:]:  # an item read before (甲县2例，、甲县2例: a doubled list) counts once
        key = (ev.place.key if ev.place else None, ev.start, ev.kind)
        if key not in have:
            have.add(key)
            kept.append((ev, n))
    raw[n_raw:] = kept


def _in_batches(r: _Reader, s: int, e: int, events: list[tuple[Event, bool]]) -> list[tuple[Event, bool]]:
    """甲区3日、4日先测管控小区，5日测头一批封控楼院，其余楼院7日再测: one
    screening of a place run area by area (a batch word in the sentence) is one round, on its
    first day; the days of its batches are no rounds of their own."""
    words = r.tax.cue_re.get("batches")
    if words is None or words.search(r.scan, s, e) is None:
        return events
    first: dict[Hashable, date] = {}
    for ev, _ in events:
        if ev.type == "mass_testing" and ev.start is not None:
            key = ev.place.key if ev.place else None
            first[key] = min(first.get(key, ev.start), ev.start)
    return [(ev, n) for ev, n in events if ev.type != "mass_testing" or ev.start is None
            or ev.start == first[ev.place.key if ev.place else None]]


def _strongest(events: list[tuple[Event, bool]], tax: tx.Taxonomy) -> list[tuple[Event, bool]]:
    """One measure per (type, place, date) in a sentence: the strongest kind wins.

    居家不外出 next to 封闭管控 for the same place is one closed management; 停止线下教学，
    转为线上教学 is one suspension. Quantities of the merged events are kept.
    """
    rank = tax.strength
    best: dict[tuple[object, ...], int] = {}
    out: list[tuple[Event, bool]] = []
    for ev, needs_open in _positive_read_twice(events):
        order = rank.get(ev.type)
        if order is None or ev.kind not in order:
            out.append((ev, needs_open))
            continue
        key = (ev.type, ev.place.key if ev.place else None, ev.start)
        if key not in best:
            best[key] = len(out)
            out.append((ev, needs_open))
            continue
        i = best[key]
        kept = out[i][0]
        if order.index(ev.kind) < order.index(kept.kind or ""):
            win, lose = replace(ev, evidence=kept.evidence, evidence_start=kept.evidence_start,
                                evidence_end=kept.evidence_end), kept
        else:
            win, lose = kept, ev
        fill = missing_quantities(win, lose)
        if win.end is None and lose.end is not None:
            fill["end"] = lose.end
        out[i] = (replace(win, **fill) if fill else win, out[i][1] and needs_open)
    return out


def _positive_read_twice(events: list[tuple[Event, bool]]) -> list[tuple[Event, bool]]:
    """确诊1例阳性病例 / 发现2名阳性病例，判定均为无症状感染者: a positive row of a sentence with the
    place, date and count of a row of a named kind (confirmed, asymptomatic) is that report read
    a second time under the generic kind; the named kind stays, alone."""
    def key(ev: Event) -> tuple[object, ...]:
        return ev.place.key if ev.place else None, ev.start, ev.count

    named = {key(ev) for ev, _ in events if ev.type == "case_report" and ev.kind != "positive" and ev.count is not None}
    return [(ev, n) for ev, n in events
            if not (ev.type == "case_report" and ev.kind == "positive" and key(ev) in named)]


# a lockdown named as an area (封控区内) or going on (继续实行, 时间延长) only repeats a
# lockdown of its county that the article reports itself
_WEAK_DATES = ("reference", "ongoing")


def _where(ev: Event) -> str | None:
    """Where a lockdown and its lifting must agree: the county, else the place itself."""
    return ev.county.key if ev.county else (ev.place.key if ev.place else None)


def _finish(raw: list[tuple[Event, bool]], head_end: int = 0) -> list[Event]:
    """Apply ends of measures, drop repeats, merge duplicates and undated repeats."""
    out, needs_open = _lift_details(_apply_lifts(raw), [needs_open for _, needs_open in raw])
    out = _drop_repeated_lockdowns(out, needs_open)
    return _one_row_per_round(_drop_measure_details(_drop_inherited_case_repeats(
        _drop_undated_repeats(_dedupe(out, head_end)), head_end)))


def _one_row_per_round(out: list[Event]) -> list[Event]:
    """A testing word placed only by the article's context (_DEFAULT_PLACES: 今天…增加了一个采样台
    in a report on a county's round) on the day of a round of that county the article tells is
    that round again, however deep the place it borrowed: one row, its quantities merged into the
    round's (a row with a place of its own is kept first)."""
    keep: dict[tuple[str, date], int] = {}
    for i, ev in enumerate(out):
        if ev.type == "mass_testing" and ev.county is not None and ev.start is not None:
            k = (ev.county.key, ev.start)
            first = keep.get(k)
            if first is None or (out[first].place_how in _DEFAULT_PLACES and ev.place_how not in _DEFAULT_PLACES):
                keep[k] = i
    drop: set[int] = set()
    for i, ev in enumerate(out):
        if ev.type == "mass_testing" and ev.county is not None and ev.start is not None \
                and ev.place_how in _DEFAULT_PLACES and (j := keep[(ev.county.key, ev.start)]) != i:
            if fill := missing_quantities(out[j], ev):
                out[j] = replace(out[j], **fill)
            drop.add(i)
    return [ev for i, ev in enumerate(out) if i not in drop] if drop else out


def _drop_measure_details(out: list[Event]) -> list[Event]:
    """One measure, one row: a lockdown dated only by the date it inherits, at the place and on
    the day of a county-wide lockdown read before it (全市静默管理；其中封控区足不出户；养老机构
    封闭管理), tells the rules of that measure for some of its areas, not a measure of its own.
    Places named apart (甲社区、乙路段) keep their rows."""
    seen: dict[tuple[str | None, date], int] = {}
    kept: list[Event] = []
    for ev in out:
        key = (ev.place.key if ev.place else None, ev.start) if _lockdown(ev) and ev.start is not None else None
        if key is not None and key in seen and ev.date_how == "inherited" and kept[seen[key]].scope == "county":
            first = kept[seen[key]]
            if first.end is None and ev.end is not None:
                kept[seen[key]] = replace(first, end=ev.end)
            continue
        if key is not None:
            seen.setdefault(key, len(kept))
        kept.append(ev)
    return kept


def _lockdown(ev: Event) -> bool:
    return ev.type == "lockdown" and ev.kind != "lifted"


def _apply_lifts(raw: list[tuple[Event, bool]]) -> list[Event]:
    """A lifting (解除封控, 有序解封) ends each lockdown of its county in the article that
    started before it (the earliest such lifting date)."""
    lifts: dict[str | None, list[tuple[bool, date]]] = {}
    for lf, _ in raw:
        if lf.type == "lockdown" and lf.kind == "lifted" and lf.end is not None:
            lifts.setdefault(_where(lf), []).append((lf.date_how != "own", lf.end))
    for v in lifts.values():
        v.sort()  # a lifting dated in its own sentence before one inheriting a date
    out: list[Event] = []
    for ev, _ in raw:
        if _lockdown(ev) and ev.end is None:
            end = next((d for _, d in lifts.get(_where(ev), ()) if ev.start is None or d > ev.start), None)
            if end is not None:
                ev = replace(ev, end=end)
        out.append(ev)
    return out


def _lift_details(out: list[Event], needs_open: list[bool]) -> tuple[list[Event], list[bool]]:
    """Drop lockdowns that only list what a lifting read before them lifts.

    现决定于5月4日起对甲镇“三区”全面解封。封控区：…；管控区：… — the area words after a
    lifting, dated only by the date they inherit, are that lifting's areas: their date is the
    lifting's day, not the start of a new lockdown.
    """
    lifted: dict[str | None, set[date]] = {}
    keep: list[int] = []
    for i, ev in enumerate(out):
        if ev.type == "lockdown" and ev.kind == "lifted" and ev.end is not None:
            lifted.setdefault(_where(ev), set()).add(ev.end)
        if not (_lockdown(ev) and ev.date_how == "inherited" and ev.start in lifted.get(_where(ev), ())):
            keep.append(i)
    return [out[i] for i in keep], [needs_open[i] for i in keep]


def _drop_repeated_lockdowns(out: list[Event], needs_open: list[bool]) -> list[Event]:
    """Lockdown events that only repeat one the article reports itself.

    A lockdown word used as a noun (封控区内) repeats a lockdown of its county; one going on
    (继续实行, 时间延长) yields to a dated start; one repeated later (盐湖全域实施静态管理)
    took the latest date read before it, which belongs to something else, and yields to the
    dates the article gives its lockdowns itself. A lifting is kept as an event of its own
    only when the article reports no lockdown of that county.
    """
    locked = {_where(o) for o in out if _lockdown(o)}
    real = {_where(o) for o in out if _lockdown(o) and o.date_how not in _WEAK_DATES}
    started = {_where(o) for o in out if _lockdown(o) and o.date_how not in _WEAK_DATES and o.start is not None}
    own_dates: dict[str | None, set[date]] = {}
    for o in out:
        if _lockdown(o) and o.date_how in ("own", "notice") and o.start is not None:
            own_dates.setdefault(_where(o), set()).add(o.start)
    # 决定在全县实行静态管理。一、静态管理时间：10月4日0时起 — the notice's day yields to the
    # start the notice writes out for that county
    # (an earlier own start, 此前…自8月29日起, is another episode: it does not count)
    written: dict[str | None, date] = {}
    for o in out:
        if _lockdown(o) and o.date_how == "own" and o.start is not None:
            written[_where(o)] = max(o.start, written.get(_where(o), o.start))

    def repeats(ev: Event, needs: bool) -> bool:
        if ev.type != "lockdown":
            return False
        if ev.kind == "lifted":
            return needs or _where(ev) in locked
        return ((ev.date_how == "reference" and _where(ev) in real)
                or (ev.date_how == "ongoing" and _where(ev) in started)
                or (ev.date_how == "inherited" and ev.start not in own_dates.get(_where(ev), {ev.start}))
                or (ev.date_how == "notice" and ev.start is not None and written.get(_where(ev), ev.start) > ev.start))

    return [ev for ev, needs in zip(out, needs_open, strict=True) if not repeats(ev, needs)]


def _dedupe(out: list[Event], head_end: int) -> list[Event]:
    """Same type, place, start, kind -> first evidence, quantities merged; the body's
    evidence (and clock time) wins over a headline saying the same."""
    seen: dict[tuple[object, ...], int] = {}
    merged: list[Event] = []
    for ev in out:
        key = (ev.type, ev.place.key if ev.place else None, ev.start, ev.kind)
        if key in seen:
            i = seen[key]
            if merged[i].evidence_start < head_end <= ev.evidence_start:
                merged[i], ev = ev, merged[i]
            fill = missing_quantities(merged[i], ev)
            if ev.type == "lockdown" and merged[i].end is None and ev.end is not None:
                fill["end"] = ev.end
            if fill:
                merged[i] = replace(merged[i], **fill)
            continue
        seen[key] = len(merged)
        merged.append(ev)
    return merged


def _drop_inherited_case_repeats(merged: list[Event], head_end: int = 0) -> list[Event]:
    """A case count dated only by a day another clause or sentence gives (…8日起开展重点人群检测，新发现
    的5例都由此检出; a repeated title line) that repeats the county, kind and count of a case row
    dated by its own words: the same cases told again, not a report of the borrowed day; one
    dated by its bulletin's issuing ("bulletin") when its own words date them earlier (found on);
    and a headline's count (今天甲县新增1例) that the body dates on another day of its own: the
    body tells the day, the headline the day of the news."""
    own: dict[tuple[str, str | None, int], list[date]] = {}
    body: set[tuple[str, str | None, int]] = set()
    for e in merged:
        if e.type == "case_report" and e.county is not None and e.count is not None and e.start is not None \
                and e.date_how in ("own", "bulletin"):
            own.setdefault((e.county.key, e.kind, e.count), []).append(e.start)
            if e.evidence_start >= head_end > 0:
                body.add((e.county.key, e.kind, e.count))
    return [e for e in merged if not (
        e.type == "case_report" and e.county is not None and e.count is not None
        and (days := own.get((e.county.key, e.kind, e.count))) is not None
        and (e.date_how == "inherited" or (e.date_how == "bulletin" and e.start is not None
                                           and any(d < e.start for d in days))
             or (e.evidence_start < head_end and (e.county.key, e.kind, e.count) in body
                 and any(d != e.start for d in days))))]


def _drop_undated_repeats(merged: list[Event]) -> list[Event]:
    """An undated repeat (the headline, a 连日来 summary) of a dated event adds only its quantities."""
    dated: dict[tuple[object, ...], int] = {}
    for i, e in enumerate(merged):
        if e.start is not None:
            dated.setdefault((e.type, e.place.key if e.place else None, e.kind), i)
            if e.county is not None:  # a headline naming only the county repeats a dated event in it
                dated.setdefault((e.type, "county:" + e.county.key, e.kind), i)
    drop: set[int] = set()
    for i, e in enumerate(merged):
        j = dated.get((e.type, e.place.key if e.place else None, e.kind))
        if j is None and e.place is not None and e.county is not None and e.place.key == e.county.key:
            j = dated.get((e.type, "county:" + e.county.key, e.kind))
        if e.start is None and e.kind != "lifted" and j is not None:
            fill = missing_quantities(merged[j], e)
            if fill:
                merged[j] = replace(merged[j], **fill)
            drop.add(i)
    return [e for i, e in enumerate(merged) if i not in drop]
