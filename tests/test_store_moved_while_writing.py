"""A store moved or removed while an ingest writes to it (its folder renamed,
``rm -r``, a sync tool taking it away): the ingest stops with one line that
says so, saves nothing anywhere, and makes nothing where the store was.

It went on: the commit made the store's folders again at the old path,
wrote the new shard files there and then a main file naming the moved
store's shard files, none of which were there — a broken second store
where the first had been; or, when a shard it added to was among the
moved files, it said "shard file is missing; run 'factdesk check --fix'",
which at the old path finds no store at all."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from store import StoreError, open_store


def _jsonl(path: Path, n: int, prefix: str) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"title": f"{prefix}快报{i}号", "body": f"{prefix}新区新增企业{i + 3}家，同比增长{i}.5%。",
                                  "date": "2025-03-01"}, ensure_ascii=False) + "\n")
    return path


@pytest.mark.parametrize("articles", [3, 400], ids=["into-empty-shards", "into-shards-it-holds"])
def test_a_store_moved_away_mid_ingest_stops_it_in_one_line_and_nothing_is_made_where_it_was(tmp_path, articles):
    home = tmp_path / "news"
    db = home / "factdesk.json"
    store = open_store(db)
    store.ingest_paths([_jsonl(tmp_path / "first.jsonl", articles, "甲")])
    before = sorted(entry["id"] for entry in store.catalog())
    moved = tmp_path / "elsewhere"

    def move_the_store(name: str, done: int, total: int | None) -> None:
        if done >= 1 and not moved.exists():
            os.rename(home, moved)

    with pytest.raises(StoreError) as stopped:
        store.ingest_paths([_jsonl(tmp_path / "second.jsonl", articles, "乙")], move_the_store, build_index=False)
    line = str(stopped.value)
    assert "\n" not in line and str(db) in line, line
    assert "moved or removed while" in line and "nothing was saved" in line, line
    assert not home.exists()  # no second, broken store where the first one was
    kept = open_store(moved / "factdesk.json")
    assert sorted(entry["id"] for entry in kept.catalog()) == before
    assert kept.check() == []


def test_a_store_moved_away_between_two_ingests_of_one_session_is_said_the_same(tmp_path):
    home = tmp_path / "news"
    db = home / "factdesk.json"
    store = open_store(db)  # the app's, or a multi-file ingest's, open store
    store.ingest_paths([_jsonl(tmp_path / "first.jsonl", 3, "甲")])
    os.rename(home, tmp_path / "elsewhere")
    with pytest.raises(StoreError) as stopped:
        store.ingest_paths([_jsonl(tmp_path / "second.jsonl", 3, "乙")])
    assert "moved or removed while" in str(stopped.value) and str(db) in str(stopped.value)
    assert not home.exists()
