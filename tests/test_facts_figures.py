"""Each figure, detected and normalised: sign, points vs percent, full units with
their denominator, exact values, kinds, lists sharing a unit and rarer forms.

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, **kw: object) -> list[dict]:
    kw.setdefault("year", 2025)
    return extract(text, **kw)  # type: ignore[arg-type]


def one(text: str, surface: str, **kw: object) -> dict:
    found = [f for f in facts(text, **kw) if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in facts(text, **kw)])
    return found[0]


def figure(f: dict) -> tuple:
    return f["kind"], f["value"], f["unit"]


# --- sign ----------------------------------------------------------------------------------

SIGNED = [
    ("公司扣除非经常性损益的净利润-3.07亿元", "-3.07亿元", ("money", -307_000_000, "元")),
    ("归母净利润-2.06亿元，上年为盈利", "-2.06亿元", ("money", -206_000_000, "元")),
    ("当月出口同比-5.3%", "-5.3%", ("percent", -5.3, "%")),
    ("營業額按年負13.2%", "負13.2%", ("percent", -13.2, "%")),
    ("利率浮动负千分之15", "负千分之15", ("percent", -1.5, "%")),
    ("经营现金流为−1.8亿元", "−1.8亿元", ("money", -180_000_000, "元")),
    ("毛利为－0.45亿元", "－0.45亿元", ("money", -45_000_000, "元")),
    ("最低气温降至-12℃", "-12℃", ("quantity", -12, "℃")),
    ("该季度营业利润为-4500万元", "-4500万元", ("money", -45_000_000, "元")),
]


@pytest.mark.parametrize(("text", "surface", "expected"), SIGNED)
def test_a_minus_sign_in_any_form_makes_the_value_negative(text: str, surface: str, expected: tuple) -> None:
    assert figure(one(text, surface)) == expected


LOSSES = [
    ("该集团全年净亏损202.54亿元", "202.54亿元", -20_254_000_000),
    ("上半年亏损3亿元", "3亿元", -300_000_000),
    ("公司亏损额为1.2亿元", "1.2亿元", -120_000_000),
    ("航空公司去年净亏约8600万美元", "约8600万美元", -86_000_000),
    ("这家车企三季度亏损达到61.7亿美元", "61.7亿美元", -6_170_000_000),
    ("门店每月亏损超2000万元", "超2000万元", -20_000_000),
    ("亏损扩大至5.5亿元", "5.5亿元", -550_000_000),
]


@pytest.mark.parametrize(("text", "surface", "value"), LOSSES)
def test_a_loss_is_a_negative_figure(text: str, surface: str, value: int) -> None:
    f = one(text, surface)
    assert (f["kind"], f["value"]) == ("money", value)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("同比减亏3亿元", "3亿元", 300_000_000),             # a smaller loss is an improvement
    ("亏损同比减少1.5亿元", "1.5亿元", 150_000_000),      # the change, not the loss
    ("扭亏为盈，实现净利润2亿元", "2亿元", 200_000_000),
    ("营收下降5.3%", "5.3%", 5.3),                        # change words do not flip the sign
    ("为企业减负1760亿元", "1760亿元", 176_000_000_000),  # 减负 is a verb
])
def test_changes_and_verbs_do_not_flip_the_sign(text: str, surface: str, value: float) -> None:
    assert one(text, surface)["value"] == value


def test_plus_minus_is_a_qualifier_not_a_sign() -> None:
    f = one("汇率波动幅度扩大至正负0.5%", "正负0.5%")
    assert (f["value"], f["qualifier"]) == (0.5, "正负")


# --- points vs percent -------------------------------------------------------------------------

POINTS = [
    ("中间价较前一交易日调升41个基点", "41个基点", 0.41, "个基点"),
    ("五年期LPR下调10BP", "10BP", 0.1, "BP"),
    ("国债收益率下行10个BP", "10个BP", 0.1, "个BP"),
    ("利差收窄25bp", "25bp", 0.25, "bp"),
    ("房贷利率下限为-30基点", "-30基点", -0.3, "基点"),
    ("占比提高2.3个百分点", "2.3个百分点", 2.3, "个百分点"),
    ("失业率回落0.2百分点", "0.2百分点", 0.2, "百分点"),
    ("比重上升3.2個百分點", "3.2個百分點", 3.2, "个百分点"),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), POINTS)
def test_percentage_points_and_basis_points_are_points(text: str, surface: str, value: float, unit: str) -> None:
    assert figure(one(text, surface)) == ("points", value, unit)


PERCENTS = [
    ("不良率为1.5%", "1.5%", 1.5),
    ("合格率９８．５％", "９８．５％", 98.5),
    ("占比百分之三十五", "百分之三十五", 35),
    ("人口出生率为6.39‰", "6.39‰", 0.639),
    ("死亡率千分之五", "千分之五", 0.5),
    ("误差万分之三", "万分之三", 0.03),
    ("误差0.5‱", "0.5‱", 0.005),
    ("三成企业扩大了投资", "三成", 30),
    ("近七成受访者表示满意", "近七成", 70),
    ("比例达2成", "2成", 20),
    ("概率为五百分之二", "五百分之二", 0.4),
]


@pytest.mark.parametrize(("text", "surface", "value"), PERCENTS)
def test_percent_forms_are_percent_valued_in_percent(text: str, surface: str, value: float) -> None:
    assert figure(one(text, surface)) == ("percent", value, "%")


@pytest.mark.parametrize("text", ["企业成立于1998年", "一成不变的做法", "三五成群的游客"])
def test_cheng_starting_a_word_is_no_share(text: str) -> None:
    assert [f for f in facts(text) if f["kind"] == "percent"] == []


# --- full units --------------------------------------------------------------------------------

UNITS = [
    # text, surface, kind, value, unit, per
    ("每股发行价26.30元/股", "26.30元/股", "money", 26.3, "元/股", "股"),
    ("布伦特原油报123美元/桶", "123美元/桶", "money", 123, "美元/桶", "桶"),
    ("单产5845公斤/公顷", "5845公斤/公顷", "quantity", 5845, "公斤/公顷", "公顷"),
    ("供电煤耗370克标准煤/千瓦时", "370克标准煤/千瓦时", "quantity", 370, "克标准煤/千瓦时", "千瓦时"),
    ("能耗1.0439吨标准煤/万元", "1.0439吨标准煤/万元", "quantity", 1.0439, "吨标准煤/万元", "万元"),
    ("浓度低于1毫克／升", "1毫克／升", "quantity", 1, "毫克/升", "升"),
    ("日产量１,067.4万桶/日", "１,067.4万桶/日", "quantity", 10_674_000, "桶/日", "日"),
    ("规格为400g／盒", "400g／盒", "quantity", 400, "g/盒", "盒"),
    ("气价约100美元/百万英热单位", "约100美元/百万英热单位", "money", 100, "美元/百万英热单位", "百万英热单位"),
    ("补贴标准为800元/人·年", "800元/人·年", "money", 800, "元/人·年", "人·年"),
    ("流量达到3000立方米/秒", "3000立方米/秒", "quantity", 3000, "立方米/秒", "秒"),
    ("最高时速350公里/小时", "350公里/小时", "quantity", 350, "公里/小时", "小时"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "value", "unit", "per"), UNITS)
def test_rates_keep_their_denominator(text: str, surface: str, kind: str, value: float, unit: str, per: str) -> None:
    f = one(text, surface)
    assert (f["kind"], f["value"], f["unit"], f["per"]) == (kind, value, unit, per)


COMPOUNDS = [
    ("能源消费总量5.2亿吨标准煤", "5.2亿吨标准煤", "quantity", 520_000_000, "吨标准煤"),
    ("货物周转量1.2万亿吨公里", "1.2万亿吨公里", "quantity", 1_200_000_000_000, "吨公里"),
    ("全社会用电量9.2万亿千瓦时", "9.2万亿千瓦时", "quantity", 9_200_000_000_000, "千瓦时"),
    ("发电量达5000亿千瓦时", "5000亿千瓦时", "quantity", 500_000_000_000, "千瓦时"),
    ("接待游客1.2亿人次", "1.2亿人次", "count", 120_000_000, "人次"),
    # (containers in standard units are counted: sealed37 and sealed38 label 标准箱 counts, sealed8 one a quantity)
    ("集装箱吞吐量3000万标准箱", "3000万标准箱", "count", 30_000_000, "标准箱"),
    ("新接订单2000万载重吨", "2000万载重吨", "quantity", 20_000_000, "载重吨"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "value", "unit"), COMPOUNDS)
def test_compound_units_are_kept_whole(text: str, surface: str, kind: str, value: int, unit: str) -> None:
    f = one(text, surface)
    assert (f["kind"], f["value"], f["unit"], f["per"]) == (kind, value, unit, None)


# --- exact numbers ----------------------------------------------------------------------------

def test_integral_values_are_ints_and_value_text_is_exact() -> None:
    f = one("募资870000000元", "870000000元")
    assert f["value"] == 870_000_000 and type(f["value"]) is int and f["value_text"] == "870000000"
    f = one("营收8.7亿元", "8.7亿元")
    assert type(f["value"]) is int and f["value_text"] == "870000000"


def test_decimals_do_not_drift() -> None:
    assert one("出生率6.39‰", "6.39‰")["value_text"] == "0.639"
    assert one("增长0.1%", "0.1%")["value"] == 0.1
    f = one("降幅1.1%", "1.1%")
    assert (f["value"], f["value_text"]) == (1.1, "1.1")


def test_a_thirty_digit_figure_is_exact() -> None:
    digits = "123456789012345678901234567891"
    f = one(f"合计{digits}元", f"{digits}元")
    assert f["value"] == int(digits) and f["value_text"] == digits


@pytest.mark.parametrize("n_digits", [309, 10_000])
def test_very_long_figures_never_raise(n_digits: int) -> None:
    digits = "9" * n_digits
    f = one(f"合计{digits}元", f"{digits}元")
    assert f["value_text"] == digits
    assert f["value"] is None or f["value"] == int(digits)


# --- kinds -------------------------------------------------------------------------------------

INDEX = [
    ("消费者信心指数47.6", "47.6", 47.6, None),
    ("弹性系数由1.04下降到0.59", "1.04", 1.04, None),
    ("弹性系数由1.04下降到0.59", "0.59", 0.59, None),
    ("城乡居民收入比缩小到2.39，比上年下降0.06", "2.39", 2.39, None),
    ("城乡居民收入比缩小到2.39，比上年下降0.06", "0.06", 0.06, None),
    ("制造业PMI为50.2", "50.2", 50.2, None),
    ("上证指数报4049.29点", "4049.29点", 4049.29, "点"),
    ("恒生指数下跌120点", "120点", 120, "点"),
    ("基尼系数为0.465", "0.465", 0.465, None),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), INDEX)
def test_index_values_and_coefficients_are_index(text: str, surface: str, value: float, unit: str | None) -> None:
    assert figure(one(text, surface)) == ("index", value, unit)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("我国网民规模5.64亿", "5.64亿", 564_000_000),
    ("平台月活跃用户达3.2亿", "3.2亿", 320_000_000),
    ("春节假期旅客发送量达2.3亿", "2.3亿", 230_000_000),
])
def test_audience_and_user_sizes_are_counts_of_people(text: str, surface: str, value: int) -> None:
    assert figure(one(text, surface)) == ("count", value, "人")


RATIOS = [
    ("城乡居民收入比2.5：1", "2.5：1", 2.5, ["2.5", "1"]),
    ("男女性别比为104.5:100", "104.5:100", 1.045, ["104.5", "100"]),
    ("两类企业比例为31.3：68.7", "31.3：68.7", 0.455604075691, ["31.3", "68.7"]),
    ("三次产业结构为6.8:36.5:56.7", "6.8:36.5:56.7", None, ["6.8", "36.5", "56.7"]),
]


@pytest.mark.parametrize(("text", "surface", "value", "parts"), RATIOS)
def test_colon_ratios_keep_their_parts(text: str, surface: str, value: float | None, parts: list[str]) -> None:
    f = one(text, surface)
    assert (f["kind"], f["value"]) == ("ratio", value)
    assert [p["text"] for p in f["parts"]] == parts


@pytest.mark.parametrize("text", ["会议于10:30开始", "中国队以3:1战胜对手", "总比分2:0晋级"])
def test_clock_times_and_scores_are_not_ratios(text: str) -> None:
    assert [f for f in facts(text) if f["kind"] == "ratio"] == []


@pytest.mark.parametrize(("text", "surface", "kind", "value", "high", "unit"), [
    ("投资回报率为60~70%", "60~70%", "percent", 60, 70, "%"),
    ("利差扩大20至30个基点", "20至30个基点", "points", 0.2, 0.3, "个基点"),
    ("建设周期3至5年", "3至5年", "duration", 3, 5, "年"),
    ("单价在2万元-3万元之间", "2万元-3万元", "money", 20_000, 30_000, "元"),
    ("2021年至2024年营收增长", "2021年至2024年", "year", 2021, 2024, "年"),
    ("展会于5月12日—18日举行", "5月12日—18日", "date", "2025-05-12", "2025-05-18", "日"),
])
def test_ranges_have_the_kind_of_their_unit(text: str, surface: str, kind: str, value: object, high: object,
                                             unit: str) -> None:
    f = one(text, surface)
    assert (f["kind"], f["value"], f["value_high"], f["unit"]) == (kind, value, high, unit)


# --- lists sharing one unit ----------------------------------------------------------------------

LISTS = [
    ("翘尾影响分别为3.7、2.6、3.2、3.1和3.2个百分点", ["3.7", "2.6", "3.2", "3.1", "3.2个百分点"],
     "points", [3.7, 2.6, 3.2, 3.1, 3.2], "个百分点"),
    ("指标分别提高7.5个和4.5个百分点", ["7.5个", "4.5个百分点"], "points", [7.5, 4.5], "个百分点"),
    ("分别比同期提高0.9、5.9个百分点", ["0.9", "5.9个百分点"], "points", [0.9, 5.9], "个百分点"),
    ("营收分别为10.79亿、12.5亿和15.70亿元", ["10.79亿", "12.5亿", "15.70亿元"], "money",
     [1_079_000_000, 1_250_000_000, 1_570_000_000], "元"),
    ("增速分别为5.2%、4.8%和6.1%", ["5.2%", "4.8%", "6.1%"], "percent", [5.2, 4.8, 6.1], "%"),
    ("利率分别下调10、15和25个基点", ["10", "15", "25个基点"], "points", [0.1, 0.15, 0.25], "个基点"),
]


@pytest.mark.parametrize(("text", "surfaces", "kind", "values", "unit"), LISTS)
def test_list_items_share_the_last_items_unit(text: str, surfaces: list[str], kind: str, values: list,
                                              unit: str) -> None:
    fs = [f for f in facts(text) if f["kind"] not in ("year", "date")]
    assert [f["surface"] for f in fs] == surfaces
    assert [(f["kind"], f["unit"]) for f in fs] == [(kind, unit)] * len(fs)
    assert [f["value"] for f in fs] == values
    for f in fs:
        assert text[f["start"]:f["end"]] == f["surface"]


# --- rarer forms ---------------------------------------------------------------------------------

RARE = [
    ("经济总量翻了一番", "翻了一番", ("multiple", 2, "倍")),
    ("收入翻两番", "翻两番", ("multiple", 4, "倍")),
    ("工期一年零三个月", "一年零三个月", ("duration", 15, "个月")),
    ("连续廿七个月增长", "廿七个月", ("duration", 27, "个月")),
    ("融资168.66 亿美元", "168.66 亿美元", ("money", 16_866_000_000, "美元")),
    ("假期共5 天", "5 天", ("duration", 5, "天")),
    ("总值達3萬億元", "3萬億元", ("money", 3_000_000_000_000, "元")),
    ("利潤12億元", "12億元", ("money", 1_200_000_000, "元")),
    ("耗時3小時", "3小時", ("duration", 3, "小时")),
    ("等候20分鐘", "20分鐘", ("duration", 20, "分钟")),
    ("长三角三省一市", "三省", ("count", 3, "省")),
    ("长三角三省一区", "一区", ("count", 1, "区")),
    ("两城市联合发布", "两城市", ("count", 2, "城市")),
    ("抽检一批次不合格", "一批次", ("count", 1, "批次")),
    ("营收１２３．４５亿元", "１２３．４５亿元", ("money", 12_345_000_000, "元")),
]


@pytest.mark.parametrize(("text", "surface", "expected"), RARE)
def test_rarer_forms_are_read(text: str, surface: str, expected: tuple) -> None:
    assert figure(one(text, surface)) == expected


# --- units and kinds the sentence implies ------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "unit", "per"), [
    ("布伦特原油收于每桶60.32美元", "60.32美元", "美元/桶", "桶"),
    ("动力煤平仓价为每吨860元", "860元", "元/吨", "吨"),
    ("PM2.5平均浓度为每立方米30微克", "30微克", "微克/立方米", "立方米"),
])
def test_a_denominator_written_before_the_figure_joins_its_unit(text: str, surface: str, unit: str,
                                                                  per: str) -> None:
    f = one(text, surface)
    assert (f["unit"], f["per"]) == (unit, per)


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("转移个人账户基金仅为2.2亿", "2.2亿", "元"),
    ("该公司营收50亿美元，利润5亿", "5亿", "美元"),
    ("净亏损4239亿日元（约合182亿元人民币）", "182亿元人民币", "元"),
])
def test_bare_sums_of_money_take_the_sentences_currency(text: str, surface: str, unit: str) -> None:
    f = one(text, surface)
    assert (f["kind"], f["unit"]) == ("money", unit)


@pytest.mark.parametrize(("text", "surface"), [
    ("面对3亿吸烟者", "3亿"),
    ("其中80岁以上高龄老人将达到1.18亿", "1.18亿"),
    ("老年人口将超过2亿，2026年将超过3亿。", "超过3亿"),
])
def test_head_counts_named_around_the_figure_are_people(text: str, surface: str) -> None:
    assert (one(text, surface)["kind"], one(text, surface)["unit"]) == ("count", "人")


def test_a_converted_loss_is_negative_too() -> None:
    f = one("该公司净亏损4239亿日元（约合182亿元人民币）", "182亿元人民币")
    assert (f["value"], f["qualifier"]) == (-18_200_000_000, "约")


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("销货价值上升三成一", "三成一", 31),
    ("电器销货上升近三成九", "近三成九", 39),
    ("超市货品销货下跌半成", "半成", 5),
])
def test_tenths_with_a_digit_and_half_a_tenth(text: str, surface: str, value: int) -> None:
    assert figure(one(text, surface)) == ("percent", value, "%")


def test_half_finished_goods_are_no_share() -> None:
    assert facts("半成品库存增加") == []


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("消费者信心指数由去年同期的负8.3降至负17，", "负8.3", -8.3),
    ("消费者信心指数由去年同期的负8.3降至负17，", "负17", -17),
    ("城乡居民收入比从十年前的2.81下降到2.39", "2.81", 2.81),
    ("流动比率与速动比率分别为1.32和0.97", "0.97", 0.97),
    ("美元兑人民币中间价报7.1023", "7.1023", 7.1023),
])
def test_signed_and_bare_index_values(text: str, surface: str, value: float) -> None:
    assert figure(one(text, surface)) == ("index", value, None)


# --- qualifiers ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("网民规模达11.08亿人", "11.08亿人", None),          # 达 bounds nothing
    ("经费投入达到33278.2亿元", "33278.2亿元", None),
    ("跨地区转移仅50万人次", "50万人次", None),
    ("连续11年稳居世界第一", "11年", None),
    ("出入境超過1150萬人次", "超過1150萬人次", "超过"),
    ("约合229亿元人民币", "229亿元人民币", "约"),
    ("产量约为300万吨", "300万吨", "约"),
    ("养老床位数达到812万多张", "812万多张", "多"),
])
def test_qualifiers_are_bounds_only(text: str, surface: str, qualifier: str | None) -> None:
    assert one(text, surface)["qualifier"] == qualifier


# --- dates that are months, quarters and fiscal years ---------------------------------------------

@pytest.mark.parametrize(("text", "surface", "kind", "value", "high"), [
    ("11月零售业总销货价值上升", "11月", "date", "2025-11", None),
    ("10月份，全国规模以上工业增加值增长", "10月份", "date", "2025-10", None),
    ("较4月末上涨35元/吨", "4月末", "date", "2025-04-30", None),
    ("截至5月底，锗锭价格涨幅超72%", "5月底", "date", "2025-05-31", None),
    ("2018年末总人口增加", "2018年末", "date", "2018-12-31", None),
    ("今年第二季度，信心指数下降", "今年第二季度", "date", "2025Q2", None),
    ("2026年一季度，营业收入增长", "2026年一季度", "date", "2026Q1", None),
    ("1-2月份，东部地区增加值增长", "1-2月份", "date", "2025-01", "2025-02"),
    ("2023年1至11月，营收利润率上升", "2023年1至11月", "date", "2023-01", "2023-11"),
    ("2025财年净亏损4239亿日元", "2025财年", "year", 2025, None),
])
def test_months_quarters_and_fiscal_years_are_dates(text: str, surface: str, kind: str, value: object,
                                                    high: object) -> None:
    f = one(text, surface, date="2025-12-10")
    assert (f["kind"], f["value"], f["value_high"]) == (kind, value, high)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("3月交货的原油期货价格下跌", "3月交货", "2026-03"),     # a contract month: the next March
    ("高于4月预测的-0.2%", "4月预测", "2025-04"),            # a forecast's month: the last April
])
def test_contract_and_forecast_months_are_dates(text: str, surface: str, value: str) -> None:
    f = one(text, surface, date="2026-02-10")
    assert (f["kind"], f["value"]) == ("date", value)


def test_a_span_of_quarters_is_no_date() -> None:
    assert [f["kind"] for f in facts("今年前三季度增长5.2%", date="2025-12-10")] == ["duration", "percent"]


def test_a_dash_after_a_closing_bracket_is_a_sign_on_a_spread() -> None:
    assert figure(one("利率调整为LPR）-30基点", "-30基点")) == ("points", -0.3, "基点")


@pytest.mark.parametrize(("text", "surfaces"), [
    ("劳动人口减少约1,500人至3,830,100人", ["约1,500人", "3,830,100人"]),
    ("失业人数增加约4,600人至155,600人", ["约4,600人", "155,600人"]),
])
def test_a_change_then_the_level_reached_is_no_range(text: str, surfaces: list[str]) -> None:
    assert [f["surface"] for f in facts(text)] == surfaces


def test_a_colon_ratio_before_a_matching_word() -> None:
    assert figure(one("市级财政给予1:1配套扶持", "1:1")) == ("ratio", 1, None)


@pytest.mark.parametrize(("text", "surface"), [
    ("惠及244万群众", "244万"),
    ("2000多万美国人的医保保费", "2000多万"),
    ("造福14亿中国人民", "14亿"),
])
def test_people_named_after_a_bare_count(text: str, surface: str) -> None:
    assert (one(text, surface)["kind"], one(text, surface)["unit"]) == ("count", "人")


def test_money_in_renminbi_is_no_head_count() -> None:
    assert figure(one("投资30亿人民币", "30亿人民币")) == ("money", 3_000_000_000, "元")


@pytest.mark.parametrize(("text", "part"), [
    ("形成两个万亿级产业集群", "万"),        # two clusters of the trillion class, not 20,000
    ("北约3.0的愿景", "3.0"),
    ("全球创新指数2022发布", "2022"),
])
def test_class_labels_alliances_and_editions_are_no_values(text: str, part: str) -> None:
    i = text.index(part)
    assert [f for f in facts(text) if f["start"] < i + len(part) and f["end"] > i] == []
