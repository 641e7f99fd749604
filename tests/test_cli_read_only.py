"""A store this process cannot write (a read-only mount, a colleague's
folder): reading works (readers never take the write lock); a missing
search index is said for what it is, with who can fix it and how, and the
store is still searched: whole when small, within the time budget when
large."""

from __future__ import annotations

import errno
import os
import shutil

import pytest

import store.db.indexing as indexing
import store.db.locking as locking
from tui.cli import main


@pytest.fixture
def read_only(seeded, store_path, monkeypatch):
    """The seeded store with its index gone, and every attempt to take its
    write lock failing as on a read-only file system."""
    shutil.rmtree(store_path.with_name(store_path.name + ".d") / "index", ignore_errors=True)

    def refused(self, timeout):
        raise OSError(errno.EROFS, "Read-only file system", str(self._path))

    monkeypatch.setattr(locking._FlockLock, "acquire", refused)
    real_access = os.access

    def access(path, mode, **kwargs):  # as on a read-only mount: nothing there can be written
        return not mode & os.W_OK and real_access(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", access)
    return store_path


def run(capsys, *args: str) -> tuple[int, str, list[str]]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, [line for line in err.splitlines() if line.strip()]


def test_a_search_without_an_index_on_a_read_only_store_answers_and_says_who_can_fix_it(capsys, read_only):
    code, out, err = run(capsys, "--db", str(read_only), "search", "重庆")
    assert code == 0 and "重庆" in out
    assert len(err) == 1, err
    for fragment in (str(read_only), "search index is missing", "searching every article without it",
                     "the store cannot be written by this user: someone who can should run 'factdesk check --fix'"):
        assert fragment in err[0], err[0]
    assert "write lock" not in err[0]  # the lock is no reader's business, nor the user's problem


def test_a_large_read_only_store_without_an_index_says_what_it_did_not_search(capsys, read_only, monkeypatch):
    monkeypatch.setattr(indexing, "SCAN_ARTICLES", 2)  # the four seed articles count as a large store
    monkeypatch.setattr(indexing, "SCAN_SECONDS", 0.0)  # and there is no time to read any
    code, out, err = run(capsys, "--db", str(read_only), "search", "重庆")
    assert code == 1 and out == ""  # nothing found in what was searched is no "no match"
    assert len(err) == 2 and "search index is missing: searched 0 articles of 4 without it, 4 were not searched" \
        in err[0] and "check --fix" in err[0], err
    assert err[1] == "nothing found in the articles searched; the others were not searched (see above)"


def test_writing_to_a_read_only_store_is_one_line_and_check_still_reads_it(capsys, read_only, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("# 测试标题\n\n全市新增企业1200余家，同比增长5.7%。\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(read_only), "ingest", str(page))
    assert code == 1 and len(err) == 1 and "read-only file system" in err[0], err
    code, out, err = run(capsys, "--db", str(read_only), "check")
    assert code == 1 and "search index is missing" in out and err == []


def test_check_fix_of_a_damaged_catalog_on_a_read_only_store_names_the_damage_and_never_says_reading_works(
        capsys, read_only):
    """Reading a store whose catalog is damaged does not work: check --fix
    there said only "the store cannot be changed: … read-only file system;
    reading works", which hid the damage and sent the user to read it."""
    segment = sorted((read_only.with_name(read_only.name + ".d") / "catalog").iterdir())[-1]
    segment.write_bytes(b"\0" * segment.stat().st_size)
    code, out, err = run(capsys, "--db", str(read_only), "check", "--fix")
    assert code == 1 and out == ""
    [line] = err
    for fragment in (str(segment), "catalog segment is damaged", "read-only file system",
                     "'factdesk check --fix' where the store can be written"):
        assert fragment in line, line
    assert "reading works" not in line, line
