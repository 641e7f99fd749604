"""What the real ``factdesk`` command does with a damaged store and with bad
or awkward input: one line on stderr, a non-zero exit, no traceback, and the
user's data left exactly as it was."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from store.db.store import SCHEMA_VERSION
from tests.helpers_cli import factdesk, stderr_lines, store_files

PAGE = "# 测试标题\n\n全市新增企业1200余家，同比增长5.7%。\n\n本报记者 张三\n"
TITLE, BODY = "测试标题", "全市新增企业1200余家，同比增长5.7%。"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    """A seeded store, built once; tests work on copies."""
    db = tmp_path_factory.mktemp("pristine") / "factdesk.json"
    assert factdesk(db, "seed").returncode == 0
    return db


@pytest.fixture
def db(pristine, tmp_path) -> Path:
    import shutil

    target = tmp_path / "store"
    shutil.copytree(pristine.parent, target)
    return target / pristine.name


def assert_one_line_error(proc, *fragments: str) -> str:
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode != 0, (proc.stdout, err)
    assert "Traceback" not in err
    lines = stderr_lines(proc)
    assert len(lines) == 1, err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


# ---------------------------------------------------------------- damaged stores

CORRUPT = {
    "not-json": (b"this is not a store at all\n", "not valid JSON"),
    "truncated": (b'{"_meta": {"1": {"app": "factdesk", "schema": 1, "generation": 3, "sha', "not valid JSON"),
    "wrong-shape": (b"[1, 2, 3]", "not a factdesk store"),
    "no-meta": (b'{"sources": {}, "catalog": {}}', "not a factdesk store"),
    # A damaged store of the first schema must fail cleanly in migration too.
    "bad-catalog-v1": (json.dumps({"_meta": {"1": {"schema": 1, "generation": 1, "shards": {}}}, "sources": {},
                                   "catalog": {"1": {"title": "x"}}}).encode(), "damaged store"),
    "bad-catalog": (json.dumps({"_meta": {"1": {"schema": SCHEMA_VERSION, "generation": 1, "shards": {}}},
                                "sources": {}, "catalog": {"1": 5}}).encode(), "damaged store"),
    "newer-schema": (json.dumps({"_meta": {"1": {"app": "factdesk", "schema": 99, "generation": 1, "shards": {}}},
                                 "sources": {}, "catalog": {}}).encode(), "newer factdesk"),
    "empty": (b"", "empty"),
    "binary": (bytes(range(256)) * 4, "not valid JSON"),
}
COMMANDS = {
    "articles": ["articles"],
    "articles-json": ["articles", "--json"],
    "show": ["show", "abc"],
    "facts": ["facts", "--json"],
    "ingest": ["ingest", "x.txt"],
    "seed": ["seed"],
    "search": ["search", "x"],
    "check": ["check"],
    "check-fix": ["check", "--fix"],
    "app": [],  # plain `factdesk`: must fail before the app starts
}


@pytest.mark.parametrize("command", COMMANDS, ids=list(COMMANDS))
@pytest.mark.parametrize("damage", CORRUPT, ids=list(CORRUPT))
def test_a_damaged_store_gives_one_line_naming_the_file_and_is_left_byte_for_byte(tmp_path, damage, command):
    content, problem = CORRUPT[damage]
    db = tmp_path / "factdesk.json"
    db.write_bytes(content)
    (tmp_path / "x.txt").write_text(PAGE, encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    # Stdin is not a terminal and the timeout is short: an app that started
    # anyway would fail the test rather than hang it.
    proc = factdesk(db, *COMMANDS[command], timeout=30)
    assert proc.returncode == 1
    assert_one_line_error(proc, str(db), problem)
    assert proc.stdout == b""
    assert db.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no lock, no sidecar, no new store


@pytest.mark.parametrize("name", ["folder", "db", "d"])  # two letters or fewer: no store.d owner to name
def test_a_store_path_that_is_a_directory_is_refused(tmp_path, name):
    (tmp_path / name).mkdir()
    proc = factdesk(tmp_path / name, "articles")
    assert_one_line_error(proc, str(tmp_path / name), "is a directory")


@pytest.mark.parametrize("path", ["/", ".", ".."])  # no name at all: the same line, never an internal error
def test_the_root_or_current_folder_as_the_store_is_refused(tmp_path, path):
    proc = factdesk(None, "--db", path, "articles")
    assert_one_line_error(proc, f"{path}: is a directory")


def _live_shard(db: Path) -> Path:
    meta = json.loads(db.read_bytes())["_meta"]["1"]
    return db.with_name(db.name + ".d") / "shards" / next(iter(meta["shards"].values()))


@pytest.mark.parametrize("damage", ["truncated", "missing"])
def test_a_damaged_shard_is_one_line_and_check_names_it(db, damage):
    shard = _live_shard(db)
    if damage == "missing":
        shard.unlink()
    else:
        shard.write_bytes(shard.read_bytes()[: shard.stat().st_size // 2])
    main_before = db.read_bytes()
    proc = factdesk(db, "articles", "--json")
    assert_one_line_error(proc, shard.name, "factdesk check")
    checked = factdesk(db, "check")
    assert checked.returncode == 1 and "Traceback" not in checked.stderr.decode()
    assert shard.name in checked.stdout.decode()
    assert db.read_bytes() == main_before


def test_check_fix_says_what_it_rebuilt_apart_from_the_problems_it_found(db):
    shard = _live_shard(db)
    shard.unlink()
    fixed = factdesk(db, "check", "--fix")
    out = fixed.stdout.decode()
    assert fixed.returncode == 0 and "Traceback" not in fixed.stderr.decode(), out
    problems = [line for line in out.splitlines() if line.startswith("problem")]
    repaired = [line for line in out.splitlines() if line.startswith("repaired")]
    assert len(problems) == 1 and shard.name in problems[0], out
    assert repaired and all("rebuilt" in line for line in repaired), out
    assert "fixed      1 of 1 problem" in out and out.rstrip().endswith("OK")


def test_a_damaged_shard_file_is_kept_aside_by_check_fix_and_survives_later_writes(db, tmp_path):
    shard = _live_shard(db)
    damaged = shard.read_bytes()[: shard.stat().st_size // 2]
    shard.write_bytes(damaged)
    fixed = factdesk(db, "check", "--fix")
    assert fixed.returncode == 0 and fixed.stdout.decode().rstrip().endswith("OK"), fixed.stdout
    page = tmp_path / "more.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert factdesk(db, "ingest", str(page)).returncode == 0  # a commit removes unnamed shard files
    [kept] = db.with_name(db.name + ".d").glob(f"shards.damaged-*/{shard.name}")
    assert kept.read_bytes() == damaged and kept.parent.name in fixed.stdout.decode()


def test_a_missing_shard_file_is_one_problem_not_two(db):
    shard = _live_shard(db)
    shard.unlink()
    checked = factdesk(db, "check")
    problems = [line for line in checked.stdout.decode().splitlines() if line.startswith("problem")]
    assert checked.returncode == 1 and len(problems) == 1 and shard.name in problems[0], problems


def _series_rows(db: Path) -> list[str]:
    proc = factdesk(db, "series", "kind:percent", "--json")
    assert proc.returncode == 0, proc.stderr
    return sorted(proc.stdout.decode().splitlines())


def test_a_damaged_series_table_is_found_by_check_and_built_again_by_check_fix_keeping_the_old_file(db):
    rows = _series_rows(db)
    table = db.with_name(db.name + ".d") / "series" / "series.sqlite"
    data = table.read_bytes()
    damaged = data[:100] + b"\x55" * (len(data) - 100)  # the header kept, every page overwritten
    table.write_bytes(damaged)
    main_before = db.read_bytes()

    checked = factdesk(db, "check")
    out = checked.stdout.decode()
    assert checked.returncode == 1 and "Traceback" not in checked.stderr.decode()
    assert any(line.startswith("problem") and "series table is damaged" in line for line in out.splitlines()), out
    assert table.read_bytes() == damaged and db.read_bytes() == main_before  # check alone changes nothing

    fixed = factdesk(db, "check", "--fix")
    out = fixed.stdout.decode()
    assert fixed.returncode == 0 and out.rstrip().endswith("OK"), out
    [kept] = table.parent.glob("series.sqlite.damaged-*")
    assert kept.read_bytes() == damaged and kept.name in out
    assert _series_rows(db) == rows


def test_a_series_query_on_a_damaged_table_is_one_line_that_points_to_check_fix_which_repairs_it(db):
    rows = _series_rows(db)
    table = db.with_name(db.name + ".d") / "series" / "series.sqlite"
    data = table.read_bytes()
    page = int.from_bytes(data[16:18], "big")  # SQLite's page size, from its header
    table.write_bytes(data[:3 * page] + b"\x55" * (len(data) - 3 * page))  # the schema and the meta kept
    read = factdesk(db, "series", "kind:percent", "--json")  # damage met mid-query: read around, one line
    [line] = read.stderr.decode().splitlines()
    assert read.returncode == 0 and "series table is damaged" in line and "check --fix" in line, line
    assert sorted(read.stdout.decode().splitlines()) == rows  # the same answer, from the facts
    assert factdesk(db, "check", "--fix").returncode == 0
    assert _series_rows(db) == rows


def test_a_series_folder_replaced_by_a_file_is_a_problem_check_names_and_check_fix_repairs(db):
    """series and conflicts said "'factdesk check --fix' moves it aside"
    while check said OK and check --fix did nothing."""
    import shutil

    rows = _series_rows(db)
    folder = db.with_name(db.name + ".d") / "series"
    shutil.rmtree(folder)
    folder.write_bytes(b"x\n")
    read = factdesk(db, "series", "kind:percent")  # a reader reads around it, writes nothing, says it in one line
    [line] = read.stderr.decode().splitlines()
    assert read.returncode == 0 and "is a file, not a folder" in line and "check --fix" in line, line
    checked = factdesk(db, "check", "--json")
    record = json.loads(checked.stdout)
    assert checked.returncode == 1 and [p["kind"] for p in record["problems"]] == ["series"]
    assert record["problems"][0]["fixable"] and folder.read_bytes() == b"x\n"  # check alone changes nothing
    fixed = factdesk(db, "check", "--fix")
    out = fixed.stdout.decode()
    assert fixed.returncode == 0 and out.rstrip().endswith("OK"), out
    [kept] = folder.parent.glob("series.damaged-*")
    assert kept.read_bytes() == b"x\n" and kept.name in out
    assert _series_rows(db) == rows


# ---------------------------------------------------------------- bad inputs

BAD_INPUTS = {
    "missing": (None, "no such file or directory"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
    "empty": (b"", "empty"),
    "blank": (b"  \n\r\n\t\n", "has no text, only 7 bytes of blank space"),
    "no-article-text": ("。\n".encode(), "no article found"),
    "title-only": ("# 只有标题\n".encode(), "no article found"),
    "no-article-jsonl": (b'{"foo": 1, "bar": [2]}\n', "no article found"),
    "bad-json-line": ('{"title": "好", "body": "正文。"}\n{"title": \n'.encode(), "line 2 is not valid JSON"),
    "damaged-utf8": (PAGE.encode() + b"\xff\xfe\xfa\xc3" + "更多内容。".encode() * 5, "invalid UTF-8"),
    "damaged-utf16": (codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le") + b"\x00\xd8\x41", "invalid utf-16"),
}


@pytest.mark.parametrize("kind", BAD_INPUTS, ids=list(BAD_INPUTS))
def test_an_unusable_input_is_rejected_with_one_line_and_changes_nothing(db, tmp_path, kind):
    data, reason = BAD_INPUTS[kind]
    path = tmp_path / (f"{kind}.jsonl" if "jsonl" in kind or "json-line" in kind else f"{kind}.txt")
    if data is not None:
        path.write_bytes(data)
    before = store_files(db)
    proc = factdesk(db, "ingest", str(path))
    assert proc.returncode == 1
    line = assert_one_line_error(proc, path.name, reason)
    assert line.startswith(f"factdesk: skipped {path}")
    assert line.count(path.name) == 1, line  # the path once, not the path and then the name again
    assert store_files(db) == before


ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "gb18030": lambda t: t.encode("gb18030"),
    "utf-8-crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "utf-16-crlf": lambda t: codecs.BOM_UTF16_LE + t.replace("\n", "\r\n").encode("utf-16-le"),
    "gb18030-crlf": lambda t: t.replace("\n", "\r\n").encode("gb18030"),
    # What some Windows tools write: UTF-16 with no byte-order mark.
    "utf-16-le-no-bom": lambda t: t.encode("utf-16-le"),
    "utf-16-be-no-bom": lambda t: t.encode("utf-16-be"),
}


@pytest.mark.parametrize("encoding", ENCODINGS, ids=list(ENCODINGS))
def test_common_encodings_and_line_endings_ingest_to_the_same_clean_article(db, tmp_path, encoding):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(ENCODINGS[encoding](PAGE))
    proc = factdesk(db, "ingest", str(path))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().startswith("ingested   1 file: 1 article")
    articles = [json.loads(line) for line in factdesk(db, "articles", "--json").stdout.splitlines()]
    [article] = [a for a in articles if a["source"]["file"] == path.name]
    assert article["title"] == TITLE and article["body"] == BODY
    assert article["reporters"] == ["张三"]


def test_json_lines_in_utf_16_with_bom_and_crlf_are_read(db, tmp_path):
    text = "\r\n".join(json.dumps({"title": f"标题{i}", "body": f"第{i}段，增长{i}%。"}, ensure_ascii=False) for i in range(3))
    path = tmp_path / "u16.jsonl"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    proc = factdesk(db, "ingest", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "3 articles" in proc.stdout.decode()


def test_a_folder_of_many_files_of_other_kinds_is_one_line_not_a_screen_of_them(db, tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "one.txt").write_text(PAGE, encoding="utf-8")
    for n in range(40):
        (folder / f"report{n:02d}.pdf").write_bytes(b"%PDF-1.7")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)  # a real problem keeps its own line
    proc = factdesk(db, "ingest", str(folder))
    assert proc.returncode == 1 and "ingested   1 file" in proc.stdout.decode()
    lines = stderr_lines(proc)
    assert len(lines) == 2, lines
    assert "broken.txt" in lines[0] and "binary" in lines[0]
    assert lines[1].startswith("factdesk: skipped 40 files of the folders given that are not .txt, .md, .json or .jsonl")
    assert "report00.pdf" in lines[1] and "a file named on its own is read whatever its name" in lines[1]
    record = json.loads(factdesk(db, "ingest", "--json", str(folder)).stdout.decode())
    assert len(record["skipped"]) == 41  # --json still names every file


def test_a_directory_is_ingested_file_by_file_and_each_skip_is_reported(db, tmp_path):
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text(PAGE, encoding="utf-8")
    (folder / "two.md").write_bytes(codecs.BOM_UTF16_LE + PAGE.replace(TITLE, "第二篇").encode("utf-16-le"))
    (folder / "sub" / "three.jsonl").write_text(json.dumps({"title": "第三篇", "body": BODY}, ensure_ascii=False))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "empty.md").write_bytes(b"")
    (folder / ".hidden.txt").write_text(PAGE, encoding="utf-8")
    proc = factdesk(db, "ingest", str(folder))
    assert proc.returncode == 1  # something was skipped
    assert "Traceback" not in proc.stderr.decode()
    assert "ingested   3 files: 3 articles" in proc.stdout.decode()
    skipped = stderr_lines(proc)
    assert len(skipped) == 4, skipped
    reasons = {name: next(line for line in skipped if name in line) for name in
               ("photo.jpg", "notes.docx", "broken.txt", "empty.md")}
    assert "not a .txt, .md, .json or .jsonl" in reasons["photo.jpg"] and "not a .txt, .md, .json or .jsonl" in reasons["notes.docx"]
    assert "binary" in reasons["broken.txt"] and "empty" in reasons["empty.md"]
    titles = factdesk(db, "articles").stdout.decode()
    assert all(t in titles for t in (TITLE, "第二篇", "第三篇"))


def test_good_files_are_ingested_even_when_others_on_the_command_line_are_bad(db, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    proc = factdesk(db, "ingest", str(tmp_path / "nope.txt"), str(good))
    assert proc.returncode == 1
    assert_one_line_error(proc, "nope.txt", "no such file")
    assert "ingested   1 file: 1 article" in proc.stdout.decode()


def test_ingesting_from_stdin(db):
    proc = factdesk(db, "ingest", "-", stdin=PAGE.encode("gb18030"))
    assert proc.returncode == 0, proc.stderr
    assert TITLE in factdesk(db, "articles").stdout.decode()


def test_binary_standard_input_is_named_once_as_dash(db):
    proc = factdesk(db, "ingest", "-", stdin=b"\x89PNG\r\n\x1a\n\x00\x00" * 50)
    assert proc.returncode == 1
    [line] = stderr_lines(proc)
    assert line == "factdesk: skipped -: looks like a binary file (NUL bytes), not text", line


def test_ingesting_the_same_file_again_reports_it_unchanged_and_writes_nothing(db, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert factdesk(db, "ingest", str(page)).returncode == 0
    before = store_files(db)
    proc = factdesk(db, "ingest", str(page))
    assert proc.returncode == 0 and proc.stdout.decode().startswith("unchanged  page.txt")
    assert store_files(db) == before


def test_file_names_that_are_not_utf8_or_carry_escapes_are_ingested_safely(db, tmp_path):
    names = [os.fsdecode(b"gbk-\xd6\xd0\xce\xc4.txt"), "esc-\x1b]0;owned\x07-\x1b[31mred.txt"]
    for name in names:
        (tmp_path / name).write_text(PAGE.replace(TITLE, name[:3]), encoding="utf-8")
    proc = factdesk(db, "ingest", *(str(tmp_path / n) for n in names))
    assert proc.returncode == 0, proc.stderr
    again = factdesk(db, "ingest", *(str(tmp_path / n) for n in names))
    for out in (proc.stdout, again.stdout, factdesk(db, "articles", "--json").stdout):
        text = out.decode("utf-8")  # strict: no undecodable bytes reach the terminal
        assert "\x1b" not in text and "\x07" not in text and "\\u001b" not in text
    assert again.stdout.decode().count("unchanged") == 2


def test_the_json_report_names_an_undecodable_path_without_failing(db, tmp_path):
    missing = tmp_path / os.fsdecode(b"missing-\xff.txt")
    proc = factdesk(db, "ingest", "--json", str(missing))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr.decode()
    [report] = [json.loads(line) for line in proc.stdout.splitlines()]
    [skipped] = report["skipped"]
    assert skipped["path"].endswith("missing-\ufffd.txt") and "no such file" in skipped["reason"]


# ---------------------------------------------------------------- usage errors


@pytest.mark.parametrize(
    "args, code, fragment",
    [
        (["ingest"], 2, "required"),
        (["bogus"], 2, "invalid choice"),
        (["search", "--limit", "-1", "x"], 2, "--limit"),
        (["show", "no-such-id"], 1, "no article with id"),
        (["facts", "--article", "no-such-id"], 1, "no article with id"),
        # an empty id (a script's unset variable) listed every fact, or said every article was "ambiguous"
        (["facts", "--article", ""], 2, "the article id is empty"),
        (["show", " "], 2, "the article id is empty"),
        (["extract", "no-such-file.txt"], 1, "no such file"),
    ],
)
def test_usage_errors_are_one_line_with_the_documented_exit_code(db, args, code, fragment):
    proc = factdesk(db, *args)
    assert proc.returncode == code
    assert_one_line_error(proc, fragment)


# ---------------------------------------------------------------- write failures


def _ingest_with_file_size_limit(db: Path, path: Path, limit: int):
    """RLIMIT_FSIZE makes every write past ``limit`` bytes fail (EFBIG:
    Python ignores SIGXFSZ) as a full disk would, without needing a small
    filesystem."""
    import resource
    import subprocess

    from tests.helpers_cli import child_env, factdesk_command

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(factdesk_command() + ["--db", str(db), "ingest", str(path)], capture_output=True,
                          stdin=subprocess.DEVNULL, env=child_env(FACTDESK_FLUSH_CHARS="50000"), preexec_fn=apply,
                          timeout=120)


def test_a_failed_write_such_as_a_full_disk_is_one_line_and_leaves_the_store_as_it_was(db, tmp_path):
    """The shard flushes fit under the limit, the catalog's new segment does not."""
    from tests.helpers_cli import write_jsonl

    big = tmp_path / "big.jsonl"
    write_jsonl(big, 1500)
    before = store_files(db)
    proc = _ingest_with_file_size_limit(db, big, 20_000)
    assert proc.returncode == 1
    assert_one_line_error(proc, str(db), "cannot write the store", "left as it was")
    assert store_files(db) == before  # nothing half-written left taking space
    small = tmp_path / "small.txt"
    small.write_text(PAGE, encoding="utf-8")
    again = factdesk(db, "ingest", str(small))  # the store is still writable
    assert again.returncode == 0 and "1 article" in again.stdout.decode()


def test_a_write_failure_after_the_commit_keeps_the_articles_and_check_fix_repairs_the_index(db, tmp_path):
    """Small enough for the store's files, too small for the index's: the
    ingest is kept and the error says the index needs `check --fix`."""
    from tests.helpers_cli import article_count, write_jsonl

    small = tmp_path / "small.jsonl"
    write_jsonl(small, 20)
    old = article_count(db)
    proc = _ingest_with_file_size_limit(db, small, 40_000)
    if "cannot write the store" in proc.stderr.decode():  # the limit hit a store file after all
        assert article_count(db) == old
        pytest.skip("the store's own files outgrew the limit")
    assert proc.returncode == 1
    assert_one_line_error(proc, str(db), "saved, but the search index could not be updated", "check --fix")
    assert article_count(db) == old + 20
    fixed = factdesk(db, "check", "--fix")
    assert fixed.returncode == 0 and fixed.stdout.decode().rstrip().endswith("OK"), fixed.stdout + fixed.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["articles"], ["articles", "--json"], ["--version"], ["--help"], ["ingest", "--help"]])
def test_output_to_a_full_disk_is_one_line_saying_the_output_could_not_be_written(db, args):
    # `factdesk articles > file` on a full disk said "factdesk: factdesk: no
    # space left on device": the program's name twice, and not what failed.
    # `factdesk --help > file` said nothing, exit 0, the help lost (argparse
    # drops the error of the write it makes).
    import subprocess

    from tests.helpers_cli import child_env, factdesk_command

    with open("/dev/full", "w") as full:
        proc = subprocess.run(factdesk_command() + ["--db", str(db), *args], stdout=full, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, env=child_env(), timeout=120)
    assert proc.returncode == 1
    assert stderr_lines(proc) == ["factdesk: cannot write the output (no space left on device)"]


@pytest.mark.parametrize(("args", "env", "named"), [
    (["--db", ""], {}, "--db is empty"),
    (["--db", "  "], {}, "--db is empty"),
    ([], {"FACTDESK_DB": " "}, "$FACTDESK_DB is empty"),
])
def test_a_blank_store_name_is_said_to_be_empty(tmp_path, args, env, named):
    """A blank --db read as the current folder (".: is a directory"), a
    blank $FACTDESK_DB as a file named " " ("no store at  —")."""
    import subprocess

    from tests.helpers_cli import child_env, factdesk_command

    proc = subprocess.run([*factdesk_command(), *args, "articles"], capture_output=True, timeout=120,
                          cwd=str(tmp_path), env=child_env(**env), check=False)
    assert proc.returncode == 2 and proc.stdout == b""
    (line,) = stderr_lines(proc)
    assert line.startswith(f"factdesk: {named}: give a store file") and "postgresql://" in line
    assert list(tmp_path.iterdir()) == []  # nothing made in the current folder


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
@pytest.mark.parametrize("command", [["ingest", "PAGE"], ["seed"]])
def test_a_store_in_a_folder_that_takes_no_files_is_said_to_be_uncreatable(tmp_path, command):
    """/proc exists but refuses new files with "no such file":
    the lock's own error ("/proc/x.json.lock: cannot take the write lock")
    named a file the user never asked for."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    proc = factdesk(Path("/proc/factdesk-test.json"), *[str(page) if a == "PAGE" else a for a in command])
    assert proc.returncode == 1
    assert stderr_lines(proc) == ["factdesk: /proc/factdesk-test.json: cannot create the store: /proc cannot be written "
                                  "(no such file or directory)"]
