"""A file whose name is not UTF-8 (a GB18030 name from a Chinese Windows,
kept by an archive unpacked here) is named by its bytes as ``ls -b``
writes them, and by its reading as GB18030 — the stream had printed
Python's surrogate escapes (``gbn/\\udcbf\\udcd5.txt``), which name no
byte anyone can type."""

from __future__ import annotations

import os

from tests.helpers_cli import factdesk


def test_a_gb18030_file_name_is_named_by_its_bytes_and_its_reading(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    empty = os.path.join(os.fsencode(folder), "空白稿".encode("gb18030") + b".txt")
    open(empty, "wb").close()
    proc = factdesk(tmp_path / "s" / "factdesk.json", "ingest", str(folder))
    err = proc.stderr.decode("utf-8")  # strict: the line is text a terminal shows
    assert proc.returncode == 1 and "Traceback" not in err
    assert "inbox/\\xbf\\xd5\\xb0\\xd7\\xb8\\xe5.txt (GB18030: 空白稿.txt): file is empty" in err, err
    assert "\\udc" not in err


def test_bytes_that_read_as_nothing_are_named_by_their_bytes_alone(tmp_path):
    missing = os.path.join(os.fsencode(tmp_path), b"gone-\xff.txt")
    proc = factdesk(tmp_path / "s" / "factdesk.json", "ingest", os.fsdecode(missing))
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 1 and "gone-\\xff.txt: no such file" in err and "GB18030" not in err, err


def test_an_article_id_of_bytes_that_are_not_utf8_is_named_by_its_bytes(seeded):
    """`show $'\\xff'` said "no article with id '\\udcff'": the repr of the
    surrogate escape, a character nobody typed."""
    run = factdesk(seeded.path, "show", os.fsdecode(b"\xff"))
    [line] = run.stderr.decode().splitlines()
    assert run.returncode == 1 and "'\\xff'" in line and "udc" not in line, line
