"""Citations, readable values and TSV (tui.citation, tui.export)."""

from __future__ import annotations

import csv
import io
import json

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
        "（《2025中国产业转移发展对接活动(重庆)举行…》，重庆晨报）"
    )


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
    rows = list(csv.reader(io.StringIO(first.read_text(encoding="utf-8"))))
    assert rows[0] == list(FACT_COLUMNS) and rows[1][FACT_COLUMNS.index("surface")] == "95.3万辆"
    data = json.loads(export_facts([FACT], "json", tmp_path, "x").read_text(encoding="utf-8"))
    assert list(data[0]) == list(FACT_COLUMNS) and {k: v for k, v in data[0].items() if k in FACT} == FACT
    md = to_markdown([{**FACT, "clause": "a|b"}], "T")
    assert md.startswith("# T") and "a\\|b" in md and "953,000" in md
    assert to_csv([]) == ",".join(FACT_COLUMNS) + "\n"
