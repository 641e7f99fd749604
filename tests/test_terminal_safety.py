"""Untrusted text never drives the terminal: what ``factdesk`` prints holds
no escape sequence, bell or C1 control, and Rich markup in an article comes
out as the literal text it is.  (Viewing and copying in the Textual app are
tested with the app.)"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.helpers_cli import child_env, factdesk, factdesk_command

EVIL = "\x1b]52;c;aGVsbG8=\x07" "\x1b]0;title\x07" "\x07" "\x9b31m" "\x9d" "\x1b[31m"
LINK = "[link=https://evil.example]click[/link]"
RED = "[red]x[/red]"
PAGE = (
    f"# 恶意标题{EVIL}{RED}\n\n"
    f"全市新增企业1200余家{EVIL}，{LINK}同比增长5.7%。\n\n"
    f"{RED}投资5亿元，达到3000辆。\n"
)
RECORD = {"title": f"JSON恶意{EVIL}{LINK}", "body": f"第一段{EVIL}{RED}收入增长12%。\n第二段{LINK}利润3亿元。"}

# Anything but tab and newline below space, DEL, C1, and the JSON escapes
# that would turn back into them.
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]|\\u00[01][0-9a-fA-F]|\\u007[fF]|\\u00[89][0-9a-fA-F]|\\[abef]")


def assert_safe(raw: bytes, where: str) -> str:
    text = raw.decode("utf-8")  # strict: invalid UTF-8 is not safe either
    found = UNSAFE.search(text)
    assert found is None, f"{where}: {found.group()!r} in {text[max(0, found.start() - 40):found.end() + 40]!r}"
    return text


@pytest.fixture(scope="module")
def evil_store(tmp_path_factory) -> tuple[Path, str, str]:
    folder = tmp_path_factory.mktemp("evil")
    db = folder / "factdesk.json"
    (folder / "evil.txt").write_text(PAGE, encoding="utf-8")
    (folder / "evil.jsonl").write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    proc = factdesk(db, "ingest", str(folder / "evil.txt"), str(folder / "evil.jsonl"))
    assert proc.returncode == 0, proc.stderr
    assert_safe(proc.stdout, "ingest")
    lines = factdesk(db, "articles").stdout.decode().splitlines()
    page_id = next(line.split()[0] for line in lines if "恶意标题" in line)
    json_id = next(line.split()[0] for line in lines if "JSON恶意" in line)
    return db, page_id, json_id


OUTPUTS = {
    "articles": lambda p, j: ["articles"],
    "articles-json": lambda p, j: ["articles", "--json"],
    "show": lambda p, j: ["show", p],
    "show-json-record": lambda p, j: ["show", j],
    "show-json": lambda p, j: ["show", p, "--json"],
    "facts": lambda p, j: ["facts"],
    "facts-json": lambda p, j: ["facts", "--json"],
    "facts-csv": lambda p, j: ["facts", "--csv"],
    "search": lambda p, j: ["search", "企业"],
    "search-latin": lambda p, j: ["search", "click"],
    "search-json": lambda p, j: ["search", "--json", "利润"],
}


@pytest.mark.parametrize("name", OUTPUTS, ids=list(OUTPUTS))
def test_store_outputs_carry_no_control_sequences(evil_store, name):
    db, page_id, json_id = evil_store
    proc = factdesk(db, *OUTPUTS[name](page_id, json_id))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()
    assert_safe(proc.stdout, name)
    assert_safe(proc.stderr, name + " (stderr)")


def test_markup_is_listed_literally_as_plain_text(evil_store):
    db, _, _ = evil_store
    listing = factdesk(db, "articles").stdout.decode()
    assert f"恶意标题{RED}" in listing and f"JSON恶意{LINK}" in listing


def test_markup_is_shown_literally_in_the_article_and_its_json(evil_store):
    db, page_id, json_id = evil_store
    shown = factdesk(db, "show", page_id).stdout.decode()
    assert shown.splitlines()[0] == f"恶意标题{RED}"
    assert f"全市新增企业1200余家，{LINK}同比增长5.7%。" in shown
    record = json.loads(factdesk(db, "show", json_id, "--json").stdout)
    assert record["title"] == f"JSON恶意{LINK}"
    assert record["body"] == f"第一段{RED}收入增长12%。\n\n第二段{LINK}利润3亿元。"


def test_markup_survives_in_facts_and_search_results(evil_store):
    db, page_id, json_id = evil_store
    facts = [json.loads(line) for line in factdesk(db, "facts", "--json").stdout.splitlines()]
    assert any(RED in f["clause"] for f in facts if f["article_id"] == page_id)
    hits = [json.loads(line) for line in factdesk(db, "search", "--json", "利润").stdout.splitlines()]
    assert any(h["title"] == f"JSON恶意{LINK}" for h in hits)


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_extract_from_stdin_drops_control_sequences(tmp_path, as_json):
    proc = factdesk(None, "extract", *(["--json"] if as_json else []), stdin=PAGE.encode())
    assert proc.returncode == 0, proc.stderr
    out = assert_safe(proc.stdout, "extract")
    assert "1200余家" in out and "5亿元" in out
    if as_json:
        assert any(RED in json.loads(line)["clause"] for line in out.splitlines())


def test_error_messages_echoing_user_text_are_sanitised(evil_store):
    db, _, _ = evil_store
    for args in (["show", f"x{EVIL}"], ["ingest", f"/nonexistent/{EVIL}.txt"], ["extract", f"/nonexistent/{EVIL}"]):
        proc = factdesk(db, *args)
        assert proc.returncode == 1
        assert_safe(proc.stderr, " ".join(args))


def test_the_progress_bar_shows_a_file_name_with_markup_as_text(tmp_path):
    """With stderr on a terminal, ingest draws a Rich progress bar: a file
    name must not become markup (an OSC 8 hyperlink, a colour)."""
    path = tmp_path / "[link=https:__evil.example]click[_link].txt"
    path.write_text(PAGE, encoding="utf-8")
    master, slave = os.openpty()
    proc = subprocess.Popen(
        factdesk_command() + ["--db", str(tmp_path / "factdesk.json"), "ingest", str(path)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave, env=child_env(TERM="xterm-256color"),
    )
    os.close(slave)
    # The terminal is read while the ingest runs, as a real one is: read only
    # after the exit, the bar's refreshes filled the pty on a slow machine
    # and the ingest blocked writing them (the test hung).
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)

    import threading

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    proc.stdout.read()
    proc.wait(timeout=120)
    reader.join(10)
    drawn = b"".join(chunks)
    os.close(master)
    assert proc.returncode == 0
    assert b"\x1b]8;" not in drawn  # no hyperlink
    assert "[link=https:__evil.example]click[_link]".encode() in drawn
