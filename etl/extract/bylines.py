"""Byline parsing: who wrote, reported, photographed or edited an article.

Bylines come as a lead (``本报讯（记者 X 通讯员 Y Z 文/摄）``), as end-of-article lines
(``记者 王丹`` / ``通讯员 刘雪婷``), or as photo credits (``记者 杨洋 通讯员 张文军 摄``),
often spaced out or wrapped by PDF extraction. Web articles and reposts also print them
inside lines that segmentation keeps as body text (a dateline, a bracket closing the text,
a credit glued to each photo caption): :func:`item_bylines`, run on each item after
segmentation, finds those. Role words and
patterns live in ``etl/data/bylines.toml`` so papers with other wording need no code change.

Roles as annotated: on a printed page a credit line closing a picture item (``记者 X 摄``)
makes X reporter and photographer; a credit glued to a caption sentence, or any photo credit
(``摄``, ``摄影报道``) of a web story (a paragraph to a line), makes X photographer only, unless
another byline of the article names X as its reporter. Editors are never reporters.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from etl.extract import vocabulary
from etl.extract.firsts import needed_chars
from etl.extract.model import Byline, Contributor, Item, Role
from etl.extract.normalise import CJK, PINYIN_GLOSS, line_spans, resimplified, to_simplified
from etl.extract.tuning import BylineTuning

_SEP_CHARS = "、，,；;/|｜丨:："  # 丨 (a CJK stroke) is WeChat's slash: 文丨张三
_DOTS = "·•・‧"  # inside minority / foreign names (买买提·吐尔逊): never a separator
_BRACKETS = "（）()[]【】〔〕"


@dataclass(frozen=True)
class _Vocab:
    roles: dict[str, tuple[Role, ...]]
    suffixes: dict[str, tuple[Role, ...]]
    keyword: re.Pattern[str]
    needs_mark: frozenset[str]
    agency: tuple[re.Pattern[str], ...]
    agency_names: frozenset[str]
    lead: re.Pattern[str]
    surnames: frozenset[str]
    compound: frozenset[str]
    common: frozenset[str]
    name_min: int
    name_max: int
    markers: frozenset[str]
    decoration: str
    affiliation: re.Pattern[str]
    body_start: tuple[str, ...]
    scan: dict
    field_colon: re.Pattern[str]  # a header field with its colon (来源:)
    source_lead: re.Pattern[str]  # a source field opening a bracketed byline (（来源:某社 记者 甲）)
    field_word: re.Pattern[str]  # the header field words, longest first
    tuning: BylineTuning
    credit: dict  # the looser name check inside an explicit credit span ([credit])
    reported: tuple[str, ...] = ()  # suffixes that credit no role (报道): 本报通讯员甲 乙报道 正文…
    date_after: re.Pattern[str] = re.compile("(?!)")  # a date that ends a byline glued to its text
    name_follow: re.Pattern[str] = re.compile("(?!)")  # a word that may follow a byline's last name (今天, 获悉)
    lead_needs: frozenset[str] = frozenset()  # a lead marker holds one of these (讯, 电); empty: not known
    # agency_names and scan.photo_end as tuples for str.startswith (asked at every end of a name run)
    agency_starts: tuple[str, ...] = ()
    photo_starts: tuple[str, ...] = ()
    counter_field: re.Pattern[str] = re.compile("(?!)")  # a page header's counter (浏览量：3047) ends a byline
    dateline: re.Pattern[str] = re.compile("(?!)")  # 2021-05-06 10:20 某某 来源:某报: a portal header's author
    stamp_after_name: re.Pattern[str] = re.compile("(?!)")  # 某某  2021-05-06 10:20: the name before the stamp
    lead_outlet: re.Pattern[str] = re.compile("(?!)")  # 【某某2021年7月18日讯】: the outlet a lead marker names
    picture_note: re.Pattern[str] = re.compile("(?!)")  # 记者 甲 乙 图片由受访者提供: a note closing the line


def vocab() -> _Vocab:
    """Compiled byline vocabulary from the shipped bylines.toml (built once, at import)."""
    return _VOCAB


def _compile_vocab(data: dict[str, Any]) -> _Vocab:
    """bylines.toml, checked against its schema, compiled."""
    roles = {k: tuple(v) for k, v in data["roles"].items()}
    suffixes = {k: tuple(v) for k, v in data["suffixes"].items()}
    words = sorted(set(roles) | set(suffixes), key=len, reverse=True)
    opts = data["options"]
    return _Vocab(
        roles=roles,
        suffixes=suffixes,
        keyword=re.compile("|".join(re.escape(w) for w in words)),
        needs_mark=frozenset(opts["short_prefix_needs_mark"]),
        agency=tuple(re.compile(p) for p in data["agency"]["patterns"]),
        agency_names=frozenset(data["agency"].get("names", ())),
        lead=re.compile(data["lead"]["pattern"]),
        surnames=frozenset(data["surnames"]["single"].strip()),
        compound=frozenset(data["surnames"]["compound"]),
        common=frozenset(data["surnames"]["single"].strip()[: int(opts["common_surnames"])]),
        name_min=int(opts["name_min"]),
        name_max=int(opts["name_max"]),
        markers=frozenset(opts.get("credit_markers", ())),
        decoration=str(opts.get("decoration", "")),
        affiliation=re.compile(opts.get("affiliation", "(?!)")),
        body_start=tuple(sorted(opts.get("body_start", ()), key=len, reverse=True)),
        scan=data["scan"],
        field_colon=re.compile("(" + "|".join(map(re.escape, data["scan"]["fields"])) + r")[:：]\s*"),
        source_lead=re.compile(data["scan"]["source_lead"]),
        field_word=re.compile("|".join(map(re.escape, sorted(data["scan"]["fields"], key=len, reverse=True)))),
        tuning=BylineTuning(),
        credit=data["credit"],
        reported=tuple(w for w, r in suffixes.items() if r == ()),
        date_after=re.compile(data["scan"]["date_after"]), name_follow=re.compile(data["scan"]["name_follow"]),
        lead_needs=needed_chars(data["lead"]["pattern"]),
        agency_starts=tuple(data["agency"].get("names", ())), photo_starts=tuple(data["scan"]["photo_end"]),
        counter_field=re.compile(data["scan"]["counter_field"]),
        dateline=re.compile(data["scan"]["dateline"]), stamp_after_name=re.compile(data["scan"]["stamp_after_name"]),
        lead_outlet=re.compile(data["scan"].get("lead_outlet", "(?!)")),
        picture_note=re.compile(data["scan"]["picture_note"]),
    )


_VOCAB = _compile_vocab(vocabulary.load("bylines"))  # never changed after import
_NAME = re.compile(f"[{CJK}]+(?:[{_DOTS}][{CJK}]+)*")
_CJK_ONE = re.compile(f"[{CJK}]")  # one CJK character (asked of every character of a name run)
_SPACE = re.compile(r"\s")


# a byline token: ("kw", role word) or ("names", (names, every fragment was a name))
Token = tuple[str, str | tuple[list[str], bool]]


@dataclass
class _Parse:
    contributors: list[Contributor]
    complete: bool  # every character was a role word, a name, a separator or a bracket
    has_suffix_photo: bool
    surnames_ok: bool


def _squash(text: str) -> tuple[str, list[bool]]:
    """Text without white space, plus for each char whether white space preceded it.

    A bare line break is a wrap (``记者李`` / ``庭耀``), not a separator: only other white
    space counts as a gap.
    """
    chars: list[str] = []
    gap: list[bool] = []
    pending = False
    for ch in text:
        if ch.isspace():
            pending |= ch not in "\r\n"
            continue
        chars.append(ch)
        gap.append(pending)
        pending = False
    return "".join(chars), gap


def _has_surname(name: str, v: _Vocab) -> bool:
    return name[:1] in v.surnames or name[:2] in v.compound


def _split_run(run: str, v: _Vocab) -> list[str]:
    """Split names written without separators (``赵娟王佩琦``) at likely surname starts."""
    n = len(run)
    if n == 4 and run[:2] not in v.compound and run[0] in v.common and run[2] in v.surnames:
        # 刘伟郭硕, 李巍文静: a common surname at 0 and a surname at 2, a pair glued (a rare
        # surname first, 阿依古丽, keeps the run whole)
        return [run[:2], run[2:]]
    if n <= v.name_max:
        # 2-4 characters are one name otherwise: splitting 阿依古丽 or 欧阳明月 in two is
        # worse than keeping a rare run-together pair with an uncommon surname whole
        return [run]
    if n > v.scan["run_max"]:
        return [run]
    # best split of run[i:] for each i, from the end: surname starts and 2-3 character
    # names score, each extra piece costs a little (ties keep the earlier length tried)
    best: list[tuple[float, list[str]]] = [(0.0, [])] * (n + 1)
    for i in range(n - 1, -1, -1):
        cands = []
        for ln in (3, 2, 4):
            if i + ln <= n and (i + ln == n or n - i - ln >= 2):
                piece = run[i : i + ln]
                t = v.tuning
                sc = ((t.surname if _has_surname(piece, v) else t.no_surname)
                      + (t.common_surname if piece[0] in v.common else 0)
                      + (t.usual_length if ln in (2, 3) else 0) + (t.three if ln == 3 else 0) - t.piece)
                cands.append((sc + best[i + ln][0], [piece, *best[i + ln][1]]))
        best[i] = max(cands, key=lambda c: c[0]) if cands else (float("-inf"), [run[i:]])
    pieces = best[0][1]
    if n > 2 * v.name_max and not all(_has_surname(a, v) for a in pieces):
        return [run]  # a long run that does not split into surname-led names is running text
    return pieces or [run]


def _dotted_run(frag: str, v: _Vocab) -> list[str]:
    """A dotted name (甲乙丙·丁戊) with two or more names glued before it (a page dump drops
    the spaces): its first part (3, 2 or 4 characters, often no Han surname) is cut off the
    run before the dot when the rest splits into surname-led names; else the fragment whole
    (one glued name is no different from a long first part: 阿不都热合曼·甲乙)."""
    dot = min(frag.index(d) for d in _DOTS if d in frag)
    head = frag[:dot]
    for k in (3, 2, 4):
        rest = head[:-k]
        pieces = _split_run(rest, v) if len(rest) >= 4 else []
        if len(pieces) >= 2 and all(2 <= len(p) <= v.credit["name_max"] and _has_surname(p, v) for p in pieces):
            return [*pieces, head[-k:] + frag[dot:]]
    return [frag]


def _names(chunk: str, gaps: list[bool], v: _Vocab) -> tuple[list[str], bool]:
    """Names in the text between two role words; False when something else is there."""
    frags: list[str] = []
    cur = ""
    ok = True
    for ch, g in zip(chunk, gaps, strict=True):
        if ch in _SEP_CHARS or ch in _BRACKETS:
            if cur:
                frags.append(cur)
            cur = ""
            continue
        if g and cur:
            frags.append(cur)
            cur = ""
        cur += ch
    if cur:
        frags.append(cur)
    # spaced-out characters (``武 玲 芳``): glue runs of single characters back together
    merged: list[str] = []
    single = ""
    for f in frags:
        if len(f) == 1:
            single += f
            continue
        if single:
            merged.append(single)
            single = ""
        merged.append(f)
    if single:
        merged.append(single)
    names: list[str] = []
    for f in merged:
        if f in v.scan["name_notes"]:
            continue  # 甲（见习）: the person's status, no name
        if not _NAME.fullmatch(f):
            ok = False
            continue
        if any(d in f for d in _DOTS):
            names.extend(_dotted_run(f, v))
            continue
        if f in v.agency_names:
            names.append(f)
            continue
        if len(f) >= 3 and f.endswith((*v.scan["station_ends"], *v.scan["unit_ends"])):
            continue  # a news unit's or office's name among the names (某某中心站, 供稿 某某局 甲): no person
        if _place_account(f, v):
            continue  # an account named after its place among the names (某地发布, 某地观察): no person
        if len(f) < v.name_min or _not_a_name(f, v):
            ok = False  # 记者 张三 近日: a word of the body, not a name
            continue
        split = _split_run(f, v)
        if any(len(n) > v.name_max for n in split):
            ok = False  # 郭硕摄邢台市应对疫情: running text, not a name
            continue
        names.extend(split)
    return names, ok


def _tokens(s: str, gap: list[bool], v: _Vocab) -> list[Token]:
    """Alternating role words ("kw", word) and name lists ("names", [..], ok) of a squashed byline."""
    marks: list[tuple[int, int, str]] = []
    for m in v.keyword.finditer(s):
        w = m.group()
        if w in v.needs_mark:
            after = s[m.end() : m.end() + 1]
            # one-character role words also occur inside names (张文军): they count only
            # with a mark after them (文/张三) or as a marker closing the byline (张三 摄)
            closes = w in v.suffixes and m.start() > 0 and (
                after == "" or after in _BRACKETS + _SEP_CHARS or v.keyword.match(s, m.end()) is not None
            )
            if closes and not gap[m.start()]:
                # glued to the text before it: only a marker when a whole name precedes (张文军摄)
                k = m.start()
                last = marks[-1][1] if marks else 0
                while k > last and not gap[k] and s[k - 1] not in _SEP_CHARS + _BRACKETS:
                    k -= 1
                closes = m.start() - k >= 2
            apart = _set_apart(s, gap, m.start(), m.end())
            if after not in ("/", "丨", "|", "｜", ":", "：") and not closes and not apart:
                continue
        marks.append((m.start(), m.end(), w))
    out: list[Token] = []
    pos = 0
    for ms, me, w in [*marks, (len(s), len(s), "")]:
        chunk = s[pos:ms]
        if chunk.strip(_SEP_CHARS + _BRACKETS):
            names, ok = _names(chunk, _place_gap(chunk, gap[pos:ms], w, v), v)
            out.append(("names", (names, ok)))
        if w:
            out.append(("kw", w))
        pos = me
    return out


def _set_apart(s: str, gap: list[bool], start: int, end: int) -> bool:
    """A one-character role word printed apart between whole names (``记者 甲乙 图 丙丁``): white
    space on both sides and a run of two characters or more on each; a spaced-out name's single
    characters (``张 文 军``) never make one."""
    if start < 2 or end + 2 > len(s) or not gap[start] or not gap[end]:
        return False
    seps = _SEP_CHARS + _BRACKETS
    return not gap[start - 1] and not gap[end + 1] and not any(c in seps for c in s[start - 2 : end + 2])


def _place_gap(chunk: str, gap: list[bool], w: str, v: _Vocab) -> list[bool]:
    """``gap`` with a gap before the places a report was filed from, glued to the names before
    a role-less 报道 (（记者甲乙丙某省某市报道）: a page dump drops the space): the places then
    read as a "name" of their own, which the dateline-place rule drops. Only where the names
    before them split into surname-led names."""
    if w not in v.reported:
        return gap
    for k in range(v.name_min, len(chunk) - 1):
        head = chunk[:k].strip(_SEP_CHARS + _BRACKETS)
        if (not gap[k] and len(head) >= v.name_min and _places_reported(chunk + w, k, v)
                and all(_has_surname(n, v) for n in _split_run(head, v))):
            return [*gap[:k], True, *gap[k + 1 :]]
    return gap


def _parse(text: str, lead: bool = False) -> _Parse:
    """Parse a byline into contributors; see :func:`parse_byline`.

    ``lead``: the text is an article's lead bracket (also when it carries its lead marker):
    names printed before its first role word (``（甲 记者 乙）``) wrote the story too.
    """
    v = vocab()
    squashed, gaps = _squash(to_simplified(text))
    lead = lead or v.lead.match(squashed.lstrip(v.decoration)) is not None
    s, gap, agencies = _credit_part(squashed, gaps, v)
    credits = _Credits(v, agencies, complete=bool(s))
    toks = _tokens(s, gap, v)
    if lead and len(toks) > 1 and toks[0][0] == "names" and toks[1][0] == "kw" and toks[1][1] in v.roles:
        credits.pending = ("reporter",)
    for i, (_kind, val) in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if isinstance(val, tuple):
            credits.add_names(*val, nxt)
        else:
            credits.add_keyword(val, toks[i - 1][0] if i else None, nxt[0] if nxt else None)
    return credits.result()


def _credit_part(s: str, gap: list[bool], v: _Vocab) -> tuple[str, list[bool], list[str]]:
    """The squashed byline without what holds no names (decoration, the paper's name as an
    affiliation, a lead marker or an agency credit outside brackets), and the agencies credited."""
    k = len(s) - len(s.lstrip(v.decoration)) if v.decoration else 0
    if k:  # □本报记者 周莹
        s, gap = s[k:], gap[k:]
    s, gap = _without_affiliation(s, gap, v)
    agencies: list[str] = []
    for pat in v.agency:
        m = pat.search(s)
        if m:
            agencies.append(m.group("agency"))
            break
    lead = v.lead.match(s)
    if lead or agencies:
        # the lead marker / agency credit itself holds no names: keep only a bracketed part
        br = re.search(r"[（(]([^（）()]+)[）)]", s)
        if br is None and lead and lead.end() < len(s):
            s, gap = s[lead.end() :], gap[lead.end() :]  # unbracketed: 本报讯 记者 孙丽
        elif br is None:
            s, gap = "", []
        else:  # 某报讯（某某·某某网记者 甲）: the bracket may open with an affiliation too
            s, gap = _without_affiliation(s[br.start(1) : br.end(1)], gap[br.start(1) : br.end(1)], v)
    return s, gap, agencies


def _without_affiliation(s: str, gap: list[bool], v: _Vocab) -> tuple[str, list[bool]]:
    """The squashed byline without the outlet glued before its first role word."""
    b = 1 if s[:1] in "（(" else 0  # （许昌日报记者 X 通讯员 Y）: the affiliation inside the bracket
    if (mk := v.keyword.match(s, b)) and mk.group() in v.markers and s[mk.end() : mk.end() + 1] in "/丨|:：":
        b = mk.end() + 1  # 文/某某晚报全媒体记者 X: the affiliation after the credit marker
    end = b
    for _ in range(3):  # outlets may be printed one after another (总台央视记者, 某某新闻客户端记者)
        aff = v.affiliation.match(s[end:]) if v.keyword.match(s, end) is None else None
        if not aff:
            break
        end += aff.end()
    if end > b and (kw := v.keyword.match(s, end)) and kw.group() in v.roles and kw.group() not in v.needs_mark:
        # 三亚日报记者 林诗 摄: the paper is an affiliation
        s, gap = s[:b] + s[end:], gap[:b] + gap[end:]
    return s, gap


@dataclass
class _Credits:
    """The roles a byline's tokens give each name so far, read left to right."""

    v: _Vocab
    agencies: list[str]
    complete: bool
    roles: dict[str, list[Role]] = field(default_factory=dict)  # in order of first mention
    group: list[str] = field(default_factory=list)  # names since the last closing marker
    pending: tuple[Role, ...] | None = None
    marker: bool = False  # the pending roles come from a credit marker (文/图, 图/)
    surnames_ok: bool = True
    has_photo: bool = False

    def add_names(self, names: list[str], ok: bool, nxt: Token | None) -> None:
        """A run of names: each takes the pending role words' roles."""
        self.complete &= ok
        if names and _dateline_place(names[-1], nxt, self.v, len(names) + len(self.group) > 1):
            names = names[:-1]  # 记者 甲 乙 某省某市报道: where they filed from, not a third author
        for nm in names:
            if nm in self.v.agency_names:
                self.agencies.append(nm)  # 记者 新华社: the agency, never a person
                continue
            self.surnames_ok &= _has_surname(nm, self.v) or any(d in nm for d in _DOTS)
            self.roles.setdefault(nm, [])
            self.group.append(nm)
            for r in self.pending or ():
                if r not in self.roles[nm]:
                    self.roles[nm].append(r)
        self.marker = False

    def add_keyword(self, w: str, prev: str | None, nxt: str | None) -> None:
        """A role word: a suffix closes the names before it, a prefix waits for names after it."""
        v = self.v
        if w in v.suffixes and prev == "names" and (nxt != "names" or w.startswith("/")):  # 甲/文 乙/图
            for nm in dict.fromkeys(self.group):
                # a name no role word spoke for takes the marker's full sense (甲 图/文: wrote it too)
                for r in v.suffixes[w] + (v.roles.get(w, ()) if not self.roles[nm] else ()):
                    if r not in self.roles[nm]:
                        self.roles[nm].append(r)
            self.has_photo |= "photographer" in v.suffixes[w]
            self.group = []
            self.pending = None
            self.marker = False
        elif w in v.roles:
            if prev == "kw" and self.pending is not None and self.marker and "editor" not in v.roles[w]:
                return  # 文/图 记者 刘洋, 图/记者 X: the credit marker's roles stand
            # an editor's field after an empty credit field (作者： 编辑：甲) is another job: 甲 edited
            self.pending = v.roles[w]
            self.marker = w in v.markers
        else:
            self.complete = False

    def result(self) -> _Parse:
        contributors: list[Contributor] = []
        order = 0
        for nm, rs in self.roles.items():
            if not rs:
                self.complete = False  # a name no role word speaks for
                continue
            order += 1
            contributors.extend(Contributor(nm, r, order) for r in rs)
        for a in dict.fromkeys(self.agencies):
            order += 1
            contributors.append(Contributor(a, "agency", order))
        return _Parse(contributors, self.complete and bool(self.roles), self.has_photo, self.surnames_ok)


def _dateline_place(name: str, nxt: Token | None, v: _Vocab, after_names: bool = False) -> bool:
    """A "name" right before a role-less suffix (报道) that is a place: 北京报道, 某省某市报道;
    after other names (记者 甲 乙 柳河报道) also a county's short name that opens like a
    surname (a lone 记者 黄平 报道 keeps its one name)."""
    if nxt is None or nxt[0] != "kw" or v.suffixes.get(str(nxt[1]), None) != ():
        return False
    halves = len(name) == 4 and _is_place(name[:2], v) and _is_place(name[2:], v)
    return not _has_surname(name, v) or halves or (after_names and _is_place(name, v, v.credit["place_suffixes"]))


def parse_byline(text: str) -> list[Contributor]:
    """Contributors named in a byline, one per (name, role), ``order`` = person's position.

    ``文/摄`` or a trailing ``摄`` also makes every name before it a photographer;
    ``新华社记者 X`` is a reporter; ``据…报道`` and bare agency credits give an agency.
    """
    return _parse(text).contributors


_LEAD_BRACKET = re.compile(r"[（(]([^（）()]{1,80}?)[）)]")


def find_lead(squashed: str, gaps: list[bool] | None = None) -> tuple[int, int] | None:
    """In a line with white space removed: (end of the lead marker, end of its byline).

    ``本报讯（记者 X）正文`` -> end of ``本报讯`` and end of ``）``. Unbracketed
    (``本报讯 记者孙丽 为严防…``): the end of the last name, found from surnames and where
    the body starts (white space when ``gaps`` tells, for each char, whether white space
    preceded it; punctuation; a body-start word such as 为/在/近日/a date). The second
    value equals the first when no byline follows. None when the text is not a lead.
    """
    v = vocab()
    m = v.lead.match(squashed)
    if not m:
        return None
    end = m.end()
    b = _LEAD_BRACKET.match(squashed, end)
    if b and _parse(b.group(1)).contributors:
        return end, b.end()
    return end, _unbracketed_end(squashed, end, gaps, v)


_BODY_PUNCT = "，,。：:；;！？!?、"


def _name_ends(s: str, j: int, gaps: list[bool] | None, v: _Vocab) -> int | None:
    """End of one 2-4 character name starting at ``j`` (with a known surname), or None."""

    def boundary(e: int) -> str:
        if e >= len(s):
            return "end"
        if gaps is not None and e < len(gaps) and gaps[e]:
            return "gap"
        if s[e] in _BODY_PUNCT or s[e].isdigit() or s[e] in _BRACKETS:
            return "punct"
        if s.startswith(v.body_start, e) or v.keyword.match(s, e):
            return "word"
        return ""

    if not _has_surname(s[j:], v):
        return None
    cands = [n for n in range(v.name_min, v.name_max + 1) if j + n <= len(s) and _NAME.fullmatch(s[j : j + n])]
    for want in (("end", "gap", "punct"), ("word",)):
        for n in cands:
            if n == v.name_max and want != ("end", "gap", "punct"):
                continue  # four characters glued to the body: too likely a word
            if gaps is not None and any(gaps[j + 1 : j + n]):
                continue  # white space inside: not one name
            if boundary(j + n) in want:
                return j + n
    return None


def _unbracketed_end(s: str, pos: int, gaps: list[bool] | None, v: _Vocab) -> int:
    """End of the role words and names printed without brackets after a lead marker."""
    end = i = pos
    while i < len(s):
        kw = v.keyword.match(s, i)
        if kw is None or kw.group() not in v.roles or kw.group() in v.needs_mark or v.roles[kw.group()] == ("editor",):
            break
        j = kw.end()
        got = 0
        while j < len(s):
            e = _name_ends(s, j, gaps, v)
            if e is None or s.startswith(v.body_start, j):
                break
            got += 1
            j = e
            if j < len(s) and s[j] in "、,，" and j + 1 < len(s) and _name_ends(s, j + 1, gaps, v):
                j += 1
            elif not (gaps is not None and j < len(gaps) and gaps[j]):
                break
        if not got:
            break
        i = end = j
    if end > pos:
        if s.startswith("报道", end):
            end += 2
        if end < len(s) and s[end] in ":：":
            end += 1
    return end


def is_lead(squashed: str) -> bool:
    """Whether a line (white space removed) opens an article with a lead marker."""
    return vocab().lead.match(squashed) is not None


_PICTURE_NOTE_MAX = 17  # the longest note [scan] picture_note cuts, white space dropped (图片由 + 12 + 提供)


def standalone_byline(text: str) -> _Parse | None:
    """A line that is only a byline (``记者 王丹``, ``（记者 X 通讯员 Y）``, ``记者 A 摄``).

    Requires every character to be accounted for and every name to start with a common
    surname, so body lines like ``记者在灵石县`` are not taken for bylines. A converter's
    pinyin gloss (``總臺(tái)記者``) is read past.
    """
    text = PINYIN_GLOSS.sub("", text)
    s = _squashed(text)
    if len(s) > vocab().tuning.line_max + _PICTURE_NOTE_MAX:
        return None  # too long for a byline even less a note
    if (note := vocab().picture_note.search(simple := to_simplified(text))) is not None:
        text = simple[: note.start()]  # 记者 甲 乙 图片由受访者提供: the note names nobody
        s = _squashed(text)
    if not s or len(s) > vocab().tuning.line_max or s[-1] in "。！？；，":
        return None
    if not vocab().keyword.search(s):
        return _unit_credit(text, vocab())
    p = _without_labels(_parse(text), s)
    if not p.contributors or not p.complete:
        return _team_report(text, vocab())
    if not p.surnames_ok and not _printed_names(text, vocab(), p):
        return None
    if all(c.role == "agency" for c in p.contributors):
        return None
    return p


def _squashed(text: str) -> str:
    """A line as a byline is measured: white space dropped, simplified, decoration stripped."""
    return to_simplified("".join(text.split())).lstrip(vocab().decoration)


_GLOSS_CUT = 8  # most characters a pinyin gloss cut off at the head's end leaves (bracket + 6 letters + 1)


def _rest_too_long(line: str, i: int) -> bool:
    """Whether the rest of the line from ``i`` holds more than a byline and a note, told from a
    bounded head of it: every start of a long line is asked, so the rest is not copied."""
    bound = vocab().tuning.line_max + _PICTURE_NOTE_MAX + _GLOSS_CUT
    if len(line) - i <= 4 * bound:
        return False  # short enough to read whole
    return len(_squashed(PINYIN_GLOSS.sub("", line[i : i + 4 * bound]))) > bound


def _without_labels(p: _Parse, squashed: str) -> _Parse:
    """The parse without "names" printed with a colon after them: those are the labels of the
    next header field (an empty ``作者:`` before ``语音阅读:``, ``点击数:``), not people."""
    keep = [c for c in p.contributors if not any(c.name + mark in squashed for mark in ":：")]
    if len(keep) == len(p.contributors):
        return p
    known = p.surnames_ok or all(_has_surname(c.name, vocab()) for c in keep if c.role != "agency")
    return _Parse(keep, p.complete, p.has_suffix_photo, known)


def _unit_credit(text: str, v: _Vocab) -> _Parse | None:
    """``县融媒体中心 甲`` (or ``… 甲 乙``): a line of an office's name and its people's names
    apart, closing a government site's item, credits the writers (no role word printed)."""
    pieces = to_simplified(text).split()
    if not 2 <= len(pieces) <= 4 or not (_unit_name(pieces[0], v) or _is_outlet(pieces[0], v)):
        return None  # 县融媒体中心 甲; an outlet printed apart before its reporter too (某某网  甲)
    names = _bare_names(" ".join(pieces[1:]), v)
    if len(names) != len(pieces) - 1:
        return None
    return _Parse([Contributor(n, "reporter", k + 1) for k, n in enumerate(names)], True, False, True)


def _unit_name(piece: str, v: _Vocab) -> bool:
    """An office's name (某县融媒体中心, 某某宣传部): four characters at least, ending as one."""
    return len(piece) >= 4 and piece.endswith(tuple(v.scan["unit_ends"]))


def _team_report(text: str, v: _Vocab) -> _Parse | None:
    """``某某采访突击队 甲 乙 报道``: names closed by a role-less 报道 and no role word are the
    reporters; a team or outlet name printed apart before them is their affiliation."""
    pieces = to_simplified(text).split()
    ends = tuple(w for w, r in v.suffixes.items() if r == ())
    if len(pieces) == 1:
        pieces = _unglued_team(pieces[0], ends, v)
    if len(pieces) < 2 or pieces[-1] not in ends:
        return None
    names = pieces[:-1]
    if len(names) > 1 and names[0].endswith(tuple(v.scan.get("team_ends", ()))) and not _bare_names(names[0], v):
        names = names[1:]
    people = _bare_names(" ".join(names), v)
    if not people:
        return None
    return _Parse([Contributor(n, "reporter", k + 1) for k, n in enumerate(people)], True, False, True)


def _unglued_team(piece: str, ends: tuple[str, ...], v: _Vocab) -> list[str]:
    """A team's credit with its spaces dropped (某某采访突击队甲乙报道, a page dump) as its
    pieces: team, names, 报道; where the text after the team's last word splits into
    surname-led names. Else the piece alone."""
    end = next((w for w in ends if piece.endswith(w)), None)
    body = piece[: -len(end)] if end else ""
    for te in v.scan.get("team_ends", ()):
        k = body.rfind(te) + len(te)
        names = _split_run(body[k:], v) if k >= len(te) + 2 and len(body) - k >= v.name_min else []
        if names and all(_has_surname(n, v) and v.name_min <= len(n) <= 3 for n in names):
            return [body[:k], *names, str(end)]
    return [piece]


_NAME_GAP = re.compile(r"[\s（）()【】〔〕\[\]、，,；;/|｜丨:：]+")


def _printed_names(text: str, v: _Vocab, p: _Parse) -> bool:
    """Names without a common surname (其木格, 阿依古丽) are accepted when printed apart.

    Every chunk between role words and white space/brackets must be a whole 2-4 character
    name (or a dotted one), so body text such as ``记者在灵石县采访`` is never a byline.
    """
    people = {c.name for c in p.contributors if c.role != "agency"}
    chunks: list[str] = []
    for piece in _NAME_GAP.split(to_simplified(text)):
        aff = v.affiliation.match(piece)
        if aff and v.keyword.match(piece, aff.end()):
            piece = piece[aff.end() :]  # 总台记者 甲: the outlet glued before the role word names nobody
        rest = v.keyword.sub(" ", piece).split()
        if rest and rest != [piece] and not all(_has_surname(r, v) for r in rest):
            return False  # a role word glued to an unknown name: 记者在灵石县
        chunks.extend(rest)
    chunks = [c for c in chunks if not _place_account(c, v)]  # 某地发布 printed among the names
    if not chunks or any(c not in people for c in chunks if c not in v.agency_names):
        return False
    return all(
        any(d in c for d in _DOTS) or v.name_min <= len(c) <= v.name_max for c in chunks
    )


def is_photo_credit(text: str) -> bool:
    """A standalone byline ending with a photo marker: it closes a photo caption."""
    p = standalone_byline(text)
    return bool(p and p.has_suffix_photo)


_TRAIL_SPLIT = re.compile(r"[。！？!?…][”’」』]?")
# the last _TRAIL_SPLIT of a line in one match: greedy .* backtracks from the end
_LAST_TRAIL_SPLIT = re.compile(r".*(" + _TRAIL_SPLIT.pattern + ")", re.S)


def find_trailing_byline(text: str) -> int | None:
    """Start index of a byline written at the end of a body line, after its last stop.

    ``…战胜疫情。（记者 王丹）`` or ``…“防护墙”。 记者 杨洋 摄``. Unbracketed ones need a
    space before them (as printed) so ``…。记者李四说`` stays body text.
    """
    last = _LAST_TRAIL_SPLIT.match(text)
    if last is None or last.end(1) >= len(text):
        return None
    tail = text[last.end(1) :]
    st = tail.strip()
    if not st:
        return None
    bracketed = st[0] in "（(" and st[-1] in "）)"
    if not bracketed and not tail[:1].isspace():
        return None
    if not bracketed and not re.search(r"\s", st):
        return None
    if standalone_byline(st) is None:
        return None
    return last.end(1) + (len(tail) - len(tail.lstrip()))


# --- bylines inside running lines -------------------------------------------------------
# Web articles and reposts print bylines where segmentation sees body text: a dateline
# (``日期 来源:某报 记者某某``), a bracket closing the last paragraph (``（台记者 甲 乙）``,
# ``（甲、乙）``), a credit glued to each photo caption (``…。某网记者 甲 摄``), or a
# ``记者:甲 乙 来源:…`` line. These are found line by line, each candidate validated by the
# same parser as standalone bylines, so running text (``记者从…了解到``) never matches.


@dataclass(frozen=True)
class Found:
    """A byline inside one line: [start, end) in the line, and whom it names; ``stamped``: the
    bare name of a portal header's timestamp (:func:`_dateline`), a label of its own."""

    start: int
    end: int
    contributors: tuple[Contributor, ...]
    stamped: bool = False


_OPEN, _CLOSE = "（(", "）)"
_OPEN_AT = re.compile(f"[{_OPEN}]")


def _starts(line: str, v: _Vocab) -> list[int]:
    """Positions where a byline may begin: line start, after white space, after a sentence end."""
    ends = v.scan["sentence_end"]
    # a field name ending the line (a wrap right after 原标题：) has no value on it
    values = {i for i in _field_values(line, v) if i < len(line)}
    out = set(_colon_roles(line, v)) | values
    near: set[int] = set()  # positions with a role word at most one window ahead, and brackets
    for m in v.keyword.finditer(line):
        near.update(range(max(0, m.start() - v.scan["window"] + 1), m.start() + 1))
    near.update(m.start() for m in _OPEN_AT.finditer(line))
    for i in near:  # only these can start one: not every character of the line
        ch = line[i]
        if ch.isspace():
            continue
        after_end = i > 0 and (line[i - 1].isspace() or line[i - 1] in ends or _after_ascii(line, i, v)
                               or _lead_glued(line, i, v))
        if i == 0 or ch in _OPEN or after_end or _closing_after_comma(line, i, v):
            out.add(i)
    return sorted(out)


def _closing_after_comma(line: str, i: int, v: _Vocab) -> bool:
    """A role word glued after a comma that ends the line with its names (``…一人，通讯员 甲``):
    a copy ran the credit into the last sentence; only a whole byline up to the line end counts."""
    if line[i - 1] not in "，," or not v.keyword.match(line, i) or _rest_too_long(line, i):
        return False
    p = standalone_byline(line[i:].rstrip())
    return p is not None and p.complete and credits_people(p)


def _after_ascii(line: str, i: int, v: _Vocab) -> bool:
    """A role word glued to a link or a clock time before it (``….htm记者 甲/``, ``09:12记者 甲``,
    a page dump running a header into the byline): no sentence of Chinese text runs into
    it, so a byline may start there."""
    prev = line[i - 1]
    return prev.isascii() and prev.isalnum() and v.keyword.match(line, i) is not None


def _lead_glued(line: str, i: int, v: _Vocab) -> bool:
    """A lead marker glued to what a page dump ran into it (``…08:15本报讯记者 甲``, ``…某日报○本报讯``):
    a decoration mark or a clock time before it ends the header, so the lead opens its byline there."""
    prev = line[i - 1]
    if not (prev in v.decoration or (prev.isascii() and prev.isalnum())):
        return False
    return v.lead.match(line[i : i + _LEAD_REACH]) is not None


_LEAD_REACH = 40  # a lead marker's longest form (【某某之声2020年12月21日】) fits in this many characters


def _colon_roles(line: str, v: _Vocab) -> list[int]:
    """Role words followed by a colon (``通讯员:甲 乙``): a byline wherever they stand."""
    return [m.start() for m in v.keyword.finditer(line)
            if m.group() in v.roles and line[m.end() : m.end() + 1] in (":", "：")]


def _field_values(line: str, v: _Vocab) -> list[int]:
    """Where a header field's value starts (``来源:某某日报记者 甲``): the value may be a byline."""
    return [m.end() for m in v.field_colon.finditer(line) if m.group(1) not in v.roles]


def _first_field_end(line: str, v: _Vocab) -> int:
    """Where the colon of the line's first header field ends (past the line if it has none):
    whether the text before a byline holds a field is then a comparison, not a scan of it."""
    return next((m.end(1) + 1 for m in v.field_colon.finditer(line) if m.group(1) not in v.roles), len(line) + 1)


_INK = re.compile(r"\S")


def _photo_ends(window: str, v: _Vocab) -> list[int]:
    """Ends of photo credit markers (``摄``, ``摄影``): a credit ends there whatever follows."""
    # at the window's end nothing follows ("" is in every string: test it apart)
    return [
        m.end() for m in v.keyword.finditer(window)
        if m.group() in v.scan["photo_end"]
        and (m.end() == len(window) or window[m.end()] not in v.scan["photo_verb"])
    ]


def _field_follows(line: str, at: int, v: _Vocab) -> bool:
    """What follows a byline in its line from ``at``: nothing, or another field (来源:…, 编辑 …,
    综合报道). Read in place: a page run together on one line is not copied for each candidate."""
    gap = _FIELD_GAP.match(line, at)
    j = gap.end() if gap else at
    note = _NOTE.match(line, j)
    if note and _BLANK_TO_END.match(line, note.end()) and not _bare_names(note.group(1), v):
        return True  # 记者 甲（发自某地）, 摄影：乙（除署名外）: a note closing the line names nobody
    return (_BLANK_TO_END.match(line, j) is not None or line.startswith(tuple(v.scan["fields"]), j)
            or v.keyword.match(line, j) is not None or v.counter_field.match(line, j) is not None)


_FIELD_GAP = re.compile(r"\s*[/|｜丨 ]*\s*")  # white space and separators before a field


_NOTE = re.compile(r"[（(]([^（）()]{1,12})[）)]")


def _lead_prefix(line: str, i: int, limit: int) -> str:
    """``line[:i]``, or its last ``limit + 1`` characters other than white space when it holds
    more (then too long for a lead either way): a bracket deep inside a page run together on
    one line must not copy the whole line before it."""
    seen = 0
    for j in range(i - 1, -1, -1):
        if not line[j].isspace():
            seen += 1
            if seen > limit:
                return line[j:i]
    return line[:i]


def _after_lead(prefix: str, v: _Vocab) -> bool:
    """Whether a bracket right after ``prefix`` is a lead byline (``…网8月1日讯（…）``)."""
    sq = "".join(prefix.split())
    if len(sq) > v.scan["lead_max"]:
        # a page dump runs the text above into the lead (…实行封闭管控中新社南宁9月4日电（…）): a whole
        # lead marker must end the prefix, a bare 讯/电 is too little there; the marker holds one
        # of lead_needs, so it starts at the last of them or before
        last = max((sq.rfind(c) for c in v.lead_needs), default=len(sq))
        return any(v.lead.fullmatch(sq[k:]) for k in range(min(len(sq) - 2, last + 1)))
    if not sq:
        return False
    if sq.removesuffix("】").endswith(tuple(v.scan["lead_ends"])) or v.lead.fullmatch(sq) is not None:
        return True
    # the prefix is an outlet's name and nothing else, or outlets joined by a slash (某报/某网),
    # the name maybe printed in 【】 as a label (【某某网】（记者 甲）…)
    if sq.startswith("【") and sq.endswith("】"):
        sq = sq[1:-1]
    return all(_is_outlet(part, v) for part in re.split(r"[/／]", sq)) and bool(sq.strip("/／"))


def _name_pieces(text: str, v: _Vocab, seps: str = r"[\s、，,;；]+") -> list[str]:
    """The pieces of a run of bare names, or none when there are more than a credit holds."""
    pieces = [q for p in re.split(seps, text) if p for q in _unglued(p, v)]
    return pieces if len(pieces) <= v.scan["bare_max"] else []


def _unglued(piece: str, v: _Vocab) -> list[str]:
    """A piece too long for one name split into names printed without a separator
    (``甲乙丙丁戊己``: a page dump drops the spaces between them) when every name it splits
    into is surname-led and of a usual length; otherwise the piece as it is."""
    if len(piece) <= v.credit["name_max"] or not _NAME.fullmatch(piece) or any(d in piece for d in _DOTS):
        return [piece]
    names = _split_run(piece, v)
    usual = len(names) > 1 and all(2 <= len(n) <= v.credit["name_max"] and _has_surname(n, v) for n in names)
    return names if usual else [piece]


def _bare_names(text: str, v: _Vocab) -> list[str]:
    """``甲、乙`` with no role word: names only when every piece is a plausible person name."""
    pieces = _name_pieces(text, v)
    if not pieces:
        return []
    for p in pieces:
        dotted = any(d in p for d in _DOTS)
        if not _NAME.fullmatch(p) or not (dotted or (2 <= len(p) <= 3 and _has_surname(p, v))
                                          or (len(p) == 4 and p[:2] in v.compound)):
            return []
        if p[-1] in v.scan["not_name_end"] or _not_a_name(p, v) or _is_place(p, v, v.credit["place_suffixes"]):
            return []
    # a village's or community's name is no bar to one name among others that are no place
    # (（甲 乙 丙）, 乙 also a village's): a list of villages is no credit, nor one village alone
    return [] if all(_is_place(p, v) for p in pieces) else pieces


def _place_account(piece: str, v: _Vocab) -> bool:
    """Whether a long piece printed as a name is an account or outlet named after its place: it
    opens with a city's or county's short name and goes on for at least two characters (the
    account's own word: 发布, 观察). Local government accounts are credited like people on
    reposts (图片：某地发布; 记者 甲 某地观察 乙), but a person's name never opens with a place."""
    from etl.extract.gazetteer import load

    if not v.scan["place_account_min"] <= len(piece) <= v.scan["place_account_max"] or piece[:2] in v.compound:
        return False
    gaz = load()
    return any(any(gaz.levels[i] <= 2 for i in gaz.short_ids(piece[:k])) for k in (2, 3) if len(piece) - k >= 2)


def _not_a_name(name: str, v: _Vocab) -> bool:
    return any(w in name for w in v.scan["not_name_words"])


def _is_place(name: str, v: _Vocab, suffixes: list[str] | None = None) -> bool:
    """A bare bracketed name that is a place (（张家港）, （杨柳青）): a note, not an author
    (``suffixes``: the place words tried after it, [scan] place_suffixes by default)."""
    from etl.extract.gazetteer import load

    gaz = load()
    sfxs = v.scan["place_suffixes"] if suffixes is None else suffixes
    return any(gaz.ids(name + sfx) for sfx in ("", *sfxs)) or bool(gaz.short_ids(name))


def _credit_names(text: str, v: _Vocab) -> list[str]:
    """Bare names in a lead bracket (``…电（甲 乙）``), checked loosely: the lead marker says
    people are credited here, so a rare surname (苍) or a name that is also a village's
    (时雨村) is no bar. Every piece must still pass :func:`_credit_name`, or none is taken."""
    pieces = _name_pieces(text, v, r"[\s、，,;；/]+")
    return pieces if pieces and all(_credit_name(p, v) for p in pieces) else []


def _credit_name(piece: str, v: _Vocab) -> bool:
    """A piece of an explicit credit span that may be a person's name: 2-3 CJK characters
    (bounds in [credit]) or a dotted name, not a label, role, field, office or larger place."""
    c = v.credit
    if any(d in piece for d in _DOTS):
        return _NAME.fullmatch(piece) is not None
    if not (c["name_min"] <= len(piece) <= c["name_max"]) or not _NAME.fullmatch(piece):
        return False
    if piece in c["not_names"] or v.keyword.search(piece) or v.field_word.search(piece) or _not_a_name(piece, v):
        return False
    if piece[-1] in v.scan["not_name_end"] or piece in v.agency_names:
        return False
    return not _is_place(piece, v, c["place_suffixes"])


def credits_people(p: _Parse) -> bool:
    """Whether a parsed credit names someone who made the item (not only an agency or editors)."""
    return any(c.role not in ("agency", "editor") for c in p.contributors)


def _without_lead_outlet(inner: str, prefix: str, v: _Vocab) -> str:
    """A lead bracket's text without the outlet its lead marker names (【某某…讯】（某某记者 甲…）):
    printed again before the role word, that name is where the reporter works, not a person,
    though it ends like no outlet the affiliation pattern knows."""
    m = v.lead_outlet.match("".join(prefix.split()))
    body = inner.lstrip()
    if m is None or not body.startswith(m.group("outlet")):
        return inner
    kw = v.keyword.match(body, len(m.group("outlet")))
    return body[len(m.group("outlet")):] if kw is not None and kw.group() in v.roles else inner


def _bracket_people(inner: str, v: _Vocab, bare: bool = True, loose: bool = False) -> tuple[Contributor, ...]:
    """Contributors of a bracketed byline; an editor credit after it may be loosely written.

    ``loose``: the bracket follows a lead marker, which is the evidence that it credits
    people, so bare names pass the looser in-span check (:func:`_credit_names`)."""
    src = v.source_lead.match(inner)
    kw = v.keyword.search(inner, src.end()) if src else None
    if src and kw and kw.start() - src.end() <= v.scan["source_max"]:
        inner = inner[kw.start() :]  # （消息来源:新华社 记者 甲）: the byline is after the source
    simp = inner
    cut = next((m.start() for m in v.keyword.finditer(simp) if v.roles.get(m.group()) == ("editor",) and m.start()),
               len(simp))
    main, editors = inner[:cut], inner[cut:]
    p = standalone_byline(main)
    extra = standalone_byline(editors) if editors.strip() else None
    staff = tuple(c for c in (extra.contributors if extra else ()) if c.role == "editor")
    if p is not None and credits_people(p):
        return tuple(p.contributors) + staff
    # （甲 乙 制作 丙）: bare names before a complete editor credit are the writers
    only_staff = extra is not None and bool(staff) and len(staff) == len(extra.contributors)
    bare = bare and (not editors.strip() or only_staff)
    names = (_bare_names(main, v) or (_credit_names(main, v) if loose else [])) if bare else []
    names = names or (_affiliated_names(main, v, loose) if bare else [])
    return tuple(Contributor(n, "reporter", k + 1) for k, n in enumerate(names)) + (staff if names else ())


def _affiliated_names(inner: str, v: _Vocab, loose: bool = False) -> list[str]:
    """``（某某镇政府 甲）``, ``（某某网 甲 乙）``: a bracket of names printed after where the
    people work (an outlet, an office, a town); the place is no author, the names are.
    ``loose``: the bracket follows a lead marker (:func:`_credit_names` then)."""
    pieces = to_simplified(inner).split()
    if len(pieces) < 2 or not _is_affiliation(pieces[0], v):
        return []
    rest = " ".join(pieces[1:])
    return _bare_names(rest, v) or (_credit_names(rest, v) if loose else [])


def _is_affiliation(piece: str, v: _Vocab) -> bool:
    """Whether a piece printed apart is an outlet (某某日报, 某某网) or an office or town (某某镇
    政府, 某某中心), several outlets joined by a slash included (某某报/某某网): no person's name."""
    if len(piece) < 3 or _bare_names(piece, v):
        return False
    ends = (*v.scan["unit_ends"], *v.scan["bracket_unit_ends"])
    return all(_is_outlet(part, v) or part.endswith(ends) for part in re.split(r"[/／、]", piece) if part)


def _is_outlet(sq: str, v: _Vocab) -> bool:
    """Whether ``sq`` is an outlet's name and nothing else (it would be stripped before 记者)."""
    outlet = v.affiliation.match(sq + "记者")
    return outlet is not None and outlet.end() == len(sq)


def _lead_unlabelled(inner: str) -> tuple[Contributor, ...]:
    """A lead bracket opening with names no role word speaks for (``（甲 记者 乙）``): they
    wrote the story with the reporter after them, so they are reporters too.

    Inside a lead bracket the lead marker and role words vouch for the names, so one
    without a known surname passes the looser in-span check (:func:`_credit_name`)."""
    v = vocab()
    p = _parse(inner, lead=True)
    named = p.surnames_ok or all(_credit_name(c.name, v) for c in p.contributors if c.role != "agency")
    return tuple(p.contributors) if p.complete and named and credits_people(p) else ()


def _bracket_close(line: str, i: int, v: _Vocab) -> int | None:
    """Where the bracket opened at ``i`` closes (or another opens), read past a converter's
    pinyin gloss inside it (網(wǎng)): that is no bracket of the text."""
    glosses = {m.start(): m.end() for m in PINYIN_GLOSS.finditer(line, i + 1, i + v.scan["window"])}
    j = i + 1
    while j < min(len(line), i + v.scan["window"]):
        if j in glosses:
            j = glosses[j]
            continue
        if line[j] in _CLOSE + _OPEN:
            return j
        j += 1
    return None


def _bracketed(line: str, i: int, v: _Vocab, lead: bool = False) -> Found | None:
    """A bracket that is a lead byline or closes the line: ``（记者 甲 乙）``, ``（甲、乙）``.

    ``lead``: the line continues a lead marker printed before it (``…电`` / ``（甲、乙）…``).
    """
    close = _bracket_close(line, i, v)
    if close is None or line[close] in _OPEN:
        return None
    inner = PINYIN_GLOSS.sub("", line[i + 1 : close])  # （寶雞新聞網(wǎng)  陳云哲）: a converter's gloss
    role = v.keyword.search(inner) is not None
    before = _lead_prefix(line, i, v.scan["lead_max"])  # its last characters, the first non-blank one among them
    last = before.rstrip()[-1:]
    signed = i > 0 and role and (line[i - 1] in v.scan["sentence_end"] or last in ("讯", "电"))
    at_lead = (lead and i == 0) or _after_lead(before, v)
    inner = _without_lead_outlet(inner, before, v)
    closing = _field_follows(line, close + 1, v)
    opening = not last and not closing  # （记者 甲）正文…: it opens the paragraph
    if not (signed or at_lead or closing or opening):
        return None  # a bracket with a role word after a sentence end or a lead closes it anywhere
    # bare names (（甲、乙）) only after a lead, or closing a sentence or standing alone; a
    # bracket opening a paragraph without a lead marker must say who they are (a role word)
    bare = at_lead or (not opening and (not last or last in v.scan["sentence_end"]))
    people = _bracket_people(inner, v, bare, loose=at_lead) or (_lead_unlabelled(inner) if at_lead else ())
    if last and not at_lead and _photo_credit_text(inner, v):
        people = _photo_only(people)  # …排队检测。（新华社记者 甲 摄）: that picture's photographer
    return Found(i, close + 1, people) if people else None


def _ends(line: str, i: int, v: _Vocab, colons: frozenset[int]) -> tuple[list[int], set[int]]:
    """Candidate ends of a byline starting at ``i``, longest first, and those that end it
    whatever follows: after a photo marker (``…记者甲摄`` next caption), before a field
    (``记者:甲乙来源:…``), and for a colon list before a digit (the next item's date)."""
    window = line[i : i + v.scan["window"]]
    simp = window
    colon = i in colons
    hard = set(_photo_ends(window, v))
    hard |= {e for e in range(2, len(window)) if colon and window[e].isdigit() and not window[e - 1].isdigit()}
    # a field's start, never the inside of a longer field word (责任编辑: not 编辑 after 责任)
    hard |= {m.start() for m in v.field_word.finditer(simp) if m.start() >= 2}
    # a page dump joins a byline line to the text under it: a date there starts the text
    # (after a role word and its name, never past a bracket: 某网某地11月2日电（记者 甲）11月1日，…)
    role = next((m.end() for m in v.keyword.finditer(window) if m.group() in v.roles), len(window))
    stop = next((k for k, c in enumerate(window) if c in _BRACKETS), len(window))
    # (not after a verb: 记者甲在3日… speaks of the reporter, it credits nobody)
    verbs = v.scan["date_after_verbs"]
    hard |= {e for e in range(role + 2, stop)
             if not window[e - 1].isdigit() and window[e - 1] not in verbs and v.date_after.match(window, e)}
    hard |= _speaker_ends(window, role, stop)
    soft = {e for e in range(2, len(window) + 1)
            if e == len(line) - i or window[e : e + 1].isspace() or window[e : e + 1] in "/|｜丨"}
    return sorted(soft | hard, reverse=True), hard


def _speaker_ends(window: str, role: int, stop: int) -> set[int]:
    """A transcript's speaker label (记者 甲：根据…): the colon after one name ends the credit;
    not after a field's own colon (作者：发布时间：…: the next field's label, no name), nor
    after a name run into the next line's label (记者 甲 / 问：… joined: 甲问)."""
    if window[role : role + 1] in (":", "："):
        return set()
    return {e for e in range(role + 2, stop)
            if window[e] in ":：" and not window[e - 1].isspace() and 2 <= len("".join(window[role:e].split())) <= 3}


def _glued_ends(window: str, v: _Vocab) -> set[int]:
    """Ends of a name run glued to the text after it (``记者甲乙今天…``, ``记者甲乙丙早7点…``:
    a page dump drops the white space): after each role word, the first end of its unbroken
    run of CJK characters where the text goes on with a word that follows a byline ([scan]
    name_follow: a date, a clock time, 今天, 获悉…), another role or field word, an agency or a
    province/prefecture/county short name (…甲乙某省某市报道); and the end one character
    later when that is one too (甲乙为今天: a three-character name over a one-character word).
    Which of them holds names is for the byline parse to tell, longest first."""
    out: set[int] = set()
    verbs = v.scan["date_after_verbs"]  # 记者甲在3日…: a verb, no name, before the date
    for m in v.keyword.finditer(window):
        start = m.end() + (window[m.end() : m.end() + 1] in (":", "：", "/", "丨", "|", "｜"))
        if m.group() not in v.roles or (m.group() in v.needs_mark and start == m.end()):
            continue  # 摄 with no mark after it closes a credit (甲摄), it opens none
        e = start
        found: list[int] = []
        while e < len(window) and _CJK_ONE.match(window, e) and len(found) < 2:
            if e > start and window.startswith(v.photo_starts, e):
                break  # 甲摄 closes a photo credit: what runs on after it is text, no name
            e += 1
            if found and e > found[0] + 1:
                break
            if e - start >= v.name_min and window[e - 1] not in verbs and _follows_byline(window, e, v):
                found.append(e)
        out.update(found)
    return out


def _follows_byline(window: str, e: int, v: _Vocab) -> bool:
    """Whether the text at ``e`` may follow a byline's last name (see :func:`_glued_ends`),
    not counting an end inside a word that follows one (早7点: not 早|7点)."""
    follow = v.name_follow
    if any((f := follow.match(window, k)) and f.end() > e for k in range(max(0, e - 3), e)):
        return False
    kw = v.keyword.match(window, e)  # a role word opening the next credit, not 摄 (摄下, 甲摄 is a photo end)
    return bool(follow.match(window, e) or (kw and kw.group() in v.roles and kw.group() not in v.needs_mark)
                or v.field_word.match(window, e)
                or window.startswith(v.agency_starts, e)
                or _places_reported(window, e, v))


def _places_reported(window: str, e: int, v: _Vocab) -> bool:
    """Whether place short names start at ``e`` as a byline's next words: one or more then 报道,
    the place a report was filed from (…记者甲乙某省某市报道), or two or more in a row, the
    body opening with where it happens (…记者甲乙某省某市成了…); one place alone may be the
    end of a name (甲乙 + 河…)."""
    from etl.extract.gazetteer import load

    gaz = load()
    n = 0
    while e < len(window):
        k = next((k for k in range(v.scan["follow_place_max"], 1, -1) if gaz.short_ids(window[e : e + k])), 0)
        if not k:
            return n >= 2
        e, n = e + k, n + 1
        if window.startswith(v.reported, e):
            return True
    return n >= 2


def _unbracketed(
    line: str, i: int, v: _Vocab, colons: frozenset[int], first_field: int, wrapped: bool = False
) -> Found | None:
    """The longest valid byline from ``i`` that ends the line or is followed by another field
    (``colons``: the line's :func:`_colon_roles`; ``first_field``: its :func:`_first_field_end`;
    both found once per line: a line of a whole page run together holds thousands of starts)."""
    if not v.keyword.search(line, i, i + v.scan["window"]):
        return None
    ends, hard = _ends(line, i, v, colons)
    photo = set(_photo_ends(line[i : i + v.scan["window"]], v))
    glued = i > 0 and not line[i - 1].isspace() and i not in colons and not _after_ascii(line, i, v)
    # 本报讯 记者甲 正文…: right after a lead marker, white space ends the credit (no bracket)
    led = i > 0 and _after_lead(_lead_prefix(line, i, v.scan["lead_max"]), v)
    # names glued to the text after them end where a run without white space ends, only there
    run_ends = {e for e in _glued_ends(line[i : i + v.scan["window"]], v) if not _SPACE.search(line, i, i + e)}
    # a line opening with a team's credit closed by 报道 and glued to the body (某某突击队甲乙报道眼下…)
    reported = ({m.end() for m in v.keyword.finditer(line, 0, v.scan["window"]) if m.group() in v.reported}
                if i == 0 else set())
    ends = sorted(set(ends) | run_ends | reported, reverse=True)
    # 记者甲乙图片 at a wrap: a word that follows names (图片, 今天) glued after them is no part of one
    follow = [r for r in run_ends if v.name_follow.match(line, i + r)]
    ends = [e for e in ends if e in hard or e in reported or not any(r < e and not _SPACE.search(line, i + r, i + e)
                                                                      for r in follow)]
    for e in ends:
        cand = line[i : i + e]
        # 本报通讯员甲 乙报道 正文…: a line opening with names closed by a role-less 报道 and white space
        team_end = i == 0 and cand.endswith(v.reported)
        closed = (team_end or led) and line[i + e : i + e + 1].isspace()
        closed = closed or (team_end and _team_report(cand, v) is not None)  # glued to the body
        if (e not in hard and not closed and e not in run_ends and not _field_follows(line, i + e, v)) or any(
            c in cand for c in v.scan["not_in_run"]
        ):
            continue
        if any(c in _CLOSE for c in cand) and not any(c in _OPEN for c in cand):
            continue  # 记者 甲）正文: the end of a bracket opened before, not a byline of its own
        if max(map(cand.rfind, _OPEN)) > max(map(cand.rfind, _CLOSE)):
            continue  # 某地3月5日讯（记者 甲: a bracket opened and not closed is read as a bracket
        vouched = e in photo and (_credited(cand, v) or _after_caption(line, i, v))
        closing = not vouched and _closes_text(line, i, e, v)
        p = standalone_byline(cand) if closing else None  # parsed once, asked twice
        vouched = vouched or (p is not None and _whole_short_names(p))
        if glued and not _SPACE.search(cand) and not vouched and e not in run_ends:
            continue  # 。记者李四说: glued to the sentence before it and unspaced, running text
        p = p if closing else standalone_byline(cand)
        if p is not None and credits_people(p):
            people = tuple(p.contributors)
            headed = _INK.search(line, 0, i) and first_field > i  # text before it, not just 来源:
            if p.has_suffix_photo and (wrapped or headed) and not _report_credit(cand, v):
                people = _photo_only(people)  # a credit under one picture: who took it, not who wrote
            return Found(i, i + e, people)
    return None


def _closes_text(line: str, i: int, e: int, v: _Vocab) -> bool:
    """Where a credit that closes the text stands, run on after its last sentence
    (…全部完成。某某日报记者甲乙丙): a page dump joins the credit line printed under an article
    to it, white space dropped. Only at the very end, after a sentence end, and with an
    outlet's name before a role word; :func:`_whole_short_names` then asks the names to fill
    the rest (a text cut off after 。记者来到… names nobody)."""
    if line[i - 1] not in v.scan["sentence_end"] or _BLANK_TO_END.match(line, i + e) is None:
        return False  # (matched from the end on: a page run together on one line is not copied)
    cand = line[i : i + e]
    return len(_without_affiliation(cand, [False] * len(cand), v)[0]) != len(cand)  # an outlet before a role


def _whole_short_names(p: _Parse) -> bool:
    """A parse whose names fill the credit, each surname-led and at most three characters."""
    return p.complete and p.surnames_ok and all(len(c.name) <= 3 for c in p.contributors)


_BLANK_TO_END = re.compile(r"\s*\Z")


def _credited(cand: str, v: _Vocab) -> bool:
    """A glued credit still says whose photo it is: a role word or a slash before the marker."""
    simp = cand
    return "/" in simp or any(m.group() in v.roles and m.group() not in v.needs_mark for m in v.keyword.finditer(simp))


def _after_caption(line: str, i: int, v: _Vocab) -> bool:
    """A bare photo credit glued to the caption sentence it closes (``…采样现场。甲摄``): a page
    dump drops the space between them; the sentence end before and the photo marker after
    the names vouch for them (the parse still wants whole surname-led names)."""
    return i > 0 and line[i - 1] in v.scan["sentence_end"]


def _report_credit(text: str, v: _Vocab) -> bool:
    """A credit closed by a marker that names the report too (``记者 甲 摄影报道``): the
    people took the pictures and wrote the story, even under a caption."""
    sq = to_simplified("".join(text.split())).rstrip("）)")
    return sq.endswith(tuple(v.scan.get("report_end", ())))


def _photo_only(people: tuple[Contributor, ...]) -> tuple[Contributor, ...]:
    """Keep only photographers (and agencies) of a caption credit glued to its caption."""
    return tuple(c for c in people if c.role in ("photographer", "agency"))


def _dateline(line: str, v: _Vocab) -> Found | None:
    """A portal header ``2021-05-06 10:20 某某 来源:某报``, or ``某某  2021-05-06 10:20`` (the
    name before the timestamp, nothing after): the bare name is the author."""
    head = line.lstrip()[:1].isdigit()
    m = (v.dateline if head else v.stamp_after_name).match(line)
    if m is None:
        return None
    names = _bare_names(m.group("name"), v)
    if len(names) != 1:
        return None
    return Found(m.start("name"), m.end("name"), (Contributor(names[0], "reporter", 1),), stamped=True)


def scan_line(line: str, wrapped: bool = False, lead: bool = False) -> list[Found]:
    """Bylines printed inside one line of text, left to right, not overlapping.

    ``wrapped``: the line continues a paragraph from the line above (a narrow column), so
    even its start follows running text. ``lead``: it continues a lead marker.
    """
    return _scan_simplified(to_simplified(line), wrapped, lead)  # one char for one char: offsets stay


def _no_credit(line: str, v: _Vocab) -> bool:
    """A simplified line :func:`_scan_simplified` finds nothing in, told cheaply (most lines):
    no role word, no bracket, no portal dateline."""
    return (not v.keyword.search(line) and "（" not in line and "(" not in line and not line.lstrip()[:1].isdigit()
            and v.stamp_after_name.match(line) is None)


def _scan_simplified(line: str, wrapped: bool, lead: bool, stop: int | None = None) -> list[Found]:
    """:func:`scan_line` of a line already simplified. ``stop``: only the bylines starting
    before it are read, and no dateline (that one stands only where the whole line has none)."""
    v = vocab()
    if not v.keyword.search(line) and "（" not in line and "(" not in line:  # _OPEN
        return [f for f in [_dateline(line, v)] if f]
    out: list[Found] = []
    last = 0
    colons, first_field = frozenset(_colon_roles(line, v)), _first_field_end(line, v)
    for i in _starts(line, v):
        if i < last:
            continue
        if stop is not None and i >= stop:
            return out
        f = _bracketed(line, i, v, lead) if line[i] in _OPEN else _unbracketed(line, i, v, colons, first_field, wrapped)
        if f is not None:
            out.append(f)
            last = f.end
    if not out and (d := _dateline(line, v)) is not None:
        out.append(d)
    return out


def _part_lines(item: Item, raw: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The raw offsets that belong to the item's headline, body or caption text, sorted
    (repeats kept: whether a found byline holds one is a bisect), and the raw spans of the
    physical lines holding any of them (a lead line is shared with the item)."""
    runs: list[tuple[int, ...]] = []
    spans: set[tuple[int, int]] = set()
    for part in item.parts:
        if part.kind not in ("headline", "subheadline", "body", "caption") or not part.text.raw:
            continue
        runs.append(part.text.raw)
        first = max(raw.rfind("\n", 0, part.text.raw[0]), raw.rfind("\r", 0, part.text.raw[0])) + 1
        spans.update(line_spans(raw, first, part.text.raw[-1] + 1))
    offs = sorted(chain.from_iterable(runs))  # each part's offsets ascend: a merge of sorted runs
    return offs, [(s, e) for s, e in sorted(spans) if _holds(offs, s, e)]


def _inner_lines(offs: list[int], lines: list[tuple[int, int]], raw: str) -> list[tuple[int, int]]:
    """Physical lines inside the item (between its first and last text) that hold none of its
    text: header and credit lines the page splitter set apart as furniture (时间：… 作者：甲,
    本版撰稿：记者 乙 before a closing picture)."""
    if not offs:
        return []
    own = set(lines)
    return [se for se in line_spans(raw, offs[0], offs[-1] + 1) if se not in own and offs[0] <= se[0] < offs[-1]]


def _labels(line: str, v: _Vocab) -> set[int]:
    """Where a role word or a header field with a colon (作者：甲, 撰稿：乙) stands in such a
    line: a byline found there is a labelled credit, no stray text of the page, when one of
    them opens it (at most 4 characters before it)."""
    return set(_colon_roles(line, v)) | set(_field_values(line, v))


def _person_like(name: str, v: _Vocab) -> bool:
    """A name a header field gives that may be a person's: not a site or outlet (作者：某某网)."""
    simp = to_simplified(name)
    return _NAME.fullmatch(simp) is not None and simp[-1] not in v.scan["not_name_end"] and not _is_outlet(simp, v)


def _holds(offs: list[int], lo: int, hi: int) -> bool:
    """Whether the sorted offsets hold one in [lo, hi)."""
    i = bisect.bisect_left(offs, lo)
    return i < len(offs) and offs[i] < hi


def _scan_once(read: dict[tuple[str, bool, bool], list[Found]], simp: str, wrapped: bool, lead: bool) -> list[Found]:
    """:func:`scan_line` of a simplified line, remembered in ``read`` (one item's lines and paragraphs)."""
    got = read.get((simp, wrapped, lead))
    if got is None:
        got = read[(simp, wrapped, lead)] = _scan_simplified(simp, wrapped, lead)
    return got


def _candidates(item: Item, raw: str, simple: str) -> list[tuple[int, int, Found]]:
    """Bylines inside an item's lines, as raw [start, end): physical lines first (spacing as
    printed), then re-joined paragraphs (a byline wrapped over lines of a narrow column)."""
    out: list[tuple[int, int, Found]] = []
    ends = vocab().scan["sentence_end"] + "）)"
    prev = ""
    read: dict[tuple[str, bool, bool], list[Found]] = {}  # a paragraph printed on one line is read once
    v = vocab()
    mine, lines = _part_lines(item, raw)
    for s, e in lines:
        wrapped = bool(prev) and prev[-1] not in ends
        prev = raw[s:e].strip()
        line = simple[s:e]  # one char for one char: the page's simplified text holds each line's
        if _no_credit(line, v):
            continue
        for f in _scan_once(read, line, wrapped, False):
            if _holds(mine, s + f.start, s + f.end):
                out.append((s + f.start, s + f.end, f))  # not only in a lead already parsed
    for s, e in _inner_lines(mine, lines, raw):
        line = simple[s:e]
        credits = [] if _no_credit(line, v) else _scan_once(read, line, False, False)
        labels = _labels(line, v) if credits else set()
        for f in credits:
            labelled = any(p <= f.start <= p + 4 for p in labels) or f.stamped  # a header's timestamp labels its name
            people = tuple(c for c in f.contributors if _person_like(c.name, v)) if labelled else ()
            if people:
                _add_joined(out, (s + f.start, s + f.end, Found(f.start, f.end, people)), raw)
    for text, offs in _wrapped_runs(lines, simple, ends):
        for f in () if _no_credit(text, v) else _scan_once(read, text, False, False):
            if _holds(mine, offs[f.start], offs[f.end - 1] + 1):
                _add_joined(out, (offs[f.start], offs[f.end - 1] + 1, f), raw)
    leads = {b.end for b in item.bylines if is_lead("".join(b.text.split()))}
    for part in item.parts:
        if part.kind not in ("headline", "subheadline", "body", "caption") or not part.text.raw:
            continue
        tm, pos = part.text, 0
        after_lead = any(raw[e : tm.raw[0]].isspace() or e == tm.raw[0] for e in leads)
        for para in tm.text.split("\n"):
            simp = resimplified(para)
            for f in () if _no_credit(simp, v) else _scan_once(read, simp, False, after_lead and pos == 0):
                a, b = tm.raw_span(pos + f.start, pos + f.end)
                _add_joined(out, (a, b, f), raw)
            pos += len(para) + 1
    for found in _after_headline(item, read, v):
        _add_joined(out, found, raw)
    return out


def _after_headline(
    item: Item, read: dict[tuple[str, bool, bool], list[Found]], v: _Vocab
) -> list[tuple[int, int, Found]]:
    """Bylines opening right where the item's headline, repeated in its text, ends: a page dump
    runs the title line into the byline printed under it (…检测结果均为阴性记者 甲5月6日), so the
    headline's end is a line start there."""
    head = "".join("".join(p.text.text for p in item.parts if p.kind == "headline").split())
    out: list[tuple[int, int, Found]] = []
    if len(head) < 4:
        return out
    for part in item.parts:
        tm = part.text
        at = tm.text.find(head) if part.kind == "body" and tm.raw else -1
        while at >= 0:
            start = at + len(head)
            tail = resimplified(tm.text[start : start + 2 * v.scan["window"]])
            for f in () if _no_credit(tail, v) else _scan_once(read, tail, False, False):
                if f.start == 0:
                    out.append((*tm.raw_span(start, start + f.end), f))
            at = tm.text.find(head, start)
    return out


_LABEL = re.compile(f"[{CJK}]{{2,4}}[:：丨|｜]")
_LINE_END = re.compile(r"[ \t\u3000]*(?:\r|\n|$)")


def _wrapped_runs(lines: list[tuple[int, int]], simple: str, ends: str) -> list[tuple[str, list[int]]]:
    """Runs of two or more physical lines wrapped mid-sentence (a page dump's narrow column),
    each joined with the spaces inside its lines kept (``（甲 乙`` / ``丙）``: the names stay
    apart), with the raw offset of each character. A line ending a sentence ends its run."""
    runs: list[tuple[str, list[int]]] = []
    parts: list[str] = []
    offs: list[int] = []
    for s, e in lines:
        line = simple[s:e]
        lo = s + len(line) - len(line.lstrip())
        body = line.lstrip()  # a space before the wrap still parts two names
        parts.append(body)
        offs.extend(range(lo, lo + len(body)))
        if body.rstrip()[-1:] in ends or (s, e) == lines[-1]:
            if len(parts) > 1:
                runs.append(("".join(parts), offs))
            parts, offs = [], []
    return runs


def _line_end(raw: str, pos: int) -> int:
    """Where the physical line holding ``pos`` ends (its \\n or \\r, else the end of raw)."""
    return min((k for k in (raw.find("\n", pos), raw.find("\r", pos)) if k >= 0), default=len(raw))


def _at_line_end(raw: str, e: int) -> bool:
    """Whether only white space stands between ``e`` and the end of its line."""
    return _LINE_END.match(raw, e) is not None


def _cut_by_wrap(raw: str, e: int, b: int) -> bool:
    """Whether a byline read in one line, ending at ``e``, was bounded by that line's wrap: it
    ends the line, or the joined reading ending at ``b`` runs past the line's end (…摄影报 /
    道: the line's reading stopped at 摄影, short of a marker the wrap cut)."""
    line_end = _line_end(raw, e)
    return _at_line_end(raw, e) or b > line_end


def _add_joined(out: list[tuple[int, int, Found]], found: tuple[int, int, Found], raw: str) -> None:
    """Add a byline read in a re-joined paragraph unless a physical line gave it already (the
    line kept its spacing: it parsed better). One it overlaps that ended at its line's end and
    that it holds and outgrows was cut by the wrap (记者：甲乙 / 丙、丁; 文/甲 / 乙丙 图/丁): the
    joined reading replaces it (also one the wrap cut short of its marker, 摄影报 / 道); so does
    a shorter one from the same start, which saw where the glued names end past the wrap
    (记者甲乙丙 / 今天… read 记者甲乙 / 丙今天…)."""
    a, b, _ = found
    hit = [x for x in out if a < x[1] and x[0] < b]
    if not hit:
        out.append(found)
    elif all(((a <= s and e <= b and b - a > e - s) or (a == s and b < e)) and _cut_by_wrap(raw, e, b)
             for s, e, _ in hit):
        out[:] = [x for x in out if x not in hit] + [found]


def item_bylines(item: Item, raw: str, simple: str | None = None, alone: bool = False) -> list[Byline]:
    """An item's bylines plus those printed inside its text lines.

    Segmentation finds bylines that stand on their own line or open the article; this adds
    the ones printed inside a line (dateline, closing bracket, caption credits), keeping
    only (name, role) pairs not seen yet, so a credit repeated under every picture counts once.
    Names are matched simplified (one person across a credit repeated in either script) and
    returned as printed, as the headline is: a traditional repost credits 鄭 not 郑.
    ``simple``: ``to_simplified(raw)`` when the caller has it; ``alone``: the item is the page's
    only one (a web page of one picture and its caption is that page's story).
    """
    simple = to_simplified(raw) if simple is None else simple
    story = _StoryCredits(item, raw, alone)
    out = [story.credit(_on_caption_line(_over_wrap(b, raw, simple), raw)) for b in item.bylines]
    seen = {(c.name, c.role) for b in out for c in b.contributors}
    order = {c.name: c.order for b in out for c in b.contributors}
    for start, end, f in _candidates(item, raw, simple):
        new = []
        for c in story.credit(Byline(raw[start:end], start, end, f.contributors)).contributors:
            if (c.name, c.role) in seen:
                continue
            seen.add((c.name, c.role))
            order.setdefault(c.name, len(order) + 1)
            new.append(Contributor(c.name, c.role, order[c.name]))
        if new:
            out.append(Byline(" ".join(raw[start:end].split()), start, end, tuple(new)))
    out = [_picture_credit(b, simple, vocab()) for b in out]
    return [_names_as_printed(b, raw) for b in _without_author_repeats(out, vocab())]


def _web_story(item: Item, raw: str, alone: bool) -> bool:
    """Whether the item is a story (it has body text, or it is the page's only item) printed as
    web text, a paragraph to a line (one wider than any printed column): its pictures illustrate
    it. A picture item among others on a page, whose caption is all its text, keeps its
    credit's reporter."""
    if not alone and not any(p.kind == "body" for p in item.parts):
        return False
    _, lines = _part_lines(item, raw)
    return any(len("".join(raw[s:e].split())) > vocab().tuning.web_paragraph for s, e in lines)


@dataclass
class _StoryCredits:
    """The photo credits of one item. On web text, a credit closed by a photo marker (``记者 甲
    摄``, ``记者 甲 摄影报道``) on a line of its own names who took the story's pictures, not who
    wrote it: its people are photographers only (a lead or another byline still makes them
    reporters). The dev sets' gold and ``../shared/real`` read it so; printed pages keep the
    picture item's reporter. Whether the item is web text is asked only at its first photo
    credit (most items have none, and the question reads every line of the item)."""

    item: Item
    raw: str
    alone: bool
    web: bool | None = None

    def credit(self, b: Byline) -> Byline:
        """``b`` with photographers only when it is a web story's photo credit."""
        kept = _photo_credit_people(b, vocab())
        if kept is None:
            return b
        if self.web is None:
            self.web = _web_story(self.item, self.raw, self.alone)
        return Byline(b.text, b.start, b.end, kept) if self.web else b


def _photo_credit_people(b: Byline, v: _Vocab) -> tuple[Contributor, ...] | None:
    """The photographers of a credit closed by a photo marker (None when ``b`` is no such
    credit, is a lead, or names no photographer)."""
    sq = to_simplified("".join(b.text.split())).strip("（）()")
    if is_lead(sq) or not (_photo_credit_text(sq, v) or _report_credit(sq, v)):
        return None
    return _photo_only(b.contributors) or None


def _picture_credit(b: Byline, simple: str, v: _Vocab) -> Byline:
    """A photo credit in a line holding a picture-source field (``图片来源：某社记者 甲 摄``,
    ``记者 甲 摄 图片来源：某网``) credits that picture: its people are photographers only. The
    field says so whether the line stands alone or not; another byline naming the same person
    as a reporter (a lead) still stands on its own."""
    start = max(simple.rfind("\n", 0, b.start), simple.rfind("\r", 0, b.start)) + 1
    line = simple[start : _line_end(simple, max(b.start, b.end - 1))]
    if not any(f in line for f in v.scan["picture_fields"]) or not _photo_credit_text(b.text, v):
        return b
    kept = _photo_only(b.contributors)
    return Byline(b.text, b.start, b.end, kept) if kept else b


def _without_author_repeats(bylines: list[Byline], v: _Vocab) -> list[Byline]:
    """Drop the reporter role an author field (作者：甲) gives a person whom another byline of
    the item credits as a correspondent: the field names the sender, the bracket says the job."""
    fields = tuple(v.scan["author_fields"])
    others = {c.name for b in bylines if not to_simplified(b.text).startswith(fields)
              for c in b.contributors if c.role == "correspondent"}
    out = []
    for b in bylines:
        if to_simplified(b.text).startswith(fields):
            kept = tuple(c for c in b.contributors if not (c.role == "reporter" and c.name in others))
            if not kept:
                continue
            b = Byline(b.text, b.start, b.end, kept)
        out.append(b)
    return out


def _next_line(raw: str, pos: int) -> tuple[int, int] | None:
    """Raw span of the first line with text after ``pos`` (blank lines between skipped)."""
    while pos < len(raw) and raw[pos].isspace():
        pos += 1
    if pos >= len(raw):
        return None
    end = _line_end(raw, pos)
    return pos, end


def _over_wrap(b: Byline, raw: str, simple: str) -> Byline:
    """A byline line that a narrow column cut at the wrap (``记者甲乙张庭`` / ``铭王五/文…``,
    ``（记者甲迟`` / ``波）…``) read again joined to the two lines under it: where a credit found
    there crosses the wrap, its names replace the cut ones. A bracket is read up to its close."""
    nxt = _next_line(raw, b.end) if _at_line_end(raw, b.end) else None
    if nxt is None or raw[nxt[0] - 1] not in "\r\n" or _opens_field(simple[nxt[0] : nxt[1]], vocab()):
        return b  # an indented line opens a paragraph: the byline above it was whole
    offs = [k for k in range(b.start, b.end) if simple[k] not in "\r\n"] + list(range(*nxt))
    if (third := _next_line(raw, nxt[1])) is not None:
        offs += range(*third)  # the names may run on past a short line (…图12月 / 11日…)
    cut = sum(1 for k in offs if k < b.end)
    joined = "".join(simple[k] for k in offs)
    if joined[:1] in _OPEN and (close := min((joined.find(c) for c in _CLOSE if c in joined), default=-1)) > 0:
        joined = joined[: close + 1]
    found = _crossing(joined, cut, is_lead("".join(joined.split())))
    if not found:
        return b
    f = found[0]
    names = {c.name for c in f.contributors}
    before = [c for c in b.contributors if c.name in joined[: f.start] and c.name not in names]
    people = [*before, *f.contributors]
    order = {n: k + 1 for k, n in enumerate(dict.fromkeys(c.name for c in people))}
    end = offs[f.end - 1] + 1
    return Byline(" ".join(raw[b.start : end].split()), b.start, end,
                  tuple(Contributor(c.name, c.role, order[c.name]) for c in people))


def _crossing(joined: str, cut: int, lead: bool) -> list[Found]:
    """The bylines read in ``joined`` that start before ``cut`` and end after it. The scan
    stops at the cut (a byline starts where it is read, so the later ones start past it),
    and reads the whole line only for a dateline, which stands where no byline does."""
    found = _scan_simplified(joined, False, lead, cut)
    if not found and _dateline(joined, vocab()) is not None:
        found = _scan_simplified(joined, False, lead)
    # one read from the line's start that ends before the cut, where a word that follows names
    # begins (记者甲乙丙图 / 片由…提供): the line's last characters were text, not more names
    first = next((k for k, c in enumerate(joined) if not c.isspace()), 0)
    return [f for f in found if f.start < cut < f.end
            or (f.start == first and f.end < cut and _CJK_RUN.fullmatch(joined, f.end, cut) is not None
                and _follows_byline(joined, f.end, vocab()))]


_CJK_RUN = re.compile(f"[{CJK}]+")


def _opens_field(line: str, v: _Vocab) -> bool:
    """Whether a line opens a field of its own (``编辑:甲``, ``编导丨乙``, ``来源:…``):
    the line above it ended where its byline did, nothing was cut there."""
    s = PINYIN_GLOSS.sub("", line).strip()
    return bool(v.field_word.match(s) or _LABEL.match(s))


def _names_as_printed(b: Byline, raw: str) -> Byline:
    """b with each name spelt as the page prints it (traditional characters kept).

    to_simplified maps one character to one, so a name found in the simplified view of the
    byline's printed characters sits at the same place in the printed ones."""
    printed = "".join(raw[b.start : b.end].split()) or "".join(b.text.split())
    simple = to_simplified(printed)
    glosses = [m.span() for m in PINYIN_GLOSS.finditer(printed)]
    if simple == printed and not glosses:
        return b
    # a converter's pinyin gloss (鄭鎮(zhèn)) is no part of the name: one person is one name
    # whether a copy carries the glosses or not (the characters keep their printed script)
    kept = [i for i in range(len(printed)) if not any(s <= i < e for s, e in glosses)]
    bare = "".join(simple[i] for i in kept)
    names = []
    for c in b.contributors:
        at = bare.find(c.name)
        if at < 0:
            names.append(c)
            continue
        names.append(Contributor("".join(printed[i] for i in kept[at : at + len(c.name)]), c.role, c.order))
    return Byline(b.text, b.start, b.end, tuple(names))


def _photo_credit_text(text: str, v: _Vocab) -> bool:
    """Whether a byline ends with a photo marker alone (``…记者 甲 摄``), not ``文/摄``."""
    sq = to_simplified("".join(text.split())).strip("（）()")
    matches = list(v.keyword.finditer(sq))
    last = matches[-1] if matches else None
    return (last is not None and last.end() == len(sq) and last.group() in v.scan["photo_end"] and not is_lead(sq)
            and not _report_credit(sq, v))


def _on_caption_line(b: Byline, raw: str) -> Byline:
    """A photo credit printed after caption text on the same line credits that picture only:
    its people are photographers (``…排队检测。 新华社记者 甲 摄``)."""
    line_start = max(raw.rfind("\n", 0, b.start), raw.rfind("\r", 0, b.start)) + 1
    if not raw[line_start : b.start].strip() or not _photo_credit_text(b.text, vocab()):
        return b
    return Byline(b.text, b.start, b.end, _photo_only(b.contributors))


# Public names for the page splitter (etl.extract.segment): the parse result of a byline,
# the parser that accepts any text, and the surname test for a bare author name.
Parse = _Parse
parse = _parse
has_surname = _has_surname
