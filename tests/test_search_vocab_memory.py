"""The pinyin vocabulary's counts of title runs are held up to a bound and
spilled to disk in batches past it (titles are mostly runs of their own:
a million articles' would be a few hundred MB held until the vocabulary is
built); the vocabulary counted from the batches is the one counted whole,
words, counts and order."""

from __future__ import annotations

import json

import pytest

from store.search.pinyin import VocabRuns

PLACES = ["重庆", "长寿区", "渝中区", "成都", "北京市", "上海"]
THINGS = ["新能源汽车产量", "营业收入", "养老服务", "工业增加值", "社会消费品零售总额", "固定资产投资"]


def _articles(n: int):
    for i in range(n):
        place, thing = PLACES[i % len(PLACES)], THINGS[(i * 7) % len(THINGS)]
        # a run of its own in every title (as real titles mostly are), and shared ones
        title = f"{place}{thing}第{i}期{THINGS[i % 5][:2]}{PLACES[(i // 3) % 6]}调研{'公司' * (i % 3)}"
        facts = [{"subject": thing}, {"subject": f"{place}{thing}"}]
        yield {"title": title, "body": f"{place}今年{thing}增长{i % 9}%。", "sections": []}, facts


def _vocab(held: int, n: int = 600) -> tuple[str, int]:
    texts = VocabRuns()
    texts.STRONG_HELD = held
    most = 0
    for article, facts in _articles(n):
        texts.add_article(article, facts)
        most = max(most, len(texts.strong))
    return json.dumps(texts.vocab(None), ensure_ascii=False), most


@pytest.mark.parametrize("held", [7, 64, 251])
def test_the_vocabulary_counted_in_spilled_batches_is_the_one_counted_whole(held):
    whole, _ = _vocab(10**9)
    batched, most = _vocab(held)
    assert batched == whole
    assert most <= held


def test_past_the_bound_the_runs_held_stay_under_it():
    _, most = _vocab(50, n=2_000)
    assert most <= 50
