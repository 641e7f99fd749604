"""A measure named by its kind alone (接單金額, 产值, 分數) opening its clause is the measure of the topic the clause
before keeps talking of (…则展现, …继续保持, …由綠燈轉呈): both are written, the topic first, so the figure names
what was measured; a clause that names no topic that way leaves the measure alone."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2026-02-20")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("歐洲市場則表現穩健，元月接單金額92.6億美元，年增率達18%。", "92.6億美元", "歐洲市場元月接單金額"),
    ("歐洲市場則表現穩健，元月接單金額92.6億美元，年增率達18%。", "18%", "歐洲市場元月接單金額"),
    ("陶瓷业继续保持平稳的发展态势,一季度产值约6亿元,同比增长12.5%。", "约6亿元", "陶瓷业产值"),
    ("陶瓷业继续保持平稳的发展态势,一季度产值约6亿元,同比增长12.5%。", "12.5%", "陶瓷业产值"),
    ("家具业在订单减少的情况下,实现产值2.1亿元。", "2.1亿元", "家具业产值"),
    ("構成項目中，股價指數由綠燈轉呈黃紅燈，分數增加1分。", "1分", "股價指數分數"),
])
def test_a_bare_measure_is_the_topics_before_it(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("企业成立才三年，研发就上了新台阶，产值达到2亿元。", "2亿元", "产值"),
    ("新能源产业规模持续扩大，总产值约3000亿元。", "约3000亿元", "总产值"),
    ("上证指数继续走高，指数收报3900点。", "3900点", "上证指数"),
])
def test_no_topic_kept_no_owner(text: str, surface: str, expected: str) -> None:
    """研发就…: no word keeps 研发 the topic; 产业规模: a size, no owner; 上证指数…指数: the index itself."""
    assert subjects(text)[surface] == expected
