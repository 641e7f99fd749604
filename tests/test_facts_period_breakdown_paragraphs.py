"""Breakdown paragraphs after breakdown paragraphs (issue 10, sealed5's period misses): a release told as a
one-sentence lead (`1—11月，全国实际使用外资金额11560.9亿元…`) and then `从行业看，…。…。` and `从来源地看，韩国、
德国…分别增长122.1%…` — the second breakdown is of the lead's period too, but only a breakdown right after
the lead carried it, and a paragraph's end (。 then a line break) used up one of the sentences looked back."""

from __future__ import annotations

from store.facts import extract

LEAD = "商务部今天（12月23日）公布的数据显示，1—11月，全国实际使用外资金额11560.9亿元，按可比口径同比增长9.9%。\n"


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


def test_a_breakdown_after_breakdowns_takes_the_leads_period() -> None:
    text = LEAD + ("从行业看，服务业实际使用外资金额8426.1亿元，增长0.9%。高技术产业实际使用外资增长31.1%。\n"
                   "从来源地看，韩国、德国、英国、日本实际对华投资分别增长122.1%、52.6%、33.1%和26.6%。")
    got = periods(text, "2022-12-23")
    assert [got[s] for s in ("0.9%", "122.1%", "52.6%", "33.1%", "26.6%")] == ["2022-01/2022-11"] * 5


def test_a_paragraph_that_is_no_breakdown_stops_the_carry() -> None:
    text = LEAD + "外资企业表示对中国市场充满信心。外商投资环境持续改善。\n从来源地看，韩国实际对华投资增长122.1%。"
    assert periods(text, "2022-12-23")["122.1%"] is None


def test_without_a_lead_nothing_is_carried() -> None:
    text = ("从行业看，服务业实际使用外资金额8426.1亿元，增长0.9%。\n"
            "从来源地看，韩国实际对华投资增长122.1%。")
    assert periods(text, "2022-12-23")["122.1%"] is None
