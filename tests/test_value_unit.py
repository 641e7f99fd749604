"""Every place a figure's value goes out says what unit the value is in.

Points are stored in percentage points whatever the text writes
(`下调25个基点` is 0.25) and the unit stays as written (个基点): an export
read "value 0.25, unit 个基点" — a quarter of a basis point, a hundred times
too small.  Each record now carries
`value_unit` beside `unit`: `pp` for every points fact, `%` for every
percent, else the unit itself (null for a date) — in `facts`/`extract`/
`search` `--json` and `--csv`, the app's TSV copy and exports, the fact
detail, and the series and conflicts rows.
"""

from __future__ import annotations

import csv
import io
import json

from store import FACT_COLUMNS, SERIES_COLUMNS, value_unit
from tests.test_cli import ingested, run
from tui.citation import facts_tsv
from tui.export import to_csv, to_json
from tui.screens.fact_detail import fact_fields
from tui.series_output import series_csv

TEXT = "一年期贷款市场报价利率下调25个基点至3.75%，比上年同期下降0.3个百分点。人口自然增长率为6.39‰。"


def _facts(capsys, tmp_path) -> list[dict]:
    page = tmp_path / "rate.txt"
    page.write_text(TEXT, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(page), "--json")
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_value_unit_says_basis_points_are_stored_in_percentage_points(capsys, tmp_path):
    by_surface = {f["surface"]: f for f in _facts(capsys, tmp_path)}
    bp = by_surface["25个基点"]
    assert (bp["value"], bp["value_unit"], bp["unit"]) == (0.25, "pp", "个基点")
    points = by_surface["0.3个百分点"]
    assert (points["value"], points["value_unit"], points["unit"]) == (0.3, "pp", "个百分点")
    assert by_surface["3.75%"]["value_unit"] == "%"
    permille = by_surface["6.39‰"]
    assert (permille["value"], permille["value_unit"]) == (0.639, "%")


def test_value_unit_stands_beside_the_unit_in_csv_and_json(capsys, tmp_path):
    page = tmp_path / "rate.txt"
    page.write_text(TEXT, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(page), "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and list(rows[0]) == list(FACT_COLUMNS)
    assert FACT_COLUMNS.index("value_unit") + 1 == FACT_COLUMNS.index("unit")
    assert {(r["surface"], r["value"], r["value_unit"], r["unit"]) for r in rows} >= {
        ("25个基点", "0.25", "pp", "个基点"), ("0.3个百分点", "0.3", "pp", "个百分点")}


def test_the_app_s_copies_exports_and_detail_carry_it(capsys, tmp_path):
    facts = _facts(capsys, tmp_path)
    bp = next(f for f in facts if f["surface"] == "25个基点")
    for f in facts:
        f.pop("value_unit")  # as the store holds them: derived on the way out
    header, *rows = [line.split("\t") for line in facts_tsv(facts).splitlines()]
    at = header.index("value_unit")
    assert header[at:at + 2] == ["value_unit", "unit"] and ["pp", "个基点"] in [r[at:at + 2] for r in rows]
    assert next(csv.DictReader(io.StringIO(to_csv(facts))))["value_unit"] == "pp"
    assert json.loads(to_json(facts))[0]["value_unit"] == "pp"
    bp.pop("value_unit", None)
    fields = dict(fact_fields(bp))
    assert (fields["exact value"], fields["value"], fields["value_unit"], fields["unit"]) == ("25 bp", "0.25", "pp", "个基点")


def test_series_rows_and_conflicts_carry_it(tmp_path, capsys):
    assert SERIES_COLUMNS.index("value_unit") + 1 == SERIES_COLUMNS.index("unit")
    row = {"indicator": "贷款市场报价利率", "kind": "points", "unit": "个基点", "value": 0.25}
    assert next(csv.DictReader(io.StringIO(series_csv([row]))))["value_unit"] == "pp"
    db = ingested(tmp_path, capsys, "# 利率下调\n\n一年期贷款市场报价利率下调25个基点。\n")
    code, out, _ = run(capsys, "--db", db, "series", "贷款市场报价利率", "--json")
    record = json.loads(out.splitlines()[0])
    assert code == 0 and (record["value"], record["value_unit"], record["unit"]) == (-0.25, "pp", "个基点")


def test_value_unit_by_kind():
    assert value_unit({"kind": "money", "unit": "元/股"}) == "元/股"
    assert value_unit({"kind": "percent", "unit": "成"}) == "%"
    assert value_unit({"kind": "points", "unit": "BP"}) == "pp"
    assert value_unit({"kind": "date", "unit": "日"}) is None
    assert value_unit({"kind": "count", "unit": None}) is None
