"""Subjects of list forms many writers use, found by writing sentences in the registers the fresh samples hold
(mainland communiqués and news, Taiwan export orders, Hong Kong releases) and reading what the extractor gives.
Each sentence is written for the test.

- **A comparison with a list of comparands** (`增长5.8%，分别高于全国、全省0.8个和0.5个百分点`) gives the points to
  the indicator, not to the last comparand (`全省`).
- **Ordinals listed with 第 once** (`第一、二、三产业增加值分别为…`) are each `第N产业…`: the second and third lost
  their 第 (`二产业增加值`), or the first its noun.
- **Items named in the clause before `分别`** when the figures' clause names only a time and a measure
  (`帶動電子及資訊通信產品接單動能續強，9月接單分別年增21.4%及33.0%`) are each their figure's: the measure alone
  (`接單`) was the subject of both.
- **A figure right after a superlative clause** (`其中华东地区跌幅最大，为2.5%`, `其中內地旅客佔最多，達820萬人次，
  按年增11%`) is the holder's the clause names: it took the whole's told before (全国水泥市场价格), none, or the
  holder's words doubled.
- **A group noun the items share** (`城镇和农村居民人均可支配收入分别…`): the dictionary's 农村居民 holds the second
  item and the group, so the first item lost 居民 (`城镇人均可支配收入`).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str, date: str | None = "2025-11-20") -> dict[str, str | None]:
    return {f["surface"]: f.get("subject") for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("全市GDP增长5.8%，分别高于全国、全省0.8个和0.5个百分点。", "0.8个", "全市GDP"),
    ("全市GDP增长5.8%，分别高于全国、全省0.8个和0.5个百分点。", "0.5个百分点", "全市GDP"),
    ("规上工业增加值增长8.1%，高于全国、全省2.1个、1.5个百分点。", "1.5个百分点", "规上工业增加值"),
    ("全市GDP增长5.8%，比全国、全省分别高0.8个和0.5个百分点。", "0.8个", "全市GDP"),
])
def test_a_comparison_with_listed_comparands_is_the_indicators(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


def test_a_threshold_list_stays_the_items() -> None:
    subjects = _subjects("全省与各国贸易增长，其中，出口额超过千亿元、百亿元和十亿元的市场分别有5个、28个和96个。")
    assert subjects["28个"] != "全省与各国贸易"


@pytest.mark.parametrize(("text", "subjects"), [
    ("全市第一、二、三产业增加值分别为120亿元、860亿元和1020亿元。",
     {"120亿元": "第一产业增加值", "860亿元": "第二产业增加值", "1020亿元": "第三产业增加值"}),
    ("第一、二、三产业分别拉动全市经济增长0.3个、2.1个和3.0个百分点。",
     {"0.3个": "第一产业", "2.1个": "第二产业", "3.0个百分点": "第三产业"}),
    ("第一、二、三產業增加值占全區生產總值的比重較上年分別下降0.4個、1.1個和提高1.5個百分點。",
     {"1.1個": "第二產業增加值占全區生產總值的比重"}),
])
def test_ordinals_listed_with_di_once_are_each_named_whole(text: str, subjects: dict[str, str]) -> None:
    got = _subjects(text)
    assert {s: got[s] for s in subjects} == subjects


@pytest.mark.parametrize(("text", "subjects"), [
    ("城镇和农村居民人均可支配收入分别增长4.2%和6.3%。",
     {"4.2%": "城镇居民人均可支配收入", "6.3%": "农村居民人均可支配收入"}),
    ("城镇和农村居民人均可支配收入分别为52000元和26000元。",
     {"52000元": "城镇居民人均可支配收入", "26000元": "农村居民人均可支配收入"}),
])
def test_a_group_noun_the_items_share_is_each_items(text: str, subjects: dict[str, str]) -> None:
    got = _subjects(text)
    assert {s: got[s] for s in subjects} == subjects


def test_items_of_other_lengths_are_not_cut_inside_a_word() -> None:
    # the items are of other lengths and 电器 is no group noun: the head is the items' 出口
    got = _subjects("其中，钢材、集成电路、家用电器出口分别增长5.1%、22.6%、8.8%。")
    assert got["22.6%"] in ("集成电路出口", "集成电路")


@pytest.mark.parametrize(("text", "subjects"), [
    ("受惠雲端需求，帶動電子及資訊通信產品接單動能續強，9月接單分別年增21.4%及33.0%。",
     {"21.4%": "電子", "33.0%": "資訊通信產品"}),
    ("汽车和家电消费表现亮眼，销售额分别增长12%和8%。", {"12%": "汽车", "8%": "家电"}),
])
def test_items_named_in_the_clause_before_fenbie_are_each_figures(text: str, subjects: dict[str, str]) -> None:
    got = _subjects(text)
    assert {s: got[s] for s in subjects} == subjects



@pytest.mark.parametrize(("text", "subjects"), [
    ("全国水泥市场价格环比下跌1.2%，其中华东地区跌幅最大，为2.5%。", {"1.2%": "全国水泥市场价格", "2.5%": "华东地区跌幅"}),
    ("分行业看，电子信息业增长最快，增长15.6%。", {"15.6%": "电子信息业"}),
    ("其中內地旅客佔最多，達820萬人次，按年增11%。", {"820萬人次": "內地旅客", "11%": "內地旅客"}),
    ("三大客源中以內地旅客所佔比重最高，達68.2%。", {"68.2%": "內地旅客"}),
])
def test_a_figure_after_a_superlative_clause_is_the_holders(text: str, subjects: dict[str, str]) -> None:
    got = _subjects(text)
    assert {s: got[s] for s in subjects} == subjects
