"""A loss's level is a negative figure of the profit it names, in its register's wording
(tests/gold/README.md: sealed2 and sealed3 judgement calls); a change of the loss keeps
the loss; a level reached after a change names what changed; a segment's line under an
outline heading is named by segment and line."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("2023年度,集團營業額微升0﹒1%至9696萬元,股東應佔虧損擴大29%至9﹒47億元。", "9﹒47億元", "股東應佔溢利"),
    ("截至2024年6月止半年度,股東應佔虧損收窄40﹒5%至5249萬元。", "5249萬元", "股東應佔溢利"),
    ("期內股东应占亏损2.08亿港元,同比增加12.5%。", "2.08亿港元", "股东应占溢利"),
    ("集團錄得股東應佔虧損3﹒2億元。", "3﹒2億元", "股東應佔溢利"),
    ("预计本集团将录得本公司拥有人应占净亏损约11.0百万港元至15.0百万港元。", "约11.0百万港元至15.0百万港元",
     "本公司拥有人应占净溢利"),
    ("去年同期则为本公司拥有人应占净亏损约7.0万港元。", "约7.0万港元", "本公司拥有人应占净溢利"),
])
def test_an_attributable_loss_is_a_level_of_attributable_profit(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("股東應佔虧損擴大29%至9﹒47億元。", "29%", "股東應佔虧損"),
    ("股東應佔虧損收窄40﹒5%至5249萬元。", "40﹒5%", "股東應佔虧損"),
    ("期內股东应占亏损2.08亿港元,同比增加12.5%。", "12.5%", "股东应占亏损"),
    ("分部虧損擴大2﹒8倍至15﹒59億元。", "2﹒8倍", "分部虧損"),
])
def test_a_change_of_a_loss_keeps_the_loss(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("分部虧損擴大29﹒5倍至3﹒99億元。", "3﹒99億元", "分部溢利"),
    ("受疫情影响,期内,酒店分部亏损1.65亿港元。", "1.65亿港元", "酒店分部溢利"),
    ("每股基本亏损0.19港元,不派中期息。", "0.19港元", "每股基本盈利"),
    ("报告亏损之每股亏损为15.1港仙。", "15.1港仙", "报告亏损之每股盈利"),
])
def test_segment_and_per_share_losses_name_hong_kong_profit_words(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("公司净亏损扩大20%至3亿元。", "3亿元", "净利润"),
    ("公司归属净利润和扣非净利润均出现大幅亏损,分别为-2.87亿元和-1.45亿元。", "-1.45亿元", "扣非净利润"),
    ("公司未弥补亏损达27.18亿元。", "27.18亿元", "未弥补亏损"),
])
def test_mainland_losses_and_balances(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("(二)投資:營業額減少98﹒5%至2000元,分部虧損擴大29﹒5倍至3﹒99億元;", "2000元", "投資營業額"),
    ("(二)投資:營業額減少98﹒5%至2000元,分部虧損擴大29﹒5倍至3﹒99億元;", "98﹒5%", "投資營業額"),
    ("(二)投資:營業額減少98﹒5%至2000元,分部虧損擴大29﹒5倍至3﹒99億元;", "3﹒99億元", "投資分部溢利"),
    ("(四)酒店業務:營業額下跌0﹒3%至31萬元,分部虧損收窄28﹒8%至823萬元;", "28﹒8%", "酒店業務分部虧損"),
    ("（三）醫療設備貿易：營業額下跌43﹒5%至986萬元，錄得分部溢利25萬元；", "25萬元", "醫療設備貿易分部溢利"),
])
def test_a_segment_line_under_a_heading_is_named_by_segment_and_line(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("投資業務:營業額減少98﹒5%至2000元。", "2000元", "營業額"),
    ("重点项目:投资额增长12.1%至3200亿元。", "3200亿元", "投资额"),
])
def test_a_level_after_a_change_names_what_changed_not_the_heading(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("(2)網路銷售額:零售業網路銷售額達1,097億元,年增16.5%。", "1,097億元", "零售業網路銷售額"),
    ("(一)主要指标:全市地区生产总值增长5.2%。", "5.2%", "全市地区生产总值"),
])
def test_a_heading_does_not_prefix_a_subject_that_names_itself(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_spoken_net_loss_is_the_net_profits() -> None:
    # 净亏 (the spoken 净亏损) kept the loss's name beside its negative value: 净亏 −3.2亿 reads as a gain
    got = {f["surface"]: f["subject"] for f in extract("公司上半年净亏3.2亿元。", date="2025-08-14")}
    assert got["3.2亿元"] == "净利润"
    got = {f["surface"]: f["subject"] for f in extract("公司上半年淨虧3.2億元。", date="2025-08-14")}
    assert got["3.2億元"] == "淨利潤"
