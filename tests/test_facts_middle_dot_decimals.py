"""Chinese numerals with a middle-dot decimal point, as Taiwan's press prints rates:
`○‧一二五個百分點` is 0.125 points, `三‧六二五%` 3.625 %.  The dot may be U+2027 ‧,
U+00B7 · or U+30FB ・.  Read without the rule, `三‧五%` was 5 % and `○‧六七%` 67 %: a
wrong figure, worse than none.  A middle dot also joins names, festivals and years
(`三·一五`, `2024·全国…`), so it is a point only before a unit or a percent sign."""

from __future__ import annotations

import pytest

from store.facts import extract


def values(text: str) -> dict[str, object]:
    return {f["surface"]: f["value"] for f in extract(text, date="2011-01-02")}


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("短期融通利率由三‧五%調高為三‧六二五%。", "三‧五%", 3.5),
    ("短期融通利率由三‧五%調高為三‧六二五%。", "三‧六二五%", 3.625),
    ("九十一天期由○‧六一%調高到○‧六七%。", "○‧六七%", 0.67),
    ("重貼現率由一‧二五%調高到一‧三七五%。", "一‧三七五%", 1.375),
    ("擔保放款融通利率由一·六二五%調高到一·七五%。", "一·七五%", 1.75),
    ("存款利率調高○・○六個百分點。", "○・○六個百分點", 0.06),
    ("出口金額二八四‧五億美元。", "二八四‧五億美元", 28_450_000_000),
    ("成長率十五．八％。", "十五．八％", 15.8),
    ("出口金額年增百分之二十一‧二。", "百分之二十一‧二", 21.2),
    ("國內生產毛額成長率為十‧八二％。", "十‧八二％", 10.82),
    ("股價指數收盤八千六百八十三‧三二點。", "八千六百八十三‧三二點", 8683.32),
])
def test_a_middle_dot_between_chinese_digits_is_a_decimal_point(text: str, surface: str, value: float) -> None:
    assert values(text)[surface] == pytest.approx(value)


def test_a_points_value_in_brackets_after_a_rate_step_is_both_figures() -> None:
    got = {f["surface"]: (f["kind"], f["value"]) for f in
           extract("中央銀行前天調高重貼現率等半碼(○‧一二五個百分點),市場利率也調高○‧○六個百分點。")}
    assert got["半碼"] == ("points", 0.125)
    assert got["○‧一二五個百分點"] == ("points", 0.125)


@pytest.mark.parametrize("text", ["今年“三·一五”晚会曝光多家企业。", "央视三·一五晚会将于今晚举行。"])
def test_a_middle_dot_without_a_unit_after_it_is_no_point(text: str) -> None:
    assert all("·" not in f["surface"] for f in extract(text))


def test_no_wrong_value_is_read_from_the_digits_after_the_dot() -> None:
    got = values("定期存單利率卅天期由○‧五七%調高到○‧六三%。")
    assert 57 not in got.values() and 63 not in got.values() and 5 not in got.values()


@pytest.mark.parametrize(("text", "surface"), [
    ("各大行庫也會跟進調高掛牌存款利率○‧○六個百分點。", "○‧○六個百分點"),
    ("中央銀行前天調高重貼現率等半碼。", "半碼"),
])
def test_a_rate_raised_with_its_object_between_is_a_rise(text: str, surface: str) -> None:
    assert {f["surface"]: f["change"] for f in extract(text)}[surface] == "up"
