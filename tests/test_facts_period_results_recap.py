"""The previous year's results recapped alone (`上年同期归属于上市公司股东的净利润为7,388.72万元`) are of a
period a year before a report period the text must name: with none named (a sentence read alone), no
period rather than the article's last year (sealed9's call); with one named before, a year before it."""

from __future__ import annotations

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


def test_a_recap_read_alone_has_no_period() -> None:
    got = periods("上年同期归属于上市公司股东的净利润为7,388.72万元,扣除非经常性损益的净利润为7,259.07万元,"
                  "每股收益为0.09元。", "2025-01-23")
    assert (got["7,388.72万元"], got["7,259.07万元"], got["0.09元"]) == (None, None, None)


def test_a_recap_after_the_forecasts_year_is_the_year_before_it() -> None:
    got = periods("预计2024年实现归属于上市公司股东的净利润1.2亿元。上年同期归属于上市公司股东的净利润为7,388.72万元。",
                  "2025-01-23")
    assert got["7,388.72万元"] == "2023"


def test_a_recap_in_a_sentence_with_its_year_is_the_year_before() -> None:
    got = periods("2024年上半年营业收入5.1亿元，上年同期为4.2亿元。", "2024-08-20")
    assert got["4.2亿元"] == "2023H1"


def test_last_years_same_period_said_with_qunian_stays_last_year() -> None:
    assert periods("去年同期为50亿元。", "2025-03-23")["50亿元"] == "2024"
