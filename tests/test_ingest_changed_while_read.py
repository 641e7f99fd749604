"""An input that changes while it is ingested (fault53).

A JSON Lines file of 32 MB or more is read in passes — its checksum, its
records counted, its articles — each opening it again.  A file rewritten in
place between them (a sync job copying it over itself, an editor saving, a
crawler appending) gave the articles of the last pass under the checksum of
the first: a half-written file stored as the whole one, and every later
ingest of the whole file said "unchanged", so its other articles were never
stored.  Now the last pass checks the bytes it read against that checksum:
a file that changed is not ingested (its transaction discarded), said in
one line, and the next ingest, of the file as it is then, stores it whole.
A file replaced by a rename (a new file under its name) is read as it was
opened, unless a later pass opens the new one: that too is said.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import store.ingest.sources as sources
from store import open_store


def records(n: int) -> str:
    return "".join(json.dumps({"title": f"文章{i}", "body": f"全市新增企业{i}00家，同比增长5.{i % 10}%。"},
                              ensure_ascii=False) + "\n" for i in range(n))


@pytest.fixture
def small_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "STREAM_BYTES", 1000)  # streamed in passes, as a file of 32 MB would be


def changing_at(monkeypatch: pytest.MonkeyPatch, feed: Path, at_pass: int, change: Callable[[], None]) -> None:
    """Run ``change`` as pass ``at_pass`` (2: counting, 3: the articles) opens the file's lines."""
    real = sources._file_lines
    opened: list[int] = []

    def lines(path: Path, *args: str) -> Iterator[bytes]:
        opened.append(1)
        if len(opened) == at_pass - 1:
            change()
        return real(path, *args)

    monkeypatch.setattr(sources, "_file_lines", lines)


@pytest.mark.parametrize("at_pass", [2, 3])
@pytest.mark.parametrize("how", ["cut short", "appended to", "replaced by a rename"])
def test_a_file_that_changes_while_read_is_not_ingested_and_the_next_ingest_stores_it_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_stream: None, at_pass: int, how: str) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(records(40), encoding="utf-8")

    def change() -> None:
        if how == "cut short":
            feed.write_text(records(20), encoding="utf-8")
        elif how == "appended to":
            with feed.open("a", encoding="utf-8") as handle:
                handle.write(records(45)[len(records(40)):])
        else:
            (tmp_path / "new.jsonl").write_text(records(30), encoding="utf-8")
            (tmp_path / "new.jsonl").replace(feed)

    store = open_store(tmp_path / "s" / "factdesk.json", seed=False)
    changing_at(monkeypatch, feed, at_pass, change)
    report = store.ingest_paths([feed], build_index=False)
    monkeypatch.undo()
    assert report.ingested_sources == [] and store.counts()["articles"] == 0
    [(path, line)] = report.skipped
    assert path == str(feed) and "changed while it was being read" in line and "\n" not in line, line

    whole = len([ln for ln in feed.read_text(encoding="utf-8").splitlines() if ln])
    again = store.ingest_paths([feed], build_index=False)
    assert again.ingested_sources == ["feed.jsonl"] and store.counts()["articles"] == whole


def test_a_file_left_as_it_is_is_read_in_passes_as_before(tmp_path: Path, small_stream: None) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\ufeff" + records(40), encoding="utf-8")  # (a byte-order mark counts in the checksum)
    store = open_store(tmp_path / "s" / "factdesk.json", seed=False)
    report = store.ingest_paths([feed], build_index=False)
    assert report.skipped == [] and store.counts()["articles"] == 40
    assert store.ingest_paths([feed], build_index=False).unchanged_sources == ["feed.jsonl"]


def test_a_file_copied_over_itself_while_read_never_becomes_unchanged_and_half_stored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_stream: None) -> None:
    """The loss itself: a sync job copies the same file over itself (cut to
    nothing, then written again) while the articles are read: before, the
    half it had written was stored under the whole file's checksum, and the
    next ingest of the whole file said "unchanged" — 20 of 40 articles for
    good."""
    feed = tmp_path / "feed.jsonl"
    whole = records(40)
    feed.write_text(whole, encoding="utf-8")
    store = open_store(tmp_path / "s" / "factdesk.json", seed=False)
    changing_at(monkeypatch, feed, 3, lambda: feed.write_text(records(20), encoding="utf-8"))
    store.ingest_paths([feed], build_index=False)
    monkeypatch.undo()
    feed.write_text(whole, encoding="utf-8")  # the copy finished
    again = store.ingest_paths([feed], build_index=False)
    assert again.unchanged_sources == [] and store.counts()["articles"] == 40
