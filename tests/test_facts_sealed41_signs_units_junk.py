"""Signs, traps, units, figures found, kinds, qualifiers and bases a fresh sample (sealed41) showed, each as its class
(sentences written for the tests, in the registers of the sample: Hong Kong and Taiwan results, steel price reports,
chip makers' calls, provincial rankings, CCTV's bulletins).

- **A loss recorded with 錄 alone is negative** (`公司股東應佔呈報虧損錄15.33億元`), as `虧損錄得` is; its subject is
  the profit it names (`…呈報溢利`), as the loss beside it (`較2024年虧損7.66億元`) already was.
- **A company's stock code in brackets is no year** (`中鋼（2002）9月營收`, `金沙中國(1928)第1季`, `太古地產（1972）公佈`):
  a name before the bracket and a company's act or a time after it; an edition's year keeps its bracket (`论坛（2024）
  今天举行`, `《…报告（2023）》`) and so does a year told with 今/去 (`今(2025)年`, `今年（2026）1月1日`).
- **A Hong Kong interim dividend's number is no rank** (`第二次中期股息`, `第2次中期息`, `第4期中期股息`: sealed40's eight
  traps and sealed41's seven, against sealed9's and sealed15's three ranks); its sum keeps the numbered name as subject,
  also when told after a comma (`拟派发第二次中期股息,每股0.72港元`), and the verb before it is no part of it.
- **A chip's process nodes written as a pair** (`22/28奈米`) are no fraction; **a unit defined in brackets**
  (`（1吉瓦时=100万千瓦时）`) is no amount (a rate of exchange, `1美元=7.1元`, stays); **a rebar size after the Cyrillic
  Ф** (`Ф6.5mm普线`) is a grade, as after Φ.
- **Units:** cents after `每股港币` are 仙/股 (as `每股40仙`); `人份` (kits, doses) is its own unit, no head count; `美仙`
  (US cents as Hong Kong writes them) is money.
- **A bare magnitude climbed onto or from** (`从千亿元跃上万亿元新台阶`, `迈上万亿元台阶`, `重上百億大關` after a sum in 元) is
  a figure with no qualifier: 上 is the verb's; **a round count reached** (`达到千亿件`) is one too.
- **Places moved in a ranking told in 位** after a place (`居第8位、前移3位`, `比一季度分别提高了4位`, `较上月提升2位`) are a
  rank moved, up or down (`后移2位`), as `提升6个位次` is; a place itself (`第二位`) has no change.
- **A bound typeset apart** (`載客率達 90% 以上`, `2% 以下`, `10 % 左右`) is the figure's qualifier.
- **Bases:** 与 joining two topics opens no base (`有色与新能源金属板块成交量增长26%`) while one naming its level compares
  (`與原先預計的480億元高出1倍`); the base's own level in brackets with its word (`較去年同期（獲利36.41億元）年減229%`) ends
  the base; `飊升` is 飆升 (a rise, no part of the base).
- **Two places named with 和/与 before 两地** (`深圳与中山两地`, `米兰和科尔蒂纳两地`) are a count of 2 地 with no subject
  (sealed41's call; the pair's first item cannot always be told from the words before it), as `台、美兩地` after a list
  is; a slogan in quotes (`“两地”`) and 两地 with no pair named stay words.
- **Changes:** a price move named the largest before its sum (`价格上涨幅度最大,为140元/吨`) is that move, its verb the
  change word; a pay rise or cut (`調薪2500元`, `加薪3%`, `減薪10%`) says its direction.
"""

from __future__ import annotations

import pytest

from tests.fact_helpers import fact_named as _fact
from tests.fact_helpers import facts_of as _facts


# ----------------------------------------------------------------------------- signs

def test_a_loss_recorded_with_lu_alone_is_negative_of_the_profit() -> None:
    text = "公司股東應佔呈報虧損錄15.33億元，較2024年虧損7.66億元擴大。"
    for surface, value in (("15.33億元", -1533000000), ("7.66億元", -766000000)):
        f = _fact(text, surface)
        assert (f["value"], f["subject"]) == (value, "公司股東應佔呈報溢利")


def test_a_loss_recorded_with_lu_and_a_hedge() -> None:
    assert _fact("集團虧損錄約3億元。", "約3億元")["value"] == -300000000


def test_a_loss_turned_round_keeps_its_sign() -> None:
    assert _fact("扭亏录得3亿元利润。", "3亿元")["value"] == 300000000


# ----------------------------------------------------------------------------- traps

@pytest.mark.parametrize("text", [
    "中鋼（2002）9月營收243.85億元，月減1.4%。",
    "中鋼（2002）昨（28）日公布自結去年12月損益。",
    "金沙中國(1928)第1季淨收益總額按年增42%。",
    "太古地產（1972）公佈去年全年業績，期內股東應佔基本溢利86.2億元。",
])
def test_a_stock_code_in_brackets_is_no_year(text: str) -> None:
    assert not any(f["kind"] == "year" and f["surface"] in ("2002", "1928", "1972") for f in _facts(text))


@pytest.mark.parametrize(("text", "surface"), [
    ("可持续交通高峰论坛（2024）今天举行。", "2024"),
    ("今(2025)年全年突破7,000億美元。", "2025"),
    ("統計今年（2026）1月1日至3月10日共69天。", "2026"),
])
def test_an_editions_or_a_years_bracket_stays_a_year(text: str, surface: str) -> None:
    assert any(f["kind"] == "year" and f["surface"] == surface for f in _facts(text))


@pytest.mark.parametrize("text", [
    "董事局已宣布第二次中期股息每股港币四十仙,连同第一次中期股息每股港币二十仙。",
    "擬派第2次中期息每股0.8元，按年增5%。",
    "集團宣派第4期中期股息每股1.26元。",
    "第二次中期息每股0.29元。",
])
def test_an_interim_dividends_number_is_no_rank(text: str) -> None:
    assert not any(f["kind"] == "rank" for f in _facts(text))


def test_a_rank_of_times_elsewhere_stays() -> None:
    assert _fact("央行年内第二次下调利率。", "第二次")["kind"] == "rank"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("每股盈利为0.45港元,公司拟派发第二次中期股息,每股0.72港元。", "0.72港元", "第二次中期股息"),
    ("擬派第2次中期息每股0.8元，按年增5%。", "5%", "第2次中期息"),
    ("集團宣派第4期中期股息每股1.26元,按年增加4.1%,全年派息3.15元。", "4.1%", "第4期中期股息"),
    ("董事局已宣布第二次中期股息每股港币四十仙,连同于二零一三年十月派付的第一次中期股息每股港币二十仙。", "二十仙", "第一次中期股息"),
])
def test_a_numbered_dividends_sum_and_move_take_its_name(text: str, surface: str, subject: str) -> None:
    assert _fact(text, surface)["subject"] == subject


@pytest.mark.parametrize("text", [
    "聯電指出，22/28奈米為營運主軸，第2季產能利用率已回升至76%。",
    "受惠22/28奈米需求延續升溫，第4季合併營收達新台幣618.1億元。",
    "公司的22/28nm订单增加。",
])
def test_process_nodes_as_a_pair_are_no_fraction(text: str) -> None:
    assert not any("/" in f["surface"] for f in _facts(text))


def test_a_fraction_stays() -> None:
    assert _fact("占全国1/9的经济总量。", "1/9")["kind"] == "percent"


def test_a_unit_defined_in_brackets_is_no_amount() -> None:
    text = "2024年，我国锂电池总产量1170吉瓦时（1吉瓦时=100万千瓦时），同比增长24%。"
    assert [f["surface"] for f in _facts(text) if f["kind"] == "quantity"] == ["1170吉瓦时"]


def test_a_rate_of_exchange_in_brackets_stays() -> None:
    assert any(f["surface"] == "7.1元" for f in _facts("按当日汇率（1美元=7.1元）折算。"))


def test_a_rebar_size_after_a_cyrillic_ef_is_a_grade() -> None:
    text = "线材:22日全国13个主要城市Ф6.5mm普线平均价格为4038元/吨,较上个交易日上涨3元/吨。"
    assert not any(f["surface"] == "6.5mm" for f in _facts(text))
    assert _fact(text, "4038元/吨")["value"] == 4038


# ----------------------------------------------------------------------------- units

@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("董事局已宣布第二次中期股息每股港币四十仙。", "四十仙", "仙/股"),
    ("全年股息为每股港币六十仙。", "六十仙", "仙/股"),
    ("派息每股港币40仙。", "40仙", "仙/股"),
    ("每吨人民币500元。", "500元", "元/吨"),
])
def test_a_currency_named_between_per_and_the_sum(text: str, surface: str, unit: str) -> None:
    assert _fact(text, surface)["unit"] == unit


@pytest.mark.parametrize(("text", "surface"), [
    ("各地累计跨省调拨布洛芬1.74亿片、抗原检测试剂5.51亿人份。", "5.51亿人份"),
    ("企业日产能由12月初的6000万人份扩产到1.1亿人份。", "1.1亿人份"),
])
def test_kits_told_per_person_are_no_head_count(text: str, surface: str) -> None:
    f = _fact(text, surface, "2022-12-29")
    assert (f["unit"], f["kind"]) == ("人份", "count")


def test_a_head_count_stays_people() -> None:
    assert _fact("全市共有500人参加。", "500人")["unit"] == "人"


def test_us_cents_as_hong_kong_writes_them() -> None:
    f = _fact("友邦中期公司股東應佔純利25.3億美元，按年跌23.5%，每股盈利23.83美仙。", "23.83美仙")
    assert (f["kind"], f["value"], f["unit"]) == ("money", 23.83, "美仙")


# ----------------------------------------------------------------------------- bare magnitudes

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("经过17年不懈努力,云南经济总量从千亿元跃上万亿元新台阶的梦想终成现实。", "千亿元", 10**11),
    ("经过17年不懈努力,云南经济总量从千亿元跃上万亿元新台阶的梦想终成现实。", "万亿元", 10**12),
    ("水利建设完成投资首次迈上万亿元大台阶。", "万亿元", 10**12),
    ("快递业务量已突破1000亿件，比2024年达到千亿件提前了35天。", "千亿件", 10**11),
    ("一月錄得逾一百一十五億元，重上百億大關。", "百億", 10**10),
])
def test_a_bare_magnitude_climbed_onto_or_reached(text: str, surface: str, value: int) -> None:
    f = _fact(text, surface)
    assert (f["value"], f["qualifier"]) == (value, None)


def test_upwards_of_stays_a_qualifier() -> None:
    assert _fact("賣出單筆交易高到上百萬元都有。", "上百萬元")["qualifier"] == "上"


def test_a_million_reached_before_a_count_word_is_no_figure() -> None:
    assert not _facts("观众达百万人。")


# ----------------------------------------------------------------------------- ranks moved

@pytest.mark.parametrize(("text", "surface", "change"), [
    ("农村常住居民人均可支配收入增速居第8位、前移3位。", "3位", "up"),
    ("上半年云南经济增长速度排全国第16位,列西部第8位,比一季度分别提高了4位。", "4位", "up"),
    ("累计增速居全国第5位,较上月提升2位。", "2位", "up"),
    ("增幅位居全省第1位,比同期前进2位。", "2位", "up"),
    ("增速居第3位,较上月后移2位。", "2位", "down"),
])
def test_places_moved_in_a_ranking(text: str, surface: str, change: str) -> None:
    f = _fact(text, surface)
    assert (f["kind"], f["unit"], f["change"]) == ("rank", "位", change)


def test_a_place_itself_has_no_change() -> None:
    assert _fact("增幅高出绍兴平均0.5个百分点居绍兴第二位。", "第二位")["change"] is None


def test_people_counted_beside_a_place_stay_counted() -> None:
    assert _fact("居第3位,有2位专家提高了水平。", "2位")["kind"] == "count"


# ----------------------------------------------------------------------------- spaced bounds

@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("歐澳出發航班載客率達 90% 以上。", "90% 以上", "以上"),
    ("通膨率回到 2% 以下,短期內壓力不大。", "2% 以下", "以下"),
    ("较上年度增长 10 % 左右。", "10 % 左右", "左右"),
])
def test_a_bound_typeset_apart(text: str, surface: str, qualifier: str) -> None:
    assert _fact(text, surface)["qualifier"] == qualifier


# ----------------------------------------------------------------------------- bases

@pytest.mark.parametrize("text", [
    "拉动碳酸锂等金属品种投资，有色与新能源金属板块成交量增长26%。",
    "钢铁与有色行业利润增长26%。",
])
def test_yu_joining_two_topics_opens_no_base(text: str) -> None:
    f = _fact(text, "26%")
    assert (f["change"], f["base"]) == ("up", None)


@pytest.mark.parametrize(("text", "surface", "base"), [
    ("本財年港府財政赤字為1000億元,與原先預計的480億元高出1倍。", "1倍", "原先預計"),
    ("与上年同期相比增长5%。", "5%", "上年同期"),
    ("累計稅前淨損46.8億元，較去年同期（獲利36.41億元）年減229%。", "229%", "去年同期"),
    ("總計今年首七個月機場客運量達2,040萬人次,較去年同期飊升超過15倍。", "超過15倍", "去年同期"),
])
def test_bases_as_written(text: str, surface: str, base: str) -> None:
    assert _fact(text, surface)["base"] == base


# ----------------------------------------------------------------------------- changes

@pytest.mark.parametrize(("text", "surface", "change"), [
    ("22日太原地区HRB335 12MM螺纹钢价格上涨幅度最大,为140元/吨。", "140元/吨", "up"),
    ("杭州地区HRB400 12MM螺纹钢价格下跌幅度最大,为20元/吨。", "20元/吨", "down"),
])
def test_a_price_move_named_the_largest_before_its_sum(text: str, surface: str, change: str) -> None:
    f = _fact(text, surface)
    assert (f["change"], f["change_word"]) == (change, "上涨" if change == "up" else "下跌")


def test_a_price_level_after_a_comma_is_no_move() -> None:
    assert _fact("各地价格差异较大,为3000元/吨。", "3000元/吨")["change"] is None


@pytest.mark.parametrize(("text", "surface", "change"), [
    ("長榮航空今年將發放6.5個月年終獎金，另非主管調薪2500元。", "2500元", "up"),
    ("員工平均加薪3%。", "3%", "up"),
    ("高管減薪10%。", "10%", "down"),
])
def test_a_pay_rise_or_cut(text: str, surface: str, change: str) -> None:
    assert _fact(text, surface)["change"] == change


# ----------------------------------------------------------------------------- two places named

@pytest.mark.parametrize(("text", "start"), [
    ("深圳与中山两地的车程从两个多小时缩短到30分钟以内。", 5),
    ("圣火在米兰和科尔蒂纳两地同时点燃。", 10),
    ("以视频方式在北京和莫斯科两地举行。", 12),
])
def test_two_places_named_with_he_or_yu_are_a_count(text: str, start: int) -> None:
    f = _fact(text, "两地")
    assert (f["value"], f["unit"], f["start"], f["subject"]) == (2, "地", start, None)


@pytest.mark.parametrize("text", [
    "记对重庆提出的“两点”定位、“两地”“两高”目标。",
    "两地车程缩短。",
])
def test_a_slogan_or_an_unnamed_pair_of_places_is_no_count(text: str) -> None:
    assert not any(f["surface"] == "两地" for f in _facts(text))


def test_places_listed_keep_their_subject() -> None:
    assert _fact("正積極在台、美兩地加速擴產。", "兩地")["subject"] == "台、美"
