"""Citations, readable values and TSV (tui.citation, tui.export)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from store import FACT_COLUMNS
from tui.citation import citation, facts_tsv, format_number, format_value, short_title
from tui.export import export_facts, to_csv, to_markdown

FACT = {
    "id": "a:body:1", "article_id": "a", "kind": "count", "surface": "95.3万辆", "value": 953000,
    "value_high": None, "unit": "辆", "qualifier": None, "subject": "新能源汽车产量", "period": "2024",
    "change": None, "section": None, "start": 1, "end": 7,
    "clause": "重庆新能源汽车产量从2020年的4.3万辆飙升至2024年的95.3万辆",
}
ARTICLE = {"title": "2025中国产业转移发展对接活动(重庆)举行 签约项目159个 金额超千亿",
           "publication": "重庆晨报", "date": None}


def test_a_citation_is_self_contained() -> None:
    assert citation(FACT, ARTICLE) == (
        "新能源汽车产量（2024年）：95.3万辆 — 重庆新能源汽车产量从2020年的4.3万辆飙升至2024年的95.3万辆"
        "（《2025中国产业转移发展对接活动(重庆)举行 签约项目159个 金额超千亿》，重庆晨报）"  # the full title
    )


def test_a_citation_ends_with_the_articles_url_when_it_has_one() -> None:
    cited = citation(FACT, {**ARTICLE, "date": "2025-11-26", "url": "https://example.com/a.html"})
    assert cited.endswith("，重庆晨报，2025-11-26，https://example.com/a.html）")


def test_a_citation_includes_the_date_when_known() -> None:
    assert citation(FACT, {**ARTICLE, "date": "2025-11-26"}).endswith("，重庆晨报，2025-11-26）")


def test_a_citation_without_subject_or_article_is_the_figure_and_clause() -> None:
    bare = {**FACT, "subject": None, "period": None}
    assert citation(bare, None) == "95.3万辆 — " + FACT["clause"]


def test_values_read_with_chinese_magnitudes_and_exactly_on_demand() -> None:
    assert format_number(953000) == "95.3万"
    assert format_number(1e11) == "1000亿"
    assert format_number(1.2e12) == "1.2万亿"
    assert format_number(66.7) == "66.7"
    assert format_number(953000, exact=True) == "953,000"
    assert format_value({"value": 1, "value_high": 10}) == "1–10"
    assert format_value({"value": "2025-11-25", "value_high": None}) == "2025-11-25"


def test_short_titles_cut_at_a_space_or_by_cells() -> None:
    assert short_title("短标题") == "短标题"
    assert short_title("一" * 50, 10) == "一" * 4 + "…"


def test_tsv_has_a_header_and_one_clean_row_per_fact() -> None:
    tsv = facts_tsv([FACT, {**FACT, "clause": "带\t制表符\n和换行"}])
    rows = tsv.splitlines()
    assert rows[0].split("\t") == list(FACT_COLUMNS)
    assert len(rows) == 3 and all(r.count("\t") == rows[0].count("\t") for r in rows)


def test_exports_write_csv_json_and_markdown_without_overwriting(tmp_path) -> None:
    first = export_facts([FACT], "csv", tmp_path, "标题/with: odd*chars")
    second = export_facts([FACT], "csv", tmp_path, "标题/with: odd*chars")
    assert first != second and first.parent == tmp_path and "/" not in first.name[len("factdesk-"):]
    # A byte-order mark first (walk36): Excel on Windows reads a CSV file
    # without one in the system's code page, its Chinese as mojibake.
    assert first.read_bytes().startswith(b"\xef\xbb\xbfid,")
    rows = list(csv.reader(io.StringIO(first.read_text(encoding="utf-8-sig"))))
    assert rows[0] == list(FACT_COLUMNS) and rows[1][FACT_COLUMNS.index("surface")] == "95.3万辆"
    data = json.loads(export_facts([FACT], "json", tmp_path, "x").read_text(encoding="utf-8"))
    assert list(data[0]) == list(FACT_COLUMNS) and {k: v for k, v in data[0].items() if k in FACT} == FACT
    md = to_markdown([{**FACT, "clause": "a|b"}], "T")
    assert md.startswith("# T") and "a\\|b" in md and "953,000" in md
    assert to_csv([]) == ",".join(FACT_COLUMNS) + "\n"


def test_points_read_apart_from_percent_as_written() -> None:
    assert format_value({"kind": "percent", "unit": "%", "value": 58.2}) == "58.2%"
    assert format_value({"kind": "points", "unit": "个百分点", "value": 2.3, "value_text": "2.3"}) == "2.3 pp"
    assert format_value({"kind": "points", "unit": "个基点", "value": 0.41, "value_text": "0.41"}) == "41 bp"
    assert format_value({"kind": "points", "unit": "BP", "value": -0.1, "value_text": "-0.1"}) == "-10 bp"


def test_exact_values_come_from_the_exact_text_in_full() -> None:
    fact = {"kind": "money", "value": 1799999925.5, "value_text": "1799999925.50", "unit": "元"}
    assert format_value(fact) == "≈18亿"  # shortened: marked, never silently rounded
    assert format_value(fact, exact=True) == "1,799,999,925.50"
    huge = {"kind": "count", "value": 10**400, "value_text": "1" + "0" * 400}
    assert format_value(huge, exact=True).replace(",", "") == "1" + "0" * 400
    assert format_value(huge).replace(",", "") == "1" + "0" * 400  # too big to shorten: shown exactly
    assert format_number(-307000000, exact=True, text="-307000000") == "-307,000,000"
    assert format_number(16861826) == "≈1686万" and format_number(953000) == "95.3万"


def test_change_reads_as_an_arrow_and_the_verb() -> None:
    from tui.citation import format_change

    assert format_change({"change": "up", "change_word": "增长"}) == "↑ 增长"
    assert format_change({"change": "down", "change_word": "少增"}) == "↓ 少增"
    assert format_change({"change": None, "change_word": None}) == ""


def test_a_citation_gives_the_full_unit_of_a_list_item() -> None:
    item = {**FACT, "kind": "points", "surface": "3.7", "unit": "个百分点", "value": 3.7,
            "subject": "翘尾影响", "period": None, "clause": "翘尾影响分别为3.7、2.6个百分点"}
    assert citation(item, None).startswith("翘尾影响：3.7个百分点 — ")
    per_share = {**FACT, "kind": "money", "surface": "26.30元/股", "unit": "元/股", "per": "股",
                 "subject": "发行价格", "period": None}
    assert citation(per_share, None).startswith("发行价格：26.30元/股")


def test_a_citation_says_the_change_of_a_list_item_whose_verb_is_elsewhere() -> None:
    item = {**FACT, "kind": "percent", "surface": "7.2%", "unit": "%", "value": 7.2, "subject": "舆情",
            "period": None, "change": "down", "change_word": "下降",
            "clause": "今年以来全市警情、舆情同比分别下降8.6%、7.2%"}
    assert citation(item, None).startswith("舆情：下降7.2% — ")
    written = {**item, "surface": "下降7.2%"}  # the verb already in the figure: said once
    assert citation(written, None).startswith("舆情：下降7.2% — ")


def test_a_citation_quotes_the_body_sentence_even_for_a_figure_also_in_the_title() -> None:
    title = "签约项目159个 金额超千亿"
    body = "导语。\n\n本次活动共签约项目159个，金额超千亿元。另有三个项目在谈。"
    start = title.index("159个")
    body_start = body.index("159个")
    fact = {**FACT, "where": "title", "surface": "159个", "start": start, "end": start + 4, "unit": "个",
            "subject": "签约项目", "period": None, "clause": "签约项目159个",
            "mentions": [{"where": "body", "start": body_start, "end": body_start + 4}]}
    article = {"title": title, "body": body, "publication": "重庆晨报", "date": "2025-11-25", "sections": []}
    assert citation(fact, article) == "签约项目：159个 — 本次活动共签约项目159个，金额超千亿元（《签约项目159个 金额超千亿》，重庆晨报，2025-11-25）"


def test_a_citation_prefers_a_body_sentence_to_a_section_heading() -> None:
    body = "新能源车 产量增长十倍\n\n全市产量增长十倍。"
    heading_at, sentence_at = 0, body.index("全市") + 4
    fact = {**FACT, "kind": "multiple", "surface": "十倍", "unit": "倍", "where": "body", "start": body.index("十倍"),
            "end": body.index("十倍") + 2, "subject": "产量", "period": None,
            "mentions": [{"where": "body", "start": sentence_at, "end": sentence_at + 2}]}
    article = {"title": "T", "body": body, "sections": [{"heading": "新能源车 产量增长十倍", "start": heading_at}]}
    assert "— 全市产量增长十倍（" in citation(fact, article)


def test_the_cited_sentence_ends_at_a_full_stop_or_a_semicolon() -> None:
    from tui.citation import sentence_of

    text = "甲说。产量达5万辆，增长3%；出口下降。"
    start = text.index("5万辆")
    assert sentence_of(text, start, start + 4) == "产量达5万辆，增长3%"


def test_years_are_never_grouped_by_thousands() -> None:
    assert format_value({"kind": "year", "value": 2027}, exact=True) == "2027"
    assert format_value({"kind": "year", "value": 2020, "value_high": 2025}, exact=True) == "2020–2025"


def test_a_year_that_is_its_own_period_is_cited_once() -> None:
    year = {"surface": "2025", "kind": "year", "value": 2025, "unit": "年", "period": "2025", "clause": "2025中国产业转移发展对接活动"}
    assert citation(year, None) == "2025年 — 2025中国产业转移发展对接活动"  # never "2025年：2025年 — …"


def test_a_copied_price_keeps_the_denominator_and_the_bound_written_before_its_number() -> None:
    # 突破每盎司4200美元: the surface is 4200美元, and a copy of it alone read "4200 dollars", not a bound per ounce
    from store.facts import extract
    from tui.citation import figure

    fact = next(f for f in extract("伦敦现货黄金价格今天突破每盎司4200美元。") if f["kind"] == "money")
    assert figure(fact) == "突破4200美元/盎司"
    assert citation(fact, None).startswith("伦敦现货黄金价格：突破4200美元/盎司")
    # a figure that writes its unit and its bound keeps them as written
    limit = next(f for f in extract("贷款期限不得超过5年。") if f["kind"] == "duration")
    assert figure(limit) == "不得超过5年"


@pytest.mark.parametrize("surface,kind,value,shown", [
    ("5.0%", "percent", 5, "5.0%"),               # 比上年增长5.0%: a tenth's precision, as a series reads it
    ("-5.0%", "percent", -5, "-5.0%"),
    ("0.40个百分点", "points", 0.4, "0.40 pp"),
    ("１２．００％", "percent", 12, "12.00%"),
    ("26.30元/股", "money", 26.3, "26.30"),
    ("3.0成", "percent", 30, "30%"),             # written otherwise: as normalised
    ("5.3%", "percent", 5.3, "5.3%"),
])
def test_a_value_keeps_the_decimals_its_text_writes(surface, kind, value, shown):
    # walk29: 国内生产总值比上年增长5.0% was shown 5% in the facts pane, the
    # detail's exact value and the series table (259 such figures in bulk).
    fact = {"kind": kind, "value": value, "value_text": str(value), "surface": surface}
    assert format_value(fact) == shown and format_value(fact, exact=True) == shown


def test_a_copied_loss_keeps_its_minus() -> None:
    # 净亏损0.97亿元 is 净利润 of -0.97亿元; copied as "净利润：0.97亿元" it read as a profit
    from store.facts import extract
    from tui.citation import figure_with_change

    loss = next(f for f in extract("该公司第三季度净亏损0.97亿元，上年同期盈利1.2亿元。") if f["surface"] == "0.97亿元")
    assert figure_with_change(loss) == "-0.97亿元"
    assert citation(loss, None).startswith("净利润（") and "：-0.97亿元 — " in citation(loss, None)
    bound = next(f for f in extract("目前这家平台每月亏损超2亿元。") if f["kind"] == "money")
    assert figure_with_change(bound) == "-超2亿元/月"  # the sign first, as a series writes -超过2%
    profit = next(f for f in extract("该公司第三季度净亏损0.97亿元，上年同期盈利1.2亿元。") if f["surface"] == "1.2亿元")
    assert figure_with_change(profit) == "1.2亿元"
    written = {**FACT, "kind": "money", "surface": "-3.07亿元", "value": -307000000, "unit": "元"}
    assert figure_with_change(written) == "-3.07亿元"  # a sign the text writes is said once
    named = {**FACT, "kind": "money", "surface": "27.18亿元", "value": -2718000000, "unit": "元", "subject": "未弥补亏损"}
    assert figure_with_change(named) == "27.18亿元"  # the subject names the loss: never 未弥补亏损：-27.18亿元
    cold = {**FACT, "kind": "quantity", "surface": "零下8度", "value": -8, "unit": "度"}
    assert figure_with_change(cold) == "零下8度"


def test_a_copied_list_item_that_writes_the_first_character_of_its_unit_gets_the_rest() -> None:
    # 分别提高约8个和11个百分点: the first item is 约8个, and "提高约8个" read as eight of something
    from store.facts import extract
    from tui.citation import figure, figure_with_change

    first = next(f for f in extract("两年来，数字经济对农业和工业的渗透率分别提高约8个和11个百分点。")
                 if f["kind"] == "points" and f["surface"] == "约8个")
    assert figure(first) == "约8个百分点"
    assert figure_with_change(first) == "提高约8个百分点"
    months = {**FACT, "kind": "duration", "surface": "两个多月", "value": 2, "unit": "个月"}
    assert figure(months) == "两个多月"  # the unit written around its qualifier: as written
