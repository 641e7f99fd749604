"""`factdesk search`'s lines: the number of hits when the query counts any.
A query of article fields alone (date:2025-11) counts none, and every line
said "0 hits" — read as "found nothing here" beside an article that was
found."""

from __future__ import annotations

import pytest

from tests.test_cli import run


@pytest.fixture
def db(seeded, store_path) -> str:
    return str(store_path)


def test_a_query_of_fields_alone_shows_no_hit_count(capsys, db):
    code, out, _ = run(capsys, "--db", db, "search", "date:2025-11")
    lines = [line for line in out.splitlines() if not line.startswith(" ")]
    assert code == 0 and len(lines) == 4
    assert not any("hit" in line for line in lines), lines


def test_a_query_of_terms_shows_its_hit_count(capsys, db):
    code, out, _ = run(capsys, "--db", db, "search", "重庆")
    first = out.splitlines()[0]
    assert code == 0 and first.split()[2] == "hits" and int(first.split()[1]) > 0


def test_a_latin_word_that_found_nothing_is_not_told_to_try_pinyin(capsys, db):
    # it was read as pinyin already: "try pinyin such as changshou" after `search changshou` went in a circle
    code, out, err = run(capsys, "--db", db, "search", "zhuzhuqq")
    assert code == 0 and out == ""
    assert "changshou" not in err and "in Chinese" in err and "titles" in err
    code, out, err = run(capsys, "--db", db, "search", "不存在的词组")
    assert code == 0 and out == "" and "changshou" in err  # a Chinese word that found nothing: pinyin is worth a try


@pytest.mark.parametrize(("query", "said"), [
    (">100pp", "no fact in the store meets >100pp (its filters all hold for the same fact)"),
    ("kind:money <-1e20", "no fact in the store meets kind:money <-1e20"),
    ("date:2030", "no article in the store meets date:2030"),
])
def test_a_query_of_filters_alone_that_found_nothing_says_so_without_suggesting_a_word(capsys, db, query, said):
    # "no match (try pinyin such as changshou …)" under `search '>100pp'` suggested a word to someone asking for a figure
    code, out, err = run(capsys, "--db", db, "search", query)
    assert code == 0 and out == ""
    assert said in err and "changshou" not in err, err
