"""A commit of a few new articles keeps them as the index's recent
documents (store.search.recent) instead of building a segment: without
numpy, searched at once, folded into a segment when they grow, never
searched when damaged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from store import open_store
from store.search import recent
from store.search.index import IndexStale, SearchIndex
from tests.helpers_cli import REPO, child_env, write_jsonl


def index_dir(db: Path) -> Path:
    return db.with_name(db.name + ".d") / "index"


def manifest(db: Path) -> dict:
    return json.loads((index_dir(db) / "manifest.json").read_bytes())


def titles(db: Path, query: str) -> set[str]:
    return {h["title"] for h in open_store(db, seed=False).search(query, limit=0)["results"]}


@pytest.fixture
def db(tmp_path) -> Path:
    """A store of 20 articles whose index is current."""
    db = tmp_path / "store" / "factdesk.json"
    db.parent.mkdir()
    write_jsonl(tmp_path / "old.jsonl", 20, prefix="旧文章", seed=1)
    open_store(db, seed=False).ingest_paths([tmp_path / "old.jsonl"])
    return db


def test_a_few_new_articles_become_recent_documents_that_a_search_finds(db, tmp_path):
    segments = manifest(db)["segments"]
    write_jsonl(tmp_path / "new.jsonl", 3, prefix="新文章", seed=2)
    store = open_store(db, seed=False)
    store.ingest_paths([tmp_path / "new.jsonl"])
    after = manifest(db)
    assert after["segments"] == segments  # no segment built
    assert after["token"] == store.token and after["format"] == recent.FORMAT_RECENT
    assert len(json.loads((index_dir(db) / after["recent"]).read_bytes())) == 3
    assert titles(db, "新文章") == {f"新文章{i}号" for i in range(3)}
    assert len(titles(db, "文章")) == 23


def test_committing_a_new_article_does_not_load_numpy(db, tmp_path):
    write_jsonl(tmp_path / "one.jsonl", 1, prefix="又一篇", seed=3)
    code = ("import sys; from store import open_store\n"
            f"open_store({str(db)!r}, seed=False).ingest_paths([{str(tmp_path / 'one.jsonl')!r}])\n"
            "print('numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=child_env(), cwd=REPO,
                         check=True).stdout
    assert out.strip() == "False"
    assert titles(db, "又一篇") == {"又一篇0号"}


def test_recent_documents_are_folded_into_a_segment_once_there_are_too_many(db, tmp_path, monkeypatch):
    monkeypatch.setattr(recent, "RECENT_DOCS", 4)
    segments = len(manifest(db)["segments"])
    for i in range(3):
        write_jsonl(tmp_path / f"n{i}.jsonl", 2, prefix=f"第{i}批", seed=10 + i)
        open_store(db, seed=False).ingest_paths([tmp_path / f"n{i}.jsonl"])
    folded = manifest(db)
    assert folded.get("recent") is None and len(folded["segments"]) == segments + 1
    assert folded["segments"][-1]["n_docs"] == 6  # both earlier commits' recent documents and this one's
    assert sorted(p.name for p in index_dir(db).glob("recent.*")) == []
    assert titles(db, "批") == {f"第{i}批{j}号" for i in range(3) for j in range(2)}


def test_a_changed_source_replaces_its_recent_documents_and_its_indexed_ones(db, tmp_path):
    write_jsonl(tmp_path / "new.jsonl", 2, prefix="新文章", seed=2)
    store = open_store(db, seed=False)
    store.ingest_paths([tmp_path / "new.jsonl"])
    write_jsonl(tmp_path / "new.jsonl", 2, prefix="改写文章", seed=4)  # same file, new content
    store.ingest_paths([tmp_path / "new.jsonl"])
    assert titles(db, "新文章") == set() and titles(db, "改写文章") == {"改写文章0号", "改写文章1号"}
    write_jsonl(tmp_path / "old.jsonl", 1, prefix="旧文章重写", seed=5)  # replaces 20 articles of a segment
    store.ingest_paths([tmp_path / "old.jsonl"])
    assert titles(db, "旧文章重写") == {"旧文章重写0号"}
    assert len(titles(db, "文章")) == 3


def test_a_damaged_recent_file_is_never_searched_and_the_next_commit_does_not_build_on_it(db, tmp_path):
    write_jsonl(tmp_path / "new.jsonl", 2, prefix="新文章", seed=2)
    open_store(db, seed=False).ingest_paths([tmp_path / "new.jsonl"])
    path = index_dir(db) / manifest(db)["recent"]
    path.write_bytes(path.read_bytes().replace("新文章".encode(), "假文章".encode()))
    with pytest.raises(IndexStale, match="damaged"):
        SearchIndex.open(index_dir(db))
    assert titles(db, "假文章") == set()
    assert titles(db, "新文章") == {"新文章0号", "新文章1号"}


def test_an_index_of_the_format_before_recent_documents_is_read_as_it_is(db):
    assert manifest(db)["format"] in recent.READABLE_FORMATS and manifest(db).get("recent") is None
    assert SearchIndex.open(index_dir(db)).n_docs == 20
