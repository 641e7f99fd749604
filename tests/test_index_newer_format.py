"""A search index a newer factdesk wrote (a store shared by two versions, or
a downgrade) is said as what it is: "of a newer format (a newer factdesk
wrote it)" — it was said to be "of an older format", which sends the user
looking for the wrong cause.  A reader searches without it and leaves it
as it is; check names it the same way."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers_cli import factdesk, stderr_lines

PAGE = "# 第一页\n\n全市增加值增长5.7%，新增企业1200余家。\n"


def test_a_newer_index_format_is_said_as_newer_and_left_as_it_is(tmp_path: Path) -> None:
    db = tmp_path / "store" / "factdesk.json"
    page = tmp_path / "one.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert factdesk(db, "ingest", str(page)).returncode == 0
    manifest_path = db.with_name(db.name + ".d") / "index" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest_path.write_text(json.dumps(dict(manifest, format=manifest["format"] + 50)))
    kept = manifest_path.read_bytes()

    found = factdesk(db, "search", "增加值")
    assert found.returncode == 0 and "第一页" in found.stdout.decode()
    [line] = stderr_lines(found)
    assert "the search index is of a newer format (a newer factdesk wrote it)" in line, line
    assert "older" not in line
    assert manifest_path.read_bytes() == kept

    checked = factdesk(db, "check")
    assert checked.returncode == 1 and "search index is of a newer format" in checked.stdout.decode()
