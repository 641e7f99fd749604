"""A re-seed asked while another process writes (an ingest holds the write
lock) waits for it — and `q` still quits at once: the wait is the worker's,
which quitting cancels, not the store's five-minute lock wait that kept the
process alive behind a blank terminal."""

from __future__ import annotations

import fcntl
import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from tests.app_helpers import settle
from tui.app import FactdeskApp
from tui.writer_wait import wait_for_writer

store_mod = pytest.importorskip("store")


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("healthy") / "s.json"
    store_mod.open_store(path).prepare_search()
    return path


@pytest.fixture
def store(healthy: Path, tmp_path: Path):
    shutil.copytree(healthy.parent, tmp_path / "store")
    return store_mod.open_store(tmp_path / "store" / healthy.name, seed=False)


def hold_lock(store) -> int:
    """What a running ingest does: an exclusive flock on <store>.lock."""
    fd = os.open(str(store.path) + ".lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def test_the_wait_ends_when_the_writer_is_done_or_when_cancelled(store) -> None:
    fd = hold_lock(store)
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    started = time.monotonic()
    assert wait_for_writer(store, stop.is_set) is False  # cancelled while the lock was held
    assert time.monotonic() - started < 2
    os.close(fd)  # the writer is done
    assert wait_for_writer(store, lambda: False) is True


async def test_quitting_during_a_reseed_behind_another_writer_does_not_wait_for_it(
        store, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[float] = []
    real = store.reseed
    monkeypatch.setattr(store, "reseed", lambda *a, **k: (calls.append(time.monotonic()), real(*a, **k))[1])
    fd = hold_lock(store)
    try:
        app = FactdeskApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            app.screen.action_reseed()
            await pilot.pause(0.3)
            assert calls == []  # waiting for the writer, not inside the store's own wait
            await pilot.press("q")
        time.sleep(0.6)  # the worker's next look sees it was cancelled
    finally:
        os.close(fd)
    time.sleep(0.6)
    assert calls == []  # quitting ended the wait: nothing ran behind the writer's back
