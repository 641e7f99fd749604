"""Period, base, change and date forms a fresh sample (sealed40) showed misread, each as its class (sentences written
for the tests, in the registers of the sample: Hong Kong and Taiwan company results, provincial harvest bulletins,
Taiwan's monthly sales, weather forecasts).

- **More or less with no base written:** Hong Kong and Taiwan results tell a change by 多/少 alone right before a figure
  that closes its clause (`純利少6.94%`, `股息0.64元，多三成`, `按年多賺64%`, `多賺八成半`, `按年多蝕3倍` — the loss grew);
  so do fiscal notes (`外币资产少76亿元`, `運作開支則少逾三十三萬`). Bounds and quantities (`至少`, `最多`, `不少`, `许多`)
  and new things counted (`多了3400多个口袋公园`) are no change.
- **A harvest's rate after its amount:** `比上年减少56.32亿斤,减产4.1%`, `比上年减少77.19万亩,减幅0.9%`,
  `相較前一年同期則減少74.87億元，減幅19.6%` — the rate is over the amount's base, as `增长1.3%` after `增产9.89亿斤` is.
- **A forecast from flat to a rise:** `較第3季持平至成長6%` — the base is 第3季.
- **A span of days whose first day leaves its 日 to the second:** `14—16日主要影响北方大部` told on 14 March is
  2024-03-14/2024-03-16 (not the 16th of February), and dates the figures after it in its sentence.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = "2026-03-12") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _fact(text: str, surface: str, date: str | None = "2026-03-12") -> dict:
    return next(f for f in _facts(text, date) if f["surface"] == surface)


def _date(text: str, surface: str, date: str | None) -> dict:
    return next(f for f in extract(text, date=date) if f["kind"] == "date" and f["surface"] == surface)


# ----------------------------------------------------------------------------- more or less

@pytest.mark.parametrize(("text", "surface", "change", "base"), [
    ("港鐵公布全年業績，期內總收入按年減少7.58%，至554.65億元，純利少6.94%，至146.77億元。", "6.94%", "down", None),
    ("集團車務營運收入雖然多2.5%，至235.95億元。", "2.5%", "up", None),
    ("每股盈利165.5仙；第二次中期股息0.64元，多三成。", "三成", "up", None),
    ("港鐵去年勁賺逾168億元,按年多賺64%,好過市場預期。", "64%", "up", "上年同期"),
    ("中電控股去年多賺八成半 ,純利為112億元。", "八成半", "up", None),
    ("期内香港车务录得营办亏损2.54亿元，按年多蚀3倍。", "3倍", "up", "上年同期"),
    ("其中,外币资产少76亿元,港元资产亦少365亿元。", "365亿元", "down", None),
    ("深水埗以2.41萬元排第二低的地區,按年亦多1300元。", "1300元", "up", "上年同期"),
    ("設施與設備減少逾七十萬元;運作開支則少逾三十三萬。", "逾三十三萬", "down", None),
    ("若和如今金價對照，少賺1倍。", "1倍", "down", None),
])
def test_more_or_less_with_no_base_is_a_change(text: str, surface: str, change: str, base: str | None) -> None:
    f = _fact(text, surface)
    assert (f["change"], f["base"]) == (change, base)


@pytest.mark.parametrize(("text", "surface"), [
    ("至少30%的企业参与了调查。", "至少30%"),
    ("每个展区最多5家企业。", "最多5家"),
    ("这一年，街头巷尾多了3400多个口袋公园。", "3400多个"),
    ("育儿家庭每月多了300元补贴。", "300元"),
    ("卫星遥感影像清晰地记录了玛多近十年的变化。", "近十年"),
])
def test_bounds_and_new_things_are_no_change(text: str, surface: str) -> None:
    assert _fact(text, surface)["change"] is None


# ----------------------------------------------------------------------------- bases

@pytest.mark.parametrize(("text", "surface", "change", "base"), [
    ("2021年,河南粮食总产量为1308.84亿斤,比上年减少56.32亿斤,减产4.1%。", "4.1%", "down", "上年"),
    ("秋粮总产量为548.20亿斤,比上年减少66.21亿斤,减产10.8%。", "10.8%", "down", "上年"),
    ("夏粮总产量为760.64亿斤,比上年增产9.89亿斤,增产1.3%。", "1.3%", "up", "上年"),
    ("今年河南夏粮播种面积8577.97万亩,比上年减少77.19万亩,减幅0.9%。", "0.9%", "down", "上年"),
    ("單月合併營收307.06億元，較上月增加30.73億元，增幅11.12%，相較前一年同期則減少74.87億元，減幅19.6%。",
     "19.6%", "down", "前一年同期"),
])
def test_a_rate_after_a_compared_amount_takes_its_base(text: str, surface: str, change: str, base: str) -> None:
    f = _fact(text, surface, "2022-01-20")
    assert (f["change"], f["base"]) == (change, base)


def test_a_forecast_from_flat_to_a_rise_is_against_the_quarter_named() -> None:
    text = "第4季營收將介於新台幣1421億元至1501億元，較第3季持平至成長6%。"
    f = _fact(text, "6%", "2025-10-30")
    assert (f["change"], f["base"], f["period"]) == ("up", "第3季", "2025Q4")


# ----------------------------------------------------------------------------- spans of days

@pytest.mark.parametrize(("text", "surface", "period"), [
    ("中央气象台预计，一股冷空气将自西向东影响我国大部，14—16日主要影响北方大部，气温将普遍下降4—6℃。", "14—16日",
     "2024-03-14/2024-03-16"),
    ("受冷空气影响，14—17日，新疆、内蒙古、甘肃等地将有一次沙尘天气过程。", "14—17日", "2024-03-14/2024-03-17"),
    ("8-10日，北方大部出现降温。", "8-10日", "2024-03-08/2024-03-10"),
])
def test_a_span_of_days_with_one_day_word(text: str, surface: str, period: str) -> None:
    assert _date(text, surface, "2024-03-14")["period"] == period


def test_a_span_of_days_with_one_day_word_dates_the_figures_after_it() -> None:
    text = "中央气象台预计，一股冷空气将自西向东影响我国大部，14—16日主要影响北方大部，气温将普遍下降4—6℃。"
    f = _fact(text, "4—6℃", "2024-03-14")
    assert (f["period"], f["change"]) == ("2024-03-14/2024-03-16", "down")


def test_a_length_is_no_span_of_days() -> None:
    assert not any(f["kind"] == "date" and f["surface"].startswith("3") for f in extract("病程持续3—5日。", date="2024-03-14"))
