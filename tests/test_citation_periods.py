"""A copied citation names its period as a report writes it.

Walk 53: the series view's copy cited 社会消费品零售总额 as
"全国社会消费品零售总额（2024Q1-Q3）：+3.3%" and "（2023-01/2023-02）" — the
record's period codes, which no Chinese report writes and an analyst pasting
the line has to rewrite.  Citations (the facts pane's ``c``, the detail's,
the series view's and the conflicts view's copies) now say 2024年前三季度,
2023年1-2月; the tables (TSV, CSV, JSON) keep the code, which sorts and
filters.  A code of a form not known here is given as it is, never guessed.
"""

from __future__ import annotations

import pytest

from tui.citation import citation, period_words
from tui.series_output import citation as series_citation

FORMS = [
    ("2025", "2025年"),
    ("2022/2025", "2022-2025年"),
    ("2024H1", "2024年上半年"),
    ("2019H2", "2019年下半年"),
    ("2026Q1", "2026年一季度"),
    ("2024Q1-Q3", "2024年前三季度"),
    ("2024Q1-Q2", "2024年前两季度"),
    ("2019Q2-Q3", "2019年二至三季度"),
    ("2021Q3/2022Q3", "2021年三季度至2022年三季度"),
    ("2026-06", "2026年6月"),
    ("2026-01/2026-05", "2026年1-5月"),
    ("2025-12/2026-02", "2025年12月至2026年2月"),
    ("2026-06-12", "2026年6月12日"),
    ("2026-06-01/2026-06-15", "2026年6月1-15日"),
    ("2026-06-20/2026-07-03", "2026年6月20日至7月3日"),
    ("2025-12-28/2026-01-03", "2025年12月28日至2026年1月3日"),
]


@pytest.mark.parametrize("code, words", FORMS)
def test_every_period_form_the_store_holds_reads_as_a_report_writes_it(code, words):
    assert period_words(code) == words


@pytest.mark.parametrize("code", ["2024W12", "2024-13", "下旬", "2024Q5"])
def test_a_code_of_no_known_form_is_left_as_it_is(code):
    assert period_words(code) == code


def test_a_fact_and_a_series_row_cite_the_period_in_words():
    fact = {"kind": "percent", "surface": "3.3%", "value": 3.3, "value_text": "3.3", "unit": "%",
            "subject": "社会消费品零售总额", "period": "2024Q1-Q3", "period_text": "前三季度",
            "change": "up", "change_word": "增长", "clause": "前三季度，社会消费品零售总额同比增长3.3%"}
    assert citation(fact, None).startswith("社会消费品零售总额（2024年前三季度）：增长3.3%")
    row = {"indicator": "社会消费品零售总额", "entity": "全国", "period": "2023-01/2023-02", "value": 3.5,
           "value_high": None, "unit": "%", "kind": "percent", "qualifier": None, "title": "1-2月份国民经济企稳回升",
           "publication": "央视网/新闻联播", "date": "2023-03-15", "measure": "change"}
    assert series_citation(row).startswith("全国社会消费品零售总额（2023年1-2月）：+3.5%（《1-2月份国民经济企稳回升》")
