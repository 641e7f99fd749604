"""A target at a five-year plan's end (`力争“十五五”末形成9个…`) is of the plan's last year, while its `期末`
reporting results dates nothing (store/facts/period_plan_ends.py); counts of the aspects a document is divided in
(`围绕…等6个方面`) take no period unless the period they are for is told before them in their sentence
(store/facts/period_aspect_counts.py)."""

from __future__ import annotations

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


def test_a_target_at_the_plans_end_is_of_its_last_year() -> None:
    got = periods("力争“十五五”末形成9个左右万亿级产业集群、研发投入强度达到3.7%左右，高新技术企业超7万家。", "2026-01-20")
    assert (got["9个左右"], got["3.7%左右"], got["超7万家"]) == ("2030",) * 3


def test_a_plans_term_end_reporting_results_still_dates_nothing() -> None:
    assert periods("“十一五”期末,全区完成生产总值249.1亿元。", "2011-01-20")["249.1亿元"] is None


def test_aspects_of_a_plan_named_in_a_title_take_no_period() -> None:
    got = periods("《扩大消费“十五五”规划》近日出台，《规划》围绕服务消费、消费环境等6个方面，部署一系列政策举措。", "2026-03-01")
    assert got["6个"] is None


def test_aspects_before_a_later_span_take_no_period() -> None:
    assert periods("鄧輝從五個方面對過去一年的工作進行了全面回顧。", "2018-01-25")["五個"] is None


def test_aspects_told_under_their_period_keep_it() -> None:
    assert periods("“十五五”时期，江苏牢牢把握战略定位，设置26项指标和14个方面重点任务。", "2026-03-01")["14个"] == "2026/2030"
