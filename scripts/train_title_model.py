#!/usr/bin/env python3
"""Train and measure the learned headline chooser of single web stories (issue 12).

usage: train_title_model.py [--cv] [--write] [--no-rule] [--mode M] [--first-sight DIR] [--score SET ...] SET_DIR...

Each SET_DIR holds ``articles/`` and ``gold.jsonl`` (the real development sets kept outside the
repository). Only files with exactly one gold item that the layout rules read as one web story
take part; on every other file the model is not asked and the rules' output stands.

--cv      leave-one-set-out: fit on all sets but one, score the one, for the model and the rules
--write   fit on all sets and write the weights into etl/data/title_model.toml ([model])
--score   sets only scored (never trained on) with the model fitted on all SET_DIRs (counts only)
--no-rule a model blind to the rules' decision (the candidates and features without it)
--mode    replace: the model decides; override: where it is confident; fill: where the rules found none
--first-sight DIR  SET.jsonl exports of the extractor each set was first scored with, scored beside the CV

Needs scikit-learn (``pip install -e '.[train]'``); the extractor applies the weights in plain
Python (etl/extract/title_model.py).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from etl.extract import title_model as tm
from etl.extract.normalise import as_printed, to_simplified
from etl.extract.segment import split_page
from etl.extract.vocabulary import load
from etl.read import read_source

ROOT = Path(__file__).resolve().parents[1]
MODEL_FILE = ROOT / "etl" / "data" / "title_model.toml"
WEB_LINE = 40  # a running line longer than this makes a page web text (segment.py web_line)
C_VALUES = (0.1, 0.3, 1.0, 3.0)


def _squash(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


@dataclass
class Page:
    """One single-story file: its gold headline, the rules' headline and the model's inputs."""

    name: str
    gold: str
    rule: str
    asked: bool  # a single web story: the model is asked
    rows: list[list[float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


def _lines(text: str) -> tuple[list[str], list[str]]:
    raw = [ln for ln in text.splitlines() if ln.strip()]
    return raw, [to_simplified(ln) for ln in raw]


RULE_FEATURES = ("rule", "rule_none", "rule_here")


def read_set(folder: Path, pats: tm.TitlePatterns, names: tuple[str, ...]) -> list[Page]:
    """The set's single-item files as pages (files with several gold items are left out)."""
    gold: dict[str, list[dict]] = {}
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold.setdefault(g["file"], []).append(g)
    pages = []
    for name, items in sorted(gold.items()):
        path = folder / "articles" / name
        if len(items) != 1 or not path.exists():
            continue
        text = read_source(path).text
        found, _ = split_page(text, to_simplified(text))
        heads = [part.text for part in found[0].parts if part.kind == "headline"] if found else []
        rule = as_printed(heads[0], text) if heads else ""
        raw, simp = _lines(text)
        asked = len(found) == 1 and any(len(s) > WEB_LINE for s in simp)
        page = Page(name, _squash(items[0].get("headline")), _squash(rule), asked)
        if asked:
            with_rule = "rule" in names
            cands = tm.candidates(raw, simp, (rule or None) if with_rule else None, pats)
            keep = [tm.FEATURES.index(n) for n in names]
            page.rows = [[row[k] for k in keep] for row in tm.features(cands, simp, pats)]
            page.texts = [_squash(c.text) for c in cands]
            page.labels = [int(bool(page.gold) and t == page.gold) for t in page.texts]
        pages.append(page)
    return pages


def fit(pages: list[Page], c: float = 1.0):
    """A logistic regression over every candidate of ``pages`` (label: it is the gold headline)."""
    from sklearn.linear_model import LogisticRegression

    xs = [r for p in pages for r in p.rows]
    ys = [y for p in pages for y in p.labels]
    return LogisticRegression(C=c, max_iter=2000).fit(xs, ys)


def picks(model, pages: list[Page]) -> list[tuple[str, float]]:
    """The model's best candidate and its probability, per page ('' where not asked)."""
    out = []
    for p in pages:
        if not p.asked or not p.rows:
            out.append(("", 0.0))
            continue
        probs = model.predict_proba(p.rows)[:, 1]
        k = max(range(len(probs)), key=lambda j: (probs[j], -j))
        out.append((p.texts[k], float(probs[k])))
    return out


def counts(pages: list[Page], chosen: list[str]) -> tuple[int, int, int]:
    """Headline true positives, predictions, gold (as etl eval counts them on these files)."""
    tp = sum(1 for p, h in zip(pages, chosen, strict=True) if h and h == p.gold)
    return tp, sum(1 for h in chosen if h), sum(1 for p in pages if p.gold)


def decide(pages: list[Page], best: list[tuple[str, float]], t: float, mode: str) -> list[str]:
    """'replace': the model decides every asked page; 'override': only where it is confident;
    'fill': only where the rules found no headline and the model is confident."""
    out = []
    for p, (h, pr) in zip(pages, best, strict=True):
        if not p.asked:
            out.append(p.rule)
        elif mode == "replace":
            out.append(h if pr >= t else "")
        elif mode == "fill":
            out.append(p.rule or (h if pr >= t else ""))
        else:
            out.append(h if pr >= t else p.rule)
    return out


def misses(pages: list[Page], chosen: list[str]) -> str:
    """Counts only (a guard's texts are never shown): where the model's wrong pages went wrong."""
    kinds = {"headline where gold has none": 0, "none where gold has one": 0, "another candidate": 0,
             "gold not among candidates": 0}
    for p, h in zip(pages, chosen, strict=True):
        if h == p.gold:
            continue
        if not p.gold:
            kinds["headline where gold has none"] += 1
        elif p.gold not in p.texts:
            kinds["gold not among candidates"] += 1
        elif not h:
            kinds["none where gold has one"] += 1
        else:
            kinds["another candidate"] += 1
    return ", ".join(f"{k} {v}" for k, v in kinds.items())


def f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 1.0


def tune(pages: list[Page], mode: str) -> tuple[float, float]:
    """The C and threshold that maximise headline F1 on ``pages`` (3-fold inside)."""
    best = (-1.0, 1.0, 0.5)
    folds = [pages[i::3] for i in range(3)]
    for c in C_VALUES:
        scored: list[tuple[Page, tuple[str, float]]] = []
        for i in range(3):
            train = [p for j, fold in enumerate(folds) if j != i for p in fold]
            scored += list(zip(folds[i], picks(fit(train, c), folds[i]), strict=True))
        ps, bs = [s[0] for s in scored], [s[1] for s in scored]
        for t in [x / 20 for x in range(1, 20)]:
            score = f1(*counts(ps, decide(ps, bs, t, mode)))
            if score > best[0]:
                best = (score, c, t)
    return best[1], best[2]


def report(label: str, tp: int, pred: int, gold: int) -> str:
    p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
    return f"{label:>8} P {p:.2f} R {r:.2f} F1 {f1(tp, pred, gold):.2f} ({tp}/{pred}/{gold})"


def first_sight(folder: Path | None, name: str, pages: list[Page]) -> list[str] | None:
    """The headlines an older extractor exported for these pages (``NAME.jsonl`` in ``folder``:
    the rules as they stood before anyone tuned on the set); '' where it gave not one item."""
    path = folder / f"{name}.jsonl" if folder else None
    if path is None or not path.exists():
        return None
    found: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            art = json.loads(line)
            found.setdefault(Path(art.get("source_file", "")).name, []).append(_squash(art.get("headline")))
    return [found[p.name][0] if len(found.get(p.name, [])) == 1 else "" for p in pages]


def cross_validate(sets: dict[str, list[Page]], mode: str, errors: bool = False, seen: Path | None = None) -> None:
    tot = {"rules": [0, 0, 0], "model": [0, 0, 0], "first": [0, 0, 0], "paired": [0, 0, 0]}
    for name, held in sets.items():
        train = [p for n, ps in sets.items() if n != name for p in ps]
        c, t = tune(train, mode)
        model = fit(train, c)
        rules = counts(held, [p.rule for p in held])
        chosen = decide(held, picks(model, held), t, mode)
        mine = counts(held, chosen)
        if errors:
            for p, h in zip(held, chosen, strict=True):
                if h != p.gold:
                    where = "in" if p.gold in p.texts else ("none" if not p.gold else "out")
                    print(f"  {name}/{p.name} [{where}] gold={p.gold[:40]!r} model={h[:40]!r} rules={p.rule[:40]!r}")
        for key, val in (("rules", rules), ("model", mine)):
            tot[key] = [a + b for a, b in zip(tot[key], val, strict=True)]
        asked = sum(p.asked for p in held)
        fs = first_sight(seen, name, held)
        extra = ""
        if fs is not None:
            first = counts(held, fs)
            for key, val in (("first", first), ("paired", mine)):
                tot[key] = [a + b for a, b in zip(tot[key], val, strict=True)]
            extra = f" | {report('1st', *first)}"
        print(f"{name:>6} asked {asked:2}/{len(held):2} C={c} t={t:.2f} | {report('rules', *rules)} | "
              f"{report('model', *mine)}{extra}")
    print(f"{'all':>6} {mode:>24} | {report('rules', *tot['rules'])} | {report('model', *tot['model'])}")
    if tot["first"][2]:
        print(f"{'sets with a first sight':>31} | {report('1st', *tot['first'])} | {report('model', *tot['paired'])}")


def write_model(model, t: float, c: float, n: int, features: tuple[str, ...]) -> None:
    text = MODEL_FILE.read_text(encoding="utf-8").split("\n[model]")[0].rstrip("\n")
    weights = ", ".join(f"{w:.6f}" for w in model.coef_[0])
    names = ", ".join(f'"{f}"' for f in features)
    MODEL_FILE.write_text(
        f"{text}\n\n[model]\n# logistic regression, C={c}, fitted on {n} pages by scripts/train_title_model.py\n"
        f"features = [{names}]\nweights = [{weights}]\nbias = {model.intercept_[0]:.6f}\nthreshold = {t}\n",
        encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--mode", choices=("replace", "override", "fill"), default="replace")
    parser.add_argument("--score", nargs="*", type=Path, default=[])
    parser.add_argument("--errors", action="store_true", help="print the CV's wrong pages (tuning sets only)")
    parser.add_argument("--no-rule", action="store_true", help="a model blind to the rules' decision")
    parser.add_argument("--first-sight", type=Path, help="folder of SET.jsonl exports by the extractor of "
                        "each set's first sight (scored beside the CV)")
    args = parser.parse_args()
    pats = tm.compile_patterns(load("title_model"))
    names = tuple(f for f in tm.FEATURES if not (args.no_rule and f in RULE_FEATURES))
    sets = {str(s.parent.name if s.name == "dev" else s.name): read_set(s, pats, names) for s in args.sets}
    if args.cv:
        cross_validate(sets, args.mode, args.errors, args.first_sight)
    every = [p for ps in sets.values() for p in ps]
    c, t = tune(every, args.mode)
    model = fit(every, c)
    for s in args.score:
        held = read_set(s, pats, names)
        chosen = decide(held, picks(model, held), t, args.mode)
        print(f"scored {s}: {report('rules', *counts(held, [p.rule for p in held]))} | "
              f"{report('model', *counts(held, chosen))} | model's misses {misses(held, chosen)}")
    if args.write:
        write_model(model, t, c, sum(p.asked for p in every), names)
    return 0


if __name__ == "__main__":
    sys.exit(main())
