"""Ctrl-C while the app seeds the store of its first launch leaves no empty
store behind (no later launch would seed it: the user would find an empty
store): the next launch creates and seeds it.  A store that holds articles
by then is never removed."""

from __future__ import annotations

import pytest

from store import open_store
from store.db.store import Store


def test_an_interrupted_first_seed_leaves_no_store_and_the_next_launch_seeds_it(tmp_path, monkeypatch):
    path = tmp_path / "store" / "factdesk.json"
    real = Store.reseed

    def interrupted(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "reseed", interrupted)
    with pytest.raises(KeyboardInterrupt):
        open_store(path)
    assert not path.exists()
    monkeypatch.setattr(Store, "reseed", real)
    assert open_store(path).counts()["articles"] == 4


def test_an_interrupt_after_the_seed_was_saved_keeps_the_store(tmp_path, monkeypatch):
    path = tmp_path / "store" / "factdesk.json"
    real = Store.reseed

    def saved_then_interrupted(self, *args, **kwargs):
        real(self, *args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "reseed", saved_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        open_store(path)
    monkeypatch.setattr(Store, "reseed", real)
    assert path.exists() and open_store(path, seed=False).counts()["articles"] == 4


def test_an_interrupt_right_after_the_empty_first_commit_leaves_no_store_either(tmp_path, monkeypatch):
    path = tmp_path / "store" / "factdesk.json"
    real = Store.index_changed

    def interrupted(self, *args, **kwargs):  # the commit is on disk; its index and series table are next
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "index_changed", interrupted)
    with pytest.raises(KeyboardInterrupt):
        open_store(path)
    assert not path.exists()
    monkeypatch.setattr(Store, "index_changed", real)
    assert open_store(path).counts()["articles"] == 4


def test_the_interrupt_says_nothing_was_saved(tmp_path, monkeypatch):
    monkeypatch.setattr(Store, "reseed", lambda self, *a, **k: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt) as stopped:
        open_store(tmp_path / "s.json")
    assert "nothing was saved" in str(stopped.value) and "next launch" in str(stopped.value)
