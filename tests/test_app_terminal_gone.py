"""A closed terminal ends the process: Textual's input thread, left polling a
terminal that hung up, must not keep factdesk alive (and spinning) after the
app has returned."""

from __future__ import annotations

import threading

import pytest

from tui import cli_commands


def test_an_input_thread_that_outlives_the_app_ends_the_process_with_the_apps_status(monkeypatch):
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, name="textual-input")
    thread.start()
    ended: list[int] = []
    monkeypatch.setattr(cli_commands.os, "_exit", ended.append)
    try:
        cli_commands.end_if_input_outlives_the_app(129, grace=0.05)
    finally:
        stop.set()
        thread.join()
    assert ended == [129]


def test_an_app_that_stopped_its_input_returns_as_usual(monkeypatch):
    ended: list[int] = []
    monkeypatch.setattr(cli_commands.os, "_exit", ended.append)
    finished = threading.Thread(target=lambda: None, name="textual-input")
    finished.start()
    finished.join()
    cli_commands.end_if_input_outlives_the_app(0, grace=0.05)
    assert ended == []


@pytest.mark.parametrize("code", [0, 143])
def test_an_input_thread_that_stops_within_the_grace_does_not_end_the_process(monkeypatch, code):
    ended: list[int] = []
    monkeypatch.setattr(cli_commands.os, "_exit", ended.append)
    thread = threading.Thread(target=lambda: threading.Event().wait(0.05), name="textual-input")
    thread.start()
    cli_commands.end_if_input_outlives_the_app(code, grace=2.0)
    assert ended == []
