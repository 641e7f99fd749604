"""Junk: numerals that name, label or decorate rather than state a figure never
become facts — and the real figures around them still do.

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def hits(text: str, part: str) -> list[str]:
    """Facts overlapping the first occurrence of `part`."""
    i = text.index(part)
    return [f["surface"] for f in extract(text, year=2025) if f["start"] < i + len(part) and f["end"] > i]


LABELS = [
    ("严格落实中央八项规定精神", "八项"),
    ("坚决打好三大攻坚战", "三大"),
    ("推动四大产业集群发展", "四大"),
    ("聚焦七大战略性新兴产业", "七大"),
    ("评选年度十大新闻", "十大"),
    ("研究破解城乡二元结构", "二元"),
    ("一元复始，万象更新", "一元"),
    ("优化三次产业结构", "三次"),
    ("坚持四个全面战略布局", "四个"),
    ("统筹推进五位一体总体布局", "五位"),
    ("坚持一国两制方针", "两制"),
    ("共建一带一路倡议", "一带一路"),
    ("全国两会在京召开", "两会"),
    ("扎实做好三农工作", "三农"),
    ("积极稳妥推进双碳工作", "双碳"),
    ("落实五险一金待遇", "五险一金"),
    ("“十四五”规划圆满收官", "十四五"),
    ("二十四节气与农事", "二十四"),
    ("研究部署大气十条", "十条"),
]

IDIOMS = [
    ("安全生产不怕一万就怕万一", "一万"),
    ("打通服务群众“最后一公里”", "一公里"),
    ("破解农村物流最后一公里难题", "一公里"),
    ("疏通農產品上行的最後一公里", "一公里"),
    ("打通快递进村“最初一公里”和“最后一米”", "一米"),
    ("万一出现险情要及时报告", "万一"),
    ("做到万无一失", "万无一失"),
    ("一五一十地说清楚", "一五一十"),
    ("千方百计稳就业", "千方百计"),
    ("四面八方的游客", "四面八方"),
    ("游客三五成群地拍照", "三五"),
    ("规章不能一成不变", "一成"),
    ("千万不要轻信陌生来电", "千万"),
]

CLASSES_AND_NAMES = [
    ("全年消除劣五类水体", "劣五类"),
    ("断面水质达到三类标准", "三类"),
    ("Ⅲ类及以上水质比例提高", "Ⅲ类"),
    ("冬小麦一二类苗比例较高", "一二类"),
    ("5岁以下儿童死亡率持续下降", "5岁"),
    ("60岁及以上人口快速增加", "60岁"),
    ("七座及七座以下小型客车免费通行", "七座"),
    ("两架歼-20战机飞越", "-20"),
    ("伊尔-76运输机降落", "-76"),
    ("北溪-2管道", "-2"),
    ("成功发射试验二十一号卫星", "二十一"),
    ("今天是农历腊月二十三", "二十三"),
    ("学习二十届三中全会精神", "三中"),
]

URLS = [
    ("原文见https://example.com/a%E8%A8%82%E9%98%85.html", "%E8%A8%82"),
    ("链接 www.example.com/news/2025/10/50%", "50%"),
    ("参数%E4%BA%BA%E5%8F%A3", "%E5%8F"),
]


@pytest.mark.parametrize(("text", "part"), LABELS + IDIOMS + CLASSES_AND_NAMES + URLS)
def test_labels_idioms_classes_names_and_urls_are_not_facts(text: str, part: str) -> None:
    assert hits(text, part) == []


@pytest.mark.parametrize(("text", "figure"), [
    ("落实中央八项规定精神，查处问题1.2万起", "1.2万起"),
    ("三大攻坚战取得进展，贫困人口减少1000万人", "1000万人"),
    ("劣五类水体比例下降至0.7%", "0.7%"),
    ("5岁以下儿童死亡率为6.2‰", "6.2‰"),
    ("一万一千元的奖金", "一万一千元"),
    ("人均消费300多元", "300多元"),
    ("全市新增1万家企业", "1万家"),
])
def test_real_figures_next_to_junk_are_kept(text: str, figure: str) -> None:
    assert figure in [f["surface"] for f in extract(text, year=2025)]


@pytest.mark.parametrize(("text", "part"), [
    ("代表中35岁以下的党代表有120名", "35岁"),
    ("发布16 - 24岁劳动力失业率", "16 - 24岁"),
    ("区域创新能力稳居全国第一方阵", "第一"),
    ("引入第三方评估", "第三"),
])
def test_age_groups_tiers_and_points_in_time_are_not_facts(text: str, part: str) -> None:
    assert hits(text, part) == []


@pytest.mark.parametrize(("text", "part"), [
    ("双方交换25岁以下的被俘人员", "25岁"),
    ("女子16岁以下组决赛举行", "16岁"),
])
def test_any_group_named_by_an_age_limit_is_a_label(text: str, part: str) -> None:
    assert hits(text, part) == []


def test_an_age_limit_that_is_measured_stays_a_figure() -> None:
    assert [f["surface"] for f in extract("队员平均年龄在35岁以下，", year=2025)] == ["35岁以下"]


@pytest.mark.parametrize(("text", "part"), [
    ("1年期LPR为3.35%", "1年"),
    ("美国10年期国债收益率上涨", "10年"),
    ("7天Shibor报1.81%", "7天"),
    ("今明两年经济增长预期", "两年"),
])
def test_tenors_in_instrument_names_are_not_durations(text: str, part: str) -> None:
    assert hits(text, part) == []


def test_a_term_is_still_a_duration() -> None:
    assert [f["surface"] for f in extract("为期3年的项目，3年期满", year=2025)] == ["3年", "3年"]


def test_a_quoted_policy_package_named_by_its_count_is_no_figure() -> None:
    assert extract("苏州高新区发布“高光20条”，提出了举措。") == []
    assert [f["surface"] for f in extract("共提出20条措施。")] == ["20条"]
