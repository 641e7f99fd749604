"""Junk an audit of unlabelled freight, metals and Taiwan transport text showed (cov54): each a class.

The audit (tests/gold/README.md "## Signs, junk and misses of unlabelled bond, fund, insurance and freight text
(cov54)") read 300 random facts of 151 unlabelled pages and found, besides the signs, numbers that name a thing:

- a container named by its length (`每TEU(20呎櫃)`, `每FEU(40呎櫃)`, `40呎貨櫃`): which box a freight rate is quoted
  for, as `40英尺集装箱` (sealed33 traps `40英尺`), no length of 40 feet;
- London's three-month metal after the exchange with a space, a bracket or a slash between (`(LME) 三個月銅期貨`,
  `LME現貨/三個月升貼水`), or its price or spread in a text naming the LME (`到期日價格小於三個月價格`): the rolling
  contract's name (sealed35 traps `三个月期`, sealed8 `3個月`), no span of three months;
- Taiwan's two-digit ROC years in a text that writes ROC years, listed (`94年及95年`) or opening their clause before
  the level they date (`96年減少到170萬公噸`, `97年再降為158萬公噸`): years 2005 … 2008, no spans of 94 or 96 years —
  a count of years (`成立50年`, `50年來`) stays one.
Every sentence here is written for the test, in the shapes the pages had.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _surfaces(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2025-09-30")}


@pytest.mark.parametrize(("text", "junk", "kept"), [
    ("遠東到歐洲每TEU(20呎櫃)爲812美元,較前一週上漲31美元。", "20呎", "812美元"),
    ("遠東到美東每FEU(40呎櫃)爲2480美元,下跌77美元。", "40呎", "2480美元"),
    ("远东-美西每FEU(标准40呎柜)报价维持6120美元。", "40呎", "6120美元"),
    ("倫敦金屬交易所 (LME) 三個月銅期貨價格一度升至每噸 10,920 美元。", "三個月", "10,920 美元"),
    ("單位:美元/噸 LME現貨/三個月升貼水 鋁 48.0/45.0", "三個月", None),
])
def test_a_thing_named_by_a_number_is_no_figure(text: str, junk: str, kept: str | None) -> None:
    got = _surfaces(text)
    assert junk not in got
    assert kept is None or kept in got


def test_a_container_counted_stays() -> None:
    assert _surfaces("該公司訂造8艘1萬4000TEU的貨櫃輪,並購買共3萬只40呎櫃。")["3萬只"]["value"] == 30000


@pytest.mark.parametrize(("text", "surface", "year"), [
    ("民國91年時曾達到全年170萬公噸,之後逐年下滑,92年及93年時貨運量衰退不大。", "92年", 2003),
    ("民國91年時曾達到全年170萬公噸,之後逐年下滑,92年及93年時貨運量衰退不大。", "93年", 2004),
    ("民國90年的貨運量最高,民航局說,95年減少到150萬公噸,96年再降為140萬公噸。", "95年", 2006),
    ("民國90年的貨運量最高,民航局說,95年減少到150萬公噸,96年再降為140萬公噸。", "96年", 2007),
])
def test_a_two_digit_roc_year_in_a_roc_text_is_a_year(text: str, surface: str, year: int) -> None:
    f = _surfaces(text)[surface]
    assert (f["kind"], f["value"]) == ("year", year)


def test_a_count_of_years_stays_in_a_roc_text() -> None:
    f = _surfaces("民國112年,該公司成立50年來首度虧損,50年及60年的老店也受影響。")["50年"]
    assert f["kind"] == "duration"
