"""An exchange rate told after its currency pair (`新台幣兌美元終場收在30.512元`, `美元兑人民币7.1`) is a
rate: kind index, unit the quote currency per the base (新台币元/美元, 元/美元), the pair whole as its
subject — never a sum of money, never a subject cut to `美元兑` or grown by the session's words
(`終場收`, a clock time `16:30`).  A currency named between an indicator and its sum is the unit's, not
the subject's (`成交量新台幣5,432億元` is 成交量)."""

from __future__ import annotations

from typing import Any

from store.facts import article_facts


def _fact(body: str, value: float) -> dict[str, Any]:
    facts = article_facts({"id": "a", "date": "2025-11-06", "title": "", "body": body})
    return next(f for f in facts if f["kind"] not in ("date", "year") and float(f["value"]) == value)


def test_taiwan_writes_its_own_currency_first_and_quotes_in_it() -> None:
    f = _fact("新台幣兌美元終場收在30.512元，成交量12.3億美元。", 30.512)
    assert (f["kind"], f["unit"], f["per"], f["subject"]) == ("index", "新台币元/美元", "美元", "新台幣兌美元")


def test_a_pair_quoted_in_its_second_currency() -> None:
    f = _fact("美元兌新台幣收30.5元。", 30.5)
    assert (f["kind"], f["unit"], f["subject"]) == ("index", "新台币元/美元", "美元兌新台幣")
    f = _fact("港元兑美元报7.785港元。", 7.785)
    assert (f["kind"], f["unit"]) == ("index", "港元/美元")


def test_the_quote_currency_before_the_figure_belongs_to_the_pair() -> None:
    f = _fact("昨日美元兑人民币7.1，较前一日持平。", 7.1)
    assert (f["kind"], f["unit"], f["surface"], f["subject"]) == ("index", "元/美元", "7.1", "美元兑人民币")


def test_a_clock_time_and_the_session_are_not_what_was_measured() -> None:
    assert _fact("在岸人民币兑美元16:30收盘报7.1020。", 7.102)["subject"] == "在岸人民币兑美元"
    assert _fact("加權指數終場下跌318.05點，收在27,012.34點。", 27012.34)["subject"] == "加權指數"


def test_a_currency_between_the_indicator_and_its_sum_is_the_units() -> None:
    f = _fact("成交量新台幣5,432億元。", 543200000000)
    assert (f["subject"], f["unit"]) == ("成交量", "新台币元")
    assert _fact("台積電營收為新台幣3,674.73億元。", 367473000000)["subject"] == "台積電營收"


def test_a_rate_moved_in_percent_and_a_sum_beside_a_pair_stay_what_they_are() -> None:
    # guards: a pair's move in percent is a percent; a sum after 对 with no pair is money
    assert _fact("人民币兑美元贬值0.5%。", 0.5)["kind"] == "percent"
    assert _fact("公司对美元债务偿还了3亿美元。", 300000000)["kind"] == "money"
