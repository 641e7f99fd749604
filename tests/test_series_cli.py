"""factdesk series and factdesk conflicts on the command line."""

from __future__ import annotations

import csv
import io
import json

import pytest

from store import SERIES_COLUMNS
from tests.test_cli import run


@pytest.fixture
def db(store_path) -> str:
    from store import open_store

    open_store(store_path)  # seeded with the seed page
    return str(store_path)


def _jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_series_json_gives_the_seed_s_new_energy_vehicle_output_by_year_with_citations(capsys, db):
    code, out, _ = run(capsys, "--db", db, "series", "新能源汽车产量", "--json")
    rows = [r for r in _jsonl(out) if r["period"]]
    assert code == 0
    # the levels by year, and the rise over 2020–2024 (四年增长22.2倍) under the year it reaches, in its own unit
    assert [(r["period"], r["value"], r["unit"]) for r in rows] == [("2020", 43000, "辆"), ("2024", 953000, "辆"),
                                                                     ("2024", 22.2, "倍")]
    assert all(r["publication"] == "重庆晨报" and r["date"] == "2025-11-25" and r["title"] for r in rows)
    assert all(r["fact_id"].startswith(r["article_id"] + ":") for r in rows)


def test_series_text_shows_each_figure_as_written(capsys, db):
    code, out, _ = run(capsys, "--db", db, "series", "新能源汽车产量")
    assert code == 0 and "2020年  4.3万辆" in out and "2024年  95.3万辆" in out


def test_series_csv_has_a_header_row_and_the_fields_of_the_issue(capsys, db):
    code, out, _ = run(capsys, "--db", db, "series", "unit:辆", "year:2024", "--csv")
    header, *rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and tuple(header) == SERIES_COLUMNS and rows
    assert all(row[header.index("unit")] == "辆" for row in rows)


@pytest.mark.parametrize("command", [["series", "没有这个指标"], ["conflicts"]])
def test_no_match_prints_nothing_and_a_hint_on_stderr_and_exits_0(capsys, db, command):
    code, out, err = run(capsys, "--db", db, *command)
    assert (code, out) == (0, "") and err.count("\n") == 1 and err.startswith("no ")


@pytest.mark.parametrize("command", [["series", "没有这个指标", "--json"], ["conflicts", "没有这个指标", "--json"]])
def test_no_match_in_json_lines_prints_nothing_at_all(capsys, db, command):
    assert run(capsys, "--db", db, *command) == (0, "", "")


def test_no_match_as_csv_is_the_header_alone(capsys, db):
    assert run(capsys, "--db", db, "series", "没有这个指标", "--csv") == (0, ",".join(SERIES_COLUMNS) + "\n", "")


def test_a_malformed_query_is_one_line_and_exit_2(capsys, db):
    code, out, err = run(capsys, "--db", db, "series", "kind:nonsense")
    assert code == 2 and out == "" and len(err.splitlines()) == 1


def test_conflicts_lists_both_papers_for_chongqing_s_2024_gdp(capsys, db, tmp_path):
    papers = [("重庆日报", "2024年，重庆地区生产总值3.22万亿元。"), ("经济观察", "2024年重庆地区生产总值3.19万亿元。"),
              ("成都商报", "2024年，成都地区生产总值2.35万亿元。")]
    path = tmp_path / "gdp.jsonl"
    path.write_text("\n".join(json.dumps({"title": f"{p}经济", "body": b, "date": "2025-02-01", "source": p},
                                         ensure_ascii=False) for p, b in papers), encoding="utf-8")
    assert run(capsys, "--db", db, "ingest", str(path))[0] == 0
    code, out, _ = run(capsys, "--db", db, "conflicts", "地区生产总值", "--json")
    (group,) = _jsonl(out)
    assert code == 0 and (group["entity"], group["period"], group["unit"]) == ("重庆", "2024", "元")
    assert sorted((v["publication"], v["value"]) for v in group["values"]) == [
        ("经济观察", 3190000000000), ("重庆日报", 3220000000000)]
    code, out, _ = run(capsys, "--db", db, "conflicts", "地区生产总值")
    assert code == 0 and "3.22万亿元" in out and "3.19万亿元" in out and "成都" not in out
