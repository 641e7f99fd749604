"""Walk 36: a series showed 同比上涨1.0% as +1% (the facts pane shows
1.0%: the text states a tenth's precision).  Series rows carry the step of
the figure as written; the lines and the app show the value to it, while
--json and --csv keep their fields (the value a number)."""

from __future__ import annotations

import csv
import io
import json

from store import SERIES_COLUMNS
from tests.test_cli import ingested, run
from tui.series_output import row_value


def _store(tmp_path, capsys) -> str:
    return ingested(tmp_path, capsys,
                    "重庆物价平稳\n\n2024年，重庆居民消费价格指数同比上涨1.0%，全市工业品出厂价格同比下降2.30%。\n",
                    "cpi.txt")


def test_series_lines_show_the_value_as_written_and_json_keeps_its_fields(tmp_path, capsys):
    db = _store(tmp_path, capsys)
    code, out, _ = run(capsys, "--db", db, "series", "居民消费价格指数")
    assert code == 0 and "+1.0%" in out and "+1%" not in out, out
    code, out, _ = run(capsys, "--db", db, "series", "工业品出厂价格")
    assert code == 0 and "-2.30%" in out, out
    _, out, _ = run(capsys, "--db", db, "series", "居民消费价格指数", "--json")
    [record] = [json.loads(line) for line in out.splitlines()]
    assert tuple(record) == SERIES_COLUMNS and record["value"] == 1
    _, out, _ = run(capsys, "--db", db, "series", "居民消费价格指数", "--csv")
    assert tuple(next(csv.reader(io.StringIO(out)))) == SERIES_COLUMNS


def test_a_step_of_whole_units_or_none_leaves_the_value_as_it_is():
    row = {"value": 43000, "unit": "辆", "kind": "count", "measure": "level", "qualifier": None}
    assert row_value({**row, "step": "1000"}) == row_value(row) == "4.3万辆"
    pct = {"value": 5, "unit": "%", "kind": "percent", "measure": "level", "qualifier": None}
    assert row_value({**pct, "step": "0.1"}) == "5.0%" and row_value({**pct, "step": "bad"}) == "5%"


def test_conflicts_show_each_value_as_written_and_json_keeps_its_fields(tmp_path, capsys):
    db = _store(tmp_path, capsys)
    other = tmp_path / "other.txt"
    other.write_text("重庆物价数据\n\n2024年，重庆居民消费价格指数同比上涨1.5%。\n", encoding="utf-8")
    assert run(capsys, "--db", db, "ingest", str(other))[0] == 0
    code, out, _ = run(capsys, "--db", db, "conflicts", "居民消费价格指数")
    assert code == 0 and "+1.0%" in out and "+1.5%" in out, out
    _, out, _ = run(capsys, "--db", db, "conflicts", "居民消费价格指数", "--json")
    [group] = [json.loads(line) for line in out.splitlines()]
    assert all("step" not in value for value in group["values"])
    assert sorted(value["value"] for value in group["values"]) == [1, 1.5]
