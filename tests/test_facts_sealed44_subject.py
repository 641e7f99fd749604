"""Subject forms a fresh sample (sealed44) showed misread, each as its class (sentences written for the tests).

- **A denominator in traditional script is no subject either:** a price converted in brackets is the price's
  (`日本2H廢鋼報價為每公噸315美元（約新台幣9657元）` → 日本2H廢鋼…, not 每公噸), and a level reached after a price per
  a unit (`由每公噸100.45美元下跌為97.85美元`) is the item's, as 每公斤/每吨 already read.
- **A negation opens a predicate, never the noun a count counts:** `表示「達成900萬人次沒問題」` (沒問題 is no noun): the
  visitors named before.
- **A demonstrative between a count and its noun:** `100多台这样的无人摆渡车`, `100万块这样科技感十足的屏幕` → the noun
  after its 的.
- **The currency a figure is counted in (按人民币计值, 以美元计价) is a basis:** the phrase before it is the subject,
  and the next basis of the same sentence (`按港币计值则下跌3%`) keeps it.
- **A stock code in brackets is no part of a name,** and a subject cut inside a bracket keeps what follows it.
- **A period cut out before 的 takes its 的 along:** `集團第3季的博彩收益總額` → 集團博彩收益總額.
- **Connectives opening a subject** (尤其, 加上, 令, 其次, 當年, 導致 …) **and time words or an adverb with its verb
  closing one** (節前, 上周, 曾高見, 一度收復, 同為) are no part of it.
- **What a cause leads to is what changed:** `…利潤減少導致經常性溢利同比減少31.1%至14.09億港元` → 經常性溢利, the
  level reached too.
- **A quote verb is no subject:** `領展(00823)績後股價偏軟,新報81.25元` → 領展股價.
- **A toll is named by how the people died:** `美国有超过111万人死于枪支暴力事件` → 死于枪支暴力事件.
- **A comparand's level is the indicator's, and a multiple is never its own subject:** `较去年度之港币…元`,
  `是零三年的13億元的三倍多` → the indicator compared.
- **问鼎 ranks like 位居**: `…出货突破20GW,首次问鼎全球第一` → the indicator.
- **A sum's adverb alone is no subject** (`6 家合計賺進…`), **an earning read without its verb is the word**
  (`實賺11.36億元` → 實賺), **and a rank word closing a count's noun** (`四家金控之首`) **is no part of it.**
- **A list an indicator includes is not what it measures:** `…面板(2) 出貨量包括液晶電視、…面板等超過 963 萬片,較 5
  月份增加 2.1%` → the phrase before 包括 for both figures.
- **The level a price was moved to drops 原:** `廢鋼原牌價每公噸8,400元調漲為8,600元` → 8,600元 is 廢鋼牌價.
- **均重 and 均值 are measures, not 均 (all) before a word:** `…销售均价32.65元/公斤;均重129.82公斤/头` → 均重.
- **A rate after its figure keeps no adjective:** `坚持80%-100%的高开工率` → 开工率 (as `85%的开工率` read).
- **A crop's growth is no part of what its area measures:** `4300万亩冬小麦长势好于常年` → 冬小麦.
- **A slash list** (`预计2020/2021年供给增速为1.7%/3%`): no `2020/` in the subject, and the item after the slash is
  the same indicator's.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None) -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _subject(text: str, surface: str, date: str | None = "2025-06-01") -> str | None:
    return next(f for f in _facts(text, date) if f["surface"] == surface)["subject"]


_SCRAP = "國際原料方面，日本2H廢鋼報價持平為每公噸320美元（約新台幣9800元），澳洲鐵礦砂上周則由每公噸101.5美元下跌為98.2美元。"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    (_SCRAP, "9800元", "日本2H廢鋼報價"),
    (_SCRAP, "98.2美元", "澳洲鐵礦砂"),
    (_SCRAP, "101.5美元", "澳洲鐵礦砂"),
    ("金價飆升至每盎司5,588美元（約43,600元）。", "約43,600元", "金價"),
])
def test_a_traditional_denominator_is_no_subject(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_negation_after_a_count_is_no_noun() -> None:
    text = "部會目標今年要有1200萬名外國旅客來台，署長曾表示「達成1000萬人次沒問題」，但統計至11月底僅820萬人次。"
    assert _subject(text, "1000萬人次") == "外國旅客"
    assert _subject(text, "820萬人次") == "外國旅客"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("目前已经有200多台这样的无人配送车在园区里运行。", "200多台", "无人配送车"),
    ("每天超过50万块这样轻薄耐用的电池被生产出来。", "超过50万块", "电池"),
    ("全市共有30家这类企业。", "30家", "企业"),
])
def test_a_demonstrative_before_the_counted_noun(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_the_currency_counted_in_is_a_basis() -> None:
    text = "其中,于内地的商场租赁收入按人民币计值上升2%,按港币计值则下跌4%。"
    assert _subject(text, "2%") == "内地的商场租赁收入"
    assert _subject(text, "4%") == "内地的商场租赁收入"
    assert _subject("出口以美元计价增长5%，以人民币计价增长8%。", "5%") == "出口"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("暫居第一，國泰金（2882）、富邦金（2881）分別以3.12元、2.95元緊追在後。", "3.12元", "國泰金"),
    ("暫居第一，國泰金（2882）、富邦金（2881）分別以3.12元、2.95元緊追在後。", "2.95元", "富邦金"),
    ("中電控股(0002)(0002.HK - 新聞 - 公司資料)去年下半年純利按年升約6%。", "約6%", "純利"),
])
def test_a_stock_code_in_brackets_is_no_part_of_a_name(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("集團第2季的博彩收益總額為118億元，上升17%。", "118億元", "集團博彩收益總額"),
    ("集團第2季的博彩收益總額為118億元，上升17%。", "17%", "集團博彩收益總額"),
    ("阿壩州上半年的地方一般公共預算收入為25.3億元。", "25.3億元", "阿壩州地方一般公共預算收入"),
])
def test_a_period_cut_out_takes_its_particle(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface, "2023-08-01") == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("尤其台新金全年獲利成長近 3 成。", "3 成", "台新金全年獲利"),
    ("加上9月外幣存款按月上升2.1%。", "2.1%", "外幣存款"),
    ("公司表示賠率偏高，令經調整EBITDA減少約900萬元。", "約900萬元", "經調整EBITDA"),
    ("恒生指數曾高見18250點，升320點。", "18250點", "恒生指數"),
    ("科技指數一度收復4000點。", "4000點", "科技指數"),
    ("而美國貨櫃廢鋼節前由每公噸310美元漲至315美元。", "315美元", "美國貨櫃廢鋼"),
    ("玉山銀（2801）、上海銀（5876）EPS同為0.35元。", "0.35元", "上海銀EPS"),
    ("截至目前已公布的五家金控元月獲利皆創新高。", "五家", "金控"),
    ("中鋼本周開盤，廢鋼調漲每公噸300元。", "300元", "廢鋼"),
    ("台股上月日均量放大5200億元。", "5200億元", "台股日均量"),
    ("由於貸款增長較快,因此港元貸存比率由五月底的76.4%上升至六月底的77.7%。", "77.7%", "港元貸存比率"),
])
def test_connectives_and_closing_adverbs_are_no_part_of_a_subject(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_what_a_cause_leads_to_is_what_changed() -> None:
    text = "集團收入下降以及分佔合營公司利潤減少導致基本溢利同比減少12.5%至8.6億港元。"
    assert _subject(text, "12.5%") == "基本溢利"
    assert _subject(text, "8.6億港元") == "基本溢利"
    assert _subject("由于原材料价格上涨导致净利润下降20%。", "20%") == "净利润"


def test_a_quote_verb_is_no_subject() -> None:
    text = "新世界(00017)績後股價偏軟,新報9.25元,跌2.1%。"
    assert _subject(text, "9.25元") == "新世界股價"
    assert _subject(text, "2.1%") == "新世界股價"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("从2000年到2020年，该国有超过80万人死于交通事故。", "超过80万人", "死于交通事故"),
    ("2022年有近3.1万人死于枪击，为多年来最高。", "近3.1万人", "死于枪击"),
])
def test_a_toll_is_named_by_how_people_died(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("集团股东应占盈利为港币一百二十亿元,较去年度之港币一百亿元,增加港币二十亿元或20%。", "一百亿元", "集团股东应占盈利"),
    ("去年全年純利為30.5億元,是零五年的10億元的三倍多。", "10億元", "純利"),
    ("去年全年純利為30.5億元,是零五年的10億元的三倍多。", "三倍多", "純利"),
])
def test_a_comparands_level_is_the_indicators(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_rank_won() -> None:
    assert _subject("全年电池出货突破50GWh,首次问鼎全球第一。", "全球第一") == "电池出货"


def test_sums_earnings_and_rank_words() -> None:
    text = "若撇除重估增值5200萬元,實賺8.36億元,增12.5%。"
    assert _subject(text, "8.36億元") == "實賺"
    assert _subject(text, "12.5%") == "實賺"
    assert _subject("三家銀行獲利皆創新高，5 家合計賺進 980.5 億元。", "5 家") is None
    assert _subject("位居目前已公布獲利的五家金控之首。", "五家") == "金控"


def test_a_list_included_is_not_what_is_measured() -> None:
    text = "7 月份中小尺寸面板(3) 出貨量包括手機、平板及車用面板等超過 1.2 億片,較 6 月份增加 3.5%。"
    assert _subject(text, "1.2 億片", "2018-08-10") == "中小尺寸面板出貨量"
    assert _subject(text, "3.5%", "2018-08-10") == "中小尺寸面板出貨量"
    assert _subject("运输品类包括汽车配件、新能源汽车等640多种。", "640多种") == "运输品类"


def test_the_level_moved_to_is_no_former_price() -> None:
    text = "中鋼昨日開出新盤，廢鋼原牌價每公噸8,200元調漲為8,500元。"
    assert _subject(text, "8,500元") == "廢鋼牌價"
    assert _subject(text, "8,200元") == "廢鋼原牌價"


def test_an_average_weight_is_a_measure() -> None:
    text = "商品猪销售均价30.5元/公斤,较上月上升2.1%;均重125.6公斤/头,较上月上升1.2%。"
    assert _subject(text, "125.6公斤/头") == "均重"
    assert _subject(text, "1.2%") == "均重"
    assert _subject("两地价格均重回上涨通道，涨幅为3%。", "3%") == "两地价格"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("但该公司在前三季度还是坚持70%-90%的高开工率。", "70%-90%", "开工率"),
    ("酒店今年维持85%的高入住率。", "85%", "入住率"),
])
def test_a_rate_after_its_figure_keeps_no_adjective(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("河南3200万亩冬小麦长势好于常年。", "3200万亩", "冬小麦"),
    ("全省180万亩小麦整体长势较好。", "180万亩", "小麦"),
])
def test_a_crops_growth_is_no_part_of_its_area(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_slash_list_shares_its_indicator() -> None:
    text = "预计2024/2025年需求增速为2.5%/4%。"
    assert _subject(text, "2.5%", "2024-12-01") == "需求"
    assert _subject(text, "4%", "2024-12-01") == "需求"


def test_words_that_stay() -> None:
    """The words the rules leave alone: a contract (合同), 整體 (a whole named), 一年一度, 因…而 (a cause named as the
    measure), a currency alone as the thing measured."""
    assert _subject("新签进口合同金额达50亿元。", "50亿元") == "新签进口合同金额"
    assert _subject("整體消費物價指數按年上升1.9%。", "1.9%") == "整體消費物價指數"
    assert _subject("卫星将运行在距离地面约720千米的太阳同步轨道。", "约720千米") == "太阳同步轨道"
    assert _subject("河南省派出18个小麦专家指导组会同各地农技人员。", "18个") != "小麦专家指导组会"   # (会同: 'with')
    assert _subject("得州洪灾导致的经济损失高达180亿美元至220亿美元。", "180亿美元至220亿美元") == "得州洪灾导致的经济损失"
    assert _subject("抓捕475名没有合法身份的人。", "475名") != "抓捕"
    assert _subject("全年因灾直接经济损失1200亿元。", "1200亿元") == "因灾直接经济损失"
