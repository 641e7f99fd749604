"""The query language: terms, phrases, exclusion, OR, fact filters."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.search.query import FactFilter, QueryError, as_query, parse


def texts(q):
    return [[t.text for t in g] for g in q.groups]


def test_space_separated_terms_are_all_required():
    assert texts(parse("长寿 新能源汽车")) == [["长寿"], ["新能源汽车"]]


def test_terms_are_normalised_fullwidth_and_case():
    assert texts(parse("９５.３ GDP")) == [["95.3"], ["gdp"]]


def test_quoted_phrase_keeps_its_spaces_and_is_never_a_filter():
    q = parse('"新能源 汽车" "kind:money"')
    assert texts(q) == [["新能源 汽车"], ["kind:money"]]
    assert all(t.phrase for g in q.groups for t in g)
    assert not q.filters


def test_unclosed_quote_runs_to_the_end():
    assert texts(parse('"重庆 长寿')) == [["重庆 长寿"]]


def test_minus_excludes_a_term_or_phrase():
    q = parse('重庆 -广告 -"新闻 联播"')
    assert texts(q) == [["重庆"]]
    assert [t.text for t in q.exclude] == ["广告", "新闻 联播"]


def test_negative_number_is_text_not_exclusion():
    assert texts(parse("-5%")) == [["-5%"]]


def test_bar_makes_alternatives_and_binds_tighter_than_and():
    assert texts(parse("重庆 | 成都 GDP")) == [["重庆", "成都"], ["gdp"]]
    assert texts(parse("重庆|成都")) == [["重庆", "成都"]]


@pytest.mark.parametrize("bad", ["| 重庆", "重庆 |", "kind:money | 重庆", "-广告 | 重庆"])
def test_dangling_or_misplaced_bar_is_an_error(bad):
    with pytest.raises(QueryError):
        parse(bad)


def test_kind_unit_year_filters():
    q = parse("kind:money unit:辆 year:2024")
    assert q.filters == [FactFilter(kinds=frozenset({"money"})), FactFilter(unit="辆"), FactFilter(year_lo=2024, year_hi=2024)]
    assert not q.groups


def test_year_range():
    assert parse("year:2020..2024").filters == [FactFilter(year_lo=2020, year_hi=2024)]


@pytest.mark.parametrize("query, expected", [
    (">1亿", FactFilter(lo=1e8, lo_strict=True)),
    (">=50%", FactFilter(kinds=frozenset({"percent"}), lo=50)),
    ("<100", FactFilter(hi=100, hi_strict=True)),
    ("<=3.5万", FactFilter(hi=35000)),
    ("=3", FactFilter(lo=3, hi=3)),
    ("1万..10万", FactFilter(lo=1e4, hi=1e5)),
    ("money>10亿", FactFilter(kinds=frozenset({"money"}), lo=1e9, lo_strict=True)),
    (">1万亿", FactFilter(lo=1e12, lo_strict=True)),
    (">1亿元", FactFilter(unit="元", lo=1e8, lo_strict=True)),
    ("＞１亿", FactFilter(lo=1e8, lo_strict=True)),
    (">9,000", FactFilter(lo=9000, lo_strict=True)),
])
def test_numeric_comparisons_as_people_write_them(query, expected):
    assert parse(query).filters == [expected]


@pytest.mark.parametrize("bad", ["kind:bogus", ">abc", "year:20x4", "kind:", "unit:", ">", "foo>5",
                                 "-kind:money", "10万..1万", "year:2025..2020", ">1亿>"])
def test_malformed_filters_raise_query_error_with_one_line(bad):
    with pytest.raises(QueryError) as err:
        parse(bad)
    assert "\n" not in str(err.value) and str(err.value)


def test_kind_parameter_is_the_same_as_kind_filter():
    assert parse("重庆", kind="money").filters == [FactFilter(kinds=frozenset({"money"}))]
    with pytest.raises(QueryError):
        parse("重庆", kind="bogus")


def test_text_that_merely_contains_operators_stays_text():
    assert texts(parse("a>b 10:30 ...")) == [["a>b"], ["10:30"], ["..."]]


def test_empty_query_is_empty():
    assert parse("   ").empty


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_parse_raises_nothing_but_query_error(text):
    try:
        parse(text)
    except QueryError:
        pass


# ---------------------------------------------------------------- percentage points
@pytest.mark.parametrize("query, expected", [
    (">0.3pp", FactFilter(kinds=frozenset({"points"}), lo=0.3, lo_strict=True)),
    ("<=-0.5pp", FactFilter(kinds=frozenset({"points"}), hi=-0.5)),
    ("1pp..3pp", FactFilter(kinds=frozenset({"points"}), lo=1, hi=3)),
    ("points>0.3", FactFilter(kinds=frozenset({"points"}), lo=0.3, lo_strict=True)),
    (">0.3个百分点", FactFilter(kinds=frozenset({"points"}), lo=0.3, lo_strict=True)),
    (">10bp", FactFilter(kinds=frozenset({"points"}), lo=0.1, lo_strict=True)),
    ("=41基点", FactFilter(kinds=frozenset({"points"}), lo=0.41, hi=0.41)),
    ("kind:points", FactFilter(kinds=frozenset({"points"}))),
])
def test_points_filters_compare_in_percentage_points(query, expected):
    assert parse(query).filters == [expected]


@pytest.mark.parametrize("query", [">=40%", "percent>3", "1%..3%", "<-1%"])
def test_percent_filters_are_about_percents_only(query):
    assert [f.kinds for f in parse(query).filters] == [frozenset({"percent"})]


@pytest.mark.parametrize("bad", ["percent>3pp", "points>3%", "1%..3pp", "money>1pp"])
def test_a_filter_cannot_ask_for_two_kinds_at_once(bad):
    with pytest.raises(QueryError, match="never both"):
        parse(bad)


@pytest.mark.parametrize("query, expected", [
    ("<0", FactFilter(hi=0, hi_strict=True)),
    ("money<-1亿", FactFilter(kinds=frozenset({"money"}), hi=-1e8, hi_strict=True)),
    ("-3%..-1%", FactFilter(kinds=frozenset({"percent"}), lo=-3, hi=-1)),
])
def test_negative_bounds_are_numbers_not_exclusions(query, expected):
    assert parse(query).filters == [expected]


# ---------------------------------------------------------------- parsed once
def test_a_parsed_query_is_used_as_it_is():
    q = parse("重庆 >1亿")
    assert as_query(q) is q
    assert as_query("重庆 >1亿") == q


def test_the_kind_parameter_adds_to_a_parsed_query_without_changing_it():
    q = parse("重庆")
    with_kind = as_query(q, kind="money")
    assert with_kind.filters == [FactFilter(kinds=frozenset({"money"}))]
    assert q.filters == [] and with_kind.groups == q.groups


def test_a_query_that_is_neither_text_nor_parsed_is_an_error():
    with pytest.raises(QueryError):
        as_query(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [">3pp%", ">3%%", ">=3%pp", "1%..3%%", "percent>3‰‰", ">0.5个百分点%"])
def test_a_percent_sign_in_a_unit_is_a_mistyped_kind_and_an_error(bad):
    # (walk29) read as the unit "pp%" no fact has, it matched nothing and said
    # "no match (try pinyin …)": an analyst read that as no such figure.
    with pytest.raises(QueryError) as err:
        parse(bad)
    assert "is no unit" in str(err.value) and "0.3pp" in str(err.value)
