"""Temporary files that killed processes left in the user cache folder are
removed by the next process that reads the cache — once they are old enough
that no live process can still be writing them.  Before, nothing removed
them: this machine's cache held four of them, 23 MB, from killed ingests."""

from __future__ import annotations

import os
import time
from pathlib import Path

from store.facts.load_cache import FORMAT
from tests.helpers_cli import child_env, factdesk

HOUR = 3600


def _plant(path: Path, age: float, size: int = 1000) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\0" * size)
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_a_command_that_loads_the_extractor_removes_stale_temporary_cache_files(tmp_path):
    cache = tmp_path / "cache"
    home = cache / "factdesk"
    folder = home / f"extractor-v{FORMAT}"
    stale = [
        _plant(folder / ".patterns-d138a059dc23-v4.marshal.00r_n94h.factdesk-tmp", 2 * HOUR),
        _plant(folder / ".jieba-words-b4bd.marshal.8i89vsoq.factdesk-tmp", 30 * HOUR),
        _plant(folder / ".patterns-d138a059dc23-v3.marshal.thzctvmx.factdesk-tmp", 5 * HOUR, size=0),
        _plant(home / "tmpk2j9x_0a", 3 * HOUR),  # jieba's own temporary name
    ]
    kept = [
        _plant(folder / ".patterns-d138a059dc23-v4.marshal.fresh123.factdesk-tmp", 5),  # maybe being written now
        _plant(home / "tmpzz9x8y7w", 60),
        _plant(folder / "notes.txt", 5 * HOUR),
        _plant(home / "tmp-not-jieba.bin", 5 * HOUR),
    ]
    proc = factdesk(None, "extract", "-", stdin="去年全市地区生产总值增长5.2%。".encode(),
                    env=child_env(XDG_CACHE_HOME=str(cache)))
    assert proc.returncode == 0, proc.stderr.decode()
    assert "5.2" in proc.stdout.decode()
    assert [p.name for p in stale if p.exists()] == []
    assert [p.name for p in kept if not p.exists()] == []


def test_a_read_only_cache_folder_with_leftovers_is_no_error(tmp_path):
    cache = tmp_path / "cache"
    folder = cache / "factdesk" / f"extractor-v{FORMAT}"
    leftover = _plant(folder / ".patterns-x.marshal.abcdefgh.factdesk-tmp", 2 * HOUR)
    folder.chmod(0o555)
    try:
        proc = factdesk(None, "extract", "-", stdin="产量增长3%。".encode(), env=child_env(XDG_CACHE_HOME=str(cache)))
    finally:
        folder.chmod(0o755)
    assert proc.returncode == 0 and proc.stderr.decode().strip() == "", proc.stderr.decode()
    if os.geteuid() != 0:  # root may delete in a read-only folder
        assert leftover.exists()
