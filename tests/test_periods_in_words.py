"""Wherever a period reaches a reader it reads as a report writes it.

The citations a copy makes said 2024年前三季度 while the lines of
`factdesk conflicts` headed the same figures 重庆·地区生产总值（2024Q1-Q3，…),
`series` printed 2024-01/2024-07, the app's facts pane, series table and
chart and the conflicts view showed the codes too, and the `facts` and
`search` lines gave no period at all: one period said two ways, one of them
a code an analyst has to rewrite.  The lines, the panes, the chart and the
Markdown export say the period in words; what a program reads (--csv,
--json) keeps the code, which sorts, and the help says so."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from textual.widgets import DataTable

from store import open_store
from tests.app_helpers import settle
from tests.test_cli import run
from tui.app import FactdeskApp
from tui.export import to_markdown
from tui.screens.series import ConflictsScreen, SeriesScreen
from tui.widgets.facts_table import FactsTable
from tui.widgets.series_chart import chart_lines

ARTICLES = [
    ("重庆经济稳中向好", "2024-10-20", "重庆日报",
     "2024年前三季度，重庆地区生产总值同比增长6.1%。2024年1-7月，重庆社会消费品零售总额8000亿元。"
     "上半年，重庆净利润下降2.3%。"),
    ("西部城市经济盘点", "2024-10-22", "经济观察",
     "2024年前三季度，重庆地区生产总值同比增长5.7%。2024年1-7月，重庆社会消费品零售总额8100亿元。"),
]
CODES = ("2024Q1-Q3", "2024-01/2024-07", "2024H1", "2024-01/07")


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps({"title": t, "date": d, "source": s, "body": b}, ensure_ascii=False)
                              for t, d, s, b in ARTICLES), encoding="utf-8")
    db = tmp_path / "s.json"
    open_store(db, seed=False).ingest([path])
    return str(db)


def _no_code(text: str) -> None:
    for code in CODES:
        assert code not in text, code


def test_conflict_headings_name_the_period_in_words(capsys, db):
    code, out, _ = run(capsys, "--db", db, "conflicts")
    assert code == 0
    heads = [line for line in out.splitlines() if not line.startswith(" ")]
    assert heads == ["重庆·地区生产总值（2024年前三季度，%，change）", "重庆·社会消费品零售总额（2024年1-7月，元）"]
    _no_code(out)


def test_series_lines_name_the_period_in_words(capsys, db):
    code, out, _ = run(capsys, "--db", db, "series", "社会消费品零售总额")
    assert code == 0 and [line.split("  ")[1] for line in out.splitlines()] == ["2024年1-7月", "2024年1-7月"]
    _no_code(out)


def test_the_facts_lines_say_each_figure_s_period_before_its_subject(capsys, db):
    code, out, _ = run(capsys, "--db", db, "facts")
    assert code == 0
    loss = next(line for line in out.splitlines() if "净利润" in line)
    assert loss.split()[-2:] == ["2024年上半年", "重庆净利润"] and "↓ 下降" in loss
    _no_code(out)


def test_a_search_hit_names_its_figure_s_period(capsys, db):
    code, out, _ = run(capsys, "--db", db, "search", "社会消费品零售总额")
    assert code == 0 and "· 重庆社会消费品零售总额（2024年1-7月） 8000亿元" in out
    _no_code(out)


@pytest.mark.parametrize("command", [("series", "社会消费品零售总额"), ("conflicts",), ("facts",)])
def test_csv_and_json_keep_the_code_for_a_program(capsys, db, command):
    _, out, _ = run(capsys, "--db", db, *command, "--csv")
    periods = {row["period"] for row in csv.DictReader(io.StringIO(out))}
    assert "2024-01/2024-07" in periods
    _, out, _ = run(capsys, "--db", db, *command, "--json")
    assert "2024-01/2024-07" in {json.loads(line)["period"] for line in out.splitlines()}


@pytest.mark.parametrize("command", ["facts", "series", "conflicts", "search"])
def test_the_help_says_csv_and_json_write_codes(capsys, command):
    with pytest.raises(SystemExit):
        run(capsys, command, "--help")
    out = " ".join(capsys.readouterr().out.split())
    assert "periods as codes for a program: 2024Q1-Q3, 2024-01/2024-07, where the lines say them in words" in out


def test_the_chart_labels_periods_in_words_and_lines_them_up_in_cells():
    rows = [{"period": "2024Q1-Q3", "value": 6.1}, {"period": "2025H1", "value": 5.3}]
    lines = [line.plain for line in chart_lines(rows, 60, lambda r: f"{r['value']}%")]
    assert [line.split()[0] for line in lines] == ["2024年前三季度", "2025年上半年"]
    from rich.cells import cell_len
    assert len({cell_len(line.split(" ")[0]) + line.index("█") - len(line.split(" ")[0]) for line in lines}) == 1


def test_the_markdown_export_says_the_period_in_words():
    fact = {"kind": "money", "surface": "8000亿元", "value": 800000000000, "unit": "元", "subject": "社会消费品零售总额",
            "period": "2024-01/2024-07", "period_text": "1-7月", "clause": "…"}
    assert "| 2024年1-7月 |" in to_markdown([fact])


async def test_the_app_s_panes_say_the_period_in_words(db):
    app = FactdeskApp(open_store(db, seed=False))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        periods = {table.cell_text(n, "period") for n in range(table.row_count)}
        assert {"2024年前三季度", "2024年1-7月"} <= periods
        _no_code(" ".join(periods))
        table.focus()
        at = next(n for n in range(table.row_count) if table.shown[n].get("subject") == "重庆社会消费品零售总额")
        table.move_cursor(row=at)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, SeriesScreen)
        series = app.screen.query_one(DataTable)
        assert {str(series.get_row_at(n)[0]) for n in range(series.row_count)} == {"2024年1-7月"}
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        assert isinstance(app.screen, ConflictsScreen)
        conflicts = app.screen.query_one(DataTable)
        assert sorted(str(conflicts.get_row_at(n)[1]) for n in range(conflicts.row_count)) == [
            "2024年1-7月", "2024年前三季度"]


def test_the_fact_detail_gives_the_period_s_code_and_its_words():
    from tui.screens.fact_detail import fact_fields

    fields = dict(fact_fields({"kind": "percent", "surface": "5.2%", "value": 5.2, "period": "2025Q1-Q3"}))
    assert fields["period"] == "2025Q1-Q3  (2025年前三季度)"
    assert dict(fact_fields({"kind": "count", "surface": "3个", "value": 3, "period": None}))["period"] == "—"
