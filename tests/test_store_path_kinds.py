"""A store path that names something other than a store file is one line
naming it, exit 1, for reading and writing commands alike, and is never
read from or written to: a FIFO would block the command for ever, a
device is no store, and a store's own side folder is a slip for its file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers_cli import factdesk, stderr_lines, write_jsonl


@pytest.fixture
def page(tmp_path) -> Path:
    path = tmp_path / "in.jsonl"
    write_jsonl(path, 2)
    return path


@pytest.mark.parametrize("command", [["articles"], ["search", "经济"], ["check"], ["ingest", "PAGE"]])
def test_a_fifo_as_the_store_is_one_line_and_never_waits(tmp_path, page, command):
    fifo = tmp_path / "store.json"
    os.mkfifo(fifo)
    proc = factdesk(fifo, *[str(page) if a == "PAGE" else a for a in command], timeout=30)
    assert proc.returncode == 1
    [line] = stderr_lines(proc)
    assert f"{fifo}: not a regular file" in line


def test_a_device_as_the_store_is_one_line_and_is_left_alone(page):
    proc = factdesk(Path("/dev/null"), "ingest", str(page))
    assert proc.returncode == 1
    [line] = stderr_lines(proc)
    assert "/dev/null: not a regular file" in line


def test_a_stores_side_folder_given_as_the_store_names_the_store_file(tmp_path, page):
    db = tmp_path / "news.json"
    assert factdesk(db, "ingest", str(page)).returncode == 0
    proc = factdesk(tmp_path / "news.json.d", "articles")
    assert proc.returncode == 1
    [line] = stderr_lines(proc)
    assert line.endswith(f"is the folder of the store {db}; pass that file")
