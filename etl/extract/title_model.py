"""A learned chooser of a single web story's headline (issue 12: a learned classifier, not one
more hand rule).

The candidates are the short lines at the top of the page, the pieces of a line that glues a
title to a site's name (标题_某某网), and the title the layout rules chose. Each candidate is
described by layout and text features (position, length, end marks, word pairs shared with the
text under it, a date-and-source line under it, breadcrumb, site-name and notice-title shapes,
repeats, the rules' decision); a logistic regression fitted by ``scripts/train_title_model.py``
scores them, and the best one is the headline when it scores at least the model's threshold
(else the story has none). The weights and the patterns are data (``etl/data/title_model.toml``)
and the scoring is plain Python: no learning library at run time.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from etl.extract.normalise import word_pairs


@dataclass(frozen=True)
class Candidate:
    """A line (or a piece of one) that may be a web story's headline."""

    text: str  # as printed (raw), what the headline would be
    sq: str  # simplified, spaces squashed: what the features read
    line: int  # index of its physical line among the page's non-empty lines
    rank: int  # position among the top lines (0 = first)
    piece: bool = False  # a piece of a line split at a separator (_ | ｜ -)
    rule: bool = False  # the layout rules' own headline
    joined: bool = False  # two lines read as one title wrapped over them
    stripped: bool = False  # a line without its label or kicker (原标题：…, （专题名）…)
    original: bool = False  # named by a ``原标题：`` note anywhere on the page
    head_of_run: bool = False  # the start of a long first line, up to its first space


@dataclass(frozen=True)
class TitlePatterns:
    """The shapes the features test (``title_model.toml`` ``[patterns]``)."""

    header: re.Pattern[str]
    crumb: re.Pattern[str]
    site: re.Pattern[str]
    notice: re.Pattern[str]
    nav: re.Pattern[str]
    byline: re.Pattern[str]
    separator: re.Pattern[str]
    date: re.Pattern[str]
    label: re.Pattern[str]
    issuer: re.Pattern[str]
    caption: re.Pattern[str]
    numbered: re.Pattern[str]
    original: re.Pattern[str]
    top_lines: int
    max_len: int


def compile_patterns(data: Mapping[str, Any]) -> TitlePatterns:
    """The ``[patterns]`` table compiled once by the caller (no module state): every field but
    the two numbers is a pattern of the same name."""
    p = data["patterns"]
    numbers = {"top_lines", "max_len"}
    regexes = {f.name: re.compile(p[f.name]) for f in fields(TitlePatterns) if f.name not in numbers}
    return TitlePatterns(**regexes, top_lines=int(p["top_lines"]), max_len=int(p["max_len"]))


def _squash(s: str) -> str:
    return "".join(s.split())


def shared(line: str, text: str) -> float:
    """Share of a line's word pairs (two adjacent characters) that the text holds."""
    own = word_pairs(line)
    if not own:
        return 0.0
    return sum(1 for p in own if p in text) / len(own)


def top_lines(raw: list[str], simp: list[str], pats: TitlePatterns) -> list[int]:
    """Indexes of the short lines at the page's top, down to its first running paragraph."""
    out: list[int] = []
    for i, s in enumerate(simp):
        if len(out) >= pats.top_lines or (len(s) > pats.max_len and "。" in s):
            break
        if len(s) <= pats.max_len:
            out.append(i)
    return out


def _variants(raw: list[str], simp: list[str], i: int, rank: int, pats: TitlePatterns) -> list[Candidate]:
    """A top line without its label (原标题：) or bracketed kicker, and joined with the next
    line when a title may wrap onto it (the line does not end a sentence or a clause)."""
    out: list[Candidate] = []
    m = pats.label.match(simp[i].strip())
    if m and m.end() < len(simp[i].strip()):
        cut = len(raw[i].strip()) - len(simp[i].strip()) + m.end()
        out.append(Candidate(raw[i].strip()[cut:], _squash(simp[i].strip()[m.end():]), i, rank, stripped=True))
    nxt = i + 1
    if nxt < len(simp) and len(simp[i].strip()) + len(simp[nxt].strip()) <= pats.max_len and not re.search(
            r"[。；，：！？,;:!?]$", simp[i].strip()):
        out.append(Candidate(raw[i].strip() + raw[nxt].strip(), _squash(simp[i] + simp[nxt]), i, rank, joined=True))
    return out


def _elsewhere(raw: list[str], simp: list[str], pats: TitlePatterns) -> list[Candidate]:
    """Titles the page names outside its top: a ``原标题：`` note, and the start of a first line
    that runs a title into the text (up to its first space)."""
    out: list[Candidate] = []
    for i, s in enumerate(simp):
        m = pats.original.match(s.strip())
        if m and raw[i].strip() and len(raw[i].strip()) == len(s.strip()):
            out.append(Candidate(raw[i].strip()[m.start("t") : m.end("t")], _squash(m.group("t")), i, 0,
                                 original=True))
    if simp and len(simp[0].strip()) > pats.max_len:
        head = simp[0].strip().split()[0]
        if 6 <= len(head) <= 40 and len(raw[0].strip()) == len(simp[0].strip()):
            out.append(Candidate(raw[0].strip()[: len(head)], head, 0, 0, head_of_run=True))
    return out


def candidates(raw: list[str], simp: list[str], rule: str | None, pats: TitlePatterns) -> list[Candidate]:
    """The top lines, the pieces of those glued from several (a title and a site's name), and
    the rules' headline when it is none of them."""
    out: list[Candidate] = _elsewhere(raw, simp, pats)
    for rank, i in enumerate(top_lines(raw, simp, pats)):
        out.append(Candidate(raw[i].strip(), _squash(simp[i]), i, rank))
        out += _variants(raw, simp, i, rank, pats)
        pieces = [x for x in pats.separator.split(raw[i].strip()) if x.strip()]
        if len(pieces) > 1:
            simp_pieces = [x for x in pats.separator.split(simp[i].strip()) if x.strip()]
            if len(simp_pieces) == len(pieces):
                pairs = zip(pieces, simp_pieces, strict=True)
                out += [Candidate(r.strip(), _squash(s), i, rank, piece=True) for r, s in pairs]
    if rule:
        key = _squash(rule)
        hit = [c for c in out if _squash(c.text) == key]
        if hit:
            out = [replace(c, rule=_squash(c.text) == key) for c in out]
        else:
            at = next((i for i, s in enumerate(raw) if key in _squash(s)), len(raw))
            rank = len(out)
            out.append(Candidate(rule.strip(), _squash(rule), at, rank, piece=True, rule=True))
    return out


FEATURES = (
    "rank0", "rank1", "rank2", "rank_later", "rank_scaled", "piece", "rule", "rule_none", "rule_here",
    "len_short", "len_mid", "len_long", "len_over", "end_stop", "end_open", "end_mark", "stop_inside",
    "shared_below", "shared_para", "best_shared", "header_below", "header_above", "is_header", "is_date",
    "repeats", "crumb", "site", "notice", "nav", "byline", "glued", "digits", "latin", "spaced", "quoted",
    "kicker", "next_long", "first_titleish", "longest", "joined", "stripped", "issuer", "caption", "numbered",
    "reporter", "original", "head_of_run",
)


def _shape(sq: str) -> dict[str, float]:
    """Features of the candidate's own text."""
    n = len(sq)
    body = sq.rstrip("！？!?→…")
    return {
        "len_short": float(n < 6), "len_mid": float(6 <= n < 14), "len_long": float(14 <= n <= 40),
        "len_over": float(n > 40), "end_stop": float(body.endswith(("。", "；", ";"))),
        "end_open": float(body.endswith(("，", ",", "：", ":", "、"))), "end_mark": float(sq != body),
        "stop_inside": float("。" in body[:-1]),
        "digits": sum(ch.isdigit() for ch in sq) / max(n, 1),
        "latin": sum(ch.isascii() and ch.isalpha() for ch in sq) / max(n, 1),
        "spaced": 0.0, "quoted": float(any(m in sq for m in "《“\"")), "kicker": float(bool(re.match(
            r"^[\u4e00-\u9fff]{2,8}[:：|｜]", sq))),
    }


def _patterned(c: Candidate, pats: TitlePatterns) -> dict[str, float]:
    """Features from the pattern table: chrome, notice and byline shapes."""
    return {
        "is_header": float(bool(pats.header.search(c.sq))), "is_date": float(bool(pats.date.fullmatch(c.sq))),
        "crumb": float(bool(pats.crumb.search(c.sq))), "site": float(bool(pats.site.search(c.sq))),
        "notice": float(bool(pats.notice.search(c.sq))), "nav": float(len(pats.nav.findall(c.sq)) > 0),
        "byline": float(bool(pats.byline.match(c.sq))), "issuer": float(bool(pats.issuer.search(c.sq))),
        "caption": float(bool(pats.caption.search(c.sq))), "numbered": float(bool(pats.numbered.match(c.sq))),
        "reporter": float("记者" in c.sq or "通讯员" in c.sq), "joined": float(c.joined),
        "stripped": float(c.stripped), "original": float(c.original), "head_of_run": float(c.head_of_run),
    }


def _context(c: Candidate, simp: list[str], pats: TitlePatterns) -> dict[str, float]:
    """Features from the lines around the candidate: the text under it, the header line."""
    below = [_squash(s) for s in simp[c.line + 1 :]]
    near = below[:3]
    above = _squash(simp[c.line - 1]) if c.line > 0 else ""
    para = next((s for s in below if len(s) > pats.max_len), "")
    text = "\n".join(s for s in below if s != c.sq)
    return {
        "shared_below": shared(c.sq, text), "shared_para": shared(c.sq, para),
        "header_below": float(any(pats.header.search(s) for s in near)),
        "header_above": float(bool(above and pats.header.search(above))),
        "repeats": float(c.sq in below or any(c.sq in s for s in below if len(s) > len(c.sq))),
        "next_long": float(bool(below) and len(below[0]) > pats.max_len),
        "glued": float(bool(pats.separator.search(simp[c.line])) and not c.piece) if c.line < len(simp) else 0.0,
    }


def features(cands: list[Candidate], simp: list[str], pats: TitlePatterns) -> list[list[float]]:
    """One row of ``FEATURES`` per candidate (the page's other candidates give the relative ones)."""
    rows: list[dict[str, float]] = []
    any_rule = any(c.rule for c in cands)
    for c in cands:
        f = {**_shape(c.sq), **_patterned(c, pats), **_context(c, simp, pats)}
        f.update(rank0=float(c.rank == 0), rank1=float(c.rank == 1), rank2=float(c.rank == 2),
                 rank_later=float(c.rank > 2), rank_scaled=c.rank / max(pats.top_lines, 1), piece=float(c.piece),
                 rule=float(c.rule), rule_none=float(not any_rule), rule_here=float(any_rule and not c.rule))
        rows.append(f)
    best = max((f["shared_below"] for f in rows), default=0.0)
    longest = max((len(c.sq) for c in cands if len(c.sq) <= 40), default=0)
    titleish = next((k for k, f in enumerate(rows) if f["len_mid"] + f["len_long"] and not (
        f["end_stop"] or f["end_open"] or f["is_header"] or f["crumb"] or f["byline"])), -1)
    for k, (c, f) in enumerate(zip(cands, rows, strict=True)):
        f.update(best_shared=float(best > 0 and f["shared_below"] == best), longest=float(len(c.sq) == longest),
                 first_titleish=float(k == titleish))
    return [[f[name] for name in FEATURES] for f in rows]


@dataclass(frozen=True)
class TitleModel:
    """Fitted weights (``title_model.toml`` ``[model]``), the features they weigh (indexes into
    ``FEATURES``: a model may be fitted on some of them) and the patterns they read."""

    columns: tuple[int, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    pats: TitlePatterns


def load_model(data: Mapping[str, Any]) -> TitleModel:
    """The model of a parsed ``title_model.toml``; its features must be among ``FEATURES``."""
    m = data["model"]
    unknown = [f for f in m["features"] if f not in FEATURES]
    if unknown or len(m["features"]) != len(m["weights"]):
        raise ValueError("title_model.toml: its features are not the extractor's (retrain the model)")
    return TitleModel(tuple(FEATURES.index(f) for f in m["features"]), tuple(float(w) for w in m["weights"]),
                      float(m["bias"]), float(m["threshold"]), compile_patterns(data))


def probability(model: TitleModel, row: list[float]) -> float:
    """The model's probability that the candidate of ``row`` (all ``FEATURES``) is the headline."""
    z = model.bias + math.fsum(w * row[k] for w, k in zip(model.weights, model.columns, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def choose(model: TitleModel, raw: list[str], simp: list[str], rule: str | None) -> tuple[str | None, float]:
    """The headline the model chooses among the page's candidates (None: the story has none),
    with its probability."""
    cands = candidates(raw, simp, rule, model.pats)
    if not cands:
        return None, 0.0
    probs = [probability(model, row) for row in features(cands, simp, model.pats)]
    k = max(range(len(cands)), key=lambda j: (probs[j], -j))
    return (cands[k].text if probs[k] >= model.threshold else None), probs[k]
