"""A line wrapped inside a sentence (PDF releases, fixed-width pages) is read as if written without the break
(store/facts/wrapped_lines.py): the figures after it keep their subject; a headline's own line still ends."""

from __future__ import annotations

from store.facts import extract
from store.facts.wrapped_lines import wrapped_line_edits


def facts(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2025-08-15")}


def test_a_break_inside_a_word_does_not_end_the_clause() -> None:
    got = facts("國家統計局公布，７月城鎮調查失業率升\n至５﹒２％，較６月的失業率５％，上升０﹒２個百分點。")
    assert got["５﹒２％"]["subject"] == "城鎮調查失業率"
    assert got["５﹒２％"]["surface"] == "５﹒２％"


def test_a_break_before_the_change_verb_does_not_end_the_clause() -> None:
    got = facts("３１個大城市城鎮調查失業率為５﹒２％，比上月\n上升０﹒２個百分點，比上年同月下降０﹒１個百分點。")
    assert got["０﹒２個百分點"]["subject"] == "大城市城鎮調查失業率"
    assert got["０﹒１個百分點"]["subject"] == "大城市城鎮調查失業率"


def test_a_break_after_a_comma_or_before_a_level_does_not_end_the_clause() -> None:
    text = "由於全球通膨壓力居高、主要國家貨幣金融市場緊縮、\n美中經濟降溫,預測2022年全球經濟成長率從上年的5.9%減為\n2.9%。"
    got = facts(text)
    assert got["2.9%"]["subject"] == "全球經濟成長率"
    f = got["2.9%"]
    assert text[f["start"]:f["end"]] == "2.9%"


def test_a_headline_on_its_own_line_still_ends() -> None:
    for text in ("新疆喀什至重庆列车开行 实现新疆南疆至川渝地区直达\n7月1日，新疆喀什至重庆西K1584次列车开行。",
                 "八、加快农业农村现代化，扎实推进乡村全面振兴\n农业农村现代化关系中国式现代化全局。",
                 "也门多地持续遭美军袭击\n据也门胡塞武装称，当地时间21日晚到今天凌晨。"):
        assert wrapped_line_edits(text) == []
