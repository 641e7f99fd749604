"""A low limit on open files (``ulimit -n``; macOS starts shells at 256) is
the process's, not damage: an index of many segments maps some 30 files a
segment.  factdesk raises its own soft limit as far as the hard one allows;
when even that is too low a search is one line saying so, exit 1, and the
index is not built again (EMFILE was read as a damaged index: the reader
rebuilt it under the write lock, failed to open it again and ended in an
internal error, exit 70)."""

from __future__ import annotations

import resource
import subprocess

import pytest

from store import open_store
from tests.helpers_cli import child_env, factdesk_command, write_jsonl
from tests.test_readers_never_wait import index_files


@pytest.fixture
def db(tmp_path):
    db = tmp_path / "store" / "factdesk.json"
    db.parent.mkdir()
    write_jsonl(tmp_path / "a.jsonl", 6, prefix="限额文章")
    store = open_store(db, seed=False)
    store.ingest_paths([tmp_path / "a.jsonl"])
    assert store.search_index().token == store.token
    return db


def _search(db, soft: int, hard: int) -> subprocess.CompletedProcess[bytes]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))

    return subprocess.run(factdesk_command() + ["--db", str(db), "search", "限额文章", "--limit", "0"],
                          capture_output=True, timeout=120, env=child_env(), preexec_fn=limit, check=False)


def test_a_low_soft_limit_is_raised_by_factdesk_itself(db):
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    if hard != resource.RLIM_INFINITY and hard < 1024:
        pytest.skip("the hard limit on open files is below 1024 here")
    out = _search(db, 24, hard)
    assert out.returncode == 0 and out.stdout.decode().count("限额文章") == 6, out.stderr.decode()
    assert out.stderr == b""


def test_a_hard_limit_too_low_for_the_index_is_one_line_and_the_index_is_left_as_it_is(db):
    before = index_files(db)
    out = _search(db, 24, 24)
    err = out.stderr.decode()
    assert out.returncode == 1, err
    assert len(err.splitlines()) == 1 and "cannot open the search index: too many open files" in err \
        and "nothing is wrong with the index" in err and "ulimit -n" in err, err
    assert "internal error" not in err and "Traceback" not in err
    assert index_files(db) == before  # not built again
