"""A first ingest whose every input is refused still makes the store (ingest
creates one), holding nothing.  Such a store checks OK — there is nothing
to index, so a missing search index is no problem to send anyone to
``check --fix`` for — and ``articles`` says it is empty on stderr (exit 0),
as ``facts`` does, rather than print nothing at all."""

from __future__ import annotations

import json

import pytest

from tests.helpers_cli import factdesk, stderr_lines


@pytest.mark.parametrize("content", [b"", b"{not json\n", b"\x00\x01binary"], ids=["empty", "bad-json", "binary"])
def test_a_store_made_by_a_refused_first_ingest_checks_ok(tmp_path, content):
    bad = tmp_path / "in.jsonl"
    bad.write_bytes(content)
    db = tmp_path / "new.json"
    assert factdesk(db, "ingest", str(bad)).returncode == 1
    proc = factdesk(db, "check")
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()
    assert proc.stdout.decode().strip().endswith("0 sources, 0 articles, 0 facts; OK")
    record = json.loads(factdesk(db, "check", "--json").stdout)
    assert record["ok"] is True and record["problems"] == []


def test_articles_of_an_empty_store_says_so_on_stderr_and_exits_0(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    db = tmp_path / "new.json"
    factdesk(db, "ingest", str(empty))
    proc = factdesk(db, "articles")
    assert proc.returncode == 0 and proc.stdout == b""
    assert stderr_lines(proc) == ["no articles in the store (add some with 'factdesk ingest FILE')"]
    quiet = factdesk(db, "articles", "--json")
    assert quiet.returncode == 0 and quiet.stdout == b"" and quiet.stderr == b""
