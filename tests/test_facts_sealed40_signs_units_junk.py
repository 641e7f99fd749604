"""Signs, units, qualifiers and traps a fresh sample (sealed40) showed, each as its class (sentences written for the
tests unless said).

- **A loss in Hong Kong's words is a negative figure:** `損手2.54億元` (money lost, as `蝕` is) and a loss named
  after its sum as an operating loss (`录得38.46亿元的营运亏损`, `錄得3億元營業虧損`), as `3亿元的净亏损` is; the
  profit beside it (`49.72亿元的营运盈利`) keeps its sign, and a loss cut (`收窄`, `弥补`) is no loss figure.
- **A ratio told per a sum of money keeps its denominator:** `每百元营业收入中的成本为85.39元` → 元/百元 (the
  statistics' cost and revenue per 100 yuan; the magnitude stays in the denominator, as 吨标准煤/万元 does); the
  change told after it in the next clause (`同比增加0.32元`) stays in the plain unit, as a price's move after its
  level does in the earlier sets (`每克101.34元,比上一交易日上涨1.04元` → 元).
- **A class drawn by a rate its members pass is no figure:** `披露率高于50%的一级行业`, `增长上限、下限均超过1000%的
  上市公司`, `开工率在75%以上的企业`; a level told (`保持在10%以上的较高水平`), a base (`增速高于25%的全国平均水平`) and
  a share of a class with no rate before it (`覆盖超过80%的制造业行业大类`) stay figures, and so does a level reached
  without a bound (`覆盖率达98%的乡镇快递网点`: 达 and 在 draw a class only with 以上/以下).
- **The quarter before** (`較上一季`, `前一个季度`) is a relative word as `上季` is (no date; no set labels it), still the
  base of the figure it compares.
- **破 before a level broken past** (`營收破8兆元`, `首度破4萬美元`, `會破5%`, `票房破20亿元`) is its bound, outside
  the surface as `冲破` is (the sets label it so 4 to 2); a verb that breaks something (`打破3项纪录`) is no bound.
- **One joined to another count** (`设一个主论坛和四个平行分论坛`, as `一个刑侦支队、14个手机号`) is a count of 1.
- **A day listed with the next** (`仅28日和29日两天`) is a day though a span word stands before it.
- **A day's trading range** after a price per unit (`每桶38.24美元,…,交易区间37.75-40.47美元`) is that price's
  low and high, in its denominator.
- **`两国` with its pair named later in its sentence** (`…两国元首重要共识，推动中白关系`), **before a relation word
  with 中 second** (`斐中关系`), or **by China's side and the side it addresses** (`中方愿同白方…两国`) is counted, the pair
  its subject (sealed39's class, widened).
- **A currency typed twice before its denominator** (`5750元/元/吨`) is one price per 吨, never 元/元.
- **Taiwan's three margins all up** (`三率三升`, `三率齊升`) is a phrase, no 3 升.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = "2024-03-08") -> list[dict]:
    return extract(text, date=date)


def _fact(text: str, surface: str) -> dict:
    return next(f for f in _facts(text) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("集團業務連續7年錄虧損，去年損手2.54億元，計及車站商務利潤36.6億元。", "2.54億元", -254000000),
    ("香港車務去年损手1.2亿元。", "1.2亿元", -120000000),
    ("集团录得49.72亿元的营运盈利,而去年同期则录得38.46亿元的营运亏损。", "38.46亿元", -3846000000),
    ("公司上半年錄得3億元營業虧損。", "3億元", -300000000),
    ("集團錄得約5,000萬元之營運虧損。", "約5,000萬元", -50000000),
])
def test_a_loss_in_hong_kong_words_is_negative(text: str, surface: str, value: int) -> None:
    assert _fact(text, surface)["value"] == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("集团录得49.72亿元的营运盈利,而去年同期则录得38.46亿元的营运亏损。", "49.72亿元", 4972000000),
    ("计及车站商务利润36.6亿元，客运服务仍赚34.06亿元。", "36.6亿元", 3660000000),
    ("公司透过出售资产弥补了3亿元的营运亏损。", "3亿元", 300000000),
])
def test_a_profit_or_a_loss_made_up_keeps_its_sign(text: str, surface: str, value: int) -> None:
    assert _fact(text, surface)["value"] == value


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("1-10月份,规模以上工业企业每百元营业收入中的成本为85.39元,同比增加0.32元。", "85.39元", "元/百元"),
    ("每百元营业收入中的费用为8.42元,同比增加0.06元。", "8.42元", "元/百元"),
    ("10月末,规模以上工业企业每百元资产实现的营业收入为77.3元,同比减少2.7元。", "77.3元", "元/百元"),
    ("全市每万元地区生产总值能耗为0.45吨标准煤。", "0.45吨标准煤", "吨标准煤/万元"),
])
def test_a_ratio_per_a_sum_of_money_keeps_its_denominator(text: str, surface: str, unit: str) -> None:
    f = _fact(text, surface)
    assert (f["unit"], f["per"]) == (unit, unit.split("/")[1])


@pytest.mark.parametrize(("text", "surface"), [
    ("1-10月份,规模以上工业企业每百元营业收入中的成本为85.39元,同比增加0.32元。", "0.32元"),
    ("10月末,规模以上工业企业每百元资产实现的营业收入为77.3元,同比减少2.7元;人均营业收入为182.4万元。", "182.4万元"),
])
def test_a_change_after_the_ratio_and_the_next_sum_stay_plain(text: str, surface: str) -> None:
    assert _fact(text, surface)["unit"] == "元"


@pytest.mark.parametrize(("text", "trap"), [
    ("在披露率高于50%的一级行业中,有色金属行业预喜率过半,达66%。", "50%"),
    ("回盛生物是唯一一家预告归母净利润同比增长上限、下限均超过1000%的上市公司。", "1000%"),
    ("开工率在75%以上的企业占到中小企业总数的六成。", "75%以上"),
    ("对重大节假日期间利用率超过40%的充电设施实施大功率改造。", "40%"),
])
def test_a_class_drawn_by_a_rate_is_no_figure(text: str, trap: str) -> None:
    value = float(trap.rstrip("%以上"))
    assert not [f for f in _facts(text) if f["kind"] == "percent" and f["value"] == value]


@pytest.mark.parametrize(("text", "surface"), [
    ("在披露率高于50%的一级行业中,有色金属行业预喜率过半,达66%。", "66%"),
    ("再生资源物流总额同比增长保持在10%以上的较高水平。", "10%以上"),
    ("新疆等地快件业务量的增速高于25%的全国平均水平。", "25%"),
    ("卓越级智能工厂已覆盖超过80%的制造业行业大类。", "超过80%"),
    ("近百万套智能分拣系统、覆盖率达98%的乡镇快递网点将一件件包裹送达。", "98%"),
])
def test_a_level_a_base_or_a_share_stays(text: str, surface: str) -> None:
    assert _fact(text, surface)["kind"] == "percent"


@pytest.mark.parametrize("text", ["長榮海運第三季合併營收969.20億元，達到三率三升佳績。", "聯發科第二季三率齊升。"])
def test_three_margins_up_is_a_phrase(text: str) -> None:
    assert not [f for f in _facts(text) if f["surface"].startswith("三")]


@pytest.mark.parametrize("text", [
    "故第二季營收整體而言較上一季有所下滑。",
    "就业人数为35.93万人,较上一季减少900人。",
    "今年第二季营收较前一个季度增长5%。",
])
def test_the_quarter_before_is_no_date(text: str) -> None:
    assert not [f for f in _facts(text, "2025-08-10") if f["kind"] == "date" and ("上" in f["surface"] or "前" in f["surface"])]


def test_the_quarter_before_still_gives_a_base() -> None:
    f = _fact("就业人数为35.93万人,较上一季减少900人。", "900人")
    assert f["base"] == "上一季"


@pytest.mark.parametrize(("text", "surface"), [
    ("鴻海今（5）日公布2025年全年營收破8兆元，達8.09兆元。", "8兆元"),
    ("預測明年每人GDP為4萬951美元，首度破4萬美元。", "4萬美元"),
    ("全年出口首破6,000億美元，進口4,836.1億美元。", "6,000億美元"),
    ("今年全年經濟成長率一定會破5%。", "5%"),
    ("国庆档票房破20亿元。", "20亿元"),
])
def test_a_level_broken_past_is_bounded_by_po(text: str, surface: str) -> None:
    assert _fact(text, surface)["qualifier"] == "破"


@pytest.mark.parametrize(("text", "surface"), [
    ("他在本届比赛中打破3项世界纪录。", "3项"),
    ("警方攻破2个犯罪团伙。", "2个"),
])
def test_a_verb_that_breaks_something_is_no_bound(text: str, surface: str) -> None:
    assert _fact(text, surface)["qualifier"] is None


def test_a_magnitude_alone_keeps_po_in_its_surface() -> None:
    assert _fact("台积电市值破兆元。", "破兆元")["qualifier"] == "破"


@pytest.mark.parametrize(("text", "values"), [
    ("本次研讨会设一个主论坛和四个平行分论坛。", [1, 4]),
    ("一个刑侦支队、14个手机号。", [1, 14]),
])
def test_one_joined_to_another_count_is_a_count(text: str, values: list[int]) -> None:
    assert [f["value"] for f in _facts(text) if f["kind"] == "count"] == values


@pytest.mark.parametrize("text", ["这是一个好机会。", "他提出一个问题和一些建议。"])
def test_one_alone_stays_an_article(text: str) -> None:
    assert not [f for f in _facts(text) if f["kind"] == "count"]


def test_a_day_listed_with_the_next_is_a_day_after_a_span_word() -> None:
    facts = _facts("美国西南航空公司仅28日和29日两天就取消了超过5000架次航班。", "2022-12-30")
    assert [(f["surface"], f["value"]) for f in facts if f["kind"] == "date"] == [("28日", "2022-12-28"),
                                                                                ("29日", "2022-12-29")]


def test_days_before_a_span_stay_spans() -> None:
    assert not [f for f in _facts("近3日和5日前的数据。", "2022-12-30") if f["kind"] == "date"]


def test_a_days_trading_range_keeps_the_prices_denominator() -> None:
    text = ("纽约商品期货交易所西得克萨斯轻油期货结算价每桶38.24美元,比前一交易日下跌2.21美元,跌幅5.5%,"
            "为2009年2月份以来最低结算价,交易区间37.75-40.47美元。")
    assert _fact(text, "37.75-40.47美元")["unit"] == "美元/桶"
    assert _fact(text, "2.21美元")["unit"] == "美元"       # the move stays in the currency alone (the sets' majority)


def test_a_range_of_another_order_is_no_trading_range() -> None:
    text = "黄金期货结算价每盎司1253.9美元,交易区间成交额120-150亿美元。"
    assert "/" not in _fact(text, "120-150亿美元")["unit"]


@pytest.mark.parametrize("text", [
    "中方愿同白方共同努力，全面落实两国元首重要共识，推动中白关系和双方全方位合作实现更大发展。",
    "兰布卡表示，一个中国原则是斐中关系的基石，愿同中方加强各领域务实合作，更好造福两国人民。",
    "中方愿与各方一道，推动两国关系发展。",
    "这一时期中关系复杂，两国人民往来不多。",
])
def test_two_countries_named_or_not_are_a_count_of_two_without_subject(text: str) -> None:
    # sealed40 labels them counts with no subject, as every tuning set does (round 52 dropped the pair's subject)
    f = _fact(text, "两国")
    assert (f["value"], f["subject"]) == (2, None)


def test_a_currency_typed_twice_before_the_denominator_is_one_price() -> None:
    f = _fact("进口大豆分销价格也不过5750元/元/吨。", "5750元/元/吨")
    assert (f["value"], f["unit"], f["per"]) == (5750, "元/吨", "吨")
    assert _fact("能耗为0.5吨标准煤/万元。", "0.5吨标准煤/万元")["unit"] == "吨标准煤/万元"
