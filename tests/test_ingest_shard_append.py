"""Flushes that only add articles to a shard gather its blocks in a body
file, written out as the shard file once, at the commit, instead of
parsing and rewriting the whole shard on each flush: the file reads back
as the same tables the full rewrite gives, a large ingest flushed many
times stores every article and fact, and a failed one leaves no body."""

from __future__ import annotations

import json
from pathlib import Path

from store import open_store
from store.db import shard_frames, transaction
from store.db.shards import read_shard_file


def tables(n: int, start: int = 0, words: int = 30) -> dict[str, dict[str, dict]]:
    articles = {str(k): {"id": f"a{k}", "title": f"标题{k}", "body": "增长" * words + str(k)}
                for k in range(start, start + n)}
    facts = {str(k): {"article_id": f"a{k}", "facts": [{"id": f"a{k}:body:{i}", "value": k * i} for i in range(3)]}
             for k in range(start, start + n)}
    return {"articles": articles, "facts": facts}


def merged(*parts: dict) -> dict:
    out: dict[str, dict] = {}
    for part in parts:
        for name, records in part.items():
            out.setdefault(name, {}).update(records)
    return out


def gathered(tmp_path, start: dict | None, *parts: dict) -> bytes:
    path = tmp_path / "000.g1.json.zst"
    raw = shard_frames.encode(start) if start is not None else None
    body = shard_frames.ShardBody(tmp_path / "000.g1.json.zst.body", raw, path)
    for part in parts:
        body.add(part)
    return body.finish()


def test_gathered_shard_reads_back_as_the_rewritten_one(tmp_path):
    path = tmp_path / "000.g1.json.zst"
    first, second, third = tables(40), tables(25, start=40), tables(3, start=65, words=5000)
    whole = merged(first, second, third)
    for raw in (gathered(tmp_path, first, second, third), gathered(tmp_path, None, first, second, third)):
        shard = shard_frames.SeekableShard(raw, path)
        assert shard.to_dict() == shard_frames.SeekableShard(shard_frames.encode(whole), path).to_dict() == whole
        assert list(shard.get("articles")) == list(whole["articles"])  # the order records were added in
        assert all(shard.key_of(f"a{k}") == str(k) for k in range(68))


def test_small_additions_fill_blocks_rather_than_leave_many_small_ones(tmp_path):
    raw = gathered(tmp_path, None, *(tables(2, start=start) for start in range(0, 40, 2)))
    blocks = shard_frames.SeekableShard(raw, tmp_path / "x")._tables["facts"]._blocks
    assert len(blocks) == 1  # 40 small records: one block, as one encode would make


def archive(path: Path, n: int) -> Path:
    lines = [json.dumps({"title": f"第{i}期快报", "body": f"全市新增企业{100 + i}家，同比增长{i % 9}.5%。" * 3},
                        ensure_ascii=False) for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def store_tables(store) -> dict[str, dict]:
    """Every article and its facts, by article id (document keys differ
    between stores)."""
    return {doc["id"]: (store.article(doc["id"]), store.facts(doc["id"])) for doc in store.catalog()}


def test_an_ingest_flushed_many_times_stores_what_one_flush_stores(tmp_path, monkeypatch):
    source = archive(tmp_path / "feed.jsonl", 120)
    appended = []
    add = shard_frames.ShardBody.add

    def counting(self, new):
        appended.append(self.path)
        return add(self, new)

    monkeypatch.setattr(shard_frames.ShardBody, "add", counting)
    monkeypatch.setattr(transaction, "FLUSH_RECORDS", 7)
    many = open_store(tmp_path / "many" / "s.json", seed=False)
    many.ingest([source])
    assert len(appended) > len(set(appended))  # shards gathered over several flushes
    monkeypatch.setattr(transaction, "FLUSH_RECORDS", 100_000)
    once = open_store(tmp_path / "once" / "s.json", seed=False)
    once.ingest([source])
    assert len(store_tables(many)) == 120
    assert store_tables(open_store(many.path, seed=False)) == store_tables(once)
    assert many.check() == []


def test_a_flush_that_removes_or_edits_a_shard_rewrites_it(tmp_path, monkeypatch):
    store = open_store(tmp_path / "s.json", seed=False)
    source = archive(tmp_path / "feed.jsonl", 30)
    store.ingest([source])
    source.write_text(source.read_text(encoding="utf-8").replace("第3期", "第三期"), encoding="utf-8")
    monkeypatch.setattr(transaction, "FLUSH_RECORDS", 4)
    store.ingest([source])  # the changed file replaces its articles: removals in every shard it touched
    titles = sorted(doc["title"] for doc in store.catalog())
    assert len(titles) == 30 and "第三期快报" in titles and "第3期快报" not in titles
    for doc in store.catalog():
        assert store.article(doc["id"])["title"] == doc["title"]
    assert store.check() == []
    assert all(read_shard_file(p) for p in (store.dir / "shards").glob("*.zst"))


def test_a_failed_ingest_leaves_no_body_behind(tmp_path, monkeypatch):
    monkeypatch.setattr(transaction, "FLUSH_RECORDS", 5)
    store = open_store(tmp_path / "s.json", seed=False)
    lines = archive(tmp_path / "feed.jsonl", 40).read_text(encoding="utf-8").splitlines()
    (tmp_path / "feed.jsonl").write_text("\n".join(lines[:30] + ["[1, 2]"] + lines[30:]) + "\n", encoding="utf-8")
    (tmp_path / "good.jsonl").write_text("\n".join(lines[:12]) + "\n", encoding="utf-8")
    store.ingest([tmp_path / "good.jsonl"])
    files = sorted(p.name for p in (store.dir / "shards").iterdir())
    report = store.ingest([tmp_path / "feed.jsonl"])  # a line that is no object: the file is refused
    assert report.skipped and not list((store.dir / "shards").glob("*.body"))
    assert sorted(p.name for p in (store.dir / "shards").iterdir()) == files


def test_a_shard_body_holds_back_few_tiny_records_and_loses_none(tmp_path):
    """Tiny records fill a quarter block slowly: the last block is held back
    for the next flush only while it has few records, so a writer's memory
    does not grow with the number of tiny records; every record is read back."""
    from store.db.shard_frames import TAIL_RECORDS, SeekableShard, ShardBody

    body = ShardBody(tmp_path / "000.g1.json.zst.body")
    key = 0
    for _ in range(5):  # five flushes of 40 tiny records
        batch = {str(key + i): {"id": f"{key + i:016x}", "title": f"标题{i}", "body": "正文"} for i in range(40)}
        body.add({"articles": batch, "facts": {k: {"article_id": v["id"], "facts": []} for k, v in batch.items()}})
        key += 40
        assert all(len(tail) < TAIL_RECORDS for tail in body.tails.values())
    shard = SeekableShard(body.finish(), tmp_path / "000.g1.json.zst")
    assert [shard.get("articles")[str(k)]["id"] for k in range(key)] == [f"{k:016x}" for k in range(key)]
    assert len(shard.get("facts")) == key
