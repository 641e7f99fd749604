"""Subjects of forms many writers use, found by writing sentences in the registers the fresh samples hold (Hong
Kong and Macao results and property reports, Taiwan statistics and stock-market weeklies, mainland communiqués,
company results, bond, FX and commodity reports, prices and jobs news) and reading what the extractor gives; the
market and balance forms here, the list forms in test_facts_subject_lists31.py.  Each sentence is written for the test.

- **A net trade told with its market or currency** (`賣超台股964.66億元`, `累計賣超新台幣412億元`) is who traded and
  how (`外資賣超`), as when the sum follows the verb: the market was read as the subject, or the verb alone.
- **A market's window** after the thing that moved (`黄金价格周线上涨2.3%`, `恒生指數全周累升580點`, `布伦特原油期货周
  跌幅为2.8%`) is no part of it, and a window alone (`週漲幅約0.32%`, `週線上漲1.8%`) names nothing: the move is the
  thing's the sentence priced before it.
- **A balance named after its sum** (`首4個月錄1,159億元赤字`, `由原來預算約670億元赤字，轉為…29億盈餘`) is that
  balance whatever word stands before the sum, as after 錄得.
- **A change told against a base** is the compared thing's: not the base's words (`較上期(11月上旬,下同)上漲50元/噸`
  gave `較上期`), nor the base level's measure (`較上月(10月31日)市值88兆元增加2兆元` gave `市值`; the base level
  itself stays `市值`).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str, date: str | None = "2025-11-20") -> dict[str, str | None]:
    return {f["surface"]: f.get("subject") for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("外資本週賣超台股865億元，投信則買超120億元。", "865億元", "外資賣超"),
    ("僅投信買超，外資則持續調節持股，賣超台股512.3億元。", "512.3億元", "外資賣超"),
    ("上週外資在集中市場賣超新台幣702.5億元，連續第3週賣超。", "702.5億元", "外資賣超"),
    ("外資本週累計賣超新台幣412億元，三大法人合計賣超505億元。", "412億元", "外資累計賣超"),
])
def test_a_net_trade_told_with_its_market_or_currency_is_who_traded(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("黄金价格周线上涨2.3%，收报每盎司4080美元，白银周线下跌1.1%。", "2.3%", "黄金价格"),
    ("黄金价格周线上涨2.3%，收报每盎司4080美元，白银周线下跌1.1%。", "1.1%", "白银"),
    ("恒生指數全周累升580點或2.3%，國企指數則升2.1%。", "580點", "恒生指數"),
    ("纽约原油期货本周累计下跌3.2%，布伦特原油期货周跌幅为2.8%。", "2.8%", "布伦特原油期货"),
    ("加權指數收盤27,560點，較上週（11月14日）27,248點上漲312點，週漲幅約1.15%。", "約1.15%", "加權指數"),
    ("上櫃股價指數本週下跌3.5點，收在265.4點，週跌幅1.3%。", "1.3%", "上櫃股價指數"),
    ("台股加權指數收在27,560點，週線上漲1.8%。", "1.8%", "台股加權指數"),
])
def test_a_markets_window_is_no_part_of_what_moved(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


def test_a_week_that_names_a_thing_stays() -> None:
    assert _subjects("上海时装周上涨3%。")["3%"] == "上海时装周"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("截至7月底，政府本財政年度首4個月錄1,159億元赤字。", "1,159億元", "赤字"),
    ("預計綜合帳目將由原來預算約670億元赤字，轉為錄得29億元盈餘。", "約670億元", "赤字"),
    ("綜合帳目將由原來預算670億赤字轉為29億盈餘。", "29億", "盈餘"),
])
def test_a_balance_named_after_its_sum_is_that_balance(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("螺紋鋼價格為3,600元/噸，較上期（11月上旬，下同）上漲50元/噸，增幅1.4%。", "50元/噸", "螺紋鋼價格"),
    ("螺紋鋼價格為3,600元/噸，較上期（11月上旬，下同）上漲50元/噸，增幅1.4%。", "1.4%", "螺紋鋼價格"),
    ("上市公司市值為新台幣90兆元，較上月（10月31日）市值88兆元增加2兆元，增幅約為2.27%。", "2兆元", "上市公司市值"),
    ("上市公司市值為新台幣90兆元，較上月（10月31日）市值88兆元增加2兆元，增幅約為2.27%。", "2.27%", "上市公司市值"),
    ("上市公司市值為新台幣90兆元，較上月（10月31日）市值88兆元增加2兆元，增幅約為2.27%。", "88兆元", "市值"),
])
def test_a_change_told_against_a_base_is_the_compared_things(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject
