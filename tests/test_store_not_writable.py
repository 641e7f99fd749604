"""A store in a folder this user cannot write: writing is one line that
names the store and the folder, says reading still works, and never
mentions the lock file (factdesk's business, not the user's); a store to
be created there says it cannot be created."""

from __future__ import annotations

import errno

import pytest

from store.db import locking
from tui.cli import main


@pytest.fixture
def refused(monkeypatch):
    def refuse(self, timeout):
        raise OSError(errno.EACCES, "Permission denied", str(self._path))

    monkeypatch.setattr(locking._FlockLock, "acquire", refuse)


def run(capsys, *args: str) -> tuple[int, list[str]]:
    code = main(list(args))
    _, err = capsys.readouterr()
    return code, [line for line in err.splitlines() if line.strip()]


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("# 测试标题\n\n全市新增企业1200余家，同比增长5.7%。\n", encoding="utf-8")
    return path


def test_changing_a_store_this_user_cannot_write_names_the_store_and_its_folder(capsys, seeded, store_path, page,
                                                                                 refused):
    code, err = run(capsys, "--db", str(store_path), "ingest", str(page))
    assert code == 1 and len(err) == 1, err
    line = err[0]
    assert line.startswith(f"factdesk: {store_path}: the store cannot be changed: {store_path.parent} cannot be written")
    assert "reading works" in line and "permission denied" in line and "lock" not in line


def test_creating_a_store_where_this_user_cannot_write_says_it_cannot_be_created(capsys, tmp_path, page, refused):
    db = tmp_path / "new" / "news.json"
    code, err = run(capsys, "--db", str(db), "ingest", str(page))
    assert code == 1 and len(err) == 1, err
    assert err[0] == f"factdesk: {db}: cannot create the store: {db.parent} cannot be written (permission denied)"


def test_changing_a_store_on_a_read_only_mount_says_the_file_system_is_read_only_not_this_users(
        capsys, seeded, store_path, page, monkeypatch):
    def read_only(self, timeout):
        raise OSError(errno.EROFS, "Read-only file system", str(self._path))

    monkeypatch.setattr(locking._FlockLock, "acquire", read_only)
    code, err = run(capsys, "--db", str(store_path), "ingest", str(page))
    assert code == 1 and err == [f"factdesk: {store_path}: the store cannot be changed: {store_path.parent} "
                                 "is on a read-only file system; reading works"]
