"""Change directions in wording the change table lacked (the sealed9 sample's misses, as classes):
- budgets that spend more or less than a year before: `比上年减支9240万元` (down), `增支` (up);
- Hong Kong banks' margins widening: `淨息差按年擴闊13個基點` (up, as 收窄 is down);
- a growth rate named in full before its figure: `营业收入增长幅度约31.67%到39.15%` (up), `下降幅度为12%`;
- a year-on-year rate with a verb of reaching before the figure: `年增率高達百分之卅五點九`, `年增率可望衝兩成`;
- a list sharing the rate noun after it: `分別錄得9.8%及6.9%的按年增幅` (both up);
- the level a change reached, after the change's own figure: `上升百分之十一点二达到一千七百九十九亿港元`
  (the level has no direction, as `增至254万辆` has none);
- a named change whose range crosses zero (`变动值为:-1101.45万元至98.55万元`) says no direction.
Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str) -> dict:
    found = [f for f in extract(text, date="2025-06-16") if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in extract(text, date="2025-06-16")])
    return found[0]


@pytest.mark.parametrize(("text", "surface", "change", "word"), [
    ("一般公共预算支出比上年减支9240万元,下降7.9%。", "9240万元", "down", "减支"),
    ("政府性基金支出比上年增支1.2亿元。", "1.2亿元", "up", "增支"),
    ("淨息差較去年同期擴闊7個基點至2﹒05%。", "7個基點", "up", "擴闊"),
    ("上半年淨息差1.97厘,按年擴濶13個基點。", "13個基點", "up", "擴濶"),
    ("存贷利差扩阔5个基点。", "5个基点", "up", "扩阔"),
    ("营业收入增长幅度约31.67%到39.15%。", "约31.67%到39.15%", "up", "增长幅度"),
    ("净利润下降幅度为12.5%。", "12.5%", "down", "下降幅度"),
    ("电子产品年增率高达百分之卅五点九。", "百分之卅五点九", "up", "年增率"),
    ("經濟部預測全年外銷訂單年增率可望衝兩成。", "兩成", "up", "年增率"),
])
def test_the_direction_is_read_from_the_word(text: str, surface: str, change: str, word: str) -> None:
    f = fact(text, surface)
    assert (f["change"], f["change_word"]) == (change, word)


@pytest.mark.parametrize(("text", "surfaces", "change"), [
    ("毛保費及淨保費分別錄得9.8%及6.9%的按年增幅。", ("9.8%", "6.9%"), "up"),
    ("三類產品分別錄得3.2%、4.1%和5%的按年跌幅。", ("3.2%", "4.1%", "5%"), "down"),
])
def test_a_list_shares_the_rate_noun_after_it(text: str, surfaces: tuple[str, ...], change: str) -> None:
    assert [fact(text, s)["change"] for s in surfaces] == [change] * len(surfaces)


def test_a_share_of_a_rise_is_no_rise() -> None:
    assert fact("消费贡献了60%的涨幅。", "60%")["change"] is None


@pytest.mark.parametrize(("text", "move", "level"), [
    ("商品进口货值较上年同月上升百分之十一点二达到一千七百九十九亿港元。", "百分之十一点二", "一千七百九十九亿港元"),
    ("出口增长5%至100亿元。", "5%", "100亿元"),
    ("销量同比下降3.2%达到120万辆。", "3.2%", "120万辆"),
])
def test_the_level_a_change_reached_has_no_direction(text: str, move: str, level: str) -> None:
    assert fact(text, move)["change"] is not None
    assert fact(text, level)["change"] is None


@pytest.mark.parametrize(("text", "surface", "change"), [
    ("与上年同期相比变动值为:-1101.45万元至98.55万元。", "-1101.45万元至98.55万元", None),
    ("较上年同期相比变动幅度:-4.69%至0.42%。", "-4.69%至0.42%", None),
    ("与上年同期相比变动幅度:-70%至-50%。", "-70%至-50%", "down"),
    ("与上年同期相比变动幅度:20%至50%。", "20%至50%", "up"),
])
def test_a_named_change_across_zero_has_no_direction(text: str, surface: str, change: str | None) -> None:
    assert fact(text, surface)["change"] == change
