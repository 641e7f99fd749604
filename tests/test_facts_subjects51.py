"""Subjects of four frame shapes in Hong Kong / Taiwan market and statistics text (subj51): a price's denominator,
a generic counted noun after a level its measure names, a modal at a subject's end, a rate in brackets after its
item.  The sentences are written for the spec in the shapes read on unlabelled pages, not copied from them."""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f.get("subject") for f in extract(text) if f["kind"] not in ("date", "year", "duration")}


# --- a price's denominator is the unit's, never the subject ----------------------------------------------------------

def test_a_price_told_per_tonne_is_the_price_named_before_the_denominator():
    s = _subjects("本週盤價上，東和廢鐵收購價在每公噸8100元，線材價格每公噸爲1.72萬元。")
    assert s["8100元"] == "東和廢鐵收購價"
    assert s["1.72萬元"] == "線材價格"


def test_a_quote_moving_on_its_way_to_the_denominator_drops_the_move():
    assert _subjects("韓國HMS廢鋼報價小跌爲每公噸298美元。")["298美元"] == "韓國HMS廢鋼報價"


def test_a_price_before_an_adverb_and_a_connective_is_the_price_alone():
    s = _subjects("稻作面積縮減，使得農會收購價格往往在每百台斤新台幣850元。")
    assert s["850元"] == "農會收購價格"


def test_a_named_per_share_indicator_keeps_its_name():
    s = _subjects("末期股息每股0.5元，每股盈利1.2元。")
    assert s["0.5元"] == "末期股息"
    assert s["1.2元"] == "每股盈利"


# --- a generic counted noun after a level its measure names ----------------------------------------------------------

def test_a_level_in_contracts_is_the_volume_named_before_it_and_its_base_and_change_too():
    s = _subjects("2024年首十個月的股票期權平均每日成交量為598,221張合約，較去年同期的512,309張上升17%。")
    assert s["598,221張"] == "股票期權平均每日成交量"
    assert s["512,309張"] == "股票期權平均每日成交量"
    assert s["17%"] == "股票期權平均每日成交量"


def test_a_level_in_housing_units_is_the_completions_named_before_it():
    s = _subjects("私營房屋落成量將增至約21 000個單位，較過去五年平均的約16 000個單位多約三成。")
    assert s["約21 000個"] == "私營房屋落成量"
    assert s["約16 000個"] == "私營房屋落成量"
    assert s["約三成"] == "私營房屋落成量"


def test_units_counted_with_no_measure_before_them_stay_the_units():
    assert _subjects("河南省兰考县等100个单位为示范县。")["100个"] == "单位"


# --- a modal opens the verb phrase ------------------------------------------------------------------------------------

def test_a_modal_left_at_a_subjects_end_is_cut():
    assert _subjects("明年全港營業額料較今年下滑4.2%。")["4.2%"] == "全港營業額"
    assert _subjects("三聚氰胺含量不得超过每公斤２．５毫克。")["２．５毫克"] == "三聚氰胺含量"


def test_a_word_ending_in_the_modals_character_stays_whole():
    assert _subjects("全国供销合作社系统将采购肥料约3500万吨。")["约3500万吨"] == "采购肥料"


# --- a rate in brackets is its item's ------------------------------------------------------------------------------------

def test_bracketed_rates_after_their_items_are_each_items_rate():
    s = _subjects("上月出口成長率最高的是電子零組件(年增率38.2%)，其次為機械(年增率21.5%)與光學器材(年增率12.4%)。")
    assert s["38.2%"] == "電子零組件年增率"
    assert s["21.5%"] == "機械年增率"
    assert s["12.4%"] == "光學器材年增率"


def test_a_bracketed_rate_after_a_place_led_by_yi_is_the_places():
    s = _subjects("主要出口地區以美國(年增率29.1%)成長最快，其次為歐洲(年增率8.8%)。")
    assert s["29.1%"] == "美國年增率"
    assert s["8.8%"] == "歐洲年增率"


# --- a move alone, a currency code alone, a name cut inside its marks ---------------------------------------------------

def test_a_degree_adverb_and_a_move_alone_leave_the_base_and_change_to_the_indicator_before():
    s = _subjects("10月台灣機車掛牌6萬1200輛，較9月6萬8800輛下滑11%，仍較去年同期5萬9870輛微增2.2%。")
    assert s["5萬9870輛"] == "台灣機車掛牌"
    assert s["2.2%"] == "台灣機車掛牌"


def test_a_sum_restated_in_a_bracketed_currency_code_is_the_sums():
    s = _subjects("IC封測業產值為新臺幣6,120億元(USD$19.1B)，記憶體業為新臺幣3,300億元(USD$ 10.3B)。")
    assert s["$19.1B"] == "IC封測業產值"
    assert s["$ 10.3B"] == "記憶體業"


def test_a_name_cut_inside_its_marks_is_read_to_the_closing_mark():
    assert _subjects("三萬個「簡約公屋」單位將於明年落成。")["三萬個"] == "「簡約公屋」"
    assert _subjects("五集大型纪录片《大国建造》第二季明晚播出。")["五集"] == "大型纪录片《大国建造》"


def test_a_title_after_a_verb_is_its_object_and_is_not_read_into_the_subject():
    assert "工作方案》" not in (_subjects("十八部委联合印发《基本公共服务标准体系建设工程工作方案》。")["十八部"] or "")


def test_a_price_moving_from_its_denominator_after_a_starting_day_is_the_price():
    s = _subjects("這周蛋價每台斤漲3元，下週一（9日）起零售價由每台斤52元漲至55元，產地價由每台斤36元漲至39元。")
    assert s["52元"] == "零售價"
    assert s["36元"] == "產地價"
    assert s["39元"] == "產地價"


def test_a_results_tally_labelled_after_its_counts_keeps_each_label():
    s = _subjects("今年已有512家公司預告業績，其中210家預增，96家略增，41家略減。")
    assert (s["96家"], s["41家"]) == ("略增", "略減")
