"""A full disk while the app creates and seeds the store of its first
launch leaves no empty store behind: the error says to free space and run
the command again, and that next launch must create and seed it (a store
the app did not create is never seeded: the user would meet an empty
store).  A store that holds articles by then is never removed."""

from __future__ import annotations

import pytest

from store import open_store
from store.db.store import Store
from store.errors import StoreError

FULL = "the disk is full (20 KB free): the series table could not be built; free some space and run the command again"


def test_a_full_disk_while_seeding_leaves_no_store_and_the_next_launch_seeds_it(tmp_path, monkeypatch):
    path = tmp_path / "store" / "factdesk.json"
    real = Store.reseed
    monkeypatch.setattr(Store, "reseed", lambda self, *a, **k: (_ for _ in ()).throw(StoreError(FULL)))
    with pytest.raises(StoreError, match="the disk is full"):
        open_store(path)
    assert not path.exists()
    monkeypatch.setattr(Store, "reseed", real)
    assert open_store(path).counts()["articles"] == 4


def test_a_full_disk_right_after_the_empty_first_commit_leaves_no_store_either(tmp_path, monkeypatch):
    path = tmp_path / "store" / "factdesk.json"
    real = Store.index_changed
    monkeypatch.setattr(Store, "index_changed", lambda self, *a, **k: (_ for _ in ()).throw(StoreError(FULL)))
    with pytest.raises(StoreError):
        open_store(path)
    assert not path.exists()
    monkeypatch.setattr(Store, "index_changed", real)
    assert open_store(path).counts()["articles"] == 4


def test_a_full_disk_after_the_seed_was_saved_keeps_the_store(tmp_path, monkeypatch):
    path = tmp_path / "store" / "factdesk.json"
    real = Store.reseed

    def saved_then_full(self, *args, **kwargs):
        real(self, *args, **kwargs)
        raise StoreError(FULL)

    monkeypatch.setattr(Store, "reseed", saved_then_full)
    with pytest.raises(StoreError):
        open_store(path)
    monkeypatch.setattr(Store, "reseed", real)
    assert path.exists() and open_store(path, seed=False).counts()["articles"] == 4


def test_a_store_that_could_not_be_created_is_not_said_to_be_left_as_it_was(tmp_path, monkeypatch):
    from store.errors import WriteFailed

    path = tmp_path / "store" / "factdesk.json"
    refused = WriteFailed(f"{path}: cannot write the store (the disk is full: no space left on device, 0 KB free)",
                          "it was left as it was")
    monkeypatch.setattr(Store, "reseed", lambda self, *a, **k: (_ for _ in ()).throw(refused))
    with pytest.raises(WriteFailed) as raised:
        open_store(path)
    message = str(raised.value)
    assert "the disk is full" in message and "left as it was" not in message
    assert message.endswith("nothing was saved; the next launch creates and seeds the store")
