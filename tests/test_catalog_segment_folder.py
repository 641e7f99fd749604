"""A folder where a catalog segment should be (a copy or a sync tool gone
wrong) is damage like a segment whose checksum differs: every command names
it and points to check --fix, and check --fix lists the articles again from
the shard files, keeping the damaged catalog aside. It was 'cannot read
catalog segment (Is a directory)', and check --fix failed the same way, so
nothing could repair the store."""

from __future__ import annotations

import json

from tests.helpers_cli import factdesk, stderr_lines


def test_a_folder_in_place_of_a_catalog_segment_is_damage_check_fix_repairs(tmp_path):
    db = tmp_path / "s.json"
    (tmp_path / "a.jsonl").write_text("".join(
        json.dumps({"title": f"重庆经济{n}", "body": f"全市生产总值{n}万亿元。"}, ensure_ascii=False) + "\n"
        for n in range(3)), encoding="utf-8")
    assert factdesk(db, "ingest", str(tmp_path / "a.jsonl")).returncode == 0
    catalog = tmp_path / "s.json.d" / "catalog"
    segment = sorted(catalog.iterdir())[-1]
    segment.unlink()
    segment.mkdir()
    listed = factdesk(db, "articles")
    assert listed.returncode == 1
    assert stderr_lines(listed) == [f"factdesk: {segment}: catalog segment is a folder, not a file; "
                                    "run 'factdesk check --fix'"]
    fixed = factdesk(db, "check", "--fix")
    assert fixed.returncode == 0, fixed.stderr
    assert len(factdesk(db, "articles").stdout.splitlines()) == 3
    assert [p for p in (tmp_path / "s.json.d").iterdir() if p.name.startswith("catalog.damaged-")]
