"""What a writer holds per article until its commit is a few bytes, not
the article's catalog row: memory stays flat in the number of records
(what is held grows by less than a string's worth per record), and the
rows spooled to disk come back whole in the catalog."""

from __future__ import annotations

import gc
import hashlib
import tracemalloc

import pytest

from store import open_store
from store.db import row_spool, shard_frames, transaction
from store.db.row_spool import CompactIds
from store.records import SourceHeader

PER_RECORD_BYTES = 64  # a 16-digit id alone is a 65-byte string


def _article(i: int) -> dict:
    aid = hashlib.sha1(f"tiny{i}".encode()).hexdigest()[:16]
    ref = {"file": "tiny.jsonl", "sha256": "0" * 64}
    return {"id": aid, "title": f"第{i}号简讯", "body": f"编号{i}的产值增长{i % 97}%。", "date": "2024-01-02",
            "publication": None, "order": i, "source": ref, "sources": [ref], "sections": []}


@pytest.fixture
def small_bounds(monkeypatch):
    """The writer's fixed bounds made small, so that a few thousand records
    are well past them."""
    monkeypatch.setattr(row_spool, "CHUNK_ROWS", 128)
    monkeypatch.setattr(CompactIds, "MANY", 256)
    monkeypatch.setattr(transaction, "FLUSH_RECORDS", 256)
    monkeypatch.setattr(shard_frames, "BLOCK_BYTES", {"facts": 1024, "articles": 2048})


class _Discard(Exception):
    """Ends a transaction without its commit."""


def _held(tmp_path, n: int, *, commit: bool = False) -> int:
    """Bytes the transaction holds once it has taken ``n`` records."""
    store = open_store(tmp_path / f"s{n}" / "factdesk.json", seed=False)
    measured: dict[str, int] = {}

    def records():
        for i in range(n):
            yield _article(i), []
        gc.collect()
        measured["end"] = tracemalloc.get_traced_memory()[0]

    try:
        with store.writing() as tx:
            gc.collect()
            tracemalloc.start()
            try:
                start = tracemalloc.get_traced_memory()[0]
                tx.put_source(SourceHeader("tiny.jsonl", "0" * 64), records())
            finally:
                tracemalloc.stop()
            if not commit:
                raise _Discard
    except _Discard:
        pass
    return measured["end"] - start


def test_what_the_writer_holds_does_not_grow_with_the_number_of_records(tmp_path, small_bounds):
    # Multiples of the bounds, so that both end with nothing pending.
    small, large = _held(tmp_path, 1_536), _held(tmp_path, 6_144)
    assert (large - small) / (6_144 - 1_536) < PER_RECORD_BYTES


def test_spooled_rows_come_back_whole_in_the_catalog(tmp_path, small_bounds):
    _held(tmp_path, 1_000, commit=True)
    store = open_store(tmp_path / "s1000" / "factdesk.json", seed=False)
    entries = store.catalog()
    assert [e["id"] for e in entries] == [_article(i)["id"] for i in range(1_000)]
    assert [e["title"] for e in entries[:3]] == ["第0号简讯", "第1号简讯", "第2号简讯"]
    assert store.counts()["articles"] == 1_000
    assert store.article(entries[-1]["id"])["body"] == _article(999)["body"]


def test_a_set_of_ids_kept_as_numbers_answers_as_a_set(small_bounds):
    values = [hashlib.sha1(str(i).encode()).hexdigest()[:16] for i in range(1_000)] + ["not-hex", "ABCDEF0123456789"]
    ids = CompactIds(values + values[:100])
    assert len(ids) == len(values) and set(ids) == set(values)
    assert all(v in ids for v in values) and "0000000000000000" not in ids


def test_a_spooled_document_reads_back_and_writes_every_row_in_order(tmp_path, small_bounds):
    from store.db.catalog_segment import HEX16, JSON, ColumnDoc, SegmentFile

    spool = row_spool.RowSpool(tmp_path, {"file": "a.jsonl", "key": "a.jsonl"})
    rows = [_article(i) for i in range(300)]
    for i, article in enumerate(rows):
        key = "not-a-hex-key" if i == 250 else article["id"][::-1]
        spool.add_row(ids=article["id"], titles=article["title"], dates=article["date"], publications=None,
                      n_facts=i % 3, n_chars=len(article["body"]), docs=i + 1, shards=i % 256, keys=key)
        if i == 200:
            assert spool["ids"] == [a["id"] for a in rows[:201]]  # read back mid-way
    frames = {name: spool.column_frames(name) for name in spool if name not in spool.fields}
    assert frames["ids"][1] == HEX16 and frames["keys"][1] == JSON
    raw = b"".join(frame for frame, _ in frames.values())
    columns, offset = {}, 0
    for name, (frame, encoding) in frames.items():
        columns[name] = [offset, len(frame), encoding]
        offset += len(frame)
    doc = ColumnDoc(SegmentFile(raw, 0, tmp_path / "segment"),
                    {"fields": spool.fields, "rows": 300, "facts": spool.facts, "columns": columns})
    assert doc["ids"] == [a["id"] for a in rows]
    assert doc["titles"] == [a["title"] for a in rows]
    assert doc["keys"][250] == "not-a-hex-key" and doc["docs"] == list(range(1, 301))
    spool.close()
