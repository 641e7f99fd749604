"""Subject classes of clause structure (store/facts/subject_recorded_topics.py, subject_sum_adverbs.py,
subject_shared_heads.py, subject_session_words.py, and the last split of respective.py): each names what an analyst
would call the figure's indicator, not a light verb's object, an adverb, a whole coordination or a session word."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-09-10")}


# --- a count recorded by its topic ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("當中新界區錄2,524宗註冊,較7月的3,173宗減少約20.5%;港島區錄695宗註冊,較7月的765宗減少約9.2%。",
     {"2,524宗": "新界區", "3,173宗": "新界區", "約20.5%": "新界區", "695宗": "港島區", "765宗": "港島區", "約9.2%": "港島區"}),
    ("其中九龙区录159宗注册,较4月同期的73宗增加约1.2倍。", {"159宗": "九龙区", "73宗": "九龙区", "约1.2倍": "九龙区"}),
])
def test_a_count_recorded_by_its_topic_is_the_topics(text: str, expected: dict[str, str]) -> None:
    got = subjects(text)
    assert {k: got[k] for k in expected} == expected


def test_with_only_a_period_before_the_verb_the_aspect_topic_is_meant() -> None:
    got = subjects("一手私宅市場方面,8月錄1,245宗註冊,較7月的1,806宗減少約31.1%。")
    assert (got["1,245宗"], got["1,806宗"], got["約31.1%"]) == ("一手私宅",) * 3
    got = subjects("至於二手住宅市场方面,本月至今录2,964宗注册,较4月同期的2,362宗增加约25.5%。")
    assert got["2,964宗"] == "二手住宅"


def test_a_count_whose_noun_names_it_keeps_the_noun() -> None:
    """With no topic, a noun longer than a bare event names the count itself."""
    got = subjects("據土地註冊處最新資料顯示,8月錄4,198宗住宅物業註冊。")
    assert got["4,198宗"] == "住宅物業註冊"


@pytest.mark.parametrize("text, surface, noun", [
    ("据土地注册处最新资料显示,8月录4,198宗住宅物业注册。", "4,198宗", "住宅物业注册"),
    ("上月錄得1,245宗一手私宅買賣，按月增加。", "1,245宗", "一手私宅買賣"),
    ("上月录得1,245宗一手私宅买卖，按月增加。", "1,245宗", "一手私宅买卖"),
])
def test_a_case_count_closed_by_its_act_keeps_the_act(text: str, surface: str, noun: str) -> None:
    """A count of cases or deals (宗, 笔) whose noun closes on the act at a mark counts the act (the registrations)."""
    assert subjects(text)[surface] == noun


# --- adverbs of sum and focus -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("2025年，市场监管系统共接收投诉举报2646万件。", "2646万件", "市场监管系统接收投诉举报"),
    ("截至今年7月底，全国医保部门共拨付医药机构即时结算资金9457.31亿元。", "9457.31亿元", "全国医保部门拨付医药机构即时结算资金"),
    ("資料顯示僅在11月7日，南向資金就淨買入75.23億港元。", "75.23億港元", "南向資金淨買入"),
    ("今年1至4月份，全国共新开国际航空货运航线75条。", "75条", "全国新开国际航空货运航线"),
])
def test_an_adverb_of_sum_or_focus_is_no_part_of_the_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "kept"), [
    ("其中，新发放小微外贸企业风险共担转贷款230亿元。", "230亿元", "共担"),         # 共 inside a phrase
    ("习近平同赞比亚总统就中赞建交60周年互致贺电。", "60周年", "中赞建交"),   # 就 a preposition: never 习近平同赞比亚总统中赞建交,
    #                                                                       the anniversary's frame goes whole (subj50)
    ("全国一般公共预算收入21.6万亿元。", "21.6万亿元", "公共"),                    # 共 inside a word
])
def test_the_adverb_stays_where_it_is_no_adverb_of_the_act(text: str, surface: str, kept: str) -> None:
    got = subjects(text)[surface]
    assert got is None or kept in got or "公共" == kept and "公共" in (got or "公共")


# --- items sharing a head, measured 分别 --------------------------------------------------------------

def test_items_joined_before_one_head_share_it_one_figure_each() -> None:
    got = subjects("城镇和农村常住居民人均可支配收入完成29092元、17191元,分别增长3%、6.4%。")
    assert (got["29092元"], got["3%"]) == ("城镇常住居民人均可支配收入",) * 2
    assert (got["17191元"], got["6.4%"]) == ("农村常住居民人均可支配收入",) * 2


def test_the_head_after_de_is_shared_and_the_causative_verb_left_out() -> None:
    got = subjects("汽油和石油气价格以及住屋租金均有所下调,令交通和住屋及燃料的价格指数分别下跌0.59%及0.34%。")
    assert (got["0.59%"], got["0.34%"]) == ("交通价格指数", "住屋及燃料价格指数")


def test_a_list_closes_where_its_items_end_alike() -> None:
    """康樂及文化類、衣履類和雜項商品及服務類: 和 closes the list (衣履類 ends as 文化類), 及 is inside the last item."""
    got = subjects("導致康樂及文化類、衣履類和雜項商品及服務類的價格指數分別下跌2.01%、2.00%及1.00%。")
    assert got["2.00%"] == "衣履類"
    assert got["1.00%"].startswith("雜項商品及服務類")


# --- span and session words -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("恒指半日收報18851.35點,升 2.55%,成交840.38億元,最高見18899.49點,低見18575.45點。", "18899.49點", "恒指"),
    ("恒指半日收報18851.35點,升 2.55%,成交840.38億元,最高見18899.49點,低見18575.45點。", "18575.45點", "恒指"),
    ("恒生科技指數在11月3日開盤5936.28點，11月7日收於5837.36點，全周跌幅為1.02%。", "1.02%", "恒生科技指數"),
    ("差餉物業估價署公布,2021年1月私樓售價指數報380點,按月上升0.13%,按年則微升0.07%。", "0.07%", "私樓售價指數"),
])
def test_a_session_word_names_nothing_the_sentence_topic_is_meant(text: str, surface: str, expected: str) -> None:
    assert expected in (subjects(text)[surface] or "")


# --- a share told to be a category ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("失業人口中,92.9%是曾經工作且正在尋找新工作的人士,而7.1%是從未工作而正在尋找第一份工作的人士。", "92.9%",
     "曾經工作且正在尋找新工作的人士"),
    ("失業人口中,92.9%是曾經工作且正在尋找新工作的人士,而7.1%是從未工作而正在尋找第一份工作的人士。", "7.1%",
     "從未工作而正在尋找第一份工作的人士"),
    ("按職業分佈,21.6%是文員 (包括賭場荷官、巡場、投注員等),其次是服務及銷售人員(20.2%)。", "21.6%", "文員"),
    ("1至6月，海南入境外国人中89%为免签游客。", "89%", "免签游客"),
])
def test_a_share_told_to_be_a_category_is_the_categorys(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_an_item_after_a_bracketed_figure_keeps_no_joiner() -> None:
    got = subjects("按職業分佈,其次是服務及銷售人員(20.2%)和非技術工人(17.1%)。")
    assert got["17.1%"] == "非技術工人"


def test_a_rate_told_before_its_subject_is_the_next_clauses_even_when_its_words_were_read_as_a_noun() -> None:
    """繼…錄得16.1%的同比升幅後，…出口貨值為…: the rate is the export value's, not 同比升幅後's."""
    got = subjects("中新社報導，繼今年9月錄得16.1%的同比升幅後，今年10月香港商品整體出口貨值為4618億元，較去年同月上升17.5%。")
    assert got["16.1%"] == got["4618億元"] == "香港商品整體出口貨值"


# --- the level a move starts from -------------------------------------------------------------------

def test_the_level_a_move_starts_from_is_the_movers() -> None:
    got = subjects("2025/26年度，印花稅收入由去年預算676億向上修訂為955億，利得稅由預算1922億增加至2090億。")
    assert (got["676億"], got["955億"]) == ("印花稅收入",) * 2
    assert (got["1922億"], got["2090億"]) == ("利得稅",) * 2
    got = subjects("此外，投資收入及利息的修訂預算上調13億，煙草稅亦從38億低位反彈至55億。")
    assert (got["38億"], got["55億"]) == ("煙草稅",) * 2


# --- the clause's words at a subject's edge ---------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("而住宅物業註冊金額錄約368.96億元,較7月約447.95億元減少約17.6%。", "約368.96億元", "住宅物業註冊金額"),
    ("第二季貴賓百家樂博彩毛收入僅錄346.2億澳門元,較今年首季跌6.97%。", "346.2億澳門元", "貴賓百家樂博彩毛收入"),
    ("差餉物業估價署最新數據顯示,今年6月底止私人住宅售價指數報336.1點。", "336.1點", "私人住宅售價指數"),
])
def test_the_clauses_words_at_a_subjects_edge_are_left_out(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_word_ending_in_lu_is_no_light_verb() -> None:
    got = subjects("目前，我国共有44个非遗项目入选，其中，列入代表作名录39项。")
    assert (got["39项"] or "").endswith("名录")


# --- a break word inside a rate's or amount's name ------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("據公佈,居澳勞動人口共37.97萬人,勞動力參與率為68.0%。", "68.0%", "勞動力參與率"),
    ("截至今天，三峡枢纽今年通过量达1亿吨。", "1亿吨", "三峡枢纽通过量"),
])
def test_a_break_word_inside_a_name_does_not_cut_it(text: str, surface: str, expected: str) -> None:
    """参与|率, 通过|量: the cut after a verb left only the character that closes the name; the name is whole."""
    assert subjects(text)[surface] == expected
