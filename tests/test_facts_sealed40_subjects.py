"""Subject forms a fresh sample (sealed40) showed misread, each as its class (sentences written for the tests).

- **Words of time on an undated page are no part of a subject:** `今天`, `昨日`, `本週`, `周一`, `上一交易日` are periods
  on a dated page and left out of the subject there; on a page without a date they resolve to nothing, but they are
  the same words and are left out all the same (`台股今天收在…點` → 台股, never none; `今天全體上市公司總市值` →
  `全體上市公司總市值`); the figures' periods stay unresolved.  A bracket emptied of its day (`倫敦銅期貨今天（29日）`)
  leaves no `（）` in the subject, dated or not.
- **An interim dividend keeps its ordinal:** `宣布第二次中期股息每股0.64元，增加31%`, `派第四次中期息每股1.21元`,
  `宣派第1期中期息,每股63仙` — the dividend's figure and its moves are the numbered dividend's; a later sum (`全年共派`)
  is not.
- **A verb of results or of the session is no subject:** `港鐵去年勁賺逾168億元,按年多賺64%` → 港鐵 (the verb and its
  adverb cut off; the move after it the same holder's), `純利少6.94%`, `營運收入雖然多2.5%` → the indicator before
  `多`/`少`; `減少`, `擴大` stay whole words; `逆市升0.5%` → the price named before, `長榮則是收平盤來到210.5元` → 長榮,
  `觸及3057.21美元創歷史新高` → no subject (a record set, not a thing measured).
- **Words that only say how a figure was told:** `发生营业成本` (the monthly industrial-profit release's verb) → 营业成本;
  `估計總值`, `計及…利潤` → the noun (`估計值`, `估计数` are nouns and stay); `第四期中期股息每股派1元` → the dividend;
  `合共` ending a subject (`澳门赌收合共…`) is Hong Kong's "in all", not the sum's name;
  `近期`, `目前`, `近日` anywhere in a subject (`保利发展近期新增加房地产项目`) — but a plan's horizon (`近期目标`) is a name.
- **Ordinals listed before 分别 share their head whether 第 is written once or again:** `第一及第二產業分別增值達…和…,
  增幅為…和…` → 第一產業, 第二產業 for each run of figures joined as a list; a figure after the runs
  (`，城乡居民生活用电量同比增长12.5%`) keeps its own subject, and a growth verb before 分别 is no part of the head.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = None) -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _subject(text: str, surface: str, date: str | None = None) -> str | None:
    return next(f for f in _facts(text, date) if f["surface"] == surface)["subject"]


_CLOSE = "證交所統計，加權指數今天收在23105.4點，較上週上漲301.2點，漲幅約1.32%。"


@pytest.mark.parametrize(("surface", "subject"), [("23105.4點", "加權指數"), ("301.2點", "加權指數"),
                                                  ("約1.32%", "加權指數")])
def test_a_day_word_on_an_undated_page_is_left_out(surface: str, subject: str) -> None:
    assert _subject(_CLOSE, surface) == subject


@pytest.mark.parametrize("date", [None, "2025-10-31"])
def test_the_same_subject_dated_or_not(date: str | None) -> None:
    assert _subject("今天全體上市公司總市值為88.5兆元。", "88.5兆元", date) == "全體上市公司總市值"


def test_an_undated_day_word_leaves_the_period_unresolved() -> None:
    f = next(f for f in _facts(_CLOSE) if f["surface"] == "23105.4點")
    assert f["period"] is None


@pytest.mark.parametrize("date", [None, "2025-12-29"])
def test_no_empty_bracket_after_a_day_taken_out(date: str | None) -> None:
    text = "倫敦銅期貨今天（29日）開盤後，盤中上漲5.2%，達每噸11,830 美元。"
    assert _subject(text, "11,830 美元", date) == "倫敦銅期貨"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("集團宣布第二次中期股息每股0.58元，增加25%，全年共派0.78元。", "0.58元", "第二次中期股息"),
    ("集團宣布第二次中期股息每股0.58元，增加25%，全年共派0.78元。", "25%", "第二次中期股息"),
    ("公司派第四次中期息每股1.18元,按年增加2.6%。", "1.18元", "第四次中期息"),
    ("公司派第四次中期息每股1.18元,按年增加2.6%。", "2.6%", "第四次中期息"),
    ("此外,公司宣派第1期中期息,每股59仙,集團又公布新計劃。", "59仙", "第1期中期息"),
    ("派第二次中期股息每股2.1港元,连同第一次中期股息每股1.9港元。", "1.9港元", "第一次中期股息"),
])
def test_a_numbered_interim_dividend_keeps_its_number(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_the_years_total_is_not_the_numbered_dividend() -> None:
    text = "集團宣布第二次中期股息每股0.58元，增加25%，全年共派0.78元。"
    assert not (_subject(text, "0.78元") or "").startswith("第二次")


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("九倉(0004)去年勁賺逾52億元,按年多賺18%,好過市場預期。", "逾52億元", "九倉"),
    ("九倉(0004)去年勁賺逾52億元,按年多賺18%,好過市場預期。", "18%", "九倉"),
    ("公司公布全年業績，總收入按年減少3.1%，純利少5.2%，至88.3億元。", "5.2%", "純利"),
    ("公司公布全年業績，總收入按年減少3.1%，純利少5.2%，至88.3億元。", "88.3億元", "純利"),
    ("集團去年營運收入雖然多1.8%，至120.5億元。", "1.8%", "集團營運收入"),
    ("電能實業(00006)去年多賺七成 ,純利為62億元。", "七成", "電能實業"),
])
def test_a_verb_of_results_is_cut_off_its_holder(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface, "2025-03-01") == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("總收入按年減少3.1%。", "3.1%", "總收入"),
    ("城乡差距扩大1.2个百分点。", "1.2个百分点", "城乡差距"),
])
def test_words_ending_in_more_or_less_stay_whole(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface, "2025-03-01") == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("恒基股價今日收報28.35元,逆市升1.2%,全日成交額1.1億元。", "1.2%", "恒基股價"),
    ("萬海收盤時來到81.1元，陽明上漲1.4%，長榮則是收平盤來到198.5元。", "198.5元", "長榮"),
])
def test_a_word_of_the_session_gives_way_to_the_name(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_record_set_after_a_figure_is_no_subject() -> None:
    text = "本週累計升逾2%,周四觸及3120.5美元創歷史新高。"
    assert _subject(text, "3120.5美元") in (None, "")


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("1-9月份,规模以上工业企业实现营业收入98.3万亿元,同比增长2.1%;发生营业成本83.9万亿元,增长2.4%。", "83.9万亿元", "营业成本"),
    ("1-9月份,规模以上工业企业实现营业收入98.3万亿元,同比增长2.1%;发生营业成本83.9万亿元,增长2.4%。", "2.4%", "营业成本"),
])
def test_costs_told_with_the_verb_incurred_are_the_costs(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface, "2025-10-27") == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("央行透露,已出售二十噸儲備黃金,估計總值約七點二億美元。", "約七點二億美元", "總值"),
    ("公司估計今年資料中心營收有望達12億美元。", "12億美元", "資料中心營收"),
    ("計及物業租賃利潤28.4億元，集團仍錄得盈利。", "28.4億元", "物業租賃利潤"),
])
def test_words_of_estimate_or_inclusion_open_no_subject(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface, "2025-03-01") == subject


def test_an_estimate_as_a_noun_is_kept() -> None:
    assert _subject("估计数为12亿元。", "12亿元", "2025-03-01") == "估计数"


def test_a_dividend_paid_per_share_is_the_dividend() -> None:
    text = "公司去年多賺五成 ,純利為88億元,第四期中期股息每股派1.2元。"
    assert _subject(text, "1.2元", "2025-03-01") == "第四期中期股息"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("公告显示,万科近期新增加房地产项目9个,分别位于东莞、杭州。", "9个", "万科新增加房地产项目"),
    ("市場人士認為，近期10年期美債殖利率上升至4.1%。", "4.1%", "10年期美債殖利率"),
])
def test_adverbs_of_time_are_no_part_of_a_subject(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface, "2025-03-01") == subject


def test_a_near_term_plan_keeps_its_name() -> None:
    assert _subject("近期目标为5000亿元。", "5000亿元", "2025-03-01") == "近期目标"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("全省降水偏多2成。", "2成", "全省降水偏多"),
    ("全省降水偏少3成。", "3成", "全省降水偏少"),
])
def test_more_or_less_than_usual_is_not_cut(text: str, surface: str, subject: str) -> None:
    assert not (_subject(text, surface, "2025-03-01") or "").endswith("偏")


def test_a_name_ending_in_more_before_a_rank_is_kept() -> None:
    text = "凤凰工业园位于特多第二大港利萨斯角港。"
    assert all(f["subject"] != "凤凰工业园位于特" for f in _facts(text, "2025-03-01"))


@pytest.mark.parametrize(("surface", "subject"), [("1,105億元", "第一產業"), ("6,920億元", "第二產業"),
                                                  ("3.1%", "第一產業"), ("7.9%", "第二產業")])
def test_ordinals_with_their_own_di_share_the_head(surface: str, subject: str) -> None:
    text = "其中第一及第二產業分別增值達1,105億元和6,920億元,增幅為3.1%和7.9%。"
    assert _subject(text, surface, "2025-03-01") == subject


def test_later_figures_not_listed_are_not_the_ordinals() -> None:
    text = "第一、二产业增加值分别增长3.1%和4.2%，全市GDP增长5.3%，CPI上涨2.1%。"
    assert _subject(text, "5.3%", "2025-03-01") != "第一产业增加值"


@pytest.mark.parametrize(("surface", "subject"), [("1.7%", "第二产业用电量"), ("5.2%", "第三产业用电量")])
def test_the_listed_run_before_another_figure_is_the_ordinals(surface: str, subject: str) -> None:
    text = "第一、二、三产业用电量同比分别增长8.1%、1.7%和5.2%，城乡居民生活用电量同比增长12.5%。"
    assert _subject(text, surface, "2025-03-01") == subject


def test_the_figure_after_the_listed_run_keeps_its_own_subject() -> None:
    text = "第一、二、三产业用电量同比分别增长8.1%、1.7%和5.2%，城乡居民生活用电量同比增长12.5%。"
    assert _subject(text, "12.5%", "2025-03-01") == "城乡居民生活用电量"


def test_a_growth_verb_before_fenbie_is_no_part_of_the_head() -> None:
    text = "第一、第二、第三产业投资年均增长分别为12.9%、5.1%和8.3%，其中第一产业增速高于全部投资4.2个百分点。"
    assert _subject(text, "5.1%", "2025-03-01") == "第二产业投资"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("今年首两个月澳门赌收合共412.5亿澳门元，按年增加12.1%。", "412.5亿澳门元", "澳门赌收"),
    ("今年首两个月澳门赌收合共412.5亿澳门元，按年增加12.1%。", "12.1%", "澳门赌收"),
    ("2023年上半年每股派息合共2.4港元。", "2.4港元", "每股派息"),
])
def test_in_all_is_no_part_of_a_sum_name(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface, "2025-03-01") == subject


def test_a_share_named_after_the_ordinals_keeps_its_word() -> None:
    text = "第一产业占地区生产总值的比重上升3.12个百分点,第二、第三产业占地区生产总值的比重分别回落2.06和1.06个百分点。"
    assert _subject(text, "1.06个百分点", "2025-03-01") == "第三产业占地区生产总值的比重"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("本港饰金卖出价上月底突破4万元关口，今日轻松地升穿4.5万元大关。", "4.5万元", "本港饰金卖出价"),
    ("全省已建成无人机基地12个。", "12个", "无人机基地"),
    ("全省旅客来源地达101个。", "101个", "全省旅客来源地"),
])
def test_an_adverb_of_manner_is_no_subject_a_noun_in_di_is(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject
