"""A rank is the rank of what the clause tells about, not of the field it is ranked in.

`增速居工业大省第1位` gave the rank 增速居工业大省 (the verb and the field), `为服务贸易第一大领域` gave 服务贸易,
`连续多年位居世界第二位` gave the adverb 连续多年: what is ranked is the clause's own topic, or the figure told
before it when the clause has none.  A bare growth rate ranked (`增速居…`) is the rate of the thing growing, its word
kept (subj30: a level ranked and its growth ranked are different places; 19 of the tune sets' 30 such labels).
"""

from __future__ import annotations

from store.facts import extract


def _rank_subjects(text: str) -> list[str | None]:
    return [f["subject"] for f in extract(text, date="2025-03-01") if f["kind"] == "rank"]


def test_a_rank_after_a_growth_rate_is_the_grown_indicators_rate() -> None:
    assert _rank_subjects("全市规上工业增加值增长8.7%,增速居同类城市第2位。") == ["全市规上工业增加值增速"]


def test_a_rank_told_after_a_figure_is_that_figures_subject() -> None:
    assert _rank_subjects("知识密集型服务进出口5210.3亿元，增长9.8%，为服务贸易第二大领域。") == ["知识密集型服务进出口"]
    assert _rank_subjects("全区研发经费投入已超120亿元，连续多年位居全省第三位。") == ["全区研发经费投入"]


def test_a_rank_keeps_the_clauses_own_topic_without_its_field_or_adverbs() -> None:
    assert _rank_subjects("粮食总产量在全省18个地市中继续排名第一。") == ["粮食总产量"]
    assert _rank_subjects("欧盟连续5年稳居我国第二大贸易伙伴地位。") == ["欧盟"]
    assert _rank_subjects("德国已成为中国在欧洲的第一大贸易伙伴。") == ["德国"]


def test_a_named_ranking_and_the_nth_act_keep_their_own_reading() -> None:
    """(位列金牌榜第一位: the board is ranked in, as the gold sets label it; 第五次加息: the act counted)"""
    assert _rank_subjects("中国体育代表团以20金9银5铜的成绩位列金牌榜第一位。") == ["金牌榜"]
    assert _rank_subjects("美联储宣布加息25个基点，这是本轮加息周期的第五次加息。") == ["加息"]
