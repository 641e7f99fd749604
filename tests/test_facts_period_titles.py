"""A period inside a document's title after a figure is the title's (store/facts/period_titles.py;
sealed9: the departments issuing `《…实施方案（2025—2027年）》` are no count of 2025–2027)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface"), [
    ("工业和信息化部等十一个部门联合印发《铜产业高质量发展实施方案（2025—2027年）》。", "十一个"),
    ("工业和信息化部等七部门近日印发《关于推动制造业绿色化发展的指导意见（2024—2030年）》。", "七部门"),
    ("国家发展改革委等五部门印发《2026年全国碳达峰工作要点》。", "五部门"),
    ("十部门联合发布《数字乡村发展行动计划（2026—2028年）》，明确了任务。", "十部门"),
])
def test_the_issuers_of_a_document_take_no_period_from_its_title(text: str, surface: str) -> None:
    assert periods(text, "2026-03-10")[surface] is None


def test_a_period_before_a_title_still_dates_what_follows() -> None:
    got = periods("国家统计局发布《2024年国民经济和社会发展统计公报》，全年国内生产总值1349084亿元。", "2025-02-28")
    assert got["1349084亿元"] == "2024"


def test_a_period_stated_before_the_figure_is_kept() -> None:
    got = periods("2021年，中国对外直接投资流量1788.2亿美元，见《2021年度中国对外直接投资统计公报》。", "2022-11-07")
    assert got["1788.2亿美元"] == "2021"
