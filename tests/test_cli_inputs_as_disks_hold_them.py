"""Inputs as a journalist's disk holds them (fault54), through the real
command: files cut short in the middle of a character, a byte-order mark
that lies, JSON Lines whose lines come in two encodings, compressed files
under a text name.  Each is one line naming the file and what it is, the
rest of the input ingested, and nothing read wrong: a GB18030 file cut in
its last character was read by charset-normalizer as Cyrillic (its title
标题 stored as БъЬт)."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import zipfile

import pytest

from tests.helpers_cli import factdesk, stderr_lines

PAGE = "重庆经济\n\n今年上半年，全市地区生产总值达到1.5万亿元，同比增长6.1%。规模以上工业增加值增长7.2%。\n"
CUT = "ends in the middle of a character ({}): the file looks cut short"


def _titles(db):
    proc = factdesk(db, "articles", "--json")
    return [json.loads(line)["title"] for line in proc.stdout.splitlines()]


@pytest.mark.parametrize("encoding,data", [
    # the last character 万 cut after its first byte
    ("GB18030", (PAGE + "万").encode("gb18030")[:-1]),
    ("UTF-8", (PAGE + "万").encode("utf-8")[:-1]),
    ("UTF-8", (PAGE + "万").encode("utf-8")[:-2]),
    ("UTF-16", codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le")[:-1]),
    ("UTF-16", PAGE.encode("utf-16-le")[:-1]),  # no byte-order mark: said as cut, not as binary
], ids=["gb18030", "utf-8-one-byte-of-three", "utf-8-two-of-three", "utf-16-bom", "utf-16-no-bom"])
def test_a_file_cut_in_its_last_character_is_said_to_be_cut_short_and_not_read(tmp_path, encoding, data):
    """Its last figure may be cut too (1.5万亿元 cut after 1.5): no article is
    better than a wrong one, and the line says why, for ingest and extract."""
    db = tmp_path / "s.json"
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    proc = factdesk(db, "ingest", str(path))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr.decode()
    assert stderr_lines(proc) == [f"factdesk: skipped {path}: {CUT.format(encoding)} (a copy or download that did "
                                  f"not finish), so its last figure may be cut too"]
    extracted = factdesk(db, "extract", str(path))
    assert extracted.returncode == 1 and stderr_lines(extracted) == [
        f"factdesk: {path}: {CUT.format(encoding)} (a copy or download that did not finish), so its last figure "
        f"may be cut too"]


def test_a_whole_gb18030_file_is_still_read_and_an_odd_surrogate_is_still_damage(tmp_path):
    """The cut is told from the last bytes alone: a GB18030 file whose
    characters are whole is read as before; UTF-16 ending in half a
    surrogate pair and a stray byte is damage ("invalid"), not a cut."""
    db = tmp_path / "s.json"
    whole = tmp_path / "whole.txt"
    whole.write_bytes(PAGE.encode("gb18030"))
    proc = factdesk(db, "ingest", str(whole))
    assert proc.returncode == 0 and _titles(db) == ["重庆经济"]
    odd = tmp_path / "odd.txt"
    odd.write_bytes(codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le") + b"\x00\xd8\x41")
    proc = factdesk(db, "ingest", str(odd))
    assert proc.returncode == 1 and "invalid utf-16" in proc.stderr.decode()


def test_a_utf8_byte_order_mark_before_gb18030_text_is_read_as_the_text_is(tmp_path):
    """An editor that put a UTF-8 mark before GB18030 bytes: the file was
    "invalid utf-8 at byte 0" (the mark itself, which is valid) and left
    out; the text after the mark is read as it would be without it."""
    db = tmp_path / "s.json"
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + PAGE.encode("gb18030"))
    proc = factdesk(db, "ingest", str(path))
    assert proc.returncode == 0 and stderr_lines(proc) == [], proc.stderr.decode()
    assert _titles(db) == ["重庆经济"]
    damaged = tmp_path / "damaged.txt"  # a UTF-8 file with a broken byte after its mark: its byte counts the mark
    body = "全市生产总值增长5%。产量增长3%。".encode()
    damaged.write_bytes(codecs.BOM_UTF8 + "重庆".encode() + b"\xff" + body * 3)
    proc = factdesk(db, "ingest", str(damaged))
    assert proc.returncode == 1
    assert stderr_lines(proc) == [f"factdesk: skipped {damaged}: invalid UTF-8 at byte 9 (partly unreadable)"]


def test_json_lines_in_two_encodings_are_read_line_by_line_and_an_unreadable_line_is_named(tmp_path):
    """Records appended by tools of two systems (UTF-8 and GB18030 lines in
    one file) left the whole file out as "mixed encodings": each line is
    read in its own encoding and said in one line (exit 0); a line no
    encoding reads is left out and named by number (exit 1), the rest
    saved.  Standard input the same."""
    records = [
        {"title": "一号", "body": "生产总值增长6.1%。", "date": "2023-05-01"},
        {"title": "二号", "body": "工业增加值增长7.2%。", "date": "2023-05-02"},
        {"title": "三号", "body": "进出口总额1.2万亿元。", "date": "2023-05-03"},
        {"title": "四号", "body": "社会消费品零售总额增长4.4%。"},
    ]
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in records]
    lines[1] = json.dumps(records[1], ensure_ascii=False).encode("gb18030")
    db = tmp_path / "s.json"
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(b"\n".join(lines[:3]) + b"\n")
    proc = factdesk(db, "ingest", str(mixed))
    assert proc.returncode == 0, proc.stderr.decode()
    assert stderr_lines(proc) == [f"factdesk: {mixed}: 1 line in GB18030 among UTF-8 ones (line 2): each line was "
                                  f"read in its own encoding"]
    assert sorted(_titles(db)) == ["一号", "三号", "二号"]
    facts = factdesk(db, "facts", "--json").stdout.decode()
    assert "工业增加值" in facts and "7.2" in facts

    lines[3] = lines[3][:12] + b"\xff\xfe\xff" + lines[3][12:]  # broken bytes inside UTF-8: no encoding reads it
    damaged = tmp_path / "damaged.jsonl"
    damaged.write_bytes(b"\n".join(lines) + b"\n")
    db2 = tmp_path / "t.json"
    proc = factdesk(db2, "ingest", "-", stdin=damaged.read_bytes())
    assert proc.returncode == 1 and "Traceback" not in proc.stderr.decode()
    assert stderr_lines(proc) == [
        "factdesk: -: 1 line in GB18030 among UTF-8 ones (line 2): each line was read in its own encoding",
        "factdesk: -: 1 line not readable as text in any encoding left out (line 4)"]
    assert sorted(_titles(db2)) == ["一号", "三号", "二号"]


def test_a_text_file_of_two_encodings_is_still_left_out_whole(tmp_path):
    """Only JSON Lines are read a line at a time (each line is a record of
    its own); a page of text in two encodings stays one unreadable file."""
    db = tmp_path / "s.json"
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode() + "出口增长3.3%。\n".encode("gb18030") * 3)
    proc = factdesk(db, "ingest", str(path))
    assert proc.returncode == 1 and proc.stderr.decode().startswith(f"factdesk: skipped {path}: ")
    assert not db.exists() or _titles(db) == []


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data)


def _zip(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("news.jsonl", data)
    return buffer.getvalue()


@pytest.mark.parametrize("pack,what,fix", [
    (_gzip, "a gzip-compressed file", "gunzip it"),
    (_zip, "a zip archive", "unzip it"),
], ids=["gzip", "zip"])
def test_a_compressed_file_named_jsonl_is_said_to_be_compressed(tmp_path, pack, what, fix):
    """It was "a binary file (NUL bytes)", which sent the user looking for
    damage; the other files of the ingest are saved (--json: its reason)."""
    db = tmp_path / "s.json"
    packed = tmp_path / "feed.jsonl"
    packed.write_bytes(pack(json.dumps({"title": "一号", "body": "增长6.1%。"}, ensure_ascii=False).encode()))
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    proc = factdesk(db, "ingest", "--json", str(packed), str(good))
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    assert report["skipped"] == [{"path": str(packed), "reason": f"{packed}: is {what}, not text ({fix} first, "
                                                                  f"then ingest what it holds)"}]
    assert _titles(db) == ["重庆经济"]
