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
