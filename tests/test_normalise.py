"""normalise(): readable simplified text whose every character maps back to the raw file."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.normalise import (
    PINYIN_GLOSS,
    ends_paragraph,
    normalise,
    normalise_line,
    resimplified,
    to_simplified,
    wrapped_glosses,
)


def n(raw: str) -> str:
    return normalise(raw).text


def check_offsets(raw: str) -> None:
    tm = normalise(raw)
    assert len(tm.text) == len(tm.raw)
    assert list(tm.raw) == sorted(tm.raw)  # monotone: text stays in raw order
    for ch, r in zip(tm.text, tm.raw, strict=False):
        if not ch.isspace():
            assert not raw[r].isspace()
    kept = [r for ch, r in zip(tm.text, tm.raw, strict=False) if not ch.isspace()]
    glossed = {i for m in PINYIN_GLOSS.finditer(raw) for i in range(m.start(), m.end())}  # 区(qū): ruby, not text
    glossed |= {i for s, e in wrapped_glosses(raw, 0, len(raw)) for i in range(s, e)}  # 镇(zh⏎èn): broken by a wrap
    assert kept == [i for i, c in enumerate(raw) if not c.isspace() and i not in glossed]  # nothing else lost or doubled


def test_spaced_out_cjk() -> None:
    assert n("本 报 讯 （记 者") == "本报讯（记者"


def test_digits_and_units() -> None:
    assert n("11 月 9 日") == "11月9日"
    assert n("榆次区 354 所学校") == "榆次区354所学校"
    assert n("由 22 名处级干部") == "由22名处级干部"


def test_punctuation_full_width_in_cjk_context() -> None:
    assert n("4月3日凌晨,小店区排查:发现;好!吗?") == "4月3日凌晨，小店区排查：发现；好！吗？"


def test_punctuation_kept_in_numbers_and_latin() -> None:
    assert n("共1,000人,增长3.5%") == "共1,000人，增长3.5%"
    assert n("时间10:30开始") == "时间10:30开始"
    assert n("Hello, world") == "Hello, world"


def test_latin_spaces_kept() -> None:
    assert n("COVID 19 病毒") == "COVID 19病毒"
    assert n("Omicron BA.5 变异株") == "Omicron BA.5变异株"


def test_headline_space_kept_once() -> None:
    assert n("调运货源  小店区物资储备充足") == "调运货源 小店区物资储备充足"
    assert n("80余名学生报名志愿者 共筑校园安全屏障") == "80余名学生报名志愿者 共筑校园安全屏障"


def test_space_before_punct_dropped() -> None:
    assert n("党员冲锋在前，战疫凝心聚力 。") == "党员冲锋在前，战疫凝心聚力。"
    assert n("员 ，平 遥 县 发 生 了 疫") == "员，平遥县发生了疫"


def test_wrapped_lines_rejoined_blank_lines_ignored() -> None:
    raw = "精细部署，11 月 9 日，记者从榆次区\n\n教育局获悉，保护师生健康安全。\n\n为贯彻落实省、市疫情防控专\n\n题会精神。"
    assert n(raw) == "精细部署，11月9日，记者从榆次区教育局获悉，保护师生健康安全。\n为贯彻落实省、市疫情防控专题会精神。"


def test_crlf_tabs_fullwidth_space() -> None:
    raw = "\u3000\u3000第一段\t内容，\r\n继续写完。\r\n第二段。\r"
    assert n(raw) == "第一段内容，继续写完。\n第二段。"


def test_heading_line_kept_apart() -> None:
    raw = "疫情防控不松懈 垃圾清运不停歇\n11月9日清晨，左权县开展11月份第二轮全覆盖区域核酸检测，该县共设置采样点。"
    assert n(raw).split("\n")[0] == "疫情防控不松懈 垃圾清运不停歇"


def test_traditional_to_simplified_keeps_offsets() -> None:
    raw = "臺灣 發現 確診病例，醫院"
    tm = normalise(raw)
    assert tm.text == "台湾发现确诊病例，医院"
    assert [raw[r] for r in tm.raw] == list("臺灣發現確診病例，醫院")
    assert to_simplified("測試") == "测试"


def test_fullwidth_digits() -> None:
    assert n("１１月９日") == "11月9日"


def test_raw_span() -> None:
    raw = " 本 报 讯 （记 者\n\n武玲芳） 疫情"
    tm = normalise(raw)
    i = tm.text.index("武玲芳")
    s, e = tm.raw_span(i, i + 3)
    assert raw[s:e] == "武玲芳"


def test_normalise_line_offsets_point_into_raw() -> None:
    raw = "xx本 报 讯yy"
    tm = normalise_line(raw, 2, 7)
    assert tm.text == "本报讯" and [raw[r] for r in tm.raw] == ["本", "报", "讯"]


def test_ends_paragraph() -> None:
    assert ends_paragraph("保护师生健康安全。")
    assert ends_paragraph("是他们为我们保驾护航。”")
    assert not ends_paragraph("守护好百姓的“米袋子”")


def test_seeds_offsets() -> None:
    from pathlib import Path

    for f in sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt")):
        check_offsets(f.read_text(encoding="utf-8"))


ALPHABET = st.sampled_from(list("本报讯记者通讯员疫情防控社区核酸检测臺灣發現，。、（）(),.:;!? \t\n\r\u30000123abcAB“”"))


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=200))
def test_offsets_property(raw: str) -> None:
    check_offsets(raw)


def test_wrapped_date_line_joins_the_next_line() -> None:
    assert n("人。\n12 月 23 日 0 时\n起，雁塔区全区所有小区实行封闭管理\n") == "人。\n12月23日0时起，雁塔区全区所有小区实行封闭管理"


def test_closing_quote_wrapped_to_next_line_stays_in_sentence() -> None:
    assert n("“团长，明天的鸡蛋能到吗？\n”在洋泾街道的一个居民群里，不时有人询问。\n") == "“团长，明天的鸡蛋能到吗？”在洋泾街道的一个居民群里，不时有人询问。"


def test_headline_space_kept_after_colon_phrase() -> None:
    assert n("成都：9月1日18时起全市居民居家 开展全员核酸检测\n") == "成都：9月1日18时起全市居民居家 开展全员核酸检测"


def test_as_printed_puts_traditional_characters_and_punctuation_back_but_keeps_line_joins() -> None:
    from etl.extract.normalise import as_printed, normalise

    raw = "揚州 邗江區 報告1例確診病例,全員核酸\n\n檢測:第１輪"
    tm = normalise(raw)
    assert "扬州邗江区" in tm.text and "，" in tm.text  # extraction reads the unified view
    shown = as_printed(tm, raw)
    assert shown.replace(" ", "") == "".join(raw.split())  # every character as printed, lines re-joined
    assert "揚州" in shown and "確診病例,全員核酸檢測:第１輪" in shown


def test_as_printed_is_the_normalised_text_when_nothing_was_unified() -> None:
    from etl.extract.normalise import as_printed, normalise

    raw = "小店区 开展全员核酸\n检测。"
    assert as_printed(normalise(raw), raw) == normalise(raw).text


def test_pinyin_glosses_are_dropped_from_the_view_but_printed() -> None:
    from etl.extract.normalise import as_printed, normalise_line

    raw = "祁县开(kāi)展区(qū)域核酸检测(cè)工作"
    tm = normalise_line(raw, 0, len(raw))
    assert tm.text == "祁县开展区域核酸检测工作"
    assert "".join(raw[i] for i in tm.raw) == tm.text
    assert as_printed(tm, raw) == raw


def test_a_pinyin_gloss_closing_the_text_is_printed_too() -> None:
    from etl.extract.normalise import as_printed, normalise_line

    raw = "青川县开(kāi)展核酸检测(cè)\n"
    tm = normalise_line(raw, 0, len(raw) - 1)
    assert tm.text == "青川县开展核酸检测"
    assert as_printed(tm, raw) == "青川县开(kāi)展核酸检测(cè)"


def test_a_gloss_broken_by_a_wrap_is_dropped_from_the_view_but_printed() -> None:
    from etl.extract.normalise import as_printed

    # the wrap splits the gloss inside (鎮(zh / èn)), before it (務 / (wù)) or before its bracket
    raw = "鳳林縣鎮(zh\n\nèn)北社區今起分\n(fēn)批採樣，居民事(shì\n)先登記。"
    tm = normalise(raw)
    assert tm.text == "凤林县镇北社区今起分批采样，居民事先登记。"
    assert as_printed(tm, raw) == "鳳林縣鎮(zhèn)北社區今起分(fēn)批採樣，居民事(shì)先登記。"
    check_offsets(raw)


def test_a_gloss_on_a_spaced_out_line_is_dropped_too() -> None:
    # a page line printed character by character spaces the gloss out as well
    raw = "石 門 鄉 ( x i ā n g ) 今 日 解 封"
    assert n(raw) == "石门乡今日解封"
    check_offsets(raw)


def test_a_misspelt_place_name_reads_as_the_gazetteer_spells_it() -> None:
    from etl.extract.normalise import as_printed

    raw = "內蒙古滿州里市明日起開展全員核酸檢測。"
    tm = normalise(raw)
    assert tm.text == "内蒙古满洲里市明日起开展全员核酸检测。"
    assert as_printed(tm, raw) == raw  # the page as printed keeps the misspelling
    assert to_simplified("满州里") == "满洲里"


# traditional characters, their simplified forms, one that a second pass still changes
# (薴 -> 苧 -> 苎), half-width marks that become full width, spaces and line breaks
_MIXED = "薴苧苎國国這这個个,:;!?（）(pīn) 　\n甲乙12"


@settings(max_examples=300, deadline=None)
@given(raw=st.text(alphabet=_MIXED, max_size=40))
def test_resimplified_normalised_text_is_simplified_again(raw: str) -> None:
    """Normalised text is already simplified once: simplifying it again by looking only
    for the characters a second pass changes gives what a full second pass gives."""
    text = normalise(raw).text
    assert resimplified(text) == to_simplified(text)
    assert resimplified(to_simplified(raw)) == to_simplified(to_simplified(raw))


# Chinese characters, brackets, pinyin letters (some with tones), spaces and line breaks of
# every style, so that glosses form, break across lines and sit beside plain brackets
_GLOSSY = ["镇", "务", "记", "（", "）", "(", ")", "zh", "è", "n", "wù", "x", " ", "\t", "\n", "\r\n", "\u2028", "\x85"]
_GAP = st.sampled_from(["", "", " ", "\n", "\r\n", "\u2028", " \n "])
_GLOSS = st.tuples(st.sampled_from("镇务"), _GAP, st.sampled_from("(（"),
                   st.lists(st.tuples(_GAP, st.sampled_from(["zh", "è", "n", "wù"])).map("".join), min_size=1, max_size=4)
                   .map("".join), _GAP, st.sampled_from(")）")).map("".join)  # a gloss, maybe broken anywhere


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(st.one_of(st.sampled_from(_GLOSSY), _GLOSS), max_size=16), cut=st.integers(0, 40))
def test_wrapped_glosses_gate_drops_no_gloss(pieces: list[str], cut: int) -> None:
    """The cheap test before the gloss scan (a break running into a bracket or a pinyin
    letter) turns away only texts whose glosses hold no line break."""
    raw = "".join(pieces)
    start = min(cut, len(raw))
    every = [m.span() for m in PINYIN_GLOSS.finditer(raw, start, len(raw))
             if any(c in m.group() for c in "\r\n\u2028\u2029\x0b\x0c\x85")]
    assert wrapped_glosses(raw, start, len(raw)) == every


def test_wrapped_glosses_found_at_each_break_place() -> None:
    # a wrap before the bracket, inside the pinyin, and before the closing bracket
    assert wrapped_glosses("城\n(chéng)中", 0, 10) == [(1, 9)]
    assert wrapped_glosses("城(ch\néng)中", 0, 10) == [(1, 9)]
    assert wrapped_glosses("城(chéng\n)中", 0, 10) == [(1, 9)]
    assert wrapped_glosses("城(chéng)中\n（记者 甲）", 0, 16) == []  # a gloss on one line, a byline under it
