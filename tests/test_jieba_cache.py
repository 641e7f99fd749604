"""jieba's dictionary cache (used for pinyin search) is kept in this user's
cache folder, never in a /tmp/jieba.cache shared by every user — another
user's copy there can be neither read nor replaced, and jieba printed a
traceback ("Dump cache file failed.") into a search or an ingest."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers_cli import REPO, child_env

LOAD = "from store.search.pinyin import _jieba; _jieba()"


def test_the_cache_goes_to_the_users_cache_folder_and_nothing_is_printed(tmp_path):
    shared_tmp, cache = tmp_path / "tmp", tmp_path / "cache"
    shared_tmp.mkdir()
    proc = subprocess.run([sys.executable, "-c", LOAD], capture_output=True, check=False, cwd=str(REPO), timeout=300,
                          env=child_env(XDG_CACHE_HOME=str(cache), TMPDIR=str(shared_tmp)))
    assert proc.returncode == 0, proc.stderr
    assert (cache / "factdesk" / "jieba.cache").is_file()
    assert not list(shared_tmp.iterdir())
    assert proc.stderr.decode().strip() == ""


def test_a_cache_that_cannot_be_written_is_no_traceback(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")  # the cache folder cannot be made under a file
    proc = subprocess.run([sys.executable, "-c", LOAD], capture_output=True, check=False, cwd=str(REPO), timeout=300,
                          env=child_env(XDG_CACHE_HOME=str(blocked), TMPDIR=str(tmp_path / "missing")))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr.decode()
