"""A command whose answer is empty says so, as search does: nothing on
standard output, one hint on standard error, exit 0 (an empty answer is no
error).  Before, ``facts --kind points``, ``series`` and ``conflicts`` that
found nothing printed nothing at all — a person at the terminal could not
tell an empty answer from a command that did nothing, and ``series --csv``
printed no header while ``facts --csv`` did, so a script reading the
columns broke on an empty answer.  JSON Lines stay empty (no record)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.test_cli import run


@pytest.fixture
def db(seeded, store_path) -> str:
    return str(store_path)


@pytest.mark.parametrize(("args", "hint"), [
    (["facts", "--kind", "points"], "no facts of kind points in the store"),
    (["series", "不存在的指标"], "no figures: the words match indicator names"),
    (["conflicts", "不存在的指标"], "no conflicts among the indicators matching that"),
    # an empty query is the whole store's, as no query is: its hint said "matching that" of nothing
    (["conflicts", ""], "no conflicts: no two sources give different figures"),
    (["conflicts", " "], "no conflicts: no two sources give different figures"),
])
def test_an_empty_answer_is_one_hint_on_stderr_and_exit_0(capsys, db, args, hint):
    code, out, err = run(capsys, "--db", db, *args)
    assert (code, out) == (0, "")
    assert err.count("\n") == 1 and err.startswith(hint), err


def test_an_article_without_facts_of_a_kind_is_named_in_the_hint(capsys, db):
    code, out, _ = run(capsys, "--db", db, "articles", "--json")
    first = json.loads(out.splitlines()[0])["id"]
    code, out, err = run(capsys, "--db", db, "facts", "--article", first, "--kind", "points")
    assert (code, out) == (0, "") and err.strip() == f"no facts of kind points in article {first}"


@pytest.mark.parametrize("args", [["facts", "--kind", "points", "--json"], ["series", "不存在的指标", "--json"],
                                  ["conflicts", "不存在的指标", "--json"]])
def test_json_lines_of_an_empty_answer_are_empty_and_quiet(capsys, db, args):
    assert run(capsys, "--db", db, *args) == (0, "", "")


def test_an_empty_series_as_csv_is_its_header_as_facts_csv_is(capsys, db):
    code, series_out, err = run(capsys, "--db", db, "series", "不存在的指标", "--csv")
    assert code == 0 and err == ""
    assert next(csv.reader(io.StringIO(series_out)))[:4] == ["indicator", "entity", "period", "value"]
    code, full, _ = run(capsys, "--db", db, "series", "新能源汽车产量", "--csv")
    assert full.splitlines()[0] == series_out.strip()
