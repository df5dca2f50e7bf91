"""A web page whose first text has no title, followed by a titled piece: the title opens a report
of its own when it shares almost none of the untitled text's words, and stays a section heading
of that text when it speaks of what the text says. Texts are invented."""
from __future__ import annotations

from etl.extract.segment import split_page

NATIONAL = ("5月9日0—24时，全国报告新增本土确诊病例18例，其中江苏6例，浙江5例，广东4例，福建3例；"
            "新增境外输入确诊病例9例，均在口岸城市隔离观察期间发现。\n")


def test_unrelated_title_under_untitled_bulletin_opens_a_report() -> None:
    raw = (NATIONAL + "\n多省份倡议劳动节后错峰出行\n\n"
           "5月9日，青松县防控办发出倡议，请节后返程人员错峰出行，抵达后三天内完成两次核酸检测，减少聚集。\n")
    items, _ = split_page(raw)
    assert len(items) == 2
    assert "".join((items[1].headline or "").split()) == "多省份倡议劳动节后错峰出行"


def test_section_title_sharing_the_bulletins_words_stays_in_it() -> None:
    raw = (NATIONAL + "\n本土确诊病例行动分布情况\n\n"
           "本土确诊病例1至6：均住江苏省柳河县青松镇，已转运至定点医院，其密切接触者均已落实集中隔离措施。\n")
    items, _ = split_page(raw)
    assert len(items) == 1
