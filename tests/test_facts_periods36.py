"""Bases and periods the round-36 sort of the tuning sets' misses found as classes (sentences written for the tests).

- **A base named in a heading clause closed by a colon** (`與上年同月比較:工業生產減少3.99%,其中製造業減少4.19%`):
  the colon closes the clause as a comma does (`與上年同月比較，…` already gave 上年同月), so every change after it that
  names no base of its own takes the heading's base (Taiwan's industrial production releases: sealed18 and sealed20,
  14 rates, all labelled with the heading's base).
- **环比 of a ten-day period** (`本旬平均日产粗钢209.25万吨,环比增长0.58%`): compared with the 旬 before, base 上旬, as
  环比 of a quarter is 上季 and of a week 上周 (the steel association's ten-day reports: sealed33 and sealed34, all six
  such rates labelled 上旬); a month's report keeps 上月.
- **A base declared for what follows** (`同比(下同)增长4.5%,规模以上工业增加值增长6.9%`, `比去年同期(下同)增加13.5%;价值…
  增长16.7%`, `与前一日相比(下同),…均下降0.1%`): 下同 says the base holds below, so the changes after it in its sentence
  that name no base of their own take it (sealed8, sealed12, sealed18: every such change labelled with it).
- **A place within the year is a record's horizon** (`今（13）日…仍為今年第3高價，且青蔥…上漲80元`, `11月…為今年單月第三低量`):
  as `全年最高`/`年内新高` after a period the sentence names already were, 今年 bounds the record and dates no figure; the
  rank and the figures after it keep the day or month named before (sealed34, sealed35). With no period named before
  it, the year is the figure's own (`今年最高气温达到41.2℃`).
- **A change named right after its figure** (`錄得36.2%的明顯升幅`, `實現10.5%的同比增长`, `外幣存款0.9%的增幅`,
  `錄得 -0.25%的輕微跌幅`): the figure is that rise or fall, over 上年同期 when 同比/按年 qualifies the noun (the tuning
  sets label 20 of 21 such figures with the change, in 14 sets; the bulk corpus writes 38, `5.3%的增长`, `20%以上的高增长`).
- **A level after the period it is compared with** (`内外比值为7.99,低于上一交易日8.01`, `年增率將升為1.43%,高於上年之
  0.60%`): the base's own level, no change and no base, as `高于上年同期的57亿立方米` already was (sealed4, sealed9, sealed10,
  sealed12, sealed15, sealed19: all eight labelled so); a percent without 之 stays the gap (`價格高于去年同期5%`).
- **A year's rate noun with 仍 or 分別 before its figure** (`積體電路年增率仍高達23.03%`, `M1B、M2年增率分別為4.82%`): a
  rise over 上年同期, as `年增率高達` already was.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = "2024-01-23") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _bases(text: str, date: str | None = "2024-01-23") -> dict[str, tuple[str | None, str | None]]:
    return {f["surface"]: (f["change"], f["base"]) for f in _facts(text, date)}


@pytest.mark.parametrize(("text", "want"), [
    ("2.與上年同月比較:工業生產增加6.51%,其中製造業增加7.28%,用水供應業減少1.68%。",
     {"6.51%": ("up", "上年同月"), "7.28%": ("up", "上年同月"), "1.68%": ("down", "上年同月")}),
    ("4.全年與上年比較：工業生產減少2.45%，其中製造業減少2.88%。",
     {"2.45%": ("down", "上年"), "2.88%": ("down", "上年")}),
    ("3.累計1至5月與上年同期比較:工業生產增加3.76%,其中製造業增加4.63%。",
     {"3.76%": ("up", "上年同期"), "4.63%": ("up", "上年同期")}),
])
def test_a_base_heading_closed_by_a_colon(text: str, want: dict) -> None:
    assert _bases(text) == want


def test_a_base_heading_closed_by_a_comma_still_reads() -> None:   # guard: the comma's reading is unchanged
    assert _bases("與上年同月比較，工業生產減少3.99%，其中製造業減少4.19%。") == {
        "3.99%": ("down", "上年同月"), "4.19%": ("down", "上年同月")}


def test_a_change_with_its_own_base_keeps_it_after_a_colon_heading() -> None:   # guard
    got = _bases("與上季比較:工業生產指數較上年同季增加3.64%。")
    assert got == {"3.64%": ("up", "上年同季")}


@pytest.mark.parametrize(("text", "want"), [
    ("本旬平均日产粗钢210.15万吨,环比增长1.58%、同比增长3.39%;生铁186.59万吨,环比下降0.60%、同比增长4.36%。",
     {"1.58%": "上旬", "3.39%": "上年同期", "0.60%": "上旬", "4.36%": "上年同期"}),
    ("6月中旬，重点钢企粗钢日产环比增长2.1%。", {"2.1%": "上旬"}),
])
def test_day_on_day_of_a_ten_day_period(text: str, want: dict) -> None:
    got = {f["surface"]: f["base"] for f in _facts(text) if f["kind"] == "percent"}
    assert got == want


def test_a_month_keeps_the_month_before() -> None:   # guard
    got = {f["surface"]: f["base"] for f in _facts("5月份，全国猪肉价格环比下降1.2%。")}
    assert got == {"1.2%": "上月"}


@pytest.mark.parametrize(("text", "want"), [
    ("全年地区生产总值同比(下同)增长5.5%,规模以上工业增加值增长7.9%,固定资产投资增长8.1%。",
     {"5.5%": ("up", "上年同期"), "7.9%": ("up", "上年同期"), "8.1%": ("up", "上年同期")}),
    ("今年前5个月,关区共进口大豆21.8万吨,比去年同期(下同)增加12.5%;价值6.6亿元人民币,增长15.7%;均价上涨1.8%。",
     {"12.5%": ("up", "去年同期"), "15.7%": ("up", "去年同期"), "1.8%": ("up", "去年同期")}),
    ("据监测,与前一日相比(下同),1月18日,牛肉价格均下降0.2%。", {"0.2%": ("down", "前一日")}),
])
def test_a_base_declared_for_what_follows(text: str, want: dict) -> None:
    got = {k: v for k, v in _bases(text).items() if k in want}
    assert got == want


def test_a_base_of_its_own_after_the_declared_one_stays() -> None:   # guard
    got = _bases("1-10月,营业收入同比(下同)增长17.4%,累计增速较前三季度回落0.4个百分点。")
    assert got["0.4个百分点"] == ("down", "前三季度")


@pytest.mark.parametrize(("text", "surface"), [
    ("10月製造業當中,電子零組件業年增率16.9%,當中積體電路年增率仍高達22.03%,連續12個月成長。", "22.03%"),
    ("累計1至2月日平均貨幣總計數M1B、M2年增率分別為4.72%及3.16%。", "4.72%"),
])
def test_a_years_rate_noun_with_an_adverb_before_its_figure(text: str, surface: str) -> None:
    assert _bases(text, "2024-11-25")[surface] == ("up", "上年同期")


def test_a_place_within_the_year_dates_no_figure() -> None:
    text = "北市蔬菜價格11日創下今年新高，今（12）日雖然批發價下跌，但是仍為今年第2高價，且青蔥上漲60元，達到305元。"
    got = {f["surface"]: f["period"] for f in _facts(text, "2025-08-12")}
    assert got == {"第2": "2025-08-12", "60元": "2025-08-12", "305元": "2025-08-12"}
    got = {f["surface"]: f["period"] for f in _facts("10月建物買賣移轉棟數僅1.5萬棟，為今年單月第二低量。", "2025-11-20")}
    assert got == {"1.5萬棟": "2025-10", "第二": "2025-10"}


def test_a_years_own_record_keeps_the_year() -> None:   # guard
    assert _facts("今年最高气温达到41.2℃。", "2025-08-12")[0]["period"] == "2025"


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("城乡居民生活用电量也实现了9.5%的同比增长。", "9.5%", ("up", "上年同期")),
    ("而新加坡旅客则录得26.2%的明显升幅。", "26.2%", ("up", None)),
    ("原因是港元存款減少1.4%,抵銷了外幣存款0.8%的增幅。", "0.8%", ("up", None)),
    ("綜合基金指數於下半年失守，錄得 -0.35%的輕微跌幅。", "-0.35%", ("down", None)),
    ("集成电路圆片产量保持了近30%的高增长。", "近30%", ("up", None)),
])
def test_a_change_named_right_after_its_figure(text: str, surface: str, want: tuple) -> None:
    assert _bases(text, "2024-07-25")[surface] == want


@pytest.mark.parametrize(("text", "surface"), [
    ("轻工业以占全国工业13.2%的资产，实现了16.7%的营业收入。", "13.2%"),   # guard: a share, no change
    ("上半年完成全年目标的54.7%。", "54.7%"),
    ("超过80%的地区和行业、70%的产品实现增长。", "70%"),               # guard: a share of what grew
    ("1—5月份，高技术制造业贡献了近三成的工业增长。", "近三成"),       # guard: a share of the growth
])
def test_a_share_before_its_noun_is_no_change(text: str, surface: str) -> None:
    assert _bases(text, "2024-07-25")[surface] == (None, None)


@pytest.mark.parametrize(("text", "surface"), [
    ("上海与伦敦的内外比值为7.89,低于上一交易日7.91,上海期铜涨幅小于伦铜。", "7.91"),
    ("主計處預測本年CPI年增率將升為1.53%,高於上年之0.70%。", "0.70%"),
])
def test_a_level_after_the_period_it_is_compared_with(text: str, surface: str) -> None:
    assert _bases(text, "2024-05-01")[surface] == (None, None)


def test_a_percent_gap_after_a_base_is_a_change() -> None:   # guard
    assert _bases("價格高于去年同期6%。", "2024-05-01")["6%"] == ("up", "去年同期")
