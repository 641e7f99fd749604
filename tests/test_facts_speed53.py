"""The word cutter's dictionary, once a process builds it, holds each word's log probability
(store.facts.words._log_probabilities): the same words, the same cuts, as the counts it
replaces read one lookup at a time."""

from __future__ import annotations

import math
from importlib.util import find_spec
from pathlib import Path

import pytest

from store.facts import word_table, words

COUNTS = {"中国": "3000", "经济": "1200", "中国经济": "40", "增长": "900", "零次": "0", "长": "500", "中": "800"}


def test_each_word_gets_the_log_probability_its_count_gives() -> None:
    total = math.log(sum(int(c) for c in COUNTS.values()))
    probs = _probabilities(total)
    assert probs.keys() == COUNTS.keys()          # `in` answers as the counts did
    assert probs["中国"] == math.log(3000) - total
    assert probs["中国经济"] == math.log(40) - total
    assert all(p < 1.0 for w, p in probs.items() if w != "零次")


def test_a_word_counted_zero_times_reads_as_no_word() -> None:
    assert _probabilities(10.0)["零次"] == 1.0


CUTS = {"全市规模以上工业增加值同比增长": ("全市", "规模", "以上", "工业", "增加值", "同比", "增长"),
        "新书包给学生": ("新", "书包", "给", "学生"),            # the most probable route, not the greedy 新书|包
        "以色列总理表示": ("以色列", "总理", "表示"),
        "中国经济运行总体平稳": ("中国", "经济运行", "总体", "平稳")}


def test_segmenting_gives_the_same_words_from_the_table_and_from_the_built_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process first reads the sorted table, one cached lookup at a time, and after enough
    lookups the dict of log probabilities: the two cut every text alike."""
    words._dictionary()                                   # the tags and the total, read once
    path = Path(find_spec("jieba").origin).parent / "dict.txt"
    word_table.word_counts(path, words._CLAUSE_TAGS | words._FRAME_TAGS)       # (writes the cache if missing)
    table, _, _ = word_table.word_counts(path, words._CLAUSE_TAGS | words._FRAME_TAGS)
    assert isinstance(table, word_table.WordCounts)
    monkeypatch.setattr(words, "_FREQ", table)
    monkeypatch.setattr(words, "_LOGP", {})
    via_table = {t: words.segment.__wrapped__(t) for t in CUTS}
    assert type(words._FREQ) is word_table.WordCounts
    for _ in range(word_table.LOOKUPS_BEFORE_DICT + 1):   # past it the table builds the dict
        table.get("不是词")
    assert type(words._dictionary()) is dict
    assert via_table == {t: words.segment.__wrapped__(t) for t in CUTS} == CUTS
    assert [words.is_word(w) for w in ("以色列", "色列", "中国")] == [True, False, True]
    assert "色列" not in words._dictionary() and "以色列" in words._dictionary()


def _probabilities(total: float) -> dict[str, float]:
    saved = words._LOG_TOTAL
    words._LOG_TOTAL = total
    try:
        return words._log_probabilities(COUNTS)
    finally:
        words._LOG_TOTAL = saved
