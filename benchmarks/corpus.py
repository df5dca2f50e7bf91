"""A realistic synthetic corpus of any size for benchmarks.

Pages follow the seed layouts (hard-wrapped lines with blank lines between them, spaced-out
characters, several articles per page, headlines before or after the body, photo
captions, bylines at the start or the end) and one-article web texts; places come from the
whole gazetteer and dates from 2020-2022, so no two articles are identical (identical ones
would be de-duplicated and flatter the figures).
"""
from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SURNAMES = ("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
            "余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉凯宏晓丹佳璇蓉洲文瑞海滨雪婷"

EVENT_SENTENCES = [
    "{m}月{d}日{h}时起，{county}实行全域静态管理，居民居家不外出。",
    "{m}月{d}日，{county}{town}开展第{r}轮全员核酸检测，共设置核酸采样点{n}个，检测{p}人。",
    "截至{m}月{d}日{h}时，{county}累计报告新冠肺炎确诊病例{c}例、无症状感染者{c2}例。",
    "{m}月{d}日凌晨，{town}{community}实施封闭管理，所有人员和车辆从指定卡口出入。",
    "根据疫情防控要求，{county}各中小学{m}月{d}日起暂缓返校，学生在家开展线上教学。",
    "连日来，{county}{town}组织干部下沉社区，做好生活物资保障工作。",
    "{m}月{d}日，{county}纪委监委对{n}个重点单位开展监督检查，发现问题{c}个。",
    "{m}月{d}日，{county}启动疫情防控二级应急响应。",
]
HEADLINES = ["{county}全力做好疫情防控", "{town}筑牢防疫屏障", "{community}：党员冲在前 居民肩并肩",
             "{county}开展全员核酸检测", "坚守一线 {town}干部连续奋战", "保供稳价 {county}物资储备充足"]


def _filler() -> list[str]:
    text = "".join((SEEDS / n).read_text(encoding="utf-8") for n in sorted(p.name for p in SEEDS.glob("*.txt")))
    text = re.sub(r"\s+", "", text)
    sents = [s + "。" for s in re.split(r"[。！？]", text) if 12 <= len(s) <= 90 and "本报讯" not in s]
    return sents


def _places(rng: random.Random, limit: int = 4000) -> list[tuple[str, str, str]]:
    """(county, town, community) triples drawn across the whole gazetteer."""
    from etl.extract.gazetteer import load

    gaz = load()
    out: list[tuple[str, str, str]] = []
    n = len(gaz)
    while len(out) < limit:
        i = rng.randrange(n)
        if gaz.level(i) != 4:
            continue
        town = gaz.parent(i)
        county = gaz.parent(town)
        if county < 0 or gaz.level(county) != 2:
            continue
        out.append((gaz.names[county], gaz.names[town], gaz.names[i]))
    return out


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _article(rng: random.Random, filler: list[str], place: tuple[str, str, str], day: date) -> tuple[str, list[str]]:
    county, town, community = place
    vals = {"county": county, "town": town, "community": community, "m": day.month, "d": day.day,
            "h": rng.randrange(6, 22), "r": rng.choice("一二三四五"), "n": rng.randrange(5, 300),
            "p": rng.randrange(1000, 90000), "c": rng.randrange(1, 40), "c2": rng.randrange(0, 60)}
    headline = rng.choice(HEADLINES).format(**vals)
    paras = []
    for _ in range(rng.randrange(3, 7)):
        sents = [rng.choice(filler) for _ in range(rng.randrange(2, 5))]
        if rng.random() < 0.6:
            sents.insert(rng.randrange(len(sents) + 1), rng.choice(EVENT_SENTENCES).format(**vals))
        paras.append("".join(sents))
    return headline, paras


def hard_wrap(text: str, width: int) -> list[str]:
    """``text`` cut into lines of ``width`` characters (the last one shorter), as page dumps print a column."""
    return [text[i : i + width] for i in range(0, len(text), width)]


def space_out(line: str) -> str:
    """A line printed character by character with spaces between, as some PDF extractions give it."""
    return " ".join(line)


def _wrap(text: str, width: int, rng: random.Random) -> list[str]:
    lines = hard_wrap(text, width)
    if rng.random() < 0.1:  # spaced-out characters, as some PDF extractions give
        lines = [space_out(line) if rng.random() < 0.3 else line for line in lines]
    return lines


def epaper_page(rng: random.Random, filler: list[str], places: list[tuple[str, str, str]], day: date) -> str:
    out: list[str] = []
    for _ in range(rng.randrange(3, 7)):
        headline, paras = _article(rng, filler, rng.choice(places), day - timedelta(days=rng.randrange(0, 3)))
        reporter, corr = _name(rng), _name(rng)
        lead = f"本报讯（记者 {reporter} 通讯员 {corr}）" if rng.random() < 0.8 else ""
        width = rng.randrange(9, 40)
        body: list[str] = []
        for k, para in enumerate(paras):
            body.extend(_wrap((lead if k == 0 else "") + para, width, rng))
        if not lead:
            body.extend([f"记者 {reporter}", f"通讯员 {corr}"])
        if rng.random() < 0.3:
            out.extend([*body, "", headline])
        else:
            out.extend([headline, "", *body])
        out.append("")
    sep = "\n\n" if rng.random() < 0.5 else "\n"
    return sep.join(out) + "\n"


def web_article(rng: random.Random, filler: list[str], places: list[tuple[str, str, str]], day: date) -> str:
    headline, paras = _article(rng, filler, rng.choice(places), day)
    return headline + "\n" + "\n".join(paras) + f"\n（记者 {_name(rng)}）\n"


def generate(folder: Path, megabytes: float, seed: int = 7) -> tuple[int, int]:
    """Write pages into ``folder`` (with a manifest) until ``megabytes`` of UTF-8; returns (files, bytes)."""
    rng = random.Random(seed)
    filler = _filler()
    places = _places(rng)
    folder.mkdir(parents=True, exist_ok=True)
    target = int(megabytes * 1024 * 1024)
    total = 0
    rows = ["file,newspaper,region,edition_date,date_precision,page"]
    start = date(2020, 1, 20)
    i = 0
    for i, text in enumerate(_pages(rng, filler, places, start)):
        name = f"p{i:06d}.txt"
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        day = start + timedelta(days=(i * 7) % 1070)
        rows.append(f"{name},bench,{places[i % len(places)][0]},{day.isoformat()},exact,{i % 8 + 1}")
        total += len(data)
        if total >= target:
            break
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return i + 1, total


def _pages(rng: random.Random, filler: list[str], places: list[tuple[str, str, str]], start: date) -> Iterator[str]:
    i = 0
    while True:
        day = start + timedelta(days=(i * 7) % 1070)
        yield web_article(rng, filler, places, day) if rng.random() < 0.2 else epaper_page(rng, filler, places, day)
        i += 1
