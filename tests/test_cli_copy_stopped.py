"""`factdesk copy` stopped by a damaged source file says, on its one line,
what the target holds now: the error named only the source's file, and a
new, empty store was left at --to without a word."""

from __future__ import annotations

from tests.helpers_cli import factdesk, stderr_lines, write_jsonl


def test_a_copy_stopped_by_damage_says_what_the_target_holds(tmp_path):
    db = tmp_path / "s.json"
    news = tmp_path / "news.jsonl"
    write_jsonl(news, 5, seed=3)
    assert factdesk(db, "ingest", str(news)).returncode == 0
    shard = sorted((tmp_path / "s.json.d" / "shards").iterdir())[0]
    shard.write_bytes(b"\x00garbage" * 10)
    target = tmp_path / "copy" / "t.json"
    proc = factdesk(db, "copy", "--to", str(target))
    assert proc.returncode == 1 and proc.stdout == b""
    (line,) = stderr_lines(proc)
    assert line.startswith(f"factdesk: {shard}: shard file is damaged")
    assert line.endswith(f"; the copy stopped: nothing was copied to {target}")
