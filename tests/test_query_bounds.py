"""A query costs a bounded number of lookups: repeated terms and filters count
once, a query past MAX_TERMS distinct terms and filters or MAX_QUERY_CHARS
characters is refused with one line, and a Latin word stands for at most
MAX_PINYIN_ALTERNATIVES Chinese words."""

from __future__ import annotations

import time

import pytest

from store.search.limits import MAX_QUERY_CHARS
from store.search.pinyin import MAX_PINYIN_ALTERNATIVES, expand
from store.search.query import MAX_TERMS, Query, QueryError, Term, as_query, parse
from tui.cli import main


def texts(q: Query) -> list[list[str]]:
    return [[t.text for t in g] for g in q.groups]


def distinct_words(n: int) -> list[str]:
    return [f"词{i}" for i in range(n)]


def test_three_hundred_repeats_of_a_term_are_one_term():
    q = parse("cq " * 300)
    assert texts(q) == [["cq"]]


def test_spellings_that_normalise_alike_are_one_term_keeping_the_first():
    q = parse("GDP gdp ＧＤＰ")
    assert texts(q) == [["gdp"]] and q.groups[0][0].raw == "GDP"


def test_a_phrase_and_a_bare_word_stay_apart_since_only_the_word_reads_as_pinyin():
    q = parse('"cq" cq')
    assert [[t.phrase for t in g] for g in q.groups] == [[True], [False]]


def test_repeated_alternatives_groups_exclusions_and_filters_count_once():
    q = parse("重庆 | 成都 | 重庆 重庆 | 成都 -广告 -广告 kind:money kind:money 长寿")
    assert texts(q) == [["重庆", "成都"], ["长寿"]]
    assert [t.text for t in q.exclude] == ["广告"]
    assert len(q.filters) == 1


def test_an_excluded_term_is_kept_apart_from_the_same_term_required():
    q = parse("重庆 -重庆")
    assert texts(q) == [["重庆"]] and [t.text for t in q.exclude] == ["重庆"]


def test_max_terms_distinct_terms_are_accepted():
    assert len(parse(" ".join(distinct_words(MAX_TERMS))).groups) == MAX_TERMS


def test_one_distinct_term_past_the_limit_is_a_query_error():
    with pytest.raises(QueryError, match=f"{MAX_TERMS + 1} different terms.*at most {MAX_TERMS}"):
        parse(" ".join(distinct_words(MAX_TERMS + 1)))


def test_filters_and_exclusions_count_towards_the_limit():
    words = distinct_words(MAX_TERMS - 1)
    with pytest.raises(QueryError):
        parse(" ".join(words) + " -广告 kind:money")


def test_an_already_parsed_query_is_merged_and_bounded_too():
    term = Term("重庆", "重庆")
    assert texts(as_query(Query([[term], [term]]))) == [["重庆"]]
    many = Query([[Term(w, w)] for w in distinct_words(MAX_TERMS + 1)])
    with pytest.raises(QueryError):
        as_query(many)


def test_a_latin_word_stands_for_at_most_the_most_frequent_words_it_spells():
    spelled = [f"字{i}" for i in range(500)]  # most frequent first, as the lookup gives them
    alternatives = expand(Term("ab", "ab"), lambda latin: spelled)
    assert alternatives[0] == ("ab", True)
    assert [w for w, _ in alternatives[1:]] == spelled[:MAX_PINYIN_ALTERNATIVES]


def test_a_latin_word_spelling_itself_or_a_word_twice_is_not_repeated():
    alternatives = expand(Term("ab", "ab"), lambda latin: ["AB", "阿布", "阿布"])
    assert alternatives == [("ab", True), ("阿布", False)]


# ---------------------------------------------------------------- through the CLI
@pytest.fixture
def db(store_path, capsys) -> str:
    from store import open_store

    open_store(store_path)
    # One search first, so that the timed one measures the repeated terms,
    # not the first load of the index and the pinyin vocabulary.
    assert main(["--db", str(store_path), "search", "cq ab", "--limit", "0"]) == 0
    capsys.readouterr()
    return str(store_path)


def test_a_search_of_hundreds_of_repeated_terms_answers_quickly(capsys, db):
    started = time.monotonic()
    code = main(["--db", db, "search", "cq " * 160 + "ab " * 160, "--limit", "0"])
    elapsed = time.monotonic() - started
    capsys.readouterr()
    assert code == 0
    assert elapsed < 5.0, f"took {elapsed:.1f} s"


def test_a_search_with_too_many_distinct_terms_is_one_line_and_exit_status_2(capsys, db):
    code = main(["--db", db, "search", " ".join(distinct_words(MAX_TERMS + 1))])
    out, err = capsys.readouterr()
    assert code == 2 and not out
    assert len(err.strip().splitlines()) == 1 and f"at most {MAX_TERMS}" in err


def test_a_query_of_max_query_chars_is_taken_and_one_more_is_a_query_error():
    assert texts(parse("重" * MAX_QUERY_CHARS)) == [["重" * MAX_QUERY_CHARS]]
    with pytest.raises(QueryError, match=f"at most {MAX_QUERY_CHARS:,} are allowed"):
        parse("重" * (MAX_QUERY_CHARS + 1))


@pytest.mark.parametrize("query", ["新能源汽车产量" * 3000, "cq " * 20_000, "changshouchongqing" * 2000])
def test_a_huge_query_is_one_line_exit_status_2_and_answers_at_once(capsys, db, query):
    started = time.process_time()
    code = main(["--db", db, "search", query])
    elapsed = time.process_time() - started
    out, err = capsys.readouterr()
    assert code == 2 and not out and elapsed < 0.5
    assert err.strip().splitlines() == [
        f"factdesk: the query has {len(query):,} characters; at most {MAX_QUERY_CHARS:,} are allowed"]
