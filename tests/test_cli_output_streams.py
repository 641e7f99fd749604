"""Standard output the caller closed, or whose encoding cannot write Chinese
(an ASCII or Latin-1 locale): one line on stderr, never 'internal error'."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.helpers_cli import child_env, factdesk, factdesk_command, stderr_lines


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    db = tmp_path_factory.mktemp("streams") / "s.json"
    (db.parent / "a.jsonl").write_text(json.dumps({"title": "重庆经济", "body": "全市生产总值3.2万亿元。"},
                                                  ensure_ascii=False) + "\n", encoding="utf-8")
    assert factdesk(db, "ingest", str(db.parent / "a.jsonl")).returncode == 0
    return db


def test_a_closed_standard_output_is_one_line_and_exit_1(db):
    proc = subprocess.run(factdesk_command() + ["--db", str(db), "articles"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, env=child_env(), timeout=120,
                          preexec_fn=lambda: __import__("os").close(1))
    assert proc.returncode == 1
    assert stderr_lines(proc) == ["factdesk: cannot write the output (standard output is closed)"]


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_an_output_encoding_without_chinese_writes_escapes_and_says_so_once(db, encoding):
    proc = factdesk(db, "articles", "--json", env=child_env(PYTHONIOENCODING=encoding))
    assert proc.returncode == 0
    [line] = stderr_lines(proc)
    assert "cannot write Chinese" in line and "\\uXXXX" in line
    assert json.loads(proc.stdout.decode("ascii"))["title"] == "重庆经济"  # escapes keep JSON exact
