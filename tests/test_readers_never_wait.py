"""Readers never wait for writers: a search finds the articles committed
since the index was written without taking the write lock and without
rebuilding, and a command that has to wait for the lock says so."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from store import open_store
from store.db.indexing import IndexKeeper
from tests.helpers_cli import REPO, child_env, factdesk, popen, write_jsonl

QUERIES = ["经济", "同比增长", "新文章3号", "旧文章1号", "改写", "文章"]

# A writer that commits and then holds the write lock where it would update
# the index (as a slow or stopped ingest does), saying when it got there.
HOLDING_WRITER = """
import sys, time
from pathlib import Path
from store import open_store
from store.db import indexing

def hold(self, *args):
    Path(sys.argv[3]).write_text("committed")
    time.sleep(300)

indexing.IndexKeeper.committed = hold
open_store(sys.argv[1], seed=False).ingest_paths([sys.argv[2]], build_index=False)
"""

# Holds the store's write lock for argv[2] seconds, saying when it has it.
HOLD_LOCK = """
import sys, time
from pathlib import Path
from store.db.locking import write_lock

with write_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def index_files(db: Path) -> dict[str, bytes | int]:
    """Every file of the store's index: the manifest's bytes, the others' mtimes."""
    index = db.with_name(db.name + ".d") / "index"
    return {p.name: p.read_bytes() if p.name == "manifest.json" else p.stat().st_mtime_ns
            for p in sorted(index.iterdir())}


def found(db: Path, query: str) -> list[tuple[str, int, int]]:
    """(article id, score, hits) of every result, sorted (ties may rank apart)."""
    out = subprocess.run([sys.executable, "-m", "tui.cli", "--db", str(db), "search", query, "--json",
                          "--limit", "0"], capture_output=True, timeout=120, env=child_env(), cwd=REPO, check=False)
    assert out.returncode == 0, out.stderr.decode()
    return sorted((h["article_id"], h["score"], h["hits"])
                  for h in map(json.loads, out.stdout.decode().splitlines()) if h)


def fresh_results(db: Path, tmp_path: Path) -> dict[str, list[tuple[str, int, int]]]:
    """What an index built from nothing answers for QUERIES."""
    copy = tmp_path / "fresh"
    shutil.copytree(db.parent, copy)
    shutil.rmtree(copy / (db.name + ".d") / "index")
    assert factdesk(copy / db.name, "check", "--fix").returncode == 0
    return {q: found(copy / db.name, q) for q in QUERIES}


@pytest.fixture
def db(tmp_path) -> Path:
    """A store of 40 articles whose index is current."""
    db = tmp_path / "store" / "factdesk.json"
    db.parent.mkdir()
    write_jsonl(tmp_path / "old.jsonl", 40, prefix="旧文章", seed=1)
    store = open_store(db, seed=False)
    store.ingest_paths([tmp_path / "old.jsonl"])
    assert store.search_index().token == store.token
    return db


def test_a_search_while_a_writer_holds_the_lock_after_its_commit_finds_the_new_articles_at_once(db, tmp_path):
    write_jsonl(tmp_path / "new.jsonl", 12, prefix="新文章", seed=2)
    marker = tmp_path / "committed"
    writer = subprocess.Popen([sys.executable, "-c", HOLDING_WRITER, str(db), str(tmp_path / "new.jsonl"), str(marker)],
                              env=child_env(), cwd=REPO)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert writer.poll() is None and time.monotonic() < deadline, "the writer never committed"
            time.sleep(0.05)
        before = index_files(db)
        started = time.monotonic()
        results = open_store(db, seed=False).search("新文章3号")
        took = time.monotonic() - started
        assert [hit["title"] for hit in results["results"]] == ["新文章3号"]
        assert took < 1.0, f"the search took {took:.2f} s"
        cli = factdesk(db, "search", "新文章", "--limit", "0", timeout=60)
        assert cli.returncode == 0 and cli.stdout.decode().count("新文章") == 12, cli.stderr
        assert "waiting" not in cli.stderr.decode()
        assert index_files(db) == before  # the reader wrote nothing
    finally:
        writer.kill()
        writer.wait()


def test_a_stale_index_with_three_concurrent_readers_none_rebuilds_all_answer_as_a_fresh_index(db, tmp_path, monkeypatch):
    write_jsonl(tmp_path / "new.jsonl", 15, prefix="新文章", seed=2)
    write_jsonl(tmp_path / "old.jsonl", 40, prefix="旧文章", seed=5)  # same titles, new bodies: replaced
    (tmp_path / "edit.jsonl").write_text(json.dumps({"title": "改写的文章", "body": "经济改写。"}, ensure_ascii=False))
    with monkeypatch.context() as patch:
        patch.setattr(IndexKeeper, "committed", lambda *args: None)  # commits that leave the index behind
        store = open_store(db, seed=False)
        store.ingest_paths([tmp_path / "new.jsonl", tmp_path / "old.jsonl", tmp_path / "edit.jsonl"],
                           build_index=False)
    before = index_files(db)
    expected = fresh_results(db, tmp_path)
    assert expected["新文章3号"] and expected["改写"]
    with ThreadPoolExecutor(3) as pool:
        answers = list(pool.map(lambda _: {q: found(db, q) for q in QUERIES}, range(3)))
    assert answers == [expected] * 3
    assert index_files(db) == before  # nobody rebuilt or updated it


def test_the_next_commit_brings_a_lagging_index_up_to_date_with_one_small_segment(db, tmp_path, monkeypatch):
    write_jsonl(tmp_path / "a.jsonl", 5, prefix="甲文章", seed=3)
    write_jsonl(tmp_path / "b.jsonl", 5, prefix="乙文章", seed=4)
    with monkeypatch.context() as patch:
        patch.setattr(IndexKeeper, "committed", lambda *args: None)
        open_store(db, seed=False).ingest_paths([tmp_path / "a.jsonl"], build_index=False)
    store = open_store(db, seed=False)
    segments = len(json.loads(index_files(db)["manifest.json"])["segments"])
    store.ingest_paths([tmp_path / "b.jsonl"], build_index=False)
    manifest = json.loads(index_files(db)["manifest.json"])
    assert manifest["token"] == store.token
    assert len(manifest["segments"]) == segments + 1
    assert manifest["segments"][-1]["n_docs"] == 10  # both ingests' articles, nothing else
    assert {h["title"] for h in open_store(db, seed=False).search("甲文章 | 乙文章", limit=0)["results"]} \
        == {f"{p}文章{i}号" for p in "甲乙" for i in range(5)}


def test_a_command_waiting_for_the_write_lock_says_who_holds_it_once(db, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db), "8"], stdout=subprocess.PIPE,
                              env=child_env(), cwd=REPO)
    try:
        assert holder.stdout.readline() == b"held\n"
        write_jsonl(tmp_path / "late.jsonl", 2, prefix="晚文章", seed=6)
        started = time.monotonic()
        ingest = popen(db, "ingest", str(tmp_path / "late.jsonl"))
        _, err = ingest.communicate(timeout=120)
        assert ingest.returncode == 0, err
        notices = [line for line in err.decode().splitlines() if "waiting for the write lock" in line]
        assert len(notices) == 1 and f"held by pid {holder.pid} since" in notices[0], err
        assert time.monotonic() - started >= 1.0
    finally:
        holder.kill()
        holder.wait()


def test_a_reader_behind_an_index_another_process_updated_moves_on_without_building_anything(db, tmp_path, monkeypatch):
    from store.search.index import SearchIndex

    reader = open_store(db, seed=False)  # its state: before the commit below; its index: not opened yet
    write_jsonl(tmp_path / "new.jsonl", 4, prefix="新文章", seed=2)
    open_store(db, seed=False).ingest_paths([tmp_path / "new.jsonl"])  # commits and updates the index
    before = index_files(db)
    monkeypatch.setattr(SearchIndex, "private", lambda *a: pytest.fail("built a private index"))
    monkeypatch.setattr(SearchIndex, "rebuild", lambda *a, **k: pytest.fail("rebuilt the index"))
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db), "30"], stdout=subprocess.PIPE,
                              env=child_env(), cwd=REPO)
    try:
        assert holder.stdout.readline() == b"held\n"  # a writer is busy: the reader must not wait for it
        assert reader.search("新文章", limit=0)["total"] == 4
    finally:
        holder.kill()
        holder.wait()
    assert index_files(db) == before


def _held_after_commit(db: Path, archive: Path, marker: Path) -> subprocess.Popen:
    """A writer (HOLDING_WRITER) that has committed ``archive`` and holds the lock."""
    writer = subprocess.Popen([sys.executable, "-c", HOLDING_WRITER, str(db), str(archive), str(marker)],
                              env=child_env(), cwd=REPO)
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert writer.poll() is None and time.monotonic() < deadline, "the writer never committed"
        time.sleep(0.05)
    return writer


def test_a_search_during_a_large_commit_reads_the_index_as_it_was_and_says_what_it_left_out(db, tmp_path):
    """Issue 12: a search landing between a large commit and the writer's
    index update never indexes the commit's articles itself (a private
    segment of thousands of articles took seconds): it answers at once from
    the index as it was, without the articles the commit replaced, and says
    how many it did not search.  Once the lock is free the next search
    finds them all."""
    from store.db.indexing import LAG_CATCH_UP

    n = LAG_CATCH_UP + 10
    write_jsonl(tmp_path / "new.jsonl", n, prefix="新文章", seed=2)
    writer = _held_after_commit(db, tmp_path / "new.jsonl", tmp_path / "committed")
    try:
        before = index_files(db)
        for _ in range(2):  # and again: nothing is kept that would hide them later
            cli = factdesk(db, "search", "文章", "--limit", "0", "--json", timeout=60)
            assert cli.returncode == 0, cli.stderr
            titles = [json.loads(line)["title"] for line in cli.stdout.decode().splitlines() if line.strip()]
            assert len(titles) == 40 and all(t.startswith("旧文章") for t in titles)
            err = cli.stderr.decode().splitlines()
            assert len(err) == 1 and f"{n} articles committed since the search index was last updated were " \
                "not searched" in err[0] and "search again in a moment" in err[0], err
            assert "waiting" not in cli.stderr.decode()
        assert index_files(db) == before  # the reader wrote nothing
    finally:
        writer.kill()
        writer.wait()
    # the writer is gone, its index update never made: the next reader brings it up to date
    cli = factdesk(db, "search", "新文章", "--limit", "0", "--json", timeout=120)
    assert cli.returncode == 0 and len(cli.stdout.decode().splitlines()) == n, cli.stderr
    assert "brought up to date" in cli.stderr.decode()


def test_a_search_during_a_store_s_first_commit_is_one_line_not_an_index_of_every_article(tmp_path):
    """With no usable index (the first ingest of a new store builds it at
    its commit; a damaged one is built again), a reader that finds the
    write lock held does not index every article itself (minutes at
    100,000): one line saying the index is being written, and an exit code
    that says no answer."""
    from store.db.indexing import LAG_CATCH_UP

    db = tmp_path / "store" / "factdesk.json"
    db.parent.mkdir()
    open_store(db, seed=False)
    shutil.rmtree(db.with_name(db.name + ".d") / "index", ignore_errors=True)
    write_jsonl(tmp_path / "first.jsonl", LAG_CATCH_UP + 10, prefix="首批文章", seed=3)
    writer = _held_after_commit(db, tmp_path / "first.jsonl", tmp_path / "committed")
    try:
        started = time.monotonic()
        cli = factdesk(db, "search", "首批文章", timeout=60)
        assert cli.returncode == 1 and cli.stdout == b""
        err = cli.stderr.decode().splitlines()
        assert len(err) == 1 and "the search index is being written by another factdesk process" in err[0] \
            and "search again in a moment" in err[0] and "Traceback" not in cli.stderr.decode(), err
        assert time.monotonic() - started < 60
    finally:
        writer.kill()
        writer.wait()
    cli = factdesk(db, "search", "首批文章", "--limit", "0", "--json", timeout=120)
    assert cli.returncode == 0 and len(cli.stdout.decode().splitlines()) == LAG_CATCH_UP + 10, cli.stderr
