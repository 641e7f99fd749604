"""A first launch killed with kill -9 (or a power cut) while it seeds its
new store runs no handler: the store is left committed empty.  The next
launch must seed it (a marker beside the store says the seeding never
finished), never present the empty store as the seeded one; a store
something was ingested into since is left as it is."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

from store import open_store
from store.db.first_launch import seed_marker
from tests.helpers_cli import REPO, child_env


def _killed_while_seeding(path) -> None:
    """Run a first launch in a child process that kill -9s itself the moment
    the seeding starts (the empty store is committed by then)."""
    code = textwrap.dedent(f"""
        import os, signal
        from store import open_store
        from store.db.store import Store
        Store.reseed = lambda self, *a, **k: os.kill(os.getpid(), signal.SIGKILL)
        open_store({str(path)!r})
    """)
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=child_env(), capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert path.exists() and open_store(path, seed=False).counts()["articles"] == 0  # what the kill leaves


def test_the_launch_after_a_first_seed_killed_with_kill_9_seeds_the_store(tmp_path):
    path = tmp_path / "store" / "factdesk.json"
    _killed_while_seeding(path)
    assert open_store(path).counts()["articles"] == 4
    assert not seed_marker(path).exists()
    assert open_store(path).counts()["articles"] == 4  # and only once


def test_read_commands_leave_the_unfinished_seed_to_the_app(tmp_path):
    path = tmp_path / "store" / "factdesk.json"
    _killed_while_seeding(path)
    assert open_store(path, seed=False, create=False).counts()["articles"] == 0
    assert seed_marker(path).exists()


def test_a_store_ingested_into_after_the_killed_seed_is_not_seeded(tmp_path):
    path = tmp_path / "store" / "factdesk.json"
    _killed_while_seeding(path)
    source = tmp_path / "mine.txt"
    source.write_text("一篇报道\n今年产量达到95.3万辆。\n", encoding="utf-8")
    open_store(path, seed=False).ingest([source])
    store = open_store(path)
    assert store.counts()["articles"] == 1 and not seed_marker(path).exists()


def test_a_first_launch_that_finishes_leaves_no_marker(tmp_path):
    path = tmp_path / "store" / "factdesk.json"
    assert open_store(path).counts()["articles"] == 4
    assert not seed_marker(path).exists()


def test_an_unfinished_seed_on_a_store_that_cannot_be_written_opens_as_it_is(tmp_path, monkeypatch):
    from store.db.store import Store
    from store.errors import StoreReadOnlyError

    path = tmp_path / "store" / "factdesk.json"
    _killed_while_seeding(path)

    def read_only(self, *args, **kwargs):
        raise StoreReadOnlyError(f"{path}: the store cannot be changed: {path.parent} is on a read-only file system")

    monkeypatch.setattr(Store, "reseed", read_only)
    assert open_store(path).counts()["articles"] == 0  # opened, not refused: reading works
    assert seed_marker(path).exists()  # a launch that can write seeds it


def test_a_read_command_on_the_unfinished_store_says_the_next_launch_seeds_it(tmp_path, capsys):
    from tui.cli import main

    path = tmp_path / "store" / "factdesk.json"
    _killed_while_seeding(path)
    capsys.readouterr()
    assert main(["--db", str(path), "articles"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err.strip().splitlines() == [
        f"factdesk: {path}: the app's first launch was stopped while seeding this store, which is empty; "
        "the app's next launch seeds it (or run 'factdesk seed')"]
    open_store(path)  # the next launch
    assert main(["--db", str(path), "articles"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 4 and err == ""
