"""Counts told in the sentence after the one that dates them (store/facts/period_told_counts.py).

A news story names its event's day, or its statistics' year or half, once, and tells the counts in the
next sentences of the paragraph: those counts take that day or period (tests/gold/README.md: "a figure
about an event told on a date has that date as its period"; heldback, sealed2, sealed3, sealed7 and unseen
label the flows after a statistical lead with its period).  A size, a standing count, what is to come, a
time of the figure's own, another paragraph or a sentence too far back give no period.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def period_of(text: str, surface: str, date: str) -> str | None:
    got = [f["period"] for f in extract(text, date=date) if f["surface"] == surface]
    assert got, [f["surface"] for f in extract(text, date=date)]
    return got[-1]


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("当地时间29日晚，某国一处军事基地发生两架直升机坠毁事故。据基地发布的消息，坠毁的是12架训练直升机中的两架。",
     "12架", "2023-03-30", "2023-03-29"),
    ("今天（3月1日），有关部门在辽宁抚顺组织祭扫活动。200多名青年代表向塑像敬献花篮，并前往连队体验生活。",
     "200多名", "2023-03-01", "2023-03-01"),
    ("今天（7月27日），援藏干部人才出发赴藏工作。有关部门共选派2156名干部人才，他们来自112家中央单位。",
     "2156名", "2025-07-27", "2025-07-27"),
    ("今天（4月1日）上午，军地领导来到绿化地块参加义务植树活动。大家挥锹铲土、扶苗固正。经过紧张忙碌，共栽种苗木2000余株。",
     "2000余株", "2024-04-01", "2024-04-01"),
    ("今天（6月10日），在屈原故里湖北秭归，16条龙舟在水域里奋力角逐。在湖南汨罗江上，22支龙舟队奋楫竞渡、一决高下。",
     "22支", "2024-06-10", "2024-06-10"),
])
def test_a_count_after_the_sentence_naming_the_events_day_takes_that_day(
        text: str, surface: str, date: str, period: str) -> None:
    assert period_of(text, surface, date) == period


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("2022年，全国海关监管进出口货运量48亿吨，税收入库2.28万亿元。截获有害生物58万种次，监管进出口危化品5.9亿吨。",
     "58万种次", "2023-03-20", "2022"),
    ("2022年，全国海关监管进出口货运量48亿吨，税收入库2.28万亿元。截获有害生物58万种次，监管进出口危化品5.9亿吨。",
     "5.9亿吨", "2023-03-20", "2022"),
    ("今年上半年，我国农业种质资源普查全面完成。新收集农作物种质资源13.9万份、遗传材料119万份。",
     "13.9万份", "2024-08-12", "2024H1"),
    ("国家防总通报2026年全国防汛抗旱责任人名单。此次共通报防汛抗旱责任人2810名，其中289个地级行政区由主要负责同志担任。",
     "2810名", "2026-04-26", "2026"),
    ("今年，黑龙江等地继续推进黑土地保护。四省区继续实施保护工程，开展保护性耕作1亿亩。",
     "1亿亩", "2024-02-17", "2024"),
])
def test_a_flow_after_a_statistical_lead_takes_its_year_or_half(text: str, surface: str, date: str, period: str) -> None:
    assert period_of(text, surface, date) == period


@pytest.mark.parametrize(("text", "surface", "date"), [
    # a size or a capacity (一次可装载, 主跨), what a project has (总投资, 辐射), a structure (分为)
    ("今天（3月9日），一艘集装箱船在上海命名交付。该船一次可装载24116只标准集装箱。", "24116只", "2023-03-09"),
    ("今天（5月20日），一项供水工程开工建设。项目总投资40.19亿元，辐射4个县的32个乡镇、291个行政村。", "291个", "2024-05-20"),
    ("昨天（6月11日），监测系统在全市上线。整个系统分为12个部分，覆盖各个区县。", "12个", "2012-06-12"),
    # a time of its own: 40年前, 近半年来, 目前, 累计, 震后第三天
    ("今天（3月3日），保护区公布了监测结果。长臂猿野外种群从40年前仅存不到10只，增长到现在的37只。", "不到10只", "2024-03-03"),
    ("美国芝加哥市警方21日称，当地发生枪击事件。数据显示，近半年来，各类枪击事件已造成5990人死亡。", "5990人", "2026-06-22"),
    ("今天（3月20日），新片区发布人才政策。目前，已有720余家企业入驻。", "720余家", "2023-03-20"),
    # what is to come, or who acts (将举办, 七部门联合)
    ("11月10日，电影节在厦门开幕。三天时间将举办23项活动。", "23项", "2022-11-10"),
    ("今天（4月1日），专项行动正式启动。税务总局联合国家发展改革委等7部门开展专项行动。", "7部门", "2025-04-01"),
    # a running total (累计导致, as period_carry's tolls), what is to come in the figure's clause (将全部撤离)
    ("今年第10号台风今天（8月29日）早上在日本登陆。官员表示，台风累计导致3人死亡。", "3人", "2024-08-29"),
    ("今天（7月9日），台风逼近福建。宁德35000多艘船舶将全部撤离至安全水域避风。", "35000多艘", "2026-07-09"),
    # three children: who, not how many on the day
    ("8月20日，村民田某打来求助电话。因为河水暴涨，她和三个孩子被困车中。", "三个", "2024-08-21"),
])
def test_a_size_a_standing_count_or_a_time_of_its_own_takes_no_day(text: str, surface: str, date: str) -> None:
    assert period_of(text, surface, date) is None


@pytest.mark.parametrize(("text", "surface", "date"), [
    # a new paragraph (the next story's headline, or a story of its own)
    ("今天（5月17日），护航编队返回军港。\n80余万支青年突击队奋斗在国家需要主战场", "80余万支", "2024-05-17"),
    # three sentences back: not the day of this count
    ("今天（4月1日），植树活动举行。领导挥锹铲土。官兵扶苗固正。大家浇水灌溉。现场栽种苗木2000余株。", "2000余株", "2024-04-01"),
    # a standing count after a year: 覆盖, 汇聚, 一应俱全
    ("上海港2023年集装箱吞吐量排名全球第一。上海港集装箱航线覆盖全球200多个国家和地区。", "200多个", "2024-01-02"),
    # the year is a plan's, ahead of the article
    ("到2027年，京哈高速改扩建工程全部完工。其改扩建工程建设里程238公里。", "238公里", "2025-03-01"),
    # who attended an event (参加了发布会)
    ("2012年度慈善报告在晋江发布。十余个省民政局领导及四十多家媒体参加了发布会。", "四十多家", "2012-06-20"),
])
def test_another_paragraph_a_far_sentence_or_a_standing_count_takes_nothing(text: str, surface: str, date: str) -> None:
    assert period_of(text, surface, date) is None
