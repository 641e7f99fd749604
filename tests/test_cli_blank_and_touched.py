"""Through the real command: a file of blank space is said to hold no text
(it is not empty, and "file is empty" sent users looking for a
truncation); a zero-byte file touched where a store should go, with no
store folder beside it, is left as it is and said to be no store ever
written, with the way forward; an emptied main file beside its folder is a
damaged store."""

from __future__ import annotations

from tests.helpers_cli import factdesk, stderr_lines

PAGE = "# 全市工业投资增长\n\n今年全市工业投资完成320亿元，同比增长8.5%。\n"


def test_a_file_of_blank_space_is_said_to_have_no_text_not_to_be_empty(tmp_path):
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\t\n")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    ingest = factdesk(tmp_path / "s.json", "ingest", str(blank), str(empty))
    assert ingest.returncode == 1
    assert stderr_lines(ingest) == [f"factdesk: skipped {blank}: file has no text, only 5 bytes of blank space",
                                    f"factdesk: skipped {empty}: file is empty"]
    extract = factdesk(None, "extract", str(blank))
    assert extract.returncode == 1 and stderr_lines(extract) == [
        f"factdesk: {blank}: file has no text, only 5 bytes of blank space"]
    piped = factdesk(None, "extract", "-", stdin=b"\n\n")
    assert piped.returncode == 1 and stderr_lines(piped) == [
        "factdesk: stdin: standard input has no text, only 2 bytes of blank space"]


def test_a_touched_empty_file_is_left_as_it_is_and_said_to_be_no_store_ever_written(tmp_path):
    db = tmp_path / "s.json"
    db.touch()
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    for command in (["articles"], ["search", "投资"], ["ingest", str(page)]):
        proc = factdesk(db, *command)
        assert proc.returncode == 1, command
        assert stderr_lines(proc) == [
            f"factdesk: {db}: store file is empty and no s.json.d folder is beside it: no store was ever written "
            "there; it was left as it is — remove it to create the store there, or pass another --db"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.txt", "s.json"] and db.read_bytes() == b""
    db.unlink()
    assert factdesk(db, "ingest", str(page)).returncode == 0


def test_an_emptied_main_file_beside_its_folder_is_still_a_damaged_store(tmp_path):
    db = tmp_path / "s.json"
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert factdesk(db, "ingest", str(page)).returncode == 0
    db.write_bytes(b"")
    for command in (["articles"], ["ingest", str(page)]):
        proc = factdesk(db, *command)
        assert proc.returncode == 1, command
        (line,) = stderr_lines(proc)
        assert line.startswith(f"factdesk: {db}: store file is empty (truncated?); it was left as it is"), line
    assert db.read_bytes() == b""  # left byte for byte
