"""Ingest memory is bounded by the number of pending articles as well as their
text: many tiny articles are written out in batches of at most FLUSH_RECORDS,
and none is lost across the batches."""

from __future__ import annotations

import json

import pytest

from store import open_store
from store.db import transaction


@pytest.fixture
def pending_at_flush(monkeypatch) -> list[int]:
    """How many articles were pending each time the transaction flushed."""
    seen: list[int] = []
    flush = transaction.Transaction.flush

    def recording_flush(self) -> None:
        seen.append(self.pending_records)
        flush(self)

    monkeypatch.setattr(transaction.Transaction, "flush", recording_flush)
    return seen


def tiny_articles(path, n: int):
    lines = [json.dumps({"title": f"标题{i}", "body": f"正文{i:08d}"}, ensure_ascii=False) for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_tiny_articles_are_flushed_after_flush_records_whatever_their_text(tmp_path, monkeypatch, pending_at_flush):
    monkeypatch.setattr(transaction, "FLUSH_CHARS", 10_000_000)  # the text alone never triggers a flush
    monkeypatch.setattr(transaction, "FLUSH_RECORDS", 7)
    store = open_store(tmp_path / "s.json")
    report = store.ingest_paths([tiny_articles(tmp_path / "tiny.jsonl", 30)])
    assert report.added == 30
    assert max(pending_at_flush) <= 7
    assert pending_at_flush.count(7) == 30 // 7


def test_no_article_is_lost_across_record_count_flushes(tmp_path, monkeypatch):
    monkeypatch.setattr(transaction, "FLUSH_RECORDS", 5)
    store = open_store(tmp_path / "s.json")
    before = store.counts()["articles"]
    store.ingest_paths([tiny_articles(tmp_path / "tiny.jsonl", 23)])
    again = open_store(tmp_path / "s.json")
    assert again.counts()["articles"] == before + 23
    titles = {again.article(d["id"])["title"] for d in again.catalog()}
    assert {f"标题{i}" for i in range(23)} <= titles


# ---------------------------------------------------------------- extraction on several processes


def numbered_articles(n: int, crash_at: int | None = None):
    from store.ingest.jsonl import parse_json_record

    for i in range(n):
        title = "CRASH" if i == crash_at else f"第{i}条"
        yield parse_json_record({"title": title, "body": f"全市新增企业{i + 1}家，增长{i % 9}.5%。"}, "f.jsonl", i, "0")


@pytest.fixture
def small_batches(monkeypatch):
    from store.ingest import extraction

    monkeypatch.setattr(extraction, "POOL_MIN_ARTICLES", 0)
    monkeypatch.setattr(extraction, "BATCH_RECORDS", 3)
    monkeypatch.setattr(extraction, "BUDGET_RECORDS", 7)
    return extraction


def test_two_processes_find_the_same_facts_in_the_same_order_as_one(small_batches):
    with small_batches.Extractor(2) as two:
        pooled = [(a["title"], facts) for a, facts in two.outcomes(numbered_articles(20), 20)]
    inline = [(a["title"], facts) for a, facts in small_batches.Extractor(1).outcomes(numbered_articles(20), 20)]
    assert pooled == inline
    assert all(facts for _, facts in pooled)


def test_a_large_file_lets_its_workers_go_once_its_facts_are_extracted(small_batches, monkeypatch):
    monkeypatch.setattr(small_batches, "RELEASE_AFTER_ARTICLES", 20)
    with small_batches.Extractor(2) as pool:
        stream = pool.outcomes(numbered_articles(20), 20)
        first = [next(stream) for _ in range(19)]
        assert pool._pool is not None  # still extracting
        first += list(stream)
        assert pool._pool is None      # gone before the commit that follows
        again = list(pool.outcomes(numbered_articles(20), 19))  # a smaller next file keeps its workers
        assert pool._pool is not None
    assert [facts for _, facts in again] == [facts for _, facts in first] != []


def test_articles_in_flight_stay_within_the_budget(small_batches):
    pulled = 0

    def counting():
        nonlocal pulled
        for article in numbered_articles(40):
            pulled += 1
            yield article

    most_ahead = 0
    with small_batches.Extractor(2) as pool:
        for done, _ in enumerate(pool.outcomes(counting(), 40), 1):
            most_ahead = max(most_ahead, pulled - done)
    # Read ahead at most the budget plus the batch being filled.
    assert most_ahead <= small_batches.BUDGET_RECORDS + small_batches.BATCH_RECORDS


def test_a_record_that_kills_its_worker_is_one_reason_and_the_rest_go_on(small_batches, monkeypatch):
    import os

    real = small_batches.facts_of

    def dies_on_crash(article):
        if article["title"] == "CRASH":
            os._exit(1)
        return real(article)

    monkeypatch.setattr(small_batches, "facts_of", dies_on_crash)
    monkeypatch.setattr(small_batches.Extractor, "start_method", "fork")  # the workers see the patched extractor
    with small_batches.Extractor(2) as pool:
        outcomes = list(pool.outcomes(numbered_articles(12, crash_at=5), 12))
    assert [a["title"] for a, _ in outcomes] == [a["title"] for a in numbered_articles(12, crash_at=5)]
    reasons = [o for _, o in outcomes if isinstance(o, str)]
    assert reasons == ["facts could not be extracted (the extracting process died)"]
    assert all(o for a, o in outcomes if a["title"] != "CRASH")


def test_ingest_with_two_jobs_stores_what_one_job_stores(tmp_path, monkeypatch):
    from store.ingest import extraction

    monkeypatch.setattr(extraction, "POOL_MIN_ARTICLES", 0)
    feed = tiny_articles(tmp_path / "tiny.jsonl", 50)
    one, two = open_store(tmp_path / "1.json", seed=False), open_store(tmp_path / "2.json", seed=False)
    from store.ingest.pipeline import ingest_paths

    assert ingest_paths(one, [feed], jobs=1, build_index=False).added == 50
    assert ingest_paths(two, [feed], jobs=2, build_index=False).added == 50
    assert [e["title"] for e in one.catalog()] == [e["title"] for e in two.catalog()]
    assert one.facts() == two.facts()


# ---------------------------------------------------------------- what the commit holds


@pytest.mark.parametrize("name, text", [
    ("tiny.jsonl", "\n".join(json.dumps({"title": f"标题{i}", "body": f"产值增长{i}%"}, ensure_ascii=False)
                             for i in range(20)) + "\n"),
    ("page.txt", "本地新闻\n\n今年产值增长5%。\n"),
])
def test_the_commit_does_not_hold_the_text_of_the_file_it_stores(tmp_path, monkeypatch, name, text):
    """A file smaller than the streaming bound is read whole: once its
    articles are stored, its text (tens of MB as a str) is let go before the
    commit builds the catalog and the index."""
    import gc

    from store.ingest.sources import Source

    held: list[str] = []
    commit = transaction.Transaction.commit

    def looking_commit(self) -> None:
        gc.collect()
        held.extend(o.text for o in gc.get_objects() if type(o) is Source and o.text)
        commit(self)

    monkeypatch.setattr(transaction.Transaction, "commit", looking_commit)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    store = open_store(tmp_path / "s.json", seed=False)
    assert store.ingest_paths([path]).added >= 1
    assert held == []
