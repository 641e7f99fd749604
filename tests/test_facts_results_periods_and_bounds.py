"""Company results and rates per a unit, read by hand in the register of Hong Kong results and river reports.

- A profit the year before, told after this year's loss with its currency written first (`…应占亏损约人民币12.3亿元，
  而去年同期则为溢利约人民币4.5亿元`), kept the loss's name: a positive 4.5亿 under 股东应占亏损 reads as a loss.
  Both figures are of the profit (the loss the negative one).
- A bound written before a denominator (`入库流量约每秒1400立方米`) is the qualifier's, not the end of the subject.
- The half-year or year a result closes (`本集团截至2025年6月30日止六个月的收入`) is its period, not part of what was
  measured: the date taken, `止六个月` was left inside the subject.
- A level only quoted (`收于7.1050`) after a clause naming an exchange rate or an index is that rate's or index's
  level, not a sum of money: `美元指数贬值0.5%，收于99.52` was 99.52 美元.
- An exchange rate that gains or loses value keeps its whole name (`美元兑人民币即期汇率贬值156个基点`: was cut to
  the currency pair, as if the pair alone were the rate's name).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = None) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize("text", [
    "集团录得股东应占亏损约人民币12.3亿元，而去年同期则为溢利约人民币4.5亿元。",
    "集團錄得股東應佔虧損約人民幣12.3億元，而去年同期則為溢利約人民幣4.5億元。",
])
def test_the_profit_a_year_before_a_loss_is_the_profit_not_the_loss(text: str) -> None:
    loss, profit = sorted((f for f in extract(text) if f["kind"] == "money"), key=lambda f: f["start"])
    assert loss["value"] == -1_230_000_000 and profit["value"] == 450_000_000
    assert loss["subject"] == profit["subject"] and loss["subject"].endswith(("溢利",))


@pytest.mark.parametrize(("text", "surface", "subject", "qualifier"), [
    ("长江三峡入库流量约每秒1400立方米。", "1400立方米", "长江三峡入库流量", "约"),
    ("台风中心附近最大风速超过每小时48公里。", "48公里", "台风中心附近最大风速", "超过"),
])
def test_a_bound_before_a_denominator_is_no_part_of_the_subject(text: str, surface: str, subject: str,
                                                                 qualifier: str) -> None:
    fact = _facts(text)[surface]
    assert (fact["subject"], fact["qualifier"], fact["per"]) == (subject, qualifier, fact["unit"].split("/")[1])


def test_an_average_before_a_denominator_stays_in_the_subject() -> None:
    assert _facts("猪肉批发价平均每公斤20.5元。")["20.5元"]["subject"] in ("猪肉批发价平均", "猪肉批发价")


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("本集团截至2025年6月30日止六个月的收入为港币58.2亿元，较去年同期减少7%。", "58.2亿元", "本集团的收入"),
    ("本集团截至2025年6月30日止六个月的收入为港币58.2亿元，较去年同期减少7%。", "7%", "本集团的收入"),
    ("本公司截至二零二五年十二月三十一日止年度之溢利約為3.2億港元。", "3.2億港元", "溢利"),
])
def test_the_period_a_result_closes_is_no_part_of_its_subject(text: str, surface: str, subject: str) -> None:
    assert _facts(text)[surface]["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("美元兑人民币即期汇率下跌，收于7.1050。", "7.1050", "index"),
    ("美元指数贬值0.5%，收于99.52。", "99.52", "index"),
    ("国债期货价格上涨，收报101.25。", "101.25", "money"),
])
def test_a_level_only_quoted_is_of_what_the_sentence_named_before(text: str, surface: str, kind: str) -> None:
    fact = _facts(text)[surface]
    assert fact["kind"] == kind and (kind != "index" or fact["unit"] is None)


@pytest.mark.parametrize(("text", "subject"), [
    ("美元兑人民币即期汇率贬值156个基点。", "美元兑人民币即期汇率"),
    ("人民币兑美元中间价升值120个基点。", "人民币兑美元中间价"),
    ("人民币升值1.63%。", "人民币"),
])
def test_an_exchange_rate_that_moves_keeps_its_whole_name(text: str, subject: str) -> None:
    (fact,) = extract(text)
    assert fact["subject"] == subject
