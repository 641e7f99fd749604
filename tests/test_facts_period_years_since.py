"""`N年来`: the years since a named start (`建交50年来`, `新中国76年来`: from that year to the article's) and
the years a clause opens with (`十年来，…`: the N years ending with the article's year, the duration's own
period); a record's horizon (`为37年来的新高`) stays without period (tests/gold/README.md, sealed7's calls;
period_forms, period_years_since)."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("习近平指出，建交50年来，中卢始终相互尊重、相互信任。", "2022-11-16", "50年", "1972/2022"),
    ("李强表示，中格建交33年来，始终相互尊重、相互理解。", "2025-11-04", "33年", "1992/2025"),
    ("习近平总书记指出，新中国76年来，党领导人民接续奋斗。", "2025-10-01", "76年", "1949/2025"),
    ("两国建交三十年来，双边贸易额增长了百倍。", "2022-01-05", "三十年", "1992/2022"),
])
def test_the_years_since_a_founding_run_from_its_year(text: str, date: str, surface: str, period: str) -> None:
    assert facts(text, date)[surface]["period"] == period


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("生态环境部部长介绍说，十年来，全国生态环境发生了根本性变化。", "2025-03-08", "十年", "2016/2025"),
    ("五年来，农业供给侧结构性改革深入推进。", "2022-09-28", "五年", "2018/2022"),
    ("新闻发言人说，十年来，新疆财政支出的70%以上用于保障和改善民生。", "2022-10-21", "十年", "2013/2022"),
    ("三年来，全市新建学校45所。", "2024-06-01", "三年", "2022/2024"),
])
def test_the_years_a_clause_opens_with_end_with_the_articles_year(text: str, date: str, surface: str,
                                                                 period: str) -> None:
    assert facts(text, date)[surface]["period"] == period


@pytest.mark.parametrize(("text", "surface"), [
    ("法国10月消费者价格指数同比上涨6.2%，为37年来的新高。", "37年"),
    ("美联储四次累计加息225个基点，创下41年来最快加息纪录。", "41年"),
    ("该国经济成长率下修至1.56%，创下6年来的新低纪录。", "6年"),
])
def test_a_records_horizon_stays_without_period(text: str, surface: str) -> None:
    assert facts(text, "2022-10-29")[surface]["period"] is None


@pytest.mark.parametrize(("text", "date", "surfaces", "period"), [
    ("五年来，我国交通基础设施网络更强，综合交通网络总里程超过600万公里。", "2024-02-28", ("超过600万公里",), "2020/2024"),
    ("10年来，福建省经济总量连跨3个万亿元台阶，经营主体数量增加到761万户。", "2024-04-08", ("3个", "761万户"), "2015/2024"),
    ("十年来，我国网民规模达11.25亿人，互联网普及率超80%。", "2026-04-19", ("11.25亿人", "超80%"), "2017/2026"),
    ("新闻发言人说，十年来，新疆财政支出的70%以上用于保障和改善民生。", "2022-10-21", ("70%以上",), "2013/2022"),
])
def test_the_figures_after_a_bare_clause_head_are_of_its_years(text: str, date: str, surfaces: tuple[str, ...],
                                                                period: str) -> None:
    got = facts(text, date)
    assert [got[s]["period"] for s in surfaces] == [period] * len(surfaces)


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("五年来，我国新建铁路2万公里，2024年投资达13529亿元。", "13529亿元", "2024"),   # a period of its own
    ("十年来，全市累计植树造林50万亩，目前森林覆盖率达到45%。", "45%", None),         # now
    ("9年来，雄安新区累计完成投资超1万亿元，成林后森林覆盖率将从11%提升至35.1%。", "35.1%", None),   # a plan
    ("2023年，该省生产总值12.82万亿元。十年来，单位GDP能耗下降26.4%，环境空气质量连续3年达到二级标准。", "3年",
     "2021/2023"),                                                                          # a run keeps its end
])
def test_a_figure_with_its_own_time_keeps_it_after_a_clause_head(text: str, surface: str, period: str | None) -> None:
    assert facts(text, "2024-04-02")[surface]["period"] == period


def test_years_since_a_start_year_named_before_are_read_from_it() -> None:
    got = facts("我国2022年启动卓越工程师培养改革，三年来，已建成50家国家卓越工程师学院。", "2025-12-10")
    assert got["50家"]["period"] == "2022/2025"
    assert got["三年"]["period"] is None


def test_without_the_articles_date_there_is_no_window() -> None:
    assert facts("十年来，全国生态环境发生了根本性变化。", None)["十年"]["period"] is None   # type: ignore[arg-type]


def test_twenty_years_or_more_at_a_clause_head_count_from_a_founding() -> None:
    got = facts("今年，双方共同纪念了邦交正常化50周年。50年来，双方先后达成4个政治文件。", "2022-11-18")
    assert got["50年"]["period"] == "1972/2022"


@pytest.mark.parametrize(("text", "date", "period"), [
    ("去年一年，在刘庆的带领下，他们孵化出市场化的产业技术服务机构5家。", "2024-02-24", "2023"),
    ("仅去年一年，普玉一村旅游收入就超过600万元。", "2025-08-09", "2024"),
])
def test_one_year_named_as_last_year_is_that_year(text: str, date: str, period: str) -> None:
    assert facts(text, date)["一年"]["period"] == period


def test_one_year_of_any_year_stays_without_period() -> None:
    assert facts("独龙江一年之中只有100多天是晴天。", "2024-01-29")["一年"]["period"] is None


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("历经28个月，中俄东线天然气管道穿越长江隧道今天（12月3日）顺利贯通。", "2022-12-03", "28个月", "2020-09/2022-12"),
    ("开通运营15个月的中老铁路，跨境物流运输已覆盖老挝、泰国。", "2023-03-20", "15个月", "2022-01/2023-03"),
])
def test_months_a_work_took_or_a_service_has_run_end_with_the_articles_month(text: str, date: str, surface: str,
                                                                          period: str) -> None:
    assert facts(text, date)[surface]["period"] == period


@pytest.mark.parametrize("text", ["该项目计划历时18个月完成。", "工程将历时18个月。", "项目历时18个月内完成。"])
def test_months_planned_are_no_run(text: str) -> None:
    assert facts(text, "2023-03-20")["18个月"]["period"] is None


def test_months_of_a_run_in_another_time_are_no_run_to_now() -> None:
    text = "1950年10月19日，中国人民志愿军跨过鸭绿江入朝作战，历经两年零九个月的浴血奋战，赢得胜利。"
    assert all(f["period"] is None for f in extract(text, date="2026-06-19") if f["kind"] == "duration")
