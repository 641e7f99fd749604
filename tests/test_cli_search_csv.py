"""`factdesk search --csv`: the listing commands facts and series had CSV,
search had only lines and JSON Lines, so an analyst who had found figures
had to re-query them one article at a time.  One row per matching fact of
the articles found (in rank order, --limit articles), every field of the
record and then its article's title, publication, date, URL and the
sentence stating it, as the app's export (`e`) writes a search."""

from __future__ import annotations

import csv
import io

import pytest

from store import FACT_COLUMNS
from tests.test_cli import run
from tui.citation import SOURCE_COLUMNS


@pytest.fixture
def db(seeded, store_path) -> str:
    return str(store_path)


def _rows(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out)))


def test_search_as_csv_gives_every_matching_fact_with_its_source(capsys, db):
    code, out, err = run(capsys, "--db", db, "search", "新能源汽车", "--csv")
    assert code == 0 and err == ""
    assert tuple(next(csv.reader(io.StringIO(out)))) == FACT_COLUMNS + SOURCE_COLUMNS
    rows = _rows(out)
    assert rows and all(r["article_title"] and r["sentence"] and r["surface"] in r["sentence"] for r in rows)
    _, lines, _ = run(capsys, "--db", db, "search", "新能源汽车", "--json")
    assert list(dict.fromkeys(r["article_id"] for r in rows)) == [
        line.split('"article_id":"')[1].split('"')[0] for line in lines.splitlines()]


def test_search_as_csv_keeps_to_the_kind_asked_for(capsys, db):
    code, out, _ = run(capsys, "--db", db, "search", "重庆", "--kind", "percent", "--csv")
    rows = _rows(out)
    assert code == 0 and rows and {r["kind"] for r in rows} == {"percent"}


def test_an_empty_search_as_csv_is_its_header_alone_as_facts_csv_is(capsys, db):
    code, out, err = run(capsys, "--db", db, "search", "不存在的词语", "--csv")
    assert code == 0 and tuple(out.strip().split(",")) == FACT_COLUMNS + SOURCE_COLUMNS
    assert err == ""


def test_csv_and_json_together_are_bad_usage(capsys, db):
    code, out, err = run(capsys, "--db", db, "search", "重庆", "--csv", "--json")
    assert code == 2 and out == "" and "not allowed" in err


def test_a_search_of_article_fields_alone_gives_every_fact_of_the_articles_found(capsys, db):
    """date:2025-11 picks articles, not facts: every fact of each is one of its
    rows, as the facts pane shows them (none were given)."""
    _, lines, _ = run(capsys, "--db", db, "search", "date:2025-11", "--json", "--limit", "0")
    found = [line.split('"article_id":"')[1].split('"')[0] for line in lines.splitlines()]
    code, out, _ = run(capsys, "--db", db, "search", "date:2025-11", "--csv", "--limit", "0")
    _, every, _ = run(capsys, "--db", db, "facts", "--csv")
    assert code == 0 and found
    rows = _rows(out)
    assert sorted(r["id"] for r in rows) == sorted(r["id"] for r in _rows(every) if r["article_id"] in found)
