"""How far a period reaches in its sentence (issue 10, the sealed3 sample's period misses): a year
opening a later ；-part governs that part; a comparison period put in the middle of a clause
(`，1—2月份为下降6.5%`, `，年初至今上涨15.3%`) scopes only its clause, so after the ； the
sentence's period governs again; a period inside brackets that state figures of their own stays
in the brackets."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year", "duration")}


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("1—10月，全国一般公共预算支出同比增长6.1%；2023年，中央财政下达就业补助资金667.6亿元，比上年增加50亿元；"
     "城乡居民基础养老金最低标准提高20元。", "2023-11-20",
     {"6.1%": "2023-01/2023-10", "667.6亿元": "2023", "50亿元": "2023", "20元": "2023"}),
    ("前三季度，规模以上工业增加值同比增长4.0%；2024年，全国新增减税降费超过1.8万亿元，比上年多出2000亿元。",
     "2024-10-30", {"4.0%": "2024Q1-Q3", "超过1.8万亿元": "2024", "2000亿元": "2024"}),
])
def test_a_year_opening_a_later_part_governs_that_part(text: str, date: str, expected: dict[str, str]) -> None:
    assert periods(text, date) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("5月份，全国规模以上工业增加值同比增长5.6%，4月份为增长6.7%；制造业增长6.0%，电力行业增长2.9%。", "2024-06-18",
     {"5.6%": "2024-05", "6.7%": "2024-04", "6.0%": "2024-05", "2.9%": "2024-05"}),
    ("二季度，居民人均消费支出同比增长5.8%，一季度为增长8.3%；服务性消费支出增长9.1%。", "2024-07-20",
     {"5.8%": "2024Q2", "8.3%": "2024Q1", "9.1%": "2024Q2"}),
    ("11月份，社会消费品零售总额同比增长3.0%，10月份为增长4.8%；其中，商品零售增长2.8%。", "2024-12-18",
     {"3.0%": "2024-11", "4.8%": "2024-10", "2.8%": "2024-11"}),
    ("今年以来，国际金价持续走高，其中4月1日到4月19日，现货黄金上涨7.2%，年初至今上涨15.3%；白银上涨9.6%。",
     "2024-04-20", {"7.2%": "2024-04-01/2024-04-19", "15.3%": "2024-01-01/2024-04-19", "9.6%": "2024-04-01/2024-04-19"}),
])
def test_an_interjected_comparison_period_scopes_only_its_clause(text: str, date: str,
                                                                 expected: dict[str, str]) -> None:
    assert periods(text, date) == expected


def test_a_period_in_brackets_that_state_their_own_figures_stays_in_them() -> None:
    text = ("另一方面，价格在2024年5月份录得按年跌幅的类别为衣履（下跌2.1%，主要由于3月中有一项折扣开始）"
            "和耐用物品（均下跌3.4%）。")
    assert periods(text, "2024-06-20")["3.4%"] == "2024-05"


def test_a_bracket_holding_only_a_date_still_dates_the_figure_after_it() -> None:
    text = "此次標售的最高得標利率為1.32%，較上次同年期公債（2025年10月17日發行）之最高得標利率1.318%略微上升。"
    assert periods(text, "2026-01-08")["1.318%"] == "2025-10-17"


@pytest.mark.parametrize(("text", "date", "expected"), [
    # each part opens with its own period: nothing to restore
    ("去年，我国粮食产量13908亿斤，比上年增长1.6%；今年，夏粮播种面积稳定在4亿亩以上。", "2025-06-10",
     {"13908亿斤": "2024", "1.6%": "2024", "4亿亩以上": "2025"}),
    # one period for the whole sentence
    ("上半年，全国居民人均可支配收入21253元，同比增长5.3%；城镇居民人均可支配收入28844元，增长4.5%。", "2024-07-16",
     {"21253元": "2024H1", "5.3%": "2024H1", "28844元": "2024H1", "4.5%": "2024H1"}),
    # a base is never the period, before or after the ；
    ("8月份，出口同比增长8.7%，比7月份加快1.7个百分点；进口增长0.5%。", "2024-09-10",
     {"8.7%": "2024-08", "1.7个百分点": "2024-08", "0.5%": "2024-08"}),
    # a year that starts a new statement after a comma, with a noun of its own, is no interjection
    ("“十四五”时期，我国科技投入持续增加，2024年全社会研发投入超3.6万亿元；研发投入强度达到2.68%。", "2025-09-18",
     {"超3.6万亿元": "2024", "2.68%": "2024"}),
])
def test_periods_that_stay(text: str, date: str, expected: dict[str, str]) -> None:
    assert periods(text, date) == expected


def test_a_year_after_a_comma_inside_a_part_is_still_refined_by_the_months_before() -> None:
    text = "今年1—5月，家电零售额增长超过30%，2026年新增纳入补贴范围的设备零售额同比增长超过1倍。"
    assert periods(text, "2026-06-25")["超过1倍"] == "2026-01/2026-05"
