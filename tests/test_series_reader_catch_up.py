"""A reader whose series table a writer left behind reads the last table a
writer completed plus the facts of the articles committed since — never
every article's facts — and writes nothing (issue 12: readers never wait).

- The table carries the store's article counter (its watermark) when it was
  stamped: the articles numbered at or above it (new ones, and replaced
  ones, which get a new number) are read and put in place of their rows,
  and rows of articles no longer in the store are dropped.
- A writer killed between its commit and the table's update leaves the
  table one commit behind; a writer killed in the middle of the table's
  update leaves it with SQLite's rollback journal beside it: the reader
  plays the journal back in a private copy, never in the store.
- A table of a version that only orders periods otherwise is migrated in
  the private copy; a table of another version (other rows) cannot be
  caught up: that reader reads every article's facts, as before.
- One line on stderr says how many articles the table was behind and what
  brings it up to date; the answer is the same as from a current table.
- A writer (`check --fix`, the next ingest) brings a stale table up to date
  in place by the same articles, instead of building it again.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import store.db.locking as locking
from store import open_store
from tests.helpers_cli import child_env, factdesk

PAGE = "# 第二页\n\n全市增加值增长5.7%，新增企业1200余家。\n\n本报记者 张三\n"
CHANGED = "# 第二页\n\n全市增加值增长6.1%，新增企业1300余家。\n\n本报记者 张三\n"

# a child that rewrites the table inside a transaction, spills the change to the file and dies
# before committing, as a kill -9 in the middle of a commit's series update leaves it
_KILLED_WRITE = """
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA cache_size=1")
c.execute("BEGIN IMMEDIATE")
c.execute("DELETE FROM facts")
c.execute("DELETE FROM conflicts")
c.execute("UPDATE periods SET psort = 'zzz'")
c.execute("CREATE TABLE killed_write (x BLOB)")
for _ in range(200):
    c.execute("INSERT INTO killed_write VALUES (randomblob(4000))")
os._exit(9)
"""


def _table(store) -> Path:
    return store.dir / "series" / "series.sqlite"


def _files(directory: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(directory)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(directory.rglob("*")) if p.is_file()}


def _stale(seeded, tmp_path: Path, text: str = PAGE) -> tuple[list, list]:
    """The seeded store after one more commit whose series update never ran:
    (the series and conflicts a current table answers)."""
    table = _table(seeded)
    kept = table.read_bytes()
    page = tmp_path / "second.txt"
    page.write_text(text, encoding="utf-8")
    seeded.ingest([page])
    expected = seeded.series("增加值"), seeded.conflicts()
    table.write_bytes(kept)
    return expected


def _counting(store) -> list[str]:
    """The article ids the store's series keeper reads facts of, as it reads them."""
    read: list[str] = []
    keeper = store._series
    docs, every = keeper._docs, keeper._every

    def counted_docs(ids=None):
        for article, facts in docs(ids):
            read.append(article["id"])
            yield article, facts

    def counted_every():
        for article, facts in every():
            read.append(article["id"])
            yield article, facts

    keeper._docs, keeper._every = counted_docs, counted_every
    return read


def test_a_reader_of_a_table_one_commit_behind_reads_only_the_articles_committed_since(
        seeded, tmp_path, monkeypatch):
    expected = _stale(seeded, tmp_path)
    before = _files(seeded.dir)
    monkeypatch.setattr(locking, "write_lock", lambda *a, **k: pytest.fail("a reader took the write lock"))
    reader = open_store(seeded.path, seed=False)
    read = _counting(reader)
    assert (reader.series("增加值"), reader.conflicts()) == expected
    assert len(read) == 1, read  # the one article of the commit, not the store's five
    assert _files(seeded.dir) == before, "a reader wrote the store's files"
    [notice] = reader.take_notices()
    assert "1 article behind" in notice and "nothing is written" in notice and "check --fix" in notice


def test_a_replaced_article_is_read_again_and_its_old_rows_dropped(seeded, tmp_path):
    _stale(seeded, tmp_path)
    page = tmp_path / "second.txt"
    table = _table(seeded)
    kept = table.read_bytes()
    page.write_text(CHANGED, encoding="utf-8")
    seeded.ingest([page])  # the same source again, changed: the article is replaced
    expected = seeded.series("增加值")
    values = sorted(str(row["value"]) for row in expected)
    assert "6.1" in values and values.count("5.7") == 1, values  # the seed page's 5.7 stays, the replaced one goes
    table.write_bytes(kept)
    reader = open_store(seeded.path, seed=False)
    read = _counting(reader)
    assert reader.series("增加值") == expected
    assert len(read) == 1


def test_a_reader_after_a_kill_in_the_middle_of_the_tables_update_plays_the_journal_back_privately(
        seeded, tmp_path):
    expected = _stale(seeded, tmp_path)
    table = _table(seeded)
    subprocess.run([sys.executable, "-c", _KILLED_WRITE, str(table)], check=False)
    journal = table.with_name(table.name + "-journal")
    assert journal.exists()
    before = _files(seeded.dir)
    reader = open_store(seeded.path, seed=False)
    read = _counting(reader)
    assert (reader.series("增加值"), reader.conflicts()) == expected
    assert len(read) == 1
    assert _files(seeded.dir) == before and journal.exists(), "the reader rolled the store's table back itself"
    # a writer rolls it back and brings it up to date
    assert factdesk(seeded.path, "check", "--fix").returncode == 0
    assert not journal.exists()
    assert factdesk(seeded.path, "check").returncode == 0


def test_concurrent_readers_of_a_stale_table_each_answer_at_once_and_write_nothing(seeded, tmp_path):
    _stale(seeded, tmp_path)
    before = _files(seeded.dir)
    runs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env())
            for cmd in [_command(seeded.path, "series", "增加值", "--json")] * 3]
    outs = [run.communicate(timeout=120) for run in runs]
    assert all(run.returncode == 0 for run in runs), [err for _, err in outs]
    assert len({out for out, _ in outs}) == 1 and outs[0][0].strip()
    for _, err in outs:
        lines = err.decode().strip().splitlines()
        assert len(lines) == 1 and "1 article behind" in lines[0] and "Traceback" not in lines[0], lines
    assert _files(seeded.dir) == before


def test_a_table_of_the_previous_period_order_is_migrated_in_the_readers_copy(seeded, tmp_path):
    expected = _stale(seeded, tmp_path)
    table = _table(seeded)
    with sqlite3.connect(table) as conn:
        conn.execute("UPDATE meta SET value = '9' WHERE key = 'schema'")
        conn.execute("UPDATE periods SET psort = coalesce(period, '~')")
    conn.close()
    before = _files(seeded.dir)
    reader = open_store(seeded.path, seed=False)
    read = _counting(reader)
    assert (reader.series("增加值"), reader.conflicts()) == expected
    assert len(read) == 1
    assert _files(seeded.dir) == before


def test_a_table_of_another_version_is_still_read_around_from_every_article(seeded, tmp_path):
    expected = _stale(seeded, tmp_path)
    with sqlite3.connect(_table(seeded)) as conn:
        conn.execute("UPDATE meta SET value = '8' WHERE key = 'schema'")
    conn.close()
    reader = open_store(seeded.path, seed=False)
    read = _counting(reader)
    assert (reader.series("增加值"), reader.conflicts()) == expected
    assert len(read) == len(reader.article_numbers())
    [notice] = reader.take_notices()
    assert "reading every article's facts" in notice


def test_a_writer_brings_a_stale_table_up_to_date_in_place(seeded, tmp_path):
    expected = _stale(seeded, tmp_path)
    inode = _table(seeded).stat().st_ino
    writer = open_store(seeded.path, seed=False)
    read = _counting(writer)
    writer.prepare_series()  # what check --fix and the end of an ingest do
    assert len(read) == 1
    assert _table(seeded).stat().st_ino == inode  # updated, not built again beside it
    reader = open_store(seeded.path, seed=False)
    assert (reader.series("增加值"), reader.conflicts()) == expected
    assert reader.take_notices() == []
    assert factdesk(seeded.path, "check").returncode == 0


def _command(db: Path, *args: str) -> list[str]:
    from tests.helpers_cli import factdesk_command

    return [*factdesk_command(), "--db", str(db), *args]


def test_a_table_lacking_most_of_a_large_store_is_built_instead_of_updated(monkeypatch) -> None:
    """As a large first commit builds its table from scratch (side_build.builds_aside), so does a writer
    or reader whose table lacks most of the store's articles: an update costs more than a build then."""
    from store.series import keeper

    assert not keeper._builds_instead(1, 20_000)
    assert not keeper._builds_instead(1_999, 2_000)  # a small store: too few to matter
    assert keeper._builds_instead(15_000, 20_000)
