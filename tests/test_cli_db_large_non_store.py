"""``--db`` given a large file that is no store (a disk image, a sparse file,
a large JSON export) is said to be no store at once, from its head and size,
and left as it is: the main file was read whole first — 1 GB of NUL bytes
took 86 s and 2.1 GB of memory before the one line, and a kill waited for
the read.  What factdesk writes starts with ``{`` and names ``_meta`` in
its first kilobytes; a main file is kilobytes (the catalog lives in its
segments)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from store.db.schema import BIG_MAIN
from tests.helpers_cli import factdesk, stderr_lines


@pytest.mark.parametrize("head", [b"", b'{"data": "'], ids=["nul-bytes", "another-programs-json"])
def test_a_large_file_that_is_no_store_is_refused_at_once_and_left_as_it_is(tmp_path: Path, head: bytes) -> None:
    db = tmp_path / "image.json"
    db.write_bytes(head)
    os.truncate(db, 2 * BIG_MAIN if head else 1024 ** 3)  # sparse: no memory or disk taken
    before = db.stat()
    started = time.monotonic()
    for command in (("articles", "--json"), ("search", "增长"), ("check", "--json"), ("ingest", os.devnull)):
        run = factdesk(db, *command)
        assert run.returncode == 1 and run.stdout == b"", (command, run.stdout[:200])
        [line] = stderr_lines(run)
        assert line.startswith(f"factdesk: {db}: not a factdesk store (") and "Traceback" not in line, line
    assert time.monotonic() - started < 30
    after = db.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
