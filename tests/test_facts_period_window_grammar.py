"""How a figure's period follows the grammar of the window or bracket that dates it
(store/facts/period_windows.py, store/facts/period_scope.settle_brackets; tests/gold/README.md § Conventions,
period): the same window a year before (`而于二零二一年同期则录得…`, `对比2021年同期亏损为…`) is the window
shifted one year, not its end day a year before; `截至…止季度` is the quarter ending then; a bracket that opens
with a month end and a colon (`(2月底:967億美元)`, Hong Kong's monthly reserve releases) dates the figure in it,
in the year of the figure before it."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str | None = None) -> dict[str, str | None]:
    return {f["surface"].lstrip("约約"): f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "now", "before"), [
    ("本集团截至二零二二年九月三十日止九个月录得亏损净额约13.0百万港元,而于二零二一年同期则录得亏损净额约7.6百万港元。",
     "2022-01/2022-09", "2021-01/2021-09"),
    ("本集团截至二零二三年六月三十日止六个月录得溢利约13.0百万港元,而去年同期则录得溢利约7.6百万港元。",
     "2023H1", "2022H1"),
    ("本集团截至2022年3月31日止季度将录得约13.0百万港元之亏损,而对比2021年同期亏损为7.6百万港元。",
     "2022-01/2022-03", "2021-01/2021-03"),
    ("董事會預期集團截至2016年12月31日止9個月的稅前虧損約13.0百万港元,較2015年同期稅前盈利7.6百万港元為差。",
     "2016-04/2016-12", "2015-04/2015-12"),
])
def test_the_same_window_a_year_before_is_the_window_shifted_one_year(text: str, now: str, before: str) -> None:
    got = periods(text, date="2022-11-10")
    assert (got["13.0百万港元"], got["7.6百万港元"]) == (now, before)


def test_a_change_against_the_same_window_keeps_the_sentences_window() -> None:
    got = periods("截至2022年6月30日止六个月收入较去年同期增加25%至50百万港元,而去年同期则为40百万港元。")
    assert (got["25%"], got["50百万港元"], got["40百万港元"]) == ("2022H1", "2022H1", "2021H1")


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("香港於1998年3月底的官方外幣資產為968億美元,較上月份增加1億美元(2月底:967億美元)。", "967億美元", "1998-02-28"),
    ("3月底,外匯基金持有外幣資產785億美元(2月底:786億美元)。", "786億美元", "1998-02-28"),
    ("1月底,外匯基金持有外幣資產785億美元(12月底:786億美元)。", "786億美元", "1997-12-31"),
])
def test_a_bracket_opening_with_a_month_end_and_a_colon_dates_its_figure(text: str, figure: str, want: str) -> None:
    got = periods(text, date="1998-04-08")
    assert got[figure] == want
    assert got["785億美元" if "785億美元" in got else "968億美元"] != want     # the figure before keeps its own
