"""Lists of months (store/facts/period_month_lists.py; tests/gold/README.md, the sealed6 calls): a
figure told of the months of a list together (a total, a count of moves, a move repeated in each,
a monthly average) covers the first to the last month; a `分别` list still gives each item its month."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    ("美联储在今年3月、5月、6月、7月分别加息25、50、75、75个基点,四次累计加息225个基点。", "2022-08-01",
     "225个基点", "2022-03/2022-07"),
    ("美联储在今年6月、7月、9月和11月连续四次加息75个基点。", "2022-12-15", "75个基点", "2022-06/2022-11"),
    ("黃偉傑說，接下來11月、12月的外銷訂單，只要每月平均接單達402億美元。", "2025-11-10", "402億美元",
     "2025-11/2025-12"),
    ("聯準會今年9月、10月及12月各減息一碼，合共減息75個基點。", "2025-12-20", "75個基點", "2025-09/2025-12"),
])
def test_a_figure_of_a_list_of_months_covers_them_all(text: str, date: str, surface: str, window: str) -> None:
    assert periods(text, date)[surface] == window


def test_a_respective_list_keeps_one_month_per_item() -> None:
    got = periods("在今年3月、5月、6月、7月分别加息25、50、75、75个基点。", "2022-08-01")
    assert (got["25"], got["50"], got["75个基点"]) == ("2022-03", "2022-05", "2022-07")
    got = periods("1月、2月，全国CPI分别上涨0.3%和0.7%。", "2024-03-10")
    assert (got["0.3%"], got["0.7%"]) == ("2024-01", "2024-02")


def test_months_of_different_years_are_no_list() -> None:
    got = periods("去年12月、今年1月，全国出口增长5%。", "2025-03-10")
    assert got["5%"] != "2024-12/2025-01"


def test_a_list_of_figures_as_long_as_the_months_takes_one_each() -> None:
    got = periods("美国联邦政府债务在2024年1月、7月和11月接连突破34万亿美元、35万亿美元和36万亿美元。", "2025-08-13")
    assert (got["34万亿美元"], got["35万亿美元"], got["36万亿美元"]) == ("2024-01", "2024-07", "2024-11")
