"""Subjects of bank, insurer, shipping, airline and FX news, from a read of 250 unlabelled facts of public pages (subj54),
and the one register where the tuning sets' labels agree on composing a company's name into its result's subject.

A company that opens its clause owns the result told after time words (`中電控股去年股東應佔盈利` → 中電控股股東應佔盈利);
a name that leads a ranking with its figure (`工商銀行以…億元的營業收入居首`) owns the figure; the Taiwan dollar's close
and move after a session word (`終場…收在31.918元`) are the pair's; a 分别 list whose indicator follows a period
(`A、B、C一季度归母净利润分别为…`) gives each item its figure.  The sentences are written for the spec in the shapes
read, not copied from the pages."""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f.get("subject") for f in extract(text, date="2025-06-01")
            if f["kind"] not in ("date", "year", "duration")}


# --- a company's result told after time words is the company's (traditional script: the register the sets agree on) ----

@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("華潤電力去年股東應佔盈利88.5億元,按年增長12.3%。", "88.5億元", "華潤電力股東應佔盈利"),
    ("華潤電力去年股東應佔盈利88.5億元,按年增長12.3%。", "12.3%", "華潤電力股東應佔盈利"),
    ("中電控股今年上半年股東應佔溢利60.2億元。", "60.2億元", "中電控股股東應佔溢利"),
    ("緯創今年前5月合併營收為4500.5億元,年增8%。", "4500.5億元", "緯創合併營收"),
    ("緯創今年前5月合併營收為4500.5億元,年增8%。", "8%", "緯創合併營收"),
    ("長榮航空3月合併營收達201.5億元，月增5.2%。", "201.5億元", "長榮航空合併營收"),   # as before: the month was blanked
])
def test_a_company_opening_its_clause_owns_the_result_told_after_time_words(text: str, surface: str,
                                                                             subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    # 累計 between: the sets split (sealed36, sealed38 bare; sealed41, sealed42 composed) — left as read
    ("聯發科累計前五月合併營收為2,100.3億元，年增9%。", "2,100.3億元", "合併營收"),
    # simplified results: the sets label them bare (中船股份上半年实现营业收入 → 营业收入)
    ("中远海控去年实现归属于上市公司股东的净利润491亿元。", "491亿元", "归属于上市公司股东的净利润"),
    # a generic owner, a verb or an adverb opening the clause is no company
    ("公司預計今年上半年稅後淨利為3.5億元。", "3.5億元", "稅後淨利"),
    ("上年同期歸屬於母公司的淨利潤為2.1億元。", "2.1億元", "歸屬於母公司的淨利潤"),
    ("而且首度單月獲利突破600億。", "600億", "首度單月獲利"),
    ("該公司今年前3月稅後淨利5.5億元,已達去年全年稅後淨利的40%。", "40%", "稅後淨利"),   # 已達: a verb, no company
    # 單月, 全年 written right before the indicator stay, as the sets write them (兆豐銀行單月稅後純益)
    ("國泰人壽單月稅後純益32.1億元。", "32.1億元", "國泰人壽單月稅後純益"),
])
def test_what_the_company_rule_leaves_alone(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


# --- a name that leads a ranking with its figure owns the figure -------------------------------------------------------
# (X以N的Y居首/最高/领跑/排名末位: X, with Y when Y names an indicator; a rate, scale or growth word leaves X alone)

@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("其中，建設銀行以1900.5億元的營業收入居次，農業銀行以1850.2億元的營業收入居首。", "1850.2億元", "農業銀行營業收入"),
    ("寧波銀行以12.5%的同比增幅居首。", "12.5%", "寧波銀行"),
    ("手续费收入分化明显,兴业银行以320.5亿元的规模居首且同比增长3.2%,中信银行以5.1%的同比增幅增长最快。",
     "320.5亿元", "兴业银行"),
    ("手续费收入分化明显,兴业银行以320.5亿元的规模居首且同比增长3.2%,中信银行以5.1%的同比增幅增长最快。",
     "3.2%", "兴业银行"),
    ("手续费收入分化明显,兴业银行以320.5亿元的规模居首且同比增长3.2%,中信银行以5.1%的同比增幅增长最快。",
     "5.1%", "中信银行"),
    ("厦门银行以2.85%的不良贷款率最高。", "2.85%", "厦门银行不良贷款率"),
    ("江苏以12.5%的出口增速领跑全国。", "12.5%", "江苏出口"),          # never a bare 增速: what grew
])
def test_a_name_leading_a_ranking_with_its_figure_owns_it(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


def test_a_superlative_before_a_noun_is_no_ranking() -> None:
    # 以两党两国最高领导人…共识为遵循: 最高 names the leaders, the counts keep no subject
    subjects = _subjects("双方要以两党两国最高领导人重要共识为遵循。")
    assert (subjects["两党"], subjects["两国"]) == (None, None)


def test_an_item_singled_out_after_yi_keeps_its_own_rule() -> None:
    # 以 + the item + the superlative (subject_singled_out): the item, as before
    assert _subjects("出入境流量以拱北口岸最高，有9,500萬人次。")["9,500萬人次"] == "拱北口岸"


# --- the Taiwan dollar's close and move after a session word are the pair's --------------------------------------------

@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("外資匯出， 新台幣 兌美元走弱，午後跌破 31 元關卡，終場貶勢稍緩，收在 30.985 元，貶值 5.5 分。", "30.985 元",
     "新台幣兌美元"),
    ("外資匯出， 新台幣 兌美元走弱，午後跌破 31 元關卡，終場貶勢稍緩，收在 30.985 元，貶值 5.5 分。", "5.5 分",
     "新台幣兌美元"),
    ("台幣本月以來連續走貶，累計已貶值 4.2 角。", "4.2 角", "台幣"),
])
def test_the_taiwan_dollars_close_after_a_session_word_is_the_pairs(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


def test_a_close_after_a_session_word_is_read_as_the_rate() -> None:
    f = next(f for f in extract("新台幣兌美元開低，終場跌幅收斂，收在 30.985 元。", date="2025-06-01")
             if f["surface"] == "30.985 元")
    assert (f["kind"], f["subject"]) == ("index", "新台幣兌美元")


def test_a_sum_with_no_taiwan_dollar_named_is_left() -> None:
    assert _subjects("終場收在 31.5 元。")["31.5 元"] != "新台幣兌美元"


# --- a 分别 list whose indicator follows a period gives each item its own figure ----------------------------------------

@pytest.mark.parametrize(("surface", "subject"), [
    ("1200.5亿元", "招商银行净利润"), ("610.2亿元", "兴业银行净利润"), ("580.1亿元", "中信银行净利润"),
])
def test_a_respective_list_with_a_period_before_its_indicator(surface: str, subject: str) -> None:
    text = "招商银行、兴业银行、中信银行上半年净利润分别为1200.5亿元、610.2亿元和580.1亿元。"
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    # periods listed as the items, or a period before the items: the indicator after them, as before
    ("一、二、三季度全国发电量同比分别增长2.1%、3.5%和4.2%。", "3.5%", "全国发电量"),
    ("本財政年度首8個月的整體開支及收入分別為5,100億港元及4,900億港元。", "5,100億港元", "整體開支"),
])
def test_periods_as_items_or_before_them_keep_the_list(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


# --- figures paired by a slash over two years -------------------------------------------------------------------------

def test_two_years_forecast_with_a_slash_each_take_their_year_and_the_subject() -> None:
    facts = {f["surface"]: f for f in extract("预计2026/2027年需求增速为4.5%/5.2%。", date="2025-06-01")
             if f["kind"] == "percent"}
    assert [(facts[s]["subject"], facts[s]["period"]) for s in ("4.5%", "5.2%")] == [("需求", "2026"), ("需求", "2027")]


def test_a_slash_between_two_things_gives_both_the_phrase_naming_them() -> None:
    # (fix44s: a slash list's figures share the subject before it — 供需 names both; the year is the one written)
    facts = {f["surface"]: f for f in extract("预计2026年供需增速为4.5%/5.2%。", date="2025-06-01")
             if f["kind"] == "percent"}
    assert facts["5.2%"]["subject"] == "供需" and facts["4.5%"]["period"] == facts["5.2%"]["period"] == "2026"
