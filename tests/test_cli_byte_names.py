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


def test_files_whose_names_differ_only_in_bytes_that_are_not_utf8_are_two_sources(tmp_path):
    """An archive whose names are not UTF-8 (Latin-1 from an old European
    server, GBK from a Chinese Windows): the source key read each byte that
    is not UTF-8 as U+FFFD, so caf\xe9.txt and caf\xe8.txt (café, cafè)
    were one source, and each file ingested replaced the one before —
    "ingested 2 files: 2 articles, … replaced 1", one article kept (fault53)."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, title in ((b"caf\xe9", "新闻稿"), (b"caf\xe8", "通知稿")):
        with open(os.path.join(os.fsencode(folder), name + b".txt"), "wb") as handle:
            handle.write(f"# {title}\n\n全市新增企业1200余家，同比增长5.7%。\n".encode())
    db = tmp_path / "s" / "factdesk.json"
    proc = factdesk(db, "ingest", str(folder))
    assert proc.returncode == 0 and "replaced" not in proc.stdout.decode(), proc.stdout + proc.stderr
    listed = factdesk(db, "articles").stdout.decode()
    assert "新闻稿" in listed and "通知稿" in listed, listed
    again = factdesk(db, "ingest", str(folder)).stdout.decode()
    assert "unchanged" in again and "ingested" not in again, again
