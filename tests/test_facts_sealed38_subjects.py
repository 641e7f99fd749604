"""Subject forms a fresh sample (sealed38) showed misread, each as its class (sentences written for the tests).

- **A bond's rate and issued sum name the tranche:** `5年期無擔保普通公司債:利率0.44%發行新臺幣64億元`,
  `…包括3年期無擔保普通公司債,利率1.60%發行64億元` — the tranche's rate (not 利率 alone) and the tranche's sum; a sum issued
  after a rate never names the rate (`5年期以固定年利率1.66%發行…` → 5年期); a rate with no tranche in 債 before it keeps its word.
- **Items told with bracketed levels, then moved together:** `香港(…人次)及大韩民国(…人次)旅客同比分别录得13.7%及40.2%`
  (同比 compares no item with another), `…的住客分別增加3.2倍、12.6倍及19.0倍` (multiples too); a conjunction going on
  with the sentence (`不光`, `不仅`) is no part of the item before a bracket.
- **Ranks told with 分列:** as many ranks as items, the i-th item's (`江苏、江西在长假旅游收入上分列第二与第三`); a span of
  ranks names the list as written (`日本、美国、韩国和德国分列第二至第五位`) — never `…分列`.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-08-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _subject(text: str, surface: str) -> str | None:
    return next(f for f in _facts(text) if f["surface"] == surface)["subject"]


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("7年期無擔保普通公司債:利率0.52%發行新臺幣45億元,採固定利率計息,每一年付息一次。", "0.52%",
     "7年期無擔保普通公司債利率"),
    ("7年期無擔保普通公司債:利率0.52%發行新臺幣45億元,採固定利率計息,每一年付息一次。", "45億元", "7年期無擔保普通公司債"),
    ("本次發行條件包括5年期無擔保普通公司債,利率1.72%發行58億元,每年付息一次。", "1.72%",
     "5年期無擔保普通公司債利率"),
    ("本次發行條件包括5年期無擔保普通公司債,利率1.72%發行58億元,每年付息一次。", "58億元", "5年期無擔保普通公司債"),
    ("10年期無擔保普通公司債利率1.95%發行26億元,採固定利率計息。", "26億元", "10年期無擔保普通公司債"),
    ("中油公司債發行條件:7年期以固定年利率1.70%發行新臺幣30億元。", "30億元", "7年期"),
])
def test_a_bond_rate_and_sum_name_the_tranche(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_rate_without_a_tranche_keeps_its_word() -> None:
    text = "其中，超长期特别国债，20年期600亿元，利率为1.96%。"
    assert _subject(text, "1.96%") == "利率"
    assert _subject(text, "600亿元") == "20年期"
    assert _subject("中油公司債發行條件:7年期以固定年利率1.70%發行新臺幣30億元。", "1.70%") == "7年期以固定年利率"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("香港(612,338人次)及大韩民国(41,205人次)旅客同比分别录得9.6%及22.1%的升幅。", "9.6%", "香港"),
    ("香港(612,338人次)及大韩民国(41,205人次)旅客同比分别录得9.6%及22.1%的升幅。", "22.1%", "大韩民国"),
    ("中國內地(88.1萬人次)、香港(18.3萬人次)及台灣地區(2.2萬人次)的住客分別增加2.6倍、9.8倍及15.4倍。", "9.8倍", "香港"),
    ("中國內地(88.1萬人次)、香港(18.3萬人次)及台灣地區(2.2萬人次)的住客分別增加2.6倍、9.8倍及15.4倍。", "15.4倍",
     "台灣地區"),
    ("像青海,不光地区生产总值(3799.1亿元)同比增长5.2%。", "5.2%", "地区生产总值"),
    ("像青海,不光地区生产总值(3799.1亿元)同比增长5.2%。", "3799.1亿元", "地区生产总值"),
])
def test_items_with_bracketed_levels_name_their_moves(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_comparison_list_stays_the_comparisons() -> None:
    text = "全市规模以上工业增加值97.89亿元,比全省(7.4%)和全国(6.3%)分别高1.7、2.8个百分点。"
    assert _subject(text, "2.8个百分点") == "全市规模以上工业增加值"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("浙江、广东在国庆假期旅游收入上分列第二与第三。", "第二", "浙江"),
    ("浙江、广东在国庆假期旅游收入上分列第二与第三。", "第三", "广东"),
    ("在最活跃商圈排行中，朝阳合生汇、海淀五道口分列第一、第二位。", "第二位", "海淀五道口"),
    ("美国居于首位，日本、韩国、德国和法国分列第二至第五位。", "第五位", "日本、韩国、德国和法国"),
])
def test_ranks_told_with_fen_lie_name_the_items(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("1—6月,我國造船完工量、新接訂單量和手持訂單量以載重噸計分別佔世界總量的48.2%、66.1%和55.0%。", "48.2%", "造船完工量"),
    ("中国造船完工量、新接订单量、手持订单量以载重吨计算，分别占全球市场份额的51.3%、60.2%和57.9%。", "51.3%",
     "中国造船完工量"),
])
def test_a_note_of_the_unit_counted_in_is_no_part_of_the_subject(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_basis_inside_a_name_stays() -> None:
    text = "全球以美元计价的人工智能相关产品贸易额同比增长超过35%。"
    assert _subject(text, "超过35%") == "全球以美元计价的人工智能相关产品贸易额"


def test_town_and_country_split_is_not_the_figures_before() -> None:
    text = "规模以上工业增加值年均增长7.2%,社会消费品零售总额年均增长8.9%,城乡居民人均可支配收入分别增长28.5%、37.7%。"
    assert _subject(text, "28.5%") == "城镇居民人均可支配收入"
    assert _subject(text, "37.7%") == "农村居民人均可支配收入"
