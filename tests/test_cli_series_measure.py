"""factdesk series --csv says whether each figure is a level or a change.

A growth rate and a share in percent were the same cells in the CSV
(`规模以上工业增加值,,2024,5.8,,%,percent` for 同比增长5.8% and for a
share of 5.8%): the lines sign a rise (+5.8%) and --json has `measure`,
but a spreadsheet read from the CSV could not tell them apart.
"""

from __future__ import annotations

import csv
import io

from tests.test_cli import run


def test_the_csv_carries_the_measure_of_each_figure(capsys, tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("工业运行\n\n2024年，全市规模以上工业增加值同比增长5.8%，占地区生产总值的比重为30.2%。\n"
                    "2024年，全市规模以上工业增加值占比为5.8%。\n", encoding="utf-8")
    db = str(tmp_path / "s" / "factdesk.json")
    assert run(capsys, "--db", db, "ingest", str(page))[0] == 0
    code, out, _ = run(capsys, "--db", db, "series", "规模以上工业增加值", "--csv")
    header, *rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and "measure" in header, header
    measures = {(row[header.index("indicator")], row[header.index("value")], row[header.index("measure")])
                for row in rows}
    assert ("规模以上工业增加值", "5.8", "change") in measures, measures


def test_the_conflicts_csv_names_the_measure_once(capsys, tmp_path):
    db = str(tmp_path / "s" / "factdesk.json")
    from store import open_store

    open_store(db)
    code, out, _ = run(capsys, "--db", db, "conflicts", "没有这个指标", "--csv")
    assert code == 0 and out.strip().split(",").count("measure") == 1
