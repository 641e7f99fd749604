"""The article fields from the command line: `factdesk search` finds articles
by publication date, publication and source; a malformed field is one line
on stderr and exit status 2."""

from __future__ import annotations

import json

import pytest

from tui.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(seeded, store_path) -> str:
    """A seeded store (read commands never create one)."""
    return str(store_path)


def catalog(capsys, db: str) -> list[dict]:
    code, out, _ = run(capsys, "--db", db, "articles", "--json")
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_search_date_month_json_lists_every_article_of_that_month(capsys, db):
    articles = catalog(capsys, db)
    month = articles[0]["date"][:7]
    code, out, err = run(capsys, "--db", db, "search", f"date:{month}", "--json", "--limit", "0")
    found = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and not err
    assert sorted(hit["article_id"] for hit in found) == sorted(a["id"] for a in articles if a["date"][:7] == month)


def test_search_with_a_field_and_a_term_keeps_both(capsys, db):
    articles = catalog(capsys, db)
    day = articles[-1]["date"]
    code, out, _ = run(capsys, "--db", db, "search", "重庆", f"date:{day}", "--json")
    found = {json.loads(line)["article_id"] for line in out.splitlines()}
    on_day = {a["id"] for a in articles if a["date"] == day}
    assert code == 0 and found and found <= on_day


def test_search_pub_and_source_fields(capsys, db):
    articles = catalog(capsys, db)
    _, out, _ = run(capsys, "--db", db, "search", f"pub:{articles[0]['publication']}", "--json", "--limit", "0")
    assert len(out.splitlines()) == len(articles)
    _, out, _ = run(capsys, "--db", db, "search", "source:no-such-file", "--json")
    assert out == ""


@pytest.mark.parametrize("query, says", [
    ("date:2025-13", "no month 13"),
    ("date:abc", "is not a date"),
    ("date:2025-12..2025-11", "the date range is empty"),
    ("-date:2025", "cannot be excluded"),
])
def test_a_malformed_date_is_one_line_and_exit_status_2(capsys, db, query, says):
    code, out, err = run(capsys, "--db", db, "search", "--json", "--", query)  # (-date: is not an option)
    assert code == 2 and out == ""
    assert err.startswith(f"factdesk: '{query}'") and says in err and len(err.splitlines()) == 1


def test_source_in_a_series_is_one_line_and_exit_status_2(capsys, db):
    code, out, err = run(capsys, "--db", db, "series", "新能源汽车产量 source:x")
    assert code == 2 and out == "" and "source: does not apply" in err and len(err.splitlines()) == 1


def test_date_and_pub_select_the_figures_of_a_series(capsys, db):
    articles = catalog(capsys, db)
    _, out, _ = run(capsys, "--db", db, "series", "新能源汽车产量", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    day = rows[0]["date"]
    _, out, _ = run(capsys, "--db", db, "series", f"新能源汽车产量 date:{day}", "--json")
    assert [json.loads(line) for line in out.splitlines()] == [r for r in rows if r["date"] == day]
    _, out, _ = run(capsys, "--db", db, "series", "新能源汽车产量 date:1999", "--json")
    assert out == ""
    _, out, _ = run(capsys, "--db", db, "series", f"新能源汽车产量 pub:{articles[0]['publication']}", "--json")
    assert [json.loads(line) for line in out.splitlines()] == rows


def test_source_matches_any_file_an_article_came_from(capsys, tmp_path):
    page = "# 两个文件里的同一篇报道\n\n全市新增企业1200余家，同比增长5.7%。\n"
    (tmp_path / "first.txt").write_text(page, encoding="utf-8")
    (tmp_path / "second-copy.txt").write_text(page, encoding="utf-8")
    db = str(tmp_path / "s.json")
    assert run(capsys, "--db", db, "ingest", str(tmp_path / "first.txt"), str(tmp_path / "second-copy.txt"))[0] == 0
    found = {}
    for name in ("first", "second-copy"):
        _, out, _ = run(capsys, "--db", db, "search", f"source:{name}", "--json")
        found[name] = [json.loads(line)["article_id"] for line in out.splitlines()]
    assert len(found["first"]) == 1 and found["second-copy"] == found["first"]
