"""Inputs that hold nothing to ingest, through the real ``factdesk ingest``:
said in one line with exit 1, never a silent success that ingested nothing."""

from __future__ import annotations

import json

from tests.helpers_cli import factdesk, stderr_lines


def test_an_empty_folder_is_named_in_one_line_and_exit_1(tmp_path):
    db = tmp_path / "s.json"
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / ".draft.txt").write_text("# 标题\n\n全市新增企业1200余家。\n", encoding="utf-8")  # hidden: left out
    proc = factdesk(db, "ingest", str(folder))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr.decode()
    assert stderr_lines(proc) == [f"factdesk: skipped {folder}: the folder holds no .txt, .md, .json or .jsonl file"]
    record = json.loads(factdesk(db, "ingest", "--json", str(folder)).stdout.decode())
    assert record["skipped"] == [{"path": str(folder), "reason": "the folder holds no .txt, .md, .json or .jsonl file"}]


def test_a_folder_with_files_of_other_kinds_names_them_not_the_folder(tmp_path):
    db = tmp_path / "s.json"
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    proc = factdesk(db, "ingest", str(folder))
    assert proc.returncode == 1
    assert stderr_lines(proc) == [f"factdesk: skipped {folder / 'photo.jpg'}: not a .txt, .md, .json or .jsonl file"]


def test_a_dump_a_folder_walk_leaves_out_is_said_to_be_read_when_named(tmp_path):
    """A SogouCS dump is a .dat file: the walk leaves it out, with how to
    ingest it (it was only "not a .txt, .md, .json or .jsonl file")."""
    db = tmp_path / "s.json"
    folder = tmp_path / "sogou"
    folder.mkdir()
    dump = folder / "news_tensite_xml.dat"
    dump.write_text("<doc>\n<url>http://news.sohu.com/a.shtml</url>\n<docno>1</docno>\n"
                    "<contenttitle>重庆经济</contenttitle>\n<content>全市生产总值增长5%。</content>\n</doc>\n",
                    encoding="utf-8")
    proc = factdesk(db, "ingest", str(folder))
    assert proc.returncode == 1
    assert stderr_lines(proc)[-1] == (f"factdesk: skipped {dump}: not a .txt, .md, .json or .jsonl file (a file named on "
                                      "its own is read whatever its name, as a SogouCS .dat dump)")
    assert factdesk(db, "ingest", str(dump)).returncode == 0


def test_a_bad_json_line_says_what_is_wrong_and_at_which_column(tmp_path):
    db = tmp_path / "s.json"
    good = json.dumps({"title": "重庆经济", "body": "全市生产总值3.2万亿元。"}, ensure_ascii=False)
    cases = {
        "comma.jsonl": ('{"title": "重庆", "body": "增长5%",}', "trailing comma is not allowed at column 31"),
        "emoji.jsonl": ('{"title": "重庆\\ud83d", "body": "x"}', "no low surrogate in string at column 14"),
    }
    for name, (line, reason) in cases.items():
        (tmp_path / name).write_text(good + "\n" + line + "\n", encoding="utf-8")
        proc = factdesk(db, "ingest", str(tmp_path / name))
        assert proc.returncode == 1
        assert stderr_lines(proc) == [f"factdesk: skipped {tmp_path / name}: line 2 is not valid JSON "
                                      f"({reason}); the file was not ingested"]


def test_records_with_no_text_or_a_date_that_is_no_date_are_said_in_one_line_and_the_rest_is_saved(tmp_path):
    """They were left out (no text) or stored with "2025-13-45" as their date
    in silence; now one line for the file, exit 1, every usable record kept."""
    db = tmp_path / "s.json"
    records = [
        {"title": "重庆经济", "body": "全市生产总值增长5.2%。", "date": "2025-01-02"},
        {"title": "", "body": ""},
        {"title": "出口", "body": "出口增长3%。", "date": "2025-13-45"},
        {"body": "   ", "date": "2025-01-03"},
        {"title": "产量", "body": "产量增长4%。", "date": "2025-01-04T08:00:00+08:00"},  # a time after it: read
        {"title": "进口", "body": "进口增长2%。", "date": 20250105},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    proc = factdesk(db, "ingest", str(path))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr.decode()
    assert stderr_lines(proc) == [
        f"factdesk: {path}: 2 records with no title or text left out (lines 2, 4); 1 date that is no "
        'calendar date (line 3: "2025-13-45"): its article is kept, dated from the text or undated']
    listed = {a["title"]: a["date"] for a in map(json.loads, factdesk(db, "articles", "--json").stdout.splitlines())}
    assert listed == {"重庆经济": "2025-01-02", "出口": None, "产量": "2025-01-04", "进口": "2025-01-05"}
    again = factdesk(db, "ingest", str(path))  # unchanged: nothing new to say
    assert again.returncode == 0 and stderr_lines(again) == []


def test_an_input_file_given_as_the_store_is_said_to_be_no_store_and_left_as_it_is(tmp_path):
    """`--db news.jsonl` by mistake was "store file is not valid JSON
    (corrupt or truncated)": the user's own archive called a damaged store."""
    feed = tmp_path / "news.jsonl"
    feed.write_text(json.dumps({"title": "重庆经济", "body": "全市生产总值增长5.2%。"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    before = feed.read_bytes()
    for args in (["articles"], ["ingest", str(feed)], ["check", "--fix"]):
        proc = factdesk(feed, *args)
        assert proc.returncode == 1 and len(stderr_lines(proc)) == 1
        assert stderr_lines(proc)[0].startswith(f"factdesk: {feed}: not a factdesk store"), stderr_lines(proc)
        assert "factdesk ingest FILE" in stderr_lines(proc)[0]
    assert feed.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["news.jsonl"]


def test_a_link_to_a_missing_file_in_a_folder_is_named_not_left_out_silently(tmp_path):
    import os

    db = tmp_path / "s.json"
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("# 标题\n\n全市新增企业1200余家。\n", encoding="utf-8")
    os.symlink(tmp_path / "gone.jsonl", folder / "feed.jsonl")
    proc = factdesk(db, "ingest", str(folder))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr.decode()
    assert stderr_lines(proc) == [
        f"factdesk: skipped {folder / 'feed.jsonl'}: a link to a missing file ({tmp_path / 'gone.jsonl'})"]
    assert len(factdesk(db, "articles").stdout.splitlines()) == 1  # the rest ingested


def test_a_pipe_in_a_folder_is_named_not_left_out_silently(tmp_path):
    """A FIFO (or socket, device) named like an input in a folder was left
    out without a word and the ingest exited 0; named on the command line
    it is "not a regular file". Reading it would wait for a writer for ever."""
    import os

    db = tmp_path / "s.json"
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("# 标题\n\n全市新增企业1200余家。\n", encoding="utf-8")
    os.mkfifo(folder / "feed.jsonl")
    proc = factdesk(db, "ingest", str(folder), timeout=60)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr.decode()
    assert stderr_lines(proc) == [f"factdesk: skipped {folder / 'feed.jsonl'}: not a regular file"]
    assert len(factdesk(db, "articles").stdout.splitlines()) == 1  # the rest ingested


def test_damaged_text_is_one_line_that_speaks_of_the_bytes_not_of_an_ingest(tmp_path):
    """``extract`` of a damaged UTF-8 or UTF-16 file said "the file was not
    ingested", of a command that ingests nothing; ``ingest`` says "skipped"
    before the same reason, once."""
    db = tmp_path / "s.json"
    damaged = {
        "utf8.txt": "重庆经济\n\n全市生产总值增长5%。".encode() + b"\xff\xfe\xc3" + "产量增长3%。".encode() * 3,
        "utf16.txt": "\ufeff重庆经济\n\n全市生产总值增长5%。".encode("utf-16-le") + b"\x00\xd8\x41",
    }
    for name, data in damaged.items():
        path = tmp_path / name
        path.write_bytes(data)
        extracted = factdesk(db, "extract", str(path))
        assert extracted.returncode == 1
        [line] = stderr_lines(extracted)
        assert line.startswith(f"factdesk: {path}: invalid ") and "ingest" not in line, line
        ingested = factdesk(db, "ingest", str(path))
        assert ingested.returncode == 1
        [line] = stderr_lines(ingested)
        assert line.startswith(f"factdesk: skipped {path}: invalid ") and line.count("ingested") == 0, line


def test_a_name_the_system_refuses_is_skipped_and_the_other_files_are_ingested(tmp_path):
    """A path too long for the system (a paragraph pasted as a file name)
    stopped the whole ingest before any file was read, in words that were
    no 'skipped' line: the good files named beside it were not ingested."""
    db = tmp_path / "s.json"
    good = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for n, path in enumerate(good):
        path.write_text(f"重庆经济{n}\n\n全市生产总值增长{n + 5}%。\n", encoding="utf-8")
    too_long = tmp_path / ("重庆产量增长" * 500 + ".txt")
    proc = factdesk(db, "ingest", str(good[0]), str(too_long), str(good[1]))
    assert proc.returncode == 1
    [line] = stderr_lines(proc)
    # named by its start and end, the middle cut out (tests/test_cli_long_arguments.py)
    assert line.startswith(f"factdesk: skipped {str(too_long)[:40]}") and "…" in line
    assert line.endswith("增长.txt: file name too long") and len(line) < 300
    assert len(factdesk(db, "articles").stdout.splitlines()) == 2


def test_a_body_given_as_a_list_of_paragraphs_is_read_and_other_wrong_types_are_named(tmp_path):
    """A record whose body was a list of paragraphs (as some scrapers write
    it) or a JSON object was left out as having "no title or text", though
    its title was right there; a file of such records alone was "no article
    found". Paragraphs are now read as paragraphs, and any other title or
    text that is no text is named with its line, field and type."""
    db = tmp_path / "s.json"
    records = [
        {"title": "分段", "body": ["全市生产总值增长5.2%。", "出口增长3%。"], "date": "2025-01-02"},
        {"title": "对象", "body": {"p": "增长4%"}},
        {"title": 2025, "body": "进口增长2%。"},
        {"title": "正常", "body": "产量增长4%。"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    proc = factdesk(db, "ingest", str(path))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr.decode()
    assert stderr_lines(proc) == [
        f"factdesk: {path}: 2 records whose title or text is not text left out (line 2: body is a JSON object; "
        "line 3: title is a number)"]
    listed = {a["title"]: a["body"] for a in map(json.loads, factdesk(db, "articles", "--json").stdout.splitlines())}
    assert listed == {"分段": "全市生产总值增长5.2%。\n\n出口增长3%。", "正常": "产量增长4%。"}

    only_wrong = tmp_path / "wrong.jsonl"
    only_wrong.write_text('{"title": ["a"], "body": 5}\n', encoding="utf-8")
    proc = factdesk(db, "ingest", str(only_wrong))
    assert proc.returncode == 1
    assert stderr_lines(proc) == [f"factdesk: skipped {only_wrong}: no article found: line 1's title is a list, "
                                  "not text (expected JSON objects with a title or body)"]


def test_a_text_of_one_line_says_it_was_read_as_a_title(tmp_path):
    """A news flash saved as one line was "no article found (expected a title
    line and some text)", which did not say that its one line had been taken
    for the title."""
    db = tmp_path / "s.json"
    flash = tmp_path / "flash.txt"
    flash.write_text("重庆今年生产总值增长5%，达到3万亿元。\n", encoding="utf-8")
    proc = factdesk(db, "ingest", str(flash))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr.decode()
    assert stderr_lines(proc) == [f"factdesk: skipped {flash}: no article found: its one line is read as a title "
                                  "with no text after it (expected a title line and some text)"]


def test_json_documents_are_read_as_their_records(tmp_path):
    """An analyst's folder of .json exports (walk35): a folder walk skipped
    every .json file, and one named on its own that held an array or a
    pretty-printed record was stored as a page of text titled "[" or "{"
    with the JSON as its body, exit 0.  Now each record is an article
    (GB18030 too); a broken .json is one line with its line and column, and
    a factdesk store kept among the news is left out, not read as news."""
    db = tmp_path / "news" / "factdesk.json"
    folder = tmp_path / "news"
    folder.mkdir()
    records = [{"title": "数组一", "body": "营业收入增长12.5%。"}, {"title": "数组二", "body": "净利润3.2亿元。"}]
    (folder / "array.json").write_text(json.dumps(records, ensure_ascii=False, indent=2), encoding="utf-8")
    (folder / "one.json").write_bytes(json.dumps({"title": "单篇GB", "body": "出口增长7.5%。"}, ensure_ascii=False,
                                                 indent=2).encode("gb18030"))
    (folder / "broken.json").write_text('{"title": "x",\n "body": "y",}', encoding="utf-8")
    assert factdesk(db, "ingest", str(folder / "one.json")).returncode == 0  # the store now lies among the news
    other = folder / "old" / "factdesk.json"  # and another one, copied there
    other.parent.mkdir()
    other.write_bytes(db.read_bytes())
    proc = factdesk(db, "ingest", str(folder))
    assert proc.returncode == 1, proc.stderr
    lines = stderr_lines(proc)
    assert f"factdesk: skipped {folder / 'broken.json'}: not valid JSON at line 2 column 14 " \
           "(expecting property name enclosed in double quotes)" in lines, lines
    assert f"factdesk: skipped {other}: a factdesk store, not news" in lines, lines
    assert not any(str(db) in line for line in lines), lines  # the store being written is no input: not said
    titles = sorted(json.loads(line)["title"] for line in factdesk(db, "articles", "--json").stdout.decode().splitlines())
    assert titles == ["单篇GB", "数组一", "数组二"]


def test_latin_1_text_whose_accents_pair_as_gb18030_is_read_as_latin_1(tmp_path):
    """Walk 36: a Latin-1 file decodes without an error as GB18030 when its
    accented letters happen to pair ('Größe' read as 'Gr鲞e'), and was
    stored so, silently; it is read in its own code page."""
    db = tmp_path / "s.json"
    page = tmp_path / "de.txt"
    page.write_bytes("Die Größe der Märkte\nDer Umsatz der Bäckerei stieg 2024 um 5 Prozent. Größe zählt.\n"
                     .encode("latin-1"))
    assert factdesk(db, "ingest", str(page)).returncode == 0
    [record] = [json.loads(line) for line in factdesk(db, "articles", "--json").stdout.decode().splitlines()]
    assert record["title"] == "Die Größe der Märkte"
    # Chinese in GB18030, with a lone character beside Latin letters (A股), stays GB18030.
    cn = tmp_path / "cn.txt"
    cn.write_bytes("A股市场\n\n今年A股成交额增长5.0%，B股下降2%。重庆经济持续向好。\n".encode("gb18030"))
    short = tmp_path / "short.txt"
    short.write_bytes("A股 B股 H股\n\nA股 B股 H股 5G网 iPhone手机 GDP增长5%\n".encode("gb18030"))
    assert factdesk(db, "ingest", str(cn), str(short)).returncode == 0
    titles = factdesk(db, "articles").stdout.decode()
    assert "A股市场" in titles and "A股 B股 H股" in titles


def test_a_json_document_nested_beyond_reading_is_one_line_like_a_json_lines_line(tmp_path):
    """A .json file of arrays inside arrays deeper than a JSON reader goes
    (a generator's runaway, a fuzzer's input) said Python's "RecursionError:
    maximum recursion depth exceeded while decoding a JSON array from a
    unicode string"; it is invalid JSON to factdesk as the same record on a
    JSON Lines line is, said as such, and the other files are ingested."""
    db = tmp_path / "s" / "factdesk.json"
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("# 快报\n\n出口增长7.5%。\n", encoding="utf-8")
    proc = factdesk(db, "ingest", str(deep), str(good))
    assert proc.returncode == 1
    assert stderr_lines(proc) == [f"factdesk: skipped {deep}: not valid JSON (nested too deep: arrays or objects "
                                  "inside one another beyond what a record can hold); the file was not ingested"]
    assert b"1 file" in proc.stdout
