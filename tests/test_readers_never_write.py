"""Readers never write and never take the write lock; what a writer left
unfinished they read around, and say so in one line.

- series, conflicts (and the app's series view) on a store whose series
  table is missing or damaged read every article's facts into a table of
  their own, and one behind the store a private copy of it with the facts
  of the articles committed since (tests/test_series_reader_catch_up.py):
  the answer is the same, the store's files are left as they are, one line
  says why; check reports it and check --fix (or the next ingest) builds
  it or brings it up to date.
- search, articles, show and facts on a store whose last ingest committed
  but could not update the search index (a full disk) say so, with the
  cause the writer left (``<store>.d/index-behind``); the writer that next
  brings the index up to date removes it."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

import store.db.locking as locking
from store import open_store
from store.db.indexing import BEHIND, behind_cause
from store.search.index import SearchIndex
from tests.helpers_cli import factdesk, stderr_lines

PAGE = "# 第二页\n\n全市增加值增长5.7%，新增企业1200余家。\n\n本报记者 张三\n"


def _files(directory: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(directory)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(directory.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("damage", ["missing", "stale", "damaged"])
def test_series_and_conflicts_read_around_a_table_they_may_not_build(seeded, monkeypatch, damage):
    expected = seeded.series("增加值")
    table = seeded.dir / "series" / "series.sqlite"
    if damage == "missing":
        table.unlink()
    elif damage == "damaged":
        table.write_bytes(b"not a database")
    else:  # a table of the state before the last commit: the writer stopped before bringing it up to date
        kept = table.read_bytes()
        page = seeded.path.parent / "second.txt"
        page.write_text(PAGE, encoding="utf-8")
        seeded.ingest([page])
        expected = seeded.series("增加值")
        table.write_bytes(kept)
    before = _files(seeded.dir)
    monkeypatch.setattr(locking, "write_lock", lambda *a, **k: pytest.fail("a reader took the write lock"))
    reader = open_store(seeded.path, seed=False)
    assert reader.series("增加值") == expected
    reader.conflicts()
    reader.prepare_search()  # the app's, after its first screen
    assert _files(seeded.dir) == before, "a reader wrote the store's files"
    [notice] = reader.take_notices()
    assert "the series table is" in notice and "nothing is written" in notice and "check --fix" in notice


def test_the_command_says_it_in_one_line_and_check_fix_builds_the_table(seeded):
    (seeded.dir / "series" / "series.sqlite").unlink()
    run = factdesk(seeded.path, "series", "增加值")
    assert run.returncode == 0 and run.stdout
    [line] = stderr_lines(run)
    assert "series table is missing" in line
    assert not (seeded.dir / "series" / "series.sqlite").exists()
    checked = factdesk(seeded.path, "check")
    assert checked.returncode == 1 and b"series table is missing" in checked.stdout
    assert factdesk(seeded.path, "check", "--fix").returncode == 0
    assert (seeded.dir / "series" / "series.sqlite").exists()
    again = factdesk(seeded.path, "series", "增加值")
    assert again.returncode == 0 and stderr_lines(again) == []


def _full_disk_at_the_index_update(seeded, monkeypatch) -> None:
    def no_space(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SearchIndex, "update", no_space)
    monkeypatch.setattr(SearchIndex, "add_recent", staticmethod(lambda *a, **k: False))
    page = seeded.path.parent / "second.txt"
    page.write_text(PAGE, encoding="utf-8")
    with pytest.raises(Exception, match="saved, but the search index could not be updated"):
        seeded.ingest([page])
    monkeypatch.undo()


def test_an_ingest_the_full_disk_stopped_at_the_index_leaves_its_cause_for_readers(seeded, monkeypatch):
    _full_disk_at_the_index_update(seeded, monkeypatch)
    assert "the disk was full" in (behind_cause(seeded.dir) or "")
    for args in (["search", "增加值"], ["articles"], ["facts"]):
        run = factdesk(seeded.path, *args)
        assert run.returncode == 0 and run.stdout, args
        [line] = stderr_lines(run)
        assert "could not update" in line and "the disk was full" in line and "check --fix" in line, (args, line)
    assert factdesk(seeded.path, "check", "--fix").returncode == 0
    assert not (seeded.dir / BEHIND).exists()
    for args in (["search", "增加值"], ["articles"]):
        assert stderr_lines(factdesk(seeded.path, *args)) == [], args


def test_the_app_is_told_too(seeded, monkeypatch, capsys):
    _full_disk_at_the_index_update(seeded, monkeypatch)
    reader = open_store(seeded.path, seed=False, index_later=True)
    reader.prepare_search()  # the app's: what it writes to stderr the app shows as a notice
    lines = capsys.readouterr().err.strip().splitlines()
    # the index and the series table the stopped commit left behind: each one line, each naming the cause
    assert 1 <= len(lines) <= 2 and all("the disk was full" in line for line in lines), lines


def test_a_copied_store_without_the_marker_says_nothing_new(seeded, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(seeded.path.parent, copy)
    assert behind_cause(copy / "factdesk.json.d") is None
    assert stderr_lines(factdesk(copy / "factdesk.json", "articles")) == []
