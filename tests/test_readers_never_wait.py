"""Readers never wait for writers: a search finds the articles committed
since the index was written without taking the write lock and without
rebuilding, and a command that has to wait for the lock says so."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
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
        notices = [line for line in err.decode().splitlines() if "waiting up to" in line]
        assert len(notices) == 1 and f"(pid {holder.pid}, since" in notices[0], err
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


# A reader (``factdesk ARGS…``) with the time budget of its scans set to
# argv[1] seconds: what it reads within the budget is then the same on any
# machine (every article, or none).
READER_WITH_BUDGET = """
import sys
from store.db import indexing
indexing.SCAN_SECONDS = float(sys.argv[1])
from tui.cli import main
sys.exit(main(sys.argv[2:]))
"""


def budgeted(db: Path, seconds: float, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-c", READER_WITH_BUDGET, str(seconds), "--db", str(db), *args],
                          capture_output=True, timeout=120, env=child_env(), cwd=REPO, check=False)


@contextmanager
def no_lock_taken() -> Iterator[None]:
    """Within: this process must not take (nor try) the store's write lock,
    nor make the store's folder."""
    from store.db import indexing, locking

    def taken(*args, **kwargs):
        pytest.fail("a reader tried the write lock")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(locking._FlockLock, "acquire", taken)
        patch.setattr(indexing, "write_lock", taken)
        patch.setattr(indexing, "make_sidecar", taken)
        yield


@pytest.fixture
def no_lock() -> Iterator[None]:
    with no_lock_taken():
        yield


def test_a_search_during_a_large_commit_reads_within_its_budget_and_says_what_it_left_out(db, tmp_path, capsys,
                                                                                       monkeypatch, no_lock):
    """Issue 12: a search landing between a large commit and the writer's
    index update never waits for the writer nor writes the index: it answers
    from the index as it was plus the commit's articles it reads within
    SCAN_SECONDS, and says how many it left out and that the writer is
    bringing the index up to date.  Once the writer is gone (its update never
    made), searches still read around the index; nobody but a writer
    updates it."""
    from store.db import indexing
    from tests.test_cli import run

    n = indexing.LAG_CATCH_UP + 10
    write_jsonl(tmp_path / "new.jsonl", n, prefix="新文章", seed=2)
    writer = _held_after_commit(db, tmp_path / "new.jsonl", tmp_path / "committed")
    try:
        before = index_files(db)
        monkeypatch.setattr(indexing, "SCAN_SECONDS", 0.0)  # no time to read any of them
        for _ in range(2):  # and again: each search says it
            code, out, err = run(capsys, "--db", str(db), "search", "文章", "--limit", "0", "--json")
            titles = [json.loads(line)["title"] for line in out.splitlines() if line.strip()]
            assert code == 0 and len(titles) == 40 and all(t.startswith("旧文章") for t in titles)
            err = err.splitlines()
            assert len(err) == 1 and f"{n} articles committed since the search index was last updated were " \
                f"not searched (another factdesk process (pid {writer.pid}) holds the write lock" in err[0], err
            assert "search again in a moment" in err[0]
        monkeypatch.setattr(indexing, "SCAN_SECONDS", 60.0)  # time for all of them
        code, out, err = run(capsys, "--db", str(db), "search", "文章", "--limit", "0", "--json")
        assert code == 0 and len(out.splitlines()) == 40 + n and err == "", err  # the writer is at work: nothing to say
        assert index_files(db) == before  # the reader wrote nothing
    finally:
        writer.kill()
        writer.wait()
    code, out, err = run(capsys, "--db", str(db), "search", "新文章", "--limit", "0", "--json")
    assert code == 0 and len(out.splitlines()) == n
    assert len(err.splitlines()) == 1 and f"search index is {n} articles behind the store" in err \
        and "'factdesk check --fix' (or the next ingest) brings it up to date" in err, err
    assert index_files(db) == before


def test_a_search_during_a_store_s_first_commit_answers_from_every_article_in_one_line(tmp_path):
    """With no usable index (the first ingest of a new store builds it at
    its commit), a reader does not wait for the writer nor build the index:
    a store of at most SCAN_ARTICLES is searched whole in a private index,
    and one line says why and who builds the index."""
    from store.db.indexing import LAG_CATCH_UP

    db = tmp_path / "store" / "factdesk.json"
    db.parent.mkdir()
    open_store(db, seed=False)
    index = db.with_name(db.name + ".d") / "index"
    shutil.rmtree(index, ignore_errors=True)
    write_jsonl(tmp_path / "first.jsonl", LAG_CATCH_UP + 10, prefix="首批文章", seed=3)
    writer = _held_after_commit(db, tmp_path / "first.jsonl", tmp_path / "committed")
    try:
        cli = factdesk(db, "search", "首批文章", "--limit", "0", "--json", timeout=60)
        assert cli.returncode == 0 and len(cli.stdout.decode().splitlines()) == LAG_CATCH_UP + 10, cli.stderr
        err = cli.stderr.decode().splitlines()
        assert len(err) == 1 and "the search index is missing: searching every article without it" in err[0] \
            and f"another factdesk process (pid {writer.pid}) is writing the store and builds it" in err[0], err
        assert not index.exists() or not any(index.iterdir())
    finally:
        writer.kill()
        writer.wait()


def test_no_reader_takes_the_write_lock_or_writes_the_index_whatever_state_the_index_is_in(db, tmp_path, capsys,
                                                                                         monkeypatch):
    """search, articles, facts, show and the store's own search, on a
    current index, one far behind the store, a damaged one and none (of a
    small store and of a large one): each answers in full, never trying the
    write lock and leaving the index's files as they are."""
    from store.db import indexing
    from tests.test_cli import run

    monkeypatch.setattr(indexing, "LAG_CATCH_UP", 5)
    monkeypatch.setattr(indexing, "SCAN_SECONDS", 60.0)  # time to read every article: the answers are whole
    index = db.with_name(db.name + ".d") / "index"

    def reads(expected: int) -> None:
        before = index_files(db) if index.exists() else None
        with no_lock_taken():
            code, out, _ = run(capsys, "--db", str(db), "search", "文章", "--limit", "0", "--json")
            assert code == 0 and len(out.splitlines()) == expected
            first = json.loads(out.splitlines()[0])["article_id"]
            for args in (("articles",), ("facts", "--json"), ("show", first)):
                assert run(capsys, "--db", str(db), *args)[0] == 0, args
            assert open_store(db, seed=False).search("文章", limit=0)["total"] == expected
        assert (index_files(db) if index.exists() else None) == before

    reads(40)  # current
    write_jsonl(tmp_path / "new.jsonl", 12, prefix="新文章", seed=2)
    with monkeypatch.context() as patch:
        patch.setattr(IndexKeeper, "committed", lambda *args: None)  # a commit that leaves the index behind
        open_store(db, seed=False).ingest_paths([tmp_path / "new.jsonl"], build_index=False)
    reads(52)  # 12 behind
    victim = max((p for p in index.iterdir() if p.name != "manifest.json"), key=lambda p: p.stat().st_size)
    victim.write_bytes(b"garbage!" + victim.read_bytes()[8:])
    reads(52)  # damaged
    shutil.rmtree(index)
    reads(52)  # missing
    monkeypatch.setattr(indexing, "SCAN_ARTICLES", 10)
    reads(52)  # missing, on a store past the size read whole regardless of time


def test_a_missing_index_on_a_large_store_answers_within_the_budget_and_says_what_it_left_out(db, capsys, monkeypatch,
                                                                                          no_lock):
    """Past SCAN_ARTICLES without an index, a search reads articles into
    private segments only while SCAN_SECONDS last (each chunk timed: one
    that would end past the budget is not begun), answers from them and
    says in one line how many it searched, how many it did not and what
    builds the index; exit 0 with results."""
    from store.db import indexing
    from store.search import index as search_index
    from tests.test_cli import run

    shutil.rmtree(db.with_name(db.name + ".d") / "index")
    monkeypatch.setattr(indexing, "SCAN_ARTICLES", 10)
    monkeypatch.setattr(indexing, "SCAN_SECONDS", 1.0)
    monkeypatch.setattr(indexing, "SCAN_CHUNK", 8)
    real = search_index.private_segment

    def slow(docs):  # a chunk of 8 takes 0.6 s: the next (5 by then) is below SCAN_CHUNK, not begun
        time.sleep(0.6)
        return real(docs)

    monkeypatch.setattr(search_index, "private_segment", slow)
    started = time.monotonic()
    code, out, err = run(capsys, "--db", str(db), "search", "文章", "--limit", "0", "--json")
    assert time.monotonic() - started < 1.0 + 0.8  # the budget, and the rest of the command
    assert code == 0 and len(out.splitlines()) == 8
    err = err.splitlines()
    assert len(err) == 1 and "the search index is missing: searched 8 articles of 40 without it, 32 were not " \
        "searched" in err[0] and "'factdesk check --fix' (or the next ingest) builds it" in err[0], err


def test_a_stale_index_far_behind_with_three_concurrent_readers_none_rebuilds_all_answer_in_full(db, tmp_path):
    """Three processes searching at once an index more than LAG_CATCH_UP
    articles behind (no writer at work: an ingest left it so): each reads
    the articles it lacks (a budget they all fit in), answers as a fresh
    index would, and none writes it."""
    from store.db.indexing import LAG_CATCH_UP

    write_jsonl(tmp_path / "new.jsonl", LAG_CATCH_UP + 10, prefix="新文章", seed=2)
    open_store(db, seed=False)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(IndexKeeper, "committed", lambda *args: None)
        open_store(db, seed=False).ingest_paths([tmp_path / "new.jsonl"], build_index=False)
    before = index_files(db)
    expected = fresh_results(db, tmp_path)
    assert len(expected["文章"]) == 40 + LAG_CATCH_UP + 10

    def answers(_: int) -> dict[str, list[tuple[str, int, int]]]:
        got = {}
        for q in QUERIES:
            out = budgeted(db, 60, "search", q, "--json", "--limit", "0")
            assert out.returncode == 0, out.stderr.decode()
            assert "behind the store" in out.stderr.decode()
            got[q] = sorted((h["article_id"], h["score"], h["hits"])
                            for h in map(json.loads, out.stdout.decode().splitlines()) if h)
        return got

    with ThreadPoolExecutor(3) as pool:
        assert list(pool.map(answers, range(3))) == [expected] * 3
    assert index_files(db) == before


def test_an_index_a_writer_changes_as_it_is_read_is_read_again_not_said_to_be_damaged(db, capsys, monkeypatch,
                                                                                     no_lock):
    """A writer's update replaces the manifest and sweeps the files it no
    longer names: a reader reading them at that moment saw a file that did
    not hold what factdesk wrote (once in 35 searches during an ingest) and
    said the index was damaged.  When the manifest changed meanwhile the
    reader opens the index again."""
    import os

    from store.search.index import IndexStale, SearchIndex

    real_open = SearchIndex.open.__func__
    torn = []

    def open_torn(cls, directory, *args, **kwargs):
        if not torn:
            torn.append(1)
            manifest = directory / "manifest.json"
            os.utime(manifest, ns=(manifest.stat().st_atime_ns, manifest.stat().st_mtime_ns + 1_000_000))
            raise IndexStale("an index file is damaged (it does not hold what factdesk wrote)")
        return real_open(cls, directory, *args, **kwargs)

    monkeypatch.setattr(SearchIndex, "open", classmethod(open_torn))
    before = index_files(db)
    assert open_store(db, seed=False).search("旧文章", limit=0)["total"] == 40
    assert torn and capsys.readouterr().err == ""
    assert {k: v for k, v in index_files(db).items() if k != "manifest.json"} == \
        {k: v for k, v in before.items() if k != "manifest.json"}
