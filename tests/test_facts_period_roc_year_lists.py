"""ROC years listed or ranged with 年 written once, after the last (`105及107年度`, `105至107年`, `112-113年`): the
first is an ROC year too (store/facts/roc_years.py) — read as a bare number, `105及107年度` gave both figures the
year 2018 and a `107年` count of years; a count of years written so (`120至130年歷史`) stays one."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date="2025-11-20")}


@pytest.mark.parametrize(("text", "expected"), [
    ("審計部報告指出，該基金105及107年度營業收入分別為2.3億元及1.8億元，均較預算數減少。",
     {"2.3億元": "2016", "1.8億元": "2018"}),
    ("審計部報告指出，該基金112、113年度營業收入分別為2.3億元及1.8億元，均較預算數減少。",
     {"2.3億元": "2023", "1.8億元": "2024"}),
    ("審計部報告指出，該基金105至107年度營業收入平均每年為1.2億元，較預算數減少。", {"1.2億元": "2016/2018"}),
    ("審計部指出，該基金民國105及107年度營業收入分別為2.3億元及1.8億元。", {"2.3億元": "2016", "1.8億元": "2018"}),
])
def test_each_roc_year_of_a_list_or_range_dates_its_figures(text: str, expected: dict[str, str]) -> None:
    got = periods(text)
    assert {s: got[s] for s in expected} == expected


def test_a_count_of_years_written_as_a_range_stays_a_count() -> None:
    facts = extract("經濟部統計處表示，該公司已經營120至130年歷史，預計營收將達到2億元。", date="2025-11-20")
    assert [f["kind"] for f in facts if "130" in f["surface"]] == ["duration"]


def test_the_first_of_a_named_list_keeps_its_minguo() -> None:
    facts = extract("審計部指出，該基金民國105及107年度營業收入分別為2.3億元及1.8億元。", date="2025-11-20")
    assert [f["surface"] for f in facts if f["kind"] == "year"] == ["民國105", "107年"]
    assert "民國" not in (next(f for f in facts if f["surface"] == "2.3億元")["subject"] or "")
