"""The quarter before written 前一季度, a market's whole week told after its days, and the levels a decision sets told
after 調升後分別為 (per30, from the tune sets' period misses grouped by shape). Each case failed on the code before."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    # 前一季度 is 上季: the quarter before the one its sentence names (it was read as the first quarter, 一季度)
    ("美国一季度GDP按年率计算增长2.0%，前一季度为2.4%。", "2026-04-30", "2.4%", "2025Q4"),
    ("本港第三季GDP按年增長3.8%，較前一季的3.1%加快。", "2025-11-20", "3.1%", "2025Q2"),
    ("本港第三季GDP按年增長3.8%，較前一季的3.1%加快。", "2025-11-20", "3.8%", "2025Q3"),
])
def test_qian_yi_ji_is_the_quarter_before(text: str, date: str, surface: str, period: str) -> None:
    assert facts(text, date)[surface]["period"] == period


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("具體來看，恒生指數在11月3日開盤報25999.17點，於11月7日收盤時報26241.83點，全周累計上漲1.29%，"
     "總成交額達到1.15萬億港元。", "1.29%", "恒生指數"),
    ("恒生科技指數在11月3日開盤5936.28點，11月7日收於5837.36點，全周跌幅為1.02%。", "1.02%", "恒生科技指數"),
])
def test_a_markets_whole_week_runs_to_the_last_day_named(text: str, surface: str, subject: str) -> None:
    got = facts(text, "2025-11-12")[surface]
    assert (got["period"], got["subject"]) == ("2025-11-03/2025-11-07", subject)


def test_a_whole_week_outside_a_market_or_without_a_day_is_left_alone() -> None:
    assert facts("全周来看，全国大部地区气温偏高，11月7日最高气温达25℃。", "2025-11-12")["25℃"]["period"] == "2025-11-07"


def test_levels_told_after_tiao_sheng_hou_fen_bie_wei_take_the_day_they_apply_from() -> None:
    got = facts("中央銀行3月21日召開2024年第一季理監事會,升息半碼,3大主要利率調升後分別為重貼現率2%、"
                "擔保放款融通利率2.375%、短期融通利率4.25%,自3月22日起實施。", "2024-03-22")
    assert [got[s]["period"] for s in ("2%", "2.375%", "4.25%")] == ["2024-03-22"] * 3
