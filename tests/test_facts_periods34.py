"""Periods as classes of form (round 34: per34), sentences written for the tests in the registers the bulk corpus and
the gold sets show; each class's specs fail on the round's first code (fd2c1c8), the guards (`…keep…`, a record's
horizon) pass on it and keep what was right.

- **A window since a month with its event between** (`今年3月开工以来`, `自2023年10月新一轮冲突爆发以来`, `去年10月启动
  以来`, and after 自 a clause of its own, `自去年4月，六部门联合部署开展综合治理以来`): the figures after it are totals
  since then, the months from that one to the article's, as `自2024年1月以来` and `自2015年4月挂牌以来` already were; the
  event in between had made the start month alone their period. A record's horizon (`有气象记录以来最强`) stays a
  horizon.
- **A plan's opening or closing year** (`“十五五”开局之年`, `“十四五”规划收官之年`, `实施“十二五”规划的第一年`: some 250
  times in the bulk corpus) is that one year, for the figures it dates and those its sentence carries to the next; it had
  been the plan's five years (`今年是“十五五”开局之年，全省GDP增长5.2%` → 2026/2030). A `五年` its sentence counts
  (`今年是“十四五”收官之年，这五年…`, `未来5年`) is still the plan's five years.
- **Taiwan's year before last with its ROC number in brackets** (`前(111)年`, as `今(113)年`, `去(112)年` already were): the
  year 2022 and its figures' period (the bracket had been left unread, and the figures took the year told before).
- **A base told with its cutoff** (`较截至6月末的余额增长0.5%`, `較截至6月的12個月平均回報略降0.5個百分點`): the cutoff
  after 较/比 is the base's, as `较6月末` already was; the change and the figures after it keep the sentence's own period
  (they had taken the base's month).
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


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("今年是“十五五”开局之年，全省地区生产总值增长5.2%。", "5.2%", "2026-07-21", "2026"),
    ("作为“十五五”规划开局之年的首场大型展会，共有超过2000家企业参展。", "超过2000家", "2026-04-12", "2026"),
    ("“十四五”规划收官之年，全国粮食产量达到1.43万亿斤。", "1.43万亿斤", "2025-12-12", "2025"),
    ("2011年是实施“十二五”规划的第一年，全市财政收入增长12%。", "12%", "2011-12-20", "2011"),
])
def test_a_plans_opening_or_closing_year_is_that_year(text: str, surface: str, date: str, period: str) -> None:
    assert _one(text, surface, date)["period"] == period


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("“十五五”时期，全省地区生产总值年均增长5%。", "5%", "2026-07-21", "2026/2030"),
    ("力争“十五五”末形成9个万亿级产业集群。", "9个", "2026-07-21", "2030"),
])
def test_the_plan_itself_and_its_end_keep_theirs(text: str, surface: str, date: str, period: str) -> None:
    assert _one(text, surface, date)["period"] == period


def test_the_year_before_last_with_its_roc_number_in_brackets() -> None:
    text = "回顧去(112)年，臺北捷運平均日運量為194.6萬人次；前(111)年平均日運量為160.9萬人次。"
    years = {f["surface"]: f["value"] for f in extract(text, date="2024-01-01") if f["kind"] == "year"}
    assert years.get("111") == 2022
    assert _one(text, "160.9萬人次", "2024-01-01")["period"] == "2022"


@pytest.mark.parametrize(("text", "date", "period"), [
    ("今年是“十四五”收官之年，这五年，全省发展日新月异。", "2025-10-07", "2021/2025"),
    ("今年是“十五五”开局之年，未来5年全省将继续推动高质量发展。", "2026-01-05", "2026/2030"),
])
def test_five_years_its_sentence_counts_keep_the_plans_years(text: str, date: str, period: str) -> None:
    f = next(f for f in extract(text, date=date) if f["kind"] == "duration")
    assert f["period"] == period


def test_the_next_five_years_are_not_the_plan_whose_end_is_the_base() -> None:
    text = "新一个五年里，我国海上风电累计并网装机规模达到1亿千瓦以上，比“十四五”末翻一番。"
    f = next(f for f in extract(text, date="2026-03-30") if f["kind"] == "duration")
    assert f["period"] is None


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("截至9月底，人民币存款余额为18万亿元，较截至6月末的余额增长0.5%。", "0.5%", "2025-09-30"),
    ("截至9月底，股票基金過去12個月平均淨回報為18.8%，較截至6月的12個月平均回報略降0.5個百分點，期內表現最佳的基金賺達43.2%。",
     "0.5個百分點", "2024-10/2025-09"),
    ("截至9月底，股票基金過去12個月平均淨回報為18.8%，較截至6月的12個月平均回報略降0.5個百分點，期內表現最佳的基金賺達43.2%。",
     "43.2%", "2024-10/2025-09"),
])
def test_a_base_told_with_its_cutoff_is_no_period_of_the_change(text: str, surface: str, period: str) -> None:
    assert _one(text, surface, "2025-10-20")["period"] == period
