"""Signs, traps, units, figures found, kinds, qualifiers and changes a fresh sample (sealed42) showed, each as its
class (sentences written for the tests, in the registers of the sample: Taiwan's results and budgets, Hong Kong and
Macao releases, telecom operators' results, chip makers' capacity, CCTV's bulletins, provincial communiqués).

- **Sign:** every item of a list of Taiwan's net losses told with 分別 is a loss (`每股分別淨損1.58元及0.94元`), as
  `分别亏损3亿元和5亿元` already was; a loss of assets (`分别损失3亿元`) stays positive.
- **Traps:** a plan's or a project's phase after its name (`防災計畫第二期等所需經費`, `風力發電第五期`) is no rank (an
  issue of bonds, `113年第1期公司債`, stays one); a count of numbered slogans (`三个“一号工程”`) is no count; a
  countdown naming the event held at it (`迎亚冬会倒计时100天儿童青少年主题健身活动`) is no duration, while a
  countdown told (`开幕倒计时100天，…`) stays; a wafer capacity in wafers of a size (`折合8吋標準邏輯月產能`) has no
  figure in its size; a period inside a quoted column's name (`“高质量发展首季开门红”专栏`) is no period; an article's
  一 before a modifier with 的 (`感受到一座不一样的未来之城，这里…三座新城`) is no count of one beside a count in
  another clause.
- **Units:** a unit then 每 and its measure (`89.5微克每立方米`, `1800立方米每秒`, `1.5元每枝`) is one unit with its
  denominator, the surface ending at the unit as `2000元每吨` does (a count is not: `1500万人每日的生活用水量`); the pataca named after the sum (`6.8億澳門幣`) is 澳门元;
  a bare sum with its currency in brackets (`收入錄10.82億(美元.下同)`) is in that currency, and 下同 carries it;
  the joule written in full (`兆焦耳`) is not cut to 兆焦; MB is a unit; a budget's bare 億 (`歲入編列2兆8623億`,
  `差短1727億`) is money; a bare head count takes 人次 or 户 from the count written beside it (`入境61.6萬人次,…首度
  突破60萬`, `用户数为1.81亿,比去年底减少749万户`) unless a noun after it says people (`120万旅客访澳`).
- **Found:** quarters counted with a space around Arabic digits (`近 14 季新高`) or before a record (`創11季新高`); a
  month before a word opening with 日 (`3月日本棒球經典賽`); flights a week in Chinese numerals (`每周四班`); a net
  change then the level (`净增6612万户至1.37亿户`) is two figures, no range; a round magnitude of visits held
  (`保持在千万人次以上`) is a figure with its bound.
- **Qualifiers:** 约 closing 集约 qualifies nothing (`绿色集约5个维度`; `募集约100亿元` keeps it); a share already
  passed (`已过九成`) is bounded by 过; marks crossed in succession (`接连突破3000亿、4000亿、5000亿美元`, `连续跨越
  300亿、400亿美元`) each carry the verb; a level approached or aimed at (`逼近5萬元`, `直逼百兆元大關`, `上看千億美元`)
  carries its verb (逼近 keeps its 近 in the surface, as before).
- **Changes:** a list of rates sharing the change noun after the last (`分别以6.3%和6.6%的本月同比增长率`) are rises,
  each of them.
"""

from __future__ import annotations

import pytest

from store.search.qualified import BELOW
from tests.fact_helpers import fact_named as _fact
from tests.fact_helpers import facts_of as _facts
from tests.fact_helpers import surfaces_of as _surfaces


# ----------------------------------------------------------------------------- signs

@pytest.mark.parametrize(("text", "surfaces"), [
    ("台塑及台化則因油價疲軟，每股分別淨損 1.58 元及 0.94 元。", ("1.58 元", "0.94 元")),
    ("兩家公司每股分別淨虧損1.58元和0.94元。", ("1.58元", "0.94元")),
    ("两家公司分别净损1亿元和2亿元。", ("1亿元", "2亿元")),
])
def test_every_item_of_a_list_of_net_losses_is_negative(text: str, surfaces: tuple[str, ...]) -> None:
    assert all(_fact(text, s)["value"] < 0 for s in surfaces)


def test_a_list_of_assets_lost_stays_positive() -> None:
    assert all(f["value"] > 0 for f in _facts("两地分别损失3亿元和5亿元。"))


# ----------------------------------------------------------------------------- traps

@pytest.mark.parametrize("text", [
    "（１）經濟部主管辦理水災智慧防災計畫第二期等所需經費30.1億元。",
    "主要用於離岸風力發電第二期、風力發電第五期等綠色投資計畫。",
])
def test_a_plans_phase_is_no_rank(text: str) -> None:
    assert not any(f["kind"] == "rank" for f in _facts(text))


def test_an_issue_of_bonds_stays_a_rank() -> None:
    assert _fact("中油公司發行113年度第1期公司債。", "第1期")["kind"] == "rank"


def test_a_count_of_numbered_slogans_is_no_count() -> None:
    assert "三个" not in _surfaces("深入实施三个“一号工程”和“十项重大工程”,精准高效推动政策兑现。")


def test_a_count_before_a_quoted_thing_stays() -> None:
    assert "三个" in _surfaces("今年新建三个“口袋公园”。")


def test_a_countdown_naming_an_event_is_no_duration() -> None:
    text = "在哈尔滨市举行的“奔跑吧·少年”迎亚冬会倒计时100天儿童青少年主题健身活动中，小学员们驰骋在冰场上。"
    assert "100天" not in _surfaces(text)


@pytest.mark.parametrize("text", ["今天是亚冬会开幕倒计时100天，全国各地冰雪运动广泛开展。",
                                  "在倒计时100天之际举行主题活动。"])
def test_a_countdown_told_stays(text: str) -> None:
    assert _fact(text, "100天")["kind"] == "duration"


@pytest.mark.parametrize("text", ["第三季折合8吋標準邏輯月產能增至102.3萬片。", "月产能约当12吋晶圆10万片。"])
def test_a_wafer_size_counted_in_is_no_figure(text: str) -> None:
    assert not any("吋" in f["surface"] for f in _facts(text))


def test_a_period_in_a_quoted_columns_name_is_no_period() -> None:
    text = "本报从今天起,推出“高质量发展首季开门红”专栏,解析亮点数据。"
    assert "首季" not in _surfaces(text)


def test_a_first_quarter_achieved_stays() -> None:
    assert _fact("连续两年实现首季“开门红”。", "首季")["kind"] == "date"


def test_an_articles_one_before_a_modifier_is_no_count() -> None:
    text = "走进雄安新区，你就能感受到一座不一样的未来之城，这里，地上、地下、云上三座新城已初具规模。"
    assert _surfaces(text) == ["三座"]


@pytest.mark.parametrize(("text", "surface"), [("建成一座大型的水库和三座电站。", "一座"),
                                               ("31节车厢脱轨，其中一节车厢上运载的液体硫黄发生泄漏。", "一节")])
def test_a_tally_item_of_one_stays(text: str, surface: str) -> None:
    assert surface in _surfaces(text)


# ----------------------------------------------------------------------------- units

@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("PM2.5年均浓度从89.5微克每立方米降到27微克每立方米。", "89.5微克", "微克/立方米"),
    ("PM2.5年均浓度从89.5微克每立方米降到27微克每立方米。", "27微克", "微克/立方米"),
    ("小浪底水利枢纽下泄流量已经增加到1800立方米每秒。", "1800立方米", "立方米/秒"),
    ("单日最高均价达到1.5元每枝。", "1.5元", "元/枝"),
])
def test_a_unit_per_its_measure_written_with_mei(text: str, surface: str, unit: str) -> None:
    assert _fact(text, surface)["unit"] == unit


def test_a_count_before_mei_keeps_its_unit() -> None:
    f = _fact("日产能相当于1500万人每日的生活用水量。", "1500万人")
    assert f["unit"] == "人"


def test_a_new_phrase_opened_by_mei_is_no_denominator() -> None:
    assert _fact("投入5亿元每亩产出10万元。", "5亿元")["unit"] == "元"


def test_the_pataca_named_after_the_sum() -> None:
    f = _fact("本季澳門博彩毛收入按年上升13%，達6.8億澳門幣。", "6.8億澳門幣")
    assert (f["kind"], f["unit"], f["value"]) == ("money", "澳门元", 680000000)


def test_a_bare_sum_takes_the_currency_in_its_bracket_and_carries_it() -> None:
    text = "中芯公佈第三季收入錄10.82億(美元.下同),按年升32.6%;盈利按年升1.22倍至2.56億元。"
    assert (_fact(text, "10.82億")["unit"], _fact(text, "2.56億元")["unit"]) == ("美元", "美元")


def test_the_joule_written_in_full() -> None:
    assert _fact("本港煤气销售量达29,049百万兆焦耳。", "29,049百万兆焦耳")["unit"] == "兆焦耳"


def test_megabytes_are_a_unit() -> None:
    assert _fact("户均流量达到889MB。", "889MB")["unit"] == "MB"


def test_a_budgets_bare_sums_are_money() -> None:
    text = "行政院會通過總預算案，歲入編列2兆8623億、歲出編列3兆350億，兩者相抵差短1727億。"
    assert all(f["kind"] == "money" and f["unit"] == "元" for f in _facts(text) if "億" in f["surface"])


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("8月入境61.6萬人次,為花蓮地震後首度突破60萬。", "60萬", "人次"),
    ("固定电话用户数为1.81亿,比去年底减少749万户,下降4.0%。", "1.81亿", "户"),
])
def test_a_bare_head_count_takes_the_unit_beside_it(text: str, surface: str, unit: str) -> None:
    assert _fact(text, surface)["unit"] == unit


def test_a_head_count_with_its_noun_stays_people() -> None:
    assert _fact("预计将有120万旅客访澳,日均约15万人次。", "120万")["unit"] == "人"


# ----------------------------------------------------------------------------- found

@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("讓單季整體獲利近 14 季新高。", "近 14 季", "近"),
    ("毛利率創11季新高。", "11季", None),
    ("營收連續 3 季成長。", "3 季", None),
])
def test_quarters_counted_with_spaces_or_before_a_record(text: str, surface: str, qualifier: str | None) -> None:
    f = _fact(text, surface)
    assert (f["kind"], f["unit"], f["qualifier"]) == ("duration", "季", qualifier)


def test_a_quarter_named_before_a_record_stays_a_date() -> None:
    assert _fact("出口值創歷年第2季新高。", "第2季")["kind"] == "date"


def test_a_month_before_a_word_opening_with_ri() -> None:
    assert _fact("客運過年旺季、3月日本棒球經典賽熱潮挹注。", "3月")["value"] == "2025-03"


def test_flights_a_week_in_chinese_numerals() -> None:
    f = _fact("郑州-伊宁-郑州(每周四班)。", "四班")
    assert (f["kind"], f["value"], f["unit"]) == ("count", 4, "班/周")


def test_a_class_named_ban_is_no_count() -> None:
    assert _surfaces("高三四班的同学。") == []


@pytest.mark.parametrize(("text", "move", "level"), [
    ("5G套餐用户净增6612万户至1.37亿户。", "6612万户", "1.37亿户"),
    ("存款多增3000亿元至5万亿元。", "3000亿元", "5万亿元"),
])
def test_a_net_change_then_the_level_is_no_range(text: str, move: str, level: str) -> None:
    assert _fact(text, move)["change"] == "up" and _fact(text, level)["value_high"] is None


def test_a_round_magnitude_of_visits_held() -> None:
    f = _fact("全国铁路单日旅客发送量已连续三天保持在千万人次以上。", "千万人次")
    assert (f["value"], f["unit"], f["qualifier"]) == (10000000, "人次", "以上")


def test_a_round_magnitude_of_families_stays_a_word() -> None:
    assert _surfaces("惠及千万家庭。") == []


# ----------------------------------------------------------------------------- qualifiers

def test_yue_closing_jiyue_qualifies_nothing() -> None:
    assert _fact("围绕品牌质量和绿色集约5个维度。", "5个")["qualifier"] is None


@pytest.mark.parametrize(("text", "surface"), [("募集约100亿元。", "约100亿元"), ("畜產損失約30萬元。", "約30萬元"),
                                               ("持续约3小时。", "约3小时"), ("战机摧毁约400个火箭弹发射装置。", "约400个")])
def test_an_estimate_after_a_verb_stays(text: str, surface: str) -> None:
    assert _fact(text, surface)["qualifier"] == "约"


def test_a_share_already_passed() -> None:
    assert _fact("我国秋粮收获已过九成。", "九成")["qualifier"] == "过"


@pytest.mark.parametrize(("text", "verb", "surfaces"), [
    ("贸易额接连突破3000亿、4000亿、5000亿美元，并于2024年达到5124亿美元。", "突破",
     ("3000亿", "4000亿", "5000亿美元")),
    ("机械出口额连续跨越300亿、400亿、500亿、600亿美元台阶。", "跨越", ("300亿", "400亿", "500亿", "600亿美元")),
])
def test_marks_crossed_in_succession_each_carry_the_verb(text: str, verb: str, surfaces: tuple[str, ...]) -> None:
    assert [_fact(text, s)["qualifier"] for s in surfaces] == [verb] * len(surfaces)


def test_a_level_told_after_the_marks_has_no_qualifier() -> None:
    text = "贸易额接连突破3000亿、4000亿、5000亿美元，并于2024年达到5124亿美元。"
    assert _fact(text, "5124亿美元")["qualifier"] is None


@pytest.mark.parametrize(("text", "surface", "verb"), [
    ("買入價逼近5萬元，錄4.97萬元。", "近5萬元", "逼近"),
    ("總市值直逼百兆元大關。", "直逼百兆元", "直逼"),
    ("總出超可能上看千億美元規模。", "上看千億美元", "上看"),
    ("总人数上看2.5万人。", "2.5万人", "上看"),
])
def test_a_level_approached_or_aimed_at(text: str, surface: str, verb: str) -> None:
    assert _fact(text, surface)["qualifier"] == verb and verb in BELOW


def test_a_level_approached_keeps_its_subject() -> None:
    f = _fact("美国新冠肺炎确诊病例逼近9800万，达到97995355例。", "近9800万")
    assert f["subject"] == "美国新冠肺炎确诊病例"


# ----------------------------------------------------------------------------- changes

def test_a_list_of_rates_shares_the_change_noun_after_it() -> None:
    text = "无锡市和常州市分别以6.3%和6.6%的本月同比增长率,以及6.7%和6.8%的累计同比增长率,表现稳定。"
    assert [_fact(text, s)["change"] for s in ("6.3%", "6.6%", "6.7%", "6.8%")] == ["up"] * 4


def test_marks_counted_are_exact() -> None:
    assert _fact("京津冀地区生产总值连续跨越3个万亿元台阶。", "3个")["qualifier"] is None


def test_a_price_level_approached_keeps_the_denominator_before_it() -> None:
    text = "現貨價格每盎司進一步衝上4497美元再刷天價，逼近4500美元。"
    assert _fact(text, "近4500美元")["unit"] == "美元/盎司"


@pytest.mark.parametrize(("text", "surface"), [("第三财政季度毛利率增长5%。", "第三财政季度"),
                                               ("第三財政季度營收增長。", "第三財政季度")])
def test_a_fiscal_quarter_written_out_is_its_quarter(text: str, surface: str) -> None:
    assert _fact(text, surface, "2025-11-10")["value"] == "2025Q3"


def test_the_states_fiscal_words_are_no_quarter() -> None:
    assert _surfaces("国家财政季度报告。") == []
