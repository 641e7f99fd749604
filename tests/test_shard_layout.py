"""Shard files in the seekable layout: one article's facts are read without
the rest of the shard, files of earlier layouts stay readable and move to
the new layout when next written (or on ``check --fix``), and a damaged
block is told, named and left as it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store import CorruptStoreError, open_store
from store.db.shard_frames import BLOCK_BYTES, MAGIC, SeekableShard
from store.db.shards import (
    encode_shard,
    is_earlier_layout,
    open_shard_file,
    read_shard_file,
    shard_articles,
    shard_sum,
)
from store.db.storage import dumps, pack
from store.paths import sidecar_dir

PAGE = "# 测试标题\n\n全市新增企业1200余家，同比增长5.7%。\n\n本报记者 张三\n"


def _shard_data(n: int) -> dict:
    """A shard of n articles, each with a few facts (long enough that the
    facts fill several blocks)."""
    articles, facts = {}, {}
    for i in range(n):
        aid = f"{i:016x}"
        articles[str(i + 1)] = {"id": aid, "title": f"标题{i}", "body": "正文" * 200}
        facts[str(i + 1)] = {"article_id": aid, "facts": [
            {"id": f"{aid}:body:{j}", "article_id": aid, "surface": f"{j}万元", "clause": "增长" * 100}
            for j in range(5)]}
    return {"articles": articles, "facts": facts}


def _live_shards(db: Path) -> dict[str, Path]:
    meta = json.loads(db.read_bytes())["_meta"]["1"]
    return {key: sidecar_dir(db) / "shards" / name for key, name in meta["shards"].items()}


def _as_earlier_layout(db: Path, plain: bool = False) -> None:
    """Rewrite every live shard file as an earlier version wrote it (one
    zstd frame of the whole shard's JSON, or plain JSON), its checksum
    recorded as that version did."""
    main = json.loads(db.read_bytes())
    meta = main["_meta"]["1"]
    for key, path in _live_shards(db).items():
        data = read_shard_file(path)
        raw = dumps(data) if plain else pack(data)
        path.write_bytes(raw)
        meta["shard_sums"][key] = shard_sum(raw)
    db.write_bytes(dumps(main))


def _everything(store) -> list:
    return [(store.article(e["id"]), store.facts(e["id"])) for e in store.catalog()]


def test_a_written_shard_reads_back_exactly_and_one_article_decodes_one_block(tmp_path):
    data = _shard_data(60)
    data["facts"]["7"]["facts"][0]["value"] = 10 ** 30  # beyond 64 bits: kept exact
    path = tmp_path / "000.g1.json.zst"
    path.write_bytes(encode_shard(data))
    assert path.read_bytes()[:len(MAGIC)] == MAGIC and not is_earlier_layout(path)
    assert read_shard_file(path) == data
    assert read_shard_file(path)["facts"]["7"]["facts"][0]["value"] == 10 ** 30

    shard = open_shard_file(path, shard_sum(path.read_bytes()))
    assert isinstance(shard, SeekableShard)
    facts = shard.get("facts", {})
    assert len(facts._blocks) > 3  # the test needs several blocks
    key = shard.key_of(data["articles"]["42"]["id"])
    assert key == "42"
    assert facts.get(key) == data["facts"]["42"]
    assert len(facts._decoded) == 1  # only the block holding article 42's facts
    assert shard.get("articles", {})._decoded == {}
    assert shard.key_of("not-stored") is None and facts.get("999") is None


def test_blocks_hold_several_records_each(tmp_path):
    path = tmp_path / "s.json.zst"
    path.write_bytes(encode_shard(_shard_data(60)))
    facts = open_shard_file(path).get("facts", {})
    sizes = [len(block[2]) for block in facts._blocks]
    assert sum(sizes) == 60 and max(sizes) > 1
    assert all(len(dumps(_shard_data(60)["facts"]["1"])) * (n - 1) < BLOCK_BYTES["facts"] for n in sizes)


def test_shard_articles_yields_each_article_with_its_facts_in_both_layouts(tmp_path):
    data = _shard_data(30)
    expected = [(key, data["articles"][key], data["facts"][key]["facts"]) for key in data["articles"]]
    for raw in (encode_shard(data), pack(data), dumps(data)):
        path = tmp_path / "s.json.zst"
        path.write_bytes(raw)
        assert list(shard_articles(path, shard_sum(raw))) == expected


def test_a_damaged_block_is_named_and_the_file_left_as_it_is(tmp_path):
    data = _shard_data(60)
    path = tmp_path / "003.g2.json.zst"
    raw = bytearray(encode_shard(data))
    path.write_bytes(bytes(raw))
    facts = open_shard_file(path).get("facts", {})
    offset, length, keys = facts._blocks[2]
    raw[facts._start + offset + length // 2] ^= 0xFF
    path.write_bytes(bytes(raw))
    # Without the main file's checksum (as a copy reading one file would): the
    # block's own checksum tells it; the other blocks still read.
    shard = open_shard_file(path)
    with pytest.raises(CorruptStoreError, match=r"003\.g2\.json\.zst.*damaged.*block 2 of facts"):
        shard.get("facts", {}).get(keys[0])
    assert shard.get("facts", {}).get("1") == data["facts"]["1"]
    # With it, the whole file is refused before any block is read.
    with pytest.raises(CorruptStoreError, match="checksum differs"):
        open_shard_file(path, shard_sum(encode_shard(data)))
    assert path.read_bytes() == bytes(raw)


def test_a_damaged_block_in_a_store_is_reported_by_search_and_check_and_kept(seeded):
    seeded.search_index()
    aid = seeded.catalog()[0]["id"]
    path = next(p for p in _live_shards(seeded.path).values() if aid in str(read_shard_file(p)))
    raw = bytearray(path.read_bytes())
    raw[-5] ^= 0xFF  # inside the last block
    path.write_bytes(bytes(raw))
    store = open_store(seeded.path)
    with pytest.raises(CorruptStoreError, match=path.name):
        store.article(aid)
    assert any(path.name in problem for problem in store.check())
    assert path.read_bytes() == bytes(raw)


@pytest.mark.parametrize("plain", [False, True], ids=["compressed-json", "plain-json"])
def test_earlier_layouts_read_the_same_and_move_to_the_new_one_when_written(seeded, tmp_path, plain):
    seeded.search_index()
    before = _everything(seeded)
    hits = seeded.search("重庆", limit=10)["results"]
    _as_earlier_layout(seeded.path, plain)
    old = open_store(seeded.path)
    assert _everything(old) == before
    assert [(h["article_id"], h["facts"]) for h in old.search("重庆", limit=10)["results"]] == \
        [(h["article_id"], h["facts"]) for h in hits]
    assert old.check() == []
    assert all(is_earlier_layout(p) for p in _live_shards(seeded.path).values())

    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    old.ingest_paths([tmp_path / "a.txt"])  # touches one shard: that one is rewritten
    layouts = {key: is_earlier_layout(p) for key, p in _live_shards(seeded.path).items()}
    assert sorted(layouts.values()) == [False] + [True] * (len(layouts) - 1)

    after_ingest = _everything(open_store(seeded.path))
    assert old.check(fix=True) == []  # and check --fix rewrites the rest
    assert not any(is_earlier_layout(p) for p in _live_shards(seeded.path).values())
    fixed = open_store(seeded.path)
    assert _everything(fixed) == after_ingest
    assert fixed.check() == []
    assert old.check(fix=True) == [] and not any(is_earlier_layout(p) for p in _live_shards(seeded.path).values())
