"""A relative year right before a budget or an estimate (`去年預算676億`, `上年预计的…`) is when it was drawn, not what
it is of, once the sentence has named its period (store/facts/period_scope.py out_of_scope): `2025/26年度…印花稅收入由去年
預算676億向上修訂為955億` is the fiscal year's revenue, which read as 去年 was dated the calendar year 2025 (sealed23)."""

from __future__ import annotations

from store.facts import extract


def periods(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date="2026-02-26")}


def test_last_years_budget_for_a_named_fiscal_year_is_that_years() -> None:
    got = periods("2025/26年度受惠於股市交投活躍，印花稅收入由去年預算676億向上修訂為955億，利得稅由預算1922億增加至2090億。")
    assert [got[s] for s in ("676億", "955億", "1922億", "2090億")] == ["2025-04/2026-03"] * 4


def test_last_years_budget_alone_is_last_years() -> None:
    assert periods("政府去年預算赤字為480億元。")["480億元"] == "2025"
