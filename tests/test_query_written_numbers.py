"""A filter's figure may be written as Chinese news writes it, and means
what the same words mean in the text: 三成 is 30% (三成五 35%), 百分之五 5%,
千分之五 and 5‰ 0.5%, 三千万元 30,000,000 yuan, 零点五个百分点 half a
point.  Before, ``>三成`` and ``>=百分之五`` were malformed numbers and 5‰ a
unit no fact has: they matched nothing, silently."""

from __future__ import annotations

import json

import pytest

from store import QueryError, parse_query
from tests.helpers_cli import factdesk


@pytest.mark.parametrize(("written", "plain"), [
    (">三成", ">30%"), (">三成五", ">35%"), (">3成", ">30%"), (">=百分之五", ">=5%"),
    (">=百分之五点五", ">=5.5%"), ("<千分之五", "<0.5%"), ("<5‰", "<0.5%"), (">三千万元", ">30000000元"),
    (">零点五个百分点", ">0.5pp"), ("money>五亿", "money>500000000"), ("三成..五成", "30%..50%"),
    (">十亿", ">1000000000"), (">-三成", ">-30%"), ("<负百分之五", "<-5%"),
])
def test_a_figure_written_in_chinese_filters_as_its_value(written: str, plain: str) -> None:
    assert parse_query(written).filters == parse_query(plain).filters


@pytest.mark.parametrize("query", [">一二", ">三四成", ">百分之五十以上", ">成"])
def test_what_is_no_number_is_a_one_line_error(query: str) -> None:
    with pytest.raises(QueryError) as err:
        parse_query(query)
    assert "\n" not in str(err.value) and query.lstrip("><=") in str(err.value)


@pytest.mark.parametrize("query", ["-六月", "-三成", "pub:山城 -六月", "-百分之五"])
def test_a_word_opening_with_a_chinese_numeral_after_a_minus_is_excluded_not_read_as_a_figure(query: str) -> None:
    parsed = parse_query(query)
    assert [t.text for t in parsed.exclude] == [query.split("-")[-1]] and not parsed.filters and not parsed.groups


@pytest.mark.parametrize(("query", "lo", "hi"), [("-三成..三成", -30.0, 30.0), ("-5..5", -5.0, 5.0)])
def test_a_range_opening_with_a_minus_is_still_a_signed_figure(query: str, lo: float, hi: float) -> None:
    (flt,) = parse_query(query).filters
    assert (flt.lo, flt.hi) == (lo, hi)


def test_the_command_finds_facts_by_figures_written_in_chinese(tmp_path) -> None:
    page = tmp_path / "report.txt"
    page.write_text("统计公报\n\n全市出口额同比增长三成五。居民收入增长百分之六。出生率为4‰。"
                    "新增就业人数增长2%。\n", encoding="utf-8")
    db = tmp_path / "s.json"
    assert factdesk(db, "ingest", str(page)).returncode == 0

    def surfaces(query: str) -> set[str]:
        proc = factdesk(db, "search", "--json", query)
        assert proc.returncode == 0, proc.stderr
        return {fact["surface"] for line in proc.stdout.decode().splitlines() for fact in json.loads(line)["facts"]}

    assert surfaces(">三成") == {"三成五"}
    assert surfaces(">=百分之五") == {"三成五", "百分之六"}
    assert surfaces("<千分之五") == {"4‰"}
    assert surfaces("百分之一..百分之三") == {"2%"}
