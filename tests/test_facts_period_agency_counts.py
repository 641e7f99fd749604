"""Agencies counted after their list (`工业和信息化部等五部门印发通知`) name who acts and have no period, not the
day of the notice nor the years of the plan issued (store/facts/period_agency_counts.py; every set labels them
so)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "date", "surface"), [
    ("今天（1月17日），工业和信息化部等五部门印发通知，启动为期三年的应用试点工作。", "2024-01-17", "五部门"),
    ("工业和信息化部等四部门今天（7月2日）联合发布《国家人工智能产业综合标准化体系建设指南（2024版）》。", "2024-07-02", "四部门"),
    ("工业和信息化部等十一个部门联合印发《铜产业高质量发展实施方案（2025—2027年）》。", "2025-02-14", "十一个"),
    ("今天（1月16日），全国妇联、中央网信办等16个部门部署开展寒假儿童关爱服务活动。", "2024-01-16", "16个"),
])
def test_agencies_counted_after_their_list_have_no_period(text: str, date: str, surface: str) -> None:
    got = {f["surface"]: f for f in extract(text, date=date)}
    assert got[surface]["kind"] == "count" and got[surface]["period"] is None


def test_other_counts_keep_the_day_they_are_told_on() -> None:
    got = {f["surface"]: f["period"] for f in extract(
        "今天（1月17日），工业和信息化部等五部门印发通知，首批确定20个试点城市。", date="2024-01-17")}
    assert got["20个"] == "2024-01-17"


@pytest.mark.parametrize(("text", "date"), [
    ("国家统计局15日发布7月份70个大中城市商品住宅销售价格变动情况统计数据。", "2018-08-17"),
    ("数据显示,9月份70个大中城市中有27城新建商品住宅价格环比上涨。", "2021-10-20"),
])
def test_the_panel_a_release_is_named_by_has_no_period(text: str, date: str) -> None:
    got = {f["surface"]: f for f in extract(text, date=date)}
    assert got["70个"]["kind"] == "count" and got["70个"]["period"] is None
