"""Subjects of figures told in titles and headlines, as ingest hands a title to the extractor (the title alone,
with the article's date: store/facts/article.py).  Three classes seen in a walk of the bulk corpus:

1. a column's label opening a headline (`【新思想引领新征程】…`, `〖…〗`; store/facts/column_labels.py) is a line of its
   own: never the subject of the headline's figures, and the label's own figures keep to the label;
2. a headline's verb of a first or fresh break through a level (首破, 首超) and a record set (创新高, 创历史新高)
   are cut from the subject (store/facts/subject_rules.py); the qualifier stays as tests/gold/README.md labels it
   (超, 逾, 突破 and 破 before a bare magnitude are qualifiers, 破 before digits is not);
3. a count opening a headline's clause set apart by a space takes its subject from the clause before only when
   its noun names it (store/facts/subject_headline_counts.py).
"""

from __future__ import annotations

from store.facts import article_facts, extract

DATE = "2025-02-05"


def facts(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, year=2025, date=DATE)}


def subject(text: str, surface: str) -> str | None:
    return facts(text)[surface]["subject"]


# --- 1. column labels -------------------------------------------------------------------------------------------

def test_a_column_label_is_never_the_subject_of_the_headlines_figure() -> None:
    assert subject("【新思想引领新征程】春节假期23亿人次出行 折射“流动中国”的澎湃活力", "23亿人次") == "出行"
    assert subject("【文化中国行】春节假期超7200万人次走进博物馆", "超7200万人次") != "文化中国行"
    assert subject("【一线调研】700公里抢收路背后的夏收保障网", "700公里") != "一线调研"


def test_a_headline_with_a_label_reads_as_the_headline_alone() -> None:
    for label in ("【开创高质量发展新局面】", "〖推动高质量发展系列主题新闻发布会〗"):
        for headline, surface in (("我国耕地3年净增1758万亩", "1758万亩"), ("全国麦收达1.2亿亩 进入收获高峰", "1.2亿亩")):
            assert subject(label + headline, surface) == subject(headline, surface)


def test_the_labels_own_figures_keep_to_the_label() -> None:
    assert subject("【第33届夏季奥林匹克运动会】中国队再添3枚银牌", "第33届") == "夏季奥林匹克运动会"
    assert subject("【哈尔滨第九届亚冬会】李方慧夺得中国体育代表团首金", "第九届") == "哈尔滨亚冬会"
    got = facts("【第十五届全国运动会】第三个比赛日共产生28枚金牌")
    assert got["第十五届"]["subject"] == "全国运动会"
    assert "全国运动会" not in (got["第三个"]["subject"] or "")   # (the name before a line break is no owner)


def test_a_span_of_time_in_a_label_is_a_slogan_with_no_subject() -> None:
    assert subject("【辉煌60载 魅力新西藏】藏北高原的生态之变", "60载") is None
    assert subject("【数字十年】我国经济实现历史性跃升", "十年") is None
    assert subject("【砥砺奋进七十载 天山南北谱华章】戈壁沙漠造粮仓", "七十载") is None


def test_offsets_and_surfaces_are_the_texts_as_written() -> None:
    text = "【新思想引领新征程】春节假期23亿人次出行"
    for f in extract(text, year=2025, date=DATE):
        assert text[f["start"]:f["end"]] == f["surface"]
        assert "\n" not in (f["subject"] or "") and "\n" not in f["clause"]


def test_a_flash_headline_in_brackets_keeps_its_own_figures() -> None:
    got = facts("【美国WTI原油周五收高0.9%】美国WTI原油周五收高,此前一个交易日下跌1.7%。")
    assert got["0.9%"]["subject"] == "美国WTI原油" and got["0.9%"]["change"] == "up"
    assert got["1.7%"]["subject"] == "美国WTI原油" and got["1.7%"]["change"] == "down"


def test_a_bracket_inside_a_line_is_no_label() -> None:
    text = "据【新华社】报道，全国铁路发送旅客5亿人次"
    assert subject(text, "5亿人次") == subject("据新华社报道，全国铁路发送旅客5亿人次", "5亿人次")


def test_a_bullet_opening_a_line_never_opens_a_subject() -> None:
    assert subject("■全年国内生产总值增长5.0%", "5.0%") == "国内生产总值"


def test_a_titles_label_does_not_leak_through_ingest() -> None:
    article = {"id": "a", "title": "【新思想引领新征程】春节假期23亿人次出行", "date": DATE,
               "body": "今年春节假期，全社会跨区域人员流动量突破23亿人次。"}
    subjects = {f["subject"] for f in article_facts(article)}
    assert "新思想引领新征程" not in subjects


# --- 2. headline verbs of breaking through and records -------------------------------------------------------------

def test_a_first_break_through_is_cut_from_the_subject() -> None:
    got = facts("中国服务贸易规模首破1万亿美元")["1万亿美元"]
    assert got["subject"] == "中国服务贸易规模" and got["qualifier"] == "破"   # 破 before digits after 首: its bound (sealed40)
    got = facts("2025年中央企业基础研究投入首破千亿元")["破千亿元"]
    assert got["subject"] == "中央企业基础研究投入" and got["qualifier"] == "破"   # before a bare magnitude: 破
    got = facts("全国铁路客运量首超40亿人次")["超40亿人次"]
    assert got["subject"] == "全国铁路客运量" and got["qualifier"] == "超"
    assert subject("我国造船三大指标国际市场份额首超50%", "超50%") == "造船三大指标国际市场份额"
    assert subject("海洋经济呈强劲发展势头 总量首破10万亿元", "10万亿元") == "总量"


def test_a_record_set_before_the_figure_is_cut_from_the_subject() -> None:
    assert subject("前三季度全社会用电量创历史新高 达到7.77万亿千瓦时", "7.77万亿千瓦时") == "全社会用电量"
    assert subject("2022年我国粮食产量再创历史新高 连续8年保持在1.3万亿斤以上", "1.3万亿斤以上") == "粮食产量"
    got = facts("入夏以来，全国最大电力负荷接连两次创历史新高，最高达到14.67亿千瓦。")
    assert got["14.67亿千瓦"]["subject"] == "全国最大电力负荷"


def test_a_record_set_after_a_figure_is_not_what_it_counts() -> None:
    assert subject("A股大涨 成交超2.6万亿创新高", "超2.6万亿") == "成交"
    assert subject("其中，10个省级电网负荷22次创新高。", "22次") != "创新高"


def test_innovation_is_no_record() -> None:
    assert subject("科技创新高达30%", "30%") == "科技创新"        # 创新 高达, not 创新高 达


# --- 3. counts opening a headline's clause --------------------------------------------------------------------------

def test_a_count_after_a_headlines_space_is_not_the_clause_befores() -> None:
    assert subject("美国田纳西州一小学发生枪击事件 6人遇害", "6人") == "遇害"
    assert subject("法国和西班牙林火灾情持续恶化 超30万人疏散", "超30万人") == "疏散"
    assert subject("春运第一周 超14亿人次跨区域出行", "超14亿人次") != "春运第一周"
    assert subject("美国华盛顿州林火致数百栋建筑被毁 6万人接到疏散令", "6万人") != "建筑被毁"


def test_the_clause_before_stays_when_the_counts_noun_names_it() -> None:
    assert subject("A股指数体系迈向精细化 年内新增374条指数", "374条") == "A股指数"
    assert subject("春运旅客人数 超14亿人次", "超14亿人次") == "春运旅客人数"
    assert subject("北京暴雨已致77人遇难 11人身份正在确认", "11人") == "遇难"   # the dead's 11


def test_prose_typeset_with_a_space_is_no_headline() -> None:
    assert subject("新增就业 1200万人，城镇调查失业率5.2%", "1200万人") == "新增就业"


# --- 3b. a count restated as a figure of speech -------------------------------------------------------------------

def test_a_count_restated_with_a_figure_of_speech_keeps_what_it_measured() -> None:
    text = ("今年春节假期，全社会跨区域人员流动量突破23亿人次。\n"
            "23亿人次的脚步声，既是我国经济活力的体现。")
    restated = [f for f in extract(text, year=2025, date=DATE) if f["surface"] == "23亿人次"]
    assert [f["subject"] for f in restated] == ["全社会跨区域人员流动量"] * 2


def test_a_restated_count_is_one_fact_in_the_article() -> None:
    article = {"id": "a", "title": "春运观察", "date": DATE,
               "body": "今年春节假期，全社会跨区域人员流动量突破23亿人次。\n23亿人次的脚步声，既是我国经济活力的体现。"}
    got = [f for f in article_facts(article) if f["surface"] == "23亿人次"]
    assert len(got) == 1 and len(got[0]["mentions"]) == 1


def test_a_noun_of_people_after_a_count_stays_its_subject() -> None:
    assert subject("北京地坛庙会开幕首日就迎来超13万人次的客流量", "超13万人次") == "客流量"
    text = "庙会共接待游客13万人次。13万人次的游客，来自全国各地。"
    assert [f["subject"] for f in extract(text) if f["surface"] == "13万人次"][1] == "游客"   # people: kept


def test_a_small_count_told_twice_is_no_restatement() -> None:
    text = "事故造成3人受伤。搜寻人员找到3人的遗体。"
    assert [f["subject"] for f in extract(text) if f["surface"] == "3人"][1] != "受伤"
