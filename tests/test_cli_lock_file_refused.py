"""A lock file this user cannot open (another user's, a chmod) in a folder
they can write is named as what refuses the change: the line blamed the
folder ("… cannot be written by this user"), sending them to permissions
that were fine.  A folder that takes no files is still said to be it."""

from __future__ import annotations

import subprocess

import pytest

from tests.helpers_cli import child_env, factdesk, factdesk_command, stderr_lines
from tests.test_store_unreadable_files import _as_owner_without_overrides


@pytest.mark.parametrize("folder_writable", [True, False])
def test_an_unopenable_lock_file_is_named_and_reading_still_works(tmp_path, folder_writable):
    prefix = _as_owner_without_overrides()
    if prefix is None:
        pytest.skip("running as root with no way to make file modes bind")
    home = tmp_path / "home"
    home.mkdir()
    db = home / "s.json"
    assert factdesk(db, "seed").returncode == 0
    page = tmp_path / "new.txt"
    page.write_text("标题\n全市产量增长5%。\n", encoding="utf-8")
    lock = home / "s.json.lock"
    lock.chmod(0)
    if not folder_writable:
        home.chmod(0o555)

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(prefix + factdesk_command() + ["--db", str(db), *args], capture_output=True,
                              env=child_env(), cwd=tmp_path, timeout=120, stdin=subprocess.DEVNULL)

    try:
        proc = run("ingest", str(page))
        reading = run("articles")
    finally:
        home.chmod(0o755)
        lock.chmod(0o644)
    [line] = stderr_lines(proc)
    assert proc.returncode == 1
    if folder_writable:
        assert f"its lock file {lock} cannot be opened by this user" in line and "reading works" in line, line
    else:
        assert f"{home} cannot be written by this user" in line, line
    assert reading.returncode == 0 and len(reading.stdout.splitlines()) == 4
