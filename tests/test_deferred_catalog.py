"""A store opened with its catalog deferred (as ``factdesk search`` opens it)
reads the catalog log only when a catalog row is needed, gives the same
answers as one opened whole, and moves to the newer state whole when a
writer removed the segments it would have read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store import CorruptStoreError, open_store
from store.db import catalog_log
from store.paths import sidecar_dir
from tests.helpers_cli import factdesk

PAGE = "# 测试标题\n\n全市新增企业1200余家，同比增长5.7%。\n\n本报记者 张三\n"


def _segments(db: Path) -> list[Path]:
    return sorted((sidecar_dir(db) / catalog_log.CATALOG_DIR).glob("c*.json.zst"))


def _page(tmp_path: Path, name: str, title: str) -> Path:
    path = tmp_path / name
    path.write_text(PAGE.replace("测试标题", title), encoding="utf-8")
    return path


def test_a_search_reads_no_catalog_segment_and_answers_as_a_whole_open(seeded, monkeypatch):
    seeded.search_index()
    whole = open_store(seeded.path).search("重庆", limit=10)
    read: list[str] = []
    real = catalog_log.read_segment
    monkeypatch.setattr(catalog_log, "read_segment", lambda path, entry: read.append(path.name) or real(path, entry))
    deferred = open_store(seeded.path, defer_catalog=True)
    result = deferred.search("重庆", limit=10)
    assert read == []
    assert [(h["article_id"], h["title"], h["facts"]) for h in result["results"]] == \
        [(h["article_id"], h["title"], h["facts"]) for h in whole["results"]]
    assert deferred.catalog() == seeded.catalog() and read  # read when first needed
    assert deferred.counts() == seeded.counts()


@pytest.mark.parametrize("damage", ["garbled", "missing"])
def test_a_damaged_or_missing_segment_is_still_refused_at_open(seeded, damage):
    segment = _segments(seeded.path)[-1]
    raw = bytearray(segment.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    segment.write_bytes(bytes(raw)) if damage == "garbled" else segment.unlink()
    with pytest.raises(CorruptStoreError, match="catalog segment") as deferred:
        open_store(seeded.path, defer_catalog=True)
    with pytest.raises(CorruptStoreError) as whole:
        open_store(seeded.path)
    assert str(deferred.value) == str(whole.value)
    assert damage == "missing" or segment.read_bytes() == bytes(raw)


def test_segments_removed_before_the_first_use_move_the_reader_to_the_newer_state(seeded, tmp_path, monkeypatch):
    deferred = open_store(seeded.path, defer_catalog=True)
    first = {p.name for p in _segments(seeded.path)}
    monkeypatch.setattr(catalog_log, "COMPACT_SEGMENTS", 1)  # every commit writes a new base segment
    writer = open_store(seeded.path)
    writer.ingest_paths([_page(tmp_path, "a.txt", "甲标题")], build_index=False)
    writer.ingest_paths([_page(tmp_path, "b.txt", "乙标题")], build_index=False)
    assert not first & {p.name for p in _segments(seeded.path)}  # what the reader would have read is gone
    assert [e["id"] for e in deferred.catalog()] == [e["id"] for e in writer.catalog()]
    assert deferred.meta["generation"] == writer.meta["generation"]
    assert {e["title"] for e in deferred.catalog()} >= {"甲标题", "乙标题"}


def test_the_search_command_answers_with_the_articles_facts(tmp_path):
    db = tmp_path / "s.json"
    assert factdesk(db, "seed").returncode == 0
    proc = factdesk(db, "search", "新能源汽车", "--json")
    assert proc.returncode == 0, proc.stderr
    first = json.loads(proc.stdout.decode().splitlines()[0])
    assert first["facts"] and all(f["article_id"] == first["article_id"] for f in first["facts"])
