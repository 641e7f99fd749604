"""A note in brackets with a comma inside opens no clause: the figure after it is the name's before the bracket.

Coal price reports (`普通混煤(山西粉煤与块煤的混合煤,热值4500大卡)价格658.9元/吨`) and communiqués (`工业增加值（按可比价格
计算，下同）增长6.5%`) put a comma inside the note, and the subject was read from the note's last part (`热值4500大卡)
价格`, `下同`).
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2022-03-02") if f["kind"] not in ("date", "year")}


def test_a_coal_grade_described_in_brackets_names_its_price_and_the_changes_after_it() -> None:
    got = _subjects("普通混煤(山西粉煤与块煤的混合煤,热值4500大卡)价格658.9元/吨,较上期上涨9.2元/吨,涨幅1.4%。")
    assert got["658.9元/吨"] == got["9.2元/吨"] == got["1.4%"] == "普通混煤价格"


def test_a_note_said_to_hold_below_is_no_subject() -> None:
    got = _subjects("2025年1-4月，全省规模以上工业增加值（按可比价格计算，下同）增长6.5%。")
    assert got["6.5%"] == "全省规模以上工业增加值"
    got = _subjects("公司营业收入(合并口径,下同)为12.5亿元,同比增长8%。")
    assert got["12.5亿元"] == got["8%"] == "公司营业收入"
