"""Optional parts as alternations: a pattern's optional part wider than one character
(``(?:(\\d{4})年)?``) is compiled as an alternation with an empty branch, which sre runs
without the general repeat's bookkeeping, and the pattern finds exactly what it found before:
the same matches, groups and last group, at every position, greedy and lazy alike."""

from __future__ import annotations

import re

import pytest

from store.facts.compiled_patterns import PatternCache

TEXTS = [
    "2024年3月15日，今年前三季度利润同比增长4.5%，较上月加快1.2个百分点。",
    "去年的上半年 2023年度第二季度 今年三月底 12月30日至1月2日 截至6月末",
    "比去年同期高出3倍，较上年下降了，与一年前同月比较 增长 增长率",
    "年年年 的的 3年 年3 月份份",
    "",
]

OPTIONAL = [
    (r"(?:(\d{4})年)?(\d{1,2})月", "a year before a month"),
    (r"(?:(?P<y>\d{4})年|(?P<r>今年|去年))?(?:的)?(?P<h>[上下]半年|第[一二三四]季度)", "a prefix holding groups and an alternation"),
    (r"(?:(\d{4})年)??(\d{1,2})月", "lazy: nothing first"),
    (r"(?=\d)(?:(\d+)(?:\.(\d+))?)(?:万|亿)?(?:元)?", "optional parts after a quick test, one nested"),
    (r"(?:较|比)(?=(?:上年)?同期)", "inside a lookahead"),
    (r"(?:增长|下降)(?:了)?(?:(\d+(?:\.\d+)?)%)?", "an optional group at the end"),
    (r"(?:(年)(年)?)?年", "optional parts inside optional parts"),
    (r"(?:(a)|b)?c", "groups in the alternatives of an optional part"),
]


def _programmed(pattern: str) -> re.Pattern[str]:
    cache = PatternCache({})
    compiled = cache.compile(pattern)
    assert PatternCache(dict(cache.programs)).compile(pattern) == compiled   # and from the cache file
    return compiled


def _found(m: re.Match[str] | None) -> object:
    return m and (m.span(), m.groups(), m.lastindex)


@pytest.mark.parametrize("pattern,holds", OPTIONAL)
def test_a_pattern_with_optional_parts_finds_the_same_matches(pattern, holds):
    plain, fast = re.compile(pattern), _programmed(pattern)
    for text in TEXTS + ["abc bc c ac", "较同期 比上年同期 较上年"]:
        for pos in range(len(text) + 1):
            assert [_found(m) for m in fast.finditer(text, pos)] == [_found(m) for m in plain.finditer(text, pos)], holds
            for name in ("match", "search", "fullmatch"):
                assert _found(getattr(fast, name)(text, pos)) == _found(getattr(plain, name)(text, pos)), holds
        assert fast.sub("#", text) == plain.sub("#", text)


def test_an_optional_part_of_several_characters_is_compiled_as_an_alternation():
    # the program differs from re.compile's (which opens with a literal, so has no first-character
    # set to add): no repeat for the month after the year
    assert _programmed(r"年(?:(\d{1,2})月)?") != re.compile(r"年(?:(\d{1,2})月)?")
    # an optional single character stays the compiler's one-character repeat
    assert _programmed(r"增长了?") == re.compile(r"增长了?")
