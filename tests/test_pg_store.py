"""The PostgreSQL store as a team's server: selected by URL, schema on first
use, writes all or nothing, concurrent writers, change notification, copying
between backends.  Against a real throwaway server, never a mock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, SEED_FILE
from tests.helpers_cli import child_env, factdesk_command, write_jsonl

pytest_plugins = ("tests.pg_server",)  # the throwaway server's fixtures


def run(db: str, *args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    cmd = factdesk_command() + ["--db", db, *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=cwd, env=env or child_env(),
                          check=False)


def open_pg(url: str, seed: bool = False):
    from store import open_store

    return open_store(url, seed=seed)


# ---------------------------------------------------------------- selection and schema


def test_a_url_selects_the_server_and_never_becomes_a_file(tmp_path: Path, pg_url: str) -> None:
    seeded = run(pg_url, "seed", cwd=tmp_path)
    assert seeded.returncode == 0, seeded.stderr
    listed = run(pg_url, "articles", cwd=tmp_path)
    assert len(listed.stdout.splitlines()) == 4
    from_env = subprocess.run(factdesk_command() + ["articles"], capture_output=True, text=True, cwd=tmp_path,
                              env=child_env(FACTDESK_DB=pg_url), timeout=120, check=False)
    assert from_env.stdout == listed.stdout
    assert list(tmp_path.iterdir()) == []   # no ./postgresql:/… file or directory


def test_a_url_folded_by_path_is_refused_rather_than_created(tmp_path: Path, pg_url: str) -> None:
    from store import StoreError, open_store

    os.chdir(tmp_path)
    with pytest.raises(StoreError, match="lost a '/'"):
        open_store(Path(pg_url))
    assert list(tmp_path.iterdir()) == []


def test_an_empty_database_gets_the_schema_and_the_seed(pg_url: str) -> None:
    import psycopg

    from store.pg.schema import SCHEMA_VERSION

    store = open_pg(pg_url, seed=True)
    assert store.counts()["articles"] == 4
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT max(version) FROM factdesk_schema").fetchone()[0] == SCHEMA_VERSION
    assert open_pg(pg_url, seed=True).counts()["articles"] == 4   # opening again neither migrates nor seeds


def test_a_database_from_a_newer_factdesk_is_refused(pg_url: str) -> None:
    import psycopg

    from store import CorruptStoreError

    open_pg(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO factdesk_schema (version) VALUES (99)")
    with pytest.raises(CorruptStoreError, match="newer factdesk"):
        open_pg(pg_url)


def test_the_file_store_never_loads_psycopg(tmp_path: Path) -> None:
    code = ("import sys, store; s = store.open_store(sys.argv[1]); s.search('重庆'); "
            "assert 'psycopg' not in sys.modules, 'psycopg was imported'")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "s.json")], capture_output=True, text=True,
                          cwd=REPO, env=child_env(), timeout=120, check=False)
    assert done.returncode == 0, done.stderr


# ---------------------------------------------------------------- writing


def test_ingesting_the_same_file_twice_changes_nothing(pg_url: str) -> None:
    store = open_pg(pg_url)
    first = store.ingest([SEED_FILE])
    token, facts = store.token, store.facts()
    again = store.ingest([SEED_FILE])
    assert first.added == 4 and again.added == 0
    assert again.unchanged_sources == [SEED_FILE.name]
    assert store.token == token and store.facts() == facts


def test_a_changed_file_replaces_its_articles(tmp_path: Path, pg_url: str) -> None:
    store = open_pg(pg_url)
    page = tmp_path / "page.jsonl"
    write_jsonl(page, 5, seed=1)
    store.ingest([page])
    write_jsonl(page, 3, seed=2)
    report = store.ingest([page])
    assert (report.added, report.removed) == (3, 2)
    assert store.counts()["articles"] == 3
    assert store.check() == []


def test_two_concurrent_ingests_keep_everything(tmp_path: Path, pg_url: str) -> None:
    open_pg(pg_url)
    files = []
    for n in range(2):
        files.append(tmp_path / f"feed{n}.jsonl")
        write_jsonl(files[-1], 150, prefix=f"来源{n}文章", seed=n)
    procs = [subprocess.Popen(factdesk_command() + ["--db", pg_url, "ingest", str(f)], cwd=tmp_path,
                              env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE) for f in files]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    store = open_pg(pg_url)
    assert store.counts() == {"sources": 2, "articles": 300, "facts": sum(e["n_facts"] for e in store.catalog())}
    assert store.check() == []


def _writer_holds_lock(url: str) -> bool:
    import psycopg

    from store.pg.schema import WRITE_LOCK

    with psycopg.connect(url) as conn:
        key = (WRITE_LOCK >> 32, WRITE_LOCK & 0xFFFFFFFF)
        return bool(conn.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                                 "AND classid = %s AND objid = %s", key).fetchone()[0])


def test_kill_9_during_an_ingest_leaves_the_old_state(tmp_path: Path, pg_url: str) -> None:
    store = open_pg(pg_url)
    store.ingest([SEED_FILE])
    before = store.counts()
    big = tmp_path / "big.jsonl"
    write_jsonl(big, 3000, seed=3)
    proc = subprocess.Popen(factdesk_command() + ["--db", pg_url, "ingest", str(big)], cwd=tmp_path,
                            env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not _writer_holds_lock(pg_url) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(0.5)   # well into the transaction: articles are being written
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = open_pg(pg_url)
    assert after.counts() in (before, {"sources": 2, "articles": 3004, "facts": after.counts()["facts"]})
    assert after.check() == []
    assert after.ingest([big]).added == 3000   # the lock went with the killed writer


# ---------------------------------------------------------------- readers


def test_another_process_commit_is_announced_and_reload_takes_it(tmp_path: Path, pg_url: str) -> None:
    reader = open_pg(pg_url)
    assert reader.changed_on_disk() is False
    done = run(pg_url, "ingest", str(SEED_FILE), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    deadline = time.monotonic() + 10
    while not reader.changed_on_disk() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert reader.changed_on_disk() is True
    reader.reload()
    assert reader.changed_on_disk() is False
    assert reader.counts()["articles"] == 4
    assert run(pg_url, "ingest", str(SEED_FILE), cwd=tmp_path).returncode == 0   # unchanged: no commit
    time.sleep(0.3)
    assert reader.changed_on_disk() is False


def test_readers_are_not_blocked_by_a_writer(pg_url: str) -> None:
    store = open_pg(pg_url)
    store.ingest([SEED_FILE])
    other = open_pg(pg_url)
    with other.writing() as tx:   # a write transaction holding the lock, not yet committed
        tx.conn.execute("DELETE FROM sources")
        started = time.monotonic()
        assert store.counts()["articles"] == 4   # the committed state, at once
        assert store.search("重庆")["total"] > 0
        assert time.monotonic() - started < 5
    assert store.counts()["articles"] == 4     # a reader keeps its snapshot until it reloads
    store.reload()
    assert store.counts()["articles"] == 0


# ---------------------------------------------------------------- copying


def test_copy_moves_a_store_to_the_server_and_back(tmp_path: Path, pg_url: str) -> None:
    from store import open_store

    laptop = tmp_path / "laptop" / "s.json"
    feed = tmp_path / "feed.jsonl"
    write_jsonl(feed, 20, seed=5)
    assert run(str(laptop), "ingest", str(feed), cwd=tmp_path).returncode == 0
    up = run(str(laptop), "copy", "--to", pg_url, cwd=tmp_path)
    assert up.returncode == 0, up.stderr
    assert "20 articles" in up.stdout    # an ingest into a new store adds no seed page
    again = run(str(laptop), "copy", "--to", pg_url, cwd=tmp_path)
    assert "copied     0 sources" in again.stdout
    back = tmp_path / "back" / "s.json"
    down = run(pg_url, "copy", "--to", str(back), cwd=tmp_path)
    assert down.returncode == 0, down.stderr
    a, b, c = open_store(laptop, seed=False), open_pg(pg_url), open_store(back, seed=False)
    assert a.catalog() == b.catalog() == c.catalog()
    assert a.facts() == b.facts() == c.facts()
    assert {h["article_id"] for h in c.search("同比增长", limit=0)["results"]} == \
           {h["article_id"] for h in a.search("同比增长", limit=0)["results"]}


def test_check_finds_damage_and_fix_rebuilds_the_search_columns(pg_url: str) -> None:
    import psycopg

    store = open_pg(pg_url, seed=True)
    [first, second] = [e["id"] for e in store.catalog()[:2]]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE articles SET norm_title = '', norm_body = '', grams = '{}' WHERE id = %s", (first,))
        conn.execute("DELETE FROM facts WHERE article_id = %s AND ord = 0", (second,))
    store.reload()
    assert store.search("重庆", limit=0)["total"] == 3   # the damaged article is no longer found
    assert store.search("新能源汽车", limit=0)["total"] == 0
    problems = store.check(fix=True)
    assert f"article {first}: search columns are stale" in problems
    assert any(p.startswith(f"article {second}: catalog says") for p in problems)
    assert store.check() == [p for p in problems if "search columns" not in p]   # the facts cannot be repaired
    assert store.search("重庆", limit=0)["total"] == 4
    assert store.search("新能源汽车", limit=0)["total"] == 1
