"""A verb or an adverb before a price is no subject (tests/gold/README.md: the subject names the
indicator): market reports move a price clause by clause, and each level is the price the
sentence names (`隨後下滑至每盎司2393.4美元` → 現貨鉑金價, never 隨後; `首次突破4,100美元大關`
→ 黃金價格, never 大關).  When no price is named, none is guessed."""

from __future__ import annotations

import pytest

from store.facts import extract
from store.facts.subject_level_moves import level_subject


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-10-15")
            if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("现货黄金价格周二一度升至每盎司2650美元，随后回落至每盎司2618.5美元。", "2618.5美元", "现货黄金价格"),
    ("週四的現貨白銀價一度也創新高，來到每盎司54.2美元，隨後下滑至每盎司52.9美元。", "54.2美元", "現貨白銀價"),
    ("週四的現貨白銀價一度也創新高，來到每盎司54.2美元，隨後下滑至每盎司52.9美元。", "52.9美元", "現貨白銀價"),
    ("紐約期金週四收報每盎司4,020美元，盤中一度衝上每盎司4,080美元。", "4,080美元", "紐約期金"),
    ("分析師預期，黃金價格可望在明年衝上每盎司4500美元。", "4500美元", "黃金價格"),
])
def test_a_level_after_an_adverb_or_verb_is_the_named_price(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("5月份,全国居民消费价格同比上涨1.5%,涨幅与上月持平;环比下降0.2%。", "0.2%", "全国居民消费价格"),
    ("2021年全省研发投入首次迈上千亿元台阶，2023年达1250亿元。", "1250亿元", "全省研发投入"),
])
def test_a_lone_verb_of_level_takes_the_indicator_before_it(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("国际油价持续走高，布伦特原油期货首次突破每桶90美元大关。", "90美元", "布伦特原油期货"),
    ("今年以來，白銀價格已上漲約 60%，週二首次突破 50 美元大關。", "50 美元", "白銀價格"),
])
def test_a_threshold_is_no_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("上海黄金交易所Au99.99开盘于580元/克,盘中最高上探至585.3元/克,收盘582元/克。", "580元/克", "上海黄金交易所Au99.99"),
    ("上海黄金交易所Au99.99开盘于580元/克,盘中最高上探至585.3元/克,收盘582元/克。", "585.3元/克", "上海黄金交易所Au99.99"),
    ("上海黄金交易所Au99.99开盘于580元/克,盘中最高上探至585.3元/克,收盘582元/克。", "582元/克", "上海黄金交易所Au99.99"),
    ("昨日上交所主力黄金交易品种单日大跌3元/克,重新回到575元/克。", "575元/克", "上交所主力黄金交易品种"),
])
def test_the_opening_price_lends_its_name_to_the_days_range(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("黃金週一漲到三周高點，白銀在創下新高之後遭遇獲利了結賣壓，下挫近 2%。", "2%", "白銀"),
    ("黄金周一涨到三周高点，白银在创下新高之后遭遇获利了结卖压，下挫近2%。", "近2%", "白银"),
])
def test_a_move_without_a_subject_takes_its_clause_topic(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("美元指數走強，隨後回落至每盎司2300美元。", "2300美元"),          # another thing's clause: no topic carried
    ("周三，隨後回落至每盎司2300美元。", "2300美元"),
    ("美元指数走强，随后回落至每盎司2300美元。", "2300美元"),          # the simplified twin: the same
    ("美元指數走強，其後升至每盎司2350美元。", "2350美元"),              # any lead adverb and verb of reaching
])
def test_no_price_named_gives_no_subject(text: str, surface: str) -> None:
    assert subjects(text)[surface] is None


@pytest.mark.parametrize(("subject", "expected"), [
    ("隨後", (True, None)),
    ("盘中最低下探", (True, None)),
    ("重新回到", (True, None)),
    ("大關", (True, None)),
    ("au9995黄金开盘于", (True, "au9995黄金")),
    ("东北多地最高气温也能回到", (True, "东北多地最高气温")),
    ("高技术制造业采购经理指数均位于", (True, "高技术制造业采购经理指数")),
    ("黃金價格", (False, "黃金價格")),
    ("中国共产党全国代表大会上", (False, "中国共产党全国代表大会上")),
])
def test_a_verb_of_reaching_leaves_the_noun_before_it(subject: str, expected: tuple[bool, str | None]) -> None:
    assert level_subject(subject) == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("资产负债率由上年末的56.3%降至52.1%。", "56.3%", "资产负债率"),
    ("城镇调查失业率由上月的5.2%降至5.0%。", "5.2%", "城镇调查失业率"),
    ("存款准备金率由上年同期的7%下调至6.5%。", "7%", "存款准备金率"),
])
def test_the_level_a_move_starts_from_is_the_indicator_s(text: str, surface: str, expected: str) -> None:
    """由上月的5.2%降至5.0%: the move after the first level is no noun it measures (it was 降至, then none)."""
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # every verb of reaching ends the indicator, whatever its last character (跨越, 迈过, 逼近, 升穿)
    ("2025年，我国国内生产总值首次跨越140万亿元大关。", "140万亿元", "国内生产总值"),
    ("全市地区生产总值迈过5000亿元。", "5000亿元", "全市地区生产总值"),
    # an adverb of succession before the verb is how often, not what (接连, 相继, 连续)
    ("中国经济总量接连跨越110万亿元、120万亿元、130万亿元、140万亿元。", "110万亿元", "中国经济总量"),
    ("中国经济总量接连跨越110万亿元、120万亿元、130万亿元、140万亿元。", "140万亿元", "中国经济总量"),
    ("全省經濟總量連續跨越5萬億元。", "5萬億元", "全省經濟總量"),
    # the step or threshold after 的 is the level reached, never the indicator
    ("国内生产总值迈上140万亿元的新台阶。", "140万亿元", "国内生产总值"),
    ("销售额站上千亿元的新台阶。", "千亿元", "销售额"),
])
def test_a_level_crossed_names_the_indicator_before_the_verb(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_verb_of_reaching_after_big_is_a_noun_and_stays() -> None:
    assert subjects("这是中俄关系大发展大跨越的10年。")["10年"] != "中俄关系大发展大"
