"""The collector while the app starts (tui.startup_gc): paused by the command
before Textual is imported, resumed once the first screen is drawn, with
what lives then kept out of later passes; an app run any other way keeps the
collector as it was."""

import gc
import weakref

import pytest

from tui import startup_gc


class Node:
    me: object = None


@pytest.fixture(autouse=True)
def collector_restored():
    was_on = gc.isenabled()
    yield
    startup_gc._paused.clear()
    gc.unfreeze()
    if was_on:
        gc.enable()
    else:
        gc.disable()


def test_a_pause_stops_collection_until_the_resume():
    gc.enable()
    startup_gc.pause()
    assert not gc.isenabled() and startup_gc.paused()
    startup_gc.resume()
    assert gc.isenabled() and not startup_gc.paused()


def test_what_lives_at_the_resume_is_kept_out_of_later_passes_and_the_garbage_of_starting_is_freed():
    gc.enable()
    gc.unfreeze()
    startup_gc.pause()
    kept = [{"id": str(i)} for i in range(1000)]   # rows that live as long as the app
    garbage = Node()
    garbage.me = garbage  # a cycle: only the collector frees it
    gone = weakref.ref(garbage)
    del garbage
    startup_gc.resume()
    assert gone() is None
    assert gc.get_freeze_count() >= len(kept)


def test_a_resume_without_a_pause_changes_nothing():
    gc.disable()
    startup_gc.resume()
    assert not gc.isenabled() and gc.get_freeze_count() == 0


def test_a_collector_already_off_stays_off():
    gc.disable()
    startup_gc.pause()
    startup_gc.resume()
    assert not gc.isenabled()


def test_the_app_starts_with_the_collector_paused_and_a_command_without_it(tmp_path, monkeypatch):
    from store import open_store
    from tui.cli import main

    seen = []

    class App:  # the app as far as the command sees it
        return_code = 0

        def __init__(self, store, **settings):
            pass

        def run(self):
            seen.append(gc.isenabled())

    db = tmp_path / "factdesk.json"
    open_store(db, seed=False)  # an empty store: the app does not seed it
    monkeypatch.setenv("FACTDESK_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setattr("tui.app.FactdeskApp", App)
    monkeypatch.setattr("tui.cli_commands._terminal", lambda stream: True)
    monkeypatch.setattr("tui.cli_commands.end_if_input_outlives_the_app", lambda code: None)
    gc.enable()
    assert main(["--db", str(db), "articles"]) == 0 and gc.isenabled()
    assert main(["--db", str(db)]) == 0
    assert seen == [False]
