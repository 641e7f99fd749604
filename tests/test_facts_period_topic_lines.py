"""A paragraph of a statistical report may open with a topic line (`引资结构向好向优。`, `工业结构不断优化。`): a
short sentence without figures. The statistics after it continue the period of the paragraph before
(store/facts/period_carry.py); a level, a project's sum or a threshold after such a line does not."""

from __future__ import annotations

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


LEAD = "商务部最新数据显示，今年1—2月，全国新设立外商投资企业8631家，同比增长14%；实际使用外资金额1614.5亿元人民币。\n"


def test_statistics_after_a_topic_line_take_the_period_of_the_paragraph_before() -> None:
    got = periods(LEAD + "引资结构向好向优。高技术产业实际使用外资632.1亿元人民币，同比增长20.4%，占全国实际使用外资的39.2%。",
                  "2026-03-21")
    assert (got["632.1亿元人民币"], got["20.4%"], got["39.2%"]) == ("2026-01/2026-02",) * 3


def test_a_project_after_a_topic_line_takes_none() -> None:
    got = periods(LEAD + "新质生产力加快培育。天津投资11.53亿元的汽车配套项目启动建设，达产后年产值超30亿元。", "2026-03-21")
    assert got["11.53亿元"] is None


def test_a_line_with_figures_is_no_topic_line() -> None:
    got = periods(LEAD + "外资企业达到3万家。高技术产业实际使用外资同比增长20.4%。", "2026-03-21")
    assert got["20.4%"] is None


def test_a_share_held_for_unnamed_years_takes_no_year_before_it() -> None:
    text = "2020年，安踏集团营收超过355亿元。连续多年，安踏的创新研发成本占比一直超5%。"
    assert periods(text, "2022-12-21")["超5%"] is None
