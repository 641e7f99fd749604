"""分别 lists whose items an earlier clause of the sentence named (tests/gold/README.md: in
分别 lists the respective item); 产销 is not split (the README's sealed4 call)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-11-10")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("前10月,服装、纺织品、鞋类3大类劳动密集型产品均呈现负增长,3类产品出口分别同比下滑7.0%、1.4%和4.7%。", "7.0%", "服装"),
    ("前10月,服装、纺织品、鞋类3大类劳动密集型产品均呈现负增长,3类产品出口分别同比下滑7.0%、1.4%和4.7%。", "4.7%", "鞋类"),
    ("以汽车、家电、船舶等优势产品为例,前两个月出口分别增长15.8%、24.3%、180.6%。", "15.8%", "汽车"),
    ("以汽车、家电、船舶等优势产品为例,前两个月出口分别增长15.8%、24.3%、180.6%。", "180.6%", "船舶"),
    ("河北、山西、内蒙古三省区产量居前，产量分别增长3.1%、2.5%和1.9%。", "2.5%", "山西"),
])
def test_the_items_of_an_earlier_clause_take_the_figures_after_fenbie(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "unexpected"), [
    # two items, three figures: not this list's
    ("汽车、家电出口增长较快,前两个月出口分别增长15.8%、24.3%、180.6%。", "15.8%", "汽车"),
    # the list's items carry figures of their own: the figures' subjects, not the items
    ("钢材、水泥产量分别为1.2亿吨、2亿吨,同比分别增长3%和4%。", "3%", "钢材、水泥产量"),
])
def test_a_list_that_does_not_fit_is_left_alone(text: str, surface: str, unexpected: str) -> None:
    assert subjects(text)[surface] != unexpected


@pytest.mark.parametrize(("text", "surface"), [
    ("今年1到10月份，我国新能源汽车产销分别完成548.5万辆和528万辆。", "548.5万辆"),
    ("前三季度，汽车产销分别完成2433万辆和2442万辆，同比分别增长13%和12.9%。", "12.9%"),
    ("上半年，新能源汽车产销分别为211.5万辆和209万辆。", "209万辆"),
])
def test_chan_xiao_stays_whole(text: str, surface: str) -> None:
    # the gold README's sealed4 call: `汽车产销分别完成…` gives both figures `汽车产销`
    # (产销量 names the two volumes and splits: tests/test_facts_output_sales_pairs.py, sealed11's labels)
    assert "产销" in (subjects(text)[surface] or "")
