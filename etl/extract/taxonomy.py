"""Load the event taxonomy (etl/data/taxonomy.toml) and compile it once.

The vocabulary is data so that it can be tuned on new papers without touching the
extractor; this module turns it into one trigger regex (a single left-to-right scan per
sentence) plus the cue lists and quantity patterns the extractor consults.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from etl.extract.firsts import first_chars, guarded, word_alternation
from etl.extract.tuning import EventTuning
from etl.extract.vocabulary import VocabularyError


@dataclass(frozen=True)
class Trigger:
    """One row of the taxonomy: what a matched word means."""

    type: str
    kind: str | None
    confidence: float
    needs_support: bool = False
    needs_open: bool = False
    needs_count: bool = False  # only with a case count in the clause (发现9例阳性)
    needs_level: bool = False  # only with a response level read (二级应急响应)
    needs_area: bool = False  # only with a whole-area word before it in the clause (全县实行从严管理)
    needs_told: bool = False  # only once a measure of its type was read earlier (第二轮将于10日开展)
    pattern: str = ""  # the literal or regex, for Event.rule
    # before this day the trigger is a lockdown only with stay-home wording beside it (高风险区
    # before the 9th edition of the protocol: a travel-risk label, not a stay-home order)
    stay_home_from: date | None = None

    @property
    def imposes_lockdown(self) -> bool:
        """A lockdown word that imposes one, not its lifting: what most lockdown readings ask."""
        return self.type == "lockdown" and self.kind != "lifted"


@dataclass(frozen=True)
class Taxonomy:
    triggers_re: re.Pattern[str]
    literal: dict[str, Trigger]  # literal word -> trigger
    regex: dict[str, Trigger]  # regex group name -> trigger
    cues: dict[str, Any]
    deixis: dict[str, str]
    deixis_re: re.Pattern[str]
    exclusions_re: re.Pattern[str]
    scope_levels: dict[str, str]
    scope_suffix: tuple[tuple[str, str], ...]  # (suffix, scope), longest first
    quantity: dict[str, re.Pattern[str]]
    dateline_re: re.Pattern[str]
    cue_re: dict[str, re.Pattern[str]]  # list cue -> alternation: "any word of it occurs" as one C scan
    cue_words: dict[str, tuple[str, ...]]  # list cue -> its words as a tuple, for one str.startswith/endswith
    reference_after: tuple[str, ...]
    noun_after: tuple[str, ...] = ()  # 封控小区: the lockdown word names an area, not a measure
    partial_after: tuple[str, ...] = ()  # 部分区域: the measure covers part of the place
    slogan_re: re.Pattern[str] = re.compile("(?!)")  # 封控不封爱: a slogan, not a measure
    residence_re: re.Pattern[str] = re.compile("(?!)")  # 现住/系…: ties a case to a place
    home_tail_re: re.Pattern[str] = re.compile("(?!)")  # 甲区某小区居民，: a case living in the county before it
    day_of_re: re.Pattern[str] = re.compile("(?!)")  # 静默管理的第三天: the day counted from the start
    excepted_re: re.Pattern[str] = re.compile("(?!)")  # 除甲县外 / 乙县除外: places a measure leaves out
    excepted_needs_re: re.Pattern[str] = re.compile("")  # a word every exception holds: a gate before excepted_re
    excepted_additive_re: re.Pattern[str] = re.compile("(?!)")  # 除甲县外，乙县也…: besides, not except
    notice_period_re: re.Pattern[str] = re.compile("(?!)")  # 本通告执行时间…: the period of the measure told
    cited_title_re: re.Pattern[str] = re.compile("(?!)")  # 按《…静默管理的通告》执行: a document cited
    extension_gap_re: re.Pattern[str] = re.compile("")  # 静默管理时间，整体延长至…: words before the extension
    count_window_re: re.Pattern[str] = re.compile("(?!)")  # 24日0至24时: a day's count window
    testing_begun_re: re.Pattern[str] = re.compile("(?!)")  # 启动核酸检测: a round told begun
    zone_gap_re: re.Pattern[str] = re.compile("(?!)")  # 甲区、高新区、乙区: an unknown zone inside a list of places
    count_gap_re: re.Pattern[str] = re.compile("(?!)")  # 甲社区2万人、乙村…: places listed each with its count
    count_then_bracket_re: re.Pattern[str] = re.compile("(?!)")  # 确诊病例1例（…）: a count closed by a bracket
    name_suffix: str = ""  # 秀山 + 县: suffixes a short place match may leave after it
    reach: dict[str, int] = field(default_factory=dict)  # [reach]: characters a rule reads (criterion_tail, claim, …)
    days: dict[str, int] = field(default_factory=dict)  # [days]: days between events a rule joins (closure, …)
    notice_item_re: re.Pattern[str] = re.compile("(?!)")  # 二、 / (三) / 4.: a numbered item of a notice
    types: dict[str, frozenset[str]] = field(default_factory=dict)  # [types]: shared mechanism -> the types it serves
    strength: dict[str, tuple[str, ...]] = field(default_factory=dict)  # [strength]: type -> its kinds, strongest first

    def serves(self, mechanism: str, event_type: str) -> bool:
        """Whether a shared mechanism of the extractor applies to an event type: per-type
        differences are data ([types] of taxonomy.toml, each with its reason), not code."""
        return event_type in self.types.get(mechanism, ())

    def trigger_of(self, m: re.Match[str]) -> Trigger:
        """The taxonomy row behind a match of ``triggers_re``."""
        g = m.lastgroup
        if g and g in self.regex:
            return self.regex[g]
        return self.literal[m.group(0)]


def compile_taxonomy(data: dict[str, Any], tuning: EventTuning) -> Taxonomy:
    """Compile taxonomy.toml (``data``, checked against its schema): once per extraction context."""
    literal: dict[str, Trigger] = {}
    regex: dict[str, Trigger] = {}
    alts: list[str] = []
    row_srcs: list[str] = []
    for i, row in enumerate(data["trigger"]):
        base = dict(type=row["type"], kind=row.get("kind"),
                    confidence=float(row.get("confidence", tuning.trigger_default)),
                    needs_support=bool(row.get("needs_support", False)), needs_open=bool(row.get("needs_open", False)),
                    needs_count=bool(row.get("needs_count", False)), needs_area=bool(row.get("needs_area", False)),
                    needs_level=bool(row.get("needs_level", False)), needs_told=bool(row.get("needs_told", False)),
                    stay_home_from=_iso_day(row.get("stay_home_from")))
        if "regex" in row:
            name = f"r{i}"
            # inner named groups get unique names so several regex rows can coexist
            src = re.sub(r"\(\?P<(\w+)>", rf"(?P<{name}_\1>", row["regex"])
            regex[name] = Trigger(pattern=row.get("name", row["regex"]), **base)
            alts.append(f"(?P<{name}>{guarded(src)})")  # each row turns a position away by one set test too
            row_srcs.append(src)
        for t in row.get("terms", []):
            literal.setdefault(t, Trigger(pattern=t, **base))
    _check_type_names(data)
    # regex rows first: they start with a longer context (解除…静态管理) than the literals
    lit = f"(?P<lit>{guarded(word_alternation(list(literal)))})"
    cues = data["cues"]
    suffix = tuple(sorted(((s, scope) for scope, words in data["scope"]["suffix"].items() for s in words),
                          key=lambda p: len(p[0]), reverse=True))
    return Taxonomy(
        # one set test turns most positions away
        triggers_re=re.compile(guarded(_rows_then_words(alts, row_srcs, lit))),
        literal=literal,
        regex=regex,
        cues=cues,
        deixis=dict(data["deixis"]),
        deixis_re=re.compile(word_alternation(list(data["deixis"]))),
        exclusions_re=re.compile(word_alternation(cues["exclusions"])),
        scope_levels=dict(data["scope"]["levels"]),
        scope_suffix=suffix,
        quantity={k: re.compile(v) for k, v in data["quantity"].items()},
        dateline_re=re.compile(data["text"]["dateline"]),
        cue_re={k: re.compile(word_alternation(v) if v else "(?!)") for k, v in cues.items() if isinstance(v, list)},
        cue_words={k: tuple(v) for k, v in cues.items() if isinstance(v, list)},
        reference_after=tuple(cues["reference_after"]),
        noun_after=tuple(cues.get("noun_after", ())),
        partial_after=tuple(sorted(cues.get("partial_after", ()), key=len, reverse=True)),
        slogan_re=re.compile("|".join(data["text"].get("slogans", [])) or "(?!)"),
        residence_re=re.compile(word_alternation(cues.get("place_tie", ())) or "(?!)"),
        day_of_re=re.compile(data["text"].get("day_of", "(?!)")),
        excepted_re=re.compile(data["text"].get("excepted", "(?!)")),
        excepted_needs_re=re.compile(data["text"].get("excepted_needs", "")),
        excepted_additive_re=re.compile(data["text"].get("excepted_additive", "(?!)")),
        notice_period_re=re.compile(data["text"].get("notice_period", "(?!)")),
        cited_title_re=re.compile(data["text"].get("cited_title", "(?!)")),
        extension_gap_re=re.compile(data["text"].get("extension_gap", "")),
        count_window_re=re.compile(data["text"].get("count_window", "(?!)")),
        **_gaps_and_reaches(data),
        types={k: frozenset(v) for k, v in data.get("types", {}).items()},
        strength={k: tuple(v) for k, v in data.get("strength", {}).items()},
    )


def _gaps_and_reaches(data: dict[str, Any]) -> dict[str, Any]:
    """The list gaps, the count bracket, the notice item, the round begun and a case's home tail of [text], [scope]
    name_suffix and the [reach] and [days] limits, compiled once with the taxonomy (the Taxonomy
    fields of the same names)."""
    text = data["text"]
    return dict(zone_gap_re=re.compile(text["zone_gap"]), count_gap_re=re.compile(text["count_gap"]),
                testing_begun_re=re.compile(text.get("testing_begun", "(?!)")),
                count_then_bracket_re=re.compile(text["count_then_bracket"]),
                notice_item_re=re.compile(text.get("notice_item", "(?!)")),
                home_tail_re=re.compile(text.get("case_home_tail", "(?!)")),
                name_suffix=data["scope"]["name_suffix"], reach=dict(data["reach"]), days=dict(data["days"]))


def _rows_then_words(alts: list[str], row_srcs: list[str], lit: str) -> str:
    """The regex rows (in order), then the literal words, as one alternation. Where no row can
    begin (most characters a literal word begins with), one set test skips all the rows'
    own tests: ``(?=[row firsts])(?:rows)|words`` matches as ``rows|words`` does."""
    firsts: set[tuple[int, int]] = set()
    for src in row_srcs:
        got = first_chars(src)
        if got is None:  # a row that may begin anywhere: no shortcut
            return "|".join([*alts, lit])
        firsts.update(got)
    if not alts or not firsts:
        return "|".join([*alts, lit])
    cls = "".join(re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in sorted(firsts))
    return f"(?=[{cls}])(?:{'|'.join(alts)})|{lit}"


def _iso_day(value: str | None) -> date | None:
    """A trigger row's day (stay_home_from = "2022-06-28"); a malformed one is a data error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise VocabularyError(f"taxonomy.toml: stay_home_from {value!r} is no YYYY-MM-DD day") from None


def _check_type_names(data: dict[str, Any]) -> None:
    """A misspelt event type in [types] or [strength] would silently switch a mechanism off for
    that type: every name there must be the type of some trigger row."""
    known = {row["type"] for row in data["trigger"]}
    named = [(f"types.{k}", t) for k, v in data.get("types", {}).items() for t in v]
    named += [("strength", t) for t in data.get("strength", {})]
    for where, t in named:
        if t not in known:
            raise VocabularyError(f"taxonomy.toml: {where} names {t!r}, no trigger's type"
                                  f" (known: {', '.join(sorted(known))})")


def group(m: re.Match[str], name: str) -> str | None:
    """A named inner group of whichever regex row matched (names are prefixed per row)."""
    g = m.lastgroup
    if not g or g == "lit":
        return None
    try:
        return m.group(f"{g}_{name}")
    except IndexError:
        return None
