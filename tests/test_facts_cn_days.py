"""A day of the month in Chinese numerals in a dateline or before a verb of telling (`【香港中通社七日電】`,
`金融管理局七日公佈`, `香港十日電`) is a date, as sealed11 and sealed15 label it; `三日游`, `七日年化收益率`,
`一日三餐` stay none.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "date", "want"), [
    ("【香港中通社七日電】香港金融管理局七日公佈，外匯儲備資產為四千二百一十五億美元。", "2025-02-07",
     [("七日", "2025-02-07"), ("七日", "2025-02-07")]),
    ("(中央社記者王曼娜香港十日電)香港政府統計處今天公佈數據。", "2004-02-10", [("十日", "2004-02-10")]),
    ("統計處廿三日發表報告。", "2024-05-25", [("廿三日", "2024-05-23")]),
])
def test_a_datelines_day_in_chinese_numerals_is_a_date(text: str, date: str, want: list) -> None:
    assert [(f["surface"], f["value"]) for f in extract(text, date=date) if f["kind"] == "date"] == want


@pytest.mark.parametrize("text", ["三日游线路火爆。", "七日年化收益率为2.1%。", "坚持一日三餐。", "第五日举行闭幕式。"])
def test_days_as_spans_or_names_are_no_date(text: str) -> None:
    assert not [f for f in extract(text, date="2024-05-01") if f["kind"] == "date"]
