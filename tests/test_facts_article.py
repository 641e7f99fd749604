"""An article's facts: one fact per figure, the body sentence cited, repeats as mentions."""

from __future__ import annotations

from store.facts import article_facts


def _article(title: str, body: str, headings: tuple[str, ...] = ()) -> dict:
    sections = [{"heading": h, "start": body.index(h)} for h in headings]
    return {"id": "a1", "title": title, "body": body, "date": "2024-08-15", "sections": sections}


def _by_surface(facts: list[dict], surface: str) -> list[dict]:
    return [f for f in facts if f["surface"] == surface]


def test_a_figure_in_title_heading_and_body_is_one_body_fact_with_mentions() -> None:
    body = "产量突破20吨\n今年全省粮食产量达20吨，比上年增长3%。"
    art = _article("全省粮食产量达20吨", body, headings=("产量突破20吨",))
    facts = article_facts(art)
    twenty = _by_surface(facts, "20吨")
    assert len(twenty) == 1
    fact = twenty[0]
    assert fact["where"] == "body"
    assert fact["clause"].startswith("今年全省粮食产量")
    places = {(m["where"], m["start"]) for m in fact["mentions"]}
    assert places == {("title", art["title"].index("20吨")), ("body", body.index("20吨"))}
    for m in fact["mentions"]:
        assert art[m["where"]][m["start"]:m["end"]] == "20吨"


def test_title_only_figures_stay_title_facts() -> None:
    art = _article("出口增长12%", "海关总署今天发布数据。")
    facts = article_facts(art)
    assert [(f["where"], f["surface"], f["mentions"]) for f in facts] == [("title", "12%", [])]


def test_same_value_with_different_subjects_stays_two_facts() -> None:
    body = "今年上半年，全市出口增长5%，进口增长5%。"
    facts = article_facts(_article("外贸数据发布", body))
    fives = _by_surface(facts, "5%")
    assert len(fives) == 2
    assert {f["subject"] for f in fives} == {"全市出口", "进口"}


def test_two_indices_of_one_family_moving_alike_stay_two_facts() -> None:
    """上证指数 and 上证50指数 share their owner's first word and their last: in two body sentences they
    are two indices that fell alike, not one figure told twice."""
    body = ("截至收盘，上证指数、深证成指分别下跌0.16%、0.68%。"
            "大盘股集中的上证50指数、沪深300指数分别下跌0.16%、0.55%。")
    falls = _by_surface(article_facts(_article("A股收跌", body)), "0.16%")
    assert {f["subject"] for f in falls} == {"上证指数", "上证50指数"}


def test_body_repeat_without_a_subject_is_not_merged() -> None:
    body = "全市出口增长5%。另一项指标也增长5%。"
    facts = article_facts(_article("数据", body))
    assert len(_by_surface(facts, "5%")) == 2


def test_same_figure_in_different_periods_stays_two_facts() -> None:
    body = "2023年全市出口30亿元。2024年全市出口30亿元。"
    facts = article_facts(_article("数据", body))
    assert [f["period"] for f in _by_surface(facts, "30亿元")] == ["2023", "2024"]


def test_every_fact_has_a_mentions_list_and_an_id_of_where_it_stands() -> None:
    art = _article("签约项目159个", "本次活动签约项目159个，合同金额超千亿元。")
    for f in article_facts(art):
        assert isinstance(f["mentions"], list)
        assert f["id"] == f"a1:{f['where']}:{f['start']}"
        assert art[f["where"]][f["start"]:f["end"]] == f["surface"]


def test_a_headline_line_at_the_top_of_the_body_gives_way_to_the_sentence() -> None:
    body = "西班牙14处大型林火燃烧\n当地时间12日，西班牙全国有14处大型林火仍在燃烧。"
    facts = article_facts(_article("林火肆虐", body))
    fire = _by_surface(facts, "14处")
    assert len(fire) == 1
    assert fire[0]["start"] == body.rindex("14处")
    assert [m["start"] for m in fire[0]["mentions"]] == [body.index("14处")]


def test_a_headline_line_restating_a_figure_without_a_subject_is_a_mention() -> None:
    # a digest's headline line leaves the subject out as a title does: 六部门 above the lead's 等6部门 is one count
    body = ("央视网消息：\n六部门发布15条措施支持外资增量提质\n"
            "国家发展改革委、商务部等6部门近日发布了若干政策措施。")
    facts = article_facts(_article("国内联播快讯", body))
    counts = [f for f in facts if f["kind"] == "count" and f["value"] == 6]
    assert len(counts) == 1
    assert counts[0]["start"] == body.index("6部门")
    assert [m["start"] for m in counts[0]["mentions"]] == [body.index("六部门")]


def test_two_bare_figures_in_body_sentences_stay_two_facts() -> None:
    # the headline rule is for lines that read as headlines: two sentences' bare 增长5% may be two things
    body = "全市出口增长5%。\n另一项指标也增长5%。"
    facts = article_facts(_article("数据", body))
    assert len(_by_surface(facts, "5%")) == 2
