"""The query language's article fields: date:, pub: and source: find articles
by their publication date, publication and source files, never by their facts."""

import pytest

from store.search.article_filters import ArticleFilter, date_number
from store.search.query import FactFilter, QueryError, as_query, parse


def dates(query: str) -> list[tuple[int | None, int | None]]:
    return [(f.date_lo, f.date_hi) for f in parse(query).articles]


# ---------------------------------------------------------------- date:
@pytest.mark.parametrize("query, span", [
    ("date:2025-11-24", (20251124, 20251124)),
    ("date:2025-11", (20251101, 20251130)),
    ("date:2024-02", (20240201, 20240229)),   # a leap year's February
    ("date:2025", (20250101, 20251231)),
    ("date:2025-1-5", (20250105, 20250105)),
    ("date:２０２５-１１", (20251101, 20251130)),  # full-width digits
])
def test_a_date_is_a_day_a_month_or_a_year(query, span):
    assert dates(query) == [span]


@pytest.mark.parametrize("query, span", [
    ("date:2025-11-01..2025-11-30", (20251101, 20251130)),
    ("date:2024..2025-06", (20240101, 20250630)),          # each end a day, a month or a year
    ("date:2025-11..2025-11", (20251101, 20251130)),
    ("date:..2024-12-31", (None, 20241231)),
    ("date:2025-01-01..", (20250101, None)),
    ("date:..2024", (None, 20241231)),
])
def test_a_date_range_is_inclusive_and_may_be_open_at_one_end(query, span):
    assert dates(query) == [span]


@pytest.mark.parametrize("bad, says", [
    ("date:2025-13", "no month 13"),
    ("date:2025-00", "no month 00"),
    ("date:2025-02-29", "has no day 29"),
    ("date:2025-11-31", "has no day 31"),
    ("date:abc", "'abc' is not a date"),
    ("date:2025/11/24", "is not a date"),
    ("date:25-11", "is not a date"),
    ("date:2025-12..2025-11", "the date range is empty"),
    ("date:2026..2025", "the date range is empty"),
    ("date:..", "at least one end"),
    ("date:", "needs a value"),
    ("date:0000", "no year 0000"),
])
def test_a_malformed_date_is_one_clear_line(bad, says):
    with pytest.raises(QueryError) as err:
        parse(bad)
    message = str(err.value)
    assert says in message and message.startswith(f"'{bad}'") and "\n" not in message


def test_a_date_filter_is_about_the_article_never_its_facts():
    q = parse("date:2024 year:2024")
    assert q.filters == [FactFilter(year_lo=2024, year_hi=2024)]
    assert q.articles == [ArticleFilter(date_lo=20240101, date_hi=20241231)]


@pytest.mark.parametrize("date, inside", [
    ("2025-11-01", True), ("2025-11-30", True), ("2025-10-31", False), ("2025-12-01", False), (None, False),
    ("", False), ("not a date", False),
])
def test_a_date_filter_accepts_the_days_of_its_span_and_never_an_undated_article(date, inside):
    assert parse("date:2025-11").articles[0].accepts_date(date) is inside


def test_an_open_range_still_never_accepts_an_undated_article():
    assert not parse("date:..2024").articles[0].accepts_date(None)
    assert parse("date:..2024").articles[0].accepts_date("1999-01-01")


def test_dates_read_as_numbers_for_the_index_column():
    assert date_number("2025-11-24") == 20251124
    assert date_number(None) == date_number("2025-11") == date_number("abcd-ef-gh") == 0


# ---------------------------------------------------------------- pub: and source:
def test_pub_and_source_are_normalised_substrings():
    q = parse("pub:重庆晨报 source:ＮＥＷＳ")
    assert q.articles == [ArticleFilter(publication="重庆晨报"), ArticleFilter(source="news")]
    pub, source = q.articles
    assert pub.accepts_publication("《重庆晨报》") and pub.accepts_publication("重庆晨报")
    assert not pub.accepts_publication("重庆日报") and not pub.accepts_publication(None)
    assert source.accepts_sources(["2025/news.jsonl"]) and source.accepts_sources(["NEWS.TXT"])


def test_a_source_filter_matches_any_of_an_article_s_sources():
    flt = parse("source:新闻联播").articles[0]
    assert flt.accepts_sources(["a.txt", "新闻联播-2024.jsonl"])
    assert not flt.accepts_sources(["a.txt", "b.txt"]) and not flt.accepts_sources([])


def test_a_field_value_with_spaces_is_quoted():
    q = parse('pub:"China Daily" 重庆')
    assert q.articles == [ArticleFilter(publication="china daily")]
    assert [[t.text for t in g] for g in q.groups] == [["重庆"]]


def test_a_quoted_phrase_alone_stays_text():
    q = parse('"pub:重庆晨报"')
    assert not q.articles and q.groups[0][0].text == "pub:重庆晨报"


def test_an_article_filter_holds_when_every_part_does():
    flt = ArticleFilter(date_lo=20251101, date_hi=20251130, publication="晨报", source="txt")
    assert flt.accepts("2025-11-24", "重庆晨报", ["page.txt"])
    assert not flt.accepts("2025-11-24", "重庆日报", ["page.txt"])
    assert not flt.accepts("2025-10-24", "重庆晨报", ["page.txt"])
    assert not flt.accepts("2025-11-24", "重庆晨报", ["page.jsonl"])


# ---------------------------------------------------------------- the grammar
def test_fields_combine_with_terms_and_fact_filters():
    q = parse("重庆 date:2025-11 kind:money pub:晨报")
    assert [[t.text for t in g] for g in q.groups] == [["重庆"]]
    assert q.filters == [FactFilter(kinds=frozenset({"money"}))]
    assert q.articles == [ArticleFilter(date_lo=20251101, date_hi=20251130), ArticleFilter(publication="晨报")]


def test_a_query_of_fields_alone_is_not_empty():
    assert not parse("date:2025-11").empty and not parse("source:a").empty


@pytest.mark.parametrize("bad, says", [
    ("-date:2025", "cannot be excluded"),
    ("-pub:晨报", "cannot be excluded"),
    ("date:2025 | 重庆", "cannot be combined with '|'"),
    ("重庆 | pub:晨报", "'|' needs a term on both sides"),
    ("pub:", "needs a value"),
    ("source:", "needs a value"),
])
def test_fields_follow_the_rules_of_filters_for_exclusion_and_alternatives(bad, says):
    with pytest.raises(QueryError, match=says):
        parse(bad)


def test_an_excluded_date_says_how_to_leave_dates_out():
    with pytest.raises(QueryError, match=r"date:\.\.2024-12-31"):
        parse("-date:2025")


@pytest.mark.parametrize("bad", ["dates:2025", "publication:晨报", "src:a", "kindd:money"])
def test_an_unknown_field_is_an_error_that_lists_every_field(bad):
    with pytest.raises(QueryError) as err:
        parse(bad)
    assert "unknown field" in str(err.value)
    for name in ("kind:", "unit:", "year:", "date:", "pub:", "source:"):
        assert name in str(err.value)


def test_repeated_fields_count_once():
    assert len(parse("date:2025 date:2025 pub:晨报 pub:晨报").articles) == 2


def test_the_kind_parameter_keeps_a_parsed_query_s_fields():
    q = as_query(parse("重庆 date:2025"), kind="money")
    assert q.articles == [ArticleFilter(date_lo=20250101, date_hi=20251231)]
    assert q.filters == [FactFilter(kinds=frozenset({"money"}))]
