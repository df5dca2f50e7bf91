"""Place recognition (``recognise``) and resolution (``resolve``/``resolve_page``).

Recognition is anchored on official suffixes (县/区/市/镇/街道/社区/村 ...): at every
suffix character we look up the text ending there in the gazetteer's name dict, longest
first. That is O(text) with a handful of dict lookups per suffix character, needs no
automaton over ~700k names (so start-up is only the gazetteer load), and by construction
never matches a bare village core (新, 和平) as a plain word. Short forms (平遥 for 平遥县)
come from a set of the ~3k county-and-above short names, looked up only where a regex finds
a possible first and second character (``_shorts_in``; pyahocorasick's unicode automaton was
slower, its root having ~900 children); they need context. Places below the official list
(campuses, compounds, roads, offices) come from suffix patterns in ``etl/data/places.toml``.

Resolution picks one gazetteer node per candidate, in the order the issue fixes: the chain
in the sentence (灵石县南关镇), the places of the same sentence, the same article, the page's
other articles, then the newspaper's region hint. An ambiguous name nothing confirms is
dropped, never guessed, so a mention can only roll up to a county it belongs to.
"""
from __future__ import annotations

import bisect
import os
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from etl.extract import vocabulary
from etl.extract.gazetteer import Gazetteer
from etl.extract.memo import remember
from etl.extract.model import Place, PlaceMention
from etl.extract.tuning import PlaceTuning

_WS = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u9fff]")
_SENT_RE = re.compile("[。！？!?；;\n]")


# --------------------------------------------------------------------------- recognition


@dataclass(frozen=True)
class Candidate:
    """A span that may be a place; ``ids`` are the gazetteer nodes it could be."""

    start: int  # offsets into the original text
    end: int
    cs: int  # offsets into the whitespace-free text (adjacency = chain)
    ce: int
    surface: str
    form: str  # "full", "short", "sub", "unknown"
    ids: tuple[int, ...] = ()
    weak: bool = False  # needs a chain or the article to confirm it
    strong_short: bool = False  # short form with place context (平遥古城)
    kind: str | None = None  # sub kind: campus, compound, road, office
    sentence: int = 0


@dataclass
class PlaceIndex:
    """Per-gazetteer matching tables and places.toml (built once per context, cheap).

    ``eligible`` and ``readings`` are memos: a name's ids and a character's readings never
    change for one gazetteer, and names repeat across articles (``eligible`` is bounded, as
    a long load meets ever more names; ``readings`` holds at most one entry per character).
    """

    gaz: Gazetteer
    cfg: dict[str, Any]  # places.toml, checked against its schema
    sub_rules: _SubRules  # [sub], read once
    elsewhere: _Elsewhere | None  # [elsewhere] compiled, if present
    tuning: PlaceTuning
    bad_contain: re.Pattern[str]  # sub.bad_contain as one alternation
    end_re: re.Pattern[str]
    max_len: dict[str, int]
    town_suffixes: tuple[str, ...]
    comm_suffixes: tuple[str, ...]
    stop: frozenset[str]
    chain_only: frozenset[str]
    shorts: frozenset[str]  # short names of county-and-above places (平遥)
    short_lens: dict[str, tuple[int, ...]]  # first two characters -> lengths of the shorts so starting, longest first
    short_start: re.Pattern[str]  # the first character wherever a short name could start
    short_follow: tuple[str, ...]
    short_follow_strict: tuple[str, ...]  # the context a common-word short needs (通道县)
    short_suffixed: tuple[str, ...]  # a short ending in one of these is strong by itself (某乡县)
    short_suffixed_min: int  # ... when at least this long
    short_common: frozenset[str]  # shorts that are also ordinary words (通道, 东方)
    short_left: frozenset[str]  # words a short may start inside (市民和群众: 市民, not 民和)
    short_outlet: tuple[str, ...]  # outlet words after a county's short (某山电子报)
    short_list: re.Pattern[str]  # a list of shorts closed by 等…县 (甲、乙等边境县市)
    short_joins: tuple[str, ...]  # what joins a bare short to a listed county (泉州石狮、惠安)
    short_counted_join: re.Pattern[str]  # ... or its own count and a separator (甲县17例，乙8例)
    short_counted: re.Pattern[str]  # a list counted by its kind after a short (…两区和丙、丁三县)
    jurisdiction_words: tuple[str, ...]  # a clause with one of these before such a list describes a jurisdiction
    clause_marks: str  # what ends a clause (where to look for the jurisdiction word)
    clause_reach: int  # ... and how far back at most (keeps the look-back bounded on unpunctuated text)
    glued_max: int  # an official name this short, glued into a word before a glued_clash word, is no place
    glued_clash: tuple[str, ...]  # 县 words (域, 城, 委…) that make such a name a word plus a word (规范县域)
    short_follow_not: tuple[tuple[str, tuple[str, ...]], ...]  # context words opening a compound's name (某城5号楼)
    anchors: frozenset[str]  # names/shorts a campus name may start with
    sub_kinds: list[dict[str, Any]] = field(default_factory=list)
    sub_res: list[re.Pattern[str]] = field(default_factory=list)  # suffix regex per sub kind
    variant_res: list[re.Pattern[str]] = field(default_factory=list)  # context.variant_suffixes
    breakdown_gap: re.Pattern[str] = re.compile("(?!)")  # context.breakdown_gap: 甲市3例（乙区…
    eligible: dict[str, tuple[tuple[int, ...], bool]] = field(default_factory=dict)  # memo of _eligible
    readings: dict[str, frozenset[str]] = field(default_factory=dict)  # memo of _readings
    # memo of _children_ending: parent -> last two characters -> its children whose names end so
    children_ending: dict[int, dict[str, tuple[int, ...]]] = field(default_factory=dict)
    # last two characters of every name -> the lengths of the names ending so, longest first:
    # most suffix hits end no name, the others are looked up only at lengths some name has
    name_lens: dict[str, tuple[int, ...]] = field(default_factory=dict)
    aliases: dict[str, int] = field(default_factory=dict)  # written forms the code list lacks -> county node


def build_index(gaz: Gazetteer, cfg: dict[str, Any], tuning: PlaceTuning) -> PlaceIndex:
    """The matching tables of ``gaz`` with the vocabulary ``cfg`` (places.toml)."""
    off = cfg["official"]
    town_sfx = tuple(off["town_suffixes"])
    comm_sfx = tuple(off["community_suffixes"])
    upper = [m.start() for m in re.finditer(rb"[\x00-\x02]", gaz.levels)]
    max_len: dict[str, int] = {}
    anchors: set[str] = set()
    for i in upper:
        n = gaz.names[i]
        max_len[n[-1]] = max(max_len.get(n[-1], 0), len(n))
        anchors.add(n)
        if i in gaz.shorts:
            anchors.add(gaz.shorts[i])
    for s in town_sfx + comm_sfx:
        max_len[s[-1]] = max(max_len.get(s[-1], 0), 16)
    chars = "".join(sorted(max_len))
    end_re = re.compile("[" + re.escape(chars) + "]")
    stop_short = set(cfg["short"]["stop"])
    shorts: set[str] = set()
    for i in upper:
        s = gaz.shorts.get(i)
        if s and len(s) >= 2 and s != gaz.names[i] and s not in stop_short:
            shorts.add(s)
    firsts = re.escape("".join(sorted({s[0] for s in shorts})))
    seconds = re.escape("".join(sorted({s[1] for s in shorts})))
    bad_contain = _alt_re(tuple(cfg["sub"].get("bad_contain", ())))
    aliases = _aliases(gaz, off)
    name_lens = _with_aliases(gaz.name_ends(), aliases)
    for a in aliases:
        max_len[a[-1]] = max(max_len.get(a[-1], 0), len(a))
    return PlaceIndex(
        gaz=gaz, cfg=cfg, sub_rules=_SubRules.read(cfg["sub"], bad_contain), elsewhere=_Elsewhere.read(cfg),
        tuning=tuning, bad_contain=bad_contain,
        end_re=end_re, max_len=max_len, town_suffixes=town_sfx, comm_suffixes=comm_sfx,
        stop=frozenset(off["stop_names"]), chain_only=frozenset(off["chain_only"]),
        shorts=frozenset(shorts), short_lens=_prefix_lengths(shorts),
        # one character consumed, not a lookahead: the scan skips to a possible first character in C
        short_start=re.compile(f"[{firsts}](?=[{seconds}])" if shorts else "(?!)"),
        short_follow=tuple(cfg["short"]["follow"]),
        short_follow_strict=tuple(cfg["short"]["follow_strict"]),
        short_suffixed=tuple(cfg["short"].get("suffixed", ())),
        short_suffixed_min=int(cfg["short"].get("suffixed_min", 3)),
        short_common=frozenset(cfg["short"]["common_words"]),
        short_left=frozenset(cfg["short"].get("left_words", ())),
        short_outlet=tuple(cfg["short"].get("outlet", ())),
        short_list=re.compile(cfg["short"].get("list_closer", "(?!)")),
        short_joins=tuple(cfg["short"].get("list_joins", "")), short_counted_join=re.compile(cfg["short"].get(
            "counted_join", "(?!)")),
        short_counted=re.compile(cfg["short"].get("counted_list", "(?!)")),
        jurisdiction_words=tuple(cfg["short"]["jurisdiction_words"]),
        clause_marks=str(cfg["short"]["clause_marks"]), clause_reach=int(cfg["short"]["clause_reach"]),
        glued_max=int(cfg["official"].get("glued_max", 0)), glued_clash=tuple(cfg["official"].get("glued_clash", ())),
        short_follow_not=tuple((w, tuple(n)) for w, n in cfg["short"].get("follow_not", {}).items()),
        anchors=frozenset(a for a in anchors if len(a) >= 2), sub_kinds=cfg["sub"]["kinds"],
        sub_res=[re.compile("|".join(re.escape(s) for s in sorted(k["suffixes"], key=len, reverse=True)))
                 for k in cfg["sub"]["kinds"]],
        variant_res=[re.compile(re.escape(sfx)) for sfx in cfg["context"]["variant_suffixes"]],
        breakdown_gap=re.compile(cfg["context"]["breakdown_gap"]), name_lens=name_lens, aliases=aliases,
    )


def _aliases(gaz: Gazetteer, off: dict[str, Any]) -> dict[str, int]:
    """Written forms of counties that are no name of the code list: an autonomous county's or
    banner's everyday form (short + 县/旗: 某和县 for 某和某族自治县, so that the longer form wins over a
    county 和县 inside it), a unit's form with its former unit word (``_former_forms``) and the units
    of ``official.aliases`` (a port zone -> its district)."""
    out: dict[str, int] = {}
    clash: set[str] = set()
    ends = tuple(off.get("autonomous_ends", ("县",)))
    for i, short in gaz.shorts.items():
        end = next((e for e in ends if gaz.names[i].endswith("自治" + e)), None)
        if gaz.levels[i] == 2 and end is not None and len(short) >= 2:
            form = short + end
            if form in gaz.by_name or form in out:
                clash.add(form)
            out[form] = i
    for form, i in _ethnic_forms(gaz, tuple(off.get("ethnic_ends", ()))).items():
        if form in gaz.by_name or (form in out and out[form] != i):
            clash.add(form)
        out[form] = i
    for form in clash:
        out.pop(form, None)
    # a former unit word yields to every present form, names and shorts (东乡县, the short of an
    # autonomous county, over a district that was a 县 until 2017) and to another unit's former form
    former = Counter(_former_forms(gaz, off.get("former_units", {})))
    forms = Counter(form for form, _ in former)
    out.update((form, i) for form, i in former if forms[form] == 1 and form not in gaz.by_name
               and form not in out and form not in clash and not gaz.short_ids(form))
    by_code = {code: i for i, code in gaz.adcodes.items() if gaz.levels[i] == 2}
    for form, code in off.get("aliases", {}).items():
        if code not in by_code or form in gaz.by_name:
            raise ValueError(f"places.toml official.aliases: {form} = {code} is no county code of the gazetteer"
                             " (or the form is already an official name)")
        out[form] = by_code[code]
    return out


def _former_forms(gaz: Gazetteer, former: dict[str, list[str]]) -> list[tuple[str, int]]:
    """A county-level unit's short with a unit word it had before (某南县 for 某南市 since its
    upgrade, 某康市 for 某康区): only for a name that is its short plus its unit word, so the form
    is the same name with the older word. Forms that are names of the list, or that two units
    would share, are dropped by the caller."""
    out: list[tuple[str, int]] = []
    for i, short in gaz.shorts.items():
        name = gaz.names[i]
        if gaz.levels[i] == 2 and len(short) >= 2 and name[:len(short)] == short:
            out.extend((form, i) for word in former.get(name[len(short):], ())
                       if not _reads_as_chain(gaz, form := short + word))
    return out


def _reads_as_chain(gaz: Gazetteer, form: str) -> bool:
    """Whether ``form`` ends in a county's name after the end of one of that county's provinces or
    cities (某西夏县 is 某西 + 夏县, 某阳市南县 is 某阳市 + 南县): such a form is no name of its own."""
    for j in range(1, len(form) - 1):
        head = form[:j]
        for i in gaz.ids(form[j:]):
            for a in (gaz.ancestor_at(i, 0), gaz.ancestor_at(i, 1)) if gaz.levels[i] == 2 else ():
                if a is not None and (gaz.names[a].endswith(head) or gaz.shorts.get(a, "").endswith(head)):
                    return True
    return False


def _ethnic_forms(gaz: Gazetteer, ends: tuple[str, ...]) -> dict[str, int]:
    """The everyday form of a county-level unit named for its peoples: the name without them
    (某河区 for 某河回族区, 某达瓦旗 for 某达瓦某某族自治旗), which the short name cannot give when
    the code list's short is a contraction (某旗). The peoples' names are read off the code list
    itself, from the units whose short is the start of their name (某河 + 回族 + 区)."""
    if not ends:
        return {}
    unit = "|".join(map(re.escape, ends))
    peoples: set[str] = set()
    for i, short in gaz.shorts.items():
        name = gaz.names[i]
        if gaz.levels[i] <= 2 and name.startswith(short) and "族" in name[len(short):]:
            peoples.update(re.findall(r"(.+?)族", name[len(short):]))
    if not peoples:
        return {}
    names = "|".join(sorted(map(re.escape, peoples), key=len, reverse=True))
    run = re.compile(f"(?:(?:{names})族)+(?:自治)?(?=(?:{unit})$)")
    out: dict[str, int] = {}
    for i in gaz.shorts:
        if gaz.levels[i] == 2 and (m := run.search(gaz.names[i])) is not None and m.start() >= 2:
            out[gaz.names[i][:m.start()] + gaz.names[i][m.end():]] = i
    return out


def _with_aliases(ends: dict[str, tuple[int, ...]], aliases: dict[str, int]) -> dict[str, tuple[int, ...]]:
    """The name-ends table with the alias lengths added (a copy: the gazetteer's is shared)."""
    if not aliases:
        return ends
    out = dict(ends)
    for a in aliases:
        out[a[-2:]] = tuple(sorted({*out.get(a[-2:], ()), len(a)}, reverse=True))
    return out


def _prefix_lengths(words: set[str]) -> dict[str, tuple[int, ...]]:
    """The first two characters of every word -> the lengths of those words, longest first."""
    lens: dict[str, set[int]] = {}
    for w in words:
        lens.setdefault(w[:2], set()).add(len(w))
    return {start: tuple(sorted(ls, reverse=True)) for start, ls in lens.items()}


def _compact(text: str) -> tuple[str, list[int]]:
    """Drop white space (hard wraps, 平 遥 县 spacing); return the text and the compact
    positions of the removals, so that compact offset j maps back with bisect."""
    if not _WS.search(text):
        return text, []
    cuts: list[int] = []
    pieces: list[str] = []
    pos = 0
    kept = 0
    for m in _WS.finditer(text):
        piece = text[pos:m.start()]
        pieces.append(piece)
        kept += len(piece)
        cuts.extend([kept] * (m.end() - m.start()))
        pos = m.end()
    pieces.append(text[pos:])
    return "".join(pieces), cuts


def _orig(cuts: list[int], j: int) -> int:
    return j + bisect.bisect_right(cuts, j) if cuts else j


def _span(cuts: list[int], cs: int, ce: int) -> tuple[int, int]:
    return _orig(cuts, cs), _orig(cuts, ce - 1) + 1


def _eligible(gaz: Gazetteer, ix: PlaceIndex, name: str) -> tuple[tuple[int, ...], bool]:
    """Ids a matched name may denote, and whether it is weak (needs chain/article).

    Memoised per index: it depends only on the name, and names repeat across articles.
    """
    got = ix.eligible.get(name)
    if got is None:
        got = remember(ix.eligible, name, _eligible_uncached(gaz, ix, name))
    return got


def _eligible_uncached(gaz: Gazetteer, ix: PlaceIndex, name: str) -> tuple[tuple[int, ...], bool]:
    if name in ix.stop:
        return (), False
    if name in ix.aliases:
        return (ix.aliases[name],), False
    ids = []
    weak = name in ix.chain_only
    min_core = ix.cfg["official"]["min_core"]
    # the suffix depends on the name and the level only (a village name has thousands of ids)
    town_sfx = next((s for s in ix.town_suffixes if name.endswith(s)), None)
    comm_sfx = next((s for s in ix.comm_suffixes if name.endswith(s)), None)
    for i in gaz.ids(name):
        lv = gaz.levels[i]
        if lv <= 2:
            ids.append(i)
            continue
        sfx = town_sfx if lv == 3 else comm_sfx
        if sfx is None:
            continue
        ids.append(i)
        if len(name) - len(sfx) < min_core:
            weak = True
    return tuple(ids), weak


@dataclass
class _Scan:
    """One text being scanned: the text, its whitespace-free form (``ctext``, with ``cuts`` to
    map back), where its sentences start, and which ``ctext`` characters a candidate took."""

    text: str
    ctext: str
    cuts: list[int]
    stops: list[int]  # sentence starts (chains and sentence context never cross them)
    taken: bytearray

    def candidate(self, s: int, e: int, form: str, ids: tuple[int, ...] = (), weak: bool = False,
                  strong_short: bool = False, kind: str | None = None) -> Candidate:
        a, b = _span(self.cuts, s, e)
        return Candidate(a, b, s, e, self.text[a:b], form, ids, weak, strong_short, kind=kind,
                         sentence=bisect.bisect_left(self.stops, s))

    def take(self, s: int, e: int, mark: bytes) -> None:
        self.taken[s:e] = mark * (e - s)


def recognise(text: str, places: PlaceIndex) -> list[Candidate]:
    """All place candidates in ``text`` (no disambiguation), sorted by position.

    Pure: the result depends only on the text, the gazetteer and places.toml.
    """
    gaz, ix = places.gaz, places
    ctext, cuts = _compact(text)
    scan = _Scan(text, ctext, cuts, [m.start() for m in _SENT_RE.finditer(ctext)], bytearray(len(ctext) + 1))
    # 1. official full names, longest first at each suffix character
    full = _claim_longest(_official_names(ctext, gaz, ix), scan)
    ends = {e for _, e, _ in full}
    cands = _full_candidates(scan, full, ends, gaz, ix)
    # 2. names below the official list (before short forms: 山西大学 is not 山西)
    subs = _subs(scan, [(c.cs, c.ce) for c in cands], ix)
    cands.extend(subs)
    for c in subs:
        scan.take(c.cs, c.ce, b"\x03")
    # 3. short forms of county-and-above names
    cands.extend(_after_a_county(_short_candidates(scan, ends, gaz, ix), cands, gaz, ix))
    # 4. unknown low-level names (possible variant spellings, 龙保社区 for 龙堡社区)
    cands.extend(_unknown_candidates(scan, ends, ix))
    cands.sort(key=lambda c: (c.cs, -c.ce))
    return cands


def _official_names(ctext: str, gaz: Gazetteer, ix: PlaceIndex) -> list[tuple[int, int, str]]:
    """(start, end, name) of the longest official name ending at each suffix character. A name
    that may denote nothing (a village's bare core, listed without 村: ``_eligible``) is no name:
    its characters stay free for a shorter one or a county's short (东城、西城区)."""
    cfg = ix.cfg["official"]
    bad_follow: dict[str, list[str]] = cfg["bad_following"]
    clash: dict[str, list[str]] = cfg.get("word_clash", {})
    n = len(ctext)
    by_name = gaz.by_name
    found: list[tuple[int, int, str]] = []
    max_len = ix.max_len
    name_lens = ix.name_lens
    aliases = ix.aliases
    for m in ix.end_re.finditer(ctext):
        e = m.end()
        ch = ctext[e - 1]
        nxt = ctext[e] if e < n else ""
        if nxt and nxt in bad_follow.get(ch, ()):
            continue
        lens = name_lens.get(ctext[e - 2:e])
        if lens is None:  # no name ends with these two characters
            continue
        top = min(max_len[ch], e)
        for L in lens:  # longest first, as a name ending here is looked for
            if top < L:
                continue
            s = ctext[e - L:e]
            if s in by_name and s not in ix.stop and not _eligible(gaz, ix, s)[0]:
                continue  # a bare village core (东城 with no 村): denotes nothing, claims nothing
            if s in by_name or s in aliases:
                if not ctext.startswith(tuple(clash.get(s, ())), e):
                    found.append((e - L, e, s))
                break
    return found


def _claim_longest(found: list[tuple[int, int, str]], scan: _Scan) -> list[tuple[int, int, str]]:
    """The names that keep their characters when longer names claim theirs first, by position."""
    found.sort(key=lambda t: (t[0] - t[1], t[0]))
    full: list[tuple[int, int, str]] = []
    for s, e, name in found:
        if not any(scan.taken[s:e]):
            scan.take(s, e, b"\x01")
            full.append((s, e, name))
    full.sort()
    return full


def _full_candidates(scan: _Scan, full: list[tuple[int, int, str]], ends: set[int], gaz: Gazetteer,
                     ix: PlaceIndex) -> list[Candidate]:
    """Candidates of the official names that may denote a place."""
    off = ix.cfg["official"]
    cands: list[Candidate] = []
    for s, e, name in full:
        ids, weak = _eligible(gaz, ix, name)
        if not ids or (len(name) <= ix.glued_max and s > 0 and s not in ends
                       and scan.ctext.startswith(ix.glued_clash, e)
                       and _glued(scan, s, off["left_ok"])):
            continue  # 规范县域: 规范 + 县域, no 范县
        if s > 0 and s not in ends and (min(map(gaz.levels.__getitem__, ids)) >= 3  # ids: thousands for 新村
                                         or name in off.get("glued_words", ())) and _glued(scan, s, off["left_ok"]):
            weak = True  # glued into a longer word (支援南坪头社区, 沿海城市): needs the article
        cands.append(scan.candidate(s, e, "full", ids, weak))
    return cands


def _glued(scan: _Scan, s: int, left_ok: str) -> bool:
    """Whether the name at compact ``s`` is glued to the CJK character before it (no white
    space between them in the text, none of ``left_ok``)."""
    prev = scan.ctext[s - 1]
    k = bisect.bisect_left(scan.cuts, s)
    spaced = k < len(scan.cuts) and scan.cuts[k] == s
    return not spaced and prev not in left_ok and _CJK.match(prev) is not None


def _short_candidates(scan: _Scan, ends: set[int], gaz: Gazetteer, ix: PlaceIndex) -> list[Candidate]:
    """Short forms of county-and-above names on characters no longer name took."""
    ctext, left_ok = scan.ctext, ix.cfg["official"]["left_ok"]
    cands: list[Candidate] = []
    for e1, short in _shorts_in(ix, ctext):
        e = e1 + 1
        s = e - len(short)
        if any(scan.taken[s:e]):
            continue
        # the context word must follow on the same line (a headline 离汉通道 over a line
        # starting 城市… is no 通道城), and a short that is itself a common word (通道,
        # 东方) needs a strict one (通道县, 东方境内)
        follow = ix.short_follow_strict if short in ix.short_common else ix.short_follow
        gap = scan.text[_orig(scan.cuts, e - 1) + 1:_orig(scan.cuts, e)]  # white space after the short
        suffixed = len(short) >= ix.short_suffixed_min and short.endswith(ix.short_suffixed)
        strong = (ctext.startswith(follow, e) or suffixed or _county_outlet(ix, short, e, ctext)
                  or (short not in ix.short_common and ix.short_list.match(ctext, e) is not None)) and "\n" not in gap \
                 and not _names_a_building(ctext, e, ix)
        if strong and s > 0 and s not in ends and _CJK.match(ctext[s - 1]) and ctext[s - 1] not in left_ok \
                and short in ix.short_common:
            strong = False  # glued into a longer word: 离汉通道
        if strong and ctext[max(s - 1, 0):s + 1] in ix.short_left:
            strong = False  # starts inside a word: 市民和群众 is 市民 + 和群众
        cands.append(scan.candidate(s, e, "short", short_readings(gaz, short), not strong, strong))
        scan.take(s, e, b"\x02")
    return cands


def short_readings(gaz: Gazetteer, short: str) -> tuple[int, ...]:
    """The places a bare short name may be: the gazetteer's, less a county that shares its short
    with the city it lies in (南昌 for 南昌市 and 南昌县, 长沙 for 长沙市 and 长沙县). Written bare,
    such a short names the city; its county is written in full, since the short alone would
    read as the city (南昌全市, 南昌突发疫情防控指挥部)."""
    ids = gaz.short_ids(short)
    if len(ids) < 2:
        return tuple(ids)
    return tuple(i for i in ids if gaz.levels[i] != 2 or gaz.ancestor_at(i, 1) not in ids)


def _after_a_county(shorts: list[Candidate], cands: list[Candidate], gaz: Gazetteer,
                    ix: PlaceIndex) -> list[Candidate]:
    """A common-word short written right after a county's full name (甲区延长全域静态管理) is
    the word that county's sentence goes on with, no chain: a county holds no county. Such a
    short needs the article to name its full form, as a glued one does."""
    county_ends = {c.ce for c in cands if c.form == "full" and c.ids and all(gaz.levels[i] == 2 for i in c.ids)}
    return [replace(c, weak=True, strong_short=False)
            if c.surface in ix.short_common and c.cs in county_ends else c for c in shorts]


def _county_outlet(ix: PlaceIndex, short: str, e: int, ctext: str) -> bool:
    """An outlet word after a county's short name (某山电子报): the county's own media."""
    return ctext.startswith(ix.short_outlet, e) and any(ix.gaz.levels[i] == 2 for i in short_readings(ix.gaz, short))


def _names_a_building(ctext: str, e: int, ix: PlaceIndex) -> bool:
    """紫金城6号楼 / 某某城小区: the context word after a short starts a compound's name."""
    for word, nexts in ix.short_follow_not:
        if ctext.startswith(word, e):
            after = ctext[e + len(word):e + len(word) + 2]
            return after[:1].isdigit() or after.startswith(nexts)
    return False


def _unknown_candidates(scan: _Scan, ends: set[int], ix: PlaceIndex) -> list[Candidate]:
    """Names with a low-level suffix the gazetteer does not list (checked later against variants)."""
    boundary = ix.cfg["sub"]["boundary"]
    cands: list[Candidate] = []
    for sfx_re in ix.variant_res:
        for m in sfx_re.finditer(scan.ctext):
            e = m.end()
            if any(scan.taken[m.start():e]):
                continue
            s = _scan_left(scan.ctext, m.start(), 6, ends, boundary)
            if m.start() - s < 2:
                continue
            cands.append(scan.candidate(s, e, "unknown"))
    return cands


def _shorts_in(ix: PlaceIndex, ctext: str) -> list[tuple[int, str]]:
    """Every occurrence of a short name, overlapping ones included, as (last index, name):
    by end position, longest first at the same end (the order of an Aho-Corasick scan)."""
    out: list[tuple[int, str]] = []
    words = ix.shorts
    for m in ix.short_start.finditer(ctext):
        i = m.start()
        for L in ix.short_lens.get(ctext[i:i + 2], ()):
            w = ctext[i:i + L]
            if len(w) == L and w in words:
                out.append((i + L - 1, w))
    out.sort(key=lambda t: (t[0], -len(t[1])))
    # a short inside a longer short from the same character (东乡 in 东乡县, the short of
    # another county) is not read on its own: the longest reading of a start wins
    longest: dict[int, int] = {}
    for end, w in out:
        start = end - len(w) + 1
        longest[start] = max(longest.get(start, 0), len(w))
    return [(end, w) for end, w in out if len(w) == longest[end - len(w) + 1]]


def _scan_left(ctext: str, s: int, max_len: int, ends: set[int], boundary: str) -> int:
    """Start of a name ending at ``s``: stop at a boundary char or an official name's end."""
    i = s
    lo = max(0, s - max_len)
    while i > lo and i not in ends and ctext[i - 1] not in boundary:
        i -= 1
    return i


def _alt_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation of literal words (never matches when empty)."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)")


class _SubRules(NamedTuple):
    """places.toml's [sub] rules for delimiting a name on its left (read once, with the index)."""

    boundary: str
    max_len: int
    trims: tuple[str, ...]  # longest first
    stop: set[str]
    # 网格员守好小区 is a headline fragment, not a compound: a name starts after the last
    # role noun (志愿者) and after any leading action verb (守好, 走进)
    bad_start: tuple[str, ...]
    bad_in: re.Pattern[str]

    @classmethod
    def read(cls, cfg: dict[str, Any], bad_in: re.Pattern[str]) -> _SubRules:
        return cls(cfg["boundary"], cfg["max_len"], tuple(sorted(cfg["trim_prefix"], key=len, reverse=True)),
                   set(cfg["stop"]), tuple(cfg.get("bad_start", ())), bad_in)


def _subs(scan: _Scan, full_spans: list[tuple[int, int]], ix: PlaceIndex) -> list[Candidate]:
    """Names below the official list (campuses, compounds, roads, offices), longest first."""
    rules = ix.sub_rules
    ctext = scan.ctext
    ends = {e: s for s, e in full_spans}
    end_set = set(ends)
    found: list[tuple[int, int, str]] = []
    for kind, sfx_re in zip(ix.sub_kinds, ix.sub_res, strict=True):
        for m in sfx_re.finditer(ctext):
            s, e = m.span()
            if any(scan.taken[s:e]) or not _sub_follows(kind, ctext[e] if e < len(ctext) else ""):
                continue
            if kind.get("chain"):
                if s in ends:
                    found.append((ends[s], e, kind["kind"]))
                continue
            start = _sub_start(ctext, s, e, kind, end_set, ix, rules)
            if start is not None:
                found.append((start, e, kind["kind"]))
    return _claim_subs(found, full_spans, scan)


def _sub_follows(kind: dict[str, Any], nxt: str) -> bool:
    """Whether the character after a suffix allows this kind of name."""
    if nxt and nxt in kind.get("not_followed_by", ()):
        return False
    fb = kind.get("followed_by")
    return not (fb and nxt and nxt not in fb)


def _sub_start(ctext: str, s: int, e: int, kind: dict[str, Any], end_set: set[int], ix: PlaceIndex,
               rules: _SubRules) -> int | None:
    """Where the name whose suffix is ``ctext[s:e]`` starts, or None when it is no name."""
    start = _scan_left(ctext, s, rules.max_len, end_set, rules.boundary)
    if s - start >= rules.max_len:
        return None  # no left edge found: not a name we can delimit
    core = _trim_prefixes(ctext[start:s], rules.trims)
    start = s - len(core)
    if kind.get("anchor"):
        p = next((k for k in range(len(core) - 1)
                  if any(core[k:k + L] in ix.anchors for L in (2, 3, 4))), None)
        if p is None:
            return None
        start += p
    start = _skip_bad_words(ctext, start, s, rules)
    core = ctext[start:s]
    if len(core) < 2 or core in rules.stop or ctext[start:e] in rules.stop:
        return None
    return start


def _trim_prefixes(core: str, trims: tuple[str, ...]) -> str:
    """``core`` without leading words such as 位于 or 居民 that are no part of a name (repeatedly)."""
    trimmed = core.startswith(trims)  # most cores start with no prefix to trim
    while trimmed:
        trimmed = False
        for t in trims:
            if core.startswith(t) and len(core) > len(t):
                core = core[len(t):]
                trimmed = True
                break
    return core


def _skip_bad_words(ctext: str, start: int, s: int, rules: _SubRules) -> int:
    """The start moved past role nouns and leading verbs:
    志愿者走进阳光小区 -> 阳光小区; 网格员守好小区 -> 小区 (a stop word)."""
    while True:
        inside = list(rules.bad_in.finditer(ctext, start, s))
        if inside:
            start = inside[-1].end()
            continue
        lead = next((w for w in rules.bad_start if ctext.startswith(w, start, s)), None)
        if lead is None:
            return start
        start += len(lead)


def _claim_subs(found: list[tuple[int, int, str]], full_spans: list[tuple[int, int]], scan: _Scan) -> list[Candidate]:
    """Candidates of the longest sub names that overlap neither each other nor another name."""
    found.sort(key=lambda t: (t[0] - t[1], t[0]))
    used = bytearray(len(scan.ctext) + 1)
    out: list[Candidate] = []
    full_end = dict(full_spans)  # the last official name starting there
    for s, e, kind in found:
        inner = full_end.get(s, s)  # an office contains its parent (南关镇环卫所)
        if any(used[inner:e]) or any(scan.taken[inner:e]):
            continue
        used[inner:e] = b"\x01" * (e - inner)
        out.append(scan.candidate(s, e, "sub", (), kind=kind))
    return out


# --------------------------------------------------------------------------- resolution


@dataclass
class _Res:
    node: int | None = None  # gazetteer id (official)
    rule: str = ""
    conf: float = 0.0
    place: Place | None = None  # for subs
    span: tuple[int, int] | None = None  # narrowed span (variants)


class _NodeSet:
    """Resolved nodes (with multiplicity) and their closure (ancestor -> level, as
    :func:`_closure` gives it), updated in O(depth) per change so that asking for the
    context of every candidate stays linear in the article's length."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.count: dict[int, int] = {}  # node -> candidates resolved to it
        self.closure: dict[int, int] = {}
        self._refs: dict[int, int] = {}  # ancestor -> distinct nodes below (or at) it

    def add(self, node: int) -> None:
        seen = self.count.get(node, 0)
        self.count[node] = seen + 1
        if seen:
            return
        for a in self.gaz.ancestors(node):
            refs = self._refs.get(a, 0)
            self._refs[a] = refs + 1
            if not refs:
                self.closure[a] = self.gaz.levels[a]

    def remove(self, node: int) -> None:
        left = self.count[node] - 1
        if left:
            self.count[node] = left
            return
        del self.count[node]
        for a in self.gaz.ancestors(node):
            refs = self._refs[a] - 1
            if refs:
                self._refs[a] = refs
            else:
                del self._refs[a], self.closure[a]


class _Article:
    def __init__(self, gaz: Gazetteer, cands: list[Candidate]) -> None:
        self.gaz = gaz
        self.cands = cands
        self.res: list[_Res | None] = [None] * len(cands)  # write through set_res only
        self.ids: list[tuple[int, ...]] = [c.ids for c in cands]
        self.chained: list[bool] = [False] * len(cands)
        self.all = _NodeSet(gaz)
        self.by_sentence: dict[int, _NodeSet] = {}
        self.version = 0  # bumped by every set_res

    def set_res(self, k: int, res: _Res) -> None:
        """Resolve candidate k (or re-resolve it), keeping the node sets in step."""
        old = self.res[k]
        sent = self.cands[k].sentence
        if old is not None and old.node is not None:
            self.all.remove(old.node)
            self.by_sentence[sent].remove(old.node)
        self.res[k] = res
        if res.node is not None:
            self.all.add(res.node)
            self.by_sentence.setdefault(sent, _NodeSet(self.gaz)).add(res.node)
        self.version += 1

    def nodes(self, sentence: int | None = None) -> set[int]:
        if sentence is None:
            return set(self.all.count)
        ns = self.by_sentence.get(sentence)
        return set(ns.count) if ns else set()

    def closure(self, sentence: int | None = None) -> dict[int, int]:
        """``_closure(gaz, self.nodes(sentence))``, kept up to date (do not modify)."""
        if sentence is None:
            return self.all.closure
        ns = self.by_sentence.get(sentence)
        return ns.closure if ns else {}


def _on_one_path(gaz: Gazetteer, ids: tuple[int, ...]) -> int | None:
    """The deepest id if all ids are one line of descent (上海市 province/prefecture)."""
    deepest = max(ids, key=lambda i: gaz.levels[i])
    anc = set(gaz.ancestors(deepest))
    return deepest if all(i in anc for i in ids) else None


def _closure(gaz: Gazetteer, nodes: set[int]) -> dict[int, int]:
    """Context: each node and its ancestors -> level (for the minimum-support rule)."""
    out: dict[int, int] = {}
    for n in nodes:
        for a in gaz.ancestors(n):
            out[a] = gaz.levels[a]
    return out


def _pick(gaz: Gazetteer, ids: tuple[int, ...], ctx: dict[int, int]) -> int | None:
    """The one id the context supports, preferring the most specific support.

    A supporting ancestor must be at most two levels above the candidate (a province alone
    does not locate a village) and at county level or below for communities.
    """
    if not ctx:
        return None
    best: list[tuple[int, int]] = []
    for i in ids:
        lv = gaz.levels[i]
        floor = max(0, lv - 2) if lv < 4 else 2
        depth = -1
        for a in gaz.ancestors(i):
            la = gaz.levels[a]
            if a in ctx and la >= floor:
                depth = la if a != i else 9
                break
        if depth >= 0:
            best.append((depth, i))
    if not best:
        return None
    top = max(d for d, _ in best)
    winners = tuple(i for d, i in best if d == top)
    if len(winners) == 1:
        return winners[0]
    return _on_one_path(gaz, winners)


def _chains(gaz: Gazetteer, art: _Article) -> None:
    """Adjacent official names narrow each other: 灵石县南关镇, 北营街道龙堡社区."""
    cands = art.cands
    for k in range(1, len(cands)):
        a, b = cands[k - 1], cands[k]
        if a.ce == b.cs and a.sentence == b.sentence:
            _narrow(gaz, art, k)


def _breakdowns(places: PlaceIndex, art: _Article, text: str) -> None:
    """A count broken down in brackets (甲市5例（乙区3例…）): the first place in the bracket
    lies in the place before it, which settles a county name shared by several cities
    (市中区, 城关镇) the way an adjacent chain does."""
    cands = art.cands
    for k in range(1, len(cands)):
        a, b = cands[k - 1], cands[k]
        if a.sentence == b.sentence and len(art.ids[k]) > 1 and places.breakdown_gap.fullmatch(text[a.end:b.start]):
            _narrow(places.gaz, art, k)


def _narrow(gaz: Gazetteer, art: _Article, k: int) -> None:
    """Keep the readings of candidates k-1 and k that make k lie inside k-1 (when any do)."""
    if not art.ids[k - 1] or not art.ids[k]:
        return
    A = set(art.ids[k - 1])
    B = tuple(i for i in art.ids[k] if any(x in A for x in gaz.ancestors(i)[1:]))
    if not B:
        if art.cands[k].weak and all(gaz.levels[i] <= 2 for i in art.ids[k]):
            # a county name that is also a common word (城区, 矿区), right after a place it does
            # not lie in (某市城区 where 某市 has no such district): the word, no county
            art.ids[k] = ()
        return
    anc = {x for i in B for x in gaz.ancestors(i)[1:]}
    art.ids[k] = B
    art.ids[k - 1] = tuple(i for i in art.ids[k - 1] if i in anc)
    art.chained[k] = art.chained[k - 1] = True


def _settle(gaz: Gazetteer, art: _Article, rule: str, ctx_of: Callable[[Candidate], dict[int, int]], conf: float,
            allow_weak: bool) -> bool:
    changed = False
    for k, c in enumerate(art.cands):
        if art.res[k] is not None or not art.ids[k] or c.form in ("sub", "unknown"):
            continue
        if c.weak and not allow_weak and not art.chained[k]:
            continue
        if c.form == "short" and c.weak and rule != "article":
            continue
        if c.form == "short" and c.weak:
            # a bare short form (确保小店防疫) only counts when the article names the full form
            named = art.all.count  # the article's resolved nodes
            hits = [i for i in art.ids[k] if i in named]
            node = hits[0] if len(hits) == 1 else None
        else:
            node = _pick(gaz, art.ids[k], ctx_of(c))
        if node is not None:
            art.set_res(k, _Res(node, rule, conf))
            changed = True
    return changed


def _unique(gaz: Gazetteer, art: _Article, t: PlaceTuning) -> None:
    for k, c in enumerate(art.cands):
        ids = art.ids[k]
        if c.form in ("sub", "unknown") or not ids:
            continue
        node = ids[0] if len(ids) == 1 else _on_one_path(gaz, ids)
        if node is None and c.form == "short" and c.strong_short:
            # 西安古城: a short shared by a prefecture and a county means the prefecture
            top = min(gaz.levels[i] for i in ids)
            best = [i for i in ids if gaz.levels[i] == top]
            node = best[0] if len(best) == 1 else None
        if node is None:
            continue
        lv = gaz.levels[node]
        if art.chained[k]:
            art.set_res(k, _Res(node, "chain", t.chain))
        elif c.weak:
            continue
        elif lv <= 2:
            art.set_res(k, _Res(node, "unique", t.unique_upper_full if c.form == "full" else t.unique_upper_short))
        elif lv == 3:
            art.set_res(k, _Res(node, "unique", t.unique_town))


def _readings(ch: str, memo: dict[str, frozenset[str]]) -> frozenset[str]:
    got = memo.get(ch)
    if got is None:
        _import_pypinyin()  # imported only when a variant spelling is in question
        from pypinyin import Style, pinyin

        got = memo[ch] = frozenset(pinyin(ch, heteronym=True, style=Style.NORMAL)[0])
    return got


def _import_pypinyin() -> None:
    """Import pypinyin, when nothing has yet, without its phrase dictionary.

    Its import parses 47,000 phrases from JSON (0.2-0.3 CPU s, and 200,000 lists that
    every later full garbage collection walks), and a single character never reads them:
    pypinyin looks a phrase up only for words of two characters or more (it holds none of
    one), so the readings of one character are the same with or without them
    (tests/test_places.py compares every character). The switch is pypinyin's own
    (PYPINYIN_NO_PHRASES, read once at its import); the environment is put back at once.
    """
    if "pypinyin" in sys.modules:
        return
    before = os.environ.get("PYPINYIN_NO_PHRASES")
    os.environ["PYPINYIN_NO_PHRASES"] = "1"
    try:
        import pypinyin  # noqa: F401
    finally:
        if before is None:
            del os.environ["PYPINYIN_NO_PHRASES"]
        else:
            os.environ["PYPINYIN_NO_PHRASES"] = before


def homophones(a: str, b: str, places: PlaceIndex) -> bool:
    """Variant spellings of a place name sound alike (龙保/龙堡 bao); 三河 is not 派河."""
    return not _readings(a, places.readings).isdisjoint(_readings(b, places.readings))


def _variants(places: PlaceIndex, art: _Article, text_of: str) -> None:
    """Unknown X社区 after/among confirmed parents: one character off an official child."""
    gaz, t = places.gaz, places.tuning
    known: tuple[int, list[int]] = (-1, [])  # (art.version, sorted nodes): re-sorted only after a change
    for k, c in enumerate(art.cands):
        # an official name elsewhere (龙保社区 exists in another county) that the context
        # does not confirm is also a variant candidate
        if not (c.form == "unknown" or (c.form == "full" and art.res[k] is None
                                        and min(map(gaz.levels.__getitem__, c.ids)) >= 3)):
            continue
        parents: list[tuple[int, str, float]] = []
        if k and (prev := art.res[k - 1]) and prev.node is not None and art.cands[k - 1].ce == c.cs:
            parents.append((prev.node, "variant-chain", t.variant_chain))
        if known[0] != art.version:
            known = (art.version, sorted(art.all.count))
        parents += [(n, "variant-article", t.variant_article) for n in known[1] if gaz.levels[n] in (2, 3)]
        surface = "".join(text_of[c.start:c.end].split())
        for p, rule, conf in parents:
            hits = []
            for ch in _children_ending(places, p, surface[-2:]):
                name = gaz.names[ch]
                L = len(name)
                if len(surface) >= L >= 3 and _one_off(surface[-L:], name, places):
                    hits.append((ch, L))
            if len(hits) == 1:
                ch, L = hits[0]
                art.set_res(k, _Res(ch, rule, conf, span=(c.cs + len(surface) - L, c.ce)))
                break


def _children_ending(places: PlaceIndex, parent: int, end: str) -> tuple[int, ...]:
    """The children of ``parent`` whose names end in ``end``: a variant keeps its last two
    characters (``_one_off``), so only those children can match, and a county has hundreds."""
    by_end = places.children_ending.get(parent)
    if by_end is None:
        gaz = places.gaz
        grouped: dict[str, list[int]] = {}
        for ch in gaz.children(parent):
            grouped.setdefault(gaz.names[ch][-2:], []).append(ch)
        by_end = remember(places.children_ending, parent, {k: tuple(v) for k, v in grouped.items()})
    return by_end.get(end, ())


def _one_off(written: str, name: str, places: PlaceIndex) -> bool:
    """``written`` is ``name`` with one character spelt by a homophone (龙保/龙堡), never one of
    its last two (the unit word and the character before it)."""
    L = len(name)
    if len(written) != L or written[L - 2 :] != name[L - 2 :]:
        return False
    diff = [j for j in range(L - 2) if written[j] != name[j]]
    return len(diff) == 1 and homophones(written[diff[0]], name[diff[0]], places)


def _variant_parents(places: PlaceIndex, art: _Article, text_of: str) -> None:
    """An unknown town (某水镇) written right before an official community or village whose own
    town's name it is with one character spelt by a homophone (洑/伏): the town is that
    community's parent and the community is the one under it (the chain names both)."""
    gaz, t = places.gaz, places.tuning
    for k in range(len(art.cands) - 1):
        c, nxt = art.cands[k], art.cands[k + 1]
        if c.form != "unknown" or nxt.form != "full" or nxt.cs != c.ce or art.res[k + 1] is not None:
            continue
        surface = "".join(text_of[c.start : c.end].split())
        hits = [i for i in nxt.ids if gaz.levels[i] == 4 and _one_off(surface, gaz.names[gaz.parent(i)], places)]
        if len(hits) == 1:
            art.set_res(k, _Res(gaz.parent(hits[0]), "variant-parent", t.variant_chain))
            art.set_res(k + 1, _Res(hits[0], "chain", t.chain))


def _shorts_of_named(gaz: Gazetteer, art: _Article, conf: float) -> None:
    """南关人民 beside 南关镇: a short form that is the core of a place the article names
    means that place, not another county with the same short name (长春市南关区)."""
    # the first full town/community name (in article order) for each prefix a short may have;
    # only shorts are re-resolved below, so this index stays valid throughout
    first: dict[str, int] = {}
    lengths = {len("".join(c.surface.split())) for c in art.cands if c.form == "short"}
    for j, o in enumerate(art.cands):
        r = art.res[j]
        if o.form == "full" and r and r.node is not None and gaz.levels[r.node] >= 3:
            name = gaz.names[r.node]
            for n in lengths:
                first.setdefault(name[:n], r.node)
    for k, c in enumerate(art.cands):
        if c.form != "short":
            continue
        node = first.get("".join(c.surface.split()))
        if node is not None:
            art.set_res(k, _Res(node, "article", conf))


def _repeated_shorts(places: PlaceIndex, art: _Article, text: str) -> None:
    """A bare short name an article keeps repeating (某化周边…进不了某化…某化的周围) is the
    one county it denotes: a word read that often is the story's place, not a chance match.
    Not when it heads a lower name (某高自然村, 某高村): that village is what repeats. The
    article's own region weighs on both sides: a county of a province the article's named places
    do not reach is a recurring word (某某河片区 in a story of another province), while one inside
    the province or prefecture the article names needs fewer repeats (repeat_min_backed)."""
    need = places.cfg["short"].get("repeat_min", 0)
    if not need:
        return
    gaz, lower = places.gaz, ("自然村", *places.town_suffixes, *places.comm_suffixes)
    bare = [k for k, c in enumerate(art.cands) if c.form == "short" and art.res[k] is None
            and len(art.ids[k]) == 1 and gaz.levels[art.ids[k][0]] == 2 and c.surface not in places.short_common
            and not text[c.end:].lstrip().startswith(lower)]
    left_ok = places.cfg["official"]["left_ok"]
    counts = Counter(art.cands[k].surface for k in bare if not _inside_word(text, art.cands[k], left_ok))
    region = _region_of(gaz, art)
    backed = places.cfg["short"].get("repeat_min_backed", need)
    for k in bare:
        node = art.ids[k][0]
        inside = {gaz.ancestor_at(node, 0), gaz.ancestor_at(node, 1)} & region.upper
        if region.provinces and gaz.ancestor_at(node, 0) not in region.provinces:
            continue
        if counts[art.cands[k].surface] >= (backed if inside else need):
            art.set_res(k, _Res(node, "repeated", places.tuning.short_repeated))


class _Region(NamedTuple):
    """Where an article's resolved county-and-above places lie: their provinces, and the
    provinces and prefectures it names as such (a bulletin of 某省, a notice of 某市)."""

    provinces: set[int | None]
    upper: set[int | None]


def _region_of(gaz: Gazetteer, art: _Article, but: frozenset[int] = frozenset()) -> _Region:
    """The region of the article's resolved places, those of candidates ``but`` left out."""
    nodes = {r.node for k, r in enumerate(art.res) if k not in but and r is not None and r.node is not None
             and gaz.levels[r.node] <= 2}
    return _Region({gaz.ancestor_at(n, 0) for n in nodes}, {n for n in nodes if gaz.levels[n] <= 1})


def _strays(places: PlaceIndex, art: _Article) -> None:
    """Readings no evidence of the article's own region backs, in a province none of its other
    counties, cities or provinces is in: a town taken only because its name is unique in the
    country (the town meant is one the code list lacks or names otherwise, a renamed 街道 of
    the article's county), a town or village the article's context placed there (a unique town
    of that province, since found stray, was all that context held), a short that is also a
    common word (某区延长全域管理: the verb), and any county's short taken only because its reading is
    unique (沿河地区 for the riverside areas, not a county of another province): a place word after it is what made
    it count, and an item about another province's places does not write that county so."""
    gaz = places.gaz
    doubtful = frozenset(k for k, r in enumerate(art.res) if r is not None and r.node is not None and (
        (r.rule == "unique" and gaz.levels[r.node] == 3)
        or (r.rule in ("sentence", "article") and gaz.levels[r.node] >= 3)
        or (art.cands[k].form == "short" and ("".join(art.cands[k].surface.split()) in places.short_common
                                              or (r.rule == "unique" and gaz.levels[r.node] == 2)))))
    region = _region_of(gaz, art, doubtful)
    if not doubtful or not region.provinces:
        return
    for k in doubtful:
        res = art.res[k]
        if res is not None and res.node is not None and gaz.ancestor_at(res.node, 0) not in region.provinces:
            art.set_res(k, _Res(None, "stray"))


def _inside_word(text: str, c: Candidate, left_ok: str) -> bool:
    """Glued to a CJK character on both sides (某农安置房: 安置 goes on): the short is the middle of a
    longer word, a recurring word no more names the county than a chance match does."""
    before, after = text[c.start - 1:c.start], text[c.end:c.end + 1]
    return bool(before and after and before not in left_ok and _CJK.match(before) and _CJK.match(after))


def _county(gaz: Gazetteer, node: int) -> int | None:
    return gaz.ancestor_at(node, 2)


def _primary(gaz: Gazetteer, nodes: list[int]) -> int | None:
    counts = Counter(c for n in nodes if (c := _county(gaz, n)) is not None)
    if not counts:
        return None
    top = max(counts.values())
    return next(c for n in nodes if (c := _county(gaz, n)) is not None and counts[c] == top)


def resolve(page: list[list[Candidate]], texts: list[str], places: PlaceIndex,
            region: str | None = None) -> list[list[PlaceMention]]:
    """Pick one node per candidate (or drop it) for all items of a page."""
    gaz, tune = places.gaz, places.tuning
    arts = [_Article(gaz, c) for c in page]
    region_nodes = _region_nodes(gaz, region)  # (read once: a region written as a path is parsed)
    _settle_page(places, arts, texts, region_nodes)
    page_primary = _primary(gaz, [r.node for a in arts for r in a.res if r and r.node is not None])
    return [_mentions(gaz, art, text, page_primary, region_nodes, tune.sub)
            for art, text in zip(arts, texts, strict=True)]


def _settle_page(places: PlaceIndex, arts: list[_Article], texts: list[str], region_nodes: list[int]) -> None:
    """Resolve the candidates of every article: chains and unique names first, then the
    sentence and article, then the page and the region as context; variants and short
    forms of named places last."""
    gaz, tune = places.gaz, places.tuning
    for art, text in zip(arts, texts, strict=True):
        _chains(gaz, art)
        _breakdowns(places, art, text)
        _unique(gaz, art, tune)
    for art, text in zip(arts, texts, strict=True):
        _settle_local(gaz, art, tune)
        while (_listed_siblings(places, art, text) or _listed_shorts(places, art, text)
               or _mutual(gaz, art, tune.mutual)):
            _settle_local(gaz, art, tune)
    page_nodes = set().union(*(a.nodes() for a in arts)) if arts else set()
    page_ctx = _closure(gaz, page_nodes)
    region_ctx = _closure(gaz, set(region_nodes))
    for art, text in zip(arts, texts, strict=True):
        for rule, ctx, conf in (("page", page_ctx, tune.page), ("region", region_ctx, tune.region)):
            while _settle(gaz, art, rule, _fixed(ctx), conf, False):
                _settle_local(gaz, art, tune)
        _settle_local(gaz, art, tune)
        _variant_parents(places, art, text)
        _variants(places, art, text)
        _shorts_of_named(gaz, art, tune.short_of_named)
        _repeated_shorts(places, art, text)
        _strays(places, art)


def _mutual(gaz: Gazetteer, art: _Article, conf: float) -> bool:
    """兴化 … 兴化除张郭镇: a bare short form with no context of its own and a full name of a
    place below one of its readings, both in the article, confirm each other (the short
    its reading, the full name its node under it), when that reading is the only one so
    supported."""
    below: dict[int, list[tuple[int, int]]] = {}  # ancestor -> (candidate, its id below it)
    for j, c in enumerate(art.cands):
        res = art.res[j]
        if c.form != "full" or not art.ids[j] or (res is not None and res.node is None):
            continue
        for i in art.ids[j] if res is None or res.node is None else (res.node,):
            if gaz.levels[i] > 3:
                continue  # village names repeat across the country: too weak to back a short
            for a in gaz.ancestors(i)[1:]:
                below.setdefault(a, []).append((j, i))
    changed = False
    for k, c in enumerate(art.cands):
        if art.res[k] is not None or c.form != "short" or not c.weak:
            continue
        backed = [s for s in art.ids[k] if s in below and gaz.levels[s] == 2]  # a county: a city's short adds no county
        if len(backed) != 1:
            continue
        art.set_res(k, _Res(backed[0], "mutual", conf))
        readings = Counter(j for j, _ in below[backed[0]])
        for j, i in below[backed[0]]:
            if art.res[j] is None and readings[j] == 1:
                art.set_res(j, _Res(i, "mutual", conf))
        changed = True
    return changed


def _listed_siblings(places: PlaceIndex, art: _Article, text: str) -> bool:
    """泉州石狮、惠安 / 勐海、景洪: a bare short form listed right beside a resolved county
    is the county of that list's prefecture, when exactly one of its readings is one."""
    gaz, changed, cands = places.gaz, False, art.cands
    for k, c in enumerate(cands):
        if art.res[k] is not None or c.form != "short" or not art.ids[k] or _jurisdiction(places, text, c):
            continue
        for j in (k - 1, k + 1):
            if not 0 <= j < len(cands) or (r := art.res[j]) is None or r.node is None or gaz.levels[r.node] != 2:
                continue
            o = cands[j]
            gap = text[min(c.end, o.end):max(c.start, o.start)]
            if gap.strip() not in places.short_joins and not places.short_counted_join.fullmatch(gap):
                continue
            parent = gaz.ancestor_at(r.node, 1)
            hits = [i for i in art.ids[k] if gaz.levels[i] == 2 and gaz.ancestor_at(i, 1) == parent]
            if len(hits) == 1:
                art.set_res(k, _Res(hits[0], "listed", places.tuning.listed_sibling))
                changed = True
                break
    return changed


def _listed_shorts(places: PlaceIndex, art: _Article, text: str) -> bool:
    """某坛、某阳 in an article that names their prefecture or another county of it: two bare short
    forms listed side by side, each the short of one county of that prefecture, are those counties
    (a chance word rarely sits in such a pair; a city's districts are often listed short after
    the city: 某市五区(甲南、甲北、乙沧))."""
    gaz, cands = places.gaz, art.cands
    prefs = {r.node if gaz.levels[r.node] == 1 else gaz.ancestor_at(r.node, 1)
             for r in art.res if r and r.node is not None and gaz.levels[r.node] in (1, 2)}
    if not prefs:
        return False

    def reading(k: int) -> int | None:
        hits = [i for i in art.ids[k] if gaz.levels[i] == 2 and gaz.ancestor_at(i, 1) in prefs]
        return hits[0] if len(hits) == 1 else None

    changed = False
    for k in range(len(cands) - 1):
        c, o = cands[k], cands[k + 1]
        if c.form != "short" or o.form != "short" or art.res[k] is not None or art.res[k + 1] is not None \
                or text[c.end:o.start].strip() not in places.short_joins or _jurisdiction(places, text, o):
            continue
        a, b = reading(k), reading(k + 1)
        if a is not None and b is not None and gaz.ancestor_at(a, 1) == gaz.ancestor_at(b, 1):
            art.set_res(k, _Res(a, "listed", places.tuning.listed_sibling))
            art.set_res(k + 1, _Res(b, "listed", places.tuning.listed_sibling))
            changed = True
    return changed


def _jurisdiction(places: PlaceIndex, text: str, c: Candidate) -> bool:
    """甲市辖乙、丙两区: a list counted by its kind, in a clause that says what a place governs,
    describes a jurisdiction (甲、乙五区今日启动… is news of the five)."""
    if not places.short_counted.match(text, c.end):
        return False
    reach = max(0, c.start - places.clause_reach)
    start = max(reach, max(text.rfind(p, reach, c.start) for p in places.clause_marks) + 1)
    return any(w in text[start : c.start] for w in places.jurisdiction_words)


def _fixed(ctx: dict[int, int]) -> Callable[[Candidate], dict[int, int]]:
    """The same context for every candidate (the page's, the region's)."""
    return lambda _c: ctx


def _settle_local(gaz: Gazetteer, art: _Article, tune: PlaceTuning) -> None:
    """The sentence, then the whole article, as context, until nothing changes."""
    while True:
        ch = _settle(gaz, art, "sentence", lambda c: art.closure(c.sentence), tune.sentence, True)
        ch |= _settle(gaz, art, "article", lambda c: art.closure(), tune.article, True)
        if not ch:
            return


def _mentions(gaz: Gazetteer, art: _Article, text: str, page_primary: int | None,
              region_nodes: list[int], sub_conf: float) -> list[PlaceMention]:
    """The resolved candidates of one article as place mentions, by position."""
    art_primary = _primary(gaz, [r.node for r in art.res if r and r.node is not None])
    final = _Final.of(gaz, art)
    heads = _county_heads(gaz, art)
    mentions: list[PlaceMention] = []
    for k, c in enumerate(art.cands):
        r = art.res[k]
        if c.form == "sub":
            parent, rule = _sub_parent(art, final, k, art_primary, page_primary, region_nodes)
            head = heads.get(c.surface[:2]) or heads.get(c.surface[:3])
            if head is not None and rule != "chain":
                parent, rule = head, "head"
            if parent is None:
                continue
            place = Place(c.surface.replace(" ", "").replace("\n", ""), "sub", None,
                          gaz.place(parent), official=False)
            mentions.append(PlaceMention(c.surface, c.start, c.end, place, sub_conf, f"sub-{c.kind}-{rule}"))
            continue
        if r is None or r.node is None:
            continue
        start, end = c.start, c.end
        if r.span:
            start = c.start + (len(c.surface.replace(" ", "")) - (r.span[1] - r.span[0]))
        mentions.append(PlaceMention(text[start:end], start, end, gaz.place(r.node), r.conf, r.rule))
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions


def _county_heads(gaz: Gazetteer, art: _Article) -> dict[str, int]:
    """The short names of the counties an article names -> those counties: a name below the list
    that starts with one (某平宏福苑小区 where 某平区 is named) lies in that county, whatever
    other place its sentence names (均住某平某苑小区 after a city's name)."""
    heads: dict[str, int] = {}
    for r in art.res:
        if r is not None and r.node is not None and gaz.levels[r.node] == 2:
            short = gaz.shorts.get(r.node)
            if short and len(short) >= 2:
                heads.setdefault(short, r.node)
    return heads


@dataclass
class _Final:
    """Indexes over an article's final resolutions, so that placing each named place below
    the official list is a few dict look-ups instead of a scan of all candidates."""

    ends: dict[int, int]  # compact end -> last resolved official candidate ending there
    starts: dict[int, list[tuple[int, int]]]  # compact start -> (end, index) of resolved officials
    deepest: dict[int, tuple[int, int]]  # sentence -> max (level, node) resolved in it

    @classmethod
    def of(cls, gaz: Gazetteer, art: _Article) -> _Final:
        ends: dict[int, int] = {}
        starts: dict[int, list[tuple[int, int]]] = {}
        deepest: dict[int, tuple[int, int]] = {}
        for j, (o, r) in enumerate(zip(art.cands, art.res, strict=True)):
            if not r or r.node is None:
                continue
            key = (gaz.levels[r.node], r.node)
            if o.sentence not in deepest or key > deepest[o.sentence]:
                deepest[o.sentence] = key
            if o.form != "sub":
                ends[o.ce] = j
                starts.setdefault(o.cs, []).append((o.ce, j))
        return cls(ends, starts, deepest)


def _sub_parent(art: _Article, final: _Final, k: int, art_primary: int | None,
                page_primary: int | None, region_nodes: list[int]) -> tuple[int | None, str]:
    c = art.cands[k]
    # inside (南关镇环卫所) beats right before; among either, the last candidate
    inside = [j for ce, j in final.starts.get(c.cs, ()) if ce < c.ce]
    chained = max(inside) if inside else final.ends.get(c.cs)
    if chained is not None and (res := art.res[chained]) is not None:  # _Final indexes resolved ones only
        return res.node, "chain"
    if c.kind != "campus":
        same = final.deepest.get(c.sentence)
        if same is not None:
            return same[1], "sentence"
    if art_primary is not None:
        return art_primary, "article"
    if page_primary is not None:
        return page_primary, "page"
    if region_nodes:
        return region_nodes[0], "region"
    return None, ""


def _region_nodes(gaz: Gazetteer, region: str | None) -> list[int]:
    """Gazetteer nodes for the manifest's region hint (full name, else short name)."""
    if not region:
        return []
    region = region.strip()
    ids = [i for i in gaz.ids(region) if gaz.levels[i] <= 2] or list(short_readings(gaz, region))
    if not ids:
        ids = _region_path(gaz, region)
    if len(ids) > 1:
        one = _on_one_path(gaz, tuple(ids))
        ids = [one] if one is not None else ids
    return ids


_REGION_LIST = re.compile("[、，,;；/]")


def _region_path(gaz: Gazetteer, region: str) -> list[int]:
    """A region written as a path of names (某省某市某县, maybe listing more places: 某省甲市、乙市):
    the deepest area each part names, read down the path (a name under the one before it; a later
    part under the first part's top). Unknown words are stepped over (a prefecture's short form)."""
    top: int | None = None
    out: list[int] = []
    for part in _REGION_LIST.split(region):
        node, i = top, 0
        while i < len(part):
            far = min(len(part), i + gaz.longest_area())  # no name is longer: linear in the region
            found = next(((j, under) for j in range(far, i + 1, -1)
                          if gaz.is_area(part[i:j]) and (under := _under(gaz, part[i:j], node)) is not None), None)
            if found is None:
                i += 1
                continue
            j, node = found
            top = top if top is not None else node
            i = j
        if node is not None and (node != top or not out):  # (a later part naming nothing adds nothing)
            out.append(node)
    return out


def _under(gaz: Gazetteer, name: str, above: int | None) -> int | None:
    """The one area (province to county) called ``name`` under ``above`` (anywhere when None)."""
    ids = [i for i in gaz.ids(name) if gaz.levels[i] <= 2 and (above is None or above in gaz.ancestors(i))]
    ids = [i for i in ids if i != above]
    return ids[0] if len(ids) == 1 else None


def resolve_page(texts: list[str], places: PlaceIndex, region: str | None = None) -> list[list[PlaceMention]]:
    """Place mentions for each item text of one page (in page order), offsets into each text."""
    return resolve([recognise(t, places) for t in texts], texts, places, region)


# the code list's pseudo-nodes at county level (places.toml official.pseudo_counties)
PSEUDO_COUNTIES = frozenset(vocabulary.load("places")["official"]["pseudo_counties"])
# cities without counties (places.toml official.own_county_cities): their own county-level unit
OWN_COUNTY_CITIES = frozenset(vocabulary.load("places")["official"]["own_county_cities"])
# statistical zones at county level (places.toml official.zone_code): no county of GB/T 2260
ZONE_CODE = re.compile(vocabulary.load("places")["official"].get("zone_code", "(?!)"))


def named_county(county: Place | None) -> Place | None:
    """``county`` unless it is a pseudo-node of the code list (市直辖行政区划, 市辖区) or a
    statistical zone (经济技术开发区), which names no county; the pseudo-node of a city without
    counties (东莞, 儋州) stands for the city, which is its own county-level unit."""
    if county is None or (county.adcode and ZONE_CODE.match(county.adcode)):
        return None
    if county.name in PSEUDO_COUNTIES:
        return county.parent if _own_county(county.parent) else None
    return county


def _own_county(p: Place | None) -> bool:
    return p is not None and p.level == "prefecture" and p.adcode in OWN_COUNTY_CITIES


def county_of(p: Place | None) -> Place | None:
    """The county-level place of p, if it names a county (a city without counties names itself)."""
    if p is None:
        return None
    county = p.ancestor("county")
    if county is None:
        city = p.ancestor("prefecture")
        return city if _own_county(city) else None
    return named_county(county)


class Frame(NamedTuple):
    """One row of ``[[elsewhere.frames]]``: a frame that gives the places inside its group
    "origin" a role other than what the item is about (where an index case was, the outbreak a
    measure answers)."""

    role: str  # what the frame makes of the place, for the reader of places.toml
    pattern: re.Pattern[str]
    guarded: bool  # dropped only while the item keeps a county of its own
    events: bool  # the place gives no event its county either


class _Elsewhere(NamedTuple):
    """places.toml's [elsewhere]: a list of where travellers came from, compiled once."""

    triggers: re.Pattern[str]
    closers: re.Pattern[str]
    max_span: int
    sentence_end: frozenset[str]
    journey: re.Pattern[str]  # a trip's origin (自某市某区驾车回到本县): group "origin"
    registered: re.Pattern[str]  # a person's household registration (户籍某城市): group "origin"
    background: tuple[re.Pattern[str], ...]  # a neighbour, a case's origin, an outbreak elsewhere: group "origin"
    returnee: re.Pattern[str]  # people back from somewhere, read right after the run of places they came from
    frames: tuple[Frame, ...]  # frames by role ([[elsewhere.frames]])

    @classmethod
    def read(cls, cfg: dict[str, Any]) -> _Elsewhere | None:
        rule = cfg.get("elsewhere")
        if not rule:
            return None
        frames = tuple(Frame(f["role"], re.compile(f["pattern"]), f["guarded"], f["events"])
                       for f in rule.get("frames", ()))
        return cls(_alt_re(tuple(rule["triggers"])), _alt_re(tuple(rule["closers"])), int(rule["max_span"]),
                   frozenset(rule["sentence_end"]), re.compile(rule.get("journey", "(?!)")),
                   re.compile(rule.get("registered", "(?!)")),
                   tuple(re.compile(p) for p in rule.get("background", ())), re.compile(rule.get("returnee", "(?!)")),
                   frames)


def about(text: str, mentions: list[PlaceMention], places: PlaceIndex) -> list[PlaceMention]:
    """The mentions an article is about: those in a list of where travellers came from
    (``凡去过甲区、乙县等中高风险地区的人员``, see ``[elsewhere]`` in places.toml) or in a frame
    that gives them another role (a neighbour, where a case came from) left out."""
    rule = places.elsewhere
    return mentions if rule is None else _in_own_role(text, mentions, rule, for_events=False)


def for_events(text: str, mentions: list[PlaceMention], places: PlaceIndex) -> list[PlaceMention]:
    """The mentions an event may take its county from: ``about`` with only the roles that say
    nothing happens at the place (a traveller's origin or trip, the index case a new case was a
    contact of, the outbreak a measure answers: ``events = true``). A neighbour or an outbreak an
    opening names elsewhere stays, since a measure or a case may be told of it."""
    rule = places.elsewhere
    return mentions if rule is None else _in_own_role(text, mentions, rule, for_events=True)


def _in_own_role(text: str, mentions: list[PlaceMention], rule: _Elsewhere, for_events: bool) -> list[PlaceMention]:
    """The mentions outside every frame of another role: first those of the unguarded frames
    (a list of travellers' risk areas, a journey's origin, a household registration), then the
    guarded ones, as long as a county of the item's own is left: background is only background
    beside something the item is about."""
    events = True if for_events else None
    first = _outside(mentions, _unguarded_spans(text, rule) + _frame_spans(text, rule.frames, False, events))
    spans = _frame_spans(text, rule.frames, True, events) + _origins(text, first, rule.returnee)
    if not for_events:
        spans += [m.span("origin") for p in rule.background for m in p.finditer(text)]
    kept = _with_own_county(_outside(first, spans))
    return kept if any(county_of(x.place) is not None for x in kept) else first


def _unguarded_spans(text: str, rule: _Elsewhere) -> list[tuple[int, int]]:
    """The places of a list of where travellers came from, a journey's origin and a household
    registration: never the item's own, whatever else it names."""
    spans: list[tuple[int, int]] = []
    for m in rule.triggers.finditer(text):
        c = rule.closers.search(text, m.end(), m.end() + rule.max_span)
        if c is not None and rule.sentence_end.isdisjoint(text[m.end():c.start()]):
            spans.append((m.end(), c.start()))
    spans += [m.span("origin") for m in rule.journey.finditer(text)]
    return spans + [m.span("origin") for m in rule.registered.finditer(text)]


def _frame_spans(text: str, frames: tuple[Frame, ...], guarded: bool | None = None,
                events: bool | None = None) -> list[tuple[int, int]]:
    """The spans the frames give a role other than the item's own, of the frames that are
    guarded (or not) and hide their places from events (or not); None: either way."""
    return [m.span("origin") for f in frames
            if (guarded is None or f.guarded == guarded) and (events is None or f.events == events)
            for m in f.pattern.finditer(text)]


def _outside(mentions: list[PlaceMention], spans: list[tuple[int, int]]) -> list[PlaceMention]:
    """The mentions lying inside none of ``spans`` (spans sorted by start with the furthest end
    reached so far: one search per mention, not every span, on a page of thousands of both)."""
    if not spans:
        return mentions
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach, far = [], -1
    for _, b in ordered:
        far = max(far, b)
        reach.append(far)
    out = []
    for x in mentions:
        k = bisect.bisect_right(starts, x.start)  # spans starting at or before the mention
        if k == 0 or reach[k - 1] < x.end:
            out.append(x)
    return out


def _with_own_county(kept: list[PlaceMention]) -> list[PlaceMention]:
    """``kept`` less the places below the list that took their county from their sentence
    (``sub-*-sentence``) when no kept official mention names that county: the place they
    took it from was background (家住某小区从某市某区返某人员), so their county is unknown."""
    own = {c.key for x in kept if x.place.level != "sub" and (c := county_of(x.place)) is not None}
    return [x for x in kept if not (x.rule.startswith("sub-") and x.rule.endswith("-sentence"))
            or (c := county_of(x.place)) is None or c.key in own]


def _origins(text: str, mentions: list[PlaceMention], returnee: re.Pattern[str]) -> list[tuple[int, int]]:
    """The runs of places right before a word for people who came back (某市某区返乡人员): where
    they came from. A run is mentions that follow one another with nothing between them, so a
    place a few words earlier (某县排查返乡人员) is never taken for the origin."""
    run_end = _run_ends(mentions)
    spans = [(m.start, run_end.get(m.end, m.end)) for m in mentions]
    return [(a, b) for a, b in spans if returnee.match(text, b)]


def _run_ends(mentions: list[PlaceMention]) -> dict[int, int]:
    """For each mention's start, where the run of mentions following one another from it ends,
    each offset worked out once (a long unbroken list stays linear)."""
    next_end = {m.start: m.end for m in mentions}
    out: dict[int, int] = {}
    for start in sorted(next_end, reverse=True):  # a run goes forward: its later part is known first
        end = next_end[start]
        out[start] = out.get(end, end) if end > start else start
    return out


def primary_county(mentions: list[PlaceMention]) -> Place | None:
    """The county most mentions roll up to (ties: the first mentioned in the text).

    The one rule for an article's county and for the county its events fall back to, so
    the two never disagree: every mention counts once, whatever its level.
    """
    counts: dict[str, tuple[int, int, Place]] = {}
    for i, m in enumerate(sorted(mentions, key=lambda m: (m.start, -m.end))):
        c = county_of(m.place)
        if c is not None:
            n, first, _ = counts.get(c.key, (0, i, c))
            counts[c.key] = (n + 1, first, c)
    if not counts:
        return None
    return max(counts.values(), key=lambda t: (t[0], -t[1]))[2]
