"""Signs, traps, units, figures found, kinds, qualifiers and changes a fresh sample (sealed43) showed, each as its
class (sentences written for the tests, in the registers of the sample: Macao casino results, Taiwan's state firms and
chip makers, Hong Kong's market wrap-ups and budget notes, CCTV's bulletins, US payrolls).

- **Signs:** a loss converted in brackets is the same loss (`亏损8.69亿港元(1.11亿美元)`, `亏损2.3亿港元(2,940万美元)`;
  the same currency in brackets, `亏损3亿元(2亿元)`, is left alone); a loss named after its sum with a bracketed note
  between (`累積超過4000億元（台幣，下同，約125億7190萬美元）的虧損`: both sums); a loss that has passed a mark
  (`累計虧損已破800億`); a loss carried from the clause before, the sum's clause naming only its period
  (`中油已連6年虧損，去年高達91億`: money, negative — `虧損，營收達91億` names a measure of its own and is not); an
  exchange loss (`匯兌損失6.99億元`, `3亿元的汇兑损失`, `匯損`) is the negative of the exchange gain and is named so
  (匯兌收益), while a provision's loss (`扣除因地震提列的6億多元損失`) stays positive — the clause before it is no
  item of a list of losses; a value negated by its words keeps its exact text signed alike (`负增长5.3%`: value_text
  −5.3, what the series show).
- **Traps:** a cable's voltage before where it runs (`一条10千伏的陆上电缆`) is its class; a single month inside a 《》
  title (`《中国民航2016年5月份主要运输生产指标统计》`) is the report's name (it still dates the figures told from it); a
  plan named by its years with its kind between (`「5年中長期策略規劃」`, `五年发展规划`; `未来5年发展规划建设` stays).
- **Units and kinds:** racks shipped in tens of thousands (`出貨5萬櫃AI伺服器`) are counted in 櫃, a small number
  before 櫃 names a terminal (`5櫃與7櫃`); pages (`268页`); square metres written 方米; a government's operating balance
  in bare 亿 (`运作结余194.8亿`) is money; jobs counted bare (`新增就业岗位7.3万`, and the expectation after it) are 个,
  a head count (`就业人数增加7.3万`) stays 人.
- **Found:** an index's move in Chinese numerals after a market named by its shares (`港股…跌幅更擴大至超過八百點`); a
  round magnitude after 破 restating a sum of money told just before (`票房收入超1亿元，较2024年提前近两个月破亿`).
- **Qualifiers:** 大约 is kept as written (the sets label 大約/大约), and 大约…左右 keeps 左右 as 约…左右 does; marks
  crossed in succession with an adverb of time between (`接连提前突破100亿元、200亿元`) each carry 突破.
- **Changes:** Hong Kong's 回吐 is a fall (`股價回吐百分之一至五`, `恒指回吐200點`); an adverb of emphasis between the
  growth and its bound (`同比增长就超过20%`) leaves the rise read; a fall's size widened with an adverb of degree
  (`跌幅更擴大至超過八百點`) is a fall, as `跌幅擴大至` already was.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = "2025-03-10") -> list[dict]:
    return extract(text, date=date)


def _fact(text: str, surface: str, date: str | None = "2025-03-10") -> dict:
    return next(f for f in _facts(text, date) if f["surface"].endswith(surface) or f["surface"] == surface)


def _surfaces(text: str, date: str | None = "2025-03-10") -> list[str]:
    return [f["surface"] for f in _facts(text, date)]


# ----------------------------------------------------------------------------- signs

@pytest.mark.parametrize(("text", "surfaces"), [
    ("公司应占亏损从去年同期的亏损8.69亿港元(1.11亿美元)收窄。", ("8.69亿港元", "1.11亿美元")),
    ("扭转了上年同期调整后物业EBITDA亏损2.3 亿港元(2,940 万美元)。", ("2.3 亿港元", "2,940 万美元")),
    ("净亏损4.5亿港元（约5800万美元）。", ("4.5亿港元", "5800万美元")),
])
def test_a_loss_converted_in_brackets_is_the_same_loss(text: str, surfaces: tuple[str, ...]) -> None:
    for surface in surfaces:
        f = _fact(text, surface)
        assert f["value"] < 0, f
        assert f["value_text"].startswith("-"), f


def test_a_bracket_in_the_same_currency_is_no_conversion() -> None:
    f = _fact("公司亏损3亿元(2亿元)。", "2亿元")
    assert f["value"] > 0


def test_a_profit_converted_in_brackets_stays_positive() -> None:
    assert _fact("公司溢利8.69亿港元(1.11亿美元)。", "1.11亿美元")["value"] > 0


def test_a_loss_named_after_its_sum_across_a_bracketed_note() -> None:
    text = "對於台電累積超過4000億元（台幣，下同，約125億7190萬美元）的虧損，經濟部表示將檢討。"
    assert _fact(text, "4000億元")["value"] == -400_000_000_000
    assert _fact(text, "125億7190萬美元")["value"] == -12_571_900_000


def test_a_loss_that_passed_a_mark_is_negative() -> None:
    assert _fact("中油累計虧損已破800億，且油價仍在起漲點。", "800億")["value"] == -80_000_000_000


def test_a_loss_carried_from_the_clause_before() -> None:
    f = _fact("而中油已連6年虧損，去年高達91億，油價才在起漲點。", "91億")
    assert (f["kind"], f["value"]) == ("money", -9_100_000_000)


def test_a_clause_naming_its_own_measure_carries_no_loss() -> None:
    f = _fact("公司已連6年虧損，營收達91億元。", "91億元")
    assert f["value"] > 0


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("華碩第二季業外認列匯兌損失6.99億元新台幣。", "6.99億元", "匯兌收益"),
    ("公司认列3亿元的汇兑损失。", "3亿元", "汇兑收益"),
    ("本季匯損達3億元。", "3億元", "匯兌收益"),
])
def test_an_exchange_loss_is_the_negative_exchange_gain(text: str, surface: str, subject: str) -> None:
    f = _fact(text, surface)
    assert f["value"] < 0
    assert f["subject"].endswith(subject)


def test_an_exchange_loss_cut_is_no_loss() -> None:
    assert _fact("公司减少汇兑损失3亿元。", "3亿元")["value"] > 0


def test_a_provisions_loss_after_a_loss_per_share_stays_positive() -> None:
    text = "單季每股虧損0.26元,但若扣除因地震提列的6億多元損失,其實第二季已經接近損平。"
    assert _fact(text, "0.26元")["value"] == -0.26
    assert _fact(text, "6億多元")["value"] == 600_000_000


def test_a_list_of_losses_by_name_still_reads() -> None:
    text = "通威股份预计净亏损90-100亿元,TCL中环82-96亿元。"
    assert _fact(text, "82-96亿元")["value"] < 0


def test_a_negative_growth_keeps_its_exact_text_signed() -> None:
    f = _fact("今年一季度工业产值负增长5.3%。", "5.3%")
    assert (f["value"], f["value_text"]) == (-5.3, "-5.3")


# ----------------------------------------------------------------------------- traps

@pytest.mark.parametrize("text", ["一条10千伏的陆上电缆在海床以下7米的地方穿过。", "新建35千伏海底电缆一条。"])
def test_a_cables_voltage_is_its_class(text: str) -> None:
    assert not any("千伏" in s for s in _surfaces(text))


def test_a_month_inside_a_book_title_is_the_reports_name() -> None:
    text = "7月20日,中国民航局官网发布《中国民航2016年5月份主要运输生产指标统计》。"
    assert "2016年5月份" not in _surfaces(text, "2016-07-21")


def test_a_month_inside_a_title_still_dates_its_figures() -> None:
    f = _fact("国家统计局发布的《2024年5月份能源生产情况》显示，规上工业原煤产量3.9亿吨。", "3.9亿吨", "2024-06-20")
    assert f["period"] == "2024-05"


@pytest.mark.parametrize("text", ["台灣高鐵已完成2023-2027「5年中長期策略規劃」,將持續提升旅運品質。",
                                  "公司制定了五年发展规划。"])
def test_a_plan_named_by_its_years_is_no_span(text: str) -> None:
    assert not any(s.endswith("年") for s in _surfaces(text))


def test_a_span_planned_for_stays() -> None:
    assert "5年" in _surfaces("未来5年发展规划建设100个项目。")


# ----------------------------------------------------------------------------- units and kinds

def test_racks_shipped_are_counted_in_their_measure() -> None:
    f = _fact("該公司去年出貨輝達5萬櫃AI伺服器，今年可望出貨7.5萬櫃。", "7.5萬櫃")
    assert (f["kind"], f["value"], f["unit"]) == ("count", 75000, "櫃")


def test_a_small_number_before_a_terminal_is_no_count() -> None:
    assert not any("櫃" in s for s in _surfaces("粗估上看915萬箱(含對5櫃與7櫃預估)。"))


def test_pages_and_square_metres() -> None:
    assert _fact("我仔细翻阅了268页的财报内容。", "268页")["unit"] == "页"
    assert _fact("合约销售面积85万方米。", "85万方米")["unit"] == "方米"


def test_an_operating_balance_in_bare_yi_is_money() -> None:
    f = _fact("前7个月特区政府录得运作结余194.8亿。", "194.8亿")
    assert (f["kind"], f["unit"]) == ("money", "元")


def test_jobs_counted_bare_are_positions() -> None:
    text = "7月美国非农业部门新增就业岗位7.3万，远低于市场预期的11万。"
    assert _fact(text, "7.3万")["unit"] == "个"
    assert _fact(text, "11万")["unit"] == "个"


def test_a_head_count_beside_jobs_stays_people() -> None:
    assert _fact("新增就业岗位120万个，就业人数增加30万。", "30万")["unit"] == "人"


# ----------------------------------------------------------------------------- found

def test_an_index_move_in_chinese_numerals_after_a_market_named_by_its_shares() -> None:
    f = _fact("港股跟隨美股下跌,下午跌幅更擴大至超過八百點,收市報12915點。", "八百點")
    assert (f["kind"], f["value"], f["qualifier"]) == ("index", 800, "超过")


def test_a_round_magnitude_restating_a_sum_told_before() -> None:
    f = _fact("国家大剧院一季度票房收入超1亿元，较2024年提前近两个月破亿。", "破亿")
    assert (f["kind"], f["value"], f["unit"]) == ("money", 100_000_000, "元")


def test_a_magnitude_beside_no_money_stays_unread() -> None:
    assert _surfaces("新能源装机突破1亿千瓦，成为首个新能源装机过亿的省份。") == ["1亿千瓦"]


# ----------------------------------------------------------------------------- qualifiers

@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("可攤銷認列的時間大約26年，此為初步估算。", "26年", "大约"),
    ("澳門的人口大約45萬人。", "45萬人", "大约"),
    ("今天市場到貨量大約1500公噸左右。", "1500公噸左右", "左右"),
])
def test_about_is_kept_as_written(text: str, surface: str, qualifier: str) -> None:
    assert _fact(text, surface)["qualifier"] == qualifier


def test_marks_crossed_in_succession_with_an_adverb_of_time() -> None:
    text = "对比2024年，总票房接连提前突破100亿元、200亿元、300亿元、400亿元。"
    assert [f["qualifier"] for f in _facts(text) if f["kind"] == "money"] == ["突破"] * 4


# ----------------------------------------------------------------------------- changes

@pytest.mark.parametrize(("text", "surface"), [("股價回吐百分之一至五。", "百分之一至五"), ("恒指回吐200點。", "200點")])
def test_giving_back_is_a_fall(text: str, surface: str) -> None:
    assert _fact(text, surface)["change"] == "down"


def test_a_fall_widened_with_an_adverb_of_degree_is_a_fall() -> None:
    f = _fact("港股跟隨美股下跌,下午跌幅更擴大至超過八百點。", "八百點")
    assert f["change"] == "down"


def test_an_adverb_between_the_growth_and_its_bound() -> None:
    f = _fact("光是今年春节，企业销售额同比增长就超过20%。", "20%")
    assert (f["change"], f["qualifier"]) == ("up", "超过")
