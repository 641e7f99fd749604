"""Every copy and export writes a value as the text writes it (issue 10:
"exact numbers — integers as integers, decimals exactly as written").

The series view's TSV wrote 5 for 增长5.0%: the record keeps the value
normalised (value 5, value_text "5"), and every table cell was the bare
number.  A text writes 5.0% to state a tenth's precision, 0.30个百分点 a
hundredth's; an analyst pasting 5 into a report has lost it.  Now each
path writes the value to the places its figure writes — only ever padded
with the zeros the figure has, never rounded, never another number:

- ``facts``/``extract``/``search`` ``--csv``, the app's ``C`` (TSV) and
  its exports (CSV, TSV, Markdown): ``value`` and ``value_high`` as written;
- ``--json`` and the JSON export: ``value_text`` as written (``value`` stays
  a JSON number, an integer when integral);
- ``series``/``conflicts`` ``--csv`` and the series view's ``c`` (TSV) and
  ``e``: ``value`` as written (the lines and the app's rows already were).
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store import extract
from store.written import padded, step_of, written_value
from tests.test_cli import ingested, run
from tui.citation import facts_tsv, format_value
from tui.export import to_csv, to_json, to_markdown
from tui.screens.fact_detail import fact_fields
from tui.series_output import conflicts_csv, series_csv, series_tsv

TEXT = ("物价平稳运行\n\n上半年，全市社会消费品零售总额同比增长5.0%，比一季度加快0.30个百分点，"
        "出生率为6.30‰，营业收入1.50亿元，预计增长3.0%-5.0%。\n")


def _fact(surface: str) -> dict:
    [fact] = [f for f in extract(TEXT) if f["surface"] == surface]
    return fact


@pytest.mark.parametrize("surface, value, written", [
    ("5.0%", 5, "5.0"),            # a tenth's precision
    ("0.30个百分点", 0.3, "0.30"),    # a hundredth's
    ("6.30‰", 0.63, "0.630"),       # in percent, to the thousandth of a percent the ‰ writes
    ("1.50亿元", 150000000, "150000000"),  # an integer in 元: every digit, nothing to pad
])
def test_a_fact_is_written_to_the_places_its_figure_writes(surface, value, written):
    fact = _fact(surface)
    assert fact["value"] == value
    assert written_value(fact) == written


def test_a_range_writes_each_end_as_written():
    fact = _fact("3.0%-5.0%")
    assert (written_value(fact), written_value(fact, "value_high")) == ("3.0", "5.0")
    assert format_value(fact) == "3.0–5.0%"
    assert step_of("3.5%-5%", 5, last=True) is None  # the high end writes no decimals: none added


@pytest.mark.parametrize("surface, value", [
    ("三成", 30), ("31.3：68.7", "0.455604075691"), ("5%", 5), ("4.3万辆", 43000), ("20吨", 20),
])
def test_a_figure_with_no_decimals_or_not_in_digits_is_left_as_the_record_holds_it(surface, value):
    assert padded(value, step_of(surface, value)) == str(value)


@given(st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-10**6, max_value=10**6),
       st.integers(min_value=1, max_value=6))
def test_padding_never_changes_the_number(number: Decimal, places: int):
    shown = padded(format(number.normalize(), "f"), format(Decimal(1).scaleb(-places), "f"))
    assert shown is not None and Decimal(shown) == number


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_table_outputs_of_facts_write_the_value_as_written():
    facts = [_fact("5.0%"), _fact("0.30个百分点"), _fact("3.0%-5.0%")]
    rows = _csv(to_csv(facts))
    assert [(r["value"], r["value_high"], r["value_text"]) for r in rows] == [
        ("5.0", "", "5.0"), ("0.30", "", "0.30"), ("3.0", "5.0", "3.0")]
    tsv = [dict(zip(*(line.split("\t") for line in (facts_tsv(facts).splitlines()[0], row))))
           for row in facts_tsv(facts).splitlines()[1:]]
    assert [r["value"] for r in tsv] == ["5.0", "0.30", "3.0"]
    markdown = to_markdown(facts)
    assert "| 5.0% |" in markdown and "| 0.30 pp |" in markdown
    records = json.loads(to_json(facts))
    assert [(r["value"], r["value_text"]) for r in records] == [(5, "5.0"), (0.3, "0.30"), (3, "3.0")]
    detail = dict(fact_fields(facts[0]))
    assert (detail["exact value"], detail["value"], detail["value_text"]) == ("5.0%", "5.0", "5.0")


def test_series_rows_write_the_value_to_their_step():
    row = {"indicator": "社会消费品零售总额", "entity": "重庆", "period": "2025H1", "value": 5, "value_high": None,
           "unit": "%", "kind": "percent", "qualifier": None, "article_id": "a1", "fact_id": "a1:body:9",
           "title": "物价平稳运行", "publication": "重庆日报", "date": "2025-07-20", "measure": "change",
           "step": "0.1"}
    assert _csv(series_csv([row]))[0]["value"] == "5.0"
    head, line = series_tsv([row]).splitlines()
    cells = dict(zip(head.split("\t"), line.split("\t")))
    assert cells["value"] == "5.0" and "+5.0%" in cells["citation"]
    group = {k: row[k] for k in ("indicator", "entity", "period", "unit", "kind", "measure")}
    group["values"] = [{k: row[k] for k in ("value", "value_high", "qualifier", "fact_id", "article_id", "title",
                                            "publication", "date", "step")}]
    assert _csv(conflicts_csv([group]))[0]["value"] == "5.0"


def test_the_commands_write_the_value_as_written(tmp_path, capsys):
    db = ingested(tmp_path, capsys, TEXT)
    code, out, _ = run(capsys, "--db", db, "facts", "--csv")
    assert code == 0
    assert {r["surface"]: r["value"] for r in _csv(out)}["5.0%"] == "5.0"
    _, out, _ = run(capsys, "--db", db, "facts", "--json")
    records = {r["surface"]: r for r in map(json.loads, out.splitlines())}
    assert (records["5.0%"]["value"], records["5.0%"]["value_text"]) == (5, "5.0")
    assert records["0.30个百分点"]["value_text"] == "0.30"
    _, out, _ = run(capsys, "--db", db, "search", "社会消费品零售总额", "--csv")
    assert {r["surface"]: r["value"] for r in _csv(out)}["5.0%"] == "5.0"
    code, out, _ = run(capsys, "--db", db, "series", "社会消费品零售总额", "--csv")
    assert code == 0 and [r["value"] for r in _csv(out)] == ["5.0", "0.30"], out
    _, out, _ = run(capsys, "--db", db, "series", "社会消费品零售总额", "--json")
    assert [json.loads(line)["value"] for line in out.splitlines()] == [5, 0.3]  # JSON numbers


def test_a_series_or_conflict_value_is_never_rounded():
    """Walk 53: the series view copied 社会消费品零售总额124671亿元 as ≈12.47万亿元 — the
    narrow column's rounding, pasted into a report as the figure; and two sources' 124671亿
    and 124695亿 both read ≈12.47万亿, one side of a conflict.  Each is now the narrowest
    exact form: 124,671亿元."""
    from tui.series_output import citation, conflict_sides, row_value

    row = {"indicator": "社会消费品零售总额", "entity": "全国", "period": "2025Q1", "value": 12467100000000,
           "value_high": None, "unit": "元", "kind": "money", "qualifier": None, "title": "一季度中国经济实现良好开局",
           "publication": "央视网/新闻联播", "date": "2025-04-16", "measure": "level", "step": "100000000"}
    assert row_value(row) == "124,671亿元"
    assert citation(row).startswith("全国社会消费品零售总额（2025年一季度）：124,671亿元（")
    assert row_value({**row, "value": 43000, "unit": "辆", "step": "1000"}) == "4.3万辆"
    group = {"indicator": "社会消费品零售总额", "entity": "全国", "period": "2025Q1", "unit": "元", "kind": "money",
             "measure": "level", "values": [
                 {"value": 12467100000000, "value_high": None, "qualifier": None, "fact_id": "a:body:1",
                  "article_id": "a", "title": "甲", "publication": None, "date": None},
                 {"value": 12469500000000, "value_high": None, "qualifier": None, "fact_id": "b:body:1",
                  "article_id": "b", "title": "乙", "publication": None, "date": None}]}
    assert [shown for shown, _ in conflict_sides(group)] == ["124,671亿元", "124,695亿元"]
