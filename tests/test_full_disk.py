"""A full disk, through the real ``factdesk`` command on a small tmpfs:
the one line names the full disk and the store, says what was saved and
what was not, the exit status is 1, and the store stays consistent (each
file is its own commit) with nothing left behind taking space."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.helpers_cli import factdesk, stderr_lines, write_jsonl


def _fill(disk: Path, leave: int) -> Path:
    """Fill the disk but ``leave`` bytes."""
    stat = os.statvfs(disk)
    filler = disk / "filler"
    filler.write_bytes(b"\0" * max(0, stat.f_bavail * stat.f_frsize - leave))
    return filler


def _articles(db: Path) -> list[dict]:
    proc = factdesk(db, "articles", "--json")
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.decode().splitlines()]


def test_a_full_disk_mid_way_through_many_files_says_what_was_saved_and_what_was_not(small_disk, tmp_path):
    db = small_disk / "factdesk.json"
    first, second, huge, after1, after2 = (tmp_path / f"{name}.jsonl" for name in ("a", "b", "huge", "c", "d"))
    write_jsonl(first, 5, prefix="甲")
    write_jsonl(second, 5, prefix="乙")
    write_jsonl(huge, target_bytes=6_000_000, prefix="大")  # does not fit on the disk
    write_jsonl(after1, 5, prefix="丙")
    write_jsonl(after2, 5, prefix="丁")
    proc = factdesk(db, "ingest", *map(str, (first, second, huge, after1, after2)))
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "Traceback" not in err and "internal error" not in err, err
    assert len(stderr_lines(proc)) == 1, err
    line = stderr_lines(proc)[0]
    for fragment in (str(db), "the disk is full", f"stopped at {huge}: not saved", "nor the 2 files after it",
                     str(after1), "saved before it: 2 files"):
        assert fragment in line, line
    assert "ingested   2 files: 10 articles" in proc.stdout.decode()
    # The two files before it are stored whole, nothing of the rest.
    titles = sorted(a["title"] for a in _articles(db))
    assert titles == sorted([f"甲{i}号" for i in range(5)] + [f"乙{i}号" for i in range(5)])
    check = factdesk(db, "check")
    problems = [l for l in check.stdout.decode().splitlines() if l.startswith("problem")]
    assert all("search index" in p for p in problems), check.stdout  # at most the index is to be built


def test_the_json_report_of_a_stopped_ingest_is_one_valid_record_naming_the_error(small_disk, tmp_path):
    db = small_disk / "factdesk.json"
    first, huge, after = tmp_path / "a.jsonl", tmp_path / "huge.jsonl", tmp_path / "c.jsonl"
    write_jsonl(first, 5, prefix="甲")
    write_jsonl(huge, target_bytes=6_000_000, prefix="大")
    write_jsonl(after, 5, prefix="丙")
    proc = factdesk(db, "ingest", "--json", str(first), str(huge), str(after))
    assert proc.returncode == 1
    [record] = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert record["ingested"] == ["a.jsonl"] and record["added"] == 5
    assert record["not_ingested"] == [str(huge), str(after)]
    assert "the disk is full" in record["error"]
    assert len(stderr_lines(proc)) == 1


def test_creating_a_store_on_a_full_disk_names_the_full_disk_and_the_store(small_disk, tmp_path):
    db = small_disk / "factdesk.json"
    page = tmp_path / "a.jsonl"
    write_jsonl(page, 3)
    filler = _fill(small_disk, 16 * 1024)
    proc = factdesk(db, "ingest", str(page))
    assert proc.returncode == 1
    [line] = stderr_lines(proc)
    assert line.startswith(f"factdesk: {db}: ") and "the disk is full" in line, line
    assert "free on" in line, line  # how much room there is
    # Nothing it wrote on the way is left taking space or named as a killed writer's leftover.
    assert not list(small_disk.rglob("*.tmp*"))
    filler.unlink()
    assert factdesk(db, "ingest", str(page)).returncode == 0
    assert len(_articles(db)) == 3
    check = factdesk(db, "check")
    assert check.returncode == 0, check.stdout + check.stderr
