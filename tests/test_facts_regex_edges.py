"""The cheap tests put in front of costly patterns never change what the patterns find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from store.facts import subject_rules as S
from store.facts.dates import _DATE_RE, _DAY_RANGE_RE, _MONTH_REACH
from store.facts.regex_edges import (
    cannot_end,
    finditer_from,
    finditer_near,
    first_class,
    last_class,
)
from store.facts.shapes import _COLON_MARK_RE, _COLON_RE, _before_colon

# small alphabets that make the patterns' words, their neighbours and the digits meet often
_SUBJECT_ALPHABET = "比较与同期增长下降了为是达到约在对将由从，、：“” \n\x00\x01高低多少亿元的实现累计"
_DATE_ALPHABET = "0123456789一二三十〇零年月日号至到-— ."


def test_begin_and_end_classes_are_read_off_the_pattern() -> None:
    first = first_class(re.compile(r"(?<!所)有|在|\s"))
    assert first is not None and first.match("有") and first.match("在") and first.match("\t")
    assert first.match("所") is None
    last = last_class(re.compile(r"(?:比(?=增长)|同比|了)+$"))
    assert last is not None and last.match("比") and last.match("了")
    assert last.match("长") is None          # a lookahead needing text cannot end a match at the end


def test_patterns_that_can_match_nothing_or_anything_get_no_class() -> None:
    assert first_class(re.compile(r"a*")) is None
    assert first_class(re.compile(r"[^a]b")) is None
    assert last_class(re.compile(r"a.$")) is None


def test_a_final_newline_is_always_searched_in_full() -> None:
    last = last_class(re.compile(r"了$"))
    assert not cannot_end(last, "增长了\n")      # `$` matches before a final newline
    assert cannot_end(last, "增长")
    assert not cannot_end(last, "增长了")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_SUBJECT_ALPHABET, max_size=40))
def test_the_subject_patterns_find_the_same_with_their_classes(s: str) -> None:
    for rx in (S.BREAK_WORD_RE, S.CUT_WORD_RE):
        expected = [m.span() for m in rx.finditer(s, 0, len(s))]
        assert [m.span() for m in finditer_from(rx, first_class(rx), s, 0, len(s))] == expected
    if cannot_end(last_class(S.SUBJECT_TRAIL_RE), s):
        assert S.SUBJECT_TRAIL_RE.search(s) is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_DATE_ALPHABET, max_size=50))
def test_dates_found_near_their_month_are_every_date(s: str) -> None:
    for rx in (_DATE_RE, _DAY_RANGE_RE):
        assert [m.span() for m in finditer_near(rx, s, "月", _MONTH_REACH)] == [m.span() for m in rx.finditer(s)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789.:： \n一a", max_size=40))
def test_ratios_found_at_their_colons_are_every_ratio(s: str) -> None:
    assert ([m.span() for m in finditer_near(_COLON_RE, s, _COLON_MARK_RE, _before_colon)]
            == [m.span() for m in _COLON_RE.finditer(s)])
