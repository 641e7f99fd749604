"""Period, base and change forms a fresh sample (sealed38) showed misread, each as its class (sentences written for
the tests, in the registers of the sample: Taiwan's companies and farm reports, Macao's visitors, Penghu's tourism).

- **A span of years in Chinese numerals:** `二○二二年至二○二四年累計虧損逾四千億元` — the years 2022–2024, as the
  Arabic `2022年至2024年` already was; a bare `二○二五年財報` sets the year a later `全年` reads.
- **A year told after a later quarter of it:** `去年第4季…達2.6兆；2025年合併營收…達8.099兆` — the year (a company's
  quarter, then its year); `今年1—5月…，2026年新增…` and a 截至 day keep the finer period.
- **`今起` (from today):** the article's day, as `今天起`; **`迄今`** (Taiwan's 至今) closes a window from a month to
  the article's month, as 至今 and 以來.
- **Bond numbers:** `110年度第2期無擔保普通公司債`, `可续期公司债券(第一期)` — an issue's number, no period.
- **A base's own figure before a comparative:** `比107年全年118萬3136人還多` — the base year's count.
- **Bases:** `與去年同期相較則減少` and `與去年十二月相較,下滑` name the base before 相較, as 相比 does; `比107年同期各增加`
  — 各 is no part of it; `同比分别录得13.7%及40.2%的升幅` — the marker's 上年同期 across 分别 and the list.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = "2026-01-20") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _fact(text: str, surface: str, date: str | None = "2026-01-20") -> dict:
    return next(f for f in _facts(text, date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("中油二○二一年至二○二三年累計虧損逾二千億元。", "逾二千億元", "2021/2023"),
    ("中油從二○二一年至二○二四年，共調漲四次油價，並獲增資一千億元。", "一千億元", "2021/2024"),
])
def test_a_span_of_years_in_chinese_numerals(text: str, surface: str, period: str) -> None:
    assert _fact(text, surface)["period"] == period


def test_a_bare_year_in_chinese_numerals_sets_the_full_year() -> None:
    text = "中油今日下午將召開董事會並通過二○二五年財報，預估全年稅前盈餘將超過三百億元。"
    assert _fact(text, "超過三百億元")["period"] == "2025"


def test_arabic_year_spans_are_unchanged() -> None:
    assert _fact("中油2021年至2023年累計虧損逾二千億元。", "逾二千億元")["period"] == "2021/2023"


def test_a_year_after_a_later_quarter_is_the_year() -> None:
    text = "廣達去年第4季營收達5,000億元，創單季新高；2025年合併營收首度突破1.8兆，年增12.5%。"
    assert _fact(text, "1.8兆")["period"] == "2025"
    assert _fact(text, "12.5%")["period"] == "2025"
    assert _fact(text, "5,000億元")["period"] == "2025Q4"


def test_months_then_the_year_keep_the_months() -> None:
    text = "今年1—5月，家电零售额增长25%，2026年新增纳入补贴范围的手机零售额同比增长超过1倍。"
    assert _fact(text, "超过1倍", "2026-06-15")["period"] == "2026-01/2026-05"


@pytest.mark.parametrize(("text", "surface"), [
    ("為平穩供應，農糧署今起在全聯等共850家門市設置平價專區，1顆高麗菜不到80元。", "850家"),
    ("為平穩供應，農糧署今起在全聯等共850家門市設置平價專區，1顆高麗菜不到80元。", "不到80元"),
])
def test_from_today_is_the_article_day(text: str, surface: str) -> None:
    assert _fact(text, surface, "2025-08-15")["period"] == "2025-08-15"


def test_since_a_month_to_now_in_taiwan_wording() -> None:
    text = "自6月迄今，豪雨導致的農損金額超過18億元。"
    assert _fact(text, "超過18億元", "2025-08-15")["period"] == "2025-06/2025-08"


def test_so_far_after_a_word_is_no_today() -> None:
    text = "如今起伏不定的菜價，讓每公斤高麗菜漲到45元。"
    assert _fact(text, "45元", "2025-08-15")["period"] is None


@pytest.mark.parametrize(("text", "surface"), [
    ("為籌措資金,台電(9)日經董事會通過,預定於7月中旬發行112年度第3期無擔保普通公司債150億元。", "第3期"),
    ("公司2023年面向专业投资者公开发行可续期公司债券(第二期),发行规模不超过20亿元。", "第二期"),
])
def test_a_bond_number_has_no_period(text: str, surface: str) -> None:
    assert next(f for f in extract(text, date="2023-06-10") if f["surface"] == surface)["period"] is None


def test_a_base_figure_before_a_comparative_is_the_base_year() -> None:
    text = "澎湖108年1至12月的觀光人數總計有128萬5000人,比107年全年116萬2000人還多。"
    assert _fact(text, "116萬2000人", "2020-01-10")["period"] == "2018"


@pytest.mark.parametrize(("text", "surface", "base", "change"), [
    ("聯電營業額較七月份增加3.2%,而與去年同期相較則減少21.5%。", "21.5%", "去年同期", "down"),
    ("聯電營收,與去年十二月相較,下滑逾兩成。", "逾兩成", "去年十二月", "down"),
])
def test_a_base_closed_by_xiangjiao(text: str, surface: str, base: str, change: str) -> None:
    f = _fact(text, surface)
    assert (f["base"], f["change"]) == (base, change)


def test_a_level_at_a_base_time_keeps_its_base() -> None:
    text = "北農11日蔬菜到貨量約為1900噸，相較休市前的1500噸，增加400噸。"
    assert _fact(text, "400噸")["base"] == "休市前"


def test_each_after_a_base_is_no_part_of_it() -> None:
    text = "夏季的花火節和秋季的燈光節等活動,都比107年同期各增加3萬和5萬多人。"
    assert [f["base"] for f in _facts(text, "2020-01-10")] == ["107年同期", "107年同期"]


def test_a_marker_before_a_recorded_list() -> None:
    text = "香港及大韩民国旅客同比分别录得12.4%及35.1%的升幅。"
    assert [(f["base"], f["change"]) for f in _facts(text) if f["kind"] == "percent"] == \
        [("上年同期", "up"), ("上年同期", "up")]


def test_a_base_opened_by_he_with_its_closing_word() -> None:
    text = "其中，來自日本之外銷訂單金額達五二一·三億美元，和一一三年相較增加六十二億美元，增幅十三·五%。"
    assert _fact(text, "六十二億美元")["base"] == "一一三年"


def test_he_without_a_closing_word_opens_no_base() -> None:
    assert [f["base"] for f in _facts("出口和进口分别增长6%和2%。")] == [None, None]


def test_a_bracketed_comparative_dates_no_figure_before_it() -> None:
    text = "公司资金的投资收益净额为7.42亿元(2024年上半年:6.95亿元),受惠于高利率环境。"
    assert _fact(text, "7.42亿元", None)["period"] is None
    assert _fact(text, "6.95亿元", None)["period"] == "2024H1"


def test_a_period_later_in_the_clause_still_dates_an_opening_figure() -> None:
    assert _fact("18家主要银行上半年减免服务费用962亿元。", "962亿元", "2025-08-01")["period"] == "2025H1"


def test_he_of_a_list_before_another_opener_is_no_base() -> None:
    text = "到2024年年中，巴拿马运河和苏伊士运河的运输量与高峰期相比下降了40%以上。"
    assert _fact(text, "40%以上", "2024-09-25")["base"] == "高峰期"
