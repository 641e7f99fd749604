"""First-character sets: a pattern Python's compiler leaves without one (it opens with a
lookahead, a lookbehind, a repeat or an alternation of classes) is given the set of
characters its matches can begin with, and finds exactly the matches it found before."""

from __future__ import annotations

import re

import pytest

from store.facts.compiled_patterns import PatternCache

TEXTS = [
    "今年前三季度，全国规模以上工业企业利润同比增长4.5%，较上月加快1.2个百分点。",
    "比去年同期高出3倍，较上年下降了，与一年前同月比较",
    "1-5月 2,345.6亿元 三十万 负增长 第二季度 12月30日至1月2日",
    "",
    "abc 5G M9 Au0810 (含)",
]

# (pattern, what it opens with)
GIVEN_A_SET = [
    (r"(?=[\d一二三四五六七八九十])(?:\d+(?:\.\d+)?|[一二三四五六七八九十]+)(?:万|亿)?", "a quick test"),
    (r"(?<![\d.])(?:\d{1,2}|[一二三四五六七八九十]{1,3})月", "a lookbehind"),
    (r"(?:比|较|与|同比|增长了?|下降了?|[，、\s])+$", "a repeat, anchored at the end"),
    (r"(?:[上下]半年|第[一二三四]季度|\d+月份?)", "an alternation of classes and literals"),
    (r"(?=\S)(?:相比)?的?(?:增幅|降幅)?\s?(?:为|是)", "a test, then optional parts"),
]
KEPT_AS_COMPILED = [
    (r"(?:.{0,3})增长", "any character"),
    (r"(?:[^，。]{1,4})增长", "a negated class"),
    (r"(?i:abc|x)\d", "a case-insensitive part"),
    (r"(?:增长)*", "a pattern that can match empty"),
    (r"\b\d+", "a word boundary"),
]


def _programmed(pattern: str) -> re.Pattern[str]:
    cache = PatternCache({})
    compiled = cache.compile(pattern)
    again = PatternCache(dict(cache.programs)).compile(pattern)   # and from the cache file
    assert again == compiled
    return compiled


@pytest.mark.parametrize("pattern,opens_with", GIVEN_A_SET)
def test_a_pattern_without_a_set_gets_one_and_finds_the_same_matches(pattern, opens_with):
    plain, fast = re.compile(pattern), _programmed(pattern)
    assert fast != plain, opens_with                 # the program differs: it holds the set
    for text in TEXTS:
        for pos in range(len(text) + 1):
            assert [(m.span(), m.groups()) for m in fast.finditer(text, pos)] == \
                   [(m.span(), m.groups()) for m in plain.finditer(text, pos)]
            assert fast.sub("", text[pos:]) == plain.sub("", text[pos:])
            for a, b in ((fast.match(text, pos), plain.match(text, pos)),
                         (fast.search(text, pos), plain.search(text, pos))):
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize("pattern,opens_with", KEPT_AS_COMPILED)
def test_a_pattern_whose_first_characters_are_not_read_keeps_its_program(pattern, opens_with):
    assert _programmed(pattern) == re.compile(pattern), opens_with


def test_a_pattern_the_compiler_gives_a_set_or_a_prefix_keeps_its_program():
    for pattern in (r"[一二三]月", r"同比(增长|下降)", r"(?:增长|下降)\d+%"):
        assert _programmed(pattern) == re.compile(pattern)


# a set the compiler made with a category in it (\d, \s, \w): rebuilt without the category
CATEGORY_SETS = [
    r"[\d一二三四五六七八九十]+(?:万|亿)?元",
    r"\d+(?:\.\d+)?%",
    r"[\s，]+同比",
    r"[\w、]{2}增长",
    r"[\D]{2}增长",
]
# digits beyond ASCII: full-width, Arabic-Indic, and one beyond the Basic Multilingual Plane
OTHER_DIGITS = ["１２万元 ٣٤亿元 \U0001d7d9\U0001d7da% 七十万元", " 　同比 \t同比", "_增长 a增长 ж增长"]


@pytest.mark.parametrize("pattern", CATEGORY_SETS)
def test_a_compiler_set_with_a_category_is_rebuilt_and_finds_the_same_matches(pattern):
    plain, fast = re.compile(pattern), _programmed(pattern)
    assert fast != plain                             # the set is one bitmap now, no category test
    for text in TEXTS + OTHER_DIGITS:
        for pos in range(len(text) + 1):
            assert [(m.span(), m.groups()) for m in fast.finditer(text, pos)] == \
                   [(m.span(), m.groups()) for m in plain.finditer(text, pos)]
