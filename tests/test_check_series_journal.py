"""A writer killed in the middle of a series-table write leaves SQLite's rollback journal beside
the table. That is no damage: `factdesk check` names it as something a killed writer left
behind (exit 1, one line, no traceback), `check --fix` rolls the write back, and the store then
checks OK with every article and series row it had."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers_cli import factdesk, write_jsonl

# a child that changes the table inside a transaction, spills the change to the file, and dies
# before committing, as a kill -9 would leave it
_KILLED_WRITE = """
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA journal_mode=DELETE")
c.execute("PRAGMA cache_size=1")
c.execute("BEGIN IMMEDIATE")
c.execute("CREATE TABLE killed_write (x BLOB)")
for _ in range(200):
    c.execute("INSERT INTO killed_write VALUES (randomblob(4000))")
os._exit(9)
"""


def test_a_killed_series_write_is_left_behind_and_rolled_back_by_fix(tmp_path: Path) -> None:
    db = tmp_path / "store" / "factdesk.json"
    src = tmp_path / "a.jsonl"
    write_jsonl(src, 12, prefix="序列", seed=3)
    assert factdesk(db, "ingest", str(src)).returncode == 0
    assert factdesk(db, "check", "--fix").returncode == 0
    table = db.with_name(db.name + ".d") / "series" / "series.sqlite"
    assert table.exists()
    subprocess.run([sys.executable, "-c", _KILLED_WRITE, str(table)], check=False)
    assert table.with_name(table.name + "-journal").exists()

    checked = factdesk(db, "check")
    out = checked.stdout.decode()
    assert checked.returncode == 1 and "Traceback" not in checked.stderr.decode()
    assert "a killed writer left behind an unfinished write of the series table" in out, out
    assert "damaged" not in out, out

    fixed = factdesk(db, "check", "--fix")
    assert "rolled back" in fixed.stdout.decode(), fixed.stdout.decode()
    again = factdesk(db, "check")
    assert again.returncode == 0, again.stdout.decode()
    assert not list(table.parent.glob("*.damaged-*"))
