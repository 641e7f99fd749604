"""A breakdown told after a one-sentence lead paragraph (tests/gold/README.md, sealed4/sealed7: a growth list
after `其中` takes the previous sentence's months as period): `7月份，我国工业生产总体保持平稳…。\n从行业看，
在统计的41个工业大类行业中，35个行业增加值同比增长…。其中，…贡献率达36.4%。` — the counts of the breakdown and
the sentence after it are the lead's month (2025-07), as a rate right after a lead already was."""

from __future__ import annotations

import pytest

from store.facts import extract

LEAD = "7月份，我国工业生产总体保持平稳，多数行业、产品实现增长。\n"


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("body", "surfaces"), [
    ("从行业看，在统计的41个工业大类行业中，35个行业增加值同比增长，增长面为85.4%。", ("41个", "35个", "85.4%")),
    ("从行业看，在统计的41个工业大类行业中，35个行业增加值同比增长，增长面为85.4%。其中，电子、汽车等行业对规模以上工业增长的贡献率达36.4%。",
     ("35个", "36.4%")),
    ("其中，27个省份工业增加值保持增长。", ("27个",)),
    ("從行業看，在統計的41個工業大類行業中，35個行業增加值按年增長。", ("41個", "35個")),
])
def test_a_breakdown_after_a_lead_takes_the_leads_month(body: str, surfaces: tuple[str, ...]) -> None:
    got = periods(LEAD + body, "2025-08-17")
    assert [got[s] for s in surfaces] == ["2025-07"] * len(surfaces)


def test_a_count_in_a_new_paragraph_that_is_no_breakdown_stays_none() -> None:
    got = periods(LEAD + "该市共有41个工业园区。", "2025-08-17")
    assert got["41个"] is None


def test_a_lead_of_several_sentences_is_no_lead() -> None:
    got = periods("7月份，我国工业生产总体保持平稳。多数行业实现增长。\n从行业看，35个行业增加值同比增长。", "2025-08-17")
    assert got["35个"] is None
