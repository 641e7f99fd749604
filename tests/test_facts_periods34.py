"""Periods as classes of form (round 34: per34), each spec failing on the round's first code (sentences written
for the tests, in the registers the bulk corpus and the gold sets show).

- **A window since a month with its event between** (`今年3月开工以来`, `自2023年10月新一轮冲突爆发以来`, `去年10月启动
  以来`, and after 自 a clause of its own, `自去年4月，六部门联合部署开展综合治理以来`): the figures after it are totals
  since then, the months from that one to the article's, as `自2024年1月以来` and `自2015年4月挂牌以来` already were; the
  event in between had made the start month alone their period. A record's horizon (`有气象记录以来最强`) stays a
  horizon.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str) -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _one(text: str, surface: str, date: str) -> dict:
    return next(f for f in _facts(text, date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("该生态修复项目今年3月开工以来，已完成全部42处廊道建设。", "42处", "2026-06-03", "2026-03/2026-06"),
    ("自2023年10月新一轮地区冲突爆发以来，当地已有超过3万人流离失所。", "超过3万人", "2025-03-24", "2023-10/2025-03"),
    ("融资协调工作机制去年10月启动以来，各地累计为小微企业授信超过8万亿元。", "超过8万亿元", "2025-03-20",
     "2024-10/2025-03"),
    ("自去年4月，五部门联合部署开展农药残留问题专项治理以来，各地共查办案件1.2万余件。", "1.2万余件", "2026-08-20",
     "2025-04/2026-08"),
    ("自2019年8月首趟国际货运班列正式开行以来，累计运送货物4.2万标箱。", "4.2万标箱", "2025-05-10", "2019-08/2025-05"),
    ("自3月份全省春季促就业专项行动实施以来，各地提供岗位超过60万个。", "超过60万个", "2025-07-01", "2025-03/2025-07"),
])
def test_a_window_since_a_month_with_its_event_between(text: str, surface: str, date: str, period: str) -> None:
    assert _one(text, surface, date)["period"] == period


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("当地去年10月出现有气象记录以来最强秋汛，补种小麦300万亩。", "300万亩", "2025-03-20", "2024-10"),
])
def test_a_record_horizon_is_no_window(text: str, surface: str, date: str, period: str) -> None:
    assert _one(text, surface, date)["period"] == period
