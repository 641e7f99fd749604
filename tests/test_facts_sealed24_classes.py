"""Forms sealed24 (a fresh sample, opened after its end score) showed the extractor reading wrong:
a per-unit price whose slash is spaced, a change verb spaced from its amount before the level
reached, and a bare Taiwan 兆 (a trillion) left without its magnitude."""

from __future__ import annotations

from typing import Any

from store.facts import article_facts


def _facts(body: str) -> list[dict[str, Any]]:
    return article_facts({"id": "a", "date": "2026-01-10", "title": "", "body": body})


def _by_surface(body: str) -> dict[str, dict[str, Any]]:
    return {f["surface"]: f for f in _facts(body)}


def test_a_spaced_slash_keeps_the_price_per_unit() -> None:
    facts = _by_surface("LME 三个月期铜收报 9742 美元 / 吨,而美精铜期货报 4.889 美元 / 磅。")
    assert facts["9742 美元 / 吨"]["unit"] == "美元/吨" and facts["9742 美元 / 吨"]["per"] == "吨"
    assert facts["4.889 美元 / 磅"]["unit"] == "美元/磅"


def test_a_change_spaced_from_its_amount_then_the_level_reached_are_two_figures() -> None:
    facts = _by_surface("国内市场方面,现货铜价则上涨 420 元 / 吨至 79370 元 / 吨。")
    assert facts["420 元 / 吨"]["value"] == 420 and facts["420 元 / 吨"]["change"] == "up"
    assert facts["420 元 / 吨"].get("value_high") is None
    assert facts["79370 元 / 吨"]["value"] == 79370 and facts["79370 元 / 吨"]["unit"] == "元/吨"


def test_a_bare_trillion_in_traditional_text_is_a_trillion() -> None:
    facts = _by_surface("上市櫃公司寫下單季獲利1.25兆元歷史新高、前三季獲利突破3.2兆的歷史次高等三大亮點。")
    assert facts["3.2兆"]["value"] == 3_200_000_000_000
    assert facts["1.25兆元"]["value"] == 1_250_000_000_000
    assert not any(f["value"] == 3.2 for f in facts.values())


def test_a_bare_zhao_in_simplified_text_is_mega_and_left_alone() -> None:
    # mainland text says 100兆 for 100 Mbit/s broadband
    assert not any(f["value"] in (100, 100 * 10**12) for f in _facts("截至4月末，100兆及以上接入速率的用户占比为94.5%。"))
    assert _by_surface("台灣的裝置容量達3.2兆瓦，經濟與產業數據。")["3.2兆瓦"]["unit"] == "兆瓦"


def test_an_index_or_fund_named_by_its_number_never_lends_its_digits_to_the_figure_after_it() -> None:
    # 元大台灣50 (an ETF) then 5萬6688張: never 505萬6688張, a figure a hundred times too large
    facts = _facts("外資今天賣超前3名為友達6萬1332張、群創5萬9805張及元大台灣505萬6688張；")
    assert not any(f["value"] == 5056688 for f in facts)
    assert {f["value"] for f in facts} >= {61332, 59805}
    assert not any(f["surface"].startswith("04") for f in _facts("标普5004月份上涨2%。"))
    assert _by_surface("台湾50家企业参加了展会。")["50家"]["value"] == 50       # a count, not a name
