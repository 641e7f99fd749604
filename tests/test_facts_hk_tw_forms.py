"""Units of Hong Kong and Taiwan financial wording:
- 點子 (Hong Kong basis points): `按年跌186點子` is 1.86 percentage points (points), never 186 index points;
- 仙 (Hong Kong cents): `每股盈利18仙`, `中期息7仙` are money in 仙 (Arabic digits only: 八仙 is no sum);
- 码 (a Taiwan central-bank step of a quarter point): `升息半碼` 0.125, `降息1碼` 0.25 (points);
- an exchange rate per one unit: `1美元兑换163日元` is index 163 in 日元/美元, and `1美元` no sum;
- a denominator before a move (`每桶再跌37美分` → 美分/桶, `每加仑2.92美元` → 美元/加仑).
Cases are written for this file, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _fact(text: str, surface: str) -> dict:
    facts = [f for f in extract(text) if f["surface"] == surface]
    assert facts, f"{surface!r} not read from {text!r}: {[f['surface'] for f in extract(text)]}"
    return facts[0]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("毛利率為39.3%,按年跌186點子。", "186點子", 1.86),
    ("經營利潤率為5.5%,按季升356點子。", "356點子", 3.56),
    ("淨息差收窄12点子至1.52%。", "12点子", 0.12),
])
def test_hong_kong_basis_points_are_points(text, surface, value):
    f = _fact(text, surface)
    assert (f["kind"], f["value"]) == ("points", value)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("純利7,535萬元,每股盈利18仙。", "18仙", 18),
    ("中期息7仙,另派特別息21.5仙。", "21.5仙", 21.5),
    ("每股基本盈利28.32仙,倒退8.7%。", "28.32仙", 28.32),
])
def test_hong_kong_cents_are_money(text, surface, value):
    f = _fact(text, surface)
    assert (f["kind"], f["value"], f["unit"]) == ("money", value, "仙")


@pytest.mark.parametrize("text", ["八仙过海，各显神通。", "水仙花开了。"])
def test_xian_in_words_is_no_sum(text):
    assert all("仙" not in f["surface"] for f in extract(text))


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("“央行”宣布升息半码,使重贴现率升到1.375%。", "半码", 0.125),
    ("央行理監事會決議降息1碼。", "1碼", 0.25),
    ("央行今年以來累計升息3.5碼。", "3.5碼", 0.875),
])
def test_a_central_bank_step_in_ma_is_a_quarter_point(text, surface, value):
    f = _fact(text, surface)
    assert (f["kind"], f["value"], f["unit"]) == ("points", value, "码")


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("日元对美元汇率一度跌至1美元兑换163日元区间。", "163日元", 163, "日元/美元"),
    ("当日1美元兑7.12元人民币。", "7.12元", 7.12, "元/美元"),
])
def test_an_exchange_rate_per_one_unit_is_an_index(text, surface, value, unit):
    f = _fact(text, surface)
    assert (f["kind"], f["value"], f["unit"]) == ("index", value, unit)
    assert not [g for g in extract(text) if g["surface"].startswith("1") and g["kind"] == "money"]


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("纽约原油期货电子交易每桶再跌37美分,为61.98美元。", "37美分", "美分/桶"),
    ("汽油价格自每加仑2.92美元的高位回落。", "2.92美元", "美元/加仑"),
])
def test_a_denominator_written_before_a_move_or_price_is_its_unit(text, surface, unit):
    assert _fact(text, surface)["unit"] == unit
