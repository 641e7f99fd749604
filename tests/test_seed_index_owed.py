"""The seed's search index is built by the process that seeded the store —
at once by open_store, or by the app after its first screen — never by a
reader: a first launch that quit before building it leaves a marker, and
the next app launch builds it; a read command searches without it and
says so."""

from __future__ import annotations

from store import open_store
from store.db.first_launch import index_owed_marker
from tests.test_cli import run


def test_a_store_seeded_by_open_store_has_its_index_and_no_marker(tmp_path):
    store = open_store(tmp_path / "s.json")
    assert store._indexer.written_for(store.token)
    assert not index_owed_marker(store.path).exists()


def test_the_app_s_first_launch_builds_the_seed_s_index_after_its_first_screen(tmp_path):
    store = open_store(tmp_path / "s.json", index_later=True)
    assert not store._indexer.written_for(store.token) and index_owed_marker(store.path).exists()
    store.prepare_search()  # the app's warm-up, after the first screen
    assert store._indexer.written_for(store.token) and not index_owed_marker(store.path).exists()


def test_a_first_launch_that_quit_before_building_it_is_built_by_the_next_app_not_by_a_reader(tmp_path, capsys):
    db = tmp_path / "s.json"
    open_store(db, index_later=True)  # quit before the warm-up
    code, out, err = run(capsys, "--db", str(db), "search", "重庆")
    assert code == 0 and "重庆" in out and "search index is missing" in err
    assert index_owed_marker(db).exists()  # a reader builds nothing
    again = open_store(db, index_later=True)  # the next launch: it did not seed, the marker says what is owed
    again.prepare_search()
    assert again._indexer.written_for(again.token) and not index_owed_marker(db).exists()
    assert run(capsys, "--db", str(db), "search", "重庆")[2] == ""
