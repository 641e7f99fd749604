"""An argument pasted from a paragraph (a store path, an article id, a kind:
100,000 characters) is named in the error line with its middle cut out —
each message echoed it whole, a line that filled the screen and hid the
reason after it (': file name too long' came 100,000 characters later)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers_cli import factdesk, stderr_lines

PASTED = "渝" * 40 + "x" * 100_000 + "尾"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("long") / "factdesk.json"
    assert factdesk(db, "seed").returncode == 0
    return db


@pytest.mark.parametrize("args, reason", [
    (["--db", PASTED, "articles"], "file name too long"),
    (["show", PASTED], "no article with id"),
    (["facts", "--article", PASTED], "no article with id"),
    (["search", "--kind", PASTED, "重庆"], "unknown kind"),
    (["ingest", PASTED], "file name too long"),
], ids=["db", "show", "facts", "kind", "ingest"])
def test_a_pasted_argument_is_named_with_its_middle_cut_out(db, args, reason):
    proc = factdesk(db if args[0] != "--db" else None, *args)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr.decode()
    [line] = stderr_lines(proc)
    assert reason in line.lower(), line[:300]
    assert len(line) < 600, len(line)
    assert "渝渝渝" in line and "x…x" in line  # its start and end, the cut said
