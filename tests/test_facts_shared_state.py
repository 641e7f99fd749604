"""Extraction keeps state across articles only in caches of pure readings: an article's facts
never depend on which articles were read before it, nor in what order."""

from __future__ import annotations

import json
import sys
from itertools import islice
from pathlib import Path
from typing import Any

import pytest

from store.facts import article_facts

BULK = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk"

# our own sentences, made to share words, periods, units and numerals with each other
ARTICLES = [
    {"id": "a", "date": "2025-07-15", "title": "上半年全市工业增加值增长6.1%",
     "body": "今年上半年，全市规模以上工业增加值同比增长6.1%，比一季度加快0.4个百分点。"
             "6月份，社会消费品零售总额一百十五亿元，同比下降2.3%。其中，汽车类零售额增长8%。"},
    {"id": "b", "date": "2024-01-20", "title": "去年出口额达3.5万亿元",
     "body": "2023年全年出口额达到3.5万亿元，比上年增长4.6%；进口额2.1万亿元，下降1.2%。"
             "12月末，人民币贷款余额二十三万亿元。截至1月18日，累计接待游客3,200万人次。"},
    {"id": "c", "date": "2025-03-02", "title": "",
     "body": "该公司2024年净利润-3.07亿元，营业收入12.5亿元，分别比2023年下降15%和8%。"
             "股价报收于26.30元/股，城乡居民收入比缩小到2.5：1。"},
]


def _clear_caches() -> None:
    """Forget every cached reading, as in a process that has read nothing yet."""
    for name, module in list(sys.modules.items()):
        if name.startswith("store.facts"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
    from store.facts import words

    words._LOGP.clear()


def _facts(articles: list[dict[str, Any]]) -> dict[str, str]:
    return {a["id"]: json.dumps(article_facts(dict(a)), ensure_ascii=False, sort_keys=True, default=str)
            for a in articles}


def test_an_article_gives_the_same_facts_in_either_order_and_after_the_caches_are_cleared() -> None:
    _clear_caches()
    forward = _facts(ARTICLES)
    again = _facts(ARTICLES)
    _clear_caches()
    backward = _facts(list(reversed(ARTICLES)))
    assert forward == again == backward
    assert all(json.loads(v) for v in forward.values())        # every article states figures


def test_reading_an_article_leaves_no_trace_in_the_next_one() -> None:
    alone = {}
    for a in ARTICLES:
        _clear_caches()
        alone.update(_facts([a]))
    _clear_caches()
    assert _facts(ARTICLES * 2) == alone


@pytest.mark.skipif(not BULK.is_dir(), reason=f"the bulk corpus is not at {BULK}")
def test_bulk_articles_give_the_same_facts_read_forwards_and_backwards() -> None:
    articles = []
    for path in sorted(BULK.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(islice(fh, 40)):
                record = json.loads(line)
                if isinstance(record, dict):
                    articles.append({**record, "id": f"{path.name}:{i}"})
    _clear_caches()
    forward = _facts(articles)
    _clear_caches()
    assert _facts(list(reversed(articles))) == forward


def test_the_word_probability_cache_stays_bounded_and_gives_the_same_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every article brings substrings never looked up before: an ingest worker's cache of
    them is emptied past its bound, and segmenting gives the same words with or without it."""
    from store.facts import words

    _clear_caches()
    texts = [f"第{i}批次全市规模以上工业增加值同比增长" for i in range(40)] + [a["body"] for a in ARTICLES]
    unbounded = [words.segment(t) for t in texts]
    _clear_caches()
    monkeypatch.setattr(words, "LOGP_CACHE_MAX", 50)
    bounded = [words.segment(t) for t in texts]
    assert bounded == unbounded
    assert len(words._LOGP) <= 50 + 1
    _clear_caches()
