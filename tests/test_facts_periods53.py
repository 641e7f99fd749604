"""Periods of unlabelled text (round 53; sentences written for the tests, in the shapes of a random draw of bulk facts
no gold file references and of public pages no gold file cites — tests/gold/README.md, "Periods of unlabelled text
(per53)").

- **A night told up to today** (`7日晚到今天早晨，…拦截了112架无人机`, `26日晚到今天（7月27日）早上`, `20日夜间至今天
  （6月21日）凌晨`): the span of the two days, the period of the figures after it, as `8日夜至9日凌晨` already was; the
  date facts stay as they were (the day, and today's date in brackets).
- **The level a step builds on** (`在8月产量的基础上将月度产量日均下调200万桶`, `在去年新开工改造小区355个的基础上再增加
  300个`): a comparison base, never the period of the figures after it; a figure inside it is the base's own.
- **A continued or bettered year** (`今年獲利維持去年強勁成長,1-5月稅後盈餘55.06億元`, `延续去年四季度以来…的态势`,
  `好于上年同期`): a reference, as a base is; it sets no year for the months told after it.
- **A project's yearly capacity once open** (`该机场预计2025年年底通航运营，可保障年旅客吞吐量2800万人次`, `未来可实现年产…
  2600万只`): what it can do, on no day — not the year it opens.
- **A breakdown told without 其中** (`今年一季度，全国新设经营主体509.8万户。…第一、二、三产业新设经营主体分别为22.9万户、
  39.6万户、447.3万户`): a count or sum of the measure the sentence before totals for a statistical period is of that
  period; not a total so far, a standing count, a plan or a level moved (`累计`, `目前`, `截至`, `将`, `从…到`).
- **A day near a place** (`一所高中附近16日发生枪击，导致…2人死亡`): the 16th, as without 附近; 附近 is no 近 of a span of
  days (`近16日`), which took the day and its toll's period away.
- **How many items of a class rose, the items named first** (`所调查的8个行业中，社会服务业等6个行业的市场指数上升`):
  the month the sentence before reports, as `…中69种产量实现增长` already was.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _period(text: str, surface: str, date: str | None) -> str | None:
    got = [f for f in extract(text, date=date) if f["surface"] == surface]
    assert len(got) == 1, (surface, [f["surface"] for f in extract(text, date=date)])
    return got[0]["period"]


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("乌克兰空军今天（3月8日）称，7日晚到今天早晨，乌军拦截了96架无人机。", "96架", "2026-03-08",
     "2026-03-07/2026-03-08"),
    ("俄国防部称，从当地时间15日晚到今天（4月16日）早上，俄防空系统摧毁了58架无人机。", "58架", "2026-04-16",
     "2026-04-15/2026-04-16"),
    ("俄国防部称，11日夜间至今天（5月12日）凌晨，俄军在多地击落130架无人机，其中31架在莫斯科州上空。", "31架",
     "2026-05-12", "2026-05-11/2026-05-12"),
    # the two days stay two dates
    ("俄国防部称，11日夜间至今天（5月12日）凌晨，俄军在多地击落130架无人机。", "5月12日", "2026-05-12", "2026-05-12"),
    ("俄国防部称，11日夜间至今天（5月12日）凌晨，俄军在多地击落130架无人机。", "11日", "2026-05-12", "2026-05-11"),
    # guards: the night and today told apart, a day after today (last month's), no night word
    ("7日晚，乌军拦截了12架无人机。今天早晨，乌军又拦截了5架。", "5架", "2026-03-08", "2026-03-08"),
    ("据报道，20日到今天，当地共疏散3000人。", "3000人", "2026-03-08", "2026-03-08"),
])
def test_a_night_up_to_today(text: str, surface: str, date: str, period: str) -> None:
    assert _period(text, surface, date) == period


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("产油国决定自今年12月起，在9月产量的基础上将日均产量下调150万桶。", "150万桶", "2026-10-05", "2026-12"),
    ("今年，全市将在去年改造老旧小区420个的基础上再改造500个小区。", "500个", "2026-02-10", "2026"),
    ("今年，全市将在去年改造老旧小区420个的基础上再改造500个小区。", "420个", "2026-02-10", "2025"),
    ("今年，在去年23项助企帮扶措施基础上，再推出15项新举措。", "23项", "2026-03-20", "2025"),
    ("上半年工业增加值增长6.4%，在一季度良好开局的基础上展现较强韧性，制造业增加值占GDP比重达到25.7%。", "25.7%",
     "2026-07-18", "2026H1"),
    # guard: a base named otherwise still reads as before, and a year that is no groundwork dates its figure
    ("今年，全市在2025年改造小区420个，比上年增加30个。", "420个", "2026-02-10", "2025"),
])
def test_the_level_a_step_builds_on(text: str, surface: str, date: str, period: str) -> None:
    assert _period(text, surface, date) == period


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("台企銀今年獲利維持去年強勁成長,1-5月稅後盈餘48.2億元,年成長12.4%。", "48.2億元", "2026-06-09", "2026-01/2026-05"),
    ("公司业绩延续去年的增长势头，1-4月销售额36亿元。", "36亿元", "2026-05-20", "2026-01/2026-04"),
    # guards: a month range after a year of its own keeps that year; a year named with its number is the figure's own
    ("去年1-5月，公司销售额30亿元。", "30亿元", "2026-06-09", "2025-01/2025-05"),
    ("國際貨幣基金維持2026年全球經濟成長率預測為3.1%,美國為1.8%。", "1.8%", "2026-10-14", "2026"),
])
def test_a_continued_year_sets_no_year(text: str, surface: str, date: str, period: str) -> None:
    assert _period(text, surface, date) == period


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("该机场预计2027年年底通航运营，可保障年旅客吞吐量3500万人次。", "3500万人次", "2026-05-12", None),
    ("项目预计6月份试生产，未来可实现年产动力电池1800万只。", "1800万只", "2026-03-20", None),
    # guard: a flow of the period the sentence names stays dated
    ("今年一季度，全省粮食调运量120万吨。", "120万吨", "2026-05-12", "2026Q1"),
])
def test_a_yearly_capacity_once_open(text: str, surface: str, date: str, period: str | None) -> None:
    assert _period(text, surface, date) == period


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("今年一季度，全国新登记市场主体612.4万户。结构持续优化，第一、二、三产业新登记市场主体分别为25.1万户、48.6万户、"
     "538.7万户。", "48.6万户", "2026-05-13", "2026Q1"),
    ("2025年，全国医疗卫生机构总诊疗人次98.2亿，比上年增加3.1亿人次。基层医疗卫生机构诊疗人次为51.3亿人次，占总诊疗人次的52.2%。",
     "51.3亿人次", "2026-03-10", "2025"),
    # guards: a total so far, a standing count, a plan, a level moved, another paragraph
    ("2025年，示范区到发中欧班列1017列。示范区启动建设以来，已累计到发中欧班列4266列。", "4266列", "2026-01-20", None),
    ("2025年，我国新培育绿色工厂2038家。目前，我国已有绿色工厂8336家。", "8336家", "2026-01-20", None),
    ("今年一季度，全省开工重点项目550个。全省将再开工重点项目600个。", "600个", "2026-04-10", None),
    ("2025年，全国新设经营主体2100万户。\n新设经营主体中，个体工商户1500万户。", "1500万户", "2026-01-20", None),
    # a count the sentence points back at, a figure describing its noun, a capacity
    ("2025年，大会共审议审查结果报告3个。这三个审查结果报告将提请大会表决。", "三个", "2026-03-10", None),
    ("今年前三季度，企业新建海外仓120个。在德国这个4万平米的海外仓里，货物堆满货架。", "4万平米", "2026-10-20", None),
    ("2025年，公司上线智能体12个。三个智能体之间可以互相发送信息。", "三个", "2026-01-20", None),
    # another place's batch after a province's total (陕西…开工重点项目550个。安徽省首批622个重点项目陆续展开)
    ("甲省一季度开工重点项目550个，总投资近3000亿元。乙省首批622个重点项目陆续展开。", "622个", "2025-01-05", None),
    # the measure only named in passing the sentence before (blind's 包机 story)
    ("进入11月，“包机出海”成为帮助外贸企业拓展市场的新方式。在深圳，20多家外贸企业以包机的方式出发。", "20多家", "2026-11-20",
     None),
])
def test_a_breakdown_without_its_word(text: str, surface: str, date: str, period: str | None) -> None:
    assert _period(text, surface, date) == period


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("芝加哥一所高中附近16日发生枪击，导致4名学生中枪，2人死亡。", "2人", "2026-12-18", "2026-12-16"),
    ("芝加哥一所高中附近16日发生枪击，导致4名学生中枪，2人死亡。", "16日", "2026-12-18", "2026-12-16"),
    ("马赛附近8日发生大火，导致约110人受伤。", "约110人", "2026-07-09", "2026-07-08"),
    # guard: 近 alone before days is a span of days
    ("近7日，当地降雨300毫米。", "近7日", "2026-07-09", None),
])
def test_a_day_near_a_place(text: str, surface: str, date: str, period: str | None) -> None:
    assert _period(text, surface, date) == period


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("3月中国中小企业发展指数为89.4，比上月上升0.2点。所调查的8个行业中，工业等5个行业的市场指数上升。", "5个", "2026-04-12",
     "2026-03"),
    # guard: counts of a class that did nothing the sentence before reports keep none
    ("3月中国中小企业发展指数为89.4，比上月上升0.2点。调查覆盖8个行业。", "8个", "2026-04-12", None),
])
def test_how_many_items_rose(text: str, surface: str, date: str, period: str | None) -> None:
    assert _period(text, surface, date) == period
