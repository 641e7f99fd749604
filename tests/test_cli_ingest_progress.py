"""The ingest's progress bar (on a terminal) says when a file's articles are
all read and its commit is being saved, and when it is saved.  Before, the
bar sat full at 0:00:00 with nothing said while the commit wrote the shards,
the search index and the series table (30 s for one 5,000-article file on a
loaded machine): a new user took it for hung."""

from __future__ import annotations

import sys

import pytest

from tui import cli_output


@pytest.fixture
def bar(monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    progress, update = cli_output.progress_bar()
    assert progress is not None
    return progress, update


def _descriptions(progress) -> list[str]:
    return [task.description for task in progress.tasks]


def test_a_file_read_to_its_end_is_being_saved_until_the_next_file_starts(bar):
    progress, update = bar
    update("a.jsonl", 1, 3)
    assert _descriptions(progress) == ["a.jsonl"]
    update("a.jsonl", 3, 3)
    assert _descriptions(progress) == ["a.jsonl · saving (search index, series)…"]
    update("b.jsonl", 1, 2)
    assert _descriptions(progress) == ["a.jsonl · saved", "b.jsonl"]
    update("b.jsonl", 2, 2)
    assert _descriptions(progress)[1] == "b.jsonl · saving (search index, series)…"


def test_a_stream_of_unknown_length_is_never_said_to_be_saving(bar):
    progress, update = bar
    update("-", 500, None)
    assert _descriptions(progress) == ["-"]
