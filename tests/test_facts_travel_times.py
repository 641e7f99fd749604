"""A time cut or stretched is the time's, before and after the change (tests/gold/README.md:
`車程從3個小時縮短至約45分鐘` → 香港到珠海、澳門的車程 for both figures)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-15")}


@pytest.mark.parametrize(("text", "before", "after", "expected"), [
    ("通车后，重庆到西安的列车运行时间，将由现在的最快5个多小时缩短至2小时左右。",
     "5个多小时", "2小时左右", "重庆到西安的列车运行时间"),
    ("开通后，两地火车通行时间由原来约2.5小时缩短至50分钟左右。", "约2.5小时", "50分钟左右", "两地火车通行时间"),
    ("外资银行审批时限，由180天缩短至120天；", "180天", "120天", "外资银行审批时限"),
    ("他研发的新型刀闸，将电力抢修时间由45分钟降低到了8分钟。", "45分钟", "8分钟", "电力抢修时间"),
    ("繁育一个新品种的周期就可以从10年缩短到4年。", "10年", "4年", "繁育一个新品种的周期"),
    ("航天员驻留时间从十三天增加到180天。", "十三天", "180天", "航天员驻留时间"),
    ("交会对接从44小时缩短到2小时，而航天员驻留的时间则从13天增加到180天。", "13天", "180天", "航天员驻留的时间"),
])
def test_both_levels_of_a_changed_time_are_the_times(text: str, before: str, after: str, expected: str) -> None:
    got = subjects(text)
    assert got[before] == expected
    assert got[after] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("税务部门办理正常退税的平均时间已经压缩到6个工作日内。", "6个工作日", "税务部门办理正常退税的平均时间"),
    ("开港后，中秘间单程海运时间将缩短至23天。", "23天", "中秘间单程海运时间"),
    ("正式运营后，南宁至玉林的火车运行时间将缩短到约1小时。", "约1小时", "南宁至玉林的火车运行时间"),
])
def test_a_time_cut_to_a_level_is_the_times(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("南宁至凭祥将从目前4个多小时缩短至1个多小时。", "4个多小时"),
    ("欧元兑美元从三个月低点回升。", "三个月"),
])
def test_a_trip_or_span_without_a_word_of_time_is_left_alone(text: str, surface: str) -> None:
    assert subjects(text)[surface] is None


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("两国元首举行会谈，交流时长近10小时。", "近10小时", "交流时长"),
    ("开通后，全程用时仅需5小时。", "5小时", "全程用时"),
    ("小麦成熟后适收期只有3—5天。", "3—5天", "小麦成熟后适收期"),
    ("房贷利率重定价周期可由一年调整为三个月或半年。", "三个月", "房贷利率重定价周期"),
])
def test_a_time_told_as_a_level_is_the_times(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_span_framing_other_figures_after_a_time_word_is_left_alone() -> None:
    assert subjects("这段时间近3年来一直如此。")["近3年"] is None
