"""Signs, figures found, kinds and units a fresh sample (sealed38) showed misread, each as its class (sentences
written for the tests).

- **A balance of losses still standing is negative:** `累積虧損仍有3,527億元`, `累计亏损尚有12亿元` (仍有, 尚有, 还有
  after the loss); 累積/累积 is a balance like 累计, so the subject keeps the loss's name.
- **A frequency is a count of one per its period:** `每年付息一次`, `每一年付息一次`, `每季公布一次` → 1 次/年, 次/季
  (sealed17, sealed36–sealed38); a period counted with a numeral (`每6个月…一次`) is left, the sets disagree.
- **The Taiwan dollar's quotes in a market report are its exchange rate** (kind index): `升破30.4元關卡`,
  `以31.593元作收`, `最高成交價為31.561元`, `30.4元兌1美元` (no sum of 1 美元); a share price is not.
- **Containers in standard units are counted:** `923萬標準箱`, `277萬TEU` (count); `标箱` stays a quantity.
- **修正總噸** is a unit of quantity; **块 after a price or pay word** is money (`收购价5块左右`, `領七千塊`), pieces
  after a noun stay counts; **the top N firms of an indicator** (`完工量前10家企業`) a rank in 家; a head of produce
  priced (`1顆高麗菜不到90元`) 元/颗; a firm's `業績` in bare 億 money.
- **Runs and years:** `連2升` is a run of rises (no litres); `七十載`, `75载` are years; `目前11月` is November, not
  the first eleven months (no span
  of first months), and `提前3个月` three months ahead.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-12-16") -> list[dict]:
    return extract(text, date=date)


def _fact(text: str, surface: str, date: str = "2025-12-16") -> dict:
    return next(f for f in _facts(text, date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("截至上月底，公司今年稅前盈餘有52億元，但整體累積虧損仍有2,815億元。", "2,815億元", -281500000000),
    ("该公司累计亏损尚有12亿元，短期内难以分红。", "12亿元", -1200000000),
    ("经过两年整顿，这家企业的亏损还有3亿元。", "3亿元", -300000000),
])
def test_a_standing_loss_balance_is_negative(text: str, surface: str, value: int) -> None:
    assert _fact(text, surface)["value"] == value


def test_a_carried_loss_keeps_its_name() -> None:
    assert "虧損" in _fact("截至上月底，台電累積虧損仍有2,815億元。", "2,815億元")["subject"]


def test_a_loss_making_firm_count_stays_a_count() -> None:
    assert _fact("全省亏损企业有120家。", "120家")["value"] == 120


@pytest.mark.parametrize(("text", "unit"), [
    ("10年期無擔保普通公司債利率1.85%,採固定利率計息,每年付息一次,到期一次還本。", "次/年"),
    ("7年期普通公司債:採固定利率計息,每一年付息一次,到期一次還本。", "次/年"),
    ("央行表示，干預匯市金額將改為每季公布一次。", "次/季"),
])
def test_a_frequency_is_a_count_of_one(text: str, unit: str) -> None:
    once = [f for f in _facts(text) if f["surface"] == "一次"]
    assert len(once) == 1 and once[0]["kind"] == "count" and once[0]["value"] == 1 and once[0]["unit"] == unit


def test_a_numbered_period_is_left() -> None:
    assert not [f for f in _facts("并至少每6个月核验更新一次。") if f["surface"] == "一次"]


@pytest.mark.parametrize(("text", "surface"), [
    ("外匯交易員表示,新台幣由貶轉升,一度升破29.8元關卡,終場小升3.1分。", "29.8元"),
    ("新台幣兌美元匯率週五以32.105元作收,與前一交易日比較升值2.5分。", "32.105元"),
    ("銀行間新台幣兌美元最高成交價為32.061元,最低成交價為32.188元。", "32.061元"),
    ("銀行間新台幣兌美元最高成交價為32.061元,最低成交價為32.188元。", "32.188元"),
    ("17日新台幣匯價由升轉貶,以32.2元兌1美元作收。", "32.2元"),
])
def test_a_taiwan_dollar_quote_is_its_rate(text: str, surface: str) -> None:
    assert _fact(text, surface)["kind"] == "index"


def test_the_dollar_of_a_rate_is_no_sum() -> None:
    assert not [f for f in _facts("17日新台幣匯價由升轉貶,以32.2元兌1美元作收。") if f["surface"] == "1美元"]


def test_a_share_price_beside_the_taiwan_dollar_stays_money() -> None:
    assert _fact("新台幣升值,台積電股價收在30.5元。", "30.5元")["kind"] == "money"


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("預計今年高雄港的貨櫃裝卸量將達到約950萬標準箱。", "約950萬標準箱", "count"),
    ("橫濱港去年貨櫃裝卸量約為305萬TEU。", "305萬TEU", "count"),
    ("集装箱吞吐量3530万标箱。", "3530万标箱", "quantity"),
])
def test_containers_in_standard_units_are_counted(text: str, surface: str, kind: str) -> None:
    assert _fact(text, surface)["kind"] == kind


def test_a_container_count_keeps_its_subject() -> None:
    assert _fact("宁波舟山港今年集装箱吞吐量突破4000万标准箱大关。", "4000万标准箱")["subject"] == "宁波舟山港集装箱吞吐量"


def test_compensated_gross_tonnage_is_a_quantity() -> None:
    f = _fact("一季度全國造船完工量905萬載重噸,其中海船為296萬修正總噸。", "296萬修正總噸")
    assert (f["kind"], f["unit"]) == ("quantity", "修正总吨")


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("今年红富士收购价6块左右,去年就卖4块多。", "6块左右", "money"),
    ("今年红富士收购价6块左右,去年就卖4块多。", "4块多", "money"),
    ("滿七十歲的老人,每個月可以領八千塊;", "八千塊", "money"),
    ("他们卖出3块地。", "3块", "count"),
    ("每人领了3块月饼。", "3块", "count"),
])
def test_kuai_after_a_price_word_is_money(text: str, surface: str, kind: str) -> None:
    assert _fact(text, surface)["kind"] == kind


def test_the_top_firms_of_an_indicator_are_a_rank() -> None:
    f = _fact("1—6月,新接訂單量前10家企業佔全國68.2%。", "前10家")
    assert (f["kind"], f["value"], f["unit"]) == ("rank", 10, "家")


def test_a_head_of_produce_priced_is_the_denominator() -> None:
    assert _fact("農糧署在門市設置平價專區，1顆高麗菜不到85元。", "不到85元")["unit"] == "元/颗"


def test_a_firms_results_in_bare_yi_are_money() -> None:
    f = _fact("酒廠業績年年攀升,2008年業績就突破百二十億。", "百二十億")
    assert f["kind"] == "money"


def test_a_run_of_rises_is_no_volume() -> None:
    assert not [f for f in _facts("匯價連3升,台北外匯經紀公司成交量為9億美元。") if f["surface"] == "3升"]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("走過六十載,鐵路春運發生了巨大變化。", "六十載", 60),
    ("65载风雨兼程，65载砥砺奋进。", "65载", 65),
])
def test_zai_counts_years(text: str, surface: str, value: int) -> None:
    f = _fact(text, surface)
    assert (f["kind"], f["value"]) == ("duration", value)


@pytest.mark.parametrize("text", ["千载难逢的机遇。", "神舟十七号载人飞船发射成功。"])
def test_zai_in_words_is_no_span(text: str) -> None:
    assert not [f for f in _facts(text) if f["kind"] == "duration"]


def test_now_before_a_month_is_no_run_of_first_months() -> None:
    facts = _facts("由於目前10月的統計資料尚未出爐，前9月虧損仍達120億元。", date="2025-11-20")
    assert [f["surface"] for f in facts if f["kind"] == "duration"] == ["前9月"]


def test_ahead_of_schedule_is_a_span() -> None:
    f = next(f for f in _facts("比原计划提前4个月完成了建设任务。") if f["kind"] == "duration")
    assert f["surface"] == "4个月" and f.get("period") is None


def test_the_first_months_stay_a_span() -> None:
    assert _fact("今年前10月出口增长5%。", "前10月")["kind"] == "duration"


@pytest.mark.parametrize(("text", "surface"), [
    ("项目规划建设50兆瓦光伏电站及配套220千伏升压站。", "220千伏"),
    ("中老全面战略合作伙伴关系第二个十年开局良好。", "十年"),
])
def test_labels_stay_no_figures(text: str, surface: str) -> None:
    assert not [f for f in _facts(text) if surface in f["surface"]]


def test_a_voltage_told_is_a_figure() -> None:
    assert _fact("该线路电压为220千伏。", "220千伏")["kind"] == "quantity"


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("燃料成本減少約三、四百億元。", "約三、四百億元", 30000000000, 40000000000),
    ("预计吸引两到三百万人次。", "两到三百万人次", 2000000, 3000000),
    ("投资规模在十八至三十万元之间。", "十八至三十万元", 180000, 300000),
])
def test_a_range_low_borrows_the_whole_magnitude(text: str, surface: str, low: int, high: int) -> None:
    f = _fact(text, surface)
    assert (f["value"], f["value_high"]) == (low, high)
