"""``check --fix`` of a damaged catalog on a full disk, through the real
command on a small tmpfs: one line naming the store and the full disk,
exit 1, and the store left as it was — so that the same ``check --fix``
repairs it once there is room.

It said only "PATH: no space left on device", and had already moved every
catalog segment (the sound ones too) into ``catalog.damaged-…`` and made a
``factdesk.json.damaged-…`` of 0 bytes that claimed to be the kept main
file: the store went from one damaged segment to "a catalog segment the
store names is missing"."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.helpers_cli import factdesk, stderr_lines, store_files, write_jsonl


def _ids(db: Path) -> list[str]:
    proc = factdesk(db, "articles", "--json")
    assert proc.returncode == 0, proc.stderr
    return sorted(json.loads(line)["id"] for line in proc.stdout.decode().splitlines())


def _check_fix_on_a_full_disk(db: Path, disk: Path) -> str:
    """Fill the disk, run ``check --fix``: its one line (exit 1, no traceback)."""
    stat = os.statvfs(disk)
    (disk / "filler").write_bytes(b"\0" * (stat.f_bavail * stat.f_frsize))
    proc = factdesk(db, "check", "--fix")
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "Traceback" not in err and "internal error" not in err, err
    [line] = stderr_lines(proc)
    return line


def test_check_fix_on_a_full_disk_leaves_the_damaged_store_as_it_was_and_says_so(small_disk, tmp_path):
    db = small_disk / "s" / "factdesk.json"
    for n, prefix in enumerate(("甲", "乙")):
        write_jsonl(tmp_path / f"{n}.jsonl", 5, prefix=prefix, seed=n)
        assert factdesk(db, "ingest", str(tmp_path / f"{n}.jsonl")).returncode == 0
    before = _ids(db)
    segment = sorted((db.parent / "factdesk.json.d" / "catalog").iterdir())[-1]
    segment.write_bytes(os.urandom(segment.stat().st_size))
    damaged = store_files(db)
    line = _check_fix_on_a_full_disk(db, small_disk)
    for fragment in (str(db), "the disk is full", "left as it was", "check --fix"):
        assert fragment in line, line
    assert store_files(db) == damaged
    assert sorted(p.name for p in db.parent.iterdir()) == sorted(["factdesk.json", "factdesk.json.d", "factdesk.json.lock"])
    assert not list((db.parent / "factdesk.json.d").glob("*.damaged-*"))

    (small_disk / "filler").unlink()
    fixed = factdesk(db, "check", "--fix")
    assert fixed.returncode == 0, (fixed.stdout, fixed.stderr)
    assert _ids(db) == before


def test_check_fix_of_a_damaged_shard_on_a_full_disk_keeps_no_empty_copy_and_changes_nothing(small_disk, tmp_path):
    """The damaged shard file is kept aside before it is rebuilt: a full
    disk made that copy 0 bytes long, left in ``shards.damaged-…``."""
    db = small_disk / "s" / "factdesk.json"
    write_jsonl(tmp_path / "a.jsonl", 5, prefix="甲")
    assert factdesk(db, "ingest", str(tmp_path / "a.jsonl")).returncode == 0
    before = _ids(db)
    meta = json.loads(db.read_bytes())["_meta"]["1"]
    shard = db.parent / "factdesk.json.d" / "shards" / sorted(meta["shards"].values())[0]
    shard.write_bytes(os.urandom(shard.stat().st_size))
    damaged = store_files(db)
    line = _check_fix_on_a_full_disk(db, small_disk)
    for fragment in ("cannot keep the damaged shard files aside", "the disk is full", "left as it was"):
        assert fragment in line, line
    assert store_files(db) == damaged  # no copy of 0 bytes passing for the damaged file

    (small_disk / "filler").unlink()
    fixed = factdesk(db, "check", "--fix")
    assert fixed.returncode == 0, (fixed.stdout, fixed.stderr)
    assert _ids(db) == before
