"""Byline parsing: who wrote, reported, photographed or edited an article.

Bylines come as a lead (``本报讯（记者 X 通讯员 Y Z 文/摄）``), as end-of-article lines
(``记者 王丹`` / ``通讯员 刘雪婷``), or as photo credits (``记者 杨洋 通讯员 张文军 摄``),
often spaced out or wrapped by PDF extraction. Role words and patterns live in
``etl/data/bylines.toml`` so papers with other wording need no code change.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from etl.extract.model import Contributor, Role
from etl.extract.normalise import CJK, to_simplified

_SEP_CHARS = "、，,；;/|｜:："
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
    name_min: int
    name_max: int
    markers: frozenset[str]
    decoration: str
    affiliation: re.Pattern[str]
    body_start: tuple[str, ...]


@cache
def vocab() -> _Vocab:
    """Compiled byline vocabulary from the shipped bylines.toml (read once)."""
    data = tomllib.loads(resources.files("etl.data").joinpath("bylines.toml").read_text(encoding="utf-8"))
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
        name_min=int(opts["name_min"]),
        name_max=int(opts["name_max"]),
        markers=frozenset(opts.get("credit_markers", ())),
        decoration=str(opts.get("decoration", "")),
        affiliation=re.compile(opts.get("affiliation", "(?!)")),
        body_start=tuple(sorted(opts.get("body_start", ()), key=len, reverse=True)),
    )


_NAME = re.compile(f"[{CJK}]+(?:[{_DOTS}][{CJK}]+)*")


@dataclass
class _Parse:
    contributors: list[Contributor]
    complete: bool  # every character was a role word, a name, a separator or a bracket
    has_suffix_photo: bool
    surnames_ok: bool


def _squash(text: str) -> tuple[str, list[bool]]:
    """Text without white space, plus for each char whether white space preceded it."""
    chars: list[str] = []
    gap: list[bool] = []
    pending = False
    for ch in text:
        if ch.isspace():
            pending = True
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
    if n <= v.name_max:
        # 2-4 characters are one name: splitting 阿依古丽 or 欧阳明月 in two is worse
        # than keeping a rare run-together pair (王丹李四) whole
        return [run]
    best: list[str] | None = None
    best_score = -1.0

    def go(i: int, acc: list[str]) -> None:
        nonlocal best, best_score
        if i == n:
            score = sum(2 if _has_surname(a, v) else 0 for a in acc) + sum(0.5 for a in acc if len(a) in (2, 3))
            score -= 0.1 * len(acc)
            if score > best_score:
                best, best_score = list(acc), score
            return
        for ln in (3, 2, 4):
            if i + ln <= n:
                acc.append(run[i : i + ln])
                go(i + ln, acc)
                acc.pop()

    if n <= 2 * v.name_max:
        go(0, [])
    return best or [run]


def _names(chunk: str, gaps: list[bool], v: _Vocab) -> tuple[list[str], bool]:
    """Names in the text between two role words; False when something else is there."""
    frags: list[str] = []
    cur = ""
    ok = True
    for ch, g in zip(chunk, gaps):
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
        if not _NAME.fullmatch(f):
            ok = False
            continue
        if any(d in f for d in _DOTS) or f in v.agency_names:
            names.append(f)
            continue
        if len(f) < v.name_min:
            ok = False
            continue
        names.extend(_split_run(f, v))
    return names, ok


def _tokens(s: str, gap: list[bool], v: _Vocab) -> list[tuple[str, object]]:
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
            if after not in ("/", ":", "：") and not closes:
                continue
        marks.append((m.start(), m.end(), w))
    out: list[tuple[str, object]] = []
    pos = 0
    for ms, me, w in marks + [(len(s), len(s), "")]:
        chunk = s[pos:ms]
        if chunk.strip(_SEP_CHARS + _BRACKETS):
            names, ok = _names(chunk, gap[pos:ms], v)
            out.append(("names", (names, ok)))
        if w:
            out.append(("kw", w))
        pos = me
    return out


def _parse(text: str) -> _Parse:
    """Parse a byline into contributors; see :func:`parse_byline`."""
    v = vocab()
    s, gap = _squash(to_simplified(text))
    k = len(s) - len(s.lstrip(v.decoration)) if v.decoration else 0
    if k:  # □本报记者 周莹
        s, gap = s[k:], gap[k:]
    b = 1 if s[:1] in "（(" else 0  # （许昌日报记者 X 通讯员 Y）: the affiliation inside the bracket
    aff = v.affiliation.match(s[b:]) if v.keyword.match(s, b) is None else None
    if aff and (kw := v.keyword.match(s, b + aff.end())) and kw.group() in v.roles and kw.group() not in v.needs_mark:
        s, gap = s[:b] + s[b + aff.end() :], gap[:b] + gap[b + aff.end() :]  # 三亚日报记者 林诗 摄: the paper is an affiliation
    agencies: list[str] = []
    for pat in v.agency:
        m = pat.search(s)
        if m:
            agencies.append(m.group("agency"))
            break
    lead = v.lead.match(s)
    if lead or agencies:
        # the lead marker / agency credit itself holds no names: keep only a bracketed part
        b = re.search(r"[（(]([^（）()]+)[）)]", s)
        if b is None and lead and lead.end() < len(s):
            s, gap = s[lead.end() :], gap[lead.end() :]  # unbracketed: 本报讯 记者 孙丽
        elif b is None:
            s, gap = "", []
        else:
            s, gap = s[b.start(1) : b.end(1)], gap[b.start(1) : b.end(1)]
    roles: dict[str, list[Role]] = {}
    group: list[str] = []  # names since the last closing marker
    pending: tuple[Role, ...] | None = None
    marker = False  # the pending roles come from a credit marker (文/图, 图/)
    complete = bool(s)
    surnames_ok = True
    has_photo = False
    toks = _tokens(s, gap, v)
    for i, (kind, val) in enumerate(toks):
        if kind == "names":
            names, ok = val  # type: ignore[misc]
            complete &= ok
            for nm in names:
                if nm in v.agency_names:
                    agencies.append(nm)  # 记者 新华社: the agency, never a person
                    continue
                surnames_ok &= _has_surname(nm, v) or any(d in nm for d in _DOTS)
                roles.setdefault(nm, [])
                group.append(nm)
                for r in pending or ():
                    if r not in roles[nm]:
                        roles[nm].append(r)
            marker = False
            continue
        w = str(val)
        nxt = toks[i + 1][0] if i + 1 < len(toks) else None
        prev = toks[i - 1][0] if i else None
        if w in v.suffixes and prev == "names" and nxt != "names":
            for nm in dict.fromkeys(group):
                for r in v.suffixes[w]:
                    if r not in roles[nm]:
                        roles[nm].append(r)
            has_photo |= "photographer" in v.suffixes[w]
            group = []
            pending = None
            marker = False
        elif w in v.roles:
            if prev == "kw" and pending is not None and marker:
                continue  # 文/图 记者 刘洋, 图/记者 X: the credit marker's roles stand
            pending = v.roles[w]
            marker = w in v.markers
        else:
            complete = False
    result: list[Contributor] = []
    order = 0
    for nm, rs in roles.items():
        if not rs:
            complete = False  # a name no role word speaks for
            continue
        order += 1
        result.extend(Contributor(nm, r, order) for r in rs)
    for a in dict.fromkeys(agencies):
        order += 1
        result.append(Contributor(a, "agency", order))
    return _Parse(result, complete and bool(roles), has_photo, surnames_ok)


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


def standalone_byline(text: str) -> _Parse | None:
    """A line that is only a byline (``记者 王丹``, ``（记者 X 通讯员 Y）``, ``记者 A 摄``).

    Requires every character to be accounted for and every name to start with a common
    surname, so body lines like ``记者在灵石县`` are not taken for bylines.
    """
    s = to_simplified("".join(text.split())).lstrip(vocab().decoration)
    if not s or len(s) > 48 or s[-1] in "。！？；，" or not vocab().keyword.search(s):
        return None
    p = _parse(text)
    if not p.contributors or not p.complete:
        return None
    if not p.surnames_ok and not _printed_names(text, vocab(), p):
        return None
    if all(c.role == "agency" for c in p.contributors):
        return None
    return p


_NAME_GAP = re.compile(r"[\s（）()【】〔〕\[\]、，,；;/|｜:：]+")


def _printed_names(text: str, v: _Vocab, p: _Parse) -> bool:
    """Names without a common surname (其木格, 阿依古丽) are accepted when printed apart.

    Every chunk between role words and white space/brackets must be a whole 2-4 character
    name (or a dotted one), so body text such as ``记者在灵石县采访`` is never a byline.
    """
    people = {c.name for c in p.contributors if c.role != "agency"}
    chunks: list[str] = []
    for piece in _NAME_GAP.split(to_simplified(text)):
        rest = v.keyword.sub(" ", piece).split()
        if rest and rest != [piece] and not all(_has_surname(r, v) for r in rest):
            return False  # a role word glued to an unknown name: 记者在灵石县
        chunks.extend(rest)
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


# Public names for the page splitter (etl.extract.segment): the parse result of a byline,
# the parser that accepts any text, and the surname test for a bare author name.
Parse = _Parse
parse = _parse
has_surname = _has_surname
